"""Local accounts (argon2 password hashes) and gateway keys (only their SHA-256 is stored)."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from avec.policy.model import Level, Role
from avec.store.audit import append
from avec.store.tables import ApiKey, User

KEY_PREFIX = "avec_"
_HASHER = PasswordHasher()


class AccountError(Exception):
    """An account operation that cannot be done; the message is for the user (French)."""


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def add_user(
    engine: Engine, name: str, role: str, level: int, password: str, actor: str = "cli"
) -> User:
    try:
        role_value = Role(role).value
    except ValueError:
        raise AccountError(
            f"rôle inconnu « {role} » (rôles : {', '.join(r.value for r in Role)})"
        ) from None
    if level not in tuple(Level):
        raise AccountError(f"niveau {level} invalide : 0, 1, 2 ou 3")
    if len(password) < 12:
        raise AccountError("mot de passe trop court : 12 caractères au moins")
    user = User(name=name, role=role_value, level=level, password_hash=_HASHER.hash(password),
                created=_now(), failed_logins=0)  # fmt: skip
    try:
        with Session(engine) as session, session.begin():
            session.add(user)
            session.flush()
            session.expunge(user)
    except IntegrityError:
        raise AccountError(f"l'utilisateur « {name} » existe déjà") from None
    append(engine, "user_added", actor, {"user": name, "role": role_value, "level": level})
    return user


def check_password(engine: Engine, name: str, password: str) -> User | None:
    with Session(engine) as session:
        user = session.execute(select(User).where(User.name == name)).scalar_one_or_none()
        if user is None:
            return None
        try:
            _HASHER.verify(user.password_hash, password)
        except VerifyMismatchError:
            return None
        session.expunge(user)
        return user


def generate_password() -> str:
    return secrets.token_urlsafe(15)


def create_key(engine: Engine, name: str, actor: str = "cli") -> str:
    """A new gateway key, returned once; only its hash is stored."""
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    row = ApiKey(name=name, prefix=key[:12], key_sha256=hashlib.sha256(key.encode()).hexdigest(),
                 created=_now(), revoked=False)  # fmt: skip
    try:
        with Session(engine) as session, session.begin():
            session.add(row)
    except IntegrityError:
        raise AccountError(f"une clé nommée « {name} » existe déjà") from None
    append(engine, "key_created", actor, {"key": name, "prefix": key[:12]})
    return key


def key_owner(engine: Engine, key: str) -> str | None:
    """The name of an active key, or None."""
    digest = hashlib.sha256(key.encode()).hexdigest()
    with Session(engine) as session:
        row = session.execute(
            select(ApiKey).where(ApiKey.key_sha256 == digest)
        ).scalar_one_or_none()
        return row.name if row is not None and not row.revoked else None
