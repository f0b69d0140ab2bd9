"""The encrypted vault: correspondence tables at rest, AES-256-GCM, one file per reference.

The key comes from the settings: `AVEC_VAULT_KEY` (32 bytes, URL-safe base64) or, on one
laptop, a key file created on first use next to the vault with owner-only permissions. A table
is bound to its reference (AES-GCM associated data), so a file renamed to another reference
does not decrypt. Writes are atomic (temporary file + rename) and serialised by a lock file, so
two processes adding to one conversation do not lose each other's entries.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import re
import secrets
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from avec.clinical.resources import user_data_dir
from avec.privacy.mapping import Mapping

_REF = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,127}")
_MAGIC = b"AVEC-VAULT-1\n"


class VaultError(Exception):
    """A vault problem; the message is for the user (French)."""


def new_reference() -> str:
    """A fresh table reference: hexadecimal, so it never starts with "-" (nor looks like an option)."""
    return secrets.token_hex(12)


def _check_ref(ref: str) -> str:
    if not _REF.fullmatch(ref) or ".." in ref:
        raise VaultError(
            f"référence de table invalide : {ref!r} (lettres, chiffres, « _ », « - », « . »)"
        )
    return ref


def load_key(directory: Path) -> bytes:
    env = os.environ.get("AVEC_VAULT_KEY")
    if env:
        try:
            key = base64.urlsafe_b64decode(env.strip() + "=" * (-len(env.strip()) % 4))
        except ValueError:
            key = b""
        if len(key) != 32:
            raise VaultError("AVEC_VAULT_KEY doit contenir 32 octets encodés en base64 (URL).")
        return key
    path = directory / "vault.key"
    if not path.exists():
        directory.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(base64.urlsafe_b64encode(AESGCM.generate_key(bit_length=256)))
    key = base64.urlsafe_b64decode(path.read_bytes().strip())
    if len(key) != 32:
        raise VaultError(f"clé du coffre illisible : {path}")
    return key


class Vault:
    def __init__(self, directory: Path, key: bytes | None = None) -> None:
        self.directory = directory
        self._aead = AESGCM(key if key is not None else load_key(directory))

    @classmethod
    def default(cls) -> Vault:
        return cls(user_data_dir() / "vault")

    def _path(self, ref: str) -> Path:
        return self.directory / f"{_check_ref(ref)}.vault"

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.directory.mkdir(parents=True, exist_ok=True)
        with open(self.directory / ".lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def exists(self, ref: str) -> bool:
        return self._path(ref).exists()

    def save(self, ref: str, mapping: Mapping) -> None:
        with self._locked():
            self._write(ref, mapping)

    def load(self, ref: str) -> Mapping:
        return Mapping.from_dict(self.get(ref))

    def put(self, ref: str, document: dict[str, Any]) -> None:
        """Store any JSON document encrypted (a request's case file: source, answer, findings)."""
        with self._locked():
            self._write_json(ref, document)

    def get(self, ref: str) -> dict[str, Any]:
        path = self._path(ref)
        if not path.exists():
            raise VaultError(f"table de correspondance inconnue : {ref}")
        document: dict[str, Any] = json.loads(self._open(path.read_bytes(), ref))
        return document

    def _open(self, blob: bytes, ref: str) -> bytes:
        if not blob.startswith(_MAGIC) or len(blob) < len(_MAGIC) + 12 + 16:
            raise VaultError(f"table de correspondance illisible : {ref}")
        nonce, sealed = blob[len(_MAGIC) : len(_MAGIC) + 12], blob[len(_MAGIC) + 12 :]
        try:
            return self._aead.decrypt(nonce, sealed, ref.encode())
        except InvalidTag:
            raise VaultError(
                f"table {ref} : déchiffrement impossible (clé différente ou fichier altéré)"
            ) from None

    def update(self, ref: str, change: Callable[[Mapping | None], Mapping]) -> Mapping:
        """Read-modify-write under the lock: `change` gets the current table (or None)."""
        with self._locked():
            current = self.load(ref) if self.exists(ref) else None
            mapping = change(current)
            self._write(ref, mapping)
            return mapping

    def delete(self, ref: str) -> bool:
        with self._locked():
            path = self._path(ref)
            if path.exists():
                path.unlink()
                return True
            return False

    def put_bytes(self, ref: str, data: bytes) -> None:
        """Store raw bytes encrypted (a consultation recording until its transcript is confirmed)."""
        self.directory.mkdir(parents=True, exist_ok=True)
        self._seal(self.directory / f"{_check_ref(ref)}.blob", ref, data)

    def get_bytes(self, ref: str) -> bytes:
        path = self.directory / f"{_check_ref(ref)}.blob"
        if not path.exists():
            raise VaultError(f"enregistrement inconnu ou supprimé : {ref}")
        return self._open(path.read_bytes(), ref)

    def delete_bytes(self, ref: str) -> bool:
        path = self.directory / f"{_check_ref(ref)}.blob"
        existed = path.exists()
        path.unlink(missing_ok=True)
        return existed

    def references(self) -> list[str]:
        if not self.directory.exists():
            return []
        return sorted(p.stem for p in self.directory.glob("*.vault"))

    def _write(self, ref: str, mapping: Mapping) -> None:
        self._write_json(ref, mapping.to_dict())

    def _write_json(self, ref: str, document: dict[str, Any]) -> None:
        self._seal(self._path(ref), ref, json.dumps(document, ensure_ascii=False).encode())

    def _seal(self, path: Path, ref: str, plain: bytes) -> None:
        """Encrypt `plain` (bound to `ref`) and publish it atomically at `path`, mode 0600."""
        nonce = secrets.token_bytes(12)
        blob = _MAGIC + nonce + self._aead.encrypt(nonce, plain, ref.encode())
        fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".tmp-", suffix=".vault")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(blob)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
