"""Estimer and Communiquer in the browser: a référent walks the dashboard (charts drawn,
filters, objectives, CSV) on a generated history and produces the governance report."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from bench.estimer.history import generate
from tests.e2e.conftest import open_tab
from tests.e2e.support import Stack, Tab, require_browser, sign_in
from tests.web.workbench import PASSWORD

require_browser()


@pytest.fixture
def tab(browser: Any, stack: Stack) -> Iterator[Tab]:
    generate(stack.engine, 3000, months=5, seed=11)
    yield from open_tab(browser, stack.base, accept_downloads=True)


def test_dashboard_then_report(tab: Tab) -> None:
    sign_in(tab, "rita", PASSWORD)
    tab.go("/tableau-de-bord")
    page = tab.page
    page.wait_for_function("() => document.querySelectorAll('canvas').length === 6 && "
                           "[...document.querySelectorAll('canvas')].every(c => c.width > 0)")  # fmt: skip
    # Chart.js drew every chart (a drawn canvas has non-blank pixels)
    drawn = page.evaluate("""() => [...document.querySelectorAll('canvas')].map(c => {
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) return true; return false; })""")
    assert all(drawn), drawn
    page.get_by_label("Indicateur").select_option("corrected_share")
    page.get_by_label("Comparaison").select_option("<")
    page.get_by_label("Cible (un pourcentage pour les taux)").fill("20")
    page.get_by_role("button", name="Fixer l'objectif").click()
    assert page.get_by_text("part des propositions corrigées < 20 %").count() >= 1
    tab.shot("tableau-de-bord.png")
    page.get_by_label("Période").select_option("week")
    page.get_by_role("button", name="Appliquer").click()
    assert "periode=week" in page.url
    with page.expect_download() as download:
        page.get_by_role("link", name="données (CSV)").first.click()
    assert download.value.suggested_filename.endswith(".csv")
    tab.go("/communiquer/rapport")
    assert page.get_by_role(
        "heading", name="Rapport de gouvernance de l'IA générative"
    ).is_visible()
    assert page.locator("svg.chart").count() >= 4
    tab.shot("rapport.png")
    tab.assert_clean()
