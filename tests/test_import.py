"""`teamaudit import`: real export layouts, the re-import round trip, bad CSVs; `init` and `schema`."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from conftest import EXAMPLES, ROOT, run_cli

EXPORTS = ROOT / "tests" / "data" / "exports"

HRIS = {
    # file: (layout named on stderr, {name: (layer, fte)}, skipped terminated rows)
    "bamboohr.csv": (
        "BambooHR",
        {
            "Aisha Bello": ("clinical", 1.0),
            "Chloe Martin": ("integration", 1.0),
            "Noor Aziz": ("compliance", 1.0),
            "Marcus Webb": ("ml_research", 1.0),
            "Ingrid Solberg": ("ml_research", 0.5),
            "Lucy Grant": ("other", 0.5),
        },
        1,
    ),
    "rippling.csv": (
        "Rippling",
        {
            "Owen Price": ("clinical", 0.5),
            "Samir Haddad": ("integration", 1.0),
            "Peter Novak": ("compliance", 1.0),
            "Rafael Ortiz": ("ml_research", 1.0),
            "Hana Kim": ("other", 1.0),
        },
        1,
    ),
    "gusto.csv": (
        "Gusto",
        {
            "Grace Hopper-Lee": ("clinical", 1.0),
            "Victor Nguyen": ("integration", 1.0),
            "Dana Cole": ("compliance", 0.5),
            "Olga Ivanova": ("ml_research", 1.0),
            "Ravi Patel": ("other", 1.0),
        },
        1,
    ),
    "workday.csv": (
        "Workday",
        {
            "Carmen Reyes": ("clinical", 1.0),
            "Hassan Karimi": ("integration", 1.0),
            "Kira Novak": ("compliance", 1.0),
            "Farah Siddiqui": ("ml_research", 1.0),
            "Ivy Chen": ("integration", 0.6),
            "Kavya Iyer": ("ml_research", 1.0),
        },
        1,
    ),
    "hibob.csv": (
        "HiBob",
        {
            "Eva Lindgren": ("clinical", 1.0),
            "Gina Alvarez": ("integration", 1.0),
            "Irene Adler": ("compliance", 0.8),
            "Daria Petrova": ("ml_research", 1.0),
            "Eli Cohen": ("ml_research", 0.5),
        },
        1,
    ),
}


def audit(path: Path) -> dict:
    result = run_cli("check", path, "--format", "json")
    assert result.code in (0, 1), result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("export", sorted(HRIS))
def test_hris_exports_import_and_audit(tmp_path, export):
    layout, expected, skipped = HRIS[export]
    out = tmp_path / "team.yaml"
    result = run_cli("import", EXPORTS / export, "-o", out)
    assert result.code == 0, result.stderr
    assert result.stdout == ""
    assert f"({layout} layout)" in result.stderr and "title <- " in result.stderr
    assert f"skipped {skipped} row(s): terminated or inactive" in result.stderr
    got = {p["name"]: (p["layer"], p["fte"]) for p in audit(out)["people"]}
    assert got == expected
    text = out.read_text()
    assert text.startswith("# yaml-language-server: $schema=team.schema.json")
    assert "FTE: the FTE column if present" in text and "cost:" not in text


@pytest.mark.parametrize(
    ("reqs", "layout", "expected"),
    [
        (
            "greenhouse-openings.csv",
            "Greenhouse",
            {
                ("Open req REQ-101 - Senior FHIR Integration Engineer", "open"),
                ("Open req REQ-102 - Clinical Nurse Specialist", "open"),
                ("Omar Farouk", "planned"),
            },
        ),
        (
            "lever-postings.csv",
            "Lever",
            {
                ("Open req lv-1 #1 - Regulatory Affairs Specialist", "open"),
                ("Open req lv-1 #2 - Regulatory Affairs Specialist", "open"),
                ("Open req lv-3 - Clinical Workflow Lead (RN)", "open"),
            },
        ),
        (
            "ashby-jobs.csv",
            "Ashby",
            {("Open req ab-1 - Biostatistician", "open"), ("Open req ab-3 - HL7 Interface Engineer", "open")},
        ),
    ],
)
def test_ats_requisitions(tmp_path, reqs, layout, expected):
    out = tmp_path / "team.yaml"
    result = run_cli("import", EXPORTS / "gusto.csv", "--reqs", EXPORTS / reqs, "-o", out)
    assert result.code == 0, result.stderr
    assert f"({layout} layout)" in result.stderr
    assert "skipped 1 row(s): closed, filled or cancelled requisitions" in result.stderr
    doc = audit(out)
    assert {(p["name"], p["status"]) for p in doc["people"] if p["status"] != "current"} == expected
    assert doc["composition"]["plan"]["total"]["headcount"] == 5 + len(expected)


def test_offer_accepted_keeps_start_date(tmp_path):
    out = tmp_path / "team.yaml"
    run_cli("import", EXPORTS / "gusto.csv", "--reqs", EXPORTS / "greenhouse-openings.csv", "-o", out)
    omar = next(p for p in yaml.safe_load(out.read_text())["people"] if p["name"] == "Omar Farouk")
    assert omar["status"] == "planned" and str(omar["start"]) == "2027-02-01" and omar["id"] == "REQ-104"


def test_pay_only_when_asked(tmp_path):
    out = tmp_path / "team.yaml"
    run_cli("import", EXPORTS / "bamboohr.csv", "--cost", "-o", out)
    costs = {p["name"]: p.get("cost") for p in yaml.safe_load(out.read_text())["people"]}
    assert costs["Aisha Bello"] == 165000 and costs["Ingrid Solberg"] == 85 * 2080
    plain = run_cli("import", EXPORTS / "bamboohr.csv", "--no-cost").stdout
    assert "cost:" not in plain and "Pay Rate" not in plain and "165" not in plain


def test_reimport_keeps_hand_edits(tmp_path):
    out = tmp_path / "team.yaml"
    assert run_cli("import", EXPORTS / "workday.csv", "-o", out).code == 0
    data = yaml.safe_load(out.read_text())
    for person in data["people"]:
        if person["name"] == "Kavya Iyer":
            person["layer"] = "ml_research"
            person["background"] = ["built the model registry"]
        if person["name"] == "Carmen Reyes":
            person["background"] = "RN, 12 years med-surg"
            person["name"] = "Carmen Reyes-Ortiz"  # renamed by hand: matched by id W-2001
    out.write_text(yaml.safe_dump(data, sort_keys=False))
    result = run_cli("import", EXPORTS / "workday.csv", "-o", out)
    assert result.code == 0 and "kept hand-written layer/background/skills for 2 person(s)" in result.stderr
    again = {p["name"]: p for p in yaml.safe_load(out.read_text())["people"]}
    assert again["Kavya Iyer"]["layer"] == "ml_research"
    assert again["Kavya Iyer"]["background"] == ["built the model registry"]
    assert again["Carmen Reyes"]["background"] == ["RN, 12 years med-surg"]  # the HRIS name comes back
    assert audit(out)["people"][0]["source"] == "rubric"


def test_map_overrides_a_column(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Person,Role Name,Org\nAnn Lee,Registered Nurse,Clinical\n")
    result = run_cli("import", path)
    assert result.code == 2 and "no job-title column found" in result.stderr and "--map title=" in result.stderr
    ok = run_cli("import", path, "--map", "title=Role Name", "--map", "team=Org")
    assert ok.code == 0, ok.stderr
    person = yaml.safe_load(ok.stdout)["people"][0]
    assert person == {"name": "Ann Lee", "title": "Registered Nurse", "team": "Clinical"}
    bad = run_cli("import", path, "--map", "title=Nope")
    assert bad.code == 2 and "no such column" in bad.stderr


def test_xlsx(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    import datetime as dt

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Employee Name", "Job Title", "Department", "Start Date", "FTE"])
    sheet.append(["Ann Lee", "Registered Nurse", "Clinical", dt.datetime(2021, 3, 1), 0.8])
    sheet.append(["Bo Park", "Data Scientist", "ML", dt.datetime(2022, 1, 3), 1])
    path = tmp_path / "export.xlsx"
    book.save(path)
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    people = yaml.safe_load(result.stdout)["people"]
    assert people[0] == {"name": "Ann Lee", "title": "Registered Nurse", "team": "Clinical", "fte": 0.8}


BAD = [
    ("empty", b"", ["file is empty"]),
    ("no header", b"Ann Lee,Registered Nurse,Clinical\nBo Park,Data Scientist,ML\n", ["no job-title column"]),
    ("data first row", b"101,ann@x.com\n102,bo@x.com\n", ["looks like data, not a header"]),
    ("single column", b"Name\nAnn\n", ["no header row"]),
    ("no title column", b"Name,Department\nAnn,Clinical\n", ["no job-title column found", "columns: Name, Department"]),
    ("no name column", b"Job Title,Department\nNurse,Clinical\n", ["no name column found"]),
    ("ragged long row", b"Name,Job Title\nAnn,Nurse,Clinical,Extra\n", [":2:", "row has 4 cells but the header has 2"]),
    ("empty header cell", b"Name,,Job Title\nAnn,x,Nurse\n", ["header column 2 has no name"]),
    ("duplicate header", b"Name,Job Title,name\nAnn,Nurse,A\n", ["names column 'name' twice"]),
    ("binary", b"\x00\x01\x02PK garbage", ["not a text file"]),
    ("xlsx named csv", b"PK\x03\x04rest-of-zip", ["name it .xlsx"]),
    ("bad fte", b"Name,Job Title,FTE\nAnn,Nurse,lots\n", [":2:", "FTE 'lots' is not a number"]),
    ("every row skipped", b"Name,Job Title,Status\nAnn,Nurse,Terminated\n", ["no people to import"]),
]


@pytest.mark.parametrize(("content", "fragments"), [(c, f) for _, c, f in BAD], ids=[b[0] for b in BAD])
def test_bad_csv(tmp_path, content, fragments):
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    result = run_cli("import", path)
    assert result.code == 2 and result.stdout == ""
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("bom + semicolons", "\ufeffName;Job Title;Department\nAnn Lee;Registered Nurse;Clinical\n".encode()),
        ("windows-1252", "Name,Job Title\nJosé Núñez,Registered Nurse\n".encode("cp1252")),
        ("tabs", b"Name\tJob Title\nAnn Lee\tRegistered Nurse\n"),
        ("crlf and blank lines", b"Name,Job Title\r\n\r\nAnn Lee,Registered Nurse\r\n"),
        ("short row padded", b"Name,Job Title,Department\nAnn Lee,Registered Nurse\n"),
        ("quoted delimiter", b'Name,Job Title\n"Lee, Ann","Nurse, ICU"\n'),
    ],
)
def test_quirky_csv_is_handled(tmp_path, name, content):
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    person = yaml.safe_load(result.stdout)["people"][0]
    assert person["title"] in ("Registered Nurse", "Nurse, ICU")
    assert person["name"] in ("Ann Lee", "José Núñez")


def test_init_writes_a_valid_commented_file_and_refuses_to_overwrite(tmp_path):
    path = tmp_path / "team.yaml"
    result = run_cli("init", path)
    assert result.code == 0 and path.is_file()
    text = path.read_text()
    for key in (
        "name:",
        "id:",
        "title:",
        "team:",
        "skills:",
        "background:",
        "fte:",
        "status:",
        "layer:",
        "start:",
        "cost:",
        "organization:",
        "as_of:",
    ):
        assert key in text, key
    assert run_cli("check", path).code in (0, 1)
    again = run_cli("init", path)
    assert again.code == 2 and "never overwrites" in again.stderr
    assert path.read_text() == text


def test_schema_validates_examples_and_matches_docs(tmp_path):
    result = run_cli("schema")
    assert result.code == 0
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    for example in sorted(EXAMPLES.glob("*.yaml")):
        jsonschema.validate(json.loads(json.dumps(yaml.safe_load(example.read_text()), default=str)), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"people": [{"name": "A", "titel": "RN"}]}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"people": [{"name": "A", "title": "RN", "fte": 1.5}]}, schema)
    assert json.loads((ROOT / "docs" / "team.schema.json").read_text()) == schema
