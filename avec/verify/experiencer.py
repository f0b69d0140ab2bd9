"""Who a statement is about: the patient, or a relative (« ATCD familiaux : trouble bipolaire chez
la mère », « c'est mon frère qui est épileptique »). A relative's condition that the output gives
the patient is a serious error (« Autres antécédents : épilepsie »).

A clause is about a relative when it names one (`data/contrasts.toml`, persons.relatives), or
when its section heading does (« Antécédents familiaux : » then a list). Findings are compared by
their words: a word that the output lists in the patient's own history (« Antécédents : »,
« Autres antécédents : ») and that the source says only in clauses about relatives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from avec.text.clauses import Clause
from avec.text.span import Span
from avec.verify.alignment import Alignment, stem
from avec.verify.contrasts import lists

MIN_LETTERS = 6  # words shorter than this are too common to carry a finding


@cache
def _relatives() -> re.Pattern[str]:
    words = sorted(lists()["persons"]["relatives"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


_PATIENT_OWN = re.compile(r"\b(?:personnels?|personnelles?|chez (?:le|la) patiente?)\b")
# a relative who reports on the patient (« ma mère me disait », « votre fille m'a appelé »)
_REPORTER = re.compile(
    r"\b(?:mere|pere|fille|fils|epoux|epouse|mari|femme|soeur|frere)\s+(?:\w+\s+){0,2}?"
    r"(?:dit|disait|raconte|trouve|trouvait|pense|a remarque|remarque|m'a appele|a appele|appelle)\b"
)
_GENERIC = frozenset(
    [
        "antecedent",
        "antecedents",
        "familiaux",
        "familiale",
        "familial",
        "medicaux",
        "medical",
        "chirurgicaux",
        "personnel",
        "personnels",
        "traitement",
        "traitements",
        "depuis",
        "maladie",
        "probleme",
        "problemes",
        "notion",
        "diagnostique",
        "diagnostic",
        "egalement",
        "toujours",
        "pendant",
    ]
)


@dataclass(frozen=True, slots=True)
class Moved:
    output_span: Span  # the word, in a clause about the patient
    source_span: Span  # the same word, in a clause about a relative
    source_clause: Clause


_HISTORY = re.compile(
    r"\b(?:antecedents?|atcd|pathologies?|problemes? de sante|histoire|a pour antecedents?)\b"
)


def patient_history(folded: str, clauses: list[Clause]) -> list[bool]:
    """For each clause: does it list the patient's own history (« Antécédents : … », « Autres
    antécédents : … », an item under « Antécédents personnels : »)?"""
    flags: list[bool] = []
    heading = False
    previous: Clause | None = None
    for clause in clauses:
        text = clause.span.of(folded)
        head = clause.label or (text if text.rstrip().endswith(":") else text[:40])
        own = bool(_HISTORY.search(head)) and not _relatives().search(head)
        if text.rstrip().endswith(":"):
            heading = own
            flags.append(False)
            continue
        # a field goes on after « . » or « ; » on its line (« Antécédents : a ; b. c. »)
        same_line = (
            previous is not None and "\n" not in folded[previous.span.end : clause.span.start]
        )
        goes_on = same_line and flags[-1] and clause.label is None
        flags.append(own or goes_on or (heading and clause.label is None))
        if clause.label is not None:
            heading = False
        previous = clause
    return flags


_FIRST_PERSON = re.compile(r"\b(?:je|j'|moi|mon|ma|mes|me|m')(?!\w)")


def _relative_about_self(clause: Clause, text: str) -> bool:
    """A relative speaking of themselves: « Sa fille : moi, j'ai du diabète » (while « Mère : il
    tousse » is about the patient)."""
    if clause.speaker is None or not clause.by_patient:
        return False
    who = clause.speaker.split()
    relative = any(_relatives().fullmatch(w) for w in who)
    return relative and _FIRST_PERSON.search(text) is not None


def about_relatives(folded: str, clauses: list[Clause]) -> list[bool]:
    """For each clause: is it about a relative (itself, or under a heading that is)?"""
    flags: list[bool] = []
    heading = False
    for clause in clauses:
        text = clause.span.of(folded)
        own = (
            _relatives().search(text) is not None
            and not _PATIENT_OWN.search(text)
            and not _REPORTER.search(text)
        ) or _relative_about_self(clause, text)
        if text.rstrip().endswith(":"):  # a heading alone opens a section
            heading = own
            flags.append(own)
            continue
        flags.append(own or (heading and clause.label is None))
        if clause.label is not None:
            heading = False  # « Label : value » closes the section of a heading above it
    return flags


def moved_to_patient(alignment: Alignment) -> Iterator[Moved]:
    src_family = about_relatives(alignment.source_folded, alignment.source_clauses)
    out_family = about_relatives(alignment.output_folded, alignment.output_clauses)
    history = patient_history(alignment.output_folded, alignment.output_clauses)
    where: dict[str, list[tuple[bool, Span, Clause]]] = {}
    for clause, family in zip(alignment.source_clauses, src_family, strict=True):
        for t in alignment.source_tokens(clause):
            if len(t.text) >= MIN_LETTERS and t.text not in _GENERIC:
                where.setdefault(stem(t.text), []).append((family, t.span, clause))
    for link, family, own in zip(alignment.links, out_family, history, strict=True):
        if family or not own:
            continue
        for t in alignment.output_tokens(link.output):
            if len(t.text) < MIN_LETTERS or t.text in _GENERIC or _relatives().fullmatch(t.text):
                continue
            if (
                alignment.output_text[t.span.start].isupper()
                and t.span.start > link.output.span.start
            ):
                continue  # a name (« Simone »), not a finding
            said = where.get(stem(t.text), [])
            if said and all(f for f, _, _ in said):
                _, span, clause = said[0]
                start = link.output.span.start
                if link.output.label is not None:  # the value, not « Antécédents : »
                    colon = alignment.output_folded.find(":", start, link.output.span.end)
                    start = colon + 1 if colon != -1 else start
                    while alignment.output_folded[start] == " ":
                        start += 1
                yield Moved(Span(start, link.output.span.end), span, clause)
                break  # one finding per output clause
