import pytest

from avec.text.numbers import find_numbers, parse_decimal, words_to_number


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("1 000 mg", [1000]),
        ("2,5 mg", [2.5]),
        ("2.5 mg", [2.5]),
        ("1/2 cp", [0.5]),
        ("3/4 de comprimé", [0.75]),
        (",5 mg", [0.5]),
        ("deux comprimés", [2]),
        ("un demi comprimé", [0.5]),
        ("trois quarts", [0.75]),
        ("vingt-et-un jours", [21]),
        ("quatre-vingt-dix kg", [90]),
        ("soixante-dix ans", [70]),
        ("deux cent cinquante mg", [250]),
        ("mille deux cents", [1200]),
        ("PA 130/80", [130, 80]),  # not a fraction
    ],
)
def test_french_numbers(text: str, values: list[float]) -> None:
    assert [round(n.value, 4) for n in find_numbers(text)] == [round(v, 4) for v in values]


def test_spans_point_into_the_original_text() -> None:
    text = "Prendre deux comprimés puis 1 000 mg"
    spans = [n.span.of(text) for n in find_numbers(text)]
    assert spans == ["deux", "1 000"]


def test_parse_decimal_and_words() -> None:
    assert parse_decimal("1 000,5") == 1000.5
    assert parse_decimal("0,25") == 0.25
    assert words_to_number("quatre-vingts") == 80
    assert words_to_number("dix-sept") == 17
    assert words_to_number("bonjour") is None
