"""The Estimer dashboard: indicators with filters, CSV behind the charts, objectives, roles."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from avec.store import export
from tests.metrics.test_indicators import FIXTURE, store  # noqa: F401  (fixture)
from tests.web.workbench import csrf, sign_in, workbench


@pytest.fixture
def bench(store: Engine, tmp_path: Path) -> Iterator[Any]:  # noqa: F811
    with workbench(store, tmp_path) as (client, _, _):
        yield client


def rows(client: Any, query: str) -> list[dict[str, str]]:
    response = client.get(f"/tableau-de-bord/donnees.csv?{query}")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))


def test_a_referent_sees_everyones_indicators_and_the_csv_behind_them(bench: Any) -> None:
    sign_in(bench, "rita")
    page = bench.get("/tableau-de-bord")
    assert (
        page.status_code == 200
        and 'id="chart-data"' in page.text
        and "Fixer l&#39;objectif" in page.text
    )
    months = {r["period"]: r for r in rows(bench, "serie=indicateurs")}
    assert int(months["2026-09"]["volume"]) == sum(r.created.startswith("2026-09") for r in FIXTURE)
    only = rows(bench, "serie=indicateurs&cas=discharge_letter")
    assert sum(int(r["volume"]) for r in only) == 2
    precision = rows(bench, "serie=precision")
    assert {r["check"] for r in precision} == {"quantities", "drugs"}
    findings = rows(bench, "serie=constats")
    assert sum(int(r["n"]) for r in findings) == sum(r.errors for r in FIXTURE)
    assert "EcoLogits" in page.text and "Vérifications d&#39;avec" in page.text


def test_a_professional_sees_only_their_own(bench: Any) -> None:
    sign_in(bench, "alice")
    page = bench.get("/tableau-de-bord?utilisateur=bruno")  # ignored: not a référent
    assert "mes indicateurs" in page.text and "Fixer l&#39;objectif" not in page.text
    mine = rows(bench, "serie=indicateurs&utilisateur=bruno")
    assert sum(int(r["volume"]) for r in mine) == sum(r.owner == "alice" for r in FIXTURE)


def test_objectives_status_and_who_may_set_them(bench: Any, store: Engine) -> None:  # noqa: F811
    sign_in(bench, "alice")
    token = csrf(bench.get("/tableau-de-bord").text)
    refused = bench.post("/tableau-de-bord/objectifs", data={"indicator": "corrected_share",
                         "comparator": "<", "target": "20", "csrf": token})  # fmt: skip
    assert refused.status_code == 403
    sign_in(bench, "rita")
    token = csrf(bench.get("/tableau-de-bord").text)
    done = bench.post("/tableau-de-bord/objectifs", data={"indicator": "corrected_share",
                      "comparator": "<", "target": "20 %", "csrf": token})  # fmt: skip
    assert done.status_code == 303
    page = bench.get("/tableau-de-bord").text
    # October: both validated propositions were corrected → 100 % ≥ 20 %: not met, worse than September
    assert "part des propositions corrigées &lt; 20 %" in page and "non atteint" in page
    assert "en dégradation" in page
    bad = bench.post("/tableau-de-bord/objectifs", data={"indicator": "corrected_share",
                     "comparator": "<", "target": "beaucoup", "csrf": token})  # fmt: skip
    assert "erreur=" in bad.headers["location"]
    assert any(e["kind"] == "objective_set" for e in export(store))
