"""Readability of French patient texts: scores, level, target and suggestions, shown to the author.

>>> r = readability("Prenez un comprimé le matin. Buvez de l'eau.")
>>> (r.sentences, r.words, r.syllables, r.label, r.level, r.target_met)
(2, 8, 13, 'facile', 'collège', True)

Scores (docs/readability.md):
- Flesch reading ease in its French adaptation by Kandel & Moles (1958):
  207 − 1,015 × mots/phrase − 73,6 × syllabes/mot; higher is easier.
- LIX (Björnsson 1968): mots/phrase + 100 × mots longs (plus de 6 lettres)/mots; lower is easier.

Label and school level come from Flesch's bands (1948), which Kandel & Moles' adaptation keeps;
the target for patient information is « collège » (lower secondary), i.e. a score ≥ 60.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from avec.communicate.sentences import split_sentences
from avec.communicate.syllables import digits_syllables, token_syllables, word_syllables
from avec.text.normalize import WORD_RE, fold, fold_key
from avec.text.span import Span

# Flesch (1948) bands, lower bound → (label, approximate French school level). Flesch gives US
# grades: 5th (≈ CM2), 6th–9th (≈ 6e–3e), 10th–12th (≈ seconde–terminale), college.
BANDS: tuple[tuple[float, str, str], ...] = (
    (90.0, "très facile", "fin de primaire"),
    (80.0, "facile", "collège"),
    (70.0, "assez facile", "collège"),
    (60.0, "standard", "collège"),
    (50.0, "assez difficile", "lycée"),
    (30.0, "difficile", "études supérieures"),
    (float("-inf"), "très difficile", "études supérieures"),
)
TARGET_LEVEL = "collège"
TARGET_SCORE = 60.0  # lowest Kandel–Moles score still read at « collège » level (band « standard »)
# LIX bands as published with the index (lix.se): below 30 very easy … above 60 very difficult.
LIX_BANDS: tuple[tuple[float, str], ...] = (
    (30.0, "très facile"),
    (40.0, "facile"),
    (50.0, "standard"),
    (60.0, "difficile"),
    (float("inf"), "très difficile"),
)
LONG_WORD_LETTERS = 6  # LIX: a long word has more than six letters
LONG_SENTENCE_WORDS = 15  # avec's threshold for pointing at a sentence (not from a source)
LONGEST_SENTENCES = 3
UNMEASURED = "non mesurable"

_TOKEN_RE = re.compile(
    r"(?P<num>\d+(?:[ \u00a0\u202f]\d{3}(?!\d))*(?:[.,]\d+)?)"
    r"(?P<ord>(?:ères?|ers?|res?|èmes?|emes?|ièmes?|es?|ndes?|nds?)(?![^\W\d_]))?"
    r"|(?P<sym>%|‰|°[ \u00a0\u202f]?[CF](?![^\W\d_])|°)"
    rf"|(?P<word>{WORD_RE.pattern})"
)
_SYMBOLS = {"%": 2, "‰": 2}  # pour cent, pour mille; « °C » and « ° »: degrés
_APOSTROPHES = "'’"
# Clitics between a subject pronoun and its verb: « ils ne le prennent pas ».
_CLITICS = frozenset({"ne", "n", "se", "s", "le", "la", "l", "les", "leur", "lui", "y", "en",
                      "me", "m", "te", "t", "nous", "vous"})  # fmt: skip
_PLURAL_SUBJECTS = frozenset({"ils", "elles"})


@dataclass(frozen=True, slots=True)
class Token:
    span: Span
    syllables: int
    letters: int  # letters of the word itself (LIX); 0 for numbers and symbols


@dataclass(frozen=True, slots=True)
class Suggestion:
    kind: str  # "phrase_longue" or "mot_courant"
    span: Span
    text: str
    message: str
    replacement: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "span": self.span.as_list(),
            "text": self.text,
            "message": self.message,
            "replacement": self.replacement,
        }


@dataclass(frozen=True, slots=True)
class Readability:
    sentences: int
    words: int
    syllables: int
    long_words: int
    kandel_moles: float | None  # None when the text has no word
    lix: float | None
    label: str
    level: str
    lix_label: str
    target_met: bool
    suggestions: tuple[Suggestion, ...] = field(default=())

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / self.words if self.words else 0.0

    @property
    def message(self) -> str:
        """One French sentence for the author."""
        if self.kandel_moles is None:
            return "Lisibilité non mesurable : le texte ne contient aucun mot."
        verdict = (
            "objectif « collège » atteint"
            if self.target_met
            else "objectif « collège » non atteint : raccourcir les phrases et les mots"
        )
        return (
            f"Lisibilité {self.label} (score de Flesch adapté au français : "
            f"{_fr(self.kandel_moles)}), niveau {self.level} — {verdict}."
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "sentences": self.sentences,
            "words": self.words,
            "syllables": self.syllables,
            "long_words": self.long_words,
            "kandel_moles": None if self.kandel_moles is None else round(self.kandel_moles, 1),
            "lix": None if self.lix is None else round(self.lix, 1),
            "label": self.label,
            "level": self.level,
            "lix_label": self.lix_label,
            "target_met": self.target_met,
            "message": self.message,
            "suggestions": [s.to_dict() for s in self.suggestions],
        }


def _fr(value: float) -> str:
    return f"{value:.1f}".replace(".", ",").replace("-", "−")


def tokens(text: str) -> list[Token]:
    """Words as read aloud, in order: alphabetic words (an elided « l' », « qu' » joins the next
    word), numbers (one word each, read in French) and the symbols %, ‰, °C."""
    out: list[Token] = []
    pending: tuple[int, int] | None = None  # (start, syllables) of an elided « l' », « jusqu' »
    prev_kind = ""
    subject = False  # « ils »/« elles » seen, only clitics since
    for m in _TOKEN_RE.finditer(text):
        start, end = m.start(), m.end()
        if m.group("num") is not None:
            out.append(
                Token(Span(start, end), digits_syllables(m.group("num"), m.group("ord") or ""), 0)
            )
            pending, prev_kind, subject = None, "num", False
            continue
        if m.group("sym") is not None:
            out.append(Token(Span(start, end), _SYMBOLS.get(m.group(), 2), 0))
            pending, prev_kind, subject = None, "sym", False
            continue
        word = m.group()
        if end + 1 < len(text) and text[end] in _APOSTROPHES and text[end + 1].isalpha():
            elided = word_syllables(word)  # l' → 0, jusqu' → 1, aujourd' → 2
            pending = (pending[0] if pending else start, (pending[1] if pending else 0) + elided)
            continue
        key = fold(word)
        dotted = end < len(text) and text[end] == "."
        if subject and key.endswith("ent") and word.islower():
            syllables = word_syllables(word, plural_subject=True)
        else:
            syllables = token_syllables(word, after_number=prev_kind == "num", dotted=dotted)
        head, extra = (pending[0], pending[1]) if pending else (start, 0)
        letters = len(word) - word.count("-")
        out.append(Token(Span(head, end), max(1, syllables + extra), letters))
        subject = key in _PLURAL_SUBJECTS or (subject and key in _CLITICS)
        pending, prev_kind = None, "word"
    return out


def count_syllables(text: str) -> int:
    """Syllables of a word or phrase as read aloud (« aujourd'hui » = 3, « 38,5 °C » = 7)."""
    return sum(t.syllables for t in tokens(text))


def _band(score: float) -> tuple[str, str]:
    for low, label, level in BANDS:
        if score >= low:
            return label, level
    raise AssertionError("unreachable")  # pragma: no cover - the last band is -inf


def _lix_band(score: float) -> str:
    return next(label for high, label in LIX_BANDS if score < high)


def _key(term: str) -> str:
    return fold_key(term).replace("œ", "oe")


@cache
def _plain_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """The jargon → plain French lexicon (data/plain_words.tsv) as one pattern on folded text."""
    path = resources.files("avec.communicate") / "data" / "plain_words.tsv"
    plain: dict[str, str] = {}
    rows = [
        line.split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    for term, replacement in sorted(rows[1:], key=lambda r: -len(r[0])):  # rows[0]: header
        plain[_key(term)] = replacement.strip()
    # Each word may take a plural or feminine ending; spaces and hyphens are interchangeable.
    parts = [
        r"[\s\-]+".join(
            re.escape(w).replace("oe", "(?:oe|œ)") + "(?:e|s|es|x)?" for w in key.split(" ")
        )
        for key in plain
    ]
    pattern = re.compile(rf"(?<![^\W\d_])(?:{'|'.join(parts)})(?![^\W\d_])")
    return pattern, plain


def _plain_key(matched: str, plain: dict[str, str]) -> str | None:
    """The entry a match came from: the same words, each possibly with its ending."""
    key = _key(matched)
    if key in plain:
        return key
    words = key.split(" ")
    for entry in plain:  # longest first
        parts = entry.split(" ")
        if len(parts) == len(words) and all(
            w.startswith(p) for w, p in zip(words, parts, strict=True)
        ):
            return entry
    return None  # pragma: no cover - the pattern is built from the entries


def _suggestions(text: str, sentences: list[tuple[Span, int]]) -> list[Suggestion]:
    found: list[Suggestion] = []
    longest = sorted(sentences, key=lambda s: (-s[1], s[0].start))[:LONGEST_SENTENCES]
    for span, n in longest:
        if n > LONG_SENTENCE_WORDS:
            found.append(
                Suggestion(
                    "phrase_longue",
                    span,
                    span.of(text),
                    f"Phrase de {n} mots : la couper en phrases plus courtes, une idée par phrase.",
                )
            )
    pattern, plain = _plain_words()
    for m in pattern.finditer(fold(text)):
        key = _plain_key(m.group(), plain)
        if key is None:  # pragma: no cover
            continue
        written = text[m.start() : m.end()]
        found.append(
            Suggestion(
                "mot_courant",
                Span(m.start(), m.end()),
                written,
                f"« {written} » : mot de spécialiste ; écrire plutôt « {plain[key]} ».",
                plain[key],
            )
        )
    return sorted(found, key=lambda s: (s.span.start, s.kind))


def readability(text: str) -> Readability:
    """Scores, French label and school level, target and suggestions for one text."""
    toks = tokens(text)
    counted: list[tuple[Span, int]] = []  # sentences with at least one word, and their length
    inside: list[Token] = []  # list markers (« 1. ») are outside every sentence
    i = 0
    for span in split_sentences(text):  # tokens and sentences are both in text order
        while i < len(toks) and toks[i].span.start < span.start:
            i += 1
        first = len(inside)
        while i < len(toks) and toks[i].span.start < span.end:
            inside.append(toks[i])
            i += 1
        if len(inside) > first:
            counted.append((span, len(inside) - first))
    words = len(inside)
    syllables = sum(t.syllables for t in inside)
    long_words = sum(1 for t in inside if t.letters > LONG_WORD_LETTERS)
    if not words:
        return Readability(0, 0, 0, 0, None, None, UNMEASURED, UNMEASURED, UNMEASURED, False)
    n_sentences = len(counted)
    score = 207 - 1.015 * words / n_sentences - 73.6 * syllables / words
    # Björnsson counts a colon inside a sentence as a period.
    periods = n_sentences + sum(len(re.findall(r":\s+\S", s.of(text))) for s, _ in counted)
    lix = words / periods + 100 * long_words / words
    label, level = _band(score)
    return Readability(
        sentences=n_sentences,
        words=words,
        syllables=syllables,
        long_words=long_words,
        kandel_moles=score,
        lix=lix,
        label=label,
        level=level,
        lix_label=_lix_band(lix),
        target_met=score >= TARGET_SCORE,
        suggestions=tuple(_suggestions(text, counted)),
    )
