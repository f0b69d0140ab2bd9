"""`avec serve`: the gateway (and later the web workbench) on one port."""

from __future__ import annotations

from typing import Annotated

import typer


def serve(
    host: Annotated[str, typer.Option("--host", help="Adresse d'écoute.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port.")] = 8000,
) -> None:
    import uvicorn

    from avec.cli.run import _pipeline
    from avec.web.gateway import create_app

    pipeline = _pipeline()
    typer.echo(
        f"avec : passerelle sur http://{host}:{port} (POST /v1/chat/completions, GET /v1/models)"
    )
    uvicorn.run(create_app(pipeline, pipeline.engine), host=host, port=port, log_level="warning")
