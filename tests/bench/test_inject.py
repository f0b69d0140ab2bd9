"""Tests for bench/verify/inject.py (error injector of the verifier benchmark).

For every error type: the planted error's output_text is located (at the given
occurrence) exactly at the changed spot, and the rest of the text is unchanged.
"""

import importlib.util
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VERIFY = ROOT / "bench" / "verify"


def _load(name):
    spec = importlib.util.spec_from_file_location(f"bench_verify_{name}", VERIFY / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


inject = _load("inject")
validate_corpus = _load("validate_corpus")


def find_nth(hay, needle, n):
    start = -1
    for _ in range(n):
        start = hay.find(needle, start + 1)
        if start < 0:
            return -1
    return start


def changed_region(old, new):
    """(p, old_end, new_end): old[p:old_end] was replaced by new[p:new_end]."""
    p = 0
    while p < min(len(old), len(new)) and old[p] == new[p]:
        p += 1
    q = 0
    while q < min(len(old), len(new)) - p and old[-1 - q] == new[-1 - q]:
        q += 1
    return p, len(old) - q, len(new) - q


def plant_ok(source, output, type_, seed=0):
    res = inject.plant(source, output, type_, random.Random(seed))
    assert res is not None, f"{type_} could not be planted"
    new, err = res
    assert err["type"] == type_
    assert new != output
    if type_ == "drug_omission":
        assert err["output_text"] is None
        return new, err
    ot, occ = err["output_text"], err["occurrence"]
    assert ot and isinstance(occ, int) and occ >= 1
    start = find_nth(new, ot, occ)
    assert start == err["span"][0], "output_text/occurrence must point at the planted span"
    end = start + len(ot)
    p, _, new_end = changed_region(output, new)
    # everything that changed lies inside the annotated span ...
    assert start <= p <= end and start <= new_end <= end, (p, new_end, start, end, new)
    # ... and the text before and after the span is untouched
    assert output.startswith(new[:start])
    assert output.endswith(new[end:])
    return new, err


SOURCE = (
    "Consultation du 12/03/2025. Mme Roux, 67 ans. Pas de fièvre. Douleur du genou gauche. "
    "Suspicion de lésion méniscale interne du genou gauche. Traitement : amlodipine 5 mg le matin ; "
    "paracétamol 1 g toutes les 8 heures ; metformine 1000 mg matin et soir ; hydroxyzine 25 mg le soir ; "
    "Uvedose 100 000 UI une ampoule tous les 3 mois ; sirop 5 mL x3/j. Contrôle le 14/04/2025."
)


def test_number():
    out = "Amlodipine 5 mg le matin. Créatinine 88 µmol/L."
    _new, err = plant_ok(SOURCE, out, "number")
    assert err["output_text"] not in ("5 mg", "88 µmol/L")
    assert re.fullmatch(r"[\d ,]+ ?(mg|µmol/L)", err["output_text"])
    # the unit is kept
    assert err["output_text"].endswith("mg") or err["output_text"].endswith("µmol/L")


def test_number_never_creates_trailing_zero():
    for seed in range(20):
        _new, err = plant_ok("bisoprolol 1,25 mg", "Bisoprolol 1,25 mg le matin.", "number", seed)
        assert not re.search(r",\d*0 mg", err["output_text"]), err["output_text"]


def test_unit():
    out = "Lévothyroxine 75 µg le matin à jeun."
    new, err = plant_ok("Levothyrox 75 µg", out, "unit")
    assert err["output_text"] == "75 mg"
    assert err["source_text"] == "75 µg"
    assert new == "Lévothyroxine 75 mg le matin à jeun."


def test_unit_ui_to_mg():
    _new, err = plant_ok(SOURCE, "Cholécalciférol 100 000 UI tous les 3 mois.", "unit")
    assert err["output_text"] == "100 000 mg"


def test_frequency():
    out = "Metformine 1000 mg matin et soir, au milieu du repas."
    new, err = plant_ok(SOURCE, out, "frequency")
    assert err["output_text"] == "le matin"
    assert new == "Metformine 1000 mg le matin, au milieu du repas."


def test_frequency_hours_and_xj():
    _new, err = plant_ok(SOURCE, "Paracétamol 1 g toutes les 8 heures.", "frequency")
    assert err["output_text"] == "toutes les 12 heures"
    _new, err = plant_ok(SOURCE, "Sirop 5 mL x3/j pendant 5 jours.", "frequency")
    assert err["output_text"] == "x2/j"


def test_drug():
    out = "Traitement : amlodipine 5 mg le matin, poursuivie."
    new, err = plant_ok(SOURCE, out, "drug")
    name = err["output_text"]
    assert name.lower() != "amlodipine"
    assert name.lower() not in SOURCE.lower()
    assert err["source_text"] == "amlodipine"
    assert new == out.replace("amlodipine", name)


def test_lasa_known_pair():
    out = "Hydroxyzine 25 mg le soir si anxiété."
    new, err = plant_ok(SOURCE, out, "lasa")
    assert err["output_text"] == "Hydralazine"
    assert new == "Hydralazine 25 mg le soir si anxiété."


def test_lasa_misspelling_fallback():
    out = "Metformine 1000 mg matin et soir."
    _new, err = plant_ok(SOURCE, out, "lasa")
    word = err["output_text"]
    assert word != "Metformine" and len(word) == len("Metformine")
    assert sum(a != b for a, b in zip(word, "Metformine", strict=False)) == 1


def test_drug_omission():
    out = (
        "Traitement de sortie :\n- amlodipine 5 mg le matin ;\n- metformine 1000 mg matin et soir ;\n"
        "- paracétamol 1 g si douleur.\nRevoir dans 3 mois."
    )
    new, err = plant_ok(SOURCE, out, "drug_omission")
    assert err["source_text"] in SOURCE
    p, old_end, new_end = changed_region(out, new)
    assert new_end == p, "pure deletion"
    removed = out[p:old_end]
    assert err["source_text"].lower() in removed.lower() or any(
        n in removed.lower() for n in ("amlodipine", "metformine", "paracétamol")
    )
    assert err["source_text"].lower() not in new.lower()
    # one whole list line was removed
    assert len(new.splitlines()) == len(out.splitlines()) - 1


def test_drug_omission_semicolon_list():
    out = "Traitement : amlodipine 5 mg le matin ; metformine 1000 mg matin et soir ; hydroxyzine 25 mg le soir."
    for seed in range(5):
        new, err = plant_ok(SOURCE, out, "drug_omission", seed)
        assert new.startswith("Traitement : ")
        assert new.endswith(".")
        assert "; ;" not in new and " ;." not in new
        assert err["source_text"].lower() not in new.lower()


def test_negation_removal():
    out = "Examen : pas de fièvre, genou gauche douloureux."
    new, err = plant_ok(SOURCE, out, "negation")
    assert err["output_text"] == "fièvre"
    assert new == "Examen : fièvre, genou gauche douloureux."


def test_negation_capitalised():
    new, err = plant_ok(SOURCE, "Pas de fièvre. Genou gauche douloureux.", "negation")
    assert new == "Fièvre. Genou gauche douloureux."
    assert err["output_text"] == "Fièvre"


def test_negation_ignores_non_findings():
    # "en l'absence de" and "sans dépasser" are not negated findings
    res = inject.plant(
        SOURCE,
        "Arrêt en l'absence de reprise, sans dépasser 4 g par jour.",
        "negation",
        random.Random(0),
    )
    assert res is None


def test_hypothesis():
    out = "Conclusion : suspicion de lésion méniscale interne ; IRM demandée."
    new, err = plant_ok(SOURCE, out, "hypothesis")
    assert new == "Conclusion : lésion méniscale interne ; IRM demandée."
    assert err["output_text"] == "lésion méniscale interne"


def test_date():
    out = "Contrôle prévu le 14/04/2025 au cabinet."
    _new, err = plant_ok(SOURCE, out, "date")
    assert re.fullmatch(r"\d{2}/\d{2}/\d{4}", err["output_text"])
    assert err["output_text"] != "14/04/2025"
    assert err["output_text"] not in SOURCE


def test_date_textual_month():
    _new, err = plant_ok(SOURCE, "Consultation du 12 mars 2025.", "date")
    assert re.fullmatch(r"(1er|\d{1,2}) \w+ \d{4}", err["output_text"])
    assert err["output_text"] != "12 mars 2025"


def test_laterality_gender():
    _new, err = plant_ok(SOURCE, "Douleur du genou gauche depuis 10 jours.", "laterality")
    assert err["output_text"] == "genou droit"
    _new, err = plant_ok("hanche gauche", "Prothèse de hanche gauche.", "laterality")
    assert err["output_text"] == "hanche droite"
    _new, err = plant_ok("épaule droite", "Tendinopathie de l'épaule droite.", "laterality")
    assert err["output_text"] == "épaule gauche"


def test_citation_year():
    src = "[1] Martin P, et al. Titre. Rev Fr. 2019;3:1-9. doi:10.5555/rf.2019.0311."
    out = "Le traitement réduit les chutes (Martin et al., 2019)."
    _new, err = plant_ok(src, out, "citation")
    assert re.fullmatch(r"Martin et al\., \d{4}", err["output_text"])
    assert err["output_text"] != "Martin et al., 2019"


def test_citation_doi():
    src = "doi:10.5555/rf.2019.0311"
    out = "Voir doi:10.5555/rf.2019.0311 pour le détail."
    _new, err = plant_ok(src, out, "citation")
    assert err["output_text"].startswith("10.5555/")
    assert err["output_text"] != "10.5555/rf.2019.0311"


def test_notation():
    seen = set()
    for seed in range(30):
        _new, err = plant_ok(
            SOURCE, "Insuline 14 UI le soir, sirop 5 mL, digoxine 0,125 mg.", "notation", seed
        )
        ot = err["output_text"]
        assert re.fullmatch(r"14 U|5 cc|5,0 mL|,125 mg", ot), ot
        seen.add(ot)
    assert len(seen) >= 3


def test_notation_microgram():
    _new, err = plant_ok("Levothyrox 75 µg", "Lévothyroxine 75 µg.", "notation", 1)
    assert err["output_text"] in ("75 mcg", "75 ug", "75,0 µg")


def test_dose():
    out = "Paracétamol 1 g jusqu'à 3 fois par jour ; amlodipine 5 mg le matin."
    _new, err = plant_ok(SOURCE, out, "dose")
    assert err["output_text"] in ("10 g", "50 mg")
    assert err["source_text"] in ("1 g", "5 mg")


def test_dose_methotrexate():
    _new, err = plant_ok(
        "méthotrexate 15 mg par semaine", "Méthotrexate 15 mg une fois par semaine.", "dose"
    )
    assert err["output_text"] == "150 mg"


def test_not_plantable_returns_none():
    assert inject.plant(SOURCE, "Aucun chiffre ici, ni date.", "date", random.Random(0)) is None
    assert inject.plant(SOURCE, "Texte sans médicament.", "drug", random.Random(0)) is None


def test_deterministic():
    out = "Amlodipine 5 mg le matin ; paracétamol 1 g toutes les 8 heures."
    a = inject.plant(SOURCE, out, "number", random.Random(7))
    b = inject.plant(SOURCE, out, "number", random.Random(7))
    assert a == b


def test_inject_file_roundtrip(tmp_path, capsys):
    cases = [
        {
            "id": "x-001",
            "genre": "consultation_note",
            "use_case": "consultation_note",
            "source": SOURCE,
            "output": "Pas de fièvre. Genou gauche douloureux. Amlodipine 5 mg le matin ; paracétamol 1 g "
            "toutes les 8 heures. Contrôle le 14/04/2025.",
            "errors": [],
        },
        {
            "id": "x-002",
            "genre": "admin_form",
            "use_case": "admin_form",
            "source": "rien",
            "output": "Rien à signaler.",
            "errors": [],
        },
    ]
    src = tmp_path / "in.jsonl"
    dst = tmp_path / "out.jsonl"
    src.write_text(
        "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8"
    )
    _planted, skipped = inject.inject_file(
        str(src), str(dst), seed=0, types=list(inject.TYPES), per_case=1
    )
    err = capsys.readouterr().err
    assert "skipped" in err
    lines = [json.loads(x) for x in dst.read_text(encoding="utf-8").splitlines()]
    assert lines and all(line["id"].startswith("x-001+") for line in lines)
    assert {line["id"].split("+")[1] for line in lines} >= {
        "number",
        "negation",
        "date",
        "laterality",
        "dose",
    }
    assert sum(skipped.values()) >= len(inject.TYPES)  # x-002 has nothing to plant
    for line in lines:
        assert len(line["errors"]) == 1
    assert validate_corpus.main([str(dst), "--no-composition"]) == 0


def test_per_case_keeps_existing_annotations(tmp_path):
    case = {
        "id": "y-001",
        "genre": "discharge_letter",
        "use_case": "discharge_letter",
        "source": SOURCE,
        "output": "Pas de fièvre. Genou droit douloureux. Amlodipine 5 mg le matin ; metformine 1000 mg "
        "matin et soir. Contrôle le 14/04/2025.",
        "errors": [
            {
                "type": "laterality",
                "output_text": "Genou droit",
                "occurrence": 1,
                "source_text": "genou gauche",
                "note": "",
            }
        ],
    }
    src = tmp_path / "in.jsonl"
    dst = tmp_path / "out.jsonl"
    src.write_text(json.dumps(case, ensure_ascii=False) + "\n", encoding="utf-8")
    inject.inject_file(
        str(src),
        str(dst),
        seed=2,
        types=["number", "negation", "date", "frequency"],
        per_case=2,
        log=None,
    )
    lines = [json.loads(x) for x in dst.read_text(encoding="utf-8").splitlines()]
    assert lines
    for line in lines:
        assert line["errors"][0]["output_text"] == "Genou droit"
        assert len(line["errors"]) >= 2
    assert validate_corpus.main([str(dst), "--no-composition"]) == 0
