"""Docs cannot drift: every checker and category, every CLI option is documented."""

import re
from pathlib import Path

import pytest
from typer.main import get_command

from avec.cli import app
from avec.verify.checker import registered

ROOT = Path(__file__).parent.parent
CHECKS_DOC = (ROOT / "docs" / "checks.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("check_id", sorted(registered()))
def test_every_checker_has_a_section(check_id: str) -> None:
    assert f"## `{check_id}`" in CHECKS_DOC


def test_every_category_in_the_code_is_documented() -> None:
    categories: set[str] = set()
    for path in (ROOT / "avec" / "verify" / "checkers").glob("*.py"):
        categories |= set(
            re.findall(r'"([a-z_]+)",\s*Severity\.', path.read_text(encoding="utf-8"))
        )
        categories |= set(
            re.findall(r'Severity\.\w+,\s*"([a-z_]+)"', path.read_text(encoding="utf-8"))
        )
    assert {"value_changed", "lasa", "negation_flip", "weekly_as_daily"} <= categories
    missing = sorted(c for c in categories if f"`{c}`" not in CHECKS_DOC)
    assert missing == []


def test_every_check_option_is_in_the_readme() -> None:
    command = get_command(app)
    check = command.commands["check"]  # type: ignore[attr-defined]
    for param in check.params:
        for opt in param.opts:
            if opt.startswith("--"):
                assert f"`{opt}" in README or f"{opt} " in README, opt
