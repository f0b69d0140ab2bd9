"""What the workbench refuses, seen in the browser: a forbidden use, a use case above the user's
level, a locked account (the blocked validation is in test_journey)."""

from __future__ import annotations

from tests.e2e.support import SOURCE, Stack, Tab, fill_request, require_browser, sign_in
from tests.web.workbench import PASSWORD

require_browser()


def test_a_forbidden_use_is_refused_with_its_explanation_and_nothing_leaves(
    tab: Tab, stack: Stack
) -> None:
    page = tab.page
    sign_in(tab, "alice", PASSWORD)
    response = fill_request(
        tab, "consultation_note", SOURCE, instruction="Pose le diagnostic et prescris le traitement"
    )
    assert response.status == 200  # the preview, with the request's quality: refused
    assert "Requête refusée" in page.get_by_role("alert").inner_text()
    lint = page.locator("ul.lint").inner_text()
    assert "Usage non autorisé — Décision diagnostique autonome" in lint
    assert "ne pose pas de diagnostic à la place du professionnel" in lint  # the explanation
    assert "Usage non autorisé — Prescription" in lint
    assert page.get_by_role("button", name="Envoyer et générer").count() == 0
    assert stack.upstream.requests == []
    tab.assert_clean()


def test_a_use_case_above_the_users_level_is_refused(tab: Tab, stack: Stack) -> None:
    page = tab.page
    sign_in(tab, "alice", PASSWORD)
    assert "Courrier de sortie" in page.locator("main").inner_text()  # listed as not accessible
    tab.go("/demande?cas=discharge_letter")
    use_case = page.get_by_label("Cas d'usage")
    offered = use_case.locator("option").evaluate_all("options => options.map(o => o.value)")
    assert "discharge_letter" not in offered  # the form does not offer it…
    # …and a forged (or stale) form asking for it is refused by the server
    use_case.evaluate(
        "select => { select.add(new Option('Courrier de sortie', 'discharge_letter'));"
        " select.value = 'discharge_letter'; }"
    )
    page.get_by_label("Source (transcription").fill(SOURCE)
    with page.expect_navigation() as nav:
        page.get_by_role("button", name="Voir ce qui sera envoyé").click()
    assert nav.value.status == 403
    assert "demande le niveau 2" in page.get_by_role("alert").inner_text()
    tab.shot("refus-niveau.png")
    assert stack.upstream.requests == []
    tab.assert_clean()


def test_five_wrong_passwords_lock_the_account(tab: Tab, stack: Stack) -> None:
    page = tab.page
    for _ in range(5):
        assert sign_in(tab, "bruno", "mauvais").status == 401
        assert "Identifiant ou mot de passe incorrect" in page.get_by_role("alert").inner_text()
    locked = sign_in(tab, "bruno", PASSWORD)  # the right password, too late
    assert locked.status == 423
    assert "verrouillé" in page.get_by_role("alert").inner_text()
    tab.go("/")
    assert "/connexion" in page.url  # still signed out
    tab.assert_clean()
