"""The bac à sable in the workbench: a level-0 learner runs every stage on a fictional case while
the real use case stays closed; a level-1 learner calls the site's model; failures said in French;
nothing reaches the requests table, one `practice_run` event per run."""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from avec.learn.practice import load_cases
from avec.llm import OpenAICompatible
from avec.store import export
from avec.store.accounts import add_user
from avec.store.tables import Request
from avec.verify import Verifier
from tests.llm.fake_openai import Reply
from tests.web.workbench import PASSWORD, SOURCE, post, sign_in, workbench

CASE = next(c for c in load_cases() if c.use_case == "consultation_note")
PAGE = f"/apprendre/pratique/{CASE.id}"


@pytest.fixture
def bench(engine: Engine, tmp_path: Path) -> Iterator[tuple[Any, Any, Any, Engine]]:
    with workbench(engine, tmp_path) as (client, upstream, pipeline):
        add_user(engine, "zoe", "professionnel", 0, PASSWORD)
        yield client, upstream, pipeline, engine


def _requests(engine: Engine) -> int:
    with Session(engine) as session:
        return session.execute(select(func.count()).select_from(Request)).scalar_one()


def _practice_events(engine: Engine) -> list[dict[str, Any]]:
    return [e for e in export(engine) if e["kind"] == "practice_run"]


def test_level_zero_practises_while_the_real_use_case_is_refused(bench: Any) -> None:
    client, upstream, pipeline, engine = bench
    sign_in(client, "zoe")
    assert 'href="/apprendre/pratique"' in client.get("/apprendre").text
    listing = html.unescape(client.get("/apprendre/pratique").text)
    assert all(c.title in listing for c in load_cases())
    refused = post(client, "/demande", "/demande",
                   {"use_case": "consultation_note", "source": SOURCE})  # fmt: skip
    assert refused.status_code == 403 and "demande le niveau 1" in refused.text

    before = html.unescape(client.get(PAGE).text)
    assert "pas encore exécutée" in before and "Cas fictif" in before
    assert 'value="site-llm" disabled' in before and "demande le niveau 1" in before
    assert 'value="sans-ia">' in before  # the non-AI structurer stays offered

    ran = post(client, PAGE, PAGE, {"model": ""})
    assert ran.status_code == 200, ran.text
    page = html.unescape(ran.text)
    for title in ("1. Demande", "2. Identifiants remplacés", "3. Texte envoyé", "4. Réponse",
                  "5. Proposition ré-identifiée", "6. Constats par vérification",
                  "7. Erreurs plantées"):  # fmt: skip
        assert title in page
    assert "SECU" in page and "[NOM_1]" in page and "avec ne remplace pas votre relecture" in page
    use_case = pipeline.policy.use_case(CASE.use_case)
    report = Verifier(use_case.checks).check(CASE.source, CASE.proposition, use_case.id)
    assert all(f.message in page for f in report.findings)
    caught = sum(
        any(
            f.output_span and f.output_span.start < end and start < f.output_span.end
            for f in report.findings
        )
        for start, end in (CASE.span(e) for e in CASE.errors)
    )
    assert f"avec en a trouvé {caught} sur {len(CASE.errors)}" in page
    assert page.count("manquée</strong>") == len(CASE.errors) - caught
    assert upstream.requests == [] and _requests(engine) == 0
    [event] = _practice_events(engine)
    assert event["actor"] == "user:zoe" and event["data"]["case"] == CASE.id
    assert event["data"]["planted"]["caught"] == caught


def test_level_zero_is_refused_an_ai_model_in_french(bench: Any) -> None:
    client, upstream, _, engine = bench
    sign_in(client, "zoe")
    refused = post(client, PAGE, PAGE, {"model": "site-llm"})
    assert refused.status_code == 403
    assert "ne vous est pas accessible dans le bac à sable" in html.unescape(refused.text)
    assert upstream.requests == [] and _practice_events(engine) == []
    rules = post(client, PAGE, PAGE, {"model": "sans-ia"})
    assert rules.status_code == 200 and "non généré par IA" in rules.text


def test_level_one_calls_the_site_model_and_sees_its_answer_processed(bench: Any) -> None:
    client, upstream, pipeline, engine = bench
    use_case = pipeline.policy.use_case(CASE.use_case)
    prepared = pipeline.prepare(use_case, pipeline.policy.model("site-llm"), CASE.source, None)
    surname = next(r for r in prepared.pseudo.entities if r.text == "LE BIHAN").replacement
    upstream.script.append(Reply(f"Patiente {surname} : douleur du genou droit depuis dix jours."))
    sign_in(client, "alice")
    ran = post(client, PAGE, PAGE, {"model": "site-llm"})
    assert ran.status_code == 200, ran.text
    page = html.unescape(ran.text)
    assert "Envoyé à" in page and "Serveur du site" in page
    assert "Patiente LE BIHAN : douleur du <mark" in page  # re-identified, then checked:
    assert "Latéralité inversée" in page and ">genou droit</mark>" in page  # the side is wrong
    assert "concernent la proposition d'exemple" in page
    sent = json.dumps(upstream.requests, ensure_ascii=False)
    assert len(upstream.requests) == 1 and surname in sent and "LE BIHAN" not in sent
    assert _requests(engine) == 0
    [event] = _practice_events(engine)
    assert event["data"]["model"] == "site-llm" and event["data"]["tokens"]["completion"] > 0
    assert "LE BIHAN" not in json.dumps(event, ensure_ascii=False)


def test_a_model_the_user_may_not_use_is_refused(bench: Any) -> None:
    client, upstream, _, _ = bench
    sign_in(client, "alice")  # level 1; a discharge letter asks level 2
    case = next(c for c in load_cases() if c.use_case == "discharge_letter")
    path = f"/apprendre/pratique/{case.id}"
    refused = post(client, path, path, {"model": "site-llm"})
    assert refused.status_code == 403 and "demande le niveau 2" in html.unescape(refused.text)
    unknown = post(client, path, path, {"model": "modele-fantome"})
    assert unknown.status_code == 403 and "Modèle inconnu du catalogue" in html.unescape(
        unknown.text
    )
    assert upstream.requests == []


def test_an_upstream_failure_is_a_french_message(bench: Any) -> None:
    client, upstream, pipeline, engine = bench
    original = pipeline.backend_for

    def fast(card: Any) -> Any:
        backend = original(card)
        if isinstance(backend, OpenAICompatible):
            backend.retries = 0
        return backend

    pipeline.backend_for = fast
    upstream.script.append(Reply(status=503))
    sign_in(client, "alice")
    failed = post(client, PAGE, PAGE, {"model": "site-llm"})
    assert failed.status_code == 502
    page = html.unescape(failed.text)
    assert "Le modèle n'a pas pu répondre" in page and "proposition d'exemple" in page
    assert _practice_events(engine) == [] and _requests(engine) == 0


def test_a_corrected_proposition_is_checked_never_sent(bench: Any) -> None:
    client, upstream, _, engine = bench
    sign_in(client, "zoe")
    fixed = CASE.errors[0]
    assert fixed.original is not None
    edited = CASE.proposition.replace(fixed.passage, fixed.original)
    ran = post(client, PAGE, PAGE, {"model": "", "proposition": edited})
    assert ran.status_code == 200
    page = html.unescape(ran.text)
    assert "Votre proposition corrigée" in page and "corrigée</strong>" in page
    both = post(client, PAGE, PAGE, {"model": "sans-ia", "proposition": edited})
    assert both.status_code == 403 and "jamais envoyée" in html.unescape(both.text)
    assert upstream.requests == [] and len(_practice_events(engine)) == 1


def test_forms_need_the_token_and_cases_must_exist(bench: Any) -> None:
    client, _, _, engine = bench
    sign_in(client, "zoe")
    forged = client.post(PAGE, data={"model": ""})
    assert forged.status_code == 403 and "Jeton de sécurité" in forged.text
    assert client.get("/apprendre/pratique/inconnu").status_code == 403
    assert _practice_events(engine) == []


def test_model_runs_in_the_sandbox_count_against_the_minute_budget(bench: Any) -> None:
    client, upstream, pipeline, _ = bench
    per_minute = pipeline.policy.limits.requests_per_minute_per_user
    upstream.script.extend(Reply("Douleur du genou.") for _ in range(per_minute))
    sign_in(client, "alice")
    for _ in range(per_minute):
        assert post(client, PAGE, PAGE, {"model": "site-llm"}).status_code == 200
    over = post(client, PAGE, PAGE, {"model": "site-llm"})
    assert over.status_code == 429 and "Trop d&#39;essais avec un modèle" in over.text
    assert len(upstream.requests) == per_minute  # the last one never left
    assert post(client, PAGE, PAGE, {}).status_code == 200  # the example needs no model
