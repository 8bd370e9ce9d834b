"""Title normalisation that real HRIS files need."""

from __future__ import annotations

import unicodedata

import pytest

from teamaudit.accents import fold_accents, fold_pattern
from teamaudit.classify import classifier_for
from teamaudit.model import Person
from teamaudit.normalize import TitleNormalizer, credential_tokens, normalize_text
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


def test_accents_fold_to_plain_letters_and_nothing_else_changes():
    assert fold_accents("Médico, qualité, Außendienst, São Paulo") == "Medico, qualite, Außendienst, Sao Paulo"
    assert fold_accents("看護師 データサイエンティスト 머신러닝") == "看護師 データサイエンティスト 머신러닝"


@pytest.mark.parametrize(
    ("pattern", "title"), [("qualité", "Qualite Manager"), ("qualite", "Gestión de calidad: qualité")]
)
def test_a_rubric_pattern_and_a_title_match_with_or_without_accents(tmp_path, pattern, title):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "extends: healthcare-ai\nname: mine\nversion: '1'\nlayers:\n  compliance:\n    signals:\n"
        f"      - {{field: title, weight: 9, label: quality, pattern: '\\b{pattern}\\b'}}\n",
        encoding="utf-8",
    )
    result = classifier_for(load_rubric(str(path))).classify(Person.parse({"name": "x", "title": title}))
    assert result.layer.value == "compliance" and "title matches 'quality'" in result.evidence


def test_polish_ds_is_do_spraw_and_capital_ds_a_data_scientist():
    normalizer = TitleNormalizer(load_rubric("healthcare-ai").normalization)
    assert normalizer.normalize("Specjalista ds. jakości") == "specjalista do spraw jakosci"
    assert normalizer.normalize("Sr. DS") == "data scientist"


def test_a_turkish_dotted_capital_i_lowers_and_folds_to_a_plain_i():
    # "İ".lower() is "i" + U+0307 (a combining dot): "İşe Alım" would not have matched "ise alim"
    assert fold_accents("İşe Alım, İnşaat".lower()) == "ise alım, insaat"


def test_a_decomposed_accent_folds_as_a_composed_one():
    decomposed = unicodedata.normalize("NFD", "Médico de Família")
    assert decomposed != "Médico de Família" and fold_accents(decomposed) == "Medico de Familia"


@pytest.mark.parametrize(
    ("pattern", "folded"),
    [
        ("qualit[ée]", "qualit[éee]"),  # a class keeps its members and gains their plain letters
        ("médic[oa]", "medic[oa]"),
        ("[À-ÖØ-öø-ÿ]+", "[À-ÖØ-öø-ÿAOoy]+"),  # a range keeps its ends, and gains their plain letters
        ("[^é]x", "[^ée]x"),
        ("[]é]x", "[]ée]x"),  # "]" first in a class is a member
        (r"a\é", r"a\é"),  # an escaped character is left alone
    ],
)
def test_a_pattern_folds_letters_outside_classes_and_adds_them_inside(pattern, folded):
    assert fold_pattern(pattern) == folded


def test_a_custom_rubric_with_an_accented_range_loads_and_runs(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "extends: healthcare-ai\nname: mine\nversion: '1'\nnormalization:\n  abbreviations: {méd: medical}\n"
        "  drop: ['intérimaire']\n  hedges: ['\\bsouhaité\\b']\nlayers:\n  other:\n    signals:\n"
        "      - {field: title, weight: 9, label: accented word, pattern: '\\b[À-ÿa-z]*zz[À-ÿa-z]*\\b'}\n",
        encoding="utf-8",
    )
    classifier = classifier_for(load_rubric(str(path)))
    assert classifier.classify(Person.parse({"name": "x", "title": "Pizzaïolo"})).layer.value == "other"
    # the abbreviation and the drop pattern, written with accents, work on a title written without
    title = classifier.classify(Person.parse({"name": "x", "title": "Med Director interimaire"}))
    assert title.normalized_title == "medical director" and title.layer.value == "clinical"
    hedged = Person.parse({"name": "x", "title": "Coordinator", "background": ["RN souhaite"]})
    assert not any(c.group == "credentials" for c in classifier.classify(hedged).contributions)


def test_years_written_in_words_read_as_digits():
    assert normalize_text("Fifteen  years as an OR nurse") == "15 years as an or nurse"
    assert (
        normalize_text("spent nine yrs on nights; one of three nurses") == "spent 9 yrs on nights; one of three nurses"
    )
    assert normalize_text("Someone years") == "someone years"
    assert normalize_text("A decade as a hospitalist") == "10 years as a hospitalist"
    assert normalize_text("Zero years as a nurse") == "zero years as a nurse"
    assert (
        normalize_text("Twenty-five years in nursing; two decades as a nurse")
        == "25 years in nursing; 20 years as a nurse"
    )
    assert normalize_text("a decade-long career") == "a decade-long career"
