"""PDF with WeasyPrint: a real rendering when it and its system libraries are here, else skipped
with the reason; a clear French error when they are missing; nothing fetched from outside.

AVEC_SCREENSHOTS=1 also writes page 1 of the sample leaflet to docs/screenshots/depliant-pdf.png.
"""

import os
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from avec.communicate import pdf
from avec.communicate.leaflet import build_leaflet, leaflet_pdf
from avec.communicate.pdf import PdfUnavailable, html_to_pdf
from tests.communicate.leaflet_sample import MENTION, RENDERED

ROOT = Path(__file__).resolve().parents[2]


def _pdf_or_skip(html: str, base_url: str | None = None) -> bytes:
    try:
        return html_to_pdf(html, base_url)
    except PdfUnavailable as exc:
        pytest.skip(str(exc))


def _text(document: bytes) -> list[str]:
    doc = pdfium.PdfDocument(document)
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


def test_html_to_pdf_makes_a_pdf_with_the_text() -> None:
    out = _pdf_or_skip("<h1>Parcours</h1><ol><li>Prise de sang à jeun.</li></ol>")
    assert out.startswith(b"%PDF")
    assert "Prise de sang à jeun." in _text(out)[0]


def test_leaflet_pdf_a4_with_page_numbers_and_steps() -> None:
    leaflet = build_leaflet(RENDERED, mention=MENTION, title="Votre opération du genou")
    try:
        out = leaflet_pdf(leaflet)
    except PdfUnavailable as exc:
        pytest.skip(str(exc))
    pages = _text(out)
    assert len(pages) == 2
    whole = "\n".join(pages).replace("\u00a0", " ").replace("\r", "")
    assert "Prise de sang au laboratoire avant le 10 mars." in whole
    assert "page 1 / 2" in pages[0] and "page 2 / 2" in pages[1]
    assert "OpenMoji" in whole and "Lisibilité" not in whole
    doc = pdfium.PdfDocument(out)
    width, height = doc[0].get_size()
    assert (round(width * 25.4 / 72), round(height * 25.4 / 72)) == (210, 297)
    if os.environ.get("AVEC_SCREENSHOTS"):
        target = ROOT / "docs" / "screenshots" / "depliant-pdf.png"
        doc[0].render(scale=1.2).to_pil().save(target, optimize=True)
    doc.close()


def test_outside_resources_are_not_fetched(tmp_path: Path) -> None:
    inside = tmp_path / "logo.svg"
    inside.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>')
    out = _pdf_or_skip(
        '<p>Texte.</p><img src="http://127.0.0.1:9/x.png"><img src="file:///etc/hostname">'
        '<img src="logo.svg">',
        base_url=str(tmp_path) + "/",
    )
    assert "Texte." in _text(out)[0]
    fetcher = pdf._fetcher(pdf._weasyprint(), tmp_path)
    for url in ("http://127.0.0.1:9/x.png", "https://example.org/", "file:///etc/hostname"):
        with pytest.raises(ValueError, match="ressource ignorée"):
            fetcher.fetch(url)
    assert fetcher.fetch(inside.as_uri()).status in (None, 200)
    assert fetcher.fetch("data:text/plain,ok").status in (None, 200)


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(pdf, "_failure", None)
    yield


@pytest.mark.parametrize(
    ("error", "says"),
    [
        (ImportError("No module named 'weasyprint'"), "WeasyPrint n'est pas installé"),
        (OSError("cannot load library 'libpango-1.0-0': nope"), "bibliothèque système manque"),
    ],
)
def test_missing_weasyprint_or_libraries_is_a_clear_french_error(
    monkeypatch: pytest.MonkeyPatch, fresh: None, error: Exception, says: str
) -> None:
    calls: list[str] = []

    def missing(name: str) -> object:
        calls.append(name)
        raise error

    monkeypatch.setattr(pdf.importlib, "import_module", missing)
    with pytest.raises(PdfUnavailable, match=says) as caught:
        html_to_pdf("<p>x</p>")
    assert "apt-get install libpango-1.0-0" in str(caught.value)
    assert not pdf.pdf_available()
    assert calls == ["weasyprint"]  # the failure is remembered, not retried at every call
