"""`--redact` and a part of a name written alone: a given name (`Naomi covers integration`), a surname behind a
credential (`Aisha Bello, RN`), and the parts of names written in scripts without spaces (`王 leads`, `田中さん`),
in every format of `check` and in `report` (docs/redaction.md)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import EXAMPLES, redacted_reason, redacted_report, redacted_titles, run_cli
from teamaudit.render import Format

# No one does integration work: TA002 fires for it and the suppression's reason is shown beside it in every format.
TEAM = """organization: Naomi's Clinic of Faith
people:
  - {name: Naomi Okonkwo, title: Registered Nurse}
  - {name: Will Baker, title: Will Rotation Coordinator}
  - {name: Grace Hopper-Lind, title: Regulatory Affairs Specialist}
  - {name: Dr. Tobias Marchetti, title: "Research Scientist, deputy to Will"}
  - {name: "Ingrid Sato, RN", title: "Data Scientist (covers for Grace)"}
  - {name: Faith Mbeki, title: ML Engineer}
"""
REASON = (
    "Naomi covers integration until March; WILL and Tobias agree; Marchetti's and Sato's teams signed; "
    "Grace Period ends"
)
SHOWN = (
    "Person 01 covers integration until March; Person 02 and Person 04 agree; "
    "Person 04's and Person 05's teams signed; Grace Period ends"
)
GIVEN = re.compile(r"Naomi|NAOMI|\bWILL\b|Tobias|Marchetti|Ingrid|Sato|Mbeki|\bFaith\b|Grace\)|Will$", re.M)


def _write(tmp_path: Path, team: str, reason: str, layer: str = "integration") -> Path:
    path = tmp_path / "team.yaml"
    path.write_text(team, encoding="utf-8")
    (tmp_path / ".teamaudit.yaml").write_text(
        f"ignore:\n  - {{rule: TA002, layer: {layer}, reason: {json.dumps(reason, ensure_ascii=False)}}}\n",
        encoding="utf-8",
    )
    return path


def _outputs(path: Path, tmp_path: Path) -> dict[str, str]:
    out = {}
    for fmt in Format:
        result = run_cli("check", path, "--redact", "--details", "-f", fmt.value)
        assert result.code in (0, 1), result.stderr
        out[fmt.value] = result.stdout
    html = tmp_path / "report.html"
    assert run_cli("report", path, "--redact", "-o", html).code in (0, 1)
    out["report"] = html.read_text(encoding="utf-8")
    return out


def _reason(path: Path) -> str:
    doc = json.loads(run_cli("check", path, "--redact", "-f", "json").stdout)
    (accepted,) = [f for f in doc["findings"] if f["suppressed"]]
    return str(accepted["suppressed"])


def test_a_given_name_alone_reaches_no_format(tmp_path):
    """A given name alone was kept (`Naomi covers integration until March`), and so was a surname behind a title or
    a credential (`Dr. Tobias Marchetti` was found alone only as `Marchetti`, `Ingrid Sato, RN` as `RN`, not at all)
    or followed by a possessive (`Naomi's Clinic`, `Marchetti's team` read as a name joined to another word)."""
    path = _write(tmp_path, TEAM, REASON)
    plain = run_cli("check", path, "-f", "json").stdout
    assert "Naomi covers" in plain and "deputy to Will" in plain  # there to be found
    for fmt, text in _outputs(path, tmp_path).items():
        assert GIVEN.findall(text) == [], fmt
        assert "Naomi" not in text, fmt
    assert _reason(path) == SHOWN
    doc = redacted_report(path)
    assert doc["organization"] == "Person 01's Clinic of Person 06"


def test_a_given_name_that_is_a_word_is_kept_where_it_begins_a_term(tmp_path):
    """`Will Rotation Coordinator` is a title, not Will Baker: a given name that is also a word (Will, Grace, May...)
    is kept where a capitalised word that names no one and heads a term follows it, and hidden everywhere else
    (`deputy to Will`, `covers for Grace`, `WILL and Tobias agree`)."""
    path = _write(tmp_path, TEAM, REASON)
    assert redacted_titles(path) == [
        "Registered Nurse",
        "Will Rotation Coordinator",
        "Regulatory Affairs Specialist",
        "Research Scientist, deputy to Person 02",
        "Data Scientist (covers for Person 03)",
        "ML Engineer",
    ]
    assert _reason(path).endswith("; Grace Period ends")
    # Followed by a name, a lower-case word or punctuation, the word is the person.
    for reason, shown in [
        ("Will Okonkwo approves", "Person 02 Person 01 approves"),
        ("Will covers; Grace: yes", "Person 02 covers; Person 03: yes"),
        ("Faith Mbeki and Faith agree", "Person 06 and Person 06 agree"),
    ]:
        path = _write(tmp_path, TEAM, reason)
        assert _reason(path) == shown, reason


def test_a_given_name_two_people_share_names_neither(tmp_path):
    team = "people:\n  - {name: Naomi Okonkwo, title: Registered Nurse}\n  - {name: Naomi Adeyemi, title: Nurse}\n"
    path = _write(tmp_path, team, "Naomi covers it; Okonkwo too")
    assert _reason(path) == "[name] covers it; Person 01 too"


CJK_TEAM = """people:
  - {name: 王伟, title: Registered Nurse}
  - {name: 田中 太郎, title: Regulatory Affairs Specialist}
  - {name: สมชาย ใจดี, title: ML Engineer}
  - {name: 김철수, title: Data Scientist}
  - {name: 欧阳娜娜, title: "Data Scientist, 欧阳さんのチーム"}
  - {name: Li Na, title: "Research Scientist, reports to 王"}
"""
CJK_PARTS = ["王", "田中", "太郎", "ใจดี", "สมชาย", "김", "철수", "欧阳", "娜娜"]


@pytest.mark.parametrize(
    ("reason", "shown"),
    [
        ("王 leads integration", "Person 01 leads integration"),
        ("王先生 leads; 老王 agrees", "Person 01先生 leads; 老Person 01 agrees"),
        ("田中さんが担当", "Person 02さんが担当"),
        ("太郎 will do it", "Person 02 will do it"),
        ("ใจดี covers integration", "Person 03 covers integration"),
        ("คุณสมชาย รับผิดชอบ", "คุณPerson 03 รับผิดชอบ"),
        ("김 씨가 담당; 철수님 확인", "Person 04 씨가 담당; Person 04님 확인"),
        ("欧阳 signed", "Person 05 signed"),
        # A one-character part inside a word is an ordinary word: 王国 is "kingdom", 伟大 "great".
        ("王国 and 伟大 stay", "王国 and 伟大 stay"),
    ],
)
def test_a_part_of_a_name_written_without_spaces_is_hidden(tmp_path, reason, shown):
    """Only the whole name was looked for in a script without spaces: `王 leads integration`, `田中さんが担当` and
    a Thai surname alone kept the name."""
    path = _write(tmp_path, CJK_TEAM, reason)
    assert _reason(path) == shown


def test_the_parts_of_names_without_spaces_reach_no_format(tmp_path):
    path = _write(tmp_path, CJK_TEAM, "王 leads; 田中さんが担当; ใจดี agrees; 김 씨 signed; 欧阳 too")
    for fmt, text in _outputs(path, tmp_path).items():
        assert [part for part in CJK_PARTS if part in text] == [], fmt
    doc = json.loads(run_cli("check", path, "--redact", "-f", "json").stdout)
    assert doc["people"][4]["title"] == "Data Scientist, Person 05さんのチーム"
    assert doc["people"][5]["title"] == "Research Scientist, reports to Person 01"


def test_a_name_hyphenated_to_a_word_in_lower_case_is_hidden(tmp_path):
    """A name joined by a hyphen or apostrophe to any word was read as part of another name (`Lee-Smith`, `O'Lee`),
    so `Nurse (ex-Marchetti group)` and `Naomi-led pilot` kept the names; a word in lower case is no name."""
    path = _write(tmp_path, TEAM, "Naomi-led pilot, ex-Marchetti staff; Okonkwo-Brandt and O'Sato are others")
    # Brandt is no one in the file: Okonkwo-Brandt may be Naomi, and a name hidden costs less than a name shown
    assert _reason(path) == "Person 01-led pilot, ex-Person 04 staff; Person 01 and O'Sato are others"


def _titles(tmp_path: Path, people: str) -> list[str]:
    team = tmp_path / "team.yaml"
    team.write_text(f"people:\n{people}", encoding="utf-8")
    return redacted_titles(team)


def test_a_name_hyphenated_to_a_capitalised_word_is_hidden(tmp_path):
    """Only a name joined to a word in lower case was hidden: `Ex-Okonkwo`, `Okonkwo-Led` and `Naomi-Era` kept it, as
    if `Ex`, `Led` and `Era` were names; a name joined to another name in the file stays that name's."""
    people = (
        '  - {name: Naomi Okonkwo, title: "Backfill For Ex-Okonkwo Role; Okonkwo-Led Integration; Naomi-Era"}\n'
        '  - {name: Jo Lee-Smith, title: "Lee-Smith and Lee"}\n'
        '  - {name: Ann Lee, title: "Lee-Smith, O\'Lee"}\n'
    )
    assert _titles(tmp_path, people) == [
        "Backfill For Ex-Person 01 Role; Person 01-Led Integration; Person 01-Era",
        "Person 02 and Person 03",
        "Person 02, O'Lee",
    ]


def test_a_given_name_that_is_a_word_of_titles_or_an_acronym_is_kept_as_that_word(tmp_path):
    """`Deep learning engineer, 15 min pager SLA` became `Person 03 learning engineer, 15 Person 02 pager SLA` and
    `(HIPAA, ADA)` `(HIPAA, Person 01)`: Deep and Min were no words, and a name's capitals were always hidden."""
    people = (
        "  - {name: Ada Obi, title: 'Compliance Lead (HIPAA, ADA)'}\n"
        "  - {name: Min Park, title: 'Deep learning engineer, 15 min pager SLA'}\n"
        "  - {name: Deep Shah, title: 'Dev tools; EMA and SAM'}\n"
        "  - {name: Dev Patel, title: 'Ada said; Deep, Dev: agreed with Min'}\n"
        "  - {name: Sam Ema Ito, title: REPORTS TO ADA}\n"
    )
    assert _titles(tmp_path, people) == [
        "Compliance Lead (HIPAA, ADA)",
        "Deep learning engineer, 15 min pager SLA",
        "Dev tools; EMA and SAM",
        "Person 01 said; Person 03, Person 04: agreed with Person 02",
        "REPORTS TO Person 01",  # a text in capitals writes names so
    ]


def test_a_name_in_lower_case_is_hidden_unless_it_is_a_word(tmp_path):
    """A name alone was found only as written or in capitals, so a reason typed in lower case kept it (`ask naomi`,
    `okonkwo says fine`); a name that is also a word (Will, Grace, Rose, Long) still leaves the word in lower case."""
    team = TEAM + "  - {name: Rose Long, title: ML Engineer}\n"
    path = _write(tmp_path, team, "ask naomi; okonkwo says fine; tobias too; grace period, will do, long-term rose bed")
    assert _reason(path) == (
        "ask Person 01; Person 01 says fine; Person 04 too; grace period, will do, long-term rose bed"
    )
    for fmt, text in _outputs(path, tmp_path).items():
        assert not re.search(r"naomi|okonkwo|tobias", text), fmt


WORDS_TEAM = """people:
  - {name: Deep Shah, title: "Deep Learning Lead"}
  - {name: Ada Obi, title: "Compliance Lead (HIPAA, ADA)"}
  - {name: Jo Li, title: "Registered Nurse, Li-ion pump fleet"}
  - {name: Bo Xu, title: "IT QA Analyst, ML and AI tools, reports to Bo"}
  - {name: Min Park, title: "Research Scientist; Deep will cover on-call"}
"""
WORDS_REASON = (
    "Deep covers on-call until March; Deep's team and Deep learning stay; ADA signed off, (HIPAA, ADA) stays; "
    "Jo leads, Li's team; Xu agrees; IT, QA, ML, AI, LI and li stay; Min and Deep agree"
)
WORDS_SHOWN = (
    "Person 01 covers on-call until March; Person 01's team and Deep learning stay; Person 02 signed off, "
    "(HIPAA, ADA) stays; Person 03 leads, Person 03's team; Person 04 agrees; IT, QA, ML, AI, LI and li stay; "
    "Person 05 and Person 01 agree"
)


def test_a_name_that_is_also_a_word_is_the_person_where_it_reads_as_one(tmp_path):
    """`Deep covers on-call` kept Deep (a word of titles before any word), `ADA signed off` kept Ada (an acronym's
    capitals in a text not all in capitals) and `Jo leads`, `Li's team` kept Jo Li (names of two letters were
    never found alone). What follows tells the person from the word: a verb of what people do, or `'s`."""
    path = _write(tmp_path, WORDS_TEAM, WORDS_REASON)
    assert _reason(path) == WORDS_SHOWN
    assert _titles(tmp_path, WORDS_TEAM.removeprefix("people:\n")) == [
        "Deep Learning Lead",
        "Compliance Lead (HIPAA, ADA)",
        "Registered Nurse, Li-ion pump fleet",
        "IT QA Analyst, ML and AI tools, reports to Person 04",
        "Research Scientist; Person 01 will cover on-call",
    ]
    leaked = re.compile(r"Deep (?:covers|will)|ADA signed|\bJo\b|Li's|\bBo\b|\bXu\b")
    for fmt, text in _outputs(path, tmp_path).items():
        assert leaked.findall(text) == [], fmt
    shown = run_cli("explain", path, "--redact", "Min Park")
    assert shown.code == 0, shown.stderr
    assert "Person 01 will cover on-call" in shown.stdout and "Deep will" not in shown.stdout


@pytest.mark.parametrize(
    ("team", "reason", "shown"),
    [
        # 2 + 1: Tanaka Yu. Read 1 + 2 (田 and 中優), 田中 was kept.
        ("  - {name: 田中優, title: Nurse}\n", "田中さんが担当, 優さん確認", "Person 01さんが担当, Person 01さん確認"),
        # 1 + 2: Mori Taro.
        ("  - {name: 森太郎, title: Nurse}\n", "森さん; 太郎 will do it", "Person 01さん; Person 01 will do it"),
        # 2 + 2: Sato Hanako; and a name the file spells apart found written without its space.
        ("  - {name: 佐藤花子, title: Nurse}\n", "佐藤 leads; 花子さん", "Person 01 leads; Person 01さん"),
        ("  - {name: 田中 太郎, title: Nurse}\n", "田中太郎 approved", "Person 01 approved"),
        # The file spells 田中 apart, so 田中優 is 田中 and 優, not also 田 and 中優 (a word of 中優... stays).
        (
            "  - {name: 田中 太郎, title: Nurse}\n  - {name: 田中優, title: Nurse}\n",
            "中優秀; 優さん",
            "中優秀; Person 02さん",
        ),
        # Han, then kana: Sato Yuki.
        ("  - {name: 佐藤ゆき, title: Nurse}\n", "ゆきさん, 佐藤さん", "Person 01さん, Person 01さん"),
    ],
    ids=["2+1", "1+2", "2+2", "spaced in the file", "family name from the file", "Han then kana"],
)
def test_a_japanese_name_written_without_its_space_is_found_by_its_parts(tmp_path, team, reason, shown):
    """A Han name of three characters was always split one and two, as a Chinese one is: `田中優` (Tanaka Yu) was 田
    and 中優, so `田中さん` was kept; one of Han and kana was not split at. The file's own spelling decides where
    one can (a family name it writes apart), else a name of three has the parts of both readings."""
    path = _write(tmp_path, "people:\n" + team, reason)
    assert _reason(path) == shown


def test_an_open_requisitions_name_hides_no_word_of_its_role(tmp_path):
    """The words of `Open req - Research Scientist` were found alone as a person's given names and surname, so the
    shipped example showed `Senior Person 13 Person 13` and `Data Person 13`, and a requisition named after its
    title, `Chief of Staff to Naomi Okonkwo`, made Naomi `[name]`, a name two people share. A requisition's name
    is found whole; its words alone only where they are neither its title's nor a requisition's (`Open`, `req`)."""
    titles = redacted_titles(EXAMPLES / "backwards.yaml")
    assert titles[1:3] == ["Senior Research Scientist", "Research Scientist, NLP"]
    assert "Data Scientist" in titles and not any("Person" in t for t in titles)
    team = (
        "people:\n  - {name: Naomi Okonkwo, title: Nurse}\n"
        "  - {name: Open req - Chief of Staff to Naomi Okonkwo, title: Chief of Staff to Naomi Okonkwo, status: open}\n"
        "  - {name: Ulrich Pemberton, title: ML Engineer, status: open}\n"
    )
    path = _write(
        tmp_path,
        team,
        "Naomi agrees; Chief of Staff hire; Pemberton accepted; open req - chief of staff to naomi okonkwo",
    )
    assert _reason(path) == "Person 01 agrees; Chief of Staff hire; Person 03 accepted; Person 02"
    report = tmp_path / "report.html"
    assert run_cli("report", EXAMPLES / "backwards.yaml", "--redact", "-o", report).code == 1
    assert "Senior Research Scientist" in report.read_text(encoding="utf-8")


def test_a_name_the_file_writes_in_capitals_or_lower_case_is_found_as_text_writes_it(tmp_path):
    """A name alone was found as the file wrote it, in capitals and in lower case, never with a capital: with `Jean
    DUPONT` (as French exports write surnames), `NAOMI OKONKWO` or `mary o'neil` in the file, `Dupont covers`,
    `Naomi leads` and `Mary covers` kept the names, and a name written all in lower case had no given name at all."""
    team = (
        "people:\n  - {name: Jean DUPONT, title: Nurse}\n  - {name: NAOMI OKONKWO, title: Nurse}\n"
        "  - {name: mary o'neil, title: Nurse}\n  - {name: Grace LONG, title: Nurse}\n"
        "  - {name: Bo XU, title: Nurse}\n  - {name: ADA OBI, title: Nurse}\n"
    )
    reason = (
        "Dupont covers; Naomi leads, Okonkwo's team; Mary and O'Neil agree; Long approved, long-term; Xu agrees; "
        "(HIPAA, ADA) stays, Ada said"
    )
    path = _write(tmp_path, team, reason)
    assert _reason(path) == (
        "Person 01 covers; Person 02 leads, Person 02's team; Person 03 and Person 03 agree; Person 04 approved, "
        "long-term; Person 05 agrees; (HIPAA, ADA) stays, Person 06 said"
    )
    for fmt, text in _outputs(path, tmp_path).items():
        assert not re.search(r"Dupont|Naomi|Okonkwo|Mary|O'Neil|Long approved|Xu|Ada said", text), fmt


@pytest.mark.parametrize(
    ("reason", "shown"),
    [
        ("ONeil approved; Oneil's team signed", "Person 01 approved; Person 01's team signed"),
        ("DSouza and Sean agree", "Person 02 and Person 01 agree"),
        ("O'Neil and D\u2019Souza agree", "Person 01 and Person 02 agree"),
        ("Neil and O stay words of no one", "Neil and O stay words of no one"),
    ],
)
def test_a_name_with_an_apostrophe_is_found_written_without_it(tmp_path, reason, shown):
    """A reviewer's find: `Sean O'Neil` in the file and `ONeil approved` in a suppression's reason kept `ONeil`."""
    team = (
        'people:\n  - {name: "Sean O\'Neil", title: Registered Nurse}\n'
        '  - {name: "Priya D\'Souza", title: ML Engineer}\n'
    )
    assert _reason(_write(tmp_path, team, reason)) == shown


_NAMES_AS_ONE_WORD = [
    # A Han name of five characters or more was found only whole: `長谷川さんが承認` showed 長谷川健太郎's family name
    # and `佐々木さん` 佐々木健太's (々 was no letter of the script), in the reason and in a title.
    (
        ("長谷川健太郎", "佐々木健太", "Research Scientist, 長谷川さんのチーム"),
        ("長谷川さんが承認; 佐々木さん同意; 健太郎 agrees", "Person 01さんが承認; Person 02さん同意; Person 01 agrees"),
        "Research Scientist, Person 01さんのチーム",
    ),
    # Review of 2026-12-03: a Han name of seven characters or more (a family name of five) and a Thai name written
    # without its space were found only whole: `勘解由小路さんが承認` and `สมชาย approved` showed a part of the name.
    (
        ("勘解由小路健太郎", "สมชายใจดี", "Nurse, คุณสมชาย ward"),
        (
            "勘解由小路さんが承認; สมชาย approved; ใจดี agrees",
            "Person 01さんが承認; Person 02 approved; Person 02 agrees",
        ),
        "Nurse, คุณPerson 02 ward",
    ),
]


@pytest.mark.parametrize(("people", "reason", "title"), _NAMES_AS_ONE_WORD, ids=repr)
def test_a_name_written_as_one_word_in_a_script_without_spaces_is_found_by_its_parts(tmp_path, people, reason, title):
    first, second, second_title = people
    team = (
        f"people:\n  - {{name: {first}, title: ML Engineer}}\n"
        f"  - {{name: {second}, title: {json.dumps(second_title, ensure_ascii=False)}}}\n"
    )
    path = _write(tmp_path, team, reason[0])
    assert _reason(path) == reason[1]
    doc = json.loads(run_cli("check", path, "--redact", "-f", "json").stdout)
    assert doc["people"][1]["title"] == title


def test_a_name_with_a_lone_mark_between_its_words_is_hidden(tmp_path):
    """`Ann ' Lee` (a stray apostrophe typed between the words) crashed `--redact` with an IndexError: the mark,
    unmarked, left an empty part of the name."""
    people = "  - {name: \"Ann ' Lee\", title: Lee's nurse reviewer}\n  - {name: Bo Chan, title: Nurse}\n"
    assert _titles(tmp_path, people) == ["Person 01's nurse reviewer", "Nurse"]


def test_a_name_written_as_a_handle_or_in_a_web_address_is_hidden(tmp_path):
    """A client hunting for names in a redacted report (2026-12-03) found `@alee`, `linkedin.com/in/annlee`,
    `github.com/zpark`, `AnnLee`, `ChenBo` and `DWhitfield` shown whole: a name joined into one word was no word of
    it. Joined names that spell a word stay where no `@` or `/` makes them a handle (`Mailing Clerk` beside a Mai
    Ling, `Award Coordinator` beside an Ann Ward)."""
    team = (
        "organization: Acme (linkedin.com/in/annlee)\n"
        "people:\n"
        "  - {name: Ann Lee, title: 'Nurse, cc @alee'}\n"
        "  - {name: Bo Chen, title: 'Research Scientist, ping @bo_chen or @boc'}\n"
        "  - {name: Zoe Park, title: 'Data Scientist, github.com/zpark'}\n"
        "  - {name: Dana Whitfield, title: 'Clinical Analyst, reports to DWhitfield'}\n"
        "  - {name: Mai Ling, title: Mailing Clerk}\n"
        "  - {name: Ann Ward, title: Award Coordinator}\n"
    )
    path = _write(tmp_path, team, "approved by AnnLee and ChenBo; see linkedin.com/in/zoepark", layer="compliance")
    assert _reason(path) == "approved by Person 01 and Person 02; see linkedin.com/in/Person 03"
    doc = redacted_report(path)
    assert doc["organization"] == "Acme (linkedin.com/in/Person 01)"
    assert [p["title"] for p in doc["people"]] == [
        "Nurse, cc @Person 01",
        "Research Scientist, ping @Person 02 or @Person 02",
        "Data Scientist, github.com/Person 03",
        "Clinical Analyst, reports to Person 04",
        "Mailing Clerk",
        "Award Coordinator",
    ]


def test_a_handle_is_made_of_the_names_words_not_its_courtesy_title_nor_a_requisitions_role(tmp_path):
    """An open requisition named after its candidate is found by handle as a person is (`@upemberton`); one named
    after its role makes no handle of it (`ResearchScientist` stays), and `Dr.` or `, RN` is no part of one."""
    people = (
        "  - {name: Ulrich Pemberton, title: ML Engineer, status: open}\n"
        "  - {name: 'Open req - Research Scientist', title: Research Scientist, status: open}\n"
        "  - {name: 'Dr. Owen Price', title: 'CMIO, @oprice'}\n"
        "  - {name: 'Aisha Bello, RN', title: 'Nurse, @abello or AishaBello'}\n"
        "  - {name: Ann Lee, title: 'Nurse, @upemberton, OpenReq, ResearchScientist'}\n"
    )
    assert _titles(tmp_path, people) == [
        "ML Engineer",
        "Research Scientist",
        "CMIO, @Person 03",
        "Nurse, @Person 04 or Person 04",
        "Nurse, @Person 01, OpenReq, ResearchScientist",
    ]


def test_credentials_after_a_name_are_no_parts_of_it(tmp_path):
    """`Siobhan Gallagher, BSN, RN, CCRN` made RN and BSN her names: `(RN, BSN)` in another's title was `(Person 01,
    Person 01)` and its evidence `credential Person 01 in title`."""
    team = tmp_path / "team.yaml"
    team.write_text(
        "people:\n"
        '  - {name: "Siobhan Gallagher, BSN, RN, CCRN", title: Nurse Informaticist}\n'
        '  - {name: "Dr. Ike Obi, MD, FACP, PhD", title: CMIO}\n'
        '  - {name: Dee Ford, title: "Clinical Nurse (RN, BSN, CCRN); MD, PhD, FACP; reports to Gallagher"}\n',
        encoding="utf-8",
    )
    person = json.loads(run_cli("check", team, "-f", "json", "--redact").stdout)["people"][2]
    assert person["title"] == "Clinical Nurse (RN, BSN, CCRN); MD, PhD, FACP; reports to Person 01"
    assert "credential RN in title" in person["evidence"]


def test_a_zero_width_space_inside_a_name_parts_its_words(tmp_path):
    """`Bo\\u200bChen` was one word, `BoChen`: `Bo Chen` and `Chen` in a title were shown."""
    team = tmp_path / "team.yaml"
    team.write_text(
        'people:\n  - {name: "Bo\\u200bChen", title: Analyst}\n'
        '  - {name: Al Ruiz, title: "Assistant to Bo Chen and Chen\'s team, BoChen"}\n',
        encoding="utf-8",
    )
    person = json.loads(run_cli("check", team, "-f", "json", "--redact").stdout)["people"][1]
    assert person["title"] == "Assistant to Person 01 and Person 01's team, Person 01"


PARTICLES = """\
organization: "Van der Berg & De Luca Clinic"
people:
  - {name: Pieter van der Berg, title: ML Engineer}
  - {name: Maria de la Cruz, title: Registered Nurse}
  - {name: Ahmad bin Ismail, title: HL7 Interface Engineer}
  - {name: Giulia De Luca, title: Data Scientist}
  - {name: Juan Del Rio, title: Research Scientist}
  - {name: Ann Ito, title: "Assistant to van der Berg; EA to de la Cruz; cc bin Ismail, @pvanderberg, Vanderberg"}
  - {name: Bo Lin, title: "De Novo Regulatory Specialist"}
  - {name: Cy Ray, title: "Jefe del Servicio de Cardiología"}
"""


def test_a_surname_with_particles_is_found_whole_and_its_particles_are_no_names_alone(tmp_path):
    """`Assistant to van der Person 01`, `cc bin Person 03`: the particles were left beside the pseudonym, saying
    whose name it was, and `@pvanderberg` was shown; a capitalised particle was a given name of its own, so with a
    Giulia De Luca and a Juan Del Rio in the file `De Novo Regulatory Specialist` read `Person 04 Novo Regulatory
    Specialist` and `Jefe del Servicio` `Jefe Person 05 Servicio`."""
    team = tmp_path / "team.yaml"
    team.write_text(PARTICLES, encoding="utf-8")
    doc = redacted_report(team)
    assert [person["title"] for person in doc["people"]][5:] == [
        "Assistant to Person 01; EA to Person 02; cc Person 03, @Person 01, Person 01",
        "De Novo Regulatory Specialist",
        "Jefe del Servicio de Cardiología",
    ]
    assert doc["organization"] == "Person 01 & Person 04 Clinic"


def test_a_surnames_words_between_its_particles_and_its_last_word_are_found_alone(tmp_path):
    """`Carmen approved` of a Maria del Carmen Lopez and `Cruz's team` of a Juan de la Cruz Ortega were shown: with
    the surname read from its first particle, only its last word was found alone (both were hidden before)."""
    people = (
        "  - {name: Maria del Carmen Lopez, title: Nurse}\n"
        "  - {name: Juan de la Cruz Ortega, title: Nurse}\n"
        '  - {name: Ann Lee, title: "Carmen approved; Cruz\'s team; Lopez, Ortega"}\n'
    )
    assert _titles(tmp_path, people)[2] == "Person 01 approved; Person 02's team; Person 01, Person 02"


def test_each_part_of_a_hyphenated_name_is_found_alone(tmp_path):
    """`Jones`, `Jean`, `Okafor` and `Mary` were shown: only the hyphenated name whole was found. A part that is a
    word of job titles stays the word in a title (`Grant Writer`)."""
    people = (
        "  - {name: Mary-Jane Smith-Jones, title: ML Engineer}\n"
        "  - {name: Jean-Luc Picard, title: Registered Nurse}\n"
        "  - {name: Rose Grant-Okafor, title: HL7 Interface Engineer}\n"
        '  - {name: Ann Ito, title: "Deputy to Jones; Jean\'s delegate; ex-Okafor team; Mary approved"}\n'
        "  - {name: Bo Lin, title: Grant Writer}\n"
    )
    assert _titles(tmp_path, people)[3:] == [
        "Deputy to Person 01; Person 02's delegate; ex-Person 03 team; Person 01 approved",
        "Grant Writer",
    ]


def test_an_id_is_found_with_its_letters_and_digits_apart_or_joined(tmp_path):
    """`E-12345`, `e 12345` and `EMP0042` were shown: the id was found only as written in the team file."""
    people = (
        "  - {name: Ann Lee, id: E12345, title: ML Engineer}\n"
        "  - {name: Bo Chen, id: EMP-0042, title: Registered Nurse}\n"
        '  - {name: Cy Ray, title: "Backup for E-12345 and e 12345; EMP0042 covers; ISO 13485"}\n'
    )
    assert _titles(tmp_path, people)[2] == "Backup for Person 01 and Person 01; Person 02 covers; ISO 13485"


def test_a_handle_run_into_a_suffix_or_an_initial_and_a_dot_is_hidden(tmp_path):
    """`a.lee`, `lee.a`, `alee_md`, `alee2` and `md.annlee` were shown whole: a handle was found only after `@` or
    `/` (`@alee`), though a suffix or a dot makes it no word. `alee` alone stays, as `award` and `award_2024` for an
    Ann Ward do (a word run into a suffix, as `mlops_platform` is), and so do a word with a suffix beside nobody's
    handle (`v2.1`, `HL7_v2`)."""
    people = (
        "  - {name: Ann Lee, title: 'Nurse, cc a.lee, lee.a, alee_md, alee2 or md.annlee'}\n"
        "  - {name: Ann Ward, title: 'Award Coordinator, alee and award_2024, HL7_v2 v2.1'}\n"
    )
    assert _titles(tmp_path, people) == [
        "Nurse, cc Person 01, Person 01, Person 01, Person 01 or Person 01",
        "Award Coordinator, alee and award_2024, HL7_v2 v2.1",
    ]


def test_a_particle_right_after_a_courtesy_title_begins_the_surname(tmp_path):
    """With a `Dr. De Luca` in the file, `De` was read as her given name and found alone: `De Novo filings` and `De
    facto lead` became `Person 01 Novo filings` and `Person 01 facto lead`. `De Luca` and `Luca` are hers."""
    people = (
        "  - {name: Dr. De Luca, title: 'Physician, MD'}\n"
        "  - {name: Marco Rossi, title: 'Engineer, De facto lead, De Novo filings, De Luca and Luca approve'}\n"
    )
    assert _titles(tmp_path, people)[1] == "Engineer, De facto lead, De Novo filings, Person 01 and Person 01 approve"


def test_a_candidate_whose_given_name_a_colleagues_title_holds_is_hidden(tmp_path):
    """`Offer - Priya Nair - Staff Nurse` beside a title holding `Priya` was read as a job (a word of the file's titles
    began it), so `Priya Nair`, `Nair` and `Priya` were shown everywhere. Her name is hers now; `Priya` alone, a word
    of the file's titles, is hers in a title where it is used as a name, as `Sales` is."""
    people = (
        "  - {name: Sam Ortiz, title: 'Oncology Nurse, Priya ward'}\n"
        "  - {name: Al Fox, title: 'Scheduler, Priya approves rotas'}\n"
        "  - {name: 'Offer - Priya Nair - Staff Nurse', title: Staff Nurse, status: open}\n"
        '  - {name: Jo Kent, title: "Backup for Nair; Priya Nair\'s mentor"}\n'
        "  - {name: Paola Bianchi, title: Infermiera Coordinatrice}\n"
        "  - {name: 'Offer - Infermiera Pediatrica - Nurse', title: Nurse, status: planned}\n"
    )
    assert _titles(tmp_path, people) == [
        "Oncology Nurse, Priya ward",
        "Scheduler, Person 03 approves rotas",
        "Staff Nurse",
        "Backup for Person 03; Person 03's mentor",
        "Infermiera Coordinatrice",
        "Nurse",
    ]


def test_initials_before_a_surname_that_is_no_word_are_a_handle_anywhere(tmp_path):
    """`jortiz`, `mjnunez` and `mjn_hl7` were shown in a client's 40-person trial: an initial joined to a surname was
    found only after `@` or `/`, and a name of several given names had no handle of their initials. Before a surname
    that is no word they spell no word; before one that is (`Ward`: `award`) they stay where no `@` is."""
    people = (
        "  - {name: Juan Ortiz, title: 'Nurse, jortiz'}\n"
        "  - {name: María José Núñez, title: 'HL7 Interface Engineer (mjnunez, mjn_hl7)'}\n"
        "  - {name: Ann Ward, title: 'Award Coordinator, award'}\n"
    )
    assert _titles(tmp_path, people) == [
        "Nurse, Person 01",
        "HL7 Interface Engineer (Person 02, Person 02)",
        "Award Coordinator, award",
    ]


def test_a_name_with_a_courtesy_title_or_credentials_is_found_whole_without_them(tmp_path):
    """`linkedin.com/in/amara-okafor-12345` was shown for a `Dr. Amara Okafor, MD` (each word, joined by a hyphen to
    the other, was read as part of another's name), `Amara Okafor` was `Person 01 Person 01`, and `ortizj`, a
    surname and an initial, was shown."""
    people = (
        "  - {name: 'Dr. Amara Okafor, MD', title: 'CMO, linkedin.com/in/amara-okafor-12345; Amara Okafor signs'}\n"
        "  - {name: Juan Ortiz, title: 'Nurse, ortizj'}\n"
    )
    assert _titles(tmp_path, people) == ["CMO, linkedin.com/in/Person 01-12345; Person 01 signs", "Nurse, Person 02"]


def test_a_handle_that_spells_a_word_of_titles_leaves_the_word(tmp_path):
    """A 40-person health-AI team file's titles read `Person 03, SOC 2 Type II` for `QA_Lead` (Lea Dubois: `lea` and
    `d`), `DevOps Engineer (Person 04, ...)` for `part_time` (Tim Evans), `Person 05 Integration Analyst` for
    `EDI_837` (Ed Ito), and `Clinical Person 07 Manager`, `Person 08 Coach`, `Person 10 Master` for `Trial`,
    `Agile`, `Scrum` (Tom Rial, Anna Gile, Sam Crum): a given name and a surname's initial run into a suffix, and a
    capitalised initial and surname, were hidden anywhere. Those handles are found after `@` or `/`, or as their
    people write them, in lower case (`jortiz`); the handles with the whole surname still run into a suffix
    (`alee_md`)."""
    people = (
        "  - {name: Lea Dubois, title: 'QA_Lead, SOC 2 Type II'}\n"
        "  - {name: Tim Evans, title: 'DevOps Engineer (part_time, 0.5 FTE)'}\n"
        "  - {name: Ed Ito, title: 'EDI_837 Integration Analyst, eito_2'}\n"
        "  - {name: Tom Rial, title: 'Clinical Trial Manager, trial_2, trialmaster, @trial'}\n"
        "  - {name: Anna Gile, title: 'Agile Coach, @agile'}\n"
        "  - {name: Sam Crum, title: 'Scrum Master'}\n"
        "  - {name: Juan Ortiz, title: 'Nurse, jortiz, jortiz_md'}\n"
    )
    assert _titles(tmp_path, people) == [
        "QA_Lead, SOC 2 Type II",
        "DevOps Engineer (part_time, 0.5 FTE)",
        "EDI_837 Integration Analyst, Person 03",
        "Clinical Trial Manager, trial_2, trialmaster, @Person 04",
        "Agile Coach, @Person 05",
        "Scrum Master",
        "Nurse, Person 07, Person 07",
    ]


# Handles and joined names that spell a word or none: a team file's people and a reason, as a redacted report shows it.
_SPELT = {
    # An initial joined to a surname that is no word was found anywhere in lower case, though it spelt a word of
    # English (`agile`, `scale` of Anna Gile and Sara Cale) or of this domain (`mlops` of Marco Lops): `agile scale-up`
    # read `Person 02 Person 01-up`. Found after `@` or `/`; one that spells no word still anywhere (`jortiz`).
    "handles that spell a word": (
        "  - {name: Sara Cale, title: Staff Nurse}\n  - {name: Anna Gile, title: Product Manager}\n"
        "  - {name: Marco Lops, title: ML Engineer}\n  - {name: Tim Rust, title: Security Engineer}\n"
        "  - {name: Juan Ortiz, title: 'HL7 Interface Analyst'}\n",
        "agile scale-up; mlops_platform and MLOps; trust and safety; cc @scale, @agile, jortiz, mlops",
        "agile scale-up; mlops_platform and MLOps; trust and safety; cc @Person 01, @Person 02, Person 05, mlops",
    ),
    # `ask zhangwei` and `priyaraghunathan's deck` were shown: a name's words joined were found only after `@` or
    # `/`, lest two names spell a word (Mai Ling's `mailing`); found anywhere now but where they do (lexicon.py).
    "full names joined": (
        "  - {name: Wei Zhang, title: ML Engineer}\n  - {name: Priya Raghunathan, title: CEO}\n"
        "  - {name: Mai Ling, title: Staff Nurse}\n",
        "ask zhangwei or weizhang; priyaraghunathan's deck; mailing list",
        "ask Person 01 or Person 01; Person 02's deck; mailing list",
    ),
    # `Zhangwei approved` and `Priyaraghunathan's deck` were shown: a name joined begins a sentence with a capital as
    # often as any name does, and spells no word for it (`Mailing list` stays).
    "full names joined, with a capital": (
        "  - {name: Wei Zhang, title: ML Engineer}\n  - {name: Priya Raghunathan, title: CEO}\n"
        "  - {name: Mai Ling, title: Staff Nurse}\n",
        "Zhangwei approved; Weizhang too. Priyaraghunathan's deck. Mailing list",
        "Person 01 approved; Person 01 too. Person 02's deck. Mailing list",
    ),
    # `ask liwei`, `xuming` and `yuchen said` were shown: a name of two letters (Li, Xu, Yu: most Chinese surnames)
    # joined to another was found only after `@` or `/`; found anywhere now, of five letters or more, as the lexicon
    # knows no shorter word (Al Most's `almost` stays).
    "full names joined, one of two letters": (
        "  - {name: Wei Li, title: ML Engineer}\n  - {name: Xu Ming, title: Designer}\n"
        "  - {name: Yu Chen, title: Designer}\n  - {name: Al Most, title: Staff Nurse}\n",
        "ask liwei or weili; xuming and Mingxu; yuchen said; almost done",
        "ask Person 01 or Person 01; Person 02 and Person 02; Person 03 said; almost done",
    ),
}


@pytest.mark.parametrize("case", list(_SPELT))
def test_a_name_joined_is_found_unless_it_spells_a_word(tmp_path, case):
    """With Faker's names paired, words hidden in 8,616 titles and 8,390 skills and background lines of
    `benchmarks/data` went from 67 in 66 and 244 to 67 in 66 and 234 (`cross` no more): name_false_positives.py."""
    people, reason, shown = _SPELT[case]
    assert redacted_reason(tmp_path, people, reason, layer="compliance") == shown


def test_a_hyphenated_surname_is_found_written_without_its_hyphen(tmp_path):
    """The startup-40 attack's reason showed `alhashimi` and `AlHashimi` of a Fatima Al-Hashimi, as a reason typed in
    haste writes her surname (a name without its apostrophe, `ONeil`, was found already)."""
    people = "  - {name: Fatima Al-Hashimi, title: Privacy Officer}\n  - {name: Sean O'Neil, title: Staff Nurse}\n"
    reason = "AlHashimi and ONeil agreed; cc alhashimi; self-serve check-in"
    shown = "Person 01 and Person 02 agreed; cc Person 01; self-serve check-in"
    assert redacted_reason(tmp_path, people, reason) == shown


def test_a_handle_that_spells_a_word_with_accents_leaves_the_word(tmp_path):
    """With an Emma Sant in the file, `Chef de projet e-santé` read `Chef de projet e-Person 01` and `Ingénieure santé
    numérique` `Ingénieure Person 01 numérique`: `sante` (her surname and initial) was looked up in the lexicon as
    names are folded, without accents, and the lexicon held the word only as `santé`. `@sante` is still her handle."""
    people = (
        "  - {name: Emma Sant, title: 'Staff Nurse, @sante'}\n"
        "  - {name: Luc Martin, title: 'Chef de projet e-santé'}\n"
        "  - {name: Lea Roux, title: 'Ingénieure santé numérique'}\n"
    )
    assert _titles(tmp_path, people) == [
        "Staff Nurse, @Person 01",
        "Chef de projet e-santé",
        "Ingénieure santé numérique",
    ]


def test_a_name_run_into_a_credential_a_number_or_a_capital_is_found(tmp_path):
    """A handle of one name and a credential (`alhashimi_md`, `okonkwo_rn`, `mensah_phd`), a number (`alhashimi2`) or a
    capital (`AlHashimiRN`, `okonkwoRN`), a surname with its particles in short (`vdBerg`, `pvdberg` for a Pieter van
    den Berg) and an id spelt out (`Employee 4213` for `E4213`, `Employee 0042` for `EMP-0042`) were shown whole:
    only a handle of two names was found run into more. A part of five letters or more that is no word is found in
    any such run; what spells a word or holds none stays (`mlops_platform`, `QA_Lead`, `HealthShare_v2`)."""
    people = (
        "  - {name: Fatima Al-Hashimi, id: F17, title: Privacy Officer}\n"
        "  - {name: Pieter van den Berg, title: Quality Engineer}\n"
        "  - {name: Ngozi Okonkwo, id: EMP-0042, title: Staff Nurse}\n"
        "  - {name: Kwame Mensah, id: E4213, title: Software Engineer}\n"
        "  - {name: Marco Lops, title: MLOps Engineer}\n"
        "  - {name: Lea Dubois, title: QA Lead}\n"
    )
    reason = (
        "alhashimi_md; dr_alhashimi; alhashimi2; AlHashimiRN; vdBerg; pvdberg; p.vdberg; VanDenBerg; okonkwo_rn;"
        " okonkwoRN; mensah_phd; Employee 4213; Employee 0042; mlops_platform; QA_Lead; HealthShare_v2; EDI_837"
    )
    assert redacted_reason(tmp_path, people, reason) == (
        "Person 01; Person 01; Person 01; Person 01; Person 02; Person 02; Person 02; Person 02; Person 03;"
        " Person 03; Person 04; Person 04; [id]; mlops_platform; QA_Lead; HealthShare_v2; EDI_837"
    )


def test_initials_spell_no_short_word_of_a_reason(tmp_path):
    """A Korean name's handles (`jhpark`, `jihoonpark` for Park Ji-hoon) were also made for a given name and a
    double-barrelled surname (Omar Park-Ryu: `pro`; Ann Smith-Lee: `sla`), and several initials with a surname that is
    a word made a short handle found anywhere (John Paul Gray's `jpg`, Anna Maria Long's `aml`): `the pro team`,
    `breach of our sla`, `send the jpg` and `aml screening` each read `Person NN`. A handle with the whole surname
    stays found (`jpgray`, `jhpark`)."""
    people = (
        "  - {name: Omar Park-Ryu, title: Product Manager}\n"
        "  - {name: Ann Smith-Lee, title: Staff Nurse}\n"
        "  - {name: John Paul Gray, title: Data Engineer}\n"
        "  - {name: Anna Maria Long, title: Compliance Analyst}\n"
        "  - {name: Park Ji-hoon, title: ML Engineer}\n"
        "  - {name: Choi Seo-Yeon, title: Data Engineer}\n"
    )
    reason = (
        "the pro team; breach of our sla; send the jpg; aml screening; ask jpgray; amlong; jhpark; jihoonpark; sychoi"
    )
    assert redacted_reason(tmp_path, people, reason) == (
        "the pro team; breach of our sla; send the jpg; aml screening; ask Person 03; Person 04; Person 05; Person 05;"
        " Person 06"
    )


def test_a_hyphenated_name_run_into_a_credential_is_found_whole(tmp_path):
    """A name written as a web address writes it (`van-den-berg`, `al-hashimi`, `amara-okafor`) and run into a
    credential or a number was shown whole (`van-den-berg_md`) or by its first part (`al-Person 01`, `amara-Person
    03`), as a run ended at a hyphen; a name hyphened to a word or a number with nothing run into it stays as it was
    (`Okafor-led`: `Person 03-led`)."""
    people = (
        "  - {name: Fatima Al-Hashimi, title: Privacy Officer}\n"
        "  - {name: Pieter van den Berg, title: Quality Engineer}\n"
        "  - {name: Amara Okafor, title: Staff Nurse}\n"
    )
    reason = (
        "al-hashimi_md; AL-HASHIMI_MD; van-den-berg_md; dr.al-hashimi; amara-okafor_rn; amara-okafor2; Okafor-led;"
        " al-hashimi-2024"
    )
    assert redacted_reason(tmp_path, people, reason) == (
        "Person 01; Person 01; Person 02; Person 01; Person 03; Person 03; Person 03-led; Person 01-2024"
    )


def test_a_name_the_benchmark_texts_hold_is_no_word_of_the_lexicon(tmp_path):
    """`okafor` was a word of the shipped lexicon, as two probe titles of benchmarks/data name a `Dr. Okafor`, so a
    handle of Grace Okafor's name and a credential or a number (`Okafor_RN`, `okafor2`) was shown beside her
    (build_lexicon.py leaves out the names of people those texts hold)."""
    people = "  - {name: Grace Okafor, title: Staff Nurse}\n  - {name: Ann Lee, title: ML Engineer}\n"
    reason = "Okafor_RN; okafor2; okafor_rn signed; grace_period; mlops_platform"
    assert (
        redacted_reason(tmp_path, people, reason)
        == "Person 01; Person 01; Person 01 signed; grace_period; mlops_platform"
    )


def test_a_surname_that_is_a_word_run_into_a_credential_is_found(tmp_path):
    """A surname that is an English word (Gray, Long, Cook, Mason) or of fewer than five letters (Chen) run into a
    credential after it or a courtesy title before it (`gray_md`, `GrayRN`, `dr.long`, `chen_md`) was shown: only a
    part of five letters or more that is no word was found in a run. The word run into anything else stays
    (`gray_area`, `long_term`, `long_ms`, `cook2`, `mason_jar`)."""
    people = (
        "  - {name: Tom Gray, title: 'Data Engineer (gray_md)'}\n"
        "  - {name: Ana Long, title: 'Nurse Informaticist, long_rn'}\n"
        "  - {name: Ben Cook, title: Software Engineer}\n"
        "  - {name: Joe Mason, title: Data Scientist}\n"
        "  - {name: Wei Chen, title: ML Engineer}\n"
    )
    reason = (
        "gray_md; Gray_MD; GrayRN; dr.long; cook_phd; mason.md; chen_md; Dr_Chen;"
        " gray_area; long_term; long_ms; cook2; mason_jar; a gray zone"
    )
    assert redacted_reason(tmp_path, people, reason) == (
        "Person 01; Person 01; Person 01; Person 02; Person 03; Person 04; Person 05; Person 05;"
        " gray_area; long_term; long_ms; cook2; mason_jar; a gray zone"
    )
    assert redacted_titles(tmp_path / "team.yaml")[:2] == [
        "Data Engineer (Person 01)",
        "Nurse Informaticist, Person 02",
    ]


def test_a_name_with_an_apostrophe_run_into_a_handle_is_found(tmp_path):
    """A name with an apostrophe run into a credential or a number (`O'Connor_RN`, `O’Connor_RN`, `O'Connor2`) was
    shown, as a run of a handle ended at the apostrophe; a possessive is still the name's (`O'Connor's deck`), and a
    word with an apostrophe run into more stays (`it's_ok`, `don't_2`)."""
    people = '  - {name: "Aoife O\'Connor", title: Staff Nurse}\n  - {name: Ann Lee, title: ML Engineer}\n'
    reason = (
        "O'Connor_RN; o'connor_rn; O\u2019Connor_RN; O'Connor2; o.connor; oconnor_md; O'Connor's deck; it's_ok; don't_2"
    )
    assert redacted_reason(tmp_path, people, reason) == (
        "Person 01; Person 01; Person 01; Person 01; Person 01; Person 01; Person 01's deck; it's_ok; don't_2"
    )


def test_a_slavic_surname_is_found_in_its_other_forms(tmp_path):
    """`Integration Engineer (Petrova team)` kept a Petrov's name: a Slavic surname takes its bearer's sex and the
    sentence's case (`Petrova`, `Petrovu`, `Kowalska`, `Kowalskiego`, `Kowalskim`, `Nováková`, `Nowakowi`), and each
    was shown; with an Anna Ivanova and an Oleg Ivanov both in the file, `Ivanova` is hers and `Ivanov` his, and
    other words and names stay (`Nova`, `Petrovich`, a patronymic, `Park`)."""
    people = (
        '  - {name: Ivan Petrov, title: "Integration Engineer (Petrova team)"}\n'
        "  - {name: Jan Kowalski, title: Analyst}\n"
        "  - {name: Petr Novák, title: Designer}\n"
        "  - {name: Anna Ivanova, title: QA Engineer}\n"
        "  - {name: Oleg Ivanov, title: QA Engineer}\n"
        "  - {name: Ewa Nowak, title: Nurse}\n"
    )
    reason = (
        "ask Petrovu or PETROVA; Kowalska team, ask Kowalskiego, with Kowalskim; Nováková signs; Nowakowi sent;"
        " Ivanova and Ivanov agree; Nova team; Petrovich Street; Park Avenue"
    )
    path = _write(tmp_path, "people:\n" + people, reason, layer="compliance")
    assert _reason(path) == (
        "ask Person 01 or Person 01; Person 02 team, ask Person 02, with Person 02; Person 03 signs; Person 06 sent;"
        " Person 04 and Person 05 agree; Nova team; Petrovich Street; Park Avenue"
    )
    assert redacted_titles(path)[0] == "Integration Engineer (Person 01 team)"


def test_a_double_barrelled_surname_is_hidden_whole(tmp_path):
    """`Nurse (formerly Liam O'Brien-Walsh)` read `Nurse (formerly Person 01-Walsh)` beside a Liam O'Brien: the rest of
    a double-barrelled surname showed; and with a Mary Walsh in the file too, `O'Brien-Walsh` and `Lee-Walsh` showed
    whole (a name joined by a hyphen to another's was neither's). A word joined so stays (`Ex-`, `-Led`, `-Era`,
    `-ML`, `-led`)."""
    people = (
        '  - {name: "Liam O\'Brien", title: "Nurse (formerly Liam O\'Brien-Walsh)"}\n'
        "  - {name: Ann Lee, title: Analyst}\n"
    )
    team = tmp_path / "team.yaml"
    team.write_text("people:\n" + people, encoding="utf-8")
    assert redacted_titles(team)[0] == "Nurse (formerly Person 01)"
    people += "  - {name: Mary Walsh, title: Nurse}\n"
    reason = "O'Brien-Walsh; Walsh-Brandt; Lee-Walsh; Ex-Lee; Lee-Led; Lee-Era; Lee-ML; Lee-led; O'Lee; Lee-Smith"
    assert redacted_reason(tmp_path, people, reason, layer="compliance") == (
        "Person 01; Person 03; Person 02; Ex-Person 02; Person 02-Led; Person 02-Era; Person 02-ML; Person 02-led;"
        " O'Lee; Person 02"
    )
