"""Real-browser tests: Debian's chromium, headless, driven by Playwright (sync API), against the
workbench served by uvicorn on 127.0.0.1 with a real local fake OpenAI upstream.

One browser per session; per test a fresh SQLite database, vault, upstream, server and browser
context (cookies do not leak between tests). One walk through every page is shared by the
accessibility and network tests (`walk`). Without playwright or /usr/bin/chromium every module
here skips itself (see support.require_browser).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.e2e.support import (
    CHROMIUM,
    HEIGHT,
    WIDTH,
    Stack,
    Tab,
    Walk,
    axe_violations,
    unlabelled_controls,
    visit_every_page,
)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield chromium
        chromium.close()


@contextmanager
def served(folder: Path) -> Iterator[Stack]:
    """The workbench on a free port of 127.0.0.1: SQLite file, vault and fake upstream in
    `folder`, users alice, bruno and rita (tests/web/workbench.py)."""
    from avec.store import make_engine, migrate
    from avec.web.app import create_app
    from tests.llm.fake_openai import FakeOpenAI
    from tests.web.server import serving
    from tests.web.workbench import build

    engine = make_engine(f"sqlite:///{folder / 'avec.db'}")
    migrate(engine)
    try:
        with FakeOpenAI() as upstream:
            pipeline = build(engine, folder, upstream.url)
            with serving(create_app(pipeline, engine, secret="secret-de-test-e2e")) as base:
                yield Stack(base, upstream, engine, pipeline)
    finally:
        engine.dispose()


@pytest.fixture
def stack(tmp_path: Path) -> Iterator[Stack]:
    with served(tmp_path) as running:
        yield running


def open_tab(
    browser: Any, base: str, width: int = WIDTH, height: int = HEIGHT, **options: Any
) -> Iterator[Tab]:
    context = browser.new_context(
        viewport={"width": width, "height": height},
        locale="fr-FR",
        timezone_id="Europe/Paris",
        **options,
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    tab = Tab(page, base)
    context.on("request", lambda request: tab.requests.append(request.url))
    # recorded above, then stopped here: a test never reaches the internet, whatever a page asks
    context.route(_elsewhere, lambda route: route.abort("blockedbyclient"))
    page.on("console", lambda m: _console(tab, m))
    # a page may answer 403/409 on purpose (asserted by the tests); a sub-resource may not
    context.on("response", lambda r: _subresource(tab, r))
    page.on("pageerror", lambda exc: tab.console_errors.append(f"pageerror: {exc}"))
    try:
        yield tab
    finally:
        context.close()


def _elsewhere(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https", "ws", "wss") and parts.hostname != "127.0.0.1"


def _console(tab: Tab, message: Any) -> None:
    if message.type == "error" and not message.text.startswith("Failed to load resource"):
        tab.console_errors.append(message.text)


def _subresource(tab: Tab, response: Any) -> None:
    if response.status >= 400 and response.request.resource_type != "document":
        tab.console_errors.append(f"{response.status} {response.url}")


@pytest.fixture
def tab(browser: Any, stack: Stack) -> Iterator[Tab]:
    """A fresh browser context (no cookies) on the served workbench, 1280 px wide."""
    yield from open_tab(browser, stack.base)


@pytest.fixture(scope="session")
def walk(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Walk:
    """Every page visited once (see support.visit_every_page), with, for each, its controls
    without an accessible name and its serious or critical axe-core violations; and every
    request the pages made."""
    record = Walk()

    def check(name: str) -> None:
        record.pages.append(name)
        record.unlabelled[name] = unlabelled_controls(tab)
        record.axe[name] = [
            f"{v['impact']} {v['id']} ({v['help']}): {node['target']} {node['html'][:120]}"
            for v in axe_violations(tab)
            for node in v["nodes"]
        ]

    with served(tmp_path_factory.mktemp("walk")) as running:
        for tab in open_tab(browser, running.base):
            visit_every_page(tab, running, check)
            record.base, record.requests = running.base, list(tab.requests)
            record.outside, record.console_errors = tab.outside(), list(tab.console_errors)
    return record
