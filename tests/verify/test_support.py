"""The « support » check: statements whose content words are absent from the source."""

from __future__ import annotations

from avec.verify import Verifier

SOURCE = (
    "Mme X., 68 ans, vient pour le renouvellement de son traitement et une douleur du genou droit.\n"
    "Antécédents : HTA, fibrillation atriale. Pas de fièvre. Suspicion de gonarthrose droite.\n"
    "Traitement : Eliquis 5 mg matin et soir. Radiographie du genou demandée."
)
CHECK = Verifier(["support"])


def findings(output: str) -> list[tuple[str, str]]:
    report = CHECK.check(SOURCE, output)
    out = []
    for f in report.findings:
        assert f.output_span is not None and f.severity.name == "WARNING"
        out.append((f.output_span.of(output), f.message))
    return out


def test_invented_advice_is_reported_with_its_words() -> None:
    # a real answer of the embedded model on a similar transcript
    output = ("Conclusion :\nDouleur du genou droit, probable gonarthrose droite. "
              "Le patient doit être suivi régulièrement pour éviter d'autres complications.")  # fmt: skip
    [(span, message)] = findings(output)
    assert span == "Le patient doit être suivi régulièrement pour éviter d'autres complications."
    assert "régulièrement" in message and "complications" in message
    assert "genou" not in message.split("absents de la source")[1]


def test_faithful_statements_are_quiet() -> None:
    output = (
        "Motif : renouvellement du traitement, douleur du genou droit.\n"
        "Antécédents :\n- HTA\n- fibrillation atriale\n"
        "Traitement en cours :\n- Eliquis 5 mg matin et soir\n"
        "Conclusion : suspicion de gonarthrose droite, radiographie du genou demandée."
    )
    assert findings(output) == []


def test_a_word_with_the_same_stem_supports() -> None:
    assert (
        findings("Douleur droite du genou, renouvellement traitement ; gonarthrose suspectée.")
        == []
    )


def test_short_statements_headings_and_titles_are_not_judged() -> None:
    assert findings("Examen clinique :\nApyrexie.\nCOMPTE RENDU DE CONSULTATION SPECIALISEE") == []


def test_an_editorial_note_in_brackets_is_not_judged_a_placeholder_sentence_is() -> None:
    from avec.llm.rules import NOTICE  # the « sans IA » structurer's own mention

    assert findings(f"Motif : douleur du genou droit.\n{NOTICE}") == []
    invented = "[NOM_1] doit être suivi régulièrement pour éviter d'autres complications."
    assert [span for span, _ in findings(invented)] == [invented]


def test_drugs_and_doses_are_left_to_their_own_checks() -> None:
    # the drug is absent from the source: the drugs check reports it, not this one
    assert findings("Traitement : Kardégic 75 mg matin et soir.") == []


def test_opt_in_only() -> None:
    assert "support" not in {c.id for c in Verifier().checkers}
