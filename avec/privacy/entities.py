"""What the detector finds: typed spans of identifying text.

Labels follow AP-HP's eds-pseudo set (the reference for French clinical de-identification)
plus the national identifiers a French document also carries (RPPS/ADELI, FINESS, INS, IBAN)
and web addresses.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Label(StrEnum):
    NOM = "NOM"
    PRENOM = "PRENOM"
    DATE_NAISSANCE = "DATE_NAISSANCE"
    DATE = "DATE"
    ADRESSE = "ADRESSE"
    VILLE = "VILLE"
    ZIP = "ZIP"
    TEL = "TEL"
    MAIL = "MAIL"
    SECU = "SECU"
    INS = "INS"
    IPP = "IPP"
    NDA = "NDA"
    HOPITAL = "HOPITAL"
    RPPS = "RPPS"
    FINESS = "FINESS"
    IBAN = "IBAN"
    URL = "URL"


# When two detections overlap, the more specific and better validated one wins.
PRIORITY: dict[Label, int] = {
    Label.SECU: 100, Label.INS: 100, Label.IBAN: 100, Label.MAIL: 95, Label.URL: 94,
    Label.RPPS: 90, Label.FINESS: 90, Label.IPP: 88, Label.NDA: 88, Label.TEL: 85,
    Label.DATE_NAISSANCE: 80, Label.DATE: 75, Label.HOPITAL: 70, Label.ADRESSE: 65,
    Label.ZIP: 60, Label.NOM: 50, Label.PRENOM: 50, Label.VILLE: 40,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Entity:
    """One identifier: `text[start:end]`, its label, which recognizer found it and why."""

    start: int
    end: int
    label: Label
    text: str
    recognizer: str
    explanation: str
    score: float = 1.0

    def overlaps(self, other: Entity) -> bool:
        return self.start < other.end and other.start < self.end

    @property
    def length(self) -> int:
        return self.end - self.start
