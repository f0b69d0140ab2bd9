"""Nothing is loaded from the internet: every request a page makes goes to this machine."""

from __future__ import annotations

import pytest

from tests.e2e.support import Stack, Tab, Walk, require_browser

require_browser()


def test_no_page_loads_anything_from_the_internet(walk: Walk) -> None:
    paths = [url.removeprefix(walk.base) for url in walk.requests]
    # the recording saw the pages, their assets, the event stream and the htmx calls
    for expected in ("/connexion", "/static/app.css", "/static/app.js",
                     "/static/vendor/htmx.min.js", "/demande/flux/", "/constat/", "/document/"):  # fmt: skip
        assert any(expected in p for p in paths), f"{expected} never requested: {paths}"
    assert walk.outside == []
    assert walk.console_errors == []  # nor any request blocked by the Content-Security-Policy


@pytest.mark.xfail(
    strict=True,
    reason="/api/docs is FastAPI's Swagger UI: its script, style and icon come from "
    "cdn.jsdelivr.net and fastapi.tiangolo.com; the app's CSP blocks them and the inline script, "
    "so the page is also blank. Fix in avec/web/app.py: docs_url=None, or serve swagger-ui-dist "
    "from /static/vendor with a CSP that allows it.",
)
def test_the_api_documentation_page_loads_nothing_from_the_internet(tab: Tab, stack: Stack) -> None:
    tab.go("/api/docs")
    assert tab.outside() == []
