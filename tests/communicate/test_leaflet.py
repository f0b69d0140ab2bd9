"""The illustrated leaflet: sections parsed back from the validated text, free text, HTML."""

import html as htmllib
import json
import re

import pytest

from avec.communicate.leaflet import (
    LABELS,
    build_leaflet,
    leaflet_html,
    parse_sections,
)
from avec.communicate.pictogram import ATTRIBUTION
from avec.pipeline.structured import render
from avec.policy import load_policy
from tests.communicate.leaflet_sample import FREE_TEXT, MENTION, RENDERED

STEPS = (
    "Consultation avec le chirurgien le 3 mars à 10 h.",
    "Prise de sang au laboratoire avant le 10 mars.",
    "Consultation d'anesthésie le 12 mars.",
    "Douche avec le savon antiseptique la veille et le matin de l'opération.",
    "Admission à l'hôpital le 17 mars à 7 h.",
    "Opération au bloc le 17 mars.",
    "Premiers pas avec le kinésithérapeute le lendemain.",
    "Retour à domicile vers le 21 mars.",
)


def _text(page: str) -> str:
    """The page's text as a reader sees it (entities decoded, no-break spaces as spaces)."""
    return htmllib.unescape(page).replace("\u00a0", " ")


def test_labels_are_the_default_policy_fields() -> None:
    case = load_policy().use_case("patient_leaflet")
    assert case is not None
    assert {f.id: f.label for f in case.fields} == LABELS


def test_sections_of_the_rendered_text() -> None:
    s = parse_sections(RENDERED)
    assert s.structured
    assert s.introduction.startswith("Vous allez être opéré du genou droit.")
    assert s.steps == STEPS
    assert len(s.reminders) == 4
    assert s.reminders[0] == "Ne rien manger à partir de minuit la veille de l'opération."
    assert s.contact.splitlines() == [
        "Service d'orthopédie : 01 23 45 67 89 (du lundi au vendredi, de 9 h à 17 h).",
        "La nuit et le week-end, en cas d'urgence : appelez le 15.",
    ]


def test_round_trip_through_the_pipeline_renderer() -> None:
    case = load_policy().use_case("patient_leaflet")
    assert case is not None
    data = {
        "introduction": "Une coloscopie : on regarde l'intérieur de l'intestin.",
        "etapes": ["Consultation le 2 avril.", "Régime sans fibres 3 jours avant.", "Examen."],
        "consignes": ["Venir accompagné.", "Ne pas conduire le jour même."],
        "contact": "Secrétariat : 01 02 03 04 05.",
    }
    text = render(case.fields, json.dumps(data))
    assert text is not None
    s = parse_sections(text)
    assert s.introduction == data["introduction"]
    assert list(s.steps) == data["etapes"]
    assert list(s.reminders) == data["consignes"]
    assert s.contact == data["contact"]


def test_edited_headings_and_markers_are_tolerated() -> None:
    text = (
        "## Les Etapes\r\n"
        "1. Prise de sang\r\n"
        "   au laboratoire.\r\n"
        "2) Consultation.\r\n"
        "\r\n"
        "**A RETENIR** :\r\n"
        "• Venir à jeun.\r\n"
        "\r\n"
        "Qui contacter ? : Service de chirurgie : 01 23 45 67 89."
    )
    s = parse_sections(text)
    assert s.steps == ("Prise de sang au laboratoire.", "Consultation.")
    assert s.reminders == ("Venir à jeun.",)
    assert s.contact == "Service de chirurgie : 01 23 45 67 89."
    assert s.introduction == ""


def test_text_before_the_first_heading_joins_the_introduction() -> None:
    s = parse_sections("Madame, Monsieur,\n\nLes étapes :\n- Consultation.")
    assert s.introduction == "Madame, Monsieur,"
    assert s.steps == ("Consultation.",)


def test_a_step_mentioning_a_heading_word_is_not_a_heading() -> None:
    s = parse_sections(
        "Les étapes :\n- Consignes : venir à jeun.\n- Important de boire.\n- Contact"
    )
    assert s.steps == ("Consignes : venir à jeun.", "Important de boire.", "Contact")
    assert (s.reminders, s.contact) == ((), "")


def test_free_text_becomes_steps() -> None:
    s = parse_sections(FREE_TEXT)
    assert not s.structured
    assert s.steps == (
        "Vous aurez d'abord une prise de sang au laboratoire.",
        "Ensuite, une radio du genou.",
        "Puis une consultation avec le médecin.",
        "Enfin, le retour à la maison.",
    )
    assert (s.introduction, s.reminders, s.contact) == ("", (), "")


def test_free_text_lines_and_wrapped_lines() -> None:
    s = parse_sections("Prise de sang le 3 mars\nau laboratoire.\nConsultation le 10 mars.")
    assert s.steps == ("Prise de sang le 3 mars au laboratoire.", "Consultation le 10 mars.")


def test_pictogram_per_step_and_readability() -> None:
    leaflet = build_leaflet(RENDERED, mention=MENTION)
    assert [s.pictogram.id for s in leaflet.steps] == [
        "1F9D1-200D-2695-FE0F",
        "1FA78",
        "1F9D1-200D-2695-FE0F",
        "1F6BF",
        "1F3E5",
        "E328",
        "1F6B6",
        "1F3E0",
    ]
    assert leaflet.readability.kandel_moles is not None
    assert leaflet.readability.level == "collège"
    assert leaflet.mention == MENTION


@pytest.fixture(scope="module")
def pages() -> tuple[str, str]:
    leaflet = build_leaflet(RENDERED, mention=MENTION, title="Votre opération du genou")
    return leaflet_html(leaflet), leaflet_html(leaflet, for_author=True)


def test_html_is_self_contained(pages: tuple[str, str]) -> None:
    for page in pages:
        licence = re.findall(r'<p class="licence">.*?</p>', page, flags=re.S)
        assert len(licence) == 1
        rest = page.replace(licence[0], "")
        assert "http://" not in rest and "https://" not in rest
        assert "<script" not in page.lower()
        assert not re.search(r"\b(?:src|href)\s*=|url\(|@import", page)
        assert page.count("<svg") == 8 + 3  # one per step, introduction, reminders, contact


def test_html_has_every_step_in_order_the_mention_and_the_licence(pages: tuple[str, str]) -> None:
    text = _text(pages[0])
    positions = [text.index(step) for step in STEPS]
    assert positions == sorted(positions)
    assert "Étape 8" in text and "Étape 9" not in text
    assert MENTION in text
    assert ATTRIBUTION in text
    assert text.index(MENTION) > positions[-1]
    assert "De quoi s'agit-il ?" in text and "Qui contacter ?" in text


def test_large_type(pages: tuple[str, str]) -> None:
    sizes = [float(x) for x in re.findall(r"body \{[^}]*font-size: ([\d.]+)pt", pages[0])]
    assert sizes and min(sizes) >= 14


def test_only_the_author_sees_the_score(pages: tuple[str, str]) -> None:
    patient, author = pages
    assert "Lisibilité" not in patient and 'class="author"' not in patient
    text = _text(author)
    assert "Lisibilité assez facile" in text
    assert "75,2" in text and "niveau collège" in text
    assert "mot-clé « prise de sang »" in text


def test_free_text_leaflet_tells_the_author() -> None:
    leaflet = build_leaflet(FREE_TEXT, mention="")
    assert not leaflet.structured
    author = _text(leaflet_html(leaflet, for_author=True))
    assert "Aucune rubrique reconnue" in author
    patient = leaflet_html(leaflet)
    assert "De quoi s'agit-il" not in patient and "À retenir" not in patient
    assert 'class="mention"' not in patient


def test_text_is_escaped() -> None:
    leaflet = build_leaflet("Les étapes :\n- <script>alert(1)</script> & <b>", mention="")
    page = leaflet_html(leaflet)
    assert "<script" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;" in page


def test_no_line_break_inside_a_time_or_a_phone_number(pages: tuple[str, str]) -> None:
    page = htmllib.unescape(pages[0])
    assert "10\u00a0h." in page
    assert "01\u00a023\u00a045\u00a067\u00a089" in page
    assert "Service d'orthopédie\u00a0:" in page
