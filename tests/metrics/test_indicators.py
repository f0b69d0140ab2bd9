"""Indicators by SQL, against expectations computed independently (plain Python over the same
small fixture), on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from avec.metrics.dashboard import gather
from avec.metrics.indicators import (
    Filters,
    checker_precision,
    corrections_by_category,
    findings_by_check,
    requests,
)
from avec.store.tables import FindingCount, FindingDecision, ManualTask, Request, Review


@dataclass
class R:
    id: str
    created: str
    use_case: str
    team: str
    owner: str
    status: str
    tokens: int
    errors: int = 0
    corrected: bool = False
    distance: float = 0.0
    categories: tuple[str, ...] = ()
    seconds: int | None = None
    energy: float | None = None


FIXTURE = [
    R("a", "2026-09-03T10:00:00+00:00", "consultation_note", "cardio", "alice", "validated", 100, 1, True, 0.2, ("number",), 60, 0.5),
    R("b", "2026-09-15T10:00:00+00:00", "consultation_note", "cardio", "alice", "validated", 200, 0, False, 0.0, (), 30, 0.5),
    R("c", "2026-09-20T10:00:00+00:00", "discharge_letter", "pneumo", "bruno", "rejected", 300, 2),
    R("d", "2026-09-29T10:00:00+00:00", "consultation_note", "pneumo", "bruno", "pending_review", 50),
    R("e", "2026-10-01T08:00:00+00:00", "consultation_note", "cardio", "alice", "validated", 120, 1, True, 0.5, ("number", "drug"), 90, 1.0),
    R("f", "2026-10-12T08:00:00+00:00", "discharge_letter", "cardio", "alice", "validated", 80, 0, True, 0.1, ("style",), 45, None),
]  # fmt: skip
MANUAL = [("2026-09-10T09:00:00+00:00", "consultation_note", "cardio", "alice", 20),
          ("2026-10-05T09:00:00+00:00", "consultation_note", "cardio", "alice", None),
          ("2026-10-06T09:00:00+00:00", "consultation_note", "pneumo", "bruno", 15)]  # fmt: skip
DECISIONS = [("a", 0, "quantities", "confirmed"), ("a", 1, "drugs", "dismissed"),
             ("c", 0, "quantities", "confirmed"), ("c", 1, "quantities", "dismissed"),
             ("e", 0, "quantities", "confirmed")]  # fmt: skip


@pytest.fixture
def store(engine: Engine) -> Engine:
    with Session(engine) as session, session.begin():
        for r in FIXTURE:
            session.add(Request(id=r.id, created=r.created, actor=f"user:{r.owner}", owner=r.owner,
                                team=r.team, use_case=r.use_case, model="m", is_ai=True, status=r.status,
                                source_sha256="0" * 64, prompt_tokens=r.tokens // 2,
                                completion_tokens=r.tokens - r.tokens // 2, latency_ms=1, entities="{}",
                                findings="{}", vault_ref=r.id, findings_error=r.errors,
                                energy_wh=r.energy, gco2eq=None if r.energy is None else r.energy * 50,
                                energy_method=None if r.energy is None else "ecologits",
                                corrected=r.corrected if r.status == "validated" else None,
                                edit_distance=r.distance if r.status == "validated" else None,
                                review_seconds=r.seconds))  # fmt: skip
            if r.errors:
                session.add(
                    FindingCount(
                        request_id=r.id,
                        check="quantities",
                        severity="error",
                        n=r.errors,
                        created=r.created,
                    )
                )
            if r.status in ("validated", "rejected"):
                session.add(Review(request_id=r.id, reviewer=r.owner, decision=r.status,
                                   decided_at=r.created, edit_distance=r.distance if r.status == "validated" else 1.0,
                                   corrected=r.corrected, categories=json.dumps(list(r.categories)),
                                   review_seconds=r.seconds))  # fmt: skip
        for created, use_case, team, user, minutes in MANUAL:
            session.add(
                ManualTask(
                    user_name=user, use_case=use_case, created=created, minutes=minutes, team=team
                )
            )
        for rid, i, check, decision in DECISIONS:
            created = next(r.created for r in FIXTURE if r.id == rid)
            session.add(FindingDecision(request_id=rid, finding=i, check=check, category="x", severity="error",
                                        decision=decision, decided_by="x", decided_at=created))  # fmt: skip
    return engine


def expected_month(month: str, team: str | None = None) -> dict[str, object]:
    rows = [r for r in FIXTURE if r.created.startswith(month) and (team is None or r.team == team)]
    validated = [r for r in rows if r.status == "validated"]
    rejected = [r for r in rows if r.status == "rejected"]
    manual = [m for m in MANUAL if m[0].startswith(month) and (team is None or m[2] == team)]
    decided = len(validated) + len(rejected)
    return {
        "volume": len(rows), "validated": len(validated), "rejected": len(rejected),
        "acceptance_rate": round(len(validated) / decided, 4) if decided else None,
        "corrected_share": round(sum(r.corrected for r in validated) / len(validated), 4) if validated else None,
        "edit_distance": round(sum(r.distance for r in validated) / len(validated), 4) if validated else None,
        "tokens": sum(r.tokens for r in rows), "findings_error": sum(r.errors for r in rows),
        "without_ai": len(manual),
        "without_ai_share": round(len(manual) / (len(manual) + len(rows)), 4),
    }  # fmt: skip


@pytest.mark.parametrize("month", ["2026-09", "2026-10"])
def test_monthly_indicators(store: Engine, month: str) -> None:
    row = next(r for r in requests(store, "month") if r["period"] == month)
    for key, value in expected_month(month).items():
        assert row[key] == value, key


def test_by_team(store: Engine) -> None:
    rows = requests(store, "month", ("team",))
    for row in rows:
        expected = expected_month(row["period"], row["team"])
        assert (row["volume"], row["without_ai"]) == (expected["volume"], expected["without_ai"])
    pneumo_october = next(r for r in rows if r["period"] == "2026-10" and r["team"] == "pneumo")
    assert pneumo_october["volume"] == 0 and pneumo_october["without_ai_share"] == 1.0


def test_weeks_start_on_monday(store: Engine) -> None:
    weeks = {r["period"]: r["volume"] for r in requests(store, "week")}
    assert weeks["2026-08-31"] == 1  # Thursday 3 September 2026 → week of Monday 31 August
    assert weeks["2026-09-28"] == 2  # Tuesday 29 September and Thursday 1 October
    assert sum(weeks.values()) == len(FIXTURE)


def test_filters(store: Engine) -> None:
    only = requests(store, "month", filters=Filters(use_case="discharge_letter"))
    assert sum(r["volume"] for r in only) == 2
    window = requests(store, "month", filters=Filters(start="2026-09-10", end="2026-10-01"))
    assert sum(r["volume"] for r in window) == 3  # b, c, d


def test_checker_precision(store: Engine) -> None:
    rows = {(r["period"], r["check"]): r for r in checker_precision(store)}
    september = rows[("2026-09", "quantities")]
    assert (september["confirmed"], september["dismissed"], september["precision"]) == (
        2,
        1,
        round(2 / 3, 4),
    )
    assert rows[("2026-09", "drugs")]["precision"] == 0.0
    assert rows[("2026-10", "quantities")]["precision"] == 1.0


def test_corrections_findings_and_energy(store: Engine) -> None:
    categories = {(r["period"], r["category"]): r["n"] for r in corrections_by_category(store)}
    assert categories == {("2026-09", "number"): 1, ("2026-10", "number"): 1, ("2026-10", "drug"): 1,
                          ("2026-10", "style"): 1}  # fmt: skip
    findings = {(r["period"], r["check"]): r["n"] for r in findings_by_check(store)}
    assert findings == {("2026-09", "quantities"): 3, ("2026-10", "quantities"): 1}
    methods = {r["method"]: r for r in gather(store).energy}  # the dashboard's breakdown
    assert methods["ecologits"]["requests"] == 3 and methods["ecologits"][
        "energy_wh"
    ] == pytest.approx(2.0)
    assert methods["none"]["requests"] == 3
