"""Build benchmarks/data/onet-titles.tsv: real job titles from O*NET 29.3, labelled by O*NET-SOC code.

    python benchmarks/build_onet_set.py [--onet ../shared/data/onet]

Labels come from the occupation code (CODE_LAYERS, most specific prefix wins), never from the classifier.
Dropped, and said so here:
- codes whose layer depends on the employer (DROP_CODES, with the reason);
- titles whose layer in a healthcare-AI company differs from their code's (AMBIGUOUS_TITLES, with the reason);
- titles listed under codes of different layers (printed when the script runs).
Each code contributes at most PER_CODE titles (seeded sample) so big families do not drown small ones.

This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment
and Training Administration (USDOL/ETA), used under the CC BY 4.0 license. O*NET(R) is a trademark of USDOL/ETA.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "data" / "onet-titles.tsv"
PER_CODE = {"clinical": 14, "compliance": 40, "integration": 40, "ml_research": 60, "other": 9}
SEED = 20261122

# O*NET-SOC code prefix -> layer. The longest matching prefix wins.
CODE_LAYERS: dict[str, str] = {
    # clinical: healthcare practitioners, technologists, support staff who practise
    "29-1": "clinical",
    "29-2": "clinical",
    "29-9091": "clinical",  # athletic trainers
    "29-9092": "clinical",  # genetic counselors
    "29-9093": "clinical",  # surgical assistants
    "31-1": "clinical",  # home health, nursing and psychiatric aides, orderlies
    "31-2": "clinical",  # occupational and physical therapy assistants and aides
    "31-9091": "clinical",  # dental assistants
    "31-9092": "clinical",  # medical assistants
    "31-9097": "clinical",  # phlebotomists
    # compliance and validation
    "13-1041.07": "compliance",  # regulatory affairs specialists
    "11-9199.02": "compliance",  # compliance managers
    "11-9121.01": "compliance",  # clinical research coordinators
    "15-2041.01": "compliance",  # biostatisticians
    "15-2051.02": "compliance",  # clinical data managers
    "19-1042": "compliance",  # medical scientists (clinical research); see AMBIGUOUS_TITLES
    # ml_research
    "15-2051.00": "ml_research",  # data scientists
    "15-1221": "ml_research",  # computer and information research scientists
    # integration: O*NET has no EHR-integration occupation; health informatics is labelled title by title
    "15-1211.01": "by_title",
    # other: management, business, computing, office, sales, legal, arts
    "11-": "other",
    "13-": "other",
    "15-1": "other",
    "15-2011": "other",  # actuaries
    "15-2031": "other",  # operations research analysts
    "15-2051.01": "other",  # business intelligence analysts
    "23-": "other",
    "27-": "other",
    "29-2072": "other",  # medical records specialists: coders, not clinicians (domain.md trap)
    "29-9021": "other",  # health information technologists and registrars
    "31-9094": "other",  # medical transcriptionists
    "41-": "other",
    "43-": "other",
}

DROP_CODES: dict[str, str] = {
    "11-9111": "medical and health services managers: clinical (director of nursing) or administrative",
    "11-9121.00": "natural sciences managers: research or lab management, no layer",
    "11-9121.02": "water resource specialists",
    "11-3051": "quality control managers: regulatory quality or manufacturing QC depending on employer",
    "13-1041.00": "compliance officers: mostly licensing and driver examiners; HIPAA compliance in a health company",
    "13-1041.01": "environmental compliance inspectors",
    "13-1041.03": "equal opportunity officers",
    "13-1041.04": "government property inspectors",
    "13-1041.06": "coroners",
    "13-1041.08": "customs brokers",
    "15-1212": "information security analysts: HIPAA security officer (compliance) or security engineer (other)",
    "15-1299.05": "information security engineers: as above",
    "15-1299.07": "blockchain engineers: their alternate titles include 'Integration Engineer'",
    "15-2041.00": "statisticians: biostatistics (compliance) or analytics (other) depending on employer",
    "15-2099": "mathematical science occupations, all other",
    "29-1131": "veterinarians: clinical practice, but not human health",
    "29-2056": "veterinary technologists",
    "29-2081": "opticians, dispensing: retail",
    "29-2092": "hearing aid specialists: retail",
    "29-2099": "health technologists, all other: too mixed",
    "29-9099": "healthcare practitioners, all other: too mixed",
    "29-1299.00": "healthcare diagnosing practitioners, all other: too mixed",
    "31-9011": "massage therapists",
    "31-1121": "home health aides: personal care (companions, sitters), not clinical practice",
    "31-1122": "personal care aides: as above",
    "31-1132": "orderlies: patient transport and escort",
    "29-1122.01": "low vision therapists and orientation and mobility specialists: mostly teachers",
    "29-2042": "emergency medical technicians: many alternate titles are drivers and responders",
    "31-9093": "medical equipment preparers",
    "31-9095": "pharmacy aides",
    "31-9096": "veterinary assistants",
    "31-9099": "healthcare support, all other",
    "27-1024": "graphic designers: fine as other, but many 'medical illustrator' style titles",
    "11-2011": "advertising managers: fine as other; dropped only to keep the set small",
}

# Titles whose layer in a healthcare-AI company is not their code's layer, or not knowable from the title.
# The third item lists the layers the rule does not apply to (the title is at home there).
AMBIGUOUS_TITLES: list[tuple[str, str, frozenset[str]]] = [
    (
        r"\bintegration\b|\bimplementation\b|\binterface (?:developer|engineer|programmer)\b",
        "systems integration outside health is other; in a health-AI company it is usually EHR integration",
        frozenset({"integration"}),
    ),
    (
        r"\bcompliance\b|\bprivacy\b|\bregulatory\b|\bsecurity officer\b",
        "compliance-named titles outside the compliance codes: compliance in a health company",
        frozenset({"compliance"}),
    ),
    (
        r"\bquality (?:engineer|manager|director|specialist|auditor|assurance (?:manager|director|specialist))\b",
        "regulatory quality (compliance) or software/manufacturing quality (other) depending on employer",
        frozenset(),
    ),
    (
        r"^(?:scientist|researcher|research analyst|research associate|statistician|statistical analyst|"
        r"analyst|consultant|specialist|associate|coordinator|manager|director|fellow|postdoc\w*|"
        r"post doctoral \w+|postdoctoral \w+|research fellow|study director)$",
        "no layer can be read from the title alone",
        frozenset(),
    ),
    (
        r"\b(?:data analyst|data analytics|data architect|data modeler|data quality|data visualization|data mining|"
        r"data management|data coordinator|data economist|psychometric|quantitative researcher|research analyst|"
        r"statistical analyst|business analyst|decision scien\w*)\b",
        "analytics titles under the data-scientist code: analytics is other, modelling is ML",
        frozenset(),
    ),
    (
        r"\b(?:information scientist|cybersecurity|cyber|languages? researcher|language analyst|control system|"
        r"computer specialist|programming|methodology|digital solutions|computational theory|informatics)\b",
        "computer research titles that are not ML research",
        frozenset(),
    ),
    (
        r"\bepidemiolog|\bbioinformatic|\bgenomic|\bgenetic|\bmedical science liaison|\bmsl\b|\bmedical physicist\b",
        "clinical research or bioscience roles whose layer depends on the work",
        frozenset(),
    ),
    (
        r"\b(?:physician scientist|endocrinologist|toxicologist|pharmacologist|neuroscientist|gerontologist|"
        r"chemotherapist|cytologist|histologist|serologist|histopathologist|neurophysiologist|cancer researcher|"
        r"pharmacognosist|clinical pharmacologist|clinical laboratory scientist|clinical lab scientist)\b",
        "medical-scientist titles that name a clinical or lab specialty",
        frozenset(),
    ),
    (
        r"\bclinical (?:manager|coordinator|program manager|project manager|applications director|informatics manager|"
        r"director|specialist|operations|analyst|data specialist|documentation)\b|\bapplication coordinator\b",
        "clinical-named titles whose work (care delivery, trials, systems) is not in the title",
        frozenset(),
    ),
    (
        r"\bhealth (?:it|information technology)\b|"
        r"\bhealth informatics (?:specialist|coordinator|advisor|instructor)\b|"
        r"\bhealthcare (?:data )?analyst\b|\bhealth data analyst\b|\bmedical data analyst\b|\bapplications analyst\b",
        "health IT titles: EHR integration, records management or analytics depending on the job",
        frozenset(),
    ),
    (r"\bveterinar|\banimal\b|\bequine\b", "animal health", frozenset()),
    (
        r"\bclinical research\b|\bsafety officer\b|\bqa coordinator\b|\bquality assurance coordinator\b",
        "clinical research and safety titles outside the compliance codes",
        frozenset({"compliance"}),
    ),
    (
        r"\bpost-?doc\w*|\bpost-?doctoral\b|\bdata consultant\b|\bscientific programmer\b|\bedi\b|"
        r"\bowner\b|\banti money laundering\b|\baml\b|\benvironmental\b|\bsafety,? and environmental\b|"
        r"\bhse\b|\btrade compliance\b|\blicensing\b|\brisk manager\b|\baccreditation lieutenant\b|"
        r"\bfood\b|\bcook\b|\bdata deliverables\b|\bdata analytic\b|\bprogram coordinator\b|\blaboratory scientist\b|"
        r"\blab scientist\b|\banatomist\b|\bbotanist\b|\bparasitologist\b|\bcraniologist\b|\bsocial worker\b",
        "postdocs, EDI (X12 claims in health, generic EDI elsewhere), owners, non-health compliance",
        frozenset(),
    ),
    (
        r"\b(?:nurse|nursing)\b.*\b(?:manager|director|administrator|recruiter|educator|instructor|professor)\b",
        "nursing leadership or education: clinical background, but the title alone does not say they practised",
        frozenset(),
    ),
    (r"\b(?:auditor|audit)\b", "audit: financial (other) or clinical coding/quality (compliance)", frozenset()),
    (r"\b(?:trainer|training)\b", "trainers: athletic trainers are clinical; corporate trainers other", frozenset()),
    (
        r"\bresearch\b.*\b(?:nurse|coordinator)\b|\b(?:nurse|coordinator)\b.*\bresearch\b",
        "research nurses: clinical practice and clinical research at once",
        frozenset(),
    ),
    (
        r"\b(?:machine learning|artificial intelligence|\bai\b|data scien)",
        "ML titles outside the ML codes",
        frozenset({"ml_research"}),
    ),
]

# 15-1211.01 Health Informatics Specialists, labelled one by one (the code mixes three layers).
HEALTH_INFORMATICS: dict[str, str] = {
    "clinical informatics analyst": "integration",
    "health informatics analyst": "integration",
    "informatics application analyst": "integration",
    "clinical electronic health record nurse (clinical ehr nurse)": "clinical",
    "clinical informatics nurse": "clinical",
    "informatics nurse": "clinical",
    "informatics nurse specialist": "clinical",
    "informatics pharmacist": "clinical",
    "informatics resource nurse": "clinical",
    "nurse informaticist": "clinical",
    "nurse informatics specialist": "clinical",
    "nursing informatics specialist": "clinical",
    "nursing informatics officer": "clinical",
    "telehealth nurse": "clinical",
    "utilization review nurse": "clinical",
    "qc nurse (quality control nurse)": "clinical",
}


def layer_for(code: str) -> str | None:
    for prefix in DROP_CODES:
        if code.startswith(prefix):
            return None
    best = max((p for p in CODE_LAYERS if code.startswith(p)), key=len, default=None)
    return CODE_LAYERS[best] if best else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--onet", type=Path, default=HERE.parent.parent / "shared" / "data" / "onet")
    args = parser.parse_args()
    titles: dict[str, set[tuple[str, str]]] = defaultdict(set)  # lower title -> {(code, title)}
    for name, column in (("alternate-titles.tsv", 2), ("reported-titles.tsv", 2)):
        with (args.onet / name).open(encoding="utf-8") as handle:
            reader = csv.reader(handle, delimiter="\t")
            next(reader)
            for row in reader:
                titles[row[column].strip().lower()].add((row[0], row[column].strip()))
    ambiguous = [(re.compile(p, re.IGNORECASE), home) for p, _why, home in AMBIGUOUS_TITLES]
    by_code: dict[str, list[tuple[str, str]]] = defaultdict(list)
    conflicts = dropped = 0
    for lower, entries in sorted(titles.items()):
        labels = set()
        for code, _title in entries:
            layer = layer_for(code)
            if layer == "by_title":
                layer = HEALTH_INFORMATICS.get(lower)
                if layer is None:
                    labels.add("drop")
                    continue
            labels.add(layer or "drop")
        real = labels - {"drop"}
        if len(real) != 1 or ("drop" in labels and len(entries) > 1):
            conflicts += len(real) > 1
            continue
        layer = real.pop()
        title = sorted(entries)[0][1]
        if lower not in HEALTH_INFORMATICS and any(p.search(title) and layer not in home for p, home in ambiguous):
            dropped += 1
            continue
        by_code[sorted(entries)[0][0]].append((title, layer))
    rng = random.Random(SEED)
    rows = []
    for code in sorted(by_code):
        items = sorted(by_code[code])
        layer = items[0][1]
        cap = PER_CODE[layer] if layer != "clinical" or not code.startswith("15-1211") else 40
        rows.extend((code, title, lab) for title, lab in (items if len(items) <= cap else rng.sample(items, cap)))
    rows.sort()
    OUT.parent.mkdir(exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write("# O*NET 29.3 titles labelled by O*NET-SOC code; built by benchmarks/build_onet_set.py.\n")
        handle.write("# Includes information from the O*NET 29.3 Database by USDOL/ETA, used under CC BY 4.0.\n")
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["code", "title", "layer"])
        writer.writerows(rows)
    counts: dict[str, int] = defaultdict(int)
    for _, _, layer in rows:
        counts[layer] += 1
    print(f"wrote {len(rows)} titles to {OUT}: {dict(sorted(counts.items()))}")
    print(f"dropped {conflicts} titles listed under codes of different layers and {dropped} ambiguous titles")


if __name__ == "__main__":
    main()
