"""What the browser tests share: the skip when no browser is installed, the served workbench,
and the steps of a journey written as a professional does them (clicks, keys, typing)."""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots"
AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
WIDTH, HEIGHT = 1280, 900

SOURCE = (
    "Transcription : Mme Jeanne KERHERVÉ, tél. 06 12 34 56 78, vue pour une toux depuis 3 jours. "
    "Traitement : Lévothyrox 75 µg le matin. Pas de fièvre."
)
IDENTIFIERS = ["KERHERVÉ", "Jeanne", "06 12 34 56 78"]
# the model's answer: placeholders kept, and a planted error (µg became mg)
ANSWER = (
    "Mme [PRENOM_1] [NOM_1] : toux depuis 3 jours, sans fièvre. "
    "Traitement : Lévothyrox 75 mg le matin."
)
FIXED = (
    "Mme Jeanne KERHERVÉ : toux depuis 3 jours, sans fièvre. "
    "Traitement : Lévothyrox 75 µg le matin."
)


def require_browser() -> None:
    """Skip the calling test module when the browser or its driver is not installed (a fresh
    machine stays green; CI installs both)."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        pytest.skip(
            "navigateur : le paquet Python playwright n'est pas installé "
            "(pip install playwright) — tests de bout en bout ignorés",
            allow_module_level=True,
        )
    if not CHROMIUM.is_file():
        pytest.skip(
            f"navigateur : {CHROMIUM} absent (apt-get install chromium) — "
            "tests de bout en bout ignorés",
            allow_module_level=True,
        )


@dataclass
class Stack:
    """The workbench served on 127.0.0.1, its fake upstream and its database."""

    base: str
    upstream: Any
    engine: Any
    pipeline: Any

    def sent_upstream(self) -> str:
        return json.dumps(self.upstream.requests, ensure_ascii=False)


@dataclass
class Tab:
    """A browser page with what it did: every request it made, console errors, page errors."""

    page: Any
    base: str
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    def go(self, path: str) -> Any:
        return self.page.goto(self.base + path)

    def shot(self, name: str) -> None:
        """A full-page PNG: into docs/screenshots/ (the documentation's pictures) when
        AVEC_SCREENSHOTS=1 or when it is missing there, else into a temporary folder, so that a
        test run does not rewrite the committed pictures (their timestamps change)."""
        folder = SCREENSHOTS
        if os.environ.get("AVEC_SCREENSHOTS") != "1" and (SCREENSHOTS / name).exists():
            folder = Path(tempfile.gettempdir()) / "avec-screenshots"
        folder.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(folder / name), full_page=True, animations="disabled")

    def outside(self) -> list[str]:
        """Requests that did not go to this machine."""
        local = []
        for url in self.requests:
            parts = urlsplit(url)
            if parts.scheme in ("data", "blob", "about"):
                continue
            if parts.hostname != "127.0.0.1":
                local.append(url)
        return local

    def assert_clean(self) -> None:
        """No script error and no Content-Security-Policy violation on any page."""
        assert self.console_errors == [], self.console_errors


def sign_in(tab: Tab, name: str, password: str) -> Any:
    page = tab.page
    if "/connexion" not in page.url:
        tab.go("/connexion")
    page.get_by_label("Identifiant").fill(name)
    page.get_by_label("Mot de passe").fill(password)
    with page.expect_navigation() as nav:
        page.get_by_role("button", name="Se connecter").click()
    return nav.value


def fill_request(tab: Tab, use_case: str, source: str, instruction: str = "") -> Any:
    """Nouvelle demande → « Voir ce qui sera envoyé »; the response of the preview."""
    page = tab.page
    page.get_by_role("link", name="Nouvelle demande").click()
    page.wait_for_url("**/demande")
    page.get_by_label("Cas d'usage").select_option(use_case)
    page.get_by_label("Source (transcription").fill(source)
    if instruction:
        page.get_by_label("Consignes complémentaires").fill(instruction)
    with page.expect_navigation() as nav:
        page.get_by_role("button", name="Voir ce qui sera envoyé").click()
    return nav.value


def outgoing_text(tab: Tab) -> str:
    """The text that will leave, as the preview shows it (placeholders, not originals)."""
    return str(tab.page.locator("pre.leave").first.inner_text())


def generate(tab: Tab, shot: str | None = None) -> str:
    """« Envoyer et générer » on the preview; the progress page follows the server-sent events
    and opens the review by itself. Returns the request id."""
    page = tab.page
    page.get_by_role("button", name="Envoyer et générer").click()
    page.wait_for_url("**/demande/envoyer")
    if shot:
        # the page really receives the events: tokens counted, the text appears as it comes
        from playwright.sync_api import expect

        expect(page.locator("#live")).to_contain_text("Jeanne KERHERVÉ")  # re-identified here
        expect(page.locator("#status")).to_contain_text("jetons générés")
        tab.shot(shot)
    page.wait_for_url("**/relecture/**", timeout=20_000)
    return page.url.rstrip("/").rsplit("/", 1)[1]


def pseudo_tooltip(tab: Tab, locator: Any) -> str:
    """The tooltip a placeholder or a finding shows when focused or hovered (CSS ::after)."""
    content = locator.evaluate("el => getComputedStyle(el, '::after').content")
    return str(content)


def axe_violations(tab: Tab, impacts: tuple[str, ...] = ("serious", "critical")) -> list[Any]:
    """axe-core's violations of these impacts on the current page (WCAG 2.x A/AA and best
    practices). axe is evaluated through the DevTools protocol, not as a page script, so
    the page's Content-Security-Policy stays on."""
    page = tab.page
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE.read_text(encoding="utf-8") + "\n;undefined")
    result = page.evaluate(
        """async () => {
            const r = await axe.run(document, {resultTypes: ['violations']});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html,
                                          summary: n.failureSummary}))}));
        }"""
    )
    return [v for v in result if v["impact"] in impacts]


def unlabelled_controls(tab: Tab) -> list[str]:
    """Visible form controls whose accessible name is empty (Chromium's accessibility tree,
    through Playwright's ARIA snapshot of each control)."""
    page = tab.page
    controls = page.locator(
        "input:not([type=hidden]), select, textarea, button, [contenteditable=true], [role=textbox]"
    )
    missing = []
    for i in range(controls.count()):
        control = controls.nth(i)
        if not control.is_visible():
            continue
        node = yaml.safe_load(control.aria_snapshot())[0]  # `role "name"` or {`role "name"`: …}
        head = next(iter(node)) if isinstance(node, dict) else str(node)
        if not re.match(r'^[\w-]+ "[^"]+"', head):
            missing.append(f"{head} ← {control.evaluate('el => el.outerHTML.slice(0, 160)')}")
    return missing


@dataclass
class Walk:
    """What one walk through every page found."""

    base: str = ""
    pages: list[str] = field(default_factory=list)
    unlabelled: dict[str, list[str]] = field(default_factory=dict)
    axe: dict[str, list[str]] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)


def _reply(text: str, **options: Any) -> Any:
    from tests.llm.fake_openai import Reply

    return Reply(text, **options)


def _password() -> str:
    from tests.web.workbench import PASSWORD

    return PASSWORD


def visit_every_page(tab: Tab, stack: Stack, check: Callable[[str], None]) -> None:
    """Sign-in, accueil, demande, aperçu, génération, relecture (as opened, blocked, categories
    to confirm), document, historique, journal, an error page, a refused request, Apprendre (a
    module, the sandbox and one of its runs), the fiches outils, then as a référent-auditeur the
    expert audit (home, a sample, one request): `check(name)` on each, in this order (23 pages)."""
    page = tab.page
    stack.upstream.script.append(_reply(ANSWER, delay_s=2.0))
    tab.go("/connexion")
    check("connexion")
    sign_in(tab, "alice", _password())
    check("accueil")
    page.get_by_role("link", name="Nouvelle demande").click()
    page.wait_for_url("**/demande")
    check("demande")
    fill_request(tab, "consultation_note", SOURCE)
    check("aperçu")
    page.get_by_role("button", name="Envoyer et générer").click()
    page.wait_for_url("**/demande/envoyer")
    check("génération")  # the model answers after 2 s
    page.wait_for_url("**/relecture/**")
    check("relecture")
    with page.expect_navigation():
        page.get_by_role("button", name="Valider le texte").click()
    check("relecture bloquée")
    page.locator("[data-editor=final]").focus()
    page.keyboard.press("Control+End")
    page.keyboard.type(" Revoir dans 8 jours.")
    for decision in page.locator("li.finding.sev-error").all():
        decision.get_by_label("Raison").fill("dose vérifiée au dossier")
        decision.get_by_role("button", name="Fausse alerte").click()
    page.wait_for_function("() => document.querySelectorAll('li.finding.decided').length >= 2")
    with page.expect_navigation():
        page.get_by_role("button", name="Valider le texte").click()
    check("catégories")
    with page.expect_navigation():
        page.get_by_role("button", name="Valider le texte").click()
    page.wait_for_url("**/document/**")
    check("document")
    page.get_by_role("link", name="Historique").click()
    page.wait_for_url("**/historique")
    check("historique")
    page.locator("tbody a").first.click()
    page.wait_for_url("**/historique/**")
    check("journal")
    tab.go("/relecture/inconnue")
    check("erreur")  # an error page has no navigation: back to the home page
    tab.go("/")
    fill_request(tab, "consultation_note", SOURCE, instruction="Pose le diagnostic.")
    check("requête refusée")
    for path, name in (("/apprendre", "apprendre"), ("/apprendre/01", "module"),
                       ("/apprendre/pratique", "bac à sable")):  # fmt: skip
        tab.go(path)
        check(name)
    page.locator("main h2 a").first.click()
    page.wait_for_url("**/apprendre/pratique/**")
    check("cas fictif")
    with page.expect_navigation():
        page.get_by_role("button", name="Lancer le parcours").click()
    check("parcours du cas fictif")
    for path, name in (("/outils", "fiches outils"), ("/outils/site-llm", "fiche outil")):
        tab.go(path)
        check(name)
    page.get_by_role("button", name="Se déconnecter").click()
    sign_in(tab, "rita", _password())
    page.get_by_role("link", name="Audit d'expert").click()
    page.wait_for_url("**/audit-expert")
    check("audit d'expert")
    with page.expect_navigation():
        page.get_by_role("button", name="Tirer au sort").click()
    page.wait_for_url("**/audit-expert/echantillon?**graine=**")
    check("échantillon")
    page.locator("main table a").first.click()
    page.wait_for_url("**/audit-expert/*-*")
    check("audit d'une demande")
