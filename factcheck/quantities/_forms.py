"""The parser's shared state and the non-digit forms of a figure.

``FormReader`` holds the text being parsed and the figures found so far, emits
:class:`~factcheck.models.Quantity` objects, and reads the context every figure needs (a
qualifier before it, a name around it, a gapped clause). It also reads the forms that are not
plain numbers: dates, vague magnitudes ("millions of"), fractions, "one in five", multipliers
and ordinal words. ``factcheck.quantities._numbers._Parser`` adds the number reader and the scan.
"""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck.models import Qualifier, Quantity, QuantityKind
from factcheck.quantities._patterns import (
    A_DURATION_PRE,
    A_PRE,
    AGO,
    AT_CLOCK,
    BY_HALF_PRE,
    CAP_WORD_PRE,
    CHANGE_VERBS,
    COUNT_BEFORE_NAME,
    CURRENCY_SUFFIX,
    DETERMINER_AFTER,
    EARLIER,
    FIGURE_SUFFIX,
    FRACTION_PRE,
    FRACTION_VERB_AFTER,
    GAP_PRE,
    GLUED_CURRENCY,
    GLUED_UNIT,
    HALF_DURATION,
    HYPHEN_WORD,
    HYPHENED_RANGE,
    LOWER_MONTH_DAY_PRE,
    MAY_PRE,
    MONTH_ABBR,
    MONTH_ONLY_PRE,
    NUMBER_RE,
    OF,
    OPENING_PUNCT,
    PART_OF_A_PERCENT,
    PERCENT_SUFFIX,
    PERIOD_WORD,
    QUALIFIER_PHRASES,
    QUARTER_DURATION,
    QUARTER_OR_HALF_POINT,
    SECOND_DAY,
    SENTENCE_START_PRE,
    STRONG_FIGURE_SUFFIX,
    UP_VERBS,
    after_leading_parenthesis,
)
from factcheck.quantities._readers import (
    counted_noun,
    currency_word,
    lemma,
    tidy,
    whole_duration,
)
from factcheck.quantities._vocab import (
    ABBREVIATIONS_BEFORE_NUMBER,
    DENOMINATORS,
    DURATIONS,
    FEW,
    ISO_CODES,
    MONTHS,
    MULTIPLES,
    NAME_BEFORE_NUMBER,
    ORDINAL_WORDS,
    SENTENCE_OPENERS,
    SIX_PLACES,
    TENS,
    UNITS,
    VAGUE,
    D,
)


def _ends_sentence(word: str) -> bool:
    """Whether a capitalised word with a period ends a sentence ("in Dublin. Fourteen ...").

    Not when it is an abbreviation that comes before a number ("No. 10", "Art. 5"), an initial
    or a dotted acronym ("U.S."): there the number may belong to a name.
    """
    if not word.endswith(".") or word.endswith(".."):
        return False
    bare = word[:-1]
    return len(bare) > 1 and "." not in bare and bare.lower() not in ABBREVIATIONS_BEFORE_NUMBER


_MORE_CHANGE_WORDS = frozenset({"off", "sink", "sinks", "falls", "loses", "sheds", "tops"})


def _headline_change(word: str) -> bool:
    """A headline's capitalised verb of change is no name: "Dow Drops 138", "Stocks Off 184"."""
    return word in _MORE_CHANGE_WORDS or CHANGE_VERBS.fullmatch(word) is not None


# A title-case word, or a surname with a capital inside ("McDonald", "MacLeod", "O'Brien").
_SURNAME_CASE = re.compile(r"(?:Mc|Mac|O['’])?[A-Z][a-z]+")
_OUT_OF = re.compile(
    r"[ \u00a0]+out[ \u00a0]+of[ \u00a0]+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|twenty|a[ ]hundred|every)\b)",
    re.IGNORECASE,
)
_GLUED_CODES = {"dollar": "USD", "pound": "GBP", "euro": "EUR"}


class FormReader:
    """The text being parsed, the figures found so far, and the readers of non-digit forms."""

    def __init__(self, text: str, *, relative_dates: bool = False) -> None:
        self.written = text
        # read "one-to-seven days" as "one to seven days" (the same length: spans hold)
        self.text = HYPHENED_RANGE.sub(r"\1 to \2", text)
        self.relative_dates = relative_dates
        self.out: list[Quantity] = []

    # -- emit -------------------------------------------------------------------------
    def _emit(
        self,
        start: int,
        end: int,
        value: Decimal,
        kind: QuantityKind,
        **fields: object,
    ) -> None:
        if kind is QuantityKind.DURATION:
            value = whole_duration(value, fields)
        for name in ("low", "high", "scale", "precision"):
            if isinstance(fields.get(name), Decimal):
                fields[name] = tidy(fields[name])  # type: ignore[arg-type]
        self.out.append(
            Quantity(
                text=self.written[start:end],
                value=tidy(value),
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
        cap = CAP_WORD_PRE.search(pre) if not last_word.islower() else None
        if cap is not None:
            raw = cap.group("w")
            word = raw.rstrip(".")
            lw = word.lower()
            if (
                not _ends_sentence(raw)
                and lw not in SENTENCE_OPENERS
                and not _headline_change(lw)
                and lw not in MONTHS
                and not word.endswith(("'s", "’s", "s'", "s’", ","))
                and word not in ISO_CODES
                and not PERIOD_WORD.match(word)
            ):
                if core_end is None:
                    return True
                if core[:1].isdigit() and (
                    not core.isdigit()
                    or STRONG_FIGURE_SUFFIX.match(self.text, core_end)
                    or GLUED_UNIT.match(self.text, core_end)
                ):
                    return False  # names carry plain integers: "Sent 85,000", "Gets 20 Million"
                if _OUT_OF.match(self.text, core_end):
                    return False  # "in Guinea 7 out of 19 deaths": a part of a whole
                if self._counts_after_name(word, pre[: cap.start()], core, core_end):
                    return False  # "Castellan 11 points clear": a surname, then a figure
                opener = SENTENCE_START_PRE.search(pre[: cap.start()]) is not None
                if lw in NAME_BEFORE_NUMBER:
                    return True  # "Boeing 787-9 jets" opening a sentence: still a name
                return not (opener and FIGURE_SUFFIX.match(self.text, core_end))
        # A capitalised number word inside a sentence is a name: "the Big Four", "Formula One".
        if not core[:1].isupper() or SENTENCE_START_PRE.search(pre) is not None:
            return False
        return not after_leading_parenthesis(self.text, start)

    def _counts_after_name(self, word: str, before: str, core: str, core_end: int) -> bool:
        """Whether a plain number after the capitalised ``word`` counts what follows it.

        "Castellan 11 points clear", "told Reuters 50 people died": a title-case word that is
        not known to carry a number in a name, then a plain integer (not a year), then a plural
        lower-case noun as the very next word. "Boeing 737 jets" (a known name word), "iPhone
        15 buyers" and "COVID 19 cases" (not title case) and "12 Leopard 2 tanks" (the name
        follows a count) stay names.
        """
        if not (core.isdigit() and word[:1].isupper() and _SURNAME_CASE.fullmatch(word)):
            return False
        if word.lower() in NAME_BEFORE_NUMBER or core[0] == "0" or core == "1":
            return False
        if len(core) == 4 and 1000 <= int(core) <= 2199:
            return False  # "World Cup 2022 matches": a year in a name
        if COUNT_BEFORE_NAME.search(before):
            return False  # "12 Leopard 2 tanks": a model number inside what is counted
        unit, end = counted_noun(self.text, core_end, plural=True)
        if unit is None:
            return False
        noun = self.text[core_end:end].strip()
        if DETERMINER_AFTER.match(self.text, end):
            return False  # "Monforte 15 features a light show": a verb, and an address
        return noun.islower() and " " not in noun  # the plural noun at once: "11 points"

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
        return GAP_PRE.search(self._pre(start, 40)) is not None

    @staticmethod
    def _qualifier(pre: str) -> Qualifier | None:
        """The qualifier phrase ending right before a figure ("more than", "an estimated")."""
        if pre.endswith("~"):
            return Qualifier.APPROXIMATE
        if pre[-4:].lower() == "sub-" and not pre[-5:-4].isalpha():
            return Qualifier.AT_MOST  # "sub-$1 gas", "a sub-20% rate": below it
        if pre[-1:] not in (" ", "\u00a0"):
            return None
        words = pre[-40:].lower().split()
        if len(pre) > 40:
            words = words[1:]  # the first may be cut in half
        for n in (4, 3, 2, 1):
            if len(words) >= n:
                q = QUALIFIER_PHRASES.get(" ".join(words[-n:]).lstrip(OPENING_PUNCT))
                before = words[-3] if len(words) > 2 else ""
                if n == 2 and words[-2:] == ["up", "to"] and before in UP_VERBS:
                    return None  # "top up to 80%": "up" is the verb's, the figure exact
                if q is not None:
                    return q
        return None

    # -- dates ------------------------------------------------------------------------
    def _date(self, m: re.Match[str]) -> int:
        g = m.lastgroup
        if g == "date_m":
            return self._month_only(m)
        if g == "date_iso":
            y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        else:
            mon = m.group("mon1") or m.group("mon2") or m.group("mon3")
            # "May" and "March" are also verb/noun; they count as months only with a number,
            # which this pattern already requires. A lowercase month is a month in full
            # ("on may 30" in a lowercased text); "mar"/"jan" need a capital.
            if not mon[0].isupper() and not self._lower_month_ok(m, mon.lower()):
                return m.start() + 1
            mo = MONTHS[mon.lower()]
            d = int(m.group("day1") or m.group("day2") or 0)
            y = int(m.group("year1") or m.group("year2") or m.group("year3") or 0)
        end = m.end()
        if g == "date_mdy" and d and not y:
            second = SECOND_DAY.match(self.text, end)
            if second is not None and int(second.group("day")) > d:
                return self._two_days(m.start(), end, mo, d, second)
        if self.text[end - 1] == "." and (m.group("mon2") or "").lower() not in MONTH_ABBR:
            end -= 1  # "15 October." - the period ends the sentence; only "Oct." owns its dot
        self._emit(m.start(), end, D(y * 10000 + mo * 100 + d), QuantityKind.DATE, precision=D(1))
        return end

    def _lower_month_ok(self, m: re.Match[str], mon: str) -> bool:
        """A month written in lowercase (a lowercased text) with a year or a day: "in june
        2015" always, "may 2015" never ("you may 2015..."), "on may 30" where a date can
        stand; "mar"/"jan" never."""
        if mon in MONTH_ABBR:
            return False
        if m.group("mon3"):
            return mon not in ("may", "march")
        return LOWER_MONTH_DAY_PRE.search(self._pre(m.start(), 24)) is not None

    def _two_days(self, start: int, end: int, month: int, day: int, second: re.Match[str]) -> int:
        """Two days of one month: "October 20-21, 2023", "October 20th and 21st, 2023" are two
        dates, each with the month and the year written once for both."""
        year = int(second.group("year") or 0)
        self._emit(start, end, D(year * 10000 + month * 100 + day), QuantityKind.DATE,
                   precision=D(1))  # fmt: skip
        day_start = second.start("day")
        value = D(year * 10000 + month * 100 + int(second.group("day")))
        self._emit(day_start, second.end(), value, QuantityKind.DATE, precision=D(1))
        return second.end()

    def _month_only(self, m: re.Match[str]) -> int:
        """A month with no day or year ("in October", "last March") -> MM00, e.g. 1000.

        Only after a word that dates it: "March" is also a verb and a name, and "May" also a
        modal verb and a surname, so "May" needs a narrower set ("in", "by", "last", ...).
        """
        mon = m.group("mon4")
        guard = MAY_PRE if mon.lower() == "may" else MONTH_ONLY_PRE
        # In lowercase ("in february" in a lowercased text) only a month that is no other word.
        lower_ok = mon[0].isupper() or mon.lower() not in ("may", "march")
        if not lower_ok or guard.search(self._pre(m.start(), 24)) is None:
            return m.end()
        value = D(MONTHS[mon.lower()] * 100)
        self._emit(m.start(), m.end(), value, QuantityKind.DATE, precision=D(1))
        return m.end()

    # -- vague magnitudes -------------------------------------------------------------

    def _vague(self, m: re.Match[str]) -> int:
        text = self.text
        start, end = m.span()
        phrase = " ".join(re.split(r"[ -]+", m.group(0).lower()))
        if phrase.startswith("multi"):
            # "a multibillion-dollar industry": billions, as "billions of dollars" says it
            phrase = phrase.removeprefix("multi").strip() + "s"
        if phrase.startswith("a couple "):
            # "a couple of hundred": about two hundred, not a vague order of magnitude
            mag = FEW[phrase.rsplit(" ", 1)[1]]
            unit, _ = counted_noun(text, end, plural=True)
            self._emit(
                start, end, D(2 * mag), QuantityKind.COUNT, unit=unit,
                qualifier=Qualifier.APPROXIMATE, precision=D(mag),
            )  # fmt: skip
            return end
        if phrase.startswith(("several ", "a few ")):
            mag = FEW[phrase.rsplit(" ", 1)[1]]
            low, high, scale = 2 * mag, 10 * mag - 1, (mag if mag >= 100 else None)
        else:
            if phrase not in VAGUE:
                return end
            low, high, scale = VAGUE[phrase]
        kind = QuantityKind.COUNT
        currency = None
        unit = None
        tail = end
        pct = PERCENT_SUFFIX.match(text, end)
        glued = GLUED_CURRENCY.match(text, end)
        if pct is not None and pct.group("pct"):
            kind, tail = QuantityKind.PERCENT, pct.end()
        elif glued is not None:  # "a multimillion-dollar deal", "multi-billion pound"
            kind, tail = QuantityKind.MONEY, glued.end()
            currency = _GLUED_CODES[glued.group("word").lower()]
        else:
            of = OF.match(text, end)
            if of is not None:
                cur = CURRENCY_SUFFIX.match(text, of.end() - 1)
                if cur is not None and cur.group("word"):
                    kind, currency = QuantityKind.MONEY, currency_word(cur)
                    tail = cur.end()
                else:
                    unit, _ = counted_noun(text, of.end(), plural=True)
            else:
                unit, _ = counted_noun(text, end, plural=True)
        self._emit(
            start,
            tail,
            D(low),
            kind,
            unit=unit,
            currency=currency,
            qualifier=Qualifier.RANGE,
            low=D(low),
            high=D(high),
            scale=D(scale) if scale else None,
            vague=True,
        )
        return tail

    # -- fractions and ordinals -------------------------------------------------------
    def _fraction(self, m: re.Match[str]) -> int:
        text = self.text
        start, end = m.span()
        point = QUARTER_OR_HALF_POINT.match(text, start)
        if point is not None:  # "a quarter point", "a half-point cut": percentage points
            value = D("0.25") if point.group(1).lower() == "quarter" else D("0.5")
            qualifier = self._qualifier(self._pre(start)) or Qualifier.EXACT
            self._emit(
                start, point.end(), value, QuantityKind.PERCENTAGE_POINT, qualifier=qualifier,
                precision=D("0.01"),
            )  # fmt: skip
            return point.end()
        after_of = re.match(r"[ ]+of\b", text[end : end + 4]) is not None
        if m.group("half"):
            nxt = re.match(r"[ ]+(?:of|the|an?|its|their|his|her|our|all)\b", text[end : end + 7])
            by_half = (
                nxt is None
                and not text.startswith("-", end)
                and BY_HALF_PRE.search(self._pre(start, 8)) is not None
            )  # "cut by half", "fell in half" (not "by half-time", "in half-year results")
            if (nxt is None and not by_half) or self._is_name_context(start, m.group(0)):
                return end  # "half-year results": a period, not a span
            qualifier = self._qualifier(self._pre(start)) or Qualifier.EXACT
            whole = self._part_of_a_percent(start, end, D("0.5"), qualifier)
            if whole is not None:
                return whole
            dur = HALF_DURATION.match(text, end)
            if dur is not None:  # "nearly half an hour": 30 minutes, approximately
                self._emit(
                    start, dur.end(), D("0.5"), QuantityKind.DURATION, unit=dur.group(1),
                    qualifier=qualifier,
                )  # fmt: skip
                return dur.end()
            self._emit(
                start, end, D("0.5"), QuantityKind.COUNT, unit="fraction", qualifier=qualifier
            )
            return end
        num, den = m.group("fnum").lower(), m.group("fden").lower()
        hyphen = "-" in m.group("fsep")
        # "a half-century": 50 years; "a quarter century", "a quarter of a century": 25 years
        dur = None
        if num in ("a", "an") and den == "half":
            dur = HALF_DURATION.match(text, end)
            dur = dur if dur is not None and dur.group(0).startswith("-") else None
        elif num in ("a", "an") and den == "quarter":
            dur = QUARTER_DURATION.match(text, end)
        if dur is not None:
            qualifier = self._qualifier(self._pre(start)) or Qualifier.EXACT
            part = D("0.5") if den == "half" else D("0.25")
            self._emit(
                start, dur.end(), part, QuantityKind.DURATION, unit=dur.group(1),
                qualifier=qualifier,
            )  # fmt: skip
            return dur.end()
        if num in ("a", "an"):
            # "a fifth of the budget", "fell by a fifth", "a fifth was lost": a fraction;
            # "a fifth term", "a fifth, smaller firm", "owning a third.": an ordinal
            fraction = after_of or (
                (
                    FRACTION_PRE.search(self._pre(start, 16)) is not None
                    or FRACTION_VERB_AFTER.match(text, end) is not None
                )
                and self._ordinal_unit(end) is None  # "nearly a quarter century" is no fraction
            )
            if not fraction:
                if den in ORDINAL_WORDS and den not in ("half", "quarter"):
                    return self._ordinal_word_at(m.start("fden"), end)
                return end  # "a quarter", "a half" alone: a period of time, or "and a half"
            numerator = 1
        else:
            numerator = UNITS[num]
            if not (hyphen or after_of or den not in ("quarter", "quarters", "half", "halves")):
                return self._plain_number_at(start)  # "three quarters" (of a year): a count
        if self._is_name_context(start, m.group(0)):
            return end
        value = (D(numerator) / D(DENOMINATORS[den])).quantize(SIX_PLACES)
        qualifier = self._qualifier(self._pre(start)) or Qualifier.EXACT  # "nearly a fifth of"
        whole = self._part_of_a_percent(start, end, value, qualifier)
        if whole is not None:
            return whole
        self._emit(start, end, value, QuantityKind.COUNT, unit="fraction", qualifier=qualifier)
        return end

    def _part_of_a_percent(
        self, start: int, end: int, value: D, qualifier: Qualifier
    ) -> int | None:
        """ "a quarter of a percent", "half a percentage point": a percent (or points) below one,
        emitted whole; returns where the phrase ends, or None."""
        m = PART_OF_A_PERCENT.match(self.text, end)
        if m is None:
            return None
        kind = QuantityKind.PERCENTAGE_POINT if m.group("pp") else QuantityKind.PERCENT
        self._emit(start, m.end(), value, kind, qualifier=qualifier, precision=D("0.01"))
        return m.end()

    def _plain_number_at(self, start: int) -> int:
        """Read what starts at ``start`` as a plain number (a fallback for a rejected form)."""
        m = NUMBER_RE.match(self.text, start)
        if m is not None:
            return self._number(m)
        return start + 1


    def _multiplier(self, m: re.Match[str]) -> int:
        """"doubled", "twice the", "roughly double the", "threefold": a count with unit "fold"."""
        word = (m.group("mv") or m.group("mw") or m.group("mf")).lower()
        value = MULTIPLES.get(word) or UNITS[word]
        qualifier = self._qualifier(self._pre(m.start()))
        self._emit(
            m.start(), m.end(), D(value), QuantityKind.COUNT, unit="fold",
            qualifier=qualifier or Qualifier.EXACT, precision=D(1),
        )  # fmt: skip
        return m.end()

    def _a_duration(self, m: re.Match[str]) -> int:
        """ "for more than a year", "nearly a decade": one unit of time, read only after a bound;
        "a year ago" is a relative date when those are asked for."""
        pre = self._pre(m.start())
        unit = DURATIONS[m.group("adu").lower()]
        ago = AGO.match(self.text, m.end()) if self.relative_dates else None
        if ago is not None and unit in ("day", "week", "month", "year"):
            kind = QuantityKind.YEAR if unit == "year" else QuantityKind.DATE
            self._emit(
                m.start(), ago.end(), D(-1), kind, unit=unit, precision=D(1), relative=True
            )  # "a year ago": relative to the publication date
            return ago.end()
        if A_DURATION_PRE.search(pre) is None or EARLIER.match(self.text, m.end()):
            # "a year ago", "$5bn a year", "over a year", "59 more than a week earlier": no figure
            return m.end()
        qualifier = self._qualifier(pre) or Qualifier.EXACT
        self._emit(
            m.start(), m.end(), D(1), QuantityKind.DURATION, unit=unit, qualifier=qualifier,
            precision=D(1),
        )  # fmt: skip
        return m.end()

    def _race_time(self, m: re.Match[str]) -> int:
        """A time on a clock that runs: "3:49.04" (minutes, seconds, hundredths), "2:03:23"
        (hours, minutes, seconds), read as a duration in seconds, so a finishing time is a
        figure ("3:51.04" is not "3:49.04"). A time of day ("at 10:30:15") is no figure."""
        if AT_CLOCK.search(self._pre(m.start(), 8)):
            return m.end()
        *whole, last = m.group().split(":")
        seconds = D(last)
        for number, part in enumerate(reversed(whole), start=1):
            seconds += D(part) * 60**number
        decimals = len(last.partition(".")[2])
        self._emit(
            m.start(), m.end(), seconds, QuantityKind.DURATION, unit="second",
            qualifier=self._qualifier(self._pre(m.start())) or Qualifier.EXACT,
            precision=D(1).scaleb(-decimals),
        )  # fmt: skip
        return m.end()

    def _a_long(self, m: re.Match[str]) -> int:
        """ "the hourlong encounter", "a year-long inquiry": one unit of time, as "one-hour"
        and "a one-year" are."""
        start = m.start("alu")
        unit = DURATIONS[m.group("alu").lower()]
        qualifier = self._qualifier(self._pre(m.start())) or Qualifier.EXACT
        self._emit(
            start, m.end(), D(1), QuantityKind.DURATION, unit=unit, qualifier=qualifier,
            precision=D(1),
        )  # fmt: skip
        return m.end()

    def _the_span(self, m: re.Match[str]) -> int:
        """ "over the next decade", "in the past century": a span of one decade or century."""
        start = m.start() + len(m.group().split()[0]) + 1  # "next decade", without "the"
        unit = DURATIONS[m.group("tdu").lower()]
        self._emit(start, m.end(), D(1), QuantityKind.DURATION, unit=unit, precision=D(1))
        return m.end()

    def _one_in(self, m: re.Match[str]) -> int:
        """"one in five", "1 in 10", "three in every four": a fraction (unit "fraction")."""
        num, den = (
            int(g) if g.isdigit() else UNITS[g.lower()] for g in (m.group("on"), m.group("od"))
        )
        if not 0 < num < den <= 1000:
            return self._plain_number_at(m.start())  # "3 in 2024": not a proportion
        qualifier = self._qualifier(self._pre(m.start()))
        value = (D(num) / D(den)).quantize(SIX_PLACES)
        self._emit(
            m.start(), m.end(), value, QuantityKind.COUNT, unit="fraction",
            qualifier=qualifier or Qualifier.EXACT,
        )  # fmt: skip
        return m.end()

    def _ordinal_unit(self, end: int) -> str | None:
        """What an ordinal ranks: "31st meeting", "second-quarter sales" -> quarter."""
        hw = HYPHEN_WORD.match(self.text, end)
        if hw is not None:
            return lemma(hw.group("w"))
        return counted_noun(self.text, end, plural=False)[0]

    def _ordinal_word(self, m: re.Match[str]) -> int:
        start, end = m.span()
        if self._is_name_context(start, m.group(0)):
            return end
        tens, _, last = m.group(0).lower().partition("-")
        if last == "second" and tens in TENS and A_PRE.search(self._pre(start, 4)):
            # "a thirty-second advert" lasts 30 seconds; "the thirty-second round" is 32nd
            self._emit(start, end, D(TENS[tens]), QuantityKind.DURATION, unit="second")
            return end
        return self._ordinal_word_at(start, end)

    def _ordinal_word_at(self, start: int, end: int) -> int:
        words = re.split(r"[ -]", self.text[start:end].lower())
        value = sum(TENS.get(w, 0) for w in words[:-1]) + ORDINAL_WORDS[words[-1]]
        self._emit_ordinal(start, end, D(value))
        return end

    def _emit_ordinal(self, start: int, end: int, value: Decimal) -> None:
        """An ordinal and what it ranks ("the third meeting"); "the 62nd minute" of a match is
        the match clock at 62 minutes, read as a duration of 62 minutes (as "after 62
        minutes" is)."""
        unit = self._ordinal_unit(end)
        if unit == "minute":
            self._emit(start, end, value, QuantityKind.DURATION, unit=unit, precision=D(1))
        else:
            self._emit(start, end, value, QuantityKind.ORDINAL, unit=unit, precision=D(1))

    def _number(self, m: re.Match[str]) -> int:
        """Read a number core and what surrounds it; defined by the parser subclass."""
        raise NotImplementedError
