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

Representations chosen (the checker relies on them):

- ``value`` is multiplied out: ``$2.3bn`` -> 2300000000, ``50 lakh`` -> 5000000; percentages
  keep their number (``12%`` -> 12, kind ``percent``); ``3 percentage points`` -> 3, kind
  ``percentage_point``; ``25 basis points`` -> 0.25 percentage points.
- Ranges (``20-30``, ``between 20 and 30``, ``from 20 to 30``) have ``value = low``, ``low``,
  ``high`` and qualifier ``range``. ``from X to Y`` after a verb of change ("rose from 5% to
  7%") is two figures, not a range.
- Dates: ``value = YYYYMMDD``; a part not written is zero ("October 15" -> 1015, "October 2025"
  -> 20251000). Years: kind ``year`` (a bare 4-digit number 1000-2199 with no separator, scale,
  currency or unit). ``by``/``before``/``until`` a year -> qualifier ``at_most``. A decade
  ("the 1990s") is a year range 1990-1999; "2024-25" is the year range 2024-2025.
- Fractions ("two-thirds", "a third of", "half of", "one in five") are kind ``count`` with
  unit ``fraction`` and the value quantized to 6 places (2/3 -> 0.666667). "the third
  meeting" is an ordinal with unit "meeting" (an ordinal's unit is what it ranks); "Q3" and
  "H1" are ordinals with unit "quarter" and "half".
- Units: a count's unit is the counted noun, singular and lower case, found over modifiers and
  lists ("20 million FPV, ISR and other drones" -> drone, "people" -> person); a duration's is
  second/minute/hour/day/week/month/year/decade/century; a measure's a short canonical name
  (km, m, mile, kg, tonne, lb, oz, litre, hectare, km2, degree, celsius, MW...). Money has no
  unit, only a currency: symbols, codes and words ("$", "US$", "C$", "€", "£", "₴", "₹",
  "Rs", "UAH", "euros", "hryvnias", "Canadian dollars"); "dollars" alone is USD; "200 pounds"
  without "£" or a scale is a weight; "99 cents" and "50p" are 0.99 USD and 0.50 GBP.
- In a gapped clause ("France will send 40 tanks and Italy 12") the second figure counts what
  the first counted (unit "tank"), though a number right after a capitalised word is otherwise
  read as part of a name (below).
- Vague magnitudes ("millions of", "dozens", "a handful", "double digits") have ``vague=True``,
  qualifier ``range``, ``value = low`` and the range a reader would accept: "millions" is
  2,000,000 to 999,999,999; "tens of thousands" 20,000 to 99,999; "a handful" 2 to 9;
  "mid-single digits" 4 to 6.
- ``precision`` is the step of the last written digit multiplied out ("$2.3 billion" -> 1e8,
  "85,000" -> 1, "$4.99" -> 0.01, "two million" -> 1e6).
- ``85.000`` (dot as thousands separator) is read as 85000 only when written with two or more
  dot groups ("1.234.567") or when a single dot group of exactly three digits is followed by a
  counted noun (a fraction of a drone is implausible); otherwise the dot is a decimal point.
- Approximations: "about", "around", "roughly", "some", "an estimated", "nearly", "almost" ->
  ``approximate`` ("nearly" is read as an approximation, not a bound). "up to", "as many as",
  "fewer/less than", "under", "below" -> ``at_most``; "at least", "more than", "over", "above",
  "50+", "or more" -> ``at_least``.
- Not quantities (skipped): times of day ("10:30", "6am"), sports scores ("won 3-1", "2-2",
  and win-loss records "3-0-2"), phone numbers, ``x/y`` forms ("24/7"), dotted versions
  ("2.3.4"), digits glued to letters that are not a unit ("5G", "1080p"), and numbers inside
  names ("G7", "F-16", "COVID-19", "Boeing 737", "Windows 11", "S&P 500", "Article 5", "Big
  Four", "Nordic-Baltic Eight", "Formula One"): a digit glued to letters, a number right after
  a capitalised word that is not a sentence-opening function word, or a capitalised number
  word inside a sentence.
- Multipliers ("doubled", "twice the", "roughly double the", "two-fold", "10-fold") are counts
  with unit "fold" (value 2, 2, 2, 2, 10).
- Standalone "one" is too often a pronoun ("one of the biggest") to be a figure; it counts only
  with what it counts ("one drone", "one year"), inside a larger number ("twenty-one", "one
  million") or in a fraction ("one third").
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import ClassVar

from factcheck.errors import InputError
from factcheck.models import Qualifier, Quantity, QuantityKind

__all__ = ["parse_quantities", "split_sentences"]

_D = Decimal


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())

_SIX_PLACES = Decimal("0.000001")

# --------------------------------------------------------------------------- vocabulary

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALE_WORDS = {
    "thousand": _D(10**3), "million": _D(10**6), "billion": _D(10**9),
    "trillion": _D(10**12), "lakh": _D(10**5), "lakhs": _D(10**5), "crore": _D(10**7),
    "crores": _D(10**7), "mn": _D(10**6), "mln": _D(10**6), "bn": _D(10**9),
    "bln": _D(10**9), "tn": _D(10**12), "trn": _D(10**12),
}  # fmt: skip
_ATTACHED_SCALE = {
    "k": _D(10**3), "K": _D(10**3), "m": _D(10**6), "M": _D(10**6), "mn": _D(10**6),
    "b": _D(10**9), "B": _D(10**9), "bn": _D(10**9), "tn": _D(10**12), "trn": _D(10**12),
    "T": _D(10**12),
}  # fmt: skip
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1000, "millionth": 10**6,
}  # fmt: skip
_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}  # fmt: skip
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

_CURRENCY_SYMBOLS = {
    "US$": "USD", "$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "€": "EUR", "£": "GBP",
    "₴": "UAH", "₹": "INR", "Rs": "INR", "Rs.": "INR", "¥": "JPY", "₽": "RUB", "₩": "KRW",
    "₺": "TRY", "₪": "ILS", "zł": "PLN",
}  # fmt: skip
_ISO_CODES = sorted(
    _wordset(
        "USD EUR GBP UAH INR JPY CNY RMB CHF RUB PLN AUD CAD HKD NZD SGD BRL KRW TRY ILS SEK"
        " NOK DKK CZK HUF ZAR MXN NGN KES PKR BDT"
    )
)
_CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "hryvnia": "UAH",
    "hryvna": "UAH", "rupee": "INR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "franc": "CHF", "rouble": "RUB", "ruble": "RUB", "zloty": "PLN", "zlotys": "PLN",
    "won": "KRW", "lira": "TRY", "shekel": "ILS", "naira": "NGN", "rand": "ZAR",
    "peso": "MXN", "krona": "SEK", "krone": "NOK", "reais": "BRL",
}  # fmt: skip
_DOLLAR_COUNTRY = {
    "us": "USD", "u.s.": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
    "hong kong": "HKD", "new zealand": "NZD", "singapore": "SGD", "taiwan": "TWD",
}  # fmt: skip

# measure unit surface (lower case) -> canonical unit
_MEASURES = {
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km",
    "kilometers": "km", "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "cm": "cm", "centimetres": "cm", "centimeters": "cm", "mm": "mm", "millimetres": "mm",
    "millimeters": "mm", "mile": "mile", "miles": "mile", "ft": "foot", "feet": "foot",
    "foot": "foot", "inch": "inch", "inches": "inch", "yard": "yard", "yards": "yard",
    "kg": "kg", "kgs": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg",
    "kilos": "kg", "g": "g", "gram": "g", "grams": "g", "tonne": "tonne", "tonnes": "tonne",
    "t": "tonne", "metric tons": "tonne", "ton": "ton", "tons": "ton", "lb": "lb",
    "lbs": "lb", "oz": "oz", "ounce": "oz", "ounces": "oz", "pound": "lb", "pounds": "lb",
    "litre": "litre", "litres": "litre",
    "liter": "litre", "liters": "litre",
    "gallon": "gallon", "gallons": "gallon", "barrel": "barrel", "barrels": "barrel",
    "bpd": "barrel_per_day", "hectare": "hectare", "hectares": "hectare", "ha": "hectare",
    "acre": "acre", "acres": "acre", "sq km": "km2", "square kilometres": "km2",
    "square kilometers": "km2", "km2": "km2", "km²": "km2", "square miles": "mile2",
    "sq miles": "mile2", "square metres": "m2", "square meters": "m2", "m2": "m2", "m²": "m2",
    "mph": "mph", "km/h": "km/h", "kph": "km/h", "knots": "knot", "knot": "knot",
    "degree": "degree", "degrees": "degree", "°": "degree", "°c": "celsius", "°f": "fahrenheit",
    "degrees celsius": "celsius", "degrees fahrenheit": "fahrenheit", "degrees c": "celsius",
    "degrees f": "fahrenheit", "c": "celsius", "f": "fahrenheit", "mw": "MW", "gw": "GW",
    "kw": "kW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "megawatts": "MW",
    "gigawatts": "GW", "kilowatts": "kW", "megawatt": "MW", "gigawatt": "GW",
    "bcm": "bcm", "mb": "MB", "gb": "GB", "tb": "TB",
}  # fmt: skip
_DURATIONS = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    "hour": "hour", "hours": "hour", "hrs": "hour", "day": "day", "days": "day",
    "week": "week", "weeks": "week", "month": "month", "months": "month", "year": "year",
    "years": "year", "decade": "decade", "decades": "decade", "century": "century",
    "centuries": "century", "year-old": "year", "years-old": "year",
}  # fmt: skip

_DURATION_UNITS = frozenset(_DURATIONS.values())

_IRREGULAR = {
    "people": "person", "persons": "person", "men": "man", "women": "woman",
    "children": "child", "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
    "lives": "life", "wives": "wife", "knives": "knife", "halves": "half",
    "thieves": "thief", "leaves": "leaf", "wolves": "wolf", "shelves": "shelf",
    "crises": "crisis", "analyses": "analysis", "theses": "thesis", "bases": "base",
    "indices": "index", "criteria": "criterion", "phenomena": "phenomenon",
    "heroes": "hero", "tomatoes": "tomato", "potatoes": "potato", "vetoes": "veto",
    "echoes": "echo", "buses": "bus", "gases": "gas", "series": "series",
    "species": "species", "news": "news", "police": "police", "personnel": "personnel",
    "staff": "staff", "aircraft": "aircraft", "sheep": "sheep", "fish": "fish",
    "deer": "deer", "cattle": "cattle", "data": "data", "media": "media",
    "troops": "troop", "offspring": "offspring", "diabetes": "diabetes", "livestock": "livestock",
    "militia": "militia", "crew": "crew", "civilians": "civilian",
}  # fmt: skip
_INVARIANT_PLURALS = frozenset(
    k for k, v in _IRREGULAR.items() if k == v or k in {"people", "men", "women", "children"}
)

# Words that end a counted-noun phrase: determiners, prepositions, auxiliaries, conjunctions.
_NP_STOP = _wordset(
    """of a an the this that these those its their his her our my your which who whom whose
    when where while to in on at by for from with as is are was were be been being has
    have had will would could should can may might must shall said says say did do does
    not no nor but if so into onto over under between after before since until during
    against about across including each every all out up down off per than then there
    here it they he she we you i me him them us via among amid toward towards through
    throughout within without despite because also only just even still already yet ago
    last next"""
)
# Words a counted-noun phrase may contain before its head ("20 million FPV, ISR and other drones").
_NP_SKIP = _wordset(
    """and or other more new additional extra further such various several different same
    similar so-called"""
)
_SENTENCE_OPENERS = _wordset(
    """in by on at for from to of about around some over under nearly almost roughly
    approximately only just more fewer less up since between until till through
    throughout during after before and but or the all those these another last than
    estimated exactly precisely still its their his her our my your with without within
    as like unlike each every circa perhaps possibly probably if when while then now top
    least most minus plus below above beyond across among against per via total another
    an a nearly some because although though yet so whereas once upwards well just
    barely only even another approx"""
)
_ADJECTIVES = _wordset(
    """straight consecutive successive largest biggest smallest highest lowest best worst
    annual straight new old big small large major minor full half whole top last next bad good
    single key main only sole extra"""
)
_ADJECTIVE_SUFFIXES = ("ive", "ous", "ful", "est", "ical", "ional", "less", "able", "ible")
_ING_NOUNS = ("meeting", "building", "hearing", "briefing", "ceiling", "funding", "spending",
              "training", "offering", "ruling", "filing", "booking", "opening", "sitting",
              "reading", "round", "setting", "uprising", "shooting", "bombing", "killing",
              "landing", "sighting", "warning", "crossing", "gathering", "wedding", "ending",
              "outing", "inning", "wing")  # fmt: skip
_COMMON_VERBS = _wordset(
    """left made came went took got gave sent held fell rose won lost met set put kept stood ran
    remain remains remained became become began begun brought built bought caught cut drew
    fought found flew grew hit hurt led let meant paid read saw sold spent struck told thought
    wrote"""
)
_CHANGE_VERBS = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increas\w*|decreas\w*|grew|grow\w*|"
    r"jump\w*|climb\w*|drop\w*|declin\w*|cut|cuts|rais\w*|lower\w*|slid\w*|slump\w*|"
    r"surg\w*|soar\w*|plung\w*|doubl\w*|tripl\w*|went|going|gone|up|down|moved?|shrank|"
    r"shrunk|expand\w*|contract\w*|swung|widen\w*|narrow\w*|revised|changed?)\b",
    re.IGNORECASE,
)
_SCORE_CONTEXT = re.compile(
    r"\b(?:won|win|wins|beat|beats|lost|lose|loses|defeat\w*|drew|draw|victory|score\w*|"
    r"trail\w*|lead|leads|led|thrash\w*|final|halftime|half-time)\b",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------- master regex

_MONTH_ABBR = _wordset("jan feb mar apr jun jul aug sep sept oct nov dec")
_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_NUMWORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|lakh|"
    r"crore)"
)
_ORDWORD = r"(?:" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + r")"
_DENWORD = r"(?:" + "|".join(sorted(_DENOMINATORS, key=len, reverse=True)) + r")"
_SP = r"[ \t\u00a0\u202f\u2009]"  # spaces inside a line, including no-break and thin spaces

_NUM_PAT = r"""(?P<num>(?<![\w.,/])(?P<int>\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3}){2,}
    |\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?!\d)|\d+)(?P<dec>\.\d+)?(?!\d))"""
_WORDS_PAT = rf"""(?P<words>\b(?:(?:half[ ]an?|an?)[ ]+(?=(?:dozen|hundred|thousand|million|billion
    |trillion|lakh|crore)\b))?{_NUMWORD}(?:(?:[ -]+(?:and[ ]+)?){_NUMWORD}\b)*
    (?:[ ]and[ ]a[ ]half\b(?:[ ](?:thousand|million|billion|trillion)\b)?)?\b)"""

_CORE = re.compile(
    rf"""
    (?P<skip_phone>\+\d{{1,3}}(?:[ .-]?\(?\d{{2,4}}\)?){{2,}}\d)
    |(?P<skip_time>(?<![\w.,])\d{{1,2}}(?::\d{{2}}(?::\d{{2}})?(?:{_SP}*[ap]\.?m\b\.?)?
        |\.\d{{2}}{_SP}*[ap]\.?m\b\.?|{_SP}*[ap]\.?m\b\.?|{_SP}+o'clock))
    |(?P<skip_name>(?<=[A-Za-z]-)(?<!\bmid-)(?<!\bearly-)(?<!\blate-)(?<!\bpre-)(?<!\bpost-)
        \d[\w-]*)
    |(?P<date_mdy>\b(?P<mon1>{_MONTH_RE})\b\.?{_SP}+(?P<day1>[12]\d|3[01]|0?[1-9])
        (?:st|nd|rd|th)?(?![\d,.]\d)\b(?:,?{_SP}+(?P<year1>1\d{{3}}|20\d{{2}})\b)?)
    |(?P<date_dmy>(?<![\w.,])(?P<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?{_SP}+(?:of{_SP}+)?
        (?P<mon2>{_MONTH_RE})\b\.?(?:,?{_SP}+(?P<year2>1\d{{3}}|20\d{{2}})\b)?)
    |(?P<date_my>\b(?P<mon3>January|February|March|April|May|June|July|August|September|
        October|November|December){_SP}+(?P<year3>1\d{{3}}|20\d{{2}})\b)
    |(?P<date_iso>(?<![\w.,-])(?P<iy>\d{{4}})-(?P<im>0[1-9]|1[0-2])-(?P<id>[0-2]\d|3[01])\b)
    |(?P<quarter>\b(?P<qh>[QH])(?P<qn>[1-4])\b)
    |(?P<vague>\b(?:(?:tens|hundreds)[ -]+of[ -]+(?:thousands|millions|billions)
        |(?:several|a[ ]few)[ -]+(?:dozen|hundred|thousand|million|billion)
        |(?:dozens|hundreds|thousands|millions|billions|trillions)
        |a[ ]handful
        |(?:(?:low|mid|high)[ -]+)?(?:single|double|triple)[ -]+digits?)\b)
    |(?P<frac>\b(?P<fnum>a|an|one|two|three|four|five|six|seven|eight|nine|ten)(?P<fsep>[ -]+)
        (?P<fden>{_DENWORD})\b|\b(?P<half>half)\b(?![ ]an?[ ]+(?:dozen|hundred|thousand|million
        |billion|trillion)\b))
    |(?P<onein>\b(?P<on>one|two|three|four|five|six|seven|eight|nine|\d{{1,3}})[ ]in[ ]
        (?:every[ ])?(?P<od>two|three|four|five|six|seven|eight|nine|ten|\d{{1,4}})\b
        (?![.,]\d|[ ]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b))
    |(?P<mult>\b(?:(?P<mv>doubl|tripl|quadrupl)(?:ed|ing)
        |(?P<mw>double|triple|quadruple|twice)(?=[ ]+(?:the|its|their|that|what|as|his|her|our
        |from|in|to|over|since)\b)
        |(?P<mf>two|three|four|five|six|seven|eight|nine|ten|hundred|thousand)fold)\b)
    |{_NUM_PAT}
    |(?P<ord>\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[ -])?{_ORDWORD}\b)
    |{_WORDS_PAT}
    """,
    re.IGNORECASE | re.VERBOSE,
)

def _trie(words: list[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie, so a failed try costs one character."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if optional else body

    return emit(tree)


def _both_cases(words: list[str]) -> list[str]:
    return sorted({w for word in words for w in (word, word[:1].upper() + word[1:])})


# Where a quantity can begin: digits, "+", or a word of the vocabulary. Scanning for these with
# one trie-shaped pattern and trying ``_CORE`` only there keeps the scan at C speed: trying all
# of ``_CORE``'s alternatives at every character was most of the parse time.
_TRIGGER = re.compile(
    r"\d+|\+(?=\d)|\b[QH][1-4]\b|\b(?:"
    + _trie(
        _both_cases(
            [*_UNITS, *_TENS, *_ORDINAL_WORDS, "hundred", "thousand", "million", "billion",
             "trillion", "dozen", "lakh", "crore", "half", "tens", "hundreds", "thousands",
             "millions", "billions", "trillions", "dozens", "several", "low", "mid", "high",
             "single", "double", "triple", "quadruple", "doubled", "doubling", "tripled",
             "tripling", "quadrupled", "quadrupling", "twice", "twofold", "threefold",
             "fourfold", "fivefold", "sixfold", "sevenfold", "eightfold", "ninefold", "tenfold",
             "hundredfold", "thousandfold"]
        )
        + [m.capitalize() for m in _MONTHS]
    )
    + r")\b|\b[Aa]n?[ ](?=(?:dozen|hundred|thousand|million|billion|trillion|lakh|crore|handful"
    r"|few|third|quarter|half|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b)"
)  # fmt: skip

# A number (digits or words) on its own: the second half of a range, or a fallback.
_NUMBER_RE = re.compile(f"{_NUM_PAT}|{_WORDS_PAT}", re.IGNORECASE | re.VERBOSE)

# Context readers, each anchored at one position (match) or at the end of a short slice.
_CURRENCY_PRE = re.compile(
    r"(?:(?<![A-Za-z])(?P<sym>US\$|AU\$|A\$|CA\$|C\$|HK\$|NZ\$|S\$|R\$|Rs\.?|zł)"
    r"|(?P<sym1>[$€£₴₹¥₽₩₺₪])"
    r"|(?<![A-Za-z])(?P<code>" + "|".join(_ISO_CODES) + r")(?=[ \u00a0]))[ \u00a0]?\Z"
)
# Qualifier phrases written just before a figure, looked up by the figure's last few words
# (a dict lookup per figure: a regex searched backwards over the context cost 10x more).
_QUALIFIER_PHRASES: dict[str, Qualifier] = {
    **dict.fromkeys(
        """up to|as many as|as much as|as high as|no more than|not more than|at most|fewer than
        |less than|under|below|a maximum of|maximum of|just under|shy of|short of
        |not exceeding""".replace("\n", "").split("|"),
        Qualifier.AT_MOST,
    ),
    **dict.fromkeys(
        """at least|more than|over|above|in excess of|upwards of|no fewer than|no less than
        |a minimum of|exceeding|just over|well over|greater than|higher than|north of
        |beyond""".replace("\n", "").split("|"),
        Qualifier.AT_LEAST,
    ),
    **dict.fromkeys(
        """about|around|roughly|approximately|approx.|some|an estimated|estimated|nearly|almost
        |close to|circa|c.|more or less|in the region of|on the order of|just about
        |roughly about|an approximate|approximate|~""".replace("\n", "").split("|"),
        Qualifier.APPROXIMATE,
    ),
    **dict.fromkeys(["exactly", "precisely", "only", "a mere", "just"], Qualifier.EXACT),
}
_QUALIFIER_PHRASES = {" ".join(k.split()): v for k, v in _QUALIFIER_PHRASES.items()}
_OPENING_PUNCT = "([\"'“‘"
_YEAR_BOUND_PRE = re.compile(r"\b(?:by|before|until|till|no[ ]later[ ]than)[ ]+\Z", re.I)
_RANGE_OPEN_PRE = re.compile(r"\b(?P<w>between|from)[ ]+\Z", re.IGNORECASE)
_NEGATIVE_PRE = re.compile(r"(?:(?:^|(?<=[\s(]))[-−]|\bminus[ ]+)\Z", re.IGNORECASE)
_CAP_WORD_PRE = re.compile(
    r"(?:^|(?<=[\s(\"“]))(?P<w>[A-Z][\w&.'’]*|[a-z]+[A-Z][\w]*)[ \u00a0]\Z"
)
_SENTENCE_START_PRE = re.compile(r"(?:\A|[.!?:;\"“”‘’(\n\[]|[—–][ ])[ \t\u00a0]*\Z")

_ATTACHED_SCALE_RE = re.compile(r"(?P<s>bn|mn|trn|tn|[kKmMbBT])(?![A-Za-z0-9])")
_SPACED_SCALE_RE = re.compile(
    r"[ \u00a0\u202f\u2009]*-?"
    r"(?P<s>thousand|million|billion|trillion|lakhs?|crores?|mn|mln|bn|bln|tn|trn)\b",
    re.IGNORECASE,
)
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_DECADE_SUFFIX = re.compile(r"(?:'|’)?s\b")
_RANGE_SEP = re.compile(
    r"(?P<sep>[ \u00a0]*[-–][ \u00a0]*|—|[ \u00a0]+(?:to|and)[ \u00a0]+)"
    r"(?P<cur>US\$|\$|€|£|₴|₹|¥|Rs\.?[ ]?)?(?=[\d]|[a-z])",
    re.IGNORECASE,
)
_YEAR_TAIL = re.compile(r"[-–/](?P<y>\d{2})(?!\d)")
_PERCENT_SUFFIX = re.compile(
    r"(?P<pct>[ \u00a0]?%|[ \u00a0]*(?:per[ ]?cent|pct|pc)\b)"
    r"|(?P<pp>[ \u00a0]*(?:percentage[ -]points?|pp|ppt|ppts|percent(?:age)?[ ]pts?)\b)"
    r"|(?P<bp>[ \u00a0]*(?:basis[ -]points?|bps|bp)\b)",
    re.IGNORECASE,
)
_CURRENCY_SUFFIX = re.compile(
    r"[ \u00a0]+(?:(?P<country>US|U\.S\.|American|Canadian|Australian|Hong[ ]Kong|New[ ]Zealand|"
    r"Singapore|Taiwan)[ ]+)?(?P<word>dollars?|euros?|pounds?(?:[ ]sterling)?|sterling|"
    r"hryvnias?|hryvnas?|hryvnia|rupees?|yen|yuan|renminbi|francs?|roubles?|rubles?|zlotys?|"
    r"zloty|lira|shekels?|naira|rand|pesos?|kronor|krona|kroner|krone|reais)\b"
    r"|[ \u00a0]+(?P<code>" + "|".join(_ISO_CODES) + r")\b"
    r"|(?P<sub>[ \u00a0]*(?:cents?|pence)\b|p\b)",
)
_MEASURE_SUFFIX = re.compile(
    r"(?P<sp>[ \u00a0]*|-)(?P<u>square[ ]kilomet(?:re|er)s|square[ ]miles|square[ ]met(?:re|er)s|"
    r"sq[ ]km|sq[ ]miles|metric[ ]tons|degrees[ ](?:celsius|fahrenheit|c|f)\b|°[ ]?[cf]\b|°|"
    r"km/h|km²|m²|km2|m2|kilomet(?:re|er)s?|met(?:re|er)s?|centimet(?:re|er)s|millimet(?:re|er)s|"
    r"miles?|feet|foot|ft|inch(?:es)?|yards?|kilograms?|kilos?|kgs?|grams?|tonnes?|tons?|"
    r"lbs?|pounds?|ounces?|oz|lit(?:re|er)s?|gallons?|barrels?|bpd|hectares?|ha|acres?|mph|"
    r"kph|knots?|degrees?|"
    r"megawatts?|gigawatts?|kilowatts?|kwh|mwh|gwh|twh|mw|gw|kw|bcm|km|cm|mm|kg|m|g|t|c|f|"
    r"mb|gb|tb)(?![A-Za-z0-9²])",
    re.IGNORECASE,
)
_DURATION_SUFFIX = re.compile(
    r"(?P<sep>[ \u00a0]+|-)(?P<u>year-old|years-old|seconds?|minutes?|hours?|hrs|days?|"
    r"weeks?|months?|years?|decades?|centur(?:y|ies))\b(?!-)",
    re.IGNORECASE,
)
_POST_QUALIFIER = re.compile(
    r"(?P<least>\+|[ -]plus\b|[ ]or[ ]more\b|[ ]or[ ]above\b|[ ]and[ ]up\b)"
    r"|(?P<approx>[ ]or[ ]so\b|-odd\b|[ ]odd\b(?=[ ][a-z])|[ ]or[ ]thereabouts\b)",
    re.IGNORECASE,
)
_YEAR_DETERMINER_PRE = re.compile(
    r"(?:\b(?:the|in|by|of|since|for|during|until|before|after|its|their|this|from|to|than"
    r"|versus|vs\.?|and|fiscal|FY)|'s|’s)[ ]+\Z",
    re.IGNORECASE,
)
_SLASHED = re.compile(r"[\d/]*")
_WORDCHARS = re.compile(r"[\w-]*")
_PENCE = re.compile(r"p\b")
_RECORD_TAIL = re.compile(r"(?:-\d+)*")  # "3-0-2": a win-loss record, not a range
_DOTTED_TAIL = re.compile(r"\.\d")
_DOTTED = re.compile(r"(?:\.\d+)+")
_PERIOD_WORD = re.compile(r"(?:[QH][1-4]|FY|Fiscal|Financial|Calendar)\Z")
_STRONG_FIGURE_SUFFIX = re.compile(
    r"[ ]?%|[ ]?(?:per[ ]?cent|percent|million|billion|trillion|thousand|crore|lakh|bn|mn)\b",
    re.IGNORECASE,
)
_FIGURE_SUFFIX = re.compile(
    r"[ ]?%|[ ]?(?:per[ ]?cent|percent|million|billion|trillion|thousand|crore|lakh|bn|mn"
    r"|percentage|ounces|miles|km|kilomet\w+|met(?:er|re)s|tonnes|hours|days|weeks|months"
    r"|years)\b|[-–]\d",
    re.IGNORECASE,
)
_SPACE_GROUPED = re.compile(r"\d[ \u00a0\u202f\u2009]\d")
_CAP_AFTER = re.compile(r"[ \u00a0]+[A-Z]")
_PLAIN_NUMBER = re.compile(r"(?P<int>\d+)(?P<dec>\.\d+)?")
_GLUED_TAIL = re.compile(r"(?:[-–]\d+)?")
_GAP_PRE = re.compile(
    r"(?:,|\band|\bwhile|\bwhereas|\bbut)[ ]+(?:the[ ]+)?[A-Z][\w.&'’-]*[ ]\Z"
)
_HYPHEN_WORD = re.compile(r"-(?P<w>[a-z]+)\b")
_TOKEN = re.compile(r"[ \u00a0\t]*(?:(?P<w>[A-Za-z][A-Za-z'’-]*)|(?P<c>,))")
_OF = re.compile(r"[ ]+of[ ]+")
_SLASH_NUM = re.compile(r"/\d")
_LETTER = re.compile(r"[A-Za-z]")
_METRE_CONTEXT = re.compile(
    r"[ ]?(?:tall|high|long|deep|wide|sprint|race|hurdles|freestyle|butterfly|backstroke|"
    r"breaststroke|relay|medley|dash|run|above|below|away|from|metres|deep)\b",
    re.IGNORECASE,
)

_SCORE_MAX = 20  # "won 3-1": both sides of a sports score are small integers


# --------------------------------------------------------------------------- helpers


def _tidy(value: Decimal) -> Decimal:
    """One spelling per number: 2300000000, not 2300000000.0 or 2.3E+9; 0.5, not 0.50."""
    if value == value.to_integral_value():
        return _D(int(value))  # exact at any length, unlike quantize (28 digits of context)
    return value.normalize()


def _glued_unit_ok(unit: str) -> bool:
    """A unit glued to digits ("5km", "30C"); a lone capital other than C/F/T is a name ("5G")."""
    return not (len(unit) == 1 and unit.isupper() and unit not in "CFT")


def _measure_ok(mu: re.Match[str], is_digits: bool, scale: Decimal | None) -> bool:
    """Whether a measure unit read after a number really is one."""
    u = mu.group("u")
    if scale is not None and u.lower() in ("m", "t"):
        return False
    if len(u) == 1 and u.lower() not in ("m", "g", "t", "c", "f") and u != "°":
        return False
    if len(u) == 1 and u.lower() in ("c", "f", "t") and (mu.group("sp") or not is_digits):
        return False  # "5 c" or "3 f" with a space is not a unit
    if len(u) == 1 and u.lower() in ("m", "g") and not is_digits:
        return False
    return _glued_unit_ok(u) or bool(mu.group("sp"))


def _lemma(word: str) -> str:
    """Lower-case singular of a counted noun ("countries" -> "country", "people" -> "person")."""
    w = word.lower().replace("’", "'")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) > 2 and word[:-1].isupper() and w.endswith("s"):
        return w[:-1]  # "MPs" -> "mp"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "ches", "shes", "xes", "zzes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is", "ics")) and len(w) > 2:
        return w[:-1]
    return w


def _looks_plural(word: str) -> bool:
    w = word.lower()
    if w in _INVARIANT_PLURALS or (w in _IRREGULAR and _IRREGULAR[w] != w):
        return True
    return (
        len(w) > 3
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is", "ous", "'s", "’s"))
    )


def _counted_noun(text: str, pos: int, plural: bool) -> tuple[str | None, int]:
    """Read the noun a number counts, starting at ``pos``; return (lemma, end of the noun).

    Walks at most eight tokens over modifiers, acronyms and list commas, so that
    "20 million FPV, ISR and other drones" counts drones. With ``plural`` the head is the first
    plural-looking noun; otherwise (a value of one, an ordinal) the first word that is not an
    adjective ("the third consecutive meeting" -> meeting).
    """
    p = pos
    after_proper = False  # a comma continues a list of proper adjectives or acronyms only
    for _ in range(8):
        t = _TOKEN.match(text, p)
        if t is None:
            break
        if t.group("c"):
            if after_proper and plural and text.startswith((" ", "\u00a0"), t.end()):
                p = t.end()
                continue
            break
        word = t.group("w").strip("-'’")
        if not word:
            break
        lw = word.lower()
        if lw in _NP_STOP:
            break
        p = t.end()
        if lw in _NP_SKIP:
            continue
        if len(word) > 1 and word[:-1].isupper() and word.endswith("s"):
            return _lemma(word), p  # "MPs", "SUVs"
        if word[0].isupper() and not word.isupper() and plural and _looks_plural(word):
            return _lemma(word), p  # a headline's "85,000 Drones", or "50 Americans"
        if word.isupper() or word[0].isupper():
            after_proper = True
            continue  # acronym or proper adjective: "FPV", "Nordic"
        after_proper = False
        if lw.endswith("ly"):
            break  # an adverb ends the phrase: "50 mostly ..." rarely names the counted thing
        if plural:
            if _looks_plural(word):
                return _lemma(word), p
            continue
        if lw in _ADJECTIVES or lw.endswith(_ADJECTIVE_SUFFIXES) or (
            lw.endswith("ed") and _next_is_word(text, p)
        ):
            continue  # "third consecutive meeting", "one terrified woman"
        if (lw.endswith(("ed", "ing")) and not lw.endswith(_ING_NOUNS)) or lw in _COMMON_VERBS:
            break  # "first reported by": a verb, not a noun
        return _lemma(word), p
    return None, pos


def _next_is_word(text: str, pos: int) -> bool:
    t = _TOKEN.match(text, pos)
    return t is not None and t.group("w") is not None and t.group("w").lower() not in _NP_STOP


def _digits_value(int_part: str, dec: str | None) -> tuple[Decimal, Decimal, bool]:
    """Value, precision and whether dots were thousands separators, for a digit core."""
    if "." in int_part:  # "1.234.567": dots as thousands separators (two or more groups)
        return _D(int_part.replace(".", "")), _D(1), True
    digits = re.sub(r"[,\s\u00a0\u202f\u2009]", "", int_part)
    if dec:
        return _D(digits + dec), _D(1).scaleb(-(len(dec) - 1)), False
    return _D(digits), _D(1), False


def _words_value(phrase: str) -> tuple[Decimal, Decimal, Decimal | None] | None:
    """Value, precision and scale of a number-word phrase, or None if it is not a number.

    Handles "fifty", "twenty-five", "one hundred and fifty", "a dozen", "two dozen",
    "half a million", "two and a half", "one and a half million", "five crore".
    """
    lowered = phrase.lower().replace(" and a half", " +half")
    tokens = re.split(r"[ \t\u00a0-]+", lowered)
    total = _D(0)
    current = _D(0)
    scale: Decimal | None = None
    halved = False
    has_half = False
    if tokens[:2] in (["half", "a"], ["half", "an"]):
        halved, tokens, current = True, tokens[2:], _D(1)
    elif tokens[0] in ("a", "an"):
        tokens, current = tokens[1:], _D(1)
    for tok in tokens:
        if tok == "and":
            continue
        if tok == "+half":
            current += _D("0.5")
            has_half = True
        elif tok in _UNITS:
            current += _UNITS[tok]
        elif tok in _TENS:
            current += _TENS[tok]
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok == "dozen":
            current = (current or 1) * 12
        elif tok in _SCALE_WORDS:
            mult = _SCALE_WORDS[tok]
            total += (current or 1) * mult
            current = _D(0)
            scale = mult if scale is None or mult > scale else scale
        else:
            return None
    value = total + current
    if scale is not None:
        precision = scale / 10 if (halved or has_half) else scale
    else:
        precision = _D("0.5") if has_half else _D(1)
    if halved:
        value = value / 2
    return value, precision, scale


# --------------------------------------------------------------------------- the parser


class _Parser:
    """One pass over one text; holds the text so the small readers can share it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[Quantity] = []

    def run(self) -> list[Quantity]:
        text = self.text
        pos = 0
        for trigger in _TRIGGER.finditer(text):
            if trigger.start() < pos:
                continue
            m = _CORE.match(text, trigger.start())
            if m is None:
                continue
            group = m.lastgroup or ""
            if group.startswith("skip"):
                end = m.end()
            elif group.startswith("date"):
                end = self._date(m)
            elif group == "vague":
                end = self._vague(m)
            elif group == "frac":
                end = self._fraction(m)
            elif group == "ord":
                end = self._ordinal_word(m)
            elif group == "onein":
                end = self._one_in(m)
            elif group == "mult":
                end = self._multiplier(m)
            elif group == "quarter":
                # "Q3", "H1": the third quarter, the first half (of a year)
                unit = "quarter" if m.group("qh") == "Q" else "half"
                self._emit(
                    m.start(), m.end(), _D(m.group("qn")), QuantityKind.ORDINAL, unit=unit,
                    precision=_D(1),
                )  # fmt: skip
                end = m.end()
            else:
                end = self._number(m)
            pos = max(end, m.start() + 1)
        return self.out

    # -- emit -------------------------------------------------------------------------
    def _emit(
        self,
        start: int,
        end: int,
        value: Decimal,
        kind: QuantityKind,
        **fields: object,
    ) -> None:
        for name in ("low", "high", "scale", "precision"):
            if isinstance(fields.get(name), Decimal):
                fields[name] = _tidy(fields[name])  # type: ignore[arg-type]
        self.out.append(
            Quantity(
                text=self.text[start:end],
                value=_tidy(value),
                kind=kind,
                span=(start, end),
                **fields,  # type: ignore[arg-type]
            )
        )

    def _pre(self, start: int, width: int = 48) -> str:
        return self.text[max(0, start - width) : start]

    def _is_name_context(self, start: int, core: str, core_end: int | None = None) -> bool:
        """A number glued to a capitalised word is part of a name: "Boeing 737", "Big Four".

        Names carry plain integers, so a figure with separators, decimals, a percent or a scale
        is a figure even there (headlines: "Germany Sends 85,000 Drones", "Gets 20 Million").
        A capitalised word that opens a sentence may be any word ("Drink 13-17 ounces"), so
        there a figure followed by a range or unit is a figure too.
        """
        pre = self._pre(start, 40)
        # Cheap test first: is the word right before the figure capitalised at all?
        last_word = pre[pre.rfind(" ", 0, len(pre) - 1) + 1 :]
        cap = _CAP_WORD_PRE.search(pre) if not last_word.islower() else None
        if cap is not None:
            word = cap.group("w").rstrip(".")
            lw = word.lower()
            if (
                lw not in _SENTENCE_OPENERS
                and lw not in _MONTHS
                and not word.endswith(("'s", "’s", ","))
                and word not in _ISO_CODES
                and not _PERIOD_WORD.match(word)
            ):
                if core_end is None:
                    return True
                if core[:1].isdigit() and (
                    not core.isdigit() or _STRONG_FIGURE_SUFFIX.match(self.text, core_end)
                ):
                    return False  # names carry plain integers: "Sent 85,000", "Gets 20 Million"
                opener = _SENTENCE_START_PRE.search(pre[: cap.start()]) is not None
                return not (opener and _FIGURE_SUFFIX.match(self.text, core_end))
        # A capitalised number word inside a sentence is a name: "the Big Four", "Formula One".
        return core[:1].isupper() and _SENTENCE_START_PRE.search(pre) is None

    def _gapped(self, start: int) -> bool:
        """A figure after a name in a parallel clause: "France will send 40 tanks and Italy 12".

        Only when a figure was read just before in the same sentence; the figure then counts
        what that one counted (see ``_number``).
        """
        if not self.out or start - self.out[-1].span[1] > 80:
            return False
        between = self.text[self.out[-1].span[1] : start]
        if any(c in between for c in ".;!?\n"):
            return False
        return _GAP_PRE.search(self._pre(start, 40)) is not None

    @staticmethod
    def _qualifier(pre: str) -> Qualifier | None:
        """The qualifier phrase ending right before a figure ("more than", "an estimated")."""
        if pre.endswith("~"):
            return Qualifier.APPROXIMATE
        if pre[-1:] not in (" ", "\u00a0"):
            return None
        words = pre[-40:].lower().split()
        if len(pre) > 40:
            words = words[1:]  # the first may be cut in half
        for n in (4, 3, 2, 1):
            if len(words) >= n:
                q = _QUALIFIER_PHRASES.get(" ".join(words[-n:]).lstrip(_OPENING_PUNCT))
                if q is not None:
                    return q
        return None

    # -- dates ------------------------------------------------------------------------
    def _date(self, m: re.Match[str]) -> int:
        g = m.lastgroup
        if g == "date_iso":
            y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        else:
            mon = m.group("mon1") or m.group("mon2") or m.group("mon3")
            # "May" and "March" are also verb/noun; they count as months only with a number,
            # which this pattern already requires. "Mar"/"Jan" need a capital.
            if not mon[0].isupper():
                return m.start() + 1
            mo = _MONTHS[mon.lower()]
            d = int(m.group("day1") or m.group("day2") or 0)
            y = int(m.group("year1") or m.group("year2") or m.group("year3") or 0)
        end = m.end()
        if self.text[end - 1] == "." and (m.group("mon2") or "").lower() not in _MONTH_ABBR:
            end -= 1  # "15 October." - the period ends the sentence; only "Oct." owns its dot
        self._emit(m.start(), end, _D(y * 10000 + mo * 100 + d), QuantityKind.DATE, precision=_D(1))
        return end

    # -- vague magnitudes -------------------------------------------------------------
    _VAGUE: ClassVar[dict[str, tuple[int, int, int | None]]] = {
        "dozens": (24, 99, None),
        "hundreds": (200, 999, 100),
        "thousands": (2000, 999_999, 10**3),
        "millions": (2 * 10**6, 10**9 - 1, 10**6),
        "billions": (2 * 10**9, 10**12 - 1, 10**9),
        "trillions": (2 * 10**12, 10**15 - 1, 10**12),
        "tens of thousands": (20_000, 99_999, 10**3),
        "hundreds of thousands": (200_000, 999_999, 10**3),
        "tens of millions": (20 * 10**6, 10**8 - 1, 10**6),
        "hundreds of millions": (200 * 10**6, 10**9 - 1, 10**6),
        "tens of billions": (20 * 10**9, 10**11 - 1, 10**9),
        "hundreds of billions": (200 * 10**9, 10**12 - 1, 10**9),
        "a handful": (2, 9, None),
        "single digits": (1, 9, None),
        "single digit": (1, 9, None),
        "low single digits": (1, 3, None),
        "low single digit": (1, 3, None),
        "mid single digits": (4, 6, None),
        "mid single digit": (4, 6, None),
        "high single digits": (7, 9, None),
        "high single digit": (7, 9, None),
        "double digits": (10, 99, None),
        "double digit": (10, 99, None),
        "low double digits": (10, 39, None),
        "low double digit": (10, 39, None),
        "mid double digits": (40, 69, None),
        "high double digits": (70, 99, None),
        "triple digits": (100, 999, None),
        "triple digit": (100, 999, None),
    }
    _FEW: ClassVar[dict[str, int]] = {
        "dozen": 12, "hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9,
    }  # fmt: skip

    def _vague(self, m: re.Match[str]) -> int:
        text = self.text
        start, end = m.span()
        phrase = " ".join(re.split(r"[ -]+", m.group(0).lower()))
        if phrase.startswith(("several ", "a few ")):
            mag = self._FEW[phrase.rsplit(" ", 1)[1]]
            low, high, scale = 2 * mag, 10 * mag - 1, (mag if mag >= 100 else None)
        else:
            if phrase not in self._VAGUE:
                return end
            low, high, scale = self._VAGUE[phrase]
        kind = QuantityKind.COUNT
        currency = None
        unit = None
        tail = end
        pct = _PERCENT_SUFFIX.match(text, end)
        if pct is not None and pct.group("pct"):
            kind, tail = QuantityKind.PERCENT, pct.end()
        else:
            of = _OF.match(text, end)
            if of is not None:
                cur = _CURRENCY_SUFFIX.match(text, of.end() - 1)
                if cur is not None and cur.group("word"):
                    kind, currency = QuantityKind.MONEY, self._currency_word(cur)
                    tail = cur.end()
                else:
                    unit, _ = _counted_noun(text, of.end(), plural=True)
            else:
                unit, _ = _counted_noun(text, end, plural=True)
        self._emit(
            start,
            tail,
            _D(low),
            kind,
            unit=unit,
            currency=currency,
            qualifier=Qualifier.RANGE,
            low=_D(low),
            high=_D(high),
            scale=_D(scale) if scale else None,
            vague=True,
        )
        return tail

    # -- fractions and ordinals -------------------------------------------------------
    def _fraction(self, m: re.Match[str]) -> int:
        text = self.text
        start, end = m.span()
        after_of = re.match(r"[ ]+of\b", text[end : end + 4]) is not None
        if m.group("half"):
            nxt = re.match(r"[ ]+(?:of|the|an?|its|their|his|her|our|all)\b", text[end : end + 7])
            if nxt is None or self._is_name_context(start, m.group(0)):
                return end
            dur = re.compile(r"[ ]+an?[ ]+(hour|day|week|month|year|century|decade)\b").match(
                text, end
            )
            if dur is not None:
                self._emit(start, dur.end(), _D("0.5"), QuantityKind.DURATION, unit=dur.group(1))
                return dur.end()
            self._emit(start, end, _D("0.5"), QuantityKind.COUNT, unit="fraction")
            return end
        num, den = m.group("fnum").lower(), m.group("fden").lower()
        hyphen = "-" in m.group("fsep")
        if num in ("a", "an"):
            if not after_of:
                if den in _ORDINAL_WORDS and den not in ("half", "quarter"):
                    return self._ordinal_word_at(m.start("fden"), end)
                return end
            numerator = 1
        else:
            numerator = _UNITS[num]
            if not (hyphen or after_of or den not in ("quarter", "quarters", "half", "halves")):
                return self._plain_number_at(start)  # "three quarters" (of a year): a count
        if self._is_name_context(start, m.group(0)):
            return end
        value = (_D(numerator) / _D(_DENOMINATORS[den])).quantize(_SIX_PLACES)
        self._emit(start, end, value, QuantityKind.COUNT, unit="fraction")
        return end

    def _plain_number_at(self, start: int) -> int:
        """Read what starts at ``start`` as a plain number (a fallback for a rejected form)."""
        m = _NUMBER_RE.match(self.text, start)
        if m is not None:
            return self._number(m)
        return start + 1

    _MULTIPLES: ClassVar[dict[str, int]] = {
        "doubl": 2, "tripl": 3, "quadrupl": 4, "double": 2, "twice": 2, "triple": 3,
        "quadruple": 4, "hundred": 100, "thousand": 1000,
    }  # fmt: skip

    def _multiplier(self, m: re.Match[str]) -> int:
        """"doubled", "twice the", "roughly double the", "threefold": a count with unit "fold"."""
        word = (m.group("mv") or m.group("mw") or m.group("mf")).lower()
        value = self._MULTIPLES.get(word) or _UNITS[word]
        qualifier = self._qualifier(self._pre(m.start()))
        self._emit(
            m.start(), m.end(), _D(value), QuantityKind.COUNT, unit="fold",
            qualifier=qualifier or Qualifier.EXACT, precision=_D(1),
        )  # fmt: skip
        return m.end()

    def _one_in(self, m: re.Match[str]) -> int:
        """"one in five", "1 in 10", "three in every four": a fraction (unit "fraction")."""
        num, den = (
            int(g) if g.isdigit() else _UNITS[g.lower()] for g in (m.group("on"), m.group("od"))
        )
        if not 0 < num < den <= 1000:
            return self._plain_number_at(m.start())  # "3 in 2024": not a proportion
        qualifier = self._qualifier(self._pre(m.start()))
        value = (_D(num) / _D(den)).quantize(_SIX_PLACES)
        self._emit(
            m.start(), m.end(), value, QuantityKind.COUNT, unit="fraction",
            qualifier=qualifier or Qualifier.EXACT,
        )  # fmt: skip
        return m.end()

    def _ordinal_unit(self, end: int) -> str | None:
        """What an ordinal ranks: "31st meeting", "second-quarter sales" -> quarter."""
        hw = _HYPHEN_WORD.match(self.text, end)
        if hw is not None:
            return _lemma(hw.group("w"))
        return _counted_noun(self.text, end, plural=False)[0]

    def _ordinal_word(self, m: re.Match[str]) -> int:
        start, end = m.span()
        if self._is_name_context(start, m.group(0)):
            return end
        return self._ordinal_word_at(start, end)

    def _ordinal_word_at(self, start: int, end: int) -> int:
        words = re.split(r"[ -]", self.text[start:end].lower())
        value = sum(_TENS.get(w, 0) for w in words[:-1]) + _ORDINAL_WORDS[words[-1]]
        unit = self._ordinal_unit(end)
        self._emit(start, end, _D(value), QuantityKind.ORDINAL, unit=unit, precision=_D(1))
        return end

    # -- currency ---------------------------------------------------------------------
    @staticmethod
    def _currency_word(cur: re.Match[str]) -> str | None:
        if cur.group("code"):
            return cur.group("code").replace("RMB", "CNY")
        word = cur.group("word")
        if word is None:
            return None
        w = word.lower().split()[0]
        if w.startswith("dollar"):
            country = (cur.group("country") or "us").lower()
            return _DOLLAR_COUNTRY.get(country, "USD")
        base = w if w in _CURRENCY_WORDS else w.rstrip("s")
        if base in ("krona", "kronor"):
            return "SEK"
        if base in ("kroner",):
            return "NOK"
        return _CURRENCY_WORDS.get(base) or _CURRENCY_WORDS.get(w)

    # -- numbers ----------------------------------------------------------------------
    def _scale_after(
        self, pos: int, is_digits: bool, has_currency: bool
    ) -> tuple[Decimal | None, int]:
        """A scale written after a digit core: "bn", "m", " million", " lakh"."""
        text = self.text
        if not is_digits:
            return None, pos  # number words carry their scale inside the core
        a = _ATTACHED_SCALE_RE.match(text, pos)
        if a is not None:
            s = a.group("s")
            if not has_currency and (
                s in ("b", "T") or (s in ("m", "M") and _METRE_CONTEXT.match(text, a.end()))
            ):
                return None, pos  # "100m sprint" is metres; a bare "5b"/"5T" is a name
            return _ATTACHED_SCALE[s], a.end()
        sp = _SPACED_SCALE_RE.match(text, pos)
        if sp is not None:
            return _SCALE_WORDS[sp.group("s").lower()], sp.end()
        return None, pos

    def _read_number(
        self, m: re.Match[str], has_currency: bool
    ) -> tuple[Decimal, Decimal, Decimal | None, bool, int]:
        """Value and precision (multiplied out), scale, is-digits and end of a number + scale."""
        int_part = (m.group("int") if "int" in m.re.groupindex else None)
        if int_part is not None:
            value, precision, _ = _digits_value(int_part, m.group("dec"))
            scale, end = self._scale_after(m.end(), True, has_currency)
            if scale is not None:
                value, precision = value * scale, precision * scale
            return value, precision, scale, True, end
        parsed = _words_value(m.group(0))
        if parsed is None:
            return _D(0), _D(1), None, False, m.end()
        value, precision, scale = parsed
        return value, precision, scale, False, m.end()

    def _number(self, m: re.Match[str]) -> int:
        text = self.text
        start, core_end = m.span()
        core = m.group(0)
        int_part = (m.group("int") if "int" in m.re.groupindex else None)
        is_digits = int_part is not None
        if (
            int_part is not None and _SPACE_GROUPED.search(int_part)
            and _CAP_AFTER.match(text, core_end)
        ):  # fmt: skip
            # "12 737 MAX 9": two numbers, not twelve thousand; read the first one alone
            m = _PLAIN_NUMBER.match(text, start)  # type: ignore[assignment]
            core_end, core, int_part = m.end(), m.group(0), m.group("int")
        dec = m.group("dec") if is_digits else None

        if is_digits and _DOTTED_TAIL.match(text, core_end):
            skip = _DOTTED.match(text, core_end)  # "2.3.4", "2018.04.05", "10.0.0.1": not figures
            return skip.end() if skip else core_end
        if is_digits and (_SLASH_NUM.match(text, core_end) or text[start - 1 : start] == "/"):
            skip = _SLASHED.match(text, core_end)
            return skip.end() if skip else core_end  # "24/7", "1/3": not read

        pre = self._pre(start)
        currency: str | None = None
        gap_from: Quantity | None = None
        q_start = start
        # Prefixes are short: search only the last few characters, not the whole context.
        tail = pre[-8:]
        cp = _CURRENCY_PRE.search(tail)
        if cp is not None:
            sym = cp.group("sym") or cp.group("sym1")
            currency = _CURRENCY_SYMBOLS[sym] if sym else cp.group("code").replace("RMB", "CNY")
            q_start -= len(tail) - cp.start()
            pre = pre[: len(pre) - len(tail) + cp.start()]
        elif self._is_name_context(start, core, core_end):
            if not self._gapped(start):
                glued = _GLUED_TAIL.match(text, core_end)  # "Route 66-A", "Lost 1-3"
                return glued.end() if glued else core_end
            gap_from = self.out[-1]
        elif self._gapped(start):
            gap_from = self.out[-1]  # "$2bn and France 1.5bn": France's figure is dollars too
        negative = False
        neg = _NEGATIVE_PRE.search(pre[-8:]) if pre[-1:] in ("-", "−", " ") else None
        if neg is not None:
            negative = True
            q_start -= len(neg.group(0))
            pre = pre[: len(pre) - len(neg.group(0))]
        qualifier = self._qualifier(pre)
        range_open = _RANGE_OPEN_PRE.search(pre[-12:]) if pre[-1:] == " " else None

        # Digit cores with a suffix that settles the kind at once: "31st", "1990s".
        if is_digits and not dec and "," not in core:
            o = _ORDINAL_SUFFIX.match(text, core_end)
            if o is not None:
                unit = self._ordinal_unit(o.end())
                self._emit(
                    q_start, o.end(), _D(core), QuantityKind.ORDINAL, unit=unit, precision=_D(1)
                )
                return o.end()
            d = _DECADE_SUFFIX.match(text, core_end)
            if d is not None and len(core) == 4 and core.endswith("0"):
                y = _D(core)
                self._emit(
                    q_start, d.end(), y, QuantityKind.YEAR, qualifier=Qualifier.RANGE,
                    low=y, high=y + 9, precision=_D(10),
                )  # fmt: skip
                return d.end()

        value, precision, scale, is_digits, pos = self._read_number(m, currency is not None)
        if not is_digits and value == 0 and core.lower() != "zero":
            return core_end
        if is_digits and pos == core_end and _LETTER.match(text, pos):
            # Letters glued to digits that are not a scale: a unit ("5km", "30C", "50p") or a
            # name ("5G", "3D", "737MAX"), which is skipped whole.
            mu = _MEASURE_SUFFIX.match(text, pos)
            pence = _PENCE.match(text, pos) is not None and len(core) <= 2 and not dec
            if not (mu and not mu.group("sp") and _glued_unit_ok(mu.group("u"))) and not pence:
                end = _WORDCHARS.match(text, pos)
                return end.end() if end else pos

        year_like = (
            is_digits and len(core) == 4 and core.isdigit() and 1000 <= value <= 2199
            and scale is None and currency is None and not negative
        )  # fmt: skip
        if year_like:
            yt = _YEAR_TAIL.match(text, pos)
            if yt is not None:
                hi = value // 100 * 100 + int(yt.group("y"))
                if hi > value:
                    self._emit(
                        q_start, yt.end(), value, QuantityKind.YEAR, qualifier=Qualifier.RANGE,
                        low=value, high=hi, precision=_D(1),
                    )  # fmt: skip
                    return yt.end()
        if negative:
            value = -value

        # A percent sign on the first half of a range: "20%-30%".
        pct_first = _PERCENT_SUFFIX.match(text, pos)
        range_pos = pct_first.end() if pct_first is not None else pos

        # Ranges: "20-30", "20–30", "between 20 and 30", "from 20 to 30", "$20bn-$30bn".
        high: Decimal | None = None
        second_year_like = False
        rng = _RANGE_SEP.match(text, range_pos)
        if rng is not None and self._range_sep_ok(rng, range_open, pre):
            m2 = _NUMBER_RE.match(text, rng.end())
            if m2 is not None:
                v2, p2, s2, d2, end2 = self._read_number(m2, currency is not None)
                glued = d2 and end2 == m2.end() and _LETTER.match(text, end2)
                hyphen = rng.group("sep").strip() in ("-", "–")
                record = _RECORD_TAIL.match(text, end2) if hyphen and d2 else None
                if record is not None and record.end() > end2:
                    return record.end()  # "3-0-2": a win-loss record, not a range
                if glued or (d2 and _ORDINAL_SUFFIX.match(text, end2)) or v2 == 0:
                    pass
                elif scale is None and s2 is not None and v2 > value * s2:
                    # "20-30 million": the scale written once applies to both ends
                    value, precision, scale, high, pos = value * s2, p2, s2, v2, end2
                elif v2 > value:
                    high, pos = v2, end2
                    second_year_like = d2 and len(m2.group(0)) == 4 and 1000 <= v2 <= 2199
                elif (
                    rng.group("sep").strip() in ("-", "–")
                    and is_digits and d2 and "." not in core and scale is None
                    and 0 <= value <= _SCORE_MAX and v2 <= _SCORE_MAX
                ):  # fmt: skip
                    return end2  # "won 3-1", "2-2": a score; documented as skipped
                if (
                    high is not None and rng.group("sep").strip() in ("-", "–") and is_digits
                    and value <= _SCORE_MAX and high <= _SCORE_MAX and scale is None
                    and _SCORE_CONTEXT.search(pre[-40:])
                ):  # fmt: skip
                    return pos  # "lost 1-3": a score

        kind = QuantityKind.COUNT
        unit: str | None = None
        # What follows decides the kind: percent, currency word, duration, measure, noun.
        pct = _PERCENT_SUFFIX.match(text, pos)
        if pct is None and high is not None and pct_first is not None:
            pct = pct_first
        cur = _CURRENCY_SUFFIX.match(text, pos) if pct is None else None
        if pct is not None:
            pos = max(pos, pct.end())
            if pct.group("bp"):
                kind = QuantityKind.PERCENTAGE_POINT
                value, precision = value / 100, precision / 100
                high = high / 100 if high is not None else None
            elif pct.group("pp"):
                kind = QuantityKind.PERCENTAGE_POINT
            else:
                kind = QuantityKind.PERCENT
        elif cur is not None:
            if cur.group("sub"):
                if is_digits and currency is None and (cur.group(0) != "p" or len(core) <= 2):
                    sub = cur.group(0).strip().lower()
                    currency = "GBP" if sub.startswith("p") else "USD"
                    value, precision = value / 100, precision / 100
                    high = high / 100 if high is not None else None
                    pos = cur.end()
            elif not (
                cur.group("word") and cur.group("word").lower() in ("pound", "pounds")
                and scale is None and currency is None
            ):  # fmt: skip
                # "200 pounds" with no scale and no "£" is a weight, read as a measure below
                currency = currency or self._currency_word(cur)
                pos = cur.end()
        if currency is not None and kind is QuantityKind.COUNT:
            kind = QuantityKind.MONEY
        post = None
        if kind is QuantityKind.COUNT:
            du = _DURATION_SUFFIX.match(text, pos)
            mu = _MEASURE_SUFFIX.match(text, pos)
            if du is not None and year_like and not du.group("u").lower().endswith("s"):
                du = None  # "fiscal 2022 second-quarter", "2022 year": a year, not a duration
            if du is not None and du.group("u")[0].isupper():
                du = None  # "80 Day Obsession": a title
            if du is not None:
                kind, unit, pos = QuantityKind.DURATION, _DURATIONS[du.group("u").lower()], du.end()
            elif mu is not None and _measure_ok(mu, is_digits, scale):
                u = " ".join(mu.group("u").lower().split()).replace("° ", "°")
                kind, unit, pos = QuantityKind.MEASURE, _MEASURES.get(u, u), mu.end()
        if high is None:
            post = _POST_QUALIFIER.match(text, pos)
            if post is not None:
                qualifier = Qualifier.AT_LEAST if post.group("least") else Qualifier.APPROXIMATE
                pos = post.end()
        if kind is QuantityKind.COUNT:
            hw = _HYPHEN_WORD.match(text, pos)
            if hw is not None:
                w = hw.group("w").lower()
                pos = hw.end()
                if w == "fold":
                    unit = "fold"  # "10-fold", "two-fold": a multiplier
                elif w not in ("strong", "odd", "plus", "year", "month", "old"):
                    unit = _lemma(w)
            else:
                plural = value != 1 or high is not None
                unit, _ = _counted_noun(text, pos, plural=plural)

        if kind is QuantityKind.COUNT and unit in _DURATION_UNITS:
            kind = QuantityKind.DURATION  # "30 more days"

        # "85.000 drones": a dot before exactly three digits, then a counted noun -> thousands.
        if (
            dec is not None and len(dec) == 4 and int_part is not None and "," not in int_part
            and len(int_part) <= 3 and kind is QuantityKind.COUNT and unit is not None
            and scale is None and high is None
        ):  # fmt: skip
            value = _D(int_part + dec[1:]) * (-1 if negative else 1)
            precision = _D(1)

        # Years: a bare 4-digit number 1000-2199 that nothing else makes a count or amount.
        if year_like and kind is QuantityKind.COUNT and post is None:
            determined = _YEAR_DETERMINER_PRE.search(pre) is not None
            if high is not None and second_year_like and unit is None:
                kind = QuantityKind.YEAR
            elif high is None and (qualifier is None or _YEAR_BOUND_PRE.search(pre)) and (
                unit is None or determined
            ):
                kind, unit = QuantityKind.YEAR, None
                if _YEAR_BOUND_PRE.search(pre):
                    qualifier = Qualifier.AT_MOST
        if (
            kind is QuantityKind.COUNT and high is None and scale is None and unit is None
            and core.lower() == "one"
        ):  # fmt: skip
            return pos  # a bare "one" is a pronoun ("one of the biggest"); "one drone" counts

        if high is not None:
            qualifier = Qualifier.RANGE
        if gap_from is not None and kind is gap_from.kind and unit is None:
            unit = gap_from.unit  # "40 tanks and Italy 12": Italy's 12 are tanks too
        elif (
            gap_from is not None and kind is QuantityKind.COUNT and unit is None
            and gap_from.currency
        ):  # fmt: skip
            kind, currency = QuantityKind.MONEY, gap_from.currency
        self._emit(
            q_start,
            pos,
            value,
            kind,
            unit=unit,
            currency=currency,
            qualifier=qualifier or Qualifier.EXACT,
            low=value if high is not None else None,
            high=high,
            scale=scale,
            precision=precision,
        )
        return pos

    @staticmethod
    def _range_sep_ok(rng: re.Match[str], range_open: re.Match[str] | None, pre: str) -> bool:
        """Whether "X <sep> Y" is a range: "and" needs "between"; "to" must not be a change."""
        sep = rng.group("sep").strip().lower()
        opener = range_open.group("w").lower() if range_open is not None else None
        if sep == "and":
            return opener == "between"
        if sep == "to":
            # "rose from 5% to 7%" is a change between two figures, not a range.
            before = pre[: len(pre) - len(range_open.group(0))] if range_open is not None else pre
            return _CHANGE_VERBS.search(before[-40:]) is None
        return True

def parse_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in document order.

    >>> [str(q.value) for q in parse_quantities("Germany pledged $2.3bn to 50 countries")]
    ['2300000000', '50']

    Raises :class:`~factcheck.errors.InputError` when ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise InputError(f"parse_quantities needs a str, got {type(text).__name__}")
    return _Parser(text).run()


# --------------------------------------------------------------------------- sentences

# Titles come before a name, so their period never ends a sentence.
_TITLES = _wordset(
    """mr mrs ms dr prof gen col lt sgt capt cpt maj adm gov sen rep st rev hon pres messrs
    mt gens cmdr"""
)
# Other abbreviations may end a sentence; they do when a usual sentence opener follows.
_ABBREVIATIONS = _wordset(
    """jr sr inc ltd co corp vs v e.g i.e no nos fig approx est dept univ ave jan feb mar apr
    jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun ft cf al pp vol"""
)
# After "U.S." a sentence ends only if the next word is one that commonly opens a sentence.
_OPENERS_AFTER_ACRONYM = _wordset(
    """the a an he she it they we i in on at but and this that these those there his her
    its their our some many most after before when while however meanwhile"""
)
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n")
_WORD_BEFORE = re.compile(r"(\S+)\Z")
_NEXT_WORD = re.compile(r"\s*[\"'“‘(\[]*(\S+)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``, whitespace trimmed, in order.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` followed by white space (so "2.3" never
    splits) and at every line break (headlines and paragraphs are lines). A period after a
    title ("Mr.", "Gen.") never ends a sentence; after another known abbreviation ("Dec.",
    "Inc."), a single initial ("J. K.") or a dotted acronym ("U.S.") it does only when a word
    that usually opens a sentence follows ("... in the U.S. The ..."); a period followed by a
    lower-case word or a digit never does.
    """
    if not isinstance(text, str):
        raise InputError(f"split_sentences needs a str, got {type(text).__name__}")
    spans: list[tuple[int, int]] = []
    start = 0
    for b in _BOUNDARY.finditer(text):
        end = b.end()
        if b.group(0) != "\n" and b.group(0)[0] == ".":
            wb = _WORD_BEFORE.search(text, max(0, b.start() - 40), b.start())
            word = wb.group(1).lstrip("\"'“‘(") if wb else ""
            nxt = _NEXT_WORD.match(text, end)
            next_word = nxt.group(1) if nxt else ""
            if next_word[:1].islower() or next_word[:1].isdigit():
                continue
            lw = word.lower()
            if lw in _TITLES:
                continue
            # A dotted acronym ("U.S"), an initial ("J") or an abbreviation ("Dec") is usually
            # not the end, unless a word that usually opens a sentence follows.
            abbreviated = "." in word or (len(word) == 1 and word.isupper()) or lw in _ABBREVIATIONS
            if abbreviated and next_word.strip("\"'“‘(").lower() not in _OPENERS_AFTER_ACRONYM:
                continue
        _append_trimmed(text, start, end, spans)
        start = end
    _append_trimmed(text, start, len(text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    segment = text[start:end]
    stripped = segment.strip()
    if stripped:
        lead = len(segment) - len(segment.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))
