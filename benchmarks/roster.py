"""Generate realistic, seeded rosters for benchmarks and fuzzing.

    python benchmarks/roster.py 10000 > /tmp/team-10k.yaml

Titles, skills and backgrounds are drawn from the labelled people set and real O*NET titles, with the
noise HRIS exports carry (seniority, levels, team suffixes, part-time markers), so the classifier sees a
realistic mix of distinct and repeated values.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent
PREFIXES = ["", "", "", "Sr. ", "Senior ", "Lead ", "Principal ", "Staff ", "Jr. ", "Associate "]
SUFFIXES = ["", "", "", "", " II", " III", " - Platform", ", Clinical Ops", " (part-time)", " - Remote", ", EMEA"]
FIRST = [
    "Ann",
    "Ben",
    "Chen",
    "Dara",
    "Eli",
    "Fatima",
    "Gus",
    "Hana",
    "Ines",
    "Jon",
    "Kofi",
    "Lena",
    "Mo",
    "Nia",
    "Omar",
    "Pia",
    "Quinn",
    "Ravi",
    "Sara",
    "Tom",
    "Uma",
    "Vik",
    "Wen",
    "Xia",
    "Yara",
    "Zed",
]
LAST = [
    "Ng",
    "Okafor",
    "Park",
    "Quispe",
    "Rossi",
    "Singh",
    "Tanaka",
    "Usman",
    "Varga",
    "Weber",
    "Xu",
    "Yilmaz",
    "Zhou",
    "Abe",
    "Brown",
    "Costa",
    "Diaz",
    "Evans",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ivanova",
    "Jensen",
]


def _sources() -> tuple[list[tuple[str, list[str], list[str]]], list[str]]:
    people = yaml.safe_load((HERE / "data" / "people.yaml").read_text(encoding="utf-8"))["people"]
    with (HERE / "data" / "onet-titles.tsv").open(encoding="utf-8") as handle:
        rows = [line for line in handle if not line.startswith("#")]
    titles = [row["title"] for row in csv.DictReader(rows, delimiter="\t")]
    return [(t, list(s), list(b)) for t, s, b, _ in people], titles


def roster(size: int, seed: int = 7) -> dict[str, object]:
    rng = random.Random(seed)
    people_src, titles = _sources()
    people = []
    for i in range(size):
        if rng.random() < 0.6:
            title, skills, background = rng.choice(people_src)
        else:
            title, skills, background = rng.choice(titles), [], []
        person: dict[str, object] = {
            "name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {i:06d}",
            "id": f"E{i:06d}",
            "title": rng.choice(PREFIXES) + title + rng.choice(SUFFIXES),
            "team": rng.choice(["Clinical", "Platform", "ML", "Integrations", "Quality", "G&A", "Sales"]),
        }
        if skills:
            person["skills"] = skills
        if background:
            person["background"] = background
        roll = rng.random()
        if roll < 0.1:
            person["fte"] = rng.choice([0.2, 0.5, 0.6, 0.8])
        if roll > 0.92:
            person["status"] = rng.choice(["planned", "open"])
        people.append(person)
    return {"organization": f"Synthetic Health {size}", "as_of": dt.date(2026, 11, 1), "people": people}


def write(size: int, path: Path, seed: int = 7) -> Path:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    path.write_text(yaml.dump(roster(size, seed), Dumper=dumper, sort_keys=False, allow_unicode=True, width=200))
    return path


def write_hris_export(size: int, path: Path) -> Path:
    """The roster as an HRIS export would give it: one CSV row per person, HRIS column names."""
    people = roster(size)["people"]
    assert isinstance(people, list)
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["Employee ID", "Full Name", "Job Title", "Department", "Employment Status", "FTE"])
        for p in people:
            out.writerow([p.get("id", ""), p["name"], p["title"], p.get("team", ""), "Active", p.get("fte", 1)])
    return path


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    sys.stdout.write(yaml.dump(roster(count), Dumper=dumper, sort_keys=False, allow_unicode=True, width=200))
