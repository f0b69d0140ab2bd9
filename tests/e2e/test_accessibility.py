"""Keyboard and accessibility basics: the first steps with the keyboard alone, a name for every
form control, and no « serious » or « critical » axe-core violation on any page."""

from __future__ import annotations

from typing import Any

from tests.e2e.support import (
    SOURCE,
    Stack,
    Tab,
    Walk,
    axe_violations,
    pseudo_tooltip,
    require_browser,
)
from tests.web.workbench import PASSWORD

require_browser()


def focused(tab: Tab) -> dict[str, Any]:
    result: dict[str, Any] = tab.page.evaluate(
        """() => { const el = document.activeElement;
            return {tag: el.tagName.toLowerCase(), id: el.id, text: el.innerText || '',
                    name: el.getAttribute('name') || '', cls: el.className || '',
                    outline: getComputedStyle(el).outlineStyle}; }"""
    )
    return result


def tab_to(tab: Tab, wanted: Any, limit: int = 60) -> dict[str, Any]:
    """Press Tab until the focused element satisfies `wanted`; fails past `limit` presses."""
    seen = []
    for _ in range(limit):
        tab.page.keyboard.press("Tab")
        now = focused(tab)
        if wanted(now):
            assert now["outline"] not in ("none", ""), f"focus not visible on {now}"
            return now
        seen.append(f"{now['tag']}#{now['id']} {now['text'][:20]!r}")
    raise AssertionError(f"not reached with Tab; focus went through {seen}")


def test_sign_in_new_request_and_preview_with_the_keyboard_only(tab: Tab, stack: Stack) -> None:
    page = tab.page
    keys = page.keyboard
    tab.go("/connexion")
    assert focused(tab)["id"] == "name"  # autofocus on the first field
    keys.type("alice")
    keys.press("Tab")
    assert focused(tab)["id"] == "password"
    keys.type(PASSWORD)
    with page.expect_navigation():
        keys.press("Enter")
    page.wait_for_url(stack.base + "/")

    first = tab_to(tab, lambda f: True, limit=1)  # the first stop skips to the content
    assert first["text"] == "Aller au contenu" and page.locator("a.skip").is_visible()
    tab_to(tab, lambda f: f["tag"] == "a" and f["text"] == "Nouvelle demande")
    with page.expect_navigation():
        keys.press("Enter")
    page.wait_for_url("**/demande")

    tab_to(tab, lambda f: f["id"] == "use_case")
    for _ in range(10):  # choose the use case with the arrow keys
        if page.locator("#use_case").input_value() == "consultation_note":
            break
        keys.press("ArrowDown")
    assert page.locator("#use_case").input_value() == "consultation_note"
    tab_to(tab, lambda f: f["id"] == "source")
    keys.type(SOURCE)
    tab_to(tab, lambda f: f["tag"] == "button" and f["text"] == "Voir ce qui sera envoyé")
    with page.expect_navigation() as nav:
        keys.press("Enter")
    assert nav.value.status == 200 and "Ce qui sera envoyé" in page.locator("h1").inner_text()

    # each placeholder is a Tab stop that shows what it replaced
    now = tab_to(tab, lambda f: "pseudo" in f["cls"])
    mark = page.locator("mark.pseudo:focus")
    assert now["text"] == "[PRENOM_1]" and "Jeanne" in pseudo_tooltip(tab, mark)
    tab_to(tab, lambda f: f["tag"] == "button" and f["text"].startswith("Envoyer et générer"))
    assert stack.upstream.requests == []
    tab.assert_clean()


def test_every_form_control_has_an_accessible_name(walk: Walk) -> None:
    assert len(walk.pages) == 23
    assert {page: found for page, found in walk.unlabelled.items() if found} == {}


def test_no_serious_or_critical_axe_violation(walk: Walk) -> None:
    found = [f"{page}: {v}" for page, violations in walk.axe.items() for v in violations]
    assert found == [], "\n".join(found)
    assert walk.console_errors == []


def test_the_checks_themselves_catch_a_missing_label_and_a_poor_contrast(browser: Any) -> None:
    from tests.e2e.support import unlabelled_controls

    context = browser.new_context()
    try:
        tab = Tab(context.new_page(), "")
        tab.page.set_content(
            '<html lang="fr"><head><title>t</title></head><body><main>'
            '<label for="a">Nom</label><input id="a"><input id="b">'
            '<p style="color:#bbb;background:#fff">gris clair</p></main></body></html>'
        )
        assert [m.split(" ← ")[1] for m in unlabelled_controls(tab)] == ['<input id="b">']
        rules = {v["id"] for v in axe_violations(tab)}
        assert {"label", "color-contrast"} <= rules
    finally:
        context.close()
