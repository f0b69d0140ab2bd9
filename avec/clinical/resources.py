"""Loading of the packaged data files (each cites its source in its header or SOURCES.md)."""

from __future__ import annotations

import json
import os
import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


def data_path(name: str) -> Path:
    return Path(str(resources.files("avec.clinical") / "data" / name))


@cache
def load_toml(name: str) -> dict[str, Any]:
    with data_path(name).open("rb") as fh:
        return tomllib.load(fh)


def load_json(name: str) -> Any:
    with data_path(name).open(encoding="utf-8") as fh:
        return json.load(fh)


def user_data_dir() -> Path:
    """avec's data folder (database, vault, imported BDPM lexicon): $AVEC_HOME, else
    $AVEC_DATA_DIR (older name), else ~/.local/share/avec."""
    env = os.environ.get("AVEC_HOME") or os.environ.get("AVEC_DATA_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "avec"
