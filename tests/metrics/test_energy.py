"""Estimer: EcoLogits for served models, measurement for the embedded model and avec's checks."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from pydantic import ValidationError

from avec.metrics import (
    CpuMeter,
    EnergySettings,
    Impact,
    estimate_check_cost,
    estimate_served,
    total,
)
from avec.metrics.zones import ZONES


def _energy(impact: Impact) -> float:
    assert impact.method == "ecologits", impact.detail
    assert impact.energy_wh is not None
    return impact.energy_wh


def test_served_gives_positive_figures_with_their_method() -> None:
    impact = estimate_served(1.5, 1.5, 300, 12.0)
    assert impact.method == "ecologits"
    assert impact.energy_wh is not None and impact.energy_wh > 0
    assert impact.gco2eq is not None and impact.gco2eq > 0
    assert impact.water_l is not None and impact.water_l > 0
    assert impact.gco2eq_embodied is not None and 0 < impact.gco2eq_embodied < impact.gco2eq
    assert "EcoLogits" in impact.detail and "1,5 milliard de paramètres" in impact.detail
    assert "mix électrique France (FRA" in impact.detail


def test_served_energy_grows_with_output_tokens() -> None:
    figures = [_energy(estimate_served(7, 7, n, None)) for n in (10, 100, 1000)]
    assert figures == sorted(figures) and figures[0] < figures[-1]
    assert figures[-1] == pytest.approx(10 * figures[1], rel=0.01)  # per token


def test_served_energy_grows_with_parameters() -> None:
    figures = [_energy(estimate_served(p, p, 300, None)) for p in (1.5, 8, 70, 400)]
    assert figures == sorted(figures) and figures[0] < figures[-1]


def test_total_parameters_set_the_gpu_count() -> None:
    moe = _energy(estimate_served(13, 47, 300, None))
    dense = _energy(estimate_served(13, 13, 300, None))
    assert moe > dense  # 47 G parameters need more GPUs than 13 G
    assert (
        "13 milliards de paramètres actifs sur 47 au total"
        in estimate_served(13, 47, 300, None).detail
    )


def test_zone_changes_ghg_not_energy() -> None:
    fra = estimate_served(7, 7, 300, 8.0, "FRA")
    deu = estimate_served(7, 7, 300, 8.0, "DEU")
    assert fra.energy_wh == deu.energy_wh
    assert fra.gco2eq is not None and deu.gco2eq is not None
    assert deu.gco2eq > 3 * fra.gco2eq
    assert fra.gco2eq_embodied == deu.gco2eq_embodied  # manufacturing does not depend on it


def test_a_known_data_centre_gives_single_figures_an_unknown_one_a_range() -> None:
    unknown = estimate_served(7, 7, 300, None)
    assert unknown.energy_wh_range is not None
    low, high = unknown.energy_wh_range
    assert 0 < low < _energy(unknown) < high
    assert unknown.gco2eq_range is not None and unknown.water_l_range is not None
    known = estimate_served(7, 7, 300, None, pue=1.2, wue_l_per_kwh=0.569)
    assert known.energy_wh_range is None and "PUE 1,2 ;" in known.detail
    assert low < _energy(known) < high


def test_one_parameter_count_is_taken_as_a_dense_model() -> None:
    both = estimate_served(7, 7, 300, None)
    for impact in (estimate_served(None, 7, 300, None), estimate_served(7, None, 300, None)):
        assert impact.energy_wh == both.energy_wh
        assert "supposé dense" in impact.detail


def test_unknown_parameters_give_no_figure_and_say_why() -> None:
    impact = estimate_served(None, None, 300, 5.0)
    assert impact.method == "none"
    assert (impact.energy_wh, impact.gco2eq, impact.water_l) == (None, None, None)
    assert "nombre de paramètres" in impact.detail


def test_unknown_zone_gives_no_figure() -> None:
    impact = estimate_served(7, 7, 300, None, "ATLANTIS")
    assert impact.method == "none" and "ATLANTIS" in impact.detail


def test_no_token_costs_nothing() -> None:
    impact = estimate_served(7, 7, 0, 0.0)
    assert impact.energy_wh == 0 and impact.gco2eq == 0


def test_cpu_meter_on_a_busy_loop_measures_cpu_time() -> None:
    settings = EnergySettings()
    with CpuMeter(settings, powercap=None) as meter:
        sum(i * i for i in range(300_000))
    assert meter.cpu_seconds > 0 and meter.wall_seconds > 0 and meter.energy_uj is None
    impact = meter.impact
    assert impact.method == "cpu_time"
    assert impact.energy_wh == pytest.approx(meter.cpu_seconds * 12.0 / 3600 * 1.58)
    assert impact.gco2eq is not None and impact.gco2eq > 0
    assert impact.water_l is not None and impact.water_l > 0
    assert "temps CPU" in impact.detail and "12 W par cœur" in impact.detail
    assert "PUE 1,58" in impact.detail


def test_cpu_meter_without_readable_counters_falls_back(tmp_path: Path) -> None:
    with CpuMeter(powercap=tmp_path / "absent") as meter:
        sum(range(10_000))
    assert meter.impact.method == "cpu_time"


def test_cpu_meter_reads_rapl_with_a_wrap_around(tmp_path: Path) -> None:
    zone = tmp_path / "intel-rapl:0"
    zone.mkdir()
    (zone / "name").write_text("package-0\n")
    (zone / "max_energy_range_uj").write_text("1000000000\n")
    (zone / "energy_uj").write_text("999000000\n")
    settings = EnergySettings(pue=1.2)
    with CpuMeter(settings, powercap=tmp_path) as meter:
        (zone / "energy_uj").write_text("2600000\n")  # wrapped: 1 000 000 + 2 600 000 µJ
    assert meter.energy_uj == 3_600_000
    impact = meter.impact
    assert impact.method == "rapl"
    assert impact.energy_wh == pytest.approx(3.6 / 3600 * 1.2)  # 1 mWh of IT energy × PUE
    assert "RAPL" in impact.detail and "PUE 1,2" in impact.detail


def test_a_counter_that_does_not_move_is_no_measurement(tmp_path: Path) -> None:
    zone = tmp_path / "intel-rapl:0"
    zone.mkdir()
    (zone / "name").write_text("package-0\n")
    (zone / "max_energy_range_uj").write_text("1000000000\n")
    (zone / "energy_uj").write_text("5\n")
    with CpuMeter(powercap=tmp_path) as meter:
        sum(range(10_000))
    assert meter.energy_uj == 0 and meter.impact.method == "cpu_time"


def test_the_cpu_figure_uses_the_zone_and_the_settings() -> None:
    fra = estimate_check_cost(10.0)
    pol = estimate_check_cost(10.0, EnergySettings(zone="POL"))
    assert fra.energy_wh == pol.energy_wh
    assert fra.gco2eq is not None and pol.gco2eq is not None and pol.gco2eq > 10 * fra.gco2eq
    wet = estimate_check_cost(10.0, EnergySettings(wue_l_per_kwh=1.8))
    assert wet.water_l is not None and fra.water_l is not None and wet.water_l > fra.water_l
    assert wet.energy_wh == fra.energy_wh


def test_check_cost_from_cpu_seconds() -> None:
    settings = EnergySettings(cpu_watts_per_core=7.5, pue=1.2)
    impact = estimate_check_cost(12.3, settings)
    assert impact.method == "cpu_time"
    assert impact.energy_wh == pytest.approx(12.3 * 7.5 / 3600 * 1.2)
    assert impact.gco2eq == pytest.approx(impact.energy_wh / 1000 * ZONES["FRA"].gco2eq_per_kwh)
    assert impact.detail.startswith("vérifications d'avec : temps CPU 12 s × 7,5 W par cœur")
    assert estimate_check_cost(-1).energy_wh == 0


def test_settings_refuse_unknown_zones_and_keys() -> None:
    with pytest.raises(ValidationError, match="zone de mix électrique inconnue"):
        EnergySettings(zone="XYZ")
    with pytest.raises(ValidationError):
        EnergySettings.model_validate({"zone": "FRA", "pue_site": 1.3})
    with pytest.raises(ValidationError):
        EnergySettings(pue=0.9)


def test_total_adds_known_figures_and_counts_the_rest() -> None:
    impacts = [estimate_served(7, 7, 300, None), estimate_check_cost(1.0),
               estimate_served(None, None, 300, None)]  # fmt: skip
    t = total(impacts)
    assert t.count == 3 and t.unknown == 1
    assert t.methods == {"ecologits": 1, "cpu_time": 1, "none": 1}
    assert t.energy_wh == pytest.approx(_energy(impacts[0]) + (impacts[1].energy_wh or 0))


def test_zone_factors_are_those_of_the_installed_ecologits() -> None:
    data = resources.files("ecologits") / "data" / "electricity_mixes.json"
    mixes = {m["name"]: m for m in json.loads(data.read_text())["electricity_mixes"]}
    for code, zone in ZONES.items():
        assert zone.gco2eq_per_kwh == pytest.approx(mixes[code]["gwp"] * 1000, abs=0.005), code
        assert zone.water_l_per_kwh == pytest.approx(mixes[code]["wue"], abs=1e-4), code


def test_importing_the_module_does_not_import_ecologits() -> None:
    code = "import sys, avec.metrics; print('ecologits' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
