"""Title normalisation that real HRIS files need."""

from __future__ import annotations

import pytest

from teamaudit.normalize import TitleNormalizer, credential_tokens
from teamaudit.rubric import load_rubric


@pytest.fixture(scope="module")
def normalize():
    return TitleNormalizer(load_rubric().normalization).normalize


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Sr. Software Engineer", "software engineer"),
        ("SWE II - Platform", "software engineer platform"),
        ("Dir., RA/QA", "director regulatory affairs quality assurance"),
        ("Mgr, Clinical Data Mgmt", "manager clinical data management"),
        ("VP, Machine Learning", "vice president machine learning"),
        ("Staff Nurse (part-time)", "nurse"),
        ("Chief of Staff", "chief of staff"),
        (
            "RA Specialist (Regulatory Affairs Specialist)",
            "regulatory affairs specialist regulatory affairs specialist",
        ),
        ("Residential Aide (RA)", "residential aide"),
        ("RN, BSN", "rn bsn"),
        ("Principal ML Engineer III (Contract, Remote)", "machine learning engineer"),
        ("  DATA   SCIENTIST  ", "data scientist"),
        ("Head of ML", "head of machine learning"),
    ],
)
def test_normalize(normalize, title, expected):
    assert normalize(title) == expected


def test_credentials_are_tokens_without_dots():
    assert credential_tokens("Ann Lee, R.N., B.S.N.") >= {"RN", "BSN"}
    assert "OTR" in credential_tokens("OTR/L")
