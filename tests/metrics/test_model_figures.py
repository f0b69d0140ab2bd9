"""Figures per model (fiches outils) by SQL, against expectations computed in plain Python over
the same small fixture, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from avec.metrics.models import ModelFigures, figures_by_model, model_figures
from avec.store.tables import FindingCount, FindingDecision, Request


@dataclass
class R:
    id: str
    created: str
    model: str
    status: str
    corrected: bool | None = None
    distance: float | None = None
    seconds: int | None = None
    latency: int = 1000
    findings: tuple[tuple[str, str, int], ...] = ()  # (check, severity, n)
    energy: float | None = None
    method: str | None = None
    water: float | None = None


FIXTURE = [
    R("a1", "2026-09-03T10:00:00+00:00", "alpha", "validated", True, 0.2, 60, 800,
      (("quantities", "error", 2), ("drugs", "warning", 1)), 0.5, "ecologits", 0.01),
    R("a2", "2026-09-15T10:00:00+00:00", "alpha", "validated", False, 0.0, 30, 1200, (), 1.5, "ecologits", None),
    R("a3", "2026-09-20T10:00:00+00:00", "alpha", "rejected", None, None, 45, 1000,
      (("quantities", "error", 1), ("dates", "info", 3))),
    R("a4", "2026-10-01T08:00:00+00:00", "alpha", "validated", True, 0.5, None, 2000,
      (("drugs", "error", 1),), 0.02, "cpu_time", 0.0001),
    R("a5", "2026-10-12T08:00:00+00:00", "alpha", "pending_review", None, None, None, 600, (), None, "none"),
    R("b1", "2026-09-05T10:00:00+00:00", "beta", "rejected", None, None, 20, 300, (("quantities", "error", 1),)),
    R("b2", "2026-10-05T10:00:00+00:00", "beta", "validated", False, 0.0, 10, 500, (), 0.002, "rapl", 0.00002),
]  # fmt: skip
DECISIONS = [("a1", 0, "quantities", "confirmed"), ("a1", 1, "quantities", "dismissed"),
             ("a1", 2, "drugs", "dismissed"), ("a3", 0, "quantities", "confirmed"),
             ("a4", 0, "drugs", "confirmed"), ("b1", 0, "quantities", "dismissed")]  # fmt: skip


@pytest.fixture
def store(engine: Engine) -> Engine:
    with Session(engine) as session, session.begin():
        for r in FIXTURE:
            by_severity = {s: sum(n for _, sev, n in r.findings if sev == s)
                           for s in ("error", "warning", "info")}  # fmt: skip
            session.add(Request(id=r.id, created=r.created, actor="user:alice", owner="alice",
                                use_case="consultation_note", model=r.model, is_ai=True,
                                status=r.status, source_sha256="0" * 64, prompt_tokens=10,
                                completion_tokens=20, latency_ms=r.latency, entities="{}",
                                findings="{}", vault_ref=r.id, findings_error=by_severity["error"],
                                findings_warning=by_severity["warning"],
                                findings_info=by_severity["info"], energy_wh=r.energy,
                                gco2eq=None if r.energy is None else r.energy * 40,
                                water_l=r.water, energy_method=r.method, corrected=r.corrected,
                                edit_distance=r.distance, review_seconds=r.seconds))  # fmt: skip
            for check, severity, n in r.findings:
                session.add(FindingCount(request_id=r.id, check=check, severity=severity, n=n,
                                         created=r.created))  # fmt: skip
        for rid, i, check, decision in DECISIONS:
            session.add(FindingDecision(request_id=rid, finding=i, check=check, category="x",
                                        severity="error", decision=decision, decided_by="alice",
                                        decided_at="2026-11-01T00:00:00+00:00"))  # fmt: skip
    return engine


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def expected(model: str, month: str = "") -> dict[str, object]:
    rows = [r for r in FIXTURE if r.model == model and r.created.startswith(month)]
    validated = [r for r in rows if r.status == "validated"]
    rejected = [r for r in rows if r.status == "rejected"]
    corrected = [r for r in validated if r.corrected]
    ids = {r.id for r in rows}
    decisions = [d for d in DECISIONS if d[0] in ids]
    confirmed = sum(d[3] == "confirmed" for d in decisions)
    errors = sum(n for r in rows for _, s, n in r.findings if s == "error")
    return {
        "requests": len(rows), "validated": len(validated), "rejected": len(rejected),
        "pending": sum(r.status == "pending_review" for r in rows),
        "correction_rate": round(len(corrected) / len(validated), 4) if validated else None,
        "rejection_rate": round(len(rejected) / (len(validated) + len(rejected)), 4)
        if validated or rejected else None,
        "edit_distance": _mean([r.distance for r in validated if r.distance is not None]),
        "review_seconds": _mean([r.seconds for r in rows if r.seconds is not None]),
        "latency_ms": _mean([r.latency for r in rows]),
        "errors_per_request": round(errors / len(rows), 4) if rows else None,
        "precision": round(confirmed / len(decisions), 4) if decisions else None,
        "energy_wh": _mean([r.energy for r in rows if r.energy is not None]),
        "water_l": _mean([r.water for r in rows if r.water is not None]),
        "estimated": sum(r.energy is not None for r in rows),
    }  # fmt: skip


def check_against(figures: ModelFigures, want: dict[str, object]) -> None:
    for key in ("requests", "validated", "rejected", "pending", "correction_rate",
                "rejection_rate", "precision", "estimated"):  # fmt: skip
        assert getattr(figures, key) == want[key], key
    for key in ("edit_distance", "review_seconds", "latency_ms", "energy_wh", "water_l"):
        value = getattr(figures, key)
        assert (value is None) == (want[key] is None), key
        if value is not None:
            assert value == pytest.approx(want[key], rel=1e-6, abs=5e-5), key  # means: 4 decimals
    assert figures.findings_per_request["error"] == want["errors_per_request"]


@pytest.mark.parametrize("model", ["alpha", "beta"])
def test_one_model_all_time(store: Engine, model: str) -> None:
    check_against(model_figures(store, model), expected(model))


def test_the_rates_of_alpha_are_what_the_data_implies(store: Engine) -> None:
    alpha = model_figures(store, "alpha")
    # 3 validated of which 2 corrected; 1 rejected of 4 reviewed; 1 still pending
    assert (alpha.validated, alpha.corrected, alpha.rejected, alpha.pending) == (3, 2, 1, 1)
    assert alpha.correction_rate == 0.6667 and alpha.rejection_rate == 0.25
    assert alpha.findings == {"error": 4, "warning": 1, "info": 3}
    # mean over the requests that have a figure (3 of 5), not over all
    assert alpha.energy_wh == pytest.approx((0.5 + 1.5 + 0.02) / 3)
    assert alpha.gco2eq == pytest.approx((0.5 + 1.5 + 0.02) * 40 / 3)
    assert alpha.water_l == pytest.approx((0.01 + 0.0001) / 2)
    assert alpha.methods == {"cpu_time": 1, "ecologits": 2}  # a5's "none" has no figure


def test_findings_and_precision_by_check(store: Engine) -> None:
    checks = {c.check: c for c in model_figures(store, "alpha").checks or ()}
    assert set(checks) == {"quantities", "drugs", "dates"}
    assert (checks["quantities"].error, checks["quantities"].findings) == (3, 3)
    assert (checks["drugs"].error, checks["drugs"].warning) == (1, 1)
    assert checks["dates"].info == 3 and checks["dates"].precision is None
    # quantities: a1 confirmed + dismissed, a3 confirmed (b1's dismissal is beta's)
    assert (checks["quantities"].confirmed, checks["quantities"].dismissed) == (2, 1)
    assert checks["quantities"].precision == 0.6667
    assert checks["drugs"].precision == 0.5
    alpha = model_figures(store, "alpha")
    assert (alpha.confirmed, alpha.dismissed, alpha.precision) == (3, 2, 0.6)
    assert model_figures(store, "beta").precision == 0.0


@pytest.mark.parametrize("month", ["2026-09", "2026-10"])
def test_a_period(store: Engine, month: str) -> None:
    start, end = f"{month}-01", "2026-10-01" if month == "2026-09" else "2026-11-01"
    check_against(model_figures(store, "alpha", start, end), expected("alpha", month))


def test_a_model_without_requests(store: Engine) -> None:
    empty = model_figures(store, "gamma")
    assert not empty.measured and empty.requests == 0
    assert empty.correction_rate is None and empty.rejection_rate is None
    assert empty.energy_wh is None and empty.estimated == 0 and empty.methods == {}
    assert empty.checks == () and empty.precision is None
    assert not model_figures(store, "alpha", "2027-01-01").measured


def test_all_models_in_one_go(store: Engine) -> None:
    every = figures_by_model(store)
    assert set(every) == {"alpha", "beta"}
    for model, figures in every.items():
        assert figures.checks is None and figures.precision is None  # not asked for
        check_against(figures, {**expected(model), "precision": None})
    detailed = figures_by_model(store, checks=True)
    assert detailed == {m: model_figures(store, m) for m in ("alpha", "beta")}
    october = figures_by_model(store, "2026-10-01", "2026-11-01")
    assert (october["alpha"].requests, october["beta"].requests) == (2, 1)
