"""What privacy.scrub (e-mail addresses, licence numbers, pay, birth dates, telephone numbers: what --redact takes
out of the text a report keeps) costs on long texts, by this tree and a base commit.

    python benchmarks/redaction_scrub.py [--base HEAD~1] [--rounds 3]

The base commit's `src/` is exported with `git archive` into a temporary folder; each text is scrubbed in a fresh
process of each side, alternately, and the median of the rounds' CPU seconds of the scrub alone is printed, with
whether both sides scrubbed it alike. The texts: a run of 20,000 and 40,000 letters with no `@` (an address's
local part with nothing after it), 1 MB of a reason's words with an address in every line, a 300-character
title, and runs of short numbers and words (`e 12 `, `000 `, `base 1k `, `CRM 1500 accounts`, `crm 1,`,
`hometown A `, `TR33 `, `cnic 1234567 ` repeated) as a hostile reason writes them. Prints figures; asserts nothing
about time.
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXTS = {
    "20,000 letters, no @": "a" * 20_000,
    "40,000 letters, no @": "a" * 40_000,
    "1 MB of reasons with addresses": ("approved by ann.lee@clinic.example on call 0700-1900; " * 19_000)[:1_000_000],
    "300-character title": ("Clinical Informaticist, RN (a.lee@x.example) pay 185k " * 6)[:300],
    "1 MB of 'e 12 '": ("e 12 " * 200_000),
    "20 KB of '000 '": ("000 " * 5_000),
    "20 KB of 'base 1k '": ("base 1k " * 2_500),
    "1 MB of 'CRM 1500 accounts; staff 0800 huddle '": ("CRM 1500 accounts; staff 0800 huddle " * 27_000)[:1_000_000],
    "100 KB of 'crm 1,'": ("crm 1," * 17_000)[:100_000],
    "100 KB of 'hometown A '": ("hometown A " * 10_000)[:100_000],
    "100 KB of 'TR33 '": ("TR33 " * 20_000)[:100_000],
    "100 KB of 'cnic 1234567 '": ("cnic 1234567 " * 8_000)[:100_000],
}
_RUN = """
import hashlib, resource, sys
from teamaudit.privacy import scrub
text = sys.stdin.read()
before = resource.getrusage(resource.RUSAGE_SELF)
out = scrub(text)
after = resource.getrusage(resource.RUSAGE_SELF)
cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
print(cpu, hashlib.sha256(out.encode()).hexdigest()[:12])
"""


def scrub_cost(src: Path, text: str) -> tuple[float, str]:
    """CPU seconds of one scrub of `text` in a fresh process importing teamaudit from `src`, and its output's hash."""
    done = subprocess.run(
        [sys.executable, "-c", _RUN], input=text, capture_output=True, text=True, check=True,
        env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    cpu, digest = done.stdout.split()
    return float(cpu), digest


def exported(base: str, folder: Path) -> Path:
    """The commit `base`'s `src/` in `folder`."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", base, "src"], capture_output=True, check=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(folder, filter="data")
    return folder / "src"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="HEAD~1")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        sides = {"base": exported(args.base, Path(tmp)), "this tree": ROOT / "src"}
        print(f"base {args.base}; median CPU seconds of the scrub over {args.rounds} rounds\n")
        print(f"{'text':<32} {'base':>9} {'this tree':>10}  output")
        for name, text in TEXTS.items():
            times: dict[str, list[float]] = {side: [] for side in sides}
            digests: dict[str, str] = {}
            for _ in range(args.rounds):
                for side, src in sides.items():
                    cpu, digests[side] = scrub_cost(src, text)
                    times[side].append(cpu)
            same = "same" if len(set(digests.values())) == 1 else "DIFFERENT"
            base, this = (statistics.median(times[side]) for side in sides)
            print(f"{name:<32} {base:>9.4f} {this:>10.4f}  {same}")


if __name__ == "__main__":
    main()
