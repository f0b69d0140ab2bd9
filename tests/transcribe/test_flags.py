"""What a transcript asks the professional to double-check, with spans into its text."""

from __future__ import annotations

from avec.transcribe.flags import find_flags


def spans(text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in find_flags(text) if f.kind == kind]


def test_a_misspelt_drug_and_its_dose_are_flagged_with_spans() -> None:
    text = "Le patient prend du paracétamolle 500 mg trois fois par jour."
    flags = find_flags(text)
    unknown = next(f for f in flags if f.kind == "unknown_drug")
    assert (unknown.start, unknown.end) == (20, 33) and unknown.text == "paracétamolle"
    assert unknown.severity == "warning"
    assert "« paracétamolle » ressemble à un nom de médicament" in unknown.message
    assert "(« Paracetamol » ?)" in unknown.message
    dose = next(f for f in flags if f.kind == "quantity")
    assert text[dose.start : dose.end] == "500 mg" == dose.text
    assert dose.severity == "warning" and "Dose dictée « 500 mg »" in dose.message
    assert spans(text, "frequency") == ["trois fois par jour"]
    assert [f.start for f in flags] == sorted(f.start for f in flags)


def test_numbers_in_words_and_known_drugs() -> None:
    text = "Le patient prend du paracétamol cinq cents milligrammes trois fois par jour."
    assert spans(text, "drug") == ["paracétamol"]
    assert spans(text, "quantity") == ["cinq cents milligrammes"]
    assert spans(text, "unknown_drug") == []


def test_several_misheard_brands_and_a_documented_look_alike() -> None:
    text = "Je lui donne de l'amoxiciline 1 g matin et soir et du Doliprame. Xanax le soir."
    assert spans(text, "unknown_drug") == ["amoxiciline", "Doliprame"]
    xanax = next(f for f in find_flags(text) if f.kind == "drug")
    assert xanax.text == "Xanax" and "Confusion connue avec « xatral »" in xanax.message


def test_implausible_doses_reuse_the_dose_checker() -> None:
    text = "Paracétamol 8 g par jour. Méthotrexate 10 mg par jour."
    doses = [f for f in find_flags(text) if f.kind == "dose"]
    assert [d.text for d in doses] == ["8 g par jour", "10 mg par jour"]
    assert all(d.severity == "error" for d in doses)
    assert "SEMAINE" in doses[1].message
    assert spans(text, "quantity") == []  # the dose flag already covers them


def test_ordinary_speech_has_no_flag() -> None:
    assert find_flags("Bonjour, comment allez-vous depuis la dernière consultation ?") == ()
    assert find_flags("   ") == ()
