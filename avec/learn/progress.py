"""A learner's progress: quiz attempts, best score per module, and the level they unlock.

Levels 1 and 2 follow from the quiz scores (levels.yaml) as soon as they are reached; level 3
also needs a référent's grant. An attempt never lowers a level set by an administrator.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Mapping

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from avec.learn.modules import LearnError, LevelRules, Score, level_reached, load_quiz, score
from avec.store.accounts import AccountError, set_level
from avec.store.audit import append, canonical
from avec.store.tables import QuizAttempt, User


def bests(engine: Engine, user: str) -> dict[str, float]:
    """Module id → best percentage of this user."""
    with Session(engine) as session:
        rows = session.execute(
            select(QuizAttempt.module, func.max(QuizAttempt.percentage))
            .where(QuizAttempt.user_name == user).group_by(QuizAttempt.module)
        ).all()  # fmt: skip
    return {m: float(p) for m, p in rows}


def passed_on(engine: Engine, user: str, rules: LevelRules) -> dict[str, str]:
    """Module id → when this user first reached its pass mark (ISO timestamp)."""
    with Session(engine) as session:
        rows = session.execute(
            select(QuizAttempt.module, QuizAttempt.percentage, QuizAttempt.created)
            .where(QuizAttempt.user_name == user).order_by(QuizAttempt.created)
        ).all()  # fmt: skip
    out: dict[str, str] = {}
    for module, percentage, created in rows:
        if module not in out and percentage >= rules.pass_mark(module):
            out[module] = created
    return out


def attempt(engine: Engine, user: User, module: str,
            answers: Mapping[str, Collection[str]]) -> tuple[Score, int | None]:  # fmt: skip
    """Score and record an attempt; return the score and the new level if it rose."""
    result = score(load_quiz(module), answers)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with Session(engine) as session, session.begin():
        session.add(QuizAttempt(user_name=user.name, module=module, percentage=result.percentage,
                                answers=canonical({k: sorted(v) for k, v in answers.items()}),
                                created=now))  # fmt: skip
    append(engine, "quiz_attempt", f"user:{user.name}",
           {"module": module, "percentage": result.percentage})  # fmt: skip
    reached = min(level_reached(bests(engine, user.name), granted=False), 2)
    if reached > user.level:
        set_level(engine, user.name, reached, actor="apprendre")
        return result, reached
    return result, None


def grant_referent(engine: Engine, user: str, by: User) -> None:
    """A référent grants level 3 to someone whose quiz scores already allow it."""
    if by.level < 3:
        raise LearnError(
            "attribution du niveau 3", ["seul un référent-auditeur (niveau 3) l'attribue"]
        )
    if level_reached(bests(engine, user), granted=True) < 3:
        raise LearnError("attribution du niveau 3",
                         ["les modules et quiz requis (niveaux 1 à 3) ne sont pas tous réussis"])  # fmt: skip
    try:
        set_level(engine, user, 3, actor=f"user:{by.name}")
    except AccountError as exc:
        raise LearnError("attribution du niveau 3", [str(exc)]) from None


def answers_of(raw: str) -> dict[str, list[str]]:
    data = json.loads(raw)
    return {str(k): [str(x) for x in v] for k, v in data.items()}
