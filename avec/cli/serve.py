"""`avec serve`: the gateway (and later the web workbench) on one port."""

from __future__ import annotations

import gc
import os
import secrets
from typing import Annotated, Any

import typer

# A short text that exercises every recognizer, the NER and every checker once at start-up.
_WARM_UP = (
    "Mme Jeanne Vuillermoz, née le 12/03/1952, IPP 8003456721, tél. 06 12 34 56 78, habite "
    "3 rue des Lilas à Quimper. Son fils Kévin Lagadec l'accompagne. Pas de fièvre. "
    "Doliprane 1 g matin et soir pendant 5 jours, genou droit, HbA1c 7,2 %."
)


def warm_up(pipeline: Any) -> None:
    """Load what the first request would load (site patterns, lexicons, the NER model, the
    checkers), then move this long-lived heap out of the cyclic garbage collector's sight.

    Without it the first request pays the loading, and every full collection (one every
    ~70 gateway requests) walks the lexicons and the spaCy model again: ~100 ms, with the
    GIL held, the worst of the gateway's latency tail (measured in bench/gateway).
    """
    from avec.privacy import Detector, ner
    from avec.verify import Verifier

    if pipeline.detector is None:
        pipeline.detector = Detector.from_policy(pipeline.policy)
    ner.available()
    pipeline.detector.detect(_WARM_UP)
    ner.entities(_WARM_UP)
    for case in pipeline.policy.use_cases:
        Verifier(case.checks).check(_WARM_UP, _WARM_UP)
    gc.collect()
    gc.freeze()


def serve(
    host: Annotated[str, typer.Option("--host", help="Adresse d'écoute.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port.")] = 8000,
    secure_cookies: Annotated[
        bool,
        typer.Option(
            "--secure-cookies", help="Cookies de session réservés à HTTPS (derrière un proxy TLS)."
        ),
    ] = False,
) -> None:
    import uvicorn

    from avec.cli.run import _pipeline
    from avec.web.app import create_app

    pipeline = _pipeline()
    app = create_app(pipeline, pipeline.engine, secret=session_secret(),
                     secure_cookies=secure_cookies or os.environ.get("AVEC_SECURE_COOKIES") == "1")  # fmt: skip
    warm_up(pipeline)
    typer.echo(f"avec : atelier sur http://{host}:{port}/ ; passerelle OpenAI-compatible sur "
               f"http://{host}:{port}/v1 (POST /v1/chat/completions, GET /v1/models)")  # fmt: skip
    uvicorn.run(app, host=host, port=port, log_level="warning")


def session_secret() -> str:
    """The key that signs session cookies: AVEC_HOME/secret.key (created by `avec init`, or here)."""
    from avec.clinical.resources import user_data_dir

    path = user_data_dir() / "secret.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process made it first
            return path.read_text(encoding="utf-8").strip()
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_urlsafe(48))
    return path.read_text(encoding="utf-8").strip()
