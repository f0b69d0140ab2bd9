"""Electricity impact factors per zone (ISO 3166-1 alpha-3), for the costs avec measures itself.

Copied from EcoLogits 0.11.3 (`ecologits/data/electricity_mixes.json`), so that a figure
measured on avec's own machine and a figure EcoLogits estimates for a served model use the same
factors for the same zone; sources and caveats in SOURCES.md beside this file.
"""

from __future__ import annotations

from typing import NamedTuple


class Zone(NamedTuple):
    label: str  # French, for the page
    gco2eq_per_kwh: float  # life-cycle GHG intensity of the electricity consumed
    water_l_per_kwh: float  # water consumed to generate it (off-site), litres per kWh


ZONES: dict[str, Zone] = {
    "FRA": Zone("France", 41.44, 3.6737),
    "BEL": Zone("Belgique", 149.82, 2.6198),
    "CHE": Zone("Suisse", 39.22, 5.6641),
    "DEU": Zone("Allemagne", 329.65, 1.947),
    "ESP": Zone("Espagne", 153.6, 6.2088),
    "ITA": Zone("Italie", 284.78, 4.8374),
    "LUX": Zone("Luxembourg", 123.38, 12.7784),
    "NLD": Zone("Pays-Bas", 253.56, 3.433),
    "GBR": Zone("Royaume-Uni", 217.41, 2.329),
    "IRL": Zone("Irlande", 256.54, 1.4769),
    "SWE": Zone("Suède", 35.26, 6.0315),
    "POL": Zone("Pologne", 588.6, 2.5135),
    "EEE": Zone("Europe (moyenne)", 282.68, 3.908),  # water: EcoLogits uses the world value
    "USA": Zone("États-Unis", 384.4, 3.1321),
    "CAN": Zone("Canada", 190.72, 8.1662),
    "WOR": Zone("Monde (moyenne)", 458.29, 3.908),
}
