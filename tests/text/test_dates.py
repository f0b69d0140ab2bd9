import pytest

from avec.text.dates import find_dates


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("le 12/03/2025", "2025-03-12"),
        ("le 12.03.25", "2025-03-12"),
        ("le 2025-03-12", "2025-03-12"),
        ("le 12 mars 2025", "2025-03-12"),
        ("le 1er avril 2024", "2024-04-01"),
        ("en février 2024", "2024-02-??"),
        ("le 15 sept.", "????-09-15"),
    ],
)
def test_date_formats(text: str, iso: str) -> None:
    (d,) = find_dates(text)
    assert d.iso() == iso


@pytest.mark.parametrize("text", ["score 3/4", "TA 13/8", "sept ans", "en mars", "1/2 cp"])
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_partial_dates_agree_when_known_parts_match() -> None:
    (full,) = find_dates("12/03/2025")
    (partial,) = find_dates("12 mars")
    (other,) = find_dates("13 mars")
    assert full.agrees(partial)
    assert not full.agrees(other)
