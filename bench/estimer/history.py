"""A generated history of requests, reviews and tasks without AI, for the Estimer benchmark,
the dashboard screenshots and the report's tests. Deterministic (seeded); bulk inserts.

Shapes, not truth: volumes grow over the months, validation ~80 %, a third of validated
propositions corrected, a few dismissed findings per check, energy per request by model.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from typing import Any

from sqlalchemy import Engine, insert

from avec.store.tables import FindingCount, FindingDecision, ManualTask, Request, Review

USE_CASES = ("consultation_note", "discharge_letter", "literature_synthesis", "patient_leaflet",
             "admin_form", "reformulation", "prescription_summary")  # fmt: skip
MODELS = (
    ("local-qwen", "cpu_time", 0.6),
    ("site-mistral", "ecologits", 0.9),
    ("sans-ia", "cpu_time", 0.001),
)
TEAMS = ("cardiologie", "pneumologie", "médecine générale", "EHPAD Les Tilleuls")
USERS = tuple(f"user{n:02d}" for n in range(24))
CHECKS = ("quantities", "drugs", "assertions", "dates", "doses", "support")
CATEGORIES = ("number", "unit", "drug", "negation", "omission", "invented", "style", "other")


def generate(engine: Engine, requests: int, *, months: int = 6, seed: int = 7,
             end: dt.date | None = None, batch: int = 5000) -> dict[str, int]:  # fmt: skip
    rng = random.Random(seed)
    end = end or dt.date.today()
    start = end - dt.timedelta(days=30 * months)
    span = (end - start).days * 86400
    tables: dict[str, list[dict[str, Any]]] = {"requests": [], "reviews": [], "decisions": [],
                                               "counts": [], "manual": []}  # fmt: skip
    counts = {k: 0 for k in tables}

    def flush(force: bool = False) -> None:
        if not force and len(tables["requests"]) < batch:
            return
        with engine.begin() as conn:
            for key, table in (("requests", Request), ("reviews", Review), ("decisions", FindingDecision),
                               ("counts", FindingCount), ("manual", ManualTask)):  # fmt: skip
                if tables[key]:
                    conn.execute(insert(table), tables[key])
                    counts[key] += len(tables[key])
                    tables[key].clear()

    for _ in range(requests):
        # more recent requests are more frequent (adoption grows)
        offset = int(span * (rng.random() ** 0.7))
        created = dt.datetime.combine(start, dt.time(), dt.UTC) + dt.timedelta(seconds=offset)
        stamp = created.isoformat(timespec="seconds")
        rid = str(uuid.UUID(int=rng.getrandbits(128)))
        user = rng.choice(USERS)
        team = TEAMS[USERS.index(user) % len(TEAMS)]
        model, method, wh = rng.choice(MODELS)
        errors, warnings = (
            rng.choices((0, 1, 2), (6, 3, 1))[0],
            rng.choices((0, 1, 2), (5, 4, 1))[0],
        )
        status = rng.choices(("validated", "rejected", "pending_review"), (78, 12, 10))[0]
        energy = round(wh * rng.uniform(0.5, 1.5), 4)
        tables["requests"].append({
            "id": rid, "created": stamp, "actor": f"user:{user}", "owner": user, "team": team,
            "use_case": rng.choice(USE_CASES), "model": model, "is_ai": model != "sans-ia",
            "status": status, "source_sha256": "0" * 64, "prompt_tokens": rng.randint(300, 1500),
            "completion_tokens": rng.randint(80, 600), "latency_ms": rng.randint(800, 60000),
            "entities": "{}", "findings": "{}", "vault_ref": rid, "findings_error": errors,
            "findings_warning": warnings, "findings_info": 0, "check_ms": rng.randint(20, 90),
            "energy_wh": energy, "gco2eq": round(energy * 0.0414, 6), "water_l": round(energy * 0.0037, 6),
            "energy_method": method, "corrected": None, "edit_distance": None, "review_seconds": None,
            "time_saved_min": None,
        })  # fmt: skip
        for n, severity in ((errors, "error"), (warnings, "warning")):
            if n:
                tables["counts"].append(
                    {
                        "request_id": rid,
                        "check": rng.choice(CHECKS),
                        "severity": severity,
                        "n": n,
                        "created": stamp,
                    }
                )
        if status != "pending_review":
            decided = (created + dt.timedelta(minutes=rng.randint(2, 600))).isoformat(
                timespec="seconds"
            )
            corrected = status == "validated" and rng.random() < 0.33
            categories = (
                sorted(set(rng.choices(CATEGORIES, k=rng.randint(1, 2)))) if corrected else []
            )
            review_seconds, saved = rng.randint(30, 600), rng.choice((None, 5, 10, 15))
            distance = (
                round(rng.uniform(0.01, 0.3), 4)
                if corrected
                else (0.0 if status == "validated" else 1.0)
            )
            tables["requests"][-1].update({
                "corrected": corrected if status == "validated" else None,
                "edit_distance": distance if status == "validated" else None,
                "review_seconds": review_seconds, "time_saved_min": saved,
            })  # fmt: skip
            tables["reviews"].append({
                "request_id": rid, "reviewer": user, "decision": status, "decided_at": decided,
                "reason": None if status == "validated" else "hors sujet",
                "edit_distance": distance, "corrected": corrected, "categories": json.dumps(categories),
                "review_seconds": review_seconds, "time_saved_min": saved,
            })  # fmt: skip
            for i in range(errors + warnings):
                tables["decisions"].append({
                    "request_id": rid, "finding": i, "check": rng.choice(CHECKS), "category": "x",
                    "severity": "error" if i < errors else "warning",
                    "decision": "confirmed" if rng.random() < 0.7 else "dismissed",
                    "reason": None, "decided_by": user, "decided_at": decided,
                })  # fmt: skip
        if rng.random() < 0.12:
            tables["manual"].append({"user_name": user, "team": team, "use_case": rng.choice(USE_CASES),
                                     "created": stamp, "minutes": rng.choice((None, 10, 20, 30))})  # fmt: skip
        flush()
    flush(force=True)
    return counts
