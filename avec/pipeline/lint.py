"""Request quality (« qualité des requêtes »): is the request well written and allowed?

A request is the use case's template, the professional's own instruction and the source. The
checks are deterministic and explain themselves in French: forbidden uses, an empty or tiny
source, a source too long for the model, an instruction without a task, an audience or a format,
identifying data that will be pseudonymised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from avec.llm.base import rough_tokens
from avec.policy import ModelCard, Policy, find_forbidden

_TASK = re.compile(r"\b(?:redige|resume|reformule|synthetise|structure|explique|traduis|liste|"
                   r"extrais|remplis|prepare|ecris|corrige|simplifie|complete)\w*", re.I)  # fmt: skip
_AUDIENCE = re.compile(r"\b(?:patient|patiente|famille|confrere|medecin|infirmier|equipe|"
                       r"aidant|enfant|parents|grand public)\b", re.I)  # fmt: skip
_FORMAT = re.compile(r"\b(?:liste|tableau|puces|paragraphe|sections?|plan|mots|lignes?|"
                     r"format|courrier|lettre|note|fiche)\b", re.I)  # fmt: skip
MIN_SOURCE_CHARS = 40
MAX_INSTRUCTION_CHARS = 2_000


@dataclass(frozen=True)
class Issue:
    code: str
    severity: str  # "error" blocks the request, "warning" and "info" advise
    message: str


@dataclass
class LintReport:
    issues: list[Issue] = field(default_factory=list)

    @property
    def blocked(self) -> bool:
        return any(i.severity == "error" for i in self.issues)

    @property
    def score(self) -> int:
        """0–100: 100 minus 40 per error, 15 per warning, 5 per remark."""
        cost = {"error": 40, "warning": 15, "info": 5}
        return max(0, 100 - sum(cost[i.severity] for i in self.issues))


def lint_request(policy: Policy, source: str, instruction: str | None = None,
                 card: ModelCard | None = None, identifiers: int = 0) -> LintReport:  # fmt: skip
    from avec.text.normalize import fold

    report = LintReport()
    add = report.issues.append
    for match in find_forbidden(policy, instruction or ""):
        add(Issue("forbidden_use", "error", match.message))
    if len(source.strip()) < MIN_SOURCE_CHARS:
        add(Issue("source_too_short", "warning",
                  "La source est très courte : le modèle risque de compléter avec des informations inventées."))  # fmt: skip
    if (
        card is not None
        and card.context_window
        and rough_tokens(source) > card.context_window * 0.7
    ):
        add(Issue("source_too_long", "error",
                  f"La source dépasse la capacité du modèle « {card.id} » ({card.context_window} jetons) : "
                  "la découper ou choisir un autre modèle."))  # fmt: skip
    if instruction:
        folded = fold(instruction)
        if len(instruction) > MAX_INSTRUCTION_CHARS:
            add(
                Issue(
                    "instruction_too_long",
                    "warning",
                    "Consigne très longue : la résumer en quelques phrases.",
                )
            )
        if not _TASK.search(folded):
            add(
                Issue(
                    "no_task",
                    "warning",
                    "La consigne ne dit pas quelle tâche réaliser (rédiger, résumer, reformuler…).",
                )
            )
        if not _AUDIENCE.search(folded):
            add(
                Issue(
                    "no_audience",
                    "info",
                    "Préciser le destinataire (patient, confrère, équipe…) améliore le résultat.",
                )
            )
        if not _FORMAT.search(folded):
            add(
                Issue(
                    "no_format", "info", "Préciser le format attendu (liste, sections, longueur…)."
                )
            )
    if identifiers:
        add(Issue("identifying_data", "info",
                  f"{identifiers} donnée(s) identifiante(s) repérée(s) : elles seront remplacées avant l'envoi."))  # fmt: skip
    return report
