"""Bac à sable: the whole governed pipeline run on packaged fictional cases, for learning by doing.

A case (`avec/learn/content/practice/NN-slug.yaml`, overridable through `AVEC_LEARN_DIR` like the
modules) holds a fictional source for one of the policy's use cases, an example proposition — a
plausible AI output — and the errors planted in it, each with the check expected to catch it
(`null` when avec's checks are known to miss it). `rehearse` runs the stages on the source — request
lint, identifier detection and pseudonymisation, the prompt, an answer (the example, the learner's
corrected example, or a catalogue model the learner may use), re-identification, the use case's
checks — and says which planted errors the checks caught.

Safety: the sandbox takes no free source text. The learner only picks a packaged case; an edited
proposition is checked, never sent to a model. Nothing is written to the `requests` table (the
Estimer indicators stay clean) nor to the vault; one `practice_run` audit event keeps counts only.
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import Field, model_validator

from avec.learn.modules import LearnError, Strict, content_files, parse_yaml, read_text, validate_as
from avec.llm import Completion, Message
from avec.pipeline import Pipeline, Prepared, Refused, check_limits, check_practice
from avec.pipeline.governed import SYSTEM_PROMPT
from avec.pipeline.structured import render, response_format
from avec.policy import ModelCard, Policy, UseCase
from avec.policy.model import Backend as Kind
from avec.privacy import reidentify
from avec.store.audit import append
from avec.verify.checker import registered
from avec.verify.finding import Report
from avec.verify.use_cases import USE_CASES

MAX_PROPOSITION = 20_000  # characters of an edited proposition
ErrorKind = Literal[
    "unit", "dose", "drug_name", "negation", "laterality", "date", "invented", "number"
]
KINDS: dict[str, str] = {
    "unit": "unité",
    "dose": "dose",
    "drug_name": "nom de médicament (LASA)",
    "negation": "négation",
    "laterality": "latéralité",
    "date": "date ou délai",
    "invented": "contenu inventé",
    "number": "nombre",
}
STAGES: tuple[tuple[str, str], ...] = (
    ("Demande", "la qualité de la requête est vérifiée (usages interdits, source trop courte…)."),
    ("Identifiants remplacés", "noms, dates, numéros et adresses sont repérés et remplacés."),
    ("Texte envoyé", "ce que le modèle recevrait : la consigne du cas d'usage et la source pseudonymisée."),
    ("Réponse", "le texte produit : la proposition d'exemple ou celle d'un modèle du catalogue."),
    ("Proposition ré-identifiée", "les identifiants remis en place, les constats surlignés."),
    ("Constats par vérification", "ce que chaque vérification du cas d'usage a relevé."),
    ("Erreurs plantées", "celles que les vérifications ont trouvées, et celles qu'elles ont manquées."),
)  # fmt: skip


# --- The cases --------------------------------------------------------------------------------


class PlantedError(Strict):
    """One error written into the example proposition on purpose."""

    id: str = Field(pattern=r"^[a-z0-9_\-]{1,32}$")
    passage: str = Field(min_length=1)  # the erroneous passage, once in the proposition
    original: str | None = None  # what the source says instead (None: content invented)
    kind: ErrorKind
    change: str = Field(min_length=1)  # what was changed, said to the learner
    risk: str = ""  # what could happen to the patient
    check: str | None  # the check expected to catch it, None when avec's checks miss it

    @property
    def kind_label(self) -> str:
        return KINDS[self.kind]


class PracticeCase(Strict):
    """A fully fictional case: source, example proposition, planted errors."""

    id: str = Field(pattern=r"^[a-z][a-z0-9\-]{1,63}$")
    title: str = Field(min_length=1)
    use_case: str = Field(min_length=1)  # a policy use case id: its checks are run
    fictional: bool
    summary: str = ""
    source: str = Field(min_length=1)
    proposition: str = Field(min_length=1)
    errors: list[PlantedError] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> PracticeCase:
        if self.fictional is not True:
            raise ValueError("un cas d'entraînement doit être entièrement fictif (fictional: true)")
        ids = [e.id for e in self.errors]
        if len(set(ids)) != len(ids):
            raise ValueError(f"identifiants d'erreur en double : {', '.join(sorted(set(ids)))}")
        known = registered()
        for e in self.errors:
            if self.proposition.count(e.passage) != 1:
                raise ValueError(f"erreur « {e.id} » : le passage « {e.passage} » doit figurer une "
                                 "seule fois dans la proposition")  # fmt: skip
            if e.passage in self.source:
                raise ValueError(f"erreur « {e.id} » : le passage « {e.passage} » figure aussi dans "
                                 "la source (ce n'est pas une différence)")  # fmt: skip
            if e.original is not None and e.original not in self.source:
                raise ValueError(
                    f"erreur « {e.id} » : « {e.original} » (original) est absent de la source"
                )
            if e.check is not None and e.check not in known:
                raise ValueError(f"erreur « {e.id} » : vérification inconnue « {e.check} » "
                                 f"(connues : {', '.join(sorted(known))})")  # fmt: skip
        return self

    def span(self, error: PlantedError) -> tuple[int, int]:
        start = self.proposition.index(error.passage)
        return start, start + len(error.passage)


def parse_case(text: str, source: str = "cas") -> PracticeCase:
    return validate_as(PracticeCase, parse_yaml(text, source), source)


def load_cases() -> list[PracticeCase]:
    """Every practice case in number order (an AVEC_LEARN_DIR file replaces the shipped one)."""
    cases = [
        parse_case(read_text(path), str(path))
        for path in content_files("practice", ".yaml").values()
    ]
    ids = [c.id for c in cases]
    doubles = sorted({i for i in ids if ids.count(i) > 1})
    if doubles:
        raise LearnError("practice", [f"identifiant de cas en double : {', '.join(doubles)}"])
    return cases


def load_case(case_id: str) -> PracticeCase:
    for case in load_cases():
        if case.id == case_id:
            return case
    raise LearnError("practice", [f"cas d'entraînement inconnu : {case_id}"])


# --- Which models a learner may call ----------------------------------------------------------


@dataclass(frozen=True)
class ModelChoice:
    card: ModelCard
    allowed: bool
    reason: str  # why not, in French ("" when allowed)


def _installed(card: ModelCard) -> bool:
    return card.backend is not Kind.LOCAL or importlib.util.find_spec("llama_cpp") is not None


def model_choices(policy: Policy, use_case: UseCase, level: int) -> list[ModelChoice]:
    """The catalogue models of the use case and whether this learner may call them here.

    Below the use case's level only the non-AI structurer is offered: calling a generative model
    is what the level-gated training prepares for, even on fictional data. A text produced
    elsewhere ("external") has nothing to generate in the sandbox.
    """
    out = []
    for card in policy.models_for(use_case):
        if card.backend is Kind.EXTERNAL:
            continue
        if not _installed(card):
            out.append(ModelChoice(card, False, "modèle local non installé sur ce serveur"))
        elif card.is_ai and level < use_case.min_level:
            out.append(ModelChoice(card, False, f"appeler un modèle d'IA pour « {use_case.label} » "
                                   f"demande le niveau {int(use_case.min_level)} ; votre niveau est {level}"))  # fmt: skip
        else:
            out.append(ModelChoice(card, True, ""))
    return out


# --- Running the stages -----------------------------------------------------------------------


@dataclass(frozen=True)
class EntityShown:
    label: str
    text: str
    replacement: str
    explanation: str


@dataclass(frozen=True)
class CheckGroup:
    check: str
    label: str  # the checker's French name
    findings: list[int]  # indexes into Rehearsal.findings


@dataclass(frozen=True)
class PlantedResult:
    error: PlantedError
    spans: list[tuple[int, int]]  # where its passage is in the checked proposition
    caught_by: list[str]  # checks with a finding overlapping it
    findings: list[int] = field(default_factory=list)  # those findings (Rehearsal.findings)

    @property
    def status(self) -> Literal["caught", "missed", "corrected"]:
        if not self.spans:
            return "corrected"  # the learner's edit removed the passage
        return "caught" if self.caught_by else "missed"


@dataclass
class Rehearsal:
    """Every stage of one practice run, for display."""

    case: PracticeCase
    use_case: UseCase
    origin: Literal["example", "edited", "model"]
    card: ModelCard | None  # the model called (origin "model")
    prepared: Prepared
    entities: list[EntityShown]
    system_prompt: str
    answer: str
    proposition: str
    invented_placeholders: list[str]
    report: Report
    findings: list[dict[str, Any]]  # Finding.to_dict(), in report order
    by_check: list[CheckGroup]
    planted: list[PlantedResult] = field(default_factory=list)
    completion: Completion | None = None

    @property
    def caught(self) -> int:
        return sum(p.status == "caught" for p in self.planted)

    @property
    def missed(self) -> int:
        return sum(p.status == "missed" for p in self.planted)

    @property
    def corrected(self) -> int:
        return sum(p.status == "corrected" for p in self.planted)


def _overlapping(findings: list[dict[str, Any]], start: int, end: int) -> list[int]:
    return [
        i
        for i, f in enumerate(findings)
        if f.get("output_span") and f["output_span"][0] < end and start < f["output_span"][1]
    ]


def planted_results(case: PracticeCase, proposition: str,
                    findings: list[dict[str, Any]]) -> list[PlantedResult]:  # fmt: skip
    """Each planted error found (a finding's output span overlaps its passage) or missed."""
    out = []
    for error in case.errors:
        spans, at = [], proposition.find(error.passage)
        while at >= 0:
            spans.append((at, at + len(error.passage)))
            at = proposition.find(error.passage, at + 1)
        hits = sorted({i for s, e in spans for i in _overlapping(findings, s, e)})
        checks = list(dict.fromkeys(findings[i]["check"] for i in hits))
        out.append(PlantedResult(error, spans, checks, hits))
    return out


def _use_case(pipeline: Pipeline, case: PracticeCase) -> UseCase:
    use_case = pipeline.policy.use_case(case.use_case)
    if use_case is None:
        raise Refused(f"Le cas d'usage « {case.use_case} » de ce cas d'entraînement n'est pas dans "
                      "la politique de l'établissement.", "unknown_use_case")  # fmt: skip
    return use_case


def _card(pipeline: Pipeline, use_case: UseCase, model_id: str | None, level: int) -> ModelCard:
    """The model asked for, if this learner may call it. Without one, the card whose request is
    shown: the first the use case may call, as a real request would (nothing is sent)."""
    if model_id is None:
        cards = [c for c in pipeline.policy.models_for(use_case) if c.backend is not Kind.EXTERNAL]
        usable = (
            [c for c in cards if _installed(c)] or cards or pipeline.policy.models_for(use_case)
        )
        if not usable:
            raise Refused(f"Aucun modèle du catalogue n'est prévu pour « {use_case.label} ».",
                          "no_model")  # fmt: skip
        return usable[0]
    if pipeline.policy.model(model_id) is None:
        raise Refused(f"Modèle inconnu du catalogue : « {model_id} ».", "unknown_model")
    choice = next((c for c in model_choices(pipeline.policy, use_case, level)
                   if c.card.id == model_id), None)  # fmt: skip
    if choice is None:
        raise Refused(f"Le modèle « {model_id} » n'est pas autorisé pour « {use_case.label} ».",
                      "model_not_allowed")  # fmt: skip
    if not choice.allowed:
        raise Refused(f"Le modèle « {choice.card.label} » ne vous est pas accessible dans le bac à "
                      f"sable : {choice.reason}.", "model_not_allowed")  # fmt: skip
    return choice.card


def rehearse(pipeline: Pipeline, case: PracticeCase, *, model_id: str | None = None,
             proposition: str | None = None, actor: str, level: int = 0) -> Rehearsal:  # fmt: skip
    """Run every stage on the case's fictional source for a learner at `level`.

    The answer is, in order: the learner's edited `proposition` (checked only, never sent), the
    answer of `model_id` (a model this learner may call), or the packaged example proposition.
    Raises `Refused` (a model not allowed, a blocked request) and `LLMError`/`Exceeded` from a
    model call; nothing is recorded then.
    """
    if proposition is not None and model_id is not None:
        raise Refused("Une proposition modifiée est seulement vérifiée : elle n'est jamais envoyée "
                      "à un modèle.", "edited_not_sent")  # fmt: skip
    if proposition is not None:
        proposition = proposition.replace("\r\n", "\n")
        if not proposition.strip():
            raise Refused("La proposition modifiée est vide.", "empty")
        if len(proposition) > MAX_PROPOSITION:
            raise Refused(f"Proposition trop longue ({len(proposition)} caractères ; maximum "
                          f"{MAX_PROPOSITION}).", "too_long")  # fmt: skip
    use_case = _use_case(pipeline, case)
    card = _card(pipeline, use_case, model_id, level)
    prepared = pipeline.prepare(use_case, card, case.source, None)
    completion: Completion | None = None
    if model_id is not None:
        if prepared.lint.blocked:
            first = next(i for i in prepared.lint.issues if i.severity == "error")
            raise Refused(first.message, first.code)
        check_limits(pipeline.engine, pipeline.policy.limits, actor)
        check_practice(pipeline.engine, pipeline.policy.limits, actor)
        messages = [Message("system", SYSTEM_PROMPT), Message("user", prepared.prompt)]
        schema = response_format(use_case.id, use_case.fields) if prepared.structured else None
        completion = pipeline.guarded_backend(card).complete(messages, response_format=schema)
        answer = completion.text
        if prepared.structured:
            answer = render(use_case.fields, completion.text) or completion.text
        origin: Literal["example", "edited", "model"] = "model"
    elif proposition is not None:
        answer, origin = proposition, "edited"
    else:
        answer, origin = case.proposition, "example"
    back = reidentify(answer, prepared.pseudo.mapping)
    report = pipeline.verifier_for(use_case).check(
        case.source, back.text, use_case.id if use_case.id in USE_CASES else None
    )
    findings = [f.to_dict() for f in report.findings]
    labels = {cid: cls.label for cid, cls in registered().items()}
    by_check = [
        CheckGroup(c, labels.get(c, c), [i for i, f in enumerate(findings) if f["check"] == c])
        for c in use_case.checks
    ]
    planted = planted_results(case, back.text, findings) if origin != "model" else []
    rehearsal = Rehearsal(
        case=case, use_case=use_case, origin=origin, card=card if origin == "model" else None,
        prepared=prepared, system_prompt=SYSTEM_PROMPT, answer=answer, proposition=back.text,
        invented_placeholders=back.invented, report=report, findings=findings, by_check=by_check,
        planted=planted, completion=completion,
        entities=[EntityShown(r.label.value, r.text, r.replacement, r.explanation)
                  for r in prepared.pseudo.entities],
    )  # fmt: skip
    append(pipeline.engine, "practice_run", actor, _counts(rehearsal, model_id))
    return rehearsal


def _counts(r: Rehearsal, model_id: str | None) -> dict[str, Any]:
    """The audit event's data: the case, the model, counts — no text."""
    data: dict[str, Any] = {
        "case": r.case.id, "use_case": r.use_case.id, "model": model_id, "origin": r.origin,
        "entities": dict(Counter(e.label for e in r.entities)), "lint_issues": len(r.prepared.lint.issues),
        "findings": dict(Counter(f["check"] for f in r.findings)),
    }  # fmt: skip
    if r.planted:
        data["planted"] = {"caught": r.caught, "missed": r.missed, "corrected": r.corrected}
    if r.completion is not None:
        data["tokens"] = {"prompt": r.completion.prompt_tokens,
                          "completion": r.completion.completion_tokens}  # fmt: skip
    return data
