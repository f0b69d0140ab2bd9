"""Communiquer: register (page, CSV, JSON), patient notices, REX board, governance report."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from avec.communicate import readability
from avec.store import export
from avec.store.tables import Request
from bench.estimer.history import generate
from tests.web.workbench import post, sign_in, workbench


@pytest.fixture
def bench(engine: Engine, tmp_path: Path) -> Iterator[tuple[Any, Engine]]:
    generate(engine, 400, months=3, seed=3)
    with workbench(engine, tmp_path) as (client, _, _):
        yield client, engine


def test_register_lists_every_use_with_volumes_and_exports(bench: Any) -> None:
    client, engine = bench
    sign_in(client, "alice")
    page = client.get("/communiquer").text
    assert "Registre des usages" in page and "Commission médicale d&#39;établissement" in page
    rows = list(csv.DictReader(io.StringIO(client.get("/communiquer/registre.csv").content.decode("utf-8-sig")),
                               delimiter=";"))  # fmt: skip
    with Session(engine) as session:
        expected = dict(
            session.execute(select(Request.use_case, func.count()).group_by(Request.use_case)).all()
        )
    assert {r["id"]: int(r["requests"]) for r in rows} == {
        r["id"]: expected.get(r["id"], 0) for r in rows
    }
    data = json.loads(client.get("/communiquer/registre.json").text)
    assert data["organisation"] and {u["id"] for u in data["uses"]} == {r["id"] for r in rows}
    assert all(u["human_review"] == "obligatoire" for u in data["uses"])


def test_a_notice_is_plain_french_and_a_referent_edits_it(bench: Any) -> None:
    client, engine = bench
    sign_in(client, "alice")
    page = client.get("/communiquer/notice/consultation_note").text
    assert "Lisibilité" in page and "Modifier la notice" not in page
    printable = client.get("/communiquer/notice/consultation_note?impression=1")
    assert (
        printable.status_code == 200
        and "@page" in printable.text
        and "<script" not in printable.text
    )
    text = re.sub(r"<[^>]+>", "\n", printable.text)
    assert readability(text).target_met  # lower-secondary reading level
    sign_in(client, "rita")
    edited = "Information\nCe texte a été écrit avec l'aide d'un outil. Un soignant l'a relu."
    assert post(client, "/communiquer/notice/consultation_note", "/communiquer/notice/consultation_note",
                {"text": edited}).status_code == 303  # fmt: skip
    assert "Un soignant l&#39;a relu" in client.get("/communiquer/notice/consultation_note").text
    post(
        client,
        "/communiquer/notice/consultation_note",
        "/communiquer/notice/consultation_note",
        {"action": "reset"},
    )
    assert (
        "Un soignant l&#39;a relu" not in client.get("/communiquer/notice/consultation_note").text
    )
    assert [e["kind"] for e in export(engine)].count("notice_edited") == 1


def test_rex_replaces_identifiers_and_a_referent_records_the_lesson(bench: Any) -> None:
    client, _ = bench
    sign_in(client, "alice")
    done = post(client, "/communiquer/rex", "/communiquer/rex", {
        "kind": "incident", "title": "Dose ×10 proposée",
        "body": "Pour Mme Jeanne KERHERVÉ (tél. 06 12 34 56 78), Lévothyrox 750 µg proposé, détecté à la relecture.",
    })  # fmt: skip
    assert done.status_code == 303
    board = client.get("/communiquer/rex").text
    assert (
        "détecté à la relecture" in board
        and "KERHERVÉ" not in board
        and "06 12 34 56 78" not in board
    )
    assert "Enregistrer l&#39;enseignement" not in board  # a professional does not handle it
    rex_id = re.search(r'id="rex-(\d+)"', board)
    assert rex_id
    sign_in(client, "rita")
    post(client, f"/communiquer/rex/{rex_id.group(1)}", "/communiquer/rex",
         {"lesson": "Vérifier les unités des hormones thyroïdiennes.", "proposal": "Ajouter un contrôle des µg."})  # fmt: skip
    board = client.get("/communiquer/rex").text
    assert "proposition de modification de la politique" in board and "Vérifier les unités" in board


def test_the_report_is_self_contained_and_complete(bench: Any) -> None:
    client, _ = bench
    sign_in(client, "alice")
    assert client.get("/communiquer/rapport").status_code == 403
    sign_in(client, "rita")
    report = client.get("/communiquer/rapport")
    assert report.status_code == 200
    html = report.text
    for section in ("Registre des usages", "Indicateurs", "Objectifs", "Incidents et retours d'expérience",
                    "Coût environnemental", "Impacts organisationnels", "Données envoyées"):  # fmt: skip
        assert section in html
    assert html.count("<svg") >= 4 and "<script" not in html
    assert not re.search(r'(src|href)="https?://', html)  # nothing fetched
    download = client.get("/communiquer/rapport?format=html")
    assert "attachment" in download.headers["content-disposition"]


def test_a_validated_patient_leaflet_becomes_an_illustrated_leaflet(
    engine: Engine, tmp_path: Path
) -> None:
    from tests.llm.fake_openai import Reply
    from tests.web.test_workbench import generate as ask

    answer = ("De quoi s'agit-il ?\nVotre opération se prépare en trois étapes.\n\nLes étapes :\n"
              "- Prise de sang à jeun le 12 mars.\n- Consultation avec le chirurgien.\n- Opération.")  # fmt: skip
    source = "Parcours : prise de sang à jeun le 12 mars, consultation avec le chirurgien, puis opération."
    with workbench(engine, tmp_path) as (client, upstream, _):
        upstream.script.append(Reply(answer))
        sign_in(client, "bruno")  # level 2: patient leaflets
        request_id = ask(client, "patient_leaflet", source)
        page = client.get(f"/relecture/{request_id}").text
        found = re.search(r'<textarea id="final"[^>]*>(.*?)</textarea>', page, re.S)
        assert found
        done = post(client, f"/relecture/{request_id}/valider", f"/relecture/{request_id}",
                    {"final": html.unescape(found.group(1)), "no_category": "1"})  # fmt: skip
        assert done.status_code == 303, done.text
        assert "Dépliant illustré" in client.get(f"/document/{request_id}").text
        leaflet = client.get(f"/document/{request_id}/depliant?auteur=1")
        assert leaflet.status_code == 200 and "<svg" in leaflet.text
        assert leaflet.text.index("Prise de sang") < leaflet.text.index(
            "Consultation avec le chirurgien"
        )
        assert "relu et validé par bruno" in leaflet.text and "OpenMoji" in leaflet.text
        patient = client.get(f"/document/{request_id}/depliant").text
        assert "Kandel" not in patient and "Lisibilité" not in patient
