"""Each stored request carries its environmental cost and the method that produced it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from avec.pipeline import Pipeline
from avec.policy import default_policy_path, parse_policy
from avec.privacy import Detector, Vault
from avec.store.tables import Request
from tests.llm.fake_openai import FakeOpenAI, Reply

SOURCE = "Toux depuis 3 jours. Traitement : Lévothyrox 75 µg le matin."


@pytest.fixture
def upstream() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


def pipeline(engine: Engine, tmp_path: Path, url: str, **card: object) -> Pipeline:
    data = yaml.safe_load(default_policy_path().read_text(encoding="utf-8"))
    data["models"].insert(0, {"id": "site-llm", "label": "S", "backend": "openai", "provider": "t",
                              "endpoint": url, "hosting": "cloud (HDS)", **card})  # fmt: skip
    data["energy"] = {"zone": "FRA"}
    return Pipeline(parse_policy(yaml.safe_dump(data, allow_unicode=True)), engine,
                    Vault(tmp_path / "v"), detector=Detector(use_ner=False))  # fmt: skip


def stored(engine: Engine, request_id: str) -> Request:
    with Session(engine) as session:
        row = session.execute(select(Request).where(Request.id == request_id)).scalar_one()
        session.expunge(row)
        return row


def test_a_served_model_is_estimated_with_ecologits(
    upstream: FakeOpenAI, engine: Engine, tmp_path: Path
) -> None:
    upstream.script.append(Reply("Toux depuis 3 jours."))
    out = pipeline(engine, tmp_path, upstream.url, parameters_total_b=24.0).run(
        "reformulation", SOURCE, level=1)  # fmt: skip
    row = stored(engine, out.request_id)
    assert row.energy_method == "ecologits" and row.energy_wh and row.energy_wh > 0
    assert row.gco2eq and row.gco2eq > 0 and row.check_ms is not None and row.check_ms >= 0
    assert out.impact is not None and "EcoLogits" in out.impact.detail


def test_a_card_without_parameter_counts_is_not_estimated(
    upstream: FakeOpenAI, engine: Engine, tmp_path: Path
) -> None:
    upstream.script.append(Reply("Toux depuis 3 jours."))
    out = pipeline(engine, tmp_path, upstream.url).run("reformulation", SOURCE, level=1)
    row = stored(engine, out.request_id)
    assert row.energy_method == "none" and row.energy_wh is None


def test_the_rules_structurer_is_measured_on_this_machine(
    upstream: FakeOpenAI, engine: Engine, tmp_path: Path
) -> None:
    out = pipeline(engine, tmp_path, upstream.url).run(
        "consultation_note", SOURCE, level=1, model_id="sans-ia")  # fmt: skip
    row = stored(engine, out.request_id)
    assert row.energy_method in ("cpu_time", "rapl") and row.energy_wh is not None
