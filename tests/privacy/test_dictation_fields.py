"""Identifiers said aloud, form fields in every layout, and the town gazetteer."""

from __future__ import annotations

import pytest

from avec.privacy import Detector
from tests.privacy.conftest import spans

FOUND = [
    # dictated aloud (transcripts)
    (
        "c'est le zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit",
        "TEL",
        "zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit",
    ),
    (
        "mon numéro : zéro deux euh quatre-vingt-dix-huit, soixante-seize, cinquante-quatre, trente-deux",
        "TEL",
        "zéro deux euh quatre-vingt-dix-huit, soixante-seize, cinquante-quatre, trente-deux",
    ),
    (
        "mon mail c'est jean point dupont arobase gmail point com",
        "MAIL",
        "jean point dupont arobase gmail point com",
    ),
    (
        "c'est tanguy deux zéro arobase orange point fr",
        "MAIL",
        "tanguy deux zéro arobase orange point fr",
    ),
    ("je vous épelle, l-e-s-c-o-r-n-e-t", "NOM", "l-e-s-c-o-r-n-e-t"),
    (
        "sécurité sociale un, cinquante-deux, zéro trois, vingt-neuf, zéro dix-neuf, cent vingt-trois",
        "SECU",
        "un, cinquante-deux, zéro trois, vingt-neuf, zéro dix-neuf, cent vingt-trois",
    ),
    # form fields: colon, tab, table
    ("Code postal : 29000\nCommune : QUIMPER\n", "ZIP", "29000"),
    ("Code postal : 29000\nCommune : QUIMPER\n", "VILLE", "QUIMPER"),
    ("| Lieu de naissance | Bamako |\n", "VILLE", "Bamako"),
    ("Lieu de naissance\tDax (40)\n", "VILLE", "Dax"),
    ("| IPP | PA3509476 |\n", "IPP", "PA3509476"),
    ("Établissement d'accueil : Clinique des Augustines\n", "HOPITAL", "Clinique des Augustines"),
    ("| Nom de naissance | BARON |\n", "NOM", "BARON"),
    # towns: gazetteer, dateline, after "à"
    ("Quimper, le 3 mars 2025", "VILLE", "Quimper"),
    ("Fait à Saint-Malo, le 12/03/2025", "VILLE", "Saint-Malo"),
    ("Il a vécu à Orange puis à Vitré.", "VILLE", "Orange"),
    ("Il a vécu à Orange puis à Vitré.", "VILLE", "Vitré"),
    ("transféré à Plouguerneau pour la suite", "VILLE", "Plouguerneau"),
    ("il habite à tours, il vient quand il peut", "VILLE", "tours"),
    ("j'avais été opéré au chu de brest il y a deux ans", "HOPITAL", "chu de brest"),
    ("originaire de Plouescat, elle vit seule", "VILLE", "Plouescat"),
    ("12 rue des Lilas, 29200\nBREST", "VILLE", "BREST"),
    ("PATIENT : X — CHU DE BORDEAUX", "HOPITAL", "CHU DE BORDEAUX"),
    ("hospitalisée du 3 au 10 avril 2025", "DATE", "3"),
    ("entre le 1er et le 5 mars", "DATE", "1er"),
]


@pytest.mark.parametrize(("text", "label", "expected"), FOUND)
def test_found(rules: Detector, text: str, label: str, expected: str) -> None:
    assert (label, expected) in spans(rules.detect(text))


NOT_FOUND = [
    ("la tension est à treize sept, c'est bien", {"DATE", "TEL"}),
    ("Code postal : non renseigné\nCommune : —\n", {"ZIP", "VILLE"}),
    ("Mise en place d'une sonde, passage en SSR prévu.", {"ADRESSE", "VILLE"}),
    ("Appel de son épouse ; appareil de la pharmacie.", {"ADRESSE"}),
    ("Le patient est arrivé à J10 de la cure, à Noël.", {"VILLE"}),
    ("Entrée le 2025-04-03, dossier complet.", {"NDA"}),
]


@pytest.mark.parametrize(("text", "labels"), NOT_FOUND)
def test_not_found(rules: Detector, text: str, labels: set[str]) -> None:
    assert not {label for label, _ in spans(rules.detect(text))} & labels
