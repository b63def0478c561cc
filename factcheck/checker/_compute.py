"""Figures a claim derives from the source's by simple arithmetic, for the ``computed`` rule.

A summary states what an article implies: "after 41 years" where the article gives 1973 and
2014, "a $0.5bn gap" for "$7.4bn" against "$6.9bn", "$25 a share" for "$50 million over 2
million shares", "up 20%" for a rise from 50 to 60. Such a figure is supported when one
operation on two figures of the *same passage* (the source sentences that bear on the claim's
figure, and their neighbours) gives it, to the claim's precision. Operands must be of one kind,
unit and currency with the claim (years for a span of years, a count to divide by). Only a
handful of passage figures are tried, never all pairs of the article's numbers.

One figure in another form counts too: rounded to the claim's precision ("$27B" for "about
$27.4 billion"), a span of time in another unit ("four decades" for "40 years"), a share told
as one phrase ("half of the $700 billion" for "$350B") or as a percentage in one sentence ("80%
of 2.4 million"), a range of years told end to end ("from 2005 to 2013" for "8 years"). Four
derivations reach past the passage, each by looking values up in the index, never by a scan:
the year a span up to publication needs ("after 71 years" in an article of 2016 looks up 1945),
a span of time in another unit, a figure the claim rounds ("$6.3M" for "$6.27 million": the
figures within half the claim's step), and "N other" things beside the one a sentence names
("California and 16 other states": 17); and a count from someone's own ordinal ("his second
try" for "two tries"), looked up among the figures said of the claim's subject. Within the
passage, a few derivations tie their operands by the words between them and so take any size:
one end of a change from the other and its size, what a fall leaves, a share of a whole told
with its part and what is left of it. Where the source gives the same thing another value,
:func:`tolerates` says whether the computed figure still stands.

Pure; ``Decimal`` arithmetic.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from factcheck.checker._change import says_change, told_difference
from factcheck.checker._compare import (
    _FOLD,
    _date_parts,
    _rounds_to,
    _step,
    _units_compatible,
    rough_fraction,
)
from factcheck.checker._index import SourceIndex, values_near
from factcheck.checker._locate import (
    _FRACTION,
    _GROUP,
    _STOPWORDS,
    _TOKEN,
    _key,
    _lemma,
    _modifier,
    _Slot,
    _unit_lemma,
)
from factcheck.checker._tuning import TUNING
from factcheck.models import Qualifier, Quantity, QuantityKind
from factcheck.quantities import duration_in

_OPERANDS = 12  # passage figures tried at most (so at most 66 pairs per claim figure)
_HUNDRED = Decimal(100)
# A sum or difference below this is too easily had by chance ("five" as 7 - 2) to be evidence.
_SMALLEST_SUM = 10


@dataclass(frozen=True)
class Derivation:
    operands: tuple[_Slot, ...]
    words: str  # "2014 - 1973 = 41"
    # a sum of parts ("42 Syrian and seven Iraqi soldiers" for "49 troops"): a part is the
    # same sort of thing as the total, so a part said of it is no rival value
    total: bool = False
    # a share of a whole ("a third of its 900 members" for "300 members"): the whole is no
    # rival value either
    share: bool = False
    # the operand is the claim's own figure told another way ("$5.3 million a month" for "$64M
    # a year"): no rival value of it either
    restated: bool = False
    # the margin of a result ("won by 15 points" for 112-97): a player's points are no rival
    # value of it
    margin: bool = False


def _age(q: Quantity) -> bool:
    return q.kind is QuantityKind.DURATION and "old" in q.text.lower()


def tolerates(derivation: Derivation, c: _Slot, rival: _Slot, says_change: bool) -> bool:
    """Whether a computed figure stands beside another value the source gives the same sort
    of thing: the rival is one of its operands (a total of parts, or a claim that says it
    states a change); an age ("a 10-year-old") where the claim is a span of years, not an age;
    or a bound the computed figure keeps ("82 years" beside "more than 80 years", "48 years"
    beside "nearly 50 years")."""
    if derivation.margin:
        return True
    if _modifier(rival) and not _modifier(c) and not rival.right & c.local:
        return True  # "a two-year suspended sentence" is no other value of "went on for four years"
    if rival in derivation.operands:
        return derivation.total or derivation.share or derivation.restated or says_change
    wholes = {(o.quantity.value, o.quantity.unit) for o in derivation.operands}
    if derivation.share and (rival.quantity.value, rival.quantity.unit) in wholes:
        return True  # the whole told again elsewhere ("the 10 dates") is the same whole
    claim, other = c.quantity, rival.quantity
    if _age(other) and not _age(claim):
        return True
    if other.qualifier is Qualifier.AT_LEAST:
        return claim.value > other.value
    step = _step(other)
    return bool(rival.below and step and other.value - step <= claim.value < other.value)


def passage(index: SourceIndex, sentences: Iterable[int]) -> list[int]:
    """The given source sentences and their neighbours, in reading order."""
    found: set[int] = set()
    for sentence in sentences:
        around = (sentence - 1, sentence, sentence + 1)
        found.update(n for n in around if 0 <= n < len(index.sentences))
    return sorted(found)


def _plain(q: Quantity) -> bool:
    return not q.vague and q.qualifier is not Qualifier.RANGE and q.low is None


def _agrees(claim: Quantity, value: Decimal) -> bool:
    """Whether a computed value is the claim's figure, to the claim's precision."""
    if value == claim.value:
        return True
    step = _step(claim)
    return step is not None and step > 0 and abs(value - claim.value) * 2 < step


def _told_age(slot: _Slot) -> bool:
    """A bare number read as an age from the words around it ("Smith, 34", "dead at 81")."""
    return slot.compare.kind is QuantityKind.DURATION and slot.quantity.kind is QuantityKind.COUNT


def _same_measure(c: _Slot, s: _Slot) -> bool:
    a, b = c.quantity, s.quantity
    if _told_age(c) or _told_age(s):
        # an age its own words make one ("dead at 81") is a span of years, not a count: only
        # another span or age is of its measure (never "81 - two films = 79")
        a, b = c.compare, s.compare
    if a.kind is not b.kind:
        return False
    if a.kind is QuantityKind.MONEY:
        return not (a.currency and b.currency and a.currency != b.currency) and (
            c.per_share == s.per_share
        )
    if (a.unit == "time") != (b.unit == "time"):
        return False  # "10 times more calories" multiplies; it adds to no count of calories
    if a.kind in (QuantityKind.COUNT, QuantityKind.MEASURE, QuantityKind.DURATION):
        return _units_compatible(c, s)
    return a.kind in (QuantityKind.PERCENT, QuantityKind.PERCENTAGE_POINT)


def _years_written_out(q: Quantity) -> bool:
    """A range of years with both ends written to the year ("from 2005 to 2013"), not a decade."""
    return (
        q.kind is QuantityKind.YEAR
        and q.qualifier is Qualifier.RANGE
        and q.precision == 1
        and q.low is not None
        and q.high is not None
    )


def _years(slot: _Slot) -> Decimal | None:
    q = slot.quantity
    if q.kind is QuantityKind.YEAR and _plain(q):
        return q.value
    if q.kind is QuantityKind.DATE and q.value >= 10000:
        return Decimal(int(q.value) // 10000)
    return None


def _roundings(c: _Slot, slots: Iterable[_Slot]) -> Iterator[Derivation]:
    """The claim rounds a figure of the passage to its own precision: "$27B" for "$27.4
    billion", "3K" for "2,990"; never a less precise figure for a more precise claim."""
    claim = c.quantity
    if claim.qualifier not in (Qualifier.EXACT, Qualifier.APPROXIMATE):
        return  # "more than 3K" does not follow from 2,990
    for s in slots:
        if s.quantity.value == claim.value or not _same_measure(c, s):
            continue
        if _rounds_to(claim, s.quantity):
            yield Derivation((s,), f"{s.quantity.text} rounded = {claim.text}")


_UNITS_OF_TIME = ("second", "minute", "hour", "day", "week", "month", "year", "decade", "century")


def _converted(q: Quantity, unit: str) -> Quantity | None:
    """A duration in another unit of its family, its precision scaled alike ("27 years" is
    2.7 decades, to a tenth)."""
    value = duration_in(q, unit)
    if value is None or not q.value:
        return None
    factor = value / q.value
    precision = q.precision * factor if q.precision is not None else None
    return q.model_copy(update={"value": value, "unit": unit, "precision": precision})


def _plainly(q: Quantity) -> bool:
    return q.qualifier in (Qualifier.EXACT, Qualifier.APPROXIMATE)


# "2 years and 10 months", "three hours, 25 minutes": the parts of one span, side by side
_COMPOUND_GAP = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*)?(?:and[ \u00a0]+)?\Z")


def _compound_durations(index: SourceIndex, c: _Slot, slots: list[_Slot]) -> Iterator[Derivation]:
    """A span the article tells in two or three units side by side, as one: "3 years" for
    "about 2 years and 10 months" (2.8 years), "2.5 hours" for "two hours and 30 minutes",
    "2:02:27" for "2 hours, 2 minutes and 27 seconds". The parts are a total's (none is a
    rival of it)."""
    claim = c.quantity
    if claim.kind is not QuantityKind.DURATION or claim.unit is None or _age(claim):
        return
    spans = [s for s in slots if s.quantity.kind is QuantityKind.DURATION and not _age(s.quantity)]
    spans.sort(key=lambda s: s.quantity.span)
    for first in range(len(spans)):
        run = [spans[first]]
        for b in spans[first + 1 : first + 3]:  # "2 hours, 2 minutes and 27 seconds": 3 parts
            a = run[-1]
            between = index.text[a.quantity.span[1] : b.quantity.span[0]]
            if a.sentence != b.sentence or a.quantity.unit == b.quantity.unit:
                break
            if len(between) > 8 or not _COMPOUND_GAP.match(between):
                break
            run.append(b)
            # all in the claim's family of units (so in each other's): years and months, hours,
            # minutes and seconds
            parts = [duration_in(part.quantity, claim.unit) for part in run]
            if any(part is None for part in parts):
                break
            total = sum((part for part in parts if part is not None), Decimal(0))
            if _agrees(claim, total):
                unit = claim.unit if total == 1 else f"{claim.unit}s"
                told = " + ".join(part.quantity.text for part in run)
                shown = f"{total:.3g}" if total < 1000 else f"{total:,.0f}"
                yield Derivation(tuple(run), f"{told} = {shown} {unit}", total=True)


def _rounded_anywhere(index: SourceIndex, c: _Slot) -> Iterator[Derivation]:
    """A figure the claim rounds to its own precision, wherever the article gives it: "$6M"
    for "$6.3 million". A rounded figure shares no digits with the claim to be found by, so the
    source figures within half the claim's step are looked up by value (a handful, never a scan)."""
    claim = c.quantity
    step = _step(claim)
    if step is None or step <= 0 or claim.qualifier not in (Qualifier.EXACT, Qualifier.APPROXIMATE):
        return
    for position in values_near(index, claim.value - step / 2, claim.value + step / 2):
        s = index.slots[position]
        if s.sentence in index.instructions or not _plainly(s.quantity):
            continue
        if s.quantity.value == claim.value or c.below or s.below:
            continue  # the same value is stated or not, never rounded; "nearly" is no rounding
        if _same_measure(c, s) and _rounds_to(claim, s.quantity):
            yield Derivation((s,), f"{s.quantity.text} rounded = {claim.text}")


def _in_other_units(index: SourceIndex, c: _Slot, slots: list[_Slot]) -> Iterator[Derivation]:
    """A span of time the source states in another unit: "40 years" for "four decades",
    "nearly 3 decades" for "27 years" (to the claim's precision). Figures of the passage are
    converted; elsewhere in the source, the claim's value in each other unit is looked up by
    value (one look-up per unit), in whatever words the article puts it."""
    claim = c.quantity
    if claim.kind is not QuantityKind.DURATION or claim.unit is None or not _plainly(claim):
        return
    for s in slots:
        q = s.quantity
        if q.kind is not QuantityKind.DURATION or q.unit == claim.unit or not _plainly(q):
            continue
        other = _converted(q, claim.unit) if _age(q) == _age(claim) else None
        if other is None or (c.below and other.value >= claim.value):
            continue  # "nearly 3 decades" is short of 30 years
        if other.value == claim.value or _rounds_to(claim, other):
            yield Derivation((s,), f"{q.text} = {claim.text}")
    for unit in _UNITS_OF_TIME:
        value = duration_in(claim, unit)
        if unit == claim.unit or value is None:
            continue
        for position in index.by_value.get(_key(value), ()):
            s = index.slots[position]
            q = s.quantity
            if q.kind is not QuantityKind.DURATION or q.unit != unit or not _plainly(q):
                continue
            if s.sentence in index.instructions:
                continue
            if _plain(q) and _age(q) == _age(claim):
                yield Derivation((s,), f"{q.text} = {claim.text}")


def _sums(claim: Quantity, pairs: Iterable[tuple[_Slot, _Slot]]) -> Iterator[Derivation]:
    for a, b in pairs:
        x, y = a.quantity.value, b.quantity.value
        if _agrees(claim, x + y):
            words = f"{a.quantity.text} + {b.quantity.text} = {claim.text}"
            # parts of one total are told together: in one sentence or the next
            yield Derivation((a, b), words, total=abs(a.sentence - b.sentence) <= 1)
        yield from _differences(claim, [(a, b)])


_MOST_PARTS = 8  # a list of parts longer than this is a table, not a sentence's list


_JOINED = re.compile(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,3}and[ \u00a0]+")
_BETWEEN = re.compile(r"\bbetween[ \u00a0]+\Z", re.IGNORECASE)


def _joined(text: str, a: _Slot, b: _Slot) -> bool:
    """Two figures one phrase joins with "and": "one person dead and five wounded"."""
    first, second = sorted((a, b), key=lambda s: s.quantity.span)
    end, start = first.quantity.span[1], second.quantity.span[0]
    if _BETWEEN.search(text, max(0, first.quantity.span[0] - 12), first.quantity.span[0]):
        return False  # "between 80 cents and $1.20": the two ends of a range, no parts
    return first.sentence == second.sentence and _JOINED.fullmatch(text, end, start) is not None


def _list_totals(claim: Quantity, like: list[_Slot]) -> Iterator[Derivation]:
    """A total of three or more parts one sentence lists ("3 hotels in Paris, 2 in Rome and 4
    in Madrid" for "9 hotels"): every figure of that measure in the sentence, added up."""
    by_sentence: dict[int, list[_Slot]] = {}
    for s in like:
        by_sentence.setdefault(s.sentence, []).append(s)
    for parts in by_sentence.values():
        if not 3 <= len(parts) <= _MOST_PARTS or any(p.quantity.vague for p in parts):
            continue
        if _agrees(claim, sum((p.quantity.value for p in parts), Decimal(0))):
            words = " + ".join(p.quantity.text for p in parts) + f" = {claim.text}"
            yield Derivation(tuple(parts), words, total=True)


def _differences(
    claim: Quantity, pairs: Iterable[tuple[_Slot, _Slot]]
) -> Iterator[Derivation]:
    for a, b in pairs:
        x, y = a.quantity.value, b.quantity.value
        big, small = (a, b) if x >= y else (b, a)
        if x != y and _agrees(claim, abs(x - y)):
            words = f"{big.quantity.text} - {small.quantity.text} = {claim.text}"
            yield Derivation((big, small), words)


def _spans_of_years(
    claim: Quantity, slots: list[_Slot], published: int | None, ranges: Iterable[_Slot] = ()
) -> Iterator[Derivation]:
    """'after 41 years' from 1973 and 2014 (or the article's own date), '8 years' from 'from
    2005 to 2013' (a range of years written end to end)."""
    unit = _unit_lemma(claim.unit)
    span = claim.kind is QuantityKind.DURATION and unit in ("year", None)
    if not span and not (claim.kind is QuantityKind.COUNT and claim.unit is None):
        return
    years = [(slot, y) for slot in slots if (y := _years(slot)) is not None]
    for (a, x), (b, y) in itertools.combinations(years, 2):
        if x != y and _agrees(claim, abs(x - y)):
            later, earlier = (a, b) if x > y else (b, a)
            words = f"{later.quantity.text} - {earlier.quantity.text} = {claim.text}"
            yield Derivation((later, earlier), words)
    for slot in ranges:
        q = slot.quantity
        if q.low is not None and q.high is not None and _agrees(claim, q.high - q.low):
            yield Derivation((slot,), f"{q.high} - {q.low} = {claim.text}")  # "from 2005 to 2013"
    if published is not None:
        for slot, y in years:
            if y != published and _agrees(claim, abs(published - y)):
                words = f"{published} (published) - {slot.quantity.text} = {claim.text}"
                yield Derivation((slot,), words)


def _spans_of_dates(claim: Quantity, slots: list[_Slot]) -> Iterator[Derivation]:
    """"Two months after the call" from July 25 and September 25; "10 days later" from March 3
    and March 13: the span between two days the passage gives, in the claim's unit (a whole
    number of months only from the same day of the month)."""
    unit = _unit_lemma(claim.unit)
    if claim.kind is not QuantityKind.DURATION or unit not in ("day", "week", "month"):
        return
    days = [(slot, parts) for slot in slots if (parts := _day(slot)) is not None]
    for (a, (ya, ma, da)), (b, (yb, mb, db)) in itertools.combinations(days, 2):
        if (ya is None) != (yb is None):
            ya = yb = ya or yb  # "July 25" and "September 25, 2019": one year
        year_a, year_b = ya or 2001, yb or 2001  # no year: any year without a 29 February
        try:
            first, second = date(year_a, ma, da), date(year_b, mb, db)
        except ValueError:
            continue
        earlier, later = (a, b) if first <= second else (b, a)
        gap = abs((second - first).days)
        if unit == "month":
            if da != db:
                continue
            span = Decimal(abs((year_b - year_a) * 12 + mb - ma))
        else:
            span = Decimal(gap) / (7 if unit == "week" else 1)
        if span and _agrees(claim, span):
            words = f"{earlier.quantity.text} to {later.quantity.text} = {claim.text}"
            yield Derivation((earlier, later), words)


# A day told from another of its sentence: "on May 4, with results expected the following
# day", "on June 28, two days before the start of the fiscal year", "in 2023, up from the year
# before"
_OFFSET = re.compile(
    r"\b(?:(?:the|a)[ ](?P<next>following|next|previous|preceding)[ ](?P<u1>day|week|month|year)"
    r"|(?:the|a)[ ](?P<u2>day|week|month|year)[ ](?P<d2>before|after|earlier|later)"
    r"|(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ ]"
    r"(?P<u3>day|week|month|year)s?[ ](?P<d3>before|after|earlier|later))\b",
    re.IGNORECASE,
)
_OFFSET_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
# "two days before the start", "two days after he fled": the day named is told from another
# event, which the words after the phrase name ("the following day." names none)
_EVENT_NEXT = re.compile(r"[ ]+[A-Za-z]")


def _offset_dates(
    index: SourceIndex, c: _Slot, sentences: Iterable[int]
) -> Iterator[Derivation]:
    """A day or year the article tells by its distance from another it names in the same
    sentence: "May 5" from "May 4, with results expected the following day", "June 30" from
    "June 28, two days before the start of the fiscal year", "2022" from "in 2023, up from
    11.8 million the year before"."""
    claim = c.quantity
    wanted = _date_parts(claim)
    for sentence in passage(index, sentences):
        start, end = index.sentences[sentence]
        for found in _OFFSET.finditer(index.text, start, end):
            # the day named last before the phrase, in its sentence or the one before
            before = [a for a in _days_of(index, sentence) if a.quantity.span[1] <= found.start()]
            before = before or _days_of(index, sentence - 1)
            if not before:
                continue
            if not c.local & _clause_words(index.text, start, end, found):
                continue  # "The next year, the Taliban released videos": another event's day
            anchor = before[-1]
            unit = (found.group("u1") or found.group("u2") or found.group("u3")).lower()
            way = (found.group("next") or found.group("d2") or found.group("d3")).lower()
            count = (found.group("n") or "one").lower()
            n = int(count) if count.isdigit() else _OFFSET_COUNTS[count]
            event_next = _EVENT_NEXT.match(index.text, found.end()) is not None
            forward = way in ("following", "next", "later") or (
                way in ("before", "after") and (way == "before") == event_next
            )
            moved = _moved(anchor.quantity, n if forward else -n, unit)
            if moved is None:
                continue
            pairs = [(a, b) for a, b in zip(wanted, moved, strict=True) if a is not None]
            if pairs and all(b is not None and a == b for a, b in pairs):
                sign = "+" if forward else "-"
                words = f"{anchor.quantity.text} {sign} {n} {unit}{'s' if n > 1 else ''}"
                yield Derivation((anchor,), f"{words} = {claim.text}", restated=True)


_CLAUSE_END = re.compile(r"[,;:()]")
_OFFSET_WORDS = frozenset(
    _lemma(word)
    for word in (
        "day", "days", "week", "weeks", "month", "months", "year", "years", "following",
        "next", "previous", "preceding", "before", "after", "earlier", "later",
    )
)  # fmt: skip


def _clause_words(text: str, start: int, end: int, found: re.Match[str]) -> frozenset[str]:
    """The content words of the clause a match sits in, between commas or the sentence's
    ends, as lemmas: what the day it tells is the day of ("with results expected the
    following day")."""
    ends = [m.start() for m in _CLAUSE_END.finditer(text, start, end)]
    left = max((e + 1 for e in ends if e < found.start()), default=start)
    right = min((e for e in ends if e >= found.end()), default=end)
    words = (m.group() for m in _TOKEN.finditer(text, left, right))
    return frozenset(
        _lemma(word)
        for word in words
        if word[0].isalpha() and word.lower() not in _STOPWORDS
    ) - _OFFSET_WORDS


def _days_of(index: SourceIndex, sentence: int) -> list[_Slot]:
    """The dates and years a source sentence names, in reading order."""
    return [
        index.slots[p]
        for p in index.by_sentence.get(sentence, ())
        if index.slots[p].quantity.kind in (QuantityKind.DATE, QuantityKind.YEAR)
        and index.slots[p].quantity.qualifier is Qualifier.EXACT
    ]


def _moved(
    q: Quantity, n: int, unit: str
) -> tuple[int | None, int | None, int | None] | None:
    """A date or year moved by ``n`` days, weeks, months or years, as (year, month, day)."""
    year, month, day = _date_parts(q)
    if unit == "year":
        return (year + n if year else None, month, day)
    if month is None:
        return None
    if unit == "month":
        total = (month - 1) + n
        shifted_year = year + total // 12 if year else None
        return (shifted_year, total % 12 + 1, day)
    if day is None:
        return None
    try:
        start = date(year or 2001, month, day)
    except ValueError:
        return None
    moved = start + timedelta(days=n * (7 if unit == "week" else 1))
    return (moved.year if year else None, moved.month, moved.day)


def _day(slot: _Slot) -> tuple[int | None, int, int] | None:
    """A source date's (year or None, month, day), where it names a day."""
    q = slot.quantity
    if q.kind is not QuantityKind.DATE or q.qualifier is not Qualifier.EXACT:
        return None
    year, month, day = _date_parts(q)
    return (year, month, day) if month and day else None


def _span_since(
    index: SourceIndex, c: _Slot, published: int | None
) -> Iterator[Derivation]:
    """ "After 71 years" in an article of 2016 where the article names 1945: the one year that
    gives the span is looked up by value, wherever the article names it, in whatever words
    (a headline's "Tree Rat Reappears After 113 Years" for "the last recorded sighting was in
    1898"), or an age from the year of birth ("dead at 88" in 2011 for "born in 1923"); one
    look-up, never a search over the article's figures."""
    claim = c.compare if _told_age(c) else c.quantity
    if published is None or claim.value != claim.value.to_integral_value() or claim.value <= 0:
        return
    if not (claim.kind is QuantityKind.DURATION and _unit_lemma(claim.unit) == "year"):
        return
    year = published - claim.value
    # the year alone (a full date is filed under it too), or a month of it ("January 1945")
    keys = [_key(year)] + [_key(year * 10000 + month * 100) for month in range(1, 13)]
    for position in (p for key in keys for p in index.by_value.get(key, ())):
        s = index.slots[position]
        if not _plain(s.quantity) or not _of_year(s.quantity, year):
            continue
        if s.sentence in index.instructions:
            continue
        if _told_age(c) and _BORN not in s.local:
            continue  # an age counts from the year of birth, not from any year
        words = f"{published} (published) - {s.quantity.text} = {c.quantity.text}"
        yield Derivation((s,), words)


def _of_year(q: Quantity, year: Decimal) -> bool:
    """A year, or a date in it ("mid-January 1945" counts from 1945)."""
    if q.kind is QuantityKind.YEAR:
        return q.value == year
    return q.kind is QuantityKind.DATE and _date_parts(q)[0] == year


_BORN = "born"
# A span of years counted up to the time of writing: "37 years after he escaped", "21 years
# ago", "40 years on".
_SINCE = re.compile(r"[ \u00a0]+(?:ago|after|later|on)\b", re.IGNORECASE)


def _year_by_span(index: SourceIndex, c: _Slot, published: int | None) -> Iterator[Derivation]:
    """ "Escaped in 1978" in an article of 2015 that says he was caught "37 years after" he
    escaped: the span that gives the year, looked up by value, counted up to the time of
    writing; one look-up, never a search over the article's figures."""
    claim = c.quantity
    if published is None or claim.kind is not QuantityKind.YEAR or not _plain(claim):
        return
    span = published - claim.value
    if span <= 0:
        return
    for position in index.by_value.get(_key(span), ()):
        s = index.slots[position]
        q = s.quantity
        if q.kind is not QuantityKind.DURATION or _unit_lemma(q.unit) != "year" or _age(q):
            continue
        if s.sentence in index.instructions or not _SINCE.match(index.text, q.span[1]):
            continue
        words = f"{published} (published) - {q.text} = {claim.text}"
        yield Derivation((s,), words)


# A span that puts a year off: "extend his time by one year", "delayed by two years".
_PUT_OFF = re.compile(
    r"\b(?:extend|delay|postpone|prolong|push(?:ed)?[ \u00a0]+back)\w*\b[^.;]{0,40}?[ \u00a0]+by"
    r"[ \u00a0]+\Z",
    re.IGNORECASE,
)


# A claim about the plan, not the outcome: "originally planned to open in 2030"
_PLAN_WORDS = re.compile(
    r"\b(?:planned|originally|initially|scheduled|intended|due)\b", re.IGNORECASE
)
_LATER_THAN_PLANNED = re.compile(
    r"[ \u00a0]+(?P<way>later|earlier|sooner)[ \u00a0]+than[ \u00a0]+(?:originally[ \u00a0]+)?"
    r"(?:planned|scheduled|expected|forecast|intended|promised)\b",
    re.IGNORECASE,
)


def _year_put_off(
    index: SourceIndex, c: _Slot, sentences: Iterable[int], planned: bool = False
) -> Iterator[Derivation]:
    """ "Beyond 2019" where one sentence of the passage says he was leaving "in 2018" and would
    "extend his time in the UK by one year": the year plus the span that puts it off; and "planned
    for 2030" where it would "open in 2033, three years later than planned"."""
    claim = c.quantity
    if not _plain(claim):
        return
    for sentence in passage(index, sentences):
        start = index.starts[sentence]
        slots = [index.slots[p] for p in index.by_sentence.get(sentence, ())]
        years = [s for s in slots if s.quantity.kind is QuantityKind.YEAR and _plain(s.quantity)]
        for s in slots:
            q = s.quantity
            if q.kind is not QuantityKind.DURATION or _unit_lemma(q.unit) != "year":
                continue
            later = _LATER_THAN_PLANNED.match(index.text, q.span[1])
            if later is not None and planned:
                # "open in 2033, three years later than planned": the plan was 2030
                sign = -1 if later.group("way").lower() == "later" else 1
                op = "-" if sign < 0 else "+"
                for year in years:
                    if year.quantity.value + sign * q.value == claim.value:
                        words = f"{year.quantity.text} {op} {q.text} = {claim.text}"
                        # the year it will be is no rival of the year the plan was
                        yield Derivation((year, s), words, restated=True)
                continue
            if not _PUT_OFF.search(index.text[max(start, q.span[0] - 60) : q.span[0]]):
                continue
            for year in years:
                if year.quantity.value + q.value == claim.value:
                    words = f"{year.quantity.text} + {q.text} = {claim.text}"
                    yield Derivation((year, s), words)


# "his second try", "Cuthbert's second try": a count so far of what someone did
_POSSESSED = re.compile(r"(?:\b(?:his|her|its|their)|['’]s?)[ \u00a0]+\Z", re.IGNORECASE)


def owned_ordinals(index: SourceIndex, c: _Slot) -> list[_Slot]:
    """The article's ordinals of the claim's counted thing owned by the claim's subject (the
    name right before them): "his second try" for "Cuthbert scored two tries"."""
    unit = _unit_lemma(c.quantity.unit)
    if c.quantity.kind is not QuantityKind.COUNT or unit is None or not c.segment:
        return []
    found = []
    for position in index.figures_of(c.segment)[: TUNING.common_posting]:
        s = index.slots[position]
        q = s.quantity
        if q.kind is not QuantityKind.ORDINAL or _unit_lemma(q.unit) != unit:
            continue
        start = index.starts[s.sentence]
        owned = _POSSESSED.search(index.text[max(start, q.span[0] - 12) : q.span[0]])
        if owned is not None and s.sentence not in index.instructions:
            found.append(s)
    return found


def _count_by_ordinal(index: SourceIndex, c: _Slot) -> Iterator[Derivation]:
    """ "Cuthbert scored two tries" where the article says he scored "his second try": the
    ordinal of someone's own things is how many of them he has, unless the article counts on
    past it."""
    owned = owned_ordinals(index, c)
    claim = c.quantity
    if not owned or max(s.quantity.value for s in owned) != claim.value:
        return
    s = max(owned, key=lambda s: s.quantity.value)
    q = s.quantity
    start = index.starts[s.sentence]
    said = index.text[max(start, q.span[0] - 12) : q.span[1]].split()
    yield Derivation((s,), f"{' '.join(said[-2:])} {q.unit} = {claim.text}")


_OTHER = re.compile(r"[ \u00a0]+others?\b", re.IGNORECASE)


def _besides_a_count(index: SourceIndex, s: _Slot) -> bool:
    """ "N others" after a count of several in their sentence are besides those, not besides
    one: "Three people died and three others are missing" tells six ("the attack on one
    frightened the 209 others" tells 210)."""
    start = s.quantity.span[0]
    return any(
        other.quantity.kind is QuantityKind.COUNT
        and other.quantity.value > 1
        and other.quantity.span[1] <= start
        for other in (index.slots[p] for p in index.by_sentence.get(s.sentence, ()))
    )


def _one_besides(
    index: SourceIndex, c: _Slot, told: tuple[str, int] = ("", 0)
) -> Iterator[Derivation]:
    """ "N other" things counted beside the one the sentence names: "California and 16 other
    states sued" is 17 states, and "three other ships have had problems" makes this one the
    4th. The one figure that gives the claim's is looked up by value (the claim's less one), in
    whatever words the article puts it; never a scan. A claim that says "others" itself counts
    the same others ("four others remain missing")."""
    claim = c.quantity
    ranked = claim.kind is QuantityKind.ORDINAL
    if not (ranked or claim.kind is QuantityKind.COUNT) or not _plainly(claim):
        return
    text, start = told
    if text and _OTHER.match(text, claim.span[1] - start):
        return
    if claim.value < 2 or claim.value != claim.value.to_integral_value():
        return
    for position in index.by_value.get(_key(claim.value - 1), ()):
        s = index.slots[position]
        if s.quantity.kind is not QuantityKind.COUNT or s.sentence in index.instructions:
            continue
        if not _plainly(s.quantity) or not _OTHER.match(index.text, s.quantity.span[1]):
            continue
        if not ranked and _besides_a_count(index, s):
            continue
        if _units_compatible(c, s) if ranked else _same_measure(c, s):
            words = f"{s.quantity.text} other + 1 = {claim.text}"
            yield Derivation((s,), words, total=True)


_OF_THE = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:(?:the|its|their|his|her|our|a|an|this|that)[ \u00a0]+)?\Z"
)


def _parts_of(index: SourceIndex, c: _Slot, slots: list[_Slot]) -> Iterator[Derivation]:
    """A fraction of a figure, told as one phrase: "$350B" for "the second half of the $700
    billion", "300 members" for "a third of its 900 members"."""
    claim = c.quantity
    for f, x in itertools.pairwise(slots):
        if f.quantity.unit != _FRACTION or f.sentence != x.sentence or not _same_measure(c, x):
            continue
        if not _OF_THE.match(index.text[f.quantity.span[1] : x.quantity.span[0]]):
            continue
        if _agrees(claim, f.quantity.value * x.quantity.value):
            words = f"{f.quantity.text} of {x.quantity.text} = {claim.text}"
            yield Derivation((f, x), words, share=True)


def _percent_of(c: _Slot, slots: list[_Slot]) -> Iterator[Derivation]:
    """A share of a count or sum told as a percentage of it in one sentence: "1.9M" for "some
    2.4 million people ... and 80% of them", to the claim's precision. The whole is the same
    sort of thing as the claim's figure, and no rival value of its share."""
    claim = c.quantity
    if claim.kind not in (QuantityKind.COUNT, QuantityKind.MONEY):
        return
    shares = [s for s in slots if s.quantity.kind is QuantityKind.PERCENT]
    wholes = [s for s in slots if _same_measure(c, s)]
    for share, whole in itertools.product(shares, wholes):
        if share.sentence != whole.sentence or not 0 < share.quantity.value < _HUNDRED:
            continue
        if _agrees(claim, share.quantity.value * whole.quantity.value / _HUNDRED):
            words = f"{share.quantity.text} of {whole.quantity.text} = {claim.text}"
            yield Derivation((share, whole), words, share=True)


# A fall, right before its size or what it went to: "reduce the rate by 75%", "cut to half".
_FALL = re.compile(
    r"\b(?:reduc\w*|cut\w*|lower\w*|slash\w*|fell|fall\w*|dropp?\w*|declin\w*|decreas\w*|"
    r"shr[iau]nk\w*)\b[^.;]{0,40}?[ \u00a0](?P<role>by|to)[ \u00a0]+\Z",
    re.IGNORECASE,
)


def _fall_before(index: SourceIndex, s: _Slot) -> re.Match[str] | None:
    """The fall a source figure is the size or the end of ("reduce the rate by 75%")."""
    start = index.starts[s.sentence]
    return _FALL.search(index.text[max(start, s.quantity.span[0] - 60) : s.quantity.span[0]])


def _what_is_left(index: SourceIndex, c: _Slot, slots: list[_Slot]) -> Iterator[Derivation]:
    """What a fall leaves, or the fall that leaves it: "to a quarter of its normal level" where
    the article would "reduce ... by 75%" (100% - 75% = 25%), "cut by half" for "cut to half".
    One figure is the size of the fall ("by"), the other what it went to ("to")."""
    if _GROUP.get(c.compare.kind) != "percent" or c.role not in ("to", "by"):
        return
    for s in slots:
        if _GROUP.get(s.compare.kind) != "percent":
            continue
        fall = _fall_before(index, s)
        if fall is None or fall.group("role").lower() == c.role:
            continue
        if _agrees(c.compare, _HUNDRED - s.compare.value):
            words = f"100% - {s.quantity.text} = {c.quantity.text}"
            yield Derivation((s,), words, restated=True)


# Words that turn a share round: "who lack insurance", "not saving", "without power"
_NEGATION = re.compile(
    r"\b(?:not|no|never|none|lacks?|lacking|without|fails?|failed|unable|un\w+ed|\w+n['’]t)\b",
    re.IGNORECASE,
)


def _negated(text: str, start: int, end: int) -> bool:
    return _NEGATION.search(text, max(0, start - 48), min(len(text), end + 48)) is not None


def _complement(
    index: SourceIndex, claim_text: str, c: _Slot, at: tuple[int, int], slots: list[_Slot]
) -> Iterator[Derivation]:
    """The rest of a share, told the other way round: "almost 90% have health insurance" for
    "the share who lack insurance dropped to 11.9%" (100% - 11.9%), "32% not saving" for "68%
    save": a percentage of one whole, one side negated and the other not."""
    claim = c.compare
    if claim.kind is not QuantityKind.PERCENT or c.role is not None:
        return
    negated = _negated(claim_text, *at)
    for s in slots:
        q = s.compare
        if q.kind is not QuantityKind.PERCENT or not 0 < q.value < 100:
            continue
        if s.role not in (None, "to"):
            continue  # a share's size of change ("rose 5%") is no share of the whole
        if _negated(index.text, *s.quantity.span) == negated:
            continue
        if _agrees(claim, _HUNDRED - q.value):
            yield Derivation((s,), f"100% - {s.quantity.text} = {c.quantity.text}", restated=True)


def _other_end(index: SourceIndex, c: _Slot, slots: list[_Slot]) -> Iterator[Derivation]:
    """One end of a change from the other end and its size, told in one sentence: "grew from
    nine to fourteen" where the article would "expand by five ... to 14" (14 - 5 = 9). Any
    size, however small: the two operands are tied as the parts of one change."""
    if c.role not in ("from", "to"):
        return
    wanted = "to" if c.role == "from" else "from"
    for end, size in itertools.permutations(slots, 2):
        if end.sentence != size.sentence or end.role != wanted or size.role != "by":
            continue
        if not (_same_measure(c, end) and _same_measure(c, size)):
            continue
        falls = _fall_before(index, size)
        # from = to - size for a rise; to = from + size (a fall turns both round)
        sign = -1 if (wanted == "to") != (falls is not None) else 1
        value = end.quantity.value + sign * size.quantity.value
        if _agrees(c.quantity, value):
            op = "-" if sign < 0 else "+"
            words = f"{end.quantity.text} {op} {size.quantity.text} = {c.quantity.text}"
            yield Derivation((end, size), words)


def _size_of_change(c: _Slot, slots: list[_Slot], says_change: bool) -> Iterator[Derivation]:
    """The size of a change from its two ends, told in one sentence: "rose $3.50" from "rose
    from $48.50 to $52.00". Any size, however small: the two ends are tied as one change. The
    claim must tell a change ("rose", "by"), and a percentage's change is in points."""
    if not (says_change or c.role == "by") or c.quantity.kind is QuantityKind.PERCENT:
        return
    for start, end in itertools.permutations(slots, 2):
        # "rose from $48.50 to $52.00", "94 cents a share, compared with 77 cents"
        if start.sentence != end.sentence or start.role != "from" or end.role not in ("to", None):
            continue
        if not (_end_fits(c, start) and _end_fits(c, end)) or not (
            _same_measure(c, start) or _same_measure(c, end) or (_bare(start) and _bare(end))
        ):
            continue
        size = abs(end.quantity.value - start.quantity.value)
        if size and _agrees(c.quantity, size):
            high, low = (end, start) if end.quantity.value > start.quantity.value else (start, end)
            words = f"{high.quantity.text} - {low.quantity.text} = {c.quantity.text}"
            yield Derivation((start, end), words)


_MORE_THAN = re.compile(r"\A[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}?(?:more|above|higher|over)\b")
_LESS_THAN = re.compile(r"\A[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}?(?:less|below|lower|fewer|under)\b")
_PERCENT_OF = re.compile(r"[ \u00a0]+of\b")


def _share_beyond(
    index: SourceIndex, claim_text: str, c: _Slot, at: tuple[int, int], slots: list[_Slot]
) -> Iterator[Derivation]:
    """A percentage more or less than a level, from the share of it the article gives: "68%
    more rain than average" from "168% of average rainfall", "40% below normal" from "60% of
    normal"."""
    claim = c.quantity
    if claim.kind is not QuantityKind.PERCENT:
        return
    after = claim_text[at[1] : at[1] + 40]
    if _MORE_THAN.match(after):
        share, sign = _HUNDRED + claim.value, "-"
    elif _LESS_THAN.match(after):
        share, sign = _HUNDRED - claim.value, "+"
    else:
        return
    for s in slots:
        q = s.quantity
        if q.kind is QuantityKind.PERCENT and q.value == share and _PERCENT_OF.match(
            index.text, q.span[1]
        ):
            if sign == "-":
                words = f"{q.text} - 100% = {claim.text} more"
            else:
                words = f"100% - {q.text} = {claim.text} less"
            yield Derivation((s,), words, restated=True)


def _bare(s: _Slot) -> bool:
    """A count said with no noun, which takes its change's: "from 15 years to nine"."""
    return s.quantity.kind is QuantityKind.COUNT and s.quantity.unit is None


def _end_fits(c: _Slot, s: _Slot) -> bool:
    """An end of a change the claim's size is measured in, or one said with no noun."""
    return _same_measure(c, s) or _bare(s)


_MARGIN = re.compile(
    r"\b(?:margin|majority|lead|leads|led|ahead|edge|edged|beat|won|win|wins|victory"
    r"|(?:passed|carried|approved)[ ]by)\b",
    re.IGNORECASE,
)


def _margins(
    c: _Slot, slots: list[_Slot], claim_text: str, at: tuple[int, int]
) -> Iterator[Derivation]:
    """The margin of a result, its two sides apart: "a 36-vote margin" for "passed 68-32", "won
    by three points" for "beat the 49ers 25-22". The claim must tell a margin."""
    start, end = at
    if c.quantity.kind is not QuantityKind.COUNT or not _MARGIN.search(
        claim_text[max(0, start - 30) : end + 20]
    ):
        return
    for s in slots:
        q = s.quantity
        if q.kind is not QuantityKind.SCORE or q.low is None or q.high is None:
            continue
        if q.high != q.low and _agrees(c.quantity, q.high - q.low):
            words = f"{q.text}: {q.high} - {q.low} = {c.quantity.text}"
            yield Derivation((s,), words, margin=True)


def _ratios(c: _Slot, slots: list[_Slot]) -> Iterator[Derivation]:
    """A per-unit figure ("$25 a share" from $50 million and 2 million shares), and a percent
    change between two figures of one measure ("up 20%" from 50 to 60)."""
    claim = c.quantity
    for a, b in itertools.permutations(slots, 2):
        x, y = a.quantity.value, b.quantity.value
        if not x or not y or x == y:
            continue  # a figure over itself gives 1 (or 0%): no evidence of anything
        try:
            if claim.kind is QuantityKind.PERCENT and a.quantity.kind is b.quantity.kind:
                if a.quantity.kind in (QuantityKind.PERCENT, QuantityKind.PERCENTAGE_POINT):
                    continue  # a change between percentages is in points, not a percent change
                if not _units_compatible(a, b):
                    continue
                if not _way_of_change(c, a, b):
                    continue
                change = abs(y - x) / x * _HUNDRED
                if _agrees(claim, change):
                    high, low = (b, a) if y > x else (a, b)  # a fall is told as from - to
                    words = (
                        f"({high.quantity.text} - {low.quantity.text}) / {a.quantity.text}"
                        f" = {claim.text}"
                    )
                    yield Derivation((a, b), words)
            elif (
                claim.kind is a.quantity.kind
                and (claim.kind is QuantityKind.MONEY or (_same_measure(c, a) and c.each))
                and claim.currency == a.quantity.currency
                and b.quantity.kind is QuantityKind.COUNT
                and b.quantity.unit
                and y > 1
                and _agrees(claim, x / y)
            ):
                words = f"{a.quantity.text} / {b.quantity.text} = {claim.text}"
                yield Derivation((a, b), words)
        except ArithmeticError:  # decimal's InvalidOperation and DivisionByZero among them
            continue


def _way_of_change(c: _Slot, start: _Slot, end: _Slot) -> bool:
    """Whether a percent change from ``start`` to ``end`` can be the claim's: where the article
    tells them as the two ends of one change ("fell from $120 million to $100 million"), the
    base is the value it changed from, and the claim's direction, where it says one, is the
    change's ("rose 20%" is no fall from 100 to 80)."""
    if start.role == "to" or end.role == "from":
        return False
    if start.role != "from" or end.role != "to" or c.sign is None:
        return True
    rise = end.quantity.value > start.quantity.value
    return rise == (c.sign > 0)


# A count told as a part of the count before it: "3,248 cases, including 584 deaths", "of whom
# 12 died"; or of the count after it: "584 of the 3,248 cases", "9 out of 10".
_PART_AFTER_WHOLE = re.compile(
    r"\b(?:including|among[ \u00a0]+them|of[ \u00a0]+(?:whom|which|them|those))[ \u00a0]+\Z",
    re.IGNORECASE,
)
_WHOLE_OPENS = re.compile(r"\b(?:[Oo]f|[Aa]mong)[ \u00a0]+(?:(?:the|all|its|their)[ \u00a0]+)?\Z")
_WHOLE_THEN_PART = re.compile(r"[ \u00a0\w'’-]{0,30},[ \u00a0]*")
_PART_BEFORE_WHOLE = re.compile(
    r"[ \u00a0]+(?:\w+[ \u00a0]+)?(?:out[ \u00a0]+)?of[ \u00a0]+"
    r"(?:(?:the|all|its|their)[ \u00a0]+)?",
    re.IGNORECASE,
)


def _share_of_whole(index: SourceIndex, c: _Slot, counts: list[_Slot]) -> Iterator[Derivation]:
    """A percentage of a whole the article counts with one of its parts, in one sentence:
    "about 18% of the 3,248 cases were fatal" from "3,248 cases reported worldwide, including
    584 deaths" (584 / 3,248 = 18%)."""
    fraction = c.quantity.unit == _FRACTION
    if c.quantity.kind is not QuantityKind.PERCENT and not fraction:
        return
    for whole, part in itertools.permutations([s for s in counts if s.quantity.value > 0], 2):
        w, p = whole.quantity, part.quantity
        if whole.sentence != part.sentence or not p.value < w.value:
            continue
        if w.span < p.span:  # "3,248 cases reported worldwide, including 584 deaths"
            between = index.text[w.span[1] : p.span[0]]
            told = len(between) < 60 and bool(_PART_AFTER_WHOLE.search(between))
            # "Of the 3,248 cases, 584 were fatal": the whole opens the sentence's clause
            opens = _WHOLE_OPENS.search(index.text, max(0, w.span[0] - 12), w.span[0])
            told = told or bool(opens and _WHOLE_THEN_PART.fullmatch(between))
        else:  # "584 of the 3,248 cases"
            told = part_of_whole(index.text, part, whole)
        share = p.value / w.value
        holds = rough_fraction(c, share) if fraction else _agrees(c.quantity, share * _HUNDRED)
        if told and holds:
            yield Derivation((part, whole), f"{p.text} / {w.text} = {c.quantity.text}", share=True)


# A part told right after its whole, in the same clause: "Seven people were shot, two fatally",
# "40 were held, 12 of them women", "12 staff, including three doctors".
_PART_AFTER = re.compile(r"[^.;:()\d]{0,60}?(?:,[ \u00a0]+|\binclud(?:ing|ed)[ \u00a0]+)\Z")
_PART_TOLD = re.compile(r"[ \u00a0]+(?:of[ \u00a0]+(?:them|whom)|[a-z]+ly)\b")


def part_of_whole(text: str, part: _Slot, whole: _Slot) -> bool:
    """Whether a figure is told as a part of the one right after it: "Thirty-four of 42
    passengers", "nine of the 10 dates"."""
    p, w = part.quantity.span, whole.quantity.span
    return (
        part.sentence == whole.sentence
        and p[1] <= w[0]
        and _PART_BEFORE_WHOLE.fullmatch(text, p[1], w[0]) is not None
    )


def _whole_before_part(text: str, whole: _Slot, part: _Slot) -> bool:
    w, p = whole.quantity.span, part.quantity.span
    if not (w[1] < p[0] and _PART_AFTER.fullmatch(text, w[1], p[0])):
        return False
    return "includ" in text[w[1] : p[0]] or _PART_TOLD.match(text, p[1]) is not None


def _rest_of_whole(index: SourceIndex, c: _Slot, counts: list[_Slot]) -> Iterator[Derivation]:
    """What is left of a whole the article tells with a part of it, however small: "leaving
    only one date" from "eliminate nine of the 10 dates" (10 - 9 = 1), "five wounded" from
    "Seven people were shot, two fatally". The part and the whole are one phrase, so their
    difference is no chance pairing of the article's numbers."""
    claim = c.quantity
    if claim.kind is not QuantityKind.COUNT:
        return
    for part, whole in itertools.permutations(counts, 2):
        p, w = part.quantity, whole.quantity
        if part.sentence != whole.sentence or not p.value < w.value:
            continue
        if not (
            part_of_whole(index.text, part, whole) or _whole_before_part(index.text, whole, part)
        ):
            continue
        if _agrees(claim, w.value - p.value):
            yield Derivation((whole, part), f"{w.text} - {p.text} = {claim.text}", share=True)


# How many of the shorter period make the longer one, where the calendar says so exactly
# (a month is no whole number of weeks).
_PERIODS = {
    ("month", "year"): Decimal(12),
    ("quarter", "year"): Decimal(4),
    ("week", "year"): Decimal(52),
    ("day", "year"): Decimal(365),
    ("day", "week"): Decimal(7),
    ("hour", "day"): Decimal(24),
}


def _rates_per_period(c: _Slot, slots: list[_Slot]) -> Iterator[Derivation]:
    """A rate told for another period of time: "$64M a year" for "$5.3 million a month" (12
    months), "$35 a week" for "$5 a day". Only money and counts: a percentage a year compounds."""
    claim = c.quantity
    if claim.kind not in (QuantityKind.MONEY, QuantityKind.COUNT) or c.per is None:
        return
    for s in slots:
        if s.per is None or s.per == c.per or s.quantity.kind is not claim.kind:
            continue
        if not _same_measure(c, s):
            continue
        longer = _PERIODS.get((s.per, c.per))
        shorter = _PERIODS.get((c.per, s.per))
        if longer is not None and _agrees(claim, s.quantity.value * longer):
            words = f"{s.quantity.text} a {s.per} × {longer} = {claim.text} a {c.per}"
            yield Derivation((s,), words, restated=True)
        elif shorter is not None and _agrees(claim, s.quantity.value / shorter):
            words = f"{s.quantity.text} a {s.per} / {shorter} = {claim.text} a {c.per}"
            yield Derivation((s,), words, restated=True)


_FOLD_SLACK = Decimal("0.1")  # "doubled" for a rise of 1.9x-2.1x; "nearly doubled" twice that


def _fold_holds(claim: Quantity, ratio: Decimal) -> bool:
    """Whether a ratio is the claim's multiple, to what its bound allows: "doubled" for 1.9x to
    2.1x, "nearly twice" for 1.8x to 2.2x, "more than tripled" for over 3x."""
    slack = _FOLD_SLACK * claim.value
    if claim.qualifier is Qualifier.AT_LEAST:
        return ratio > claim.value
    if claim.qualifier is Qualifier.APPROXIMATE:
        return abs(ratio - claim.value) <= 2 * slack
    return claim.qualifier is Qualifier.EXACT and abs(ratio - claim.value) <= slack


def _multiples(c: _Slot, slots: list[_Slot]) -> Iterator[Derivation]:
    """ "Doubled", "more than tripled", "a threefold rise" from a change one source sentence
    tells ("increased from 10% to 25%": 2.5 times), the later figure over the earlier, of one
    measure, or from a rise in percent ("gained about 140%": 2.4 times), to what the claim's
    bound allows."""
    claim = c.quantity
    if claim.unit != _FOLD or claim.value <= 1:
        return
    for s in slots:
        # a rise in percent is a multiple of where it started: "gained about 140%" is 2.4 times
        rise = s.quantity.kind is QuantityKind.PERCENT and s.role == "by" and s.sign == 1
        if rise and _fold_holds(claim, 1 + s.quantity.value / _HUNDRED):
            words = f"1 + {s.quantity.text} = {1 + s.quantity.value / _HUNDRED:.2g} times"
            yield Derivation((s,), words, restated=True)
    for a, b in itertools.combinations(slots, 2):
        if a.sentence != b.sentence or not a.quantity.value or a.quantity.value == b.quantity.value:
            continue
        if not _same_measure(a, b):
            continue
        if b.role == "from" and a.role != "from" and b.quantity.value:
            a, b = b, a  # "18 gigawatts, up from 9": the earlier value is the one it came from
        ratio = b.quantity.value / a.quantity.value
        if _fold_holds(claim, ratio):
            words = f"{b.quantity.text} / {a.quantity.text} = {ratio:.2g} times"
            yield Derivation((a, b), words)


def from_own_figures(c: _Slot, stated: Iterable[_Slot]) -> Derivation | None:
    """A claim figure that is the sum or difference of two other figures of the same claim
    sentence, each stated by the article, of one measure: "on sale for $300, $100 below its
    regular $400"; the margin of a score it states: "by 15 points, 69-54"; or a multiple told
    between two of them ("nearly twice as much as"). The claim shows
    its own arithmetic, on figures the article gives, so no other figure of the article can
    stand against it. ``stated`` are the claim's figures the article states; the derivation's
    operands are those claim figures."""
    claim = c.quantity
    if claim.unit == _FOLD and claim.value > 1:
        return _own_multiple(c, stated)
    if not _plain(claim) or claim.value <= 0:
        return None
    if claim.kind is QuantityKind.COUNT:
        # a margin told beside its score: "beat Space Coast by 15 points, 69-54"
        for s in stated:
            score = s.quantity
            if score.kind is not QuantityKind.SCORE or score.low is None or score.high is None:
                continue
            if claim.value == score.high - score.low:
                return Derivation((s,), f"{score.high} - {score.low} = {claim.text}")
    if abs(claim.value) < _SMALLEST_SUM:
        return None  # "4" as 2 + 2 of a list of small counts: had by chance
    like = [s for s in stated if s is not c and _plain(s.quantity) and _same_measure(c, s)]
    for a, b in itertools.permutations(like, 2):
        x, y = a.quantity, b.quantity
        if x.value > y.value and _agrees(claim, x.value - y.value):
            return Derivation((a, b), f"{x.text} - {y.text} = {claim.text}")
        if a.quantity.span < b.quantity.span and _agrees(claim, x.value + y.value):
            return Derivation((a, b), f"{x.text} + {y.text} = {claim.text}")
    return None


def _own_multiple(c: _Slot, stated: Iterable[_Slot]) -> Derivation | None:
    """A multiple told between two of the claim's own figures of one measure: "At £71.6m, Kepa
    cost nearly twice as much as Courtois's £38m move" (71.6 / 38 = 1.9 times)."""
    at = c.quantity.span[0]
    before = [s for s in stated if s.quantity.span[1] <= at and s.quantity.value]
    after = [s for s in stated if s.quantity.span[0] >= c.quantity.span[1] and s.quantity.value]
    for a in reversed(before):
        for b in after:
            if not _same_measure(a, b) or a.quantity.value <= b.quantity.value:
                continue
            ratio = a.quantity.value / b.quantity.value
            if _fold_holds(c.quantity, ratio):
                words = f"{a.quantity.text} / {b.quantity.text} = {ratio:.2g} times"
                return Derivation((a, b), words)
    return None


def derive(
    index: SourceIndex,
    c: _Slot,
    sentences: Iterable[int],
    published: int | None = None,
    told: tuple[str, int] = ("", 0),
) -> Derivation | None:
    """The first derivation of the claim's figure from figures of the passage, or None.
    ``told`` is the claim's text and where it starts in the text the figure's span counts in
    (for the words around the figure)."""
    claim = c.quantity
    if claim.kind is QuantityKind.ORDINAL:
        return next(_one_besides(index, c, told), None)  # "three other ships" before the 4th
    if published is None and index.dated is not None:
        published = index.dated.year  # "(Jul 8, 2014  9:12 AM CDT) ..." dates the article
    if claim.kind is QuantityKind.YEAR:
        found = _year_by_span(index, c, published)  # "in 1978", 37 years ago
        planned = bool(_PLAN_WORDS.search(told[0]))
        return (
            next(found, None)
            or next(_year_put_off(index, c, sentences, planned), None)
            or next(_offset_dates(index, c, sentences), None)
        )
    if claim.kind is QuantityKind.DATE and claim.qualifier is Qualifier.EXACT:
        return next(_offset_dates(index, c, sentences), None)
    if not _plain(claim) or _GROUP.get(claim.kind) not in ("amount", "money", "percent"):
        return None
    slots = [
        index.slots[p]
        for sentence in passage(index, sentences)
        for p in index.by_sentence.get(sentence, ())
        if index.slots[p].quantity.span not in index.dated_only  # no operand of a weak date
    ]
    ranges = [s for s in slots if _years_written_out(s.quantity)][:_OPERANDS]
    scores = [s for s in slots if s.quantity.kind is QuantityKind.SCORE][:_OPERANDS]
    slots = [s for s in slots if _plain(s.quantity)][: _OPERANDS * 2]
    for derivation in _spans_of_years(claim, slots, published, ranges):
        return derivation
    for derivation in _spans_of_dates(claim, slots):
        return derivation
    for derivation in _compound_durations(index, c, slots):
        return derivation
    claim_text, start = told
    at = (c.quantity.span[0] - start, c.quantity.span[1] - start)
    for derivation in _complement(index, claim_text, c, at, slots[:_OPERANDS]):
        return derivation
    for derivation in _share_beyond(index, claim_text, c, at, slots[:_OPERANDS]):
        return derivation
    like = [s for s in slots if _same_measure(c, s)][:_OPERANDS]
    percents = [s for s in slots if s.quantity.kind is QuantityKind.PERCENT][:_OPERANDS]
    if claim.kind is QuantityKind.PERCENTAGE_POINT:
        # a gap between two percentages is in points: "leads by 13 percentage points" for
        # 38% and 25% (never a percent change, which is a share of the first)
        for derivation in _differences(claim, itertools.combinations(percents, 2)):
            return derivation
    if claim.kind is QuantityKind.COUNT and _unit_lemma(claim.unit) == "point":
        # "leads by 21 points" for "Labour is on 44% and the Conservatives on 23%": points
        # between two percentages of one sentence
        pairs = [(a, b) for a, b in itertools.combinations(percents, 2) if a.sentence == b.sentence]
        for derivation in _differences(claim, pairs):
            return derivation
    for derivation in _roundings(c, like):
        return derivation
    if claim.unit == _FOLD:
        # a multiple is a ratio of two figures, never a sum or a difference of them ("12 times
        # more" is no "two tablespoons" + "10 times")
        return next(_multiples(c, slots[:_OPERANDS]), None)
    for derivation in _count_by_ordinal(index, c):
        return derivation
    counts = [s for s in slots if s.quantity.kind is QuantityKind.COUNT][:_OPERANDS]
    for derivation in _rest_of_whole(index, c, counts):
        return derivation  # a part told with its whole: before any chance pair of the two
    if abs(claim.value) >= _SMALLEST_SUM:
        for derivation in _sums(claim, itertools.combinations(like, 2)):
            return derivation
    elif told_difference(claim_text, *at):
        # "three years fewer than prosecutors had sought": a small difference the claim tells
        for derivation in _differences(claim, itertools.combinations(like, 2)):
            return derivation
    if abs(claim.value) < _SMALLEST_SUM:
        # a small total only of two parts one phrase joins ("one person dead and five wounded"
        # for "six people were shot")
        pairs = [(a, b) for a, b in itertools.pairwise(like) if _joined(index.text, a, b)]
        for derivation in _sums(claim, pairs):
            if derivation.total:
                return derivation
    for derivation in _list_totals(claim, like):
        return derivation  # all of a sentence's parts: no chance pairing, whatever the size
    for derivation in _ratios(c, slots[:_OPERANDS]):
        return derivation
    for derivation in _share_of_whole(index, c, counts):
        return derivation
    for derivation in _rates_per_period(c, slots):
        return derivation
    for derivation in _multiples(c, slots[:_OPERANDS]):
        return derivation
    for derivation in _parts_of(index, c, slots):
        return derivation
    for derivation in _percent_of(c, slots[:_OPERANDS]):
        return derivation
    for derivation in _what_is_left(index, c, slots[:_OPERANDS]):
        return derivation
    for derivation in _other_end(index, c, slots[:_OPERANDS]):
        return derivation
    for derivation in _size_of_change(c, slots[:_OPERANDS], says_change(claim_text, *at)):
        return derivation
    for derivation in _margins(c, scores, claim_text, at):
        return derivation
    for derivation in _span_since(index, c, published):
        return derivation
    for derivation in _rounded_anywhere(index, c):
        return derivation
    for derivation in _one_besides(index, c, told):
        return derivation
    for derivation in _in_other_units(index, c, slots):
        return derivation
    return None
