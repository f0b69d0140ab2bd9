"""Nothing is loaded from the internet: every request a page makes goes to this machine."""

from __future__ import annotations

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


def test_no_page_loads_a_cdn_the_api_is_described_by_its_openapi_file(
    tab: Tab, stack: Stack
) -> None:
    # FastAPI's Swagger page would load its script from a CDN: it is off; the spec stays
    assert tab.go("/api/docs").status == 404
    spec = tab.go("/openapi.json")
    assert spec.status == 200 and "/v1/chat/completions" in spec.text()
    assert tab.outside() == []
