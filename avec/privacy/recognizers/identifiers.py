"""Structured identifiers found by pattern and checked by their own key where they have one.

NIR (numéro de sécurité sociale, key = 97 − number mod 97, Corsica 2A/2B counted as 19/18),
INS (a NIR introduced as the patient's INS), RPPS (11 digits, Luhn), ADELI (9 digits after its
cue), FINESS (9 characters after its cue), IBAN (ISO 13616 mod 97), French phone numbers (also
split by a line break), e-mail and web addresses, and the site identifiers IPP and NDA, which
have no public format and are recognised by their cue ("IPP :", "N° de séjour", a table header).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum import iban as iban_check
from stdnum import luhn

from avec.privacy.document import Document
from avec.privacy.entities import Entity, Label

_SEP = r"[ \t.\-]?"  # one optional separator between groups of digits

_MAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w])")
_URL = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"'()\[\]]+")
_PHONE = re.compile(
    r"(?<![\d+])(?:(?:\+|00)\s?33\s?(?:\(0\)\s?)?|\b0)[1-9]"
    r"(?:[ \t.\-]{0,2}(?:\n[ \t]*)?\d{2}){4}(?!\d)"
)
_NIR = re.compile(
    rf"(?<![\w])[1-478]{_SEP}\d{{2}}{_SEP}\d{{2}}{_SEP}(?:\d{{2}}|2[ABab]){_SEP}\d{{3}}{_SEP}\d{{3}}"
    rf"(?:{_SEP}(?P<key>\d{{2}}))?(?![\w])"
)
_NIR_CUE = re.compile(
    r"(?:secu|securite sociale|\bss\b|\bnir\b|immatriculation|\bins\b|assure|carte vitale|matricule)"
)
_INS_CUE = re.compile(r"\bins\b(?:[ -]?nir)?[^\n\d]{0,20}$")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b")
_RPPS = re.compile(r"(?<![\d])(?:1\d{10}|1\d(?:[ .]?\d{3}){3})(?![\d])")
_ADELI = re.compile(r"\badeli\b[^\n\d]{0,15}(?P<id>\d{9}|\d{2}[ .]?\d{2}[ .]?\d{5})(?!\d)")
_FINESS = re.compile(r"\bfiness\b[^\n\d]{0,25}(?P<id>(?:\d{2}|2[ab])[ .]?\d{7})(?![\d])")
_ID_VALUE = r"(?P<id>[a-z]{0,3}[ \-]?\d(?:[\d.\- /]{3,16}\d))(?![\d])"
_IPP = re.compile(
    r"\b(?:ipp|n°\s*(?:d'identifiant\s+)?patient|no\s+patient|num(?:ero|\.)?\s+(?:de\s+)?patient|"
    r"identifiant\s+(?:du\s+)?patient|n°\s*dossier\s+patient|numero\s+de\s+dossier\s+patient|"
    r"n°\s*ipp|code\s+patient)\b(?:[ \t]*\(ipp\))?[ \t]*[:=]?[ \t]*(?:\n[ \t]*)?" + _ID_VALUE
)
_NDA = re.compile(
    r"\b(?:nda|n°\s*(?:de\s+)?sejour|numero\s+(?:de\s+)?sejour|n°\s*d'admission|numero\s+d'admission|"
    r"num(?:ero)?\s+de\s+dossier(?:\s+administratif)?|n°\s*(?:de\s+)?dossier(?:\s+administratif)?|"
    r"n°\s*(?:de\s+)?venue|numero\s+de\s+venue|n°\s*d'hospitalisation|numero\s+d'hospitalisation|"
    r"n°\s*(?:d'|de\s+l')?episode|n°\s*(?:d')?entree|numero\s+d'entree|sejour\s+n°|"
    r"n°\s*(?:de\s+)?(?:l'|la\s+)?hospitalisation|numero\s+de\s+venue|iep|n°\s*iep)\b[ \t]*[:=]?[ \t]*(?:\n[ \t]*)?"
    + _ID_VALUE
)
# A long number near a stay or record word, whatever the exact cue ("Séjour : 2401234567",
# "dossier n° A24-001234", "N° de séjour/NDA : …"): a site identifier, redacted as an NDA.
_RECORD_NUMBER = re.compile(
    r"\b(?:sejour|venue|admission|hospitalisation|entree|dossier|nda|iep)\b[^\n\d]{0,25}?"
    r"(?P<id>(?<![\w])(?:[a-z]{1,3}-?)?\d[\d\-/]{5,14}\d)(?![\d/])"
)
_DATE_LIKE = re.compile(r"\d{1,2}[/\-]\d{1,2}[/\-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:19|20)\d{2}")
# "IPP\tNDA\n8001234567\t2401234567": identifiers under a table header.
_HEADER_ROW = re.compile(r"(?m)^(?P<head>[^\n]*\b(?:ipp|nda)\b[^\n]*)\n(?P<row>[^\n]+)")
_CELL = re.compile(r"[^\t|;]+")


def nir_key_ok(raw: str) -> bool:
    digits = re.sub(r"[ \t.\-]", "", raw).upper()
    if len(digits) != 15:
        return False
    body, key = digits[:13], digits[13:]
    body = body.replace("2A", "19", 1) if body[5:7] == "2A" else body
    body = body.replace("2B", "18", 1) if body[5:7] == "2B" else body
    return body.isdigit() and key.isdigit() and 97 - int(body) % 97 == int(key)


def _digits(raw: str) -> str:
    return re.sub(r"\D", "", raw)


def find_mails(doc: Document) -> Iterator[Entity]:
    for m in _MAIL.finditer(doc.text):
        yield doc.entity(m.start(), m.end(), Label.MAIL, "mail", "adresse électronique")


def find_urls(doc: Document) -> Iterator[Entity]:
    for m in _URL.finditer(doc.text):
        end = m.end()
        while end > m.start() and doc.text[end - 1] in ".,;:!?":
            end -= 1
        yield doc.entity(m.start(), end, Label.URL, "url", "adresse web")


def find_phones(doc: Document) -> Iterator[Entity]:
    for m in _PHONE.finditer(doc.text):
        yield doc.entity(
            m.start(), m.end(), Label.TEL, "phone", "numéro de téléphone (format français)"
        )


def find_nirs(doc: Document) -> Iterator[Entity]:
    for m in _NIR.finditer(doc.text):
        before = doc.before(m.start(), 60)
        valid = m["key"] is not None and nir_key_ok(m.group())
        cued = bool(_NIR_CUE.search(before))
        if not valid and not cued:
            continue  # 13–15 digits with a wrong key and no cue: not claimed as a NIR
        label = Label.INS if _INS_CUE.search(before) else Label.SECU
        why = (
            "NIR, clé de contrôle valide"
            if valid
            else "numéro de sécurité sociale (d'après le contexte)"
        )
        yield doc.entity(m.start(), m.end(), label, "nir", why, 1.0 if valid else 0.8)


def find_ibans(doc: Document) -> Iterator[Entity]:
    for m in _IBAN.finditer(doc.text):
        raw = m.group()
        # The greedy match may run into a following code ("… 189 BIC"): shorten until it checks.
        while len(_compact(raw)) >= 15:
            if iban_check.is_valid(_compact(raw)):
                end = m.start() + len(raw)
                yield doc.entity(m.start(), end, Label.IBAN, "iban", "IBAN, clé de contrôle valide")
                break
            raw = raw[:-1].rstrip()


def _compact(raw: str) -> str:
    return raw.replace(" ", "")


def find_rpps(doc: Document) -> Iterator[Entity]:
    for m in _RPPS.finditer(doc.text):
        digits = _digits(m.group())
        cued = "rpps" in doc.before(m.start(), 30)
        if len(digits) == 11 and (luhn.is_valid(digits) or cued):
            why = "numéro RPPS (clé de Luhn valide)" if luhn.is_valid(digits) else "numéro RPPS"
            yield doc.entity(m.start(), m.end(), Label.RPPS, "rpps", why)
    for m in _ADELI.finditer(doc.folded):
        yield doc.entity(m.start("id"), m.end("id"), Label.RPPS, "adeli", "numéro ADELI")


def find_finess(doc: Document) -> Iterator[Entity]:
    for m in _FINESS.finditer(doc.folded):
        yield doc.entity(m.start("id"), m.end("id"), Label.FINESS, "finess", "numéro FINESS")


def find_site_ids(doc: Document) -> Iterator[Entity]:
    for pattern, label, why in ((_IPP, Label.IPP, "identifiant patient (IPP)"),
                                (_NDA, Label.NDA, "numéro de séjour (NDA)")):  # fmt: skip
        for m in pattern.finditer(doc.folded):
            end = m.end("id")
            while doc.text[end - 1] in " ./-":
                end -= 1
            yield doc.entity(m.start("id"), end, label, "site-id", why)
    yield from _header_rows(doc)
    for m in _RECORD_NUMBER.finditer(doc.folded):
        raw = m["id"]
        start = m.start("id")
        prefix = re.match(r"[a-z]+-?", raw)
        if prefix and not doc.text[start : start + len(prefix.group())].rstrip("-").isupper():
            continue  # "le 2025…": a word, not a code prefix
        if _DATE_LIKE.fullmatch(raw):
            continue  # a date
        yield doc.entity(m.start("id"), m.end("id"), Label.NDA, "site-id",
                         "numéro de séjour ou de dossier (d'après le contexte)", 0.7)  # fmt: skip


def _header_rows(doc: Document) -> Iterator[Entity]:
    for m in _HEADER_ROW.finditer(doc.folded):
        heads = [c.group().strip() for c in _CELL.finditer(m["head"])]
        cells = list(_CELL.finditer(m["row"]))
        if len(heads) < 2 or len(heads) != len(cells):
            continue
        for head, cell in zip(heads, cells, strict=True):
            label = {"ipp": Label.IPP, "nda": Label.NDA}.get(head.split()[0] if head else "")
            value = cell.group().strip()
            if label and re.fullmatch(r"[a-z]{0,3}\d[\d.\-]{4,16}", value):
                start = m.start("row") + cell.start() + cell.group().index(value)
                yield doc.entity(
                    start, start + len(value), label, "site-id", f"{head.upper()} (tableau)"
                )


RECOGNIZERS = (find_mails, find_urls, find_phones, find_nirs, find_ibans, find_rpps,
               find_finess, find_site_ids)  # fmt: skip
