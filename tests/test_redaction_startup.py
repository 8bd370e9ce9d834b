"""A 40-person health-AI startup's headcount as its ops lead keeps it (tests/data/startup-40.yaml: names of many
cultures and scripts, handles, e-mail addresses, telephone numbers of several countries, pay, notes in titles), with a
suppression whose reason is a note typed in haste: no format of a redacted report may show any of it, and no word of
a title, the reason or the organization that names no one may be hidden."""

from __future__ import annotations

import json
import re

import pytest

from conftest import ROOT, redacted_with_reason
from teamaudit.render import Format

PERSON = "Tim Rust"  # whom the suppression is of
TEAM = ROOT / "tests" / "data" / "startup-40.yaml"
REASON = (
    "agile scale-up: Anna and Sara agreed we stay ML-heavy till Series A; mlops_platform first. Escalated from MRN"
    " 00123456 (age 47; 42 y.o.; pt id 7654321) per Dr. De Luca; call Priya at +91 98765 43210 or 415-555-0199, or"
    " priya.r\uff20hollowbrook.example; offer at $185k (95K/yr) via tomas.ortiz@hollowbrook.example;"
    " Tom Lead signed off"
)
SHOWN_REASON = (
    "agile scale-up: Person 16 and Person 17 agreed we stay ML-heavy till Series A; mlops_platform first. Escalated"
    " from [id] ([age]; [age]; [id]) per Dr. Person 06; call Person 01 at [phone] or [phone], or [e-mail]; offer at"
    " [amount] ([amount]/yr) via [e-mail]; Person 21 signed off"
)
# What each person of the file is: every part of a name, handle, address and number the file or the reason holds.
SECRETS = re.compile(
    r"(?<![\w-])(?:Priya|Raghunathan|Oluwaseun|Adeyemi|Amara|Okafor|amara-okafor|María|Núñez|mjnunez|O'Neil|Giulia"
    r"|Luca|Pieter|Berg|Ahmad|Ismail|田中|太郎|김철수|Fatima|Hashimi|Дмитрий|Волков|Siobhan|Gallagher|Zhang|Aisha"
    r"|Bello|Anna|Gile|Sara|Cale|Marco|Lops|Rust|Maria|Dubois|Kwame|Mensah|kmensah_dev|Yuki|Sato|Lars|Eriksson"
    r"|Chloé|Martin|Baker|Grace|Ngozi|Hamid|Karimi|Ravi|Shankar|Ingrid|Halvorsen|ihalvorsen2|Tomás|Ortiz|tortiz"
    r"|tomas\.ortiz|priya\.r|Emily|Chen|Diego|Alvarez|Zainab|Yusuf|E0[0-9]{2}|Jo Dean|Rose Long|Tom Lead|Will Baker"
    r"|Ed Ito)(?![\w])"
    r"|98765 43210|7946 0958|555-0199|00123456|7654321|age 47|42 y\.o\.|185k|95K|1234 5678|1234567893|2[0-9]{2},?000"
)
TITLES = [
    "CEO & Co-founder",
    "CTO & Co-founder",
    "Chief Medical Officer (linkedin.com/in/Person 03-12345)",
    "Clinical Informatics Lead, RN (cc @Person 04)",
    "Staff Nurse, RN — Tel: [phone]",
    "De Novo Regulatory Specialist",
    "Quality Engineer, ISO 13485 (backup: Person 07's deputy)",
    "HL7 Interface Engineer",
    "Research Scientist, NLP",
    "ML Engineer (Person 10님 owns eval)",
    "Privacy Officer, HIPAA",
    "Data Scientist",
    "Nurse Informaticist (RN, BSN)",
    "Senior ML Engineer",
    "Clinical Trial Manager",
    "Agile Coach",
    "Growth Marketing Manager, scale-up",
    "MLOps Engineer, mlops_platform",
    "Trust & Safety Lead",
    "Sales Engineer",
    "Integration Lead, Epic Bridges",
    "QA_Lead, SOC 2 Type II",
    "EDI_837 Integration Analyst",
    "Software Engineer, FHIR (Person 24)",
    "Product Designer",
    "Head of Engineering",
    "Product Manager (ex-ICU nurse)",
    "Long-term Care Liaison",
    "Biostatistician",
    "Will Rotation Coordinator",
    "Backend Engineer",
    "Executive Assistant to Dr. [name]",
    "DevOps Engineer (part_time)",
    "Data Engineer, Clarity",
    "Brand Designer",
    "Customer Success Manager (ask Person 36, [e-mail])",
    "Scrum Master",
    "Clinical Content Writer, RN; [licence]",
    "Regulatory Affairs Manager, SaMD (call [phone])",
    "Senior Research Scientist",
]


@pytest.mark.parametrize("fmt", [f.value for f in Format])
def test_a_startups_headcount_leaks_nothing_in_any_format(tmp_path, fmt):
    """At the start of this session the reason's `MRN 00123456` and `age 47` reached every format, and `42 y.o.`,
    `95K/yr`, `pt id 7654321` and an address with a full-width `＠` were shown whole."""
    assert SECRETS.findall(redacted_with_reason(TEAM, tmp_path, PERSON, REASON, fmt).stdout) == []


def test_a_startups_headcount_hides_no_word_that_names_no_one(tmp_path):
    """At the start of this session `Growth Marketing Manager, scale-up` read `..., Person 17-up`, `MLOps Engineer,
    mlops_platform` `MLOps Engineer, Person 18`, and the reason's `agile scale-up` and `mlops_platform` were hidden
    too: an initial joined to Anna Gile's, Sara Cale's and Marco Lops's surnames spells them."""
    doc = json.loads(redacted_with_reason(TEAM, tmp_path, PERSON, REASON, "json").stdout)
    assert [p["title"] for p in doc["people"]] == TITLES
    assert [f["suppressed"] for f in doc["findings"] if f["suppressed"]] == [SHOWN_REASON]
    assert doc["organization"] == "Hollowbrook Health AI (seed, $2M ARR)"
