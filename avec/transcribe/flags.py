"""What to double-check by ear in a draft transcript: drug names (known, or unknown but close to a
known one) and dictated numbers, units and rhythms — speech recognition's costliest errors.

Nothing new is detected here: the transcript is analysed as the output of `avec check` with an
empty source (`avec.verify.document.Pair`), so the drug lexicon (edsnlp + supplement + imported
BDPM), the drug checker's unknown-word rule, the quantity and frequency extractors, the dose
plausibility table and the documented look-alike pairs are the ones every check uses.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from avec.clinical.drugs import DrugMention
from avec.clinical.lasa import documented_pairs
from avec.clinical.quantities import Quantity
from avec.text.normalize import fold_key
from avec.text.span import Span
from avec.transcribe.base import Flag
from avec.verify.checkers.doses import DoseChecker
from avec.verify.checkers.drugs import UNKNOWN_WORD_CUTOFF, DrugChecker
from avec.verify.document import Pair
from avec.verify.finding import Severity


def find_flags(text: str) -> tuple[Flag, ...]:
    """Flags in text order; spans are Python string offsets into `text` (end exclusive)."""
    if not text.strip():
        return ()
    pair = Pair.of("", text)
    out = pair.output
    flags: list[Flag] = []
    for d in out.drugs:
        flags.append(_known_drug(text, d))
    for f in DrugChecker().check(pair):
        if f.category == "unknown_drug" and f.output_span is not None:
            flags.append(_unknown_drug(text, f.output_span, pair))
    doses = [f for f in DoseChecker().check(pair) if f.output_span is not None]
    for f in doses:
        assert f.output_span is not None
        s = f.output_span
        flags.append(
            Flag("dose", s.start, s.end, s.of(text), str(f.severity), f.message, f.suggestion)
        )
    dose_spans = {f.output_span for f in doses}
    for q in out.quantities:
        if q.span not in dose_spans:
            flags.append(_quantity(text, q))
    for fr in out.frequencies:
        said = fr.span.of(text)
        flags.append(Flag("frequency", fr.span.start, fr.span.end, said, "info",
                          f"Rythme dicté « {said} » : le vérifier à l'écoute."))  # fmt: skip
    flags.sort(key=lambda f: (f.start, f.end, f.kind))
    return tuple(flags)


def _known_drug(text: str, d: DrugMention) -> Flag:
    said = d.span.of(text)
    message = f"Médicament reconnu « {said} » : vérifier à l'écoute que c'est bien le nom prononcé."
    partner = next((other for pair in documented_pairs() if d.key in pair
                    for other in pair if other != d.key), None)  # fmt: skip
    if partner is not None:
        message += f" Confusion connue avec « {partner} »."
    return Flag("drug", d.span.start, d.span.end, said, "warning" if partner else "info", message)


def _unknown_drug(text: str, span: Span, pair: Pair) -> Flag:
    said = span.of(text)
    key = fold_key(said)
    lex = pair.lexicon
    best = process.extractOne(key, lex.names_by_initial(key[:1]), scorer=fuzz.ratio,
                              score_cutoff=UNKNOWN_WORD_CUTOFF, processor=None)  # fmt: skip
    near = _display(lex.entries[best[0]].name) if best is not None else None
    message = f"« {said} » ressemble à un nom de médicament mais n'est pas dans le référentiel"
    message += f" (« {near} » ?)." if near else "."
    suggestion = "Réécouter le passage et corriger l'orthographe du médicament."
    return Flag("unknown_drug", span.start, span.end, said, str(Severity.WARNING), message,
                suggestion)  # fmt: skip


def _quantity(text: str, q: Quantity) -> Flag:
    said = q.span.of(text)
    dose = (q.unit is not None and q.unit.is_dose()) or bool(
        q.anchor and q.anchor.startswith("drug:")
    )
    what = "Dose dictée" if dose else "Valeur dictée"
    message = f"{what} « {said} » : vérifier à l'écoute le nombre et l'unité."
    return Flag("quantity", q.span.start, q.span.end, said, "warning" if dose else "info", message)


def _display(name: str) -> str:
    return name.capitalize() if name.isupper() else name
