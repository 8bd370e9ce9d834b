"""Words that name no one in a redacted report, beside people whose names spell part of them: each was hidden at the
start of session redact7 (a place a surname spells, a Korean given name's syllable, a count after `CRM`, a time after
`staff`, a name inside an O'Connor), or, for O'Dea's `odea2`, shown."""

from __future__ import annotations

import json

from conftest import redacted_reason, redacted_titles

PEOPLE = (
    "  - {name: Sam Houston, title: ML Engineer}\n"
    "  - {name: Ana Park, title: Staff Nurse}\n"
    '  - {name: "Aoife O\'Dea", title: "Staff Nurse (odea2)"}\n'
    "  - {name: Min Seo-jun, title: Deep Learning Engineer}\n"
    "  - {name: Liam Connor, title: Sales Engineer}\n"
)


def test_a_surname_that_is_a_word_or_a_place_is_kept_where_it_begins_a_term(tmp_path):
    """`Houston Methodist` (a hospital) read `Person 01 Methodist` beside a Sam Houston, `Park Avenue` `Person 02
    Avenue`; the surname alone, before a verb, in a possessive, before `and` or a lab, or before a word in lower
    case, is still the person's."""
    reason = (
        "ex Houston Methodist; Park Avenue site; Houston approved; Houston's deck; Park and Houston agree;"
        " Park Lab; Houston office; HOUSTON signs"
    )
    assert redacted_reason(tmp_path, PEOPLE, reason) == (
        "ex Houston Methodist; Park Avenue site; Person 01 approved; Person 01's deck; Person 02 and Person 01 agree;"
        " Person 02 Lab; Person 01 office; Person 01 signs"
    )


def test_a_surname_that_is_a_word_or_a_place_begins_only_a_term_of_a_place_an_institution_or_a_job(tmp_path):
    """Any capitalised word that named no one after a Sam Houston or an Ana Park began a term, so `Houston Review
    Board said no`, `Ask Houston Tomorrow`, `Escalate To Houston Today`, `Houston Sagt nein` (German capitalises its
    nouns), `Houston Partners Clinic`, `Houston Team` and, in a title, `Backup for Park Tomorrow` showed the name; a
    street, a place, an institution (`Park Avenue`, `Houston Methodist`) and, in a title, a job (`Park Manager`)
    still begin one."""
    reason = (
        "Houston Review Board said no; Ask Houston Tomorrow; Escalate To Houston Today; Houston Sagt nein;"
        " Houston Partners Clinic; Houston Team; ex Houston Methodist; Park Avenue site; Houston Medical Center"
    )
    assert redacted_reason(tmp_path, PEOPLE, reason) == (
        "Person 01 Review Board said no; Ask Person 01 Tomorrow; Escalate To Person 01 Today; Person 01 Sagt nein;"
        " Person 01 Partners Clinic; Person 01 Team; ex Houston Methodist; Park Avenue site; Houston Medical Center"
    )
    team = tmp_path / "team.yaml"
    titles = ["Backup for Park Tomorrow", "Nurse (Houston Team)", "Park Manager", "Scribe, Houston Methodist"]
    people = PEOPLE + "".join(f"  - {{name: Bo Qx{n}, title: {json.dumps(title)}}}\n" for n, title in enumerate(titles))
    team.write_text("people:\n" + people, encoding="utf-8")
    assert redacted_titles(team)[-4:] == [
        "Backup for Person 02 Tomorrow",
        "Nurse (Person 01 Team)",
        "Park Manager",
        "Scribe, Houston Methodist",
    ]


def test_a_given_name_that_is_a_word_begins_only_a_listed_term(tmp_path):
    """Any capitalised word that named no one after a Will Ortiz or a Grace Kim began a term, so `Ask Will Tomorrow`,
    `Grace Sagt nein` (German capitalises its nouns), `Escalate To Grace Today`, `Will Review Board said no` and, in a
    title, `Backup for Will Tomorrow` showed the name, as a surname's did until it began only a listed term; a term of
    a time, a place or an institution (`Grace Period`, `Will Rotation`, `Grace Hospital`) and, in a title, a job
    (`Will Rotation Coordinator`) are still kept, as are the words in lower case (`will Review`)."""
    people = "  - {name: Will Ortiz, title: ML Engineer}\n  - {name: Grace Kim, title: Staff Nurse}\n"
    reason = (
        "Ask Will Tomorrow; Grace Sagt nein; Escalate To Grace Today; Will Review Board said no;"
        " Grace Period ends; Will Rotation; Grace Hospital; we will Review"
    )
    assert redacted_reason(tmp_path, people, reason) == (
        "Ask Person 01 Tomorrow; Person 02 Sagt nein; Escalate To Person 02 Today; Person 01 Review Board said no;"
        " Grace Period ends; Will Rotation; Grace Hospital; we will Review"
    )
    team = tmp_path / "team.yaml"
    titles = ["Backup for Will Tomorrow", "Will Rotation Coordinator", "Nurse (Grace Team)"]
    more = "".join(f"  - {{name: Bo Qx{n}, title: {json.dumps(title)}}}\n" for n, title in enumerate(titles))
    team.write_text("people:\n" + people + more, encoding="utf-8")
    assert redacted_titles(team)[-3:] == [
        "Backup for Person 01 Tomorrow",
        "Will Rotation Coordinator",
        "Nurse (Person 02 Team)",
    ]


def test_a_hyphened_korean_given_name_is_one_name(tmp_path):
    """`call Seo-yeon` read `call Person 04-yeon` beside a Min Seo-jun, whose `Seo` was found alone; her given name
    whole, and her handle, are still hers."""
    reason = "call Seo-yeon; Seo-jun approved; Seo approved; ask Min Seo-jun"
    assert redacted_reason(tmp_path, PEOPLE, reason) == (
        "call Seo-yeon; Person 04 approved; Seo approved; ask Person 04"
    )


def test_a_name_after_o_and_an_apostrophe_is_not_the_name_alone(tmp_path):
    """`O'Connor_RN` read `Person 05` beside a Liam Connor: the run of a handle holds `Connor`, but as the rest of an
    O'Connor; `connor_rn` is his."""
    reason = "O'Connor_RN covers; O'Connor2; connor_rn; Connor_RN"
    assert redacted_reason(tmp_path, PEOPLE, reason) == "O'Connor_RN covers; O'Connor2; Person 05; Person 05"


def test_an_apostrophe_name_of_four_letters_run_into_a_number_is_found(tmp_path):
    """O'Dea's handle `odea2` (and `O'Dea2`, `odea_rn`) was shown: four letters were too few for a handle of one name,
    as `cook2` is the word; an apostrophe name spells no word."""
    reason = "odea2 and O'Dea2 cover; odea_rn; cook2"
    assert redacted_reason(tmp_path, PEOPLE, reason) == "Person 03 and Person 03 cover; Person 03; cook2"
    assert redacted_titles(tmp_path / "team.yaml")[2] == "Staff Nurse (Person 03)"


def test_a_count_after_crm_and_a_time_after_staff_are_kept(tmp_path):
    """`CRM 1500 accounts` read `[licence] accounts` (Brazil's CRM marks a doctor's licence), `staff 0800 huddle`
    `[id] huddle` (an employee number padded with zeros); the licence and the id are still hidden."""
    reason = (
        "CRM 1500 accounts; CRM 2,000 users; staff 0800 huddle; staff 0700-1900 shift;"
        " CRM-SP 123456; CRM 123456; crm 12345 expires; Employee 0042; staff 0800"
    )
    assert redacted_reason(tmp_path, PEOPLE, reason) == (
        "CRM 1500 accounts; CRM 2,000 users; staff 0800 huddle; staff 0700-1900 shift;"
        " [licence]; [licence]; [licence] expires; [id]; [id]"
    )


def test_a_licence_after_crm_before_another_plural_is_hidden(tmp_path):
    """`CRM 123456 details attached` and `CRM 52123 renewals` showed a Brazilian doctor's licence: any plural in lower
    case after the number read as what a customer relationship manager counts. A count of what it holds stays."""
    reason = "CRM 123456 details attached; CRM 52123 renewals; CRM 1500 accounts; CRM 300 leads; CRM 2,000 users"
    assert redacted_reason(tmp_path, PEOPLE, reason) == (
        "[licence] details attached; [licence] renewals; CRM 1500 accounts; CRM 300 leads; CRM 2,000 users"
    )
