"""What every page needs: the pipeline, the database, the templates, the signed-in user."""

from __future__ import annotations

import datetime as dt
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import Engine

from avec import __version__
from avec.pipeline import Pipeline
from avec.policy import LEVEL_LABELS, Level
from avec.privacy import Detector
from avec.store.accounts import get_user
from avec.store.tables import User
from avec.web.i18n import gettext

HERE = Path(__file__).resolve().parent
TEMPLATES = Jinja2Templates(directory=str(HERE / "templates"))
TEMPLATES.env.globals.update(_=gettext, version=__version__)


def local_time(value: str | None) -> str:
    """An ISO UTC timestamp shown in the site's time zone (AVEC_TIMEZONE, Europe/Paris)."""
    if not value:
        return ""
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(ZoneInfo(os.environ.get("AVEC_TIMEZONE", "Europe/Paris"))).strftime(
        "%d/%m/%Y %H:%M"
    )


TEMPLATES.env.filters["local"] = local_time


@dataclass
class Web:
    pipeline: Pipeline
    engine: Engine

    @property
    def policy(self) -> Any:
        return self.pipeline.policy

    @property
    def detector(self) -> Detector:
        """The pipeline's identifier detector (built once, with the policy's site patterns)."""
        if self.pipeline.detector is None:
            self.pipeline.detector = Detector.from_policy(self.pipeline.policy)
        return self.pipeline.detector


def web(request: Request) -> Web:
    context: Web = request.app.state.web
    return context


class LoginRequired(Exception):
    """Raised by `signed_in`; the app answers with a redirect to the login page."""

    def __init__(self, target: str) -> None:
        self.target = target


class Forbidden(Exception):
    """The signed-in user may not do this (French message shown on an error page)."""


def signed_in(request: Request) -> User:
    """The user of the session cookie, read from the database at each request (a changed level
    or a deleted account applies at once)."""
    name = request.session.get("user")
    user = get_user(web(request).engine, name) if isinstance(name, str) else None
    if user is None:
        request.session.clear()
        raise LoginRequired(request.url.path)
    return user


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


def check_csrf(request: Request, submitted: object) -> None:
    """Every form and htmx call carries the session's token (field `csrf` or X-CSRF-Token)."""
    expected = request.session.get("csrf")
    given = submitted or request.headers.get("x-csrf-token")
    if not isinstance(expected, str) or not isinstance(given, str):
        raise Forbidden("Jeton de sécurité absent : recharger la page puis recommencer.")
    if not secrets.compare_digest(expected.encode(), given.encode()):
        raise Forbidden("Jeton de sécurité invalide : recharger la page puis recommencer.")


def page(request: Request, template: str, status: int = 200, **values: Any) -> HTMLResponse:
    user = values.pop("user", None)
    return TEMPLATES.TemplateResponse(request, template, {
        "user": user, "csrf": csrf_token(request),
        "level_label": LEVEL_LABELS.get(Level(user.level)) if user else None,
        "organisation": web(request).policy.organisation, **values,
    }, status_code=status)  # fmt: skip


def to_login(target: str) -> Response:
    return RedirectResponse(f"/connexion?suite={quote(target)}", status_code=303)


def redirect(path: str) -> Response:
    return RedirectResponse(path, status_code=303)
