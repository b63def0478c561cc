"""Relative dates resolved against the article's publication date.

"last year", "on Saturday", "yesterday", "two years ago" name a date only once the day of
publication is known. The parser reads them as offsets (``relative=True``; see
:mod:`factcheck.quantities`); here they become the year or the date they stand for, so that
"in 2024" in a summary meets "last year" in an article published in 2025. Offsets the checker
cannot place on one day or year (a week, a quarter) are dropped rather than guessed.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal

from factcheck.models import Quantity, QuantityKind

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_YEAR = re.compile(r"\b(1[5-9]\d\d|2[01]\d\d)\b")


def published_date(published: str | date | None) -> date | None:
    """The day of publication, from a ``date``/``datetime`` or an ISO-like string."""
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    if not published:
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


def published_year(published: str | date | None) -> int | None:
    """The year of publication, where only a year can be read."""
    day = published_date(published)
    if day is not None:
        return day.year
    found = _YEAR.search(published) if isinstance(published, str) else None
    return int(found.group()) if found else None


def _ymd(day: date) -> Decimal:
    return Decimal(day.year * 10000 + day.month * 100 + day.day)


def _weekday(day: date, name: str, offset: int) -> date:
    """"on Saturday" is the nearest Saturday; "last/next Saturday" the one before/after."""
    target = _WEEKDAYS.index(name)
    ahead = (target - day.weekday()) % 7
    if offset > 0:
        return day + timedelta(days=ahead or 7)
    before = (day.weekday() - target) % 7
    if offset < 0:
        return day - timedelta(days=before or 7)
    return day + timedelta(days=ahead) if ahead <= before else day - timedelta(days=before)


def resolve(q: Quantity, day: date) -> Quantity | None:
    """The absolute year or date a relative one stands for, or None where it is not one day
    or one year."""
    offset = int(q.value)
    unit = (q.unit or "").lower()
    if unit == "year":
        return q.model_copy(
            update={"kind": QuantityKind.YEAR, "value": Decimal(day.year + offset),
                    "unit": None, "relative": False, "precision": Decimal(1)}
        )  # fmt: skip
    if unit == "month":
        months = day.year * 12 + day.month - 1 + offset
        value = Decimal((months // 12) * 10000 + (months % 12 + 1) * 100)
    elif unit == "day":
        value = _ymd(day + timedelta(days=offset))
    elif unit in _WEEKDAYS:
        value = _ymd(_weekday(day, unit, offset))
    else:
        return None
    return q.model_copy(
        update={"kind": QuantityKind.DATE, "value": value, "unit": None, "relative": False,
                "precision": Decimal(1)}
    )  # fmt: skip
