"""People's names: surnames (NOM) and given names (PRENOM).

Four kinds of evidence, strongest first: a title or role cue ("Mme", "Dr", "son fils",
"née"), a form field ("Nom :", "Prénom :", "Médecin traitant :"), a given name from INSEE's
list followed by a name-like word ("Jean DUPONT", "DUPONT Jean", "J. Dupont"), and spaCy's
French NER (see avec.privacy.ner). Every name found is then looked for everywhere else in the
document (avec.privacy.propagate). Eponyms, drugs and common words are screened out by
avec.privacy.exclusions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from avec.privacy.document import Document, Token
from avec.privacy.entities import Entity, Label
from avec.privacy.resources import first_names, first_names_ranked, surname_ranks, word_list
from avec.text.lexicon import is_french_word
from avec.text.normalize import fold

TITLES = frozenset(
    [
        "m",
        "mr",
        "mme",
        "mmes",
        "mlle",
        "melle",
        "monsieur",
        "madame",
        "mademoiselle",
        "dr",
        "docteur",
        "docteure",
        "pr",
        "professeur",
        "professeure",
        "me",
        "maitre",
    ]
)
_LOWER_TITLES = frozenset(
    ["monsieur", "madame", "mademoiselle", "docteur", "professeur", "dr", "pr"]
)
_DOCTOR_TITLES = frozenset(["dr", "docteur", "docteure", "pr", "professeur", "professeure"])
# Short words that never start a name, even after "monsieur" in a lower-case transcript.
FUNCTION_WORDS = frozenset(
    [
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "des",
        "de",
        "du",
        "d",
        "et",
        "ou",
        "est",
        "a",
        "au",
        "aux",
        "en",
        "ce",
        "cet",
        "cette",
        "ces",
        "son",
        "sa",
        "ses",
        "mon",
        "ma",
        "mes",
        "ton",
        "ta",
        "vous",
        "nous",
        "il",
        "elle",
        "ils",
        "elles",
        "on",
        "qui",
        "que",
        "quoi",
        "dont",
        "ne",
        "pas",
        "je",
        "tu",
        "y",
        "se",
        "si",
        "oui",
        "non",
        "bon",
        "bien",
        "alors",
        "donc",
        "voila",
        "merci",
        "bonjour",
        "revoir",
        "euh",
        "heu",
        "hum",
        "ah",
        "oh",
        "tres",
        "plus",
        "moins",
    ]
)
PARTICLES = frozenset(
    [
        "de",
        "du",
        "des",
        "d'",
        "d’",
        "la",
        "le",
        "les",
        "l'",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "da",
        "dos",
        "das",
        "di",
        "del",
        "della",
        "ben",
        "ibn",
        "bin",
        "el",
        "al",
        "ould",
        "mac",
        "mc",
    ]
)
_KIN = (
    r"(?:son|sa|ses|leur|leurs|mon|ma|votre)\s+(?:fils|fille|filles|epouse|epoux|mari|femme|"
    r"conjoint|conjointe|compagne|compagnon|concubin|concubine|frere|soeur|mere|pere|"
    r"petit-fils|petite-fille|neveu|niece|belle-fille|beau-fils|gendre|bru|tuteur|tutrice|"
    r"curateur|curatrice|voisin|voisine|aidant|aidante|ami|amie|oncle|tante|cousin|cousine|"
    r"belle-soeur|beau-frere|belle-mere|beau-pere|grand-mere|grand-pere|petite-niece)"
    r"|\bnee|\bne\b|\bepouse|\bveuve|\bveuf|\bdivorcee|\bdite?\b"
)
_KIN_RE = re.compile(rf"(?:{_KIN})[ \t]*,?[ \t]*$")
_FIELD = (
    r"nom(?:\s+de\s+naissance|\s+d'usage|\s+marital|\s+de\s+famille|\s+patronymique|\s+usuel)?"
    r"|prenoms?|prenom\(s\)|nom\s+et\s+prenoms?|nom\s*,\s*prenoms?|nom\s*/\s*prenoms?|patiente?"
    r"|identite|nom\s+du\s+patient|nom\s+de\s+la\s+patiente|medecin(?:\s+traitant|\s+adresseur"
    r"|\s+referent|\s+prescripteur|\s+responsable|\s+senior)?|praticien|prescripteur|interne"
    r"|externe|chirurgien|operateur|anesthesiste|aide(?:\s+operatoire)?|ide|ibode|iade"
    r"|infirmiere?|cadre(?:\s+de\s+sante)?|sage-femme|kinesitherapeute|ergotherapeute"
    r"|psychologue|dieteticienne?|assistante?\s+sociale?|referente?|educat(?:eur|rice)"
    r"|destinataire|expediteur|de|a|cc|copie|personne\s+de\s+confiance|personne\s+a\s+prevenir"
    r"|contact|tuteur|tutrice|curat(?:eur|rice)|mandataire|signataire|redige\s+par|dicte\s+par"
    r"|valide\s+par|signe|auteur|demandeur|correspondant|conjointe?|epoux|epouse|aidante?"
)
# roles that also label the turns of a transcribed conversation ("Médecin : Bonjour…"): after
# one of them, a single capitalised word is a name only with a title, as a given name or in capitals
_SPEAKERS = frozenset({"medecin", "patient", "patiente", "interne", "externe", "infirmier",
                       "infirmiere", "ide", "aide", "aidant", "aidante", "psychologue",
                       "kinesitherapeute", "sage-femme", "conjoint", "conjointe", "epoux",
                       "epouse"})  # fmt: skip
_FIELD_RE = re.compile(
    rf"(?m)(?:^|[\t|;,—–]|\s{{2,}})[ \t]*(?P<field>{_FIELD})[ \t]*(?::|\||\t)[ \t]*$"
)


@cache
def _stopwords() -> frozenset[str]:
    return word_list("name_stopwords.txt")


def is_given_name(key: str) -> bool:
    return key in first_names()


def _given_not_surname(key: str) -> bool:
    return is_given_name(key) and surname_ranks().get(key, 1_000_000) > 2_000


def _known_name(key: str) -> bool:
    """In INSEE's given-name list or among its 60,000 most frequent surnames."""
    return key in first_names() or surname_ranks().get(key, 1_000_000) < 60_000


def _common(key: str) -> bool:
    return is_french_word(key)


def _adjacent(doc: Document, a: Token, b: Token) -> bool:
    """Two tokens of one name: separated by blanks on the same line (or nothing after "d'")."""
    gap = doc.text[a.end : b.start]
    return (gap == "" and a.text[-1:] in "'’") or bool(re.fullmatch(r"[ \t]{1,3}", gap))


def name_like(tok: Token, *, first: bool, lowercase_ok: bool = False, strict: bool = True) -> bool:
    """Could this token be (part of) a person's name at this position?

    `strict` (weak evidence): a capitalised common word continues a name only if it is also a
    known name; after a title or a form field (strong evidence) any capitalised word does.
    """
    if tok.is_initial:
        return True
    if tok.key in _stopwords():
        return False
    if tok.is_capitalised:
        if first or not strict:
            return True
        return not _parts_common(tok.key) or _known_name(tok.key)
    if not lowercase_ok or len(tok.key) < 2 or tok.key in FUNCTION_WORDS:
        return False
    known = is_given_name(tok.key) or surname_ranks().get(tok.key, 1_000_000) < 60_000
    return not _common(tok.key) or known


def _parts_common(key: str) -> bool:
    """A common word, or a compound of common words ("marin-pêcheur")."""
    return _common(key) or ("-" in key and all(_common(p) for p in key.split("-") if p))


def name_run(doc: Document, i: int, *, lowercase_ok: bool = False, limit: int = 5,
             strict: bool = True) -> list[Token]:  # fmt: skip
    """The longest run of name tokens starting at token i (particles only inside the run)."""
    toks = doc.tokens
    run: list[Token] = []
    j = i
    while j < len(toks) and len(run) < limit:
        tok = toks[j]
        if run and not _adjacent(doc, run[-1], tok):
            break
        if tok.key in PARTICLES and not tok.is_initial:
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if nxt is None or not _adjacent(doc, tok, nxt):
                break
            if nxt.key not in PARTICLES and not name_like(
                nxt, first=False, lowercase_ok=lowercase_ok, strict=strict
            ):
                break
            run.append(tok)
            j += 1
            continue
        if not name_like(tok, first=not run, lowercase_ok=lowercase_ok, strict=strict):
            break
        run.append(tok)
        if tok.is_initial and not tok.text.endswith("."):
            break
        j += 1
    while run and run[-1].key in PARTICLES:
        run.pop()
    return run


def _units(run: Sequence[Token]) -> list[list[Token]]:
    """Group particles with the word they introduce: "de La Roche", "Le Goff", "Da Silva"."""
    units: list[list[Token]] = []
    pending: list[Token] = []
    for tok in run:
        if tok.key in PARTICLES and not tok.is_initial:
            pending.append(tok)
            continue
        units.append([*pending, tok])
        pending = []
    return units


def classify(
    run: Sequence[Token], field: Label | None = None, single: Label = Label.NOM
) -> list[tuple[int, int, Label]]:
    """Split a run of name tokens into given names and surnames (`single`: a lone word's label)."""
    units = _units(run)
    if not units:
        return []
    labels: list[Label]
    if field is not None:
        labels = [Label.PRENOM if u[-1].is_initial else field for u in units]
    elif len(units) == 1:
        labels = [Label.PRENOM if units[0][-1].is_initial else single]
    else:
        has_upper = any(u[-1].is_upper for u in units)
        labels = []
        for k, unit in enumerate(units):
            tok = unit[-1]
            if tok.is_initial:
                labels.append(Label.PRENOM)
            elif has_upper and not tok.is_upper:
                labels.append(Label.PRENOM)  # "DUPONT Jean": the name in capitals is the surname
            elif (
                has_upper
                and k > 0
                and all(u[-1].is_upper for u in units)
                and _given_not_surname(tok.key)
            ):
                labels.append(Label.PRENOM)  # "LHEUREUX VALÉRIE"
            elif has_upper:
                labels.append(Label.NOM)
            elif len(unit) == 1 and is_given_name(tok.key) and k < len(units) - 1:
                labels.append(Label.PRENOM)
            elif (
                k == len(units) - 1
                and is_given_name(tok.key)
                and not is_given_name(units[0][-1].key)
            ):
                labels.append(Label.PRENOM)  # "Dupont Jean"
            else:
                labels.append(Label.NOM)
    spans: list[tuple[int, int, Label]] = []
    for unit, label in zip(units, labels, strict=True):
        start, end = unit[0].start, unit[-1].end
        if unit[-1].is_initial:
            end = unit[-1].start + len(unit[-1].text.rstrip("."))
        spans.append((start, end, label))
    return spans


def _emit(doc: Document, run: Sequence[Token], recognizer: str, why: str,
          field: Label | None = None, score: float = 1.0,
          single: Label = Label.NOM) -> Iterator[Entity]:  # fmt: skip
    for start, end, label in classify(run, field, single):
        yield doc.entity(start, end, label, recognizer, why, score)


def find_titled(doc: Document) -> Iterator[Entity]:
    """ "Mme Dupont", "Dr J.-P. Le Goff", "monsieur dupont" (transcripts)."""
    toks = doc.tokens
    for i, tok in enumerate(toks[:-1]):
        key = tok.key
        if key not in TITLES:
            continue
        lower = not tok.is_capitalised
        if lower and key not in _LOWER_TITLES:
            continue
        if key == "m" and not (tok.text == "M." or toks[i + 1].is_capitalised):
            continue
        j = i + 1
        # "madame euh dupont", "Madame, Monsieur" is a salutation, not a name.
        while j < len(toks) and toks[j].key in ("euh", "heu", "hum"):
            j += 1
        doctor_initial = key in _DOCTOR_TITLES and j < len(toks) and toks[j].text == "M."
        if j >= len(toks) or (toks[j].key in TITLES and not doctor_initial):
            continue  # "Dr M. Boulanger": M. is an initial there, not "Monsieur"
        if doc.text[toks[j - 1].end : toks[j].start].strip(" \t.") not in ("", ","):
            continue
        run = name_run(doc, j, lowercase_ok=lower, limit=2 if lower else 5, strict=lower)
        if run:
            yield from _emit(doc, run, "title", f"nom après le titre « {tok.text} »")


def find_kin(doc: Document) -> Iterator[Entity]:
    """ "son fils Marc", "née MARTIN", "épouse Le Goff", "ma fille maïté" (transcripts)."""
    for i, tok in enumerate(doc.tokens):
        if tok.key in _stopwords() or tok.key in FUNCTION_WORDS:
            continue
        lower = not tok.is_capitalised
        if lower and not (is_given_name(tok.key) and not _common(tok.key)):
            continue  # lower case only for an unambiguous given name ("mon fils benoît")
        if not _KIN_RE.search(doc.before(tok.start, 30)):
            continue
        run = name_run(doc, i, lowercase_ok=lower, limit=2 if lower else 5)
        if run:
            before = doc.before(tok.start, 12)
            maiden = re.search(r"(?:nee|epouse|veuve|veuf|divorcee)\s*$", before)
            field = Label.NOM if maiden and len(run) == 1 else None
            single = Label.PRENOM if is_given_name(run[0].key) else Label.NOM
            yield from _emit(doc, run, "kinship", "nom après un lien de parenté ou « née »",
                             field, 0.9, single)  # fmt: skip


def find_fields(doc: Document) -> Iterator[Entity]:
    """ "Nom : DUPONT", "Prénom : Jean", "Médecin traitant : Dr Paul Martin"."""
    toks = doc.tokens
    for i, tok in enumerate(toks):
        if not tok.is_capitalised:  # before the regex: most words are not
            continue
        m = _FIELD_RE.search(doc.folded[max(0, tok.start - 60) : tok.start])
        if not m:
            continue
        field_name = m["field"]
        j = i
        while j < len(toks) and toks[j].key in TITLES:
            j += 1
        if j >= len(toks):
            continue
        run = name_run(doc, j, strict=False)
        if not run:
            continue
        field: Label | None = None
        if field_name.startswith("prenom"):
            field = Label.PRENOM
        elif re.fullmatch(r"nom(?:\s+\w+)*", field_name) and "prenom" not in field_name:
            field = Label.NOM
        if field_name in (
            "de",
            "a",
            "cc",
            "copie",
            "contact",
            "patient",
            "patiente",
            "signe",
        ) and not (len(run) >= 2 or any(is_given_name(t.key) for t in run)):
            continue  # "De : Secrétariat": a weak field needs a given name or a full name
        if field_name in _SPEAKERS and j == i and len(run) == 1 and not is_given_name(run[0].key):
            word = doc.text[run[0].start : run[0].end]
            if not word.isupper():
                continue  # "Médecin : Vous avez mal…": a speaker's turn, not a name field
        yield from _emit(doc, run, "field", f"champ « {field_name} »", field)


def find_given_name_pairs(doc: Document) -> Iterator[Entity]:
    """ "Jean Dupont", "DUPONT Jean", "J. Dupont" anywhere in the text."""
    toks = doc.tokens
    for i, tok in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        if not _adjacent(doc, tok, nxt) or tok.key in _stopwords():
            continue
        if doc.text[tok.start - 1 : tok.start] == "/":
            continue  # "14,2 G/L. Hémocultures": the end of a unit, not an initial
        starts = (
            (
                tok.is_title
                and is_given_name(tok.key)
                and (nxt.is_capitalised or nxt.key in PARTICLES)
            )
            or (tok.is_upper and nxt.is_title and is_given_name(nxt.key) and not _common(tok.key))
            or (
                tok.is_initial
                and tok.key not in TITLES
                and nxt.is_capitalised
                and nxt.key not in _stopwords()
            )
        )
        if not starts:
            continue
        run = name_run(doc, i)
        # "DE KERSAUSON Iñaki": particles just before the run belong to the surname
        k = i
        while (
            k > 0
            and toks[k - 1].key in PARTICLES
            and toks[k - 1].word.isupper()  # "DE KERSAUSON", not "le fils de Marie Dupont"
            and _adjacent(doc, toks[k - 1], toks[k])
        ):
            k -= 1
        if len(run) >= 2:
            yield from _emit(
                doc, [*toks[k:i], *run], "given-name", "prénom suivi d'un nom", score=0.85
            )


def find_lone_given_names(doc: Document) -> Iterator[Entity]:
    """A capitalised given name on its own ("Marc est venu"), unless it is a common word."""
    for tok in doc.tokens:
        if not tok.is_title or tok.is_initial or not is_given_name(tok.key):
            continue
        if tok.key in _stopwords() or len(tok.key) < 3:
            continue
        if _common(tok.key) and (doc.starts_clause(tok.start) or not first_names_frequent(tok.key)):
            continue
        yield doc.entity(
            tok.start, tok.end, Label.PRENOM, "given-name", "prénom (liste INSEE)", 0.6
        )


def first_names_frequent(key: str) -> bool:
    """Given names common enough that, capitalised mid-sentence, they are names ("Claire", "Rose")."""
    return key in _frequent_given_names()


@cache
def _frequent_given_names() -> frozenset[str]:
    return frozenset(fold(name).lower() for name, _ in first_names_ranked()[:4000])


RECOGNIZERS = (find_titled, find_kin, find_fields, find_given_name_pairs, find_lone_given_names)
