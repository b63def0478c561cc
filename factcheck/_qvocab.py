"""Vocabulary for reading quantities: number words, scales, months, currencies, units.

Plain tables and word sets, no logic: what each word of a figure means ("lakh" is 10**5, "€"
is EUR, "kilometres" is km) and which words end or may sit inside a counted-noun phrase.
"""

from __future__ import annotations

from decimal import Decimal

_D = Decimal


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())

_SIX_PLACES = Decimal("0.000001")


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
    "bcm": "bcm", "mb": "MB", "gb": "GB", "tb": "TB", "hz": "Hz", "khz": "kHz", "mhz": "MHz",
    "ghz": "GHz", "fps": "fps",
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
# Capitalised words that carry a number as part of a name even when a counted noun follows
# ("Boeing 737 jets", "Windows 11 users", "Fortune 500 companies", "Article 5 guarantees"):
# models, products, indexes, places, laws, competitions and numbered designations. After any
# other title-case word, a plain number with what it counts is a figure ("Castellan 11 points").
_NAME_BEFORE_NUMBER = _wordset(
    """boeing airbus embraer bombardier cessna antonov ilyushin sukhoi tupolev mig su tu mi ka
    apollo artemis gemini mercury soyuz voyager pioneer falcon starship sputnik chandrayaan
    leopard challenger patriot apache mirage tornado typhoon tiger panther puma boxer
    windows xbox nintendo galaxy pixel surface kindle model series mark mk gen generation
    version type class category grade level tier phase stage zone sector district ward region
    block unit building hall room floor gate terminal platform pier dock berth lane highway
    interstate route road street avenue exit junction line bus flight channel radio station
    studio camp base area site reactor article section chapter title rule clause amendment
    proposition prop measure question bill act resolution regulation directive schedule
    paragraph part book volume vol issue episode season psalm fortune russell nasdaq nikkei
    stoxx dow hot top formula league ligue liga division serie bundesliga conference
    championship cup euro covid sars number no agenda vision plan project operation mission
    exercise day week game round leg lap hole heat matchday gameweek race group pool court
    field pier bed fox sky sec art vol fig ch chap op pt para cl reg"""
)
# Abbreviations whose period does not end a sentence before a number ("No. 10", "Art. 5",
# "Gen. 3" is rare but "St. 5" and "Vol. 2" are not): the number may belong to a name.
_ABBREVIATIONS_BEFORE_NUMBER = _wordset(
    """no nos art arts vol vols fig figs sec secs ch chap op pt pts ex para paras cl reg regs
    ed eds p pp mk mr mrs ms dr prof gen col lt sgt capt maj adm gov sen rep st rev hon pres mt
    inc ltd co corp jr sr vs v approx est dept univ ave nr abs"""
)
