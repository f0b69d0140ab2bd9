"""The professional's journey in a real browser, from sign-in to the validated document."""

from __future__ import annotations

from tests.e2e.support import (
    ANSWER,
    FIXED,
    IDENTIFIERS,
    SOURCE,
    Stack,
    Tab,
    generate,
    outgoing_text,
    pseudo_tooltip,
    require_browser,
    sign_in,
)
from tests.llm.fake_openai import Reply
from tests.web.workbench import PASSWORD

require_browser()


def test_journey_from_sign_in_to_the_validated_document(tab: Tab, stack: Stack) -> None:
    page = tab.page
    # a model that generates slowly, in small pieces: the progress page gets real events
    stack.upstream.script.append(Reply(ANSWER, chunk=3, chunk_delay_s=0.04))

    tab.go("/")
    page.wait_for_url("**/connexion?suite=/")
    tab.shot("login.png")
    assert sign_in(tab, "alice", PASSWORD).ok
    page.wait_for_url(stack.base + "/")
    assert "alice · professionnel · niveau 1 (premier usage sécurisé)" in page.inner_text("header")
    assert page.get_by_role("heading", name="Bonjour alice").is_visible()
    tab.shot("accueil.png")

    # Nouvelle demande: the use case, the source with identifiers
    page.get_by_role("link", name="Nouvelle demande").click()
    page.get_by_label("Cas d'usage").select_option("consultation_note")
    page.get_by_label("Source (transcription").fill(SOURCE)
    tab.shot("demande.png")
    with page.expect_navigation() as nav:
        page.get_by_role("button", name="Voir ce qui sera envoyé").click()
    assert nav.value.status == 200

    # the preview: placeholders highlighted, no identifier in what leaves
    leaving = outgoing_text(tab)
    for identifier in IDENTIFIERS:
        assert identifier not in leaving
    assert "[NOM_1]" in leaving and "[TEL_1]" in leaving and "Lévothyrox 75 µg" in leaving
    marks = page.locator("pre.leave mark.pseudo")
    assert marks.count() >= 3
    name = page.locator("pre.leave mark.pseudo", has_text="[NOM_1]")
    assert name.evaluate("el => getComputedStyle(el).backgroundColor") != "rgba(0, 0, 0, 0)"
    assert pseudo_tooltip(tab, name) == "none"  # no tooltip until hovered or focused
    name.hover()
    assert "KERHERVÉ" in pseudo_tooltip(tab, name) and "NOM" in pseudo_tooltip(tab, name)
    page.mouse.move(0, 0)
    phone = page.locator("pre.leave mark.pseudo", has_text="[TEL_1]")
    phone.focus()
    assert "06 12 34 56 78" in pseudo_tooltip(tab, phone)
    tab.shot("apercu.png")
    assert stack.upstream.requests == []  # a preview sends nothing

    # « Envoyer et générer »: the page follows the events and opens the review by itself
    request_id = generate(tab, shot="generation.png")
    sent = stack.sent_upstream()
    assert len(stack.upstream.requests) == 1 and stack.upstream.requests[0].get("stream")
    for identifier in IDENTIFIERS:
        assert identifier not in sent
    assert "[NOM_1]" in sent

    # the review: the dose error highlighted; focusing it shows the evidence in the source
    proposition = page.locator("[data-editor=final]")
    assert proposition.get_attribute("contenteditable") == "true"
    assert not page.locator("#final").is_visible()  # one editor: the proposition itself
    assert "Mme Jeanne KERHERVÉ : toux" in proposition.inner_text()  # re-identified locally
    error = page.locator("mark.finding-mark.sev-error", has_text="75 mg")
    assert error.count() == 1
    evidence = page.locator(f"#s-{error.get_attribute('data-finding')}")
    assert evidence.inner_text() == "75 µg"
    assert "active" not in (evidence.get_attribute("class") or "")
    error.focus()
    assert "active" in (evidence.get_attribute("class") or "")
    assert "75 µg" in pseudo_tooltip(tab, error)
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
    tab.shot("relecture.png")

    # « Valider le texte » with the error left as it is: refused (409)
    with page.expect_navigation() as nav:
        page.get_by_role("button", name="Valider le texte").click()
    assert nav.value.status == 409
    assert "Validation impossible" in page.get_by_role("alert").first.inner_text()
    assert page.locator("mark.finding-mark.blocking", has_text="75 mg").count() == 1
    tab.shot("relecture-bloquee.png")
    assert "/document/" not in page.url

    # correct the dose in place, in the proposition itself, with the keyboard
    error = page.locator("mark.finding-mark.sev-error", has_text="75 mg")
    box = error.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] - 1, box["y"] + box["height"] / 2)
    for _ in range(len("75 mg")):
        page.keyboard.press("Shift+ArrowLeft")
    assert page.evaluate("String(window.getSelection())") == "75 mg"
    page.keyboard.type("75 µg")
    editor = page.locator("[data-editor=final]")
    assert "Lévothyrox 75 µg le matin" in editor.inner_text()
    assert page.locator("#final").input_value().strip() == FIXED

    # validate: the categories are asked for, « unit » already ticked
    with page.expect_navigation() as nav:
        page.get_by_role("button", name="Valider le texte").click()
    assert nav.value.status == 200
    assert "vérifier les catégories de correction" in page.get_by_role("alert").inner_text()
    unit = page.locator("input[name=categories][value=unit]")
    assert unit.is_checked()
    assert page.locator("#final").input_value().strip() == FIXED
    with page.expect_navigation() as nav:
        page.get_by_role("button", name="Valider le texte").click()
    page.wait_for_url(f"**/document/{request_id}")

    # the document and its provenance mention
    mention = page.locator("p.provenance").inner_text()
    assert mention.startswith(
        "Rédigé avec l'aide d'une IA générative (modèle Serveur du site), relu et validé par alice le "
    )
    assert FIXED in page.locator("#validated").inner_text()
    tab.shot("document.png")

    # Historique: validated; the audit trail lists the validation
    page.get_by_role("link", name="Historique").click()
    row = page.locator("tbody tr").first
    assert "validée" in row.inner_text()
    tab.shot("historique.png")
    row.get_by_role("link").click()
    page.wait_for_url(f"**/historique/{request_id}")
    kinds = page.locator("ol.trail strong").all_inner_texts()
    for kind in ("request", "findings", "review_validated"):
        assert kind in kinds
    tab.shot("journal.png")

    # nothing identifying ever reached the model
    sent = stack.sent_upstream()
    assert "KERHERVÉ" not in sent and "06 12 34 56 78" not in sent
    assert tab.outside() == []
    tab.assert_clean()
