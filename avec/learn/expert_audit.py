"""Expert audit: a référent-auditeur (level 3) samples requests, reads each one as the model saw
it (pseudonymised), and grades it against the rubric (request, output, review quality, 1–4).

The sample is drawn from a seed that is shown and written to the audit trail, so another auditor
can draw the same one. An auditor never grades their own requests. Grades feed the indicators
(avec.metrics.indicators.audit_grades); a grade of 1 is commented and shared on the REX board.
"""

from __future__ import annotations

import datetime as dt
import difflib
import random
import re
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from pydantic import Field, model_validator
from sqlalchemy import Engine, exists, select
from sqlalchemy.orm import Session

from avec.communicate.rex import post as post_rex
from avec.learn.modules import LearnError, Strict, content_dirs, parse_yaml, read_text, validate_as
from avec.privacy import Detector, Vault, pseudonymize
from avec.review.service import load_case
from avec.store.audit import append
from avec.store.tables import AuditGrade, Request, Review, User

AUDITOR_LEVEL = 3
MAX_SAMPLE = 50
GRADES = (1, 2, 3, 4)
AXES = ("request", "output", "review")
_CONTEXT = 40  # characters shown around a correction
_WORDS = re.compile(r"\S+|\s+")


class AuditError(ValueError):
    """An audit action that cannot be done; the message is for the user (French)."""


# --- The rubric (data: content/rubric.yaml) ----------------------------------------------------


class Axis(Strict):
    id: Literal["request", "output", "review"]
    label: str = Field(min_length=1)
    question: str = Field(min_length=1)
    criteria: list[str] = Field(min_length=1)
    levels: dict[int, str]

    @model_validator(mode="after")
    def _four_levels(self) -> Axis:
        if sorted(self.levels) != list(GRADES):
            raise ValueError("chaque axe décrit les notes 1, 2, 3 et 4")
        return self


class Rubric(Strict):
    scale: dict[int, str]
    axes: list[Axis]

    @model_validator(mode="after")
    def _complete(self) -> Rubric:
        if sorted(self.scale) != list(GRADES):
            raise ValueError("l'échelle nomme les notes 1, 2, 3 et 4")
        if sorted(a.id for a in self.axes) != sorted(AXES):
            raise ValueError("la grille a trois axes : request, output, review")
        return self

    def axis(self, axis_id: str) -> Axis:
        return next(a for a in self.axes if a.id == axis_id)


def load_rubric() -> Rubric:
    """The rubric of AVEC_LEARN_DIR if there is one, else the shipped one."""
    for base in content_dirs():
        path = base / "rubric.yaml"
        if path.is_file():
            return validate_as(Rubric, parse_yaml(read_text(path), str(path)), str(path))
    raise LearnError("rubric.yaml", ["grille d'audit introuvable"])


# --- Sampling ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SampleFilter:
    use_case: str | None = None
    model: str | None = None
    team: str | None = None
    user: str | None = None
    status: str | None = None  # pending_review, validated, rejected
    start: str | None = None  # ISO date, inclusive
    end: str | None = None  # ISO date, exclusive
    with_errors: bool = False  # only requests where avec found an error
    corrected: bool = False  # only validated propositions the reviewer changed
    not_audited: bool = True  # leave out requests someone already graded


@dataclass(frozen=True)
class Sample:
    seed: int
    matched: int  # requests matching the filter (the sample's population)
    ids: list[str]


def require_auditor(user: User) -> None:
    if user.level < AUDITOR_LEVEL:
        raise AuditError("Réservé aux référents-auditeurs (niveau 3).")


def new_seed() -> int:
    return random.SystemRandom().randrange(10**9)


def sample(engine: Engine, auditor: User, n: int, filters: SampleFilter,
           seed: int | None = None) -> Sample:  # fmt: skip
    """Draw `n` requests at random among those matching `filters` (not the auditor's own)."""
    require_auditor(auditor)
    if not 1 <= n <= MAX_SAMPLE:
        raise AuditError(f"Taille d'échantillon entre 1 et {MAX_SAMPLE}.")
    seed = new_seed() if seed is None else seed
    query = select(Request.id).where(
        (Request.owner.is_(None)) | (Request.owner != auditor.name), *_conditions(filters)
    )
    with Session(engine) as session:
        population = list(session.execute(query.order_by(Request.id)).scalars())
    ids = random.Random(seed).sample(population, min(n, len(population)))
    append(engine, "expert_audit_sample", f"user:{auditor.name}",
           {"seed": seed, "n": n, "matched": len(population), "ids": ids,
            "filters": {k: v for k, v in asdict(filters).items() if v}})  # fmt: skip
    return Sample(seed, len(population), ids)


def _conditions(f: SampleFilter) -> list[Any]:
    out: list[Any] = []
    for name, column in (("use_case", Request.use_case), ("model", Request.model),
                         ("team", Request.team), ("user", Request.owner),
                         ("status", Request.status)):  # fmt: skip
        if getattr(f, name):
            out.append(column == getattr(f, name))
    if f.start:
        out.append(Request.created >= f.start)
    if f.end:
        out.append(Request.created < f.end)
    if f.with_errors:
        out.append(Request.findings_error > 0)
    if f.corrected:
        out.append(Request.corrected.is_(True))
    if f.not_audited:
        out.append(~exists().where(AuditGrade.request_id == Request.id))
    return out


# --- What the auditor reads --------------------------------------------------------------------


@dataclass
class Correction:
    before: str  # context, unchanged
    old: str
    new: str
    after: str


@dataclass
class AuditView:
    """One request as the auditor reads it: everything identifying replaced by placeholders."""

    request: Request
    lint: list[dict[str, Any]]
    sent: str
    answer: str
    proposition: str
    findings: list[dict[str, Any]]
    review: Review | None
    validated: str | None
    corrections: list[Correction]
    grades: list[AuditGrade] = field(default_factory=list)


def _masker(detector: Detector, source: str) -> Callable[[str], str]:
    """Pseudonymise texts with the source's table, so "[NOM_1]" is the same person everywhere;
    an original the detector misses in a fragment is still replaced by its placeholder."""
    mapping = pseudonymize(source, detector=detector).mapping
    known = sorted(((e.original, e.replacement) for e in mapping.entries.values()),
                   key=lambda pair: -len(pair[0]))  # fmt: skip
    patterns = [
        (re.compile(rf"(?<!\w){re.escape(o)}(?!\w)", re.I), r) for o, r in known if o.strip()
    ]

    def mask(text: str) -> str:
        if not text:
            return text
        out = pseudonymize(text, mapping=mapping, detector=detector).text
        for pattern, replacement in patterns:
            out = pattern.sub(replacement.replace("\\", "\\\\"), out)
        return out

    return mask


def view(engine: Engine, vault: Vault, detector: Detector, request_id: str) -> AuditView | None:
    """The request, its case file from the vault, the review and the grades; None when the case
    file is gone (purged after its retention period)."""
    case = load_case(engine, vault, request_id)
    if case is None:
        return None
    with Session(engine) as session:
        grades = list(session.execute(select(AuditGrade).where(AuditGrade.request_id == request_id)
                                      .order_by(AuditGrade.graded_at)).scalars())  # fmt: skip
        session.expunge_all()
    mask = _masker(detector, case.source)
    proposition = mask(case.proposition)
    validated = mask(case.validated) if case.validated else None
    findings = []
    for i, f in enumerate(case.findings):
        decision = case.decisions.get(i)
        findings.append({"check": f.get("check"), "category": f.get("category"),
                         "severity": f.get("severity", "info"), "message": mask(f.get("message", "")),
                         "evidence": mask(str(f.get("evidence") or "")),
                         "decision": decision.decision if decision else None,
                         "reason": mask(decision.reason or "") if decision else ""})  # fmt: skip
    if case.review is not None and case.review.reason:
        case.review.reason = mask(case.review.reason)
    return AuditView(case.request, case.lint, mask(case.sent), mask(case.answer), proposition,
                     findings, case.review, validated,
                     corrections(proposition, validated) if validated is not None else [], grades)  # fmt: skip


def corrections(before: str, after: str) -> list[Correction]:
    """What the reviewer changed, word by word, with a little context on each side."""
    old_words, new_words = _WORDS.findall(before), _WORDS.findall(after)
    offsets = [0]
    for word in old_words:
        offsets.append(offsets[-1] + len(word))
    matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    out = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        start, end = offsets[i1], offsets[i2]
        out.append(Correction(before[max(0, start - _CONTEXT) : start], before[start:end],
                              "".join(new_words[j1:j2]), before[end : end + _CONTEXT]))  # fmt: skip
    return out


# --- Grading -----------------------------------------------------------------------------------


def _grade_value(value: str | int | None, axis: str) -> int:
    if value in (None, "", "na"):
        raise AuditError(f"Note manquante : {axis}.")
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise AuditError(f"Note invalide pour {axis} : 1, 2, 3 ou 4.") from None
    if number not in GRADES:
        raise AuditError(f"Note invalide pour {axis} : 1, 2, 3 ou 4.")
    return number


def grade(engine: Engine, detector: Detector, auditor: User, request_id: str, *,
          request_quality: str | int | None, output_quality: str | int | None,
          review_quality: str | int | None, comment: str = "", share: bool = False,
          use_case_labels: Mapping[str, str] | None = None) -> AuditGrade:  # fmt: skip
    """Record (or replace) this auditor's grades of a request; share them on the REX board when
    asked, and always when an axis is graded 1 (then a comment is required)."""
    require_auditor(auditor)
    rubric = load_rubric()
    with Session(engine) as session:
        request = session.get(Request, request_id)
        if request is not None:
            session.expunge(request)
    if request is None:
        raise AuditError("Demande introuvable.")
    if request.owner == auditor.name:
        raise AuditError("Un auditeur n'évalue pas ses propres demandes.")
    reviewed = request.status in ("validated", "rejected")
    req = _grade_value(request_quality, rubric.axis("request").label)
    out = _grade_value(output_quality, rubric.axis("output").label)
    rev: int | None = None
    if reviewed:
        rev = _grade_value(review_quality, rubric.axis("review").label)
    elif review_quality not in (None, "", "na"):
        raise AuditError("La relecture n'est pas terminée : elle ne peut pas encore être notée.")
    comment = comment.strip()
    if len(comment) > 5000:
        raise AuditError("Commentaire trop long (5 000 caractères au plus).")
    grades = {"request": req, "output": out, "review": rev}
    if 1 in grades.values():
        if not comment:
            raise AuditError("Une note « insuffisant » doit être expliquée dans le commentaire.")
        share = True
    clean = pseudonymize(comment, detector=detector).text if comment else None
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with Session(engine, expire_on_commit=False) as session, session.begin():
        row = session.execute(select(AuditGrade).where(
            AuditGrade.request_id == request_id, AuditGrade.auditor == auditor.name)).scalar()  # fmt: skip
        if row is None:
            row = AuditGrade(request_id=request_id, auditor=auditor.name)
            session.add(row)
        row.graded_at, row.request_quality, row.output_quality = now, req, out
        row.review_quality, row.comment = rev, clean
    if share:
        label = (use_case_labels or {}).get(request.use_case, request.use_case)
        rex = post_rex(engine, detector, auditor.name, auditor.team, "audit",
                       _rex_title(rubric, grades, label), _rex_body(rubric, grades, clean),
                       request_id)  # fmt: skip
        with Session(engine) as session, session.begin():
            stored = session.get(AuditGrade, row.id)
            if stored is not None:
                stored.rex_id = rex.id
        row.rex_id = rex.id
    append(engine, "expert_audit", f"user:{auditor.name}",
           {"request_id": request_id, "grades": grades, "shared": share})  # fmt: skip
    return row


def _rex_title(rubric: Rubric, grades: dict[str, int | None], use_case: str) -> str:
    graded = [(g, a) for a, g in grades.items() if g is not None]
    worst, axis = min(graded)
    return f"Audit — {rubric.axis(axis).label.lower()} : {rubric.scale[worst]} ({use_case})"[:200]


def _rex_body(rubric: Rubric, grades: dict[str, int | None], comment: str | None) -> str:
    parts = [
        f"{rubric.axis(a).label} : {g}/4 ({rubric.scale[g]})"
        if g is not None
        else f"{rubric.axis(a).label} : non évaluée"
        for a, g in grades.items()
    ]
    text = "Audit d'expert. " + " ; ".join(parts) + "."
    return f"{text}\n{comment}" if comment else text


def requests_by_id(engine: Engine, ids: list[str]) -> list[Request]:
    """The sampled requests' metadata, in the sample's order."""
    with Session(engine) as session:
        found = {
            r.id: r for r in session.execute(select(Request).where(Request.id.in_(ids))).scalars()
        }
        session.expunge_all()
    return [found[i] for i in ids if i in found]


def recent(engine: Engine, limit: int = 50) -> list[tuple[AuditGrade, Request]]:
    """The latest grades with their request (metadata only), newest first."""
    with Session(engine) as session:
        rows = [(g, r) for g, r in session.execute(
            select(AuditGrade, Request).join(Request, Request.id == AuditGrade.request_id)
            .order_by(AuditGrade.graded_at.desc(), AuditGrade.id.desc()).limit(limit))]  # fmt: skip
        session.expunge_all()
    return rows
