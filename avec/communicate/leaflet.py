"""The illustrated patient leaflet: a validated `patient_leaflet` text → sections → HTML or PDF.

The text is parsed back into the sections avec renders for that use case (« De quoi s'agit-il ? »,
« Les étapes », « À retenir », « Qui contacter ? »: a heading line ending with « : », list items
after « - »). Headings are recognised whatever the case, accents and trailing punctuation, with
or without their content on the same line; a text without any of them (free text, or edited
beyond recognition) is taken as a list of steps, one per paragraph or list item.

Each step gets a pictogram (pictogram.py); the page is one self-contained HTML document (inline
CSS, pictograms inlined as SVG, no script, nothing fetched) in large type: the steps as a
vertical timeline, the reminders, the contact, the provenance mention and the pictograms'
licence at the bottom. `for_author=True` adds a discreet box with the readability score; the
patient's version has none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from avec.communicate.pdf import html_to_pdf, print_css
from avec.communicate.pictogram import (
    ATTENTION,
    INFORMATION,
    TELEPHONE,
    Pictogram,
    choose,
    licence_line,
    pictogram,
)
from avec.communicate.readability import Readability, readability
from avec.text.normalize import fold

DEFAULT_TITLE = "Votre parcours de soins"
# The patient_leaflet fields of the default policy (avec/policy/default.yaml), by field id.
LABELS: dict[str, str] = {
    "introduction": "De quoi s'agit-il ?",
    "etapes": "Les étapes",
    "consignes": "À retenir",
    "contact": "Qui contacter ?",
}
# Headings a reviewer may have written instead; recognised only alone on their line.
ALIASES: dict[str, tuple[str, ...]] = {
    "introduction": ("introduction", "de quoi s'agit-il", "présentation"),
    "etapes": ("étapes", "les étapes du parcours", "votre parcours", "déroulement"),
    "consignes": ("consignes", "à retenir", "important", "les consignes"),
    "contact": ("contact", "contacts", "qui contacter", "numéros utiles"),
}
_MARKER = re.compile(r"(?:[-•*–—▪●◦]|\d{1,2}[.)])\s+")
_HEADING_DECOR = re.compile(r"^[\s#*_]+|[\s#*_:?!.]+$")
_TEMPLATES = Path(__file__).resolve().parent / "templates"
_ENV = Environment(
    loader=FileSystemLoader(_TEMPLATES), autoescape=select_autoescape(["html"]), trim_blocks=True
)
# Display only (the words are unchanged): no line break inside « 10 h », « 38,5 °C », a phone
# number, nor before French high punctuation.
_UNIT_SPACE = re.compile(
    r"(?<=\d) (?=(?:h|min|mg|µg|g|kg|ml|mL|L|°C|%|€|jours?|heures?)(?![^\W\d_]))"
)
_PHONE = re.compile(r"\b0\d(?: \d\d){4}\b")
_BEFORE_PUNCT = re.compile(r" (?=[:;!?»])|(?<=«) ")


def _nbsp(text: str) -> str:
    text = _PHONE.sub(lambda m: m.group().replace(" ", "\u00a0"), text)
    return _BEFORE_PUNCT.sub("\u00a0", _UNIT_SPACE.sub("\u00a0", text))


_ENV.filters["nbsp"] = _nbsp


@dataclass(frozen=True, slots=True)
class Sections:
    introduction: str = ""
    steps: tuple[str, ...] = ()
    reminders: tuple[str, ...] = ()
    contact: str = ""
    structured: bool = False  # False: no heading found, every paragraph or list item is a step


@dataclass(frozen=True, slots=True)
class Step:
    text: str
    pictogram: Pictogram


@dataclass(frozen=True, slots=True)
class Leaflet:
    title: str
    introduction: str
    steps: tuple[Step, ...]
    reminders: tuple[str, ...]
    contact: str
    mention: str  # the provenance mention of the validated document
    readability: Readability
    structured: bool = True  # False: no heading was found, every paragraph became a step


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", fold(text).replace("œ", "oe")))


def _headings(labels: Mapping[str, str]) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Whole-line headings (words → field) and labels that may have content after « : »."""
    alone: dict[str, str] = {}
    for fid, names in ALIASES.items():
        for name in names:
            alone[_words(name)] = fid
    inline = [(fid, _words(label)) for fid, label in labels.items()]
    for fid, words in inline:
        alone[words] = fid
    return alone, sorted(inline, key=lambda x: -len(x[1]))


def _heading(
    line: str, alone: dict[str, str], inline: list[tuple[str, str]]
) -> tuple[str, str] | None:
    """(field id, content after the heading) when `line` is a section heading."""
    if _MARKER.match(line.strip()):
        return None  # « - Contact » is an item, not a heading
    bare = _HEADING_DECOR.sub("", line)
    if bare and _words(bare) in alone:
        return alone[_words(bare)], ""
    if ":" not in line:
        return None
    head, rest = line.split(":", 1)
    while True:  # a label may itself hold « : », so try each colon in turn
        words = _words(_HEADING_DECOR.sub("", head))
        for fid, label in inline:
            if words == label:
                return fid, rest.strip()
        if ":" not in rest:
            return None
        more, rest = rest.split(":", 1)
        head = f"{head}:{more}"


def _continues(previous: str, line: str) -> bool:
    """A wrapped line: the previous one has no final punctuation and this one starts in lowercase."""
    return not re.search(r"[.!?:;»)]\s*$", previous) and line[:1].islower()


def _items(lines: list[str]) -> list[str]:
    """List items: one per marker (« - », « • », « 1. »…), paragraph or unwrapped line."""
    markers = any(_MARKER.match(line.strip()) for line in lines)
    items: list[str] = []
    blank = True
    for raw in lines:
        line = raw.strip()
        if not line:
            blank = True
            continue
        marker = _MARKER.match(line)
        if marker:
            items.append(line[marker.end() :].strip())
        elif items and not blank and (markers or _continues(items[-1], line)):
            items[-1] = f"{items[-1]} {line}"
        else:
            items.append(line)
        blank = False
    return [item for item in items if item]


def _paragraph(lines: list[str]) -> str:
    """A text section: its non-empty lines (list markers dropped), one per line."""
    kept = [line.strip() for line in lines if line.strip()]
    return "\n".join(
        line[m.end() :] if (m := _MARKER.match(line)) else line for line in kept
    ).strip()


def parse_sections(text: str, labels: Mapping[str, str] = LABELS) -> Sections:
    """The sections of a patient-leaflet text (see the module's docstring)."""
    lines = text.replace("\r\n", "\n").split("\n")
    found: dict[str, list[str]] = {}
    preamble: list[str] = []
    current: list[str] = preamble
    alone, inline = _headings(labels)
    for line in lines:
        heading = _heading(line, alone, inline)
        if heading is None:
            current.append(line)
            continue
        fid, rest = heading
        current = found.setdefault(fid, [])
        if rest:
            current.append(rest)
    if not found:
        return Sections(steps=tuple(_items(preamble)), structured=False)
    intro = "\n".join(
        filter(None, (_paragraph(preamble), _paragraph(found.get("introduction", []))))
    )
    return Sections(
        introduction=intro,
        steps=tuple(_items(found.get("etapes", []))),
        reminders=tuple(_items(found.get("consignes", []))),
        contact=_paragraph(found.get("contact", [])),
        structured=True,
    )


def _plain(sections: Sections) -> str:
    """The patient's words only (no heading), items as a list: what readability measures."""
    parts = [sections.introduction, "\n".join(f"- {s}" for s in sections.steps)]
    parts += ["\n".join(f"- {r}" for r in sections.reminders), sections.contact]
    return "\n\n".join(p for p in parts if p)


def build_leaflet(
    text: str, *, mention: str, title: str = DEFAULT_TITLE, labels: Mapping[str, str] = LABELS
) -> Leaflet:
    """The leaflet of a validated text: sections, a pictogram per step, readability."""
    sections = parse_sections(text, labels)
    steps = tuple(Step(s, choose(s)) for s in sections.steps)
    return Leaflet(
        title=title.strip() or DEFAULT_TITLE,
        introduction=sections.introduction,
        steps=steps,
        reminders=sections.reminders,
        contact=sections.contact,
        mention=mention.strip(),
        readability=readability(_plain(sections)),
        structured=sections.structured,
    )


def _fr(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}".replace("-", "−")


def leaflet_html(leaflet: Leaflet, *, for_author: bool = False) -> str:
    """The leaflet as one self-contained HTML page; `for_author` adds the readability box."""
    icons = {"introduction": INFORMATION, "consignes": ATTENTION, "contact": TELEPHONE}
    used = [s.pictogram.id for s in leaflet.steps] + list(icons.values())
    return _ENV.get_template("leaflet.html").render(
        leaflet=leaflet,
        labels=LABELS,
        icons={k: pictogram(v) for k, v in icons.items()},
        for_author=for_author,
        print_css=Markup(print_css()),
        svg=lambda p: Markup(p.svg),
        score=_fr(leaflet.readability.kandel_moles),
        licence=licence_line(used),
    )


def leaflet_pdf(leaflet: Leaflet, *, for_author: bool = False) -> bytes:
    """The leaflet as PDF (WeasyPrint); PdfUnavailable when it cannot be made here."""
    return html_to_pdf(leaflet_html(leaflet, for_author=for_author))
