"""French syllable counting for readability formulas.

The unit is the **spoken syllable of careful reading**: every vowel sound counts, an inner « e »
included (mé-de-cin = 3, trai-te-ment = 3); a final mute « e », « es » or verbal « ent » does not
(table = 1, tables = 1, ils mangent = 2 words of 1); glides follow the dictionary (pied = 1,
na-tion = 2, dia-bète = 2) except after a consonant + l/r (cli-ent = 2, ou-bli-er = 3).

Numbers are read as French words (« 38,5 » = trente-huit virgule cinq = 5), units and common
abbreviations as spoken (« mg » = milligrammes = 3), other acronyms letter by letter (« HTA » = 3).
Limits are listed in docs/readability.md.
"""

from __future__ import annotations

import re
from functools import lru_cache

from avec.text.lexicon import is_french_word
from avec.text.normalize import fold

VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüœæ")
_GROUP_RE = re.compile("[aeiouyàâäéèêëîïôöùûüœæ]+")
_OBSTRUENT_LIQUID = re.compile(r"[bcdfgkptv][lr]$")
# Verb ending -ent after a grave accent is never a noun: ils préfèrent, ils possèdent.
_GRAVE_VERB_RE = re.compile(r"è[bcdfghjklmnpqrstvwxzç]+ent$")
# Nouns/adverbs whose stem + e is a word yet that are never plural verbs.
_NOT_VERBS = frozenset({"comment"})

# Spoken forms of units (after a number) and abbreviations (anywhere), keyed by folded token.
UNITS = {
    "mg": "milligrammes", "g": "grammes", "kg": "kilos", "µg": "microgrammes",
    "mcg": "microgrammes", "ng": "nanogrammes", "ml": "millilitres", "l": "litres",
    "dl": "décilitres", "cl": "centilitres", "cm": "centimètres", "mm": "millimètres",
    "m": "mètres", "km": "kilomètres", "h": "heures", "min": "minutes", "mn": "minutes",
    "s": "secondes", "j": "jours", "sem": "semaines", "mmhg": "millimètres de mercure",
    "mmol": "millimoles", "µmol": "micromoles", "meq": "milliéquivalents", "ui": "unités",
    "cp": "comprimés", "cpr": "comprimés", "gtt": "gouttes", "bpm": "battements par minute",
    "kcal": "kilocalories", "cal": "calories",
}  # fmt: skip
ABBREVIATIONS = {
    "dr": "docteur", "pr": "professeur", "m": "monsieur", "mm": "messieurs", "mme": "madame",
    "mmes": "mesdames", "mlle": "mademoiselle", "st": "saint", "ste": "sainte",
    "etc": "et cetera", "cf": "confer", "env": "environ", "ex": "exemple", "p": "par",
    "tel": "téléphone", "n": "numéro", "vs": "versus", "qsp": "quantité suffisante pour",
}  # fmt: skip
# Acronyms read as words rather than spelled.
READ_AS_WORDS = frozenset({"samu", "smur", "sida", "covid", "inserm", "ehpad", "unesco"})
# Letter names: one syllable each except « double vé » and « i grec ».
_LETTER_SYLLABLES = {"w": 3, "y": 2}

# French number words by syllable count (final mute e not counted: quatre = 1, trente = 1).
_BELOW_20 = (2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2)  # zéro … dix-neuf
_TENS = {2: 1, 3: 1, 4: 2, 5: 2, 6: 2}  # vingt, trente, quarante, cinquante, soixante
_SCALES = ((10**9, 2), (10**6, 2), (10**3, 1))  # milliard, million, mille


def _below_100(n: int) -> int:
    if n < 20:
        return _BELOW_20[n]
    tens, unit = divmod(n, 10)
    if tens in _TENS:
        head = _TENS[tens]
        return head + (0 if unit == 0 else 2 if unit == 1 else _BELOW_20[unit])  # « et un »
    if tens == 7:  # soixante-dix…, soixante et onze
        return 2 + (2 if n == 71 else _BELOW_20[n - 60])
    return 2 + (0 if n == 80 else _BELOW_20[n - 80])  # quatre-vingt(s)…


def number_syllables(n: int) -> int:
    """Syllables of a non-negative integer read in French (« 1 250 » = mille deux cent cinquante)."""
    if n < 100:
        return _below_100(n)
    for scale, spoken in _SCALES:
        if n >= scale:
            if n >= scale * 1000:
                return len(str(n))  # beyond what is read aloud: one per digit
            head, rest = divmod(n, scale)
            lead = 0 if (scale == 1000 and head == 1) else number_syllables(head)
            return lead + spoken + (number_syllables(rest) if rest else 0)
    hundreds, rest = divmod(n, 100)
    lead = 0 if hundreds == 1 else _BELOW_20[hundreds]
    return lead + 1 + (_below_100(rest) if rest else 0)


def digits_syllables(raw: str, ordinal: str = "") -> int:
    """Syllables of a number written in digits: « 38,5 », « 1 000 », « 2e », « 1er »."""
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", raw)
    whole, _, decimals = cleaned.replace(".", ",").partition(",")
    count = number_syllables(int(whole)) if whole else 0
    if decimals:
        zeros = len(decimals) - len(decimals.lstrip("0"))
        rest = decimals.lstrip("0")
        count += 2 + 2 * zeros + (number_syllables(int(rest)) if rest else 0)  # virgule, zéro…
    if ordinal:
        count = 2 if whole == "1" and not decimals else count + 1  # premier ; -ième
    return count


def _splits(group: str, before: str) -> int:
    """Syllables in one vowel group; `before` is the text of the word before the group."""
    count = 1
    for j in range(1, len(group)):
        a, b = group[j - 1], group[j]
        if (
            b in "ëïü"  # diaeresis: na-ïf, No-ël
            or (a == "é" and b in VOWELS)  # ré-u-nion, cré-er
            or (a in "ao" and b in "éè")  # po-é-sie, a-é-rien, po-è-te
            or (a == "y" and j >= 2)  # y between vowels: cray-on, voy-age
        ):
            count += 1
        elif b in VOWELS and not (a == "u" and b == "i"):
            # i, u, ou before a vowel after consonant + l/r: cli-ent, ou-bli-er, trou-er, cru-el.
            head = group[: j - 1]
            glide = (a in "iu" and head == "") or (a == "u" and head == "o")
            if glide and _OBSTRUENT_LIQUID.search(before):
                count += 1
    return count


def _part_syllables(part: str, verb_ent: bool) -> int:
    s = part.replace("guë", "gu").replace("qu", "k")
    s = re.sub(r"gu(?=[eiéèêy])", "g", s)
    if verb_ent and s.endswith("ent") and len(s) > 4:
        s = s[:-2]  # ils mangent → mange, ils jouent → joue
    if s.endswith("es") and any(c in VOWELS for c in s[:-2]):
        s = s[:-1]
    if s.endswith("e") and any(c in VOWELS for c in s[:-1]):
        s = s[:-1]  # final mute e; after a vowel it adds no syllable either (an-née, vi-e)
    count = sum(_splits(m.group(), s[: m.start()]) for m in _GROUP_RE.finditer(s))
    if s.startswith("pays") or s == "abbay":  # « ay » read é-i
        count += 1
    return count


def is_plural_verb(word: str) -> bool:
    """Whether a word in -ent is, out of context, a 3rd person plural verb (mute ending).

    A stem + e that is a French word and no plural in -ents says verb (mangent, dorment);
    a plural says noun or adjective (parent/parents, patient/patients, urgent/urgents).
    """
    lower = word.lower()
    if not lower.endswith("ent") or len(lower) <= 4 or lower in _NOT_VERBS:
        return False
    if _GRAVE_VERB_RE.search(lower):
        return True
    folded = fold(lower)
    return is_french_word(folded[:-2]) and not is_french_word(folded + "s")


@lru_cache(maxsize=65536)
def word_syllables(word: str, plural_subject: bool = False) -> int:
    """Syllables of one alphabetic word (hyphenated compounds summed); 0 if it has no vowel.

    `plural_subject`: the word follows « ils »/« elles », so a final -ent is a verb ending.
    """
    *head, last = word.lower().split("-")
    verb = last.endswith("ent") and (plural_subject or is_plural_verb(last))
    return sum(_part_syllables(p, False) for p in head if p) + _part_syllables(last, verb)


def spelled_syllables(letters: str) -> int:
    """An acronym read letter by letter (« IRM » = i-èr-èm = 3)."""
    return sum(_LETTER_SYLLABLES.get(c, 1) for c in fold(letters) if c.isalpha())


def spoken_syllables(phrase: str) -> int:
    return sum(word_syllables(w) for w in phrase.split())


@lru_cache(maxsize=65536)
def token_syllables(token: str, *, after_number: bool = False, dotted: bool = False) -> int:
    """Syllables of a word token as read aloud: units, abbreviations, acronyms, plain words.

    `after_number`: the token follows a number (« 5 mg », « 2 m »); `dotted`: a period follows
    (« Dr. », « M. »).
    """
    key = fold(token)
    vowelless = not any(c in VOWELS for c in key)
    if after_number and key in UNITS:
        return spoken_syllables(UNITS[key])
    if (vowelless or dotted) and key in ABBREVIATIONS:
        return spoken_syllables(ABBREVIATIONS[key])
    if vowelless and key in UNITS:
        return spoken_syllables(UNITS[key])
    if vowelless:
        return spelled_syllables(token)
    if (
        token.isupper()
        and 2 <= len(token) <= 6
        and key not in READ_AS_WORDS
        and not is_french_word(key)
    ):
        return spelled_syllables(token)
    return word_syllables(token)
