from pathlib import Path

import pytest

from avec.clinical.bdpm import BdpmError, brand_of, import_bdpm
from avec.clinical.drugs import build_lexicon, equivalent, merge_bdpm_lexicon

FIXTURE = Path(__file__).parent.parent / "fixtures" / "bdpm"


@pytest.mark.parametrize(
    ("denomination", "brand"),
    [
        ("DOLIPRANE 1000 mg, comprimé", "DOLIPRANE"),
        ("KARDEGIC 75 mg, poudre pour solution buvable en sachet-dose", "KARDEGIC"),
        ("AUGMENTIN 1 g/125 mg ADULTES, poudre", "AUGMENTIN"),
        ("ÉLUDRIL PRO, solution pour bain de bouche", "ÉLUDRIL PRO"),
    ],
)
def test_brand_of(denomination: str, brand: str) -> None:
    assert brand_of(denomination) == brand


def test_import_reads_latin1_and_keeps_therapeutic_fractions() -> None:
    result = import_bdpm(FIXTURE / "CIS_bdpm.txt", FIXTURE / "CIS_COMPO_bdpm.txt")
    assert result.specialities == 6
    assert result.lexicon["DOLIPRANE"] == ["PARACÉTAMOL"]
    assert result.lexicon["GLUCOPHAGE"] == ["METFORMINE", "CHLORHYDRATE DE METFORMINE"]
    assert set(result.lexicon["AUGMENTIN"]) >= {"AMOXICILLINE", "ACIDE CLAVULANIQUE"}
    assert len(result.skipped_lines) == 1 and "CIS_bdpm.txt:7" in result.skipped_lines[0]


def test_imported_brand_is_equivalent_to_its_substance() -> None:
    result = import_bdpm(FIXTURE / "CIS_bdpm.txt", FIXTURE / "CIS_COMPO_bdpm.txt")
    lexicon = build_lexicon(extra=FIXTURE / "missing.json")
    assert lexicon.get("ondavex") is None  # invented brand, only in the fixture
    merge_bdpm_lexicon(lexicon, result.lexicon)
    ondavex, ondansetron = lexicon.get("Ondavex"), lexicon.get("ondansétron")
    assert ondavex is not None and ondansetron is not None
    assert equivalent(ondavex, ondansetron)
    metformine, glucophage = lexicon.get("metformine"), lexicon.get("glucophage")
    assert metformine is not None and glucophage is not None and equivalent(metformine, glucophage)


def test_unusable_files(tmp_path: Path) -> None:
    with pytest.raises(BdpmError, match="introuvable"):
        import_bdpm(tmp_path / "none.txt", FIXTURE / "CIS_COMPO_bdpm.txt")
    bad = tmp_path / "CIS_bdpm.txt"
    bad.write_text("pas un fichier BDPM\n", encoding="utf-8")
    with pytest.raises(BdpmError, match="aucune spécialité"):
        import_bdpm(bad, FIXTURE / "CIS_COMPO_bdpm.txt")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02")
    with pytest.raises(BdpmError, match="binaire"):
        import_bdpm(binary, FIXTURE / "CIS_COMPO_bdpm.txt")
