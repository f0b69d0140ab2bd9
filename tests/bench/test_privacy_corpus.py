"""Tests of the de-identification benchmark: the gold corpus generator, the scorer and the
RESULTS.md section writer (bench/privacy/, bench/results.py)."""

from __future__ import annotations

import importlib.util
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str, relative: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / relative)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


gen = _load("privacy_generate", "bench/privacy/generate.py")
sc = _load("privacy_score", "bench/privacy/score.py")
res = _load("bench_results", "bench/results.py")


@pytest.fixture(scope="module")
def corpus() -> list[dict[str, Any]]:
    return gen.generate(2026, 320)


# --------------------------------------------------------------------------------------------
# Generator
# --------------------------------------------------------------------------------------------


def test_size_and_ids(corpus: list[dict[str, Any]]) -> None:
    assert len(corpus) >= 300
    ids = [doc["id"] for doc in corpus]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"priv-\d{4}", i) for i in ids)


def test_every_label_at_least_ten_times(corpus: list[dict[str, Any]]) -> None:
    counts = Counter(e["label"] for doc in corpus for e in doc["entities"])
    assert set(counts) == set(gen.LABELS)
    assert min(counts.values()) >= 10, counts


def test_every_kind_present_and_balanced(corpus: list[dict[str, Any]]) -> None:
    counts = Counter(doc["kind"] for doc in corpus)
    assert set(counts) == set(gen.KINDS)
    assert max(counts.values()) - min(counts.values()) <= 1


def test_offsets_consistent(corpus: list[dict[str, Any]]) -> None:
    for doc in corpus:
        text = doc["text"]
        for e in doc["entities"]:
            assert e["label"] in gen.LABELS
            assert 0 <= e["start"] < e["end"] <= len(text)
            assert text[e["start"] : e["end"]] == e["text"]
            assert e["text"] == e["text"].strip()
        for k in doc["must_keep"]:
            assert k["kind"] in gen.KEEP_KINDS
            assert text[k["start"] : k["end"]] == k["text"]


def test_entities_sorted_and_not_overlapping(corpus: list[dict[str, Any]]) -> None:
    for doc in corpus:
        spans = [(e["start"], e["end"]) for e in doc["entities"]]
        assert spans == sorted(spans)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), doc["id"]


def test_must_keep_never_inside_gold(corpus: list[dict[str, Any]]) -> None:
    for doc in corpus:
        for k in doc["must_keep"]:
            for e in doc["entities"]:
                assert k["end"] <= e["start"] or e["end"] <= k["start"], (doc["id"], k, e)


def test_must_keep_volume(corpus: list[dict[str, Any]]) -> None:
    kinds = Counter(k["kind"] for doc in corpus for k in doc["must_keep"])
    assert sum(kinds.values()) >= 200
    assert set(kinds) == set(gen.KEEP_KINDS)
    assert kinds["eponym"] >= 100 and kinds["drug"] >= 100 and kinds["weekday"] >= 50


def test_every_eponym_drug_and_weekday_occurrence_is_annotated(
    corpus: list[dict[str, Any]],
) -> None:
    vocab = {
        k["text"].lower()
        for doc in corpus
        for k in doc["must_keep"]
        if k["kind"] in ("eponym", "drug", "weekday")
    }
    words = sorted((re.escape(v) for v in vocab), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(words) + r")(?![\w-])", re.IGNORECASE)
    for doc in corpus:
        spans = [(s["start"], s["end"]) for s in doc["entities"] + doc["must_keep"]]
        for m in pattern.finditer(doc["text"]):
            assert any(a <= m.start() and m.end() <= b for a, b in spans), (doc["id"], m.group())


def test_lengths(corpus: list[dict[str, Any]]) -> None:
    lengths = [len(doc["text"]) for doc in corpus]
    assert 1800 <= sum(lengths) / len(lengths) <= 2300
    assert min(lengths) >= 550 and max(lengths) <= 4200


def test_deterministic() -> None:
    assert gen.generate(7, 30) == gen.generate(7, 30)
    assert gen.generate(7, 30) != gen.generate(8, 30)


def test_hard_cases_used(corpus: list[dict[str, Any]]) -> None:
    used = Counter(h for doc in corpus for h in doc["hard_cases"])
    assert len(gen.HARD_CASES) >= 40
    assert set(used) == {h.name for h in gen.HARD_CASES}


def test_own_surnames_are_not_fakers() -> None:
    from faker.providers.person.fr_FR import Provider

    own = set(gen.RARE_SURNAMES) - set(Provider.last_names)
    assert len(own) >= 60


def _digits(text: str) -> str:
    return re.sub(r"\s", "", text)


def test_identifier_check_digits(corpus: list[dict[str, Any]]) -> None:
    for doc in corpus:
        for e in doc["entities"]:
            value = _digits(e["text"])
            if e["label"] in ("SECU", "INS"):
                assert len(value) == 15 and gen.nir_key(value[:13]) == int(value[13:]), e
            elif e["label"] == "RPPS":
                assert value.isdigit() and (
                    len(value) == 9 or (len(value) == 11 and value[0] == "1" and gen.luhn_ok(value))
                ), e
            elif e["label"] == "IBAN":
                assert len(value) == 27 and value.startswith("FR") and gen.iban_ok(value), e
            elif e["label"] in ("ZIP", "FINESS"):
                assert value.isdigit() and len(value) == (5 if e["label"] == "ZIP" else 9), e


def test_nir_keys() -> None:
    assert gen.nir_key("1520329019123") == 48
    assert gen.nir_key("285062A123456") == 96  # 2A counts as 19: 97 - 2850619123456 mod 97
    assert gen.fmt_nir("285062A12345696", spaced=True) == "2 85 06 2A 123 456 96"


def test_cli_writes_jsonl(tmp_path: Path) -> None:
    out = tmp_path / "corpus.jsonl"
    assert gen.main(["--out", str(out), "--n", "4", "--seed", "3"]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == gen.generate(3, 4)


# --------------------------------------------------------------------------------------------
# Scorer
# --------------------------------------------------------------------------------------------

TEXT = "Mme Jeanne Dupont, maladie de Parkinson, tél. 06 12 34 56 78."


def _doc() -> dict[str, Any]:
    def span(part: str, label: str) -> dict[str, Any]:
        start = TEXT.index(part)
        return {"start": start, "end": start + len(part), "label": label, "text": part}

    keep_start = TEXT.index("Parkinson")
    return {
        "id": "t-1",
        "kind": "test",
        "text": TEXT,
        "entities": [
            span("Jeanne", "PRENOM"),
            span("Dupont", "NOM"),
            span("06 12 34 56 78", "TEL"),
        ],
        "must_keep": [
            {"start": keep_start, "end": keep_start + 9, "text": "Parkinson", "kind": "eponym"}
        ],
    }


def _gold(doc: dict[str, Any]) -> list[tuple[int, int, str]]:
    return [(e["start"], e["end"], e["label"]) for e in doc["entities"]]


def test_score_perfect() -> None:
    doc = _doc()
    result = sc.score([doc], [_gold(doc)])
    assert result["leak_rate"] == 0.0 and result["full_redaction"] == 1.0
    assert result["over_redaction"] == 0.0
    assert result["any"]["precision"] == result["any"]["recall"] == 1.0
    assert all(s["f1"] == 1.0 for s in result["per_label"].values())
    assert result["name_recall"] == {"NOM": 1.0, "PRENOM": 1.0}
    assert result["zero_leak"]["TEL"] == 0


def test_score_partial_leak() -> None:
    doc = _doc()
    gold = _gold(doc)
    tel_start = gold[2][0]
    pred = [gold[0], gold[1], (tel_start, tel_start + 8, "TEL")]  # "06 12 34" only
    result = sc.score([doc], [pred])
    assert result["per_label"]["TEL"]["recall"] == 1.0  # overlapping, same label: a match
    assert result["leaked"] == 1 and result["leak_rate"] == pytest.approx(1 / 3)
    assert result["zero_leak"]["TEL"] == 1
    assert result["full_redaction"] == 0.0
    assert [e["text"] for e in sc.leaked_entities(doc, pred)] == ["06 12 34 56 78"]


def test_score_whitespace_gap_is_not_a_leak() -> None:
    doc = _doc()
    gold = _gold(doc)
    tel_start = gold[2][0]
    pred = [
        gold[0],
        gold[1],
        (tel_start, tel_start + 8, "TEL"),
        (tel_start + 9, tel_start + 14, "TEL"),
    ]
    result = sc.score([doc], [pred])
    assert result["leaked"] == 0
    assert result["per_label"]["TEL"]["precision"] == 0.5  # the second piece matches nothing
    assert result["any"]["overlap_precision"] == 1.0


def test_score_wrong_label() -> None:
    doc = _doc()
    gold = _gold(doc)
    pred = [gold[0], (gold[1][0], gold[1][1], "PRENOM"), gold[2]]
    result = sc.score([doc], [pred])
    assert result["per_label"]["NOM"]["recall"] == 0.0
    assert result["per_label"]["PRENOM"]["precision"] == 0.5
    assert result["leaked"] == 0 and result["name_recall"]["NOM"] == 1.0
    assert result["any"]["recall"] == 1.0 and result["any"]["precision"] == 1.0


def test_score_over_redaction() -> None:
    doc = _doc()
    keep = doc["must_keep"][0]
    pred = [*_gold(doc), (keep["start"], keep["end"], "NOM")]
    result = sc.score([doc], [pred])
    assert result["over_redaction"] == 1.0
    assert result["over_redaction_by_kind"]["eponym"] == {"total": 1, "hit": 1, "rate": 1.0}
    assert result["any"]["precision"] == 0.75
    assert result["per_label"]["NOM"]["precision"] == 0.5
    assert sc.false_positives(doc, pred) == [(keep["start"], keep["end"], "NOM")]


def test_score_greedy_largest_overlap() -> None:
    gold = [(0, 10, "NOM"), (12, 20, "NOM")]
    assert sc.match(gold, [(5, 20, "NOM")], by_label=True) == [(1, 0)]


def test_score_accepts_mapping_and_missing_predictions() -> None:
    doc = _doc()
    result = sc.score([doc], {})
    assert result["leaked"] == 3 and result["name_recall"]["PRENOM"] == 0.0
    assert result["per_label"]["NOM"]["precision"] == 1.0  # nothing predicted: vacuous
    assert result["per_label"]["NOM"]["f1"] == 0.0


# --------------------------------------------------------------------------------------------
# RESULTS.md writer
# --------------------------------------------------------------------------------------------


def test_write_section_replaces_and_appends(tmp_path: Path) -> None:
    path = tmp_path / "RESULTS.md"
    path.write_text(
        "# Benchmark results\n\nIntro.\n\n## A (2026-01-01)\n\nold A\n\n## B\n\nB body\n",
        encoding="utf-8",
    )
    res.write_section("## A", "## A (2026-02-02)\n\nnew A\n", path=path)
    assert path.read_text(encoding="utf-8") == (
        "# Benchmark results\n\nIntro.\n\n## A (2026-02-02)\n\nnew A\n\n## B\n\nB body\n"
    )
    res.write_section("## C", "## C\n\nC body", path=path)
    text = path.read_text(encoding="utf-8")
    assert text.endswith("## B\n\nB body\n\n## C\n\nC body\n")
    res.write_section("## B", "## B\n\nnew B\n", path=path)
    assert path.read_text(encoding="utf-8").endswith("## B\n\nnew B\n\n## C\n\nC body\n")


def test_write_section_creates_file(tmp_path: Path) -> None:
    path = tmp_path / "RESULTS.md"
    res.write_section("## X", "## X\n\nbody\n", path=path)
    assert path.read_text(encoding="utf-8") == "# Benchmark results\n\n## X\n\nbody\n"
