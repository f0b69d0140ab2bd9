"""Each notation rule is tested on the examples written with the rule, in the data file."""

import pytest

from avec.clinical.resources import load_toml
from avec.verify import Verifier
from avec.verify.checkers.notation import notation_rules

RULES = [r for r in load_toml("error_prone_notations.toml")["rule"] if "pattern" in r]
FLAG = [(r["id"], example) for r in RULES for example in r["flag"]]
ALLOW = [(r["id"], example) for r in RULES for example in r["allow"]]


def rule_ids(verifier: Verifier, text: str) -> set[str]:
    report = verifier.check(text, text)
    return {f.category for f in report.findings if f.check == "notation"}


@pytest.mark.parametrize(("rule", "example"), FLAG)
def test_flagged(verifier: Verifier, rule: str, example: str) -> None:
    assert rule in rule_ids(verifier, example)


@pytest.mark.parametrize(("rule", "example"), ALLOW)
def test_allowed(verifier: Verifier, rule: str, example: str) -> None:
    assert rule not in rule_ids(verifier, example)


def test_every_rule_with_a_pattern_is_loaded() -> None:
    assert {r.id for r in notation_rules()} == {r["id"] for r in RULES}
    assert len(RULES) >= 5


def test_issue_examples_are_errors(verifier: Verifier) -> None:
    text = "Prendre 5,0 mg, puis ,5 mg, 10 U d'insuline, 5 cc, 75 ug."
    found = {f.category: f for f in verifier.check(text, text).findings if f.check == "notation"}
    assert {
        "trailing_zero",
        "naked_decimal",
        "unit_abbreviated_u",
        "cc_for_ml",
        "microgram_nonstandard",
    } <= set(found)
    assert str(found["trailing_zero"].severity) == "error"
