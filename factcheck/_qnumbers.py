"""The scan over a text and the number reader: digits or words with everything around them.

``_Parser.run`` walks the trigger positions once, forward only; ``_Parser._number`` reads a
number core with its currency, scale, range, percent, unit, counted noun and qualifier.
"""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck._qforms import (
    _FormReader,
)
from factcheck._qpatterns import (
    _ATTACHED_SCALE_RE,
    _CAP_AFTER,
    _CHANGE_VERBS,
    _CORE,
    _CURRENCY_PRE,
    _CURRENCY_SUFFIX,
    _DECADE_SUFFIX,
    _DOTTED,
    _DOTTED_TAIL,
    _DURATION_SUFFIX,
    _GLUED_TAIL,
    _HYPHEN_WORD,
    _LETTER,
    _MEASURE_SUFFIX,
    _METRE_CONTEXT,
    _MODEL_NAME,
    _NEGATIVE_PRE,
    _NUMBER_RE,
    _ORDINAL_SUFFIX,
    _PENCE,
    _PERCENT_SUFFIX,
    _PLAIN_NUMBER,
    _POST_QUALIFIER,
    _RANGE_OPEN_PRE,
    _RANGE_SEP,
    _RECORD_TAIL,
    _SCORE_CONTEXT,
    _SCORE_MAX,
    _SLASH_NUM,
    _SLASHED,
    _SPACE_GROUPED,
    _SPACED_SCALE_RE,
    _TRIGGER,
    _WORDCHARS,
    _YEAR_BOUND_PRE,
    _YEAR_DETERMINER_PRE,
    _YEAR_TAIL,
)
from factcheck._qreaders import (
    _counted_noun,
    _currency_word,
    _digits_value,
    _glued_unit_ok,
    _lemma,
    _measure_ok,
    _words_value,
)
from factcheck._qvocab import (
    _ATTACHED_SCALE,
    _CURRENCY_SYMBOLS,
    _D,
    _DURATION_UNITS,
    _DURATIONS,
    _MEASURES,
    _SCALE_WORDS,
)
from factcheck.models import Qualifier, Quantity, QuantityKind


class _Parser(_FormReader):
    """One pass over one text: the scan and the number reader."""

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
            elif group == "adur":
                end = self._a_duration(m)
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
        model_end: int | None = None  # end of a model name after the count ("737 MAX 9")
        plain = (
            _PLAIN_NUMBER.match(text, start)
            if int_part is not None and _SPACE_GROUPED.search(int_part)
            and _CAP_AFTER.match(text, core_end)
            else None
        )  # fmt: skip
        if plain is not None:
            # "12 737 MAX 9 jets": twelve jets of a named model, not 12,737; read 12 alone and
            # count what follows the name
            m = plain
            core_end, core, int_part = m.end(), m.group(0), m.group("int")
            model = _MODEL_NAME.match(text, core_end)
            model_end = model.end() if model is not None else None
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
                rank = self._ordinal_unit(o.end())
                self._emit(
                    q_start, o.end(), _D(core), QuantityKind.ORDINAL, unit=rank, precision=_D(1)
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
        if currency is None and core in ("4", "8") and text[core_end:pos] == "K":
            return pos  # "4K", "8K": a display resolution (a name), not 4,000; "$4K" is money
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
                glued2 = d2 and end2 == m2.end() and _LETTER.match(text, end2) is not None
                hyphen = rng.group("sep").strip() in ("-", "–")
                record = _RECORD_TAIL.match(text, end2) if hyphen and d2 else None
                if record is not None and record.end() > end2:
                    return record.end()  # "3-0-2": a win-loss record, not a range
                if glued2 or (d2 and _ORDINAL_SUFFIX.match(text, end2)) or v2 == 0:
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
                currency = currency or _currency_word(cur)
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
                noun_at = model_end if model_end is not None and pos == core_end else pos
                unit, _ = _counted_noun(text, noun_at, plural=plural)

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
        return max(pos, model_end or pos)  # the scan resumes after a model name

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
