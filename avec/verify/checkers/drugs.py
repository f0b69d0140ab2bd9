"""Drugs: a drug in the output that is not in the source (added or substituted), a near-miss of
a source drug (look-alike/sound-alike), an unknown drug-like word, a source drug dropped."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import ClassVar

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from avec.clinical.drugs import DrugMention, covers, equivalent
from avec.clinical.lasa import Confusion, confusable
from avec.clinical.resources import data_path
from avec.text.lexicon import is_french_word
from avec.text.normalize import words
from avec.verify.document import Analysis, Pair
from avec.verify.finding import Finding, Severity
from avec.verify.messages import explain, text

CHECK = "drugs"
# Words that make a drug mention a non-prescription (stopped, refused, allergy…).
_NOT_TAKEN = re.compile(
    r"\b(?:arret|arrete|arretee|stop|stoppe|suspendu|suspendue|interrompu|interrompue|remplace|"
    r"remplacee|relais|switch|allergie|allergique|intolerance|contre-indique|contre-indication|"
    r"pas de|pas d'|sans|jamais|ancien|anciennement|auparavant|ne prend plus|n'a plus)\b"
)
SUMMARIES = frozenset({"patient_leaflet", "literature_synthesis"})
UNKNOWN_WORD_CUTOFF = 85  # rapidfuzz ratio against the lexicon (same initial)
SOURCE_WORD_CUTOFF = 0.8  # similarity to a drug of the source


@cache
def _suffixes() -> tuple[str, ...]:
    lines = data_path("drug_suffixes.txt").read_text(encoding="utf-8").splitlines()
    return tuple(
        sorted(
            (x.strip() for x in lines if x.strip() and not x.startswith("#")), key=len, reverse=True
        )
    )


def _confusion_text(c: Confusion) -> str:
    if c.reason == "documented":
        return text("drugs.reason_documented", reference=c.source or "ANSM/ISMP")
    if c.reason == "phonetic":
        return text("drugs.reason_phonetic")
    return text("drugs.reason_spelling", percent=round(c.score * 100))


class DrugChecker:
    id: ClassVar[str] = CHECK
    label: ClassVar[str] = "Médicaments"

    def check(self, pair: Pair) -> Iterator[Finding]:
        confused: set[int] = set()  # source drugs an output name was confused with
        for finding in [*self._added_or_confused(pair), *self._unknown_words(pair)]:
            if finding.category == "lasa" and finding.source_span is not None:
                confused.add(finding.source_span.start)
            yield finding
        yield from self._omitted(pair, confused)

    def _in_source(self, pair: Pair, d: DrugMention) -> bool:
        if any(covers(d.entry, s.entry) for s in pair.source.drugs):
            return True
        if re.search(rf"(?<![\w]){re.escape(d.key)}(?![\w])", pair.source.keyed):
            return True
        # « insulinothérapie » names the insulin, « corticothérapie » the corticosteroid
        stem = re.escape(d.key.rstrip("e"))
        return re.search(rf"(?<![\w]){stem}o?therapie", pair.source.keyed) is not None

    def _added_or_confused(self, pair: Pair) -> Iterator[Finding]:
        src, out = pair.source, pair.output
        supported: list[DrugMention] = []
        named = _named_with_supported(out, [self._in_source(pair, d) for d in out.drugs])
        for d, ok in zip(out.drugs, named, strict=True):
            if ok or _second_of_combination(out, d, supported):
                supported.append(d)
                continue
            name = d.span.of(out.text)
            confusions = [(c, s) for s in src.drugs if (c := confusable(d.key, s.key)) is not None]
            if confusions:
                c, s = max(confusions, key=lambda cs: cs[0].score)
                near = s.span.of(src.text)
                yield Finding(
                    CHECK,
                    "lasa",
                    Severity.ERROR,
                    d.span,
                    s.span,
                    *explain("drugs.lasa", written=name, source=near, reason=_confusion_text(c)),
                    near,
                )
                continue
            yield Finding(
                CHECK,
                "added",
                Severity.ERROR,
                d.span,
                None,
                *explain("drugs.added", written=name),
            )

    def _unknown_words(self, pair: Pair) -> Iterator[Finding]:
        src, out, lex = pair.source, pair.output, pair.lexicon
        src_words = {w for w, _ in words(src.folded)}
        in_drug = {i for d in out.drugs for i in range(d.span.start, d.span.end)}
        for key, span in words(out.folded):
            word = span.of(out.text)
            if len(key) < 6 or key in src_words or span.start in in_drug or key in lex.entries:
                continue
            near = max(
                (
                    (Levenshtein.normalized_similarity(key, s.key), s)
                    for s in src.drugs
                    if abs(len(s.key) - len(key)) <= 3
                ),
                default=None,
                key=lambda t: t[0],
            )
            if near and near[0] >= SOURCE_WORD_CUTOFF and not is_french_word(key):
                s = near[1]
                yield Finding(
                    CHECK,
                    "lasa",
                    Severity.ERROR,
                    span,
                    s.span,
                    *explain("drugs.lasa_unknown_word", written=word, source=s.span.of(src.text)),
                    s.span.of(src.text),
                )
                continue
            if is_french_word(key) or not (_drug_like(word, key) or len(key) >= 7):
                continue
            best = process.extractOne(
                key,
                lex.names_by_initial(key[0]),
                scorer=fuzz.ratio,
                score_cutoff=UNKNOWN_WORD_CUTOFF,
                processor=None,
            )
            if best is not None:
                yield Finding(
                    CHECK,
                    "unknown_drug",
                    Severity.WARNING,
                    span,
                    None,
                    *explain("drugs.unknown_drug", written=word, near=lex.entries[best[0]].name),
                )

    def _omitted(self, pair: Pair, confused: set[int]) -> Iterator[Finding]:
        src, out = pair.source, pair.output
        if len(_dosed(out)) < 2:
            return  # no medication list in the output: leaving a drug out is not "dropping" it
        treated = _dosed(src)
        # A leaflet or a literature synthesis may legitimately leave drugs out.
        severity = Severity.INFO if pair.use_case in SUMMARIES else Severity.WARNING
        reported: set[str] = set()
        for s in src.drugs:
            if (
                "drug:" + s.key not in treated
                or s.key in reported
                or _stopped(src, s)
                or s.span.start in confused
            ):
                continue
            if any(covers(d.entry, s.entry) for d in out.drugs):
                continue
            if not _listed_with_kept(src, s, out):
                continue  # not part of the list the output reproduces (another section, a past drug)
            reported.add(s.key)
            s = next(m for m in src.drugs if equivalent(m.entry, s.entry))  # its first mention
            name = s.span.of(src.text)
            yield Finding(
                CHECK,
                "omitted",
                severity,
                None,
                s.span,
                *explain("drugs.omitted", source=name),
                _line(src, s),
            )


LIST_WINDOW_LINES = 3


def _listed_with_kept(src: Analysis, s: DrugMention, out: Analysis) -> bool:
    """The dropped drug sits in the same list as a drug the output kept: its sentence, or a
    neighbouring line of the same paragraph ("- Eliquis…\n- Bisoprolol…")."""
    text = src.text
    para_start = text.rfind("\n\n", 0, s.span.start) + 2 if "\n\n" in text[: s.span.start] else 0
    para_end = text.find("\n\n", s.span.end)
    para_end = len(text) if para_end == -1 else para_end
    line_start = s.span.start
    for _ in range(LIST_WINDOW_LINES + 1):
        line_start = max(
            para_start, text.rfind("\n", para_start, max(para_start, line_start - 1)) + 1
        )
    line_end = s.span.end
    for _ in range(LIST_WINDOW_LINES + 1):
        nxt = text.find("\n", line_end + 1, para_end)
        line_end = para_end if nxt == -1 else nxt
    neighbours = [m for m in src.drugs if line_start <= m.span.start < line_end and m is not s]
    return any(equivalent(m.entry, d.entry) for m in neighbours for d in out.drugs)


def _named_with_supported(a: Analysis, supported: list[bool]) -> list[bool]:
    """'tiotropium/olodatérol (Spiolto Respimat)': drugs written together with a drug the source
    names — in a combination or followed by it in parentheses — are that drug's components."""
    ok = list(supported)
    for i in range(len(a.drugs) - 2, -1, -1):
        between = a.text[a.drugs[i].span.end : a.drugs[i + 1].span.start].strip()
        if ok[i + 1] and between in ("/", "+", "(", "-", "/ ", "+ "):
            ok[i] = True
    return ok


def _second_of_combination(a: Analysis, d: DrugMention, supported: list[DrugMention]) -> bool:
    """'sacubitril/valsartan', 'amoxicilline + acide clavulanique': the second substance of a
    combination whose first one the source supports (its brand, Entresto, has one ATC code)."""
    if not supported:
        return False
    previous = supported[-1]
    return a.text[previous.span.end : d.span.start].strip() in ("/", "+", "-", "et")


def _dosed(a: Analysis) -> set[str]:
    """Drugs written with a dose (a medication list's entries), as their anchor keys."""
    return {
        q.anchor
        for q in a.quantities
        if q.anchor
        and q.anchor.startswith("drug:")
        and (q.unit.is_dose() if q.unit is not None else q.kind == "value")
    }


def _drug_like(word: str, key: str) -> bool:
    return key.endswith(_suffixes()) or (word[:1].isupper() and not word.isupper())


def _stopped(a: Analysis, d: DrugMention) -> bool:
    line_start = a.folded.rfind("\n", 0, d.span.start) + 1
    before = a.folded[max(line_start, d.span.start - 60) : d.span.start]
    return _NOT_TAKEN.search(before) is not None


def _line(a: Analysis, d: DrugMention) -> str:
    start = a.text.rfind("\n", 0, d.span.start) + 1
    end = a.text.find("\n", d.span.end)
    return a.text[start : end if end != -1 else len(a.text)].strip()
