"""Clauses of a clinical text, with the dialogue turn each belongs to.

The unit of comparison between a source and the text generated from it: a sentence, a list item,
a form field or a speaker's turn, cut further at « ; » and, when longer than `MAX_CHARS`, at a
comma or a space (an unpunctuated dictation still gives clauses of bounded size, so everything
built on clauses stays linear in the text). Offsets are the text's own (`Span`).

A transcript line « Médecin : … », « Mme Martin : … » or « — … » opens a speaker turn; a short
label that is not a person (« Antécédents : aucun ») is a form field, kept with its value.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from avec.text.normalize import fold
from avec.text.span import Span

MAX_CHARS = 240  # a longer clause is cut at a comma, else at a space

# A speaker label at a line start: a role, a title and a name, or a name (two capitalised words).
_ROLE = (
    r"(?:le\s+|la\s+|l'|sa\s+|son\s+)?(?:dr|docteur|docteure|pr|professeur|medecin|interne|"
    r"externe|ide|infirmier|infirmiere|ipa|sage-femme|kine|aide-soignante?|as|patient|patiente|"
    r"mere|pere|fille|fils|epoux|epouse|mari|femme|conjoint|conjointe|compagnon|compagne|aidant|"
    r"aidante|frere|soeur|sœur|grand-mere|grand-pere|tuteur|tutrice|accompagnant|accompagnante|"
    r"parent|maman|papa|enfant|residente?|assistante?\s+sociale?|psychologue|pharmacien|"
    r"pharmacienne|secretaire|regulateur|regulatrice|arm|appelant|appelante|m|mme|mlle|monsieur|"
    r"madame)"
)
# A specialist named by their trade: « Cardiologue », « Pédiatre », « Kinésithérapeute »
_TRADE = r"[a-z-]*(?:logue|iatre|ien|ienne|iste|eute|ographe|sage-femme|infirmiere?)"
_SPEAKER = re.compile(
    rf"[ \t]*(?:[-•*][ \t]*)?(?P<who>(?:{_ROLE}|{_TRADE})\b\.?(?:[ \t]+[a-z][\w'-]*\.?){{0,3}}"
    r"(?:[ \t]*\([^()\n]{1,30}\))?)[ \t]*:[ \t]*"
)
# A speaker named only by a name (« Lucas : », « Mme Roux : »), in the original text's capitals;
# taken as a speaker only in a text that is a dialogue by its other labels.
_NAMED = re.compile(
    r"[ \t]*(?P<who>[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+[A-ZÀ-Ý][\w'’.-]*){0,2})[ \t]*:[ \t]+"
)
_FIELDS = frozenset(
    [
        "motif",
        "antecedents",
        "atcd",
        "traitement",
        "traitements",
        "examen",
        "conclusion",
        "allergies",
        "allergie",
        "diagnostic",
        "biologie",
        "imagerie",
        "histoire",
        "suivi",
        "plan",
        "evolution",
        "poids",
        "taille",
        "ta",
        "pa",
        "tension",
        "date",
        "objet",
        "nom",
        "prenom",
        "adresse",
        "telephone",
        "tel",
        "signature",
        "consignes",
        "remarques",
        "objectif",
        "objectifs",
        "synthese",
        "resultats",
        "resume",
        "introduction",
        "contact",
        "service",
        "destinataire",
        "copie",
        "hospitalisation",
        "sortie",
        "entree",
        "fonctionnel",
        "ecg",
        "irm",
        "scanner",
        "bilan",
        "note",
        "notes",
        "cat",
        "ordonnance",
        "posologie",
        "duree",
        "indication",
        "lieu",
        "horaires",
        "remarque",
    ]
)
# Who speaks for the care team (their words carry instructions), as opposed to the patient and
# those around them.
_CLINICIAN = re.compile(
    rf"(?:le\s+|la\s+|l')?(?:dr|docteur|docteure|pr|professeur|medecin|interne|externe|ide|ipa|"
    rf"infirmier|infirmiere|sage-femme|kine|aide-soignante?|psychologue|pharmacien|pharmacienne|"
    rf"regulateur|regulatrice|arm|{_TRADE})\b"
)
_DASH_TURN = re.compile(r"(?:^|(?<=[.?!…»])[ \t]+)[-—–][ \t]+")  # « — Non. » in a line of turns
_LABEL = re.compile(r"[ \t]*(?:[-•*][ \t]*)?(?P<label>[^\W\d][^:\n]{0,40}?)[ \t]*:[ \t]*(?=\S)")
_BREAK = re.compile(r"(?<!\d)[.!?…]+(?=\s|$)|(?<=\d)\.(?=\s|$)|;")
_ABBREVIATION_DOT = re.compile(r"(?:\b(?:dr|pr|mme|mlle|m|cf|env|tel|cp|ref|vs|ex)|\b[a-z])$")


@dataclass(frozen=True, slots=True)
class Clause:
    index: int
    span: Span
    turn: int  # speaker turn, -1 outside a dialogue
    speaker: str | None  # folded label of the turn's speaker ("medecin", "mme martin")
    question: bool  # ends with « ? »
    label: str | None  # form field label ("antecedents") when the clause is « Label : valeur »

    def of(self, text: str) -> str:
        return self.span.of(text)

    @property
    def by_patient(self) -> bool:
        """Said by the patient or someone close to them, not by the care team."""
        return self.speaker is not None and _CLINICIAN.match(self.speaker) is None


def split_clauses(text: str) -> list[Clause]:
    """The clauses of `text`, in order (linear in its length)."""
    folded = fold(text)
    clauses: list[Clause] = []
    turn = -1
    speaker: str | None = None
    # A dialogue has two speakers at least: a lone « Patient : Mme X » is a form field.
    roles: set[str] = set()
    names: dict[str, int] = {}
    pos = 0
    for line in folded.split("\n"):
        m = _SPEAKER.match(line)
        if m is not None and _person(m.group("who")):
            roles.add(" ".join(m.group("who").split()[:1]))
        elif (n := _NAMED.match(text, pos, pos + len(line))) is not None and _named(n):
            name = " ".join(fold(n.group("who")).split())
            names[name] = names.get(name, 0) + 1
        pos += len(line) + 1
    # a name speaks more than once; a capitalised field (« Contexte : ») is said once
    speaking = {name for name, count in names.items() if count >= 2}
    dialogue = len(roles) >= 2 or (len(roles) == 1 and len(speaking) >= 1)
    pos = 0
    for line in folded.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        m = _SPEAKER.match(folded, start, end) if dialogue else None
        n = _NAMED.match(text, start, end) if dialogue and m is None else None
        if n is not None and " ".join(fold(n.group("who")).split()) not in speaking:
            n = None
        if m is not None and _person(m.group("who")):
            turn += 1
            speaker = " ".join(m.group("who").split())
            start = m.end()
        elif n is not None and _named(n):
            turn += 1
            speaker = " ".join(fold(n.group("who")).split())
            start = n.end()
        for seg_start, seg_end, new_turn in _dash_turns(folded, start, end):
            if new_turn:
                turn += 1
                speaker = None
            for a, b in _sentences(folded, seg_start, seg_end):
                _add(clauses, folded, a, b, turn, speaker)
    return clauses


def by_clause(starts: list[int], clauses: list[Clause]) -> list[int]:
    """For items starting at `starts` (sorted or not), the index of the clause holding each (-1:
    none); one bisect per item, so grouping items by clause stays linear."""
    begins = [c.span.start for c in clauses]
    found = []
    for start in starts:
        i = bisect_right(begins, start) - 1
        found.append(i if i >= 0 and start < clauses[i].span.end else -1)
    return found


def _named(m: re.Match[str]) -> bool:
    """A name before « : », not a form field (« Motif : », « Antécédents : »)."""
    label = " ".join(fold(m.group("who")).split())
    return label.split()[0].rstrip(".") not in _FIELDS


def _person(who: str) -> bool:
    """A speaker label, not a form field: « Patiente », « Dr Morel », « La fille (aidante) »."""
    return len(who.split()) <= 6


def _dash_turns(folded: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """A line cut at its « — » turn marks: (start, end, opens a turn) for each piece."""
    pieces: list[tuple[int, int, bool]] = []
    cut, opens = start, False
    for m in _DASH_TURN.finditer(folded, start, end):
        if m.start() > cut:
            pieces.append((cut, m.start(), opens))
        cut, opens = m.end(), True
    if cut < end:
        pieces.append((cut, end, opens))
    return pieces


def _sentences(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    cut = start
    for m in _BREAK.finditer(folded, start, end):
        if m.group() == "." and _ABBREVIATION_DOT.search(
            folded, max(cut, m.start() - 6), m.start()
        ):
            continue  # « Dr. », « M. », an initial
        pieces.append((cut, m.end()))
        cut = m.end()
    if cut < end:
        pieces.append((cut, end))
    return pieces


def _add(
    clauses: list[Clause], folded: str, start: int, end: int, turn: int, speaker: str | None
) -> None:
    while start < end and folded[start] in " \t-•*>":
        start += 1
    while end > start and folded[end - 1].isspace():
        end -= 1
    if end <= start or not any(c.isalnum() for c in folded[start:end]):
        return
    while end - start > MAX_CHARS:
        cut = _cut_point(folded, start, start + MAX_CHARS)
        _append(clauses, folded, start, cut, turn, speaker)
        start = cut
        while start < end and folded[start] in " ,\t":
            start += 1
    if end > start:
        _append(clauses, folded, start, end, turn, speaker)


def _cut_point(folded: str, start: int, limit: int) -> int:
    """Where to cut an over-long clause: after its last comma, else its last space, else hard."""
    half = start + MAX_CHARS // 2
    comma = folded.rfind(",", half, limit)
    if comma != -1:
        return comma + 1
    space = folded.rfind(" ", half, limit)
    return space if space != -1 else limit


def _append(
    clauses: list[Clause], folded: str, start: int, end: int, turn: int, speaker: str | None
) -> None:
    label_m = _LABEL.match(folded, start, end)
    label = " ".join(label_m.group("label").split()) if label_m else None
    question = folded[start:end].rstrip().endswith("?")
    clauses.append(Clause(len(clauses), Span(start, end), turn, speaker, question, label))
