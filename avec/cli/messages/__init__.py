"""Messages of the command line, as data (see avec.i18n): `fr.toml` is the reference."""

from __future__ import annotations

from avec.i18n import Catalog

CATALOG = Catalog("avec.cli.messages")


def t(key: str, **values: object) -> str:
    """The message of `key`, filled in, in the language of AVEC_LANG."""
    return CATALOG.text(key, **values)
