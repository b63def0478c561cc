"""The figure being read: what each phase of ``Parser._number`` has found so far."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from factcheck.models import Qualifier, Quantity, QuantityKind


@dataclass(slots=True)
class Draft:
    """One number core and what the phases read around it, before it becomes a Quantity.

    A phase reads ``text`` around the core, fills in fields and moves ``pos`` (the end of what
    has been read) forward; a phase that decides the core is no figure (a name, a time, a
    score...) returns where the scan resumes instead.
    """

    m: re.Match[str]  # the core's match (digits with "int"/"dec" groups, or number words)
    start: int  # where the core starts
    core_end: int  # where the core ends
    core: str  # the core as written: "2.3", "85,000", "twenty-five"
    int_part: str | None  # the integer digits, None for number words
    dec: str | None = None  # the decimal part with its point: ".3"
    model_end: int | None = None  # end of a model name after a count: "12 737 MAX 9 jets"
    q_start: int = 0  # where the quantity's text starts: a currency sign or minus before it
    pre: str = ""  # the text before the figure, without the currency sign or minus
    currency: str | None = None
    gap_from: Quantity | None = None  # the figure of the clause this gapped one repeats
    negative: bool = False
    qualifier: Qualifier | None = None
    range_open: re.Match[str] | None = None  # "between" or "from" right before
    value: Decimal = Decimal(0)
    precision: Decimal = Decimal(1)
    scale: Decimal | None = None
    pos: int = 0  # the end of what has been read so far
    year_like: bool = False  # a bare 4-digit number 1000-2199
    high: Decimal | None = None  # the upper end of a range
    second_year_like: bool = False  # the upper end is a 4-digit year too: "2019-2024"
    pct_first: re.Match[str] | None = None  # a percent sign on the low end: "20%-30%"
    kind: QuantityKind = QuantityKind.COUNT
    unit: str | None = None
    post: re.Match[str] | None = None  # a qualifier after the figure: "50+", "or so"
    identifier: bool = False  # an age naming a person: "the 45-year-old said"
    relative: bool = False  # "two years ago": an offset from the publication date

    @property
    def is_digits(self) -> bool:
        return self.int_part is not None
