"""The number reader's later phases: what follows a number (range, percent, unit, noun).

Each phase takes the :class:`~factcheck.quantities._draft.Draft` the earlier phases filled in
(see ``factcheck.quantities._numbers``) and returns ``None`` to go on, or the position where
the scan resumes once it has decided. The last phase, ``_emit_figure``, always decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from factcheck.models import Qualifier, QuantityKind
from factcheck.quantities._draft import Draft
from factcheck.quantities._forms import FormReader
from factcheck.quantities._patterns import (
    AFTER_SCORE_GAP,
    AGO,
    ATTACHED_SCALE_RE,
    CHANGE_VERBS,
    CLAUSE_END,
    CURRENCY_SUFFIX,
    DURATION_SUFFIX,
    HYPHEN_WORD,
    LETTER,
    MEASURE_SUFFIX,
    METRE_CONTEXT,
    NUMBER_RE,
    ORDINAL_SUFFIX,
    PERCENT_SUFFIX,
    PLURAL_S,
    POST_QUALIFIER,
    POUNDS_OF_GOODS,
    RACE_AFTER,
    RACE_BEFORE,
    RACE_DISTANCES,
    RANGE_CHANGE_WORDS,
    RANGE_SEP,
    RECORD_TAIL,
    SCORE_AFTER,
    SCORE_CONTEXT,
    SCORE_MAX,
    SPACED_SCALE_RE,
    TIMES_AS,
    TO_BEFORE,
    VOTES_TO,
    YEAR_BOUND_PRE,
    YEAR_DETERMINER_PRE,
)
from factcheck.quantities._readers import (
    age_names_a_person,
    counted_noun,
    currency_word,
    digits_value,
    lemma,
    measure_ok,
    words_value,
)
from factcheck.quantities._vocab import (
    ATTACHED_SCALE,
    DURATION_UNITS,
    DURATIONS,
    MEASURES,
    SCALE_WORDS,
    D,
)

# A number read on its own: value, precision, scale, is-digits, end (after the scale).
NumberReading = tuple[Decimal, Decimal, "Decimal | None", bool, int]


_PART_OF = ("of", "for")
# What a range of years may be said of: "2021-2023 model years", "the 2019-2021 seasons"
_YEARS_OF = frozenset(("model", "year", "season", "vintage", "edition"))


class SuffixReader(FormReader):
    """Reads a number with its scale, and the phases after it."""

    def after_number_phases(self) -> tuple[Callable[[Draft], int | None], ...]:
        """The phases after the number, in order; the last always returns an end."""
        return (
            self._range,
            self._percent_or_currency,
            self._unit,
            self._post_qualifier,
            self._counted,
            self._dot_thousands,
            self._year,
            self._bare_one,
            self._emit_figure,
        )

    # -- a number with its scale ------------------------------------------------------
    def _scale_after(
        self, pos: int, is_digits: bool, has_currency: bool, start: int | None = None
    ) -> tuple[Decimal | None, int]:
        """A scale written after a digit core: "bn", "m", " million", " lakh"."""
        text = self.text
        if not is_digits:
            return None, pos  # number words carry their scale inside the core
        a = ATTACHED_SCALE_RE.match(text, pos)
        if a is not None:
            s = a.group("s")
            if not has_currency and (
                s in ("b", "T", "t")
                or (s in ("m", "M") and METRE_CONTEXT.match(text, a.end()))
                or (s == "m" and start is not None and self._race_distance(start, pos))
            ):
                return None, pos  # "100m sprint" is metres; a bare "5b"/"5T"/"5t" is no scale
            return ATTACHED_SCALE[s], a.end()
        sp = SPACED_SCALE_RE.match(text, pos)
        if sp is not None:
            return SCALE_WORDS[sp.group("s").lower()], sp.end()
        return None, pos

    def _race_distance(self, start: int, end: int) -> bool:
        """ "won the 1500m in 3:49.04", "the women's 400m.": a race's distance in metres,
        named by the distance alone, where "m" would otherwise be millions ("the 100m people")."""
        return (
            self.text[start:end] in RACE_DISTANCES
            and RACE_BEFORE.search(self.text, max(0, start - 12), start) is not None
            and RACE_AFTER.match(self.text, end) is not None
        )

    def _read_number(self, m: re.Match[str], has_currency: bool) -> NumberReading:
        """Value and precision (multiplied out), scale, is-digits and end of a number + scale."""
        int_part = m.group("int") if "int" in m.re.groupindex else None
        if int_part is not None:
            value, precision, _ = digits_value(int_part, m.group("dec"))
            scale, end = self._scale_after(m.end(), True, has_currency, m.start())
            if scale is not None:
                value, precision = value * scale, precision * scale
            return value, precision, scale, True, end
        parsed = words_value(m.group(0))
        if parsed is None:
            return D(0), D(1), None, False, m.end()
        value, precision, scale = parsed
        return value, precision, scale, False, m.end()

    # -- ranges -----------------------------------------------------------------------
    def _range(self, f: Draft) -> int | None:
        """ "20-30", "20–30", "between 20 and 30", "from 20 to 30", "$20bn-$30bn", "20%-30%".

        A hyphen between two small integers is a score ("won 3-1") or a record ("3-0-2"),
        skipped.
        """
        text = self.text
        tally = VOTES_TO.match(text, f.pos)
        if tally is not None and f.is_digits and f.scale is None and f.currency is None:
            against = D(tally.group("n"))
            if against <= f.value:  # "68 votes to 32": a tally, one figure like "68-32"
                return self._score(f, f.value, against, tally.end())
        second = self._range_second(f)
        if second is None:
            return None
        m2, sep, reading = second
        v2, p2, s2, d2, end2 = reading
        hyphen = sep in ("-", "–")
        record = RECORD_TAIL.match(text, end2) if hyphen and d2 else None
        if record is not None and record.end() > end2:
            return record.end()  # "3-0-2": a win-loss record, not a range
        pair = self._pair(f, sep, m2, reading)
        if pair is not None:
            return pair
        if self._no_upper_end(m2, d2, v2, end2):
            return None
        if f.scale is None and s2 is not None and v2 > f.value * s2:
            # "20-30 million": the scale written once applies to both ends
            f.value, f.precision, f.scale, f.high, f.pos = f.value * s2, p2, s2, v2, end2
        elif v2 > f.value:
            f.high, f.pos = v2, end2
            f.second_year_like = d2 and len(m2.group(0)) == 4 and 1000 <= v2 <= 2199
        return None

    def _range_second(
        self, f: Draft
    ) -> tuple[re.Match[str], str, NumberReading] | None:
        """The number after a range separator: its match, the separator ("-", "to", "and")
        and its reading; None when no range separator and number follow."""
        text = self.text
        f.pct_first = PERCENT_SUFFIX.match(text, f.pos)  # "20%-30%"
        range_pos = f.pct_first.end() if f.pct_first is not None else f.pos
        rng = RANGE_SEP.match(text, range_pos)
        if rng is None or not self._range_sep_ok(rng, f.range_open, f.pre):
            return None
        if rng.group("cur") and f.currency is None:
            return None  # "rise another 2.5% to $3.25": a percent and an amount, no range
        m2 = NUMBER_RE.match(text, rng.end())
        if m2 is None:
            return None
        if f.pct_first is not None and "point" in f.pct_first.group(0).lower():
            # "2.6 percentage points to 84.3%": a change in points, then the level it reached
            pct2 = PERCENT_SUFFIX.match(text, m2.end())
            if pct2 is None or "point" not in pct2.group(0).lower():
                return None
        sep = rng.group("sep").strip().lower()
        return m2, sep, self._read_number(m2, f.currency is not None)

    def _no_upper_end(self, m2: re.Match[str], digits: bool, v2: Decimal, end2: int) -> bool:
        """A second number glued to letters ("3-4pm"-like names), an ordinal or zero ends no
        range."""
        text = self.text
        glued = digits and end2 == m2.end() and LETTER.match(text, end2) is not None
        return glued or (digits and ORDINAL_SUFFIX.match(text, end2) is not None) or v2 == 0

    def _pair(
        self, f: Draft, sep: str, m2: re.Match[str], reading: NumberReading
    ) -> int | None:
        """Two plain integers joined by a hyphen that are not a range: a result or a name.

        A result (a score or a vote tally) is one figure of kind ``score``, its two sides in
        ``low`` and ``high`` (``value`` is the side written first): "won 3-1", "lost 1-3", "a
        27-24 victory", "voted 52-48", "drew 2-2", "won 3 to 1". A pair of small integers that
        does not rise ("2-2", "3-1") is a score even with no word of sport; a larger pair that
        does not rise and is no result ("787-9", "24-7") is a designation, no figure. A rising
        pair with no word of a result ("13-17 ounces") is a range, and so is one that counts
        what was won ("won 10-12 games"). Returns where the scan resumes, or None to go on.
        """
        text = self.text
        v2, _, s2, d2, end2 = reading
        if sep == "to" and not f.is_digits and not d2 and s2 is None and f.scale is None:
            # "the justices split six to three": a result told in words
            small = v2 < f.value <= SCORE_MAX and f.value == int(f.value) and v2 == int(v2)
            if small and SCORE_CONTEXT.search(f.pre[-40:]) is not None:
                return self._score(f, f.value, v2, end2)
            return None
        if not self._plain_pair(f, m2, reading):
            plural = sep in ("-", "–") and PLURAL_S.match(text, end2) is not None
            designation = plural and f.value > SCORE_MAX and v2 < f.value
            if designation and self._plain_pair(f, m2, reading, tail_at=end2 + 1):
                return end2 + 1  # "eight 787-9s": designations, in the plural
            return None
        rising = v2 > f.value
        after = SCORE_AFTER.match(text, end2) is not None
        tally = 3 * v2 >= f.value and self._after_score(f)  # "220-210", never "787-9"
        result = after or SCORE_CONTEXT.search(f.pre[-40:]) is not None or tally
        if sep == "to":
            return self._score(f, f.value, v2, end2) if result and not rising else None
        if sep not in ("-", "–"):
            return None
        if result and rising and not after and counted_noun(text, end2, plural=True)[0]:
            return None  # "won 10-12 games": a range of what was won
        if result or (not rising and f.value <= SCORE_MAX):
            return self._score(f, f.value, v2, end2)
        return None if rising else end2

    def _after_score(self, f: Draft) -> bool:
        """Whether a result was read just before, in the same clause: "passed the Senate 68-32
        and the House 220-210" tells two tallies."""
        last = self.out[-1] if self.out else None
        if last is None or last.kind is not QuantityKind.SCORE:
            return False
        return AFTER_SCORE_GAP.fullmatch(self.text, last.span[1], f.start) is not None

    def _plain_pair(
        self, f: Draft, m2: re.Match[str], reading: NumberReading, tail_at: int | None = None
    ) -> bool:
        """Whether the figure and the number after the separator are two plain integers, with
        no scale, currency, percent, sign or letters (from ``tail_at``, by default right after
        the second): the shape of a score ("3-1")."""
        _, _, s2, d2, end2 = reading
        first_plain = (
            f.is_digits and f.dec is None and "," not in f.core and not f.negative
            and f.scale is None and f.currency is None and f.pct_first is None
        )  # fmt: skip
        second_plain = (
            d2 and m2.group("dec") is None and "," not in m2.group(0) and s2 is None
            and end2 == m2.end()
        )  # fmt: skip
        at = end2 if tail_at is None else tail_at
        tail = LETTER.match(self.text, at) or PERCENT_SUFFIX.match(self.text, at)
        return bool(first_plain and second_plain) and tail is None

    def _score(self, f: Draft, first: Decimal, second: Decimal, end: int) -> int:
        """Emit a score: ``value`` the side written first, ``low``/``high`` the two sides."""
        self._emit(
            f.q_start, end, first, QuantityKind.SCORE, low=min(first, second),
            high=max(first, second), precision=D(1),
        )  # fmt: skip
        return end

    @staticmethod
    def _range_sep_ok(rng: re.Match[str], range_open: re.Match[str] | None, pre: str) -> bool:
        """Whether "X <sep> Y" is a range: "and" needs "between"; "to" must not be a change."""
        sep = rng.group("sep").strip().lower()
        opener = range_open.group("w").lower() if range_open is not None else None
        if sep == "and":
            return opener == "between"
        if sep == "to":
            # "rose from 5% to 7%", "rose 5% to 7%": a change between two figures, not a range;
            # "expected to grow 2% to 3%", "growth of 2% to 3%" are ranges.
            before = pre[: len(pre) - len(range_open.group(0))] if range_open is not None else pre
            clause = CLAUSE_END.split(before[-40:])[-1]
            changes = CHANGE_VERBS.findall(clause)
            if not changes or (opener is None and TO_BEFORE.search(before)):
                return True  # "cut its outlook to $2.10 to $2.25": the change went to a range
            return opener != "from" and changes[-1].lower() in RANGE_CHANGE_WORDS
        return True

    # -- what follows decides the kind ------------------------------------------------
    def _percent_or_currency(self, f: Draft) -> None:
        """A percent ("12%", "3 percentage points", "25 basis points") or a currency word after
        the figure ("20 euros", "99 cents", "50p"); a currency before it makes it money."""
        text = self.text
        pct = PERCENT_SUFFIX.match(text, f.pos)
        if pct is None and f.high is not None and f.pct_first is not None:
            pct = f.pct_first
        if pct is not None:
            self._percent(f, pct)
        else:
            cur = CURRENCY_SUFFIX.match(text, f.pos)
            if cur is not None:
                self._currency_after(f, cur)
        if f.currency is not None and f.kind is QuantityKind.COUNT:
            f.kind = QuantityKind.MONEY

    @staticmethod
    def _percent(f: Draft, pct: re.Match[str]) -> None:
        f.pos = max(f.pos, pct.end())
        if pct.group("bp"):
            f.kind = QuantityKind.PERCENTAGE_POINT
            f.value, f.precision = f.value / 100, f.precision / 100
            f.high = f.high / 100 if f.high is not None else None
        elif pct.group("pp"):
            f.kind = QuantityKind.PERCENTAGE_POINT
        else:
            f.kind = QuantityKind.PERCENT

    def _currency_after(self, f: Draft, cur: re.Match[str]) -> None:
        if cur.group("sub"):
            if f.is_digits and f.currency is None and (cur.group(0) != "p" or len(f.core) <= 2):
                sub = cur.group(0).strip().lower()
                f.currency = "GBP" if sub.startswith("p") else "USD"
                f.value, f.precision = f.value / 100, f.precision / 100
                f.high = f.high / 100 if f.high is not None else None
                f.pos = cur.end()
        elif not (
            cur.group("word") and cur.group("word").lower() in ("pound", "pounds")
            and f.currency is None
            and (f.scale is None or POUNDS_OF_GOODS.match(self.text, cur.end()))
        ):  # fmt: skip
            # "200 pounds" with no scale and no "£" is a weight, read as a measure later, and so
            # are "11.8 million pounds of chicken strips"
            f.currency = f.currency or currency_word(cur)
            f.pos = cur.end()

    def _unit(self, f: Draft) -> None:
        """A duration ("3 weeks") or a measure ("5 km", "120Hz") after a count."""
        if f.kind is not QuantityKind.COUNT:
            return
        text, pos = self.text, f.pos
        du = DURATION_SUFFIX.match(text, pos)
        if du is not None and f.year_like and not du.group("u").lower().endswith("s"):
            du = None  # "fiscal 2022 second-quarter", "2022 year": a year, not a duration
        if du is not None and du.group("u")[0].isupper() and "-" not in du.group("u"):
            du = None  # "80 Day Obsession": a title; "2-Month-Old Tree" is a headline's age
        if du is not None:
            self._duration(f, du)
            return
        mu = MEASURE_SUFFIX.match(text, pos)
        if mu is not None and measure_ok(mu, f.is_digits, f.scale):
            u = " ".join(mu.group("u").lower().split()).replace("° ", "°")
            if u.startswith(("square-", "sq")):  # "a 2,000-square-foot home", "5,000 sq. ft."
                u = re.sub(r"^sq\.? ?(?!uare)", "sq ", u.replace("-", " ")).rstrip(".")
            f.kind, f.unit, f.pos = QuantityKind.MEASURE, MEASURES.get(u, u), mu.end()

    def _duration(self, f: Draft, du: re.Match[str]) -> None:
        """ "3 weeks", "two years ago" (relative, when asked for), "a 45-year-old man" (an age),
        "the 45-year-old said" (an age that names a person: an identifier)."""
        word = du.group("u").lower()
        f.kind, f.pos = QuantityKind.DURATION, du.end()
        if "-old" in word:
            f.unit = DURATIONS[word.split("-")[0]]
            # "the 45-year-old said": the age is how the sentence names a person
            f.identifier = word.endswith("s") or age_names_a_person(self.text, f.pos)
            return
        f.unit = DURATIONS[word]
        ago = AGO.match(self.text, f.pos) if self.relative_dates else None
        if ago is not None and f.unit in ("day", "week", "month", "year") and f.high is None:
            f.kind = QuantityKind.YEAR if f.unit == "year" else QuantityKind.DATE
            f.value, f.relative, f.pos = -f.value, True, ago.end()

    def _post_qualifier(self, f: Draft) -> None:
        """ "50+", "20 or more", "100-odd", "30 or so": a qualifier written after a figure."""
        if f.high is not None:
            return
        f.post = POST_QUALIFIER.match(self.text, f.pos)
        if f.post is not None:
            f.qualifier = Qualifier.AT_LEAST if f.post.group("least") else Qualifier.APPROXIMATE
            f.pos = f.post.end()

    def _counted(self, f: Draft) -> None:
        """What a count counts: "50 countries", "a 10-fold rise", "30 more days" (a duration)."""
        if f.kind is not QuantityKind.COUNT:
            return
        text = self.text
        hw = HYPHEN_WORD.match(text, f.pos)
        if hw is not None and hw.group("w").lower() in _PART_OF and text.startswith("-", hw.end()):
            hw = None  # "20-of-24 passing", "7-for-12": a part of a whole; the whole is read next
        if hw is not None:
            w = hw.group("w").lower()
            f.pos = hw.end()
            if w == "fold":
                f.unit = "fold"  # "10-fold", "two-fold": a multiplier
            elif w not in ("strong", "odd", "plus", "year", "month", "old"):
                f.unit = lemma(w)
        else:
            plural = f.value != 1 or f.high is not None
            noun_at = f.model_end if f.model_end is not None and f.pos == f.core_end else f.pos
            f.unit, noun_end = counted_noun(text, noun_at, plural=plural)
            if f.unit == "time" and TIMES_AS.match(text, noun_end):
                f.unit = "fold"  # "four times as many", "45 times the 1,300 cases": a multiple
                return
            if f.unit == "pound" and POUNDS_OF_GOODS.match(text, noun_end):
                # "12M more pounds of chicken": a weight, as "12 million pounds of chicken" is
                f.kind, f.unit = QuantityKind.MEASURE, MEASURES["pound"]
                return
        years = f.year_like and f.second_year_like and f.high is not None  # "2021-2023 model years"
        if f.unit in DURATION_UNITS and not years:
            f.kind = QuantityKind.DURATION  # "30 more days"

    @staticmethod
    def _dot_thousands(f: Draft) -> None:
        """ "85.000 drones": a dot before exactly three digits, then a counted noun: thousands."""
        if (
            f.dec is not None and len(f.dec) == 4 and f.int_part is not None
            and "," not in f.int_part and len(f.int_part) <= 3
            and f.kind is QuantityKind.COUNT and f.unit is not None
            and f.scale is None and f.high is None
        ):  # fmt: skip
            f.value = D(f.int_part + f.dec[1:]) * (-1 if f.negative else 1)
            f.precision = D(1)

    @staticmethod
    def _year(f: Draft) -> None:
        """A bare 4-digit number 1000-2199 that nothing made a count or amount is a year
        ("by 2030" is at most 2030)."""
        if not (f.year_like and f.kind is QuantityKind.COUNT and f.post is None):
            return
        bound = YEAR_BOUND_PRE.search(f.pre) is not None
        if f.high is not None:
            if f.second_year_like and (f.unit is None or f.unit in _YEARS_OF):
                f.kind, f.unit = QuantityKind.YEAR, None  # "2019-2024", "2021-2023 models"
            return
        determined = YEAR_DETERMINER_PRE.search(f.pre) is not None
        if (f.qualifier is None or bound) and (f.unit is None or determined):
            f.kind, f.unit = QuantityKind.YEAR, None
            if bound:
                f.qualifier = Qualifier.AT_MOST

    @staticmethod
    def _bare_one(f: Draft) -> int | None:
        """A bare "one" is a pronoun ("one of the biggest"), no figure; "one drone" counts."""
        if (
            f.kind is QuantityKind.COUNT and f.high is None and f.scale is None
            and f.unit is None and f.core.lower() == "one"
        ):  # fmt: skip
            return f.pos
        return None

    def _emit_figure(self, f: Draft) -> int:
        """Emit the figure; in a gapped clause it counts what the figure before it counted."""
        if f.high is not None:
            f.qualifier = Qualifier.RANGE
        gap = f.gap_from
        if gap is not None and f.kind is gap.kind and f.unit is None:
            f.unit = gap.unit  # "40 tanks and Italy 12": Italy's 12 are tanks too
        elif gap is not None and f.kind is QuantityKind.COUNT and f.unit is None and gap.currency:
            f.kind, f.currency = QuantityKind.MONEY, gap.currency
        self._emit(
            f.q_start,
            f.pos,
            f.value,
            f.kind,
            unit=f.unit,
            currency=f.currency,
            qualifier=f.qualifier or Qualifier.EXACT,
            low=f.value if f.high is not None else None,
            high=f.high,
            scale=f.scale,
            precision=f.precision,
            identifier=f.identifier,
            relative=f.relative,
        )
        return max(f.pos, f.model_end or f.pos)  # the scan resumes after a model name
