"""Import of the ANSM "Base de données publique des médicaments" (BDPM).

Files (tab separated, no header, ISO-8859-1/Windows-1252), as documented by the ANSM in
"Contenu et format des fichiers téléchargeables dans la BDM" (base-donnees-publique.medicaments.gouv.fr):
- CIS_bdpm.txt: CIS code, denomination ("DOLIPRANE 1000 mg, comprimé"), form, routes, AMM status,
  procedure, marketing state, AMM date, BdM status, EU number, holder(s), reinforced monitoring.
- CIS_COMPO_bdpm.txt: CIS code, element, substance code, substance name, dosage, dosage
  reference, nature (SA active substance / FT therapeutic fraction), SA/FT link number.
The import yields {brand name: [active substances]}, merged into the lexicon at start-up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

CIS_COLUMNS = 12
COMPO_COLUMNS = 8
_DOSAGE_START = re.compile(r"\s+(?=\d|[.,]\d)")


class BdpmError(ValueError):
    """A BDPM file cannot be used (message in French, for the user)."""


@dataclass
class ImportResult:
    lexicon: dict[str, list[str]] = field(default_factory=dict)
    specialities: int = 0
    skipped_lines: list[str] = field(default_factory=list)  # "CIS_bdpm.txt:12: reason"


def decode(data: bytes) -> str:
    """BDPM files are declared ISO-8859-1 but contain Windows-1252 characters (’, œ)."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def brand_of(denomination: str) -> str:
    """'DOLIPRANE 1000 mg, comprimé' -> 'DOLIPRANE'; 'KARDEGIC 75 mg, poudre…' -> 'KARDEGIC'."""
    name = denomination.split(",")[0].strip()
    name = _DOSAGE_START.split(name, maxsplit=1)[0].strip()
    return re.sub(r"\s+", " ", name)


def _rows(path: Path, columns: int, result: ImportResult) -> list[list[str]]:
    if not path.is_file():
        raise BdpmError(f"fichier introuvable : {path}")
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise BdpmError(f"{path.name} : fichier binaire, un fichier texte tabulé est attendu.")
    rows = []
    for number, line in enumerate(decode(data).splitlines(), start=1):
        if not line.strip():
            continue
        cells = [c.strip() for c in line.split("\t")]
        # The ANSM files sometimes end lines with a trailing tab: tolerate extra empty cells.
        while len(cells) > columns and cells[-1] == "":
            cells.pop()
        if len(cells) != columns or not cells[0].isdigit():
            result.skipped_lines.append(
                f"{path.name}:{number}: {len(cells)} colonnes au lieu de {columns}"
            )
            continue
        rows.append(cells)
    return rows


def import_bdpm(cis_file: Path, compo_file: Path) -> ImportResult:
    result = ImportResult()
    brands: dict[str, str] = {}
    for cells in _rows(cis_file, CIS_COLUMNS, result):
        brands[cells[0]] = brand_of(cells[1])
    if not brands:
        raise BdpmError(f"{cis_file.name} : aucune spécialité lisible (format BDPM attendu).")
    result.specialities = len(brands)
    by_cis: dict[str, dict[str, dict[str, str]]] = {}
    for cells in _rows(compo_file, COMPO_COLUMNS, result):
        cis, name, nature, link = cells[0], cells[3], cells[6], cells[7]
        if cis in brands and name:
            by_cis.setdefault(cis, {}).setdefault(link or name, {})[nature] = name
    if not by_cis:
        raise BdpmError(f"{compo_file.name} : aucune composition correspondant aux spécialités.")
    for cis, links in by_cis.items():
        substances: list[str] = []
        for natures in links.values():
            # The therapeutic fraction (FT) names the moiety ("METFORMINE" for its chlorhydrate).
            for nature in ("FT", "SA"):
                if nature in natures and natures[nature] not in substances:
                    substances.append(natures[nature])
        brand = brands[cis]
        merged = result.lexicon.setdefault(brand, [])
        merged.extend(s for s in substances if s not in merged)
    return result
