"""Apprendre in the workbench: a new user at level 0 cannot use a gated use case, passes the
level-1 modules' quizzes, reaches level 1 and can; a référent grants level 3 only when earned."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from avec.learn.modules import load_quiz
from avec.store import export
from avec.store.accounts import add_user, get_user
from tests.web.workbench import PASSWORD, SOURCE, csrf, post, sign_in, workbench


@pytest.fixture
def bench(engine: Engine, tmp_path: Path) -> Iterator[tuple[Any, Engine]]:
    with workbench(engine, tmp_path) as (client, _, _):
        add_user(engine, "zoe", "professionnel", 0, PASSWORD)
        yield client, engine


def answer(client: Any, module: str, right: bool = True) -> Any:
    quiz = load_quiz(module)
    data: dict[str, Any] = {"csrf": csrf(client.get(f"/apprendre/{module}").text)}
    for q in quiz.questions:
        data[f"q-{q.id}"] = (
            list(q.correct) if right else [a.id for a in q.answers if a.id not in q.correct][:1]
        )
    return client.post(f"/apprendre/{module}", data=data)


def test_level_zero_learns_reaches_level_one_and_may_ask(bench: Any) -> None:
    client, engine = bench
    sign_in(client, "zoe")
    home = client.get("/").text
    assert "niveau 0" in home and "Non accessibles à votre niveau" in home
    refused = post(
        client, "/demande", "/demande", {"use_case": "consultation_note", "source": SOURCE}
    )
    assert refused.status_code == 403 and "demande le niveau 1" in refused.text
    module = client.get("/apprendre/01").text
    assert (
        "<h1>" in module
        and "Quiz" in module
        and "<script" not in module.split("</footer>")[0].split("<main")[1]
    )
    wrong = answer(client, "01", right=False)
    assert wrong.status_code == 200 and "Réponse incomplète ou inexacte" in wrong.text
    for module_id in ("01", "02", "03"):
        assert "Score" in answer(client, module_id).text
    user = get_user(engine, "zoe")
    assert user is not None and user.level == 0  # module 04 still missing
    last = answer(client, "04").text
    assert "Niveau atteint" in last
    header = last.split("</header>")[0]
    assert "niveau 1" in header and "niveau 0" not in header  # the new level shown at once
    user = get_user(engine, "zoe")
    assert user is not None and user.level == 1
    preview = post(
        client, "/demande", "/demande", {"use_case": "consultation_note", "source": SOURCE}
    )
    assert preview.status_code == 200 and "Ce qui sera envoyé" in preview.text
    assert "niveau 1" in client.get("/apprendre/attestation").text
    kinds = [e["kind"] for e in export(engine)]
    assert kinds.count("quiz_attempt") == 5 and "level_changed" in kinds


def test_level_three_is_granted_by_a_referent_only_when_earned(bench: Any) -> None:
    client, engine = bench
    sign_in(client, "zoe")
    assert client.get("/apprendre/equipe").status_code == 403
    sign_in(client, "rita")
    team = client.get("/apprendre/equipe").text
    assert "zoe" in team and "Attribuer le niveau 3" in team
    refused = post(client, "/apprendre/equipe/zoe/niveau3", "/apprendre/equipe", {})
    assert refused.status_code == 403 and "pas tous réussis" in refused.text
    sign_in(client, "zoe")
    for module_id in ("01", "02", "03", "04", "05", "06", "07", "08"):
        answer(client, module_id)
    user = get_user(engine, "zoe")
    assert user is not None and user.level == 2  # 3 needs a référent
    sign_in(client, "rita")
    assert post(client, "/apprendre/equipe/zoe/niveau3", "/apprendre/equipe", {}).status_code == 303
    user = get_user(engine, "zoe")
    assert user is not None and user.level == 3


def test_the_pass_mark_is_the_levels_and_the_attestation_dates_each_module(
    bench: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client, _ = bench
    rules = tmp_path / "learn"
    rules.mkdir()
    (rules / "levels.yaml").write_text(
        "levels:\n  - {level: 1, label: premier, modules: ['01'], min_percentage: 100}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("AVEC_LEARN_DIR", str(rules))
    sign_in(client, "zoe")
    quiz = load_quiz("01")
    data: dict[str, Any] = {"csrf": csrf(client.get("/apprendre/01").text)}
    for q in quiz.questions[1:]:  # all right but the first: below 100 %
        data[f"q-{q.id}"] = list(q.correct)
    almost = client.post("/apprendre/01", data=data).text
    assert "à partir de 100 %" in almost and 'class="alert warn"' in almost
    assert "Aucun module réussi" in client.get("/apprendre/attestation").text
    answer(client, "01")
    certificate = client.get("/apprendre/attestation").text
    assert (
        "01." in certificate
        and "Réussi le" in certificate
        and "Attestation éditée le" in certificate
    )
