"""Shift dates by a fixed number of days, keeping their written format.

One shift per document or conversation keeps every interval (length of stay, age in days,
delay between two exams) true while the dates themselves stop identifying anyone.
"""

from __future__ import annotations

import datetime as dt
import re

from avec.text.dates import MONTHS, find_dates

_MONTH_NAMES = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                "septembre", "octobre", "novembre", "décembre")  # fmt: skip
_NUMERIC = re.compile(r"(?P<d>\d{1,2})(?P<s>[/.\-])(?P<m>\d{1,2})(?:(?P=s)(?P<y>\d{2}|\d{4}))?")
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
_REFERENCE_YEAR = 2001  # for a day and month written without a year (not a leap year)


def parse(text: str) -> tuple[dt.date, str] | None:
    """The date written in `text` and its kind: full, day-month or month-year."""
    mentions = find_dates(text)
    if len(mentions) != 1:
        return None
    m = mentions[0]
    try:
        if m.day is None:
            return dt.date(m.year or _REFERENCE_YEAR, m.month, 15), "month-year"
        if m.year is None:
            return dt.date(_REFERENCE_YEAR, m.month, m.day), "day-month"
        return dt.date(m.year, m.month, m.day), "full"
    except ValueError:
        return None


def shift(text: str, days: int) -> str | None:
    """`text` (one date) moved by `days`, written the same way; None if it is not a date."""
    parsed = parse(text)
    if parsed is None:
        return None
    date, kind = parsed
    new = date + dt.timedelta(days=days)
    iso = _ISO.fullmatch(text.strip())
    if iso:
        return new.isoformat()
    num = _NUMERIC.fullmatch(text.strip())
    if num:
        sep = num["s"]
        day = f"{new.day:0{len(num['d'])}d}"
        month = f"{new.month:0{len(num['m'])}d}"
        if num["y"] is None:
            return f"{day}{sep}{month}"
        year = str(new.year)[-len(num["y"]) :]
        return f"{day}{sep}{month}{sep}{year}"
    if re.fullmatch(r"\d{1,2}/\d{4}", text.strip()):
        return f"{new.month:02d}/{new.year}"
    month_name = _MONTH_NAMES[new.month - 1]
    if text[:1].isupper():
        month_name = month_name.capitalize()
    if kind == "month-year":
        return f"{month_name} {new.year}"
    if kind == "day-month":
        return f"{new.day} {month_name}"
    return f"{'1er' if new.day == 1 else new.day} {month_name} {new.year}"


__all__ = ["MONTHS", "parse", "shift"]
