import pytest

from avec.clinical.drugs import default_lexicon
from avec.clinical.measurements import find_measures
from avec.clinical.posology import find_frequencies
from avec.clinical.quantities import extract_quantities
from avec.clinical.units import parse_unit, same_magnitude
from avec.text.normalize import fold


def quantities(text: str) -> list[tuple[str, tuple[float, ...], str | None]]:
    folded = fold(text)
    anchors = sorted(
        [*default_lexicon().find(text, folded), *find_measures(folded)], key=lambda a: a.span.start
    )
    return [
        (q.span.of(text), q.normalized(), q.anchor)
        for q in extract_quantities(text, folded, anchors)
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [("1 g", "1000 mg"), ("0,5 mg", "500 µg"), ("1 L", "1000 mL"), ("130/80 mmHg", "13/8 cmHg")],
)
def test_equal_values_in_different_units(a: str, b: str) -> None:
    text = f"PA {a} puis PA {b}"
    (qa, qb) = [q for q in quantities(text)]
    assert qa[1] == qb[1]


@pytest.mark.parametrize(
    ("unit", "code", "dimension"),
    [
        ("mg", "mg", "mass"),
        ("µg/kg/min", "ug/kg/min", "mass/mass/time"),
        ("ml par heure", "mL/h", "volume/time"),
        ("ui", "[iU]", "iu"),
        ("comprimes", "{tbl}", "count:tablet"),
        ("mmol/l", "mmol/L", "amount/volume"),
    ],
)
def test_parse_unit(unit: str, code: str, dimension: str) -> None:
    u = parse_unit(unit)
    assert u is not None and (u.code, u.dimension) == (code, dimension)


def test_magnitude() -> None:
    mg, ug = parse_unit("mg"), parse_unit("µg")
    assert (
        mg
        and ug
        and not same_magnitude(mg, ug)
        and same_magnitude(mg, parse_unit("milligrammes") or ug)
    )


@pytest.mark.parametrize(
    ("text", "written", "anchor"),
    [
        ("Doliprane 1 000 mg", "1 000 mg", "drug:doliprane"),
        ("1 g de paracétamol", "1 g", "drug:paracetamol"),
        ("2 à 3 cp de Spasfon", "2 à 3 cp", "drug:spasfon"),
        ("PA 130/80 mmHg", "130/80 mmHg", "measure:blood_pressure"),
        ("tension à 13/8", "13/8", "measure:blood_pressure"),
        ("FC 72/min", "72/min", "measure:heart_rate"),
        ("T° 38°2", "38°2", "measure:temperature"),
        ("HbA1c 7,8 %", "7,8 %", "measure:hba1c"),
        ("créat 95 µmol/L", "95 µmol/L", "measure:creatinine"),
        ("EVA 6/10", "6/10", "measure:pain_score"),
        ("deux comprimés et demi", "deux comprimés et demi", None),
    ],
)
def test_quantity_and_anchor(text: str, written: str, anchor: str | None) -> None:
    found = quantities(text)
    assert [(w, a) for w, _, a in found] == [(written, anchor)]


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("x3/j", 3),
        ("3 fois par jour", 3),
        ("trois fois par jour", 3),
        ("matin et soir", 2),
        ("matin, midi et soir", 3),
        ("toutes les 8 h", 3),
        ("1 g/6h", 4),
        ("2x/j", 2),
        ("en deux prises", 2),
        ("une fois par semaine", 1 / 7),
        ("un jour sur deux", 0.5),
        ("le soir", 1),
    ],
)
def test_frequencies(text: str, per_day: float) -> None:
    (f,) = find_frequencies(text)
    assert f.per_day == pytest.approx(per_day)
