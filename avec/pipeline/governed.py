"""The governed pipeline: every generation goes through here and leaves evidence.

authorise (use case × user level × model) → lint the request → pseudonymise what the model may
not see → generate → re-identify → verify → store a proposition pending human review.

Nothing identifying is stored in clear: the database keeps hashes and counts, the case file
(source, what left, the answer, the proposition, the findings) is encrypted in the vault.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import time
import uuid
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from avec.llm import Backend, Completion, Message, for_card
from avec.llm.base import LLMError, OnToken
from avec.llm.breaker import CircuitBreaker
from avec.metrics.energy import CpuMeter, Impact, estimate_served
from avec.pipeline.limits import Exceeded, check_limits
from avec.pipeline.lint import LintReport, lint_request
from avec.pipeline.structured import instructions, render, response_format
from avec.policy import DataAllowed, ModelCard, Policy, UseCase
from avec.policy.model import Backend as Kind
from avec.privacy import (
    Detector,
    Pseudonymization,
    StreamingReidentifier,
    Vault,
    pseudonymize,
    reidentify,
)
from avec.store.audit import append, append_in, canonical
from avec.store.tables import FindingCount, Request, User
from avec.verify import Verifier
from avec.verify.finding import Report
from avec.verify.use_cases import USE_CASES

PENDING_REVIEW = "pending_review"
SYSTEM_PROMPT = (
    "Tu aides un professionnel de santé. N'invente aucune information absente de la source. "
    "Recopie exactement les valeurs, unités, noms de médicaments et dates. Les éléments entre "
    "crochets comme [NOM_1] ou [DATE_2] remplacent des données confidentielles : garde-les tels quels."
)


def _usable(card: ModelCard) -> bool:
    """Callable without further set-up: a server, the rules, or the local model once installed."""
    if card.backend is Kind.LOCAL:
        return importlib.util.find_spec("llama_cpp") is not None
    return card.backend in (Kind.OPENAI, Kind.RULES)


class Refused(Exception):
    """The policy does not allow this request; the message says why (French)."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class Outcome:
    request_id: str
    status: str
    use_case: UseCase
    model: ModelCard
    proposition: str
    report: Report
    lint: LintReport
    completion: Completion
    entities: dict[str, int]
    what_left: str
    invented_placeholders: list[str] = field(default_factory=list)
    check_ms: int = 0  # CPU time of avec's own work (detection, lint, checks)
    impact: Impact | None = None  # energy, GHG, water of the generation, and how estimated


@dataclass(frozen=True)
class _Call:
    """Who asks and within which bounds."""

    actor: str
    level: int
    owner: str | None
    use_cases: Collection[str] | None
    models: Collection[str] | None
    on_text: OnToken | None
    on_progress: Callable[[int], None] | None = None


@dataclass(frozen=True)
class Prepared:
    """A request ready to leave: its lint, what is replaced, the prompt as the model sees it."""

    case: UseCase
    card: ModelCard
    lint: LintReport
    pseudo: Pseudonymization
    prompt: str
    structured: bool
    counts: dict[str, int]
    sent_clear: bool  # identifying data allowed to this model for this use case


@dataclass
class Pipeline:
    policy: Policy
    engine: Engine
    vault: Vault
    detector: Detector | None = None
    backend_for: Callable[[ModelCard], Backend] = for_card
    _verifiers: dict[tuple[str, ...], Verifier] = field(default_factory=dict)
    _backends: dict[str, Backend] = field(default_factory=dict)

    def choose_model(self, case: UseCase, model_id: str | None,
                     scope: Collection[str] | None = None) -> ModelCard:  # fmt: skip
        """The requested model if allowed, else the first usable one; `scope` narrows (a key's)."""
        allowed = [m for m in self.policy.models_for(case) if scope is None or m.id in scope]
        if model_id is not None:
            card = self.policy.model(model_id)
            if card is None:
                raise Refused(f"Modèle inconnu du catalogue : « {model_id} ».", "unknown_model")
            if scope is not None and model_id not in scope:
                raise Refused(f"Cette clé d'API ne donne pas accès au modèle « {model_id} ».",
                              "model_not_allowed")  # fmt: skip
            if card not in allowed:
                raise Refused(f"Le modèle « {model_id} » n'est pas autorisé pour « {case.label} ».",
                              "model_not_allowed")  # fmt: skip
            return card
        usable = [m for m in allowed if _usable(m)]
        if not usable:
            raise Refused(
                f"Aucun modèle utilisable n'est autorisé pour « {case.label} ».", "no_model"
            )
        return usable[0]

    def run(self, use_case: str, source: str, *, actor: str = "cli", level: int = 3,
            model_id: str | None = None, instruction: str | None = None, owner: str | None = None,
            use_cases: Collection[str] | None = None, models: Collection[str] | None = None,
            on_text: OnToken | None = None,
            on_progress: Callable[[int], None] | None = None) -> Outcome:  # fmt: skip
        """Run one request for `actor` (responsible user `owner`) at competency `level`.

        `use_cases` and `models` narrow what the caller may use (a key's scope); with `on_text`
        the re-identified answer is handed over piece by piece while it is generated. Every
        refusal is audited here, whichever step refused.
        """
        call = _Call(actor, level, owner, use_cases, models, on_text, on_progress)
        try:
            return self._run(use_case, source, call, model_id, instruction)
        except Refused as exc:
            self._audit("request_refused", actor, {"use_case": use_case, "reason": exc.code})
            raise
        except Exceeded:
            self._audit("request_limited", actor, {"use_case": use_case})
            raise

    def preview(self, use_case: str, source: str, *, level: int, model_id: str | None = None,
                instruction: str | None = None) -> Prepared:  # fmt: skip
        """What `run` would send, without sending or storing anything (the web's « aperçu »)."""
        case, card = self._authorise(use_case, _Call("preview", level, None, None, None, None),
                                     model_id)  # fmt: skip
        return self.prepare(case, card, source, instruction)

    def _authorise(
        self, use_case: str, call: _Call, model_id: str | None
    ) -> tuple[UseCase, ModelCard]:
        case = self.policy.use_case(use_case)
        if case is None:
            known = ", ".join(u.id for u in self.policy.use_cases)
            raise Refused(f"Cas d'usage non autorisé par la politique : « {use_case} » (autorisés : {known}).",
                          "unknown_use_case")  # fmt: skip
        if call.use_cases is not None and case.id not in call.use_cases:
            raise Refused(f"Cette clé d'API ne donne pas accès au cas d'usage « {case.label} ».",
                          "use_case_not_allowed")  # fmt: skip
        if call.level < case.min_level:
            raise Refused(f"« {case.label} » demande le niveau {case.min_level.value} ; votre niveau est {call.level}.",
                          "insufficient_level")  # fmt: skip
        return case, self.choose_model(case, model_id, call.models)

    def prepare(self, case: UseCase, card: ModelCard, source: str,
                 instruction: str | None) -> Prepared:  # fmt: skip
        """Lint the request and pseudonymise what this model may not see; build the prompt."""
        if self.detector is None:  # built once: site patterns compiled, lexicons loaded
            self.detector = Detector.from_policy(self.policy)
        entities = self.detector.detect(source)
        lint = lint_request(self.policy, source, instruction, card, identifiers=len(entities))
        send_clear = case.data is DataAllowed.IDENTIFYING and card.identifying_allowed
        pseudo = pseudonymize(source, entities=[] if send_clear else entities)
        # replace, not str.format: a template may hold other braces (a JSON example)
        prompt = case.prompt_template.replace("{source}", pseudo.text)
        if instruction:
            prompt = f"{instruction.strip()}\n\n{prompt}"
        structured = bool(case.fields) and card.structured_output
        if structured:
            prompt = f"{prompt}\n\n{instructions(case.fields)}"
        counts = dict(Counter(e.label.value for e in entities))
        return Prepared(case, card, lint, pseudo, prompt, structured, counts, send_clear)

    def _run(self, use_case: str, source: str, call: _Call, model_id: str | None,
             instruction: str | None) -> Outcome:  # fmt: skip
        case, card = self._authorise(use_case, call, model_id)
        check_limits(self.engine, self.policy.limits, call.actor, call.owner)
        cpu = time.thread_time()  # avec's own work on this thread: detection, lint, checks
        p = self.prepare(case, card, source, instruction)
        cpu = time.thread_time() - cpu
        if p.lint.blocked:
            first = next(i for i in p.lint.issues if i.severity == "error")
            raise Refused(first.message, first.code)
        messages = [Message("system", SYSTEM_PROMPT), Message("user", p.prompt)]
        # streamed text is re-identified on the way; JSON fields are rendered once complete
        stream = (
            StreamingReidentifier(p.pseudo.mapping) if call.on_text and not p.structured else None
        )
        tokens = 0

        def on_token(piece: str) -> None:
            nonlocal tokens
            tokens += 1
            if call.on_progress is not None:
                call.on_progress(tokens)
            if stream is not None and call.on_text is not None and (ready := stream.feed(piece)):
                call.on_text(ready)

        streaming = call.on_text is not None or call.on_progress is not None
        schema = response_format(case.id, case.fields) if p.structured else None
        try:
            with CpuMeter(self.policy.energy) as meter:
                completion = self.guarded_backend(card).complete(
                    messages, on_token=on_token if streaming else None, response_format=schema
                )
        except LLMError as exc:
            self._audit(
                "generation_failed",
                call.actor,
                {"use_case": case.id, "model": card.id, "kind": exc.kind},
            )
            raise
        answer = completion.text
        if p.structured:  # an answer that is not the expected JSON is shown as it came
            answer = render(case.fields, completion.text) or completion.text
        back = reidentify(answer, p.pseudo.mapping)
        if call.on_text is not None:
            rest = stream.finish() if stream is not None else back.text
            if rest:
                call.on_text(rest)
        checking = time.thread_time()
        report = self.verifier_for(case).check(
            source, back.text, case.id if case.id in USE_CASES else None
        )
        cpu += time.thread_time() - checking
        request_id = str(uuid.uuid4())
        outcome = Outcome(request_id, PENDING_REVIEW, case, card, back.text, report, p.lint, completion,
                          p.counts, p.pseudo.text, back.invented, check_ms=round(cpu * 1000),
                          impact=self._impact(card, completion, meter))  # fmt: skip
        self._store(outcome, call, source, p.prompt)
        return outcome

    def _impact(self, card: ModelCard, completion: Completion, meter: CpuMeter) -> Impact:
        """EcoLogits for a served model, this machine's measure for the embedded one."""
        settings = self.policy.energy
        if card.backend is Kind.LOCAL or card.backend is Kind.RULES:
            return meter.impact
        if card.backend is Kind.EXTERNAL:
            return Impact(None, None, None, "none", "Texte produit hors d'avec : impact inconnu.")
        on_site = card.hosting.strip().lower() == "local"  # the site's own server room
        extra: dict[str, Any] = (
            {"pue": settings.pue, "wue_l_per_kwh": settings.wue_l_per_kwh} if on_site else {}
        )
        return estimate_served(card.parameters_active_b, card.parameters_total_b,
                               completion.completion_tokens, completion.latency_s, settings.zone,
                               **extra)  # fmt: skip

    def guarded_backend(self, card: ModelCard) -> Backend:
        """One backend per model card, behind a circuit breaker (kept for the pipeline's life)."""
        if card.id not in self._backends:
            self._backends[card.id] = CircuitBreaker(self.backend_for(card))
        return self._backends[card.id]

    def verifier_for(self, case: UseCase) -> Verifier:
        key = tuple(case.checks)
        if key not in self._verifiers:
            self._verifiers[key] = Verifier(case.checks)
        return self._verifiers[key]

    def _store(self, o: Outcome, call: _Call, source: str, prompt: str) -> None:
        by_severity = Counter(f.severity.name.lower() for f in o.report.findings)
        by_check = Counter(f.check for f in o.report.findings)
        findings = {"by_severity": dict(by_severity), "by_check": dict(by_check)}
        source_hash = hashlib.sha256(source.encode()).hexdigest()
        sent_hash = hashlib.sha256(prompt.encode()).hexdigest()
        self.vault.put(o.request_id, {
            "source": source, "sent": prompt, "answer": o.completion.text, "proposition": o.proposition,
            "findings": o.report.to_dict(), "lint": [vars(i) for i in o.lint.issues],
            "invented_placeholders": o.invented_placeholders,
            "impact": o.impact.detail if o.impact else None,
        })  # fmt: skip
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with Session(self.engine) as session, session.begin():
            team = None
            if call.owner is not None:
                team = session.execute(select(User.team).where(User.name == call.owner)).scalar()
            session.add(Request(
                id=o.request_id, created=now, actor=call.actor, owner=call.owner, team=team,
                use_case=o.use_case.id, model=o.model.id, check_ms=o.check_ms,
                findings_error=by_severity["error"], findings_warning=by_severity["warning"],
                findings_info=by_severity["info"],
                energy_wh=o.impact.energy_wh if o.impact else None,
                gco2eq=o.impact.gco2eq if o.impact else None,
                water_l=o.impact.water_l if o.impact else None,
                energy_method=o.impact.method if o.impact else None,
                is_ai=o.completion.is_ai, status=o.status, source_sha256=source_hash,
                prompt_tokens=o.completion.prompt_tokens, completion_tokens=o.completion.completion_tokens,
                latency_ms=round(o.completion.latency_s * 1000), entities=canonical(o.entities),
                findings=canonical(findings), vault_ref=o.request_id,
            ))  # fmt: skip
            pairs = Counter((f.check, f.severity.name.lower()) for f in o.report.findings)
            session.add_all(FindingCount(request_id=o.request_id, check=c, severity=sev, n=n, created=now)
                            for (c, sev), n in pairs.items())  # fmt: skip
            append_in(session, "request", call.actor, {
                "request_id": o.request_id, "owner": call.owner, "use_case": o.use_case.id,
                "model": o.model.id, "source_sha256": source_hash, "sent_sha256": sent_hash,
                "pseudonymised": o.entities, "lint_score": o.lint.score,
                "tokens": {"prompt": o.completion.prompt_tokens,
                           "completion": o.completion.completion_tokens},
            })  # fmt: skip
            append_in(session, "findings", call.actor, {"request_id": o.request_id, **findings})

    def _audit(self, kind: str, actor: str, data: dict[str, Any]) -> None:
        append(self.engine, kind, actor, data)
