"""The traps of domain.md: real titles and backgrounds that fool keyword matching."""

from __future__ import annotations

from dataclasses import replace

import pytest

from teamaudit.classify import classifier_for
from teamaudit.roster import Person
from teamaudit.rubric import load_rubric

TRAPS = [
    # title, skills, background, expected layer
    ("Clinical Research Coordinator", (), (), "compliance"),
    ("Clinical Data Manager", (), (), "compliance"),
    ("Clinical Safety Officer", (), (), "compliance"),
    ("Clinical Systems Analyst", (), (), "integration"),
    ("Account Executive", (), ("sold SaaS to hospitals for 8 years",), "other"),
    ("Healthcare Marketing Manager", (), (), "other"),
    ("Medical Data Entry Clerk", (), (), "other"),
    ("Medical Secretary", (), (), "other"),
    ("Medical Billing Specialist", (), (), "other"),
    ("Epic Analyst", (), (), "integration"),
    ("Certified EPIC Trainer (Certified Electronic Privacy Information Center Trainer)", (), (), "other"),
    ("QA Engineer", (), (), "other"),
    ("Software Quality Assurance Analyst", (), (), "other"),
    ("Quality Engineer, ISO 13485", (), (), "compliance"),
    ("Research Scientist", (), (), "ml_research"),
    ("Medical Scientist", (), (), "compliance"),
    ("Clinical Research Scientist", (), (), "compliance"),
    ("Product Manager", (), ("ICU nurse for 6 years", "RN, BSN"), "clinical"),
    ("Software Engineer", ("SMART on FHIR", "FHIR R4"), (), "integration"),
    ("Sr. Dir., RA", (), (), "compliance"),
    ("RA Specialist (Regulatory Affairs Specialist)", (), (), "compliance"),
    ("SWE II - Platform", (), (), "other"),
    ("RN, BSN", (), (), "clinical"),
    ("Staff Nurse (part-time)", (), (), "clinical"),
    ("Mgr, Clinical Data Mgmt", (), (), "compliance"),
    ("MLOps Engineer", (), (), "ml_research"),
    ("Nurse Informaticist", (), (), "clinical"),
    ("Head of ML", (), (), "ml_research"),
    ("VP, Machine Learning", (), (), "ml_research"),
    ("Interface Analyst", (), (), "integration"),
    ("User Interface Engineer", (), (), "other"),
    ("Clinical NLP Engineer", (), (), "ml_research"),
    ("Health AI Product Manager", (), (), "other"),
    ("Product Designer", (), ("shadowed night-shift hospitalists for our workflow study",), "other"),
    ("UX Researcher", (), ("interviewed 40 ICU nurses",), "other"),
    ("Data Scientist", (), ("took a Coursera course on medicine",), "ml_research"),
    ("Software Engineer", (), ("worked closely with ED physicians",), "other"),
    ("Chief Medical Officer", (), (), "clinical"),
    ("Biostatistician", (), (), "compliance"),
    ("HIPAA Privacy Officer", (), (), "compliance"),
    ("Data Engineer", (), (), "other"),
]


@pytest.fixture(scope="module")
def classifier():
    return classifier_for(load_rubric())


@pytest.mark.parametrize(("title", "skills", "background", "layer"), TRAPS, ids=[t[0] for t in TRAPS])
def test_trap(classifier, title, skills, background, layer):
    result = classifier.classify(Person.parse(dict(name="x", title=title, skills=skills, background=background)))
    assert result.layer.value == layer, (result.scores, result.evidence)


def test_declared_layer_wins_and_says_so(classifier):
    result = classifier.classify(Person.parse(dict(name="x", title="Research Scientist", layer="clinical")))
    assert result.layer.value == "clinical" and result.source == "declared" and result.confidence == 1.0
    assert result.evidence[0] == "declared in the team file (layer: clinical)"


def test_evidence_reads_like_the_issue(classifier):
    result = classifier.classify(Person.parse(dict(name="x", title="Interface Analyst", background=("RN",))))
    assert "title matches 'interface analyst/engineer'" in result.evidence
    nurse = classifier.classify(Person.parse(dict(name="y", title="Product Manager", background=("RN",))))
    assert "credential RN in background" in nurse.evidence


@pytest.mark.parametrize(
    ("title", "background", "hands_on"),
    [
        ("Nurse", (), True),
        ("Interface Analyst", (), False),
        ("Interface Analyst", ("parsed HL7 ADT messages in Mirth",), True),
        ("Regulatory Affairs Specialist", (), False),
        ("Regulatory Affairs Specialist", ("filed three 510(k)s",), True),
        ("Clinical Validation Lead", ("ran a prospective validation study",), True),
        ("Compliance Engineer", ("built audit trails for PHI access",), True),
    ],
)
def test_hands_on(classifier, title, background, hands_on):
    assert classifier.classify(Person.parse(dict(name="x", title=title, background=background))).hands_on is hands_on


def test_confidence_is_low_for_unknown_titles(classifier):
    result = classifier.classify(Person.parse(dict(name="x", title="Associate")))
    assert result.layer.value == "other" and result.confidence < 0.5


def test_classifier_cache_follows_the_rubric_object():
    from teamaudit.classify import classifier_for as cached

    base = load_rubric()
    first = cached(base)
    assert cached(base) is first and first.rubric is base
    copy = replace(base, thresholds=replace(base.thresholds, ml_ratio=2.0))
    assert cached(copy).rubric is copy
