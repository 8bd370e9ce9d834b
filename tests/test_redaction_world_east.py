"""A 40-person health-AI team across Bengaluru, Hanoi, Shanghai, Hong Kong, Tokyo, Istanbul, Addis Ababa and Manila
(tests/data/world-east-40.yaml: South Asian, Vietnamese, Chinese, Cantonese, Japanese, Turkish, Ethiopian and Filipino
names, their notes, handles, addresses, national ids, home towns, ages and pay), with three suppressions whose reasons
are notes typed in haste: no format of a redacted report may show any of it, and no word that names no one may be
hidden. Each title and reason is written below as it must be shown: what it hides and what it keeps."""

from __future__ import annotations

import json
import re

import pytest

from conftest import ROOT, redacted_reason, redacted_titles, run_cli
from teamaudit.render import Format

TEAM = ROOT / "tests" / "data" / "world-east-40.yaml"
REASONS = {  # whom each suppression of TA005 is of, and its reason
    "Meron Alemayehu": (
        "Per Dr. Nguyen and Raghunathan: backfill for Dr. Nguyen until Q2; reports to Priya; ask Zhang Wei or"
        " Tanaka-san (zhang.wei@tarang.example, linkedin.com/in/ayse-yilmaz-0a1b2c, github.com/tranvanminh);"
        " Yilmaz's deputy Celik signs; Emre'nin ekibi and Dogan cover; Ato Dawit and W/ro Selamawit agree; Ka-yan and"
        " Kelvin to review"
    ),
    "Emre Öztürk": (
        "home town Bahir Dar; age 41; offer ₹18 LPA, VND 45,000,000, TRY 85.000 and PHP 120,000; EMP-IN-0117; call"
        " +84 912 345 678; Ho Chi Minh City and Hong Kong sites; HA and LAN upgrades; Deep Learning guild; Santa Cruz"
        " client; ms. dela cruz; OZTURK; Sahin and Sato approved; Bao and Tung; Mei Ling signs; Lan's team"
    ),
    "Sandeep Kumar Reddy": (
        "Venkatesh (29, M) and Ayşe (31, F); CTC 24L; 年収800万円 for Kenji; 月薪3.5万; lương 15 triệu; 35,000 TL;"
        " Php 45,000; Birr 20,000; Tk 50,000; Rs. 1.2 Cr; 29 tuổi; 34 yaşında; 29歳; call +90 532 123 45 67 or"
        " 0917 123 4567; TL 5 people; RM 3 risks; 10万 users; PHP 7.4 upgrade"
    ),
}
SHOWN_REASONS = [
    "[home town]; [age]; offer [amount], [amount], [amount] and [amount]; [id]; call [phone]; Ho Chi Minh City and"
    " Hong Kong sites; HA and LAN upgrades; Deep Learning guild; Santa Cruz client; ms. Person 38; Person 31;"
    " Person 32 and Person 26 approved; Person 13 and Person 15; Person 24 Person 24 signs; Person 11's team",
    "Per Dr. Person 11 and Person 02: backfill for Dr. Person 11 until Q2; reports to Person 02; ask Person 16 or"
    " Person 25-san ([e-mail], linkedin.com/in/Person 29, github.com/Person 12); Person 29's deputy Person 30 signs;"
    " Person 31'nin ekibi and Person 33 cover; Ato Person 34 and W/ro Person 35 agree; Person 22 and Person 23 to"
    " review",
    "Person 03 [age] and Person 29 [age]; CTC [amount]; 年収[amount] for Person 27; 月薪[amount]; lương [amount];"
    " [amount]; [amount]; [amount]; [amount]; [amount]; [age]; [age]; [age]; call [phone] or [phone]; TL 5 people;"
    " RM 3 risks; 10万 users; PHP 7.4 upgrade",
]
# Every part of a name, handle, address, id, home town, age and figure of pay the file or the reasons hold.
SECRETS = re.compile(
    r"(?<![\w-])(?:Arjun|Mehta|Priya|Raghunathan|Venkatesh|Subramanian|vsubramanian|Sandeep|Reddy|sandeepreddy"
    r"|Lakshmi|Narayanan|Coimbatore|Tahmina|Akter|Dilini|Perera|Muhammad|Tariq|Anjali|Deshpande|Nguyễn|Nguyen|Rahul"
    r"|Sharma|Lan|Thị|Trần|Tran|tranvanminh|(?<!Chi )Minh|Phạm|Pham|Quốc|Bảo|Bao|Hà|Võ|Thanh|Tùng|Tung|Zhang"
    r"|zhangwei88|zhang\.wei|Liu|Yang|Wang|Xiuying|Chen|Jing|Xiaoming|xiaomingli|Chan|Tai Man|Wong|Ka-yan|Kelvin"
    r"|Cheung|Ho-yin|Lau|Mei|Ling|Yuki|Tanaka|Haruto|Satō|Sato|Kenji|Watanabe|Ōno|Ono|Shōhei|Shohei|Ayşe|Ayse|ayse"
    r"|Yılmaz|Yilmaz|yilmaz|YILMAZ|Mehmet|Çelik|Celik|Emre|Öztürk|Ozturk|OZTURK|Zeynep|Şahin|Sahin|İbrahim|Ibrahim"
    r"|Doğan|Dogan|Dawit|Bekele|Selamawit|Tesfaye|Haile|Meron|Alemayehu|ሄኖክ|ገብሩ|Maria|Cristina|dela|(?<!Santa )Cruz"
    r"|cruz|Jose|Miguel|Santos|jm\.santos|Luisa|Reyes|Bautista|Cebu|Bahir Dar"
    r"|(?:IN|BD|LK|PK|VN|CN|HK|JP|TR|PH|ET)-0[1-8][0-9]{2})(?![\w])"
    r"|EMP-IN|77 123 4567|35202-|24,00,000|age 29|age 34|age 41|0912 345|912 345 678|45\.000\.000|45,000,000"
    r"|138 0013|11010519491231002X|35,000|A123456|9123 4567|1234 5678 9012|8,500,000|85\.000|12345678950|TR33"
    r"|91 123 4567|45,000|95,000|120,000|34-1234567|18 LPA|32 LPA|\(29|\(31|24L|800万|3\.5万|15 triệu|35,000|20,000"
    r"|50,000|1\.2 Cr|29 tuổi|34 yaşında|29歳|532 123|917 123"
)
TITLES = [
    "CEO & Co-founder (linkedin.com/in/Person 01)",
    "Chief Product Officer (reports to Person 01; [e-mail])",
    "Staff ML Engineer, [amount] (Person 03)",
    "Data Engineer (github.com/Person 04)",
    "Clinical Pharmacist, PharmD ([home town])",
    "Medical Coder, CPC (employee id [id])",
    "Nurse Educator, RN ([phone])",
    "Compliance Officer ([id])",
    "Clinical Informaticist (backfill for Dr. Person 11)",
    "Sales Engineer, [amount] CTC; [age]",
    "Physician Lead, MD ([e-mail])",
    "Backend Engineer (Zalo [phone])",
    "QA Engineer, lương [amount]/tháng",
    "Data Annotation Lead (chị Person 14; HA cluster on-call)",
    "Mobile Engineer, Ho Chi Minh City office",
    "Research Scientist, NLP (Person 16)",
    "ML Engineer ([phone])",
    "Regulatory Affairs Manager, NMPA ([id])",
    "Clinical Data Manager, [amount]/月",
    "DevOps Engineer (github.com/Person 20)",
    "Operations Manager (LAN/Wi-Fi)",
    "UX Researcher (Person 22, HKID [id])",
    "Integration Analyst, HL7 ([e-mail])",
    "Nurse Manager, RN (WhatsApp [phone])",
    "Product Designer (Person 25-san owns Figma)",
    "Clinical Research Coordinator (Person 26-sensei's team)",
    "Head of Quality, ISO 13485 ([id])",
    "Embedded Engineer, [amount]/年",
    "Data Scientist ([e-mail]; Person 29 on-call)",
    "Site Reliability Engineer, [amount] brüt",
    "Biomedical Engineer ([id])",
    "Regulatory Specialist, TİTCK (Person 32 Hanım approves)",
    "Hospital Partnerships Manager (IBAN [id])",
    "Software Engineer (Ato Person 34; [phone])",
    "Midwife Lead (W/ro Person 35, [age])",
    "Health Economist ([amount] per month)",
    "Clinical Liaison (Person 37 ይመራል)",
    "Medical Transcriptionist Lead (Ms. Person 38; [amount]/mo)",
    "Customer Success Manager (Person 39; [amount] monthly)",
    "HR Generalist ([id]; [home town])",
]
# What names no one, each of which a name in the file spells part of (Minh, Cruz, Lan, Hà) or a rule might take for
# a person's (a place, a currency's letters, a standard's number).
KEPT = [
    "Ho Chi Minh City office", "Ho Chi Minh City and Hong Kong sites", "Santa Cruz client", "HA cluster on-call",
    "HA and LAN upgrades", "LAN/Wi-Fi", "Deep Learning guild", "ISO 13485", "TİTCK", "NMPA", "HL7", "PharmD", "CPC",
    "Figma", "Zalo", "WhatsApp", "Hanım approves", "until Q2", "TL 5 people", "RM 3 risks", "10万 users",
    "PHP 7.4 upgrade",
]  # fmt: skip


def redacted(tmp_path, fmt: str) -> str:
    """`check world-east-40.yaml --redact -f FMT` with a config suppressing TA005 for three people with REASONS."""
    config = tmp_path / "teamaudit.yaml"
    lines = [f"  - {{rule: TA005, person: {who}, reason: {json.dumps(why)}}}\n" for who, why in REASONS.items()]
    config.write_text("ignore:\n" + "".join(lines), encoding="utf-8")
    result = run_cli("check", TEAM, "--redact", "--config", config, "-f", fmt)
    assert result.code in (0, 1), result.stderr
    return result.stdout


@pytest.mark.parametrize("fmt", [f.value for f in Format])
def test_an_eastern_teams_headcount_leaks_nothing_and_keeps_every_word_that_names_no_one(tmp_path, fmt):
    """At the start of session redact7 its redacted JSON titles and reasons showed 37 of these: home towns
    (`hometown Coimbatore`, `native of Cebu`, `home town Bahir Dar`), national ids (Pakistan's CNIC, China's 身份证,
    Hong Kong's HKID, Japan's My Number, Turkey's TC Kimlik No, an IBAN, the Philippines' SSS), an employee id
    (`EMP-IN-0117`), pay in dong, lira, pesos, birr and taka, after `CTC`, in `万` and `triệu`, ages in Vietnamese,
    Turkish and Japanese and `(29, M)`, a name in Ethiopic script (`ሄኖክ ይመራል`), `Yilmaz` (Yılmaz, typed without
    Turkish letters) and `dela` of a dela Cruz; and hid 3 words that name no one (`Ho Chi Minh City` twice beside a
    Trần Văn Minh, `Santa Cruz` beside a Maria Cristina dela Cruz)."""
    shown = redacted(tmp_path, fmt)
    assert SECRETS.findall(shown) == []
    if fmt == "json":
        doc = json.loads(shown)
        assert [p["title"] for p in doc["people"]] == TITLES
        assert sorted(f["suppressed"] for f in doc["findings"] if f["suppressed"]) == sorted(SHOWN_REASONS)
        assert doc["organization"] == (
            "Tarang Health AI (Bengaluru, Hanoi, Shanghai, Hong Kong, Tokyo, Istanbul, Addis Ababa, Manila)"
        )
        assert [words for words in KEPT if words not in shown] == []


def test_a_japanese_long_vowel_is_found_as_romaji_writes_it(tmp_path):
    """`Satoh-san`, `Satou`, `Ohno approved`, `Oono`, `Shouhei`, `Itoh` and `Yuuko` (7) were shown beside a Haruto
    Satō, an Ōno Shōhei and a Yūko Itō: the file's macron was folded away, and `oh`, `ou`, `oo`, `uu` are how
    Hepburn's long vowels are typed without it."""
    people = (
        "  - {name: Haruto Satō, title: Clinical Research Coordinator}\n"
        "  - {name: Ōno Shōhei, title: Embedded Engineer}\n"
        "  - {name: Yūko Itō, title: Staff Nurse}\n"
    )
    reason = "Satoh-san; Satou; Ohno approved; Oono; Shouhei; Itoh; Yuuko and Yuko; Sato; Tokyo office; Ohio site"
    assert redacted_reason(tmp_path, people, reason) == (
        "Person 01-san; Person 01; Person 02 approved; Person 02; Person 02; Person 03; Person 03 and Person 03;"
        " Person 01; Tokyo office; Ohio site"
    )


def test_a_given_name_written_short_is_no_name_alone(tmp_path):
    """With a Ma. Luisa Reyes-Bautista (`Ma.` is Maria, as Filipino names write it) in the file, a colleague's
    `Medical Assistant (MA)` read `Medical Assistant (Person 01)`; her whole name and her surname are still hers."""
    people = (
        "  - {name: Ma. Luisa Reyes-Bautista, title: HR Generalist}\n"
        '  - {name: Ann Lee, title: "Medical Assistant (MA)"}\n'
    )
    reason = "MA in Economics; Ma's deck; ask Ma. Luisa Reyes-Bautista; Reyes-Bautista signs; Luisa agrees"
    assert redacted_reason(tmp_path, people, reason) == (
        "MA in Economics; Ma's deck; ask Person 01; Person 01 signs; Person 01 agrees"
    )
    assert redacted_titles(tmp_path / "team.yaml")[1] == "Medical Assistant (MA)"


def test_a_home_town_after_is_of_or_the_is_hidden(tmp_path):
    """`hometown is Cebu`, `home town of Bahir Dar`, `originally from the Philippines` and `from the Philippines
    originally` were shown: the place had to follow the words that mark it at once. A word in lower case after them
    is still no place (`hometown is important`)."""
    people = "  - {name: Maria Santos, title: Nurse}\n"
    reason = (
        "hometown is Cebu; home town of Bahir Dar; originally from the Philippines; from the Philippines originally;"
        " hometown is important"
    )
    assert redacted_reason(tmp_path, people, reason) == (
        "[home town]; [home town]; [home town]; [home town]; hometown is important"
    )


def test_a_home_town_of_four_words_is_hidden_whole(tmp_path):
    """`hometown Ho Chi Minh City, Vietnam` read `[home town] City, Vietnam`: a place was three words at most, and the
    rest, the country with it, was shown."""
    people = "  - {name: Maria Santos, title: Nurse}\n"
    reason = "hometown Ho Chi Minh City, Vietnam; native of Santa Cruz de Tenerife; Ho Chi Minh City office"
    assert redacted_reason(tmp_path, people, reason) == "[home town]; [home town]; Ho Chi Minh City office"


def test_a_hospital_unit_is_no_home_town(tmp_path):
    """`born in the ICU` read `[home town]`: a unit of a hospital, a capitalised word after `born in the`, was taken
    for a place, and a nurse's words about her career were changed (`grew up in the NICU`, `born in the Emergency
    Department`). A place after those words is still hidden (`born in Cebu`, `grew up in the Philippines`)."""
    people = "  - {name: Maria Santos, title: Nurse}\n"
    reason = (
        "born in the ICU; grew up in the NICU; born in the Emergency Department; native of the ER;"
        " born in Cebu; grew up in the Philippines; born in the USA"
    )
    assert redacted_reason(tmp_path, people, reason) == (
        "born in the ICU; grew up in the NICU; born in the Emergency Department; native of the ER;"
        " [home town]; [home town]; [home town]"
    )
