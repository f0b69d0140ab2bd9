"""Word (.docx) to text with the standard library: the package is a zip of XML parts, read with
`zipfile` and `xml.etree` (expat ≥ 2.4 bounds entity expansion; a DOCTYPE is refused anyway).

Reading order is the document's: paragraphs one per line; tables one row per line, cells joined
by " | "; list items on their own line with their marker ("- " for bullets, "1. ", "a) "… as
Word numbers them); content controls, text boxes, fields' results, tracked insertions and
footnotes included; tracked deletions, field codes and comments left out. Headers, footers and
comments are named in warnings, never dropped silently.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.etree import ElementTree as ET

from avec.documents.base import DocumentError

MAX_PART_BYTES = 100_000_000  # uncompressed XML part: a zip bomb stops here

_REL_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_PROPERTIES = frozenset({
    "pPr", "rPr", "sectPr", "tblPr", "trPr", "tcPr", "sdtPr", "sdtEndPr", "tblGrid",
})  # fmt: skip
_SKIPPED = frozenset({
    "delText", "instrText", "delInstrText", "del", "moveFrom", "commentReference",
    "annotationRef", "footnoteRef", "endnoteRef", "separator", "continuationSeparator",
    "Fallback",
})  # fmt: skip
# Symbol font code points (U+F0xx) Word writes as <w:sym>: the Greek letters of units and the
# comparison signs of results.
_SYMBOL = {
    0x6D: "µ", 0x61: "α", 0x62: "β", 0x67: "γ", 0x64: "δ", 0x6B: "κ", 0x6C: "λ",
    0x44: "Δ", 0xB1: "±", 0xA3: "≤", 0xB3: "≥", 0xAE: "→", 0xB0: "°", 0xB4: "×", 0xB7: "•",
    0xD7: "·",
}  # fmt: skip


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _attr(el: ET.Element | None, name: str) -> str | None:
    if el is None:
        return None
    for key, value in el.attrib.items():
        if _local(key) == name:
            return value
    return None


def _child(el: ET.Element | None, name: str) -> ET.Element | None:
    if el is None:
        return None
    return next((c for c in el if _local(c.tag) == name), None)


def _val(el: ET.Element | None, name: str) -> str | None:
    """The w:val of the child `name` (<w:numId w:val="3"/>)."""
    return _attr(_child(el, name), "val")


@dataclass
class _Level:
    fmt: str = "bullet"
    text: str = "-"
    start: int = 1


@dataclass
class DocxText:
    text: str
    warnings: list[str] = field(default_factory=list)


def read_docx(data: bytes, label: str) -> DocxText:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _Reader(archive, label).read()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError):
        raise _damaged(label) from None
    except RuntimeError as exc:  # zipfile's "encrypted, password required"
        if "encrypted" in str(exc):
            raise DocumentError(
                f"« {label} » est protégé par un mot de passe : avec ne peut pas le lire.",
                "encrypted",
            ) from None
        raise _damaged(label) from None
    except RecursionError:
        raise _damaged(label) from None


def _damaged(label: str, detail: str = "") -> DocumentError:
    return DocumentError(
        f"Le document Word « {label} » est endommagé et ne peut pas être lu{detail}. "
        "Ouvrez-le dans Word ou LibreOffice et enregistrez-le à nouveau, ou copiez-collez le texte.",
        "damaged",
    )


class _Reader:
    def __init__(self, archive: zipfile.ZipFile, label: str) -> None:
        self.archive = archive
        self.label = label
        self.names = set(archive.namelist())
        self.main = self._main_part()
        self.rels = self._rels(self.main)
        self.styles = self._style_numbering()
        self.levels = self._numbering()
        self.counters: dict[str, list[int]] = {}
        self.notes = {kind: self._notes(kind) for kind in ("footnotes", "endnotes")}
        self.note_refs: list[tuple[str, str]] = []  # (kind, id) in reading order
        self.tracked = False
        self.alt_chunks = 0

    # -- parts ---------------------------------------------------------------------------------

    def _xml(self, name: str) -> ET.Element | None:
        if name not in self.names:
            return None
        info = self.archive.getinfo(name)
        if info.file_size > MAX_PART_BYTES:
            raise DocumentError(
                f"« {self.label} » contient une partie XML de plus de 100 Mo une fois "
                "décompressée : refusé (fichier anormal).",
                "too_large",
            )
        try:
            raw = self.archive.read(name)
        except RuntimeError:  # zipfile: "encrypted, password required"
            raise
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError):
            raise _damaged(self.label, f" ({name} illisible)") from None
        if b"<!DOCTYPE" in raw or b"<!ENTITY" in raw:
            raise _damaged(self.label, " (déclaration DOCTYPE interdite)")
        try:
            return ET.fromstring(raw)
        except ET.ParseError:
            raise _damaged(self.label, f" ({name} n'est pas du XML valide)") from None

    def _main_part(self) -> str:
        rels = self._xml("_rels/.rels")
        for rel in rels if rels is not None else []:
            if (_attr(rel, "Type") or "").endswith("/officeDocument"):
                target = (_attr(rel, "Target") or "").lstrip("/")
                if target in self.names:
                    return target
        if "word/document.xml" in self.names:
            return "word/document.xml"
        raise DocumentError(
            f"« {self.label} » n'est pas un document Word : la partie principale "
            "(word/document.xml) est absente.",
            "unsupported",
        )

    def _rels(self, part: str) -> dict[str, list[str]]:
        """Relationship type (last path element: "styles", "header"…) -> parts."""
        folder, name = posixpath.split(part)
        root = self._xml(posixpath.join(folder, "_rels", name + ".rels"))
        found: dict[str, list[str]] = {}
        for rel in root if root is not None else []:
            kind = (_attr(rel, "Type") or "").removeprefix(_REL_TYPES).rpartition("/")[2]
            target = _attr(rel, "Target") or ""
            if _attr(rel, "TargetMode") == "External" or not target:
                continue
            path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            found.setdefault(kind, []).append(posixpath.normpath(path))
        return found

    def _part(self, kind: str, default: str) -> ET.Element | None:
        return self._xml((self.rels.get(kind) or [default])[0])

    # -- lists ---------------------------------------------------------------------------------

    def _style_numbering(self) -> dict[str, tuple[str | None, str | None, str | None]]:
        """Paragraph style id -> (numId, ilvl, basedOn): lists made with "Liste à puces"."""
        root = self._part("styles", "word/styles.xml")
        styles: dict[str, tuple[str | None, str | None, str | None]] = {}
        for style in root if root is not None else []:
            style_id = _attr(style, "styleId")
            if _local(style.tag) != "style" or style_id is None:
                continue
            num_pr = _child(_child(style, "pPr"), "numPr")
            styles[style_id] = (_val(num_pr, "numId"), _val(num_pr, "ilvl"), _val(style, "basedOn"))
        return styles

    def _numbering(self) -> dict[str, dict[int, _Level]]:
        root = self._part("numbering", "word/numbering.xml")
        if root is None:
            return {}
        abstract: dict[str, dict[int, _Level]] = {}
        for el in root:
            if _local(el.tag) == "abstractNum":
                abstract[_attr(el, "abstractNumId") or ""] = {
                    int(_attr(lvl, "ilvl") or 0): _level(lvl)
                    for lvl in el
                    if _local(lvl.tag) == "lvl"
                }
        levels: dict[str, dict[int, _Level]] = {}
        for el in root:
            if _local(el.tag) != "num":
                continue
            base = abstract.get(_val(el, "abstractNumId") or "", {})
            mine = {i: _Level(lv.fmt, lv.text, lv.start) for i, lv in base.items()}
            for override in (c for c in el if _local(c.tag) == "lvlOverride"):
                i = int(_attr(override, "ilvl") or 0)
                lvl, start = _child(override, "lvl"), _child(override, "startOverride")
                if lvl is not None:
                    mine[i] = _level(lvl)
                if start is not None and i in mine:
                    mine[i].start = _int(_attr(start, "val"), 1)
            levels[_attr(el, "numId") or ""] = mine
        return levels

    def _num_pr(self, p: ET.Element) -> tuple[str, int] | None:
        p_pr = _child(p, "pPr")
        num_pr = _child(p_pr, "numPr")
        num_id, ilvl, style = _val(num_pr, "numId"), _val(num_pr, "ilvl"), _val(p_pr, "pStyle")
        seen: set[str] = set()
        while (num_id is None or ilvl is None) and style and style not in seen:
            seen.add(style)
            s_num, s_ilvl, style = self.styles.get(style, (None, None, None))
            num_id, ilvl = num_id or s_num, ilvl or s_ilvl
        if num_id is None or num_id == "0":
            return None
        return num_id, _int(ilvl, 0)

    def _marker(self, p: ET.Element) -> str:
        found = self._num_pr(p)
        if found is None:
            return ""
        num_id, ilvl = found
        levels = self.levels.get(num_id, {})
        counters = self.counters.setdefault(num_id, [])
        while len(counters) <= ilvl:
            lv = levels.get(len(counters), _Level())
            counters.append(lv.start - 1)
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, len(counters)):  # a new item restarts the sub-lists
            counters[deeper] = levels.get(deeper, _Level()).start - 1
        level = levels.get(ilvl, _Level())
        indent = "  " * ilvl
        if level.fmt == "bullet":
            return indent + "- "
        if level.fmt == "none" and not level.text.strip():
            return indent

        def number(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            lv = levels.get(k, _Level(fmt="decimal"))
            return _format(counters[k] if k < len(counters) else lv.start, lv.fmt)

        rendered = re.sub(r"%([1-9])", number, level.text).strip()
        return indent + (rendered + " " if rendered else "- ")

    # -- notes ---------------------------------------------------------------------------------

    def _notes(self, kind: str) -> dict[str, ET.Element]:
        root = self._part(kind, f"word/{kind}.xml")
        notes: dict[str, ET.Element] = {}
        for note in root if root is not None else []:
            if _attr(note, "type") in (None, "normal"):
                notes[_attr(note, "id") or ""] = note
        return notes

    # -- body ----------------------------------------------------------------------------------

    def read(self) -> DocxText:
        root = self._xml(self.main)
        body = _child(root, "body")
        if body is None:
            raise _damaged(self.label, " (corps du document absent)")
        lines = list(self._blocks(body))
        notes: list[str] = []
        for n, (kind, note_id) in enumerate(self.note_refs, start=1):
            note = self.notes[kind].get(note_id)
            if note is not None:
                notes.append(
                    f"[{n}] " + " ".join(s.strip() for s in self._blocks(note) if s.strip())
                )
        if notes:
            lines += ["", "Notes :", *notes]
        return DocxText("\n".join(lines), self._warnings())

    def _blocks(self, container: ET.Element) -> Iterator[str]:
        for el in container:
            name = _local(el.tag)
            if name == "p":
                yield from self._paragraph(el)
            elif name == "tbl":
                yield from self._table(el)
            elif name in ("sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag"):
                self.tracked |= name in ("ins", "moveTo")
                yield from self._blocks(el)
            elif name == "AlternateContent":
                choice = next(iter(el), None)
                if choice is not None:
                    yield from self._blocks(choice)
            elif name == "altChunk":
                self.alt_chunks += 1
            elif name in ("del", "moveFrom"):
                self.tracked = True

    def _paragraph(self, p: ET.Element) -> list[str]:
        pieces: list[str] = []
        boxes: list[str] = []
        self._inline(p, pieces, boxes)
        text = "".join(pieces)
        lines = [self._marker(p) + text if text.strip() else text]
        return lines + boxes

    def _inline(self, el: ET.Element, pieces: list[str], boxes: list[str]) -> None:
        for child in el:
            name = _local(child.tag)
            if name in _PROPERTIES or name in _SKIPPED:
                self.tracked |= name in ("del", "moveFrom")
            elif name == "t":
                pieces.append(child.text or "")
            elif name in ("tab", "ptab"):
                pieces.append("\t")
            elif name in ("br", "cr"):
                pieces.append("\n")
            elif name == "noBreakHyphen":
                pieces.append("-")
            elif name == "sym":
                pieces.append(_symbol(child))
            elif name in ("footnoteReference", "endnoteReference"):
                kind = "footnotes" if name == "footnoteReference" else "endnotes"
                self.note_refs.append((kind, _attr(child, "id") or ""))
                pieces.append(f"[{len(self.note_refs)}]")
            elif name == "txbxContent":
                boxes.extend(self._blocks(child))
            elif name == "AlternateContent":
                choice = next(iter(child), None)
                if choice is not None:
                    self._inline(choice, pieces, boxes)
            else:  # runs, hyperlinks, fields, content controls, insertions, drawings…
                self.tracked |= name in ("ins", "moveTo")
                self._inline(child, pieces, boxes)

    def _table(self, tbl: ET.Element) -> Iterator[str]:
        for row in _descend(tbl, "tr"):
            cells = [
                " ".join(s.strip() for s in self._blocks(cell) if s.strip()).replace("\n", " ")
                for cell in _descend(row, "tc")
            ]
            if any(cells):
                yield " | ".join(cells)

    # -- what was not taken --------------------------------------------------------------------

    def _warnings(self) -> list[str]:
        warnings: list[str] = []
        edges = [
            " ".join(s.strip() for s in self._blocks(root) if s.strip())
            for kind in ("header", "footer")
            for part in self.rels.get(kind, [])
            if (root := self._xml(part)) is not None
        ]
        edges = list(dict.fromkeys(e for e in edges if e))
        if edges:
            shown = " / ".join(edges)
            shown = shown if len(shown) <= 160 else shown[:157] + "…"
            warnings.append(f"En-têtes et pieds de page du document non repris : « {shown} ».")
        comments = self._part("comments", "word/comments.xml")
        count = (
            sum(1 for c in comments if _local(c.tag) == "comment") if comments is not None else 0
        )
        if count:
            warnings.append(f"{count} commentaire(s) de relecture du document non repris.")
        if self.tracked:
            warnings.append(
                "Le document contient des modifications suivies : le texte repris est la version "
                "finale (insertions gardées, suppressions retirées)."
            )
        if self.alt_chunks:
            warnings.append(
                f"{self.alt_chunks} bloc(s) importé(s) d'un autre format (altChunk) non repris : "
                "ouvrez et enregistrez le document dans Word pour les intégrer."
            )
        return warnings


def _descend(el: ET.Element, name: str) -> Iterator[ET.Element]:
    """Children named `name`, also inside content controls and custom XML wrappers."""
    for child in el:
        local = _local(child.tag)
        if local == name:
            yield child
        elif local in ("sdt", "sdtContent", "customXml", "ins"):
            yield from _descend(child, name)


def _level(lvl: ET.Element) -> _Level:
    return _Level(
        fmt=_val(lvl, "numFmt") or "decimal",
        text=_val(lvl, "lvlText") or "",
        start=_int(_val(lvl, "start"), 1),
    )


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _format(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while n > 0:
            n, r = divmod(n - 1, 26)
            letters = chr(ord("a") + r) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman.lower() if fmt == "lowerRoman" else roman
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        while n >= value:
            out, n = out + numeral, n - value
    return out or str(n)


def _symbol(sym: ET.Element) -> str:
    code = _int_hex(_attr(sym, "char"))
    if code is None:
        return ""
    font = (_attr(sym, "font") or "").lower()
    if code >= 0xF000:
        code -= 0xF000
    if font == "symbol" and code in _SYMBOL:
        return _SYMBOL[code]
    if font.startswith("wingdings"):
        return "•"
    return chr(code) if 0x20 <= code < 0xD800 else ""


def _int_hex(value: str | None) -> int | None:
    try:
        return int(value, 16) if value else None
    except ValueError:
        return None
