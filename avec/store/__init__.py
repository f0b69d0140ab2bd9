"""Storage: the database (SQLite by default, PostgreSQL by URL), its migrations, the audit chain."""

from avec.store.audit import Verdict, append, export, verify
from avec.store.db import database_url, make_engine, migrate, reader

__all__ = [
    "Verdict",
    "append",
    "database_url",
    "export",
    "make_engine",
    "migrate",
    "reader",
    "verify",
]
