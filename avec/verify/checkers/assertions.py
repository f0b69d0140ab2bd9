"""Negation and hypothesis flips: "pas de fièvre" → "fièvre", "allergie à la pénicilline" →
"pas d'allergie connue", "suspicion de pneumopathie" → "pneumopathie"."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import ClassVar

from avec.text.assertion import AFFIRMED, DECISIVE, HYPOTHESIS, NEGATED, POSITIVE, Term
from avec.text.clauses import by_clause
from avec.text.span import Span
from avec.verify.contrasts import clause_quote
from avec.verify.directions import directions, exceptions, reversed_directions
from avec.verify.document import Analysis, Pair
from avec.verify.experiencer import moved_to_patient
from avec.verify.finding import Finding, Severity
from avec.verify.messages import explain

CHECK = "assertions"


def _compatible(a: Term, b: Term) -> bool:
    return a.modifier is None or b.modifier is None or a.modifier == b.modifier


def _decisive(analysis: Analysis, term: Term) -> list[Term]:
    """Mentions of the same finding that assert something (questions, conditions excluded)."""
    return [
        m
        for m in analysis.mentions.get(term.head, ())
        if m.status in DECISIVE and _compatible(term, m)
    ]


def _affirms(mentions: list[Term], result: bool) -> list[Term]:
    """Mentions that contradict a negation: a positive result for a negative result, else a
    plain affirmation (or a positive result)."""
    wanted = {POSITIVE} if result else {AFFIRMED, POSITIVE}
    return [m for m in mentions if m.status in wanted]


def _stated(analysis: Analysis, statuses: tuple[str, ...]) -> list[tuple[Span | None, Term]]:
    """Findings the text denies or doubts: under a cue, or by the word itself ("apyrétique")."""
    stated: list[tuple[Span | None, Term]] = [
        (a.cue, t) for a in analysis.assertions if a.status in statuses for t in a.terms
    ]
    stated += [
        (None, m)
        for ms in analysis.mentions.values()
        for m in ms
        if m.implied and m.status in statuses
    ]
    # « Des allergies ? — Non. »: the answer denies what the question names
    stated += [
        (answer.cue, m)
        for ms in analysis.mentions.values()
        for m in ms
        if m.status in statuses and (answer := analysis.answer_of(m)) is not None
    ]
    return stated


_ASSERTING = re.compile(
    r"(?:presence d[e']|presente|a presente|presentait|retrouve|retrouvee|avec|diagnostic d[e']|"
    r"antecedents? d[e']|compliquee? d[e']|porteur d[e']|porteuse d[e']|allergie a|allergique a|"
    r"atteinte? d[e']|souffre d[e']|signale|rapporte|decrit)\s*(?:une?\s+|des\s+|la\s+|le\s+|l')?$"
)


# Words by which a rewrite keeps a source's reservation in its own terms.
_RESERVATION = re.compile(
    r"\b(?:sauf|avis|accord|consult\w*|parl\w*|demand\w*|vous-meme|seule?|prescri\w*|medecin)\b"
)


_STATING_USES = frozenset(
    {None, "consultation_note", "discharge_letter", "admin_form", "reformulation"}
)
_CONDITION = re.compile(
    r"\b(?:si|s'il|s'ils|en cas|quand|lorsque|appelez|consultez|contre|eviter|surveiller)\b|\b[a-z]+ez\b"
)


def _conditional(analysis: Analysis, span: Span) -> bool:
    """The clause holding `span` is a condition or an instruction (« en cas de fièvre, appelez »)."""
    (k,) = by_clause([span.start], analysis.clauses)
    if k < 0:
        return False
    clause = analysis.clauses[k].span
    return _CONDITION.search(analysis.folded, clause.start, clause.end) is not None


# concepts that are exams or habits, not findings a question denies or confirms
_NOT_FINDINGS = frozenset({"concept:ecg", "concept:irm", "concept:tdm", "concept:grossesse"})


def _status_at(analysis: Analysis, span: Span) -> str | None:
    """Affirmed or negated: what the words of `span` are said to be (None: neither, or both)."""
    starts, terms = analysis.terms_by_start
    i = bisect_left(starts, span.start - _LONGEST_TERM)
    statuses = set()
    while i < len(terms) and terms[i].span.start < span.end:
        t = terms[i]
        if t.span.overlaps(span) and t.status in (AFFIRMED, NEGATED):
            statuses.add(t.status)
        i += 1
    return next(iter(statuses)) if len(statuses) == 1 else None


_LONGEST_TERM = 80  # characters: a term (head and modifier) is never longer


def _context_span(a: Analysis, span: Span, width: int = 50) -> str:
    text = a.text
    start = max(0, span.start - width)
    end = min(len(text), span.end + width)
    for c in ".\n;?":
        cut = text.rfind(c, start, span.start)
        if cut != -1:
            start = max(start, cut + 1)
        cut = text.find(c, span.end, end)
        if cut != -1:
            end = min(end, cut + (c == "?"))
    return text[start:end].strip()


def _paired(pair: Pair, written: Term, said: Term) -> bool:
    """The output mention and the source mention are about the same thing: their clauses were
    aligned, or the word is named once on each side (nothing else it could be)."""
    if pair.alignment.aligned(written.span, said.span):
        return True
    once_out = len(pair.output.mentions.get(written.head, ())) == 1
    return once_out and len(pair.source.mentions.get(said.head, ())) == 1


def _within(span: Span, shown: list[Span]) -> bool:
    return any(span.overlaps(s) for s in shown)


def _negating(analysis: Analysis, span: Span) -> bool:
    """A negation next to `span` in its clause (« non réalisée », « ne réduit pas »): what the
    word asserts there is not read off the word alone."""
    for clause in analysis.clauses:
        if clause.span.contains(span):
            before = _WORDS_BEFORE.search(analysis.folded, clause.span.start, span.start)
            after = _WORDS_AFTER.match(analysis.folded, span.end, clause.span.end)
            lo = before.start() if before else span.start
            hi = after.end() if after else span.end
            return _NEGATION.search(analysis.folded, lo, hi) is not None
    return False


_NEGATION = re.compile(r"\b(?:ne|pas|jamais|aucune?|sans|non|ni|rien|absence|plus)\b|\bn'")
# up to five words before and four after, not across « : » or a comma
_WORDS_BEFORE = re.compile(r"(?:[^\s:,;]+\s+){1,5}$")
_WORDS_AFTER = re.compile(r"(?:\s+[^\s:,;]+){1,4}")


def _in_parentheses(analysis: Analysis, mention: Term) -> bool:
    """An aside ("artérite à cellules géantes (maladie de Horton) probable") asserts nothing."""
    folded, start = analysis.folded, mention.span.start
    floor = max(0, start - 200)  # an aside is short: no search back through a whole text
    return folded.rfind("(", floor, start) > folded.rfind(")", floor, start)


def _asserted(analysis: Analysis, mention: Term) -> bool:
    """A plain mention asserts the finding when it heads its clause ("Allergie : pénicilline",
    "Toux depuis 3 jours") or follows a presence cue ("présence de", "a présenté", "avec"); a
    word inside an enumeration or an explanation ("(vaseline, crème grasse)") does not."""
    if analysis.answer_of(mention) is not None:
        return True  # « Vous toussez ? — Oui. »
    folded = analysis.folded
    start = mention.span.start
    if _in_parentheses(analysis, mention):
        return False  # an enumeration or an aside
    floor = max(0, start - 200)  # a clause head is near: no search back through a whole text
    clause_start = max(max(folded.rfind(c, floor, start) for c in ".;:\n(") + 1, floor)
    before = folded[clause_start:start]
    if not re.search(r"[a-z]", before.replace("-", "")) or re.fullmatch(r"[\s\-•*]*", before):
        return True
    return _ASSERTING.search(folded[max(clause_start, start - 40) : start]) is not None


def _on_drug(analysis: Analysis, term: Term) -> bool:
    """Drugs are the drug checker's concern ("ne prenez pas la metformine")."""
    i = bisect_right(analysis.drug_ends, term.span.start)  # the first drug ending after it
    return i < len(analysis.drugs) and analysis.drugs[i].span.overlaps(term.span)


class AssertionChecker:
    id: ClassVar[str] = CHECK
    label: ClassVar[str] = "Négations et hypothèses"

    def check(self, pair: Pair) -> Iterator[Finding]:
        src, out = pair.source, pair.output
        reported: set[int] = set()
        # Instructions turned round, then edits between aligned clauses: they say which source
        # clause they contradict; the comparison of mentions below only adds what they miss.
        shown: list[Span] = []
        for f in [*self._instructions(pair), *self._directions(pair)]:
            if f.output_span is not None and not _within(f.output_span, shown):
                shown.append(f.output_span)
                yield f
        yield from self._aligned(pair, reported, shown)
        # The source denies or doubts; the output affirms.
        for _cue, term in _stated(src, (NEGATED, HYPOTHESIS)):
            if _on_drug(src, term):
                continue
            in_output = _decisive(out, term)
            if term.status == HYPOTHESIS:
                hits = [m for m in in_output if m.status == AFFIRMED]
            else:
                hits = _affirms(in_output, term.result)
            hits = [m for m in hits if not _in_parentheses(out, m)]
            if not hits or any(m.status in (NEGATED, HYPOTHESIS) for m in in_output):
                continue
            if _affirms(_decisive(src, term), term.result if term.status == NEGATED else False):
                continue  # the source also affirms it somewhere: ambiguous
            hits = [m for m in hits if _paired(pair, m, term) and not _negating(out, m.span)]
            if not hits:
                continue  # the words meet in clauses about other things, or the output's
                # clause says no itself (a one-word edit there is the diff's to find)
            hit = hits[0]
            if hit.span.start in reported or _on_drug(out, hit) or _within(hit.span, shown):
                continue
            reported.add(hit.span.start)
            yield self._flip(pair, hit, term, term.status)
        # The output denies; the source affirms.
        for cue, term in _stated(out, (NEGATED,)):
            if _on_drug(out, term) or term.span.start in reported or _within(term.span, shown):
                continue
            in_source = _decisive(src, term)
            support = [
                m
                for m in _affirms(in_source, term.result)
                if _asserted(src, m) and _paired(pair, term, m) and not _negating(src, m.span)
            ]
            if not support or any(m.status in (NEGATED, HYPOTHESIS) for m in in_source):
                continue
            reported.add(term.span.start)
            span = cue.cover(term.span) if cue is not None else term.span
            s = support[0]
            yield Finding(
                CHECK,
                "negation_flip",
                Severity.ERROR,
                span,
                s.span,
                *explain(
                    "assertions.negation_flip_denied",
                    written=term.span.of(out.text),
                    source=_context(src, s),
                ),
                _context(src, s),
            )
        yield from self._relatives(pair, shown)
        yield from self._concepts(pair, shown)

    @staticmethod
    def _directions(pair: Pair) -> Iterator[Finding]:
        """« à poursuivre sans interruption » → « vous pouvez l'arrêter »; « avant le repas » →
        « après le repas »; « sauf avis médical » dropped."""
        src, out, al = pair.source, pair.output, pair.alignment
        drugs_src = [(s, k) for s, k in src.concepts if k.startswith("drug:")]
        drugs_out = [(s, k) for s, k in out.concepts if k.startswith("drug:")]
        said = directions(src.folded, al.source_clauses, al.source_token_lists, drugs_src)
        written = directions(out.folded, al.output_clauses, al.output_token_lists, drugs_out)
        for o, s in reversed_directions(said, written):
            yield Finding(
                CHECK, "instruction_flip", Severity.ERROR, o.span, s.span,
                *explain(
                    "assertions.direction_flip",
                    written=clause_quote(out.text, o.clause),
                    source=clause_quote(src.text, s.clause),
                ),
                s.span.of(src.text), s.clause.span,
            )  # fmt: skip
        for link in al.links:
            written_here = link.output.span.of(out.folded)
            if _RESERVATION.search(written_here):
                continue  # « sans l'accord de votre médecin », « pas vous-même »: kept, reworded
            for clause in link.sources:
                for e in exceptions(src.folded, clause):
                    if " ".join(e.of(src.folded).split()) not in " ".join(out.folded.split()):
                        yield Finding(
                            CHECK, "exception_dropped", Severity.WARNING, link.output.span, e,
                            *explain(
                                "assertions.exception_dropped",
                                source=e.of(src.text),
                                clause=clause_quote(src.text, clause),
                            ),
                            e.of(src.text), clause.span,
                        )  # fmt: skip

    @staticmethod
    def _concepts(pair: Pair, shown: list[Span]) -> Iterator[Finding]:
        """A concept the output asserts and the source only denies, or the reverse, whatever
        the words (« Pas de douleur thoracique » for « mal dans la poitrine ? — Oui »)."""
        src, out = pair.source, pair.output
        asked = sorted(a.asked for a in src.answers)
        # the source's concepts inside an answered question, with their status, by concept
        found: dict[str, list[tuple[Span, str]]] = {}
        starts = [a.start for a in asked]
        for span, key in src.concepts:
            i = bisect_right(starts, span.start) - 1
            if key.startswith("concept:") and i >= 0 and asked[i].contains(span):
                status = _status_at(src, span)
                if status is not None:
                    found.setdefault(key, []).append((span, status))
        if pair.use_case not in _STATING_USES:
            return  # a leaflet's or a summary's mentions are advice, not the patient's findings
        for span, key in out.concepts:
            status = _status_at(out, span)
            if key in _NOT_FINDINGS or _conditional(out, span):
                continue
            # what the patient answered about it (words of a question seldom are the note's)
            near = found.get(key, [])
            statuses = {st for _, st in near}
            where = {st: s for s, st in near}
            if status is None or not statuses or status in statuses or _within(span, shown):
                continue
            other = where[next(iter(statuses))]
            shown.append(span)
            yield Finding(
                CHECK, "negation_flip", Severity.ERROR, span, other,
                *explain(
                    "assertions.negation_flip_denied" if status == NEGATED
                    else "assertions.negation_flip_affirmed",
                    written=span.of(out.text), source=_context_span(src, other),
                ),
                _context_span(src, other),
            )  # fmt: skip

    @staticmethod
    def _relatives(pair: Pair, shown: list[Span]) -> Iterator[Finding]:
        """A relative's condition given to the patient (« ATCD familiaux : épilepsie du frère »
        → « Autres antécédents : épilepsie »)."""
        src, out = pair.source, pair.output
        for m in moved_to_patient(pair.alignment):
            if any(m.output_span.overlaps(s) for s in shown):
                continue
            shown.append(m.output_span)
            clause = clause_quote(src.text, m.source_clause)
            yield Finding(
                CHECK, "person_changed", Severity.ERROR, m.output_span, m.source_span,
                *explain("assertions.relative_to_patient",
                         written=m.output_span.of(out.text), clause=clause),
                clause, m.source_clause.span,
            )  # fmt: skip

    @staticmethod
    def _aligned(pair: Pair, reported: set[int], shown: list[Span]) -> Iterator[Finding]:
        """Edits between an output clause and the source clause it comes from: a negation
        added or removed, a word for its contrary, a relative for another."""
        kinds = {
            "polarity": ("negation_flip", "assertions.polarity_aligned"),
            "antonym": ("antonym", "assertions.antonym"),
            "person": ("person_changed", "assertions.person_changed"),
        }
        for c in pair.contrasts:
            if c.kind not in kinds or _within(c.output_span, shown):
                continue
            shown.append(c.output_span)
            category, key = kinds[c.kind]
            yield pair.contrast_finding(c, CHECK, category, Severity.ERROR, key)

    @staticmethod
    def _instructions(pair: Pair) -> Iterator[Finding]:
        """A "do not" of the source turned into a "do" ("ne pas conduire" → "conduisez")."""
        src, out = pair.source, pair.output
        for i in out.instructions:
            if i.negative:
                continue
            forbidden = [s for s in src.instructions if s.negative and s.same_act(i)]
            if not forbidden or any(not s.negative and s.same_act(i) for s in src.instructions):
                continue
            if any(o.negative and o.same_act(i) for o in out.instructions):
                continue
            s = forbidden[0]
            yield Finding(
                CHECK,
                "negation_flip",
                Severity.ERROR,
                i.span,
                s.span,
                *explain(
                    "assertions.instruction_flip",
                    written=i.span.of(out.text),
                    source=s.span.of(src.text),
                ),
                s.span.of(src.text),
            )

    @staticmethod
    def _flip(pair: Pair, hit: Term, term: Term, status: str) -> Finding:
        src, out = pair.source, pair.output
        evidence = _context(src, term)
        said = hit.span.of(out.text)
        if status == HYPOTHESIS:
            return Finding(
                CHECK,
                "hypothesis_to_certainty",
                Severity.ERROR,
                hit.span,
                term.span,
                *explain("assertions.hypothesis_to_certainty", written=said, source=evidence),
                evidence,
            )
        return Finding(
            CHECK,
            "negation_flip",
            Severity.ERROR,
            hit.span,
            term.span,
            *explain("assertions.negation_flip_affirmed", written=said, source=evidence),
            evidence,
        )


def _context(a: Analysis, term: Term, width: int = 50) -> str:
    """The clause around a term, for the evidence line."""
    text = a.text
    start = max(0, term.span.start - width)
    for c in ".\n;":
        cut = text.rfind(c, start, term.span.start)
        if cut != -1:
            start = max(start, cut + 1)
    end = min(len(text), term.span.end + width)
    for c in ".\n;":
        cut = text.find(c, term.span.end, end)
        if cut != -1:
            end = min(end, cut)
    return text[start:end].strip()
