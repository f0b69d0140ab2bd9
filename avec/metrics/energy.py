"""The environmental cost of one generation: energy (Wh), greenhouse gases (gCO2eq), water (L).

A served model is estimated with EcoLogits (a GPU inference server, from the model card's
parameter counts, the output tokens and the latency). The embedded CPU model and avec's own
checks are measured on this machine: RAPL energy counters where readable, else CPU time × a power
per core; × PUE. Every `Impact` says in French how it was obtained. Orders of magnitude only:
see docs/metrics.md. EcoLogits is imported on first use (~0.2 s), never at import.
"""

from __future__ import annotations

import functools
import logging
import math
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from avec.metrics.rapl import POWERCAP, Rapl
from avec.metrics.zones import ZONES

if TYPE_CHECKING:
    from ecologits.utils.range_value import ValueOrRange

Method = Literal["ecologits", "rapl", "cpu_time", "none"]
Range = tuple[float, float]

# The data centre of a served model, when nothing is known of it: PUE from the best EcoLogits
# documents for an AI provider (Google, 1.09) to the industry average (Uptime Institute, 1.58 in
# 2023); on-site water from Mistral AI's 0.09 L/kWh (Sweden) to Google's 0.999, per EcoLogits.
SERVED_PUE: Range = (1.09, 1.58)
SERVED_WUE: Range = (0.09, 0.999)


@dataclass(frozen=True, slots=True)
class Impact:
    """One figure per criterion (None when unknown), the method and, in French, how."""

    energy_wh: float | None
    gco2eq: float | None
    water_l: float | None
    method: Method
    detail: str
    energy_wh_range: Range | None = None  # min–max when EcoLogits gives an interval
    gco2eq_range: Range | None = None
    water_l_range: Range | None = None
    gco2eq_embodied: float | None = None  # manufacturing share of gco2eq (EcoLogits only)


class EnergySettings(BaseModel):
    """How avec turns what it measures on its own machine into energy, GHG and water."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    zone: str = Field(default="FRA", description="electricity mix, ISO 3166-1 alpha-3")
    # Green Algorithms' power for an unknown processor: TDP per core (Lannelongue et al., 2021)
    cpu_watts_per_core: float = Field(default=12.0, gt=0, le=100)
    # Uptime Institute's industry average PUE in 2023; a server room seldom does better
    pue: float = Field(default=1.58, ge=1.0, le=3.0)
    # water evaporated on site (cooling towers), L per kWh of IT energy: none in an air-cooled
    # room; the water used to generate the electricity is counted from the zone
    wue_l_per_kwh: float = Field(default=0.0, ge=0, le=20)

    @field_validator("zone")
    @classmethod
    def _known_zone(cls, zone: str) -> str:
        if zone not in ZONES:
            raise ValueError(
                f"zone de mix électrique inconnue « {zone} » (connues : {', '.join(ZONES)})"
            )
        return zone


def estimate_served(
    params_active_b: float | None,
    params_total_b: float | None,
    output_tokens: int,
    latency_s: float | None,
    zone: str = "FRA",
    *,
    pue: float | Range = SERVED_PUE,
    wue_l_per_kwh: float | Range = SERVED_WUE,
) -> Impact:
    """EcoLogits' estimate for a model served on GPUs (parameters in billions, from the card).

    A card with only one count is taken as a dense model (active = total). `pue` and
    `wue_l_per_kwh` describe the data centre; an interval gives min–max figures.
    """
    active = params_active_b if params_active_b is not None else params_total_b
    whole = params_total_b if params_total_b is not None else params_active_b
    if active is None or whole is None:
        return _unknown(
            "Impact non estimé : la fiche du modèle n'indique pas son nombre de paramètres "
            "(parameters_total_b, et parameters_active_b pour un modèle à experts)."
        )
    version = _load_ecologits()
    from ecologits.electricity_mix_repository import electricity_mixes
    from ecologits.impacts.llm import compute_llm_impacts

    mix = electricity_mixes.find_electricity_mix(zone)
    if mix is None:
        return _unknown(f"Impact non estimé : zone de mix électrique « {zone} » inconnue "
                        f"d'EcoLogits {version}.")  # fmt: skip
    tokens = max(0, output_tokens)
    measured = latency_s is not None and latency_s > 0
    impacts = compute_llm_impacts(
        model_active_parameter_count=active,
        model_total_parameter_count=whole,
        output_token_count=tokens,
        request_latency=latency_s if measured else None,
        if_electricity_mix_adpe=mix.adpe,
        if_electricity_mix_pe=mix.pe,
        if_electricity_mix_gwp=mix.gwp,
        if_electricity_mix_wue=mix.wue,
        datacenter_pue=_bound(pue),
        datacenter_wue=_bound(wue_l_per_kwh),
    )
    energy, energy_range = _split(impacts.energy.value, 1000)  # kWh → Wh
    ghg, ghg_range = _split(impacts.gwp.value, 1000)  # kgCO2eq → g, usage + embodied
    water, water_range = _split(impacts.wcf.value, 1)  # L, usage only
    embodied, _ = _split(impacts.embodied.gwp.value, 1000)
    if params_active_b is None or params_total_b is None:
        size = f"{_billions(whole)} de paramètres (supposé dense)"
    elif active == whole:
        size = f"{_billions(whole)} de paramètres"
    else:
        size = f"{_billions(active)} de paramètres actifs sur {_fr(whole, 3)} au total"
    lat = f"latence {_fr(latency_s or 0, 3)} s" if measured else "latence estimée"
    water_note = " ; eau : facteur mondial par défaut" if any(
        w.code == "electricity-mix-wue-world" for w in mix.warnings
    ) else ""  # fmt: skip
    detail = (
        f"EcoLogits {version} : modèle de {size}, {tokens} jetons générés, {lat}, sur un serveur "
        f"GPU type (H100 80 Go) ; PUE {_span(pue)} ; {_mix(zone, mix.gwp * 1000)}{water_note} ; "
        f"dont {_fr(embodied)} gCO2eq pour la fabrication du matériel."
    )
    return Impact(energy, ghg, water, "ecologits", detail, energy_range, ghg_range, water_range,
                  embodied)  # fmt: skip


def estimate_check_cost(cpu_seconds: float, settings: EnergySettings | None = None) -> Impact:
    """avec's own work for a request (detection, lint, checks), from its CPU time."""
    return _from_cpu_time(
        max(0.0, cpu_seconds), settings or EnergySettings(), "vérifications d'avec : "
    )


class CpuMeter:
    """Measures a block run on this machine (the embedded model): RAPL, else CPU time.

        with CpuMeter(settings) as meter:
            completion = backend.complete(messages)
        impact = meter.impact

    CPU time is the process's (`time.process_time`, every thread), because llama.cpp computes in
    threads of its own; other requests served by the process meanwhile are counted too, so
    concurrent figures are upper bounds. RAPL counts the whole processor, idle power included.
    """

    def __init__(self, settings: EnergySettings | None = None, *,
                 powercap: Path | None = POWERCAP) -> None:  # fmt: skip
        self.settings = settings or EnergySettings()
        self.powercap = powercap  # None: CPU time only
        self.cpu_seconds = 0.0
        self.wall_seconds = 0.0
        self.energy_uj: int | None = None  # RAPL, when readable
        self._rapl: Rapl | None = None
        self._start: tuple[int, ...] = ()
        self._cpu = self._wall = 0.0

    def __enter__(self) -> CpuMeter:
        self._rapl = Rapl.open(self.powercap) if self.powercap is not None else None
        if self._rapl is not None:
            try:
                self._start = self._rapl.read()
            except (OSError, ValueError):
                self._rapl = None
        self._cpu, self._wall = time.process_time(), time.perf_counter()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:  # fmt: skip
        self.cpu_seconds = time.process_time() - self._cpu
        self.wall_seconds = time.perf_counter() - self._wall
        if self._rapl is not None:
            try:
                self.energy_uj = self._rapl.energy_uj(self._start, self._rapl.read())
            except (OSError, ValueError):
                self.energy_uj = None

    @property
    def impact(self) -> Impact:
        if self.energy_uj:  # a counter that did not move (some VMs) is no measurement
            it_wh = self.energy_uj / 3.6e9
            how = f"compteur d'énergie du processeur (RAPL) : {_fr(it_wh)} Wh"
            return _from_it_energy(it_wh, self.settings, "rapl", how)
        return _from_cpu_time(self.cpu_seconds, self.settings)


@dataclass(frozen=True, slots=True)
class Total:
    """Impacts added up (a request's generation and checks, a period, a team)."""

    count: int
    energy_wh: float
    gco2eq: float
    water_l: float
    unknown: int  # impacts without an energy figure, left out of the sums
    methods: dict[str, int]


def total(impacts: Iterable[Impact]) -> Total:
    items = list(impacts)
    return Total(
        count=len(items),
        energy_wh=sum(i.energy_wh for i in items if i.energy_wh is not None),
        gco2eq=sum(i.gco2eq for i in items if i.gco2eq is not None),
        water_l=sum(i.water_l for i in items if i.water_l is not None),
        unknown=sum(1 for i in items if i.energy_wh is None),
        methods=dict(Counter(i.method for i in items)),
    )


def _from_cpu_time(cpu_s: float, settings: EnergySettings, prefix: str = "") -> Impact:
    it_wh = cpu_s * settings.cpu_watts_per_core / 3600
    how = f"{prefix}temps CPU {_fr(cpu_s)} s × {_fr(settings.cpu_watts_per_core, 3)} W par cœur"
    return _from_it_energy(it_wh, settings, "cpu_time", how)


def _from_it_energy(it_wh: float, settings: EnergySettings, method: Method, how: str) -> Impact:
    """From the IT equipment's energy, as EcoLogits does: × PUE, × the zone's factors."""
    zone = ZONES[settings.zone]
    energy = it_wh * settings.pue
    ghg = energy / 1000 * zone.gco2eq_per_kwh
    water = it_wh / 1000 * (settings.wue_l_per_kwh + settings.pue * zone.water_l_per_kwh)
    detail = (
        f"{how} × PUE {_fr(settings.pue, 3)} ; {_mix(settings.zone, zone.gco2eq_per_kwh)} ; "
        "fabrication du matériel non comptée."
    )
    return Impact(energy, ghg, water, method, detail)


def _unknown(detail: str) -> Impact:
    return Impact(None, None, None, "none", detail)


@functools.cache
def _load_ecologits() -> str:
    """Import EcoLogits once, undoing the process-wide `logging.setLoggerClass` it performs."""
    logger_class = logging.getLoggerClass()
    try:
        import ecologits.electricity_mix_repository
        import ecologits.impacts.llm
    finally:
        logging.setLoggerClass(logger_class)
    return ecologits.__version__


def _bound(value: float | Range) -> ValueOrRange:
    from ecologits.utils.range_value import RangeValue

    if isinstance(value, tuple):
        return RangeValue(min=value[0], max=value[1])
    return value


def _split(value: ValueOrRange, scale: float) -> tuple[float, Range | None]:
    """A central figure (the interval's middle, as EcoLogits' `mean`) and the interval."""
    if isinstance(value, int | float):
        return value * scale, None
    return value.mean * scale, (value.min * scale, value.max * scale)


def _mix(zone: str, gco2eq_per_kwh: float) -> str:
    label = ZONES[zone].label if zone in ZONES else zone
    return f"mix électrique {label} ({zone}, {_fr(gco2eq_per_kwh)} gCO2eq/kWh)"


def _span(value: float | Range) -> str:
    if isinstance(value, tuple):
        return f"{_fr(value[0], 3)}–{_fr(value[1], 3)}"
    return _fr(value, 3)


def _billions(n: float) -> str:
    return f"{_fr(n, 3)} milliard{'s' if n >= 2 else ''}"


def _fr(x: float, digits: int = 2) -> str:
    """`x` in French with `digits` significant digits: 0,022 ; 1,58 ; 1 580."""
    if x == 0 or not math.isfinite(x):
        return "0" if x == 0 else str(x)
    decimals = max(0, digits - 1 - math.floor(math.log10(abs(x))))
    text = f"{x:,.{decimals}f}".replace(",", "\u202f").replace(".", ",")
    return text.rstrip("0").rstrip(",") if "," in text else text
