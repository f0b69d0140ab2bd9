"""Gateway benchmark: what avec adds per request, and a sustained concurrent load.

Against a local fake OpenAI-compatible upstream that answers instantly (tests/llm/fake_openai.py):
1. overhead per request for a 5,000-character source — the gateway's end-to-end latency minus
   the same request sent straight to the upstream — p50/p95 over N requests, one client;
2. a load of C concurrent clients for S seconds: errors, audit events (two per request: request
   and findings) against requests served, chain verified.
Writes the "## Gouverner — passerelle" section of bench/RESULTS.md.

    python bench/gateway/run.py [--requests 200] [--clients 20] [--seconds 60] [--no-write]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import yaml  # noqa: E402

from avec.policy import default_policy_path  # noqa: E402
from avec.store import export, make_engine, migrate, verify  # noqa: E402
from avec.store.accounts import create_key  # noqa: E402
from bench.results import write_section  # noqa: E402
from tests.llm.fake_openai import FakeOpenAI, Reply  # noqa: E402
from tests.web.server import free_port  # noqa: E402

MARKER = "## Gouverner — passerelle"
PARAGRAPH = (
    "Mme Jeanne KERHERVÉ, née le 12/03/1952, IPP 8003456721, tél. 06 12 34 56 78, vue ce jour "
    "pour une toux fébrile depuis 3 jours. Antécédents : HTA, diabète de type 2. Traitement : "
    "Lévothyrox 75 µg le matin, metformine 1000 mg matin et soir, amlodipine 5 mg le soir. "
    "Examen : T° 38,2 °C, PA 130/80 mmHg, FC 92/min, SpO2 95 %, crépitants à la base droite. "
)


def source(chars: int = 5000) -> str:
    text = ""
    while len(text) < chars:
        text += PARAGRAPH
    return text[:chars]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def wait_until_up(base: str, seconds: float = 120.0) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("avec serve did not start")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)

    home = Path(tempfile.mkdtemp(prefix="avec-bench-"))
    with FakeOpenAI() as upstream:
        data = yaml.safe_load(default_policy_path().read_text(encoding="utf-8"))
        data["models"].insert(0, {"id": "site-llm", "label": "fake", "backend": "openai", "provider": "bench",
                                  "endpoint": upstream.url, "hosting": "local"})  # fmt: skip
        # the benchmark measures avec's work, not its rate limits
        data["limits"] = {"requests_per_minute_per_key": 1_000_000, "daily_tokens_per_key": None}
        (home / "policy.yaml").write_text(
            yaml.safe_dump(data, allow_unicode=True), encoding="utf-8"
        )
        engine = make_engine(f"sqlite:///{home / 'avec.db'}")
        migrate(engine)
        key = create_key(engine, "bench")
        # `avec serve` in its own process, as deployed: the client does not share its interpreter
        port = free_port()
        env = {**os.environ, "AVEC_HOME": str(home)}
        env.pop("AVEC_DATABASE_URL", None)
        server = subprocess.Popen([sys.executable, "-m", "avec", "serve", "--port", str(port)], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base)
        text = source()
        body = {"model": "site-llm", "messages": [{"role": "user", "content": text}]}
        headers = {"Authorization": f"Bearer {key}", "X-Avec-Use-Case": "consultation_note"}
        reply = "Note : " + text[:1500]

        def answer() -> None:
            upstream.script.append(Reply(reply))

        with httpx.Client(timeout=60) as client:
            for _ in range(5):  # warm-up: model load, caches
                answer()
                client.post(f"{base}/v1/chat/completions", json=body, headers=headers)
            direct, through = [], []
            for _ in range(args.requests):
                answer()
                t0 = time.perf_counter()
                client.post(f"{upstream.url}/chat/completions", json=body)
                direct.append(time.perf_counter() - t0)
                answer()
                t0 = time.perf_counter()
                r = client.post(f"{base}/v1/chat/completions", json=body, headers=headers)
                through.append(time.perf_counter() - t0)
                assert r.status_code == 200, r.text
        overhead = [(b - a) * 1000 for a, b in zip(direct, through, strict=True)]
        before = sum(1 for _ in export(engine))
        load = run_load(base, headers, body, upstream, reply, args.clients, args.seconds)
        after = list(export(engine))
        verdict = verify(engine)
        server.terminate()
        server.wait(30)

    events_added = len(after) - before
    served = load["ok"]
    lines = [
        f"{MARKER} ({date.today().isoformat()})",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; SQLite; "
        "`avec serve` in its own process; fake upstream answering instantly; default detector (rules + NER on demand) "
        "and the use case's checks.",
        "| figure | measured | target | met |\n|---|---|---|---|\n"
        f"| overhead p50 (5,000-char source) | {statistics.median(overhead):.0f} ms | | |\n"
        f"| overhead p95 | {percentile(overhead, 0.95):.0f} ms | ≤ 150 ms | "
        f"{'yes' if percentile(overhead, 0.95) <= 150 else 'NO'} |\n"
        f"| load: errors | {load['errors']} of {load['ok'] + load['errors']} | 0 | {'yes' if load['errors'] == 0 else 'NO'} |\n"
        f"| load: audit events lost | {2 * served - events_added} | 0 | {'yes' if events_added == 2 * served else 'NO'} |\n"
        f"| load: chain intact | {'yes' if verdict.intact else 'NO'} | yes | {'yes' if verdict.intact else 'NO'} |",
        f"Overhead = gateway round trip minus the same request sent straight to the upstream, {args.requests} "
        f"sequential requests after 5 warm-up ones. Load: {args.clients} concurrent clients for {args.seconds:.0f} s, "
        f"{served} requests served ({served / args.seconds:.1f}/s), latency p50 {load['p50']:.0f} ms, "
        f"p95 {load['p95']:.0f} ms; {events_added} audit events added, chain of {verdict.checked} events verified.",
    ]  # fmt: skip
    section = "\n\n".join(lines) + "\n"
    print(section)
    if not args.no_write:
        write_section(MARKER, section)
    return 0


def run_load(base: str, headers: dict[str, str], body: dict[str, Any], upstream: FakeOpenAI, reply: str,
             clients: int, seconds: float) -> dict[str, Any]:  # fmt: skip
    upstream.script.clear()
    upstream.default = Reply(reply)
    stop = time.perf_counter() + seconds
    lock = threading.Lock()
    stats: dict[str, Any] = {"ok": 0, "errors": 0, "latencies": []}

    def client_loop() -> None:
        with httpx.Client(timeout=120) as client:
            while time.perf_counter() < stop:
                t0 = time.perf_counter()
                try:
                    r = client.post(f"{base}/v1/chat/completions", json=body, headers=headers)
                    good = r.status_code == 200
                except httpx.HTTPError:
                    good = False
                with lock:
                    stats["ok" if good else "errors"] += 1
                    stats["latencies"].append((time.perf_counter() - t0) * 1000)

    threads = [threading.Thread(target=client_loop) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    lat = stats["latencies"] or [0.0]
    return {
        "ok": stats["ok"],
        "errors": stats["errors"],
        "p50": statistics.median(lat),
        "p95": percentile(lat, 0.95),
    }


if __name__ == "__main__":
    raise SystemExit(main())
