"""Replacement: placeholders, surrogates, date shifting, consistency within a conversation."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from stdnum import luhn

from avec.privacy import Detector, Mapping, pseudonymize
from avec.privacy.dateshift import parse, shift
from avec.privacy.recognizers.identifiers import nir_key_ok

LETTER = (
    "Mme DUPONT Jeanne, née le 12/03/1952, IPP 8003456721.\n"
    "Madame Dupont est sortie le 10/04/2025 ; revue le 17/04/2025 par le Dr Paul Kerouac "
    "(RPPS 10003456786). NIR 2 52 03 35 238 123 80. Tél 06 12 34 56 78.\n"
    "transcription : alors madame dupont, vous habitez toujours 12 rue des Lilas, 35000 Rennes ?"
)


def test_placeholders_are_typed_and_consistent(rules: Detector) -> None:
    result = pseudonymize(LETTER, detector=rules)
    assert "Dupont" not in result.text and "dupont" not in result.text.lower()
    names = {e.text: e.replacement for e in result.entities if e.label == "NOM"}
    assert names["DUPONT"] == names["Dupont"] == names["dupont"] == "[NOM_1]"
    assert re.search(r"\[DATE_NAISSANCE_1\]", result.text)
    # offsets point into the input
    for e in result.entities:
        assert LETTER[e.start : e.end] == e.text


def test_conversation_keeps_replacements(rules: Detector) -> None:
    first = pseudonymize("Mme Dupont, 06 12 34 56 78.", detector=rules)
    second = pseudonymize("Le fils de Mme Dupont rappelle au 0612345678.", detector=rules,
                          mapping=first.mapping)  # fmt: skip
    assert "[NOM_1]" in second.text and "[TEL_1]" in second.text


def test_surrogates_are_realistic_valid_and_never_the_original(rules: Detector) -> None:
    result = pseudonymize(LETTER, mode="surrogate", detector=rules)
    by_label = {e.label.value: e for e in result.entities}
    assert not re.search(r"\[[A-Z_]+_\d+\]", result.text)
    for e in result.entities:
        assert e.replacement.lower() != e.text.lower()
    assert nir_key_ok(by_label["SECU"].replacement)
    assert luhn.is_valid(re.sub(r"\D", "", by_label["RPPS"].replacement))
    assert re.fullmatch(r"0\d(?: \d\d){4}", by_label["TEL"].replacement)
    upper = next(e for e in result.entities if e.text == "DUPONT")
    assert upper.replacement.isupper()


def test_date_shift_keeps_intervals(rules: Detector) -> None:
    result = pseudonymize(LETTER, shift_dates=True, detector=rules)
    dates = {e.text: e.replacement for e in result.entities if e.label == "DATE"}
    before = parse("17/04/2025")[0] - parse("10/04/2025")[0]  # type: ignore[index]
    after = parse(dates["17/04/2025"])[0] - parse(dates["10/04/2025"])[0]  # type: ignore[index]
    assert before == after == dt.timedelta(days=7)
    assert dates["10/04/2025"] != "10/04/2025"


@pytest.mark.parametrize(
    ("text", "days", "expected"),
    [
        ("12/03/1952", 10, "22/03/1952"),
        ("2025-04-03", -3, "2025-03-31"),
        ("12 mars 2025", 30, "11 avril 2025"),
        ("mars 2024", 31, "avril 2024"),
        ("03.04.25", 1, "04.04.25"),
    ],
)
def test_shift_keeps_the_written_format(text: str, days: int, expected: str) -> None:
    assert shift(text, days) == expected


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown mode"):
        pseudonymize("Mme Dupont", mode="redact", detector=Detector(use_ner=False))


def test_mapping_survives_serialisation(rules: Detector) -> None:
    result = pseudonymize(LETTER, mode="surrogate", detector=rules)
    again = Mapping.from_dict(result.mapping.to_dict())
    assert again.to_dict() == result.mapping.to_dict()
