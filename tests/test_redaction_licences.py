"""A licence or registration number typed into a title, the organization or a reason is no part of a redacted report
(licencenumbers.py): it looks the clinician up in a public register, as an NPI does."""

from __future__ import annotations

import json
import re

import pytest

from conftest import redacted_reason, redacted_title, redacted_titles, run_cli

TEAM = """\
organization: "Clinic (Reg. No: 12345)"
people:
  - {name: Omar Haddad, title: "Staff Physician, MD; Lic. No. 1234 5678"}
  - {name: Ruth Kessler, title: "Nurse Informaticist, RN, CA #95012345"}
  - {name: Ivan Moreau, title: "Regulatory Lead, EU Reg. 2017/745"}
  - {name: Ana Ruiz, title: "Research Scientist (Open req #4471), licensed 2015"}
  - {name: Li Wu, title: "Coordinator, Lic. 9501 2345"}
"""
CONFIG = 'ignore:\n  - {rule: TA005, reason: "NP, DEA# AB1234563 on file"}\n'


@pytest.mark.parametrize("fmt", ["json", "markdown", "sarif", "html", "text"])
def test_a_licence_number_is_hidden_with_the_word_that_marks_it(tmp_path, fmt):
    """`Staff Physician, MD; Lic. No. 1234 5678` was shown whole, and import's `MD; Lic.` left a word that said
    nothing: the word and the number are one mark now, and a regulation's, a requisition's and a year stay."""
    team = tmp_path / "team.yaml"
    team.write_text(TEAM, encoding="utf-8")
    result = run_cli("check", team, "-f", fmt, "--redact")
    assert result.code == 1, result.stderr
    for number in ("1234 5678", "95012345", "12345", "9501 2345"):
        assert number not in result.stdout, number
    # its TA005 finding quotes the title; markdown escapes the brackets
    assert re.search(r"Coordinator, \\*\[licence\\*\]", result.stdout), result.stdout


def test_the_word_goes_with_the_number_and_what_is_no_licence_stays(tmp_path):
    team = tmp_path / "team.yaml"
    team.write_text(TEAM, encoding="utf-8")
    assert redacted_titles(team) == [
        "Staff Physician, MD; [licence]",
        "Nurse Informaticist, RN [licence]",
        "Regulatory Lead, EU Reg. 2017/745",
        "Research Scientist (Open req #4471), licensed 2015",
        "Coordinator, [licence]",
    ]


def test_the_organization_and_a_reason_lose_theirs_and_unredacted_reports_keep_them(tmp_path):
    team, config = tmp_path / "team.yaml", tmp_path / "c.yaml"
    team.write_text(TEAM, encoding="utf-8")
    config.write_text(CONFIG, encoding="utf-8")
    doc = json.loads(run_cli("check", team, "-f", "json", "--redact", "--config", config).stdout)
    assert doc["organization"] == "Clinic ([licence])"
    assert {f["suppressed"] for f in doc["findings"] if f["suppressed"]} == {"NP, [licence] on file"}
    plain = json.loads(run_cli("check", team, "-f", "json").stdout)
    assert plain["people"][0]["title"] == "Staff Physician, MD; Lic. No. 1234 5678"


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("CA RN 95012345", "CA RN [licence]"),  # a licence with no `#` was shown
        ("RN95012345", "RN [licence]"),
        ("RPh 123456", "RPh [licence]"),
        ("SSN 123-45-6789", "[id]"),  # a person's other numbers were shown
        ("ssn: 123456789", "[id]"),
        ("Employee #48213", "[id]"),
        ("passport X1234567", "[id]"),
        ("Rockville, MD 20852", "Rockville, MD 20852"),  # a place, not a physician's licence
        ("RN 2024", "RN 2024"),
        ("since 2012", "since 2012"),
        ("Employee 3600 survey", "Employee 3600 survey"),
    ],
)
def test_a_licence_with_no_mark_and_a_persons_other_numbers_are_hidden(tmp_path, written, shown):
    assert redacted_title(tmp_path, f"Coordinator, {written}") == f"Coordinator, {shown}"


def test_a_medical_record_number_written_with_dots_or_a_hyphen_is_hidden(tmp_path):
    """`MRN 00123456` and `pt id 7654321` were hidden, `M.R.N. 7654321`, `MRN-7654321`, `pt. ID 7654321` and
    `Pt.ID: 7654321` shown whole: the abbreviations as a chart writes them. `MRN matching` stays."""
    reason = "M.R.N. 7654321, MRN-7654321, pt. ID 7654321, Pt.ID: 7654321; MRN matching"
    assert redacted_reason(tmp_path, "  - {name: Kim Wu, title: Staff Nurse}\n", reason) == (
        "[id], [id], [id], [id]; MRN matching"
    )


def test_a_national_ids_name_before_a_year_or_a_count_keeps_them(tmp_path):
    """A national id has seven digits or more (a PESEL or a NIN eleven, an RG seven to nine): `the BVN 2024 rollout`,
    `NIN 2025 deadline`, `PESEL 2020 reform` and `nip 1000 patients` read `[id]`, as any 4 digits after these names
    did; the ids stay hidden."""
    reason = (
        "the BVN 2024 rollout; NIN 2025 deadline; PESEL 2020 reform; nip 1000 patients; RG 2024 release;"
        " NIN 12345678901; RG 12.345.678-9; PESEL 85010112345; NIP 123-456-32-18; iqama 2123456789"
    )
    assert redacted_reason(tmp_path, "  - {name: Kim Wu, title: Staff Nurse}\n", reason) == (
        "the BVN 2024 rollout; NIN 2025 deadline; PESEL 2020 reform; nip 1000 patients; RG 2024 release;"
        " [id]; [id]; [id]; [id]; [id]"
    )
