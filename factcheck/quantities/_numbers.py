"""The scan over a text and the number reader's first phases: the core and what precedes it.

``Parser.run`` walks the trigger positions once, forward only, and hands each core to its
reader. ``Parser._number`` reads a number core in named phases over one
:class:`~factcheck.quantities._draft.Draft`, in this order:

1. ``_core``: the digits or words, and a model name after a count ("12 737 MAX 9 jets");
2. ``_unreadable``: dotted versions, slashed forms and numbers to dial are skipped ("2.3.4",
   "24/7", "called 911");
3. ``_currency_or_name``: a currency sign before it, or a name it belongs to ("Boeing 737");
4. ``_sign_and_qualifier``: a minus, and a qualifier phrase before it ("more than");
5. ``_settled_suffix``: a suffix that settles the kind at once ("31st", "1990s");
6. ``_value``: the number and its scale ("$2.3bn"), resolutions and zero words skipped;
   ``_scale_ordinal``: a scale made an ordinal ranks the whole figure ("500 millionth");
7. ``_glued_letters``: letters glued to the digits, a unit ("5km") or a name ("5G");
8. ``_year_span``: a year span "2024-25", then the sign is applied;

then the phases after the number (``_suffixes``): range, percent or currency, unit, qualifier
after, counted noun, dotted thousands, year, and the emit. Each phase returns ``None`` to go on
or the position where the scan resumes when it has decided (a figure emitted or a form skipped).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable
from decimal import localcontext

from factcheck.models import Qualifier, Quantity, QuantityKind
from factcheck.quantities._draft import Draft
from factcheck.quantities._patterns import (
    CALL_AFTER,
    CALLED_PRE,
    CAP_AFTER,
    CAP_WORD_PRE,
    CODE_BEFORE,
    CORE,
    COUNTED_AFTER,
    CURRENCY_PRE,
    DECADE_SUFFIX,
    DIGIT_RUN,
    DOTTED,
    DOTTED_TAIL,
    EMERGENCY_NUMBERS,
    GLUED_TAIL,
    LETTER,
    LOWER_WORD_AFTER,
    MAGNITUDE_PRE,
    MEASURE_SUFFIX,
    MODEL_NAME,
    NEGATIVE_PRE,
    NO_RANK_PRE,
    OF_WHICH,
    ORDINAL_SUFFIX,
    PENCE,
    PLAIN_NUMBER,
    QUAKE_AFTER,
    QUOTE_CLOSES,
    RANGE_OPEN_PRE,
    RANK_PRE,
    RELATIVE,
    RICHTER_AFTER,
    SCALE_ORDINAL,
    SCORE_AFTER,
    SCORE_CONTEXT,
    SCORE_LINE,
    SCORE_PAIR,
    SHORT_YEAR_PIVOT,
    SHORT_YEAR_PRE,
    SHORT_YEAR_WORD_PRE,
    SLASH_NUM,
    SLASHED,
    SPACE_GROUPED,
    TEAM_BEFORE,
    TRIGGER,
    WORDCHARS,
    YEAR_TAIL,
)
from factcheck.quantities._readers import glued_unit_ok, ordinal_suffix_ok, tidy
from factcheck.quantities._relative import relative_date
from factcheck.quantities._suffixes import SuffixReader
from factcheck.quantities._vocab import (
    CURRENCY_SYMBOLS,
    NAME_BEFORE_NUMBER,
    ORDINAL_WORDS,
    UNITS,
    D,
)

_Phase = Callable[[Draft], "int | None"]


def _season(text: str, f: Draft) -> bool:
    """A season of two years written with a slash ("1958/59", "2024/25", "1963/1964"): a
    year and the next one, read as a year span, where "24/7" and "1/3" stay unread."""
    if not (f.is_digits and len(f.core) == 4 and f.core.isdigit()):
        return False
    year = int(f.core)
    tail = YEAR_TAIL.match(text, f.core_end)
    if not 1000 <= year <= 2199 or tail is None or not tail.group().startswith("/"):
        return False
    if tail.group("y4"):
        return int(tail.group("y4")) == year + 1
    return int(tail.group("y")) == (year + 1) % 100


_OF_A = re.compile(r"[ \u00a0]+of[ \u00a0]+")
_A_SCALE = re.compile(
    r"an?[ \u00a0]+(?:hundred|thousand|million|billion|trillion)\b", re.IGNORECASE
)


class Parser(SuffixReader):
    """One pass over one text: the scan and the number reader."""

    def run(self) -> list[Quantity]:
        """Every quantity of the text, in document order.

        Decimal arithmetic runs with enough digits of precision for the longest number in
        the text, so that a figure of any length stays exact ("$1.55...5 billion" with 40
        fives; "0.1234..." with 30 digits) and nothing here rounds or raises.
        """
        longest = max((len(run) for run in DIGIT_RUN.findall(self.text)), default=0)
        with localcontext() as context:
            context.prec = max(context.prec, longest + 28)
            return self._scan()

    def _scan(self) -> list[Quantity]:
        readers: dict[str, Callable[[re.Match[str]], int]] = {
            "vague": self._vague,
            "frac": self._fraction,
            "ord": self._ordinal_word,
            "along": self._a_long,
            "adur": self._a_duration,
            "racetime": self._race_time,
            "tdur": self._the_span,
            "onein": self._one_in,
            "mult": self._multiplier,
            "quarter": self._quarter,
        }
        text = self.text
        pos = 0
        for trigger in TRIGGER.finditer(text):
            if trigger.start() < pos:
                continue
            m = CORE.match(text, trigger.start())
            if m is None:
                continue
            group = m.lastgroup or ""
            if group.startswith("skip"):
                end = m.end()
            elif group.startswith("date"):
                end = self._date(m)
            else:
                end = readers.get(group, self._number)(m)
            pos = max(end, m.start() + 1)
        if self.relative_dates:
            self._relative_dates()
        self._fractions_of_scales()
        self._magnitudes()
        return self.out

    def _magnitudes(self) -> None:
        """An earthquake's magnitude is a measure of its own, never a count: "a magnitude of
        5.2", "magnitude 7.8", "a 5.2-magnitude quake", "6.3 on the Richter scale", "a 7.0
        earthquake" (unit "magnitude")."""
        for number, q in enumerate(self.out):
            if q.kind is not QuantityKind.COUNT or q.qualifier is Qualifier.RANGE or q.vague:
                continue
            start, end = q.span
            decimal_quake = "." in q.text and QUAKE_AFTER.match(self.text, end) is not None
            if (
                q.unit == "magnitude"
                or MAGNITUDE_PRE.search(self.text, max(0, start - 16), start)
                or RICHTER_AFTER.match(self.text, end)
                or decimal_quake
            ):
                self.out[number] = q.model_copy(
                    update={"kind": QuantityKind.MEASURE, "unit": "magnitude"}
                )

    def _fractions_of_scales(self) -> None:
        """ "a quarter of a million dollars", "three quarters of a billion": the fraction of the
        round amount after it, one figure ($250,000), as "half a million" is."""
        merged: list[Quantity] = []
        for q in self.out:
            before = merged[-1] if merged else None
            if (
                before is not None
                and before.unit == "fraction"
                and 0 < before.value < 1
                and _OF_A.fullmatch(self.text, before.span[1], q.span[0])
                and _A_SCALE.match(self.written, q.span[0])
            ):
                value = tidy(before.value * q.value)
                # to a tenth of the round amount, as "half a million" is read
                precision = tidy(q.precision / 10) if q.precision else None
                merged[-1] = q.model_copy(
                    update={
                        "text": self.written[before.span[0] : q.span[1]],
                        "span": (before.span[0], q.span[1]),
                        "value": value,
                        "precision": precision,
                        "qualifier": before.qualifier,
                    }
                )
                continue
            merged.append(q)
        self.out = merged

    def _relative_dates(self) -> None:
        """ "last year", "next month", "this week", "on Saturday", "yesterday": dates relative
        to the publication date, merged into the figures in document order (see the package
        docstring for the representation)."""
        taken = sorted(q.span for q in self.out)
        ends = list(itertools.accumulate((end for _, end in taken), max))  # running max end
        starts = [start for start, _ in taken]
        found = []
        for m in RELATIVE.finditer(self.text):
            # a figure already read overlaps it when one starting before its end ends after
            # its start (a bisection, so the merge stays linear in the number of figures)
            i = bisect.bisect_left(starts, m.end())
            if i and ends[i - 1] > m.start():
                continue
            found.append(relative_date(self.text, m))
        if found:
            self.out = sorted([*self.out, *found], key=lambda q: q.span[0])

    def _quarter(self, m: re.Match[str]) -> int:
        """ "Q3", "H1": the third quarter, the first half (of a year)."""
        unit = "quarter" if m.group("qh") == "Q" else "half"
        self._emit(
            m.start(), m.end(), D(m.group("qn")), QuantityKind.ORDINAL, unit=unit, precision=D(1)
        )
        return m.end()

    # -- the number reader, phase by phase --------------------------------------------
    def _number(self, m: re.Match[str]) -> int:
        """Read a number core and everything around it (the phases are listed above)."""
        f = self._core(m)
        for phase in self._phases:
            end = phase(f)
            if end is not None:
                return end
        raise AssertionError("the last phase always decides")  # pragma: no cover

    @functools.cached_property
    def _phases(self) -> tuple[_Phase, ...]:
        """The phases after ``_core``, in order (bound once per parse, not once per number)."""
        return (
            self._unreadable,
            self._currency_or_name,
            self._sign_and_qualifier,
            self._settled_suffix,
            self._value,
            self._scale_ordinal,
            self._glued_letters,
            self._year_span,
            *self.after_number_phases(),
        )

    def _core(self, m: re.Match[str]) -> Draft:
        """The core as matched; "12 737 MAX 9 jets" is twelve jets of a named model, not 12,737."""
        text = self.text
        int_part = m.group("int") if "int" in m.re.groupindex else None
        f = Draft(m=m, start=m.start(), core_end=m.end(), core=m.group(0), int_part=int_part)
        grouped = int_part is not None and SPACE_GROUPED.search(int_part) is not None
        if grouped and CAP_AFTER.match(text, f.core_end):
            plain = PLAIN_NUMBER.match(text, f.start)
            if plain is not None:
                # read 12 alone and count what follows the name
                f.m, f.core_end, f.core = plain, plain.end(), plain.group(0)
                f.int_part = plain.group("int")
                model = MODEL_NAME.match(text, f.core_end)
                f.model_end = model.end() if model is not None else None
        f.dec = f.m.group("dec") if f.is_digits else None
        f.q_start = f.pos = f.start
        return f

    def _unreadable(self, f: Draft) -> int | None:
        """Dotted versions and dates ("2.3.4", "10.0.0.1"), slashed forms ("24/7", "1/3"), the
        tail of a model code ("A350-900") and a number to dial ("called 911")."""
        text, end = self.text, f.core_end
        if not f.is_digits:
            return None
        if text[f.start - 1 : f.start] == "-" and CODE_BEFORE.search(self._pre(f.start, 16)):
            skip = WORDCHARS.match(text, end)  # "A350-900": the rest of a model code
            return skip.end() if skip else end
        if DOTTED_TAIL.match(text, end):
            skip = DOTTED.match(text, end)
            return skip.end() if skip else end
        if SLASH_NUM.match(text, end) and not _season(text, f):
            skip = SLASHED.match(text, end)
            return skip.end() if skip else end
        if text[f.start - 1 : f.start] == "/":
            skip = SLASHED.match(text, end)
            return skip.end() if skip else end
        if (
            f.core in EMERGENCY_NUMBERS
            and (CALLED_PRE.search(self._pre(f.start, 24)) or CALL_AFTER.match(text, end))
            and not COUNTED_AFTER.match(text, end)
        ):
            return end  # "called 911", "a 999 call": a number to dial ("called 112 people" counts)
        return None

    def _currency_or_name(self, f: Draft) -> int | None:
        """A currency sign before the figure, or a name the number belongs to ("Boeing 737").

        In a gapped clause ("40 tanks and Italy 12", "$2bn and France 1.5bn") the figure is
        kept and repeats what the figure before it counted.
        """
        f.pre = pre = self._pre(f.start)
        # Prefixes are short: search only the last few characters, not the whole context.
        tail = pre[-8:]
        cp = CURRENCY_PRE.search(tail)
        if cp is not None:
            sym = cp.group("sym") or cp.group("sym1")
            f.currency = CURRENCY_SYMBOLS[sym] if sym else cp.group("code").replace("RMB", "CNY")
            f.q_start -= len(tail) - cp.start()
            f.pre = pre[: len(pre) - len(tail) + cp.start()]
        elif (
            (rank := NO_RANK_PRE.search(tail)) is not None
            and f.core.isdigit()
            and not CAP_AFTER.match(self.text, f.core_end)
        ):
            # "the No. 1 pick", "accuser No. 2": a rank, as "the first pick", "the 2nd accuser";
            # "No. 10 Downing Street" is an address
            start = f.start - (len(tail) - rank.start())
            self._emit_ordinal(start, f.core_end, D(f.core))
            return f.core_end
        elif (rank := RANK_PRE.search(tail)) is not None and (
            f.core.isdigit() or f.core.lower() in UNITS
        ):
            # "the number one buyer", "ranked number 3": a rank, as "No. 1" is
            value = D(f.core) if f.core.isdigit() else D(UNITS[f.core.lower()])
            self._emit_ordinal(f.start - (len(tail) - rank.start()), f.core_end, value)
            return f.core_end
        elif self._is_name_context(f.start, f.core, f.core_end):
            if not self._gapped(f.start):
                score = self._score_after_name(f)
                if score is not None:
                    return score
                glued = GLUED_TAIL.match(self.text, f.core_end)  # "Route 66-A", "Boeing 737-800"
                return glued.end() if glued else f.core_end
            f.gap_from = self.out[-1]
        elif self._gapped(f.start) or self._part_of_previous(f):
            f.gap_from = self.out[-1]
        return None

    def _part_of_previous(self, f: Draft) -> bool:
        """ "had 18 points, 10 of which came in the first half": a part of the figure before,
        counting what it counts."""
        if not self.out or OF_WHICH.match(self.text, f.core_end) is None:
            return False
        return self.out[-1].span[1] >= f.start - 24

    def _score_after_name(self, f: Draft) -> int | None:
        """A score right after a team's name: "put Gloucester 20-13 up", "Arsenal 3-1 Chelsea".

        Only a pair that does not rise, or one beside a word of a result ("Lost 1-3"), and not
        after a word that carries a number in a name ("Boeing 737-800", "Psalm 23-24").
        """
        text = self.text
        word = CAP_WORD_PRE.search(f.pre)
        if not f.core.isdigit() or len(f.core) > 3 or word is None:
            return None
        result = SCORE_CONTEXT.search(f.pre[-40:])
        if word.group("w").rstrip(".").lower() in NAME_BEFORE_NUMBER and not (
            result is not None and TEAM_BEFORE.search(f.pre)
        ):
            return None  # "Boeing 737-800", "heat 3", but "beat the Heat 112-97": a team
        line = SCORE_LINE.match(text, f.core_end)
        if line is not None and line.group("w").lower() not in NAME_BEFORE_NUMBER:
            # "Wild 4, Sabres 1: Parise scored twice": a roundup's result, team by team
            return self._score(f, D(f.core), D(line.group("n")), line.end())
        pair = SCORE_PAIR.match(text, f.core_end)
        if pair is None:
            return None
        first, second = D(f.core), D(pair.group("n"))
        result = result or SCORE_AFTER.match(text, pair.end())
        if second > first and not result:
            return None
        return self._score(f, first, second, pair.end())

    def _sign_and_qualifier(self, f: Draft) -> None:
        """A minus before the figure, the qualifier phrase before it, "between"/"from"."""
        pre = f.pre
        neg = NEGATIVE_PRE.search(pre[-16:]) if pre[-1:] in ("-", "−", " ") else None
        if neg is not None:
            f.negative = True
            f.q_start -= len(neg.group(0))
            pre = f.pre = pre[: len(pre) - len(neg.group(0))]
        f.qualifier = self._qualifier(pre)
        f.range_open = RANGE_OPEN_PRE.search(pre[-12:]) if pre[-1:] == " " else None

    def _settled_suffix(self, f: Draft) -> int | None:
        """Digit cores with a suffix that settles the kind at once: "31st", "1990s"."""
        text, core = self.text, f.core
        if not f.is_digits or f.dec or not core.isdigit():
            return None  # "1,000th", "3 100th": grouped digits take the general path
        o = ORDINAL_SUFFIX.match(text, f.core_end)
        if o is not None and ordinal_suffix_ok(core, o.group(0)):  # "12st" is 12 stone
            self._emit_ordinal(f.q_start, o.end(), D(core))
            return o.end()
        if len(core) == 2 and SHORT_YEAR_PRE.search(text, max(0, f.start - 2), f.start):
            return self._short_year(f)
        d = DECADE_SUFFIX.match(text, f.core_end)
        if d is not None and len(core) == 4 and core.endswith("0"):
            y = D(core)
            # "the 1300s", "the 1800s": a century, as historians write it; "the 2000s" (and
            # every other "-0s") a decade
            span = 100 if core.endswith("00") and y < 2000 else 10
            self._emit(
                f.q_start, d.end(), y, QuantityKind.YEAR, qualifier=Qualifier.RANGE,
                low=y, high=y + span - 1, precision=D(span),
            )  # fmt: skip
            return d.end()
        return None

    def _short_year(self, f: Draft) -> int | None:
        """ "in '99" is 1999, "the '90s" the years 1990-1999, "'16" 2016 (see the pivot)."""
        text, end = self.text, f.core_end
        if re.match(r"\w", text[end : end + 1]) and not DECADE_SUFFIX.match(text, end):
            return None  # "'99ers", "'12th"
        two = int(f.core)
        year = D(two + (2000 if two < SHORT_YEAR_PIVOT else 1900))
        d = DECADE_SUFFIX.match(text, end)
        if d is not None and f.core.endswith("0"):
            self._emit(
                f.start - 1, d.end(), year, QuantityKind.YEAR, qualifier=Qualifier.RANGE,
                low=year, high=year + 9, precision=D(10),
            )  # fmt: skip
            return d.end()
        dated = SHORT_YEAR_WORD_PRE.search(text, max(0, f.start - 12), f.start) is not None
        if d is not None or (not dated and LOWER_WORD_AFTER.match(text, end)):
            return None  # "'12 people died'": a quotation opens, no year
        if QUOTE_CLOSES.match(text, end):
            return None  # "of '30 Rock' fame": a quoted title
        self._emit(f.start - 1, end, year, QuantityKind.YEAR, precision=D(1))
        return end

    def _value(self, f: Draft) -> int | None:
        """The number and a scale after it; "4K"/"8K" (a resolution) and non-numbers skipped."""
        f.value, f.precision, f.scale, _, f.pos = self._read_number(f.m, f.currency is not None)
        if f.currency is None and f.core in ("4", "8") and self.text[f.core_end : f.pos] == "K":
            return f.pos  # "4K", "8K": a display resolution (a name), not 4,000; "$4K" is money
        if not f.is_digits and f.value == 0 and f.core.lower() != "zero":
            return f.core_end
        return None

    def _scale_ordinal(self, f: Draft) -> int | None:
        """A scale word made an ordinal ranks the whole figure: "its 500 millionth lighter" is
        the 500,000,000th, "the one millionth visitor" the 1,000,000th."""
        o = SCALE_ORDINAL.match(self.text, f.pos)
        if o is None or f.scale is not None or f.dec or f.negative:
            return None
        if self.text.startswith(" of ", o.end()):
            return None  # "one millionth of a second" is a fraction, not a rank
        scale = ORDINAL_WORDS[o.group("w").lower()]
        self._emit_ordinal(f.q_start, o.end(), f.value * scale)
        return o.end()

    def _glued_letters(self, f: Draft) -> int | None:
        """Letters glued to digits that are not a scale: a unit ("5km", "30C", "50p") or a name
        ("5G", "3D", "737MAX"), which is skipped whole."""
        text, pos = self.text, f.pos
        if not (f.is_digits and pos == f.core_end and LETTER.match(text, pos)):
            return None
        mu = MEASURE_SUFFIX.match(text, pos)
        pence = PENCE.match(text, pos) is not None and len(f.core) <= 2 and not f.dec
        if (mu and not mu.group("sp") and glued_unit_ok(mu.group("u"))) or pence:
            return None
        end = WORDCHARS.match(text, pos)
        return end.end() if end else pos

    def _year_span(self, f: Draft) -> int | None:
        """A bare 4-digit number 1000-2199 may be a year; "2024-25" is the years 2024 to 2025.

        The sign is applied here, after the year test (a negative number is never a year).
        """
        f.year_like = (
            f.is_digits and len(f.core) == 4 and f.core.isdigit() and 1000 <= f.value <= 2199
            and f.scale is None and f.currency is None and not f.negative
        )  # fmt: skip
        if f.year_like:
            yt = YEAR_TAIL.match(self.text, f.pos)
            if yt is not None:
                if yt.group("y4"):
                    hi = D(yt.group("y4"))
                else:
                    hi = f.value // 100 * 100 + int(yt.group("y"))
                    if hi < f.value and hi + 100 == f.value + 1:
                        hi += 100  # "1999-00" ends in 2000
                if f.value < hi <= f.value + (1 if "/" in yt.group() else 99):
                    self._emit(
                        f.q_start, yt.end(), f.value, QuantityKind.YEAR,
                        qualifier=Qualifier.RANGE, low=f.value, high=hi, precision=D(1),
                    )  # fmt: skip
                    return yt.end()
        if f.negative:
            f.value = -f.value
        return None
