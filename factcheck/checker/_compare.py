"""How a claim's quantity relates to a source's: the same figure, the same digits with one
thing changed (scale, currency, unit, qualifier), another figure for the same sort of thing, or
nothing comparable. Rounding, vague magnitudes, fractions, ranges and partial dates live here.

Private to :mod:`factcheck.checker`; pure, with ``Decimal`` arithmetic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from factcheck.checker._locate import (
    _DIRECTIONS,
    _FRACTION,
    _GROUP,
    _PEOPLE,
    _PLACEHOLDER_UNITS,
    _SORTS_OF_PEOPLE,
    _SYNONYM,
    _lemma,
    _Slot,
    _synonymous,
    _unit_lemma,
)
from factcheck.checker._tuning import TUNING
from factcheck.models import Qualifier, Quantity, QuantityKind, Reason
from factcheck.quantities import duration_in, measure_in

_MISMATCH = {"ordinal": Reason.ORDINAL_MISMATCH, "time": Reason.DATE_MISMATCH}
_THOUSANDS = tuple(Decimal(1000) ** k for k in (1, 2, 3, 4))


class Relation(Enum):
    """How a source quantity bears on a claim's (``None`` when it is not comparable at all)."""

    MATCH = "match"
    """It states the claim's figure (``detail`` says how: exact, rounded, one end of a range)."""
    CHANGED = "changed"
    """The same digits with one thing changed (``reason``: scale, currency, unit, qualifier)."""
    RIVAL = "rival"
    """Another figure for the same sort of thing."""


class Detail(Enum):
    """How a matching source figure states the claim's."""

    EXACT = "exact"
    ROUNDED = "rounded"  # the claim rounds the source's figure to its own precision
    PARTIAL = "partial"  # the source states one end of the claim's range


@dataclass(frozen=True)
class Comparison:
    relation: Relation
    detail: Detail | None = None
    reason: Reason | None = None


_EXACT = Comparison(Relation.MATCH, Detail.EXACT)
_ROUNDED = Comparison(Relation.MATCH, Detail.ROUNDED)
_PARTIAL = Comparison(Relation.MATCH, Detail.PARTIAL)
_RIVAL = Comparison(Relation.RIVAL)


def _changed(reason: Reason) -> Comparison:
    return Comparison(Relation.CHANGED, reason=reason)


_MEASURED = (QuantityKind.MEASURE, QuantityKind.DURATION)
_TEMPERATURES = frozenset(_lemma(unit) for unit in ("degree", "fahrenheit", "celsius"))
_FOLD = "fold"  # the unit of "doubled", "twice", "threefold"


_BIRTHDAY = _lemma("birthday")
_AGE = re.compile(r"\bold\b|-old\b|\baged?\b", re.IGNORECASE)
_DAYS = {
    "day": Decimal(1),
    "week": Decimal(7),
    "month": Decimal("30.44"),
    "year": Decimal("365.25"),
}


def _is_age(slot: _Slot) -> bool:
    """A person's age: "a 34-year-old", "aged 34", or a bare "Smith, 34" read as one."""
    q = slot.quantity
    if q.kind is QuantityKind.COUNT and slot.compare.kind is QuantityKind.DURATION:
        return True  # read as an age where it sits ("Smith, 34,")
    if q.kind is QuantityKind.ORDINAL and slot.compare.kind is QuantityKind.DURATION:
        return _BIRTHDAY in slot.after  # "his 85th birthday"; an anniversary is a span
    if q.value >= TUNING.oldest:
        return False  # "a 400-year-old building": the age of a thing, a span of time
    # "34 years old", "aged 34": the age word on its own side of the figure, never one of a
    # figure beside it ("The 25-year-old signed a six-year deal")
    return bool(_AGE.search(q.text)) or "old" in slot.after or "aged" in slot.left


def _in_unit(q: Quantity, unit: str | None) -> Quantity | None:
    """A duration said in another unit of time, for comparing to the claim's precision: exact
    within one family ("48 hours" as days), through the mean calendar across ("356 days" is
    0.97 of a year); a measure in another unit of it ("2.3 tonnes" as kg, "884 km" as
    miles)."""
    if unit is None:
        return None
    value = _converted(q, unit)
    if value is None:
        return None
    ends = {}
    if q.qualifier is Qualifier.RANGE:
        # each end of a range in the unit ("10 to 14 days" as weeks: 1.43 to 2)
        for end in ("low", "high"):
            told = getattr(q, end)
            at = q.model_copy(update={"value": told}) if told is not None else None
            ends[end] = _converted(at, unit) if at is not None else None
        if None in ends.values():
            return None
    # the source's own precision, converted ("2.3 tonnes" is to within 100 kg); across systems
    # of units none is kept: "120 mph" is 193.1 km/h, and "about 193 km/h" rounds it
    upper = _converted(q.model_copy(update={"value": q.value + (q.precision or 1)}), unit)
    step = abs(upper - value) if upper is not None else None
    if q.kind is QuantityKind.MEASURE and step is not None and not _power_of_ten(step):
        step = None
    return q.model_copy(update={"value": value, "unit": unit, "precision": step, **ends})


def _power_of_ten(step: Decimal) -> bool:
    return step > 0 and step.normalize().as_tuple().digits == (1,)


def _converted(q: Quantity, unit: str) -> Decimal | None:
    value = duration_in(q, unit)
    if value is None:
        value = measure_in(q, unit)
    if value is None and q.unit in _DAYS and unit in _DAYS:
        value = q.value * _DAYS[q.unit] / _DAYS[unit]
    return value


_OFTEN = frozenset(("day", "week", "month", "year", "night", "season", "hour"))


def _how_often(slot: _Slot) -> bool:
    """A count of times said per a period ("four times a week"): how often, no multiple."""
    return slot.quantity.unit == _TIMES and bool(slot.after & _OFTEN)


_RESULT, _INTERIM = "result", "interim"
_GENERIC_UNIT = "unit"  # "58.2 million units": of whatever the article is about
_TIMES = "time"


def _stands_in(slot: _Slot) -> bool:
    """Whether the figure counts with a generic noun ("five things", "four times")."""
    return _unit_lemma(slot.quantity.unit) in _PLACEHOLDER_UNITS


_PEOPLE_LEMMAS = frozenset(_lemma(word) for word in _PEOPLE)
_SORTS_OF_PEOPLE_LEMMAS = frozenset(_lemma(word) for word in _SORTS_OF_PEOPLE)
_KINDS_OF_PEOPLE = frozenset(
    _unit_lemma(word) or word
    for word in ("man", "men", "woman", "women", "adult", "adults")
)


def _units_compatible(claim: _Slot, source: _Slot) -> bool:
    a, b = _unit_lemma(claim.compare.unit), _unit_lemma(source.compare.unit)
    if not a or not b or a == b or a in _PLACEHOLDER_UNITS or b in _PLACEHOLDER_UNITS:
        return True
    if {a, b} <= _TEMPERATURES and _lemma("degree") in (a, b):
        return True  # "110 degrees" is the "110F" of an American story, the "40C" of another
    if claim.quantity.kind in _MEASURED:
        return False  # units of measure are named, not paraphrased: miles are never years
    if {a, b} & _PEOPLE_LEMMAS and {a, b} <= _SORTS_OF_PEOPLE_LEMMAS | _PEOPLE_LEMMAS:
        # "three people" were the "three spectators"; "964,000 Americans" the "964,000 people"
        # of the U.S. population: people in general name any sort of them
        return True
    if len({a, b} & _KINDS_OF_PEOPLE) == 1 and {a, b} <= _SORTS_OF_PEOPLE_LEMMAS:
        # "three men were charged" are the "three suspects": men and women are people by who
        # they are, suspects and victims by what they did or suffered (children, by age, are
        # no teachers)
        return True
    if _won_as_wins(a, source) or _won_as_wins(b, claim):
        return True  # "612 wins" are the "612 games" the coach won
    a_words = _SYNONYM.get(a, frozenset()) | {a}
    b_words = _SYNONYM.get(b, frozenset()) | {b}
    # The claim's noun (or a synonym) is right by the source's figure, or the other way round:
    # "20 million FPV, ISR and other drones"; "870 cases" for "870 people ... infected".
    if a_words & (source.local - source.others | b_words) or b_words & (claim.local - claim.others):
        return True
    return bool(_heads(claim.quantity.unit) & b_words or _heads(source.quantity.unit) & a_words)


_RESULTS = {"won": frozenset(("win", "victor")), "lost": frozenset(("loss", "defeat"))}
_PLAYED = frozenset(
    _unit_lemma(word) or word for word in ("game", "match", "race", "bout", "fight")
)


def _won_as_wins(unit: str, other: _Slot) -> bool:
    """Whether a count of wins (or losses) is the other's count of games it says were won (or
    lost): "612 wins" for "won 612 games"."""
    results = _RESULTS.get(other.lead or "", frozenset())
    return unit in results and _unit_lemma(other.quantity.unit) in _PLAYED


_SHORTEST_HEAD = 3  # letters: "schoolkids" ends in "kids"; a "bus" in no "omnibus" of its own


def _heads(unit: str | None) -> frozenset[str]:
    """The nouns a closed compound ends in, as lemmas: an English compound names its kind
    last, so "schoolkids" are kids and "farmworkers" workers."""
    if not unit:
        return frozenset()
    word = unit.split()[-1]
    ends = range(_SHORTEST_HEAD, len(word) - _SHORTEST_HEAD + 1)
    return frozenset(_unit_lemma(word[start:]) or "" for start in ends) - {""}


_DECIMALS = re.compile(r"\d\.\d")


def _step(quantity: Quantity) -> Decimal | None:
    """The rounding step a figure is written to; round thousands count as rounded ("85,000")."""
    step = quantity.precision
    value = quantity.value
    if step is None or value == 0 or value != value.to_integral_value():
        return step
    if _DECIMALS.search(quantity.text):
        return step  # "$6.0 million", "14.0 billion": the decimals written are its precision
    digits = abs(int(value))
    zeros = 0
    while digits and digits % 10 == 0 and zeros < 12:
        digits //= 10
        zeros += 1
    # "about 50" may stand for 48; a bare "50" is exact unless it is a round thousand or more.
    if quantity.qualifier is not Qualifier.EXACT:
        return max(step, Decimal(10) ** zeros)
    if zeros >= 3:
        # A bare round figure keeps two significant digits: "85,000" may be 84,600 and "$100K"
        # $100,980, but "£30m" is not £28 million (one digit before the zeros keeps one zero)
        return max(step, Decimal(10) ** (zeros - 1 if digits < 10 else zeros))
    return step


_SIGNIFICANT = 10  # a claim at least ten steps big is written to two significant digits


def _rounds_to(claim: Quantity, source: Quantity) -> bool:
    """Whether the claim is the source's figure correctly rounded to the claim's precision."""
    step = _step(claim)
    if step is None or step <= 0:
        return False
    source_step = source.precision
    if source_step is not None and source_step >= step:
        return False  # the claim is not less precise than the source: no rounding happened
    gap = abs(source.value - claim.value) * 2
    if gap < step:
        return True
    # Halfway, a whole number of two or more significant digits rounds either way ("$38K" for
    # $37,500, "$262K" for $262,500, "24%" for 23.5%: a twentieth off at most). One digit stays
    # strict ("2%" is not 1.5%, nor "$40 billion" $35 billion), and so does a claim that keeps
    # decimals: "$1.6 billion" chose its last digit, and is not $1.65 billion.
    return gap == step and _whole(claim) and abs(claim.value) >= _SIGNIFICANT * step


def _whole(q: Quantity) -> bool:
    """Whether a figure is written as a whole number of its own scale ("$38K", "16 years"; not
    "$1.6 billion")."""
    return q.precision is not None and q.precision >= (q.scale or 1)



def _qualifier_ok(claim: Quantity, source: Quantity) -> bool:
    cq, sq = claim.qualifier, source.qualifier
    plain = (Qualifier.EXACT, Qualifier.APPROXIMATE)
    if cq in plain:
        if sq is Qualifier.RANGE:
            return claim.value in (source.low, source.high) or _rounds_an_end(claim, source)
        # "35 hours" for "more than 35 hours" understates, as summaries do ("almost 35", short
        # of it, is caught apart); "300" for "up to 300" turns a ceiling into a fact: flagged.
        return sq in plain or sq is Qualifier.AT_LEAST
    # "more than 2 million" follows from "2.3 million" or "more than 2.5 million"; from "about
    # 2 million" or "nearly 2 million" it does not.
    if cq in _DIRECTIONS and sq is Qualifier.RANGE:
        # "up to 670,000" is the top of "between 360,000 and 670,000", "at least 30" its foot;
        # "up to 360,000" makes the range's foot a ceiling
        end = source.high if cq is Qualifier.AT_MOST else source.low
        return claim.value == end
    if cq is Qualifier.AT_MOST:
        if sq is Qualifier.APPROXIMATE:
            return source.value < claim.value
        # a ceiling converted from another unit is rounded like any converted figure: "up to
        # about 240 km/h" for "up to 150 mph" (241.4 km/h)
        converted = source.precision is None and _rounds_to(claim, source)
        return sq in (Qualifier.EXACT, Qualifier.AT_MOST) and (
            source.value <= claim.value or converted
        )
    if cq is Qualifier.AT_LEAST:
        if sq is Qualifier.APPROXIMATE:
            # "over 1.3 million" for "about 1.3 million" ("nearly", short of it, is caught apart)
            return source.value >= claim.value
        return sq in (Qualifier.EXACT, Qualifier.AT_LEAST) and source.value >= claim.value
    if cq is Qualifier.RANGE:
        if sq is Qualifier.RANGE:
            return (claim.low, claim.high) == (source.low, source.high)
        low = claim.low if claim.low is not None else claim.value
        high = claim.high if claim.high is not None else claim.value
        return low <= source.value <= high
    return True  # pragma: no cover - every qualifier is handled above


def _inside(claim: Quantity, source: Quantity) -> bool:
    """A plain figure that lies within the source's range: neither stated nor against it."""
    return (
        source.qualifier is Qualifier.RANGE
        and claim.qualifier in (Qualifier.EXACT, Qualifier.APPROXIMATE)
        and source.low is not None
        and source.high is not None
        and source.low <= claim.value <= source.high
    )


def _short_of_ok(claim: _Slot, source: _Slot, said: Quantity | None = None) -> bool:
    """"nearly 30" is short of 30: a claim of "nearly 30" needs a source short of 30 too (or
    "about 30", or "up to 30"); a source's "nearly 30" is not "more than 30"."""
    if claim.below == source.below:
        return True
    if source.below:
        # "$139K" for "nearly $139,000" rounds, as headlines and summaries do (measured: people
        # accept it); "more than $139K" for it does not.
        return claim.quantity.qualifier is not Qualifier.AT_LEAST
    if source.quantity.qualifier in (Qualifier.APPROXIMATE, Qualifier.AT_MOST):
        return True
    # "nearly 1,000" for 998 holds; for 1,000 or more it does not
    exact = source.quantity.qualifier is Qualifier.EXACT
    value = (said or source.compare).value  # ``said``: the source's figure in the claim's unit
    return exact and value < claim.compare.value


def _rounds_an_end(claim: Quantity, source: Quantity) -> bool:
    """One end of the source's range, rounded to the claim's precision: "$9B" for "between
    $7.7 billion and $9.04 billion"."""
    if source.qualifier is not Qualifier.RANGE:
        return False
    ends = [source.model_copy(update={"value": b}) for b in (source.low, source.high) if b]
    return any(_rounds_to(claim, end) for end in ends)


def _same_value(claim: Quantity, source: Quantity) -> Detail | None:
    """``EXACT`` or ``ROUNDED`` when the two figures agree, else None."""
    if claim.value == source.value:
        return Detail.EXACT
    if _FRACTION in (claim.unit, source.unit):
        # "two-thirds" for 66.4%, "a quarter" for 24.8%: a fraction is a rounded figure.
        close = abs(claim.value - source.value) <= TUNING.fraction_slack
        return Detail.ROUNDED if close else None
    bounds = (source.low, source.high)
    if claim.qualifier is not Qualifier.RANGE and claim.value in bounds:
        return Detail.EXACT
    if claim.qualifier is not Qualifier.RANGE and _rounds_an_end(claim, source):
        return Detail.ROUNDED
    if claim.qualifier is Qualifier.RANGE and (claim.low, claim.high) == bounds:
        return Detail.EXACT
    if _rounds_to(claim, source) or _bound_holds(claim, source):
        return Detail.ROUNDED
    return None


def _bound_holds(claim: Quantity, source: Quantity) -> bool:
    """A bound the source's figure keeps, within its order: "over £1.5 million" for £1,580,575,
    "fewer than 50" for 43. A bound far off ("more than 10" for a million) says too little to be
    the source's figure."""
    value = source.value
    if source.qualifier not in (Qualifier.EXACT, Qualifier.APPROXIMATE) or claim.value <= 0:
        return False
    if claim.precision and claim.value / claim.precision >= TUNING.bound_steps:
        return False  # "topped $24,121" names a figure to the dollar: no bound of $30,900
    if claim.qualifier is Qualifier.AT_LEAST:
        return claim.value < value < claim.value * 2
    if claim.qualifier is Qualifier.AT_MOST:
        return claim.value / 2 < value < claim.value
    return False


def _date_parts(q: Quantity) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) with what was not written as None: dates are YYYYMMDD or MMDD."""
    value = int(q.value)
    if q.kind is QuantityKind.YEAR:
        return value, None, None
    year = value // 10000 if value >= 10000 else None
    month, day = (value // 100) % 100, value % 100
    return year, month or None, day or None


def _shared_parts(c: Quantity, s: Quantity) -> bool:
    """Whether two dates write some part (year, month, day) both."""
    return any(a and b for a, b in zip(_date_parts(c), _date_parts(s), strict=True))


def _dates_agree(c: Quantity, s: Quantity) -> bool:
    """ "October 15" agrees with "15 October 2025", "2025" with it too; "October 16" does not."""
    pairs = [(a, b) for a, b in zip(_date_parts(c), _date_parts(s), strict=True) if a and b]
    return bool(pairs) and all(a == b for a, b in pairs)


def _more_precise(c: Quantity, s: Quantity) -> bool:
    """Whether the claim's date names a day the source's does not. (A year the source's date
    leaves out is usually written elsewhere in the article: "in December" of a 2023 story.)"""
    if c.kind is not QuantityKind.DATE or s.kind is not QuantityKind.DATE:
        return False
    return bool(_date_parts(c)[2] and not _date_parts(s)[2])


def _time_relation(c: Quantity, s: Quantity) -> Comparison | None:
    """Dates and years: the same date, a year and the year of a full date ("in 2019" and "March
    3, 2019"), ranges end for end, and one end of a claim's range stated alone (partial)."""
    s_year = s.value
    spanned = _years_spanned(c)
    if spanned and s.qualifier is not Qualifier.RANGE:
        # "the late 1970s" for 1979, "the 14th century" for 1348: a year of the decade or
        # century states it, roughly
        year = _date_parts(s)[0] if s.kind is QuantityKind.DATE else int(s.value)
        if year is not None:
            return _ROUNDED if c.value <= year < c.value + spanned else _RIVAL
    spanned = _years_spanned(s)
    if spanned and c.qualifier is not Qualifier.RANGE:
        # "in 1916" within "the 20th century" the source names: nothing said of the year
        year = _date_parts(c)[0] if c.kind is QuantityKind.DATE else int(c.value)
        if year is not None and s.value <= year < s.value + spanned:
            return None
    if c.kind is QuantityKind.YEAR and s.kind is QuantityKind.DATE:
        year = _date_parts(s)[0]
        if year is None or c.qualifier not in (Qualifier.EXACT, Qualifier.RANGE):
            return None  # "by 2026" is not "October 2026"
        s_year = Decimal(year)
    elif Qualifier.RANGE not in (c.qualifier, s.qualifier):
        if not _shared_parts(c, s):
            return None  # "March 25" and "2012" say nothing of each other
        if not _dates_agree(c, s):
            return _RIVAL
        # "June 29, 2011" is more than "June 2011" says: the day is the claim's own.
        return _PARTIAL if _more_precise(c, s) else _EXACT
    # "from 2010 to 2019": both ends must agree; a single year may name either end, and one
    # end of the claim's range said alone ("born in 1494") states part of it.
    c_ends = {c.low, c.high} if c.qualifier is Qualifier.RANGE else {c.value}
    s_ends = {s.low, s.high} if s.qualifier is Qualifier.RANGE else {s_year}
    if c_ends == s_ends or (len(c_ends) == 1 and c_ends <= s_ends):
        return _EXACT
    if len(s_ends) == 1 and s_ends <= c_ends:
        return _PARTIAL
    if c.qualifier is Qualifier.RANGE and _season(s) and c_ends & s_ends:
        return _PARTIAL  # "from 1958 to 1964" told season by season: "1958/59 ... 1963/1964"
    return _RIVAL


def _season(q: Quantity) -> bool:
    """A span of two years that name one season ("2024/25", "1963/1964")."""
    return (
        q.kind is QuantityKind.YEAR
        and q.low is not None
        and q.high is not None
        and q.high - q.low == 1
    )


def _years_spanned(q: Quantity) -> int | None:
    """The years of a decade or a century: "the 1970s", "the '80s" (ten years, to the decade),
    "the 1300s", "the 14th century" (a hundred, to the century); None for any other time."""
    if q.kind is not QuantityKind.YEAR or q.qualifier is not Qualifier.RANGE:
        return None
    return int(q.precision) if q.precision in (10, 100) else None


def _year_read_as_count(a: Quantity, b: Quantity) -> bool:
    """A bare four-digit number read as a count on one side and as that same year on the other."""
    return (
        a.kind is QuantityKind.COUNT
        and b.kind is QuantityKind.YEAR
        and a.value == b.value
        and a.text.strip().isdigit()
        and len(a.text.strip()) == 4
    )


def _run_relation(c: Quantity, s: Quantity) -> Comparison | None:
    """The Nth of a run against a count or a span: the run of N states "five days" or "five
    wins" (of that very unit), and is no other value of anything (a "365th consecutive month"
    is no rival of "135 years")."""
    a, b = _unit_lemma(c.unit), _unit_lemma(s.unit)
    if c.kind is not s.kind or a is None or b is None or not _synonymous(a, b):
        return None
    return _EXACT if c.value == s.value and _qualifier_ok(c, s) else None


def _as_points(q: Quantity, other: Quantity) -> Quantity:
    """ "3.1 points" beside the other's "3.1 percentage points": points of a percentage."""
    if (
        q.kind is QuantityKind.COUNT
        and _unit_lemma(q.unit) == "point"
        and other.kind is QuantityKind.PERCENTAGE_POINT
    ):
        return q.model_copy(update={"kind": QuantityKind.PERCENTAGE_POINT, "unit": other.unit})
    return q


# A fraction in words is said roughly: "a third" for 35%, "half" for 46% to 54%, "1 in 16" for
# no more than a point from 6.25%
_ROUGHLY, _ROUGHLY_SHARE = Decimal("0.05"), Decimal("0.15")
_PERCENT = Decimal(100)


def rough_fraction(claim: _Slot, share: Decimal) -> bool:
    """Whether a share (0.35) is the claim's fraction in words: "about a third" for 31 of 96,
    "just over a third" for 35%, "more than half" for 30,000 of 58,000, "nearly a quarter" for
    23% (and never 26%)."""
    q = claim.quantity
    if q.qualifier is Qualifier.AT_LEAST:
        return share > q.value
    if q.qualifier is Qualifier.AT_MOST:
        return share < q.value
    rough = min(_ROUGHLY, q.value * _ROUGHLY_SHARE)
    if claim.below:
        return q.value - rough <= share < q.value
    return abs(share - q.value) <= rough


def _fraction_and_percent(claim: _Slot, c: Quantity, s: Quantity) -> Comparison | None:
    """A claim's fraction in words against the source's percentage: "just over a third
    contained" for "35% contained" holds; "a third" for 60% is left to the words around it."""
    if c.unit != _FRACTION or s.kind is not QuantityKind.PERCENT or c.qualifier is Qualifier.RANGE:
        return None
    return _ROUNDED if rough_fraction(claim, s.value / _PERCENT) else None


def _relation(claim: _Slot, source: _Slot) -> Comparison | None:
    """How the source quantity bears on the claim's, or None when they are not comparable."""
    c, s = _as_points(claim.compare, source.compare), _as_points(source.compare, claim.compare)
    share = _fraction_and_percent(claim, c, s)
    if share is not None:
        return share
    if _year_read_as_count(c, s) or _year_read_as_count(s, c):
        # "a 1972 made-for-television film": one side read the year as a count of films
        return _EXACT
    if _GROUP.get(c.kind) == "ordinal" and claim.run and _GROUP.get(s.kind) == "amount":
        return _run_relation(c.model_copy(update=claim.run), s)  # "the 5th consecutive day"
    if _GROUP.get(s.kind) == "ordinal" and source.run and _GROUP.get(c.kind) == "amount":
        return _run_relation(c, s.model_copy(update=source.run))  # "his fifth straight win"
    group = _GROUP.get(c.kind)
    if group is None or group != _GROUP.get(s.kind):
        return None
    if group == "time":
        return _time_relation(c, s)
    if group == "score":
        # A score is a pair: "won 3-1" and "lost 1-3" state one result.
        if {claim.moment, source.moment} == {_RESULT, _INTERIM}:
            return None  # "won 34-23" is not "edged 23-20 ahead", nor "made it 38-12"
        return _EXACT if (c.low, c.high) == (s.low, s.high) else _RIVAL
    if group == "amount" and c.kind is not s.kind and c.unit and s.unit:
        return None  # "four years" is not "4,000 miles"; a bare "19" may be either
    if (
        group == "amount"
        and c.kind is not s.kind
        and c.value != s.value
        and not _is_age(source)
        and (not _is_age(claim) or claim.compare.kind is not claim.quantity.kind)
    ):
        # a bare "75" may be "75 years", but "a decade" is no other value of it; and a bare
        # "two" is no other value of an age its own words make one ("dead at 81", "Smith, 34")
        return None
    anniversary = claim.years_on or source.years_on  # "SNL turns 40" at its 40th anniversary
    if (
        c.kind is s.kind is QuantityKind.DURATION
        and _is_age(claim) != _is_age(source)
        and not anniversary
    ):
        return None  # "married for 10 years" is no age; "a 34-year-old" no span of time
    converted = None
    if (
        c.kind is s.kind is QuantityKind.DURATION
        and c.unit != s.unit
        and c.value != s.value
        and not _is_age(claim)
    ):
        # "almost a year" for "356 days"; "6 years" for "6 days" stays a changed unit, and an
        # age ("22-year-old") is no span of days
        converted = _in_unit(s, c.unit)
        s = converted or s
    elif c.kind is s.kind is QuantityKind.MEASURE and c.unit != s.unit and c.value != s.value:
        # "2,300 kg" for "2.3 tonnes"; "40F" for "40C" stays a changed unit
        converted = _in_unit(s, c.unit)
        s = converted or s
    times = {c.unit, s.unit} == {_TIMES, _FOLD} and not _how_often(claim) | _how_often(source)
    if group == "amount" and (c.unit == _FOLD) != (s.unit == _FOLD) and not times:
        # "doubled the lead" is a ratio, not "two goals"; but "7 Times Over Legal Limit" may be
        # "seven times the legal limit", and "seven times that of men" "seven times the rate
        # among men" ("four times a week" is how often, no multiple)
        return None
    # A rank's noun is paraphrased as freely as its clause allows: "the 3rd major church" for
    # "the third major Protestant group to allow gay marriage".
    ranked_alike = group == "ordinal" and len(claim.clause & source.clause) >= 2
    if (
        group in ("amount", "ordinal")
        and not converted
        and not ranked_alike
        and not _units_compatible(claim, source)
    ):
        generic = _GENERIC_UNIT in (_unit_lemma(c.unit), _unit_lemma(s.unit))
        if group == "amount" and c.value == s.value and not c.vague and not s.vague:
            # "58.2 million units" may be the claim's "58.2m phones": no evidence either way
            return None if generic else _changed(Reason.UNIT_MISMATCH)
        return None
    if claim.per and source.per and claim.per != source.per:
        # "$4 billion a week" is not the article's "$4 billion a month"
        return _changed(Reason.UNIT_MISMATCH) if c.value == s.value else None
    if group == "money" and claim.per_share != source.per_share:
        # "$0.94" of EBITDA is not the "$0.94 per share" of earnings, nor is "$29.9 million per
        # share" the company's $29.9 million.
        return _changed(Reason.UNIT_MISMATCH) if c.value == s.value else None
    if group == "money" and c.currency and s.currency and c.currency != s.currency:
        if c.value == s.value or _rounds_to(c, s):
            return _changed(Reason.CURRENCY_MISMATCH)
        return _RIVAL
    if c.vague or s.vague:
        precise = c if s.vague else s
        if not precise.vague and precise.value <= 1:
            return None  # "One migrant said" says nothing of how many came: "thousands"
        if _is_age(claim) or _is_age(source):
            return None  # "dozens join search for a 21-year-old": a crowd, and her age
        return _vague_relation(c, s)
    if group == "percent" and c.kind != s.kind:
        return _changed(Reason.UNIT_MISMATCH) if c.value == s.value else None
    same = _same_value(c, s)
    if same is not None:
        ranges = c.qualifier is Qualifier.RANGE and s.qualifier is Qualifier.RANGE
        if (
            not _qualifier_ok(c, s)
            or (ranges and claim.direction != source.direction)
            or not _short_of_ok(claim, source, s)
        ):
            if _inside(c, s):
                return None  # "$12B" within "between $11.6 billion and $13.6 billion"
            # "at most 25 to 30 times" is not "at least 25 to 30 times"
            return _changed(Reason.QUALIFIER_MISMATCH)
        if c.qualifier is Qualifier.RANGE and s.qualifier is not Qualifier.RANGE:
            # "25 to 30 times" has one end in a lone "25 times": weaker than the range itself
            return _PARTIAL
        return _EXACT if same is Detail.EXACT else _ROUNDED
    if group == "amount" and _stands_in(source) and not _stands_in(claim) and c.unit:
        return None  # "5 things to know about the jury" is no count of its 12 members
    rate_and_total = (claim.per is None) != (source.per is None)
    if group in ("amount", "money") and c.kind is s.kind and s.value and c.value:
        # Only like for like: 1,000 crew are not "a year" a thousand times over, nor a "$250K
        # deal" the "$250 a day" it pays.
        ratio = c.value / s.value
        if (ratio in _THOUSANDS or (1 / ratio) in _THOUSANDS) and not rate_and_total:
            return _changed(Reason.SCALE_MISMATCH)
    if rate_and_total and group in ("amount", "money"):
        return None  # a total is no other value of a rate: "$250K" is not against "$250 a day"
    if s.qualifier is Qualifier.APPROXIMATE and _within_step(c, s):
        return None  # "28 years" is within "nearly three decades": not stated, not against it
    if source.below and s.value * (1 - TUNING.short_of) <= c.value < s.value:
        return None  # "24 years" is short of "nearly a quarter-century": not against it
    return _RIVAL


def _within_step(c: Quantity, s: Quantity) -> bool:
    """Whether the claim's figure lies within the precision of a rough source figure."""
    step = s.precision
    return step is not None and step > 1 and abs(c.value - s.value) < step


def _bounds(q: Quantity) -> tuple[Decimal, Decimal]:
    """The values a vague magnitude stands for: "millions" is a million up to a billion (the
    parser's "millions" starts at two million; a summary's "hundreds of calls" for "100 calls"
    speaks of the order, as people do)."""
    low = q.low if q.low is not None else q.value
    if q.scale is not None and low == 2 * q.scale:
        low = q.scale  # "hundreds" from a hundred on
    high = q.high if q.high is not None else q.value * 1000
    return low, high


def _vague_relation(c: Quantity, s: Quantity) -> Comparison | None:
    """'millions of dollars' agrees with any figure of that order; vague against vague must
    overlap."""
    c_low, c_high = _bounds(c)
    scale = _changed(Reason.SCALE_MISMATCH)
    if c.vague and s.vague:
        s_low, s_high = _bounds(s)
        return _EXACT if c_low <= s_high and s_low <= c_high else scale
    if c.vague:
        return _EXACT if c_low <= s.value <= c_high else scale
    # The claim is precise where the source is vague: only an order of magnitude can conflict,
    # and not a handful of a crowd ("two officers were killed" beside "thousands of officers
    # enforce the law": a few of them, not the crowd).
    s_low, s_high = _bounds(s)
    if c.value < s_low:
        return None if c.value * 100 < s_low else scale
    return _RIVAL if c.value <= s_high else scale
