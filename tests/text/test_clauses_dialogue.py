"""Clauses, speaker turns and the answers of a transcript (Vérifier II)."""

from __future__ import annotations

from avec.text.assertion import AFFIRMED, NEGATED
from avec.text.clauses import MAX_CHARS, split_clauses
from avec.text.dialogue import answers
from avec.text.normalize import fold
from avec.text.numbers import find_numbers


def _clauses(text: str) -> list[tuple[str, int, str | None]]:
    return [(c.of(text), c.turn, c.speaker) for c in split_clauses(text)]


def test_a_transcript_has_turns_and_a_form_does_not() -> None:
    dialogue = "Médecin : Vous toussez ?\nPatiente : Oui, depuis trois jours.\nMédecin : D'accord."
    assert _clauses(dialogue) == [
        ("Vous toussez ?", 0, "medecin"),
        ("Oui, depuis trois jours.", 1, "patiente"),
        ("D'accord.", 2, "medecin"),
    ]
    form = "Patient : M. Jean Roux\nAntécédents : aucun.\nTraitement : ramipril 5 mg."
    assert [c.turn for c in split_clauses(form)] == [-1, -1, -1]  # a lone header is a field
    assert split_clauses(form)[1].label == "antecedents"


def test_speakers_named_by_a_name_who_speak_more_than_once() -> None:
    text = (
        "Dr L. : Ça fait mal ?\nLucas : Non.\nDr L. : Et là ?\nLucas : Un peu.\nContexte : école."
    )
    found = split_clauses(text)
    assert [c.speaker for c in found[:4]] == ["dr l.", "lucas", "dr l.", "lucas"]
    assert found[1].by_patient and not found[0].by_patient
    assert found[4].speaker == "lucas"  # « Contexte » is said once: a field, not a speaker


def test_dash_turns_in_one_line_and_bounded_clauses() -> None:
    assert [t for t, _, _ in _clauses("— Pas de fièvre ? — Si, un peu.")] == [
        "Pas de fièvre ?",
        "Si, un peu.",
    ]
    dictation = "le patient tousse depuis trois jours " * 200  # no punctuation at all
    assert all(len(c.span) <= MAX_CHARS for c in split_clauses(dictation))


def test_answers_give_the_question_its_status() -> None:
    text = (
        "Médecin : Vous avez des allergies ?\nPatient : Non, aucune.\n"
        "Médecin : Pas de fièvre ?\nPatient : Si, un peu.\n"
        "Médecin : Vous fumez toujours ?\nPatient : Non, j'ai arrêté il y a cinq ans.\n"
        "Médecin : Des taches, des zigzags, avant le mal de tête ?\nPatient : Non, jamais."
    )
    folded = fold(text)
    found = answers(folded, split_clauses(text))
    asked = {folded[a.asked.start : a.asked.end]: a.status for a in found}
    assert asked["vous avez des allergies ?"] == NEGATED
    assert asked["pas de fievre ?"] == AFFIRMED  # « Si » to a negative question
    assert not any("fumez" in q for q in asked)  # a past habit is no denial
    # the words that situate a question are not asked: the headache is not denied
    assert "des taches, des zigzags, " in asked and asked["des taches, des zigzags, "] == NEGATED


def test_number_words_follow_french_grammar() -> None:
    def values(text: str) -> list[float]:
        return [n.value for n in find_numbers(text)]

    assert values("treize huit") == [13, 8]  # two numbers said one after the other
    assert values("quatre-vingt-dix-sept, mille neuf cent quatre-vingt-deux") == [97, 1982]
    assert values("cinq virgule un, zéro virgule zéro cinq") == [5.1, 0.05]
    assert values("deux et demi le matin") == [2.5]
