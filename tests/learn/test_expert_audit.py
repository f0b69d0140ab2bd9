"""Expert audit, below the web layer: the rubric as data, reproducible samples by filter, grading
rules, the REX post, and the grades as indicators (on SQLite and PostgreSQL)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from avec.communicate.rex import board
from avec.learn import LearnError
from avec.learn.expert_audit import (
    AuditError,
    SampleFilter,
    corrections,
    grade,
    load_rubric,
    sample,
)
from avec.metrics.indicators import Filters, audit_grades
from avec.metrics.objectives import add_objective, evaluate
from avec.privacy import Detector
from avec.store.accounts import add_user, get_user
from avec.store.tables import AuditEvent, AuditGrade, User
from tests.metrics.test_indicators import FIXTURE, store  # noqa: F401  (fixture)

DETECTOR = Detector(use_ner=False)


@pytest.fixture
def people(store: Engine) -> dict[str, User]:  # noqa: F811
    add_user(store, "rita", "référent", 3, "mot-de-passe-de-test")
    add_user(store, "paul", "référent", 2, "mot-de-passe-de-test")
    add_user(store, "alice", "professionnel", 1, "mot-de-passe-de-test")
    users = {n: get_user(store, n) for n in ("rita", "paul", "alice")}
    return {n: u for n, u in users.items() if u is not None}


def test_the_shipped_rubric_has_three_axes_graded_one_to_four() -> None:
    rubric = load_rubric()
    assert [a.id for a in rubric.axes] == ["request", "output", "review"]
    for axis in rubric.axes:
        assert sorted(axis.levels) == [1, 2, 3, 4] and axis.criteria


def test_an_organisation_rubric_replaces_it_and_a_broken_one_is_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AVEC_LEARN_DIR", str(tmp_path))
    (tmp_path / "rubric.yaml").write_text("scale: {1: a, 2: b, 3: c}\naxes: []\n", encoding="utf-8")
    with pytest.raises(LearnError) as caught:
        load_rubric()
    assert "1, 2, 3 et 4" in str(caught.value)
    (tmp_path / "rubric.yaml").write_text("scale: [\n", encoding="utf-8")
    with pytest.raises(LearnError, match="YAML invalide"):
        load_rubric()


def test_only_level_3_samples_and_the_same_seed_draws_the_same_requests(
    store: Engine,  # noqa: F811
    people: dict[str, User],
) -> None:
    with pytest.raises(AuditError, match="niveau 3"):
        sample(store, people["paul"], 3, SampleFilter())
    first = sample(store, people["rita"], 3, SampleFilter(), seed=42)
    again = sample(store, people["rita"], 3, SampleFilter(), seed=42)
    assert first.ids == again.ids and len(set(first.ids)) == 3
    assert first.matched == len(FIXTURE)
    everyone = sample(store, people["rita"], 50, SampleFilter(), seed=7)
    assert sorted(everyone.ids) == sorted(r.id for r in FIXTURE)
    with pytest.raises(AuditError, match="entre 1 et 50"):
        sample(store, people["rita"], 51, SampleFilter())
    with Session(store) as session:
        kinds = Counter(session.execute(select(AuditEvent.kind)).scalars())
    assert kinds["expert_audit_sample"] == 3  # every draw made is in the trail, with its seed


def test_filters_narrow_the_population(store: Engine, people: dict[str, User]) -> None:  # noqa: F811
    rita = people["rita"]

    def ids(f: SampleFilter) -> set[str]:
        return set(sample(store, rita, 50, f, seed=1).ids)

    assert ids(SampleFilter(status="validated")) == {
        r.id for r in FIXTURE if r.status == "validated"
    }
    assert ids(SampleFilter(with_errors=True)) == {r.id for r in FIXTURE if r.errors}
    assert ids(SampleFilter(corrected=True)) == {
        r.id for r in FIXTURE if r.corrected and r.status == "validated"
    }
    assert ids(SampleFilter(team="pneumo", use_case="consultation_note")) == {
        r.id for r in FIXTURE if r.team == "pneumo" and r.use_case == "consultation_note"
    }
    assert ids(SampleFilter(start="2026-10-01")) == {
        r.id for r in FIXTURE if r.created >= "2026-10"
    }
    # alice's own requests are never drawn for alice (were she an auditor)
    with Session(store) as session, session.begin():
        session.execute(User.__table__.update().where(User.name == "alice").values(level=3))
    alice = get_user(store, "alice")
    assert alice is not None
    drawn = set(sample(store, alice, 50, SampleFilter(), seed=1).ids)
    assert drawn == {r.id for r in FIXTURE if r.owner != "alice"}


def test_grading_rules(store: Engine, people: dict[str, User]) -> None:  # noqa: F811
    rita = people["rita"]
    pending = next(r.id for r in FIXTURE if r.status == "pending_review")
    validated = next(r.id for r in FIXTURE if r.status == "validated")
    with pytest.raises(AuditError, match="pas terminée"):
        grade(store, DETECTOR, rita, pending, request_quality=3, output_quality=3, review_quality=3)
    row = grade(store, DETECTOR, rita, pending, request_quality=3, output_quality=2,
                review_quality="na")  # fmt: skip
    assert row.review_quality is None and row.rex_id is None
    with pytest.raises(AuditError, match="Note manquante"):
        grade(store, DETECTOR, rita, validated, request_quality=3, output_quality=3,
              review_quality="")  # fmt: skip
    with pytest.raises(AuditError, match="1, 2, 3 ou 4"):
        grade(store, DETECTOR, rita, validated, request_quality=5, output_quality=3,
              review_quality=3)  # fmt: skip
    with pytest.raises(AuditError, match="expliquée"):
        grade(store, DETECTOR, rita, validated, request_quality=3, output_quality=1,
              review_quality=3)  # fmt: skip
    with pytest.raises(AuditError, match="niveau 3"):
        grade(store, DETECTOR, people["paul"], validated, request_quality=3, output_quality=3,
              review_quality=3)  # fmt: skip
    with pytest.raises(AuditError, match="introuvable"):
        grade(store, DETECTOR, rita, "nope", request_quality=3, output_quality=3, review_quality=3)


def test_a_grade_of_one_is_shared_on_the_rex_board_pseudonymised(
    store: Engine,  # noqa: F811
    people: dict[str, User],
) -> None:
    rita = people["rita"]
    validated = next(r for r in FIXTURE if r.status == "validated")
    comment = "Dose de Mme Jeanne KERHERVÉ (tél. 06 12 34 56 78) validée en mg au lieu de µg."
    row = grade(store, DETECTOR, rita, validated.id, request_quality=3, output_quality=1,
                review_quality=2, comment=comment)  # fmt: skip
    assert row.rex_id is not None
    assert row.comment is not None and "KERHERVÉ" not in row.comment and "06 12" not in row.comment
    posts = board(store, kind="audit")
    assert [p.id for p in posts] == [row.rex_id]
    assert posts[0].request_id == validated.id and posts[0].use_case == validated.use_case
    assert "1/4" in posts[0].body and "KERHERVÉ" not in posts[0].body
    # grading again replaces this auditor's grade instead of adding one
    grade(
        store, DETECTOR, rita, validated.id, request_quality=4, output_quality=3, review_quality=3
    )
    with Session(store) as session:
        rows = list(session.execute(select(AuditGrade)).scalars())
    assert len(rows) == 1 and rows[0].output_quality == 3


def test_grades_are_indicators_and_objectives(store: Engine, people: dict[str, User]) -> None:  # noqa: F811
    rita = people["rita"]
    graded = [r for r in FIXTURE if r.status in ("validated", "rejected")][:3]
    marks = [(4, 3, 3), (2, 3, 2), (3, 4, 4)]
    for r, (a, b, c) in zip(graded, marks, strict=True):
        grade(store, DETECTOR, rita, r.id, request_quality=a, output_quality=b, review_quality=c)
    rows = audit_grades(store, "month")
    assert len(rows) == 1 and rows[0]["audited"] == 3
    assert rows[0]["audit_request_quality"] == round(sum(m[0] for m in marks) / 3, 2)
    assert rows[0]["audit_review_quality"] == round(sum(m[2] for m in marks) / 3, 2)
    assert rows[0]["below"] == sum(min(m) <= 2 for m in marks)
    only = audit_grades(store, "month", Filters(team="pneumo"))
    expected = sum(r.team == "pneumo" for r in graded)
    assert sum(r["audited"] for r in only) == expected
    add_objective(store, "audit_output_quality", ">=", 3.0, None, "rita")
    status = evaluate(store, "month")[0]
    assert status.value == rows[0]["audit_output_quality"] and status.met is True
    with Session(store) as session:
        assert session.execute(select(func.count()).select_from(AuditGrade)).scalar() == 3


def test_corrections_are_shown_word_by_word() -> None:
    before = "Traitement : Lévothyrox 75 mg le matin. Pas de fièvre."
    after = "Traitement : Lévothyrox 75 µg le matin. Pas de fièvre."
    changes = corrections(before, after)
    assert [(c.old, c.new) for c in changes] == [("mg", "µg")]
    assert changes[0].before.endswith("75 ") and changes[0].after.startswith(" le matin")
    assert corrections(before, before) == []
