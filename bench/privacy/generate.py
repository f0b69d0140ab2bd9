"""Generate the gold-annotated French clinical corpus of the de-identification benchmark.

The corpus is synthetic and deterministic: the same ``seed`` and ``n`` always give the same
documents. Every identifier is invented (Faker ``fr_FR`` for about half of the names, the other
half and all the hard cases from hand-written lists and templates in this module); every check
digit (NIR key, RPPS Luhn, IBAN mod 97) is valid so that a detector may use it.

How a document is built: the templates below write *markup*, ordinary text in which a gold
entity is written ``⟦Dupont|NOM⟧`` and a term that must never be redacted ``⟪Parkinson|eponym⟫``
(helpers :func:`ent` and :func:`keep`). :func:`render` walks the markup once, left to right,
concatenating the plain pieces and the bracketed pieces and recording each bracketed piece's
offsets as it appends it. Offsets therefore come from construction, never from searching the
final string, and two identical strings in one document get their own offsets.

The annotation guide is in ``bench/privacy/README.md``; it is the contract shared with the
detector, which this module never imports or reads.

Usage::

    python bench/privacy/generate.py --out corpus.jsonl [--seed 2026] [--n 320]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

from faker import Faker

T = TypeVar("T")
Doc = dict[str, Any]

LABELS: tuple[str, ...] = (
    "NOM",
    "PRENOM",
    "DATE_NAISSANCE",
    "DATE",
    "ADRESSE",
    "VILLE",
    "ZIP",
    "TEL",
    "MAIL",
    "SECU",
    "INS",
    "IPP",
    "NDA",
    "HOPITAL",
    "RPPS",
    "FINESS",
    "IBAN",
    "URL",
)
KEEP_KINDS: tuple[str, ...] = ("eponym", "drug", "unit", "role", "weekday")
KINDS: tuple[str, ...] = (
    "discharge_letter",
    "consultation_transcript",
    "operative_report",
    "prescription",
    "referral_letter",
    "nursing_note",
    "medico_social",
    "email",
    "admin_form",
)

# --------------------------------------------------------------------------------------------
# Markup
# --------------------------------------------------------------------------------------------

_MARK = re.compile(r"⟦([^⟦⟧⟪⟫|]+)\|([A-Z_]+)⟧|⟪([^⟦⟧⟪⟫|]+)\|([a-z_]+)⟫")
_BRACKETS = re.compile("[⟦⟧⟪⟫]")


def ent(text: str, label: str) -> str:
    """Markup for a gold entity ``text`` labelled ``label``."""
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r}")
    if not text or text != text.strip() or _BRACKETS.search(text) or "|" in text:
        raise ValueError(f"bad entity text {text!r}")
    return f"⟦{text}|{label}⟧"


def keep(text: str, kind: str) -> str:
    """Markup for a must-keep term ``text`` of kind ``kind`` (eponym, drug, unit, role...)."""
    if kind not in KEEP_KINDS:
        raise ValueError(f"unknown must_keep kind {kind!r}")
    if not text or text != text.strip() or _BRACKETS.search(text) or "|" in text:
        raise ValueError(f"bad must_keep text {text!r}")
    return f"⟪{text}|{kind}⟫"


def epo(name: str) -> str:
    """An eponym (``maladie de ⟪Parkinson⟫``)."""
    return keep(name, "eponym")


def drug(name: str) -> str:
    """A drug name, INN or brand."""
    return keep(name, "drug")


def unit(symbol: str) -> str:
    """A unit of measure."""
    return keep(symbol, "unit")


def role(name: str) -> str:
    """A professional role (``médecin traitant``, ``infirmière``)."""
    return keep(name, "role")


def weekday(name: str) -> str:
    """A weekday (never an identifier)."""
    return keep(name, "weekday")


def _check_plain(piece: str) -> None:
    if _BRACKETS.search(piece):
        raise ValueError(f"unbalanced markup near {piece[:80]!r}")


def render(markup: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """Turn markup into ``(text, entities, must_keep)``, recording offsets while concatenating."""
    pieces: list[str] = []
    entities: list[dict[str, Any]] = []
    keeps: list[dict[str, Any]] = []
    pos = 0
    last = 0
    for m in _MARK.finditer(markup):
        plain = markup[last : m.start()]
        _check_plain(plain)
        pieces.append(plain)
        pos += len(plain)
        body = m.group(1) if m.group(1) is not None else m.group(3)
        start, end = pos, pos + len(body)
        if m.group(1) is not None:
            entities.append({"start": start, "end": end, "label": m.group(2), "text": body})
        else:
            keeps.append({"start": start, "end": end, "text": body, "kind": m.group(4)})
        pieces.append(body)
        pos = end
        last = m.end()
    tail = markup[last:]
    _check_plain(tail)
    pieces.append(tail)
    return "".join(pieces), entities, keeps


def visible_len(markup: str) -> int:
    """Length of the text that ``markup`` renders to."""
    return len(_MARK.sub(lambda m: m.group(1) or m.group(3), markup))


def tidy(markup: str) -> str:
    """Drop trailing blanks at line ends and collapse runs of blank lines."""
    markup = re.sub(r"[ \t]+\n", "\n", markup)
    markup = re.sub(r"\n{3,}", "\n\n", markup)
    return markup.strip() + "\n"


# --------------------------------------------------------------------------------------------
# Small text utilities
# --------------------------------------------------------------------------------------------

_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "œ": "oe", "æ": "ae"})


def ascii_fold(text: str) -> str:
    """Remove accents (``Kılıç`` → ``Kilic``)."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def slug(text: str, sep: str = "") -> str:
    """Lowercase ASCII form of a name for e-mail local parts (``Le Floc'h`` → ``lefloch``)."""
    text = ascii_fold(text).lower()
    text = re.sub(r"[\s'’]+", sep, text)
    return re.sub(r"[^a-z0-9.\-]", "", text)


_UNITS_FR = (
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
)
_TENS_FR = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def words(n: int) -> str:
    """French number in words, traditional spelling (``71`` → ``soixante et onze``)."""
    if n < 0 or n >= 1_000_000:
        raise ValueError(n)
    if n < 17:
        return _UNITS_FR[n]
    if n < 20:
        return "dix-" + _UNITS_FR[n - 10]
    if n < 70:
        tens, rest = divmod(n, 10)
        if rest == 0:
            return _TENS_FR[tens]
        if rest == 1:
            return f"{_TENS_FR[tens]} et un"
        return f"{_TENS_FR[tens]}-{_UNITS_FR[rest]}"
    if n < 80:
        return "soixante et onze" if n == 71 else "soixante-" + words(n - 60)
    if n < 100:
        return "quatre-vingts" if n == 80 else "quatre-vingt-" + words(n - 80)
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "cent" if hundreds == 1 else f"{_UNITS_FR[hundreds]} cent"
        if rest == 0:
            return head + ("s" if hundreds > 1 else "")
        return f"{head} {words(rest)}"
    thousands, rest = divmod(n, 1000)
    head = "mille" if thousands == 1 else f"{words(thousands)} mille"
    return head if rest == 0 else f"{head} {words(rest)}"


MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def fmt_date(d: date, style: str) -> str:
    """Format a date: ``slash`` 03/04/2025, ``long`` 3 avril 2025, ``dot``, ``iso``, ``short``
    03/04/25, ``words`` trois avril deux mille vingt-cinq, ``dm`` 3 avril, ``my`` avril 2025."""
    day = "1er" if d.day == 1 else str(d.day)
    match style:
        case "slash":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        case "dot":
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        case "iso":
            return d.isoformat()
        case "short":
            return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
        case "long":
            return f"{day} {MONTHS[d.month - 1]} {d.year}"
        case "dm":
            return f"{day} {MONTHS[d.month - 1]}"
        case "my":
            return f"{MONTHS[d.month - 1]} {d.year}"
        case "words":
            spoken_day = "premier" if d.day == 1 else words(d.day)
            return f"{spoken_day} {MONTHS[d.month - 1]} {words(d.year)}"
        case "words_dm":
            spoken_day = "premier" if d.day == 1 else words(d.day)
            return f"{spoken_day} {MONTHS[d.month - 1]}"
    raise ValueError(style)


# --------------------------------------------------------------------------------------------
# Identifiers with valid check digits
# --------------------------------------------------------------------------------------------


def luhn_digit(partial: str) -> int:
    """Check digit that makes ``partial + digit`` pass the Luhn test."""
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def luhn_ok(number: str) -> bool:
    """Luhn test over all digits of ``number``."""
    return luhn_digit(number[:-1]) == int(number[-1])


def nir_key(body13: str) -> int:
    """NIR key: 97 − (number mod 97), Corsica 2A → 19, 2B → 18."""
    return 97 - int(body13.replace("2A", "19").replace("2B", "18")) % 97


def make_nir(rng: random.Random, female: bool, born: date, dept: str) -> str:
    """A 15-character NIR (13 + key) for a person born in ``dept`` (``29``, ``2A``, ``974``,
    ``99352`` for a country code)."""
    sex = "2" if female else "1"
    if len(dept) == 5:  # born abroad: 99 + INSEE country code, then a 3-digit order number
        place = dept
    elif len(dept) == 3:  # overseas: 3-digit department, 2-digit commune
        place = dept + f"{rng.randrange(1, 25):02d}"
    else:
        place = dept + f"{rng.randrange(1, 300):03d}"
    body = f"{sex}{born.year % 100:02d}{born.month:02d}{place}{rng.randrange(1, 999):03d}"
    return body + f"{nir_key(body):02d}"


def fmt_nir(nir: str, spaced: bool) -> str:
    """``1 52 03 29 019 123 45`` or the 15 characters run together."""
    if not spaced:
        return nir
    if nir[5:7] == "97":  # overseas: 3-digit department, 2-digit commune
        parts = [nir[0], nir[1:3], nir[3:5], nir[5:8], nir[8:10], nir[10:13], nir[13:]]
    else:
        parts = [nir[0], nir[1:3], nir[3:5], nir[5:7], nir[7:10], nir[10:13], nir[13:]]
    return " ".join(parts)


def make_rpps(rng: random.Random) -> str:
    """11-digit RPPS number starting with 10, Luhn-valid over the 11 digits."""
    partial = "10" + "".join(str(rng.randrange(10)) for _ in range(8))
    return partial + str(luhn_digit(partial))


def make_adeli(rng: random.Random, dept: str) -> str:
    """9-digit ADELI number (department, profession, sequence, key)."""
    dept = dept if dept.isdigit() and len(dept) == 2 else "29"
    partial = dept + rng.choice("0167") + "".join(str(rng.randrange(10)) for _ in range(5))
    return partial + str(luhn_digit(partial))


def make_finess(rng: random.Random, dept: str) -> str:
    """9-digit FINESS number for an establishment of ``dept`` (Luhn key)."""
    dept = dept if dept.isdigit() and len(dept) == 2 else "35"
    partial = dept + rng.choice(["00", "01", "07", "78"]) + f"{rng.randrange(10000):04d}"
    return partial + str(luhn_digit(partial))


_BANKS = (
    "30004",
    "30002",
    "10278",
    "20041",
    "30003",
    "11306",
    "16006",
    "13807",
    "12506",
    "14406",
    "10907",
    "15589",
    "18306",
    "17515",
    "30066",
    "12939",
)


def make_iban(rng: random.Random) -> str:
    """French IBAN (27 characters): valid RIB key and mod-97 check digits."""
    bank = rng.choice(_BANKS)
    branch = f"{rng.randrange(100000):05d}"
    account = f"{rng.randrange(10**11):011d}"
    rib = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    bban = f"{bank}{branch}{account}{rib:02d}"
    check = 98 - int(bban + "152700") % 97  # F=15, R=27, then "00"
    return f"FR{check:02d}{bban}"


def iban_ok(iban: str) -> bool:
    """Mod-97 test of an IBAN (spaces allowed)."""
    compact = iban.replace(" ", "")
    moved = compact[4:] + compact[:4]
    digits = "".join(str(int(ch, 36)) for ch in moved)
    return int(digits) % 97 == 1


def fmt_iban(iban: str, spaced: bool) -> str:
    """Groups of four characters, or compact."""
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if spaced else iban


def make_phone(rng: random.Random, mobile: bool, area: str | None = None) -> str:
    """Ten-digit French number: 06/07 for a mobile, else 01-05 or 09."""
    if mobile:
        head = rng.choice(["06", "07", "06"])
    else:
        head = area or rng.choice(["01", "02", "03", "04", "05", "09"])
    return head + "".join(str(rng.randrange(10)) for _ in range(8))


def fmt_phone(digits: str, style: str) -> str:
    """``spaced`` 06 12 34 56 78, ``dots``, ``dash``, ``compact``, ``intl`` +33 6 12 34 56 78,
    ``intl0`` +33 (0)6 12 34 56 78, ``intlc`` +33612345678."""
    pairs = [digits[i : i + 2] for i in range(0, 10, 2)]
    match style:
        case "spaced":
            return " ".join(pairs)
        case "dots":
            return ".".join(pairs)
        case "dash":
            return "-".join(pairs)
        case "compact":
            return digits
        case "intl":
            return "+33 " + digits[1] + " " + " ".join(pairs[1:])
        case "intl0":
            return "+33 (0)" + digits[1] + " " + " ".join(pairs[1:])
        case "intlc":
            return "+33" + digits[1:]
    raise ValueError(style)


def spoken_phone(digits: str, commas: bool = True) -> str:
    """A phone number said aloud pair by pair (``zéro six, douze, ...``)."""
    said: list[str] = []
    for i in range(0, 10, 2):
        pair = digits[i : i + 2]
        if pair[0] == "0":
            said.append(f"zéro {words(int(pair[1]))}")
        else:
            said.append(words(int(pair)))
    return (", " if commas else " ").join(said)


def spoken_email(address: str) -> str:
    """An e-mail address spelled aloud (``jean point dupont arobase gmail point com``)."""
    local, domain = address.split("@")

    def say(part: str) -> str:
        part = part.replace(".", " point ").replace("-", " tiret ").replace("_", " tiret du bas ")
        return re.sub(r"\d+", lambda m: " ".join(words(int(ch)) for ch in m.group()), part)

    return re.sub(r"\s+", " ", f"{say(local)} arobase {say(domain)}").strip()


# --------------------------------------------------------------------------------------------
# Lexicons written for this corpus (the other half of the names comes from Faker fr_FR)
# --------------------------------------------------------------------------------------------

#: Surnames that are also common French words or first names (hard for a detector).
COMMON_WORD_SURNAMES: tuple[str, ...] = (
    "Blanc",
    "Boulanger",
    "Rose",
    "Petit",
    "Martin",
    "Lenoir",
    "Paris",
    "Marchand",
    "Legrand",
    "Lebon",
    "Meunier",
    "Fontaine",
    "Chevalier",
    "Berger",
    "Boucher",
    "Lejeune",
    "Bonhomme",
    "Printemps",
    "Rossignol",
    "Lapierre",
    "Poirier",
    "Loiseau",
    "Sauvage",
    "Vacher",
    "Mouton",
    "Lecoq",
    "Bonnet",
    "Leroy",
    "Moulin",
    "Laurent",
    "Thomas",
    "Bernard",
    "Vincent",
    "Simon",
    "Pierre",
    "Julien",
    "Germain",
    "Lamour",
    "Lheureux",
    "Jourdain",
    "Rivière",
    "Marin",
)

#: Rare, regional and foreign surnames (Breton, Basque, Maghrebi, West-African, Vietnamese,
#: Portuguese, Polish, Turkish) and compounds with particles; none is in Faker's fr_FR list.
RARE_SURNAMES: tuple[str, ...] = (
    # Breton
    "Kerdraon",
    "Le Bihan",
    "Quéméner",
    "Guivarc'h",
    "Kerleroux",
    "Le Floc'h",
    "Le Meur",
    "Cadiou",
    "Le Brusq",
    "Pennec",
    "Goasdoué",
    "Le Corre",
    "Jézéquel",
    "Kervella",
    "Trividic",
    "Le Berre",
    "Quiniou",
    "Le Scornet",
    "Tréguer",
    "Le Dréau",
    "Kerhervé",
    "Le Guellec",
    "Caroff",
    "Le Cam",
    "Coïc",
    "Nédélec",
    "Le Gourrierec",
    # Basque
    "Etchegaray",
    "Irigoyen",
    "Elissalde",
    "Harispe",
    "Larramendy",
    "Urrutia",
    "Etcheverry",
    "Arrieta",
    "Goyhenetche",
    "Oyharçabal",
    "Iribarne",
    "Mendiburu",
    # Maghrebi
    "Benali",
    "Ben Abdallah",
    "Bouzid",
    "Belkacem",
    "Amrani",
    "Aït Ouarab",
    "Zerrouki",
    "El Idrissi",
    "Boukhelifa",
    "Mebarki",
    "Lahlou",
    "Ben Youssef",
    "Tahiri",
    "Hammoudi",
    "Bensaïd",
    "Ouali",
    "Meziane",
    "Chaouch",
    # West-African
    "N'Diaye",
    "Coulibaly",
    "Konaté",
    "Sissoko",
    "Diop",
    "Ouédraogo",
    "Kaboré",
    "Mbaye",
    "Fofana",
    "Camara",
    "Keïta",
    "Dembélé",
    "Sylla",
    "Mendy",
    "Sagna",
    "Gueye",
    "Kouassi",
    "N'Guessan",
    # Vietnamese
    "Tran",
    "Pham",
    "Hoang",
    "Vu",
    "Truong",
    "Huynh",
    "Phan",
    "Ngo",
    # Portuguese
    "Carvalho",
    "Sousa",
    "Azevedo",
    "Cardoso",
    "Figueiredo",
    "Magalhães",
    "Moreira",
    "Quaresma",
    "Dos Reis",
    # Polish
    "Kowalski",
    "Wiśniewska",
    "Nowak",
    "Zieliński",
    "Lewandowski",
    "Szymańska",
    "Wójcik",
    "Kaczmarek",
    "Dąbrowski",
    # Turkish
    "Yılmaz",
    "Demir",
    "Öztürk",
    "Kaya",
    "Çelik",
    "Aydın",
    "Şahin",
    "Arslan",
    "Doğan",
    "Kılıç",
    # compounds and particles
    "Lefèvre-Kerdraon",
    "de La Roche",
    "du Plessis",
    "d'Aubigné",
    "Martin-Lavigne",
    "Le Roux-Quéméner",
    "Van den Berghe",
    "Da Silva Ferreira",
    "Le Bihan-Cadiou",
    "de Kersauson",
    "Saint-Amand",
    "Mac Gregor",
)

_MALE_OWN: tuple[str, ...] = (
    "Yann",
    "Erwan",
    "Loïc",
    "Ronan",
    "Goulven",
    "Tanguy",
    "Gwenaël",
    "Iñaki",
    "Peio",
    "Mohamed",
    "Karim",
    "Yacine",
    "Rachid",
    "Mehdi",
    "Abdelkader",
    "Youssef",
    "Mamadou",
    "Moussa",
    "Ousmane",
    "Seydou",
    "Ibrahima",
    "Minh",
    "Thanh",
    "João",
    "Joaquim",
    "Wojciech",
    "Krzysztof",
    "Emre",
    "Mehmet",
    "Jean-Pierre",
    "Jean-Yves",
    "Pierre-Yves",
    "Jean-Marc",
    "Jean-Claude",
    "Marc-Antoine",
    "Désiré",
    "Aimé",
    "Pierre",
    "Jean",
    "Hervé",
    "Gaël",
)
_FEMALE_OWN: tuple[str, ...] = (
    "Gwenaëlle",
    "Nolwenn",
    "Soizic",
    "Maëlys",
    "Rozenn",
    "Anaïg",
    "Maite",
    "Ainhoa",
    "Fatima",
    "Nadia",
    "Samira",
    "Khadija",
    "Aïcha",
    "Leïla",
    "Aminata",
    "Fatoumata",
    "Awa",
    "Mariam",
    "Thi Lan",
    "Linh",
    "Hoa",
    "Maria",
    "Conceição",
    "Agnieszka",
    "Ewa",
    "Ayşe",
    "Elif",
    "Zeynep",
    "Marie-Claude",
    "Marie-Thérèse",
    "Anne-Sophie",
    "Marie-Hélène",
    "Marie-Annick",
    "Rose",
    "Blanche",
    "Claire",
    "Prudence",
    "Constance",
    "Victoire",
    "Marie",
    "Océane",
    "Capucine",
)

#: (postcode, town). Several towns are also words or first names (Orange, Nancy, Lourdes...).
CITIES: tuple[tuple[str, str], ...] = (
    ("29000", "Quimper"),
    ("29200", "Brest"),
    ("29600", "Morlaix"),
    ("29900", "Concarneau"),
    ("29120", "Pont-l'Abbé"),
    ("29170", "Fouesnant"),
    ("29100", "Douarnenez"),
    ("29300", "Quimperlé"),
    ("29800", "Landerneau"),
    ("29250", "Saint-Pol-de-Léon"),
    ("35000", "Rennes"),
    ("35400", "Saint-Malo"),
    ("35500", "Vitré"),
    ("35300", "Fougères"),
    ("56100", "Lorient"),
    ("56000", "Vannes"),
    ("56300", "Pontivy"),
    ("56400", "Auray"),
    ("22000", "Saint-Brieuc"),
    ("22300", "Lannion"),
    ("22100", "Dinan"),
    ("22200", "Guingamp"),
    ("44000", "Nantes"),
    ("44600", "Saint-Nazaire"),
    ("75015", "Paris"),
    ("75013", "Paris"),
    ("75018", "Paris"),
    ("75020", "Paris"),
    ("69003", "Lyon"),
    ("69008", "Lyon"),
    ("13005", "Marseille"),
    ("33000", "Bordeaux"),
    ("31000", "Toulouse"),
    ("59000", "Lille"),
    ("59100", "Roubaix"),
    ("67000", "Strasbourg"),
    ("64100", "Bayonne"),
    ("64500", "Saint-Jean-de-Luz"),
    ("64000", "Pau"),
    ("20000", "Ajaccio"),
    ("20200", "Bastia"),
    ("97400", "Saint-Denis"),
    ("97200", "Fort-de-France"),
    ("97110", "Pointe-à-Pitre"),
    ("06000", "Nice"),
    ("34000", "Montpellier"),
    ("38000", "Grenoble"),
    ("21000", "Dijon"),
    ("87000", "Limoges"),
    ("94000", "Créteil"),
    ("92100", "Boulogne-Billancourt"),
    ("93100", "Montreuil"),
    ("45000", "Orléans"),
    ("37000", "Tours"),
    ("49000", "Angers"),
    ("72000", "Le Mans"),
    ("14000", "Caen"),
    ("76000", "Rouen"),
    ("80000", "Amiens"),
    ("51100", "Reims"),
    ("57000", "Metz"),
    ("54000", "Nancy"),
    ("25000", "Besançon"),
    ("63000", "Clermont-Ferrand"),
    ("86000", "Poitiers"),
    ("17000", "La Rochelle"),
    ("30000", "Nîmes"),
    ("84100", "Orange"),
    ("84000", "Avignon"),
    ("83000", "Toulon"),
    ("66000", "Perpignan"),
    ("65100", "Lourdes"),
    ("40100", "Dax"),
    ("89100", "Sens"),
    ("53000", "Laval"),
    ("26000", "Valence"),
    ("05000", "Gap"),
    ("42000", "Saint-Étienne"),
    ("74000", "Annecy"),
    ("68100", "Mulhouse"),
    ("62100", "Calais"),
    ("47000", "Agen"),
)

#: Birthplaces abroad with their INSEE country code (NIR of people born abroad: 99 + code).
ABROAD: tuple[tuple[str, str], ...] = (
    ("Alger", "352"),
    ("Oran", "352"),
    ("Constantine", "352"),
    ("Casablanca", "350"),
    ("Rabat", "350"),
    ("Tunis", "351"),
    ("Dakar", "341"),
    ("Bamako", "335"),
    ("Abidjan", "326"),
    ("Ouagadougou", "331"),
    ("Hanoï", "243"),
    ("Hô Chi Minh-Ville", "243"),
    ("Porto", "139"),
    ("Braga", "139"),
    ("Cracovie", "122"),
    ("Łódź", "122"),
    ("Istanbul", "208"),
    ("Ankara", "208"),
)

#: Street names (the number is added separately). Many are named after people: the whole
#: street stays ADRESSE, with no NOM inside.
STREETS: tuple[str, ...] = (
    "rue Victor Hugo",
    "avenue Jean Jaurès",
    "boulevard Gambetta",
    "rue du Docteur Roux",
    "place Charles de Gaulle",
    "rue Pasteur",
    "rue René Laennec",
    "avenue du Maréchal Foch",
    "rue Jules Ferry",
    "rue Marie Curie",
    "rue Anatole Le Braz",
    "rue Jean Moulin",
    "allée Simone Veil",
    "rue Pierre Loti",
    "boulevard Dupleix",
    "rue de Kerbernez",
    "quai de l'Odet",
    "impasse des Mimosas",
    "allée des Tilleuls",
    "chemin de Kerlaëron",
    "route de Bénodet",
    "rue de la Gare",
    "rue de Brest",
    "rue du Château",
    "avenue de la Libération",
    "rue Saint-Michel",
    "rue des Lilas",
    "chemin des Vignes",
    "rue Aristide Briand",
    "avenue du Général Leclerc",
    "rue Émile Zola",
    "rue Ambroise Paré",
    "rue du Professeur Calmette",
    "rue Théodore Botrel",
    "rue Louis Pasteur",
    "boulevard de la République",
    "rue des Écoles",
    "rue de Pen ar Créac'h",
    "rue Lamartine",
    "avenue Yves Thépot",
    "rue Bécquerel",
    "rue de l'Église",
    "place du Marché",
    "rue Jacques Prévert",
    "impasse du Moulin",
    "rue des Mouettes",
    "rue Georges Brassens",
)
LIEUX_DITS: tuple[str, ...] = (
    "Lieu-dit Kerbiquet",
    "Lieu-dit Penhoat",
    "Lieu-dit Kerlosquet",
    "Lieu-dit Trévarez",
    "Lieu-dit Le Haut-Bois",
    "Lieu-dit Goarem Vraz",
    "Hameau de la Motte",
)
RESIDENCES: tuple[str, ...] = (
    "Résidence Les Pins, bâtiment B, appartement 12",
    "Résidence du Parc, escalier C",
    "Résidence Les Mouettes, bâtiment A, appartement 3",
    "Le Clos Fleuri, appartement 21",
    "Résidence Ker Avel, bâtiment 2",
    "Les Jardins de l'Odet, porte 14",
)


@dataclass(frozen=True)
class Place:
    """A health or medico-social establishment with its address and web domain."""

    name: str
    street: str
    zip: str
    city: str
    domain: str
    cedex: str = ""
    area: str = "02"


HOSPITALS: tuple[Place, ...] = (
    Place(
        "CHU de Rennes", "2 rue Henri Le Guilloux", "35033", "Rennes", "chu-rennes.fr", "Cedex 9"
    ),
    Place("CHU de Brest", "2 avenue Foch", "29609", "Brest", "chu-brest.fr", "Cedex"),
    Place(
        "Centre hospitalier de Cornouaille",
        "14 avenue Yves Thépot",
        "29107",
        "Quimper",
        "ch-cornouaille.fr",
        "Cedex",
    ),
    Place("Hôpital Laennec", "14 avenue Yves Thépot", "29000", "Quimper", "ch-cornouaille.fr"),
    Place(
        "Centre hospitalier des Pays de Morlaix",
        "15 rue de Kersaint-Gilly",
        "29672",
        "Morlaix",
        "ch-morlaix.fr",
        "Cedex",
    ),
    Place(
        "Groupe hospitalier Bretagne Sud",
        "5 avenue de Choiseul",
        "56322",
        "Lorient",
        "ghbs.bzh",
        "Cedex",
    ),
    Place(
        "Centre hospitalier Guillaume-Régnier",
        "108 avenue du Général Leclerc",
        "35703",
        "Rennes",
        "ch-guillaumeregnier.fr",
        "Cedex 7",
    ),
    Place(
        "CHU de Nantes", "5 allée de l'Île Gloriette", "44093", "Nantes", "chu-nantes.fr", "Cedex 1"
    ),
    Place(
        "Hôpital Européen Georges-Pompidou",
        "20 rue Leblanc",
        "75015",
        "Paris",
        "aphp.fr",
        area="01",
    ),
    Place(
        "Hôpital Necker-Enfants malades",
        "149 rue de Sèvres",
        "75015",
        "Paris",
        "aphp.fr",
        area="01",
    ),
    Place(
        "Hôpital de la Pitié-Salpêtrière",
        "47-83 boulevard de l'Hôpital",
        "75013",
        "Paris",
        "aphp.fr",
        area="01",
    ),
    Place(
        "Hôpital Bichat-Claude-Bernard",
        "46 rue Henri Huchard",
        "75018",
        "Paris",
        "aphp.fr",
        area="01",
    ),
    Place("Hôpital Lariboisière", "2 rue Ambroise Paré", "75010", "Paris", "aphp.fr", area="01"),
    Place(
        "Hôpital Henri-Mondor", "1 rue Gustave Eiffel", "94010", "Créteil", "aphp.fr", "Cedex", "01"
    ),
    Place(
        "GHU Paris Psychiatrie et Neurosciences",
        "1 rue Cabanis",
        "75014",
        "Paris",
        "ghu-paris.fr",
        area="01",
    ),
    Place("Hôpital Foch", "40 rue Worth", "92150", "Suresnes", "hopital-foch.com", area="01"),
    Place(
        "Hôpital Édouard-Herriot", "5 place d'Arsonval", "69003", "Lyon", "chu-lyon.fr", area="04"
    ),
    Place("Centre Léon-Bérard", "28 rue Laennec", "69008", "Lyon", "lyon.unicancer.fr", area="04"),
    Place(
        "CHU de Bordeaux",
        "place Amélie Raba-Léon",
        "33076",
        "Bordeaux",
        "chu-bordeaux.fr",
        "Cedex",
        "05",
    ),
    Place(
        "CHU de Toulouse", "2 rue Viguerie", "31059", "Toulouse", "chu-toulouse.fr", "Cedex 9", "05"
    ),
    Place(
        "CHU Dupuytren",
        "2 avenue Martin Luther King",
        "87042",
        "Limoges",
        "chu-limoges.fr",
        "Cedex",
        "05",
    ),
    Place(
        "Centre hospitalier de la Côte Basque",
        "13 avenue de l'Interne Jacques Loëb",
        "64109",
        "Bayonne",
        "ch-cotebasque.fr",
        "Cedex",
        "05",
    ),
    Place(
        "Centre hospitalier d'Ajaccio",
        "27 avenue Impératrice Eugénie",
        "20303",
        "Ajaccio",
        "ch-ajaccio.fr",
        "Cedex",
        "04",
    ),
    Place(
        "Centre Eugène-Marquis",
        "avenue de la Bataille Flandres-Dunkerque",
        "35042",
        "Rennes",
        "centre-eugene-marquis.fr",
        "Cedex",
    ),
    Place("Institut Curie", "26 rue d'Ulm", "75005", "Paris", "curie.fr", area="01"),
    Place(
        "Clinique Saint-Jean", "12 rue de la Clinique", "29200", "Brest", "clinique-saint-jean.fr"
    ),
    Place(
        "Clinique Pasteur", "32 rue Auguste Kervern", "29200", "Brest", "clinique-pasteur-brest.fr"
    ),
    Place(
        "Polyclinique Quimper Sud",
        "24 rue du Professeur Langevin",
        "29000",
        "Quimper",
        "polyclinique-quimper.fr",
    ),
    Place(
        "Clinique Mutualiste de la Porte de l'Orient",
        "3 rue Robert de la Croix",
        "56100",
        "Lorient",
        "vyv3.fr",
    ),
    Place(
        "Hôpital privé Sévigné",
        "6 rue du Chêne Germain",
        "35510",
        "Cesson-Sévigné",
        "hopital-prive-sevigne.fr",
    ),
    Place(
        "Centre de rééducation de Kerpape",
        "rue du Professeur Rouvillois",
        "56270",
        "Ploemeur",
        "kerpape.bzh",
    ),
)

#: Establishments that write discharge letters of any specialty (not rehabilitation/psychiatry).
ACUTE_HOSPITALS: tuple[Place, ...] = tuple(
    h
    for h in HOSPITALS
    if "Kerpape" not in h.name and "Psychiatrie" not in h.name and "Guillaume" not in h.name
)

EHPADS: tuple[Place, ...] = (
    Place(
        "EHPAD Les Tilleuls", "8 rue des Tilleuls", "29120", "Pont-l'Abbé", "ehpad-lestilleuls.fr"
    ),
    Place("EHPAD Ker Heol", "2 allée Ker Heol", "29900", "Concarneau", "kerheol.fr"),
    Place("EHPAD Résidence du Parc", "15 avenue du Parc", "35500", "Vitré", "ehpad-duparc.fr"),
    Place(
        "EHPAD Les Jardins d'Automne", "4 rue des Camélias", "56000", "Vannes", "jardins-automne.fr"
    ),
    Place("EHPAD Saint-Joseph", "21 rue Saint-Joseph", "22300", "Lannion", "ehpad-saintjoseph.fr"),
    Place(
        "EHPAD Les Hortensias", "1 rue des Hortensias", "29170", "Fouesnant", "leshortensias29.fr"
    ),
    Place("EHPAD Kerlévenez", "route de Kerlévenez", "29300", "Quimperlé", "kerlevenez.fr"),
    Place(
        "EHPAD Le Grand Chêne", "9 rue du Grand Chêne", "44600", "Saint-Nazaire", "legrandchene.fr"
    ),
    Place(
        "Résidence autonomie Les Mouettes",
        "3 rue des Goélands",
        "29100",
        "Douarnenez",
        "ccas-douarnenez.fr",
    ),
)

PERSONAL_DOMAINS: tuple[str, ...] = (
    "gmail.com",
    "orange.fr",
    "wanadoo.fr",
    "free.fr",
    "laposte.net",
    "sfr.fr",
    "hotmail.fr",
    "yahoo.fr",
    "outlook.fr",
    "icloud.com",
    "bbox.fr",
)

#: (name, dose, unit, posology) for treatment lines and prescriptions.
DRUGS: tuple[tuple[str, str, str, str], ...] = (
    ("Kardegic", "75", "mg", "1 sachet le midi"),
    ("Doliprane", "1000", "mg", "1 comprimé jusqu'à 3 fois par jour si douleur"),
    ("paracétamol", "1", "g", "toutes les 6 heures si douleur, sans dépasser 4 g par jour"),
    ("Lasilix", "40", "mg", "1 comprimé le matin"),
    ("Eliquis", "5", "mg", "1 comprimé matin et soir"),
    ("metformine", "850", "mg", "1 comprimé matin et soir au cours des repas"),
    ("bisoprolol", "2,5", "mg", "1 comprimé le matin"),
    ("ramipril", "5", "mg", "1 gélule le matin"),
    ("atorvastatine", "40", "mg", "1 comprimé le soir"),
    ("Levothyrox", "75", "µg", "1 comprimé le matin à jeun"),
    ("oméprazole", "20", "mg", "1 gélule le matin"),
    ("Inexium", "40", "mg", "1 comprimé le soir"),
    ("Lovenox", "4000", "UI", "1 injection sous-cutanée par jour pendant 35 jours"),
    ("amlodipine", "5", "mg", "1 comprimé le matin"),
    ("Seresta", "10", "mg", "1/2 comprimé le soir si anxiété"),
    ("zopiclone", "3,75", "mg", "1 comprimé au coucher si besoin"),
    ("tramadol", "50", "mg", "1 gélule toutes les 8 heures si douleur"),
    ("Xarelto", "20", "mg", "1 comprimé le soir au cours du repas"),
    ("sertraline", "50", "mg", "1 comprimé le matin"),
    ("Seroplex", "10", "mg", "1 comprimé le matin"),
    ("Modopar", "125", "mg", "1 gélule 3 fois par jour"),
    ("Forlax", "10", "g", "1 sachet le matin"),
    ("Diamicron", "60", "mg", "1 comprimé le matin"),
    ("Lantus", "18", "UI", "1 injection le soir"),
    ("furosémide", "20", "mg", "1 comprimé le matin"),
    ("spironolactone", "25", "mg", "1 comprimé le matin"),
    ("Augmentin", "1", "g", "1 comprimé matin, midi et soir pendant 7 jours"),
    ("amoxicilline", "1", "g", "1 comprimé 3 fois par jour pendant 7 jours"),
    ("Ventoline", "100", "µg", "2 bouffées si gêne respiratoire"),
    ("Spiriva", "2,5", "µg", "2 bouffées le matin"),
    ("prednisone", "20", "mg", "1 comprimé le matin"),
    ("Cortancyl", "5", "mg", "1 comprimé le matin"),
    ("Tahor", "20", "mg", "1 comprimé le soir"),
    ("Keppra", "500", "mg", "1 comprimé matin et soir"),
    ("Laroxyl", "10", "mg", "10 gouttes le soir"),
    ("Lyrica", "75", "mg", "1 gélule matin et soir"),
    ("macrogol", "10", "g", "1 sachet par jour"),
    ("Spasfon", "80", "mg", "2 comprimés en cas de douleur"),
    ("néfopam", "20", "mg", "1 ampoule sur un sucre jusqu'à 4 fois par jour"),
    ("Oxynorm", "5", "mg", "1 gélule toutes les 4 heures si douleur"),
)


# --------------------------------------------------------------------------------------------
# People, addresses and the per-document context
# --------------------------------------------------------------------------------------------


def de(word: str) -> str:
    """``de cardiologie`` / ``d'hématologie`` (elision before a vowel or a mute h)."""
    return f"d'{word}" if word[0].lower() in "aeéèêiouyh" else f"de {word}"


def lc_first(markup: str) -> str:
    """Lowercase the first letter of a sentence fragment (unless it starts with markup)."""
    return markup if markup[:1] in "⟦⟪" else markup[:1].lower() + markup[1:]


def _case(text: str, case: str) -> str:
    return {"as": text, "up": text.upper(), "low": text.lower()}[case]


def initials(first: str) -> str:
    """Initials span of a first name, final dot excluded: ``Jean-Pierre`` → ``J.-P``."""
    if " " in first:
        return first[0]
    return ".-".join(part[0] for part in first.split("-"))


@dataclass
class Person:
    """A person of a document. The methods return markup (names as gold entities)."""

    first: str
    last: str
    female: bool
    maiden: str | None = None
    title: str = ""  # "Dr", "Pr", "Me" for professionals
    phone: str = ""
    rpps: str = ""

    @property
    def e(self) -> str:
        """Feminine agreement suffix."""
        return "e" if self.female else ""

    @property
    def civ(self) -> str:
        """``M.`` or ``Mme``."""
        return "Mme" if self.female else "M."

    @property
    def civ_long(self) -> str:
        """``Monsieur`` or ``Madame``."""
        return "Madame" if self.female else "Monsieur"

    def fn(self, case: str = "as") -> str:
        """First name."""
        return ent(_case(self.first, case), "PRENOM")

    def ln(self, case: str = "as") -> str:
        """Surname."""
        return ent(_case(self.last, case), "NOM")

    def full(self, case: str = "as") -> str:
        """``Jean Dupont``."""
        return f"{self.fn(case)} {self.ln(case)}"

    def full_up(self) -> str:
        """``DUPONT Jean``."""
        return f"{self.ln('up')} {self.fn()}"

    def first_up(self) -> str:
        """``Jean DUPONT``."""
        return f"{self.fn()} {self.ln('up')}"

    def initial(self) -> str:
        """``J. Dupont`` style initial (``J.`` with the dot outside the span)."""
        return ent(initials(self.first), "PRENOM") + "."

    def named(self, case: str = "as") -> str:
        """``Mme Dupont``."""
        return f"{self.civ} {self.ln(case)}"

    def formal(self) -> str:
        """``Mme Jeanne Dupont``."""
        return f"{self.civ} {self.full()}"

    def nee(self) -> str:
        """`` née MARTIN`` when a maiden name is known, else empty."""
        return f" née {ent(self.maiden.upper(), 'NOM')}" if self.maiden else ""

    def pro(self, style: str) -> str:
        """A professional's name: ``full`` Dr Jean Dupont, ``last`` Dr Dupont, ``init``
        Dr J. Dupont, ``caps`` Dr Jean DUPONT, ``long`` Docteur Dupont."""
        t = self.title or "Dr"
        match style:
            case "full":
                return f"{t} {self.full()}"
            case "last":
                return f"{t} {self.ln()}"
            case "init":
                return f"{t} {self.initial()} {self.ln()}"
            case "caps":
                return f"{t} {self.first_up()}"
            case "long":
                word = {"Dr": "Docteur", "Pr": "Professeur", "Me": "Maître"}[t]
                return f"{word} {self.ln()}"
        raise ValueError(style)


@dataclass
class Address:
    """A postal address; ``extra`` is an optional building line above the street."""

    street: str
    zip: str
    city: str
    extra: str = ""

    def inline(self) -> str:
        """``12 rue X, 29000 Quimper`` as markup."""
        head = f"{ent(self.extra, 'ADRESSE')}, " if self.extra else ""
        return (
            f"{head}{ent(self.street, 'ADRESSE')}, {ent(self.zip, 'ZIP')} {ent(self.city, 'VILLE')}"
        )

    def lines(self, upper_city: bool = False) -> str:
        """The address over several lines, one entity per line part."""
        city = self.city.upper() if upper_city else self.city
        head = f"{ent(self.extra, 'ADRESSE')}\n" if self.extra else ""
        return f"{head}{ent(self.street, 'ADRESSE')}\n{ent(self.zip, 'ZIP')} {ent(city, 'VILLE')}"


def dept_of(zipcode: str) -> str:
    """Department of a postcode (2A/2B for Corsica, 3 digits overseas)."""
    if zipcode.startswith("97"):
        return zipcode[:3]
    if zipcode.startswith("20"):
        return "2A" if int(zipcode) < 20200 else "2B"
    return zipcode[:2]


@dataclass
class Corpus:
    """State shared by all documents of one corpus (seeded generators, usage counters)."""

    rng: random.Random
    fake: Faker
    hard_usage: dict[str, int] = field(default_factory=dict)


class Ctx:
    """Everything one document's templates need: the patient, the author, the place, the
    dates, the identifiers, and helpers that return markup."""

    def __init__(self, corpus: Corpus, kind: str) -> None:
        self.corpus = corpus
        self.rng = corpus.rng
        self.fake = corpus.fake
        self.kind = kind
        self.adm = date(2024, 1, 8) + timedelta(days=self.rng.randrange(0, 800))
        self.patient = self.person()
        self.age = self.rng.choice([self.rng.randint(19, 60), self.rng.randint(60, 97)])
        self.born = self.adm - timedelta(days=365 * self.age + self.rng.randrange(1, 360))
        self.age = (self.adm - self.born).days // 365
        self.home = self.address()
        if self.rng.random() < 0.2:
            self.birth_city, country = self.pick(ABROAD)
            self.birth_dept = "99" + country
        else:
            zipcode, self.birth_city = self.pick(CITIES)
            self.birth_dept = dept_of(zipcode)
            if self.birth_dept in ("2A", "2B") and self.born.year < 1976:
                self.birth_dept = "20"  # Corsica was one department (20) before 1976
        self.nir = make_nir(self.rng, self.patient.female, self.born, self.birth_dept)
        self.hospital = self.pick(ACUTE_HOSPITALS)
        self.finess = make_finess(self.rng, dept_of(self.hospital.zip))
        self.author = self.person(title=self.pick(["Dr", "Dr", "Dr", "Pr"]))
        self.gp = self.person(title="Dr")
        self.ipp = self._ipp()
        self.nda = self._nda()
        self.used_hard: list[str] = []
        self.register = kind  # selects the hard cases that fit (see hard_cases)

    # -- randomness --------------------------------------------------------------------------
    def pick(self, seq: Sequence[T]) -> T:
        """Uniform choice."""
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        """True with probability ``p``."""
        return self.rng.random() < p

    def sample(self, seq: Sequence[T], k: int) -> list[T]:
        """``k`` distinct items."""
        return self.rng.sample(list(seq), min(k, len(seq)))

    # -- patient agreement -------------------------------------------------------------------
    @property
    def e(self) -> str:
        """Feminine agreement for the patient."""
        return self.patient.e

    @property
    def il(self) -> str:
        """``il`` / ``elle``."""
        return "elle" if self.patient.female else "il"

    @property
    def Il(self) -> str:
        """``Il`` / ``Elle``."""
        return self.il.capitalize()

    @property
    def pat(self) -> str:
        """``le patient`` / ``la patiente``."""
        return "la patiente" if self.patient.female else "le patient"

    @property
    def du_pat(self) -> str:
        """``du patient`` / ``de la patiente``."""
        return "de la patiente" if self.patient.female else "du patient"

    @property
    def a_pat(self) -> str:
        """``au patient`` / ``à la patiente``."""
        return "à la patiente" if self.patient.female else "au patient"

    @property
    def Pat(self) -> str:
        """``Le patient`` / ``La patiente``."""
        return self.pat.capitalize()

    # -- people and places -------------------------------------------------------------------
    def surname(self) -> str:
        """Half of the surnames from Faker, the other half from the hand-written lists."""
        r = self.rng.random()
        if r < 0.5:
            return str(self.fake.last_name())
        if r < 0.82:
            return self.pick(RARE_SURNAMES)
        return self.pick(COMMON_WORD_SURNAMES)

    def first_name(self, female: bool) -> str:
        """Half from Faker, half from the hand-written lists."""
        if self.rng.random() < 0.5:
            return str(self.fake.first_name_female() if female else self.fake.first_name_male())
        return self.pick(_FEMALE_OWN if female else _MALE_OWN)

    def person(
        self, female: bool | None = None, title: str = "", last: str | None = None
    ) -> Person:
        """A new person; women sometimes have a maiden name."""
        if female is None:
            female = self.chance(0.5)
        surname = last or self.surname()
        first = self.first_name(female)
        while first == surname:
            first = self.first_name(female)
        maiden = self.surname() if female and not title and self.chance(0.3) else None
        if maiden == surname:
            maiden = None
        return Person(first, surname, female, maiden, title)

    def address(self, building: bool = True) -> Address:
        """A home address: hand-written streets and real towns, or Faker's."""
        extra = self.pick(RESIDENCES) if building and self.chance(0.12) else ""
        if self.chance(0.25):
            street = str(self.fake.street_address())
            return Address(street, str(self.fake.postcode()), str(self.fake.city()), extra)
        zipcode, city = self.pick(CITIES)
        if self.chance(0.1):
            return Address(self.pick(LIEUX_DITS), zipcode, city, extra)
        number = str(self.rng.randint(1, 140))
        if self.chance(0.1):
            number += self.pick([" bis", " ter", "bis"])
        sep = ", " if self.chance(0.15) else " "
        return Address(f"{number}{sep}{self.pick(STREETS)}", zipcode, city, extra)

    def city(self, name: str | None = None, case: str = "as") -> str:
        """A town as a VILLE entity (a random real town by default)."""
        return ent(_case(name or self.pick(CITIES)[1], case), "VILLE")

    def hosp(self, place: Place | None = None) -> str:
        """An establishment name as a HOPITAL entity."""
        return ent((place or self.hospital).name, "HOPITAL")

    def other_hosp(self) -> Place:
        """Another establishment than the document's."""
        place = self.pick(HOSPITALS)
        while place == self.hospital:
            place = self.pick(HOSPITALS)
        return place

    def place_addr(self, place: Place | None = None, lines: bool = True) -> str:
        """An establishment's address (``Cedex`` kept outside the entities)."""
        p = place or self.hospital
        cedex = f" {p.cedex}" if p.cedex else ""
        sep = "\n" if lines else ", "
        return f"{ent(p.street, 'ADRESSE')}{sep}{ent(p.zip, 'ZIP')} {ent(p.city, 'VILLE')}{cedex}"

    def doc(self, person: Person | None = None) -> str:
        """A professional mentioned in running text, in one of several forms."""
        p = person or self.person(title="Dr")
        return p.pro(self.pick(["full", "last", "last", "init", "caps", "long"]))

    # -- dates -------------------------------------------------------------------------------
    def date_style(self) -> str:
        """A date format for written documents."""
        return self.pick(["slash"] * 11 + ["long"] * 6 + ["dot", "iso", "short"])

    def day(self, offset: int) -> date:
        """The admission date shifted by ``offset`` days."""
        return self.adm + timedelta(days=offset)

    def d(self, offset: int = 0, style: str | None = None) -> str:
        """A DATE entity ``offset`` days after the admission date."""
        return ent(fmt_date(self.day(offset), style or self.date_style()), "DATE")

    def my(self, offset: int) -> str:
        """A month-and-year DATE entity (``avril 2025``)."""
        return ent(fmt_date(self.day(offset), "my"), "DATE")

    def dob(self, style: str | None = None) -> str:
        """The patient's date of birth as a DATE_NAISSANCE entity."""
        return ent(fmt_date(self.born, style or self.date_style()), "DATE_NAISSANCE")

    # -- identifiers -------------------------------------------------------------------------
    def _ipp(self) -> str:
        style = self.rng.randrange(4)
        if style == 0:
            return "80" + f"{self.rng.randrange(10**8):08d}"
        if style == 1:
            return f"{self.rng.randrange(10**6, 10**7)}"
        if style == 2:
            return self.pick(["P", "A", "PA"]) + f"{self.rng.randrange(10**7):07d}"
        return f"{self.rng.randrange(10**8, 10**9)}"

    def _nda(self) -> str:
        year = self.adm.year % 100
        style = self.rng.randrange(3)
        if style == 0:
            return f"{year}{self.rng.randrange(10**8):08d}"
        if style == 1:
            return f"{self.rng.randrange(10**8, 10**9)}"
        return self.pick(["H", "S", "U"]) + f"{year}{self.rng.randrange(10**6):06d}"

    def ipp_e(self) -> str:
        """The patient's IPP entity."""
        return ent(self.ipp, "IPP")

    def nda_e(self) -> str:
        """The stay's NDA entity."""
        return ent(self.nda, "NDA")

    def secu(self, spaced: bool | None = None) -> str:
        """The patient's NIR as a SECU entity."""
        spaced = self.chance(0.65) if spaced is None else spaced
        return ent(fmt_nir(self.nir, spaced), "SECU")

    def ins(self) -> str:
        """The patient's NIR used as INS matricule."""
        return ent(fmt_nir(self.nir, self.chance(0.7)), "INS")

    def other_nir(self, female: bool, spaced: bool = True, dept: str | None = None) -> str:
        """A NIR for someone else (spouse, child)."""
        born = self.adm - timedelta(days=self.rng.randrange(365 * 20, 365 * 90))
        if dept is None:
            dept = dept_of(self.pick(CITIES)[0])
        if dept in ("2A", "2B") and born.year < 1976:
            born = date(self.rng.randint(1976, 2000), born.month, min(born.day, 28))
        return fmt_nir(make_nir(self.rng, female, born, dept), spaced)

    def tel(
        self, mobile: bool | None = None, style: str | None = None, area: str | None = None
    ) -> str:
        """A TEL entity in one of many formats."""
        mobile = self.chance(0.5) if mobile is None else mobile
        digits = make_phone(self.rng, mobile, area)
        style = style or self.pick(
            ["spaced"] * 8 + ["dots", "dots", "compact", "dash", "intl", "intl0", "intlc"]
        )
        return ent(fmt_phone(digits, style), "TEL")

    def hosp_tel(self) -> str:
        """A phone number of the document's establishment."""
        return self.tel(
            False, self.pick(["spaced", "spaced", "spaced", "dots"]), self.hospital.area
        )

    def person_tel(self, p: Person) -> str:
        """A stable phone number for ``p`` (same digits each time, format may change)."""
        if not p.phone:
            p.phone = make_phone(self.rng, self.chance(0.6))
        return ent(fmt_phone(p.phone, self.pick(["spaced"] * 4 + ["dots", "compact"])), "TEL")

    def mail_addr(self, p: Person, domain: str | None = None) -> str:
        """A plausible e-mail address for ``p`` (plain string)."""
        first, last = slug(p.first, "-"), slug(p.last)
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first[0]}.{last}",
                f"{first[0]}{last}",
                f"{last}.{first}",
                f"{first}{last}{self.rng.randint(1, 99)}",
                f"{first}-{last}",
            ]
        )
        if domain is None:
            domain = self.pick(PERSONAL_DOMAINS)
        return f"{local}@{domain}"

    def mail(self, p: Person, pro: bool = False, domain: str | None = None) -> str:
        """A MAIL entity; professional ones use the establishment's domain or MSSanté."""
        if pro and domain is None:
            domain = self.pick(
                [self.hospital.domain] * 3 + ["medecin.mssante.fr", "pro.mssante.fr"]
            )
        return ent(self.mail_addr(p, domain), "MAIL")

    def rpps(self, p: Person) -> str:
        """``p``'s RPPS (11 digits) or, now and then, ADELI (9 digits) number as an entity."""
        if not p.rpps:
            p.rpps = (
                make_rpps(self.rng)
                if self.chance(0.8)
                else make_adeli(self.rng, dept_of(self.hospital.zip))
            )
        return ent(p.rpps, "RPPS")

    def rpps_line(self, p: Person) -> str:
        """``RPPS : 10...`` or ``N° ADELI : 29...``."""
        value = self.rpps(p)
        cue = "RPPS" if len(p.rpps) == 11 else "ADELI"
        return f"{self.pick(['', 'N° '])}{cue} : {value}"

    def url(self, place: Place | None = None) -> str:
        """A web address of an establishment (as a URL entity)."""
        p = place or self.hospital
        path = self.pick(
            [
                "",
                "",
                "/patients",
                "/prendre-rendez-vous",
                "/services/consultations",
                "/preparer-mon-sejour",
                "/usagers/commission-des-usagers",
            ]
        )
        text = self.pick(
            [
                f"https://www.{p.domain}{path}",
                f"www.{p.domain}{path}",
                f"http://www.{p.domain}{path}",
            ]
        )
        return ent(text, "URL")

    def iban(self, spaced: bool | None = None) -> str:
        """An IBAN entity."""
        spaced = self.chance(0.7) if spaced is None else spaced
        return ent(fmt_iban(make_iban(self.rng), spaced), "IBAN")

    # -- blocks ------------------------------------------------------------------------------
    def hosp_header(self) -> str:
        """Letterhead of the establishment (name, address, phones, FINESS, web)."""
        h = self.hospital
        lines = [self.hosp(), self.place_addr()]
        tel = f"Tél. : {self.hosp_tel()}"
        if self.chance(0.5):
            tel += f" — Fax : {self.hosp_tel()}"
        lines.append(tel)
        if self.chance(0.5):
            lines.append(f"FINESS : {ent(self.finess, 'FINESS')}")
        if self.chance(0.5):
            lines.append(self.url(h))
        return "\n".join(lines)

    def signature(self, p: Person | None = None, function: str | None = None) -> str:
        """A signature block: name, function, RPPS, phone, e-mail (some lines optional)."""
        p = p or self.author
        name = p.pro(self.pick(["full", "full", "caps", "init"]))
        if function is None and p.title == "Pr":
            function = self.pick(["Chef de service", "PU-PH", "Professeur des universités"])
        function = function or self.pick(
            [
                "Praticien hospitalier",
                "Chef de clinique-assistant",
                "Chef de service",
                "Praticien attaché",
                "Médecin assistant spécialiste",
                "Interne des hôpitaux",
            ]
        )
        lines = [name, function, self.rpps_line(p)]
        if self.chance(0.6):
            lines.append(
                f"{self.pick(['Tél.', 'Secrétariat', 'Ligne directe'])} : {self.hosp_tel()}"
            )
        if self.chance(0.55):
            lines.append(self.mail(p, pro=True))
        if self.chance(0.2):
            lines.insert(1, self.pick(["", "Signé électroniquement par "]) + p.full())
        return "\n".join(lines)

    def relative(self, female: bool | None = None, same_name: bool = True) -> Person:
        """A relative of the patient, usually sharing the patient's surname."""
        last = self.patient.last if same_name and self.chance(0.6) else None
        return self.person(female, last=last)


# --------------------------------------------------------------------------------------------
# Clinical content
# --------------------------------------------------------------------------------------------


def rx(name: str, dose: str, u: str, sig: str) -> str:
    """A treatment line: ``Kardegic 75 mg : 1 sachet le midi``."""
    return f"{drug(name)} {dose} {unit(u)} : {sig}"


@dataclass
class Scenario:
    """The medical story of a hospital stay, section by section (markup)."""

    title: str
    specialty: str
    motif: str
    atcd: list[str]
    histoire: str
    examen: str
    paraclinique: str
    evolution: str
    drugs: list[str]
    suivi: str


def sc_heart_failure(c: Ctx) -> Scenario:
    """Acute heart failure."""
    return Scenario(
        "insuffisance cardiaque aiguë",
        "cardiologie",
        "Dyspnée d'aggravation progressive et œdèmes des membres inférieurs.",
        [
            "Cardiopathie ischémique, angioplastie de l'IVA en 2016",
            "Fibrillation atriale permanente anticoagulée",
            "Hypertension artérielle",
            "Insuffisance rénale chronique stade 3a",
            "Cholécystectomie en 2009",
        ],
        f"{c.Pat} nous est adressé{c.e} par son {role('médecin traitant')} pour une dyspnée "
        "d'effort majorée depuis une dizaine de jours, désormais au moindre effort (NYHA III), "
        "avec orthopnée à deux oreillers et prise de poids de 4 kg. Pas de douleur thoracique ni "
        f"de fièvre. L'{role('infirmière')} à domicile rapporte un écart de régime sans sel.",
        f"TA 148/86 {unit('mmHg')}, FC 96/min irrégulière, SpO2 92 % en air ambiant, poids 81 kg. "
        "Crépitants aux deux bases, turgescence jugulaire, reflux hépato-jugulaire, œdèmes "
        "prenant le godet jusqu'aux genoux.",
        "NT-proBNP 4 820 ng/L, créatinine 138 µmol/L, kaliémie 4,6 mmol/L, troponine négative à "
        f"deux reprises. ECG : fibrillation atriale à 95/min, QRS fins. Échographie cardiaque du "
        f"{c.d(1)} : FEVG estimée à 35 %, insuffisance mitrale modérée, PAPS 48 {unit('mmHg')}. "
        "Radiographie de thorax : surcharge hydrosodée bilatérale.",
        f"Déplétion par {drug('furosémide')} intraveineux (80 mg/j) avec une perte de 6 kg, relais "
        f"per os le {c.d(4)}. Introduction de {drug('Entresto')} à faible dose, bien toléré. "
        f"Éducation thérapeutique réalisée avec {c.pat} : pesée quotidienne, régime à 6 g de sel.",
        [
            rx("Lasilix", "40", "mg", "1 comprimé le matin"),
            rx("Eliquis", "5", "mg", "1 comprimé matin et soir"),
            rx("bisoprolol", "2,5", "mg", "1 comprimé le matin"),
            rx("Entresto", "24/26", "mg", "1 comprimé matin et soir"),
        ],
        f"Consultation de cardiologie avec le {c.doc()} le {c.d(35)}. Ionogramme et créatinine à "
        "J7. Réadaptation cardiaque à discuter.",
    )


def sc_pneumonia(c: Ctx) -> Scenario:
    """Community-acquired pneumonia on COPD."""
    return Scenario(
        "pneumopathie aiguë communautaire",
        "pneumologie",
        "Fièvre, toux productive et désaturation.",
        [
            "BPCO stade GOLD 3, tabagisme sevré en 2018 (45 paquets-années)",
            "Diabète de type 2 non insulinorequérant",
            "Appendicectomie dans l'enfance",
        ],
        "Majoration de la toux avec expectorations purulentes et fièvre à 38,9 °C depuis quatre "
        f"jours malgré {drug('amoxicilline')} prescrite en ville. Dyspnée au moindre effort.",
        f"FR 26/min, SpO2 88 % en air ambiant, TA 128/74 {unit('mmHg')}, crépitants en base "
        "droite, sibilants diffus. Score CURB-65 à 2.",
        "CRP 186 mg/L, leucocytes 15,2 G/L, procalcitonine 1,8 µg/L. Gaz du sang sous 2 L/min : "
        f"pH 7,36, PaCO2 52 {unit('mmHg')}. Radiographie du {c.d(0)} : opacité alvéolaire du lobe "
        "inférieur droit. Antigénuries légionelle et pneumocoque négatives.",
        f"Antibiothérapie par {drug('Augmentin')} intraveineux puis per os, aérosols "
        f"d'{drug('ipratropium')} et de {drug('salbutamol')}, corticothérapie courte par "
        f"{drug('prednisone')} 40 {unit('mg')} pendant cinq jours. Apyrexie à J3, sevrage de "
        f"l'oxygène le {c.d(5)}. Kinésithérapie respiratoire quotidienne.",
        [
            rx("Augmentin", "1", "g", "1 comprimé matin, midi et soir jusqu'au 7e jour"),
            rx("Spiriva", "2,5", "µg", "2 bouffées le matin"),
            rx("Ventoline", "100", "µg", "2 bouffées si gêne respiratoire"),
            rx("metformine", "850", "mg", "1 comprimé matin et soir"),
        ],
        f"Radiographie de contrôle à six semaines. Consultation de pneumologie en {c.my(60)} avec "
        "EFR. Vaccinations antigrippale et antipneumococcique à mettre à jour.",
    )


def sc_stroke(c: Ctx) -> Scenario:
    """Ischaemic stroke."""
    return Scenario(
        "infarctus cérébral sylvien gauche",
        "neurologie",
        "Hémiparésie droite et aphasie d'installation brutale.",
        [
            "Hypertension artérielle",
            "Dyslipidémie",
            "Tabagisme actif à 20 paquets-années",
            "Migraine sans aura",
        ],
        f"Découverte au réveil, le {c.d(0, 'dm')}, d'une hémiparésie droite et d'un manque du mot. "
        "Heure de début inconnue, pas de thrombolyse. Appel du centre 15 par la famille.",
        f"NIHSS à 8. Hémiparésie droite à prédominance brachio-faciale, signe de "
        f"{epo('Babinski')} à droite, aphasie non fluente. Score de {epo('Glasgow')} à 15. "
        f"TA 172/94 {unit('mmHg')}.",
        "IRM cérébrale : infarctus sylvien superficiel gauche, pas de transformation "
        "hémorragique. Angioscanner des troncs supra-aortiques : sténose de la carotide interne "
        "gauche estimée à 70 %. Holter ECG de 24 heures : rythme sinusal. LDL-cholestérol "
        "1,62 g/L, HbA1c 5,9 %.",
        f"Récupération partielle (NIHSS à 3 à la sortie, score de {epo('Rankin')} modifié à 2). "
        f"Endartériectomie carotidienne programmée par le {c.doc()} le {c.d(12)}. Bilan "
        "orthophonique : aphasie légère.",
        [
            rx("Kardegic", "75", "mg", "1 sachet le midi"),
            rx("atorvastatine", "80", "mg", "1 comprimé le soir"),
            rx("ramipril", "5", "mg", "1 gélule le matin"),
        ],
        f"Rééducation orthophonique en libéral. Consultation neurovasculaire le {c.d(90)}. "
        "Conduite automobile contre-indiquée jusqu'à nouvel avis.",
    )


def sc_fall(c: Ctx) -> Scenario:
    """Fall at home of an elderly patient with Alzheimer's disease."""
    return Scenario(
        "chute à domicile avec station au sol prolongée",
        "gériatrie",
        "Chute nocturne à domicile avec station au sol prolongée.",
        [
            f"Maladie d'{epo('Alzheimer')} diagnostiquée en 2021 (MMSE 19/30)",
            "Hypothyroïdie substituée",
            "Arthrose des genoux",
            "Hypertension artérielle",
        ],
        f"{c.Pat} a été retrouvé{c.e} au sol le matin par l'{role('aide à domicile')}, la station "
        "au sol étant estimée à six heures. Pas de perte de connaissance rapportée. Troisième "
        "chute depuis le début de l'année.",
        "Hématome frontal droit, pas de déficit neurologique. Test de "
        f"{epo('Romberg')} non réalisable, Timed Up and Go à 28 secondes. Indice de "
        f"{epo('Barthel')} à 55/100.",
        "CPK 1 250 UI/L, créatinine 98 µmol/L, natrémie 131 mmol/L, TSH 3,2 mUI/L. Scanner "
        "cérébral : pas de saignement intracrânien, atrophie cortico-sous-corticale. "
        "Radiographies du bassin : pas de fracture.",
        f"Réhydratation, arrêt de la {drug('zopiclone')}. Évaluation par l'{role('ergothérapeute')} "
        f"(barres d'appui, rehausseur de toilettes) et par l'{role('assistante sociale')} : "
        "majoration du plan d'aide APA, téléassistance.",
        [
            rx("Levothyrox", "75", "µg", "1 comprimé le matin à jeun"),
            rx("Doliprane", "1000", "mg", "1 comprimé jusqu'à 3 fois par jour si douleur"),
            rx("Forlax", "10", "g", "1 sachet le matin"),
            rx("mémantine", "20", "mg", "1 comprimé le soir"),
        ],
        f"Consultation mémoire le {c.d(60)}. Kinésithérapie de rééducation à la marche deux fois "
        "par semaine. Réévaluation du maintien à domicile à prévoir.",
    )


def sc_crohn(c: Ctx) -> Scenario:
    """Crohn's disease flare."""
    return Scenario(
        f"poussée de maladie de {epo('Crohn')}",
        "gastro-entérologie",
        "Diarrhée, douleurs abdominales et amaigrissement.",
        [
            f"Maladie de {epo('Crohn')} iléo-colique diagnostiquée en 2015",
            "Résection iléo-cæcale en 2019",
            "Tabagisme actif",
        ],
        "Six à huit selles liquides par jour depuis trois semaines, douleurs de la fosse iliaque "
        f"droite, perte de 5 kg. Score de {epo('Harvey-Bradshaw')} à 11.",
        "Température 38,1 °C, masse sensible de la fosse iliaque droite, pas de lésion "
        "ano-périnéale.",
        "CRP 94 mg/L, albumine 29 g/L, calprotectine fécale 1 450 µg/g, coprocultures et "
        f"recherche de toxine de Clostridioides difficile négatives. Entéro-IRM du {c.d(2)} : "
        "atteinte iléale inflammatoire sur 15 cm, sans abcès.",
        f"Corticothérapie intraveineuse puis relais par {drug('prednisone')}. Après un bilan "
        f"pré-thérapeutique négatif (QuantiFERON, sérologies), première injection d'{drug('Humira')} "
        f"le {c.d(6)}.",
        [
            rx("prednisone", "40", "mg", "1 comprimé le matin, décroissance de 5 mg par semaine"),
            rx("Humira", "40", "mg", "1 injection sous-cutanée tous les 14 jours"),
            rx("Inexium", "20", "mg", "1 comprimé le soir"),
            rx("Cacit D3", "1000", "mg", "1 sachet par jour"),
        ],
        f"Hôpital de jour de gastro-entérologie le {c.d(20)}. Iléocoloscopie à six mois. Sevrage "
        "tabagique fortement conseillé.",
    )


def sc_pulmonary_embolism(c: Ctx) -> Scenario:
    """Pulmonary embolism."""
    return Scenario(
        "embolie pulmonaire bilatérale",
        "médecine vasculaire",
        "Dyspnée brutale et douleur basithoracique gauche.",
        ["Obésité (IMC 33)", "Varices des membres inférieurs", "Voyage en car de 14 heures"],
        "Dyspnée brutale avec douleur thoracique gauche majorée à l'inspiration, précédée de "
        "douleurs du mollet gauche depuis une semaine.",
        f"Score de {epo('Wells')} à 6, signe de {epo('Homans')} positif à gauche, SpO2 93 %, "
        f"FC 108/min, TA 132/80 {unit('mmHg')}.",
        "D-dimères 3 200 ng/mL. Angioscanner thoracique : embolie pulmonaire segmentaire "
        "bilatérale, ventricule droit non dilaté. Écho-Doppler veineux : thrombose "
        "fémoro-poplitée gauche. Troponine négative, sPESI à 0.",
        f"Anticoagulation par {drug('tinzaparine')} puis relais par {drug('rivaroxaban')} le "
        f"{c.d(2)}. Bonne évolution clinique, sevrage de l'oxygène en 48 heures.",
        [
            rx(
                "Xarelto",
                "15",
                "mg",
                "1 comprimé matin et soir pendant 21 jours, puis 20 mg le soir",
            ),
            rx("paracétamol", "1", "g", "si douleur, sans dépasser 3 g par jour"),
        ],
        f"Consultation de médecine vasculaire à trois mois ({c.my(90)}) pour décider de la durée "
        "d'anticoagulation. Bas de contention de classe 3.",
    )


def sc_parkinson(c: Ctx) -> Scenario:
    """Parkinson's disease with motor fluctuations."""
    return Scenario(
        f"fluctuations motrices d'une maladie de {epo('Parkinson')}",
        "neurologie",
        "Blocages moteurs, chutes et hallucinations visuelles.",
        [
            f"Maladie de {epo('Parkinson')} évoluant depuis 2016, stade 3 de {epo('Hoehn')} et "
            f"{epo('Yahr')}",
            "Hypotension orthostatique",
            "Cataracte opérée des deux côtés",
        ],
        "Aggravation depuis deux mois : blocages de fin de dose, dyskinésies de milieu de dose, "
        "deux chutes, hallucinations visuelles vespérales critiquées.",
        "Akinésie et rigidité prédominant à droite, tremblement de repos, freezing au demi-tour. "
        f"TA couchée 138/76, debout 104/62 {unit('mmHg')}. MoCA 23/30.",
        "Bilan biologique sans particularité, ECBU négatif. IRM cérébrale : pas de lésion "
        "vasculaire significative.",
        f"Fractionnement de la {drug('lévodopa')}, arrêt de l'{drug('Azilect')}, introduction "
        "de bas de contention. Séances de kinésithérapie et d'orthophonie pendant le séjour.",
        [
            rx("Modopar", "125", "mg", "1 gélule 5 fois par jour (7 h, 10 h, 13 h, 16 h, 19 h)"),
            rx("Modopar LP", "125", "mg", "1 gélule au coucher"),
            rx("Forlax", "10", "g", "1 sachet le matin"),
        ],
        f"Consultation de neurologie avec le {c.doc()} le {c.d(45)}. Discussion d'une stimulation "
        "cérébrale profonde non retenue devant l'âge et les troubles cognitifs.",
    )


def sc_cirrhosis(c: Ctx) -> Scenario:
    """Decompensated alcoholic cirrhosis."""
    return Scenario(
        "décompensation œdémato-ascitique de cirrhose",
        "hépato-gastro-entérologie",
        "Augmentation du volume abdominal et ictère.",
        [
            f"Cirrhose de {epo('Laennec')} connue depuis 2020, sevrage alcoolique depuis 2022",
            "Varices œsophagiennes grade 2 ligaturées",
            "Diabète de type 2",
        ],
        "Prise de 8 kg en trois semaines, augmentation du périmètre abdominal, ictère "
        "conjonctival et somnolence diurne.",
        "Ascite de moyenne abondance, astérixis, angiomes stellaires, pas d'hémorragie digestive.",
        f"Bilirubine 48 µmol/L, albumine 27 g/L, TP 52 %, score de {epo('Child-Pugh')} B9, "
        "MELD 16. Ponction d'ascite : 80 PNN/mm³, pas d'infection. Échographie du "
        f"{c.d(1)} : foie dysmorphique, pas de nodule, tronc porte perméable.",
        f"Ponction évacuatrice de 6 litres avec compensation par albumine, introduction de "
        f"{drug('spironolactone')} et de {drug('lactulose')}. Régression de l'encéphalopathie.",
        [
            rx("spironolactone", "75", "mg", "1 comprimé le matin"),
            rx("propranolol", "40", "mg", "1 comprimé matin et soir"),
            rx("Duphalac", "10", "g", "1 sachet 3 fois par jour, 2 à 3 selles par jour"),
        ],
        f"Consultation d'hépatologie avec le {c.doc()} le {c.d(30)}. Bilan pré-greffe à discuter. "
        "Poursuite du suivi en addictologie.",
    )


def sc_graves(c: Ctx) -> Scenario:
    """Graves' disease thyrotoxicosis."""
    return Scenario(
        f"thyrotoxicose de la maladie de {epo('Basedow')}",
        "endocrinologie",
        "Palpitations, amaigrissement et tremblements.",
        [f"Maladie de {epo('Basedow')} diagnostiquée en 2023", "Tabagisme actif", "Migraine"],
        "Rechute après arrêt des antithyroïdiens de synthèse : palpitations, perte de 7 kg, "
        "thermophobie, tremblements fins et irritabilité.",
        "FC 124/min régulière, goitre vasculaire, exophtalmie bilatérale modérée, tremblement "
        "des extrémités.",
        "TSH < 0,01 mUI/L, T4 libre 48 pmol/L, anticorps anti-récepteurs de la TSH à 12 UI/L. "
        f"ECG : tachycardie sinusale. Échographie thyroïdienne du {c.d(1)} : goitre homogène "
        "hypervascularisé.",
        f"Reprise du {drug('Néo-Mercazole')} à 30 mg/j et {drug('propranolol')}. Avis ophtalmologique : "
        "orbitopathie peu active.",
        [
            rx("Néo-Mercazole", "20", "mg", "1 comprimé et demi le matin"),
            rx("propranolol", "40", "mg", "1 comprimé matin, midi et soir"),
        ],
        f"Thyroïdectomie totale à discuter avec le {c.doc()}. NFS à J15 (risque d'agranulocytose), "
        f"TSH et T4 libre en {c.my(40)}.",
    )


def sc_hodgkin(c: Ctx) -> Scenario:
    """Febrile neutropenia during chemotherapy for Hodgkin lymphoma."""
    return Scenario(
        "neutropénie fébrile sous chimiothérapie",
        "hématologie",
        "Fièvre à 39,5 °C à J10 d'une cure de chimiothérapie.",
        [
            f"Lymphome de {epo('Hodgkin')} classique stade IIB diagnostiqué en {c.my(-120)}, "
            "traité par ABVD (3e cure)",
            "Asthme dans l'enfance",
        ],
        "Fièvre à 39,5 °C avec frissons à J10 de la troisième cure d'ABVD, sans point d'appel "
        "clinique évident.",
        f"TA 98/56 {unit('mmHg')}, FC 118/min, mucite de grade 2, chambre implantable propre.",
        "PNN 0,3 G/L, CRP 142 mg/L, hémocultures positives à Escherichia coli. TEP-scanner "
        f"intermédiaire du {c.d(-20)} : réponse métabolique complète (score de "
        f"{epo('Deauville')} 2).",
        f"Antibiothérapie par {drug('Tazocilline')} puis désescalade selon l'antibiogramme, "
        f"{drug('filgrastim')} sous-cutané. Sortie de l'aplasie le {c.d(4)}.",
        [
            rx(
                "Bactrim",
                "400",
                "mg",
                f"1 comprimé le {weekday('lundi')}, le {weekday('mercredi')} et le {weekday('vendredi')}",
            ),
            rx("valaciclovir", "500", "mg", "1 comprimé matin et soir"),
            rx("ondansétron", "8", "mg", "1 comprimé si nausées"),
        ],
        f"Prochaine cure en hôpital de jour le {c.d(12)}, sous réserve de PNN > 1 G/L.",
    )


def sc_gbs(c: Ctx) -> Scenario:
    """Guillain-Barré syndrome."""
    return Scenario(
        f"syndrome de {epo('Guillain-Barré')}",
        "neurologie",
        "Faiblesse ascendante des quatre membres.",
        ["Syndrome pseudo-grippal trois semaines auparavant", "Pas d'antécédent notable"],
        "Paresthésies des pieds puis des mains, faiblesse progressive des membres inférieurs "
        "rendant la marche impossible en cinq jours.",
        f"Tétraparésie flasque à prédominance distale, aréflexie ostéotendineuse, pas de signe "
        f"de {epo('Babinski')}, diplégie faciale discrète, capacité vitale à 2,1 L.",
        "Ponction lombaire : protéinorachie 1,8 g/L, 2 éléments/mm³ (dissociation "
        "albumino-cytologique). ENMG : polyradiculonévrite démyélinisante aiguë.",
        f"Confirmation d'un syndrome de {epo('Guillain-Barré')}. Immunoglobulines intraveineuses "
        f"({drug('Privigen')}) 0,4 g/kg/j pendant cinq jours, surveillance de la capacité vitale, "
        f"prévention thrombo-embolique par {drug('Lovenox')}. Début de récupération le {c.d(9)}.",
        [
            rx("Lovenox", "4000", "UI", "1 injection sous-cutanée par jour"),
            rx("Lyrica", "75", "mg", "1 gélule matin et soir"),
        ],
        f"Transfert en rééducation au {c.hosp(c.pick([h for h in HOSPITALS if 'Kerpape' in h.name]))} "
        f"le {c.d(15)}.",
    )


def sc_pyelonephritis(c: Ctx) -> Scenario:
    """Acute pyelonephritis in a diabetic patient."""
    return Scenario(
        "pyélonéphrite aiguë",
        "médecine interne",
        "Fièvre, frissons et douleur lombaire droite.",
        [
            "Diabète de type 2 insulinotraité (HbA1c 8,4 %)",
            "Obésité (IMC 34)",
            "Lithiase urinaire en 2019",
        ],
        "Brûlures mictionnelles depuis trois jours puis fièvre à 39,8 °C avec frissons et "
        "douleur lombaire droite.",
        f"TA 104/62 {unit('mmHg')}, FC 112/min, fosse lombaire droite sensible, score qSOFA à 1.",
        "CRP 238 mg/L, créatinine 121 µmol/L, glycémie 2,9 g/L. ECBU : Escherichia coli "
        "multisensible. Uroscanner : pyélonéphrite droite non compliquée, pas d'obstacle.",
        f"{drug('Rocéphine')} intraveineuse puis relais par {drug('ciprofloxacine')} le {c.d(3)}. "
        f"Adaptation de l'insulinothérapie ({drug('Lantus')}) avec l'équipe de diabétologie.",
        [
            rx("ciprofloxacine", "500", "mg", "1 comprimé matin et soir jusqu'au 10e jour"),
            rx("Lantus", "22", "UI", "1 injection le soir"),
            rx("metformine", "1000", "mg", "1 comprimé matin et soir"),
        ],
        "ECBU de contrôle inutile en l'absence de symptômes. Consultation de diabétologie le "
        f"{c.d(40)}.",
    )


def sc_depression(c: Ctx) -> Scenario:
    """Severe depressive episode."""
    return Scenario(
        "épisode dépressif caractérisé sévère",
        "psychiatrie",
        "Humeur dépressive, idées suicidaires.",
        ["Épisode dépressif en 2017", "Hypothyroïdie", "Trouble anxieux généralisé"],
        "Dégradation thymique depuis deux mois après un licenciement : tristesse, anhédonie, "
        "insomnie, perte de 6 kg, idées suicidaires sans scénario.",
        f"Ralentissement psychomoteur, échelle de {epo('Hamilton')} à 24, pas d'élément "
        "délirant, critique conservée.",
        "TSH 2,1 mUI/L, bilan hépatique normal, ECG : QTc 412 ms.",
        f"Introduction de la {drug('sertraline')} avec augmentation progressive, entretiens "
        f"réguliers avec le {role('psychologue')}. Nette amélioration à partir du {c.d(14)}.",
        [
            rx("sertraline", "100", "mg", "1 comprimé le matin"),
            rx("hydroxyzine", "25", "mg", "1 comprimé le soir si anxiété"),
            rx("Levothyrox", "50", "µg", "1 comprimé le matin à jeun"),
        ],
        f"Suivi au CMP avec le {c.doc()} le {c.d(25)}. Numéro national de prévention du suicide "
        "(3114) remis.",
    )


def sc_giant_cell(c: Ctx) -> Scenario:
    """Giant cell arteritis."""
    return Scenario(
        f"maladie de {epo('Horton')}",
        "médecine interne",
        "Céphalées temporales, claudication de la mâchoire.",
        ["Pseudo-polyarthrite rhizomélique en 2022", "Ostéoporose", "Glaucome"],
        "Céphalées temporales droites inhabituelles depuis trois semaines, claudication de la "
        "mâchoire, altération de l'état général.",
        "Artère temporale droite indurée et non pulsatile, pas de trouble visuel.",
        f"CRP 112 mg/L, VS 86 mm. Biopsie de l'artère temporale du {c.d(2)} : artérite "
        f"giganto-cellulaire confirmant une maladie de {epo('Horton')}.",
        f"Corticothérapie par {drug('prednisone')} 0,7 mg/kg/j, {drug('Kardegic')} 75 mg, "
        f"prévention cortisonique par {drug('alendronate')} et vitamine D.",
        [
            rx("Cortancyl", "20", "mg", "2 comprimés et demi le matin"),
            rx("Kardegic", "75", "mg", "1 sachet le midi"),
            rx(
                "alendronate",
                "70",
                "mg",
                f"1 comprimé par semaine, le {weekday('lundi')} matin à jeun",
            ),
        ],
        f"Consultation de médecine interne le {c.d(30)} avec CRP. Décroissance de la "
        "corticothérapie selon le protocole remis.",
    )


def sc_hip_fracture(c: Ctx) -> Scenario:
    """Femoral neck fracture operated on."""
    return Scenario(
        "fracture du col fémoral",
        "orthopédie",
        "Chute mécanique avec impotence fonctionnelle du membre inférieur droit.",
        ["Ostéoporose fracturaire", "Fibrillation atriale", "Surdité appareillée"],
        "Chute de sa hauteur dans la cuisine, impossibilité de se relever, raccourcissement et "
        "rotation externe du membre inférieur droit.",
        f"Fracture du col fémoral droit {epo('Garden')} IV (classification de {epo('Garden')}). Pas de "
        "déficit vasculo-nerveux.",
        "Hémoglobine 11,2 g/dL, créatinine 84 µmol/L, INR 1,1. Radiographie de contrôle "
        "post-opératoire satisfaisante.",
        f"Arthroplastie intermédiaire par voie postéro-externe de {epo('Moore')} le {c.d(1)}. "
        f"Mise en charge complète autorisée, prévention thrombo-embolique par {drug('Lovenox')}.",
        [
            rx("Lovenox", "4000", "UI", "1 injection sous-cutanée par jour pendant 35 jours"),
            rx("Doliprane", "1000", "mg", "1 comprimé toutes les 6 heures si douleur"),
            rx("Oxynorm", "5", "mg", "1 gélule si douleur intense, 4 fois par jour au maximum"),
        ],
        f"Ablation des agrafes à J15 par l'{role('infirmière')} libérale. Consultation "
        f"d'orthopédie avec le {c.doc()} le {c.d(45)}.",
    )


SCENARIOS: tuple[Callable[[Ctx], Scenario], ...] = (
    sc_heart_failure,
    sc_pneumonia,
    sc_stroke,
    sc_fall,
    sc_crohn,
    sc_pulmonary_embolism,
    sc_parkinson,
    sc_cirrhosis,
    sc_graves,
    sc_hodgkin,
    sc_gbs,
    sc_pyelonephritis,
    sc_depression,
    sc_giant_cell,
    sc_hip_fracture,
)


# --------------------------------------------------------------------------------------------
# Building blocks shared by several kinds of documents
# --------------------------------------------------------------------------------------------

Block = tuple[str, bool]  # (markup, optional)


def assemble(c: Ctx, blocks: list[Block], target: int, sep: str = "\n\n") -> str:
    """Join blocks, dropping random optional ones while the text is longer than ``target``."""
    kept = list(blocks)
    optional = [i for i, (_, opt) in enumerate(kept) if opt]
    c.rng.shuffle(optional)
    while optional and visible_len(sep.join(m for m, _ in kept if m)) > target:
        i = optional.pop()
        kept[i] = ("", True)
    return sep.join(m for m, _ in kept if m)


def identity_line(c: Ctx) -> str:
    """The patient's identity as written at the top of a clinical document."""
    p = c.patient
    match c.rng.randrange(7):
        case 0:
            return f"{p.civ_long} {p.full_up()}{p.nee()}, né{c.e} le {c.dob()} ({c.age} ans)"
        case 1:
            return f"{p.formal()}, né{c.e} le {c.dob()}"
        case 2:
            return f"Patient{c.e} : {p.ln('up')} {p.fn('up')} — DDN : {c.dob()} — IPP : {c.ipp_e()}"
        case 3:
            return (
                f"{p.civ} {p.ln('up')}{p.nee()} {p.fn()}, né{c.e} le {c.dob()} à "
                f"{c.city(c.birth_city)}"
            )
        case 4:
            return f"{p.civ} {p.first_up()}, {c.age} ans (° {c.dob()})"
        case 5:
            return (
                f"{p.civ_long} {p.fn()} {p.ln('up')}, né{c.e} le {c.dob()}, domicilié{c.e} "
                f"{c.home.inline()}"
            )
        case _:
            return f"Nom : {p.ln('up')}{p.nee()}\nPrénom : {p.fn()}\nNé{c.e} le : {c.dob()}"


def ids_block(c: Ctx) -> str:
    """IPP / NDA (and sometimes INS) lines with varied cues and layouts."""
    ipp, nda = c.ipp_e(), c.nda_e()
    match c.rng.randrange(6):
        case 0:
            text = f"IPP : {ipp} — NDA : {nda}"
        case 1:
            text = f"N° patient : {ipp}\nN° de séjour : {nda}"
        case 2:
            text = f"Identifiant patient : {ipp} / Numéro de dossier administratif : {nda}"
        case 3:
            text = f"IPP\t{ipp}\tNDA\t{nda}"
        case 4:
            text = f"IPP\n{ipp}\nN° d'admission\n{nda}"
        case _:
            text = f"N° IPP : {ipp}     N° séjour : {nda}"
    if c.chance(0.3):
        text += f"\n{c.pick(['INS', 'Matricule INS', 'INS (NIR)'])} : {c.ins()}"
    return text


def social_paragraph(c: Ctx) -> str:
    """Way of life: household, relatives (names, phones), home help."""
    p = c.patient
    partner = c.relative(not p.female)
    child = c.relative()
    child_word = "sa fille" if child.female else "son fils"
    spouse_word = "son épouse" if partner.female else "son époux"
    variants = [
        f"Mode de vie : vit avec {spouse_word}, {partner.formal()}, dans une maison de plain-pied "
        f"à {c.city(c.home.city)}. Deux enfants, dont {child_word} {child.fn()}, joignable au "
        f"{c.person_tel(child)}. Autonome pour les actes de la vie quotidienne.",
        f"Mode de vie : vit seul{c.e} en appartement au 3e étage sans ascenseur. Passage d'une "
        f"{role('aide à domicile')} trois fois par semaine. Personne de confiance : {child_word}, "
        f"{child.formal()} ({c.person_tel(child)}).",
        f"Mode de vie : veu{'ve' if p.female else 'f'} depuis 2020, vit chez {child_word}, "
        f"{child.civ} {child.full()}, {c.home.inline()}. "
        f"{c.pick(['Agricultrice', 'Enseignante', 'Comptable', 'Couturière'] if p.female else ['Agriculteur', 'Enseignant', 'Marin-pêcheur', 'Comptable'])} à la retraite.",
        f"Mode de vie : en couple avec {partner.full()}, deux enfants. Travaille comme "
        f"{c.pick(['cariste', 'aide-soignant', 'professeur des écoles', 'chauffeur', 'ingénieur'])}. "
        "Tabac : 10 cigarettes par jour. Alcool : occasionnel.",
    ]
    return c.pick(variants)


def gp_block(c: Ctx) -> str:
    """The general practitioner as recipient of a letter."""
    gp = c.gp
    office = c.address(building=False)
    return (
        f"{gp.pro(c.pick(['full', 'caps']))}\n{c.pick(['Médecin généraliste', 'Cabinet médical'])}\n"
        f"{office.lines(upper_city=c.chance(0.4))}"
    )


def dateline(c: Ctx, offset: int) -> str:
    """``Quimper, le 12/04/2025``."""
    return f"{c.city(c.hospital.city)}, le {c.d(offset)}"


def ending(c: Ctx) -> str:
    """A letter's closing formula."""
    return c.pick(
        [
            "Je vous prie de croire, cher confrère, à l'assurance de mes sentiments confraternels.",
            "Bien confraternellement.",
            "Je reste à votre disposition pour tout renseignement complémentaire.",
            "Avec mes remerciements pour votre confiance, bien cordialement.",
        ]
    )


def drug_list(lines: list[str]) -> str:
    """Treatment lines as a dashed list."""
    return "\n".join(f"- {line}" for line in lines)


def letter_extras(c: Ctx, s: Scenario) -> list[str]:
    """Optional paragraphs of hospital letters (allergies, appointments, information...)."""
    other = c.other_hosp()
    appointments = [
        f"- {c.d(c.rng.randint(8, 20))} : consultation de {s.specialty} avec le {c.doc()}",
        f"- {c.d(c.rng.randint(20, 40))} : {c.pick(['scanner', 'IRM', 'échographie', 'scintigraphie'])} "
        f"{at(other.name)}",
        f"- {c.d(c.rng.randint(40, 90))} : bilan biologique de contrôle en ville",
    ]
    return [
        c.pick(
            [
                f"Allergies : allergie à la {drug('pénicilline')} (urticaire en 2010).",
                "Allergies : aucune allergie médicamenteuse connue.",
                f"Allergies : intolérance à la {drug('codéine')} (vomissements).",
            ]
        ),
        "Vaccinations : grippe saisonnière et COVID-19 à jour ; rappel antipneumococcique à "
        "prévoir.",
        f"Information : le diagnostic et le projet thérapeutique ont été expliqués {c.a_pat}, "
        "qui en a compris les enjeux. Des directives anticipées ont été rédigées et versées au "
        "dossier.",
        "Rendez-vous programmés :\n" + "\n".join(appointments),
        "Éléments de surveillance pour le médecin traitant : poids, tension artérielle, "
        "fonction rénale et kaliémie à une semaine ; réévaluation des traitements "
        "sédatifs ; signes de décompensation à rechercher.",
        "Examens en attente au moment de la sortie : sérologies virales, électrophorèse des "
        "protéines sériques ; les résultats vous seront transmis.",
        f"Conclusion : {s.title} d'évolution favorable. Pas de modification majeure du "
        "traitement de fond. Retour au domicile dans de bonnes conditions.",
        f"Sur le plan social : évaluation réalisée par l'{role('assistante sociale')} du service, "
        "demande d'aide à domicile en cours, bons de transport remis.",
    ]


def operative_extras(c: Ctx) -> list[str]:
    """Optional paragraphs of operative reports."""
    return [
        "Antécédents : hypertension artérielle, diabète de type 2, appendicectomie dans "
        "l'enfance. Pas d'allergie connue.",
        f"Traitement habituel : {drug('amlodipine')} 5 {unit('mg')}, {drug('metformine')} "
        f"1000 {unit('mg')} matin et soir (arrêtée 48 heures avant l'intervention).",
        "Suites immédiates : réveil calme en SSPI, douleur contrôlée (EVA 2/10), reprise de "
        "l'alimentation le soir même si absence de nausées.",
        "Examen anatomopathologique : pièce adressée au laboratoire d'anatomie pathologique, "
        "résultat attendu sous dix jours.",
        "Consignes : lever précoce, pas de port de charge lourde pendant un mois, douche "
        "autorisée à J2 avec pansement imperméable, surveillance de la cicatrice par "
        f"l'{role('infirmière')} libérale tous les deux jours.",
        "Matériel : colonne de cœlioscopie, bistouri à ultrasons, agrafeuse linéaire ; "
        "traçabilité des dispositifs médicaux implantables réalisée.",
    ]


def spoken_extras(c: Ctx) -> list[list[tuple[str, str]]]:
    """Short exchanges that can be added to any consultation."""
    return [
        [
            ("M", "vous avez bien votre carte vitale ? je la passe"),
            ("P", "oui tenez, euh elle est un peu abîmée"),
            ("M", "ça marche quand même, c'est bon"),
        ],
        [
            ("M", "on va vous peser… soixante-dix-huit kilos, deux de plus que la dernière fois"),
            ("P", "ah oui quand même"),
            ("M", "la tension maintenant… treize huit, le cœur à soixante-douze, c'est bien"),
        ],
        [
            ("M", "et pour le vaccin de la grippe, vous l'avez fait cette année ?"),
            ("P", f"pas encore, l'{role('infirmière')} doit passer"),
            (
                "M",
                "d'accord, je vous fais l'ordonnance, vous pourrez aussi le faire à la pharmacie",
            ),
        ],
        [
            ("M", "vous avez des questions ?"),
            ("P", "non euh si, est-ce que je peux reprendre le vélo ?"),
            ("M", "oui, progressivement, sans forcer les premières semaines"),
        ],
        [
            (
                "M",
                "je vous fais l'ordonnance pour trois mois, et une prise de sang avant la prochaine consultation",
            ),
            ("P", "à jeun ?"),
            ("M", "oui à jeun, pour le cholestérol"),
        ],
        [
            ("P", f"et le {drug('tahor')} je le prends le matin ou le soir ?"),
            ("M", "le soir de préférence, c'est comme vous voulez, mais toujours au même moment"),
        ],
    ]


# --------------------------------------------------------------------------------------------
# Kinds of documents
# --------------------------------------------------------------------------------------------


def k_discharge_letter(c: Ctx, target: int) -> str:
    """Lettre de liaison / compte rendu d'hospitalisation."""
    s = c.pick(SCENARIOS)(c)
    p = c.patient
    stay = c.rng.randint(3, 16)
    head = c.hosp_header() + f"\nService {de(s.specialty)}"
    title = c.pick(["LETTRE DE LIAISON", "COMPTE RENDU D'HOSPITALISATION", "Lettre de sortie"])
    blocks: list[Block] = [
        (head, False),
        (dateline(c, stay), True),
        (gp_block(c), True),
        (f"{title}\nHospitalisation du {c.d(0)} au {c.d(stay)}", False),
        (identity_line(c) + "\n" + ids_block(c), False),
        (c.pick(["Cher confrère,", "Chère consœur,", "Cher ami,", "Chers collègues,"]), True),
        (
            f"Votre patient{c.e} {p.named()} a été hospitalisé{c.e} dans notre service pour "
            f"{s.title}.",
            False,
        ),
        (f"Motif d'hospitalisation : {s.motif}", False),
        ("Antécédents :\n" + drug_list(s.atcd), True),
        (social_paragraph(c), True),
        (f"Histoire de la maladie : {s.histoire}", False),
        (f"Examen clinique à l'entrée : {s.examen}", True),
        (f"Examens complémentaires : {s.paraclinique}", True),
        (f"Évolution : {s.evolution}", False),
    ]
    blocks += [(h, False) for h in hard_cases(c, c.rng.choice([2, 2, 3]))]
    blocks += [
        ("Traitement de sortie :\n" + drug_list(s.drugs), False),
        (f"Suivi : {s.suivi}", True),
    ]
    blocks += [(x, True) for x in c.sample(letter_extras(c, s), c.rng.randint(3, 6))]
    blocks += [
        (ending(c), True),
        (c.signature(), False),
        (f"Copie : {c.gp.pro('full')}, {role('médecin traitant')}", True),
    ]
    return assemble(c, blocks, target)


def k_referral_letter(c: Ctx, target: int) -> str:
    """Courrier d'adressage written by the general practitioner."""
    s = c.pick(SCENARIOS)(c)
    p, gp = c.patient, c.gp
    office = c.address(building=False)
    specialist = c.person(title=c.pick(["Dr", "Dr", "Pr"]))
    head = (
        f"{gp.pro('full')}\nMédecin généraliste\n{office.lines()}\nTél. : {c.tel(False)}\n"
        f"{c.rpps_line(gp)}"
    )
    if c.chance(0.5):
        head += f"\n{c.mail(gp, domain=c.pick(['medecin.mssante.fr', 'wanadoo.fr', 'orange.fr']))}"
    ask = c.pick(
        [
            f"pour avis spécialisé concernant une suspicion de {s.title}",
            f"pour la prise en charge d'une {s.title}",
            "pour une évaluation et une adaptation thérapeutique",
        ]
    )
    blocks: list[Block] = [
        (head, False),
        (f"{c.city(office.city)}, le {c.d(-2)}", False),
        (
            f"À l'attention du {specialist.pro(c.pick(['full', 'caps']))}\nService {de(s.specialty)}\n"
            f"{c.hosp()}\n{c.place_addr()}",
            False,
        ),
        (f"Objet : adressage de {p.formal()}, né{c.e} le {c.dob()}", False),
        (c.pick(["Cher confrère,", "Chère consœur,", "Cher ami,"]), False),
        (
            f"Je vous adresse {p.named()}, {c.age} ans, que je suis depuis plusieurs années, {ask}.",
            False,
        ),
        ("Dans ses antécédents, on retient :\n" + drug_list(s.atcd), True),
        (f"Histoire récente : {s.histoire}", False),
        (f"À l'examen ce jour : {s.examen}", True),
        (social_paragraph(c), True),
        ("Traitement actuel :\n" + drug_list(s.drugs), True),
        (f"Examens déjà réalisés : {s.paraclinique}", True),
    ]
    blocks += [(x, True) for x in c.sample(letter_extras(c, s), c.rng.randint(1, 3))]
    blocks += [(h, False) for h in hard_cases(c, c.rng.choice([2, 2, 3]))]
    blocks += [
        (
            f"{p.civ} {p.ln()} est joignable au {c.person_tel(p)}"
            + (f" ou par courriel ({c.mail(p)})." if c.chance(0.5) else "."),
            True,
        ),
        (
            "Je vous remercie de bien vouloir le recevoir et vous prie de croire en mes sentiments "
            "confraternels."
            if not p.female
            else "Je vous remercie de bien vouloir la recevoir et vous prie de croire en mes sentiments "
            "confraternels.",
            False,
        ),
        (gp.pro(c.pick(["full", "init", "last"])), False),
    ]
    return assemble(c, blocks, target)


@dataclass
class Operation:
    """An operation: title, indication, procedure (markup)."""

    title: str
    indication: str
    procedure: str
    post: list[str]


def operations(c: Ctx) -> list[Operation]:
    """The operative procedures of the corpus."""
    return [
        Operation(
            "Cholécystectomie par cœlioscopie",
            f"Cholécystite aiguë lithiasique (signe de {epo('Murphy')} positif, "
            "échographie : vésicule à paroi épaissie).",
            "Open cœlioscopie ombilicale, trois trocarts opérateurs. Vésicule inflammatoire. "
            f"Dissection du triangle de {epo('Calot')}, obtention de la vue critique de "
            "sécurité, clippage et section de l'artère et du canal cystiques. "
            "Cholécystectomie rétrograde, extraction en sac. Lavage, pas de drainage.",
            [
                rx("paracétamol", "1", "g", "toutes les 6 heures"),
                rx("Lovenox", "4000", "UI", "1 injection par jour pendant 7 jours"),
            ],
        ),
        Operation(
            "Appendicectomie par cœlioscopie",
            "Appendicite aiguë (douleur de la fosse iliaque droite, CRP 96 mg/L, "
            "échographie évocatrice).",
            "Trois trocarts. Appendice inflammatoire non perforé, épanchement séreux du "
            f"cul-de-sac de {epo('Douglas')} prélevé. Ligature de la base appendiculaire par "
            f"deux endoloops. Le point de {epo('McBurney')} n'a pas été utilisé.",
            [rx("Doliprane", "1000", "mg", "toutes les 6 heures si douleur")],
        ),
        Operation(
            f"Colectomie sigmoïdienne selon {epo('Hartmann')}",
            f"Sigmoïdite perforée avec péritonite purulente (stade III de {epo('Hinchey')}).",
            f"Laparotomie médiane. Péritonite purulente diffuse. Intervention de "
            f"{epo('Hartmann')} : résection sigmoïdienne, fermeture du moignon rectal, "
            "colostomie terminale en fosse iliaque gauche. Lavage abondant, drainage du "
            f"cul-de-sac de {epo('Douglas')}.",
            [
                rx("Tazocilline", "4", "g", "toutes les 8 heures pendant 5 jours"),
                rx("Lovenox", "4000", "UI", "1 injection par jour pendant 28 jours"),
            ],
        ),
        Operation(
            "Cure de hernie inguinale droite",
            "Hernie inguinale droite symptomatique.",
            f"Incision inguinale. Hernie oblique externe. Cure selon {epo('Lichtenstein')} "
            "par plaque prothétique fixée par un surjet au ligament inguinal. Fermeture "
            "plan par plan, infiltration au point d'incision.",
            [
                rx("paracétamol", "1", "g", "toutes les 6 heures pendant 5 jours"),
                rx("kétoprofène", "100", "mg", "matin et soir pendant 3 jours"),
            ],
        ),
        Operation(
            "Bypass gastrique en Y par cœlioscopie",
            "Obésité morbide (IMC 43) avec syndrome d'apnées du sommeil appareillé.",
            f"Six trocarts. Confection d'une poche gastrique, anse alimentaire de 150 cm "
            f"montée en Y selon {epo('Roux')}, anastomose gastro-jéjunale mécanique. "
            f"Fermeture de l'espace de {epo('Petersen')}. Test au bleu négatif.",
            [
                rx("oméprazole", "20", "mg", "1 gélule par jour pendant 3 mois"),
                rx("Lovenox", "4000", "UI", "1 injection par jour pendant 10 jours"),
            ],
        ),
        Operation(
            "Prothèse totale de hanche gauche",
            "Coxarthrose gauche invalidante.",
            f"Voie d'abord postéro-externe de {epo('Moore')}. Luxation, ostéotomie du col. "
            "Préparation du cotyle, cupule double mobilité sans ciment. Tige fémorale "
            "sans ciment, tête céramique. Réparation des pelvi-trochantériens.",
            [
                rx("Lovenox", "4000", "UI", "1 injection par jour pendant 35 jours"),
                rx("Doliprane", "1000", "mg", "toutes les 6 heures"),
            ],
        ),
        Operation(
            "Thyroïdectomie totale",
            f"Maladie de {epo('Basedow')} résistante aux antithyroïdiens de synthèse.",
            f"Cervicotomie de {epo('Kocher')}. Repérage et préservation des deux nerfs laryngés "
            "récurrents sous neuromonitoring, conservation de trois parathyroïdes. "
            "Hémostase soigneuse, pas de drainage.",
            [
                rx("Levothyrox", "100", "µg", "1 comprimé le matin à jeun"),
                rx("Calcidia", "1", "g", "1 sachet 3 fois par jour si paresthésies"),
            ],
        ),
        Operation(
            "Césarienne en urgence",
            "Anomalies du rythme cardiaque fœtal à 39 SA.",
            f"Incision de {epo('Pfannenstiel')}. Hystérotomie segmentaire transversale. "
            f"Naissance d'un enfant de 3 250 g, score d'{epo('Apgar')} 8 puis 10. "
            "Délivrance dirigée, hystérorraphie en un plan.",
            [
                rx("Spasfon", "80", "mg", "2 comprimés si douleur"),
                rx("Lovenox", "4000", "UI", "1 injection par jour pendant 6 semaines"),
            ],
        ),
    ]


def k_operative_report(c: Ctx, target: int) -> str:
    """Compte rendu opératoire."""
    p = c.patient
    op = c.pick(operations(c))
    if op.title.startswith("Césarienne") and not p.female:
        op = operations(c)[0]
    surgeon, assistant = c.author, c.person(title="Dr")
    anaesthetist = c.person(title="Dr")
    nurse, iade = c.person(), c.person()
    blocks: list[Block] = [
        (f"{c.hosp()} — Bloc opératoire central\n{c.place_addr(lines=False)}", False),
        ("COMPTE RENDU OPÉRATOIRE", False),
        (f"Patient{c.e} : {p.full_up()}{p.nee()} — né{c.e} le {c.dob()}\n{ids_block(c)}", False),
        (
            f"Date de l'intervention : {c.d(1)}\nOpérateur : {surgeon.pro('full')}\n"
            f"Aide : {assistant.pro(c.pick(['full', 'init', 'last']))}\n"
            f"Anesthésiste : {anaesthetist.pro(c.pick(['full', 'caps']))}\n"
            f"IBODE : {nurse.full()} — IADE : {iade.fn()} {iade.ln('up')}",
            False,
        ),
        (f"Intervention : {op.title}", False),
        (f"Indication : {op.indication}", False),
        (
            f"Anesthésie : générale, score ASA 2, {epo('Mallampati')} 2, intubation facile "
            f"({epo('Cormack')} 1). Antibioprophylaxie par {drug('céfazoline')} 2 g.",
            True,
        ),
        (
            "Installation : décubitus dorsal, sondage urinaire, champage stérile, check-list "
            "HAS réalisée.",
            True,
        ),
        (f"Déroulement : {op.procedure}", False),
        (
            "Incidents : aucun. Pertes sanguines estimées à 150 mL. Compte des compresses "
            "conforme.",
            True,
        ),
    ]
    extras = operative_extras(c)
    blocks[4:4] = [(x, True) for x in extras[:2]]
    blocks += [(x, True) for x in c.sample(extras[2:], 3)]
    blocks += [(h, False) for h in hard_cases(c, c.rng.choice([1, 2, 2]))]
    blocks += [
        ("Prescriptions post-opératoires :\n" + drug_list(op.post), False),
        (f"Consultation post-opératoire avec le {c.doc(surgeon)} le {c.d(30)}.", True),
        (c.signature(surgeon, "Chirurgien"), False),
    ]
    return assemble(c, blocks, target)


def k_prescription(c: Ctx, target: int) -> str:
    """Ordonnance with the prescriber block."""
    p, doc = c.patient, c.gp
    office = c.address(building=False)
    specialty = c.pick(
        [
            "Médecin généraliste",
            "Médecine générale — Gériatrie",
            "Cardiologue",
            "Diabétologue",
            "Rhumatologue",
        ]
    )
    head = [
        doc.pro(c.pick(["full", "caps"])),
        specialty,
        c.rpps_line(doc),
        office.lines(),
        f"Tél. : {c.tel(False)}",
    ]
    if c.chance(0.4):
        head.append(f"Fax : {c.tel(False, 'spaced')}")
    if c.chance(0.5):
        head.append(c.mail(doc, domain=c.pick(["medecin.mssante.fr", "orange.fr", "gmail.com"])))
    if c.chance(0.3):
        head.append(f"Prise de rendez-vous : {ent(doctolib_url(c, doc, office.city), 'URL')}")
    patient = f"{p.civ} {c.pick([p.full_up(), p.first_up(), p.full()])}"
    if c.chance(0.6):
        patient += f"\nNé{c.e} le {c.dob()}"
    if c.chance(0.4):
        patient += f" — Poids : {c.rng.randint(48, 102)} kg"
    drugs = [rx(*d) for d in c.sample(DRUGS, c.rng.randint(2, 5))]
    blocks: list[Block] = [
        ("\n".join(head), False),
        (f"{c.city(office.city)}, le {c.d(0)}", False),
        (patient, False),
        (
            "ORDONNANCE"
            if c.chance(0.5)
            else "Prescriptions relatives au traitement de l'affection de longue durée reconnue (ALD) :",
            False,
        ),
        ("\n".join(f"{i}. {line}" for i, line in enumerate(drugs, 1)), False),
        (
            c.pick(
                [
                    "QSP 3 mois.",
                    "Traitement pour 1 mois, à renouveler 2 fois.",
                    "QSP 28 jours.",
                    "Ne pas substituer (NS) pour les lignes 1 et 2.",
                ]
            ),
            True,
        ),
        (
            f"Soins infirmiers à domicile par {role('IDE')} : surveillance de la prise des "
            f"traitements, y compris {weekday('dimanches')} et jours fériés, pendant 1 mois.",
            True,
        ),
        (
            f"Bilan biologique à réaliser le {c.d(c.rng.randint(5, 30))} : NFS, ionogramme, "
            "créatinine, HbA1c, bilan lipidique.",
            True,
        ),
    ]
    blocks += [(h, False) for h in hard_cases(c, 1)]
    blocks.append((doc.pro(c.pick(["full", "init", "last"])), False))
    return assemble(c, blocks, target)


def doctolib_url(c: Ctx, p: Person, city: str) -> str:
    """An appointment URL that contains a name and a town (one URL entity)."""
    return (
        f"https://www.doctolib.fr/medecin-generaliste/{slug(city, '-')}/"
        f"{slug(p.first, '-')}-{slug(p.last, '-')}"
    )


def staff_name(c: Ctx, p: Person) -> str:
    """A nurse or aide as signed in the nursing file (often the first name only)."""
    return c.pick([p.fn(), p.fn(), p.full(), f"{p.initial()} {p.ln()}", f"{p.ln('up')} {p.fn()}"])


def nursing_targets(c: Ctx) -> list[tuple[str, str, str, str]]:
    """(target, data, actions, result) of ciblées transmissions."""
    rel = c.relative()
    if c.chance(0.5):
        rel_word = "sa fille" if rel.female else "son fils"
    else:
        rel = c.relative(not c.patient.female)
        rel_word = "son épouse" if rel.female else "son époux"
    ide = c.person(True)
    intern = c.person(title="Dr")
    when = c.day(c.rng.randint(2, 6))
    return [
        (
            "Douleur",
            f"{c.Pat} se plaint d'une douleur cotée à 7/10 (EVA).",
            f"{drug('Oxynorm')} 5 {unit('mg')} per os selon prescription du {c.doc()}. Installation "
            "au fauteuil avec coussin de positionnement.",
            "EVA à 3/10 une heure après.",
        ),
        (
            "Chute",
            f"Retrouvé{c.e} assis{c.e} au sol au pied du lit à 3 h, pas de perte de connaissance.",
            f"Relevé{c.e} à deux, TA 132/78 {unit('mmHg')}, glycémie capillaire 1,12 g/L, pas de plaie. "
            f"Interne de garde prévenu ({intern.pro('full')}). Déclaration d'événement indésirable.",
            "Surveillance neurologique horaire sans anomalie.",
        ),
        (
            "Risque d'escarre",
            f"Rougeur persistante du talon gauche, échelle de {epo('Braden')} à 12.",
            "Matelas à air, décharge des talons, changements de position toutes les 3 heures.",
            "Rougeur en régression au matin.",
        ),
        (
            "Alimentation",
            "N'a mangé que le quart de son plateau, poids 54 kg (moins 3 kg).",
            f"Compléments nutritionnels oraux, avis de la {role('diététicienne')} demandé.",
            "Prend un complément sur deux.",
        ),
        (
            "Glycémie",
            "Glycémie capillaire à 3,2 g/L à 11 h.",
            f"Correction par {drug('Novorapid')} 4 {unit('UI')} selon protocole, appel du {c.doc()}.",
            "Glycémie à 1,8 g/L à 13 h.",
        ),
        (
            "Agitation",
            f"Désorienté{c.e}, cherche à sortir de la chambre, a arraché sa perfusion.",
            f"Réassurance, présence. Appel de {rel_word}, {rel.formal()}, qui vient passer la soirée.",
            "Apaisement vers 22 h, nuit calme ensuite.",
        ),
        (
            "Famille",
            f"Appel de {rel_word}, {rel.formal()}, au {c.person_tel(rel)} pour des nouvelles.",
            f"Informations générales données ; rendez-vous avec le {c.doc(c.author)} le "
            f"{weekday(WEEKDAYS[when.weekday()])} {ent(fmt_date(when, 'long'), 'DATE')} à 14 h.",
            "Famille rassurée.",
        ),
        (
            "Sortie",
            f"Sortie prévue le {c.d(c.rng.randint(3, 9))}.",
            f"Transport en ambulance organisé, ordonnances et lettre de liaison remises, "
            f"{role('infirmière')} libérale prévenue ({ide.formal()}, {c.person_tel(ide)}).",
            f"Sortie à 15 h accompagné{c.e} de {rel_word}.",
        ),
        (
            "Pansement",
            "Cicatrice propre, non inflammatoire, pas d'écoulement.",
            "Réfection du pansement, ablation d'une agrafe sur deux sur prescription médicale.",
            "Pansement sec en place.",
        ),
        (
            "Élimination",
            "Pas de selles depuis quatre jours, abdomen souple.",
            f"{drug('Forlax')} 2 sachets, {drug('Normacol')} lavement sur prescription.",
            "Selles dans la soirée.",
        ),
        (
            "Anxiété",
            f"Pleure, inquiet{c.e} pour son conjoint resté seul à domicile.",
            f"Écoute. Appel de l'{role('assistante sociale')} pour organiser le portage des repas.",
            "Plus sereine après l'entretien."
            if c.patient.female
            else "Plus serein après l'entretien.",
        ),
        (
            "Antibiothérapie",
            f"Voie veineuse périphérique posée le {c.d(0)} au bras gauche, point de ponction propre.",
            f"{drug('Augmentin')} 1 g IV à 18 h, surveillance de la température (37,8 °C).",
            "Pas de réaction au point de perfusion.",
        ),
        (
            "Transfusion",
            "Hémoglobine à 7,1 g/dL.",
            "Transfusion de deux culots globulaires après contrôle ultime au lit, surveillance "
            "des constantes toutes les 15 minutes.",
            "Bonne tolérance, hémoglobine de contrôle à 8,9 g/dL.",
        ),
    ]


def k_nursing_note(c: Ctx, target: int) -> str:
    """Transmissions ciblées (target / data / actions / results)."""
    p = c.patient
    service = c.pick(
        [
            "médecine polyvalente",
            "gériatrie aiguë",
            "chirurgie orthopédique",
            "pneumologie",
            "cardiologie",
            "SSR",
        ]
    )
    head = (
        f"{c.hosp()} — Service {de(service)}\nTRANSMISSIONS CIBLÉES\n"
        f"Patient{c.e} : {p.full_up()}{p.nee()} — Chambre {c.rng.randint(101, 450)} — "
        f"né{c.e} le {c.dob()}\n{ids_block(c)}"
    )
    if c.chance(0.4):
        head += f"\nMédecin référent : {c.author.pro('full')} — {role('médecin traitant')} : {c.gp.pro('last')}"
    staff = [c.person(c.chance(0.75)) for _ in range(3)]
    blocks: list[Block] = [(head, False)]
    targets = c.sample(nursing_targets(c), 8)
    for i, (target_name, data, action, result) in enumerate(targets):
        who = c.pick(staff)
        hour = c.pick(["07h45", "10h30", "14h15", "18h00", "21h40", "03h10", "05h50"])
        blocks.append(
            (
                f"{c.d(i // 2)} — {hour} — {staff_name(c, who)} ({c.pick(['IDE', 'IDE', 'AS'])})\n"
                f"Cible : {target_name}\nD : {data}\nA : {action}\nR : {result}",
                i >= 2,
            )
        )
    blocks += [(h, False) for h in hard_cases(c, c.rng.choice([1, 2, 2]))]
    return assemble(c, blocks, target)


def k_medico_social(c: Ctx, target: int) -> str:
    """Synthèse médico-sociale: EHPAD, assistante sociale, MDPH."""
    p = c.patient
    worker = c.person(True)
    ehpad = c.pick(EHPADS)
    young = c.age < 60
    title = (
        c.pick(["SYNTHÈSE MÉDICO-SOCIALE", "ÉVALUATION SOCIALE"])
        if not young
        else "BILAN SOCIAL — DEMANDE AUPRÈS DE LA MDPH"
    )
    if c.chance(0.5):
        head = f"{c.hosp()} — Service social\n{c.place_addr()}\nTél. : {c.hosp_tel()}"
    else:
        head = (
            f"{c.hosp(ehpad)}\n{c.place_addr(ehpad)}\nTél. : {c.tel(False)}\n"
            f"FINESS : {ent(make_finess(c.rng, dept_of(ehpad.zip)), 'FINESS')}"
        )
    child = c.relative()
    child_home = c.address()
    mandataire = c.person(title="Me")
    ide, helper = c.person(True), c.person(True)
    visit = c.day(c.rng.randint(10, 40))
    if young:
        resources = (
            "allocation aux adultes handicapés en cours de demande, prestation de "
            "compensation du handicap sollicitée."
        )
    else:
        resources = (
            "pension de retraite et complémentaire (1 240 € par mois), APA à domicile, "
            "GIR 3, plan d'aide de 680 € par mois."
        )
    blocks: list[Block] = [
        (head, False),
        (title, False),
        (
            f"Personne concernée : {p.formal()}{p.nee()}, né{c.e} le {c.dob()} à {c.city(c.birth_city)}, "
            f"{c.age} ans\nAdresse : {c.home.inline()}\nN° de sécurité sociale : {c.secu()}",
            False,
        ),
        (
            f"Situation familiale : {c.pick(['veuve', 'mariée', 'divorcée', 'célibataire'] if p.female else ['veuf', 'marié', 'divorcé', 'célibataire'])}, "
            f"deux enfants. {'Sa fille' if child.female else 'Son fils'}, {child.formal()}, domicilié{child.e} "
            f"{child_home.inline()}, est l'aidant{child.e} principal{'e' if child.female else ''} "
            f"({c.person_tel(child)}, {c.mail(child)}).",
            False,
        ),
        (
            "Logement : maison individuelle avec un étage, chambre à l'étage, salle de bains avec "
            "baignoire. Chauffage au fioul. Pas de téléassistance.",
            True,
        ),
        (f"Ressources : {resources} Versements sur le compte {c.iban()}.", True),
        (
            f"Protection juridique : curatelle renforcée depuis {c.my(-400)} ; mandataire judiciaire : "
            f"{mandataire.pro(c.pick(['full', 'last']))} ({c.tel(False)}).",
            True,
        ),
        (
            f"Intervenants : SSIAD (passage matin et soir) ; {role('infirmière')} libérale "
            f"{ide.formal()} ({c.person_tel(ide)}) ; {role('aide à domicile')} {helper.fn()} trois "
            f"matinées par semaine (le {weekday('lundi')}, le {weekday('mercredi')} et le "
            f"{weekday('vendredi')}) ; {role('médecin traitant')} : {c.gp.pro('full')} "
            f"({c.tel(False)}).",
            False,
        ),
        (
            f"Autonomie : GIR {c.rng.randint(2, 4)} (grille AGGIR). Aide pour la toilette et "
            "l'habillage, transferts avec une aide, déambulation au déambulateur, incontinence "
            f"urinaire nocturne. MMSE {c.rng.randint(14, 27)}/30.",
            True,
        ),
    ]
    s = c.pick(SCENARIOS)(c)
    blocks += [
        (
            f"Santé : hospitalisation récente pour {s.title}. Principaux antécédents : "
            + " ; ".join(lc_first(a) for a in s.atcd)
            + ".",
            True,
        ),
        (
            "Traitement : préparé en pilulier hebdomadaire par l'"
            + role("infirmière")
            + " libérale :\n"
            + drug_list(s.drugs),
            True,
        ),
        (
            f"Souhaits de la personne : {c.pat} souhaite rester le plus longtemps possible à "
            "domicile, près de son jardin ; la famille est partagée et demande un accueil de jour "
            f"deux fois par semaine (le {weekday('mardi')} et le {weekday('jeudi')}).",
            True,
        ),
        (
            "Évaluation de l'aidant : épuisement rapporté (mini-Zarit 4/7), sommeil perturbé, "
            "pas de relais familial disponible le week-end.",
            True,
        ),
    ]
    if young:
        blocks.append(
            (
                f"Projet : demande de RQTH et d'orientation en ESAT déposée le {c.d(-10)} ; "
                f"notification attendue avant {c.my(120)}.",
                False,
            )
        )
    else:
        blocks.append(
            (
                f"Projet : demande d'admission à l'{c.hosp(ehpad)} ({c.city(ehpad.city)}), "
                f"visite de pré-admission le {weekday(WEEKDAYS[visit.weekday()])} "
                f"{ent(fmt_date(visit, 'long'), 'DATE')}. Dossier déposé sur "
                f"{ent('https://trajectoire.sante-ra.fr', 'URL')} le {c.d(-5)}.",
                False,
            )
        )
    blocks += [(h, False) for h in hard_cases(c, c.rng.choice([2, 2, 3]))]
    sign = f"{worker.full()}\n{role('Assistante sociale')}\nTél. : {c.hosp_tel()}"
    if c.chance(0.6):
        sign += f"\n{c.mail(worker, pro=True)}"
    blocks.append((sign, False))
    return assemble(c, blocks, target)


def mail_header(c: Ctx, sender: str, recipient: str, subject: str, offset: int) -> str:
    """``De : / À : / Date : / Objet :`` lines (the weekday matches the date)."""
    when = c.day(offset)
    stamp = (
        f"{weekday(WEEKDAYS[when.weekday()])} {ent(fmt_date(when, 'long'), 'DATE')} "
        f"{c.rng.randint(7, 19):02d}:{c.rng.randint(0, 59):02d}"
    )
    return f"De : {sender}\nÀ : {recipient}\nDate : {stamp}\nObjet : {subject}"


def k_email(c: Ctx, target: int) -> str:
    """E-mails between professionals, or between a patient and the practice."""
    p = c.patient
    blocks: list[Block]
    if c.chance(0.55):
        s = c.pick(SCENARIOS)(c)
        a, b = c.author, c.gp
        sender = f"{a.pro('full')} <{c.mail(a, pro=True)}>"
        recipient = f"{b.full()} <{ent(c.mail_addr(b, 'medecin.mssante.fr'), 'MAIL')}>"
        blocks = [
            (mail_header(c, sender, recipient, f"{p.civ} {p.ln('up')} — {s.title}", 3), False),
            (f"Bonjour {b.fn()}," if c.chance(0.4) else "Cher confrère,", False),
            (
                f"Je te transmets des nouvelles de {p.formal()} (né{c.e} le {c.dob()}, IPP "
                f"{c.ipp_e()}), hospitalisé{c.e} depuis le {c.d(0)}. {s.histoire}",
                False,
            ),
            (f"{s.evolution}", True),
            (f"Pour mémoire, les examens : {s.paraclinique}", True),
            ("Traitement proposé :\n" + drug_list(s.drugs), True),
            (f"Suite prévue : {s.suivi}", True),
            (
                f"Pourrais-tu la revoir en consultation d'ici {c.pick(['deux', 'trois'])} semaines ? "
                if p.female
                else f"Pourrais-tu le revoir en consultation d'ici {c.pick(['deux', 'trois'])} semaines ? ",
                False,
            ),
        ]
        blocks += [(h, False) for h in hard_cases(c, c.rng.choice([2, 2, 3]))]
        blocks += [
            ("Bien amicalement,", False),
            (c.signature(a), False),
        ]
        if c.chance(0.5):
            quoted = (
                f"Le {weekday(WEEKDAYS[c.day(1).weekday()])} {ent(fmt_date(c.day(1), 'long'), 'DATE')} "
                f"à 09:12, {b.full()} <{c.mail(b, pro=True)}> a écrit :\n"
                f"> Bonjour, as-tu des nouvelles de {p.named()} ? La famille m'a appelé.\n"
                f"> {b.pro('last')}"
            )
            blocks.append((quoted, True))
    else:
        doc = c.author
        secretary = c.person(True)
        c.register = "email_patient"
        sender = f"{p.full()} <{c.mail(p)}>"
        recipient = f"Secrétariat {c.doc(doc)} <{ent('secretariat.' + slug(c.hospital.domain.split('.')[0]) + '@' + c.hospital.domain, 'MAIL')}>"
        rdv = c.day(c.rng.randint(10, 50))
        blocks = [
            (
                mail_header(
                    c,
                    sender,
                    recipient,
                    c.pick(["Demande de rendez-vous", "Résultats", "Renouvellement d'ordonnance"]),
                    0,
                ),
                False,
            ),
            (f"Bonjour {c.pick(['Docteur', 'docteur'])} {doc.ln()},", False),
            (
                f"Je suis {p.formal()}, né{c.e} le {c.dob()}. Vous m'avez vu{c.e} en consultation le "
                f"{c.d(-30)}. Depuis, je prends bien le {drug(c.pick(['Kardegic', 'Eliquis', 'Levothyrox', 'metformine']))} "
                "mais j'ai toujours des vertiges le matin.",
                False,
            ),
            (
                "Les vertiges durent quelques minutes, surtout quand je me lève du lit, et une fois "
                f"je suis tombé{c.e} dans la salle de bains sans me faire mal. "
                "Je prends ma tension "
                "avec l'appareil de la pharmacie : 11/7 le matin, 13/8 le soir. Je ne sais pas si "
                "je dois continuer le traitement ou attendre votre avis.",
                True,
            ),
            ("Mes médicaments actuels :\n" + drug_list([rx(*x) for x in c.sample(DRUGS, 3)]), True),
            (
                "J'ai aussi remarqué que mes chevilles gonflent le soir, et que je dors mal depuis "
                "deux semaines. Ma pharmacienne m'a conseillé de vous en parler avant de modifier "
                "quoi que ce soit. Je peux vous envoyer une photo de mon carnet de tension si "
                "besoin.",
                True,
            ),
            (
                f"Pourriez-vous me rappeler au {c.person_tel(p)} ? Je ne suis pas disponible le "
                f"{weekday(c.pick(WEEKDAYS[:5]))}.",
                False,
            ),
            (f"Mon adresse a changé : {c.address().inline()}.", True),
            (f"Bien cordialement,\n{p.full()}", False),
            (
                f"Réponse du secrétariat :\nBonjour {p.named()}, un rendez-vous vous est proposé le "
                f"{weekday(WEEKDAYS[rdv.weekday()])} {ent(fmt_date(rdv, 'long'), 'DATE')} à 10 h 30 avec le "
                f"{c.doc(doc)}. Merci d'apporter votre carte Vitale et vos derniers examens. Plan "
                f"d'accès : {c.url()}.\n{secretary.fn()}, secrétariat médical — {c.hosp()} — "
                f"{c.hosp_tel()}",
                True,
            ),
        ]
        blocks[5:5] = [(h, False) for h in hard_cases(c, c.rng.choice([1, 2, 2]))]
    return assemble(c, blocks, target)


def form_line(label: str, value: str, layout: str) -> str:
    """One field of a form: ``Nom : X``, ``Nom\tX`` or ``| Nom | X |``."""
    if layout == "tab":
        return f"{label}\t{value}"
    if layout == "table":
        return f"| {label} | {value} |"
    return f"{label} : {value}"


def k_admin_form(c: Ctx, target: int) -> str:
    """Administrative forms: admission, APA, person of trust, transport, MDPH."""
    p = c.patient
    layout = c.pick(["colon", "colon", "tab", "table"])
    title = c.pick(
        [
            "FICHE DE RENSEIGNEMENTS ADMINISTRATIFS — ADMISSION",
            "DEMANDE D'ALLOCATION PERSONNALISÉE D'AUTONOMIE (APA) — IDENTITÉ DU DEMANDEUR",
            "FORMULAIRE DE DÉSIGNATION DE LA PERSONNE DE CONFIANCE",
            "DEMANDE DE PRISE EN CHARGE DE TRANSPORT — VOLET ADMINISTRATIF",
            "FORMULAIRE DE DEMANDE MDPH — A. IDENTITÉ",
        ]
    )
    contact = c.relative()
    mobile = c.person_tel(p)
    fields = [
        ("Nom de naissance", ent((p.maiden or p.last).upper(), "NOM")),
        ("Nom d'usage", p.ln("up") if p.maiden else "—"),
        (
            "Prénom(s)",
            p.fn() if c.chance(0.6) else f"{p.fn()}, {ent(c.first_name(p.female), 'PRENOM')}",
        ),
        ("Sexe", "F" if p.female else "M"),
        ("Date de naissance", c.dob(c.pick(["slash", "slash", "dot", "iso"]))),
        ("Lieu de naissance", c.city(c.birth_city)),
        ("N° de sécurité sociale", c.secu()),
        ("Adresse", ent(c.home.street, "ADRESSE")),
        ("Code postal", ent(c.home.zip, "ZIP")),
        ("Commune", c.city(c.home.city, c.pick(["as", "up"]))),
        ("Téléphone", c.tel(False)),
        ("Portable", mobile),
        ("Courriel", c.mail(p)),
        ("Médecin traitant", f"{c.gp.pro('full')} — {c.tel(False)}"),
        (
            "Personne à prévenir",
            f"{contact.formal()} ({c.pick(['fille', 'nièce', 'épouse'] if contact.female else ['fils', 'neveu', 'époux'])}) — {c.person_tel(contact)}",
        ),
    ]
    if c.home.extra:
        fields.insert(7, ("Complément d'adresse", ent(c.home.extra, "ADRESSE")))
    optional = [
        ("INS", c.ins()),
        ("IPP", c.ipp_e()),
        (
            "Organisme complémentaire",
            c.pick(["MGEN", "Harmonie Mutuelle", "Mutuelle de Bretagne", "aucun (C2S)"]),
        ),
        ("IBAN (versement de l'aide)", c.iban()),
        ("Établissement d'accueil", c.hosp(c.pick(EHPADS + HOSPITALS))),
        (
            "Nationalité",
            c.pick(["française", "française", "portugaise", "algérienne", "sénégalaise"]),
        ),
    ]
    for item in c.sample(optional, c.rng.randint(2, 5)):
        fields.append(item)
    body = "\n".join(form_line(label, value, layout) for label, value in fields)
    if layout == "table":
        body = "| Rubrique | Renseignement |\n|---|---|\n" + body
    blocks: list[Block] = [
        (
            f"{c.hosp()} — Bureau des admissions\n{c.place_addr(lines=False)}"
            if c.chance(0.6)
            else f"Conseil départemental — Direction de l'autonomie\nDossier suivi par {c.person(True).full()}",
            False,
        ),
        (title, False),
        (body, False),
        (
            "Informations médicales utiles (sous pli confidentiel) : "
            + c.pick(
                [
                    f"maladie d'{epo('Alzheimer')} à un stade modéré, traitement par {drug('mémantine')}.",
                    f"maladie de {epo('Parkinson')}, chutes répétées, traitement par {drug('Modopar')}.",
                    f"insuffisance cardiaque, traitement par {drug('Lasilix')} et {drug('Eliquis')}.",
                    f"diabète de type 2 insulinotraité ({drug('Lantus')}), surveillance glycémique.",
                ]
            ),
            True,
        ),
        (
            "Aides en place : "
            + c.pick(
                [
                    f"passage d'une {role('aide à domicile')} deux heures par jour, portage des repas, "
                    "téléassistance.",
                    f"SSIAD matin et soir, {role('infirmière')} libérale pour le pilulier, kinésithérapie "
                    "deux fois par semaine.",
                    "aucune aide professionnelle, soutien quotidien par la famille.",
                ]
            ),
            True,
        ),
        (
            "Pièces à joindre : copie de la pièce d'identité, attestation de droits à l'assurance "
            "maladie, dernier avis d'imposition, justificatif de domicile de moins de trois mois, "
            "relevé d'identité bancaire, certificat médical de moins de trois mois.",
            True,
        ),
        (
            "Le demandeur certifie sur l'honneur l'exactitude des renseignements portés sur ce "
            "formulaire et s'engage à signaler tout changement de situation.",
            True,
        ),
        (
            "Situation : "
            + c.pick(
                [
                    "retour à domicile impossible sans aide, demande d'hébergement temporaire.",
                    "transport assis professionnalisé pour séances de dialyse (3 par semaine).",
                    "demande initiale, pas de dossier antérieur.",
                    "renouvellement, changement de situation depuis la dernière demande.",
                ]
            ),
            True,
        ),
    ]
    blocks += [(h, False) for h in hard_cases(c, c.rng.choice([1, 2, 2]))]
    blocks += [
        (
            f"Fait à {c.city(c.home.city)}, le {c.d(0, 'slash')}\nSignature du demandeur : {p.full()}",
            False,
        ),
        (
            "Les informations recueillies font l'objet d'un traitement informatique destiné à la "
            "gestion de votre dossier. Vous disposez d'un droit d'accès et de rectification.",
            True,
        ),
    ]
    return assemble(c, blocks, target)


def lower_markup(markup: str) -> str:
    """Lowercase the text of markup (plain and bracketed parts), keeping labels intact."""
    out: list[str] = []
    last = 0
    for m in _MARK.finditer(markup):
        out.append(markup[last : m.start()].lower())
        if m.group(1) is not None:
            out.append(f"⟦{m.group(1).lower()}|{m.group(2)}⟧")
        else:
            out.append(f"⟪{m.group(3).lower()}|{m.group(4)}⟫")
        last = m.end()
    out.append(markup[last:].lower())
    return "".join(out)


def spoken_themes(c: Ctx) -> list[list[tuple[str, str]]]:
    """Consultation dialogues, spoken style: (speaker, utterance) with M doctor, P patient,
    A accompanying relative."""
    kin = c.pick(["maman", "ma mère"]) if c.patient.female else c.pick(["papa", "mon père"])
    daughter = c.relative(True)
    themes = [
        [
            ("M", "alors euh on refait le point sur le diabète, vous avez fait la prise de sang ?"),
            ("P", f"oui je l'ai faite le {ent(fmt_date(c.day(-6), 'words_dm'), 'DATE')} au labo"),
            (
                "M",
                "bon l'hémoglobine glyquée est à sept virgule huit, c'est un peu au-dessus de l'objectif hein",
            ),
            ("P", "ah ben oui avec les fêtes euh j'ai pas été très sage"),
            ("M", f"vous prenez bien la {drug('metformine')} matin et soir ? le mille ?"),
            ("P", f"oui oui mais le {drug('diamicron')} des fois j'oublie le matin"),
            ("M", "d'accord. et les pieds, pas de plaie, pas de fourmillements ?"),
            ("P", "non ça va, juste un peu froids le soir"),
            (
                "M",
                "je regarde euh… les pouls sont perçus, le monofilament est perçu partout. la tension est à treize sept, c'est très bien",
            ),
        ],
        [
            (
                "P",
                "j'ai mal au dos depuis euh trois semaines, ça descend dans la jambe gauche jusqu'au pied",
            ),
            ("M", "ça vous réveille la nuit ?"),
            ("P", "oui surtout quand je me retourne"),
            ("M", "vous avez pris quelque chose ?"),
            ("P", f"du {drug('doliprane')} et de l'{drug('ibuprofène')} que j'avais à la maison"),
            (
                "M",
                f"allongez-vous… je lève la jambe… la manœuvre de {epo('lasègue')} est positive à gauche à quarante degrés, pas de déficit, les réflexes sont présents",
            ),
            ("M", "pas de trouble pour uriner ? pas d'engourdissement entre les jambes ?"),
            ("P", "non non"),
            (
                "M",
                f"bon c'est une sciatique, on va mettre du {drug('tramadol')} et du {drug('kétoprofène')} pendant cinq jours, et un arrêt de travail d'une semaine",
            ),
        ],
        [
            (
                "A",
                f"bonjour docteur je suis {daughter.fn('low')}, sa fille, c'est moi qui ai appelé",
            ),
            ("M", "oui bonjour madame, alors qu'est-ce qui vous inquiète ?"),
            (
                "A",
                f"{kin} oublie tout, elle a laissé le gaz allumé deux fois, elle s'est perdue en allant chez le boulanger",
            ),
            (
                "M",
                "d'accord. on va faire un petit test de mémoire… alors euh le MMS est à dix-neuf sur trente",
            ),
            (
                "M",
                f"on va demander un bilan à la consultation mémoire, avec une IRM, pour rechercher une maladie d'{epo('alzheimer')}",
            ),
            ("A", f"elle prend déjà du {drug('seresta')} le soir"),
            ("M", "il faudrait l'arrêter progressivement, ça n'aide pas la mémoire"),
        ],
        [
            ("P", "j'ai des palpitations le soir, ça tape vite, vite"),
            ("M", "ça dure combien de temps ?"),
            ("P", "dix minutes, un quart d'heure, et après ça passe"),
            ("M", f"vous prenez toujours l'{drug('amlodipine')} cinq milligrammes ?"),
            ("P", "oui le matin"),
            (
                "M",
                "la tension est à quinze neuf, le cœur est régulier à soixante-dix-huit. on va faire un holter et une prise de sang, la TSH, le ionogramme",
            ),
            ("M", f"et je vous mets du {drug('bisoprolol')} un virgule vingt-cinq le matin"),
        ],
        [
            ("P", "je tousse depuis dix jours, et j'ai craché un peu jaune"),
            ("M", "de la fièvre ?"),
            ("P", "trente-huit et demi hier soir"),
            (
                "M",
                "j'écoute… quelques crépitants à la base droite. saturation à quatre-vingt-quinze pour cent",
            ),
            (
                "M",
                f"on fait une radio et je vous donne de l'{drug('amoxicilline')}, un gramme trois fois par jour pendant sept jours",
            ),
            ("P", f"et la {drug('ventoline')} je continue ?"),
            ("M", "oui si vous êtes gêné pour respirer"),
        ],
        [
            ("P", "je dors plus, je me réveille à trois heures du matin et je tourne"),
            ("M", "depuis quand ?"),
            (
                "P",
                "depuis l'hiver, depuis que je suis tout seul"
                if not c.patient.female
                else "depuis l'hiver, depuis que je suis toute seule",
            ),
            ("M", "vous avez des idées noires ?"),
            (
                "P",
                "non pas vraiment, je suis fatigué c'est tout"
                if not c.patient.female
                else "non pas vraiment, je suis fatiguée c'est tout",
            ),
            (
                "M",
                f"on va éviter les somnifères au long cours. je vous mets de la {drug('zopiclone')} pour quelques nuits et je vous adresse au {role('psychologue')}",
            ),
        ],
        [
            ("P", "mon genou droit il gonfle quand je marche beaucoup"),
            ("M", "il est un peu chaud… il y a un petit épanchement, pas de rougeur"),
            (
                "M",
                "la radio montre une arthrose fémoro-tibiale interne. on va faire de la kiné, et une infiltration si ça ne passe pas",
            ),
            ("M", f"en priorité le {drug('paracétamol')}, un gramme jusqu'à trois fois par jour"),
            ("P", f"et le {drug('voltarène')} en gel, je peux ?"),
            ("M", "oui, sur une courte durée"),
        ],
        [
            ("M", f"vous êtes toujours sous {drug('previscan')} ? l'INR était à deux virgule huit"),
            ("P", f"oui je fais la prise de sang tous les {weekday('lundis')} au labo"),
            ("M", "pas de saignement ? pas de bleus ?"),
            ("P", "un peu de sang quand je me brosse les dents"),
            (
                "M",
                f"bon on reste à un comprimé, et je vous donne le carnet. le {role('pharmacien')} vous expliquera pour le nouveau dosage",
            ),
        ],
    ]
    if c.age < 65:  # no memory clinic nor vitamin K antagonist for younger patients
        del themes[7], themes[2]
    return themes


def k_consultation_transcript(c: Ctx, target: int) -> str:
    """Transcript of a consultation (speech recognition output): dialogue or dictation."""
    p = c.patient
    speakers = {"M": "Médecin", "P": "Patiente" if p.female else "Patient", "A": "Accompagnant"}
    header = c.pick(
        [
            f"Transcription automatique — consultation du {c.d(0)} — {c.author.pro('full')}",
            f"[Transcription vocale non relue] {c.hosp()} — {c.d(0)}",
            f"Enregistrement de consultation {c.d(0, 'iso')} — praticien : {c.author.pro('caps')}",
        ]
    )
    if c.chance(0.25):
        return dictation(c, header, target)
    lines = [
        ("M", f"bonjour {p.civ_long.lower()} {p.ln('low')}, entrez, asseyez-vous"),
        ("P", "bonjour docteur"),
        (
            "M",
            f"alors euh je vérifie votre identité, vous êtes bien {p.civ_long.lower()} "
            f"{p.full('low')}, né{c.e} le {c.dob('words')} ?",
        ),
        ("P", "oui c'est ça"),
    ]
    lines += c.pick(spoken_themes(c))
    blocks: list[Block] = [(header, False)]
    blocks += [("\n".join(f"{speakers[s]} : {t}" for s, t in lines), False)]
    blocks += [(h, False) for h in hard_cases(c, c.rng.choice([2, 3, 3]))]
    themes = spoken_themes(c)
    for extra in [*c.sample(themes, 2), *c.sample(spoken_extras(c), 4)]:
        blocks.append(("\n".join(f"{speakers[s]} : {t}" for s, t in extra), True))
    blocks.append(
        (
            f"Médecin : bon ben on se revoit dans trois mois, au revoir {p.civ_long.lower()} "
            f"{p.ln('low')}\n{speakers['P']} : merci docteur, au revoir",
            False,
        )
    )
    return assemble(c, blocks, target, sep="\n")


def dictation(c: Ctx, header: str, target: int) -> str:
    """A dictated letter as transcribed: lowercase, punctuation said aloud."""
    p, s = c.patient, c.pick(SCENARIOS)(c)
    digits = make_phone(c.rng, True)
    street = f"{words(c.rng.randint(2, 60))} {c.pick(['rue de la gare', 'rue des lilas', 'avenue jean jaurès', 'rue victor hugo', 'chemin des vignes'])}"
    blocks: list[Block] = [
        (header, False),
        ("compte rendu de consultation point à la ligne", False),
        (
            f"{p.civ_long.lower()} {p.full('low')} virgule né{c.e} le {c.dob('words')} virgule "
            f"{words(c.age)} ans virgule domicilié{c.e} au {ent(street, 'ADRESSE')} à "
            f"{c.city(c.home.city, 'low')} virgule vu{c.e} ce jour pour {lower_markup(s.motif)}",
            False,
        ),
        (f"antécédents deux points {lower_markup(' ; '.join(s.atcd))} point à la ligne", True),
        (f"histoire euh {lower_markup(s.histoire)} point à la ligne", False),
        (f"à l'examen {lower_markup(s.examen)} point à la ligne", True),
        (
            f"examens complémentaires deux points {lower_markup(s.paraclinique)} point à la ligne",
            True,
        ),
        (
            f"au total euh {lower_markup(s.title)} point on propose {lower_markup(s.evolution)}",
            False,
        ),
        (
            "traitement deux points "
            + " ; ".join(lower_markup(x) for x in s.drugs)
            + " point à la ligne",
            True,
        ),
        (f"suivi deux points {lower_markup(s.suivi)} point à la ligne", True),
        (
            f"le patient est joignable au {ent(spoken_phone(digits, c.chance(0.5)), 'TEL')} point"
            if not p.female
            else f"la patiente est joignable au {ent(spoken_phone(digits, c.chance(0.5)), 'TEL')} point",
            False,
        ),
        (
            f"courrier au docteur {c.gp.ln('low')} à {c.city(None, 'low')} virgule copie "
            f"{'à ' if p.female else ''}"
            f"{'la patiente' if p.female else 'au patient'} point fin de dictée",
            False,
        ),
    ]
    return assemble(c, blocks, target, sep="\n")


# --------------------------------------------------------------------------------------------
# Hand-written hard cases
# --------------------------------------------------------------------------------------------

LETTERS = ("discharge_letter", "referral_letter")
PROSE = (*LETTERS, "medico_social", "email", "nursing_note")
WRITTEN = (*PROSE, "operative_report")
SPOKEN = ("consultation_transcript",)
FORMS = ("admin_form",)
RX = ("prescription",)


@dataclass(frozen=True)
class HardCase:
    """A hand-written hard-case snippet and the kinds of documents it fits."""

    name: str
    kinds: tuple[str, ...]
    func: Callable[[Ctx], str]


HARD_CASES: list[HardCase] = []


def hard(*kinds: str) -> Callable[[Callable[[Ctx], str]], Callable[[Ctx], str]]:
    """Register a hard case for the given kinds of documents."""

    def register(func: Callable[[Ctx], str]) -> Callable[[Ctx], str]:
        HARD_CASES.append(HardCase(func.__name__, tuple(kinds), func))
        return func

    return register


def hard_cases(c: Ctx, k: int) -> list[str]:
    """``k`` hard cases fitting ``c.kind``, the least used so far first (balanced corpus)."""
    usage = c.corpus.hard_usage
    pool = [h for h in HARD_CASES if c.register in h.kinds]
    chosen: list[HardCase] = []
    for _ in range(k):
        candidates = [h for h in pool if h not in chosen]
        if not candidates:
            break
        low = min(usage.get(h.name, 0) for h in candidates)
        h = c.pick([h for h in candidates if usage.get(h.name, 0) == low])
        usage[h.name] = low + 1
        chosen.append(h)
    c.used_hard.extend(h.name for h in chosen)
    return [h.func(c) for h in chosen]


def at(name: str, case: str = "as") -> str:
    """``à l'Hôpital X`` / ``au Centre Y`` / ``à la Clinique Z`` with the name as HOPITAL."""
    first = name.split()[0].lower()
    if first in ("centre", "chu", "ghu", "groupe", "ch"):
        prep = "au "
    elif first in ("clinique", "polyclinique", "résidence"):
        prep = "à la "
    else:
        prep = "à l'"
    return prep + ent(_case(name, case), "HOPITAL")


def spk(c: Ctx, who: str) -> str:
    """Speaker label of a transcript line."""
    return {"M": "Médecin", "P": "Patiente" if c.patient.female else "Patient"}[who]


@hard(*PROSE)
def hc_common_word_neighbours(c: Ctx) -> str:
    n = c.person(
        True, last=c.pick(["Rose", "Petit", "Blanc", "Lenoir", "Boulanger", "Printemps", "Sauvage"])
    )
    m = c.person(
        True, last=c.pick(["Marchand", "Bonhomme", "Berger", "Lebon", "Mouton", "Loiseau"])
    )
    return (
        f"La voisine, {n.named()}, passe tous les jours et prévient la famille si besoin. "
        f"L'{role('infirmière')} libérale, {m.named()}, vient matin et soir "
        f"({c.person_tel(m)}) ; elle signale une perte d'appétit et un teint plus blanc que "
        "d'habitude."
    )


@hard(*WRITTEN, *RX)
def hc_doctor_common_word(c: Ctx) -> str:
    d1 = c.person(
        title="Dr", last=c.pick(["Martin", "Petit", "Lebon", "Legrand", "Blanc", "Boulanger"])
    )
    d2 = c.person(
        title="Dr", last=c.pick(["Marchand", "Chevalier", "Meunier", "Berger", "Rossignol"])
    )
    return (
        f"Avis téléphonique du {d1.pro('last')} (cardiologue) le {c.d(2)} : poursuite du "
        f"{drug('Kardegic')}. Le {d2.pro('last')}, néphrologue, sera tenu informé du petit "
        "bilan rénal demandé."
    )


@hard(*WRITTEN)
def hc_swapped_homonyms(c: Ctx) -> str:
    a, b = c.sample(
        [
            "Thomas",
            "Vincent",
            "Martin",
            "Laurent",
            "Simon",
            "Bernard",
            "Julien",
            "Pierre",
            "Germain",
            "Michel",
            "Gilles",
            "Rémy",
            "Denis",
            "Antoine",
        ],
        2,
    )
    p1, p2 = Person(a, b, False), Person(b, a, False)
    return (
        f"Attention, identités proches dans le service : {p1.civ} {p1.full()} (chambre 12) "
        f"et {p2.civ} {p2.full_up()} (chambre 18). Vérifier le bracelet avant toute "
        "administration."
    )


@hard(*PROSE)
def hc_word_names(c: Ctx) -> str:
    first, last, female = c.pick(
        [
            ("Jean", "Paris", False),
            ("Marie", "Blanc", True),
            ("Pierre", "Boulanger", False),
            ("Rose", "Marchand", True),
            ("Claire", "Fontaine", True),
            ("Victoire", "Lenoir", True),
            ("Désiré", "Lebon", False),
            ("Blanche", "Petit", True),
            ("Aimé", "Printemps", False),
            ("Prudence", "Sauvage", True),
            ("Constance", "Legrand", True),
            ("Pierre", "Lapierre", False),
        ]
    )
    q = Person(first, last, female)
    driver = "l'ambulancière" if female else "l'ambulancier"
    return (
        f"Retour à domicile en ambulance ; {driver}, "
        f"{q.formal()}, a récupéré le bon de transport. {q.named()} connaît bien {c.pat}."
    )


@hard(*WRITTEN, *FORMS)
def hc_nee_uppercase(c: Ctx) -> str:
    w = c.patient if c.patient.female else c.relative(True)
    if not w.maiden:
        w.maiden = c.pick([s for s in RARE_SURNAMES + COMMON_WORD_SURNAMES if s != w.last])
    maiden = ent(w.maiden.upper(), "NOM")
    who = "de la patiente" if w is c.patient else "de l'épouse"
    return (
        f"Identité {who} vérifiée sur pièce d'identité : {w.civ} {w.ln('up')} née {maiden} "
        f"{w.fn('up')} — nom d'usage : {w.ln('up')} ; nom de naissance : "
        f"{ent(w.maiden.upper(), 'NOM')}."
    )


@hard(*PROSE)
def hc_epouse(c: Ctx) -> str:
    w = c.person(True, last=c.pick(RARE_SURNAMES))
    return (
        f"Contact : {w.civ} {w.full()} épouse {ent(c.surname(), 'NOM')}, nièce {c.du_pat}, "
        f"joignable au {c.person_tel(w)}."
    )


_HYPHENATED = (
    ("Jean-Pierre", False),
    ("Jean-Yves", False),
    ("Pierre-Yves", False),
    ("Marie-Claude", True),
    ("Anne-Sophie", True),
    ("Jean-Marc", False),
    ("Marie-Hélène", True),
    ("Marc-Antoine", False),
    ("Marie-Annick", True),
)


@hard(*WRITTEN, *RX)
def hc_initials(c: Ctx) -> str:
    first, female = c.pick(_HYPHENATED)
    d1 = c.person(female, title=c.pick(["Dr", "Pr"]))
    d1.first = first
    d2, d3 = c.person(title="Dr"), c.person()
    return (
        f"Avis du {d1.pro('init')} (rhumatologie) : pas d'argument pour une arthrite "
        f"microcristalline. Compte rendu adressé au {d2.pro('init')} ; copie à "
        f"{d3.initial()} {d3.ln()}, {role('kinésithérapeute')}."
    )


@hard(*PROSE)
def hc_same_person_forms(c: Ctx) -> str:
    p = c.patient
    pronoun = "lui"
    return (
        f"{p.formal()} préfère qu'on l'appelle par son prénom, {p.fn()}. "
        f"Sa famille précise que {p.named()} n'a jamais bien toléré la {drug('morphine')} ; "
        f"le dossier antérieur est enregistré au nom de {p.full_up()}. Les modalités de "
        f"sortie {pronoun} ont été expliquées, ainsi qu'à ses proches."
    )


@hard(*LETTERS, "operative_report")
def hc_double_signature(c: Ctx) -> str:
    intern, senior = c.person(title="Dr"), c.person(title="Pr")
    return (
        f"{intern.pro('full')}, interne\t\t{senior.pro('caps')}, chef de service\n"
        f"{c.rpps_line(senior)}\nSecrétariat : {c.hosp_tel()} — {c.mail(senior, pro=True)}"
    )


@hard(*PROSE, *FORMS, "email_patient")
def hc_address_split(c: Ctx) -> str:
    a = c.address()
    moved = Address(a.street, a.zip, a.city, c.pick(RESIDENCES))
    return (
        f"Nouvelle adresse à compter du {c.d(c.rng.randint(5, 20))} :\n"
        f"{moved.lines(upper_city=c.chance(0.6))}"
    )


@hard(*WRITTEN, *RX)
def hc_phone_split(c: Ctx) -> str:
    parts = fmt_phone(make_phone(c.rng, True), c.pick(["spaced", "spaced", "dots"]))
    sep = " " if " " in parts else "."
    pairs = parts.split(sep)
    cut = c.rng.randint(1, 4)
    head, tail = sep.join(pairs[:cut]), sep.join(pairs[cut:])
    if sep == ".":
        head += "."
    number = ent(head + "\n" + tail, "TEL")
    who = c.pick(["sa fille", "son fils", "son conjoint", "sa nièce"])
    return f"En cas de problème, joindre {who} au {number} (laisser un message)."


@hard(*WRITTEN, *FORMS)
def hc_phone_formats(c: Ctx) -> str:
    return (
        f"Coordonnées : domicile {c.tel(False, 'dots')} ; portable {c.tel(True, 'intl0')} ; "
        f"travail {c.tel(False, 'compact')} ; fax du cabinet {c.tel(False, 'dash')} ; "
        f"depuis l'étranger {c.tel(True, 'intlc')}."
    )


@hard("medico_social", *FORMS, *LETTERS)
def hc_nir_corsica(c: Ctx) -> str:
    spouse = c.relative(not c.patient.female)
    dept, city = c.pick(
        [("2A", "Ajaccio"), ("2B", "Bastia"), ("2A", "Porto-Vecchio"), ("2B", "Corte")]
    )
    nir = c.other_nir(spouse.female, c.chance(0.7), dept)
    return (
        f"Ouvrant droit : {spouse.formal()}, né{spouse.e} à {c.city(city)}, N° de sécurité "
        f"sociale {ent(nir, 'SECU')}."
    )


@hard(*WRITTEN, *FORMS)
def hc_nir_compact(c: Ctx) -> str:
    return (
        f"Carte Vitale lue le {c.d(0)} : NIR {c.secu(False)}, droits ouverts jusqu'au {c.d(300)}."
    )


@hard(*FORMS, *LETTERS, "medico_social")
def hc_ins_and_secu(c: Ctx) -> str:
    cue = c.pick(["INS", "Matricule INS"])
    other = ent(c.other_nir(c.chance(0.5)), "SECU")
    return (
        f"{cue} : {c.ins()} (OID 1.2.250.1.213.1.4.8), identité qualifiée le {c.d(0)}.\n"
        f"N° de sécurité sociale de l'ouvrant droit : {other}"
    )


@hard(*LETTERS)
def hc_fontaine(c: Ctx) -> str:
    d = c.person(title="Dr", last="Fontaine")
    return (
        f"Avis du {d.pro(c.pick(['last', 'full']))} (chirurgie vasculaire) : artériopathie "
        f"oblitérante au stade IIb de la classification de {epo('Leriche')} et "
        f"{epo('Fontaine')}, pas d'indication de revascularisation à ce stade."
    )


@hard(*LETTERS, "operative_report")
def hc_roux(c: Ctx) -> str:
    d = c.person(title="Dr", last="Roux")
    return (
        f"Antécédent de gastrectomie partielle avec anastomose sur anse en Y selon "
        f"{epo('Roux')}, réalisée par le {d.pro('last')} en 2012 ; le {d.pro('full')} "
        "a été informé de la nouvelle intervention."
    )


@hard(*LETTERS, "operative_report")
def hc_murphy(c: Ctx) -> str:
    d = c.person(title="Dr", last="Murphy")
    return (
        f"Examiné{c.e} aux urgences par le {d.pro('full')} : signe de {epo('Murphy')} "
        "positif, échographie en faveur d'une cholécystite aiguë lithiasique."
    )


@hard("operative_report")
def hc_douglas(c: Ctx) -> str:
    n = Person("Douglas", c.surname(), False)
    return (
        f"Instrumentiste : {n.full()}. Aspiration d'un épanchement du cul-de-sac de "
        f"{epo('Douglas')}, prélevé pour examen bactériologique."
    )


@hard(*PROSE, *FORMS)
def hc_street_named_after_person(c: Ctx) -> str:
    last, street = c.pick(
        [
            ("Moulin", "rue Jean Moulin"),
            ("Zola", "rue Émile Zola"),
            ("Curie", "rue Marie Curie"),
            ("Ferry", "rue Jules Ferry"),
            ("Laennec", "rue René Laennec"),
            ("Pasteur", "rue Louis Pasteur"),
            ("Briand", "rue Aristide Briand"),
            ("Prévert", "rue Jacques Prévert"),
            ("Hugo", "rue Victor Hugo"),
            ("Jaurès", "avenue Jean Jaurès"),
        ]
    )
    q = c.person(last=last)
    zipcode, city = c.pick(CITIES)
    address = ent(f"{c.rng.randint(1, 80)} {street}", "ADRESSE")
    return (
        f"{q.formal()}, {c.pick(['voisin', 'cousin', 'ami'])}{q.e} {c.du_pat}, "
        f"domicilié{q.e} {address}, {ent(zipcode, 'ZIP')} {c.city(city)}, a accepté d'être "
        "la personne à prévenir."
    )


_EPONYM_HOSPITALS = (
    "Hôpital Necker-Enfants malades",
    "Hôpital Européen Georges-Pompidou",
    "Hôpital de la Pitié-Salpêtrière",
    "Hôpital Bichat-Claude-Bernard",
    "Hôpital Henri-Mondor",
    "Hôpital Édouard-Herriot",
    "Centre Léon-Bérard",
    "Centre Eugène-Marquis",
    "CHU Dupuytren",
    "Hôpital Lariboisière",
    "Hôpital Foch",
    "Hôpital Tenon",
)


@hard(*PROSE)
def hc_hospitals_named_after_people(c: Ctx) -> str:
    a, b, d = c.sample(_EPONYM_HOSPITALS, 3)
    return (
        f"Antécédent de transplantation rénale {at(a)} en 1998, suivi ensuite {at(b)}, "
        f"puis {at(d)} depuis 2015."
    )


@hard(*PROSE)
def hc_hospital_short_names(c: Ctx) -> str:
    return (
        f"Suivi{c.e} dans l'enfance à {ent('Necker', 'HOPITAL')} pour une mucoviscidose, "
        f"puis à {ent('Cochin', 'HOPITAL')} à l'âge adulte ; greffe pulmonaire discutée à "
        f"{ent('Foch', 'HOPITAL')}."
    )


@hard(*WRITTEN, *RX, "email_patient")
def hc_weekdays(c: Ctx) -> str:
    days = sorted(c.sample(range(6), 3))
    when = c.day(c.rng.randint(7, 30))
    listed = ", le ".join(weekday(WEEKDAYS[i]) for i in days[:2])
    return (
        f"Passage de l'{role('infirmière')} le {listed} et le {weekday(WEEKDAYS[days[2]])} ; "
        f"pas de passage le {weekday('dimanche')}. Prochain rendez-vous le "
        f"{weekday(WEEKDAYS[when.weekday()])} {ent(fmt_date(when, 'long'), 'DATE')}."
    )


@hard(*WRITTEN, "email_patient")
def hc_relative_dates(c: Ctx) -> str:
    return (
        "Début des symptômes il y a trois jours (J-3), fièvre depuis hier soir ; dernier "
        "bilan comparable en 2019 ; contrôle prévu à J10 puis dans trois mois. Traitement "
        "débuté à J1 du séjour, à poursuivre jusqu'à la fin de la semaine prochaine."
    )


@hard(*WRITTEN)
def hc_numbers_not_identifiers(c: Ctx) -> str:
    return (
        f"Plaquettes 245 000/mm³, INR 2,3, TA 12/8 au lever, {drug('Kardegic')} 1/2 sachet, "
        "MMS 22/30, vaccin antigrippal lot n° 4R512B, chambre 214 lit 2, 2 CGR (groupe A "
        "positif), taille 1,68 m, poids 72,4 kg, diurèse 2 000 mL/24 h, EVA 3/10, "
        "leucocytes 12500/mm³, code CIM-10 I50.1, acte CCAM DEQP003, UF 4356."
    )


@hard(*PROSE)
def hc_west_african_family(c: Ctx) -> str:
    surname = c.pick(
        [
            "Diallo",
            "Coulibaly",
            "Konaté",
            "Sissoko",
            "Diop",
            "Mbaye",
            "Fofana",
            "Camara",
            "Keïta",
            "Sylla",
            "N'Diaye",
            "Ouédraogo",
            "Kaboré",
        ]
    )
    son = Person(c.pick(["Mamadou", "Moussa", "Ousmane", "Seydou", "Ibrahima"]), surname, False)
    wife = Person(
        c.pick(["Aminata", "Fatoumata", "Awa", "Mariam"]),
        surname,
        True,
        maiden=c.pick(["Traoré", "Touré", "Sow", "Gueye", "Mendy", "Sagna"]),
    )
    nephew = Person(
        c.pick(["Seydou", "Moussa", "Ibrahima"]), c.pick(["Kouassi", "N'Guessan", "Dembélé"]), False
    )
    town = c.city(c.pick(["Bamako", "Dakar", "Abidjan", "Ouagadougou"]))
    return (
        f"Son fils, {son.formal()}, et sa belle-fille, {wife.formal()}{wife.nee()}, vivent à "
        f"{town} ; le neveu, {nephew.formal()}, domicilié à {c.city()}, sert d'interprète "
        f"({c.person_tel(nephew)})."
    )


@hard(*PROSE, *FORMS)
def hc_vietnamese_order(c: Ctx) -> str:
    q = Person(
        c.pick(["Thi Lan", "Thi Hoa", "Thi Mai", "Thi Thu"]),
        c.pick(["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Truong", "Huynh", "Phan"]),
        True,
    )
    return (
        f"Interlocutrice principale : {q.civ} {q.ln('up')} {q.fn()} (nièce), qui traduit "
        f"pour la famille ; elle signe « {q.fn()} {q.ln()} » sur les documents."
    )


@hard(*PROSE)
def hc_portuguese(c: Ctx) -> str:
    q = Person(
        c.pick(["João", "Joaquim", "Manuel", "António"]),
        c.pick(
            [
                "Da Silva Ferreira",
                "Dos Santos Moreira",
                "Carvalho",
                "Figueiredo",
                "Magalhães",
                "Azevedo",
            ]
        ),
        False,
    )
    sister = Person(
        c.pick(["Conceição", "Maria", "Fátima", "Rosa"]),
        c.pick(["Dos Reis", "Sousa", "Cardoso", "Quaresma"]),
        True,
    )
    return (
        f"Le frère {c.du_pat}, {q.formal()}, est arrivé du Portugal ; leur sœur, "
        f"{sister.formal()}, vit toujours à {c.city(c.pick(['Porto', 'Braga']))} et souhaite "
        f"être informée par courriel ({c.mail(sister)})."
    )


@hard(*PROSE)
def hc_polish_turkish(c: Ctx) -> str:
    interp = Person(
        c.pick(["Zeynep", "Ayşe", "Elif"]),
        c.pick(["Yılmaz", "Öztürk", "Çelik", "Şahin", "Kaya", "Demir", "Kılıç"]),
        True,
    )
    neighbour = Person(
        c.pick(["Krzysztof", "Wojciech", "Tomasz"]),
        c.pick(["Kowalski", "Zieliński", "Lewandowski", "Kaczmarek", "Dąbrowski", "Nowak"]),
        False,
    )
    return (
        f"Entretien réalisé avec l'aide d'une interprète, {interp.formal()} ({c.tel(False)}). "
        f"Le voisin, {neighbour.formal()}, garde les clés ; {neighbour.named()} a été "
        f"prévenu de la sortie."
    )


@hard(*PROSE, *FORMS)
def hc_maghrebi(c: Ctx) -> str:
    q = Person(
        c.pick(["Karim", "Mohamed", "Rachid", "Abdelkader", "Youssef", "Mehdi"]),
        c.pick(
            [
                "Ben Abdallah",
                "Ben Youssef",
                "Aït Ouarab",
                "El Idrissi",
                "Benali",
                "Bouzid",
                "Belkacem",
            ]
        ),
        False,
    )
    w = Person(c.pick(["Fatima", "Khadija", "Samira", "Nadia", "Leïla", "Aïcha"]), q.last, True)
    town = c.city(c.pick(["Oran", "Alger", "Constantine", "Casablanca", "Tunis"]))
    return (
        f"{q.formal()}, né à {town}, frère {c.du_pat}, et son épouse {w.civ} {w.fn()} "
        f"{w.ln('up')} accompagnent {c.pat} à chaque consultation."
    )


@hard(*PROSE)
def hc_breton(c: Ctx) -> str:
    q = Person(
        c.pick(["Goulven", "Yann", "Erwan", "Ronan"]),
        c.pick(
            [
                "Guivarc'h",
                "Le Floc'h",
                "Kerdraon",
                "Le Bihan",
                "Quéméner",
                "Jézéquel",
                "Le Gourrierec",
            ]
        ),
        False,
    )
    r = Person(
        c.pick(["Rozenn", "Nolwenn", "Soizic", "Anaïg", "Gwenaëlle"]),
        c.pick(["Coïc", "Nédélec", "Kerhervé", "Le Scornet", "Trividic"]),
        True,
    )
    town = c.city(c.pick(["Pont-l'Abbé", "Douarnenez", "Concarneau", "Landerneau"]))
    return (
        f"Le kinésithérapeute, {q.formal()}, et l'{role('ergothérapeute')}, {r.formal()}, "
        f"interviennent au domicile à {town} ; {r.named()} propose un fauteuil roulant."
    )


@hard(*PROSE)
def hc_particles(c: Ctx) -> str:
    first, female = c.pick(
        [
            ("Hélène", True),
            ("Anne", True),
            ("Louis", False),
            ("Charles", False),
            ("Édith", True),
            ("Hugues", False),
        ]
    )
    a = Person(
        first,
        c.pick(
            [
                "de La Roche",
                "du Plessis",
                "d'Aubigné",
                "de Kersauson",
                "Van den Berghe",
                "Mac Gregor",
            ]
        ),
        female,
    )
    return (
        f"{'Tutrice' if female else 'Tuteur'} : {a.formal()} ; le courrier est à adresser à "
        f"{a.civ} {a.ln()} ({a.ln('up')} sur la boîte aux lettres)."
    )


@hard(*PROSE)
def hc_compound_surname(c: Ctx) -> str:
    q = Person(
        c.first_name(True),
        c.pick(
            [
                "Lefèvre-Kerdraon",
                "Martin-Lavigne",
                "Le Roux-Quéméner",
                "Le Bihan-Cadiou",
                "Saint-Amand",
            ]
        ),
        True,
    )
    return (
        f"{q.formal()}, {role('cadre de santé')} du service, a rencontré la famille ; "
        f"{q.civ} {q.ln('up')} rappellera {c.pat} le {weekday(c.pick(WEEKDAYS[:5]))}."
    )


@hard("nursing_note", "operative_report")
def hc_staff_first_names(c: Ctx) -> str:
    a, b, d = c.first_name(True), c.first_name(False), c.first_name(True)
    return (
        f"Toilette au lit réalisée par {ent(a, 'PRENOM')} ({role('aide-soignante')}) avec "
        f"{ent(b, 'PRENOM')} (AS de nuit) ; relève faite à {ent(d, 'PRENOM')}, IDE de jour."
    )


@hard(*PROSE, *FORMS)
def hc_trusted_person(c: Ctx) -> str:
    t = c.relative()
    tie = c.pick(
        ["fille", "nièce", "petite-fille"] if t.female else ["fils", "neveu", "petit-fils"]
    )
    return (
        f"Personne de confiance désignée le {c.d(0)} : {t.formal()}, {tie} {c.du_pat}, "
        f"domicilié{t.e} {c.address().inline()}, tél. {c.person_tel(t)}, courriel {c.mail(t)}."
    )


@hard(*WRITTEN)
def hc_mail_variants(c: Ctx) -> str:
    d = c.person(title="Dr")
    secretariat = f"secretariat-{c.pick(['cardio', 'neuro', 'geriatrie', 'mpr', 'pneumo'])}@{c.hospital.domain}"
    return (
        f"Pour tout échange sécurisé, écrire au {d.pro('full')} sur sa messagerie MSSanté "
        f"({ent(c.mail_addr(d, 'medecin.mssante.fr'), 'MAIL')}) ; le secrétariat répond à "
        f"{ent(secretariat, 'MAIL')}."
    )


@hard(*WRITTEN, *FORMS)
def hc_urls(c: Ctx) -> str:
    portal = ent(f"https://portail-patient.{c.hospital.domain}/resultats?dossier={c.ipp}", "URL")
    d = c.person(title="Dr")
    booking = ent(doctolib_url(c, d, c.pick(CITIES)[1]), "URL")
    return (
        f"Résultats disponibles sur le portail patient : {portal}. Informations sur les aides : "
        f"{ent('www.pour-les-personnes-agees.gouv.fr', 'URL')}. Rendez-vous avec le "
        f"{d.pro('full')} : {booking}"
    )


@hard("medico_social", "email", *FORMS, "email_patient")
def hc_iban(c: Ctx) -> str:
    q = c.relative()
    return (
        f"Merci de procéder au remboursement sur le compte de {q.formal()} : IBAN "
        f"{c.iban()} — BIC {c.pick(['CMBRFR2BXXX', 'CCBPFRPPNAN', 'AGRIFRPP829', 'SOGEFRPP'])}."
    )


@hard(*WRITTEN, *FORMS)
def hc_ids_table(c: Ctx) -> str:
    return (
        f"Identifiants\nIPP\t{c.ipp_e()}\nNDA\t{c.nda_e()}\nUF\t{c.rng.randint(1000, 9999)}\n"
        f"Lit\t{c.rng.randint(1, 30)}"
    )


@hard(*WRITTEN, *FORMS)
def hc_ids_previous_line(c: Ctx) -> str:
    return f"Numéro de dossier administratif\n{c.nda_e()}\nIdentifiant patient (IPP)\n{c.ipp_e()}"


@hard(*WRITTEN)
def hc_ipp_merge(c: Ctx) -> str:
    old = c._ipp()
    return (
        f"Fusion de dossiers : ancien IPP {ent(old, 'IPP')} rattaché à l'IPP {c.ipp_e()} le "
        f"{c.d(0)} (doublon créé aux urgences)."
    )


@hard(*FORMS, "medico_social", *LETTERS)
def hc_finess_pair(c: Ctx) -> str:
    legal = make_finess(c.rng, dept_of(c.hospital.zip))
    return (
        f"{c.hosp()} — FINESS juridique : {ent(legal, 'FINESS')} — FINESS géographique : "
        f"{ent(c.finess, 'FINESS')}"
    )


@hard(*RX, "nursing_note", "medico_social")
def hc_adeli(c: Ctx) -> str:
    k = c.person()
    adeli = ent(make_adeli(c.rng, dept_of(c.home.zip)), "RPPS")
    return (
        f"Kinésithérapie : 15 séances de rééducation à la marche par {k.formal()}, "
        f"masseur-kinésithérapeute (N° ADELI {adeli}), {c.tel(False)}."
    )


@hard(*WRITTEN)
def hc_date_formats(c: Ctx) -> str:
    return (
        f"Chronologie : premier épisode le {c.d(-400, 'iso')}, hospitalisation du "
        f"{c.d(-200, 'dot')} au {c.d(-195, 'short')}, rechute en {c.my(-60)}, dernière "
        f"consultation le {c.d(-10, 'dm')}."
    )


@hard(*PROSE)
def hc_city_first_name(c: Ctx) -> str:
    first = c.pick(["Nancy", "Lourdes"])
    q = c.person(True)
    q.first = first
    return (
        f"Sa sœur, {q.formal()}, domiciliée à {c.city(first)}, viendra la semaine "
        f"prochaine ; {q.fn()} a demandé à être appelée avant toute décision."
    )


@hard(*PROSE, *FORMS)
def hc_cities_common_words(c: Ctx) -> str:
    a, b, d = c.sample(["Orange", "Tours", "Sens", "Agen", "Gap", "Dax", "Vitré", "Laval"], 3)
    return (
        f"{c.Pat} a vécu successivement à {c.city(a)}, à {c.city(b)} puis à {c.city(d)} "
        "avant de revenir en Bretagne."
    )


@hard(*LETTERS, "email")
def hc_eponym_exam(c: Ctx) -> str:
    return (
        f"Examen neurologique par le {c.doc()} : manœuvre de {epo('Lasègue')} positive à "
        f"gauche à 40°, signe de {epo('Babinski')} absent, test de {epo('Romberg')} "
        f"négatif, réflexe de {epo('Hoffmann')} absent."
    )


@hard(*WRITTEN, *RX)
def hc_drugs_next_to_names(c: Ctx) -> str:
    ph = c.person()
    self_word = "d'elle-même" if c.patient.female else "de lui-même"
    return (
        f"{c.patient.named()} a arrêté {self_word} l'{drug('Eliquis')} ; {ph.formal()}, "
        f"{role('pharmacien')}, a signalé l'association {drug('Kardegic')} et "
        f"{drug('Xarelto')}."
    )


@hard("medico_social", *FORMS)
def hc_guardian(c: Ctx) -> str:
    m = c.person(title="Me")
    return (
        f"Mesure de protection : tutelle ; tuteur : {m.pro('long')} ({m.pro('full')}), "
        f"mandataire judiciaire à la protection des majeurs, {c.address().inline()}, "
        f"tél. {c.tel(False)}, {c.mail(m)}."
    )


@hard("email")
def hc_quoted_reply(c: Ctx) -> str:
    a = c.person(title="Dr")
    when = c.day(-1)
    return (
        f"Le {weekday(WEEKDAYS[when.weekday()])} {ent(fmt_date(when, 'long'), 'DATE')} à "
        f"18:42, {a.full()} <{c.mail(a, pro=True)}> a écrit :\n> Chère consœur, je vous "
        f"confirme la place en SSR pour {c.patient.named()} à partir du {c.d(3, 'dm')}.\n"
        f"> {a.pro('init')}"
    )


@hard(*LETTERS, *FORMS, "nursing_note")
def hc_birth_sign(c: Ctx) -> str:
    p = c.patient
    return (
        f"Rappel d'identité : {p.civ} {p.ln('up')} {p.fn()} (° {c.dob('long')} à "
        f"{c.city(c.birth_city)}) — {c.age} ans."
    )


@hard("medico_social", *LETTERS)
def hc_birth_in_words(c: Ctx) -> str:
    p = c.patient
    return (
        f"Extrait du jugement : « {p.civ_long} {p.full_up()}, né{c.e} le {c.dob('words')} à "
        f"{c.city(c.birth_city)}, demeurant {c.home.inline()} »."
    )


@hard("medico_social", "nursing_note")
def hc_care_team(c: Ctx) -> str:
    a, b, d = c.person(True), c.person(), c.person(True)
    return (
        f"Équipe : {role('infirmière')} coordinatrice {a.full()} ({c.person_tel(a)}) ; "
        f"{role('ergothérapeute')} {b.full()} ; {role('psychologue')} {d.initial()} {d.ln()}."
    )


@hard(*WRITTEN)
def hc_uppercase_banner(c: Ctx) -> str:
    p = c.patient
    return (
        f"PATIENT{'E' if p.female else ''} : {p.ln('up')} {p.fn('up')} — "
        f"NÉ{'E' if p.female else ''} LE {c.dob('slash')} — "
        f"{ent(c.hospital.name.upper(), 'HOPITAL')}"
    )


@hard(*RX)
def hc_renewal_rpps(c: Ctx) -> str:
    d = c.person(title="Dr")
    return (
        f"Renouvellement à l'identique de l'ordonnance du {c.d(-90)} du {d.pro('full')} "
        f"({ent(make_rpps(c.rng), 'RPPS')}), cardiologue à {c.city()}."
    )


@hard(*FORMS)
def hc_form_two_columns(c: Ctx) -> str:
    p = c.patient
    return (
        f"Récapitulatif\nNom : {p.ln('up')}\t\tPrénom : {p.fn()}\n"
        f"Nom de naissance : {ent((p.maiden or p.last).upper(), 'NOM')}\t\tNé{c.e} le : {c.dob('slash')}\n"
        f"Code postal : {ent(c.home.zip, 'ZIP')}\t\tVille : {c.city(c.home.city, 'up')}"
    )


@hard(*FORMS)
def hc_form_checkboxes(c: Ctx) -> str:
    f = c.patient.female
    dept = c.birth_dept if c.birth_dept.isalnum() and len(c.birth_dept) <= 3 else "99"
    return (
        f"{'☒' if f else '☐'} Madame   {'☐' if f else '☒'} Monsieur\n"
        f"Situation familiale : ☐ célibataire ☒ marié{c.e} ☐ veu{'ve' if f else 'f'}\n"
        f"Lieu de naissance : {c.city(c.birth_city)} ({dept})"
    )


@hard("email_patient")
def hc_patient_mail_family(c: Ctx) -> str:
    daughter = c.relative(True)
    neighbour = c.person(False, last=c.pick(["Petit", "Blanc", "Legrand", "Boulanger", "Meunier"]))
    return (
        f"Ma fille, {daughter.full()}, pourra m'accompagner ; vous pouvez la joindre au "
        f"{c.person_tel(daughter)} ou sur {c.mail(daughter)}. Mon voisin, "
        f"{neighbour.named()}, a un double de mes clés."
    )


@hard("email_patient")
def hc_patient_mail_previous_doctor(c: Ctx) -> str:
    d = c.person(title="Dr")
    place = c.pick(HOSPITALS)
    return (
        f"Le {d.pro(c.pick(['full', 'last', 'init']))}, {at(place.name)}, m'avait prescrit du "
        f"{drug(c.pick(['Seresta', 'tramadol', 'Lyrica']))} ; je joins l'ordonnance du "
        f"{c.d(-45)} et le compte rendu de mon passage aux urgences du {c.d(-20, 'long')}."
    )


# -- spoken hard cases (transcripts) ----------------------------------------------------------


@hard(*SPOKEN)
def hs_dictated_phone(c: Ctx) -> str:
    number = ent(spoken_phone(make_phone(c.rng, c.chance(0.7)), c.chance(0.5)), "TEL")
    return (
        f"{spk(c, 'M')} : vous me redonnez votre numéro de téléphone ?\n"
        f"{spk(c, 'P')} : oui alors c'est le {number}"
    )


@hard(*SPOKEN)
def hs_spelled_email(c: Ctx) -> str:
    address = c.mail_addr(c.patient)
    return (
        f"{spk(c, 'M')} : et pour vous envoyer les résultats, votre adresse mail ?\n"
        f"{spk(c, 'P')} : c'est {ent(spoken_email(address), 'MAIL')}"
    )


@hard(*SPOKEN)
def hs_birth_date_words(c: Ctx) -> str:
    return (
        f"{spk(c, 'M')} : et vous êtes né{c.e} quand déjà, pour le dossier ?\n"
        f"{spk(c, 'P')} : le {c.dob('words')}, euh oui c'est ça"
    )


@hard(*SPOKEN)
def hs_spelled_name(c: Ctx) -> str:
    q = c.person(title="Dr", last=c.pick(RARE_SURNAMES))
    spelled = "-".join(ch for ch in ascii_fold(q.last).lower() if ch.isalpha())
    return (
        f"{spk(c, 'P')} : c'est le docteur {q.ln('low')} qui me suit, je vous épelle, "
        f"{ent(spelled, 'NOM')}\n{spk(c, 'M')} : d'accord, je note"
    )


@hard(*SPOKEN)
def hs_common_word_names_lowercase(c: Ctx) -> str:
    q = c.person(False, last=c.pick(["Petit", "Blanc", "Boulanger", "Lenoir", "Legrand"]))
    w = c.person(True, last=c.pick(["Rose", "Blanc", "Berger", "Marchand"]))
    return (
        f"{spk(c, 'M')} : et c'est monsieur {q.ln('low')} qui vous amène ? votre petit-fils ?\n"
        f"{spk(c, 'P')} : non c'est le voisin, monsieur {q.ln('low')}, ma fille elle "
        f"travaille. et madame {w.ln('low')} elle passe le {weekday('jeudi')}"
    )


@hard(*SPOKEN)
def hs_spoken_address(c: Ctx) -> str:
    street = f"{words(c.rng.randint(2, 60))} {c.pick(['rue de la gare', 'rue des lilas', 'avenue jean jaurès', 'rue du château', 'impasse des mimosas'])}"
    return (
        f"{spk(c, 'M')} : vous habitez toujours à la même adresse ?\n"
        f"{spk(c, 'P')} : non on a déménagé, c'est au {ent(street, 'ADRESSE')} à "
        f"{c.city(None, 'low')}"
    )


@hard(*SPOKEN)
def hs_relatives_lowercase(c: Ctx) -> str:
    daughter, son = c.first_name(True).lower(), c.first_name(False).lower()
    return (
        f"{spk(c, 'P')} : ma fille {ent(daughter, 'PRENOM')} elle passe le "
        f"{weekday('mardi')} et le {weekday('samedi')}, et mon fils {ent(son, 'PRENOM')} "
        f"il habite à {c.city(None, 'low')}, il vient quand il peut"
    )


@hard(*SPOKEN)
def hs_doctor_lowercase(c: Ctx) -> str:
    q = c.person(title="Dr")
    return (
        f"{spk(c, 'P')} : le docteur {q.ln('low')} à {c.city(None, 'low')} il m'avait dit "
        f"d'arrêter le {drug('kardegic')}\n{spk(c, 'M')} : le docteur {q.full('low')} ? le "
        "cardiologue ?"
    )


@hard(*SPOKEN)
def hs_hospital_lowercase(c: Ctx) -> str:
    place = c.pick(HOSPITALS).name
    return (
        f"{spk(c, 'P')} : j'avais été opéré{c.e} {at(place, 'low')} il y a deux ans, pour "
        "la vésicule"
    )


@hard(*SPOKEN)
def hs_dates_in_words(c: Ctx) -> str:
    when, prev = c.day(c.rng.randint(5, 40)), c.day(-c.rng.randint(10, 60))
    return (
        f"{spk(c, 'M')} : la prise de sang du {ent(fmt_date(prev, 'words'), 'DATE')} était "
        f"bonne. je vous revois le {weekday(WEEKDAYS[when.weekday()])} "
        f"{ent(fmt_date(when, 'words_dm'), 'DATE')} ?\n{spk(c, 'P')} : oui ça me va"
    )


@hard(*SPOKEN)
def hs_drugs_and_doctor(c: Ctx) -> str:
    q = c.person(title="Dr", last=c.pick(COMMON_WORD_SURNAMES))
    return (
        f"{spk(c, 'P')} : le {drug('doliprane')} et le {drug('tramadol')} c'est le docteur "
        f"{q.ln('low')} qui me les a donnés, et le {drug('lasilix')} aussi"
    )


# --------------------------------------------------------------------------------------------
# Corpus
# --------------------------------------------------------------------------------------------

Builder = Callable[[Ctx, int], str]
BUILDERS: dict[str, Builder] = {
    "discharge_letter": k_discharge_letter,
    "consultation_transcript": k_consultation_transcript,
    "operative_report": k_operative_report,
    "prescription": k_prescription,
    "referral_letter": k_referral_letter,
    "nursing_note": k_nursing_note,
    "medico_social": k_medico_social,
    "email": k_email,
    "admin_form": k_admin_form,
}
#: (low, mode, high) of the triangular law of the target length, per kind.
TARGET_LENGTH: dict[str, tuple[int, int, int]] = {
    "discharge_letter": (2200, 3000, 3950),
    "consultation_transcript": (1500, 2200, 3800),
    "operative_report": (1700, 2300, 3400),
    "prescription": (650, 1000, 1600),
    "referral_letter": (1500, 2100, 3200),
    "nursing_note": (1300, 2000, 3400),
    "medico_social": (1900, 2500, 3800),
    "email": (900, 1700, 2800),
    "admin_form": (1000, 1700, 2600),
}

_UNIT_AFTER_NUMBER = re.compile(
    r"(?<=\d )(mmol/L|µmol/L|mg/L|ng/L|g/dL|g/L|mmHg|mg|µg|UI|mL|kg|g)\b"
)
_WEEKDAY_WORD = re.compile(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\b", re.I)


def annotate_units(text: str, keeps: list[dict[str, Any]], entities: list[dict[str, Any]]) -> None:
    """Add a ``unit`` must_keep for every unit written after a number outside any span."""
    taken = [(s["start"], s["end"]) for s in keeps + entities]
    for m in _UNIT_AFTER_NUMBER.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            keeps.append({"start": m.start(), "end": m.end(), "text": m.group(), "kind": "unit"})
    keeps.sort(key=lambda s: s["start"])


def validate(doc: Doc) -> None:
    """Raise if offsets, ordering, overlaps or weekday annotations are wrong."""
    text = doc["text"]
    prev_end = -1
    for e in doc["entities"]:
        if text[e["start"] : e["end"]] != e["text"] or e["start"] < prev_end:
            raise ValueError(f"{doc['id']}: bad entity {e}")
        prev_end = e["end"]
    spans = [(e["start"], e["end"]) for e in doc["entities"]]
    for k in doc["must_keep"]:
        if text[k["start"] : k["end"]] != k["text"]:
            raise ValueError(f"{doc['id']}: bad must_keep {k}")
        if any(a < k["end"] and k["start"] < b for a, b in spans):
            raise ValueError(f"{doc['id']}: must_keep inside an entity {k}")
    keep_spans = [(k["start"], k["end"]) for k in doc["must_keep"]]
    for m in _WEEKDAY_WORD.finditer(text):
        if not any(a <= m.start() and m.end() <= b for a, b in keep_spans):
            raise ValueError(f"{doc['id']}: weekday not annotated at {m.start()}: {m.group()}")


def make_doc(corpus: Corpus, kind: str, doc_id: str) -> Doc:
    """One gold-annotated document of kind ``kind``."""
    c = Ctx(corpus, kind)
    low, mode, high = TARGET_LENGTH[kind]
    target = int(c.rng.triangular(low, high, mode))
    markup = tidy(BUILDERS[kind](c, target))
    text, entities, keeps = render(markup)
    annotate_units(text, keeps, entities)
    doc: Doc = {
        "id": doc_id,
        "kind": kind,
        "text": text,
        "entities": entities,
        "must_keep": keeps,
        "hard_cases": list(c.used_hard),
    }
    validate(doc)
    return doc


def generate(seed: int = 2026, n: int = 320) -> list[Doc]:
    """Generate ``n`` documents, the kinds balanced and shuffled, deterministically from ``seed``."""
    fake = Faker("fr_FR")
    fake.seed_instance(seed)
    corpus = Corpus(random.Random(seed), fake)
    kinds = [KINDS[i % len(KINDS)] for i in range(n)]
    corpus.rng.shuffle(kinds)
    return [make_doc(corpus, kind, f"priv-{i:04d}") for i, kind in enumerate(kinds, 1)]


def main(argv: Sequence[str] | None = None) -> int:
    """CLI: write the corpus as JSON lines."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="output .jsonl file")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--n", type=int, default=320)
    args = parser.parse_args(argv)
    docs = generate(args.seed, args.n)
    with args.out.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(f"{len(docs)} documents written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
