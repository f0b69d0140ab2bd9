"""People's names: each kind of evidence, propagation, and the words that must stay."""

from __future__ import annotations

import pytest

from avec.privacy import Detector
from tests.privacy.conftest import spans

FOUND = [
    # titles
    ("Vu ce jour Mme Dupont pour son suivi.", {("NOM", "Dupont")}),
    ("Adressé par le Dr J.-P. Le Goff.", {("PRENOM", "J.-P"), ("NOM", "Le Goff")}),
    ("M. Petit est revu en consultation.", {("NOM", "Petit")}),
    ("Madame Rose, 84 ans, chute à domicile.", {("NOM", "Rose")}),
    ("Mme DUPONT Jeanne, 73 ans", {("NOM", "DUPONT"), ("PRENOM", "Jeanne")}),
    (
        "Pr Anne-Sophie de La Roche, cheffe de service",
        {("PRENOM", "Anne-Sophie"), ("NOM", "de La Roche")},
    ),
    ("bonjour madame euh kerhervé asseyez-vous", {("NOM", "kerhervé")}),
    ("docteur nguyen a dit que", {("NOM", "nguyen")}),
    # form fields
    ("Nom : BERTRAND\nPrénom : Lucie\n", {("NOM", "BERTRAND"), ("PRENOM", "Lucie")}),
    ("Médecin traitant : Dr Paul Kerouac\n", {("PRENOM", "Paul"), ("NOM", "Kerouac")}),
    (
        "Personne de confiance : Hélène Kowalczyk (fille)",
        {("PRENOM", "Hélène"), ("NOM", "Kowalczyk")},
    ),
    # kinship and maiden names
    ("Vit avec son fils Marc.", {("PRENOM", "Marc")}),
    ("Mme Dupont née MARTIN", {("NOM", "Dupont"), ("NOM", "MARTIN")}),
    # given name + surname anywhere
    ("Revu par Jean Moreau, interne.", {("PRENOM", "Jean"), ("NOM", "Moreau")}),
    ("Patient : N'DIAYE Moussa", {("NOM", "N'DIAYE"), ("PRENOM", "Moussa")}),
    ("Signé J. Dupont", {("PRENOM", "J"), ("NOM", "Dupont")}),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_names_found(rules: Detector, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= spans(rules.detect(text))


def test_a_name_found_once_is_found_everywhere(rules: Detector) -> None:
    text = (
        "Patiente : Mme Kerhervé Nolwenn.\n"
        "Transcription : alors kerhervé ça va ? KERHERVÉ signe le consentement.\n"
        "Copie au Dr Le Goff. Avis demandé au Dr Le Goff ; N. Kerhervé prévenue."
    )
    found = spans(rules.detect(text))
    assert {("NOM", "kerhervé"), ("NOM", "KERHERVÉ"), ("PRENOM", "N")} <= found
    assert sum(1 for e in rules.detect(text) if e.text.lower() == "le goff") == 2


def test_common_word_names_only_propagate_when_capitalised(rules: Detector) -> None:
    text = "M. Petit est revu. Petit épanchement pleural. Le dossier de M. Petit est complet, un petit souffle."
    found = [e.text for e in rules.detect(text)]
    assert (
        found.count("Petit") == 2
    )  # the two "M. Petit", not the sentence start nor "petit souffle"


MUST_KEEP = [
    "Maladie de Parkinson évoluée, signe de Babinski bilatéral.",
    "Score de Glasgow à 15, syndrome de Guillain-Barré exclu.",
    "Maladie de Crohn iléale, manœuvre de Lasègue négative.",
    "Antécédent de lymphome de Hodgkin ; test de Romberg positif.",
    "Classification de Child-Pugh B, score de Wells à 2.",
    "Traitement : Doliprane 1 g, Kardegic 75 mg, Lasilix 40 mg.",
    "Le médecin traitant et l'infirmière passent lundi.",
    "L'assistante sociale revient mardi avec le kinésithérapeute.",
    "Un Parkinson évolué, une démence de type Alzheimer.",
    # a transcribed conversation: the speakers' roles label turns of speech, not name fields
    "Médecin : Bonjour, qu'est-ce qui vous amène ?\nPatiente : Je viens pour mon genou.\n"
    "Médecin : Vous avez mal depuis quand ?\nPatiente : Pas depuis longtemps.\n"
    "Infirmière : Votre tension est bonne.",
    "Biologie : CRP 187 mg/L, leucocytes 14,2 G/L. Hémocultures négatives.",
]


def test_a_speaker_label_still_introduces_a_name_with_a_title_a_given_name_or_capitals(
    rules: Detector,
) -> None:
    text = "Médecin : Dr Kerhervé\nPatiente : Odile\nMédecin : FERRANDIER\nMédecin traitant : Lagadec"
    names = {t for label, t in spans(rules.detect(text)) if label in ("NOM", "PRENOM")}
    assert names == {"Kerhervé", "Odile", "FERRANDIER", "Lagadec"}


@pytest.mark.parametrize("text", MUST_KEEP)
def test_eponyms_drugs_roles_weekdays_stay(full: Detector, text: str) -> None:
    names = {(label, t) for label, t in spans(full.detect(text)) if label in ("NOM", "PRENOM")}
    assert names == set()


def test_ner_finds_a_name_without_cue(full: Detector) -> None:
    text = "Hier, Kerouac et Lefebvre ont relu le dossier avec Nolwenn Kerhervé."
    found = spans(full.detect(text))
    assert ("NOM", "Kerhervé") in found


@pytest.mark.parametrize(
    ("text", "asks_ner"),
    [
        ("Examen : SpO2 95 %, HbA1c 7,8 %, T° 38,2 °C.", False),  # measures glued to digits
        ("Traitement : Doliprane 1 g, maladie de Parkinson stable.", False),  # drug and eponym
        ("Mme Dupont est revue ce jour.", False),  # explained by a rule
        ("Hier, Kerouac et Lefebvre ont relu le dossier.", True),  # unknown capitalised words
    ],
)
def test_ner_runs_only_where_rules_leave_a_capitalised_word_unexplained(
    text: str, asks_ner: bool
) -> None:
    from avec.privacy.detector import RULES, unexplained_passages
    from avec.privacy.document import Document

    doc = Document(text)
    found = [e for rule in RULES for e in rule(doc)]
    assert bool(unexplained_passages(doc, found)) is asks_ner
