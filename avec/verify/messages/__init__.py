"""The messages of the checks, as data (see avec.i18n): `fr.toml` is the reference."""

from __future__ import annotations

from avec.i18n import DEFAULT_LANG, Catalog, load

CATALOG = Catalog("avec.verify.messages")


def catalog(lang: str) -> dict[str, dict[str, str]]:
    return load("avec.verify.messages", lang)


def text(key: str, **values: object) -> str:
    """The message of `key`, filled in."""
    return CATALOG.text(key, **values)


def explain(key: str, **values: object) -> tuple[str, str]:
    """(message, suggestion) of `key`, filled in — the two texts of a Finding."""
    entry = CATALOG.entry(key)
    return entry["message"].format(**values), entry.get("suggestion", "").format(**values).strip()


__all__ = ["DEFAULT_LANG", "catalog", "explain", "text"]
