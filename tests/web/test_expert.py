"""Audit d'expert through the routes: a référent-auditeur samples requests made through the
workbench, reads them pseudonymised, grades them; the grades reach the dashboard and REX."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from avec.store import verify
from avec.store.tables import AuditEvent, AuditGrade
from tests.llm.fake_openai import Reply
from tests.web.test_workbench import generate
from tests.web.workbench import ANSWER, post, sign_in, workbench

FIXED = "Mme Jeanne KERHERVÉ : toux depuis 3 jours, sans fièvre. Traitement : Lévothyrox 75 µg le matin."


@pytest.fixture
def bench(engine: Engine, tmp_path: Path) -> Iterator[tuple[Any, Any, Any]]:
    with workbench(engine, tmp_path) as stack:
        yield stack


def two_requests(client: Any, upstream: Any) -> tuple[str, str]:
    """alice makes two requests; she validates the first after fixing mg → µg."""
    upstream.script.extend([Reply(ANSWER), Reply(ANSWER)])
    sign_in(client, "alice")
    first, second = generate(client), generate(client)
    done = post(client, f"/relecture/{first}/valider", f"/relecture/{first}",
                {"final": FIXED, "categories": ["unit"]})  # fmt: skip
    assert done.status_code == 303, done.text
    return first, second


def drawn(page: str) -> list[str]:
    return re.findall(r'<a href="/audit-expert/([0-9a-f-]{36})">', page.split("Derniers audits")[0])


def test_only_referent_auditors_reach_it(bench: Any) -> None:
    client, _, _ = bench
    for name in ("alice", "bruno"):
        sign_in(client, name)
        refused = client.get("/audit-expert")
        assert refused.status_code == 403 and "référents-auditeurs (niveau 3)" in refused.text
    sign_in(client, "rita")
    assert client.get("/audit-expert").status_code == 200


def test_a_sample_is_drawn_from_a_seed_in_the_address_and_filters(bench: Any) -> None:
    client, upstream, _ = bench
    first, second = two_requests(client, upstream)
    sign_in(client, "rita")
    redirected = client.get("/audit-expert/echantillon?n=5&cas=consultation_note")
    assert redirected.status_code == 303
    location = redirected.headers["location"]
    seed = re.search(r"graine=(\d+)", location)
    assert seed, location
    page = client.get(location)
    assert page.status_code == 200 and seed.group(1) in page.text
    assert sorted(drawn(page.text)) == sorted([first, second])
    assert drawn(client.get(location).text) == drawn(page.text)  # same seed, same sample
    only = client.get(f"/audit-expert/echantillon?n=5&statut=validated&graine={seed.group(1)}")
    assert drawn(only.text) == [first]
    bad = client.get("/audit-expert/echantillon?n=5&debut=hier&graine=3")
    assert bad.status_code == 400 and "Date invalide" in bad.text


def test_the_auditor_reads_it_pseudonymised_with_the_corrections(bench: Any) -> None:
    client, upstream, _ = bench
    first, _ = two_requests(client, upstream)
    sign_in(client, "rita")
    page = client.get(f"/audit-expert/{first}")
    assert page.status_code == 200
    text = page.text
    assert "KERHERVÉ" not in text and "06 12 34 56 78" not in text
    assert re.search(r"\[NOM_\d+\]", text)  # the same placeholder in every text
    assert "<del>mg</del>" in text and "<ins>µg</ins>" in text  # the reviewer's correction
    assert "Texte envoyé au modèle" in text and "Constats d&#39;avec" in text
    assert "75 mg" in text  # the model's answer as it came, with its error


def test_grading_feeds_the_dashboard_and_the_rex_board(bench: Any, engine: Engine) -> None:
    client, upstream, _ = bench
    first, second = two_requests(client, upstream)
    sign_in(client, "rita")
    pending = post(client, f"/audit-expert/{second}", f"/audit-expert/{second}",
                   {"request_quality": "3", "output_quality": "2", "review_quality": "3"})  # fmt: skip
    assert pending.status_code == 400 and "pas terminée" in pending.text
    no_comment = post(client, f"/audit-expert/{first}", f"/audit-expert/{first}",
                      {"request_quality": "3", "output_quality": "1", "review_quality": "4"})  # fmt: skip
    assert no_comment.status_code == 400 and "expliquée" in no_comment.text
    saved = post(client, f"/audit-expert/{first}", f"/audit-expert/{first}",
                 {"request_quality": "3", "output_quality": "1", "review_quality": "4",
                  "comment": "Le modèle a écrit mg pour Mme KERHERVÉ ; bien corrigé."})  # fmt: skip
    assert saved.status_code == 303
    assert "Notes enregistrées" in client.get(saved.headers["location"]).text
    ok = post(client, f"/audit-expert/{second}", f"/audit-expert/{second}",
              {"request_quality": "4", "output_quality": "3"})  # fmt: skip
    assert ok.status_code == 303
    rex = client.get("/communiquer/rex?type=audit").text
    assert "audit d&#39;expert" in rex and "1/4" in rex and "KERHERVÉ" not in rex
    response = client.get("/tableau-de-bord/donnees.csv?serie=audits")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 1 and int(rows[0]["audited"]) == 2 and int(rows[0]["below"]) == 1
    assert (
        float(rows[0]["audit_output_quality"]) == 2.0
        and float(rows[0]["audit_review_quality"]) == 4.0
    )
    assert "Audits d&#39;experts" in client.get("/tableau-de-bord").text
    report = client.get("/communiquer/rapport").text
    audits = report.split("Audits d'experts")[1].split("</table>")[0]
    assert "<td>2</td>" in audits  # two requests audited, in the governance report
    card = client.get("/outils/site-llm").text  # and on the model's card
    assert "2 demande(s) auditée(s)" in card and "proposition <strong>2</strong>" in card
    # the professional sees the grades of her own requests on her dashboard
    sign_in(client, "alice")
    mine = client.get("/tableau-de-bord/donnees.csv?serie=audits").content.decode("utf-8-sig")
    assert "audit_output_quality" in mine
    # a user cannot post an « audit » on the REX board by hand
    forged = post(client, "/communiquer/rex", "/communiquer/rex",
                  {"kind": "audit", "title": "faux audit", "body": "x"})  # fmt: skip
    assert forged.status_code == 400
    with Session(engine) as session:
        kinds = list(session.execute(select(AuditEvent.kind)).scalars())
        comment = session.execute(
            select(AuditGrade.comment).where(AuditGrade.request_id == first)
        ).scalar()
    assert "expert_audit" in kinds and comment and "KERHERVÉ" not in comment
    assert verify(engine).intact


def test_an_auditor_never_grades_her_own_requests(bench: Any) -> None:
    client, upstream, _ = bench
    upstream.script.append(Reply(ANSWER))
    sign_in(client, "rita")
    own = generate(client)
    location = client.get("/audit-expert/echantillon?n=5").headers["location"]
    assert own not in drawn(client.get(location).text)
    page = client.get(f"/audit-expert/{own}")
    assert "un autre référent-auditeur doit l&#39;évaluer" in page.text
    refused = post(client, f"/audit-expert/{own}", f"/audit-expert/{own}",
                   {"request_quality": "4", "output_quality": "4"})  # fmt: skip
    assert refused.status_code == 400 and "propres demandes" in refused.text
