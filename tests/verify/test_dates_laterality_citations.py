import pytest

from avec.verify import Verifier
from tests.conftest import flagged


@pytest.mark.parametrize(
    ("source", "output", "span"),
    [
        ("Hospitalisé le 12/03/2025.", "Hospitalisé le 13/03/2025.", "13/03/2025"),
        ("Hospitalisé le 12/03/2025.", "Hospitalisé le 12 avril 2025.", "12 avril 2025"),
        (
            "Consultation du 02/03/2025.",
            "Consultation du 02/03/2025, contrôle le 15/04/2025.",
            "15/04/2025",
        ),
    ],
)
def test_dates_flagged(verifier: Verifier, source: str, output: str, span: str) -> None:
    found = flagged(verifier, source, output, "dates")
    assert [f.output_span.of(output) for f in found if f.output_span] == [span]


@pytest.mark.parametrize(
    ("source", "output"),
    [
        ("Vu le 12/03/2025.", "Vu le 12 mars 2025."),
        ("Vu le 12/03/2025.", "Vu le 2025-03-12."),
        ("Entrée le 1er avril 2024.", "Entrée le 01/04/2024."),
        ("Vu le 12/03/2025.", "Vu le 12 mars."),
    ],
)
def test_date_formats_accepted(verifier: Verifier, source: str, output: str) -> None:
    assert flagged(verifier, source, output, "dates") == []


@pytest.mark.parametrize(
    ("source", "output", "span"),
    [
        ("Douleur du genou droit.", "Douleur du genou gauche.", "genou gauche"),
        ("Fracture du poignet gauche.", "Fracture du poignet droit.", "poignet droit"),
        ("Pneumopathie basale droite.", "Pneumopathie gauche.", "Pneumopathie gauche"),
        ("Œdème du MID.", "Œdème du MIG.", "MIG"),
        # any word, not only anatomy: the output gives the other side of what the source says
        ("Néphrectomie gauche en 2019.", "Néphrectomie droite en 2019.", "Néphrectomie droite"),
        ("Tourner à droite dans le couloir.", "Le patient tourne à gauche.", "tourne à gauche"),
    ],
)
def test_laterality_swapped(verifier: Verifier, source: str, output: str, span: str) -> None:
    found = flagged(verifier, source, output, "laterality")
    assert [f.output_span.of(output) for f in found if f.output_span] == [span]


@pytest.mark.parametrize(
    ("source", "output"),
    [
        (
            "Genou droit douloureux, genou gauche normal.",
            "Le genou gauche est normal, le droit douloureux.",
        ),
        ("Prothèse de hanche droite.", "PTH droite : prothèse de la hanche droite."),
    ],
)
def test_laterality_accepted(verifier: Verifier, source: str, output: str) -> None:
    assert flagged(verifier, source, output, "laterality") == []


REFS = """1. Martin J, Durand P, et al. Apixaban versus warfarin in elderly patients. Lancet. 2019;393:1021-30. doi:10.1016/S0140-6736(19)30001-1. PMID: 30712345.

2. Bernard C, Petit L. Deprescribing in nursing homes. BMJ. 2021;372:n123. doi:10.1136/bmj.n123.
"""


@pytest.mark.parametrize(
    ("output", "category"),
    [
        ("Selon Martin et al., 2018, l'apixaban est mieux toléré.", "wrong_year"),
        ("Selon Lefebvre et al., 2020, la déprescription réduit les chutes.", "unknown_reference"),
        ("Voir doi:10.1016/S0140-6736(19)30002-9.", "unknown_doi"),
        ("Voir PMID: 30799999.", "unknown_pmid"),
    ],
)
def test_citations_flagged(verifier: Verifier, output: str, category: str) -> None:
    found = flagged(verifier, REFS, output, "citations", use_case="literature_synthesis")
    assert [f.category for f in found] == [category]


def test_citations_accepted(verifier: Verifier) -> None:
    output = (
        "Martin et al. (2019) montrent un bénéfice de l'apixaban (doi:10.1016/S0140-6736(19)30001-1, "
        "PMID: 30712345) ; Bernard et Petit, 2021, décrivent la déprescription."
    )
    assert flagged(verifier, REFS, output, "citations", use_case="literature_synthesis") == []
