"""Find and normalise every quantity in news text (stdlib only).

``parse_quantities(text)`` returns a :class:`~factcheck.models.Quantity` for every figure in
``text``, in document order: what the number *means* (exact ``Decimal`` value multiplied out,
kind, counted noun, ISO currency, qualifier, range bounds) and where it was written (``span``).
``split_sentences(text)`` returns sentence spans for the checker's index.

How it works: a trie-shaped trigger regex finds where a figure can begin (digits, "+", or a
word of the number vocabulary); there the precompiled master regex reads the *core* of the
figure (digits, number words, a date, "Q3", a fraction, a vague magnitude, or something to skip
such as a time of day or a name like ``F-16``); small anchored regexes then read what surrounds
that core (currency before, scale, range, percent, unit and counted noun after, qualifier
before). The scan position only moves forward and each figure looks at a bounded window of
context, so the cost is linear in the length of the text.

This ``__init__`` is the package's public face: the rest of factcheck imports only the names
in ``__all__`` (``QUALIFIER_PHRASES`` maps a qualifier phrase such as "more than" to its
:class:`~factcheck.models.Qualifier`, for the checker's reading of context;
``after_leading_parenthesis`` says whether a position follows an opening dateline, where a
sentence starts as after a full stop). The work is done
in private modules, each with one job: ``_vocab`` (word tables), ``_patterns`` (compiled
regexes), ``_readers`` (number values, lemmas, counted nouns), ``_forms`` (parser state, dates,
fractions, ordinals, vague magnitudes), ``_numbers`` (the scan, and the number reader's first
phases: core, name, sign, value), ``_suffixes`` (its later phases: range, percent, currency,
unit, counted noun, year), ``_draft`` (the figure the phases fill in), ``_relative``
(relative dates), ``_convert`` (``duration_in``, ``measure_in``) and ``_sentences``.

Representations chosen (the checker relies on them):

- ``value`` is multiplied out: ``$2.3bn`` -> 2300000000, ``50 lakh`` -> 5000000; percentages
  keep their number (``12%`` -> 12, kind ``percent``); ``3 percentage points`` -> 3, kind
  ``percentage_point``; ``25 basis points`` -> 0.25 percentage points.
- Ranges (``20-30``, ``2-3%``, ``between 20 and 30``, ``from 20 to 30``, ``2% to 3%``) have
  ``value = low``, ``low``, ``high`` and qualifier ``range``: "2-3%" and "2% to 3%" are the
  same quantity. "X to Y" after an inflected verb of change ("rose 5% to 7%") or "from X to
  Y" after any ("will rise from 2% to 3%") is two figures, not a range; after a base form or
  a noun ("expected to grow 2% to 3%", "growth of 2% to 3%") it is a range.
- Scores and tallies are one figure of kind ``score`` (never a range, never a count): "won
  3-1", "lost 1-3", "drew 2-2", "a 27-24 victory", "voted 52-48", "won the final 3 to 1",
  "put Gloucester 20-13 up" have ``low``/``high`` = the two sides (smaller, larger) and
  ``value`` = the side written first, qualifier ``exact``. A hyphenated pair is a score when a
  word of a result is before it ("won", "beat", "lost", "drew", "voted", "led", "ended"...) or
  right after it ("victory", "win", "defeat", "lead", "vote", "ruling", "majority"...), or
  when it does not rise and both sides are at most 20 ("2-2", "3-1"). Compare scores as a
  pair: "won 3-1" and "lost 1-3" state one result. A rising pair with no such word ("13-17
  ounces") is a range, and so is one that counts what was won ("won 10-12 games"); a larger
  pair that does not rise and is no result ("787-9", "24-7") is a designation, no figure.
- Dates: ``value = YYYYMMDD``; a part not written is zero ("October 15" -> 1015, "October 2025"
  -> 20251000, "in October" -> 1000). A month alone is a date only after a word that dates it
  ("in", "last", "next", "since", "until", "by", "early", "late", "mid-", "this", "from", ...;
  for "May" only in/last/next/since/until/by/early/late/mid/this), so "Protesters March" and
  "He may" are not dates. Years: kind ``year`` (a bare 4-digit number 1000-2199 with no
  separator, scale, currency or unit). ``by``/``before``/``until`` a year -> qualifier
  ``at_most``. A decade ("the 1990s") is a year range 1990-1999; "2024-25" is the year range
  2024-2025. A year without its century ("in '99", "'68 crash", "the '90s") is read with the
  usual pivot ('00-'29 are 2000-2029, '30-'99 1930-1999), except where the apostrophe opens a
  quotation ("'12 people died'", "'30 Rock'").
- Fractions ("two-thirds", "a third of", "half of", "one in five", "fell by a fifth", "a
  fifth was lost", "by a quarter") are kind ``count`` with unit ``fraction`` and the value
  quantized to 6 places (2/3 -> 0.666667), and the qualifier written before them ("nearly a
  fifth" is approximate, "more than half" at least). "a fifth" with no "of" is a fraction only after
  "by", "nearly", "than"... or before a verb; otherwise it ranks ("a fifth term", "a fifth,
  smaller firm"). "the third meeting" and "a fifth term" are
  ordinals with unit "meeting" and "term" (an ordinal's unit is what it ranks); "Q3" and "H1"
  are ordinals with unit "quarter" and "half", and a year right after them is a year ("Q3
  2020", "H1 2024 sales"). "thirty-second" is the ordinal 32, except after "a"/"an" ("a
  thirty-second advert" is a duration of 30 seconds).
- Units: a count's unit is the counted noun, singular and lower case, found over modifiers and
  lists ("20 million FPV, ISR and other drones" -> drone, "people" -> person); a duration's is
  second/minute/hour/day/week/month/year/decade/century; a measure's a short canonical name
  (km, m, mile, kg, tonne, lb, oz, stone, litre, hectare, km2, degree, celsius, MW, GB, TB,
  Hz, GHz, fps...), glued to the digits or not ("120Hz", "60fps", "500GB", "12st": 12 stone,
  since an ordinal's suffix agrees with its number: "12th", never "12st"). Money has no
  unit, only a currency: symbols, codes and words ("$", "US$", "C$", "€", "£", "₴", "₹",
  "Rs", "UAH", "euros", "hryvnias", "Canadian dollars"); "dollars" alone is USD; "200 pounds"
  without "£" or a scale is a weight, and so are "11.8 million pounds of chicken" (pounds of
  goods, not of money); "99 cents" and "50p" are 0.99 USD and 0.50 GBP.
- Durations: a fraction of one unit of time is read in the largest smaller unit where it is
  whole, so it equals the same span written whole: "half an hour" = "thirty minutes" (30
  minute), "half a century" = 50 years, "0.75 hours" = 45 minutes. One unit or more keeps the
  unit written ("15.5 years", "two and a half years"), since a figure rounded from it ("16
  years") is compared in that unit; ``duration_in(q, unit)`` converts exactly between units of
  one family (second to week; month to century) for a comparison that asks whether "48 hours"
  and "two days" are one span; ``measure_in(q, unit)`` does the same for metric mass and length
  ("2.3 tonnes" in kg). "The 62nd minute" (of a match) is the match clock at 62
  minutes: a duration of 62 minutes, equal to "after 62 minutes" (other ordinals stay
  ordinals: "the third day").
- Ages: "a 45-year-old man", "a 3-month-old baby" are durations (unit year, month). An age
  that is how the sentence names a person ("the 45-year-old said", "a 45-year-old from Leeds",
  "the 23-year-old's lawyer", "two 16-year-olds") also has ``identifier=True``: its value is
  still a claim (45, not 46), but the figure refers to a party, so it is not a measure of the
  claim's subject and its absence from a source sentence's names says nothing about who is
  meant.
- Relative dates are read only with ``parse_quantities(text, relative_dates=True)`` (a
  checker that has the publication date asks for them): ``relative=True`` and ``value`` is an
  offset counted in ``unit``. "last year" / "this year" / "next year": kind ``year``, unit
  ``year``, -1 / 0 / 1; "last month", "next week", "this quarter": kind ``date``, unit
  ``month``/``week``/``quarter``; "yesterday" / "today" / "tomorrow": kind ``date``, unit
  ``day``; "on Saturday", "Saturday's match": kind ``date``, unit ``saturday``, 0 (the
  Saturday nearest publication, before or after), "last Saturday" -1, "next Saturday" 1; "two
  years ago", "3 days ago", "a year ago": unit ``year``/``day``, -2 / -3 / -1.
- In a gapped clause ("France will send 40 tanks and Italy 12") the second figure counts what
  the first counted (unit "tank"), though a number right after a capitalised word is otherwise
  read as part of a name (below).
- A plain number after a title-case word is a figure when a plural lower-case noun follows at
  once ("Castellan 11 points clear" -> 11 points, "told Reuters 50 people"), unless the word is
  one that carries a number in a name ("Boeing 737 jets", "Windows 11 users", "Fortune 500
  companies", "Article 5 guarantees": see ``_vocab.NAME_BEFORE_NUMBER``), the number is a
  year ("World Cup 2022 matches"), or a count comes just before the word ("12 Leopard 2
  tanks": twelve tanks).
- A count followed by a model name is the count of what follows the name: "12 737 MAX 9 jets"
  -> 12, unit "jet", and "40 787-9 jets" -> 40 (never 12,737 or 40,787: a space-grouped
  number is read only when neither a capitalised word nor a designation's dash follows it).
- Vague magnitudes ("millions of", "dozens", "a handful", "double digits") have ``vague=True``,
  qualifier ``range``, ``value = low`` and the range a reader would accept: "millions" is
  2,000,000 to 999,999,999; "tens of thousands" 20,000 to 99,999; "a handful" 2 to 9;
  "mid-single digits" 4 to 6.
- ``precision`` is the step of the last written digit multiplied out ("$2.3 billion" -> 1e8,
  "85,000" -> 1, "$4.99" -> 0.01, "two million" -> 1e6).
- South Asian grouping is read: ``3,12,000`` -> 312000, ``1,50,00,000`` -> 15000000.
- ``85.000`` (dot as thousands separator) is read as 85000 only when written with two or more
  dot groups ("1.234.567") or when a single dot group of exactly three digits is followed by a
  counted noun (a fraction of a drone is implausible); otherwise the dot is a decimal point.
- Approximations: "about", "around", "roughly", "some", "an estimated", "nearly", "almost" ->
  ``approximate`` ("nearly" is read as an approximation, not a bound). "up to", "as many as",
  "fewer/less than", "under", "below" -> ``at_most``; "at least", "more than", "over", "above",
  "50+", "or more", and the verbs "exceed(ed)", "surpass(ed)", "topped" -> ``at_least``. A bound
  reaches over an article: "more than a $147 saving" is at least $147, "less than a 1% chance" at
  most 1%. "a year" (month, week, day, hour, decade...) is a duration of 1 only after a bound ("for
  more than a year" -> 1 year, at least; "nearly a decade" -> approximate), and "the next (past,
  last) decade" or "century" is one ("next decade"), and so is one unit made a modifier ("the
  hourlong encounter", "a year-long inquiry": 1 hour, 1 year); "a year ago", "$5bn a
  year" and "over a year" (a period) are not figures. A bound before a range ("at least 25 to 30
  times") is not kept: the range stays qualifier ``range`` with its ends, since the model has one
  qualifier and the checker reads that bound from the text itself.
- An earthquake's magnitude is a measure (unit ``magnitude``), never a count: "a magnitude
  of 5.2", "magnitude-6.3", "a 5.2-magnitude quake", "6.3 on the Richter scale", "a 7.0
  earthquake".
- Not quantities (skipped): a number to dial ("called 911", "a 999 call"; "called 112 people"
  is a count), times of day ("10:30", "6am"), win-loss records ("3-0-2"), phone
  numbers, ``x/y`` forms ("24/7"), dotted versions ("2.3.4"), digits glued to letters that are
  not a unit ("5G", "1080p"), the resolutions "4K" and "8K" (not 4,000; "$4K" is money), and
  numbers inside names ("G7", "F-16", "COVID-19", "Boeing 737", "Boeing 787-9", "A350-900",
  "737 MAX 8", "Windows 11", "S&P 500", "FTSE 100", "Nasdaq 100", "Russell 2000", "Article 5",
  "Big Four", "Nordic-Baltic Eight", "Formula One"): a digit glued to letters, a number joined
  by a hyphen to a code of letters and digits, a number right after a capitalised word that
  is not a sentence-opening function word (except as above; a word known to carry a number in
  a name, such as "Boeing", is a name even opening a sentence), or a capitalised number word
  inside a sentence (a sentence opens after ". ! ? : ; … — ( [", a quote, a line break or a
  list bullet, so "Fourteen of them" there is a count).
- Exactness: ``Decimal`` arithmetic here runs with enough digits for the longest number in
  the text, so a figure of any length stays exact and nothing rounds or raises (a 30-digit
  number with a fraction is read as written; the checker must compare such values in a
  context of enough precision too).
- Multipliers ("doubled", "twice the", "roughly double the", "two-fold", "10-fold") are counts
  with unit "fold" (value 2, 2, 2, 2, 10).
- Standalone "one" is too often a pronoun ("one of the biggest") to be a figure; it counts only
  with what it counts ("one drone", "one year"), inside a larger number ("twenty-one", "one
  million") or in a fraction ("one third").
"""

from __future__ import annotations

import re
from datetime import date

from factcheck.errors import InputError
from factcheck.models import Quantity, QuantityKind
from factcheck.quantities._convert import duration_in, measure_in
from factcheck.quantities._numbers import Parser
from factcheck.quantities._patterns import QUALIFIER_PHRASES, after_leading_parenthesis
from factcheck.quantities._readers import lemma as counted_noun
from factcheck.quantities._sentences import split_sentences

__all__ = [
    "QUALIFIER_PHRASES",
    "after_leading_parenthesis",
    "counted_noun",
    "dateline",
    "duration_in",
    "measure_in",
    "parse_quantities",
    "split_sentences",
]


def parse_quantities(text: str, *, relative_dates: bool = False) -> list[Quantity]:
    """Every quantity in ``text``, in document order.

    >>> [str(q.value) for q in parse_quantities("Germany pledged $2.3bn to 50 countries")]
    ['2300000000', '50']

    With ``relative_dates`` the dates written relative to publication ("last year", "on
    Saturday", "two years ago") are read too, as offsets with ``relative=True`` (see above);
    ask for them only when a publication date can resolve them.

    Raises :class:`~factcheck.errors.InputError` when ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise InputError(f"parse_quantities needs a str, got {type(text).__name__}")
    return Parser(text, relative_dates=relative_dates).run()


_DATELINE = re.compile(r"\A\s*\(([^()\n]{1,60})\)")


def dateline(text: str) -> date | None:
    """The day an article's opening dateline gives, or None.

    >>> dateline("(Aug 7, 2016  5:57 AM CDT) Two skydivers were killed Saturday.")
    datetime.date(2016, 8, 7)

    Only a parenthesised group that opens the text and holds a full date (year, month and
    day) counts: "On March 4, 2019, ..." is a date the article tells of, not its own.
    """
    found = _DATELINE.match(text) if isinstance(text, str) else None
    if found is None:
        return None
    for q in parse_quantities(found.group(1)):
        value = int(q.value)
        if q.kind is QuantityKind.DATE and value >= 10000 and value % 100 and value // 100 % 100:
            try:
                return date(value // 10000, value // 100 % 100, value % 100)
            except ValueError:
                return None
    return None
