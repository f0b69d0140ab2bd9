"""Pictogram per step: French keywords on folded text, longest first; vendored OpenMoji files."""

from importlib import resources

import pytest

from avec.communicate.pictogram import (
    ATTRIBUTION,
    STEP,
    choose,
    ids,
    licence_line,
    pictogram,
    svg,
)

FOLDER = resources.files("avec.communicate") / "pictograms"


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        ("Prise de sang au laboratoire.", "1FA78"),
        ("Bilan sanguin la semaine précédente.", "1FA78"),
        ("Consultation avec le médecin.", "1F9D1-200D-2695-FE0F"),
        ("L'infirmière passe à domicile.", "1F9D1-200D-2695-FE0F"),
        ("Opération au bloc.", "E328"),
        ("Chirurgie du genou.", "E328"),
        ("Prenez vos médicaments.", "1F48A"),
        ("Un comprimé le soir.", "1F48A"),
        ("Rendez-vous le 3 mars.", "1F4C5"),
        ("Radio du thorax.", "1FA7B"),
        ("Passage au scanner puis IRM.", "E329"),
        ("Repos à la maison.", "1F3E0"),
        ("Venir à jeun.", "a-jeun"),
        ("Appelez le secrétariat.", "1F4DE"),
        ("Pansement refait tous les deux jours.", "1FA79"),
        ("Une piqûre chaque soir.", "1F489"),
        ("Transport en ambulance.", "1F691"),
        ("Admission à l'hôpital.", "1F3E5"),
        ("Séances de kinésithérapie.", "1F6B6"),
        ("Repas léger la veille.", "1F37D"),
        ("En cas de douleur.", "1F915"),
        ("Prenez votre température.", "1F321"),
        ("Attention aux consignes.", "26A0"),
        ("Voilà.", STEP),
    ],
)
def test_pictogram_of_a_step(step: str, expected: str) -> None:
    assert choose(step).id == expected


def test_longest_keyword_wins_wherever_it_is() -> None:
    chosen = choose("À jeun le jour du rendez-vous pour la prise de sang.")
    assert (chosen.id, chosen.keyword) == ("1FA78", "prise de sang")
    assert choose("Sortie d'hospitalisation le 21.").id == "1F3E0"
    assert choose("Lavez-vous les mains avant le pansement.").id == "E0B2"


def test_case_accents_endings_and_whole_words() -> None:
    assert choose("PRISE DE SANG").id == "1FA78"
    assert choose("hopital de jour").id == "1F3E5"
    assert choose("Les infirmières et les médicaments").keyword == "médicament"
    assert choose("Électrocardiogramme.").id == "E308"
    assert choose("Le cœur.").id == "E308"
    assert choose("Un animal normal.").id == STEP  # « mal » is not inside a word


def test_default_is_configurable() -> None:
    assert choose("Voilà.", default="2139").id == "2139"
    assert choose("Voilà.").keyword is None


def test_every_pictogram_has_its_file_and_every_file_is_listed() -> None:
    files = {p.name.removesuffix(".svg") for p in FOLDER.iterdir() if p.name.endswith(".svg")}
    assert files == set(ids())
    assert 25 <= len(files) <= 45
    sources = FOLDER.joinpath("SOURCES.md").read_text(encoding="utf-8")
    for pid in ids():
        assert f"`{pid}.svg`" in sources


@pytest.mark.parametrize("pid", ids())
def test_inlined_svg_is_inert(pid: str) -> None:
    code = svg(pid)
    assert code.startswith('<svg class="picto" aria-hidden="true"')
    assert code.endswith("</svg>")
    for forbidden in ("http", "<script", "url(", " id=", "xlink", "<image", "<!--", "<?xml"):
        assert forbidden not in code
    assert pictogram(pid).name


def test_licence_line_mentions_adaptations_only_when_used() -> None:
    assert licence_line(["1FA78"]) == ATTRIBUTION
    assert "CC BY-SA 4.0" in ATTRIBUTION and "OpenMoji" in ATTRIBUTION
    adapted = licence_line(["1FA78", "a-jeun", "a-jeun"])
    assert adapted.startswith(ATTRIBUTION[:-1]) and adapted.count("à jeun") == 1
