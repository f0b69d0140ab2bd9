from hypothesis import given
from hypothesis import strategies as st

from avec.text.normalize import fold, fold_key


@given(st.text())
def test_fold_keeps_offsets(text: str) -> None:
    assert len(fold(text)) == len(text)


def test_fold_removes_case_and_accents_and_unifies_typography() -> None:
    assert fold("Élodie ÉTAIT là, l’œdème 2,5 μg") == "elodie etait la, l'œdeme 2,5 µg"
    assert fold_key("  Amoxicilline-Acide   clavulanique ") == "amoxicilline acide clavulanique"
