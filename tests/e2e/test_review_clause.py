"""Vérifier II in the review page, in a real browser: a one-word polarity edit (« sans
épanchement » → « avec épanchement ») is highlighted in the proposition, and its card quotes the
source sentence it contradicts, with a link to the passage highlighted in the source pane."""

from __future__ import annotations

from tests.e2e.support import Stack, Tab, fill_request, generate, require_browser, sign_in
from tests.llm.fake_openai import Reply
from tests.web.workbench import PASSWORD

require_browser()

SOURCE = (
    "Transcription : Mme Jeanne KERHERVÉ, tél. 06 12 34 56 78, vue pour une douleur du genou "
    "gauche depuis dix jours.\nExamen : genou gauche sans épanchement, mobilité conservée."
)
# the model copies the examination sentence and changes one word
ANSWER = (
    "Mme [PRENOM_1] [NOM_1] : douleur du genou gauche depuis 10 jours.\n"
    "Examen : genou gauche avec épanchement, mobilité conservée."
)


def test_a_polarity_flip_is_shown_with_the_source_sentence(tab: Tab, stack: Stack) -> None:
    page = tab.page
    stack.upstream.script.append(Reply(ANSWER))
    assert sign_in(tab, "alice", PASSWORD).ok
    fill_request(tab, "consultation_note", SOURCE)
    generate(tab)

    flip = page.locator("pre.doc mark.finding-mark", has_text="avec épanchement")
    assert flip.count() == 1
    assert "sev-error" in (flip.get_attribute("class") or "")
    index = flip.get_attribute("data-finding")
    card = page.locator(f"#constat-{index}")
    assert "Sens inversé" in card.inner_text()
    clause = card.locator("p.source-clause")
    assert "genou gauche sans épanchement, mobilité conservée" in clause.inner_text()
    # the contradicted passage is highlighted in the source pane, and the card links to it
    source_mark = page.locator(f"mark#s-{index}")
    assert "sans épanchement" in source_mark.inner_text()
    clause.locator("a").click()
    assert page.url.endswith(f"#s-{index}")
    tab.shot("relecture-phrase-source.png")
    tab.assert_clean()
