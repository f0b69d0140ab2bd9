"""Dates and dates of birth, addresses, postal codes, towns and establishments."""

from __future__ import annotations

import pytest

from avec.privacy import Detector
from tests.privacy.conftest import spans

FOUND = [
    ("née le 12/03/1952 à Brest", "DATE_NAISSANCE", "12/03/1952"),
    ("Brest le 12/03/2025\nCher confrère,", "VILLE", "Brest"),
    ("DDN : 03.04.1948", "DATE_NAISSANCE", "03.04.1948"),
    ("Date de naissance : 1er mars 1960", "DATE_NAISSANCE", "1er mars 1960"),
    (
        "né le douze mars mille neuf cent cinquante-deux",
        "DATE_NAISSANCE",
        "douze mars mille neuf cent cinquante-deux",
    ),
    ("hospitalisée du 3 avril au 10 avril 2025", "DATE", "10 avril 2025"),
    ("entrée le 2025-04-03", "DATE", "2025-04-03"),
    ("revue le 12/03, puis en avril 2024", "DATE", "12/03"),
    ("revue le 12/03, puis en avril 2024", "DATE", "avril 2024"),
    ("Adresse : 12 rue Victor Hugo, 35000 Rennes", "ADRESSE", "12 rue Victor Hugo"),
    ("Adresse : 12 rue Victor Hugo, 35000 Rennes", "ZIP", "35000"),
    ("Adresse : 12 rue Victor Hugo, 35000 Rennes", "VILLE", "Rennes"),
    ("3 bis avenue de la Libération\n29000 QUIMPER", "ADRESSE", "3 bis avenue de la Libération"),
    ("3 bis avenue de la Libération\n29000 QUIMPER", "VILLE", "QUIMPER"),
    ("Lieu-dit Kerbiquet, 29120 Pont-l'Abbé", "ADRESSE", "Lieu-dit Kerbiquet"),
    ("29120 Saint-Jean-de-Luz Cedex", "VILLE", "Saint-Jean-de-Luz"),
    ("domiciliée à Quimper depuis 2010", "VILLE", "Quimper"),
    ("Transférée au CHU de Rennes pour avis.", "HOPITAL", "CHU de Rennes"),
    (
        "Suivi à l'Hôpital Européen Georges-Pompidou.",
        "HOPITAL",
        "Hôpital Européen Georges-Pompidou",
    ),
    ("Retour à l'EHPAD Les Tilleuls.", "HOPITAL", "EHPAD Les Tilleuls"),
    (
        "Centre hospitalier de Cornouaille, service de médecine",
        "HOPITAL",
        "Centre hospitalier de Cornouaille",
    ),
]


@pytest.mark.parametrize(("text", "label", "expected"), FOUND)
def test_found(rules: Detector, text: str, label: str, expected: str) -> None:
    assert (label, expected) in spans(rules.detect(text))


NOT_FOUND = [
    ("Prendre 1/2 comprimé le soir, EVA 3/10.", {"DATE", "DATE_NAISSANCE"}),
    ("Tension à 13/08 ce matin.", {"DATE"}),
    ("Il y a 3 jours, à J3 de l'intervention, en 2019.", {"DATE"}),
    ("Traitement en cours d'évaluation, mise en place d'une voie veineuse.", {"ADRESSE"}),
    ("Hospitalisé en service de cardiologie, puis aux urgences de l'hôpital.", {"HOPITAL"}),
    ("Leucocytes 12500 Eléments/mm3.", {"ZIP", "VILLE"}),
    ("Entrée le 03/04/2025 : dyspnée fébrile.\nSortie le 08/04/2025.", {"VILLE"}),
    ("Arrivée à 8 h à l'hôpital de jour, niveau 2.", {"VILLE"}),
]


@pytest.mark.parametrize(("text", "labels"), NOT_FOUND)
def test_not_found(rules: Detector, text: str, labels: set[str]) -> None:
    assert not {label for label, _ in spans(rules.detect(text))} & labels
