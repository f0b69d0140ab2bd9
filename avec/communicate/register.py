"""Registre des usages: the organisation's register of AI uses, from the policy and the store.

One entry per use case: purpose, owner, competency level, the models allowed with their card
(hosting, HDS, retention, training on inputs), the data types sent (pseudonymised or
identifying, and which identifier types were replaced in practice), volumes and review outcome.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from avec.policy import Policy
from avec.store.tables import Request

DATA_LABELS = {
    "pseudonymised": "données pseudonymisées (identifiants remplacés avant l'envoi)",
    "identifying": "données identifiantes, seulement vers un modèle local ou certifié HDS",
}


def register(policy: Policy, engine: Engine, start: str | None = None,
             end: str | None = None) -> list[dict[str, Any]]:  # fmt: skip
    where = []
    if start:
        where.append(Request.created >= start)
    if end:
        where.append(Request.created < end)
    with Session(engine) as session:
        volumes = dict(session.execute(
            select(Request.use_case, func.count()).where(*where).group_by(Request.use_case)
        ).all())  # fmt: skip
        validated = dict(session.execute(
            select(Request.use_case, func.count()).where(Request.status == "validated", *where)
            .group_by(Request.use_case)
        ).all())  # fmt: skip
        replaced: dict[str, Counter[str]] = {}
        # distinct entity-count objects are few; parse each once
        for use_case, entities, n in session.execute(
            select(Request.use_case, Request.entities, func.count()).where(*where)
            .group_by(Request.use_case, Request.entities)
        ):  # fmt: skip
            counts = replaced.setdefault(use_case, Counter())
            for label, k in json.loads(entities or "{}").items():
                counts[label] += k * n
    out = []
    for case in policy.use_cases:
        models = policy.models_for(case)
        out.append({
            "id": case.id, "label": case.label, "purpose": case.description,
            "owner": case.owner or "non désigné", "min_level": int(case.min_level),
            "data": DATA_LABELS[case.data.value], "retention_days": case.retention_days,
            "checks": ", ".join(case.checks),
            "models": "; ".join(
                f"{m.label} ({m.hosting}{', HDS' if m.hds_certified else ''}, conservation : {m.retention}"
                f"{', entraîne sur les entrées' if m.trains_on_inputs else ''})" for m in models
            ),
            "identifiers_replaced": ", ".join(f"{k} ({v})" for k, v in sorted(replaced.get(case.id, Counter()).items())),
            "requests": volumes.get(case.id, 0), "validated": validated.get(case.id, 0),
            "human_review": "obligatoire",
        })  # fmt: skip
    return out
