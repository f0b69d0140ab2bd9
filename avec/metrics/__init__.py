"""Estimer: the environmental cost of generations and of avec's own checks (docs/metrics.md)."""

from avec.metrics.energy import (
    CpuMeter,
    EnergySettings,
    Impact,
    Total,
    estimate_check_cost,
    estimate_served,
    total,
)

__all__ = [
    "CpuMeter",
    "EnergySettings",
    "Impact",
    "Total",
    "estimate_check_cost",
    "estimate_served",
    "total",
]
