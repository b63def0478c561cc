"""Dates written relative to when the text was published: "last year", "on Saturday".

Read only when asked (``parse_quantities(text, relative_dates=True)``): without a publication
date nothing can resolve them, and a checker that cannot resolve them would only flag them.
A relative date is a :class:`~factcheck.models.Quantity` with ``relative=True`` whose ``value``
is an offset counted in ``unit``:

- "last year" / "this year" / "next year": kind ``year``, unit ``year``, value -1 / 0 / 1;
- "last month", "next week", "this quarter": kind ``date``, unit ``month``/``week``/``quarter``;
- "yesterday" / "today" / "tomorrow": kind ``date``, unit ``day``, value -1 / 0 / 1;
- "on Saturday", "Saturday's match": kind ``date``, unit ``saturday``, value 0 (the Saturday
  nearest the publication date: news tells of the one just past, previews the one to come);
  "last Saturday" -1, "next Saturday" 1;
- "two years ago", "three days ago" (read by the number reader): kind ``year``/``date``, unit
  ``year``/``day``/``week``/``month``, value -2 / -3.
"""

from __future__ import annotations

import re

from factcheck.models import Quantity, QuantityKind
from factcheck.quantities._vocab import D

_DIRECTION = {"last": -1, "this": 0, "next": 1}
_DAY = {"yesterday": -1, "today": 0, "tomorrow": 1}


def relative_date(text: str, m: re.Match[str]) -> Quantity:
    """The relative date matched by ``_patterns.RELATIVE`` at ``m``."""
    if m.group("day"):
        offset, unit = _DAY[m.group("day").lower()], "day"
    else:
        direction = m.group("dir")
        offset = _DIRECTION[direction.lower()] if direction else 0
        unit = (m.group("unit") or m.group("wd1") or m.group("wd2")).lower()
    kind = QuantityKind.YEAR if unit == "year" else QuantityKind.DATE
    start, end = m.span()
    return Quantity(
        text=text[start:end],
        value=D(offset),
        kind=kind,
        unit=unit,
        span=(start, end),
        precision=D(1),
        relative=True,
    )
