"""Readability scores, bands, target and suggestions.

Known values, counted by hand:

A. « Le chat dort. Il fait beau. » — 2 sentences, 6 words, 6 syllables (all one syllable).
   Kandel–Moles = 207 − 1,015 × 6/2 − 73,6 × 6/6 = 207 − 3,045 − 73,6 = 130,355.
   LIX = 6/2 + 100 × 0/6 = 3.

B. « Prenez un comprimé le matin. Buvez de l'eau. » — 2 sentences, 8 words (« l'eau » is one),
   syllables pre-nez 2, un 1, com-pri-mé 3, le 1, ma-tin 2, bu-vez 2, de 1, l'eau 1 = 13.
   Kandel–Moles = 207 − 1,015 × 4 − 73,6 × 13/8 = 207 − 4,06 − 119,6 = 83,34.
   Long words (> 6 letters): « comprimé ». LIX = 8/2 + 100 × 1/8 = 16,5.

C. « L'hypertension artérielle nécessite une surveillance médicale régulière. » — 1 sentence,
   7 words; l'hy-per-ten-sion 4, ar-té-rielle 3, né-ces-site 3, une 1, sur-veil-lance 3,
   mé-di-cale 3, ré-gu-lière 3 = 20 syllables.
   Kandel–Moles = 207 − 1,015 × 7 − 73,6 × 20/7 = 207 − 7,105 − 210,286 = −10,391.
   Long words: all but « une » = 6. LIX = 7/1 + 100 × 6/7 = 92,714.
"""

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from avec.communicate import readability
from avec.communicate.readability import BANDS, TARGET_SCORE, _band, _plain_words
from avec.text.normalize import fold
from tests.communicate.samples import DISCHARGE, LEAFLET


@pytest.mark.parametrize(
    ("text", "counts", "km", "lix", "label"),
    [
        ("Le chat dort. Il fait beau.", (2, 6, 6, 0), 130.355, 3.0, "très facile"),
        (
            "Prenez un comprimé le matin. Buvez de l'eau.",
            (2, 8, 13, 1),
            83.34,
            16.5,
            "facile",
        ),
        (
            "L'hypertension artérielle nécessite une surveillance médicale régulière.",
            (1, 7, 20, 6),
            -10.3907,
            92.7143,
            "très difficile",
        ),
    ],
)
def test_known_values(
    text: str, counts: tuple[int, int, int, int], km: float, lix: float, label: str
) -> None:
    r = readability(text)
    assert (r.sentences, r.words, r.syllables, r.long_words) == counts
    assert r.kandel_moles == pytest.approx(km, abs=1e-3)
    assert r.lix == pytest.approx(lix, abs=1e-3)
    assert r.label == label


def test_lix_counts_a_colon_inside_a_sentence_as_a_period() -> None:
    r = readability("Appelez votre médecin si : la douleur dure.")
    assert (r.sentences, r.words, r.long_words) == (1, 7, 3)
    assert r.lix == pytest.approx(7 / 2 + 100 * 3 / 7)


def test_plain_leaflet_reads_easier_than_a_discharge_letter() -> None:
    leaflet, letter = readability(LEAFLET), readability(DISCHARGE)
    assert leaflet.kandel_moles is not None and letter.kandel_moles is not None
    assert leaflet.kandel_moles > TARGET_SCORE > letter.kandel_moles
    assert leaflet.lix is not None and letter.lix is not None and leaflet.lix < letter.lix
    assert leaflet.target_met and not letter.target_met
    assert letter.level == "études supérieures"
    assert leaflet.level in ("fin de primaire", "collège")
    # The bullet items are sentences; their markers are not words.
    assert leaflet.sentences == 9


def test_bands_and_target() -> None:
    assert [label for _, label, _ in BANDS] == [
        "très facile", "facile", "assez facile", "standard",
        "assez difficile", "difficile", "très difficile",
    ]  # fmt: skip
    assert _band(95) == ("très facile", "fin de primaire")
    assert _band(60) == ("standard", "collège")
    assert _band(59.9) == ("assez difficile", "lycée")
    assert _band(30) == ("difficile", "études supérieures")
    assert _band(-40) == ("très difficile", "études supérieures")
    assert TARGET_SCORE == 60


def test_suggestions_point_at_real_spans() -> None:
    r = readability(DISCHARGE)
    long = [s for s in r.suggestions if s.kind == "phrase_longue"]
    plain = [s for s in r.suggestions if s.kind == "mot_courant"]
    assert 1 <= len(long) <= 3
    assert long[0].text.startswith("Patient de 72 ans") and "44 mots" in long[0].message
    for s in r.suggestions:
        assert DISCHARGE[s.span.start : s.span.end] == s.text
    by_text = {s.text: s.replacement for s in plain}
    assert by_text["hypertension artérielle"] == "tension trop élevée"
    assert by_text["kaliémie"] == "taux de potassium dans le sang"
    assert by_text["intraveineux"] == "dans une veine"
    assert "hypertension" not in by_text  # the longer entry wins
    assert [s.span.start for s in r.suggestions] == sorted(s.span.start for s in r.suggestions)


def test_plain_words_match_plurals_case_and_accents() -> None:
    text = "Deux ANTALGIQUES per os, puis Céphalées et oedèmes. Prenez-les à jeun."
    found = {s.text: s.replacement for s in readability(text).suggestions}
    assert found == {
        "ANTALGIQUES": "médicament contre la douleur",
        "per os": "par la bouche",
        "Céphalées": "mal de tête",
        "oedèmes": "gonflement",
        "à jeun": "le ventre vide",
    }


def test_short_sentences_are_not_pointed_at() -> None:
    assert readability(LEAFLET).suggestions == ()


def test_lexicon_is_complete_and_each_entry_is_found() -> None:
    pattern, plain = _plain_words()
    assert len(plain) >= 100
    for term in plain:
        assert pattern.fullmatch(term), term
    assert pattern.fullmatch(fold("Œdème")) and pattern.fullmatch(fold("oedèmes"))


@pytest.mark.parametrize("text", ["", "   ", "\n\t\n", "- \n• \n", "...", "« »"])
def test_nothing_to_measure(text: str) -> None:
    r = readability(text)
    assert (r.sentences, r.words, r.syllables) == (0, 0, 0)
    assert r.kandel_moles is None and r.lix is None and not r.target_met
    assert r.label == r.level == "non mesurable"
    assert r.message == "Lisibilité non mesurable : le texte ne contient aucun mot."


def test_only_numbers() -> None:
    r = readability("38,5 12 000 2")
    assert (r.sentences, r.words) == (1, 3)
    assert r.syllables == 5 + 2 + 1  # trente-huit virgule cinq, douze mille, deux
    assert r.kandel_moles is not None


def test_message_and_dict_are_french_and_rounded() -> None:
    r = readability("Prenez un comprimé le matin. Buvez de l'eau.")
    assert r.message == (
        "Lisibilité facile (score de Flesch adapté au français : 83,3), niveau collège — "
        "objectif « collège » atteint."
    )
    d = r.to_dict()
    assert d["kandel_moles"] == 83.3 and d["lix"] == 16.5 and d["target_met"] is True
    hard = readability(DISCHARGE)
    assert "non atteint" in hard.message and "−" in hard.message


def test_five_thousand_characters_take_a_few_milliseconds() -> None:
    text = ((LEAFLET + DISCHARGE) * 5)[:5000]
    readability(text)  # loads the word list and the lexicon once
    start = time.perf_counter()
    for _ in range(10):
        readability(text)
    assert (time.perf_counter() - start) / 10 < 0.05  # measured ~5 ms; generous for slow CI


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_any_text_is_measured_without_error(text: str) -> None:
    r = readability(text)
    assert r.words >= r.sentences >= 0 and r.syllables >= r.words
    assert (r.kandel_moles is None) == (r.words == 0)
    for s in r.suggestions:
        assert text[s.span.start : s.span.end] == s.text
