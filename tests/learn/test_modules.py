"""The shipped content loads; loader errors are French; scoring and level rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from avec.learn import LearnError, level_reached, load_levels, load_modules, load_quiz, score
from avec.learn.modules import load_quizzes, parse_levels, parse_module, parse_quiz

QUIZ = """
module: "09"
title: "Essai"
questions:
  - id: q1
    prompt: "Deux plus deux ?"
    correct: [b]
    answers:
      - {id: a, text: "3", explanation: "Non."}
      - {id: b, text: "4", explanation: "Oui."}
  - id: q2
    prompt: "Nombres pairs ?"
    correct: [a, c]
    answers:
      - {id: a, text: "2", explanation: "Oui."}
      - {id: b, text: "3", explanation: "Non."}
      - {id: c, text: "4", explanation: "Oui."}
"""


def test_shipped_content_is_complete() -> None:
    modules = load_modules()
    assert [m.id for m in modules] == [f"{i:02d}" for i in range(1, 9)]
    for m in modules:
        assert 600 <= m.words <= 1600, (m.id, m.words)
        assert m.sources and m.title
    quizzes = load_quizzes()
    assert [q.module for q in quizzes] == [m.id for m in modules]
    for q in quizzes:
        assert 6 <= sum(x.kind == "choice" for x in q.questions) <= 10, q.module
    kinds = [x.kind for q in quizzes for x in q.questions]
    assert kinds.count("spot_error") >= 6 and kinds.count("pseudonymize") >= 6
    rules = load_levels()
    assert {m for r in rules.levels for m in r.modules} == {m.id for m in modules}
    for m in modules:  # a module counts toward the level its front matter says
        assert m.id in rules.levels[m.level - 1].modules


def test_malformed_yaml_is_reported_with_its_line() -> None:
    with pytest.raises(LearnError, match=r"YAML invalide \(ligne \d+"):
        parse_quiz("module: '09'\nquestions: [\n  - id: q1\n")


def test_question_without_correct_answer() -> None:
    broken = QUIZ.replace("correct: [b]", "correct: []")
    with pytest.raises(LearnError, match=r"questions\[0\] \(q1\)\.correct : au moins 1"):
        parse_quiz(broken)


def test_unknown_correct_answer_id() -> None:
    with pytest.raises(LearnError, match="bonne\\(s\\) réponse\\(s\\) inconnue\\(s\\) : z"):
        parse_quiz(QUIZ.replace("correct: [b]", "correct: [z]"))


def test_module_id_must_be_quoted_and_front_matter_present() -> None:
    with pytest.raises(LearnError, match="guillemets"):
        parse_quiz(QUIZ.replace('module: "09"', "module: 9"))
    with pytest.raises(LearnError, match="en-tête YAML manquant"):
        parse_module("# Titre\n\nTexte.")
    with pytest.raises(LearnError, match="level : doit être inférieur ou égal à 3"):
        parse_module('---\nid: "01"\ntitle: T\nlevel: 4\nduration: 5\nsources: [s]\n---\nTexte')


def test_spot_error_needs_its_passage_once_and_avec_detects() -> None:
    exercise = """
module: "09"
title: "Essai"
questions:
  - id: e1
    kind: spot_error
    prompt: "Repérez l'erreur."
    source: "Lévothyrox 75 µg."
    proposition: "Lévothyrox 75 mg."
    avec_detects: true
    correct: [b]
    answers:
      - {id: a, text: "Lévothyrox", explanation: "Conforme."}
      - {id: b, text: "75 mg", explanation: "Unité."}
"""
    assert parse_quiz(exercise).questions[0].spans("b") == [(11, 16)]
    with pytest.raises(LearnError, match="absente"):
        parse_quiz(exercise.replace('text: "75 mg"', 'text: "75 g"'))
    with pytest.raises(LearnError, match="avec_detects"):
        parse_quiz(exercise.replace("    avec_detects: true\n", ""))


def test_score_marks_each_question_and_totals() -> None:
    quiz = parse_quiz(QUIZ)
    result = score(quiz, {"q1": ["b"], "q2": ["a"]})
    assert [r.correct for r in result.results] == [True, False]
    assert result.correct == 1 and result.total == 2 and result.percentage == 50.0
    assert result.results[1].expected == ("a", "c")
    assert dict(result.results[1].explanations)["b"] == "Non."
    assert score(quiz, {"q1": ["b"], "q2": ["c", "a"]}).percentage == 100.0
    assert score(quiz, {}).percentage == 0.0  # unanswered is wrong


def test_score_rejects_unknown_ids() -> None:
    quiz = parse_quiz(QUIZ)
    with pytest.raises(LearnError, match="q1 : réponse inconnue « z »"):
        score(quiz, {"q1": ["z"]})
    with pytest.raises(LearnError, match="question inconnue : q9"):
        score(quiz, {"q9": ["a"]})


def test_level_rules() -> None:
    full = {f"{i:02d}": 100.0 for i in range(1, 9)}
    assert level_reached({}, granted=True) == 0
    assert level_reached({"01": 80, "02": 80, "03": 80, "04": 79.9}, granted=False) == 0
    assert level_reached({"01": 80, "02": 90, "03": 100, "04": 85}, granted=False) == 1
    assert level_reached({**full, "06": 70}, granted=True) == 1
    assert level_reached({**full, "01": 50}, granted=True) == 0  # levels are cumulative
    assert level_reached(full, granted=False) == 2  # level 3 needs a référent's grant
    assert level_reached(full, granted=True) == 3
    assert level_reached({**full, "08": 60}, granted=True) == 2


def test_levels_file_is_validated() -> None:
    with pytest.raises(LearnError, match="niveaux attendus dans l'ordre"):
        parse_levels("levels:\n  - {level: 2, label: x, modules: ['01'], min_percentage: 80}\n")


def test_override_directory_is_read_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "quizzes").mkdir()
    (tmp_path / "quizzes" / "01-local.yaml").write_text(
        QUIZ.replace('module: "09"', 'module: "01"'), encoding="utf-8"
    )
    (tmp_path / "levels.yaml").write_text(
        "levels:\n  - {level: 1, label: premier, modules: ['01'], min_percentage: 50}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("AVEC_LEARN_DIR", str(tmp_path))
    assert load_quiz("01").title == "Essai"
    assert len(load_quiz("02").questions) > 2  # not overridden: the shipped quiz
    assert level_reached({"01": 50}, granted=False) == 1
    assert len(load_modules()) == 8
    (tmp_path / "quizzes" / "01-local.yaml").write_text("module: [", encoding="utf-8")
    with pytest.raises(LearnError, match=r"01-local\.yaml"):
        load_quiz("01")
