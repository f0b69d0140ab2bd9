"""The processor's energy counters (Intel RAPL, also exposed for AMD by Linux powercap).

Each CPU package has a zone `/sys/class/powercap/intel-rapl:N` whose `energy_uj` counts the
microjoules used since an arbitrary origin and wraps at `max_energy_range_uj`. Since Linux 5.10
only root may read it, and containers usually have no `/sys/class/powercap` at all: `Rapl.open`
returns None whenever no package counter can be read, and the caller falls back to CPU time.

A counter measures the whole package (every process, idle power included), not one request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

POWERCAP = Path("/sys/class/powercap")
_PACKAGE_ZONE = re.compile(r"intel-rapl:\d+")  # top level only: intel-rapl:0:0 is a sub-zone


@dataclass(frozen=True, slots=True)
class Counter:
    path: Path  # the zone's energy_uj
    max_range_uj: int


def delta_uj(start: int, end: int, max_range_uj: int) -> int:
    """Microjoules between two readings of one counter, across at most one wrap-around."""
    return end - start if end >= start else max_range_uj - start + end


class Rapl:
    """The package counters this process can read (one per socket)."""

    def __init__(self, counters: list[Counter]) -> None:
        self.counters = counters

    @classmethod
    def open(cls, root: Path = POWERCAP) -> Rapl | None:
        counters = []
        try:
            zones = sorted(p for p in root.iterdir() if _PACKAGE_ZONE.fullmatch(p.name))
        except OSError:
            return None
        for zone in zones:
            try:
                # psys (whole platform) zones would count the packages twice
                if not (zone / "name").read_text().strip().startswith("package"):
                    continue
                max_range = int((zone / "max_energy_range_uj").read_text())
                int((zone / "energy_uj").read_text())  # readable by this process?
            except (OSError, ValueError):
                continue
            counters.append(Counter(zone / "energy_uj", max_range))
        return cls(counters) if counters else None

    def read(self) -> tuple[int, ...]:
        return tuple(int(c.path.read_text()) for c in self.counters)

    def energy_uj(self, start: tuple[int, ...], end: tuple[int, ...]) -> int:
        """Microjoules used by all packages between two `read()`s."""
        return sum(
            delta_uj(s, e, c.max_range_uj)
            for c, s, e in zip(self.counters, start, end, strict=True)
        )
