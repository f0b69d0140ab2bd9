"""Structured identifiers: valid ones are found, invalid ones without a cue and look-alikes are not."""

from __future__ import annotations

import pytest

from avec.privacy import Detector
from avec.privacy.recognizers.identifiers import nir_key_ok
from tests.privacy.conftest import spans

FOUND = [
    # NIR with a valid key, with and without spaces, Corsica 2A/2B
    ("Assurée n° 2 68 05 75 123 456 80.", "SECU", "2 68 05 75 123 456 80"),
    ("NIR 268057512345680 sur la carte", "SECU", "268057512345680"),
    ("numéro : 1 85 02 2A 004 017 17", "SECU", "1 85 02 2A 004 017 17"),
    ("numéro : 2 91 11 2B 033 101 54", "SECU", "2 91 11 2B 033 101 54"),
    # a wrong key is still redacted when the context says it is a social-security number
    ("N° de sécurité sociale : 1 52 03 29 019 123 99", "SECU", "1 52 03 29 019 123 99"),
    ("INS : 2 68 05 75 123 456 80", "INS", "2 68 05 75 123 456 80"),
    ("Matricule INS 268057512345680 (qualifié)", "INS", "268057512345680"),
    ("Dr X, RPPS 10003456786.", "RPPS", "10003456786"),
    ("identifiant 10101010105", "RPPS", "10101010105"),
    ("N° ADELI : 751234567", "RPPS", "751234567"),
    ("FINESS 350005179 (établissement)", "FINESS", "350005179"),
    ("FINESS géographique : 2A0000123", "FINESS", "2A0000123"),
    ("IBAN : FR76 3000 6000 0112 3456 7890 189", "IBAN", "FR76 3000 6000 0112 3456 7890 189"),
    ("IBAN FR7630006000011234567890189 BIC AGRIFRPP", "IBAN", "FR7630006000011234567890189"),
    ("Tél. 06 12 34 56 78", "TEL", "06 12 34 56 78"),
    ("tel 06.12.34.56.78", "TEL", "06.12.34.56.78"),
    ("portable 0612345678", "TEL", "0612345678"),
    ("joignable au +33 6 12 34 56 78", "TEL", "+33 6 12 34 56 78"),
    ("standard : +33 (0)2 98 76 54 32", "TEL", "+33 (0)2 98 76 54 32"),
    ("Tél : 02 98 76\n54 32 (secrétariat)", "TEL", "02 98 76\n54 32"),
    ("écrire à jean.dupont@gmail.com.", "MAIL", "jean.dupont@gmail.com"),
    ("voir https://www.exemple.fr/dossier?id=12.", "URL", "https://www.exemple.fr/dossier?id=12"),
    ("site www.cabinet-martin.fr", "URL", "www.cabinet-martin.fr"),
    ("IPP : 8003456721", "IPP", "8003456721"),
    ("N° patient : P-1234567", "IPP", "P-1234567"),
    ("IPP\n8003456721", "IPP", "8003456721"),
    ("NDA : 2401234567", "NDA", "2401234567"),
    ("N° de séjour 24-0012345", "NDA", "24-0012345"),
    ("IPP\tNDA\n80034567\t24012345", "NDA", "24012345"),
]


@pytest.mark.parametrize(("text", "label", "expected"), FOUND)
def test_identifier_found(rules: Detector, text: str, label: str, expected: str) -> None:
    assert (label, expected) in spans(rules.detect(text))


NOT_IDENTIFIERS = [
    "Plaquettes 250 000/mm3, leucocytes 12 500/mm3.",  # lab values
    "Poids 72,5 kg, taille 1,68 m, IMC 25,7.",
    "Numéro de lot 123456789012345 du vaccin.",  # 15 digits, NIR shape, wrong key, no cue
    "Référence 10003456781 du dispositif.",  # 11 digits starting with 1, Luhn fails, no cue
    "Code FR76 3000 6000 0112 3456 7890 188.",  # IBAN with a wrong check
    "Glycémie 1,05 g/L à 8 h, HbA1c 7,8 %.",
    "Score de Glasgow 15, EVA 3/10, NYHA II.",
    "Tension 130/80 mmHg, FC 72/min.",
]


@pytest.mark.parametrize("text", NOT_IDENTIFIERS)
def test_look_alikes_are_not_identifiers(rules: Detector, text: str) -> None:
    found = {label for label, _ in spans(rules.detect(text))}
    assert not found & {"SECU", "INS", "RPPS", "IBAN", "TEL", "IPP", "NDA", "FINESS"}


@pytest.mark.parametrize(
    ("nir", "valid"),
    [
        ("268057512345680", True),
        ("2 68 05 75 123 456 80", True),
        ("185022A00401717", True),
        ("291112B03310154", True),
        ("268057512345681", False),
        ("185022A00401718", False),
        ("26805751234563", False),  # too short
    ],
)
def test_nir_key(nir: str, valid: bool) -> None:
    assert nir_key_ok(nir) is valid
