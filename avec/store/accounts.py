"""Local accounts (argon2 password hashes) and gateway keys (only their SHA-256 is stored)."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import secrets
from dataclasses import dataclass

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
    engine: Engine,
    name: str,
    role: str,
    level: int,
    password: str,
    actor: str = "cli",
    team: str | None = None,
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
                created=_now(), failed_logins=0, team=(team or "").strip() or None)  # fmt: skip
    try:
        with Session(engine) as session, session.begin():
            session.add(user)
            session.flush()
            session.expunge(user)
    except IntegrityError:
        raise AccountError(f"l'utilisateur « {name} » existe déjà") from None
    append(engine, "user_added", actor, {"user": name, "role": role_value, "level": level,
                                         "team": user.team})  # fmt: skip
    return user


def set_level(engine: Engine, name: str, level: int, actor: str = "cli") -> None:
    """Change a user's competency level (it applies at once, to their keys too)."""
    if level not in tuple(Level):
        raise AccountError(f"niveau {level} invalide : 0, 1, 2 ou 3")
    with Session(engine) as session, session.begin():
        user = session.execute(select(User).where(User.name == name)).scalar_one_or_none()
        if user is None:
            raise AccountError(f"utilisateur inconnu « {name} »")
        before, user.level = user.level, level
    append(engine, "level_changed", actor, {"user": name, "from": before, "to": level})


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


MAX_FAILURES = 5  # consecutive failed logins before the account is locked
LOCK_MINUTES = 15
_DUMMY_HASH = _HASHER.hash("avec: equalise the time of unknown logins")


class AccountLocked(AccountError):
    """Too many failed logins; the message says until when (French)."""


def login(engine: Engine, name: str, password: str, source: str = "web") -> User | None:
    """Check a password with lock-out: after MAX_FAILURES failures the account is locked for
    LOCK_MINUTES. Every attempt is audited (never the password)."""
    now = dt.datetime.now(dt.UTC)
    locked_until: dt.datetime | None = None
    with Session(engine, expire_on_commit=False) as session, session.begin():
        user = session.execute(select(User).where(User.name == name)).scalar_one_or_none()
        ok = False
        if user is None:
            with contextlib.suppress(VerifyMismatchError):  # same time as a wrong password
                _HASHER.verify(_DUMMY_HASH, password)
        elif user.locked_until and dt.datetime.fromisoformat(user.locked_until) > now:
            locked_until = dt.datetime.fromisoformat(user.locked_until).astimezone()
        else:
            with contextlib.suppress(VerifyMismatchError):
                ok = _HASHER.verify(user.password_hash, password)
            if ok:
                user.failed_logins, user.locked_until = 0, None
            else:
                user.failed_logins += 1
                if user.failed_logins >= MAX_FAILURES:
                    user.failed_logins = 0
                    user.locked_until = (now + dt.timedelta(minutes=LOCK_MINUTES)).isoformat(
                        timespec="seconds"
                    )
    if user is not None and locked_until is not None:
        append(engine, "login_failed", f"user:{name}", {"source": source, "locked": True,
                                                         "refused_while_locked": True})  # fmt: skip
        raise AccountLocked(f"Compte verrouillé après {MAX_FAILURES} échecs : réessayer après "
                            f"{locked_until:%H:%M}.")  # fmt: skip
    kind = "login" if ok else "login_failed"
    locked = user is not None and not ok and user.locked_until is not None
    append(engine, kind, f"user:{name}" if user else "anonymous", {
        "source": source, "locked": locked, **({} if user else {"unknown_user": True}),
    })  # fmt: skip
    return user if ok else None


def get_user(engine: Engine, name: str) -> User | None:
    with Session(engine) as session:
        user = session.execute(select(User).where(User.name == name)).scalar_one_or_none()
        if user is not None:
            session.expunge(user)
        return user


def generate_password() -> str:
    return secrets.token_urlsafe(15)


@dataclass(frozen=True)
class KeyIdentity:
    """Who calls the gateway with a key: the key, its owner, the level that applies, its scope."""

    key: str
    user: str | None  # the user responsible for the key's requests, None for a service key
    level: int
    use_cases: frozenset[str] | None  # None: every use case the level allows
    models: frozenset[str] | None  # None: every model the use case allows

    @property
    def actor(self) -> str:
        return f"key:{self.key}"


def _names(values: list[str] | None) -> str | None:
    return json.dumps(sorted(set(values))) if values else None


def create_key(engine: Engine, name: str, actor: str = "cli", *, user: str | None = None,
               level: int | None = None, use_cases: list[str] | None = None,
               models: list[str] | None = None) -> str:  # fmt: skip
    """A new gateway key, returned once; only its hash is stored.

    A key named after an existing user belongs to that user unless `user` says otherwise; a
    user's key takes the user's level at each request (capped by `level` if given). A service
    key (no user) has its own `level`, by default 3: an administrator creates it for an
    integration and scopes it with `use_cases` and `models`.
    """
    if level is not None and level not in tuple(Level):
        raise AccountError(f"niveau {level} invalide : 0, 1, 2 ou 3")
    with Session(engine) as session:
        owner_name = user or name
        owner = session.execute(select(User).where(User.name == owner_name)).scalar_one_or_none()
        if user is not None and owner is None:
            raise AccountError(f"utilisateur inconnu « {user} »")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    row = ApiKey(name=name, prefix=key[:12], key_sha256=hashlib.sha256(key.encode()).hexdigest(),
                 created=_now(), revoked=False, user_name=owner.name if owner else None,
                 level=level if owner or level is not None else int(Level.REFERENT),
                 use_cases=_names(use_cases), models=_names(models))  # fmt: skip
    try:
        with Session(engine, expire_on_commit=False) as session, session.begin():
            session.add(row)
    except IntegrityError:
        raise AccountError(f"une clé nommée « {name} » existe déjà") from None
    append(engine, "key_created", actor, {
        "key": name, "prefix": key[:12], "user": row.user_name, "level": row.level,
        "use_cases": use_cases or "all", "models": models or "all",
    })  # fmt: skip
    return key


def authenticate_key(engine: Engine, key: str) -> KeyIdentity | None:
    """The identity behind an active key, or None (unknown, revoked, or its user is gone)."""
    digest = hashlib.sha256(key.encode()).hexdigest()
    with Session(engine) as session:
        row = session.execute(
            select(ApiKey).where(ApiKey.key_sha256 == digest)
        ).scalar_one_or_none()
        if row is None or row.revoked:
            return None
        level = row.level
        if row.user_name is not None:
            owner = session.execute(
                select(User).where(User.name == row.user_name)
            ).scalar_one_or_none()
            if owner is None:
                return None
            level = owner.level if level is None else min(level, owner.level)
        return KeyIdentity(
            key=row.name, user=row.user_name, level=int(Level.NON_FORME if level is None else level),
            use_cases=frozenset(json.loads(row.use_cases)) if row.use_cases else None,
            models=frozenset(json.loads(row.models)) if row.models else None,
        )  # fmt: skip


def revoke_key(engine: Engine, name: str, actor: str = "cli") -> None:
    with Session(engine) as session, session.begin():
        row = session.execute(select(ApiKey).where(ApiKey.name == name)).scalar_one_or_none()
        if row is None:
            raise AccountError(f"clé inconnue « {name} »")
        row.revoked = True
    append(engine, "key_revoked", actor, {"key": name})


def list_keys(engine: Engine) -> list[ApiKey]:
    with Session(engine) as session:
        rows = list(session.execute(select(ApiKey).order_by(ApiKey.name)).scalars())
        session.expunge_all()
        return rows
