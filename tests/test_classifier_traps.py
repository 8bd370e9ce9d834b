"""The traps of domain.md: real titles and backgrounds that fool keyword matching."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

from conftest import run_cli
from teamaudit.classify import classifier_for
from teamaudit.model import Person
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
    # issue 14, class 1: integration work under generic or vendor titles
    ("Interface Developer", (), (), "integration"),
    ("Cerner CCL Developer", (), (), "integration"),
    ("Senior Software Engineer - Integrations", (), (), "integration"),
    ("Report Writer", ("Epic Clarity", "SQL"), (), "integration"),
    ("Business Analyst", ("clinical applications support", "Epic upgrades"), (), "integration"),
    ("EMR Trainer", (), (), "integration"),
    # class 2: compliance and validation work under titles that say AI, ML or QA
    ("Validation Specialist (CSV)", (), (), "compliance"),
    ("Design Quality Engineer, SaMD", (), (), "compliance"),
    ("Model Validation Analyst (GxP)", (), (), "compliance"),
    ("QA Engineer", (), ("ISO 13485 design controls and IEC 62304 V&V",), "compliance"),
    ("QA Engineer", ("Selenium", "pytest"), (), "other"),
    # class 3: clinicians in non-clinical titles
    ("Product Manager", (), ("PharmD; 6 years as a hospital pharmacist",), "clinical"),
    ("Medical Reviewer, AI Evaluation", (), ("MD, board-certified internist",), "clinical"),
    ("Data Annotator", (), ("licensed physical therapist (DPT)",), "clinical"),
    # class 4: the reverse traps stay traps
    ("Clinical Data Scientist", ("PyTorch", "survival models"), (), "ml_research"),
    ("Clinical Trial Quality Manager", ("GCP",), (), "compliance"),
    ("Senior Counsel", (), ("regulatory compliance for employment law",), "other"),
    ("Nurse Recruiter", (), (), "other"),
    ("Pharmaceutical Product Manager", (), ("pharma sales", "MBA or PharmD preferred"), "other"),
    # issue 16: founders and non-clinical executives are other whatever their degrees; clinical executives clinical
    ("CTO & Co-Founder", (), ("PhD in machine learning", "NeurIPS papers"), "other"),
    ("CEO", (), ("MD, practiced emergency medicine",), "other"),
    ("Chief Medical Officer & Co-Founder", (), (), "clinical"),
    ("CMIO", (), (), "clinical"),
    # a chair of a board is an executive; a department's chair leads clinicians; an IRB's chair oversees research
    ("Chair of the Board", (), (), "other"),
    ("Chair, Department of Radiology", (), (), "clinical"),
    ("IRB Chair", (), (), "compliance"),
    # trial monitoring and patient safety as roles, not a bedside sitter or a telemetry technician
    ("Central Monitor II (FSP)", (), (), "compliance"),
    ("Patient Safety Manager", (), (), "compliance"),
    ("Patient Safety Sitter", (), (), "other"),
    # a PhD on validating models is ML research, whichever word comes first
    ("PhD Student, ML Model Validation", (), (), "ml_research"),
    ("PhD candidate for development and validation of machine learning-based diagnostics", (), (), "ml_research"),
    # an ML career of one's own counts; colleagues one worked with do not
    ("Senior Principal Scientist", ("deep learning language models",), ("former lead data scientist",), "ml_research"),
    ("Coordinator", (), ("worked alongside data scientists and ML engineers",), "other"),
]


# Real titles from the tuning part's fourth batch (public postings) that the rubric misread before it was fixed.
FOURTH_BATCH = [
    # title, skills, team, expected layer
    ("Health System Specialist", (), None, "other"),  # a VA administrative series, not health IT
    (
        "Health System Specialist",
        ("Research Committee Manager", "support VA research program oversight"),
        None,
        "compliance",
    ),
    ("Program Manager Applied AI", (), None, "other"),
    (
        "Scientist in Physical Sciences and Canada Research Chair – Tier 2 in Artificial Intelligence",
        (),
        None,
        "ml_research",
    ),  # "Tier 2" is a research chair's tier, not an IT support tier
    ("IT Support Tier 2", (), None, "other"),
    ("Engineer", (), "Office of Device Evaluation (CDRH)", "compliance"),
    ("FDA Machine Learning Fellowship", (), "CDER Office of Clinical Pharmacology", "ml_research"),
    ("Dir, Clinical Development", (), None, "compliance"),
    ("Utilization Review Case Manager", (), None, "clinical"),
    ("Bioinformatics Scientist", (), None, "ml_research"),
    ("Associate Professor, Critical Care Medicine", (), None, "clinical"),
    # long-tail titles from docs/labelling.md's hard cases (benchmarks/data/probe-titles.tsv has 400)
    ("Systems Analyst - Clinical Applications", (), None, "integration"),
    ("Analyst, Revenue Cycle Applications", (), None, "integration"),
    ("Sr. Technical Specialist - Interfaces", (), None, "integration"),
    ("Medical Device Integration Engineer", (), None, "integration"),
    ("GP Connect Integration Developer", (), None, "integration"),
    ("VistA Developer (M/MUMPS)", (), None, "integration"),
    ("Clinical Application Specialist - Ultrasound", (), None, "clinical"),  # trains clinicians on a scanner
    ("Specialty Registrar (ST3) in Anaesthetics", (), None, "clinical"),
    ("Territory Manager, Surgical", (), None, "other"),
    ("Security Officer (Unarmed) - Hospital Campus", (), None, "other"),
    ("Notified Body Technical Documentation Assessor", (), None, "compliance"),
    ("Study Start-Up Specialist", (), None, "compliance"),
]


# What a review of those fixes found them doing to ordinary titles: each must stay where it was.
MISFIRES_FOUND_IN_REVIEW = [
    ("Registered Nurse - Northern Territory", "clinical"),
    ("General Practitioner, Australian Capital Territory", "clinical"),
    ("Physician - Yukon Territory", "clinical"),
    ("Clinical Development Nurse - Critical Care", "clinical"),
    ("Clinical Development Specialist - Nursing", "clinical"),
    ("Clinical Development Physician", "clinical"),
    ("Business Manager, Reproductive Medicine", "other"),
    ("Financial Analyst, Pain Medicine", "other"),
    ("Administrative Director, Hospital Medicine", "other"),
    ("Software Engineer, Laboratory Medicine", "other"),
    ("Clinical Applications Specialist, Anesthesia Information Management", "integration"),
    ("Clinical Application Specialist - Radiology Information Systems", "integration"),
    ("Clinical Applications Specialist - Cardiology PACS", "integration"),
    ("Systems Administrator - Laboratory", "other"),
    ("Systems Developer - Laboratory Automation", "other"),
    ("Utilization Review Coordinator", "other"),
    ("Utilization Review Software Engineer", "other"),
    ("AI Ethics Fellow", "compliance"),
    ("AI Fellowships Program Manager", "other"),
    ("Conversational Interfaces Designer", "other"),
    ("Clinical Registrar - Trauma Registry", "other"),
    ("Health Systems Specialist", "other"),
    ("Hospital Security Officer", "other"),
    ("Security Officer, Night Shift", "other"),
    ("Information Security Officer", "compliance"),
    # the roman-numeral level drop took both v's of V&V: "V&V Engineer" read as "engineer"
    ("V&V Engineer", "compliance"),
    ("Software V&V Engineer", "compliance"),
    ("V & V Lead", "compliance"),
    ("Data Scientist II", "ml_research"),
    # a founder's trial: clinical executives named by the department alone
    ("VP Clinical", "clinical"),
    ("Head of Clinical", "clinical"),
    ("Data Science Lead (Clinical)", "ml_research"),
    ("VP Clinical Affairs", "compliance"),
]


@pytest.mark.parametrize(("title", "layer"), MISFIRES_FOUND_IN_REVIEW, ids=[t[0] for t in MISFIRES_FOUND_IN_REVIEW])
def test_fixes_do_not_misfire_on_ordinary_titles(classifier, title, layer):
    result = classifier.classify(Person.parse(dict(name="x", title=title)))
    assert result.layer.value == layer, result.evidence


@pytest.mark.parametrize(
    ("title", "background", "layer"),
    [
        ("Board Advisor", "former CMIO at a 600-bed system", "clinical"),
        ("Product Manager", "6 years hospitalist", "clinical"),
        ("Data Scientist", "3 years as a nurse recruiter", "ml_research"),
    ],
)
def test_clinical_years_and_former_clinical_executives_in_a_background(classifier, title, background, layer):
    result = classifier.classify(Person.parse(dict(name="x", title=title, background=(background,))))
    assert result.layer.value == layer, result.evidence


def test_a_rubric_with_min_score_zero_still_sends_people_with_no_evidence_to_other(tmp_path):
    """An all-zero tie used to go to the first layer by order: 'Zookeeper' came out clinical, confidence 0."""
    path = tmp_path / "mine.yaml"
    path.write_text('extends: healthcare-ai\nname: mine\nversion: "1"\nscoring: {min_score: 0}\n')
    result = classifier_for(load_rubric(str(path))).classify(Person.parse(dict(name="x", title="Zookeeper")))
    assert result.layer.value == "other" and result.evidence == ("no signal of any layer matched",)


@pytest.mark.parametrize(
    ("title", "skills", "team", "layer"), FOURTH_BATCH, ids=[f"{t[0]}|{t[2]}" for t in FOURTH_BATCH]
)
def test_fourth_batch_titles(classifier, title, skills, team, layer):
    result = classifier.classify(Person.parse(dict(name="x", title=title, skills=skills, team=team)))
    assert (result.layer.value, result.source) == (layer, "rubric"), result.evidence


@pytest.fixture(scope="module")
def classifier():
    return classifier_for(load_rubric())


@pytest.mark.parametrize(("title", "skills", "background", "layer"), TRAPS, ids=[t[0] for t in TRAPS])
def test_trap(classifier, title, skills, background, layer):
    result = classifier.classify(Person.parse(dict(name="x", title=title, skills=skills, background=background)))
    assert result.layer.value == layer, (result.scores, result.evidence)


@pytest.mark.parametrize(
    ("team", "layer"),
    [("Interfaces", "integration"), ("Clinical Applications", "integration"), ("Platform", "other")],
)
def test_the_department_is_evidence(classifier, team, layer):
    """domain.md: a "Software Engineer" in Interfaces is probably integration work."""
    result = classifier.classify(Person.parse(dict(name="x", title="Software Engineer", team=team)))
    assert result.layer.value == layer, (result.scores, result.notes)


def test_a_negative_cancels_only_its_own_field(classifier):
    """The software-QA title trap cancels the title's 'quality'; it cannot cancel regulatory scope in skills."""
    plain = classifier.classify(Person.parse(dict(name="x", title="Software QA Engineer")))
    scoped = classifier.classify(
        Person.parse(dict(name="x", title="Software QA Engineer", skills=("IEC 62304 V&V", "ISO 14971 risk files")))
    )
    assert plain.layer.value == "other"
    assert scoped.layer.value == "compliance" and scoped.hands_on


def test_knowing_a_regulation_does_not_make_a_software_engineer_compliance(classifier):
    result = classifier.classify(Person.parse(dict(name="x", title="Software Engineer", skills=("HIPAA",))))
    assert result.layer.value == "other"


def test_ties_follow_the_documented_rule():
    """Equal totals: the stronger title evidence wins, else the layer order; the note says which."""
    from teamaudit.classify import score
    from teamaudit.model import Contribution, Layer

    scoring = load_rubric().scoring
    by_title = [Contribution(Layer.OTHER, 5, "title"), Contribution(Layer.ML_RESEARCH, 5, "skills", group="skills")]
    tallies = score.tally(by_title, scoring)
    ranked = score.rank(tallies)
    assert ranked[0] is Layer.OTHER
    assert (
        score.tie_note(tallies, ranked)
        == "tie between other and ml_research at 5: other wins on title evidence (5 against 0)"
    )
    by_order = [
        Contribution(Layer.OTHER, 4, "skills", group="skills"),
        Contribution(Layer.INTEGRATION, 4, "skills", group="skills", key="b"),
    ]
    tallies = score.tally(by_order, scoring)
    ranked = score.rank(tallies)
    assert ranked[0] is Layer.INTEGRATION
    assert "integration wins on layer order" in (score.tie_note(tallies, ranked) or "")
    assert score.confidence(4, 4, scoring.strong_score) < load_rubric().thresholds.confidence


def test_executive_titles_settle_and_say_so(classifier):
    result = classifier.classify(
        Person.parse(dict(name="x", title="CTO & Co-Founder", background=("PhD in machine learning",)))
    )
    assert result.layer.value == "other" and result.confidence >= 0.9
    assert result.notes == ("settled by the title: 'executive'",)


def test_a_settling_title_cancelled_by_its_own_negative_is_still_classified(classifier):
    """'delivery' is a clinical negative (delivery drivers); a settling 'Medical Director' beside it left every
    layer at 0, and the margin divided by the best score: a ZeroDivisionError traceback on a real title."""
    result = classifier.classify(Person.parse(dict(name="x", title="Medical Director, Delivery")))
    assert result.layer.value == "clinical" and result.notes == ("settled by the title: 'clinical leadership'",)
    assert dict(result.scores)[result.layer] == 0


def test_care_delivery_is_not_a_delivery_driver(classifier):
    result = classifier.classify(Person.parse(dict(name="x", title="Chief Medical Officer, Care Delivery")))
    assert result.layer.value == "clinical" and dict(result.scores)[result.layer] == 8


def test_every_built_in_pattern_compiles_on_its_own():
    """Loading the packaged rubric skips compiling its patterns one by one (the classifier compiles them as
    sets); this is where each is still compiled, as a user rubric's would be."""
    import re

    from teamaudit.rubricfiles import builtin_names
    from teamaudit.rubricpatterns import rubric_regex

    for name in builtin_names():
        rubric = load_rubric(name)
        for definition in rubric.layers.values():
            for signal in (*definition.signals, *definition.negative):
                assert rubric_regex(signal.pattern, re.IGNORECASE).search("") is None or True


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


def test_evidence_from_one_field_other_than_the_title_takes_more_to_be_sure(classifier):
    """A record whose layer rests on one field that is not the title (only skills, only the team) is a weaker
    call than the same score from the title: confidence saturates at strong_score x uncorroborated_factor (9)."""
    alone = classifier.classify(Person.parse(dict(name="x", title="Coordinator", skills=["Mirth Connect"])))
    assert alone.layer.value == "integration" and alone.confidence == 0.44
    assert alone.notes == (
        "the integration evidence is all in the skills, none in the title, so it takes a score of 9, not 6, to be "
        "certain; it has 4",
    )
    two_fields = classifier.classify(
        Person.parse(dict(name="x", title="Coordinator", skills=["Mirth Connect"], team="Interfaces"))
    )
    assert two_fields.layer.value == "integration" and two_fields.confidence == 1.0 and not two_fields.notes
    titled = classifier.classify(Person.parse(dict(name="x", title="Interface Coordinator")))
    assert titled.confidence == 1.0


def test_classifier_cache_follows_the_rubric_object():
    from teamaudit.classify import classifier_for as cached

    base = load_rubric()
    first = cached(base)
    assert cached(base) is first and first.rubric is base
    copy = replace(base, thresholds=replace(base.thresholds, ml_ratio=2.0))
    assert cached(copy).rubric is copy


# The fifth batch's tuning errors, by class, and the catalogue words (vendor modules, trial and regulatory systems)
# added beside them, with the look-alikes each must not catch.
FIFTH_BATCH = [
    # title, skills, team, expected layer
    (
        "IT Specialist (Applications Software) (Clinical Applications Coordinator IT)",
        (),
        "Office of Information Technology",
        "integration",
    ),
    ("EP Lab Tech I - Electrophysiology Lab", (), None, "clinical"),
    ("Site Management Lead", (), None, "compliance"),
    ("IT Security Engineer", ("AWS/Azure/GCP IAM hardening", "Splunk SIEM"), "Information Technology", "other"),
    ("Coordinator", ("GCP and ICH E6 training",), None, "compliance"),
    ("Associate", ("MedDRA coding", "Argus Safety case entry"), None, "compliance"),
    ("Analyst", ("Care Everywhere", "SlicerDicer"), None, "integration"),
    ("Software Engineer", ("signed NDA required", "Windows Vista support"), None, "other"),
    ("ML Engineer", ("Adam optimizer", "IRT models for test scoring"), None, "ml_research"),
    # what review found the first version of these words catching
    ("Cloud Engineer", ("AWS", "Azure", "GCP"), None, "other"),
    ("Cloud Engineer", ("GCP Dataflow and Pub/Sub",), None, "other"),
    ("Coordinator", ("ICH-GCP", "GCP training"), None, "compliance"),
    ("Software Engineer", ("Windows Vista imaging tools",), None, "other"),
    ("Data Scientist", ("5 years at RadNet",), None, "ml_research"),
    ("RadNet AI Engineer", (), None, "ml_research"),
    ("Attorney", ("NDA filings",), None, "other"),
    ("Facilities Site Management Specialist", (), None, "other"),
    ("Research Scientist", ("Epic Cosmos data",), None, "ml_research"),
    ("Software Engineer", ("IRT/RTSM platform backend",), None, "other"),
    ("Software Engineer", ("CDISC SDTM pipelines in Spark",), None, "other"),
    ("Systems Analyst", ("SAP",), None, "other"),  # the ERP, not a statistical analysis plan
    # what a second review found
    ("Software Engineer", ("GCP Certified Professional Cloud Architect",), None, "other"),
    ("Senior GCP Architect", (), None, "other"),
    ("GCP Compliance Manager", (), None, "compliance"),
    ("Facilities Site Management Lead", (), None, "other"),
    ("Analyst", ("Epic Clarity reports",), None, "integration"),
]


@pytest.mark.parametrize(
    ("title", "skills", "team", "layer"), FIFTH_BATCH, ids=[f"{t[0]} {list(t[1])}" for t in FIFTH_BATCH]
)
def test_fifth_batch_classes_and_catalogue_words(classifier, title, skills, team, layer):
    result = classifier.classify(Person.parse(dict(name="x", title=title, skills=skills, team=team)))
    assert (result.layer.value, result.source) == (layer, "rubric"), result.evidence


SIXTH_BATCH = [
    # title, skills, background, expected layer (all from the rubric's own evidence)
    ("Associate", ("ICSR case processing", "periodic safety update reports"), (), "compliance"),
    ("Specialist", ("pharmacovigilance literature surveillance",), (), "compliance"),
    ("Drug Safety Associate", ("adverse event reporting",), ("B.Pharm or BSc Life Sciences",), "compliance"),
    # a credential offered as one degree among others is no licence
    ("Research Scientist", ("deep learning",), ("MD or PhD in computer science",), "ml_research"),
    ("Product Manager", (), ("PharmD or MS in Computer Science",), "other"),
    # ... but a list of clinical credentials still counts, and so does a nursing degree as the alternative
    ("Product Manager", (), ("RN or LPN",), "clinical"),
    ("Product Manager", (), ("RN license; BSN or MS in Nursing",), "clinical"),
    ("Scientist", (), ("MD, PhD",), "clinical"),
    # an audit trail is a feature a backend engineer builds; compliance work when it guards patients' data
    ("Backend Developer", ("Python", "FastAPI", "audit trails", "RBAC"), (), "other"),
    ("Engineer", ("built audit trails for PHI access", "HIPAA security risk assessments"), (), "compliance"),
    # "clinical records" in a research title is the topic, not a records clerk
    ("PhD Researcher on concept recognition in clinical records", ("deep learning", "PyTorch"), (), "ml_research"),
    ("Medical Records Technician", (), (), "other"),
    ("Clinical Records Clerk", (), (), "other"),
]


@pytest.mark.parametrize(
    ("title", "skills", "background", "layer"), SIXTH_BATCH, ids=[f"{t[0]} {list(t[1] + t[2])}" for t in SIXTH_BATCH]
)
def test_sixth_batch_classes(classifier, title, skills, background, layer):
    result = classifier.classify(Person.parse(dict(name="x", title=title, skills=skills, background=background)))
    assert (result.layer.value, result.source) == (layer, "rubric"), (result.evidence, result.notes)


SEVENTH_BATCH = [
    # title, skills, team, expected layer (all from the rubric's own evidence)
    ("Medical Instrument Technician (Vascular)", (), None, "clinical"),  # the VA's title for its clinical techs
    ("HEALTH OFFICER (NON-PHYSICIAN)", ("administering an agency budget",), None, "other"),
    ("Project Research Scientist-II (Non Medical)", ("deep learning", "PyTorch"), None, "ml_research"),
    ("Medical Support Assistant", ("scheduling in electronic medical records and CPRS",), None, "other"),
    ("Radiology IT Systems Manager", ("PACS and RIS", "data integrity checks"), "Radiology Directorate", "integration"),
    ("Validation Specialist", ("GxP data integrity", "IQ/OQ/PQ"), None, "compliance"),
    ("Director - Medical Affairs", (), None, "clinical"),
    ("Medical Science Liaison", ("support pharmacovigilance activities", "KOL engagement"), None, "other"),
    ("Physician", (), None, "clinical"),  # "non-" drops only the qualifier it starts
]


@pytest.mark.parametrize(
    ("title", "skills", "team", "layer"), SEVENTH_BATCH, ids=[f"{t[0]} {list(t[1])}" for t in SEVENTH_BATCH]
)
def test_seventh_batch_classes(classifier, title, skills, team, layer):
    result = classifier.classify(Person.parse(dict(name="x", title=title, skills=skills, team=team)))
    assert (result.layer.value, result.source) == (layer, "rubric"), (result.evidence, result.notes)


def case(
    title: str, layer: str, skills: tuple[str, ...] = (), background: tuple[str, ...] = (), team: str | None = None
) -> tuple[str, tuple[str, ...], tuple[str, ...], str | None, str]:
    return title, skills, background, team, layer


# Cases found after the seventh batch, one shape for all: each is placed by the rubric's own evidence.
SINCE_THE_SEVENTH_BATCH = [
    # titles written for teamaudit from docs/labelling.md (not from any labelled set) that the rubric had no words
    # for; after 'SAS Programmer', titles from probe-titles.tsv's second batch, scored before the rubric saw it
    case("Licensed Professional Counselor", "clinical"),
    case("Hospice Social Worker", "clinical"),
    case("Marriage and Family Counselor", "clinical"),
    case("Admissions Counselor", "other"),
    case("Interface Support Specialist", "integration"),
    case("Integration Support Analyst", "integration"),
    case("Director, Clinical Applications", "integration"),
    case("At-the-Elbow Support Analyst", "integration"),
    case("Design Assurance Engineer", "compliance"),
    case("HITRUST Assessor", "compliance"),
    case("Site Activation Manager", "compliance"),
    case("Safety Scientist", "compliance"),
    case("Signal Management Scientist", "compliance"),
    case("AI Safety Scientist", "ml_research"),
    case("SAS Programmer, Clinical", "compliance"),
    case("Systems Analyst III, Cadence/Prelude", "integration"),
    case("Clinical Systems Analyst - Nursing Documentation (Epic)", "integration"),
    case("Nursing Supervisor", "clinical"),
    case("EPR Application Specialist - Lorenzo", "integration"),
    case("Health System Specialist (EHRM Interfaces) GS-0671-12", "integration"),
    case("Privacy-Preserving ML Researcher (Differential Privacy)", "ml_research"),
    case("Privacy Officer", "compliance"),
    case("Account Executive - Health AI Platform", "other"),
    case("Marketing Data Scientist", "ml_research"),
    case("Post-Merger Integration Manager - Health System M&A", "other"),
    case("Business Development Director - Clinical Research Services", "other"),
    case("Front Desk Coordinator - Dermatology Clinic", "other"),
    # the eighth batch's classes
    case("Implementation Support Specialist", "integration"),
    case("Deputy QPPV", "compliance"),
    case("PRRC, Medical Devices", "compliance"),
    case("Director of Pharmaceutical Services", "clinical"),
    case(
        "Clinical Informatics Specialist",
        "clinical",
        skills=("NHS App content",),
        background=("15 years in nursing roles",),
    ),
    case(
        "Teleconsultation Prescription Review",
        "clinical",
        skills=("audio consults",),
        background=("MBBS, valid NMC registration",),
    ),
    case(
        "Section Editor, Infectious Diseases",
        "clinical",
        skills=("edit topic reviews",),
        background=("20% clinical commitment",),
    ),
    case("Médica Auditora", "clinical", team="Oficina de Seguros"),
    case("Cirujano Dentista", "clinical"),
    case("Infirmière de coordination", "clinical"),
    case("Medico-Legal Claims Handler", "other"),
    # catalogue words from no posting, each beside the look-alike it must not catch: health-data networks, FHIR
    # servers, national exchange services and clinical terminologies; device, PV and trial standards
    case("Software Engineer", "integration", skills=("Redox and Health Gorilla APIs", "Python")),
    case("Backend Engineer", "integration", skills=("Carequality and CommonWell queries",)),
    case("Developer", "integration", skills=("NHS Spine and MESH messaging",)),
    case("Data Engineer", "integration", skills=("AWS HealthLake", "Spark")),
    case("Software Engineer", "integration", skills=("electronic lab reporting to state health departments",)),
    case("Software engineer, health data standards", "integration"),
    case("Research Chemist", "other", skills=("redox chemistry", "electrochemistry")),
    case("Literature Analyst", "other", skills=("MeSH indexing",)),
    case(
        "Clinical NLP Engineer", "ml_research", skills=("SNOMED CT and RxNorm normalisation", "PyTorch", "transformers")
    ),
    case("Software Engineer", "compliance", skills=("SOUP lists and IEC 62304 software records",)),
    case("Analyst", "compliance", skills=("EUDAMED and GUDID UDI submissions",)),
    case("Scientist", "compliance", skills=("clinical investigation plans under ISO 14155", "PMCF")),
    case("Specialist", "compliance", skills=("FAERS and EudraVigilance case work", "GVP modules")),
    case("Line Cook", "other", skills=("soup and sauce prep",)),
    case("Customer Service Representative", "other", skills=("CSR scorecards",)),
    # Spanish clinician titles and their clerical look-alikes
    case("Médico General", "clinical"),
    case("Auxiliar Administrativo (Cuentas Médicas)", "other"),
    case("Visitador Médico", "other"),
    # from the people set's second batch: generic titles whose skills and background decide, with look-alikes
    case("VP, Product", "clinical", background=("Anesthesiologist; still in clinical practice one day a week",)),
    case(
        "Partnerships Manager", "clinical", background=("Pharmacist licensed with the Ontario College of Pharmacists",)
    ),
    case(
        "Consultant",
        "clinical",
        skills=("ECG review",),
        background=("Facharzt für Kardiologie; Approbation in Germany",),
    ),
    case(
        "Model Evaluation Specialist",
        "clinical",
        skills=("grading LLM answers on drug interactions",),
        background=("Clinical pharmacist, BCPS",),
    ),
    case("Operations Manager", "other", background=("Nurse recruiter for 5 years at a staffing agency",)),
    case("Operations Manager", "other", background=("Doctor of Philosophy in chemistry",)),
    case(
        "Training Specialist", "integration", skills=("TrakCare EPR end-user training", "at-the-elbow go-live support")
    ),
    case("Engineering Manager", "integration", skills=("leading the HL7 interface team", "InterSystems HealthShare")),
    case("Field Engineer", "integration", skills=("lab analyzer interfaces (ASTM E1394)", "LIS connections")),
    case("Data Engineer", "integration", skills=("CDA/CCD XML parsing", "LOINC terminology mapping")),
    case("Project Manager", "compliance", skills=("IVDR performance evaluation report", "EUDAMED actor registration")),
    case("Operations Associate", "compliance", skills=("eTMF maintenance", "ICH E6(R3) GCP")),
    case("Senior Scientific Writer", "other", skills=("writing from clinical study reports",)),
    # the ninth batch: titles outside English, and their look-alikes
    case("Técnico de Enfermagem", "clinical"),
    case("Auxiliar de Enfermería", "clinical"),
    case("Aide-soignante", "clinical"),
    case("Tecnico di Informatica Medica", "integration"),
    case("Medizininformatiker (m/w/d)", "integration"),
    case("院内SE", "integration"),
    case("医療情報技師", "integration"),
    case("HIS接口工程师", "integration"),
    case("Attaché de Recherche Clinique", "compliance"),
    case("Coordinador de Ensayos Clínicos", "compliance"),
    case("Studienkoordinatorin", "compliance"),
    case("Leiterin Qualitätsmanagement", "compliance"),
    case("Mitarbeiter Zulassung Medizinprodukte", "compliance"),
    case("Doktorand (m/w/d) Künstliche Intelligenz in der Radiologie", "ml_research"),
    case("Offre de thèse : apprentissage automatique pour l'imagerie médicale", "ml_research"),
    case("PhD Position: Clinical Foundation Models", "ml_research"),
    case("Clinical Informatics Specialist", "clinical"),
    case("Clinical Informatics Analyst", "integration"),
    case("CRA", "compliance", background=("RN or bachelor's degree in a life science",)),
    case("Vertriebsmitarbeiter Medizinprodukte", "other"),
    case("Ingeniero de Ventas Dispositivos Médicos", "other"),
    case("Firmware Engineer", "other", team="Human Interface Devices"),
    # the third probe batch: titles in eight more languages, and their look-alikes
    case("Responsable assurance qualité", "compliance"),  # RE2's \b is ASCII's: found only with accents folded
    case("Datenschutzbeauftragter (m/w/d)", "compliance"),
    case("CRA II – CRO", "compliance"),  # CRO is the research organisation here, not a chief revenue officer
    case("Dirigente Medico – Cardiologia", "clinical"),
    case("Ingeniero/a de Machine Learning – Imagen Médica", "ml_research"),
    case("Representante Comercial – Equipamentos Médico-Hospitalares", "other"),
    case("Analista de Garantia da Qualidade de Software", "other"),
    case("Farmacéutico/a Especialista en Farmacia Hospitalaria", "clinical"),
    case("Analista de Garantia da Qualidade – BPF (Indústria Farmacêutica)", "compliance"),
    case("Functioneel Applicatiebeheerder EPD (HiX)", "integration"),
    case("病棟看護師（夜勤あり）", "clinical"),
    case("放射科主治医师", "clinical"),
    case("医療系SE（電子カルテ導入）", "integration"),
    case("薬事担当（承認申請）", "compliance"),
    case("药物警戒专员", "compliance"),
    case("機械学習エンジニア（医用画像解析）", "ml_research"),
    case("머신러닝 엔지니어 (의료영상)", "ml_research"),
    case("医療事務（受付）", "other"),
    case("医師事務作業補助者", "other"),
    case("소프트웨어 QA 엔지니어 (테스트 자동화)", "other"),
    # from a review of the batch: English and CJK look-alikes of the new words
    case("Pharmacovigilance Specialist, Commercial", "compliance"),
    case("Quality Assurance Specialist - Commercial Manufacturing", "compliance"),
    case("Délégué commercial dispositifs médicaux", "other"),
    case("Aussendienst Medizinprodukte", "other"),
    case("DPI Security Engineer", "other"),
    case("ECD Teacher", "other"),
    case("Chef de projet DPI (Dossier Patient Informatisé)", "integration"),
    case("ソフトウェア品質保証エンジニア", "other"),
    case("Assurance Qualité Logiciel", "other"),
    case("Ingénieur Validation Logiciel Dispositifs Médicaux", "compliance"),
    case("データマネージャー（治験）", "compliance"),
    case("인사담당자", "other"),
    # tenth batch (Nordic, Polish, Indonesian and traditional Chinese postings among them), written for the test
    case("Pediatra", "clinical", skills=("informática en salud",)),
    case("Data Engineer", "other", skills=("Informatica PowerCenter ETL",)),
    case("Kinderarzt", "clinical"),
    case("Tierärztin", "other"),
    case("Kardiologe", "clinical"),
    case("Biologe", "other"),
    case("Distriktssköterska", "clinical"),
    case("Sykepleier", "clinical"),
    case("Overlege", "clinical"),
    case("College Lecturer", "other"),
    case("Lekarz", "clinical"),
    case("Télémédecin", "clinical"),
    case("Chef de projet télémédecine", "other"),
    case("eNurse", "clinical"),
    case("Consultor de IA médica", "other"),
    case("Médica de familia", "clinical"),
    case("Medizinischer Direktor", "clinical"),
    case("Medizinischer Dokumentar", "other"),
    case("Product Manager", "clinical", background=("Sjuksköterska, 10 år på IVA",)),
    case("Product Manager", "clinical", background=("especialista en medicina interna",)),
    case("Product Manager", "clinical", background=("8 años de experiencia como enfermera",)),
    case("Sales Manager", "other", background=("vendí software a médicos",)),
    case("PhD student in reinforcement learning for robotics", "ml_research"),
    case("Research Nurse", "compliance"),
    case("Specialist", "compliance", skills=("regulatory affairs for medical devices",)),
    case("Software Engineer", "other", skills=("works closely with regulatory affairs teams",)),
    case("Chargé de confidentialité des données de santé", "compliance"),
    case("GQP責任者", "compliance"),
    case("GVP, Sales", "other"),
    case("質量負責人", "compliance"),
    case("医疗器械销售代表（骨科）", "other"),
    case("Especialista em Vigilância Sanitária", "compliance"),
    case("Penjamin Mutu Perangkat Medis", "compliance"),
    case("Penjamin Mutu Perangkat Lunak", "other"),
    case("konsulent", "integration", team="DIPS"),
    case("Data Analyst", "other", skills=("analysing dips in blood pressure",)),
    case("Tecnico informatico", "integration", skills=("interfacciamento dei sistemi con il LIS",)),
    case("Responsable applications", "integration", skills=("logiciels de la pharmacie et du laboratoire",)),
    # the fourth probe batch's languages (Nordic, Finnish, Polish, Czech, Indonesian, Turkish, traditional Chinese),
    # each with the look-alike its words invite
    case("Kierownik ds. Sprzedaży", "other"),  # "ds." is Polish "do spraw", not data scientist
    case("Specjalista ds. integracji z platformą P1", "integration"),
    case("Sr DS", "ml_research"),
    case("Sairaanhoitaja", "clinical"),
    case("Asiakkuudenhoitaja", "other"),
    case("Eläinlääkäri", "other"),
    case("Lääkärisihteeri", "other"),
    case("Veterinærsygeplejerske", "other"),
    case("Hemşire", "clinical"),
    case("Dokter Umum", "clinical"),
    case("加護病房護理師", "clinical"),
    case("Salgsrepresentant medisinsk utstyr", "other"),
    case("Obchodní zástupce – zdravotnické prostředky", "other"),
    case("醫療器材業務代表", "other"),
    case("Kvalitetssikringsingeniør, medisinsk utstyr", "compliance"),
    case("Quality Assurance Specialist GMP – Settore Farmaceutico", "compliance"),
    case("Systemförvaltare Cosmic", "integration"),
    case("Cosmic Ray Physicist", "other"),
    case("Analis Sistem SIMRS", "integration"),
    case("HBYS Uygulama Uzmanı", "integration"),
    case("Medula Oblongata Researcher", "other"),
    case("Inspektor Ochrony Danych", "compliance"),
    case("Tietosuojavastaava", "compliance"),
    case("Biostatistiker", "compliance"),
    case("Koneoppimisinsinööri", "ml_research"),
    case("Makine Öğrenmesi Mühendisi", "ml_research"),
    case("機器學習工程師", "ml_research"),
    case("Jurist, kunstig intelligens", "other"),
    case("Produktchef", "clinical", background=("legitimerad sjuksköterska, 8 år på IVA",)),
    case("Analytiker", "ml_research", skills=("PyTorch",), background=("doktorsexamen i maskininlärning, KTH",)),
    # a review of those words: recruiters, sellers, organisations, animals, academic titles, other kinds of quality
    case("Rekruter lekarzy", "other"),
    case("Hemşire İşe Alım Uzmanı", "other"),
    case("醫師招募專員", "other"),
    case("Rekryterare, maskininlärningsingenjörer", "other"),
    case("Säljare mot läkare och sjuksköterskor", "other"),
    case("Tıbbi Satış Temsilcisi - Hekim Ziyareti", "other"),
    case("電子病歷 業務專員", "other"),
    case("病院薬剤師（病棟業務・DI担当）", "clinical"),  # 業務 is "duties" in Japanese, "sales" in Taiwan only after it
    case("Regulatory Affairs Specialist, Customer Satisfaction", "compliance"),
    case("Lääkäriliiton viestintäpäällikkö", "other"),
    case("Økonomisjef, Norsk helsenett", "other"),
    case("醫師公會 秘書", "other"),
    case("Enfermera de trasplante de médula ósea", "clinical"),
    case("Petugas Rekam Medis Elektronik", "other"),
    case("Dokter Hewan", "other"),
    case("Software Engineer", "other", background=("Dyrlæge i 10 år",)),
    case("Doktor Öğretim Üyesi, Bilgisayar Mühendisliği", "other"),
    case("Doktor inżynier, specjalista ds. uczenia maszynowego", "ml_research"),
    case("Medicinteknisk ingenjör", "other"),
    case("Tıbbi Cihaz Teknik Servis Mühendisi", "other"),
    case("Ruhsat Uzmanı (İnşaat)", "other"),
    case("Yazılım Kalite Güvence Mühendisi", "other"),
    case("Analityk jakości danych", "other"),
    case("Przedstawiciel Kierownictwa ds. Jakości", "compliance"),
    case("DS Manager", "ml_research"),
    case("Starszy Data Scientist", "ml_research"),
    case("Software Engineer", "other", background=("Built document tools used by regulatory affairs",)),
    case("Specialist in Cosmic Ray Detection", "other"),
    case("E-Receptionist", "other"),
    case("Tannlege", "clinical"),
    case("諮商心理師", "clinical"),
    # the fourth people batch: requirement lines as postings outside English write them
    case("Adviseur Zorg & Innovatie", "clinical", background=("BIG-geregistreerd verpleegkundige (hbo-v)",)),
    case("Consulente", "clinical", background=("Iscrizione all'Ordine dei Medici",)),
    case("Statistico", "other", background=("Laurea in Medicina e Chirurgia o Scienze Biologiche",)),
    case("Referent", "clinical", background=("Grau en Infermeria, col·legiat/ada al COIB",)),
    case("Product Owner", "clinical", background=("Docteur en médecine, inscrit au tableau de l'Ordre des médecins",)),
    case(
        "Promovendus",
        "ml_research",
        skills=("Onderzoek naar deep learning voor digitale pathologie",),
        background=("Master Artificial Intelligence",),
    ),
    case("Researcher", "other", skills=("qualitative interviews with nurses",)),
    case("Ejecutivo/a de cuentas", "other", skills=("Venta de soluciones de historia clínica electrónica",)),
    case("研究員", "ml_research", skills=("深層学習による病変検出モデルの開発",), background=("情報科学の博士号",)),
    # the fifth people batch (English and six European languages): registers, caseloads, device data, EHR
    # certification, ML methods and employment acts
    case("Fellow", "clinical", background=("General registration with AHPRA (Medical Board of Australia)",)),
    case(
        "Consultant", "clinical", background=("DM Endocrinology", "Valid registration with the State Medical Council")
    ),
    case("Programme Manager", "clinical", skills=("Hold a remote-monitoring caseload of COPD patients",)),
    case("Engineer III", "integration", skills=("Implement IHE PCD-01 device-data integration from bedside monitors",)),
    case("Analyst II", "ml_research", skills=("Train gradient-boosted readmission risk models in XGBoost",)),
    case("Lead, Decision Science", "ml_research"),
    case(
        "Analyst, Revenue Systems",
        "integration",
        background=("Epic Resolute HB certification",),
        skills=("Build Epic Resolute HB charge routers",),
    ),
    case("Software Engineer", "other", background=("Epic Games certified developer",)),
    case(
        "Associate",
        "ml_research",
        skills=("Design offline evaluation harnesses for LLM outputs", "retrieval-augmented generation"),
    ),
    case(
        "Legal Counsel, Regulatory",
        "other",
        skills=("Advise on personal grievances under the Employment Relations Act 2000",),
    ),
    case("Designer", "other", background=("Arts degree from RISD",)),
    case("Medisch Adviseur", "clinical", background=("Geregistreerd huisarts (BIG- en HVRC-registratie)",)),
    case("Specialist", "ml_research", background=("Minimaal 4 jaar ervaring als machine learning engineer",)),
    # a second review: registers of other professions, soft method words, observing rounds, negated requirements,
    # organisations at the start of a line, subjects that look like professions
    case("Specjalista ds. Data Science", "ml_research"),
    case("Ekspert ds. jakości", "compliance"),
    case("Solicitor", "other", background=("Full registration with the Law Society",)),
    case("Product Manager", "clinical", background=("Registered with the GMC with a licence to practise",)),
    case("Ingegnere Software", "other", background=("Iscrizione all'Ordine degli Ingegneri",)),
    case("Software Engineer", "other", background=("Former teacher at FCPS",)),
    case(
        "Data Engineer",
        "other",
        skills=("data drift monitoring",),
        background=("Built features for forecasting models",),
    ),
    case("プロジェクトマネージャー", "other", background=("臨床経験不問",)),
    case("Analista", "other", background=("Médicos Sin Fronteras: coordinador logístico",)),
    case("Praktijkmanager Huisartsenpraktijk", "other"),
    case("Universitetslektor i psykologi", "other"),
    case("Product Manager", "clinical", background=("Registered midwife on the labour ward; act as coordinator",)),
    case("Trainer", "integration", background=("Epic Credentialed Trainer, Ambulatory",)),
    case("Consultant", "compliance", skills=("Responsible for regulatory affairs in the EU and US",)),
    case("Product Manager", "clinical", background=("3 anni di esperienza come infermiere",)),
    case("Employment Advisor", "other", skills=("Manage a caseload of 60 jobseekers",)),
    case("Integration Developer", "other", skills=("MuleSoft, ETL in Informatica",)),
    case("전문의약품 마케팅 PM", "other"),
    case(
        "Produkteier", "clinical", background=("Autorisert farmasøyt (master i farmasi)", "Erfaring fra sykehusapotek")
    ),
    case("Metodik NIS", "integration", skills=("Konfigurace a správa nemocničního informačního systému (FONS Akord)",)),
    case("私隱主任", "compliance"),
    # a seventh people batch (integration and compliance under generic titles, ten languages)
    case("弁護士(インハウス)", "other"),  # a Japanese lawyer: 弁護士 ends in 護士, a nurse in traditional Chinese
    case("Tecnico applicativo", "integration", skills=("Installazione della cartella clinica elettronica Galileo",)),
    case("Functioneel beheerder", "integration", skills=("Inrichten en beheren van HiX-modules",)),
    case("Analyste décisionnel (H/F)", "integration", skills=("Requêtes SQL sur la base du DPI Easily",)),
    case("Formateur SAP", "other", skills=("Formation des utilisateurs SAP FI",)),
    case("IT Support", "other", background=("Configured his team's laptops",)),
    case("Datenschutzkoordinator", "compliance", skills=("Datenschutz-Folgenabschätzungen für Gesundheitsdaten",)),
    case(
        "Softwareingenieur KI",
        "ml_research",
        skills=("Feinabstimmung großer Sprachmodelle", "MLOps-Pipelines mit Kubeflow"),
    ),
    case(
        "研究員",
        "ml_research",
        skills=("大規模言語モデルの研究開発", "ACL、EMNLPでの論文発表"),
        background=("博士号(情報学)",),
    ),
    # a third review of those words: ambiguous short names and everyday phrases
    case("Técnico de almacén de productos sanitarios", "other"),
    case(
        "Consultora de negocio",
        "other",
        background=("Extracción de requisitos; historia clínica del paciente en el piloto",),
    ),
    case("Android Engineer", "other", skills=("HCE configuration for NFC payments, Kotlin",)),
    case("Network Security Engineer", "other", skills=("DPI configuration on Palo Alto firewalls, IDS/IPS",)),
    case("Data Engineer", "other", skills=("AWS EMR cluster configuration, Spark, Airflow",)),
    case("Chargée de communication", "other", background=("Dans le sillage du plan de formation régional",)),
    case("Member of Technical Staff", "ml_research", skills=("Preference tuning with DPO and RLHF",)),
    case("Chef de produit", "other", skills=("Analyses d'impact des évolutions produit",)),
    case("IT-Berater", "integration", skills=("Customizing ORBIS, KIS-Betreuung",)),
    case("Analista de sistemas", "integration", skills=("Implantação do PEP Tasy, Parametrização do MV Soul",)),
    case("Responsabile Protezione Dati", "compliance", skills=("RPD, registro dei trattamenti",)),
    case("행정직원(의료정보실)", "integration", skills=("EMR 데이터웨어하우스에서 SQL로 진료 통계 보고서 작성",)),
]


@pytest.mark.parametrize(
    ("title", "skills", "background", "team", "layer"),
    SINCE_THE_SEVENTH_BATCH,
    ids=[f"{t[0]} {list(t[1] + t[2])}" for t in SINCE_THE_SEVENTH_BATCH],
)
def test_cases_since_the_seventh_batch(classifier, title, skills, background, team, layer):
    person = Person.parse(dict(name="x", title=title, skills=skills, background=background, team=team))
    result = classifier.classify(person)
    assert (result.layer.value, result.source) == (layer, "rubric"), (result.evidence, result.notes)


def test_commonwealth_specialty_credentials_count(classifier):
    for credential in ("MRCP", "FRCS", "MRCGP", "FRACP", "PMHNP-BC", "RGN"):
        person = Person.parse(dict(name="x", title="Clinical Lead", background=[f"{credential}, 8 years on the wards"]))
        result = classifier.classify(person)
        assert result.layer.value == "clinical"
        assert any(f"credential {credential}" in e for e in result.evidence), result.evidence


NOT_HEALTH_REGULATION = "financial, telecoms or energy regulation is not healthcare regulation"


@pytest.mark.parametrize(
    ("title", "skills", "background"),
    [
        ("Officer", ("regulatory reporting", "COREP"), ()),
        ("Associate", ("regulatory capital", "Basel III"), ()),
        ("Coordinator", ("regulatory submissions to Ofcom",), ()),
        ("Specialist", ("FCA regulatory returns",), ()),
        ("Officer", ("compliance monitoring",), ("Retail bank",)),
        ("Coordinator", ("safety briefings", "construction site"), ()),
        ("Research Associate", ("equity research", "Bloomberg"), ()),
    ],
)
def test_banking_telecoms_and_energy_regulation_is_not_the_word_models_compliance(
    classifier, title, skills, background
):
    """The word model reads 'regulatory' and 'safety' as compliance; the negative says why these are not, and
    vetoes the guess."""
    person = Person.parse(dict(name="x", title=title, skills=skills, background=background))
    result = classifier.classify(person)
    assert (result.layer.value, result.source) == ("other", "rubric"), result.notes
    assert any(c.weight < 0 and NOT_HEALTH_REGULATION in c.text for c in result.contributions)


@pytest.mark.parametrize(
    ("title", "skills", "background"),
    [
        ("Specialist", ("regulatory submissions to the FDA", "SEC reporting for the group"), ()),
        ("Specialist", ("FDA 510(k) submissions", "ISO 13485", "KYC"), ()),
        ("Specialist", ("GxP", "CSV", "banking regulations"), ()),
        ("Manager", ("HIPAA privacy program", "anti-money laundering"), ()),
        ("Coordinator", ("clinical trials", "construction site safety for the new hospital wing"), ()),
        ("Regulatory Affairs Specialist", ("EU MDR technical documentation",), ("Roche Basel, 3 years",)),
    ],
)
def test_a_health_regulatory_person_keeps_the_layer_beside_a_banks_rules(classifier, title, skills, background):
    """The negative's weight (1) vetoes a guess and leaves a health-regulatory person's own evidence standing."""
    result = classifier.classify(Person.parse(dict(name="x", title=title, skills=skills, background=background)))
    assert (result.layer.value, result.source) == ("compliance", "rubric"), (result.evidence, result.confidence)


def test_a_portuguese_account_manager_is_a_sales_title(classifier):
    title = "Gestor(a) de Conta, Soluções de Registo Clínico Eletrónico"
    result = classifier.classify(Person.parse(dict(name="x", title=title, skills=["Venda de soluções de RCE"])))
    assert result.layer.value == "other" and result.confidence >= 0.9
    assert any("sales, marketing, customer" in e for e in result.evidence), result.evidence


@pytest.mark.parametrize("department", ["Engineering", "Platform", "Product & Design", "Security"])
def test_an_engineering_department_leaves_an_engineers_layer_confident(classifier, department):
    """Every HRIS export has a department column, and an HL7 engineer sits in Engineering like everyone else: the
    department counts for a generic title, and must not make a specific one unsure (it once took 0.78 to 0.48)."""
    threshold = classifier.rubric.thresholds.confidence
    for title, layer in [
        ("HL7 Interface Engineer", "integration"),
        ("Senior FHIR Engineer", "integration"),
        ("Machine Learning Engineer", "ml_research"),
        ("Software Engineer", "other"),
    ]:
        result = classifier.classify(Person.parse(dict(name="x", title=title, team=department)))
        assert (result.layer.value, result.confidence >= threshold) == (layer, True), (title, result.confidence)


@pytest.mark.parametrize(
    ("title", "team"),
    [
        ("RN, Clinical Product Specialist", "Product"),
        ("RN, Clinical Product Specialist", None),
        ("RN, Product Manager", None),
        ("Product Owner, PharmD", "Product & Design"),
        ("Program Manager, RN", None),
    ],
)
def test_a_licence_in_a_product_or_program_title_is_a_confident_clinician(classifier, title, team):
    """domain.md: product managers who were nurses or pharmacists are clinical, their licence is the point. The
    product title is a function, not a domain (like 'software engineer'), so the licence decides; it had left an
    RN product specialist in Product at `other` 0.49, which made a founder's verdict 'not firm'."""
    result = classifier.classify(Person.parse(dict(name="x", title=title, team=team)))
    assert result.layer.value == "clinical" and result.confidence >= classifier.rubric.thresholds.confidence


@pytest.mark.parametrize(
    ("title", "skills", "background", "team"),
    [
        ("Product Designer", [], ["shadowed night-shift hospitalists for our workflow study"], None),
        ("Product Manager", [], ["sold SaaS to hospitals for 8 years"], None),
        ("Product Manager", [], ["worked closely with ED physicians on discharge workflows"], None),
        ("Clinical Product Specialist", [], [], None),
        ("Program Manager", [], ["knows HIPAA"], None),
        # A review of 312 product people, when any hands-on work of another layer set the title aside:
        ("Product Manager", ["FHIR APIs", "Roadmaps"], ["Owned the developer platform for our FHIR API"], "Product"),
        ("Scrum Master", [], ["Facilitates ceremonies for the HL7 ingestion team"], "Platform"),
        ("Product Manager", ["LLM evaluation", "Hugging Face"], ["Defined evaluation rubrics with the ML team"], None),
        (
            "Product Manager",
            [],
            ["Coordinated the reinforcement learning from human feedback (RLHF) labelling vendors"],
            None,
        ),
        ("Product Manager", [], ["Worked with our regulatory team on the 510(k) submission timeline"], None),
        ("Product Manager", [], ["PM for our AI products"], "AI"),
        ("Program Manager", [], ["PMP, MBA; no clinical background; runs 340B program operations"], "Pharmacy"),
    ],
)
def test_a_product_title_beside_another_layers_work_stays_other(classifier, title, skills, background, team):
    """Only a credential sets a product, program or design title aside: shadowing, selling to or working beside
    clinicians, or owning a product for another layer's staff, is not that layer's work. Set aside by any
    hands-on work, the title sent 36 of a review's 188 product people out of `other` and fixed 4."""
    person = Person.parse(dict(name="x", title=title, skills=skills, background=background, team=team))
    result = classifier.classify(person)
    assert result.layer.value == "other", result.evidence


@pytest.mark.parametrize(
    "background",
    [
        ["RN, 8 years ICU", "Built EHR tools for nurses on our unit"],
        [
            "Hospitalist, 6 years; board-certified internal medicine",
            "Watched our sepsis model's alerts used by residents",
        ],
    ],
)
def test_a_clinician_who_also_builds_for_clinicians_stays_clinical(classifier, background):
    """Lines like these, beside a clinician's own, must not read as working with clinicians."""
    result = classifier.classify(Person.parse(dict(name="x", title="Product Manager", background=background)))
    assert result.layer.value == "clinical", result.evidence
    assert result.confidence >= classifier.rubric.thresholds.confidence


@pytest.mark.parametrize(
    ("title", "background"),
    [("Product Manager (PT)", []), ("Program Manager, RT", []), ("Project Manager", ["PT contract, 20 hours a week"])],
)
def test_an_abbreviation_that_is_often_something_else_does_not_set_a_product_title_aside(classifier, title, background):
    """PT (4), RT and MT (3) are credentials below a licence's weight: 'Product Manager (PT)' is part-time, and
    reading it as a physical therapist made a team with no clinician pass (a second read of this change)."""
    result = classifier.classify(Person.parse(dict(name="x", title=title, background=background)))
    assert result.layer.value == "other", result.evidence


def test_shadowing_proves_a_clinical_workflow_architect_and_does_not_make_a_designer_clinical(classifier):
    """The article's clinical layer includes 'clinical workflow architects who've shadowed real doctors': shadowing
    is their hands-on proof (TA004 had said the layer was unproven), while a product designer who shadowed stays
    other, since only a credential sets a product title aside."""
    architect = classifier.classify(
        Person.parse(
            dict(name="x", title="Clinical Workflow Architect", background=["shadowed hospitalists for three weeks"])
        )
    )
    assert architect.layer.value == "clinical" and architect.hands_on, architect.evidence
    designer = classifier.classify(
        Person.parse(dict(name="x", title="Product Designer", background=["shadowed night-shift hospitalists"]))
    )
    assert designer.layer.value == "other", designer.evidence


@pytest.mark.parametrize(
    "background",
    [
        ["ICU nurse for 8 years", "Trained new graduate nurses"],
        ["Former ER physician", "Worked closely with nurses on rollout"],
        ["Hospitalist for six years", "Partnered with hospitalists on the discharge tool"],
    ],
)
def test_working_with_clinicians_does_not_cancel_a_clinicians_own_past(classifier, background):
    """The 'working with clinicians' negative is about mentions of clinicians and clinical settings
    (`cancels:`), not about a line saying the person practised: it used to take weight from the whole
    background, and a former ER physician in product was other at 0.73."""
    result = classifier.classify(Person.parse(dict(name="x", title="Product Manager", background=background)))
    assert result.layer.value == "clinical", result.evidence


@pytest.mark.parametrize(
    ("title", "background"),
    [
        ("Software Engineer", ["Built ICU nurse handoff tool", "Embedded with ICU nurses"]),
        (
            "Software Engineer",
            ["Worked alongside ED physicians on the triage model rollout", "Emergency physician-facing alerts service"],
        ),
        (
            "Full Stack Engineer",
            ["Working with ICU physicians on the sepsis dashboard", "ICU physician alert fatigue analysis"],
        ),
        ("Data Engineer", ["Supported ICU physicians with data pulls", "Bedside monitor data ingestion"]),
        ("Software Engineer", ["Designed for bedside nurses", "Bedside nurse task list app"]),
    ],
)
def test_working_with_clinicians_still_cancels_the_clinical_words_of_other_lines(classifier, title, background):
    """An engineer embedded with nurses mentions ICU nurses in every line; those mentions are what the negative
    cancels, and a line that opens with a profession used as a product's modifier is not a clinician's own."""
    result = classifier.classify(Person.parse(dict(name="x", title=title, background=background, team="Engineering")))
    assert result.layer.value == "other", result.evidence


@pytest.mark.parametrize(
    "background",
    [
        ["Internal medicine physician, 2008-2017."],
        ["Renal nurse at Singapore General Hospital."],
        ["Neonatal nurse practitioner."],
        ["Hospice and palliative care nurse for seven years."],
        ["Speech-language pathologist in acute care, 2012-2018."],
        ["Labour ward midwife, Birmingham, 2012-2020."],
        ["Fifteen years as an OR nurse."],
        ["practising pharmacist before moving to product"],
    ],
)
def test_a_line_opening_with_a_clinicians_specialty_is_their_own_past(classifier, background):
    """Blind probes of clinicians in product and customer roles wrote their past specialty first and their years
    in words; the rubric knew only 'ICU nurse', 'charge nurse' and digits."""
    result = classifier.classify(Person.parse(dict(name="x", title="Senior Product Manager", background=background)))
    assert result.layer.value == "clinical", result.evidence


@pytest.mark.parametrize(
    "line",
    [
        "ED physician testimonials program",
        "Perioperative nurse hiring",
        "Trauma nurse workflow demos",
        "Emergency physician-facing alerts service",
        "Home health nurse scheduling app",
    ],
)
def test_a_profession_naming_a_product_or_a_programme_is_not_the_persons_past(classifier, line):
    result = classifier.classify(Person.parse(dict(name="x", title="Product Marketing Manager", background=[line])))
    assert result.layer.value == "other", result.evidence


@pytest.mark.parametrize(
    ("title", "background", "team"),
    [
        ("Senior Product Manager", ["Hospitalist, Kaiser Permanente, 2012-2020"], "Product"),
        ("Product Designer", ["Occupational therapist (HCPC registered), stroke rehabilitation, 6 years"], None),
        ("Product Owner", ["Fifteen years as an OR nurse at Massachusetts General Hospital"], None),
    ],
)
def test_a_clinicians_own_practice_counts_like_a_licence_in_a_product_title(classifier, title, background, team):
    """labelling.md: a clinician's licence and practice are the point. A product title gave way only to a licence
    token (RN, MD); a line saying the person practised counts with it now (`credential: true`)."""
    result = classifier.classify(Person.parse(dict(name="x", title=title, background=background, team=team)))
    assert result.layer.value == "clinical", result.evidence


@pytest.mark.parametrize(
    ("title", "background", "team"),
    [
        (
            "Customer Success Manager",
            ["Fifteen years as an OR nurse at Massachusetts General Hospital"],
            "Customer Success",
        ),
        ("Partnerships Lead, APAC", ["Intensivist, Singapore General Hospital, 2003-2018"], "Partnerships"),
        ("Vice President, Partnerships", ["Hospitalist, Kaiser Permanente, 2012-2020"], None),
    ],
)
def test_a_clinician_in_a_sales_or_leadership_title_is_left_for_review(classifier, title, background, team):
    """Sales, customer and leadership titles do not give way to a practice line: letting them did fix half the
    clinicians of two blind batches, but a review's 333 look-alikes ('Sold to hospitalists for 10 years',
    'Based in Baltimore, MD', 'Former CMO at two SaaS startups') went clinical 151 times. These stay unsure,
    so TA005 asks."""
    result = classifier.classify(Person.parse(dict(name="x", title=title, background=background, team=team)))
    assert result.unsure(classifier.rubric.thresholds.confidence), (result.layer, result.confidence)


@pytest.mark.parametrize(
    ("title", "background"),
    [
        (
            "Product Manager",
            ["Deep understanding of clinical reasoning and workflows from 5 years building CDS products"],
        ),
        ("Product Manager", ["Product for a teledermatology platform used by board-certified dermatologists"]),
        ("Account Executive", ["Sold to hospitalists at 40 health systems for 10 years"]),
        ("Talent Partner", ["Recruited 200 ICU nurses for travel contracts"]),
        ("Marketing Manager", ["Nurse staffing campaigns for hospital clients"]),
        ("Customer Success Manager", ["Onboarded 30 pharmacist teams onto the platform"]),
    ],
)
def test_words_about_clinicians_do_not_count_as_a_licence(classifier, title, background):
    """Only lines that say the person practised set a business title aside; 'clinical reasoning', 'seeing
    patients' or 'board-certified' written about others are mentions (a review's 312 product people): at most
    an unsure clinical call, never a confident one."""
    result = classifier.classify(Person.parse(dict(name="x", title=title, background=background)))
    assert result.layer.value == "other" or result.unsure(classifier.rubric.thresholds.confidence), result.evidence


@pytest.mark.parametrize(
    ("title", "skills", "background", "layer"),
    [
        ("Consultant", (), ("Built churn and propensity models in Python for a health plan",), "ml_research"),
        ("Staff Engineer", (), ("Trains risk models on claims data",), "ml_research"),
        ("Scientifique des données", (), (), "ml_research"),
        ("Customer Success Manager", (), ("Trained nurses on the triage models in our app",), "other"),
        ("BI Analyst", ("Tableau",), ("Built dashboards and forecasting models for finance",), "other"),
        ("Data Engineer", (), ("Built pipelines that feed the risk models",), "other"),
    ],
)
def test_building_or_training_models_is_ml_work_under_a_generic_title(classifier, title, skills, background, layer):
    """Blind probes wrote ML staff under generic titles ('Consultant', 'Staff Engineer') whose only evidence is
    building or training models: that is modelling work, but training nurses on a model, forecasting for
    finance or feeding the models is not."""
    result = classifier.classify(Person.parse(dict(name="x", title=title, skills=skills, background=background)))
    assert result.layer.value == layer, result.evidence


@pytest.mark.parametrize(
    ("title", "background", "layer"),
    [
        (
            "Engineering Manager",
            ["Leads the team building the nurse-call triage app", "Spent a week on night shifts with charge nurses"],
            "other",
        ),
        ("Physician Liaison", ["Built referral relationships with orthopaedic surgeons"], "other"),
        (
            "Data Analyst, Clinical Insights",
            [
                "Family medicine, 10 yrs, rural Saskatchewan.",
                "Works with primary care physicians to define the quality measures",
            ],
            "clinical",
        ),
        (
            "Conversation Designer",
            [
                "Telephone triage nurse for an NHS 111 service.",
                "Reviews symptom-checker dialogue flows with GPs and nurses on our panel.",
            ],
            "clinical",
        ),
    ],
)
def test_time_with_clinicians_is_not_practice_and_a_liaison_to_physicians_is_commercial(
    classifier, title, background, layer
):
    """'with charge nurses' is working beside clinicians, as 'worked with' is; since the negative cancels only
    mentions, a clinician's own line beside it ('Family medicine, 10 yrs') still counts."""
    result = classifier.classify(Person.parse(dict(name="x", title=title, background=background)))
    assert result.layer.value == layer, result.evidence


@pytest.mark.parametrize(
    ("background", "layer"),
    [
        (["Worked closely with ICU nurses for 6 years"], "other"),
        (["Designed for pharmacists for 5 years at CVS Health digital"], "other"),
        (["Six years as a pharmacist's assistant at Walgreens"], "other"),
        (["ICU nurse of 9 years"], "clinical"),
        (["Critical care nurse during COVID"], "clinical"),
        (["Emergency physician & toxicologist"], "clinical"),
        (["Nurse Unit Manager, Westmead Hospital"], "clinical"),
        (["Nurse educator on a cardiac ward, 2015-2020"], "clinical"),
        (["Licensed with the College of Physicians and Surgeons of British Columbia"], "clinical"),
    ],
)
def test_a_review_of_practice_lines_under_a_product_title(classifier, background, layer):
    """From a review's 333 look-alikes: the working-with negative takes whatever its own line matched (the
    nurses of 'worked closely with ICU nurses for 6 years' are not the person); a possessive is someone else's
    profession. And the lines the tighter profession signal first lost."""
    result = classifier.classify(Person.parse(dict(name="x", title="Product Manager", background=background)))
    assert result.layer.value == layer, result.evidence


@pytest.mark.parametrize(
    "line",
    [
        "Infermiera, Ospedale San Raffaele, Milano, 2012-2019",
        "Hebamme, Klinikum rechts der Isar, München, 2014-2020",
        "Pharmacien hospitalier, AP-HP, 2010-2016",
        "Assistenzarzt Innere Medizin, Universitätsklinikum Heidelberg, 2013-2018",
        "Krankenschwester, Charité Berlin (2009-2016)",
        "Certified nurse-midwife, 2010-2018",
        "Practised as an obstetrician-gynaecologist in Chennai.",
        "Practised interventional cardiology until 2020.",
        "Practised midwifery in Nairobi and later in London.",
        "Trained as a nurse in Manila; worked in the ICU at a tertiary hospital in Quezon City.",
        "A decade as a hospitalist in Ohio",
    ],
)
def test_a_clinicians_past_in_more_words_and_languages(classifier, line):
    """From the blind batches and the look-alike review: a product or design person's clinical past, written
    the way CVs in five languages write it. 'Trained as a nurse' is the person's training, not training nurses."""
    result = classifier.classify(Person.parse(dict(name="x", title="Product Designer", background=[line])))
    assert result.layer.value == "clinical", result.evidence


@pytest.mark.parametrize(
    "background",
    [
        ["Worked closely with ICU nurses for 6 years", "Was an ICU nurse for 6 years at MGH"],
        ["Was an ICU nurse for 6 years at MGH", "Worked closely with ICU nurses for 6 years"],
    ],
)
def test_the_order_of_background_lines_does_not_decide(classifier, background):
    """A signal counts once per person; it used to count on its first line, and when that line was the one a
    working-with negative voids, the person's own past on the next line vanished (a review of this change)."""
    result = classifier.classify(Person.parse(dict(name="x", title="Product Manager", background=background)))
    assert (result.layer.value, result.confidence) == ("clinical", 0.67), result.evidence


def test_each_working_with_line_voids_itself(classifier):
    """Two working-with lines: a negative counts once per person too, but each line it matches is voided."""
    lines = ["Partnered with nurses on the rollout", "Worked closely with nurses for 6 years"]
    result = classifier.classify(Person.parse(dict(name="x", title="Product Manager", background=lines)))
    assert result.layer.value == "other", result.evidence


def test_a_voided_line_is_no_hands_on_evidence(classifier):
    """TA004 asks for hands-on proof; 'Worked closely with ICU nurses on rollout' is about the nurses."""
    result = classifier.classify(
        Person.parse(
            dict(
                name="x",
                title="Clinical Informatics Manager",
                background=["Worked closely with ICU nurses on rollout"],
            )
        )
    )
    assert result.layer.value == "clinical" and not result.hands_on, result.evidence


@pytest.mark.parametrize(
    "title",
    [
        "Geschäftsführerin",
        "Directeur général",
        "PDG",
        "Cofundadora",
        "Amministratore delegato",
        "Medeoprichter",
        "Toimitusjohtaja",
        "Prezes Zarządu",
        "代表取締役社長",
        "대표이사",
        "Gründerin und Ärztin",
    ],
)
def test_executives_and_founders_outside_english_settle_as_other(classifier, title):
    """From the eleventh batch: a managing director or founder outside English was other only because nothing
    matched (unsure, 0.30); founders and non-clinical executives are other whatever their degrees."""
    result = classifier.classify(Person.parse(dict(name="x", title=title)))
    assert result.layer.value == "other" and result.confidence >= 0.9, result.evidence


@pytest.mark.parametrize(
    "title",
    [
        "Ärztlicher Geschäftsführer",
        "Ärztliche Direktorin",
        "Pflegedirektorin",
        "Pflegedienstleitung",
        "Stationsleitung Kardiologie",
        "Wohnbereichsleiterin",
        "Leiterin Ergotherapie",
        "Fachbereichsleitung Physiotherapie",
    ],
)
def test_clinical_leaders_in_german_titles_are_clinical(classifier, title):
    """A medical or nursing director is a clinical executive; a ward or therapy lead is a clinician."""
    assert classifier.classify(Person.parse(dict(name="x", title=title))).layer.value == "clinical"


@pytest.mark.parametrize(
    ("title", "background", "layer"),
    [
        ("Medical Writer", ["MD"], "clinical"),
        ("Clinical Content Editor", ["RN, 8 years in the emergency department"], "clinical"),
        ("Medical Writer", ["PhD in pharmacology"], "compliance or other, unsure"),
        ("Medical Writer", [], "compliance or other, unsure"),
        ("Technical Writer", [], "other"),
    ],
)
def test_a_clinician_writing_clinical_content_is_clinical(classifier, title, background, layer):
    """docs/labelling.md: clinicians hired to write clinical content are clinical. A medical writer's title gives
    way to a licence or practice, as a product title does; without one it writes submissions (compliance) as
    often as content (other), so the call is left unsure for the skills to settle."""
    result = classifier.classify(Person.parse(dict(name="x", title=title, background=background)))
    if layer == "compliance or other, unsure":
        assert result.layer.value in ("compliance", "other") and result.confidence < 0.5, result.evidence
    else:
        assert result.layer.value == layer, result.evidence


@pytest.mark.parametrize(
    ("skills", "layer"),
    [
        (["clinical study reports", "regulatory submissions"], "compliance"),
        (["Clinical evaluation reports under EU MDR"], "compliance"),
        (["patient education articles", "SEO"], "other"),
        (["blog posts", "content marketing"], "other"),
    ],
)
def test_a_medical_writers_skills_settle_the_layer(classifier, skills, layer):
    """What a medical writer writes decides: submission documents are compliance work, marketing copy is not."""
    result = classifier.classify(Person.parse(dict(name="x", title="Medical Writer", skills=skills)))
    assert (result.layer.value, result.confidence >= 0.5) == (layer, True), result.evidence


@pytest.mark.parametrize(
    ("title", "skills", "layer"),
    [
        ("Conseillère en applications cliniques", [], "integration"),
        ("Technicien en informatique clinique", [], "integration"),
        ("Super-user", [], "integration"),
        ("市販後安全管理", [], "compliance"),
        ("Signal Management Analyst", [], "compliance"),
        ("RF Signal Detection Engineer", [], "other"),
        ("Referentin", ["klinische Bewertungen für Medizinprodukte nach MDR erstellen"], "compliance"),
        ("Referentin", ["Umsetzung der Medizinprodukteverordnung"], "compliance"),
        ("Assistenzärztin", ["klinische Bewertung der Patienten"], "clinical"),
        ("Professore associato", ["federated learning per la diagnosi", "explainable AI"], "ml_research"),
    ],
)
def test_the_eleventh_batchs_words(classifier, title, skills, layer):
    """French clinical-applications staff, a hyphenated super user, Japanese post-marketing safety, signal
    management in pharmacovigilance (not radio), clinical evaluation under the device regulation in German (not
    of patients), federated and explainable learning."""
    result = classifier.classify(Person.parse(dict(name="x", title=title, skills=skills)))
    assert result.layer.value == layer, result.evidence


@pytest.mark.parametrize(
    "title",
    [
        "Secrétaire médicale",
        "Medicinsk sekreterare",
        "Kodierfachkraft",
        "Personalreferentin",
        "Buchhalterin",
        "Comptable",
        "Directrice de la communication",
        "Viestintäpäällikkö",
        "Einkäuferin",
    ],
)
def test_office_people_finance_and_legal_titles_outside_english_are_surely_other(classifier, title):
    """The eleventh batch: these were other only because nothing matched, so unsure; their English forms were sure."""
    result = classifier.classify(Person.parse(dict(name="x", title=title)))
    assert result.layer.value == "other" and result.confidence >= 0.9, result.evidence


@pytest.mark.parametrize(
    ("title", "skills", "layer"),
    [
        ("Softwareentwickler", [], "other"),
        ("Softwareentwickler", ["HL7-Schnittstellen in Mirth Connect"], "integration"),
        ("Chef de projet", [], "other"),
        ("Chef de projet", ["paramétrage et déploiement du DPI"], "integration"),
        ("Beraterin", ["Audits nach ISO 13485", "IEC 62304"], "compliance"),
        ("Praktikant", ["PyTorch", "deep learning für Bildsegmentierung"], "ml_research"),
        ("Projektledare", ["MDR-klassning av programvara", "IEC 62304"], "compliance"),
        ("AI-utvecklare", [], "ml_research"),
        ("Secrétaire médicale – référente DPI", [], "integration"),
    ],
)
def test_a_software_project_or_advisory_title_outside_english_gives_way_to_domain_work(
    classifier, title, skills, layer
):
    """Like 'Software Engineer' and 'Project Manager', these name a function, not a domain: the record's work
    sets them aside. An AI developer is ML staff; the secretary who is the ward's EHR referent is integration."""
    result = classifier.classify(Person.parse(dict(name="x", title=title, skills=skills)))
    assert result.layer.value == layer, result.evidence


@pytest.mark.parametrize(
    ("title", "skills", "background", "team", "layer"),
    [
        # an ML word in a developer, intern or analyst title outside English is an ML role
        ("Desarrolladora Machine Learning", [], [], None, "ml_research"),
        ("Werkstudent Künstliche Intelligenz", [], [], None, "ml_research"),
        ("Entwickler", [], [], "KI-Labor", "ml_research"),
        # an intern's internship decides, as with 'Intern'
        ("Stagiaire", ["PyTorch"], ["Stage M2 : segmentation d'IRM par deep learning"], None, "ml_research"),
        # the lead of a nursing department's sales, products or controlling is not a nurse
        ("Vertriebsleiter Pflege", [], [], None, "other"),
        ("Leiterin Pflege-Controlling", [], [], None, "other"),
        ("Produktleiter Pflege", [], [], "Produkt", "other"),
        # a managing senior physician and a nurse executive are clinicians, not managing directors
        ("Geschäftsführender Oberarzt", [], [], None, "clinical"),
        ("Diretora Executiva de Enfermagem", [], [], None, "clinical"),
        ("Cofondateur & Directeur médical", [], [], None, "clinical"),
        # a Kommunikationsserver is an interface engine
        ("Entwickler Kommunikationsserver", [], [], None, "integration"),
        ("Responsable communication inter-applicative (EAI)", ["HL7", "Cloverleaf"], [], None, "integration"),
        # an imaging application specialist is an imaging clinician, in French as in English
        (
            "Spécialiste applications cliniques échographie",
            [],
            ["Sage-femme, 10 ans en salle de naissance"],
            None,
            "clinical",
        ),
        # post-launch marketing is not post-marketing safety; testing explainable-AI features is QA
        ("上市后产品市场经理", [], [], None, "other"),
        ("QA Engineer", ["Testing explainable AI features", "Selenium"], [], None, "other"),
        # a project, consultant or analyst title that names a hospital system or integration
        ("Projektleiter KIS-Einführung", [], [], None, "integration"),
        ("Konsulent Helseplattformen", [], [], None, "integration"),
        ("Apotti-konsultti", [], [], None, "integration"),
        ("Analista de Integración", [], [], None, "integration"),
        ("Analyste d'applications cliniques", [], [], None, "integration"),
        ("Softwareentwickler", [], [], "Schnittstellen / KIS", "integration"),
        # regulatory consultants outside English; a nursing consultant
        ("Consultora Regulatoria", [], [], None, "compliance"),
        ("Consulente regolatorio", [], [], None, "compliance"),
        ("Consultora de Enfermería", [], [], None, "clinical"),
        ("Produktmanagerin", [], ["Apothekerin, 8 Jahre öffentliche Apotheke"], None, "clinical"),
    ],
)
def test_a_review_of_the_eleventh_batchs_words(classifier, title, skills, background, team, layer):
    """A reviewer's 196 look-alikes of this change (136 right before it, 121 after its first version): each
    class it found wrong, fixed."""
    person = Person.parse(dict(name="x", title=title, skills=skills, background=background, team=team))
    result = classifier.classify(person)
    assert result.layer.value == layer, result.evidence


@pytest.mark.parametrize(
    "title",
    [
        "Sekretariat Ärztliche Direktion",
        "Executive Assistant to the Chief Medical Officer",
        "Assistenz Pflegedirektorin",
    ],
)
def test_staff_around_a_clinical_executive_are_not_settled_as_one(classifier, title):
    """A settling title used to settle even when a title negative took all its weight: the clerical negative made
    the secretariat's clinical score 0 and the medical director's title still settled it clinical, 0.90."""
    result = classifier.classify(Person.parse(dict(name="x", title=title)))
    assert result.layer.value == "other", result.evidence


@pytest.mark.parametrize(
    ("title", "background", "layer"),
    [
        ("Medical Writer", ["Freelance medical writer based in Baltimore, MD", "PhD, Pharmacology"], "not clinical"),
        ("Healthcare Copywriter", ["Agency copywriter, Bethesda, MD 20814"], "other"),
        ("Product Manager", ["Residency in Internal Medicine, MD"], "clinical"),
        ("Product Manager", ["Trained in Emergency Medicine, PA-C"], "clinical"),
        ("Product Manager", ["Physician, Internal Medicine, MD"], "clinical"),
        ("Product Manager", ["Based in Philadelphia, PA"], "other"),
        ("Product Manager", ["Staff nurse, Johns Hopkins Hospital, Baltimore, MD 21287"], "clinical"),
        ("Medical Writer", ["MD, 10 years in internal medicine"], "clinical"),
        ("Product Manager", ["Jane Doe, MD"], "clinical"),
    ],
)
def test_a_us_state_after_a_place_is_not_a_credential(classifier, title, background, layer):
    """'Baltimore, MD' set a product or writing title aside as if the person were a doctor of medicine. Only where
    the words say it is a place: a specialty written before the credential is not one (a second read)."""
    result = classifier.classify(Person.parse(dict(name="x", title=title, background=background)))
    if layer == "not clinical":
        assert result.layer.value != "clinical", result.evidence
    else:
        assert result.layer.value == layer, result.evidence


@pytest.mark.parametrize(
    ("title", "skills", "layer"),
    [
        ("Avvocato", [], "other"),
        ("Abogada", ["derecho laboral", "despidos y negociación colectiva"], "other"),
        (
            "Advogada",
            ["Encarregada pelo tratamento de dados pessoais (DPO) da rede hospitalar", "RIPD conforme a LGPD"],
            "compliance",
        ),
        ("Auxiliar administrativo", [], "other"),
        (
            "Auxiliar administrativo",
            ["consultas SQL sobre el almacén de datos de la historia clínica electrónica", "informes de actividad"],
            "integration",
        ),
    ],
)
def test_a_lawyer_or_administrative_title_outside_english_gives_way_to_the_work(classifier, title, skills, layer):
    """A lawyer who is the hospital network's data-protection officer is compliance staff; one in employment law is
    not (the issue's trap). An administrative assistant who writes reports from the EHR's data store is integration."""
    result = classifier.classify(Person.parse(dict(name="x", title=title, skills=skills)))
    assert result.layer.value == layer, result.evidence


@pytest.mark.parametrize(
    ("title", "skills", "team", "layer"),
    [
        ("LIMS Administrator", ["Sunquest LIS", "analysers interfaced with the LIMS"], None, "integration"),
        ("Computer System Validation Lead - LIMS", [], None, "compliance"),
        (
            "Consultant",
            ["OpenMRS and DHIS2 integration", "interoperability layer for the national health data exchange"],
            None,
            "integration",
        ),
        ("Coordinadora de Informática Clínica", [], None, "clinical"),
        ("seksjonsleiar for integrasjon", [], None, "integration"),
        ("Rådgiver", [], "Integrasjon og samhandling", "integration"),
        ("Product Registration Specialist", [], None, "compliance"),
        (
            "Referentin",
            ["Zulassungsanträge", "Variation applications for marketing authorisations"],
            None,
            "compliance",
        ),
        ("Pharmakovigilanz-Referent", [], None, "compliance"),
        ("Gestionnaire de données cliniques", [], None, "compliance"),
        ("صيدلي سريري", [], None, "clinical"),
        ("مندوب مبيعات أدوية", [], None, "other"),
        ("Medical Officers Recruitment Coordinator", [], None, "other"),
        ("Super Specialist (DM Cardiology)", [], None, "clinical"),
        ("Preceptora de residência", [], None, "clinical"),
        ("Cardioloog", [], None, "clinical"),
        ("QA inženýr", [], None, "other"),
        ("Project Manager, Hospital Information System", [], None, "integration"),
    ],
)
def test_the_twelfth_batchs_words(classifier, title, skills, team, layer):
    """Laboratory systems and global-health information systems, clinical informatics in Spanish, Norwegian
    integration teams, medicines registration and German pharmacovigilance, Arabic clinician titles (and sellers),
    Indian super specialists, Brazilian preceptors, Dutch specialists, and a Czech software QA engineer."""
    result = classifier.classify(Person.parse(dict(name="x", title=title, skills=skills, team=team)))
    assert result.layer.value == layer, result.evidence


@pytest.mark.parametrize(
    ("title", "skills", "background", "team", "layer"),
    [
        ("Software Engineer", [], ["startup in Baltimore, MD"], None, "other"),
        ("Software Engineer", [], ["Northrop Grumman, Linthicum, MD"], None, "other"),
        ("Operations Analyst", [], ["Remote (Annapolis, MD)"], None, "other"),
        ("Product Manager", [], ["Degree from Harvard Medical School, MD"], None, "clinical"),
        ("استشاري تقنية المعلومات", [], [], None, "other"),
        ("محاسب صيدلية", [], [], None, "other"),
        ("طبيب بيطري", [], [], None, "other"),
        ("استشاري الامتثال التنظيمي", [], [], None, "compliance"),
        ("Preceptor in Statistics", [], [], None, "other"),
        ("Preceptor", [], [], None, "clinical"),
        ("Business Development Executive - Super Specialist Network", [], [], None, "other"),
        ("Secretaresse kinderarts", [], [], None, "other"),
        ("QC Analyst - LIMS", [], [], "GMP QC", "compliance"),
        ("Lecturer in Health Information Systems", [], [], None, "other"),
        ("Coordenador de Informática em Saúde", [], [], None, "other"),
        ("Rådgiver for integrasjon", [], [], None, "other"),
        ("Leder for integrasjon og inkludering", [], [], None, "other"),
        ("Backend Engineer", [], ["interoperability layer for smart-building IoT"], None, "other"),
        ("Key Account Manager", [], ["Launched 4 generics after marketing authorisation"], None, "other"),
        ("Ingeniero de QA", [], [], None, "other"),
    ],
)
def test_a_review_of_the_twelfth_batchs_words(classifier, title, skills, background, team, layer):
    """A reviewer's 177 look-alikes of rubric 2026.12.36 (139 right before its batch, 101 after, 158 once fixed):
    US towns written as places, Arabic 'consultant' and pharmacy staff, school preceptors, LIMS in a QC title,
    academic health information systems, refugee integration in Norwegian, DHIS2 users."""
    person = Person.parse(dict(name="x", title=title, skills=skills, background=background, team=team))
    result = classifier.classify(person)
    assert result.layer.value == layer, result.evidence


@pytest.mark.parametrize(
    ("title", "skills", "background", "team", "layer"),
    [
        ("TSRM", [], [], None, "clinical"),
        ("Manipulatrice radio", [], [], None, "clinical"),
        ("Interne de pédiatrie", [], [], None, "clinical"),
        ("Spécialiste en médecine interne", [], [], None, "clinical"),
        ("Директор медицинского департамента", [], ["уролог"], None, "clinical"),
        ("Ассистент медицинского департамента", [], [], None, "other"),
        ("Менеджер по продажам фармацевтической продукции", [], [], None, "other"),
        ("Ветеринарный врач", [], [], None, "other"),
        ("Product Designer", [], ["Фармацевтическая компания, бренд-менеджер"], None, "other"),
        ("Product Manager", [], ["врач-кардиолог, 10 лет"], None, "clinical"),
        ("Institutsvorstand", [], ["Labormedizinerin"], None, "clinical"),
        ("Diyaliz teknikeri", [], [], None, "clinical"),
        ("Strategic Business Executive, Epic", [], [], None, "other"),
        ("Senior Health Officer - Medicines Safety", [], [], None, "compliance"),
        ("Specialist, Global Patient Safety", [], [], None, "compliance"),
        ("ADR专员", ["药品不良反应监测与报告"], [], None, "compliance"),
        ("ADR专员（美国存托凭证）", [], [], "证券事务部", "other"),
        (
            "Coördinator",
            ["lokale uitvoerbaarheid van studies"],
            [],
            "Medisch-ethische toetsingscommissie",
            "compliance",
        ),
        ("Gestor de datos", ["ensayo clínico de fase III en mieloma"], [], None, "compliance"),
        ("Consultor SAP", [], ["Estudio de fase 3 del roll-out"], None, "other"),
        ("Auditeur interne en pharmacie", [], [], "Assurance qualité", "other"),
        ("Spécialiste en médecine vétérinaire équine", [], [], None, "other"),
        ("Administrative Assistant, Global Patient Safety", [], [], None, "other"),
        ("Leiter KI-Vertrieb DACH", [], [], None, "other"),
        ("Directrice IA & Partenariats", [], [], None, "other"),
        ("Responsable de inteligencia artificial", [], [], None, "ml_research"),
        ("Investigadora", ["entrenar modelos de segmentación", "PyTorch"], [], None, "ml_research"),
    ],
)
def test_the_thirteenth_batchs_words(classifier, title, skills, background, team, layer):
    """Radiographers, residents and specialists in French and Italian, Russian clinicians, German laboratory
    physicians, a Turkish dialysis technician; a business executive of an EHR vendor; medicines-safety units,
    global patient safety, Chinese adverse-drug-reaction staff, Dutch ethics committees, phase III studies in
    Spanish; heads of AI and model training outside English. A reviewer's 126 look-alikes of the first version (95 right
    before it, 53 after, 108 once fixed) gave the traps: Cyrillic words inside adjectives, in-house 'interne',
    American depositary receipts, heads of AI sales and policy."""
    person = Person.parse(dict(name="x", title=title, skills=skills, background=background, team=team))
    result = classifier.classify(person)
    assert result.layer.value == layer, result.evidence


@pytest.mark.parametrize(
    ("title", "skills", "background", "team", "layer"),
    [
        ("Oftalmológ", [], [], None, "clinical"),
        ("Kardiológus", [], [], None, "clinical"),
        ("Futurolog", [], [], None, "other"),
        ("Data Scientist, Kardiologia", [], [], None, "ml_research"),
        ("medisinsk direktør ved Oslo universitetssykehus", [], [], None, "clinical"),
        ("FEA de Medicina Interna", [], [], None, "clinical"),
        ("FEA Engineer", [], [], None, "other"),
        ("Direttrice del servizio di Farmacia", [], [], None, "clinical"),
        ("Jefa de sección de Hospitalización a Domicilio", [], [], None, "clinical"),
        ("Jefe de Producto Farmacia Hospitalaria", [], [], None, "other"),
        ("Leiter Einkauf Krankenhausapotheke", [], [], None, "other"),
        ("Director Financiero, Medicina de Familia", [], [], None, "other"),
        ("Chef de projet, pharmacie hospitalière", [], [], None, "other"),
        ("Application Analyst, Helseplattformen", [], [], None, "integration"),
        ("lokale byggere", ["bygge og tilpasse værktøjer i Sundhedsplatformen"], [], None, "integration"),
        ("country manager van InterSystems Nederland", [], [], None, "other"),
        ("Gestor de Projetos Clínicos", [], [], None, "compliance"),
        ("Desenvolvedor de Projetos Clínicos", ["React", "Node"], [], None, "other"),
        ("Gerente de Proyectos Clínicos de TI", ["HL7", "FHIR"], [], None, "integration"),
        ("Analista de Validação de Sistemas Computadorizados", [], [], None, "compliance"),
        ("Engenheiro de qualificação e validação de fornecedores", ["IATF 16949"], [], None, "other"),
        ("의료기기 허가", [], [], None, "compliance"),
        ("Gestor", [], [], "Unidade de Estudos Clínicos", "compliance"),
        ("Professor of Medicine", [], [], None, "clinical"),
        ("professor de Medicina", [], ["médico"], None, "clinical"),
        ("Professorin für Kardiologie", [], [], None, "clinical"),
        ("Professor", [], ["MD"], None, "clinical"),
        ("Professor of Computer Science", [], [], None, "other"),
        ("Professor of History of Medicine", [], [], None, "other"),
        ("Professeur de médecine vétérinaire", [], [], None, "other"),
        (
            "Professor of Medicine",
            ["deep learning for medical imaging"],
            ["PhD in computer science", "machine learning"],
            None,
            "ml_research",
        ),
    ],
)
def test_the_fourteenth_batchs_words(classifier, title, skills, background, team, layer):
    """Slovak and Hungarian specialists, Nordic medical directors, Spanish FEA, heads of hospital pharmacy and
    medical services in Italian and Spanish; the Danish Epic (Sundhedsplatformen); an interface vendor's country
    manager; Brazilian clinical project managers and computerised-system validation; Korean device approval; clinical
    trial units as departments; professors of a clinical subject. A reviewer's 249 look-alikes of the first version
    (150 right before it, 178 after, 224 once narrowed; confident mistakes 16, 30, 6) gave the traps: job nouns
    between a head word and the service, 'projetos clínicos' in software and architecture, supplier qualification,
    and professors whose record shows modelling."""
    person = Person.parse(dict(name="x", title=title, skills=skills, background=background, team=team))
    result = classifier.classify(person)
    assert result.layer.value == layer, result.evidence


@pytest.mark.parametrize(
    ("title", "field", "lines", "layer"),
    [
        ("Product Manager", "background", ["6 years ICU nurse"], "clinical"),
        ("Product Manager", "background", ["6 years ED physician"], "clinical"),
        ("Operations Manager", "background", ["8 years ICU at Johns Hopkins"], "clinical"),
        ("Software Quality Engineer", "skills", ["IEC 62304", "ISO 13485"], "compliance"),
        (
            "Software Test Engineer",
            "skills",
            ["Selenium", "IEC 62304 traceability", "ISO 14971 risk controls"],
            "compliance",
        ),
        ("Data Engineer, Clinical Data", "skills", [], "other"),
    ],
)
def test_a_newcomers_realistic_people_are_called_with_confidence(classifier, title, field, lines, layer):
    """A newcomer's trial (2026-12-02): years of bedside practice written without 'as a', and two device standards
    in a software QA engineer's skills, were right but unsure (0.33, 0.44); a data engineer of clinical data was
    confident compliance (0.67), read as clinical data management."""
    result = classifier.classify(Person.parse({"name": "x", "title": title, field: lines}))
    assert (result.layer.value, result.confidence >= 0.5) == (layer, True), result.evidence


@pytest.mark.parametrize(
    ("title", "background", "not_layer"),
    [
        ("Nurse Recruiter", ["6 years ICU nurse recruiting"], "clinical"),
        ("Data Scientist", ["5 years ICU data analytics"], "clinical"),
        ("Product Designer", ["3 years working with ICU nurses"], "clinical"),
    ],
)
def test_years_beside_a_ward_are_not_years_of_practice(classifier, title, background, not_layer):
    result = classifier.classify(Person.parse(dict(name="x", title=title, background=background)))
    assert result.layer.value != not_layer, result.evidence


def test_quality_engineer_software_reads_as_software_quality_engineer(classifier):
    """Word order: 'Quality Engineer (Software)' was compliance 0.70 where 'Software Quality Engineer' is other."""
    calls = [
        classifier.classify(Person.parse(dict(name="x", title=t)))
        for t in ("Quality Engineer (Software)", "Software Quality Engineer")
    ]
    assert [(c.layer.value, c.confidence) for c in calls] == [("other", 0.5), ("other", 0.5)]


def _explained(team, people: list[dict[str, object]]) -> list[tuple[str, float]]:
    """Each person's call as `teamaudit explain` prints it for a team file of these people: (layer, confidence)."""
    path = team(json.dumps({"people": [{"name": f"P{i}", **person} for i, person in enumerate(people)]}))
    result = run_cli("explain", path)
    assert result.code == 0, result.stderr
    calls = re.findall(r"^  => (\w+), confidence ([\d.]+) ", result.stdout, flags=re.MULTILINE)
    assert len(calls) == len(people), result.stdout
    return [(layer, float(confidence)) for layer, confidence in calls]


def test_a_vice_president_of_ml_is_as_sure_as_a_head_of_ml(team):
    """2026-12-03: 'VP Machine Learning' was ml_research 0.62 (0.48 in an Engineering department) beside 'Head of
    Machine Learning' at 1.00: the vice president's 'senior leadership' counted for other. A vice president of an AI
    product or of AI partnerships runs a business function (it was ml_research 0.62 and 0.55)."""
    leaders = ["VP Machine Learning", "VP of ML", "Head of Machine Learning", "Director, Machine Learning"]
    people = [{"title": title} for title in [*leaders, "VP, AI Research", "VP Product, AI", "VP AI Partnerships"]]
    calls = _explained(team, [*people, {"title": "VP Machine Learning", "team": "Engineering"}])
    assert [layer for layer, _ in calls] == ["ml_research"] * 5 + ["other", "other", "ml_research"], calls
    assert min(confidence for _, confidence in calls[:5] + calls[7:]) >= 0.8, calls


def test_a_medical_advisor_is_a_clinician_unless_the_record_says_sales(team):
    """2026-12-03: 'Medical Advisor' and 'Chief Medical Advisor' were other 0.30: no words read them. A medical
    advisor is a physician or pharmacist advising on clinical content (domain.md: clinicians hired for AI work);
    a pharma sales and brand career in the background sets the title aside (domain.md: healthcare marketing)."""
    titles = ["Medical Advisor", "Medical Advisor (MD)", "Chief Medical Advisor", "Clinical Advisor"]
    seller = {"title": "Medical Advisor", "background": ["10 years as a pharmaceutical sales representative"]}
    calls = _explained(team, [*({"title": title} for title in titles), seller])
    assert [(layer, confidence >= 0.5) for layer, confidence in calls] == [("clinical", True)] * 4 + [
        ("other", True)
    ], calls


def test_a_veterinary_clinician_is_other_with_confidence(team):
    """2026-12-03: domain.md's clinical layer is human clinical practice, so a veterinary clinician is other; the
    rubric took back the clinical words but left the call unsure (other 0.30), and a 'Clinical Advisor' who was a
    veterinary surgeon was clinical 0.83."""
    vet = {"title": "Clinical Advisor", "background": ["Veterinary surgeon, 10 years"]}
    titles = ["Veterinary Cardiologist", "Veterinarian", "Veterinary Nurse"]
    calls = _explained(team, [*({"title": title} for title in titles), vet, {"title": "Cardiologist"}])
    assert [layer for layer, _ in calls] == ["other"] * 4 + ["clinical"], calls
    assert min(confidence for _, confidence in calls[:3]) >= 0.8, calls


def test_a_drug_or_device_regulators_examiner_is_compliance(team):
    """2026-12-03: an MFDS 심사관 (examiner) reviewing approval dossiers was clinical 0.40 on the pharmacist licence
    the post asks for, and '의료기기 심사관' (medical device examiner) other. A bare 심사관 is as often a patent or
    tax office's examiner, so it stays unsure; a patent examiner is not compliance."""
    reviewer = {"title": "심사관", "skills": ["의약품 허가 심사자료 검토"], "background": ["약사 면허"]}
    titles = ["의료기기 심사관", "審査専門員", "심사관", "특허 심사관"]
    people = [{"title": titles[0]}, {"title": titles[1]}, reviewer, {"title": titles[2]}, {"title": titles[3]}]
    calls = _explained(team, people)
    assert [layer for layer, _ in calls[:3]] == ["compliance"] * 3, calls
    assert calls[0][1] >= 0.8 and calls[3][1] < 0.5 and calls[4][0] != "compliance", calls


def test_epics_own_corporate_staff_do_no_ehr_work(team):
    """2026-12-03: 'Epic Corporate Historian' was integration 1.00 on the vendor's name; Epic's analysts are not."""
    titles = ["Epic Corporate Historian", "Chef, Epic Systems", "Epic Analyst", "Epic Bridges Analyst"]
    calls = _explained(team, [{"title": title} for title in titles])
    assert [(layer, confidence >= 0.5) for layer, confidence in calls] == [("other", True)] * 2 + [
        ("integration", True)
    ] * 2, calls


def test_a_bare_quality_engineer_is_unsure_and_its_skills_decide(team):
    """2026-12-03, issue 14: plain software QA with no regulatory scope is other; a bare 'Quality Engineer' was
    compliance 0.70. It is as often test engineering as device quality, so unsure; design controls make it
    compliance, test tooling other."""
    people = [
        {"title": "Quality Engineer"},
        {"title": "Quality Engineer", "skills": ["ISO 13485", "design controls"]},
        {"title": "Quality Engineer", "skills": ["Selenium", "Cypress", "test automation"]},
        {"title": "Quality Engineer, ISO 13485"},
    ]
    calls = _explained(team, people)
    assert calls[0][1] < 0.5 and calls[1] == ("compliance", 1.0) and calls[3][0] == "compliance", calls
    assert calls[2][0] == "other", calls


def test_having_taken_hipaa_awareness_training_is_no_regulatory_scope(team):
    """Everyone at a health company takes it: it made a test engineer's bare 'Quality Engineer' compliance 0.57."""
    skills = ["Playwright", "regression suites", "HIPAA awareness training"]
    calls = _explained(team, [{"title": "Quality Engineer", "skills": skills}])
    assert calls[0][0] == "other", calls


def test_a_vice_president_of_a_layers_work_leads_that_layer(team):
    """2026-12-03: the 'VP Machine Learning' fix, for the other layers. 'VP Regulatory Affairs', 'VP Interoperability'
    and 'VP Nursing' were 0.62, 'SVP Integrations' 0.50: the vice president's 'senior leadership' counted for other,
    and in an Executive department 'VP Regulatory Affairs' was other. Non-clinical executives stay other."""
    leaders = ["VP Regulatory Affairs", "VP Quality & Regulatory", "VP Interoperability", "SVP Integrations"]
    leaders += ["VP Nursing", "VP, Pharmacy", "Chief Operating Officer", "VP Sales", "VP, Clinical Operations"]
    people = [{"title": title} for title in leaders]
    calls = _explained(team, [*people, {"title": "VP Regulatory Affairs", "team": "Executive"}])
    layers = ["compliance", "compliance", "integration", "integration", "clinical", "clinical"]
    assert [layer for layer, _ in calls] == [*layers, "other", "other", "other", "compliance"], calls
    assert min(confidence for _, confidence in calls[:6]) >= 0.8 and calls[9][1] >= 0.5, calls


def test_a_medical_advisory_board_member_is_a_clinician_advising(team):
    """2026-12-03: 'Medical Advisory Board Member' was other 1.00, settled as an executive by 'board member'. An
    advisory board advises and does not govern: its medical members are clinicians (docs/labelling.md: a medical
    advisor is clinical unless the record shows a sales career); a governing board member stays other."""
    titles = ["Medical Advisory Board Member", "Clinical Advisory Board Member", "Member, Medical Advisory Board"]
    seller = {"title": titles[0], "background": ["20 years in pharmaceutical sales and brand marketing"]}
    people = [*({"title": title} for title in titles), seller, {"title": "Board Member"}]
    calls = _explained(team, [*people, {"title": "Advisory Board Member"}])
    assert [(layer, confidence >= 0.5) for layer, confidence in calls] == [("clinical", True)] * 3 + [
        ("other", True),
        ("other", True),
        ("other", False),
    ], calls


def test_an_epic_staffing_firms_client_delivery_manager_is_not_ehr_work(team):
    """2026-12-03: the tuning part's 'Epic Client Delivery Manager' (Medix Technology, a staffing firm) was
    integration 1.00 on the vendor's name: running the client account and its placed consultants is not the build.
    Skills that show the build, and Epic's implementation staff, stay integration."""
    builder = {"title": "Epic Client Delivery Manager", "skills": ["Epic Bridges interface build", "HL7 ADT feeds"]}
    people = [
        {"title": "Epic Client Delivery Manager", "team": "Medix Technology"},
        {"title": "Epic Account Manager"},
        {"title": "Epic Client Engagement Manager"},
        builder,
        {"title": "Epic Implementation Manager"},
    ]
    calls = _explained(team, people)
    assert [(layer, confidence >= 0.5) for layer, confidence in calls] == [("other", True)] * 3 + [
        ("integration", True)
    ] * 2, calls


def test_the_veterinary_title_words_are_written_once():
    """The clinical negative and other's veterinary signal read one list (a YAML anchor), so neither can gain a
    word the other lacks; they had drifted apart (수의사 in one, 'dokter hewan' in one)."""
    layers = load_rubric().layers
    negative = [s.pattern for s in layers["clinical"].negative if s.label.startswith("veterinary roles")]
    signal = [s.pattern for s in layers["other"].signals if s.label.startswith("veterinary practice")]
    assert len(negative) == len(signal) == 1 and negative == signal
    assert "수의사" in signal[0] and "dokter hewan" in signal[0]


def test_a_scribe_with_a_clinical_licence_is_a_clinician(team):
    """2026-12-03: 'AI Scribe Quality Reviewer (MD)' was other 0.55: the scribe title outweighed the MD in it. A
    scribe does not practise, but one whose record holds a licence is a clinician hired for AI work (docs/labelling.md);
    scribing for physicians is working beside them, and 'MD' after a city is the state."""
    beside = {"title": "Medical Scribe", "background": ["Scribed for emergency physicians, 2 years (ScribeAmerica)"]}
    titles = ["AI Scribe Quality Reviewer (MD)", "Scribe Quality Lead, RN", "Medical Scribe"]
    people = [*({"title": title} for title in titles), {"title": "Medical Scribe, Baltimore, MD"}, beside]
    calls = _explained(team, [*people, {"title": "AI Scribe Quality Reviewer"}])
    assert [(layer, confidence >= 0.5) for layer, confidence in calls] == [("clinical", True)] * 2 + [
        ("other", True)
    ] * 4, calls


def test_speech_technology_is_not_speech_therapy(team):
    """2026-12-03: 'Staff ML Engineer, Speech' was ml_research 0.55 and 'Speech Engineer' clinical 0.50: the title
    word 'speech' counted as speech therapy. Speech-language pathologists stay clinical, a 'Speech Scientist' with
    a CCC-SLP among them."""
    slp = {"title": "Speech Scientist", "background": ["CCC-SLP, 10 years in acute care"]}
    titles = ["Staff ML Engineer, Speech", "Speech Engineer", "Speech Recognition Engineer", "Speech Therapist"]
    people = [*({"title": title} for title in titles), {"title": "Speech-Language Pathologist", "team": "Speech AI"}]
    calls = _explained(team, [*people, slp])
    assert [layer for layer, _ in calls] == ["ml_research"] * 3 + ["clinical"] * 3, calls
    assert min(confidence for _, confidence in calls) >= 0.65, calls


def test_financial_controls_compliance_is_not_healthcare_compliance(team):
    """2026-12-03: a 'Compliance Analyst' in Finance whose skills are SOX and revenue recognition was compliance
    0.66, 'SOX Compliance Analyst' compliance 1.00: the layer is FDA, HIPAA and clinical-trial compliance (domain.md).
    PHI work in the same department, and Part 11 beside SOX, stay compliance."""
    people = [
        {"title": "Compliance Analyst", "skills": ["SOX", "revenue recognition"], "team": "Finance"},
        {"title": "Compliance Analyst", "skills": ["AML", "KYC screening"], "team": "Finance"},
        {"title": "SOX Compliance Analyst"},
        {"title": "Compliance Analyst", "skills": ["HIPAA audits", "PHI access reviews"], "team": "Finance"},
        {"title": "Regulatory Compliance Specialist", "skills": ["21 CFR Part 11", "SOX"]},
        {"title": "Compliance Officer", "team": "Legal"},
    ]
    calls = _explained(team, people)
    assert [layer for layer, _ in calls] == ["other"] * 3 + ["compliance"] * 3, calls
    assert min(confidence for _, confidence in calls[:2] + calls[3:]) >= 0.5, calls


def test_an_engineering_manager_of_the_integrations_team_leads_integration_work(team):
    """2026-12-03: 'Engineering Manager, Integrations' was a tie (integration 0.40) where 'Integrations Engineering
    Manager' was integration 1.00: the team trailing the title was read as a generic engineering manager's."""
    titles = ["Engineering Manager, Integrations", "Engineering Manager - Integrations"]
    titles += ["Integrations Engineering Manager", "Engineering Manager, Interoperability"]
    titles += ["Engineering Manager, Platform", "Engineering Manager, Salesforce Integrations"]
    calls = _explained(team, [{"title": title} for title in titles])
    assert [layer for layer, _ in calls] == ["integration"] * 4 + ["other"] * 2, calls
    assert min(confidence for _, confidence in calls) >= 0.8, calls


def test_the_speech_technology_words_are_written_once():
    """The clinical negative and ml_research's speech technology signal read one list (a YAML anchor): a word
    only the negative knew would leave a speech engineer with no layer, one only the signal knew a tie."""
    layers = load_rubric().layers
    negative = [s.pattern for s in layers["clinical"].negative if s.label.startswith("speech technology")]
    signal = [s.pattern for s in layers["ml_research"].signals if s.label.startswith("speech technology")]
    assert len(negative) == len(signal) == 1 and negative == signal


def test_speech_data_work_and_speech_writing_are_not_speech_therapy(team):
    """2026-12-03: 'Speech Data Annotation Contractor' in R&D - ML was clinical 0.60 with hands-on evidence, and
    'Speech Writer' clinical 0.40: the bare title word 'speech' counted as speech, dental or nutrition practice.
    Speech needs speech-language, pathology, therapy or a clinician to be clinical; data work on speech joins the
    speech-technology list. A speech-language pathologist labelling data is still a clinician."""
    slp = {"title": "Speech Data Annotation Contractor", "background": ["Speech-language pathologist, CCC-SLP"]}
    people = [{"title": "Speech Data Annotation Contractor", "team": "R&D - ML"}, {"title": "Speech Data Annotator"}]
    clinicians = ["Speech Pathologist", "Speech Clinician", "Speech-Language Pathology Assistant"]
    people += [{"title": "Speech Writer"}, slp, *({"title": title} for title in clinicians)]
    calls = _explained(team, people)
    assert [layer for layer, _ in calls] == ["ml_research"] * 2 + ["other"] + ["clinical"] * 4, calls
    assert min(confidence for _, confidence in calls) >= 0.5, calls


def test_people_and_operations_is_people_ops(team):
    """2026-12-03: 'People & Ops Lead' in G&A was other 0.44, a TA005 for nobody's benefit: 'people ops' was read
    as HR, 'people & operations' was not."""
    titles = ["People & Ops Lead", "People and Operations Manager", "People Ops Coordinator"]
    calls = _explained(team, [{"title": title, "team": "G&A"} for title in titles])
    assert calls == [("other", 1.0)] * 3, calls


def test_a_record_that_states_no_licence_is_not_a_sure_clinician(team):
    """2026-12-03: a 'Clinical Lead' whose background says 'No clinical licence; former product manager' was
    clinical 0.83 from the title word alone. The stated absence outweighs it, unsure; a licence or a bare title
    keeps the clinician, and a line about licence restrictions is not a denial."""
    lines = [["No clinical licence; former product manager"], ["Registered nurse, 10 years in the ICU"], []]
    people = [{"title": "Clinical Lead", "background": background} for background in lines]
    nurse = {"title": "Nurse", "background": ["No clinical licence issues or restrictions"]}
    calls = _explained(team, [*people, nurse])
    assert calls[0][0] == "other" and calls[0][1] < 0.5, calls
    assert [layer for layer, _ in calls[1:]] == ["clinical"] * 3, calls
    assert min(confidence for _, confidence in calls[1:]) >= 0.8, calls


def test_a_deployment_engineer_in_devops_deploys_software(team):
    """2026-12-03: 'Deployment Engineer' in DevOps with Terraform and Kubernetes was integration 0.33 on the
    'implementation engineer' title: a DevOps or SRE department sets that generic title aside. Elsewhere, or with
    interface skills, the deployment engineer stays integration."""
    devops = {"title": "Deployment Engineer", "skills": ["Terraform", "Kubernetes"], "team": "DevOps"}
    people = [devops, {"title": "Deployment Engineer", "team": "SRE"}, {"title": "Deployment Engineer"}]
    hl7 = {"title": "Deployment Engineer", "skills": ["HL7 v2", "Mirth Connect"], "team": "DevOps"}
    calls = _explained(team, [*people, hl7, {"title": "Interface Engineer", "team": "Infrastructure"}])
    assert [layer for layer, _ in calls] == ["other"] * 2 + ["integration"] * 3, calls
    assert min(confidence for _, confidence in calls[:2]) >= 0.8, calls


def test_a_compliance_title_gives_way_to_financial_controls_work_not_to_a_department(team):
    """2026-12-03: a 'Compliance Manager' whose skills are SOX 404 and internal controls, or AML and KYC, was
    compliance 0.49: the bare title word outweighed a finance team's hands-on work. The title now gives way to
    another layer's hands-on work in the skills or background; a department alone (Finance), HIPAA beside SOX, or
    a title naming healthcare compliance keeps the compliance call."""
    moved = [["SOX 404", "internal controls"], ["AML", "KYC"]]
    people: list[dict[str, object]] = [{"title": "Compliance Manager", "skills": skills} for skills in moved]
    people += [
        {"title": "Compliance Manager", "team": "Finance"},
        {"title": "Compliance Manager", "skills": ["SOX 404", "HIPAA Security Rule"]},
        {"title": "Compliance Manager", "skills": ["SOX 404"], "background": ["Ran HIPAA risk assessments"]},
        {"title": "Clinical Compliance Manager", "skills": ["SOX 404"]},
        {"title": "HIPAA Compliance Manager", "skills": ["SOX 404", "internal controls"]},
    ]
    calls = _explained(team, people)
    assert [layer for layer, _ in calls] == ["other"] * 2 + ["compliance"] * 5, calls
    assert min(confidence for _, confidence in calls[:3]) >= 0.5, calls


def test_titles_as_an_hris_shortens_them(team):
    """2026-12-03: an HRIS export's 'Info Sec & Priv Ofcr' was other 0.44, and 'Sr Biostat', 'Applied Sci III',
    'Dir Clin Informatics' right only at 0.44 from their departments, or, with none, not at all: 'Clin', 'Sci',
    'Priv', 'Ofcr', 'Intgr', 'Biostat' were read as words no signal knows. Short forms that mean something else
    alone ('Reg' registered or regional, 'Med-Surg', 'Gen AI', 'Val' valuation, 'Priv' private) are expanded only
    before the words they shorten."""
    shortened = {
        "Sr Mgr, Reg Affairs": "compliance",
        "Sr Biostat": "compliance",
        "Info Sec & Priv Ofcr": "compliance",
        "Clin Research Assoc II": "compliance",
        "Assoc Intgr Analyst": "integration",
        "Dir Clin Informatics": "clinical",
        "Assoc. Med. Dir.": "clinical",
        "Applied Sci III": "ml_research",
        "Comp Vision Eng": "ml_research",
        "Assoc Prod Mgr": "other",
    }
    alone = {
        "Respiratory Therapist, Reg": "clinical",
        "RN, Med-Surg": "clinical",
        "Gen AI Eng": "ml_research",
        "Reg Sales Dir": "other",
        "Val Analyst, Pricing": "other",
        "Priv Equity Analyst": "other",
    }
    titles = {**shortened, **alone}
    calls = _explained(team, [{"title": title} for title in titles])
    assert [layer for layer, _ in calls] == list(titles.values()), calls
    assert min(confidence for _, confidence in calls[: len(shortened)]) >= 0.7, calls


def test_labelling_clinical_data_is_not_managing_it(team):
    """2026-12-03: 'Clin Data Annotator (RN)' was compliance 0.60, read as clinical data management: a nurse who
    labels clinical data is a clinician, and without a licence an annotator in an ML department is ML data work.
    Clinical data managers and abstractors stay compliance."""
    people = [
        {"title": "Clin Data Annotator (RN)", "team": "R&D - ML"},
        {"title": "Clinical Data Labeler", "team": "R&D - ML"},
        {"title": "Clinical Data Manager"},
        {"title": "Clinical Data Abstractor"},
    ]
    calls = _explained(team, people)
    assert [layer for layer, _ in calls] == ["clinical", "ml_research", "compliance", "compliance"], calls


def test_a_product_role_for_integration_work_is_a_business_function(team):
    """2026-12-03: 'Product Manager, Interoperability' was integration 0.62 and 'Director of Product, EHR
    Integrations' integration 0.49: a product role for a layer's work runs a business function
    (docs/labelling.md). Interface work in the record still makes such a person integration, and integration
    titles without a product role are untouched."""
    people: list[dict[str, object]] = [
        {"title": "Product Manager, Interoperability"},
        {"title": "Director of Product, EHR Integrations"},
        {
            "title": "Product Manager, Interoperability",
            "skills": ["HL7 v2", "Mirth Connect"],
            "background": ["Interface analyst, 6 years"],
        },
        {"title": "Interoperability Program Manager"},
        {"title": "EHR Integration Analyst"},
    ]
    calls = _explained(team, people)
    assert [layer for layer, _ in calls] == ["other", "other"] + ["integration"] * 3, calls
    assert min(confidence for _, confidence in calls[2:]) >= 0.5, calls


def test_a_compliance_title_does_not_give_way_to_a_past_ml_job(team):
    """2026-12-03 (review): with rubric 2026.12.46 a 'Compliance Manager' who was an ML engineer became ML research
    0.33, 'set aside: the rest of the record shows ml_research work', where 2026.12.45 had compliance 0.74: a past
    ML job moved a compliance hire into the ratio's ML side. Financial controls work still makes one other."""
    people: list[dict[str, object]] = [
        {"title": "Compliance Manager", "background": ["5 years as ML engineer, trained models in PyTorch"]},
        {"title": "Compliance Analyst", "skills": ["PyTorch", "transformers"]},
        {"title": "Compliance Manager", "skills": ["SOX 404", "internal controls"]},
    ]
    calls = _explained(team, people)
    assert [layer for layer, _ in calls] == ["compliance", "compliance", "other"], calls


def test_a_clinician_word_naming_whom_the_work_is_for_is_not_a_profession(team):
    """2026-12-03: job boards name the team or product after the role. 'Software Engineer, Nurse Scheduling
    Platform – Remote' was clinical 0.62, 'HR Business Partner, Nursing Division (Hybrid)' clinical 0.55 and
    'Physician Scheduling Coordinator' clinical 1.00: the clinician word names whom the work is for. Nurses whose
    title holds workforce or staffing words stay clinical."""
    people: list[dict[str, object]] = [
        {"title": "Software Engineer, Nurse Scheduling Platform – Remote"},
        {"title": "HR Business Partner, Nursing Division (Hybrid)"},
        {"title": "People Partner, Nursing (Remote)"},
        {"title": "Physician Scheduling Coordinator – Hybrid"},
        {"title": "Software Engineer, Clinician Experience (L4)"},
        {"title": "Registered Nurse, Workforce Health"},
        {"title": "Nurse Practitioner – Workforce Health Clinic"},
        {"title": "Occupational Health Nurse, Human Resources"},
        {"title": "Per Diem RN"},
    ]
    calls = _explained(team, people)
    assert [layer for layer, _ in calls] == ["other"] * 5 + ["clinical"] * 4, calls
    assert min(confidence for _, confidence in calls[5:]) >= 0.5, calls


def test_a_line_about_the_product_a_person_managed_is_not_their_own_work(team):
    """2026-12-03: a 'Product Manager, Interoperability' whose background is 'Product for our HL7 interface engine:
    customer discovery, pricing, positioning' was integration 0.77, and 'PM for an FDA-cleared ECG app' compliance
    0.57: the line names the product, not interface or regulatory work (docs/labelling.md: product is other).
    Hands-on work on another line still counts, and a 'PM for' line about a submission or a go-live is that work."""
    people: list[dict[str, object]] = [
        {
            "title": "Product Manager, Interoperability",
            "background": ["Product for our HL7 interface engine: customer discovery, pricing, positioning"],
        },
        {"title": "Senior Product Manager", "background": ["PM for the Bulk FHIR export feature"]},
        {"title": "Product Manager", "skills": ["FDA", "SaMD"], "background": ["PM for an FDA-cleared ECG app"]},
        {
            "title": "Product Manager",
            "background": ["Built HL7 interfaces in Cloverleaf for 5 years", "Product for our interface engine"],
        },
        {"title": "Program Manager", "background": ["PM for our FDA De Novo submission"]},
        {"title": "Implementation Manager", "background": ["PM for Epic and Cerner interface go-lives"]},
    ]
    calls = _explained(team, people)
    assert [layer for layer, _ in calls] == ["other"] * 3 + ["integration", "compliance", "integration"], calls
    assert calls[1][1] >= 0.5, calls


def test_a_us_state_after_a_job_boards_separator_is_not_a_credential(team):
    """2026-12-03: job boards put the place after a pipe, a slash or a bullet. 'Software Engineer | Pittsburgh, PA'
    was clinical 0.56 and 'Data Engineer / Bethesda, MD' clinical 0.67, the state read as the physician assistant's
    or the physician's credential. A credential after such a separator that no place precedes still counts."""
    people = [
        {"title": "Software Engineer | Pittsburgh, PA"},
        {"title": "Data Engineer / Bethesda, MD"},
        {"title": "Product Designer · Annapolis, MD"},
        {"title": "Customer Success Manager / Frederick, MD / Remote"},
        {"title": "AI Trainer – Medicine | MD"},
        {"title": "Physician Assistant | Urgent Care | PA-C"},
        {"title": "Data Annotator / Physician, MD"},
    ]
    calls = _explained(team, people)
    assert [layer for layer, _ in calls] == ["other"] * 4 + ["clinical"] * 3, calls
    assert min(confidence for _, confidence in calls[:4]) >= 0.8, calls


def test_a_clinicians_committee_and_a_product_line_with_hands_on_work_stay_what_they_were(team):
    """Review of 2026-12-03, look-alikes labelled before running: rubric 2026.12.47 made a charge nurse on a provider
    experience committee, a nurse practitioner for provider workforce wellness, a hospitalist who champions physician
    experience and a physician leading provider experience `other` 0.30 (each `clinical` 1.00 before), the clinician
    word read as whom the work is for though a clinician's role stands right before it; and a PM whose background line
    goes on to interfaces they built ('PM for our HL7 interface engine; previously built HL7 interfaces in Rhapsody')
    `other` 0.83 (integration 0.67 before), the line's hands-on work taken with the product it names."""
    people: list[dict[str, object]] = [
        {"title": "Charge Nurse, Provider Experience Committee"},
        {"title": "Nurse Practitioner, Provider Workforce Wellness"},
        {"title": "Hospitalist Physician, Physician Experience Champion"},
        {"title": "Physician, Provider Experience Lead"},
        {"title": "Software Engineer, Nurse Scheduling Platform"},
        {"title": "Physician Scheduling Coordinator"},
        {
            "title": "Product Manager",
            "background": ["PM for our HL7 interface engine; previously built HL7 interfaces in Rhapsody for 4 years"],
        },
        {
            "title": "Product Manager, Interoperability",
            "background": ["Product for our HL7 interface engine: customer discovery, pricing, positioning"],
        },
    ]
    calls = _explained(team, people)
    assert [layer for layer, _ in calls] == ["clinical"] * 4 + ["other"] * 2 + ["integration", "other"], calls


def test_english_titles_as_healthcare_outside_the_us_writes_them(team):
    """Rubric 2026.12.48 (benchmarks/README.md): titles written before any run, called `other` 0.30-0.67 by 2026.12.47:
    a CCIO, a consultant anaesthetist, a ward sister, an allied health professional, a registrar in general
    medicine, an Australian ieMR build analyst, a DSPT manager, MHRA and Health Canada submissions staff, a medical
    science liaison with a PharmD. Their look-alikes stay `other`: a CCIO's assistant, a sister company, a university
    registrar, a fire or workplace safety officer, financial-services regulatory affairs, a GP surgery's manager."""
    clinicians = [
        "CCIO",
        "Consultant Anaesthetist",
        "Ward Sister – Elderly Care",
        "Allied Health Professional",
        "Advanced Trainee Registrar, General Medicine",
        "Medical Science Liaison (PharmD), Oncology",
    ]
    others = ["ieMR Build Analyst, Queensland Health", "Cyber Security & DSPT Manager"]
    others += ["MHRA Submissions Lead", "Health Canada Submissions Manager (Class II MDL)"]
    look_alikes = [
        "Executive Assistant to the CCIO",
        "Sister Company Accountant",
        "University Registrar",
        "Health and Safety Officer",
        "Regulatory Affairs Manager – Financial Services (FCA)",
        "Practice Manager, GP Surgery",
    ]
    calls = _explained(team, [{"title": title} for title in [*clinicians, *others, *look_alikes]])
    expected = ["clinical"] * 6 + ["integration", "compliance", "compliance", "compliance"] + ["other"] * 6
    assert [layer for layer, _ in calls] == expected, calls
    assert min(confidence for _, confidence in calls[:10]) >= 0.6, calls


def test_a_clinician_in_a_staffing_pool_is_a_clinician_and_filling_shifts_is_staffing(team):
    """2026.12.47 left these wrong (benchmarks/README.md): 'staffing' anywhere in a clinical title read as recruiting,
    so a float-pool nurse, a staffing-pool pharmacist and a house supervisor whose office is staffing were `other`
    0.30; a 'Nurse Staffing Coordinator' whose background says 'Filled per-diem nursing shifts' was the word model's
    clinical 0.37. The coordinators and schedulers stay `other`; a nurse who filled night shifts herself, `clinical`."""
    people: list[dict[str, object]] = [
        {"title": "Registered Nurse – Staffing Float Pool"},
        {"title": "Pharmacist, Pharmacy Staffing Pool"},
        {"title": "Respiratory Therapist, Staffing Resource Pool"},
        {"title": "Nursing Supervisor – Staffing Office (House Supervisor)"},
        {"title": "Registered Nurse", "background": ["Per-diem ICU nurse; filled night shifts across three hospitals"]},
        {"title": "Nurse Staffing Coordinator", "background": ["Filled per-diem nursing shifts"], "team": "Staffing"},
        {"title": "Staffing Coordinator, Nursing Float Pool"},
        {"title": "Nurse Recruiter, Float Pool"},
        {"title": "Nursing Staffing Office Scheduler"},
    ]
    calls = _explained(team, people)
    assert [layer for layer, _ in calls] == ["clinical"] * 5 + ["other"] * 4, calls
    assert min(confidence for _, confidence in calls[:5]) >= 0.8, calls


def test_a_us_state_after_a_separator_without_a_comma_is_not_a_credential(team):
    """2026.12.47 left it wrong (benchmarks/README.md): 'Data Engineer | Baltimore MD' was clinical 0.67 and 'Software
    Engineer | Pittsburgh PA' clinical 0.56, the state read as a doctor of medicine or a physician assistant when the
    job board wrote no comma. A credential after a separator and a qualifier or a specialist stays one."""
    places = ["Data Engineer | Baltimore MD", "Software Engineer | Pittsburgh PA"]
    places += ["DevOps Engineer | King of Prussia PA"]
    clinicians = [
        "Reviewer | Board-certified MD",
        "AI Trainer / Cardiologist MD",
        "Physician Assistant | Certified PA",
        "Model Evaluator | Attending MD",
        "Hospitalist | MD",
    ]
    calls = _explained(team, [{"title": title} for title in [*places, *clinicians]])
    assert [layer for layer, _ in calls] == ["other"] * 3 + ["clinical"] * 5, calls


def test_a_product_line_that_names_a_submission_names_the_work(team):
    """2026.12.47 read 'PM for the 510(k) of our ECG app' as a line about a product (the app at its end), so the
    submission it names counted nothing: a product manager who also wrote the predicate comparison was other 0.63. A
    line whose object is a 510(k), De Novo, CE or UKCA marking, premarket submission or clearance names the work; one
    about a cleared product ('PM for our FDA-cleared sleep app', '510k-cleared') is still about the product."""
    people: list[dict[str, object]] = [
        {
            "title": "Product Manager",
            "background": [
                "PM for the 510(k) of our ECG app",
                "Wrote the predicate comparison and answered FDA AI requests",
            ],
        },
        {"title": "Product Manager", "background": ["PM for our FDA-cleared sleep app"]},
        {"title": "Product Manager", "background": ["PM for the 510k-cleared version of our app"]},
        {"title": "Product Manager", "background": ["PM for our submission-tracking software"]},
    ]
    calls = _explained(team, people)
    assert [layer for layer, _ in calls] == ["compliance", "other", "other", "other"], calls
    assert min(confidence for _, confidence in calls[1:]) >= 0.8, calls


def test_the_intl_fixes_leave_their_look_alikes_where_they_were(team):
    """A second read of 2026.12.48 (benchmarks/README.md, its Review): look-alikes written before their run that its
    fixes had moved from right to wrong. A CCIO's office manager was clinical 0.90 (the expansion made a clinical
    executive of the office), a clinic's sister sites a nurse, an AHP education administrator and a medical registrar
    rota coordinator clinicians, a faculty's 'Registrar, Medicine & ...' a doctor, Health Canada's grant and software
    licence staff regulatory workers (all 1.00); a product manager who was an ER nurse 'who filled extra weekend
    shifts' staffing, other 0.73. A consultant's trial: 'Executive Assistant to Dr. Okafor' was clinical 0.49."""
    others = [
        "CCIO Office Manager",
        "Coordinator, Clinic Sister Sites",
        "AHP Education Administrator",
        "Medical Registrar Rota Coordinator",
        "Registrar, Medicine & Health Sciences Faculty",
        "Health Canada Grant Submissions Coordinator",
        "Health Canada Software Licences Manager",
        "Executive Assistant to Dr. Okafor",
        "Personal Assistant to Dr Mensah, Cardiology",
    ]
    clinicians = ["Ward Sister, Acute Medical Unit", "AHP Lead, Community Therapies", "Medical Registrar (ST4)"]
    clinicians += ["Physician Assistant to Dr. Okafor", "Dental Assistant to Dr. Patel"]
    people: list[dict[str, object]] = [{"title": title} for title in [*others, *clinicians]]
    people.append(
        {
            "title": "Product Manager",
            "background": ["Former ER nurse who filled extra weekend shifts while building our triage app"],
        }
    )
    people.append({"title": "Nurse Staffing Coordinator", "background": ["Filled per-diem nursing shifts"]})
    calls = _explained(team, people)
    assert [layer for layer, _ in calls] == ["other"] * 9 + ["clinical"] * 6 + ["other"], calls


def test_a_specialty_before_a_credential_after_a_separator_is_no_place(team):
    """A second read of 2026.12.48: its place without a comma read 'Content Reviewer – Pediatric MD', 'Annotator |
    Neurosurgery MD', 'Reviewer | Orthopedic PA' and 'Lab Scientist – Blood Bank MT' as Maryland, Pennsylvania and
    Montana (other 0.30; they were clinical 0.33-0.67). A place so written still is one."""
    titles = ["Content Reviewer – Pediatric MD", "Annotator | Neurosurgery MD", "Reviewer | Orthopedic PA"]
    titles += ["Lab Scientist – Blood Bank MT", "Data Engineer | Baltimore MD"]
    titles += ["Customer Success Manager • Grand Rapids MI"]
    calls = _explained(team, [{"title": title} for title in titles])
    assert [layer for layer, _ in calls] == ["clinical"] * 4 + ["other"] * 2, calls


def test_compound_and_inflected_clinician_titles_are_clinicians_and_their_look_alikes_are_not(team):
    """2026-12-04 (benchmarks/README.md, rubric 2026.12.49): titles no word list held were other 0.30, unsure: a
    setting before a clinical head noun ('Fachkrankenpfleger', 'Stationsapotheker', 'Wijkverpleegkundige',
    'Tehohoitaja') and feminine, plural or Romanian forms ('Pharmacienne', 'Infermiera', 'Metgessa', 'Asistentă
    medicală'). The heads that are also an animal keeper's, a gardener's, a childminder's, an artist's or an
    association's take only clinical first parts, so those stay other ('Bundesverband Deutscher Krankenhausapotheker'
    was a clinician while it was written)."""
    titles = ["Fachkrankenpflegerin Intensiv (m/w/d)", "Altenpflegerin", "Notfallsanitäter", "Ergotherapeutin"]
    titles += ["Stationsapotheker", "Medizinische Fachangestellte (MFA)", "Wijkverpleegkundige", "Bedrijfsarts"]
    titles += ["Doktersassistente", "Sjukhusapotekare", "Tehohoitaja", "Pharmacienne hospitalière"]
    titles += ["Infermiera di area critica", "Metgessa de família", "Asistentă medicală, ATI", "Farmacist clinician"]
    others = ["Tierpfleger", "Landschaftspfleger", "Kinderpflegerin (Kita)", "Tierärztin", "Dierenarts"]
    others += ["Dierenartsassistente", "Fine Arts Teacher", "Lastenhoitaja", "Toimistonhoitaja", "Medic veterinar"]
    others += ["Referent, Bundesverband Deutscher Krankenhausapotheker", "Tiermedizinische Fachangestellte"]
    calls = _explained(team, [{"title": title} for title in [*titles, *others]])
    assert [layer for layer, _ in calls] == ["clinical"] * len(titles) + ["other"] * len(others), calls
    assert min(confidence for _, confidence in calls[: len(titles)]) >= 0.9, calls


def test_a_former_clinical_career_outside_english_makes_a_product_person_clinical(team):
    """'ehemalige Intensivpflegerin' and 'Tidligere sykepleier' were read as nothing: a product manager or lead who
    was an ICU nurse was other 0.83 (labelling.md: background can outweigh title)."""
    people: list[dict[str, object]] = [
        {"title": "Produktmanagerin", "background": ["ehemalige Intensivpflegerin, 6 Jahre Uniklinik"]},
        {"title": "Produktleder", "background": ["Tidligere sykepleier på intensivavdeling i 7 år"]},
        {"title": "Product Owner", "background": ["Tidigare sjuksköterska på akuten i 5 år"]},
        {"title": "Product Owner", "background": ["Ehemalige Verwaltungsmitarbeiterin einer Krankenpflegeschule"]},
    ]
    calls = _explained(team, people)
    assert [layer for layer, _ in calls] == ["clinical"] * 3 + ["other"], calls


def test_receptionists_assistants_and_software_for_clinicians_are_not_clinicians(team):
    """A receptionist of a dental clinic, an assistant of a nursing directorate, software or an app for nurses and a
    French or Spanish salesperson were clinical (0.55-1.00) on the clinic's or the clinicians' word."""
    titles = ["Recepcionista clínica dental", "Assistante de direction, Direction des soins infirmiers"]
    titles += ["Ontwikkelaar zorgapp voor verpleegkundigen", "Commerciale logiciel pour infirmiers libéraux"]
    titles += ["Softwareontwikkelaar platform voor huisartsen", "Verpleegkundige voor de dagbehandeling"]
    calls = _explained(team, [{"title": title} for title in titles])
    assert [layer for layer, _ in calls] == ["other"] * 5 + ["clinical"], calls


def test_quality_of_other_industries_and_submissions_in_a_title(team):
    """Automotive quality was compliance 1.00 ('Qualitätsmanagementbeauftragter Automobil (IATF 16949)'); a 510(k) in
    a title matched nothing, since normalising writes it '510 k' ('510(k) Submissions Manager' other 0.30). A title
    naming medical devices beside a car maker's standard keeps its layer; a product named for a submission is a
    product."""
    titles = ["Qualitätsmanagementbeauftragter Automobil (IATF 16949)", "Kvalitetsingenjör fordonsindustri"]
    titles += ["Quality Manager, Automotive & Medical Devices (ISO 13485, IATF 16949)", "510(k) Submissions Manager"]
    titles += ["Program Manager, 510(k) Submissions", "Product Manager, 510(k) Tracker"]
    calls = _explained(team, [{"title": title} for title in titles])
    assert [layer for layer, _ in calls] == ["other"] * 2 + ["compliance"] * 3 + ["other"], calls


def test_ahp_epr_and_ctr_in_their_other_senses(team):
    """The calls 2026.12.48 left wrong: AHP the analytic hierarchy process was an allied health professional, EPR the
    emergency plan an electronic patient record, and a certified tumour registrar (CTR) a clinician (1.00, 1.00, 0.83).
    Their look-alikes keep their layers."""
    others = ["Decision Analyst (AHP, multi-criteria models)", "Emergency Planning (EPR) Trainer"]
    others += ["Business Continuity & EPR Lead", "Oncology Registrar (CTR)"]
    people = [
        {"title": title}
        for title in [*others, "AHP Lead, Physiotherapy", "Oncology Registrar (ST5), Oncology Department"]
    ]
    people.append({"title": "EPR Trainer, Emergency Department"})
    calls = _explained(team, people)
    assert [layer for layer, _ in calls] == ["other"] * 4 + ["clinical"] * 2 + ["integration"], calls


def test_the_word_form_fixes_leave_their_look_alikes_alone(team):
    """2026-12-04, review of rubric 2026.12.49 (probe batch 'word forms review'): the new -therapeut head read an
    animal therapist as a clinician ('Tiertherapeutin', 'Dierenfysiotherapeut' other 0.30 -> clinical 1.00) and a
    salesperson of software for therapists too (other 1.00 -> clinical 0.55); '510(k)' now read in titles made a
    product's clearance submission work ('ML Engineer (510(k)-cleared products)' ml_research 0.78 -> compliance 0.40,
    a submission portal's engineer compliance 0.62); the food-industry negative took a GCP study coordinator of food
    allergy (compliance 1.00 -> other 0.30); and 'Recepcionista de consultorio médico' was integration 0.49, its
    'consultorio' read as a consultant of the HIS Medico."""
    others = ["Tiertherapeutin", "Dierenfysiotherapeut", "Vertrieb Praxissoftware für Therapeuten"]
    others += ["Software Engineer, 510(k) Submission Portal", "Recepcionista de consultorio médico"]
    ml = ["ML Engineer (510(k)-cleared products)", "Computer Vision Engineer, 510(k) cleared imaging AI"]
    kept = ["Studienkoordinatorin Lebensmittelallergie (GCP)", "510(k) Submissions Manager", "Ergotherapeutin"]
    kept += ["Consultora de implantación HCE"]
    calls = _explained(team, [{"title": title} for title in [*others, *ml, *kept]])
    expected = ["other"] * 5 + ["ml_research"] * 2 + ["compliance", "compliance", "clinical", "integration"]
    assert [layer for layer, _ in calls] == expected, calls


def test_clinician_titles_in_languages_the_rubric_had_no_word_in_are_clinicians(team):
    """2026-12-04 (benchmarks/README.md, rubric 2026.12.50): Greek, Hungarian, Estonian, Lithuanian, Latvian, Slovene,
    Croatian, Serbian, Bulgarian, Ukrainian, Hebrew, Thai, Vietnamese and Hindi clinicians were other 0.30, no word
    read. Compounds and forms of a clinician's word that name a vet, a seller, a sister company or a hospital stay
    other ('Állatorvos', 'Κτηνίατρος', 'Лікар-ветеринар', 'חברה אחות', 'โรงพยาบาล', 'नर्सरी')."""
    titles = ["Νοσηλεύτρια", "ΝΟΣΗΛΕΥΤΡΙΑ ΧΕΙΡΟΥΡΓΕΙΟΥ", "Ιατρός Παθολόγος", "Παιδίατρος", "Ápoló", "Háziorvos"]
    titles += ["Belgyógyász szakorvos", "Pereõde", "Perearst", "Slaugytoja", "Gydytoja kardiologė", "Ārsts"]
    titles += ["Medicīnas māsa", "Zdravnik", "Liječnik", "Лекар", "Лікар", "Медична сестра", "Медицинска сестра"]
    titles += ["אחות מוסמכת", "רופא משפחה", "พยาบาลวิชาชีพ", "แพทย์", "Điều dưỡng", "Bác sĩ đa khoa", "Dieu duong"]
    titles += ["नर्स", "चिकित्सक", "Uzman Doktor"]
    others = ["Állatorvos", "Orvoslátogató", "Κτηνίατρος", "Ιατρικός Επισκέπτης", "Loomaarst", "Лікар-ветеринар"]
    others += ["Ветеринарен лекар", 'סמנכ"ל כספים, חברה אחות', "רופא וטרינר", "เจ้าหน้าที่การเงิน โรงพยาบาล"]
    others += ["สัตวแพทย์", "Bác sĩ thú y", "Bác sĩ cây trồng", "नर्सरी शिक्षिका", "पशु चिकित्सक"]
    calls = _explained(team, [{"title": title} for title in [*titles, *others]])
    assert [layer for layer, _ in calls] == ["clinical"] * len(titles) + ["other"] * len(others), calls
    assert min(confidence for _, confidence in calls[: len(titles)]) >= 0.9, calls


def test_regulatory_ehr_and_ml_titles_in_those_languages(team):
    """The other layers' words in the same languages were other 0.30 too: regulatory affairs, clinical trials,
    validation and medical devices, the health record and interoperability, machine learning and data science. Device
    sales, food and car quality, energy regulation and data validation stay other."""
    compliance = ["Υπεύθυνη Κανονιστικών Υποθέσεων Ιατροτεχνολογικών Προϊόντων", "Klinikai vizsgálati koordinátor"]
    compliance += ["Specialist regulatorni въпроси, медицински изделия", "Reguliavimo reikalų specialistė"]
    compliance += ["מנהלת רגולציה", "Chuyên viên đăng ký thuốc", "Inginer validare echipamente medicale"]
    integration = ["Αναλυτής Ηλεκτρονικού Φακέλου Υγείας", "Μηχανικός Διαλειτουργικότητας"]
    integration += ["Аналітик медичної інформаційної системи", "Terviseinfosüsteemi integratsiooniinsener"]
    ml = ["Μηχανικός Μηχανικής Μάθησης", "Gépi tanulási mérnök", "Andmeteadlane", "Inženjer strojnog učenja"]
    ml += ["Інженер з машинного навчання", "מהנדס למידת מכונה", "นักวิทยาศาสตร์ข้อมูล", "Kỹ sư học máy", "डेटा साइंटिस्ट"]
    others = ["Πωλήτρια Ιατρικών Μηχανημάτων", "Meditsiiniseadmete müügiesindaja", "Kvaliteedijuht, toiduainetööstus"]
    others += ["Regulatorni poslovi, energetika", "Validacija podataka, analitičar", "Inginer validare componente auto"]
    layers = [*compliance, *integration, *ml, *others]
    calls = _explained(team, [{"title": title} for title in layers])
    expected = ["compliance"] * len(compliance) + ["integration"] * len(integration) + ["ml_research"] * len(ml)
    assert [layer for layer, _ in calls] == expected + ["other"] * len(others), calls


def test_a_former_clinician_in_those_languages_makes_a_product_person_clinical(team):
    """A product manager who was an ICU nurse, written in Greek, Hebrew, Thai or Vietnamese, was other 0.30."""
    people: list[dict[str, object]] = [
        {"title": "Υπεύθυνη Προϊόντος", "background": ["Νοσηλεύτρια ΜΕΘ για 7 χρόνια"]},
        {"title": "מנהלת מוצר", "background": ["אחות בטיפול נמרץ במשך 6 שנים"]},
        {"title": "ผู้จัดการผลิตภัณฑ์", "background": ["พยาบาลวิชาชีพ ห้องไอซียู 5 ปี"]},
        {"title": "Quản lý sản phẩm", "background": ["Từng là điều dưỡng hồi sức 5 năm"]},
        {"title": "Termékmenedzser", "background": ["Korábban könyvelő egy kórházban"]},
    ]
    calls = _explained(team, people)
    assert [layer for layer, _ in calls] == ["clinical"] * 4 + ["other"], calls


def test_thai_and_devanagari_titles_keep_their_vowel_signs(team):
    """Normalising a title spaced every character Python's `\\w` does not read, and Thai and Devanagari write vowels
    with combining marks: 'พยาบาลวิชาชีพ' was read as 'พยาบาลว ชาช พ' and 'नर्स' as 'नर स'."""
    people = [{"name": "A", "title": "Sr. พยาบาลวิชาชีพ"}, {"name": "B", "title": "Sr. स्टाफ नर्स"}]
    path = team(json.dumps({"people": people}))
    result = run_cli("explain", path)
    assert result.code == 0, result.stderr
    assert "normalised title: พยาบาลวิชาชีพ\n" in result.stdout, result.stdout
    assert "normalised title: स्टाफ नर्स\n" in result.stdout, result.stdout


def test_the_languages_fix_leaves_its_look_alikes_alone(team):
    """Probe batch 'languages fix look-alikes', written before the fix was committed: its first draft read English
    'Administrator' as a Croatian office word ('Nurse Administrator' clinical -> other 0.30), Spanish 'Apolo' as
    Hungarian 'ápoló', a tree surgeon, a pharmacists' association, a nursing faculty's clerk and a doctoral
    researcher ('डॉक्टरेट') as clinicians, and energy regulation and data validation as compliance."""
    kept = [("Nurse Administrator", "clinical"), ("Clinical Systems Administrator", "integration")]
    kept += [("Quality Engineer, Auto & Medical (ISO 13485)", "compliance"), ("Fogorvosi asszisztens", "clinical")]
    kept += [("Χειρουργός Οδοντίατρος", "clinical"), ("Медицинска сестра в детска градина", "clinical")]
    others = ["Ingeniero de software, Proyecto Apolo", "Χειρουργός Δέντρων", "Λογιστής, Σύλλογος Φαρμακοποιών Αττικής"]
    others += ["Διοικητική Υπάλληλος, Νοσηλευτική Υπηρεσία", "Фармацеутска компанија — рачуновођа"]
    others += ["מנהלת משרד, בית הספר לרוקחות", "คณะพยาบาลศาสตร์ เจ้าหน้าที่ธุรการ", "डॉक्टरेट शोधार्थी"]
    others += ["Minőségbiztosítási vezető, élelmiszeripar", "Inginer validare procese, industria alimentară"]
    calls = _explained(team, [{"title": title} for title in [*(t for t, _ in kept), *others]])
    assert [layer for layer, _ in calls] == [layer for _, layer in kept] + ["other"] * len(others), calls


def test_the_languages_review_look_alikes_stay_other(team):
    """Probe batch 'languages review' (rubric 2026.12.50, written before it was run): the new words inside other
    words or beside other roles were confident calls (1.00) of a layer: Thai 'ค่ารักษาพยาบาล' (medical expenses)
    and 'แพทย์สภา' (the Medical Council), Hindi 'चिकित्सकीय' (medical) and a doctor's secretary, Vietnamese 'khoa học
    máy tính' (computer science) holding 'học máy', a clinic's receptionist and a doctors' association's accountant,
    Hebrew 'חברת האחות' (the sister company), a doctors' newspaper ('Orvosok Lapja'), energy regulation in Greek and
    Hindi, data validation in Ukrainian and Hebrew, Romanian invoice or bank validation, and Greek sales of ML software.
    Clinicians beside them stay clinicians, and some forms it missed are read (a Greek midwife 'Μαίευτρια', a
    Hungarian head nurse and director of nursing, Estonian eye and children's doctors, Hebrew 'רופאת')."""
    others = ["เจ้าหน้าที่เบิกค่ารักษาพยาบาล", "แพทย์สภา นักกฎหมาย", "चिकित्सकीय बीमा दावा अधिकारी"]
    others += ["डॉक्टर साहब के निजी सचिव", "Kỹ sư khoa học máy tính", "Giảng viên tin học máy tính"]
    others += ["Lễ tân, phòng khám bác sĩ gia đình", "Kế toán, Hội Bác sĩ Việt Nam", "מנהל כספים, חברת האחות"]
    others += ["Újságíró, Orvosok Lapja", "Αναλυτής, Ρυθμιστική Αρχή Ενέργειας", "विद्युत नियामक आयोग सलाहकार"]
    others += ["Інженер з валідації даних", "אנליסט ולידציה של נתונים", "Inginer validare software, bancă"]
    others += ["Contabil, validare facturi", "Πωλήσεις Λογισμικού Μηχανικής Μάθησης"]
    kept = [("Kỹ sư học máy", "ml_research"), ("Kỹ sư học máy thống kê", "ml_research"), ("Orvosnő", "clinical")]
    kept += [("เภสัชกรโรงพยาบาล", "clinical"), ("Điều dưỡng trưởng khoa", "clinical"), ("Háziorvos", "clinical")]
    kept += [("พยาบาลวิชาชีพ", "clinical"), ("Inginer validare echipamente medicale", "compliance")]
    kept += [("Μαίευτρια", "clinical"), ("Vezető ápoló", "clinical"), ("Ápolási igazgató", "clinical")]
    kept += [("Silmaarst", "clinical"), ("Lastearst", "clinical"), ("רופאת משפחה", "clinical")]
    calls = _explained(team, [{"title": title} for title in [*others, *(t for t, _ in kept)]])
    assert [layer for layer, _ in calls] == ["other"] * len(others) + [layer for _, layer in kept], calls


def test_the_calls_rubric_2026_12_50_left_wrong_are_read_and_their_look_alikes_stay(team):
    """Rubric 2026.12.50 left seven titles other 0.30 (benchmarks/README.md): a Greek head of a nursing department
    (its adjective's genitive), an Estonian nurse with her department ('õde' alone was read only as a whole title),
    a Lithuanian head of nurses (genitive plural), a Latvian family doctor's nurse (genitive), a Bulgarian drug safety
    specialist, a Greek hospital's data protection officer and an EU CTR submissions specialist. Payroll for nursing
    staff, a head of accounting, a nurses' union, rosters, a doctor's practice's accountant, food or information
    security, a sales rep, a bank's DPO, a tumour registrar and a click-through rate stay other."""
    read = [("Προϊσταμένη Νοσηλευτικού Τμήματος", "clinical"), ("ΠΡΟΪΣΤΑΜΕΝΟΣ ΝΟΣΗΛΕΥΤΙΚΟΥ ΤΜΗΜΑΤΟΣ", "clinical")]
    read += [("Õde kirurgia osakond", "clinical"), ("Õde, sisehaiguste osakond", "clinical")]
    read += [("Slaugytojų vadovė", "clinical"), ("Ģimenes ārsta māsa", "clinical")]
    read += [("Специалист лекарствена безопасност", "compliance"), ("Специалист по фармаконадзору", "compliance")]
    read += [("Υπεύθυνος Προστασίας Δεδομένων, Νοσοκομείο", "compliance")]
    read += [("EU CTR Submissions Specialist", "compliance"), ("CTIS Submissions Coordinator", "compliance")]
    others = ["Προϊστάμενος Τμήματος Μισθοδοσίας Νοσηλευτικού Προσωπικού", "Προϊσταμένη Λογιστηρίου"]
    others += ["Ode to Joy Choir Director", "Slaugytojų sąjungos buhalterė", "Slaugytojų darbo grafikų koordinatorė"]
    others += ["Ģimenes ārsta prakses grāmatvede", "Специалист по безопасност на храните"]
    others += ["Специалист информационна безопасност", "Търговски представител лекарствени продукти"]
    others += ["Υπεύθυνος Προστασίας Δεδομένων, Τράπεζα", "Certified Tumor Registrar (CTR)"]
    others += ["CTR Optimization Specialist, Paid Search"]
    calls = _explained(team, [{"title": title} for title in [*(t for t, _ in read), *others]])
    assert [layer for layer, _ in calls] == [layer for _, layer in read] + ["other"] * len(others), calls
    assert min(confidence for _, confidence in calls[: len(read)]) >= 0.9, calls


def test_a_layer_word_qualified_by_other_work_is_that_work(team):
    """Rubric 2026.12.51 left two confident mistakes no review reaches (benchmarks/README.md): 'Billing Specialist,
    Epic Resolute' was integration 1.00 (a revenue-cycle biller working in Epic's billing module is other,
    docs/labelling.md) and 'Event Coordinator, Clinical Research Conference' compliance 0.60 (planning a conference
    is events work). 'Delivery Manager, AI Products' was ml_research 1.00 (project and delivery roles for AI run the
    work). Epic's module analysts, a biller whose skills are build work, an adverse-event coordinator (other 1.00 on
    'event'), a clinical research coordinator and an ML engineer stay in their layers."""
    others = ["Billing Specialist, Epic Resolute", "Event Coordinator, Clinical Research Conference"]
    others += ["Collections Specialist (Epic)", "Meeting Planner - Pharmacovigilance Symposium"]
    others += ["Delivery Manager, AI Products", "AI Strategy Advisor"]
    builder = {"title": "Billing Specialist", "skills": ["Epic Resolute build", "claim edit rule configuration"]}
    kept = [("Epic Resolute Analyst", "integration"), ("Epic Resolute Professional Billing Analyst", "integration")]
    kept += [("Adverse Event Coordinator", "compliance"), ("Clinical Events Committee Coordinator", "compliance")]
    kept += [("Clinical Research Coordinator", "compliance"), ("Machine Learning Engineer", "ml_research")]
    people = [*({"title": title} for title in [*others, *(t for t, _ in kept)]), builder]
    calls = _explained(team, people)
    assert [layer for layer, _ in calls] == ["other"] * len(others) + [layer for _, layer in kept] + ["integration"]
    assert min(confidence for _, confidence in calls[len(others) : -1]) >= 0.75, calls


def test_the_words_of_rubric_2026_12_51_s_seven_readings_do_not_make_a_look_alike_a_confident_call(team):
    """Rubric 2026.12.51 read a Greek head of nursing (anything after 'Προϊστάμενος Νοσηλευτικ...'), 'Slaugytojų
    vadovas' anywhere in a title, a Greek hospital before any 'Υπεύθυνος Προστασίας', and a bare 'EU CTR' or 'CTIS':
    the head of a nursing school's office or of nursing supplies, an editor of a nurses' handbook (vadovas), a
    hospital's guard or environment officer, EU click-through rates and a Central Tire Inflation System mechanic
    became confident calls (batch '2026-12-04 left wrong 3 review'). The heads of a nursing unit, ward or service,
    a hospital's data protection officer and EU CTR or CTIS submissions stay read."""
    others = ["Προϊσταμένη Νοσηλευτικής Σχολής, Γραμματεία", "Προϊστάμενος Νοσηλευτικού Υλικού και Προμηθειών"]
    others += ["Redaktorė, Slaugytojų vadovas", "Νοσοκομειακός Φύλακας, Υπεύθυνος Προστασίας Εγκαταστάσεων"]
    others += ["Νοσοκομείο Παίδων, Υπεύθυνος Προστασίας Περιβάλλοντος", "EU CTR Analyst, Paid Social"]
    others += ["CTIS Mechanic (Central Tire Inflation System)"]
    read = [("Προϊστάμενος Νοσηλευτικής Μονάδας ΜΕΘ", "clinical"), ("Slaugytojų vadovas", "clinical")]
    read += [("ΥΠΕΥΘΥΝΟΣ ΠΡΟΣΤΑΣΙΑΣ ΔΕΔΟΜΕΝΩΝ ΝΟΣΟΚΟΜΕΙΟΥ", "compliance"), ("EU CTR Transition Lead", "compliance")]
    read += [("Regulatory Specialist, EU-CTR", "compliance"), ("CTIS Submissions Coordinator", "compliance")]
    calls = _explained(team, [{"title": title} for title in [*others, *(t for t, _ in read)]])
    assert [layer for layer, _ in calls[: len(others)]] == ["other"] * len(others), calls
    assert [layer for layer, _ in calls[len(others) :]] == [layer for _, layer in read], calls


def test_a_layer_word_about_another_domains_work_is_that_domains(team):
    """Rubric 2026.12.53 left confident mistakes no review reaches (benchmarks/README.md, rubric 2026.12.54):
    'Regulatory Affairs Officer, Food Supplements' and 'Compliance Manager, Anti-Money Laundering' were compliance
    1.00 (food and financial-crime rules are another regulator's, docs/labelling.md), 'Dietary Aide' and 'Gerente de
    consultorio médico' clinical 1.00 (a care home's kitchen, a doctor's office), and 'Resolute Hospital Billing
    Application Analyst' other 0.83 (an Epic Resolute application analyst is integration). Device regulatory affairs,
    the Food and Drug Administration's submissions, a HIPAA compliance officer, a dietitian, a dietetic assistant and
    a pharmacist for dietary supplements stay confident in their layers; a biller who works in Resolute stays other."""
    others = ["Regulatory Affairs Officer, Food Supplements", "Compliance Manager, Anti-Money Laundering"]
    others += ["Dietary Aide", "Gerente de consultorio médico", "Resolute Hospital Billing Representative"]
    kept = [("Resolute Hospital Billing Application Analyst", "integration")]
    kept += [("Regulatory Affairs Manager, Medical Devices", "compliance"), ("Compliance Officer, HIPAA", "compliance")]
    kept += [("Food and Drug regulatory (FDA) SaMD submissions", "compliance"), ("Registered Dietitian", "clinical")]
    kept += [("Dietetic Assistant", "clinical"), ("Pharmacist, Dietary Supplements", "clinical")]
    kept += [("HIPAA and OSHA Compliance Officer", "compliance"), ("IRB Coordinator, Food Science", "compliance")]
    calls = _explained(team, [{"title": title} for title in [*others, *(t for t, _ in kept)]])
    assert [layer for layer, _ in calls] == ["other"] * len(others) + [layer for _, layer in kept], calls
    assert min(confidence for _, confidence in calls[len(others) + 1 :]) >= 0.9, calls


def test_staff_of_a_clinicians_college_association_or_union_are_not_clinicians(team):
    """Rubric 2026.12.53 read the clinician inside an association's name: 'Rådgiver, Norsk Sykepleierforbund' and
    'Policy Adviser, Royal College of Nursing' were clinical 1.00 (docs/labelling.md: an association of clinicians is
    other). A surgeon who tutors for a college and a pharmacist who is a member stay clinical."""
    others = ["Rådgiver, Norsk Sykepleierforbund", "Policy Adviser, Royal College of Nursing"]
    others += ["Técnico, Ordem dos Enfermeiros"]
    kept = ["Consultant Surgeon and Royal College of Surgeons Tutor"]
    kept += ["Community Pharmacist, Royal Pharmaceutical Society"]
    calls = _explained(team, [{"title": title} for title in [*others, *kept]])
    assert [layer for layer, _ in calls] == ["other"] * len(others) + ["clinical"] * len(kept), calls
    assert min(confidence for _, confidence in calls[len(others) :]) >= 0.7, calls


def test_the_2026_12_54_negatives_stand_aside_for_a_clinician_or_health_regulation_beside_them(team):
    """Rubric 2026.12.54's new negatives took look-alikes its probe batches did not hold (benchmarks/README.md,
    rubric 2026.12.55): a specialist or a Nordic compound named the person's own clinical role ('Consultant
    Psychiatrist and Royal College of Psychiatrists Tutor', 'Spesialsykepleier, Kreftforeningen', 'Læge,
    Lægeforeningen'), a Visiting Nurses Association is a home-care agency, a clinician heads 'Médico Coordinador de
    Consultorio', drugs and HIPAA stand beside food ('Regulatory Affairs Director, OTC Drugs and Dietary Supplements',
    'Regulatory Compliance Specialist, Food, Drug and Cosmetic Act'), a health plan's OIG sanctions and a practice's
    HIPAA and EHS are health compliance, a physiotherapist or medical advisor names a clinician beside supplements: all
    were other at 2026.12.54 and right at 2026.12.53. Three words before an EHR module's role are an application
    analyst's only: 'Cadence Innovus Physical Design Engineer' designs chips (it was integration 0.74)."""
    kept = [("Consultant Psychiatrist and Royal College of Psychiatrists Tutor", "clinical")]
    kept += [("Specialty Registrar, Royal College of Emergency Medicine", "clinical")]
    kept += [("Spesialsykepleier, Kreftforeningen", "clinical"), ("Læge, Lægeforeningen", "clinical")]
    kept += [("Diabetessjuksköterska, Diabetesförbundet", "clinical"), ("Ylilääkäri, Suomen Lääkäriliitto", "clinical")]
    kept += [("Speech-Language Pathologist, Visiting Nurses Association", "clinical")]
    kept += [("Médico Coordinador de Consultorio", "clinical"), ("Enfermeira Coordenadora de Consultório", "clinical")]
    kept += [("Dentista, Ordem dos Médicos Dentistas", "clinical")]
    kept += [("Medical Advisor, Dietary Supplements", "clinical")]
    kept += [("Physiotherapist and Dietary Supplements Advisor", "clinical")]
    kept += [("Regulatory Affairs Director, OTC Drugs and Dietary Supplements", "compliance")]
    kept += [("Regulatory Compliance Specialist, Food, Drug and Cosmetic Act", "compliance")]
    kept += [("OIG Sanctions Compliance Coordinator", "compliance")]
    kept += [("HIPAA Privacy and EHS Compliance Manager", "compliance")]
    others = ["Cadence Innovus Physical Design Engineer", "Bridges and Highways Design Engineer"]
    others += ["Policy Officer, Royal College of Psychiatrists", "Jurist, Lægeforeningen"]
    others += ["Coordinadora de Consultorio Médico", "Academic Registrar, Royal College of Surgeons in Ireland"]
    others += ["Sanctions Compliance Officer", "Dietary Aide, Nursing Home"]
    others += ["Policy Officer, Village Nurses Association"]
    # A ministry of health opening the title is not a secretary: clinical, as unsure as at 2026.12.53 (0.55).
    ministry = "Secretaría de Salud – Médico General"
    calls = _explained(team, [{"title": title} for title in [*(t for t, _ in kept), *others, ministry]])
    assert [layer for layer, _ in calls] == [layer for _, layer in kept] + ["other"] * len(others) + ["clinical"], calls
    assert min(confidence for _, confidence in calls[: len(kept)]) >= 0.7, calls


def test_midwives_matrons_and_finnish_nurses_of_a_condition_are_clinicians(team):
    """Rubric 2026.12.55 had no word for a Spanish or Chilean 'Matrona' (a midwife), an English ward 'Matron', an
    Italian 'Ostetrica' or a Finnish 'Diabeteshoitaja' (a diabetes nurse): other 0.30 (docs/labelling.md names a matron
    and compounds of a clinical head). A boarding school's matron, an animal keeper (-hoitaja), a diet cook, an app for
    midwives and a company named Matrona stay other."""
    clinicians = ["Matrona", "Ward Matron", "Ostetrica", "Comadrona", "Parteira", "Diabeteshoitaja", "Haavahoitaja"]
    clinicians += ["Diätassistentin"]
    others = ["Boarding House Matron", "Eläintenhoitaja", "Diätkoch, Klinikküche"]
    others += ["Desarrollador de Software, App para Matronas", "Matrona Software Ltd – Frontend Developer"]
    calls = _explained(team, [{"title": title} for title in [*clinicians, *others]])
    assert [layer for layer, _ in calls] == ["clinical"] * len(clinicians) + ["other"] * len(others), calls
    assert min(confidence for _, confidence in calls[: len(clinicians)]) >= 0.9, calls


def test_a_dietary_departments_chef_or_cook_is_food_service_and_its_dietitian_a_clinician(team):
    """'Chef, Dietary Department' was clinical 1.00 on the nutrition-practice word: the dietary negative read only
    'dietary <role>' (O*NET files dietary cooks under 35-2012, food service). Its dietitian and dietetic technician stay
    clinical."""
    others = ["Chef, Dietary Department", "Cook, Dietary Services", "Food Service Director, Dietary Department"]
    clinicians = ["Registered Dietitian, Dietary Department", "Dietetic Technician, Dietary Department"]
    calls = _explained(team, [{"title": title} for title in [*others, *clinicians]])
    assert [layer for layer, _ in calls] == ["other"] * len(others) + ["clinical"] * len(clinicians), calls


def test_a_clinician_named_after_a_doctors_office_is_that_clinician(team):
    """'Coordenadora de Consultório, Enfermeira' (a nurse coordinating a practice) was other 0.30: the office negative
    read every clinician word after 'consultorio' as the office's adjective, as 'médico' is. The office's own manager
    stays other."""
    clinicians = ["Coordenadora de Consultório, Enfermeira", "Gerente de Consultório, Dentista"]
    others = ["Coordenadora de Consultório Médico e Odontológico", "Gerente de consultorio médico"]
    calls = _explained(team, [{"title": title} for title in [*clinicians, *others]])
    assert [layer for layer, _ in calls] == ["clinical"] * len(clinicians) + ["other"] * len(others), calls
    assert min(confidence for _, confidence in calls[: len(clinicians)]) >= 0.9, calls


def test_a_personal_assistant_or_a_physician_liaison_is_not_a_clinician(team):
    """A 'PA to the CEO' was read as a physician assistant and a physician liaison (healthcare marketing) as a
    physician: clinical 0.67 and 1.00. `explain` names the line's negative; a physician assistant and a practising GP
    who is also a liaison stay clinical."""
    others = [
        {"title": "Chief of Staff", "background": ["Worked as a PA to the managing director for six years"]},
        {"title": "Partnerships Director", "background": ["Served as a PA to the CEO of a hospital group"]},
        {"title": "Project Manager", "background": ["6 years as a physician liaison for a hospital network"]},
    ]
    clinicians = [
        {"title": "Product Owner", "background": ["Practised as a PA in orthopaedic surgery, 2012-2019"]},
        {"title": "Program Manager", "background": ["Practising GP and physician liaison for a CCG, 2016-2022"]},
    ]
    calls = _explained(team, [*others, *clinicians])
    assert [layer for layer, _ in calls] == ["other"] * len(others) + ["clinical"] * len(clinicians), calls
    explained = run_cli("explain", team(json.dumps({"people": [{"name": "P", **others[0]}]}))).stdout
    assert "a personal assistant (PA) to an executive is not a physician assistant" in explained, explained


def test_a_schools_or_hostels_matron_is_not_a_nurse(team):
    """Rubric 2026.12.56 read 'matron' as a nurse unless 'boarding', 'house' or 'school' stood just before it: 'Matron,
    Boarding School', 'Hostel Matron' and 'Matron (Residential School)' were clinical 1.00, and so was a company
    named for midwives ('Matrona Labs – Diseñadora de Producto'). A hospital's or a care home's matron is a nurse."""
    clinicians = ["Community Matron", "Care Home Matron", "Matron, Royal Free Hospital", "Matrona de Atención Primaria"]
    others = ["Matron, Boarding School", "Hostel Matron", "Matron (Residential School)", "House Matron"]
    others += ["Matrona Labs – Diseñadora de Producto", "Ostetrica S.r.l. – Responsabile Amministrativa"]
    calls = _explained(team, [{"title": title} for title in [*clinicians, *others]])
    assert [layer for layer, _ in calls] == ["clinical"] * len(clinicians) + ["other"] * len(others), calls
    assert min(confidence for _, confidence in calls[: len(clinicians)]) >= 0.9, calls


def test_a_midwives_college_or_association_is_not_a_midwife(team):
    """Rubric 2026.12.56 read 'Matronas' as midwives, but the college-or-association negative knew no midwife's word in
    Spanish, Italian or Portuguese, nor an 'Asociación': a Chilean midwives' college's executive secretary and a Spanish
    midwives' association's communications officer went clinical (they were other 1.00 on the word model before), and a
    midwife who names the nurses' college beside her own role was other 0.30."""
    clinicians = ["Matrona, Colegio de Enfermería", "Comadrona, Hospital de Sant Pau"]
    others = ["Colegio de Matronas y Matrones de Chile – Secretaria Ejecutiva"]
    others += [
        "Asociación Española de Matronas – Técnico de Comunicación",
        "Associação Portuguesa de Parteiras – Tesoureira",
    ]
    calls = _explained(team, [{"title": title} for title in [*clinicians, *others]])
    assert [layer for layer, _ in calls] == ["clinical"] * len(clinicians) + ["other"] * len(others), calls
    assert min(confidence for _, confidence in calls[: len(clinicians)]) >= 0.9, calls


def test_software_for_dietitians_or_finnish_nurses_is_software(team):
    """Rubric 2026.12.56 read 'Diätassistentin' and 'Muistihoitaja' as clinicians, and the negative for software or an
    app for clinicians knew neither: 'Vertriebsmitarbeiterin Software für Diätassistenten' (a saleswoman of software for
    them) went from other 1.00 to clinical 0.55, a developer of a memory nurse's app ('Muistihoitaja-sovellus') from
    other 0.83 to clinical 0.62."""
    titles = ["Diätassistentin", "Vertriebsmitarbeiterin Software für Diätassistenten"]
    titles += ["Entwicklerin einer App für Diätassistentinnen", "Ohjelmistokehittäjä, Muistihoitaja-sovellus"]
    calls = _explained(team, [{"title": title} for title in titles])
    assert [layer for layer, _ in calls] == ["clinical", "other", "other", "other"], calls
    assert calls[0][1] >= 0.9, calls


def test_a_surgical_pa_for_a_chief_or_the_head_and_neck_service_is_a_physician_assistant(team):
    """Rubric 2026.12.56's personal-assistant negative read any 'PA for the chief' or 'PA for the head' as an
    executive's assistant: a surgical PA for the chief of cardiothoracic surgery went other 0.83, a certified PA for
    the head and neck surgery service dropped to clinical 0.83. A PA to the chief nursing officer stays other."""
    people = [
        {
            "title": "Clinical Content Lead",
            "background": ["Certified PA for the head and neck surgery service, 2014-2021"],
        },
        {
            "title": "Clinical Content Lead",
            "background": ["Surgical PA for the chief of cardiothoracic surgery, 6 years"],
        },
        {"title": "Chief of Staff", "background": ["PA to the Chief Nursing Officer, 3 years"]},
    ]
    calls = _explained(team, people)
    assert calls == [("clinical", 1.0), ("clinical", 1.0), ("other", 1.0)], calls


def test_an_office_of_dentists_or_psychologists_is_the_office_not_its_manager(team):
    """Rubric 2026.12.56 stood the doctor's-office negative aside for a nurse, dentist or psychologist anywhere in the
    title, so the manager of an office of them ('Coordenadora de Consultório de Psicólogos', 'Gerente de Consultório –
    Rede de Dentistas') was clinical 1.00; a clinician named beside the office ('Coordenadora de Consultório,
    Enfermeira') stays clinical."""
    clinicians = ["Coordenadora de Consultório, Enfermeira", "Gerente de Consultorio y Odontóloga"]
    others = ["Coordenadora de Consultório de Psicólogos", "Gerente de Consultório – Rede de Dentistas"]
    others += ["Coordinadora de Consultorio de Nutricionistas", "Administradora de Consultórios para Fisioterapeutas"]
    calls = _explained(team, [{"title": title} for title in [*clinicians, *others]])
    assert [layer for layer, _ in calls] == ["clinical"] * len(clinicians) + ["other"] * len(others), calls


def test_a_medical_informaticist_is_one_layer_in_every_german_form(team):
    """'Medizinische Informatikerin' and 'Medizinischer Informatiker' were other 0.83, 'Medizininformatikerin'
    integration 1.00 and 'Medical Informaticist' clinical 1.00: one job in three layers. A medical informaticist with no
    licence builds health information systems (docs/labelling.md); the English title may name a physician, so it is
    unsure and a founder's `layer: clinical` for it stands without TA007; a licence settles it clinical."""
    german = [
        "Medizinische Informatikerin",
        "Medizinischer Informatiker",
        "Medizininformatikerin",
        "Informaticien médical",
    ]
    english = ["Medical Informaticist", "Medical Informatician"]
    people = [{"title": title} for title in [*german, *english]]
    people.append({"title": "Medical Informaticist", "background": ["Registered nurse, 8 years in cardiac ICU"]})
    calls = _explained(team, people)
    assert [layer for layer, _ in calls[: len(german)]] == ["integration"] * len(german), calls
    assert all(confidence < 0.5 for _, confidence in calls[len(german) : -1]), calls
    assert calls[-1][0] == "clinical" and calls[-1][1] >= 0.5, calls
    founders = [{"name": "F", "title": "Medical Informaticist", "layer": "clinical"}]
    founders.append({"name": "G", "title": "Medizininformatikerin", "layer": "clinical", "background": ["Fachärztin"]})
    declared = team(json.dumps({"people": founders}))
    assert "TA007" not in run_cli("check", declared, "--format", "json").stdout


def test_a_german_interface_developer_is_integration_in_either_word_order(team):
    """'Schnittstellenentwicklerin KIS' was integration 1.00 but 'Entwickler Schnittstellen KIS' and 'Entwicklerin
    KIS-Schnittstellen' other 0.83: the interface signal read only the compound. A user interface's or hardware's
    developer stays other."""
    integration = ["Schnittstellenentwicklerin KIS", "Entwickler Schnittstellen KIS", "Entwicklerin KIS-Schnittstellen"]
    others = ["Entwickler Benutzerschnittstellen", "Entwicklerin Hardware-Schnittstellen (Automotive)"]
    calls = _explained(team, [{"title": title} for title in [*integration, *others]])
    assert [layer for layer, _ in calls] == ["integration"] * len(integration) + ["other"] * len(others), calls


@pytest.mark.parametrize(
    "line",
    [
        "CE-marking under EU MDR, technical documentation, notified body",
        "CE-Kennzeichnung nach MDR, Technische Dokumentation, Benannte Stelle",
        "Marquage CE selon le règlement (UE) 2017/745, organisme notifié",
    ],
)
def test_ce_marking_under_the_mdr_is_hands_on_compliance_work_however_written(team, line):
    """'IEC 62304' in a background was hands-on compliance evidence but 'CE-marking under EU MDR, ...' was not: the
    signal read 'CE marking' only with a space, and no German or French form. `explain` said 'hands-on evidence:
    missing' for a regulatory specialist who had CE-marked a device."""
    path = team(json.dumps({"people": [{"name": "R", "title": "Regulatory Specialist", "background": [line]}]}))
    explained = run_cli("explain", path).stdout
    assert "hands-on evidence: yes (background mention market access filings outside the FDA" in explained, explained


def test_ce_marking_of_machines_electronics_or_toys_is_not_health_regulation(team):
    """CE marking is also the Machinery, Radio Equipment and Toy Safety Directives': 'Hardware Engineer' who 'took toys
    through CE marking and EN 71 testing' was compliance 0.78 and a product manager of consumer electronics 0.44; a
    quality engineer of machinery compliance 1.00 (now unsure, as a bare quality engineer is). A device's CE marking
    under the MDR stays compliance."""
    people = [
        {"title": "Hardware Engineer", "background": ["Took toys through CE marking and EN 71 testing"]},
        {"title": "Product Manager", "background": ["CE marking for consumer electronics (RED, EMC, LVD)"]},
        {
            "title": "Quality Engineer",
            "background": ["CE marking of industrial machinery under the Machinery Directive"],
        },
        {"title": "Quality Engineer", "background": ["CE marking of a Class IIb device under the EU MDR"]},
    ]
    calls = _explained(team, people)
    assert [layer for layer, _ in calls[:2]] == ["other", "other"], calls
    assert calls[2][1] < 0.5 and calls[3] == ("compliance", 1.0), calls


def test_a_personal_assistant_in_a_clinical_executives_office_is_not_a_clinician(team):
    """'Executive PA, Medical Director's Office' was clinical 1.00, settled by the medical director it names with the PA
    read as a physician assistant: docs/labelling.md has the office of a clinician other, as 'Executive Assistant to
    the CMO' already was. A physician assistant, even in that office, stays clinical."""
    titles = ["Executive PA, Medical Director's Office", "PA to the Medical Director", "Senior PA to the CMO"]
    clinicians = ["PA-C, Emergency Medicine", "Physician Assistant, Office of the Medical Director"]
    calls = _explained(team, [{"title": title} for title in [*titles, *clinicians]])
    assert [layer for layer, _ in calls] == ["other"] * len(titles) + ["clinical"] * len(clinicians), calls
