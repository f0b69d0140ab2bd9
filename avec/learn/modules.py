"""Apprendre: training modules (Markdown + front matter), quizzes and competency rules as files.

The content ships in `avec/learn/content/`; an organisation edits it by placing files with the same
names in `AVEC_LEARN_DIR` (read first: a module, quiz or `levels.yaml` there replaces the shipped
one of the same number; new numbers are added). Errors are French lines a référent can act on.
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from avec.validation import french, yaml_table

ENV_DIR = "AVEC_LEARN_DIR"
DEFAULT_PASS_MARK = 80.0  # a module that no level counts
_M = TypeVar("_M", bound=BaseModel)
_NUMBER = re.compile(r"^(\d{2})-[a-z0-9-]+\.(?:md|yaml)$")
_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)

# a quiz file's ids are numbers written as text: say how
_WORDING = {"string_type": 'un texte est attendu (mettre les numéros entre guillemets : "01")'}


class LearnError(Exception):
    """Unusable training content or answers; `errors` are French lines, one per problem."""

    def __init__(self, source: str, errors: list[str]) -> None:
        self.source = source
        self.errors = errors
        super().__init__(f"{source} : " + "; ".join(errors))


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


ModuleId = str  # two digits, "01" … "99"
_ID = Field(pattern=r"^\d{2}$")
_TEXT = Field(min_length=1)


class ModuleMeta(Strict):
    """A module's front matter."""

    id: ModuleId = _ID
    title: str = _TEXT
    level: int = Field(ge=1, le=3)  # the competency level it counts toward
    duration: int = Field(ge=1)  # minutes
    sources: list[str] = Field(min_length=1)


class Module(ModuleMeta):
    body: str  # Markdown, French
    path: str

    @property
    def words(self) -> int:
        return len(self.body.split())


class Answer(Strict):
    id: str = Field(pattern=r"^[a-z0-9_]{1,16}$")
    text: str = _TEXT
    explanation: str = _TEXT  # shown after answering


class Question(Strict):
    """A multiple-choice question; `spot_error` and `pseudonymize` are exercises built on avec.

    spot_error: `source` and `proposition`, each answer a passage of the proposition, exactly one
    correct (the planted error, found once in the proposition); `avec_detects` says whether avec's
    checker flags it. pseudonymize: `text`, each answer a passage of it, correct = identifying.
    """

    id: str = Field(pattern=r"^[a-z0-9_]{1,32}$")
    kind: Literal["choice", "spot_error", "pseudonymize"] = "choice"
    prompt: str = _TEXT
    source: str | None = None
    proposition: str | None = None
    text: str | None = None
    avec_detects: bool | None = None
    answers: list[Answer] = Field(min_length=2)
    correct: list[str] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Question:
        ids = [a.id for a in self.answers]
        if len(set(ids)) != len(ids):
            raise ValueError(f"identifiants de réponse en double : {_dups(ids)}")
        unknown = [c for c in self.correct if c not in ids]
        if unknown:
            raise ValueError(
                f"bonne(s) réponse(s) inconnue(s) : {', '.join(unknown)} "
                f"(réponses possibles : {', '.join(ids)})"
            )
        if len(set(self.correct)) != len(self.correct):
            raise ValueError(f"bonne réponse citée deux fois : {_dups(self.correct)}")
        if self.kind == "spot_error":
            self._check_passages("proposition", self.proposition, ("source",))
            if len(self.correct) != 1:
                raise ValueError("« repérez l'erreur » : exactement une bonne réponse attendue")
            if self.avec_detects is None:
                raise ValueError("« repérez l'erreur » : avec_detects (true ou false) manquant")
            error = self.answer(self.correct[0]).text
            if self.proposition is not None and self.proposition.count(error) != 1:
                raise ValueError(f"le passage erroné « {error} » doit figurer une seule fois")
        elif self.kind == "pseudonymize":
            self._check_passages("text", self.text, ())
        elif any(v is not None for v in (self.source, self.proposition, self.text)):
            raise ValueError("source, proposition et text sont réservés aux exercices")
        if self.kind != "spot_error" and self.avec_detects is not None:
            raise ValueError("avec_detects est réservé aux exercices « repérez l'erreur »")
        return self

    def _check_passages(self, name: str, within: str | None, also: tuple[str, ...]) -> None:
        missing = [n for n in (name, *also) if getattr(self, n) is None]
        if missing:
            raise ValueError(f"champ(s) obligatoire(s) pour cet exercice : {', '.join(missing)}")
        absent = [a.id for a in self.answers if within is not None and a.text not in within]
        if absent:
            raise ValueError(f"réponse(s) absente(s) du texte « {name} » : {', '.join(absent)}")

    def answer(self, answer_id: str) -> Answer:
        return next(a for a in self.answers if a.id == answer_id)

    def spans(self, answer_id: str) -> list[tuple[int, int]]:
        """Every occurrence of an exercise answer's passage in its text (offsets, end exclusive)."""
        within = self.proposition if self.kind == "spot_error" else self.text
        passage = self.answer(answer_id).text
        if within is None:
            return []
        return [(m.start(), m.end()) for m in re.finditer(re.escape(passage), within)]


class Quiz(Strict):
    module: ModuleId = _ID
    title: str = _TEXT
    questions: list[Question] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> Quiz:
        ids = [q.id for q in self.questions]
        if len(set(ids)) != len(ids):
            raise ValueError(f"identifiants de question en double : {_dups(ids)}")
        return self


class LevelRule(Strict):
    level: int = Field(ge=1, le=3)
    label: str = _TEXT
    modules: list[ModuleId] = Field(min_length=1)
    min_percentage: float = Field(ge=0, le=100)
    granted_by_referent: bool = False


class LevelRules(Strict):
    """Each level requires the one before it, its modules' quizzes at `min_percentage` or more,
    and, when `granted_by_referent`, a référent's grant."""

    levels: list[LevelRule] = Field(min_length=1)

    @model_validator(mode="after")
    def _ordered(self) -> LevelRules:
        numbers = [r.level for r in self.levels]
        if numbers != list(range(1, len(numbers) + 1)):
            raise ValueError(f"niveaux attendus dans l'ordre 1, 2, 3… (lus : {numbers})")
        modules = [m for r in self.levels for m in r.modules]
        if len(set(modules)) != len(modules):
            raise ValueError(f"module compté pour deux niveaux : {_dups(modules)}")
        return self

    def pass_mark(self, module_id: str) -> float:
        """The score a module's quiz needs: its level's `min_percentage` (80 outside any level)."""
        rule = next((r for r in self.levels if module_id in r.modules), None)
        return rule.min_percentage if rule else DEFAULT_PASS_MARK


# --- Reading ----------------------------------------------------------------------------------


def content_dirs() -> list[Path]:
    """Where content is read, first match wins: AVEC_LEARN_DIR if set, then the package."""
    shipped = Path(str(resources.files("avec.learn") / "content"))
    override = os.environ.get(ENV_DIR)
    return [Path(override), shipped] if override else [shipped]


def content_files(sub: str, suffix: str) -> dict[str, Path]:
    """Files of `sub/` by number; an override directory's file replaces the shipped one."""
    found: dict[str, Path] = {}
    for base in reversed(content_dirs()):
        folder = base / sub
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob(f"*{suffix}")):
            m = _NUMBER.match(path.name)
            if m is None:
                raise LearnError(str(path), ["nom de fichier attendu : NN-titre-court" + suffix])
            found[m.group(1)] = path
    return dict(sorted(found.items()))


def read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LearnError(
            str(path), [f"le fichier n'est pas en UTF-8 (octet {exc.start})"]
        ) from None


def parse_yaml(text: str, source: str) -> dict[str, Any]:
    return yaml_table(text, source, LearnError)


def validate_as(model: type[_M], data: dict[str, Any], source: str) -> _M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise LearnError(source, french(exc.errors(), data, _WORDING)) from None


def parse_module(text: str, source: str = "module") -> Module:
    m = _FRONT.match(text)
    if m is None:
        raise LearnError(source, ["en-tête YAML manquant (--- … --- en début de fichier)"])
    meta = validate_as(ModuleMeta, parse_yaml(m.group(1), source), source)
    body = text[m.end() :].strip()
    if not body:
        raise LearnError(source, ["le module n'a pas de contenu après l'en-tête"])
    return Module(**meta.model_dump(), body=body, path=source)


def parse_quiz(text: str, source: str = "quiz") -> Quiz:
    return validate_as(Quiz, parse_yaml(text, source), source)


def parse_levels(text: str, source: str = "levels.yaml") -> LevelRules:
    return validate_as(LevelRules, parse_yaml(text, source), source)


def load_modules() -> list[Module]:
    """Every module, in number order; the file's number must be its id."""
    modules = []
    for number, path in content_files("modules", ".md").items():
        module = parse_module(read_text(path), str(path))
        if module.id != number:
            raise LearnError(str(path), [f"id « {module.id} » différent du numéro du fichier"])
        modules.append(module)
    return modules


def load_module(module_id: str) -> Module:
    for module in load_modules():
        if module.id == module_id:
            return module
    raise LearnError("modules", [f"module inconnu : {module_id}"])


def load_quiz(module_id: str) -> Quiz:
    path = content_files("quizzes", ".yaml").get(module_id)
    if path is None:
        raise LearnError("quiz", [f"aucun quiz pour le module {module_id}"])
    quiz = parse_quiz(read_text(path), str(path))
    if quiz.module != module_id:
        raise LearnError(str(path), [f"module « {quiz.module} » différent du numéro du fichier"])
    return quiz


def load_quizzes() -> list[Quiz]:
    return [load_quiz(number) for number in content_files("quizzes", ".yaml")]


def load_levels() -> LevelRules:
    for base in content_dirs():
        path = base / "levels.yaml"
        if path.is_file():
            return parse_levels(read_text(path), str(path))
    raise LearnError("levels.yaml", ["fichier introuvable"])


# --- Scoring and levels -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QuestionResult:
    question_id: str
    correct: bool  # exactly the right answers selected
    selected: tuple[str, ...]
    expected: tuple[str, ...]
    explanations: tuple[tuple[str, str], ...]  # (answer id, explanation) for every answer


@dataclass(frozen=True, slots=True)
class Score:
    module: str
    results: tuple[QuestionResult, ...]
    correct: int
    total: int

    @property
    def percentage(self) -> float:
        return round(100 * self.correct / self.total, 1) if self.total else 0.0


def score(quiz: Quiz, answers: Mapping[str, Collection[str]]) -> Score:
    """Marks each question right only when the selection equals the correct set; unanswered is
    wrong. An unknown question or answer id is an error (a form out of date with its quiz)."""
    questions = {q.id: q for q in quiz.questions}
    errors = [f"question inconnue : {qid}" for qid in answers if qid not in questions]
    for qid, chosen in answers.items():
        if qid in questions:
            known = {a.id for a in questions[qid].answers}
            errors += [f"{qid} : réponse inconnue « {c} »" for c in chosen if c not in known]
    if errors:
        raise LearnError(f"réponses au quiz {quiz.module}", errors)
    results = []
    for q in quiz.questions:
        selected = tuple(sorted(set(answers.get(q.id, ()))))
        expected = tuple(sorted(q.correct))
        results.append(
            QuestionResult(
                question_id=q.id,
                correct=selected == expected,
                selected=selected,
                expected=expected,
                explanations=tuple((a.id, a.explanation) for a in q.answers),
            )
        )
    return Score(quiz.module, tuple(results), sum(r.correct for r in results), len(results))


def level_reached(
    results: Mapping[str, float], granted: bool, rules: LevelRules | None = None
) -> int:
    """The highest level whose rules, and those of every level below, are met.

    `results`: module id → best quiz percentage; `granted`: a référent granted the level that
    requires it (level 3 in the shipped rules).
    """
    rules = rules if rules is not None else load_levels()
    reached = 0
    for rule in rules.levels:
        passed = all(results.get(m, 0.0) >= rule.min_percentage for m in rule.modules)
        if not passed or (rule.granted_by_referent and not granted):
            break
        reached = rule.level
    return reached


def _dups(items: list[str]) -> str:
    return ", ".join(sorted({i for i in items if items.count(i) > 1}))
