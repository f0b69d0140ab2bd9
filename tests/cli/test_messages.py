"""The command line's messages are data: every key used exists, another language falls back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from avec.cli.messages import CATALOG, t
from avec.i18n import load

CLI = Path(__file__).resolve().parents[2] / "avec" / "cli"


def test_every_key_used_is_in_the_french_catalogue() -> None:
    used = {m for f in CLI.glob("*.py") for m in re.findall(r'\bt\("([\w.]+)"', f.read_text())}
    assert used, "no message key found: the scan is broken"
    assert used <= set(load("avec.cli.messages", "fr"))


def test_unknown_language_falls_back_to_french(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AVEC_LANG", "xx")
    assert t("input.empty", label="source") == "source : le texte est vide."
    with pytest.raises(KeyError):
        CATALOG.text("no.such.key")
