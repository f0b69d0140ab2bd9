"""Addresses (street part), postal codes, towns and establishments.

An address is a street line ("12 rue Victor Hugo", "3 bis avenue de la Libération",
"Lieu-dit Kerbiquet", "Résidence Les Pins, bât. B"); a postal code is five digits followed by
a town ("29000 Quimper"), which becomes VILLE; a town is also what follows a residence or
birth cue ("domiciliée à Quimper", "né à Alger"). An establishment is a care-home, clinic or
hospital name ("CHU de Rennes", "Hôpital Necker-Enfants malades", "EHPAD Les Tilleuls").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from avec.privacy.document import Document
from avec.privacy.entities import Entity, Label
from avec.privacy.recognizers.names import is_given_name
from avec.privacy.resources import town_starts, towns
from avec.text.lexicon import is_french_word
from avec.text.normalize import fold

_UPPER = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ"
_LOWER = "a-zàâäçéèêëîïôöùûüÿœæ"
_PROPER = rf"[{_UPPER}][{_UPPER}{_LOWER}'’]*(?:-[{_UPPER}{_LOWER}][{_UPPER}{_LOWER}'’]*)*"
_LINK = r"(?:de|du|des|d'|d’|de\s+la|de\s+l'|la|le|les|l'|l’|sur|en|aux|et|sous|lès|les)"
# A place name: proper words, possibly joined by lower-case links ("Saint-Jean-de-Luz", "Le Havre").
_PLACE = rf"{_PROPER}(?:[ \t]+(?:{_LINK}[ \t]+)?{_PROPER})*"

_STREET_TYPES = (
    r"rue|avenue|av\.?|bd|boulevard|bld|allée|allées|impasse|imp\.?|chemin|ch\.|place|pl\.|quai|"
    r"cours|route|rte|square|passage|voie|sentier|cité|résidence|hameau|lotissement|lot\.|"
    r"lieu-dit|lieudit|lieu dit|faubourg|fbg|promenade|esplanade|villa|parvis|rond-point|chaussée|"
    r"montée|traverse|venelle|ruelle|clos|domaine|mail|parc|cour|square|port|zone|za|zi|zac"
)
# Street types that are also common words: without a number they need a proper name after them.
_AMBIGUOUS_TYPES = frozenset(
    [
        "cours",
        "place",
        "mail",
        "port",
        "parc",
        "cour",
        "zone",
        "domaine",
        "voie",
        "passage",
        "clos",
        "montée",
        "traverse",
        "route",
        "cité",
        "villa",
        "square",
        "chemin",
        "za",
        "zi",
        "zac",
    ]
)
_STREET_LINK = r"(?:de|du|des|d'|d’|de\s+la|de\s+l'|la|le|les|l'|l’)"
_NUMBER_WORDS = (
    r"(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    r"vingt|trente|quarante|cinquante|soixante|cent|cents|mille|et)"
)
_STREET = re.compile(
    rf"(?i:\b(?P<num>(?:\d{{1,4}}(?:-\d{{1,4}})?|{_NUMBER_WORDS}(?:[\s\-]+{_NUMBER_WORDS})*)"
    rf"(?:\s?(?:bis|ter|quater|[a-d]))?\b,?\s+)?"
    rf"\b(?P<type>{_STREET_TYPES})\b)"
    rf"(?P<name>[ \t]+[^\n,;()]{{1,60}}?)"
    rf"(?=\s*(?:[,;()\n]|\s\d{{5}}\b|$|\s(?:à|a|au|et|chez|où|ou|dans|depuis|avec|pour|-)\s|\.\s|\.$))"
)
_COMPLEMENT = re.compile(
    r"\b(?i:b[aâ]timent|b[aâ]t\.|appartement|appt\.?|app\.|escalier|esc\.|porte|"
    r"bp|boîte postale|cs|tsa)(?:\b|(?<=\.))[ \t]*(?:n°[ \t]*)?(?:\d{1,5}[A-Z]?|[A-Z])\b"
)
_ZIP_CITY = re.compile(
    rf"(?<![\d,.])(?P<zip>(?:0[1-9]|[1-8]\d|9[0-8])\s?\d{{3}})(?![\d,.])(?:[ \t]+|[ \t]*\n[ \t]*)"
    rf"(?P<city>{_PLACE})(?:[ \t]+(?:cedex|CEDEX|Cedex)(?:[ \t]+\d{{1,2}})?)?"
)
_CITY_CUE = re.compile(
    r"(?i:\b(?:habite|habitant|habitent|domicilié|domiciliée|domicile|demeurant|réside|résidant|"
    r"résidante|vit|vivant|vivent|né|née|nés|originaire|installé|installée|déménagé|déménagée|"
    r"déménage|retourne|retour|rentre|rentrée|hébergé|hébergée|transféré|transférée|muté|mutée)"
    r"\b(?:[ \t]+[\wéèêàç'’]+){0,3}?[ \t]+(?:à|a|au|sur|en)[ \t]+)"
    rf"(?P<city>{_PLACE})"
)
_QUALIFIERS = (
    r"(?:[ \t]+(?:privé|privée|public|publique|universitaire|régional|régionale|intercommunal|"
    r"intercommunale|départemental|mutualiste|militaire|psychiatrique|gériatrique|pédiatrique|"
    r"spécialisé|local|général|d'instruction\s+des\s+armées))*"
)
_ESTABLISHMENT = (
    r"(?:(?i:hôpital|hopital|hôpitaux|hospices?|clinique|polyclinique|institut|fondation|"
    r"centre\s+hospitalier(?:\s+universitaire|\s+régional|\s+intercommunal|\s+spécialisé|"
    r"\s+départemental|\s+général)?|groupe\s+hospitalier|centre\s+de\s+rééducation|"
    r"centre\s+de\s+santé|maison\s+de\s+santé(?:\s+pluriprofessionnelle)?|maison\s+de\s+retraite|"
    r"pharmacie|laboratoire(?:\s+d'analyses(?:\s+médicales)?)?|centre\s+médico-psychologique|"
    r"centre\s+de\s+radiologie|centre\s+d'imagerie(?:\s+médicale)?|centre\s+de\s+dialyse|"
    r"cabinet\s+(?:médical|de\s+radiologie|infirmier|de\s+kinésithérapie))|"
    r"Centre(?=[ \t]+[A-ZÉ][a-zéèëï]+-[A-ZÉ])|"
    r"CHU|CHRU|CHR|CHI|CHIC|CHG|CHS|CHD|CH|GHU|GHT|GH|AP-HP|APHP|AP-HM|APHM|HCL|HIA|"
    r"Hôpital|Hopital|HÔPITAL|Hôpitaux|Hospices?|Clinique|CLINIQUE|Polyclinique|"
    r"Centre\s+[Hh]ospitalier(?:\s+[Uu]niversitaire|\s+[Rr]égional|\s+[Ii]ntercommunal|"
    r"\s+[Ss]pécialisé|\s+[Dd]épartemental|\s+[Gg]énéral)?|"
    r"Groupe\s+[Hh]ospitalier|Groupement\s+[Hh]ospitalier|Centre\s+de\s+[Rr]ééducation|"
    r"Centre\s+de\s+[Ss]anté|Centre\s+[Mm]édical|Maison\s+de\s+[Ss]anté|Maison\s+de\s+[Rr]etraite|"
    r"Institut|Fondation|EHPAD|Ehpad|EHPA|USLD|SSR|SMR|MAS|FAM|IME|ESAT|SESSAD|CMP|CMPP|CAMSP|"
    r"Foyer|Établissement|Etablissement|Centre\s+Léon\s+Bérard|Centre\s+Oscar\s+Lambret)"
)
_ESTABLISHMENT_RE = re.compile(
    rf"\b{_ESTABLISHMENT}{_QUALIFIERS}(?:[ \t]+(?:(?i:{_LINK})[ \t]+)?(?:[dlDL]['’])?(?:{_PLACE}|[A-Z]{{2,}}))+"
    r"(?:[ \t]+malades)?"
    rf"(?:[ \t]+(?:-[ \t]+)?(?:site|Site)[ \t]+(?:{_LINK}[ \t]+)?{_PLACE})?"
)
# "Quimper, le 3 mars 2025" at the head of a letter; "Fait à Brest, le 12/03/2025".
_DATELINE = re.compile(
    rf"(?m)(?:^[ \t]*|\b[Ff]ait[ \t]+(?:à|a)[ \t]+)(?P<city>{_PLACE})[ \t]*,?[ \t]+le[ \t]+"
    r"(?=\d|1er\b|premier\b|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)"
)
_CEDEX_TAIL = re.compile(r"(?:\s+(?:cedex|CEDEX|Cedex)\b.*)$")
_NOT_CITY = frozenset(
    [
        "France",
        "Europe",
        "Afrique",
        "Algérie",
        "Maroc",
        "Tunisie",
        "Espagne",
        "Portugal",
        "Italie",
        "Belgique",
        "Suisse",
        "Allemagne",
        "Lundi",
        "Mardi",
        "Mercredi",
        "Jeudi",
        "Vendredi",
        "Samedi",
        "Dimanche",
        "Janvier",
        "Février",
        "Mars",
        "Avril",
        "Mai",
        "Juin",
        "Juillet",
        "Août",
        "Septembre",
        "Octobre",
        "Novembre",
        "Décembre",
        "Domicile",
        "Madame",
        "Monsieur",
        # a dated event at the start of a line, not a place of writing: « Entrée le 03/04/2025 »
        "Entrée",
        "Sortie",
        "Admission",
        "Arrivée",
        "Retour",
        "Transfert",
        "Hospitalisation",
        "Consultation",
        "Intervention",
        "Examen",
        "Bilan",
        "Contrôle",
        "Reprise",
        "Début",
        "Fin",
        "Arrêt",
        "Décès",
        "Vu",
        "Revu",
        "Rendez-vous",
    ]
)


def find_streets(doc: Document) -> Iterator[Entity]:
    for m in _STREET.finditer(doc.text):
        name = m["name"].strip()
        if not name or (not re.search(rf"[{_UPPER}\d]", name) and m["num"] is None):
            continue  # "la rue", "en cours de": a street needs a number or a proper name
        proper_next = re.match(rf"\s*(?:{_STREET_LINK}\s*)?[{_UPPER}]", m["name"])
        if m["num"] is None and m["type"].lower() in _AMBIGUOUS_TYPES and not proper_next:
            continue  # "en cours d'évaluation", "mise en place", "voie orale"
        end = m.start("name") + len(m["name"].rstrip(" .\t"))
        yield doc.entity(m.start(), end, Label.ADRESSE, "address", "adresse (voie)")
    for m in _COMPLEMENT.finditer(doc.text):
        yield doc.entity(m.start(), m.end(), Label.ADRESSE, "address", "complément d'adresse")


def find_zip_cities(doc: Document) -> Iterator[Entity]:
    for m in _ZIP_CITY.finditer(doc.text):
        city = _CEDEX_TAIL.sub("", m["city"])
        if city.split()[0] in _NOT_CITY or doc.text[m.end("city") : m.end("city") + 1] == "/":
            continue  # "12500 Eléments/mm3" is a count, not a town
        yield doc.entity(
            m.start("zip"), m.end("zip"), Label.ZIP, "address", "code postal suivi d'une commune"
        )
        yield doc.entity(
            m.start("city"),
            m.start("city") + len(city),
            Label.VILLE,
            "address",
            "commune (après le code postal)",
        )


def find_cue_cities(doc: Document) -> Iterator[Entity]:
    for m in _CITY_CUE.finditer(doc.text):
        city = m["city"]
        if city.split()[0] in _NOT_CITY:
            continue
        yield doc.entity(
            m.start("city"),
            m.end("city"),
            Label.VILLE,
            "place",
            "lieu de résidence ou de naissance",
            0.8,
        )


# "transféré à Plouguerneau": an unknown capitalised word after "à" is a place.
_AT_PLACE = re.compile(
    rf"(?<![\w'’])(?:à|au|en|(?:originaire|natif|native|venant|arrivée?|revenue?|provenance)[ \t]+d[e'’])"
    rf"[ \t]*(?P<city>{_PLACE})"
)


def find_unknown_places(doc: Document) -> Iterator[Entity]:
    for m in _AT_PLACE.finditer(doc.text):
        city = m["city"]
        words = [w for w in re.split(r"[\s\-']+", fold(city).lower()) if w]
        if not words or city.split()[0] in _NOT_CITY or city.isupper():
            continue
        if any(is_french_word(w) or is_given_name(w) for w in words if len(w) > 3):
            continue
        yield doc.entity(
            m.start("city"), m.end("city"), Label.VILLE, "place", "lieu (« à » + nom propre)", 0.6
        )


def find_datelines(doc: Document) -> Iterator[Entity]:
    for m in _DATELINE.finditer(doc.text):
        city = m["city"]
        if city.split()[0] in _NOT_CITY or (
            city.split()[0] in ("Le", "La", "Les") and len(city.split()) == 1
        ):
            continue
        yield doc.entity(
            m.start("city"), m.end("city"), Label.VILLE, "place", "lieu de rédaction (« X, le … »)"
        )


# In a transcript, "à tours" is a town after a residence or address cue ("il habite à tours").
_RESIDENCE_CUE = re.compile(
    r"\b(?:habite|habitent|habitez|domicilie|domiciliee|vit|vivent|nee?|docteur|dr|demenage|"
    r"rue|avenue|chemin|boulevard|impasse|allee|place)\b[^.\n]{0,60}\b(?:a|au)\s*$"
)
_TOWN_PREPOSITION = re.compile(r"(?:\b(?:a|au|en|sur|vers|pres de|de|d'|originaire de)|\()\s*$")


def _common_words(key: str) -> bool:
    """ "l'hopital", "le mans" → made of French words and articles ("à l'hôpital de jour")."""
    words = [w for w in re.split(r"[\s'’\-]+", key) if w]
    return bool(words) and all(w in ("l", "le", "la", "les") or is_french_word(w) for w in words)


def find_listed_towns(doc: Document) -> Iterator[Entity]:
    """Towns of the gazetteer: after a preposition ("à Orange", "(Vitré)"), or capitalised
    mid-sentence when the name is neither a common word nor a given name; in a lower-case
    transcript only after "à"."""
    toks = doc.tokens
    listed = towns()
    starts = town_starts()  # only the lengths of the towns that begin with this word
    i = 0
    while i < len(toks):
        match = 0
        for n in starts.get(toks[i].key, ()):
            if i + n > len(toks):
                continue
            key = " ".join(t.key for t in toks[i : i + n])
            if key in listed and all(
                re.fullmatch(r"[ \t]+", doc.text[a.end : b.start])
                for a, b in pairwise(toks[i : i + n])
            ):
                match = n
                break
        if not match:
            i += 1
            continue
        first, last = toks[i], toks[i + match - 1]
        before = doc.before(first.start, 20)
        prep = _TOWN_PREPOSITION.search(before)
        capital = first.is_capitalised
        plain = not is_french_word(first.key) and not is_given_name(first.key)
        mid_sentence = not doc.starts_clause(first.start, loose=True)
        key = " ".join(t.key for t in toks[i : i + match])
        after_a = re.search(r"\b(?:a|au)\s*$", before)
        lower_ok = (
            not capital
            and after_a
            and (not _common_words(key) or _RESIDENCE_CUE.search(doc.before(first.start, 80)))
        )
        if (capital and (prep or (plain and mid_sentence))) or lower_ok:
            yield doc.entity(
                first.start, last.end, Label.VILLE, "place", "commune (liste des communes)", 0.7
            )
        i += match


# Dictated, lower case: "opéré au chu de brest", "au centre hospitalier d'ajaccio".
_SPOKEN_ESTABLISHMENT = re.compile(
    r"\b(?:chu|chr|chru|ch|centre hospitalier(?: universitaire| regional)?|hopital|clinique|"
    r"polyclinique|institut|ehpad)(?:\s+[a-z\-]+){0,2}?\s+(?:de\s+|d'|du\s+)(?P<town>[a-z][a-z'\-]+(?:\s[a-z\-]+)?)"
)


def find_establishments(doc: Document) -> Iterator[Entity]:
    for m in _ESTABLISHMENT_RE.finditer(doc.text):
        yield doc.entity(m.start(), m.end(), Label.HOPITAL, "establishment", "nom d'établissement")
    listed = towns()
    for m in _SPOKEN_ESTABLISHMENT.finditer(doc.folded):
        town = m["town"]
        while town and town not in listed and " " in town:
            town = town.rsplit(" ", 1)[0]
        if town in listed:
            end = m.start("town") + len(town)
            yield doc.entity(
                m.start(), end, Label.HOPITAL, "establishment", "nom d'établissement (dicté)", 0.8
            )


RECOGNIZERS = (find_streets, find_zip_cities, find_cue_cities, find_datelines, find_listed_towns,
               find_unknown_places, find_establishments)  # fmt: skip
