"""The service `avec serve` runs: the professional's workbench and the OpenAI-compatible gateway.

Server-rendered pages (Jinja2, htmx vendored, no build step, nothing loaded from the internet).
Sessions are signed cookies holding only the user's name and a CSRF token: any process behind a
load balancer serves any request; the user, their level and their requests are read from the
database each time.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine
from starlette.middleware.sessions import SessionMiddleware

from avec import __version__
from avec.pipeline import Pipeline
from avec.store.accounts import get_user
from avec.web import (
    communicate,
    dashboard,
    expert,
    history,
    home,
    learn,
    login,
    practice,
    relecture,
    submit,
    tools,
    transcription,
)
from avec.web.context import HERE, Forbidden, LoginRequired, Web, page, to_login
from avec.web.gateway import add_gateway

SESSION_HOURS = 10  # one working day


def create_app(pipeline: Pipeline, engine: Engine, *, secret: str,
               secure_cookies: bool = False) -> FastAPI:  # fmt: skip
    # no Swagger/ReDoc pages: they load their scripts from a CDN; the spec is /openapi.json
    app = FastAPI(title="avec — atelier et passerelle", version=__version__, docs_url=None,
                  redoc_url=None)  # fmt: skip
    app.state.web = Web(pipeline, engine)
    app.add_middleware(SessionMiddleware, secret_key=secret, session_cookie="avec_session",
                       max_age=SESSION_HOURS * 3600, same_site="lax", https_only=secure_cookies)  # fmt: skip
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for module in (
        login,
        home,
        submit,
        transcription,
        relecture,
        history,
        dashboard,
        communicate,
        tools,
        expert,
        practice,  # before learn: /apprendre/pratique is not a module id
        learn,
    ):
        app.include_router(module.router)
    add_gateway(app, pipeline, engine)

    @app.exception_handler(LoginRequired)
    async def _login(request: Request, exc: LoginRequired) -> Response:
        if request.headers.get("hx-request"):
            return Response(status_code=401, headers={"HX-Redirect": "/connexion"})
        return to_login(exc.target)

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, exc: Forbidden) -> Response:
        name = request.session.get("user")
        user = get_user(engine, name) if isinstance(name, str) else None
        return page(request, "error.html", 403, message=str(exc), user=user)

    @app.middleware("http")
    async def _headers(request: Request, call_next: object) -> Response:
        response: Response = await call_next(request)  # type: ignore[operator]
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if response.headers.get("content-type", "").startswith("text/html"):
            response.headers.setdefault(
                "Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                "connect-src 'self'; media-src 'self' blob:; frame-ancestors 'none'; form-action 'self'",
            )
        return response

    return app
