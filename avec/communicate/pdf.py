"""HTML → PDF with WeasyPrint, for documents handed to patients (A4, « page X / Y », large type).

WeasyPrint is imported on first use (~0.5–0.8 s) and needs Pango from the system; on Debian:

    apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 \
        libharfbuzz-subset0 fonts-dejavu-core

Without it, `html_to_pdf` raises `PdfUnavailable` with a French message, and callers offer the
printable HTML instead. templates/print.css is applied as a user stylesheet (the document's own
CSS wins). Nothing is fetched over the network: only `data:` URLs and files under `base_url`
(when it is a local folder) are read; any other resource is skipped.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import threading
import warnings
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

INSTALL_HINT = (
    "installer WeasyPrint (pip install weasyprint) et ses bibliothèques système "
    "(Debian : apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 "
    "fonts-dejavu-core)"
)


class PdfUnavailable(RuntimeError):
    """No PDF can be made here; the message (French) says why and what to install."""


_lock = threading.Lock()
_failure: str | None = None  # remembered: a failed import is not retried at every request


def _weasyprint() -> Any:
    """The weasyprint module, imported once; PdfUnavailable when it or its libraries are missing."""
    global _failure
    with _lock:
        if _failure is not None:
            raise PdfUnavailable(_failure)
        try:
            # WeasyPrint prints its own (English) help on stdout when a library is missing, and
            # warns when HarfBuzz's subsetter is absent (fonts are then embedded whole).
            with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
                warnings.filterwarnings("ignore", message=".*HarfBuzz-Subset.*")
                return importlib.import_module("weasyprint")
        except ImportError:
            _failure = f"PDF indisponible : WeasyPrint n'est pas installé ; {INSTALL_HINT}."
        except OSError as exc:  # cffi could not load Pango, GObject, HarfBuzz or Fontconfig
            _failure = (
                "PDF indisponible : une bibliothèque système manque à WeasyPrint "
                f"({str(exc).split(':')[0]}) ; {INSTALL_HINT}."
            )
        raise PdfUnavailable(_failure)


def pdf_available() -> bool:
    """True when html_to_pdf can work here (imports WeasyPrint on the first call)."""
    try:
        _weasyprint()
    except PdfUnavailable:
        return False
    return True


@cache
def print_css() -> str:
    """templates/print.css: @page A4, margins, page numbers, large type."""
    return (resources.files("avec.communicate") / "templates" / "print.css").read_text("utf-8")


def _local_folder(base_url: str | None) -> Path | None:
    if not base_url:
        return None
    parsed = urlparse(base_url)
    if parsed.scheme not in ("", "file"):
        return None
    path = Path(unquote(parsed.path)).resolve()
    return path if path.is_dir() else path.parent


def _fetcher(wp: Any, folder: Path | None) -> Any:
    """A URL fetcher that reads data: URLs and files under `folder`, and nothing else."""

    class LocalOnly(wp.urls.URLFetcher):  # type: ignore[misc]
        def fetch(self, url: str, headers: Any = None) -> Any:
            scheme = url.split(":", 1)[0].lower()
            if scheme == "file" and folder is not None:
                path = Path(unquote(urlparse(url).path)).resolve()
                if path.is_relative_to(folder):
                    return super().fetch(url, headers)
            elif scheme == "data":
                return super().fetch(url, headers)
            raise ValueError(f"ressource ignorée (rien n'est chargé hors du document) : {url}")

    return LocalOnly(allowed_protocols=("data", "file"))


def html_to_pdf(html: str, base_url: str | None = None) -> bytes:
    """The PDF of an HTML document (A4 print CSS applied under the document's own CSS)."""
    wp = _weasyprint()
    fetcher = _fetcher(wp, _local_folder(base_url))
    document = wp.HTML(string=html, base_url=base_url, url_fetcher=fetcher)
    css = wp.CSS(string=print_css(), url_fetcher=fetcher)
    return bytes(document.write_pdf(stylesheets=[css]))
