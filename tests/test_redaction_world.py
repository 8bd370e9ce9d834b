"""A 40-person health-AI team across Riyadh, Seoul, Lagos, São Paulo and Warsaw (tests/data/world-40.yaml: Arabic,
Korean, Nigerian, Brazilian and Polish names, handles, and the telephone, id and licence numbers of those countries),
with a suppression whose reason is a note typed in haste: no format of a redacted report may show any of it, and no
word of a title or the reason that names no one may be hidden."""

from __future__ import annotations

import json
import re

import pytest

from conftest import ROOT, redacted_with_reason
from teamaudit.render import Format

PERSON = "Piotr Lewandowski"  # whom the suppression is of
TEAM = ROOT / "tests" / "data" / "world-40.yaml"
REASON = (
    "Per Al-Otaibi and Dr. Haddad: jhpark and ogunleye_rn to cover; ask Chukwuemeka or Małgorzata"
    " (malgorzata.wisniewska@qamar.example); Wiśniewska's deputy Wojcik signs; call Seo-yeon at 010-9876-5432 or"
    " +234 809 876 5432; patient (45F), CPF 987.654.321-00, PESEL 90020254321; offer ₩85,000,000 and R$ 18.500 per"
    " month; 이서연 approved; Ogunleye-led rollout; replacing a 12 year old system"
)
SHOWN_REASON = (
    "Per Person 01 and Dr. Person 04: Person 09 and Person 19 to cover; ask Person 15 or Person 31 ([e-mail]);"
    " Person 31's deputy Person 32 signs; call Seo-yeon at [phone] or [phone]; patient [age], [id], [id]; offer"
    " [amount] and [amount] per month; Person 11 approved; Person 19-led rollout; replacing a 12 year old system"
)
# Every part of a name, handle, address and number the file or the reason holds.
SECRETS = re.compile(
    r"(?<![\w-])(?:Mohammed|Otaibi|Noura|Khalid|Saud|nalsaud_md|Abdullah|Salman|Layla|Haddad|Youssef|Amrani|elamrani2"
    r"|العتيبي|Omar|Farouk|Fatimah|Zahrani|Park|Ji-hoon|jhpark|Kim|Min-jung|이서연|박지훈|Choi|Yoon-ah|Jung|Hae-won"
    r"|Chukwuemeka|Obi|Oluwaseun|Adebayo|Ngozi|Eze|Abubakar|Musa|Folasade|Ogunleye|ogunleye_rn|Ifeoma|Nwosu|Babatunde"
    r"|Bakare|Emeka|Okonkwo|João|Silva|Santos|Graças|Oliveira|Luiz|Fernando|Souza|Ana Paula|Ferreira|Thiago|Gonçalves"
    r"|Beatriz|Carvalho|Rafael|Rodrigues|Camila|Almeida|Małgorzata|Wiśniewska|malgorzata|Krzysztof|Wójcik|Wojcik"
    r"|Agnieszka|Kowalczyk|kowalczyk\.rn|Łukasz|Zieliński|Grzegorz|Brzęczyszczykiewicz|Katarzyna|Nowak|Piotr"
    r"|Lewandowski|Anna|Kamińska|Seo-jun|Sara|Lima|SA-01[0-9]{2}|KR-02[0-9]{2}|NG-03[0-9]{2}|BR-04[0-9]{2}"
    r"|PL-05[0-9]{2})(?![\w])"
    r"|123 4567|1234-5678|312-3456|803 123|12345678901|22123456789|2123456789|784-1985|850101|123\.456\.789"
    r"|12\.345\.678|91234-5678|612 345 678|85010112345|22 123 45 67|123-456-32-18|1234567|MDCN 12345|CRM-SP 1"
    r"|COREN-SP 1|ldsouza"
    r"|18,000,000|15\.000|12 000 zł|9876-5432|809 876|987\.654|90020254321|85,000,000|18\.500|\(45F\)"
)
TITLES = [
    "CEO & Co-founder",
    "Chief Medical Officer, MD (Person 02)",
    "HL7 Interface Engineer (mobile [phone])",
    "Clinical Informaticist, RN ([phone])",
    "Privacy Officer, HIPAA (Person 05)",
    "Data Engineer (بإشراف Person 06)",
    "Quality Engineer, ISO 13485; [id]",
    "Regulatory Specialist, SFDA ([id])",
    "ML Engineer (Person 09)",
    "Research Scientist, NLP ([phone])",
    "Data Scientist (Person 11님 owns eval)",
    "Backend Engineer (Person 12 팀장 backup)",
    "Nurse Informaticist ([id])",
    "Clinical Trial Manager ([phone])",
    "CTO & Co-founder",
    "Staff Nurse, RN — [phone]",
    "Medical Officer ([licence]; [phone])",
    "Integration Analyst ([id])",
    "Product Manager (ex-nurse, Person 19)",
    "Biostatistician",
    "DevOps Engineer, offer [amount]/yr",
    "Sales Engineer ([id])",
    "Integration Lead, Epic Bridges",
    "Enfermeira Chefe, [licence]",
    "Médico Consultor, [licence] (Person 25)",
    "Analista de Dados ([id])",
    "QA Engineer ([phone])",
    "Growth Marketing Manager, salário [amount]",
    "Compliance Analyst, LGPD ([phone])",
    "UX Designer ([id])",
    "Head of Quality, ISO 13485 ([e-mail])",
    "Senior ML Engineer (tel. [phone])",
    "Pielęgniarka (Person 33, [licence])",
    "Software Engineer, FHIR ([id])",
    "Data Engineer, Clarity ([phone])",
    "Executive Assistant to Dr. Person 32",
    "Trust & Safety Lead ([id])",
    "Scrum Master, [amount] brutto",
    "Deep Learning Engineer",
    "Customer Success Manager (Person 40 office)",
]


@pytest.mark.parametrize("fmt", [f.value for f in Format])
def test_a_world_teams_headcount_leaks_nothing_and_keeps_every_word_that_names_no_one(tmp_path, fmt):
    """At the start of this session every format showed the Emirates ID, national ids (`RRN 850101-...`, `NIN`, `BVN`,
    `CPF 123.456.789-09`, `RG`, `PESEL`, `NIP`), the licences (`MDCN 12345`, `CRM-SP 123456`, `COREN-SP 123456`,
    `PWZ 1234567`), pay in reais, naira, won and złoty, a Polish landline (`22 123 45 67`), a Korean name's handle
    (`jhpark` for Park Ji-hoon), handles run into credentials (`ogunleye_rn`) and `(45F)`. What names no one stays:
    `Deep Learning Engineer` beside a Min Seo-jun, `ISO 13485`, `replacing a 12 year old system` (it read `replacing a
    [age] system`)."""
    shown = redacted_with_reason(TEAM, tmp_path, PERSON, REASON, fmt).stdout
    assert SECRETS.findall(shown) == []
    doc = json.loads(shown) if fmt == "json" else None
    assert doc is None or [p["title"] for p in doc["people"]] == TITLES
    assert doc is None or [f["suppressed"] for f in doc["findings"] if f["suppressed"]] == [SHOWN_REASON]
    assert doc is None or doc["organization"] == "Qamar Health AI (Riyadh, Seoul, Lagos, São Paulo, Warsaw)"
