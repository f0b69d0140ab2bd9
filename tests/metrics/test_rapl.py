"""The RAPL reader on a fake powercap directory."""

from __future__ import annotations

from pathlib import Path

from avec.metrics.rapl import Rapl, delta_uj


def _zone(root: Path, name: str, label: str, energy: str, max_range: str = "262143328850") -> Path:
    zone = root / name
    zone.mkdir()
    (zone / "name").write_text(label + "\n")
    (zone / "energy_uj").write_text(energy + "\n")
    (zone / "max_energy_range_uj").write_text(max_range + "\n")
    return zone


def test_delta_without_and_with_wrap_around() -> None:
    assert delta_uj(100, 350, 1000) == 250
    assert delta_uj(900, 50, 1000) == 150
    assert delta_uj(7, 7, 1000) == 0


def test_packages_are_summed_sub_zones_and_psys_ignored(tmp_path: Path) -> None:
    p0 = _zone(tmp_path, "intel-rapl:0", "package-0", "1000")
    p1 = _zone(tmp_path, "intel-rapl:1", "package-1", "262143328000")
    _zone(tmp_path, "intel-rapl:0:0", "core", "10")
    _zone(tmp_path, "intel-rapl:2", "psys", "10")
    (tmp_path / "intel-rapl").mkdir()  # the control type directory
    rapl = Rapl.open(tmp_path)
    assert rapl is not None and [c.path.parent for c in rapl.counters] == [p0, p1]
    start = rapl.read()
    (p0 / "energy_uj").write_text("3000\n")
    (p1 / "energy_uj").write_text("150\n")  # wrapped
    assert rapl.energy_uj(start, rapl.read()) == 2000 + 850 + 150


def test_no_readable_counter_means_no_rapl(tmp_path: Path) -> None:
    assert Rapl.open(tmp_path / "missing") is None
    assert Rapl.open(tmp_path) is None  # empty powercap
    _zone(tmp_path, "intel-rapl:0", "package-0", "")  # as read without permission in some VMs
    _zone(tmp_path, "intel-rapl:1", "package-1", "12", max_range="n/a")
    assert Rapl.open(tmp_path) is None
    _zone(tmp_path, "intel-rapl:2", "package-2", "12")
    rapl = Rapl.open(tmp_path)
    assert rapl is not None and len(rapl.counters) == 1


def test_the_machine_counters_if_any_are_read() -> None:
    rapl = Rapl.open()  # usually None in containers; real counters otherwise
    if rapl is not None:
        start = rapl.read()
        assert rapl.energy_uj(start, rapl.read()) >= 0
