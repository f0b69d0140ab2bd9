#!/usr/bin/env python3
"""Plant typed, annotated errors into (source, output) pairs.

Standard library only; usable as a script or as an importable module.

    python bench/verify/inject.py IN.jsonl OUT.jsonl [--seed 0]
        [--types number,unit,...] [--per-case 1]

Input lines are JSON objects with at least "id", "source" and "output" (any
other field is copied).  For every input case and every requested type the
injector tries to plant one error of that type in "output"; each success
yields one output line with the corpus schema (bench/verify/corpus.jsonl):
"output" modified, "errors" listing what was planted (output_text locates the
planted change exactly, occurrence is 1-based), and the id suffixed with the
type ("cn-001+number").  A type that cannot be planted in a text (no number,
no drug...) is skipped and counted on stderr.

--per-case K (default 1) plants K errors per generated case: the requested
types are shuffled per input and taken K at a time ("cn-001+unit+date"); a
case is written if at least one of its errors could be planted.

Errors already annotated in an input case are kept (their spans are protected
and their occurrence recomputed), so a corpus case can be re-injected.

Library use:
    from inject import plant, inject_case
    new_output, error = plant(source, output, "unit", random.Random(0))
"""

import argparse
import json
import random
import re
import sys
import unicodedata
import zlib

TYPES = [
    "number",
    "unit",
    "frequency",
    "drug",
    "lasa",
    "drug_omission",
    "negation",
    "hypothesis",
    "date",
    "laterality",
    "citation",
    "notation",
    "dose",
]

# --------------------------------------------------------------------------
# Small built-in drug lexicon: (INN as written in French, class, brand names)
# --------------------------------------------------------------------------
LEXICON = [
    ("paracétamol", "antalgique", ["Doliprane", "Dafalgan", "Efferalgan"]),
    ("ibuprofène", "ains", ["Advil", "Nurofen"]),
    ("kétoprofène", "ains", ["Profénid"]),
    ("diclofénac", "ains", ["Voltarène"]),
    ("tramadol", "opioide", ["Topalgic", "Contramal"]),
    ("morphine", "opioide", ["Skenan", "Actiskenan"]),
    ("oxycodone", "opioide", ["Oxynorm", "Oxycontin"]),
    ("hydromorphone", "opioide", ["Sophidone"]),
    ("néfopam", "antalgique", ["Acupan"]),
    ("amoxicilline", "antibiotique", ["Clamoxyl", "Augmentin"]),
    ("ciprofloxacine", "antibiotique", ["Ciflox"]),
    ("ofloxacine", "antibiotique", ["Oflocet"]),
    ("lévofloxacine", "antibiotique", ["Tavanic"]),
    ("doxycycline", "antibiotique", ["Vibramycine"]),
    ("pristinamycine", "antibiotique", ["Pyostacine"]),
    ("azithromycine", "antibiotique", ["Zithromax"]),
    ("clarithromycine", "antibiotique", ["Zeclar"]),
    ("ceftriaxone", "antibiotique", ["Rocéphine"]),
    ("céfotaxime", "antibiotique", ["Claforan"]),
    ("fosfomycine", "antibiotique", ["Monuril"]),
    ("apixaban", "anticoagulant", ["Eliquis"]),
    ("rivaroxaban", "anticoagulant", ["Xarelto"]),
    ("dabigatran", "anticoagulant", ["Pradaxa"]),
    ("énoxaparine", "anticoagulant", ["Lovenox"]),
    ("tinzaparine", "anticoagulant", ["Innohep"]),
    ("fluindione", "anticoagulant", ["Préviscan"]),
    ("warfarine", "anticoagulant", ["Coumadine"]),
    ("aspirine", "antiagregant", ["Kardégic", "acétylsalicylique"]),
    ("clopidogrel", "antiagregant", ["Plavix"]),
    ("ticagrélor", "antiagregant", ["Brilique"]),
    ("amlodipine", "inhibiteur_calcique", ["Amlor"]),
    ("ramipril", "iec", ["Triatec"]),
    ("périndopril", "iec", ["Coversyl"]),
    ("énalapril", "iec", ["Rénitec"]),
    ("irbésartan", "ara2", ["Aprovel"]),
    ("losartan", "ara2", ["Cozaar"]),
    ("valsartan", "ara2", ["Tareg"]),
    ("candésartan", "ara2", ["Atacand", "Kenzen"]),
    ("bisoprolol", "betabloquant", ["Cardensiel", "Detensiel"]),
    ("métoprolol", "betabloquant", ["Seloken", "Lopressor"]),
    ("propranolol", "betabloquant", ["Avlocardyl"]),
    ("hydralazine", "vasodilatateur", ["Népressol"]),
    ("furosémide", "diuretique", ["Lasilix"]),
    ("indapamide", "diuretique", ["Fludex"]),
    ("hydrochlorothiazide", "diuretique", ["Esidrex"]),
    ("spironolactone", "diuretique", ["Aldactone"]),
    ("atorvastatine", "statine", ["Tahor"]),
    ("rosuvastatine", "statine", ["Crestor"]),
    ("simvastatine", "statine", ["Zocor"]),
    ("pravastatine", "statine", ["Elisor"]),
    ("ézétimibe", "hypolipemiant", ["Ezetrol"]),
    ("metformine", "antidiabetique", ["Glucophage", "Stagid"]),
    ("gliclazide", "sulfamide", ["Diamicron"]),
    ("glimépiride", "sulfamide", ["Amarel"]),
    ("sitagliptine", "gliptine", ["Januvia"]),
    ("sémaglutide", "aglp1", ["Ozempic"]),
    ("dulaglutide", "aglp1", ["Trulicity"]),
    ("dapagliflozine", "isglt2", ["Forxiga"]),
    ("empagliflozine", "isglt2", ["Jardiance"]),
    ("lévothyroxine", "thyroide", ["Levothyrox"]),
    ("oméprazole", "ipp", ["Mopral"]),
    ("ésoméprazole", "ipp", ["Inexium"]),
    ("pantoprazole", "ipp", ["Inipomp", "Eupantol"]),
    ("lansoprazole", "ipp", ["Lanzor", "Ogast"]),
    ("sertraline", "isrs", ["Zoloft"]),
    ("escitalopram", "isrs", ["Seroplex"]),
    ("citalopram", "isrs", ["Seropram"]),
    ("paroxétine", "isrs", ["Deroxat"]),
    ("fluoxétine", "isrs", ["Prozac"]),
    ("venlafaxine", "irsna", ["Effexor"]),
    ("mirtazapine", "antidepresseur", ["Norset"]),
    ("clomipramine", "tricyclique", ["Anafranil"]),
    ("amitriptyline", "tricyclique", ["Laroxyl"]),
    ("olanzapine", "antipsychotique", ["Zyprexa"]),
    ("rispéridone", "antipsychotique", ["Risperdal"]),
    ("halopéridol", "antipsychotique", ["Haldol"]),
    ("aripiprazole", "antipsychotique", ["Abilify"]),
    ("lithium", "thymoregulateur", ["Téralithe"]),
    ("oxazépam", "benzodiazepine", ["Seresta"]),
    ("alprazolam", "benzodiazepine", ["Xanax"]),
    ("bromazépam", "benzodiazepine", ["Lexomil"]),
    ("lorazépam", "benzodiazepine", ["Temesta"]),
    ("zolpidem", "hypnotique", ["Stilnox"]),
    ("zopiclone", "hypnotique", ["Imovane"]),
    ("hydroxyzine", "antihistaminique", ["Atarax"]),
    ("doxylamine", "antihistaminique", ["Donormyl"]),
    ("cétirizine", "antihistaminique", ["Zyrtec", "Virlix"]),
    ("desloratadine", "antihistaminique", ["Aerius"]),
    ("lévocétirizine", "antihistaminique", ["Xyzall"]),
    ("lévétiracétam", "antiepileptique", ["Keppra"]),
    ("lamotrigine", "antiepileptique", ["Lamictal"]),
    ("carbamazépine", "antiepileptique", ["Tégrétol"]),
    ("oxcarbazépine", "antiepileptique", ["Trileptal"]),
    ("valproate", "antiepileptique", ["Dépakine", "Dépakote"]),
    ("prégabaline", "antiepileptique", ["Lyrica"]),
    ("gabapentine", "antiepileptique", ["Neurontin"]),
    ("prednisone", "corticoide", ["Cortancyl"]),
    ("prednisolone", "corticoide", ["Solupred"]),
    ("méthylprednisolone", "corticoide", ["Solumédrol", "Médrol"]),
    ("méthotrexate", "immunosuppresseur", ["Novatrex", "Imeth", "Metoject"]),
    ("hydroxychloroquine", "antipaludeen", ["Plaquenil"]),
    ("colchicine", "antigoutteux", []),
    ("allopurinol", "hypouricemiant", ["Zyloric"]),
    ("digoxine", "digitalique", ["Hémigoxine"]),
    ("amiodarone", "antiarythmique", ["Cordarone"]),
    ("flécaïnide", "antiarythmique", ["Flécaïne"]),
    ("salbutamol", "bronchodilatateur", ["Ventoline"]),
    ("tiotropium", "bronchodilatateur", ["Spiriva"]),
    ("montélukast", "antileucotriene", ["Singulair"]),
    ("tamsulosine", "alphabloquant", ["Omix", "Josir"]),
    ("alfuzosine", "alphabloquant", ["Xatral"]),
    ("oxybutynine", "anticholinergique", ["Ditropan"]),
    ("solifénacine", "anticholinergique", ["Vésicare"]),
    ("macrogol", "laxatif", ["Forlax", "Movicol"]),
    ("lactulose", "laxatif", ["Duphalac"]),
    ("phloroglucinol", "antispasmodique", ["Spasfon"]),
    ("métoclopramide", "antiemetique", ["Primpéran"]),
    ("dompéridone", "antiemetique", ["Motilium"]),
    ("cholécalciférol", "vitamine", ["Uvedose"]),
    ("valaciclovir", "antiviral", ["Zelitrex"]),
    ("oséltamivir", "antiviral", ["Tamiflu"]),
    ("terbinafine", "antifongique", ["Lamisil"]),
    ("fluconazole", "antifongique", ["Triflucan"]),
    ("baclofène", "myorelaxant", ["Liorésal"]),
    ("sumatriptan", "triptan", ["Imigrane"]),
    ("clomifène", "inducteur_ovulation", ["Clomid"]),
    ("ropinirole", "antiparkinsonien", ["Requip"]),
    ("rasagiline", "antiparkinsonien", ["Azilect"]),
    ("dopamine", "catecholamine", []),
    ("dobutamine", "catecholamine", []),
    ("sulfate ferreux", "fer", ["Tardyferon"]),
]

# Look-alike / sound-alike pairs (both directions are used).
LASA_PAIRS = [
    ("hydroxyzine", "hydralazine"),
    ("Lamictal", "Lamisil"),
    ("Keppra", "Kaletra"),
    ("Zyprexa", "Zyrtec"),
    ("Seroplex", "Seropram"),
    ("NovoRapid", "NovoMix"),
    ("carbamazépine", "oxcarbazépine"),
    ("clomipramine", "clomifène"),
    ("morphine", "hydromorphone"),
    ("doxycycline", "doxylamine"),
    ("rispéridone", "ropinirole"),
    ("dopamine", "dobutamine"),
    ("Dépakine", "Dépakote"),
    ("Solupred", "Solumédrol"),
    ("Célestène", "Célestamine"),
]

# Usual maximum adult daily dose, in mg (for the "dose" type).
DOSE_MAX_MG = {
    "paracétamol": 4000,
    "ibuprofène": 2400,
    "kétoprofène": 300,
    "diclofénac": 150,
    "tramadol": 400,
    "colchicine": 3,
    "méthotrexate": 30,
    "digoxine": 0.5,
    "metformine": 3000,
    "allopurinol": 900,
    "lévothyroxine": 0.3,
    "amlodipine": 10,
    "bisoprolol": 20,
    "ramipril": 10,
    "périndopril": 10,
    "atorvastatine": 80,
    "rosuvastatine": 40,
    "simvastatine": 40,
    "apixaban": 20,
    "rivaroxaban": 30,
    "zolpidem": 10,
    "zopiclone": 7.5,
    "oxazépam": 60,
    "alprazolam": 4,
    "lorazépam": 7.5,
    "bromazépam": 12,
    "hydroxyzine": 100,
    "escitalopram": 20,
    "citalopram": 40,
    "sertraline": 200,
    "paroxétine": 50,
    "fluoxétine": 60,
    "olanzapine": 20,
    "halopéridol": 20,
    "warfarine": 15,
    "fluindione": 40,
    "amiodarone": 1200,
    "gliclazide": 320,
    "glimépiride": 6,
    "sitagliptine": 100,
    "propranolol": 320,
    "valaciclovir": 3000,
    "cétirizine": 20,
    "desloratadine": 10,
    "lamotrigine": 500,
    "lévétiracétam": 3000,
    "prégabaline": 600,
    "gabapentine": 3600,
    "oséltamivir": 150,
    "doxycycline": 200,
    "amoxicilline": 6000,
    "ciprofloxacine": 1500,
    "ofloxacine": 800,
    "prednisone": 80,
    "prednisolone": 80,
    "furosémide": 1000,
    "spironolactone": 200,
    "clopidogrel": 300,
    "aspirine": 3000,
    "mirtazapine": 45,
    "lithium": 2400,
}

# Replacement drugs for the "drug" type (one per class, common in France).
REPLACEMENTS = [
    "amlodipine",
    "ramipril",
    "bisoprolol",
    "furosémide",
    "atorvastatine",
    "metformine",
    "oméprazole",
    "sertraline",
    "zolpidem",
    "tramadol",
    "amoxicilline",
    "ciprofloxacine",
    "prednisolone",
    "allopurinol",
    "lévothyroxine",
    "clopidogrel",
    "rivaroxaban",
    "ibuprofène",
    "cétirizine",
    "salbutamol",
    "tamsulosine",
    "macrogol",
    "lithium",
    "warfarine",
    "gliclazide",
    "spironolactone",
    "prégabaline",
    "olanzapine",
]


def _fold(s):
    """Lower-case and strip accents (for matching)."""
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(ch for ch in s if unicodedata.category(ch) != "Mn").replace("œ", "oe")


# folded alias -> (inn, class)
_ALIASES = {}
for _inn, _cls, _brands in LEXICON:
    for _name in [_inn, *_brands]:
        _ALIASES[_fold(_name)] = (_inn, _cls)
_LASA = {}
for _a, _b in LASA_PAIRS:
    _LASA.setdefault(_fold(_a), _b)
    _LASA.setdefault(_fold(_b), _a)

WORD_RE = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿœŒ]{2,}")


def drug_mentions(text):
    """[(start, end, surface, inn, cls)] for every lexicon drug token in text."""
    out = []
    for m in WORD_RE.finditer(text):
        info = _ALIASES.get(_fold(m.group()))
        if info:
            out.append((m.start(), m.end(), m.group(), info[0], info[1]))
    # two-word INN "sulfate ferreux"
    for m in re.finditer(r"sulfate ferreux", text, re.I):
        out.append((m.start(), m.end(), m.group(), "sulfate ferreux", "fer"))
    return sorted(out)


def find_drug_in(text, inn):
    """Surface form of the first mention of drug `inn` (any alias) in text."""
    for _s, _e, surf, i, _ in drug_mentions(text):
        if i == inn:
            return surf
    return None


# --------------------------------------------------------------------------
# Numbers and units
# --------------------------------------------------------------------------
_SEP = "[ \u00a0\u202f]"
NUM = r"(?P<num>\d{1,3}(?:" + _SEP + r"\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
UNIT_ALT = (
    r"mmol/L|µmol/L|μmol/L|mUI/L|ng/mL|g/dL|mg/L|g/L|µg/L|mL/min|mg|µg|μg|mcg|g|mL|ml|L|UI|kg|mmHg|"
    r"%|°C|heures|h|jours|semaines|mois|comprimés|comprimé|cp|gélules|gélule|gouttes|goutte|"
    r"bouffées|bouffée|sachets|sachet|séances|minutes|min|ans"
)
VALUE_UNIT_RE = re.compile(
    r"(?<![\w,./])" + NUM + r"(?P<sp>[ \u00a0\u202f]?)(?P<unit>" + UNIT_ALT + r")(?![\w])"
)
DOSE_UNITS = {"mg": 1.0, "g": 1000.0, "µg": 0.001, "μg": 0.001}
UNIT_SWAPS = {
    "mg": ["µg", "g"],
    "g": ["mg"],
    "µg": ["mg"],
    "μg": ["mg"],
    "mL": ["L"],
    "ml": ["L"],
    "L": ["mL"],
    "UI": ["mg"],
}


def parse_fr_number(s):
    s = re.sub(_SEP, "", s)
    return float(s.replace(",", "."))


def format_fr_number(v, like):
    """Format v in French (decimal comma), grouping thousands like `like`."""
    # only the decimals the value needs: never create a trailing zero ("2,50")
    decimals = 0
    if abs(v - round(v)) > 1e-9:
        decimals = len(f"{round(v, 4):.4f}".rstrip("0").split(".")[1])
    txt = f"{v:.{decimals}f}"
    intpart, _, frac = txt.partition(".")
    grouped = re.search(_SEP, like)
    if grouped and len(intpart) > 3:
        sep = grouped.group()
        rev = intpart[::-1]
        intpart = sep.join(rev[i : i + 3] for i in range(0, len(rev), 3))[::-1]
    return intpart + ("," + frac if frac else "")


# --------------------------------------------------------------------------
# Document with span tracking
# --------------------------------------------------------------------------
class Doc:
    """Text being edited plus the spans of annotations that must be preserved."""

    def __init__(self, text):
        self.text = text
        self.spans = []  # list of [start, end] (mutable, shifted on edits)

    def free(self, start, end, margin=1):
        return all(end + margin <= a or start >= b + margin for a, b in self.spans)

    def replace(self, start, end, new):
        delta = len(new) - (end - start)
        self.text = self.text[:start] + new + self.text[end:]
        for sp in self.spans:
            if sp[0] >= end:
                sp[0] += delta
                sp[1] += delta
        return delta

    def add_span(self, start, end):
        sp = [start, end]
        self.spans.append(sp)
        return sp


class Candidate:
    """Replace text[start:end] by `new`.

    The annotation covers [start + ms, start + me) in the edited text; me may
    exceed len(new) when the annotated phrase runs past the edit (e.g. the
    term that follows a deleted "pas de ").  cover_end is the end, in original
    coordinates, of everything the edit and its annotation touch.
    """

    def __init__(self, start, end, new, ms=0, me=None, source_text=None, note="", cover_end=None):
        self.start, self.end, self.new = start, end, new
        self.ms, self.me = ms, (len(new) if me is None else me)
        self.source_text, self.note = source_text, note
        self.cover_end = max(end, cover_end or end)


def _apply(doc, cand, type_):
    doc.replace(cand.start, cand.end, cand.new)
    span = doc.add_span(cand.start + cand.ms, cand.start + cand.me)
    return {"type": type_, "_span": span, "source_text": cand.source_text, "note": cand.note}


def _pick(doc, cands, rng):
    cands = [c for c in cands if doc.free(c.start, c.cover_end)]
    if not cands:
        return None
    return rng.choice(cands)


def _in_source(source, s):
    return s if s and s in source else None


# --------------------------------------------------------------------------
# Planters: each returns an error dict (with "_span") or None
# --------------------------------------------------------------------------
QUANTITY_UNITS = {
    "mg",
    "g",
    "µg",
    "μg",
    "mcg",
    "mL",
    "ml",
    "L",
    "UI",
    "cp",
    "comprimés",
    "comprimé",
    "gélules",
    "gélule",
    "gouttes",
    "goutte",
    "bouffées",
    "bouffée",
    "sachets",
    "sachet",
}


def _number_options(v, num, unit, rng):
    """Plausible wrong values for v (same unit)."""
    decimal = "," in num
    if unit in QUANTITY_UNITS:
        opts = [v * 2]
        if decimal or (v / 2) == int(v / 2):
            opts.append(v / 2)
        digits = re.sub(r"\D", "", num)
        if len(digits) >= 2 and digits[0] != digits[1] and not decimal and not re.search(_SEP, num):
            opts.append(float(digits[1] + digits[0] + digits[2:]))
        return opts
    # measurements, durations, ages...: small shift
    if decimal:
        step = 10 ** -len(num.split(",")[1])
        opts = [v + k * step for k in (-3, -2, 2, 3) if v + k * step > 0]
    else:
        opts = [v + k for k in (-3, -2, -1, 1, 2, 3) if v + k > 0] if v > 3 else [v + 1, v * 2]
    if unit == "%":
        opts = [o for o in opts if o <= 100]
    if unit in ("h", "heures"):
        opts = [o for o in opts if o <= 24 or v > 24]
    return opts


def plant_number(doc, source, rng):
    cands = []
    t = doc.text
    for m in VALUE_UNIT_RE.finditer(t):
        num, unit = m.group("num"), m.group("unit")
        if unit == "%" and re.search(r"\bIC(?: à)?\s?$", t[max(0, m.start() - 6) : m.start()]):
            continue  # confidence level ("IC 95 %")
        v = parse_fr_number(num)
        if v == 0:
            continue
        options = _number_options(v, num, unit, rng)
        if not options:
            continue
        new_num = format_fr_number(rng.choice(options), num)
        if new_num == num or (new_num.startswith("0") and not new_num.startswith("0,")):
            continue
        if (
            unit in ("comprimé", "gélule", "goutte", "bouffée", "sachet")
            and parse_fr_number(new_num) >= 2
        ):
            unit += "s"
        new = new_num + m.group("sp") + unit
        cands.append(
            Candidate(
                m.start(),
                m.end(),
                new,
                source_text=_in_source(source, m.group()),
                note=f"Valeur modifiée : {m.group()} → {new}.",
            )
        )
    c = _pick(doc, cands, rng)
    return _apply(doc, c, "number") if c else None


def plant_unit(doc, source, rng):
    cands = []
    for m in VALUE_UNIT_RE.finditer(doc.text):
        unit = m.group("unit")
        if unit not in UNIT_SWAPS:
            continue
        if doc.text[m.end() : m.end() + 1] == "/":  # concentrations such as mg/L
            continue
        new_unit = rng.choice(UNIT_SWAPS[unit])
        new = m.group("num") + m.group("sp") + new_unit
        cands.append(
            Candidate(
                m.start(),
                m.end(),
                new,
                source_text=_in_source(source, m.group()),
                note=f"Unité modifiée : {m.group()} → {new}.",
            )
        )
    c = _pick(doc, cands, rng)
    return _apply(doc, c, "unit") if c else None


_COUNT_WORDS = {
    "une": "deux",
    "deux": "trois",
    "trois": "deux",
    "quatre": "trois",
    "cinq": "trois",
    "six": "quatre",
}
_COUNT_DIGITS = {"1": "2", "2": "3", "3": "2", "4": "3", "5": "3", "6": "4"}
_HOURS = {
    "2": "4",
    "3": "6",
    "4": "6",
    "6": "8",
    "8": "12",
    "12": "8",
    "24": "12",
    "48": "24",
    "72": "48",
}
_DAYS = {"2": "3", "3": "2", "7": "3", "14": "7", "10": "5", "5": "10"}


def plant_frequency(doc, source, rng):
    t = doc.text
    cands = []

    def add(m, new, label=None):
        cands.append(
            Candidate(
                m.start(),
                m.end(),
                new,
                source_text=_in_source(source, m.group()),
                note=f"Fréquence modifiée : « {m.group()} » → « {new} ».",
            )
        )

    for m in re.finditer(r"\b[xX×]\s?([1-6])\s?/\s?(j|jour)\b", t):
        add(
            m,
            m.group()[: m.start(1) - m.start()]
            + _COUNT_DIGITS[m.group(1)]
            + m.group()[m.end(1) - m.start() :],
        )
    for m in re.finditer(
        r"\b(une|deux|trois|quatre|cinq|six|[1-6]) (fois|prises) par (jour|24 ?h)\b", t
    ):
        w = m.group(1)
        nw = _COUNT_WORDS.get(w) or _COUNT_DIGITS.get(w)
        add(m, nw + m.group()[len(w) :])
    for m in re.finditer(r"\bmatin, midi et soir\b", t):
        add(m, "matin et soir")
    for m in re.finditer(r"\bmatin et soir\b", t):
        add(m, "le matin")
    for m in re.finditer(r"\btoutes les (\d+) ?(h|heures)\b", t):
        if m.group(1) in _HOURS:
            add(
                m,
                m.group()[: m.start(1) - m.start()]
                + _HOURS[m.group(1)]
                + m.group()[m.end(1) - m.start() :],
            )
    for m in re.finditer(r"\btous les (\d+) jours\b", t):
        if m.group(1) in _DAYS:
            add(
                m,
                m.group()[: m.start(1) - m.start()]
                + _DAYS[m.group(1)]
                + m.group()[m.end(1) - m.start() :],
            )
    for m in re.finditer(r"\b(une fois|1 fois) par semaine\b", t):
        add(m, m.group(1) + " par jour")
    c = _pick(doc, cands, rng)
    return _apply(doc, c, "frequency") if c else None


def _match_case(new, like):
    if like[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _paired(mentions, k):
    """True if mention k sits right next to another name of the same drug
    ("furosémide (Lasilix)"): changing one of them alone would be incoherent."""
    s, e, _, inn, _ = mentions[k]
    for j, (s2, e2, _, inn2, _) in enumerate(mentions):
        if j != k and inn2 == inn and (0 <= s2 - e <= 4 or 0 <= s - e2 <= 4):
            return True
    return False


def _elided(text, start):
    return bool(re.search(r"\b[lLdD]['’]$", text[max(0, start - 2) : start]))


def _article_needs_consonant(text, start):
    """'la', 'le', 'du', 'de' before the name: a vowel-initial replacement would need elision."""
    return bool(re.search(r"\b(?:la|le|du|de|La|Le|Du|De) $", text[max(0, start - 3) : start]))


_VOWELS = "aeiouyéèêàâîôûh"


def plant_drug(doc, source, rng):
    present = {_fold(x[3]) for x in drug_mentions(source)} | {
        _fold(x[3]) for x in drug_mentions(doc.text)
    }
    cands = []
    mentions = drug_mentions(doc.text)
    for k, (s, e, surf, inn, cls) in enumerate(mentions):
        if " " in surf or _paired(mentions, k):
            continue
        pool = [r for r in REPLACEMENTS if _ALIASES[_fold(r)][1] != cls and _fold(r) not in present]
        if _elided(doc.text, s):
            pool = [r for r in pool if r[0].lower() in _VOWELS]
        elif _article_needs_consonant(doc.text, s):
            pool = [r for r in pool if r[0].lower() not in _VOWELS]
        if not pool:
            continue
        new = _match_case(rng.choice(pool), surf)
        cands.append(
            Candidate(
                s,
                e,
                new,
                source_text=_in_source(source, find_drug_in(source, inn)),
                note=f"Médicament remplacé : {surf} → {new}.",
            )
        )
    c = _pick(doc, cands, rng)
    return _apply(doc, c, "drug") if c else None


_VOWEL_SWAP = {"a": "o", "o": "a", "e": "i", "i": "e", "u": "o", "é": "e", "y": "i"}


def _misspell(word, rng):
    idx = [i for i in range(2, len(word) - 2) if word[i].lower() in _VOWEL_SWAP]
    rng.shuffle(idx)
    for i in idx:
        rep = _VOWEL_SWAP[word[i].lower()]
        cand = word[:i] + (rep.upper() if word[i].isupper() else rep) + word[i + 1 :]
        if _fold(cand) not in _ALIASES and _fold(cand) not in _LASA:
            return cand
    return None


def plant_lasa(doc, source, rng):
    cands, fallback = [], []
    mentions = drug_mentions(doc.text)
    paired = {mentions[k][0] for k in range(len(mentions)) if _paired(mentions, k)}
    for m in WORD_RE.finditer(doc.text):
        f = _fold(m.group())
        if m.start() in paired:
            continue
        if f in _LASA and _elided(doc.text, m.start()) and _LASA[f][0].lower() not in _VOWELS:
            continue
        if (
            f in _LASA
            and _article_needs_consonant(doc.text, m.start())
            and _LASA[f][0].lower() in _VOWELS
        ):
            continue
        if f in _LASA:
            new = _match_case(_LASA[f], m.group())
            cands.append(
                Candidate(
                    m.start(),
                    m.end(),
                    new,
                    source_text=_in_source(source, m.group()),
                    note=f"Confusion de noms proches : {m.group()} → {new}.",
                )
            )
        elif f in _ALIASES and len(m.group()) >= 6:
            new = _misspell(m.group(), rng)
            if new:
                fallback.append(
                    Candidate(
                        m.start(),
                        m.end(),
                        new,
                        source_text=_in_source(source, m.group()),
                        note=f"Nom de médicament déformé : {m.group()} → {new}.",
                    )
                )
    c = _pick(doc, cands, rng) or _pick(doc, fallback, rng)
    return _apply(doc, c, "lasa") if c else None


def plant_drug_omission(doc, source, rng):
    t = doc.text
    src_inns = {x[3] for x in drug_mentions(source)}
    segments = []  # (start, end) of removable segments
    pos = 0
    for line in t.splitlines(keepends=True):
        body = line.rstrip("\n")
        stripped = body.lstrip()
        if re.match(r"([-•–*|]|\d+[).]) ", stripped):
            segments.append((pos, pos + len(line)))
        elif ";" in body:
            first = body.index(";")
            colon = body.rfind(":", 0, first)
            content_start = colon + 1 if colon >= 0 else 0
            items = [(m.start(), m.end()) for m in re.finditer(r"[^;]+", body[content_start:])]
            items = [(content_start + a, content_start + b) for a, b in items]
            # trim whitespace / final punctuation inside each item
            trimmed = []
            for a, b in items:
                txt = body[a:b]
                a2 = a + (len(txt) - len(txt.lstrip()))
                b2 = a + len(txt.rstrip().rstrip(".").rstrip())
                trimmed.append((a2, b2))
            for k, (a, b) in enumerate(trimmed):
                if b <= a:
                    continue
                if k + 1 < len(trimmed):
                    segments.append((pos + a, pos + trimmed[k + 1][0]))
                elif k > 0:
                    segments.append((pos + trimmed[k - 1][1], pos + b))
        pos += len(line)
    cands = []
    for s, e in segments:
        seg = t[s:e]
        inns = {x[3] for x in drug_mentions(seg)}
        if len(inns) != 1:
            continue
        inn = next(iter(inns))
        if inn not in src_inns:
            continue
        rest = t[:s] + t[e:]
        if any(x[3] == inn for x in drug_mentions(rest)):
            continue
        if s == 0 and e == len(t):
            continue
        cands.append(
            Candidate(
                s,
                e,
                "",
                source_text=find_drug_in(source, inn),
                note=f"Médicament omis de la liste : {find_drug_in(source, inn)}.",
            )
        )
    cands = [c for c in cands if doc.free(c.start, c.end)]
    if not cands:
        return None
    c = rng.choice(cands)
    doc.replace(c.start, c.end, "")
    return {
        "type": "drug_omission",
        "_span": None,
        "source_text": c.source_text,
        "note": c.note,
        "_removed": (c.start, t[c.start : c.end]),
    }


_TERM_STOP = re.compile(r"[,;.:()\n]|\s(?:ni|et|ou|mais|sous|avec|sans)\s")


def _term_end(t, start, max_words=3):
    m = _TERM_STOP.search(t, start)
    limit = m.start() if m else len(t)
    words = list(re.finditer(r"\S+", t[start:limit]))
    if not words:
        return start
    return start + words[min(max_words, len(words)) - 1].end()


_STOPWORDS = {
    "à",
    "a",
    "de",
    "du",
    "des",
    "en",
    "si",
    "le",
    "la",
    "les",
    "dès",
    "avec",
    "sans",
    "pendant",
    "après",
    "avant",
    "sur",
    "par",
    "pour",
    "chez",
    "dans",
    "que",
    "qui",
    "et",
    "ou",
    "un",
    "une",
}


def _removal_candidates(t, marker_re, kind, source):
    out = []
    for m in marker_re.finditer(t):
        term_start = m.end()
        if term_start >= len(t) or not t[term_start].isalpha():
            continue
        first_word = re.match(r"[\w\-]+", t[term_start:])
        if first_word and first_word.group().lower() in _STOPWORDS:
            continue
        before = t[max(0, m.start() - 30) : m.start()]
        if re.search(r"[lLdD]['’]$", before):  # "en l'absence de"
            continue
        if re.search(r"\b(?:ne|n['’])\s?\w+\s$", before, re.I):  # "ne montrait pas de"
            continue
        if first_word and re.match(r"connu", first_word.group().lower()):  # "aucune connue"
            continue
        term_end = _term_end(t, term_start)
        if term_end <= term_start:
            continue
        cap = m.group()[0].isupper()
        first = t[term_start]
        new = first.upper() if cap else first
        span_len = term_end - term_start
        out.append(
            Candidate(
                m.start(),
                term_start + 1,
                new,
                0,
                span_len,
                cover_end=term_end,
                source_text=_in_source(source, t[m.start() : term_end]),
                note=f"{kind} : « {t[m.start() : term_end]} » → « {new + t[term_start + 1 : term_end]} ».",
            )
        )
    return out


def plant_negation(doc, source, rng):
    t = doc.text
    cands = _removal_candidates(
        t,
        re.compile(r"\b(?:[Pp]as d(?:e |')|[Aa]bsence d(?:e |')|[Aa]ucune? )"),
        "Négation supprimée",
        source,
    )
    for m in re.finditer(r"\b([Nn]'|[Nn]e )(\w+) pas (\w+)", t):
        if m.group(3).lower() in ("de", "d", "du", "des"):
            continue
        new = m.group(2) + " " + m.group(3)
        if m.group(1)[0].isupper():
            new = new[0].upper() + new[1:]
        cands.append(
            Candidate(
                m.start(),
                m.end(),
                new,
                source_text=_in_source(source, m.group()),
                note=f"Négation supprimée : « {m.group()} » → « {new} ».",
            )
        )
    for m in re.finditer(r"\b([Ss]ans) (?=\w)", t):
        nxt = re.match(r"[\w\-]+", t[m.end() :]).group().lower()
        if nxt in _STOPWORDS or re.search(r"(er|ir|dre|tre|oir|ire)$", nxt):
            continue  # "sans dépasser", "sans attendre": not a finding
        new = "Avec " if m.group(1)[0] == "S" else "avec "
        te = _term_end(t, m.end())
        cands.append(
            Candidate(
                m.start(),
                m.end(),
                new,
                0,
                len(new) + te - m.end(),
                cover_end=te,
                source_text=_in_source(source, t[m.start() : te]),
                note=f"« sans » remplacé par « avec » : {t[m.start() : te]}.",
            )
        )
    flips = {
        "apyrétique": "fébrile",
        "fébrile": "apyrétique",
        "négatif": "positif",
        "négative": "positive",
        "négatifs": "positifs",
        "négatives": "positives",
        "positif": "négatif",
        "positive": "négative",
        "Présence": "Absence",
        "présence": "absence",
    }
    for m in re.finditer(r"\b(" + "|".join(flips) + r")\b", t):
        new = flips[m.group()]
        cands.append(
            Candidate(
                m.start(),
                m.end(),
                new,
                source_text=_in_source(source, m.group()),
                note=f"Polarité inversée : {m.group()} → {new}.",
            )
        )
    c = _pick(doc, cands, rng)
    return _apply(doc, c, "negation") if c else None


def plant_hypothesis(doc, source, rng):
    t = doc.text
    cands = _removal_candidates(
        t,
        re.compile(
            r"\b(?:[Ss]uspicion d(?:e |')|[Hh]ypothèse d(?:e |')|[Pp]robable |[Pp]ossible |"
            r"[Éé]voquant une? |[Éé]vocateur d(?:e |')|[Ss]uspecté(?:e)? d(?:e |'))"
        ),
        "Hypothèse présentée comme certaine",
        source,
    )
    for m in re.finditer(r"(\w[\w\-]*) (probable|suspecté|suspectée|à confirmer)\b", t):
        cands.append(
            Candidate(
                m.start(1),
                m.end(),
                m.group(1),
                source_text=_in_source(source, m.group()),
                note=f"Qualificatif d'incertitude supprimé : « {m.group()} ».",
            )
        )
    for m in re.finditer(r"\b(pourrait|pourraient) être\b", t):
        new = "est" if m.group(1) == "pourrait" else "sont"
        cands.append(
            Candidate(
                m.start(),
                m.end(),
                new,
                source_text=_in_source(source, m.group()),
                note=f"Conditionnel transformé en affirmation : « {m.group()} » → « {new} ».",
            )
        )
    c = _pick(doc, cands, rng)
    return _apply(doc, c, "hypothesis") if c else None


_FEM = set(
    [
        "main",
        "jambe",
        "hanche",
        "épaule",
        "cheville",
        "cuisse",
        "oreille",
        "joue",
        "fesse",
        "narine",
        "cornée",
        "artère",
        "veine",
        "carotide",
        "fosse",
        "région",
        "base",
        "face",
        "paupière",
        "plèvre",
        "glande",
        "parotide",
        "amygdale",
        "trompe",
        "annexe",
        "crête",
        "clavicule",
        "côte",
        "omoplate",
        "rotule",
        "malléole",
        "partie",
        "aisselle",
        "aine",
        "lèvre",
        "mâchoire",
        "tempe",
        "sonde",
        "prothèse",
        "mamelle",
        "hémiface",
        "fracture",
        "lésion",
        "zone",
        "branche",
        "coronaire",
        "mâchoire",
        "voûte",
        "corde",
    ]
)
_MASC = set(
    [
        "genou",
        "pied",
        "bras",
        "coude",
        "poignet",
        "œil",
        "oeil",
        "rein",
        "poumon",
        "membre",
        "côté",
        "lobe",
        "hémithorax",
        "hémicorps",
        "ovaire",
        "testicule",
        "orteil",
        "doigt",
        "pouce",
        "talon",
        "mollet",
        "sein",
        "tympan",
        "conduit",
        "uretère",
        "ventricule",
        "atrium",
        "hypochondre",
        "flanc",
        "hallux",
        "champ",
        "nerf",
        "tendon",
        "ménisque",
        "canal",
        "sinus",
        "ligament",
        "hémisphère",
        "quadrant",
        "territoire",
        "col",
        "fémur",
        "tibia",
        "humérus",
        "radius",
        "cubitus",
        "péroné",
        "gril",
        "cerveau",
        "hile",
    ]
)


def _gender_before(t, pos):
    """'f', 'm' or None: gender of the noun that a side adjective at pos qualifies."""
    window = t[max(0, pos - 60) : pos]
    window = re.split(r"[,;.:\n()]", window)[-1]
    words = re.findall(r"[\wœ\-']+", window)
    for w in reversed(words[-5:]):
        lw = w.lower().split("'")[-1]
        if lw in _FEM:
            return "f"
        if lw in _MASC:
            return "m"
        if lw.endswith("ée") or lw.endswith("ale"):
            return "f"
        if lw.endswith("al") or lw.endswith("é"):
            return "m"
    return None


def plant_laterality(doc, source, rng):
    t = doc.text
    cands = []
    for m in re.finditer(r"\b(droite|droites|droits|droit|gauches|gauche)\b", t):
        w = m.group()
        before = t[max(0, m.start() - 2) : m.start()]
        if w.startswith("droit"):
            new = "gauches" if w.endswith("s") else "gauche"
        else:
            if before == "à ":
                new = "droite"
            else:
                g = _gender_before(t, m.start())
                if g is None:
                    continue
                new = ("droite" if g == "f" else "droit") + ("s" if w.endswith("s") else "")
        # annotate the site + side ("genou droit") when the noun is just before
        pm = re.search(r"([\wœ\-]+) $", t[max(0, m.start() - 40) : m.start()])
        if pm and pm.group(1).lower() in _FEM | _MASC:
            start = m.start() - len(pm.group(0))
            new_full = pm.group(0) + new
            cands.append(
                Candidate(
                    start,
                    m.end(),
                    new_full,
                    source_text=_in_source(source, t[start : m.end()]),
                    note=f"Côté inversé : « {t[start : m.end()]} » → « {new_full} ».",
                )
            )
        else:
            cands.append(
                Candidate(
                    m.start(), m.end(), new, source_text=None, note=f"Côté inversé : {w} → {new}."
                )
            )
    c = _pick(doc, cands, rng)
    return _apply(doc, c, "laterality") if c else None


MONTHS = [
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
]


def _date_forms(d):
    return {
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day}/{d.month}/{d.year}",
        f"{'1er' if d.day == 1 else d.day} {MONTHS[d.month - 1]} {d.year}",
    }


def plant_date(doc, source, rng):
    import datetime as dt

    t = doc.text
    cands = []

    def shifted(day, month, year):
        try:
            base = dt.date(year, month, day)
        except ValueError:
            return None
        deltas = [d for d in range(-14, 15) if d != 0]
        rng.shuffle(deltas)
        for d in deltas:
            nd = base + dt.timedelta(days=d)
            if not any(f in source for f in _date_forms(nd)):
                return nd
        return None

    for m in re.finditer(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b", t):
        yr = int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0)
        nd = shifted(int(m.group(1)), int(m.group(2)), yr)
        if not nd:
            continue
        dd = f"{nd.day:0{len(m.group(1))}d}"
        mm = f"{nd.month:0{len(m.group(2))}d}"
        yy = str(nd.year)[-len(m.group(3)) :]
        cands.append(
            Candidate(
                m.start(),
                m.end(),
                f"{dd}/{mm}/{yy}",
                source_text=None,
                note=f"Date décalée : {m.group()} → {dd}/{mm}/{yy}.",
            )
        )
    for m in re.finditer(r"\b(1er|\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b", t):
        day = 1 if m.group(1) == "1er" else int(m.group(1))
        nd = shifted(day, MONTHS.index(m.group(2)) + 1, int(m.group(3)))
        if not nd:
            continue
        new = f"{'1er' if nd.day == 1 else nd.day} {MONTHS[nd.month - 1]} {nd.year}"
        cands.append(
            Candidate(
                m.start(),
                m.end(),
                new,
                source_text=None,
                note=f"Date décalée : {m.group()} → {new}.",
            )
        )
    for m in re.finditer(r"\b(?:le|du|au|jusqu'au|dès le|depuis le) (\d{1,2})/(\d{1,2})\b(?!/)", t):
        nd = shifted(int(m.group(1)), int(m.group(2)), 2000)
        if not nd:
            continue
        new = f"{nd.day:0{len(m.group(1))}d}/{nd.month:0{len(m.group(2))}d}"
        cands.append(
            Candidate(
                m.start(1),
                m.end(),
                new,
                source_text=None,
                note=f"Date décalée : {m.group(1)}/{m.group(2)} → {new}.",
            )
        )
    c = _pick(doc, cands, rng)
    return _apply(doc, c, "date") if c else None


def plant_citation(doc, source, rng):
    t = doc.text
    cands = []
    name = r"[A-ZÀ-Ý][\w'\-]+"
    for m in re.finditer(
        r"\b(" + name + r"(?:\s(?:et al\.|et " + name + r"|and " + name + r"))?),\s(\d{4})\b", t
    ):
        year = int(m.group(2))
        for d in rng.sample([-3, -2, -1, 1, 2, 3], 6):
            new = f"{m.group(1)}, {year + d}"
            if new not in source:
                break
        cands.append(
            Candidate(
                m.start(),
                m.end(),
                new,
                source_text=_in_source(source, m.group()),
                note=f"Année de la référence modifiée : {m.group()} → {new}.",
            )
        )

    def alter_digits(s, start_at):
        pos = [i for i in range(start_at, len(s)) if s[i].isdigit()]
        if not pos:
            return None
        i = rng.choice(pos)
        return s[:i] + str((int(s[i]) + rng.choice([1, 2, 3, 7])) % 10) + s[i + 1 :]

    for m in re.finditer(r"\b10\.\d{4,9}/[^\s;,)]+", t):
        doi = m.group().rstrip(".")
        new = alter_digits(doi, doi.index("/") + 1)
        if new and new != doi:
            cands.append(
                Candidate(
                    m.start(),
                    m.start() + len(doi),
                    new,
                    source_text=_in_source(source, doi),
                    note=f"DOI altéré : {doi} → {new}.",
                )
            )
    for m in re.finditer(r"\bPMID:?\s?(\d{6,9})\b", t):
        new_id = alter_digits(m.group(1), 0)
        if new_id and new_id != m.group(1):
            new = m.group()[: m.start(1) - m.start()] + new_id
            cands.append(
                Candidate(
                    m.start(),
                    m.end(),
                    new,
                    source_text=_in_source(source, m.group()),
                    note=f"PMID altéré : {m.group()} → {new}.",
                )
            )
    c = _pick(doc, cands, rng)
    return _apply(doc, c, "citation") if c else None


def plant_notation(doc, source, rng):
    cands = []
    for m in VALUE_UNIT_RE.finditer(doc.text):
        num, sp, unit = m.group("num"), m.group("sp"), m.group("unit")
        plain = not re.search(_SEP, num)
        if unit in ("mg", "g", "µg", "μg", "mL") and plain and "," not in num:
            new = f"{num},0{sp}{unit}"
            cands.append((m, new, "zéro final après la virgule"))
        if unit in ("mg", "g", "µg", "μg", "mL") and num.startswith("0,"):
            new = f"{num[1:]}{sp}{unit}"
            cands.append((m, new, "décimale sans zéro initial"))
        if unit == "UI":
            cands.append((m, f"{num}{sp}U", "« U » pour unités"))
        if unit in ("mL", "ml"):
            cands.append((m, f"{num}{sp}cc", "« cc » pour mL"))
        if unit in ("µg", "μg"):
            cands.append(
                (m, f"{num}{sp}{rng.choice(['mcg', 'ug'])}", "abréviation ambiguë du microgramme")
            )
    cc = [
        Candidate(
            m.start(),
            m.end(),
            new,
            source_text=_in_source(source, m.group()),
            note=f"Notation à risque ({label}) : {m.group()} → {new}.",
        )
        for m, new, label in cands
    ]
    c = _pick(doc, cc, rng)
    return _apply(doc, c, "notation") if c else None


def plant_dose(doc, source, rng):
    t = doc.text
    mentions = drug_mentions(t)
    cands = []
    for k, (_s, e, surf, inn, _cls) in enumerate(mentions):
        if inn not in DOSE_MAX_MG:
            continue
        limit = mentions[k + 1][0] if k + 1 < len(mentions) else len(t)
        stop = re.search(r"[;\n]", t[e:limit])
        window_end = min(e + 45, e + stop.start() if stop else limit, limit)
        for m in VALUE_UNIT_RE.finditer(t, e, window_end):
            unit = m.group("unit")
            if unit not in DOSE_UNITS:
                continue
            v = parse_fr_number(m.group("num"))
            if v * 10 * DOSE_UNITS[unit] <= DOSE_MAX_MG[inn]:
                break
            new = format_fr_number(v * 10, m.group("num")) + m.group("sp") + unit
            cands.append(
                Candidate(
                    m.start(),
                    m.end(),
                    new,
                    source_text=_in_source(source, m.group()),
                    note=f"Dose de {surf} multipliée par 10 ({m.group()} → {new}), "
                    f"au-delà du maximum usuel.",
                )
            )
            break
    c = _pick(doc, cands, rng)
    return _apply(doc, c, "dose") if c else None


PLANTERS = {
    "number": plant_number,
    "unit": plant_unit,
    "frequency": plant_frequency,
    "drug": plant_drug,
    "lasa": plant_lasa,
    "drug_omission": plant_drug_omission,
    "negation": plant_negation,
    "hypothesis": plant_hypothesis,
    "date": plant_date,
    "laterality": plant_laterality,
    "citation": plant_citation,
    "notation": plant_notation,
    "dose": plant_dose,
}


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------
def _find_nth(hay, needle, n):
    start = -1
    for _ in range(n):
        start = hay.find(needle, start + 1)
        if start < 0:
            return -1
    return start


def _occurrence(text, sub, pos):
    n, i = 0, -1
    while True:
        i = text.find(sub, i + 1)
        if i < 0 or i > pos:
            return None
        n += 1
        if i == pos:
            return n


def _finalize(doc, err):
    span = err.pop("_span")
    err.pop("_removed", None)
    if span is None:
        ot, occ = None, 1
    else:
        ot = doc.text[span[0] : span[1]]
        occ = _occurrence(doc.text, ot, span[0])
    return {
        "type": err["type"],
        "output_text": ot,
        "occurrence": occ,
        "source_text": err.get("source_text"),
        "note": err.get("note", ""),
    }


def plant(source, output, type_, rng=None):
    """Plant one error of `type_` into output.

    Returns (new_output, error) or None when the type cannot be planted.
    error follows the corpus schema, plus "span": [start, end] of output_text
    in new_output (None for drug_omission).
    """
    rng = rng or random.Random(0)
    doc = Doc(output)
    err = PLANTERS[type_](doc, source, rng)
    if err is None:
        return None
    span = list(err["_span"]) if err.get("_span") else None
    out = _finalize(doc, err)
    out["span"] = span
    return doc.text, out


def _case_rng(seed, cid, tag):
    return random.Random(zlib.crc32(f"{seed}|{cid}|{tag}".encode()))


def inject_case(case, types, rng, existing=True):
    """Plant one error of each type in `types` (in order) into one copy of case.

    Returns (new_case or None, planted_types, skipped_types).
    """
    doc = Doc(case["output"])
    kept = []
    if existing:
        for e in case.get("errors") or []:
            if e.get("output_text"):
                i = _find_nth(doc.text, e["output_text"], e.get("occurrence") or 1)
                if i >= 0:
                    kept.append((e, doc.add_span(i, i + len(e["output_text"]))))
                    continue
            kept.append((e, None))
    planted, skipped, errs = [], [], []
    for t in types:
        err = PLANTERS[t](doc, case["source"], rng)
        if err is None:
            skipped.append(t)
        else:
            planted.append(t)
            errs.append(err)
    if not planted:
        return None, planted, skipped
    errors = []
    for e, sp in kept:
        e = dict(e)
        if sp is not None:
            e["occurrence"] = _occurrence(doc.text, e["output_text"], sp[0])
        errors.append(e)
    errors.extend(_finalize(doc, err) for err in errs)
    new = dict(case)
    new["id"] = f"{case['id']}+" + "+".join(planted)
    new["output"] = doc.text
    new["errors"] = errors
    new.setdefault("genre", case.get("use_case", "unknown"))
    new.setdefault("use_case", new["genre"])
    return new, planted, skipped


def inject_file(in_path, out_path, seed=0, types=None, per_case=1, log=True):
    """Inject into every case of in_path; write out_path. log: True = stderr, None = silent, or a file."""
    if log is True:
        log = sys.stderr
    types = types or list(TYPES)
    for t in types:
        if t not in PLANTERS:
            raise ValueError(f"unknown type {t!r} (known: {', '.join(TYPES)})")
    skipped = {t: 0 for t in types}
    planted = {t: 0 for t in types}
    n_in = n_out = 0
    with open(in_path, encoding="utf-8") as fin, open(out_path, "w", encoding="utf-8") as fout:
        for line in fin:
            if not line.strip():
                continue
            case = json.loads(line)
            n_in += 1
            if per_case <= 1:
                groups = [[t] for t in types]
            else:
                order = list(types)
                _case_rng(seed, case["id"], "order").shuffle(order)
                groups = [order[i : i + per_case] for i in range(0, len(order), per_case)]
            for g in groups:
                rng = _case_rng(seed, case["id"], "+".join(g))
                new, ok, ko = inject_case(case, g, rng)
                for t in ok:
                    planted[t] += 1
                for t in ko:
                    skipped[t] += 1
                if new is not None:
                    fout.write(json.dumps(new, ensure_ascii=False) + "\n")
                    n_out += 1
    if log:
        print(f"inject: {n_in} input cases -> {n_out} output cases", file=log)
        print("  planted: " + ", ".join(f"{t}={n}" for t, n in planted.items()), file=log)
        print(
            f"  skipped (type not plantable in that text): {sum(skipped.values())} — "
            + ", ".join(f"{t}={n}" for t, n in skipped.items() if n),
            file=log,
        )
    return planted, skipped


def main(argv=None):
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--types", default=",".join(TYPES), help="comma-separated list (default: all)")
    ap.add_argument(
        "--per-case", type=int, default=1, help="errors planted per generated case (default 1)"
    )
    args = ap.parse_args(argv)
    types = [t.strip() for t in args.types.split(",") if t.strip()]
    inject_file(args.input, args.output, seed=args.seed, types=types, per_case=args.per_case)
    return 0


if __name__ == "__main__":
    sys.exit(main())
