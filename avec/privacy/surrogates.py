"""Realistic stand-ins for identifiers: consistent, deterministic from a seed, never the original.

Names come from INSEE's lists (a given name keeps its gender), numbers keep their layout and
stay valid (a NIR or RPPS surrogate passes its own key check, so downstream validators do not
choke), e-mail and web addresses use the reserved `exemple.fr`-style domains.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable

from stdnum import luhn

from avec.privacy.entities import Label
from avec.privacy.resources import first_names, first_names_ranked, surnames_ranked
from avec.text.normalize import fold

_STREETS = (
    "rue des Lilas", "avenue des Platanes", "rue du Moulin", "chemin des Vignes", "rue de la Gare",
    "allée des Érables", "boulevard des Tilleuls", "impasse des Roses", "rue du Château",
    "place de l'Église", "rue des Écoles", "route de la Forêt", "rue Pasteur", "quai des Saules",
)  # fmt: skip
_TOWNS = (
    ("Montbrison", "42600"), ("Lannion", "22300"), ("Dole", "39100"), ("Saumur", "49400"),
    ("Millau", "12100"), ("Vierzon", "18100"), ("Fougères", "35300"), ("Autun", "71400"),
    ("Épernay", "51200"), ("Lunéville", "54300"), ("Dax", "40100"), ("Cholet", "49300"),
    ("Figeac", "46100"), ("Pontarlier", "25300"), ("Abbeville", "80100"), ("Sarlat", "24200"),
)  # fmt: skip
_ESTABLISHMENTS = ("Centre hospitalier de {town}", "Clinique du Parc", "Hôpital local de {town}",
                   "EHPAD Les Charmes", "Clinique Sainte-Claire")  # fmt: skip


def _rng(seed: str, key: str) -> random.Random:
    digest = hashlib.sha256(f"{seed}\x00{key}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def case_like(model: str, value: str) -> str:
    """`value` written in the case of `model` ("DUPONT" → "MOREAU", "dupont" → "moreau");
    placeholders stay as they are."""
    if value.startswith("["):
        return value
    if model.isupper() and len(model) > 1:
        return value.upper()
    if model.islower():
        return value.lower()
    if model[:1].isupper() and value[:1].islower():
        return value[:1].upper() + value[1:]
    return value


def _digits_like(model: str, rng: random.Random, valid: Callable[[str], str] | None = None) -> str:
    """Same layout as `model` (spaces, dots), new digits; `valid` may fix the last ones."""
    count = sum(c.isdigit() for c in model)
    digits = "".join(str(rng.randrange(10)) for _ in range(count))
    if valid is not None:
        digits = valid(digits)
    it = iter(digits)
    return "".join(next(it) if c.isdigit() else c for c in model)


def _nir(digits: str) -> str:
    body = (
        ("1" if int(digits[0]) % 2 else "2")
        + digits[1:3]
        + f"{int(digits[3:5]) % 12 + 1:02d}"
        + digits[5:13]
    )
    return body + f"{97 - int(body) % 97:02d}"


def _rpps(digits: str) -> str:
    body = "1" + digits[1:10]
    return body + luhn.calc_check_digit(body)


def _phone(model: str, rng: random.Random) -> str:
    value = _digits_like(model, rng)
    # keep the prefix ("0", "+33", "0033") and a plausible first digit after it
    digits = [c for c in value if c.isdigit()]
    original = [c for c in model if c.isdigit()]
    prefix = 3 if model.lstrip().startswith("+") else 4 if model.lstrip().startswith("00") else 1
    digits[:prefix] = original[:prefix]
    if len(digits) > prefix:
        digits[prefix] = (
            original[prefix] if original[prefix] in "1234567" else rng.choice("1234567")
        )
    it = iter(digits)
    return "".join(next(it) if c.isdigit() else c for c in value)


def _iban(rng: random.Random) -> str:
    bban = "".join(str(rng.randrange(10)) for _ in range(23))
    numeric = int(bban + "152700")  # F=15 R=27 then "00"
    check = 98 - numeric % 97
    raw = f"FR{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


class Surrogates:
    """Makes stand-ins; the same (label, key) always gets the same one within a seed."""

    def __init__(self, seed: str) -> None:
        self.seed = seed

    def make(self, label: Label, original: str, key: str) -> str:
        rng = _rng(self.seed, f"{label}:{key}")
        maker = getattr(self, f"_{label.value.lower()}", None)
        value = maker(original, rng) if maker else _digits_like(original, rng)
        if fold(value).lower() == fold(original).lower():  # never hand back the original
            return self.make(label, original, key + "'")
        return value

    def _nom(self, original: str, rng: random.Random) -> str:
        pool = surnames_ranked()[200:20000]
        return case_like(original, rng.choice(pool))

    def _prenom(self, original: str, rng: random.Random) -> str:
        if re.fullmatch(r"[A-ZÉ](?:\.?-?[A-ZÉ])*\.?", original):  # initials stay initials
            return re.sub(r"[A-ZÉ]", lambda _: rng.choice("ABCDEFGHJLMNPRSTV"), original)
        gender = first_names().get(fold(original).lower(), "FM")
        pool = [n for n, g in first_names_ranked()[:1500] if set(g) & set(gender)]
        return case_like(original, rng.choice(pool))

    def _adresse(self, original: str, rng: random.Random) -> str:
        return f"{rng.randrange(1, 120)} {rng.choice(_STREETS)}"

    def _ville(self, original: str, rng: random.Random) -> str:
        return case_like(original, rng.choice(_TOWNS)[0])

    def _zip(self, original: str, rng: random.Random) -> str:
        return rng.choice(_TOWNS)[1]

    def _tel(self, original: str, rng: random.Random) -> str:
        if not any(c.isdigit() for c in original):  # dictated aloud
            return "zéro six, " + ", ".join(str(rng.randrange(10, 100)) for _ in range(4))
        return _phone(original, rng)

    def _mail(self, original: str, rng: random.Random) -> str:
        given = fold(rng.choice(first_names_ranked()[:800])[0]).lower()
        family = fold(rng.choice(surnames_ranked()[:5000])).lower().replace(" ", "")
        return f"{given}.{family}@exemple.fr"

    def _secu(self, original: str, rng: random.Random) -> str:
        if sum(c.isdigit() for c in original) < 13:
            return "[SECU]"
        model = re.sub(r"2[ABab]", "20", original)
        return (
            _digits_like(model, rng, _nir)
            if sum(c.isdigit() for c in model) == 15
            else _digits_like(model, rng)
        )

    _ins = _secu

    def _rpps(self, original: str, rng: random.Random) -> str:
        return _digits_like(
            original, rng, _rpps if sum(c.isdigit() for c in original) == 11 else None
        )

    def _iban(self, original: str, rng: random.Random) -> str:
        return _iban(rng)

    def _hopital(self, original: str, rng: random.Random) -> str:
        return rng.choice(_ESTABLISHMENTS).format(town=rng.choice(_TOWNS)[0])

    def _url(self, original: str, rng: random.Random) -> str:
        return f"https://exemple.fr/{rng.randrange(10**6):06d}"
