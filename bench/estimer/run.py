"""Estimer benchmark: the dashboard on a generated history of 100,000 requests.

For SQLite and PostgreSQL: generate the history (bench/estimer/history.py), then time
(1) `gather()` — every indicator query of the page — and (2) the whole page over HTTP in
process (sign-in once, then GET /tableau-de-bord), monthly and weekly, after one warm-up, with
two objectives set; then the fiches outils pages (list, one card). Target: each page ≤ 500 ms.
Writes "## Estimer — tableau de bord".

    python bench/estimer/run.py [--requests 100000] [--repeat 7] [--no-write] [--no-postgres]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import Engine  # noqa: E402

from avec.metrics.dashboard import clear_cache, gather  # noqa: E402
from avec.metrics.objectives import add_objective  # noqa: E402
from avec.pipeline import Pipeline  # noqa: E402
from avec.policy import load_policy  # noqa: E402
from avec.privacy import Vault  # noqa: E402
from avec.store import make_engine, migrate  # noqa: E402
from avec.store.accounts import add_user  # noqa: E402
from avec.web.app import create_app  # noqa: E402
from bench.estimer.history import generate  # noqa: E402
from bench.results import write_section  # noqa: E402
from tests.conftest import postgres_schema  # noqa: E402
from tests.web.workbench import csrf  # noqa: E402

MARKER = "## Estimer — tableau de bord"
PASSWORD = "mot-de-passe-du-banc"


def timed(fn: Callable[[], object], repeat: int, cold: bool = True) -> list[float]:
    """Milliseconds per call; `cold` empties the dashboard's cache first (the store changed)."""
    fn()  # warm-up
    out = []
    for _ in range(repeat):
        if cold:
            clear_cache()
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def measure(engine: Engine, n: int, repeat: int, home: Path) -> dict[str, object]:
    migrate(engine)
    started = time.perf_counter()
    counts = generate(engine, n)
    generated = time.perf_counter() - started
    add_user(engine, "referent", "référent", 3, PASSWORD)
    add_objective(engine, "corrected_share", "<", 0.2, None, "referent")
    add_objective(engine, "checker_precision", ">", 0.8, "consultation_note", "referent")
    pipeline = Pipeline(load_policy(), engine, Vault(home / "vault"))
    out: dict[str, object] = {"generated_s": round(generated, 1), **counts}
    with TestClient(create_app(pipeline, engine, secret="banc"), follow_redirects=False) as client:
        token = csrf(client.get("/connexion").text)
        client.post("/connexion", data={"name": "referent", "password": PASSWORD, "csrf": token})
        for period in ("month", "week"):
            out[f"gather_{period}"] = timed(lambda p=period: gather(engine, p), repeat)  # type: ignore[misc]
            page = f"/tableau-de-bord?periode={period}"
            assert client.get(page).status_code == 200
            out[f"page_{period}"] = timed(lambda pg=page: client.get(pg), repeat)  # type: ignore[misc]
            out[f"warm_{period}"] = timed(lambda pg=page: client.get(pg), repeat, cold=False)  # type: ignore[misc]
        # the fiches outils: the catalogue with each model's figures, and one model's card
        for key, path in (("tools", "/outils"), ("tool", "/outils/local-qwen")):
            assert client.get(path).status_code == 200
            out[key] = timed(lambda pg=path: client.get(pg), repeat, cold=False)  # type: ignore[misc]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args(argv)
    results: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        results["SQLite"] = measure(
            make_engine(f"sqlite:///{home / 'avec.db'}"), args.requests, args.repeat, home
        )
        if not args.no_postgres:
            with postgres_schema("avec_bench") as url:
                engine = make_engine(url)
                results["PostgreSQL"] = measure(engine, args.requests, args.repeat, home)
                engine.dispose()
    lines = [
        f"{MARKER} ({date.today().isoformat()})", "",
        f"Machine: {platform.machine()}, 2 cores, Python {platform.python_version()}. Generated history: "
        f"{args.requests:,} requests over 6 months (bench/estimer/history.py), with reviews, finding "
        "decisions and tasks without AI; two objectives set. Page = the whole dashboard over HTTP in "
        f"process (TestClient, signed-in référent); median and max of {args.repeat} runs after one warm-up. The "
        "dashboard keeps its figures until the store changes (the last audit sequence number is "
        "their version): « recomputed » empties that cache before each run — the figure the target "
        "is judged on — « cached » does not.", "",
        "| database | what | month: median | month: max | week: median | week: max | target | met |",
        "|---|---|---|---|---|---|---|---|",
    ]  # fmt: skip
    for db, r in results.items():
        for what, key in (("indicator queries (`gather`), recomputed", "gather"),
                          ("dashboard page, recomputed (the store changed)", "page"),
                          ("dashboard page, store unchanged (cached)", "warm")):  # fmt: skip
            month, week = r[f"{key}_month"], r[f"{key}_week"]
            assert isinstance(month, list) and isinstance(week, list)
            met = "yes" if key == "page" and max(statistics.median(month), statistics.median(week)) <= 500 else (
                "NO" if key == "page" else "")  # fmt: skip
            lines.append(f"| {db} | {what} | {statistics.median(month):.0f} ms | {max(month):.0f} ms | "
                         f"{statistics.median(week):.0f} ms | {max(week):.0f} ms | {'≤ 500 ms' if key == 'page' else ''} | {met} |")  # fmt: skip
    lines += ["", "Fiches outils (no cache: every figure computed on each visit), same history:", "",
              "| database | page | median | max | target | met |", "|---|---|---|---|---|---|"]  # fmt: skip
    for db, r in results.items():
        for what, key in (("`/outils`, every model's figures", "tools"),
                          ("`/outils/local-qwen`, one model's card", "tool")):  # fmt: skip
            runs = r[key]
            assert isinstance(runs, list)
            met = "yes" if statistics.median(runs) <= 500 else "NO"
            lines.append(
                f"| {db} | {what} | {statistics.median(runs):.0f} ms | {max(runs):.0f} ms | ≤ 500 ms | {met} |"
            )
    lines.append("")
    for db, r in results.items():
        lines.append(f"{db}: history generated in {r['generated_s']} s ({r['requests']:,} requests, "
                     f"{r['reviews']:,} reviews, {r['decisions']:,} finding decisions, {r['manual']:,} tasks without AI).")  # fmt: skip
    section = "\n".join(lines)
    print(section)
    if not args.no_write:
        write_section(MARKER, section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
