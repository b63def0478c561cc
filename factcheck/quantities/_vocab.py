"""Vocabulary for reading quantities: number words, scales, months, currencies, units.

Plain tables and word sets, no logic: what each word of a figure means ("lakh" is 10**5, "€"
is EUR, "kilometres" is km) and which words end or may sit inside a counted-noun phrase.
"""

from __future__ import annotations

from decimal import Decimal

D = Decimal


def wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())

SIX_PLACES = Decimal("0.000001")


UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALE_WORDS = {
    "thousand": D(10**3), "million": D(10**6), "billion": D(10**9),
    "trillion": D(10**12), "lakh": D(10**5), "lakhs": D(10**5), "crore": D(10**7),
    "crores": D(10**7), "mn": D(10**6), "mln": D(10**6), "bn": D(10**9),
    "bln": D(10**9), "tn": D(10**12), "trn": D(10**12),
}  # fmt: skip
ATTACHED_SCALE = {
    "k": D(10**3), "K": D(10**3), "m": D(10**6), "M": D(10**6), "mn": D(10**6),
    "b": D(10**9), "B": D(10**9), "bn": D(10**9), "tn": D(10**12), "trn": D(10**12),
    "T": D(10**12), "t": D(10**12),
}  # fmt: skip
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1000, "millionth": 10**6,
    "billionth": 10**9,
}  # fmt: skip
DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}  # fmt: skip
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

CURRENCY_SYMBOLS = {
    "US$": "USD", "$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "€": "EUR", "£": "GBP",
    "₴": "UAH", "₹": "INR", "Rs": "INR", "Rs.": "INR", "¥": "JPY", "₽": "RUB", "₩": "KRW",
    "₺": "TRY", "₪": "ILS", "zł": "PLN",
}  # fmt: skip
ISO_CODES = sorted(
    wordset(
        "USD EUR GBP UAH INR JPY CNY RMB CHF RUB PLN AUD CAD HKD NZD SGD BRL KRW TRY ILS SEK"
        " NOK DKK CZK HUF ZAR MXN NGN KES PKR BDT"
    )
)
CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "hryvnia": "UAH",
    "hryvna": "UAH", "rupee": "INR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "franc": "CHF", "rouble": "RUB", "ruble": "RUB", "zloty": "PLN", "zlotys": "PLN",
    "won": "KRW", "lira": "TRY", "shekel": "ILS", "naira": "NGN", "rand": "ZAR",
    "peso": "MXN", "krona": "SEK", "krone": "NOK", "reais": "BRL",
}  # fmt: skip
DOLLAR_COUNTRY = {
    "us": "USD", "u.s.": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
    "hong kong": "HKD", "new zealand": "NZD", "singapore": "SGD", "taiwan": "TWD",
}  # fmt: skip

# measure unit surface (lower case) -> canonical unit
MEASURES = {
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
    "square kilometers": "km2", "square kilometre": "km2", "square kilometer": "km2",
    "km2": "km2", "km²": "km2", "square miles": "mile2", "square mile": "mile2",
    "sq miles": "mile2", "sq mi": "mile2", "square metres": "m2", "square meters": "m2",
    "square metre": "m2", "square meter": "m2", "sq m": "m2", "m2": "m2", "m²": "m2",
    "square feet": "ft2", "square foot": "ft2", "sq ft": "ft2", "sq feet": "ft2",
    "square yards": "yd2", "square yard": "yd2", "sq yd": "yd2", "sq yds": "yd2",
    "square inches": "in2", "square inch": "in2",
    "mph": "mph", "km/h": "km/h", "kph": "km/h", "knots": "knot", "knot": "knot",
    "degree": "degree", "degrees": "degree", "°": "degree", "°c": "celsius", "°f": "fahrenheit",
    "degrees celsius": "celsius", "degrees fahrenheit": "fahrenheit", "degrees c": "celsius",
    "degrees f": "fahrenheit", "c": "celsius", "f": "fahrenheit", "mw": "MW", "gw": "GW",
    "kw": "kW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "megawatts": "MW",
    "gigawatts": "GW", "kilowatts": "kW", "megawatt": "MW", "gigawatt": "GW",
    "w": "W", "watt": "W", "watts": "W", "mah": "mAh", "wh": "Wh",
    "bcm": "bcm", "mb": "MB", "gb": "GB", "tb": "TB", "hz": "Hz", "khz": "kHz", "mhz": "MHz",
    "ghz": "GHz", "fps": "fps", "stone": "stone", "st": "stone", "kbps": "kbps",
    "mbps": "Mbps", "gbps": "Gbps", "kb/s": "kbps", "mb/s": "Mbps", "gb/s": "Gbps",
    "hp": "hp", "bhp": "hp", "horsepower": "hp", "lb-ft": "lb-ft", "lb ft": "lb-ft",
    "pound-feet": "lb-ft",
}  # fmt: skip
DURATIONS = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    "hour": "hour", "hours": "hour", "hrs": "hour", "day": "day", "days": "day",
    "week": "week", "weeks": "week", "month": "month", "months": "month", "year": "year",
    "years": "year", "decade": "decade", "decades": "decade", "century": "century",
    "centuries": "century", "mins": "minute", "secs": "second", "yrs": "year",
}  # fmt: skip
# How many of the next smaller unit make one unit of time: a fraction of one unit is written out
# in a smaller unit where it is whole ("half an hour" -> 30 minutes, "half a year" -> 6 months),
# so equal durations written both ways compare equal. A month has no whole number of days, so
# month ends the chain of the calendar units.
SMALLER_DURATION = {
    "century": ("year", 100), "decade": ("year", 10), "year": ("month", 12),
    "week": ("day", 7), "day": ("hour", 24), "hour": ("minute", 60), "minute": ("second", 60),
}  # fmt: skip


DURATION_UNITS = frozenset(DURATIONS.values())

IRREGULAR = {
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
    # plurals in -ies of nouns in -ie ("calories", not "calory")
    "calories": "calorie", "movies": "movie", "cookies": "cookie", "zombies": "zombie",
    "rookies": "rookie", "selfies": "selfie", "brownies": "brownie", "goalies": "goalie",
    "pies": "pie", "ties": "tie", "hippies": "hippie", "aunties": "auntie",
    "freebies": "freebie", "junkies": "junkie", "techies": "techie", "smoothies": "smoothie",
}  # fmt: skip
INVARIANT_PLURALS = frozenset(
    k for k, v in IRREGULAR.items() if k == v or k in {"people", "men", "women", "children"}
)

# Words that end a counted-noun phrase: determiners, prepositions, auxiliaries, conjunctions.
NP_STOP = wordset(
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
NP_SKIP = wordset(
    """and or other more new additional extra further such various several different same
    similar so-called"""
)
SENTENCE_OPENERS = wordset(
    """in by on at for from to of about around some over under nearly almost roughly
    approximately only just more fewer less up since between until till through
    throughout during after before and but or the all those these another last than
    estimated exactly precisely still its their his her our my your with without within
    as like unlike each every circa perhaps possibly probably if when while then now top
    least most minus plus below above beyond across among against per via total another
    an a nearly some because although though yet so whereas once upwards well just
    barely only even another approx despite amid amidst following including excluding
    besides unless whether upon into onto except toward towards alongside whilst"""
)
ADJECTIVES = wordset(
    """straight consecutive successive largest biggest smallest highest lowest best worst
    annual straight new old big small large major minor full half whole top last next bad good
    single key main only sole extra giant gigantic huge massive enormous tiny little young
    separate different distinct"""
)
ADJECTIVE_SUFFIXES = ("ive", "ous", "ful", "est", "ical", "ional", "less", "able", "ible")
ING_NOUNS = ("meeting", "building", "hearing", "briefing", "ceiling", "funding", "spending",
              "training", "offering", "ruling", "filing", "booking", "opening", "sitting",
              "reading", "round", "setting", "uprising", "shooting", "bombing", "killing",
              "landing", "sighting", "warning", "crossing", "gathering", "wedding", "ending",
              "outing", "inning", "wing")  # fmt: skip
COMMON_VERBS = wordset(
    """left made came went took got gave sent held fell rose won lost met set put kept stood ran
    remain remains remained became become began begun brought built bought caught cut drew
    fought found flew grew hit hurt led let meant paid read saw sold spent struck told thought
    wrote"""
)
# Capitalised words that carry a number as part of a name even when a counted noun follows
# ("Boeing 737 jets", "Windows 11 users", "Fortune 500 companies", "Article 5 guarantees"):
# models, products, indexes, places, laws, competitions and numbered designations. After any
# other title-case word, a plain number with what it counts is a figure ("Castellan 11 points").
NAME_BEFORE_NUMBER = wordset(
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
ABBREVIATIONS_BEFORE_NUMBER = wordset(
    """no nos art arts vol vols fig figs sec secs ch chap op pt pts ex para paras cl reg regs
    ed eds p pp mk mr mrs ms dr prof gen col lt sgt capt maj adm gov sen rep st rev hon pres mt
    inc ltd co corp jr sr vs v approx est dept univ ave nr abs"""
)

# Vague magnitudes: the range of values a reader accepts for each ("millions" is 2 million up
# to a billion), and the scale to report, if any: (low, high, scale).
VAGUE: dict[str, tuple[int, int, int | None]] = {
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
# "several dozen", "a few thousand": twice up to ten times the magnitude.
FEW: dict[str, int] = {
    "dozen": 12, "hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9,
}  # fmt: skip
# Word stems of multipliers ("doubled", "twice", "threefold") and their factor.
MULTIPLES: dict[str, int] = {
    "doubl": 2, "tripl": 3, "quadrupl": 4, "double": 2, "twice": 2, "triple": 3,
    "quadruple": 4, "hundred": 100, "thousand": 1000,
}  # fmt: skip
