"""`avec demo`'s accounts: created once with random passwords kept in a 0600 file, one per level."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from avec.cli.demo import demo_logins
from avec.store import make_engine
from avec.store.accounts import get_user, login


def test_demo_accounts_are_created_once_one_per_level(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AVEC_HOME", str(tmp_path))
    first = demo_logins()
    assert sorted(level for *_, level in first) == [0, 1, 2, 3]
    again = demo_logins()
    assert again == first  # same accounts, same passwords: nothing re-created
    secrets = next(tmp_path.rglob("demo-logins.txt"))
    assert stat.S_IMODE(secrets.stat().st_mode) == 0o600
    engine = make_engine()
    for name, password, role, level in first:
        user = get_user(engine, name)
        assert user is not None and user.role == role and user.level == level
        assert login(engine, name, password) is not None
    engine.dispose()
