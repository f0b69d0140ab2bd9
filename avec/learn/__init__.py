"""Apprendre: training modules, quizzes and competency levels (content as files)."""

from avec.learn.modules import (
    LearnError,
    LevelRules,
    Module,
    Question,
    Quiz,
    Score,
    level_reached,
    load_levels,
    load_module,
    load_modules,
    load_quiz,
    load_quizzes,
    score,
)

__all__ = [
    "LearnError",
    "LevelRules",
    "Module",
    "Question",
    "Quiz",
    "Score",
    "level_reached",
    "load_levels",
    "load_module",
    "load_modules",
    "load_quiz",
    "load_quizzes",
    "score",
]
