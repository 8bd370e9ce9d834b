"""Which words of an open requisition's or a planned hire's name name a person (reqnames.py), as a table of the names
ATS exports and recruiters' planning sheets give them. Each case is the requisition's name, the title its export
gives it, its status, the titles of colleagues in the file, and the words of the name that are a person's: those a
redacted report hides wherever they stand (here in the organization, where every word is found as a name would be).
Each case is shaped as the export its id names writes a name (from that vendor's fields that importer/columns.py
reads and tests/data/ats-reqs-80.yaml records, not from its documentation); the people are made up."""

from __future__ import annotations

import json
import re

import pytest

from conftest import redacted_report

_TOKEN = re.compile(r"[^\s\-\u2013:/()|,]+")

CASES = [
    # A job, by a requisition's number or word, or only words of job titles: no one is named.
    ("Greenhouse job name and requisition id", "Senior Research Scientist, Generative Models (REQ-4471)",
     "Senior Research Scientist, Generative Models", "open", [], []),
    ("a requisition number first", "Req 4471 - Senior Research Scientist", "Senior Research Scientist", "open", [], []),
    ("a planning sheet's to-be-hired", "TBH - RN Educator", "RN Educator", "planned", [], []),
    ("Lever posting and its team", "Staff ML Engineer - Foundation Models", "Staff ML Engineer - Foundation Models",
     "open", [], []),
    ("iCIMS job id", "2025-4471 Registered Nurse - ICU", "Registered Nurse - ICU", "open", [], []),
    ("Ashby job and opening", "Clinical Informaticist (Opening 2)", "Clinical Informaticist", "open", [], []),
    ("an offer for a job, no one named", "Offer - Accreditation Manager", "Accreditation Manager", "planned", [], []),
    ("a department after the number", "Req 13 - Oncology - Staff Nurse", "Staff Nurse", "open", [], []),
    # A candidate or the one replaced, beside a word that says a person is named.
    ("Greenhouse offer", "Offer - Ann Lee - Clinical Informaticist", "Clinical Informaticist", "planned", [],
     ["Ann", "Lee"]),
    ("a backfill", "Backfill for J. Ortiz", "Registered Nurse", "open", [], ["Ortiz"]),
    ("Workday requisition and its Replacement For", "R-0012345 Registered Nurse (Replacement for Ana Ruiz)",
     "Registered Nurse", "open", [], ["Ana", "Ruiz"]),
    ("Workday offer stage and candidate", "JR-2291 Clinical Informaticist - Offer Accepted - Kofi Mensah",
     "Clinical Informaticist", "planned", [], ["Kofi", "Mensah"]),
    ("an accepted candidate", "Ann Lee (accepted)", "Clinical Informaticist", "planned", [], ["Ann", "Lee"]),
    ("an open req with its candidate", "Open req - Ulrich Pemberton", "ML Engineer", "open", [],
     ["Ulrich", "Pemberton"]),
    # Between a requisition's number and its job, as a SmartRecruiters-style `Req - candidate - job` is written.
    ("SmartRecruiters-style number, candidate, job", "Req 12 - Jane Doe - Nurse", "Registered Nurse", "open", [],
     ["Jane", "Doe"]),
    # A surname or given name that is a word of job titles, with the job written apart.
    ("a surname that is a title word", "Offer - Maria Sales - Staff Nurse", "Staff Nurse", "planned", [],
     ["Maria", "Sales"]),
    ("a given name that is a title word", "Offer - Dean Ortiz - Art Director", "Art Director", "planned", [],
     ["Dean", "Ortiz"]),
    # The file's own titles: a job a colleague holds names no one; a given name a colleague's title holds does.
    ("a job a colleague holds, in the clinic's language", "Offer - Pharmacienne Hospitalière", "Clinical Pharmacist",
     "planned", ["Pharmacienne Hospitalière"], []),
    ("a given name a colleague's title holds", "Offer - Priya Nair - Staff Nurse", "Staff Nurse", "planned",
     ["Oncology Nurse, Priya ward"], ["Priya", "Nair"]),
]  # fmt: skip


@pytest.mark.parametrize(("source", "name", "title", "status", "colleagues", "named"), CASES, ids=[c[0] for c in CASES])
def test_the_words_of_a_requisitions_name_that_name_a_person(tmp_path, source, name, title, status, colleagues, named):
    words = _TOKEN.findall(name)
    people = f"  - {{name: {json.dumps(name)}, title: {json.dumps(title)}, status: {status}}}\n"
    people += "".join(f"  - {{name: Colleague {i}, title: {json.dumps(t)}}}\n" for i, t in enumerate(colleagues))
    team = tmp_path / "team.yaml"
    team.write_text(f"organization: {json.dumps(' / '.join(words))}\npeople:\n{people}", encoding="utf-8")
    shown = redacted_report(team, "--fail-on", "never")["organization"]
    assert shown == " / ".join("Person 01" if word in named else word for word in words)
