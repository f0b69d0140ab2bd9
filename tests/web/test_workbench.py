"""The workbench's routes in process (TestClient), with a real local fake upstream."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from avec.store import export, verify
from tests.llm.fake_openai import Reply
from tests.web.workbench import ANSWER, SOURCE, csrf, post, sign_in, workbench


@pytest.fixture
def bench(engine: Engine, tmp_path: Path) -> Iterator[tuple[Any, Any, Any]]:
    with workbench(engine, tmp_path) as stack:
        yield stack


def generate(client: Any, use_case: str = "consultation_note", source: str = SOURCE) -> str:
    preview = post(client, "/demande", "/demande", {"use_case": use_case, "source": source})
    assert preview.status_code == 200, preview.text
    sent = post(client, "/demande/envoyer", "/demande",
                {"use_case": use_case, "source": source, "model": "site-llm"})  # fmt: skip
    ref = re.search(r'data-stream="/demande/flux/([^"]+)"', sent.text)
    assert ref, sent.text
    done = client.get(f"/demande/executer/{ref.group(1)}")
    assert done.status_code == 303, done.text
    return str(done.headers["location"]).rsplit("/", 1)[1]


def test_pages_need_a_session(bench: Any) -> None:
    client, _, _ = bench
    for path in ("/", "/demande", "/historique", "/relecture/x"):
        response = client.get(path)
        assert response.status_code == 303 and response.headers["location"].startswith("/connexion")


def test_login_shows_role_and_level_and_a_wrong_password_does_not(bench: Any) -> None:
    client, _, _ = bench
    assert sign_in(client, "alice", "faux").status_code == 401
    assert sign_in(client, "alice").status_code == 303
    home = client.get("/").text
    assert "alice · professionnel · niveau 1" in home and "premier usage sécurisé" in home
    assert "Courrier de sortie" in home  # listed as not accessible at level 1
    assert "Non accessibles à votre niveau" in home


def test_lock_out_after_five_failures(bench: Any, engine: Engine) -> None:
    client, _, _ = bench
    for _ in range(5):
        assert sign_in(client, "bruno", "faux").status_code == 401
    locked = sign_in(client, "bruno")  # the right password, but locked
    assert locked.status_code == 423 and "verrouillé" in locked.text
    kinds = [e["kind"] for e in export(engine)]
    assert kinds.count("login_failed") == 6 and "login" not in kinds


def test_forms_without_the_csrf_token_are_refused(bench: Any) -> None:
    client, _, _ = bench
    sign_in(client, "alice")
    response = client.post("/demande", data={"use_case": "consultation_note", "source": SOURCE})
    assert response.status_code == 403 and "Jeton de sécurité" in response.text
    forged = client.post("/sans-ia", data={"use_case": "reformulation", "csrf": "forgé"})
    assert forged.status_code == 403


def test_the_preview_shows_exactly_what_leaves(bench: Any) -> None:
    client, upstream, _ = bench
    sign_in(client, "alice")
    page = post(
        client, "/demande", "/demande", {"use_case": "consultation_note", "source": SOURCE}
    ).text
    assert page.count('class="pseudo tip"') >= 3  # name, first name, phone
    assert "[NOM_1]" in page and "Qualité de la requête" in page
    leave = re.search(r'<pre class="leave" tabindex="0">(.*?)</pre>', page, re.S)
    assert leave is not None
    visible = re.sub(r"<mark[^>]*>(.*?)</mark>", r"\1", leave.group(1))
    assert "KERHERVÉ" not in visible and "06 12 34 56 78" not in visible
    assert upstream.requests == []  # nothing sent by a preview


def test_a_use_case_above_the_users_level_is_refused(bench: Any) -> None:
    client, _, _ = bench
    sign_in(client, "alice")
    page = post(client, "/demande", "/demande", {"use_case": "discharge_letter", "source": SOURCE})
    assert page.status_code == 403 and "demande le niveau 2" in page.text


def test_a_forbidden_use_is_refused_with_its_explanation(bench: Any) -> None:
    client, upstream, _ = bench
    sign_in(client, "alice")
    page = post(client, "/demande", "/demande", {"use_case": "consultation_note", "source": SOURCE,
                                                  "instruction": "Pose le diagnostic et prescris le traitement."})  # fmt: skip
    assert "Requête refusée" in page.text or page.status_code == 403
    assert upstream.requests == []


def test_the_whole_journey_review_blocks_an_open_error_then_validates(
    bench: Any, engine: Engine
) -> None:
    client, upstream, _ = bench
    upstream.script.append(Reply(ANSWER))
    sign_in(client, "alice")
    request_id = generate(client)
    sent = json.dumps(upstream.requests, ensure_ascii=False)
    assert "KERHERVÉ" not in sent and "06 12 34 56 78" not in sent
    review = client.get(f"/relecture/{request_id}")
    assert review.status_code == 200
    assert "Mme Jeanne KERHERVÉ : toux" in review.text  # re-identified for the professional
    assert 'class="finding-mark sev-error' in review.text and "75 mg" in review.text
    # unchanged text: the dose error is neither fixed nor dismissed
    blocked = post(client, f"/relecture/{request_id}/valider", f"/relecture/{request_id}",
                   {"final": ANSWER, "no_category": "1"})  # fmt: skip
    assert blocked.status_code == 409 and "Validation impossible" in blocked.text
    final = "Mme Jeanne KERHERVÉ : toux depuis 3 jours, sans fièvre. Traitement : Lévothyrox 75 µg le matin."
    asked = post(
        client, f"/relecture/{request_id}/valider", f"/relecture/{request_id}", {"final": final}
    )
    assert asked.status_code == 200 and "catégories de correction" in asked.text
    assert 'value="unit" checked' in asked.text  # mg → µg suggested as a unit correction
    done = post(client, f"/relecture/{request_id}/valider", f"/relecture/{request_id}",
                {"final": final, "categories": ["unit"]})  # fmt: skip
    assert done.status_code == 303 and done.headers["location"] == f"/document/{request_id}"
    document = client.get(f"/document/{request_id}").text
    assert (
        "Rédigé avec l&#39;aide d&#39;une IA générative (modèle Serveur du site), relu et validé par alice"
        in document
    )
    text = client.get(f"/document/{request_id}/texte").text
    assert text.startswith(final) and "relu et validé par alice" in text
    history = client.get("/historique").text
    assert "validée" in history
    trail = client.get(f"/historique/{request_id}").text
    for kind in ("request", "findings", "finding_decision", "review_validated"):
        assert f"<strong>{kind}</strong>" in trail
    assert verify(engine).intact
    assert "KERHERVÉ" not in json.dumps(list(export(engine)), ensure_ascii=False)


def test_dismissing_an_error_needs_a_reason_then_unblocks(bench: Any) -> None:
    client, upstream, _ = bench
    upstream.script.append(Reply(ANSWER))
    sign_in(client, "alice")
    request_id = generate(client)
    review = client.get(f"/relecture/{request_id}").text
    errors = re.findall(r'id="constat-(\d+)" class="finding sev-error', review)
    assert errors
    proposition = html.unescape(
        re.search(r'<textarea id="final"[^>]*>(.*?)</textarea>', review, re.S).group(1)
    )  # type: ignore[union-attr]
    path = f"/relecture/{request_id}/constat/{errors[0]}"
    no_reason = post(client, path, f"/relecture/{request_id}", {"decision": "dismissed"})
    assert no_reason.status_code == 400 and "demande une raison" in no_reason.text
    for index in errors:
        fragment = post(client, f"/relecture/{request_id}/constat/{index}", f"/relecture/{request_id}",
                        {"decision": "dismissed", "reason": "dose vérifiée au dossier"},
                        headers={"HX-Request": "true"})  # fmt: skip
        assert fragment.status_code == 200 and fragment.text.lstrip().startswith("<li")
        assert "fausse alerte" in fragment.text
    done = post(client, f"/relecture/{request_id}/valider", f"/relecture/{request_id}",
                {"final": proposition, "no_category": "1"})  # fmt: skip
    assert done.status_code == 303, done.text


def test_reject_needs_a_reason(bench: Any) -> None:
    client, upstream, _ = bench
    upstream.script.append(Reply(ANSWER))
    sign_in(client, "alice")
    request_id = generate(client)
    page = f"/relecture/{request_id}"
    assert post(client, f"{page}/rejeter", page, {"reason": " "}).status_code == 400
    assert post(client, f"{page}/rejeter", page, {"reason": "hors sujet"}).status_code == 303
    assert "rejetée" in client.get("/historique").text


def test_another_professional_cannot_open_it_a_referent_reads_only(bench: Any) -> None:
    client, upstream, _ = bench
    upstream.script.append(Reply(ANSWER))
    sign_in(client, "alice")
    request_id = generate(client)
    sign_in(client, "bruno")
    other = client.get(f"/relecture/{request_id}")
    assert other.status_code == 403 and "autre professionnel" in other.text
    sign_in(client, "rita")
    audit = client.get(f"/relecture/{request_id}")
    assert (
        audit.status_code == 200
        and "Lecture seule" in audit.text
        and "Valider le texte" not in audit.text
    )
    forced = post(
        client, f"/relecture/{request_id}/valider", "/", {"final": ANSWER, "no_category": "1"}
    )
    assert forced.status_code == 403
    assert "toutes les demandes" in client.get("/historique?tous=1").text


def test_a_task_without_ai_is_recorded(bench: Any, engine: Engine) -> None:
    client, _, _ = bench
    sign_in(client, "alice")
    done = post(client, "/sans-ia", "/", {"use_case": "reformulation", "minutes": "12"})
    assert done.status_code == 303
    assert "Tâche sans IA enregistrée" in client.get(done.headers["location"]).text
    event = [e for e in export(engine) if e["kind"] == "manual_task"][-1]
    assert event["data"] == {"use_case": "reformulation", "minutes": 12}


def test_the_stream_reports_progress_then_the_review_address(bench: Any) -> None:
    client, upstream, _ = bench
    upstream.script.append(Reply(ANSWER, chunk=5))
    sign_in(client, "alice")
    sent = post(
        client, "/demande/envoyer", "/demande", {"use_case": "consultation_note", "source": SOURCE}
    )
    ref = re.search(r'data-stream="(/demande/flux/[^"]+)"', sent.text)
    assert ref
    body = client.get(ref.group(1)).text
    assert "event: progress" in body and "event: text" in body
    texts = "".join(json.loads(line[6:])["text"] for line in body.splitlines()
                    if line.startswith("data: ") and '"text"' in line)  # fmt: skip
    assert "Jeanne KERHERVÉ" in texts and "[NOM" not in texts
    done = re.search(r"event: done\ndata: (\{.*\})", body)
    assert done and json.loads(done.group(1))["url"].startswith("/relecture/")
    again = client.get(ref.group(1)).text  # a reconnection does not generate twice
    assert "event: done" in again and len(upstream.requests) == 1


def test_csrf_helper_finds_the_token() -> None:
    assert csrf('<input type="hidden" name="csrf" value="abc">') == "abc"


def test_an_uploaded_file_becomes_the_source(bench: Any) -> None:
    from tests.documents.builders import make_docx, para

    client, _, _ = bench
    sign_in(client, "alice")
    token = csrf(client.get("/demande").text)
    data = make_docx(
        para("Mme Jeanne KERHERVÉ, toux depuis 3 jours.") + para("Lévothyrox 75 µg le matin.")
    )
    page = client.post("/demande", data={"use_case": "consultation_note", "csrf": token},
                       files={"upload": ("note.docx", data, "application/octet-stream")})  # fmt: skip
    assert page.status_code == 200, page.text
    assert "Lévothyrox 75 µg le matin." in page.text and "[NOM_1]" in page.text
    legacy = client.post("/demande", data={"use_case": "consultation_note", "csrf": token},
                         files={"upload": ("n.txt", "Toux depuis 3 jours, fièvre à 38,5 °C.".encode("cp1252"))})  # fmt: skip
    assert (
        legacy.status_code == 200
        and "fièvre à 38,5" in legacy.text
        and 'class="alert warn"' in legacy.text
    )
    junk = client.post("/demande", data={"use_case": "consultation_note", "csrf": token},
                       files={"upload": ("x.pdf", bytes(range(256)) * 40)})  # fmt: skip
    assert junk.status_code == 400 and 'class="alert error"' in junk.text
