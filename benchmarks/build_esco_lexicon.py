"""Build the ESCO occupation lexicon: every label of an ESCO occupation whose layer docs/labelling.md settles.

    python benchmarks/build_esco_lexicon.py ESCO_REPO --out FILE [--counts] [--shared] [--other-all]

ESCO_REPO is a git repository holding ESCO v1.0.8's occupation CSVs under
data-raw/esco_bundle_occupations_1.0.8/occupations_LANG.csv (ESCO's own download, as the eworx-org/labourR
repository carries it; only the CSVs are read, none of that repository's code). Each occupation is placed by its
ISCO-08 unit group where the group settles the layer (GROUP_LAYERS: medical doctors, nurses, pharmacists ... are
clinical; veterinarians are other), and by its concept URI where the group does not (CONCEPT_LAYERS, each with
its reason); an occupation whose layer is debatable (LEFT_OUT and the groups GROUP_LAYERS leaves out) is left
out. Every preferred and alternative label of a placed occupation, in each of ESCO's languages, is normalised as
the rubric normalises a title ("Apotheker/Apothekerin" gives both forms) and written with its layer; a label that
two layers share, in any language, is dropped. --shared drops also a label an occupation left out has; --other-all
makes every occupation `other` but those of DEBATABLE_GROUPS and the health groups.

The output is a gzipped text file, one label a line: `label<TAB>layer<TAB>languages`, sorted, with ESCO
credited in its header. The same CSVs give the same bytes. --counts prints labels per layer and language.

ESCO (European Skills, Competences, Qualifications and Occupations) is the European Commission's; its data is
reused under Commission Decision 2011/833/EU on the reuse of Commission documents (benchmarks/README.md, "An ESCO
occupation lexicon", says why a word list derived from it could ship in this MIT package; none ships).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from teamaudit.classify import classifier_for
from teamaudit.rubric import load_rubric

BUNDLE = "data-raw/esco_bundle_occupations_1.0.8"
CREDIT = (
    "ESCO occupation labels, v1.0.8, (c) European Union, https://esco.ec.europa.eu/ ; reused under Commission "
    "Decision 2011/833/EU, source acknowledged. Selected, normalised and mapped to teamaudit layers by "
    "benchmarks/build_esco_lexicon.py: the European Commission has not endorsed this use."
)

# ISCO-08 unit groups whose every ESCO occupation is one layer by docs/labelling.md (exceptions in CONCEPT_LAYERS).
GROUP_LAYERS: dict[str, str] = {
    "2211": "clinical",  # generalist medical practitioners
    "2212": "clinical",  # specialist medical practitioners
    "2221": "clinical",  # nursing professionals
    "2222": "clinical",  # midwifery professionals
    "2240": "clinical",  # paramedical practitioners
    "2261": "clinical",  # dentists
    "2262": "clinical",  # pharmacists
    "2264": "clinical",  # physiotherapists
    "2265": "clinical",  # dieticians and nutritionists
    "2266": "clinical",  # audiologists and speech therapists
    "2267": "clinical",  # optometrists and ophthalmic opticians
    "2269": "clinical",  # health professionals not elsewhere classified (occupational therapists, podiatrists ...)
    "3211": "clinical",  # medical imaging and therapeutic equipment technicians
    "3212": "clinical",  # medical and pathology laboratory technicians (O*NET 29-2 is clinical in build_onet_set.py)
    "3221": "clinical",  # nursing associate professionals
    "3222": "clinical",  # midwifery associate professionals
    "3251": "clinical",  # dental assistants and therapists ("a physician or dental assistant to a doctor is clinical")
    "3256": "clinical",  # medical assistants
    "3258": "clinical",  # ambulance workers (paramedics)
    "3259": "clinical",  # health associate professionals nec (anaesthetic, respiratory therapy technicians)
    "5321": "clinical",  # health care assistants (O*NET 31-1, nursing assistants, is clinical)
    "2250": "other",  # veterinarians: "Veterinary clinicians are other"
    "3240": "other",  # veterinary technicians and assistants
    "3252": "other",  # medical records and health information technicians: coders, registrars (BLS 29-9021)
}
# Occupations whose group does not settle their layer, or which differ from their group, by ESCO concept URI.
CONCEPT_LAYERS: dict[str, tuple[str, str]] = {
    "779d13be-60b4-48f3-a339-fe483be96c7f": ("compliance", "regulatory affairs manager (2619, legal professionals)"),
    "0f845e64-de8b-431e-9fe3-1bccf8e1c5b9": (
        "compliance",
        "pharmaceutical quality specialist (2262): quality, not practice",
    ),
    "258e46f9-0075-4a2e-adae-1ff0477e0f30": ("ml_research", "data scientist (2511)"),
    "35553663-deab-4d9a-bf22-15c1625d28e8": (
        "ml_research",
        "ICT intelligent systems designer: machine learning systems",
    ),
    "32ac76f6-20a0-469e-8cac-e68634087dd3": ("integration", "PACS administrator (3252): DICOM/PACS is integration"),
    "c3c8c56c-b3ab-4425-a38a-abcace020d22": ("clinical", "clinical psychologist (2634)"),
    "976c7f50-7f9e-4347-bbb9-f0dc842046a3": ("clinical", "health psychologist (2634)"),
    "af69484e-b43f-4685-b22d-f3418df45c4d": ("clinical", "psychotherapist (2634)"),
    "6a167ceb-f847-4ef0-af47-89454c53770b": ("clinical", "clinical social worker (2635): an LCSW is a clinician"),
    "5ee264b2-9bc5-40f6-9db3-c87143af6b2d": ("clinical", "phlebotomist (5329; O*NET 31-9097 is clinical)"),
    "f88124d7-ee7e-4d21-9036-0658b496c119": ("clinical", "physiotherapy assistant (3255; O*NET 31-2 is clinical)"),
}
# Occupations of a settled group left out: their layer depends on the work (docs/labelling.md gives `also`).
LEFT_OUT: dict[str, str] = {
    "0044c991": "medical laboratory assistant: its labels include 'clinical research assistant' (compliance)",
    "5beafebe": "animal physiotherapist (2264): an animal's, not a clinician",
    "c37d0026": "prepared meals nutritionist (2265): food production",
    "e6023abf": "animal assisted therapist (2269)",
    "11a6d0f6": "kinesiologist (2269): exercise science researcher",
    "3d616092": "music therapist (2269): arts therapy, debatable",
    "789d9781": "dance therapist (2269): as above",
}
SHORT = 8  # a concept URI's first characters name it in LEFT_OUT
# With --other-all, every other occupation is `other` but those of these ISCO-08 groups, whose work may be a layer's:
# health and care managers, statisticians, life scientists, engineers of quality, compliance or medical devices,
# complementary medicine, health and safety, lecturers (of medicine), policy officers (of health), the ICT groups
# (data science, testing, security), legal and regulatory professionals, psychologists and social workers, science and
# engineering technicians, pharmacy and prosthetics technicians, other health associates, government inspectors,
# personal care workers, quality inspectors; and general, policy, project and research managers.
DEBATABLE_GROUPS = (
    *("1213", "1219", "1223", "1342", "1343", "2120", "2131", "2149", "2152", "2230", "2263", "2310", "2422"),
    *("2511", "2519", "2521", "2522", "2529", "2611", "2619", "2634", "2635", "311", "3213", "3214", "3253"),
    *("3254", "3255", "3257", "335", "5322", "5329", "7543"),
)


def read_bundle(repo: Path) -> dict[str, list[dict[str, str]]]:
    """Each language's occupation rows, read from the repository's HEAD."""
    names = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "--name-only", "HEAD", BUNDLE + "/"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    found: dict[str, list[dict[str, str]]] = {}
    for name in sorted(names):
        lang = name.rsplit("_", 1)[1].removesuffix(".csv")
        text = subprocess.run(
            ["git", "-C", str(repo), "show", f"HEAD:{name}"], capture_output=True, check=True
        ).stdout.decode("utf-8")
        found[lang] = list(csv.DictReader(io.StringIO(text)))
    if not found:
        raise SystemExit(f"no {BUNDLE}/occupations_*.csv in {repo}")
    return found


def layer_of(uri: str, group: str, other_all: bool = False) -> str | None:
    concept = uri.rsplit("/", 1)[1]
    if concept in CONCEPT_LAYERS:
        return CONCEPT_LAYERS[concept][0]
    if concept[:SHORT] in LEFT_OUT:
        return None
    if other_all and group not in GROUP_LAYERS and not group.startswith((*DEBATABLE_GROUPS, "22", "32")):
        return "other"
    return GROUP_LAYERS.get(group)


def forms(label: str) -> list[str]:
    """A label and, when it is written "A/B" with as many words each side, each form ("Apotheker/Apothekerin"); and
    of a label written "occupation, qualifier", the occupation."""
    parts = [p.strip() for p in label.split("/")]
    if not (len(parts) > 1 and all(p for p in parts) and len({len(p.split()) for p in parts}) == 1):
        parts = [label.strip()]
    # "sjuksköterska, grundutbildad", "proviisori, teollisuusfarmasia": the occupation, then what qualifies it
    return parts + [p.split(",")[0].strip() for p in parts if "," in p]


def build(
    bundle: dict[str, list[dict[str, str]]], shared: bool = False, other_all: bool = False
) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Label -> (layer, languages). With `shared`, a label an occupation left out also has is dropped too ("service
    manager" is a clinical manager's label and the label of ESCO's service manager)."""
    normalize = classifier_for(load_rubric("healthcare-ai")).matcher.normalizer.normalize
    layers: dict[str, set[str]] = defaultdict(set)
    languages: dict[str, set[str]] = defaultdict(set)
    for lang, rows in bundle.items():
        for row in rows:
            layer = layer_of(row["conceptUri"], row["iscoGroup"], other_all)
            if layer is None and shared:
                layer = "unplaced"
            if layer is None:
                continue
            for label in [row["preferredLabel"], *row["altLabels"].split("\n")]:
                for form in forms(label):
                    key = normalize(form)
                    if len(key) >= 3:
                        layers[key].add(layer)
                        languages[key].add(lang)
    kept = {k: v for k, v in sorted(layers.items()) if len(v) == 1 and v != {"unplaced"}}
    return {k: (next(iter(v)), tuple(sorted(languages[k]))) for k, v in kept.items()}


def write(lexicon: dict[str, tuple[str, tuple[str, ...]]], out: Path) -> None:
    lines = [f"# {CREDIT}", "# label\tlayer\tlanguages"]
    lines += [f"{label}\t{layer}\t{','.join(langs)}" for label, (layer, langs) in lexicon.items()]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    out.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))


def main() -> int:
    parser = argparse.ArgumentParser(description="Build the ESCO occupation lexicon.")
    parser.add_argument("repo", type=Path, help="a git repository holding ESCO v1.0.8's occupation CSVs")
    parser.add_argument("--out", type=Path, required=True, help="where to write the lexicon (gzipped text)")
    parser.add_argument("--counts", action="store_true")
    parser.add_argument("--shared", action="store_true", help="drop a label an occupation left out also has")
    parser.add_argument("--other-all", action="store_true", help="every occupation of no DEBATABLE_GROUPS is other")
    args = parser.parse_args()
    lexicon = build(read_bundle(args.repo), args.shared, args.other_all)
    write(lexicon, args.out)
    print(f"{len(lexicon)} labels -> {args.out} ({args.out.stat().st_size:,} bytes)")
    if args.counts:
        per_layer = Counter(layer for layer, _ in lexicon.values())
        per_lang = Counter(lang for _, langs in lexicon.values() for lang in langs)
        print("per layer:", dict(per_layer.most_common()))
        print("per language:", dict(sorted(per_lang.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
