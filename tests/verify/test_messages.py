"""The checks' messages live in a catalogue (i18n-ready): every key used exists, none is orphan,
and an unknown language falls back to French."""

import re
from pathlib import Path

import pytest

from avec.verify import messages

ROOT = Path(__file__).parent.parent.parent
USED = {
    key
    for path in (ROOT / "avec" / "verify" / "checkers").glob("*.py")
    for key in re.findall(
        r'(?:explain|text)\(\s*"([a-z_]+\.[a-z_]+)"', path.read_text(encoding="utf-8")
    )
}
USED |= {
    key
    for path in (ROOT / "avec" / "verify" / "checkers").glob("*.py")
    for key in re.findall(r'"(doses\.per_[a-z]+)"', path.read_text(encoding="utf-8"))
}
# keys handed to Pair.contrast_finding (findings of aligned clauses), named in a literal
USED |= {
    f"{path.stem}.{key}"
    for path in (ROOT / "avec" / "verify" / "checkers").glob("*.py")
    for key in re.findall(rf'"{path.stem}\.([a-z_]+)"', path.read_text(encoding="utf-8"))
    if key != "toml"  # a data file's name, not a message
}


def test_every_key_used_exists_and_none_is_orphan() -> None:
    catalog = set(messages.catalog("fr"))
    assert USED - catalog == set()
    assert catalog - USED == set()


def test_placeholders_are_filled() -> None:
    message, suggestion = messages.explain(
        "quantities.unit_magnitude", written="75 mg", source="75 µg"
    )
    assert (
        message
        == "Unité modifiée : « 75 mg » alors que la source indique « 75 µg » — l'ordre de grandeur change."
    )
    assert suggestion == "Reprendre l'unité de la source : 75 µg."


def test_unknown_language_falls_back_to_french(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AVEC_LANG", "xx")
    assert messages.text("drugs.reason_phonetic") == "noms qui se prononcent de la même façon"


def test_unknown_key_is_an_error() -> None:
    with pytest.raises(KeyError):
        messages.text("nope.nope")
