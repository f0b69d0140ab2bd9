"""The encrypted vault: round trip, wrong key, tampering, renamed files, concurrent writers."""

from __future__ import annotations

import base64
import multiprocessing
import os
import stat
from pathlib import Path

import pytest

from avec.privacy import Mapping, Vault, VaultError
from avec.privacy.entities import Label


def _mapping(name: str = "Dupont") -> Mapping:
    m = Mapping.new()
    m.add(Label.NOM, name, m.next_placeholder(Label.NOM))
    return m


def test_round_trip_and_nothing_in_clear(tmp_path: Path) -> None:
    vault = Vault(tmp_path)
    vault.save("conv-1", _mapping("Kerhervé"))
    assert vault.load("conv-1").get(Label.NOM, "KERHERVÉ") is not None
    raw = (tmp_path / "conv-1.vault").read_bytes()
    assert b"Kerherv" not in raw and "Kerhervé".encode() not in raw
    key_file = tmp_path / "vault.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "conv-1.vault").stat().st_mode) == 0o600


def test_wrong_key_tampering_and_renaming_are_refused(tmp_path: Path) -> None:
    Vault(tmp_path).save("a", _mapping())
    with pytest.raises(VaultError, match="déchiffrement impossible"):
        Vault(tmp_path, key=os.urandom(32)).load("a")
    path = tmp_path / "a.vault"
    blob = bytearray(path.read_bytes())
    blob[-1] ^= 1
    path.write_bytes(bytes(blob))
    with pytest.raises(VaultError, match="déchiffrement impossible"):
        Vault(tmp_path).load("a")
    Vault(tmp_path).save("b", _mapping())
    (tmp_path / "b.vault").rename(tmp_path / "c.vault")  # bound to its reference
    with pytest.raises(VaultError):
        Vault(tmp_path).load("c")


@pytest.mark.parametrize("ref", ["../etc/passwd", "a/b", "", ".hidden", "x" * 200])
def test_bad_references_are_refused(tmp_path: Path, ref: str) -> None:
    with pytest.raises(VaultError, match="référence"):
        Vault(tmp_path).save(ref, _mapping())


def test_unknown_reference_and_garbage_file(tmp_path: Path) -> None:
    vault = Vault(tmp_path)
    with pytest.raises(VaultError, match="inconnue"):
        vault.load("nope")
    (tmp_path / "junk.vault").write_bytes(b"not a vault")
    with pytest.raises(VaultError, match="illisible"):
        vault.load("junk")


def test_key_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = base64.urlsafe_b64encode(os.urandom(32)).decode()
    monkeypatch.setenv("AVEC_VAULT_KEY", key)
    Vault(tmp_path).save("a", _mapping())
    assert not (tmp_path / "vault.key").exists()
    monkeypatch.setenv("AVEC_VAULT_KEY", "trop-court")
    with pytest.raises(VaultError, match="32 octets"):
        Vault(tmp_path)


def _add_names(directory: str, start: int) -> None:
    vault = Vault(Path(directory))
    for i in range(start, start + 15):

        def change(current: Mapping | None, i: int = i) -> Mapping:
            mapping = current or Mapping.new()
            mapping.add(Label.NOM, f"Nom{i}", mapping.next_placeholder(Label.NOM))
            return mapping

        vault.update("shared", change)


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    Vault(tmp_path)  # create the key file before the workers start
    ctx = multiprocessing.get_context("fork")
    workers = [ctx.Process(target=_add_names, args=(str(tmp_path), k * 100)) for k in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(30)
        assert w.exitcode == 0
    mapping = Vault(tmp_path).load("shared")
    assert len(mapping.entries) == 45
    assert len({e.replacement for e in mapping.entries.values()}) == 45


def test_new_references_are_always_valid(tmp_path: Path) -> None:
    from avec.privacy.vault import new_reference

    vault = Vault(tmp_path)
    for _ in range(500):  # token_urlsafe could start with "-": a reference must never
        ref = new_reference()
        assert not ref.startswith("-")
        vault._path(ref)  # raises VaultError on an invalid reference
