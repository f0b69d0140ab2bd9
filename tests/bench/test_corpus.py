"""The hand-written benchmark corpus (bench/verify/corpus.jsonl) passes its validator."""

import importlib.util
import json
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


def test_corpus_validates(capsys):
    validate_corpus = _load("validate_corpus")
    assert validate_corpus.main([str(VERIFY / "corpus.jsonl")]) == 0


def test_corpus_matches_sources():
    """corpus.jsonl is the build of corpus_src/ (rebuild with build_corpus.py)."""
    build = _load("build_corpus")
    built = [json.dumps(c, ensure_ascii=False) for c in build.load_cases()]
    on_disk = (VERIFY / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    assert built == on_disk


def test_benchmark_scores_every_error_type_the_injector_plants():
    inject, run = _load("inject"), _load("run")
    assert set(run.ACCEPT) == set(inject.TYPES)
    assert _load("validate_corpus").TYPES == inject.TYPES
