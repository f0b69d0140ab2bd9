"""Dose plausibility: an adult dose above the usual maximum of a curated table of common and
high-risk drugs (`avec/clinical/data/dose_limits.toml`, sources cited there), and a weekly drug
(méthotrexate) written as daily."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import ClassVar

from avec.clinical.doses import DoseLimit, limits_for
from avec.clinical.drugs import DrugMention
from avec.clinical.posology import Frequency
from avec.clinical.quantities import Quantity
from avec.verify.document import Analysis, Pair
from avec.verify.finding import Finding, Severity
from avec.verify.messages import explain, text

CHECK = "doses"
DAY = 86400.0


_CAP = re.compile(
    r"(?:jamais plus de|pas plus de|sans depasser|ne pas depasser|ne jamais depasser|"
    r"ne depassez (?:jamais|pas)|maximum|max\.?|au maximum|jusqu'a|dans la limite de)\s*$"
)


def _rhythm(out: Analysis, q: Quantity, freqs: list[Frequency]) -> list[float]:
    """The frequency written with a dose: the first one after it on its line ("20 mg : un
    comprimé par jour"), else the last one before it on that line."""
    line_end = out.text.find("\n", q.span.end)
    line_end = len(out.text) if line_end == -1 else line_end
    line_start = out.text.rfind("\n", 0, q.span.start) + 1
    after = [f for f in freqs if q.span.end <= f.span.start < min(line_end, q.span.end + 80)]
    if after:
        return [after[0].per_day]
    before = [f for f in freqs if line_start <= f.span.start and f.span.end <= q.span.start]
    return [before[-1].per_day] if before else []


def _belongs(out: Analysis, q: Quantity, d: DrugMention) -> bool:
    """The dose is written for this drug: anchored to it, or unanchored in a text about this drug
    alone ("… jusqu'à 6 g par jour" in a paracetamol leaflet)."""
    if q.anchor is not None:
        return q.anchor == "drug:" + d.key
    i = bisect_right(out.drug_ends, q.span.start)  # the drugs ending before the dose
    if i == 0 or out.drugs[i - 1] is not d:
        return False
    # "paracétamol 1 g … avec 6 heures entre deux prises, sans dépasser 8 g par jour": the last
    # drug of the same sentence, or the only drug of the text.
    gap = out.text[d.span.end : q.span.start]
    return out.single_drug or ("\n" not in gap and ". " not in gap)


def _fmt(v: float) -> str:
    return f"{round(v, 3):g}".replace(".", ",")


class DoseChecker:
    id: ClassVar[str] = CHECK
    label: ClassVar[str] = "Plausibilité des doses"

    def check(self, pair: Pair) -> Iterator[Finding]:
        out = pair.output
        for d in out.drugs:
            limits = limits_for(d.entry)
            if not limits:
                continue
            doses = [q for q in out.quantities if q.unit is not None and _belongs(out, q, d)]
            freqs = out.frequencies_of(d)
            for q in doses:
                for lim in limits:
                    finding = self._judge(out, d, q, lim, _rhythm(out, q, freqs))
                    if finding is not None:
                        yield finding
                        break

    def _judge(
        self, out: Analysis, d: DrugMention, q: Quantity, lim: DoseLimit, freqs: list[float]
    ) -> Finding | None:
        assert q.unit is not None
        if (
            not q.unit.is_dose()
            or "/volume" in q.unit.dimension  # a concentration (300 UI/mL)
            or "/mass" in q.unit.dimension  # a dose per kg needs the weight
            or q.unit.base_dimension != lim.unit.base_dimension
            or lim.unit.per_time() is not None
        ):
            return None
        period = q.unit.per_time()
        numerator_factor = q.unit.factor * (period or 1.0)  # mg/d -> mg
        amount = (q.high if q.high is not None else q.value) * numerator_factor / lim.unit.factor
        per_day = max(freqs) if freqs else None
        single = amount if period is None else None
        daily = amount * DAY / period if period else (amount * per_day if per_day else None)
        if _CAP.search(out.folded[max(0, q.span.start - 30) : q.span.start]) and not lim.weekly:
            # "jamais plus de 3 mg le premier jour", "sans dépasser 4 g": a ceiling for the day
            single, daily = None, amount if period is None else daily
        name, written, unit = d.span.of(out.text), q.span.of(out.text), lim.unit.code
        if lim.weekly and (
            (per_day is not None and per_day >= 1) or (period is not None and period <= DAY)
        ):
            return self._finding(
                q,
                Severity.ERROR,
                "weekly_as_daily",
                *explain("doses.weekly_as_daily", drug=name, written=written),
                lim,
            )
        if lim.weekly and lim.max_weekly is not None:
            weekly = (
                amount * (7 * per_day if per_day else 1)
                if period is None
                else amount * 7 * DAY / period
            )
            if weekly > lim.max_weekly:
                return self._exceeds(
                    q, name, written, weekly, lim.max_weekly, unit, "doses.per_week", lim
                )
            return None
        if single is not None and lim.max_single is not None and single > lim.max_single:
            return self._exceeds(
                q, name, written, single, lim.max_single, unit, "doses.per_dose", lim
            )
        if daily is not None and lim.max_daily is not None and daily > lim.max_daily:
            return self._exceeds(q, name, written, daily, lim.max_daily, unit, "doses.per_day", lim)
        return None

    def _exceeds(
        self,
        q: Quantity,
        name: str,
        written: str,
        value: float,
        limit: float,
        unit: str,
        per: str,
        lim: DoseLimit,
    ) -> Finding:
        ratio = value / limit
        severity = (
            Severity.ERROR if lim.ceiling and (ratio >= 2 or lim.high_risk) else Severity.WARNING
        )
        shown = unit.replace("ug", "µg").replace("[iU]", "UI")
        return self._finding(
            q,
            severity,
            "above_usual_max",
            *explain(
                "doses.above_usual_max",
                drug=name,
                written=written,
                amount=_fmt(value),
                limit=_fmt(limit),
                unit=shown,
                per=text(per),
                note=lim.note,
            ),
            lim,
        )

    @staticmethod
    def _finding(
        q: Quantity,
        severity: Severity,
        category: str,
        message: str,
        suggestion: str,
        lim: DoseLimit,
    ) -> Finding:
        return Finding(
            CHECK,
            category,
            severity,
            q.span,
            None,
            message,
            suggestion,
            f"Référentiel avec : {lim.inn} — {lim.source}",
        )
