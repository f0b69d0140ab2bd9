"""Form fields: "Code postal : 29000", "| Commune | QUIMPER |", "Lieu de naissance\tCaen".

Administrative forms and tables put one value per field; the field name says what it is.
Separators: a colon, a tab or a table bar; the value runs to the end of the cell or line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from avec.privacy.document import Document
from avec.privacy.entities import Entity, Label

_FIELDS: dict[str, Label] = {
    r"code\s+postal|cp": Label.ZIP,
    r"commune|ville|localite|commune\s+de\s+residence|ville\s+de\s+residence": Label.VILLE,
    r"lieu\s+de\s+naissance|ne(?:e)?\s+a|commune\s+de\s+naissance": Label.VILLE,
    r"adresse(?:\s+postale|\s+du\s+domicile|\s+personnelle)?|domicile|residence": Label.ADRESSE,
    r"complement\s+d'adresse|adresse\s+\(suite\)|batiment|appartement": Label.ADRESSE,
    r"etablissement(?:\s+d'accueil|\s+de\s+sante|\s+d'origine|\s+receveur)?|hopital"
    r"|centre\s+hospitalier|ehpad\s+d'accueil": Label.HOPITAL,
    r"ipp|identifiant\s+patient(?:\s+\(ipp\))?|n°\s*patient": Label.IPP,
}
_SEP = r"[ \t]*(?::[ \t]*|\t+|[ \t]*\|[ \t]*)"
_FIELD_RE = re.compile(
    r"(?m)(?:^|\|[ \t]*|\t)(?P<field>" + "|".join(f"(?:{p})" for p in _FIELDS) + r")" + _SEP
    + r"(?P<value>[^\t|\n]+?)[ \t]*(?=$|\||\t)"
)  # fmt: skip
_COMPILED = [(re.compile(rf"(?:{p})"), label) for p, label in _FIELDS.items()]
_BLANK = re.compile(r"[\s_.\-–—/:]*|n(?:on)?\s*renseigne|inconnue?|neant|sans\s+objet|aucune?")


def _label(field: str) -> Label | None:
    for pattern, label in _COMPILED:
        if pattern.fullmatch(field):
            return label
    return None


def find_fields(doc: Document) -> Iterator[Entity]:
    for m in _FIELD_RE.finditer(doc.folded):
        label = _label(m["field"])
        value = m["value"].rstrip(" .;,")
        if label is None or _BLANK.fullmatch(value):
            continue
        start = m.start("value")
        end = start + len(value)
        raw = doc.text[start:end]
        if label is Label.ZIP and not re.fullmatch(r"\d{2}\s?\d{3}", raw):
            continue
        if label is Label.VILLE:
            raw = re.sub(r"\s*\(\d{2,3}\)\s*$", "", raw)  # "Dax (40)": the department stays
            end = start + len(raw)
        if (
            label is Label.ADRESSE
        ):  # "12 rue X, 35000 Rennes": the postal code and town are their own
            cut = re.search(r",?\s*(?<!\d)\d{2}\s?\d{3}(?!\d)", raw)
            if cut and cut.start() > 0:
                raw = raw[: cut.start()].rstrip(" ,")
                end = start + len(raw)
        if label is Label.IPP and not re.search(r"\d", raw):
            continue
        yield doc.entity(start, end, label, "form-field", f"champ de formulaire « {m['field']} »")


RECOGNIZERS = (find_fields,)
