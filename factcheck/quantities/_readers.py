"""Small pure readers shared by the parser: number values, lemmas and counted nouns."""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck.quantities._patterns import (
    TOKEN,
)
from factcheck.quantities._vocab import (
    ADJECTIVE_SUFFIXES,
    ADJECTIVES,
    COMMON_VERBS,
    CURRENCY_WORDS,
    DOLLAR_COUNTRY,
    ING_NOUNS,
    INVARIANT_PLURALS,
    IRREGULAR,
    NP_SKIP,
    NP_STOP,
    SCALE_WORDS,
    SMALLER_DURATION,
    TENS,
    UNITS,
    D,
)


def tidy(value: Decimal) -> Decimal:
    """One spelling per number: 2300000000, not 2300000000.0 or 2.3E+9; 0.5, not 0.50."""
    if value == value.to_integral_value():
        return D(int(value))  # exact at any length, unlike quantize (28 digits of context)
    return value.normalize()


def whole_duration(value: Decimal, fields: dict[str, object]) -> Decimal:
    """A fraction of one unit of time, in the largest smaller unit where it is whole.

    "half an hour" -> 30 minutes, "half a century" -> 50 years, "0.75 hours" -> 45 minutes:
    so a duration below one unit compares equal to the same duration written whole. A duration
    of one unit or more keeps the unit its writer chose ("15.5 years", "two and a half years"),
    since a figure rounded from it ("16 years") is compared in that unit. ``fields`` (unit,
    precision) is updated in place.
    """
    unit = fields.get("unit")
    if not 0 < value < 1 or fields.get("high") is not None:
        return value
    factor = D(1)
    while isinstance(unit, str) and unit in SMALLER_DURATION:
        unit, step = SMALLER_DURATION[unit]
        factor *= step
        if value * factor == (value * factor).to_integral_value():
            fields["unit"] = unit
            precision = fields.get("precision")
            if isinstance(precision, Decimal):
                fields["precision"] = precision * factor
            return value * factor
    return value


def age_names_a_person(text: str, pos: int) -> bool:
    """Whether an age written as "N-year-old" ending at ``pos`` is the noun that names a person.

    "the 45-year-old said", "a 45-year-old from Leeds", "the 23-year-old's lawyer", "the
    45-year-old denies it": no noun follows (a verb, a preposition, punctuation). "a
    45-year-old man", "the 45-year-old British striker", "2-Month-Old Christmas Tree": the age
    describes what follows.
    """
    t = TOKEN.match(text, pos)
    word = t.group("w") if t is not None else None
    if word is None:
        return True
    lw = word.lower()
    if lw in NP_STOP or lw in COMMON_VERBS:
        return True
    return word.islower() and (lw.endswith("ed") or looks_plural(word))


def ordinal_suffix_ok(digits: str, suffix: str) -> bool:
    """Whether an ordinal suffix agrees with its number: "1st", "22nd", "13th", not "12st"."""
    n, s = int(digits), suffix.lower()
    if n % 100 in (11, 12, 13):
        return s == "th"
    return s == {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def glued_unit_ok(unit: str) -> bool:
    """A unit glued to digits ("5km", "30C", "72W"); a lone capital other than C/F/T/W is a
    name ("5G")."""
    return not (len(unit) == 1 and unit.isupper() and unit not in "CFTW")


def measure_ok(mu: re.Match[str], is_digits: bool, scale: Decimal | None) -> bool:
    """Whether a measure unit read after a number really is one."""
    u = mu.group("u")
    if scale is not None and u.lower() in ("m", "t"):
        return False
    if u == "W":
        return is_digits and not mu.group("sp")  # watts glued to digits: "a 72W port"
    if len(u) == 1 and u.lower() not in ("m", "g", "t", "c", "f") and u != "°":
        return False
    if len(u) == 1 and u.lower() in ("c", "f", "t") and (mu.group("sp") or not is_digits):
        return False  # "5 c" or "3 f" with a space is not a unit
    if len(u) == 1 and u.lower() in ("m", "g") and not is_digits:
        return False
    return glued_unit_ok(u) or bool(mu.group("sp"))


def lemma(word: str) -> str:
    """Lower-case singular of a counted noun ("countries" -> "country", "people" -> "person")."""
    w = word.lower().replace("’", "'")
    if w in IRREGULAR:
        return IRREGULAR[w]
    if len(w) > 2 and word[:-1].isupper() and w.endswith("s"):
        return w[:-1]  # "MPs" -> "mp"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "ches", "shes", "xes", "zzes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is", "ics")) and len(w) > 2:
        return w[:-1]
    return w


def looks_plural(word: str) -> bool:
    w = word.lower()
    if w in INVARIANT_PLURALS or (w in IRREGULAR and IRREGULAR[w] != w):
        return True
    return (
        len(w) > 3
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is", "ous", "'s", "’s"))
    )


def counted_noun(text: str, pos: int, plural: bool) -> tuple[str | None, int]:
    """Read the noun a number counts, starting at ``pos``; return (lemma, end of the noun).

    Walks at most eight tokens over modifiers, acronyms and list commas, so that
    "20 million FPV, ISR and other drones" counts drones. With ``plural`` the head is the first
    plural-looking noun; otherwise (a value of one, an ordinal) the first word that is not an
    adjective ("the third consecutive meeting" -> meeting).
    """
    p = pos
    prev = ""  # the word before, lower case
    first_end = -1  # where the first word ends: "50 missing and ..." stands alone there
    after_proper = False  # a comma continues a list of proper adjectives or acronyms only
    for _ in range(8):
        t = TOKEN.match(text, p)
        if t is None:
            break
        if t.group("c"):
            if after_proper and plural and text.startswith((" ", "\u00a0"), t.end()):
                p = t.end()
                continue
            break
        if t.group("d"):
            if after_proper and plural:
                p = t.end()
                continue  # a model number inside the phrase: "12 Leopard 2 tanks"
            break
        word = t.group("w").strip("-'’")
        if not word:
            break
        lw = word.lower()
        if lw in NP_STOP:
            break
        if lw in ("and", "or") and p == first_end and _ends_predicate(prev, text, t.end()):
            break  # "50 missing and state media ...": a new clause, not a list of modifiers
        p = t.end()
        if not prev:
            first_end = p
        prev = lw
        if lw in NP_SKIP:
            continue
        if len(word) > 1 and word[:-1].isupper() and word.endswith("s"):
            return lemma(word), p  # "MPs", "SUVs"
        if word[0].isupper() and not word.isupper() and plural and looks_plural(word):
            return lemma(word), p  # a headline's "85,000 Drones", or "50 Americans"
        if word.isupper() or word[0].isupper():
            after_proper = True
            continue  # acronym or proper adjective: "FPV", "Nordic"
        after_proper = False
        if lw.endswith("ly"):
            break  # an adverb ends the phrase: "50 mostly ..." rarely names the counted thing
        if plural:
            if looks_plural(word):
                return lemma(word), p
            continue
        if _is_adjective(lw) or (lw.endswith("ed") and _next_is_word(text, p)):
            continue  # "third consecutive meeting", "one terrified woman"
        if (lw.endswith(("ed", "ing")) and not lw.endswith(ING_NOUNS)) or lw in COMMON_VERBS:
            break  # "first reported by": a verb, not a noun
        return lemma(word), p
    return None, pos


def _ends_predicate(prev: str, text: str, pos: int) -> bool:
    """Whether "and"/"or" at ``pos`` ends a figure standing alone ("50 missing and ...").

    Asked only when ``prev`` is the first word after the figure. A participle there
    ("missing", "killed", "dead") can be the whole phrase; it is a list of modifiers only if
    another participle or adjective follows ("2 soft-boiled or poached eggs", "50 dead and
    injured people").
    """
    if not (prev.endswith(("ed", "ing")) or prev in ("dead", "missing")):
        return False
    nxt = TOKEN.match(text, pos)
    word = (nxt.group("w") or "").lower() if nxt is not None else ""
    return not (word.endswith(("ed", "ing")) or word in ("dead", "missing") or _is_adjective(word))


def _is_adjective(word: str) -> bool:
    """A lower-case word that looks like an adjective ("consecutive", "famous", "largest")."""
    return word in ADJECTIVES or word.endswith(ADJECTIVE_SUFFIXES)


def _next_is_word(text: str, pos: int) -> bool:
    """Whether a word that may continue a noun phrase follows ``pos``."""
    t = TOKEN.match(text, pos)
    return t is not None and t.group("w") is not None and t.group("w").lower() not in NP_STOP


def digits_value(int_part: str, dec: str | None) -> tuple[Decimal, Decimal, bool]:
    """Value, precision and whether dots were thousands separators, for a digit core."""
    if "." in int_part:  # "1.234.567": dots as thousands separators (two or more groups)
        return D(int_part.replace(".", "")), D(1), True
    digits = re.sub(r"[,\s\u00a0\u202f\u2009]", "", int_part)
    if dec:
        return D(digits + dec), D(1).scaleb(-(len(dec) - 1)), False
    return D(digits), D(1), False


def words_value(phrase: str) -> tuple[Decimal, Decimal, Decimal | None] | None:
    """Value, precision and scale of a number-word phrase, or None if it is not a number.

    Handles "fifty", "twenty-five", "one hundred and fifty", "a dozen", "two dozen",
    "half a million", "two and a half", "one and a half million", "five crore".
    """
    lowered = re.sub(r"[ -]and[ -]a[ -]half", " +half", phrase.lower())
    tokens = re.split(r"[ \t\u00a0-]+", lowered)
    total = D(0)
    current = D(0)
    scale: Decimal | None = None
    halved = False
    has_half = False
    if tokens[:2] in (["half", "a"], ["half", "an"]):
        halved, tokens, current = True, tokens[2:], D(1)
    elif tokens[0] in ("a", "an"):
        tokens, current = tokens[1:], D(1)
    for tok in tokens:
        if tok == "and":
            continue
        if tok == "+half":
            current += D("0.5")
            has_half = True
        elif tok in UNITS:
            current += UNITS[tok]
        elif tok in TENS:
            current += TENS[tok]
        elif tok == "hundred":
            current = (current or D(1)) * 100
        elif tok == "dozen":
            current = (current or D(1)) * 12
        elif tok in SCALE_WORDS:
            mult = SCALE_WORDS[tok]
            total += (current or D(1)) * mult
            current = D(0)
            scale = mult if scale is None or mult > scale else scale
        else:
            return None
    value = total + current
    if scale is not None:
        precision = scale / 10 if (halved or has_half) else scale
    else:
        precision = D("0.5") if has_half else D(1)
    if halved:
        value = value / 2
    return value, precision, scale


def currency_word(cur: re.Match[str]) -> str | None:
    """The ISO code of a currency written after a figure ("euros", "Canadian dollars", "USD")."""
    if cur.group("code"):
        return cur.group("code").replace("RMB", "CNY")
    word = cur.group("word")
    if word is None:
        return None
    w = word.lower().split()[0]
    if w.startswith("dollar"):
        country = (cur.group("country") or "us").lower()
        return DOLLAR_COUNTRY.get(country, "USD")
    base = w if w in CURRENCY_WORDS else w.rstrip("s")
    if base in ("krona", "kronor"):
        return "SEK"
    if base in ("kroner",):
        return "NOK"
    return CURRENCY_WORDS.get(base) or CURRENCY_WORDS.get(w)
