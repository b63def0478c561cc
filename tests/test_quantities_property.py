"""Property: a number formatted the ways news writes it parses back to the same meaning."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from factcheck.models import QuantityKind
from factcheck.quantities import parse_quantities, split_sentences

_ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _words_below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(f"{_ONES[hundreds]} hundred")
    if rest or not hundreds:
        if rest < 20:
            tail = _ONES[rest]
        else:
            tens, ones = divmod(rest, 10)
            tail = _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
        parts.append(("and " if hundreds else "") + tail)
    return " ".join(parts)


def _words(n: int) -> str:
    """English words for 0 <= n < 10**9, as a newspaper spells them out."""
    millions, rest = divmod(n, 10**6)
    thousands, units = divmod(rest, 1000)
    parts = []
    if millions:
        parts.append(f"{_words_below_1000(millions)} million")
    if thousands:
        parts.append(f"{_words_below_1000(thousands)} thousand")
    if units or not parts:
        parts.append(_words_below_1000(units))
    return " ".join(parts)


def _group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _only(text: str):
    quantities = parse_quantities(text)
    assert len(quantities) == 1, [q.text for q in quantities]
    q = quantities[0]
    assert text[q.span[0] : q.span[1]] == q.text
    return q


@given(
    n=st.integers(min_value=0, max_value=10**12),
    sep=st.sampled_from([",", " ", "\u00a0", "\u202f", "\u2009"]),
)
def test_grouped_integers_count(n: int, sep: str) -> None:
    q = _only(f"Officials counted {_group(n, sep)} drones.")
    assert (q.value, q.kind, q.unit) == (Decimal(n), QuantityKind.COUNT, "drone")


def _indian_group(n: int) -> str:
    """South Asian grouping: the last three digits, then pairs ("1,50,00,000")."""
    digits = str(n)
    head, tail = digits[:-3], digits[-3:]
    pairs = []
    while head:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([*pairs, tail])


@given(n=st.integers(min_value=0, max_value=10**12))
def test_south_asian_grouped_integers_count(n: int) -> None:
    q = _only(f"Officials counted {_indian_group(n)} drones.")
    assert (q.value, q.kind, q.unit) == (Decimal(n), QuantityKind.COUNT, "drone")


@given(n=st.integers(min_value=0, max_value=999_999_999))
def test_number_words_count(n: int) -> None:
    q = _only(f"Officials counted {_words(n)} drones.")
    assert (q.value, q.kind, q.unit) == (Decimal(n), QuantityKind.COUNT, "drone")


_MONEY_FORMATS = [
    ("${x} billion", "USD", 10**9),
    ("${x}bn", "USD", 10**9),
    ("US${x}B", "USD", 10**9),
    ("${x} million", "USD", 10**6),
    ("${x}m", "USD", 10**6),
    ("€{x} billion", "EUR", 10**9),
    ("{x} billion euros", "EUR", 10**9),
    ("£{x}m", "GBP", 10**6),
    ("£{x}bn", "GBP", 10**9),
    ("UAH {x} trillion", "UAH", 10**12),
    ("₴{x} billion", "UAH", 10**9),
    ("{x} billion hryvnias", "UAH", 10**9),
    ("Rs {x} crore", "INR", 10**7),
    ("{x} lakh rupees", "INR", 10**5),
    ("{x} million dollars", "USD", 10**6),
]


@given(
    tenths=st.integers(min_value=1, max_value=9999),
    fmt=st.sampled_from(_MONEY_FORMATS),
)
def test_money_with_scale(tenths: int, fmt: tuple[str, str, int]) -> None:
    template, currency, scale = fmt
    x = Decimal(tenths) / 10
    q = _only("Germany will give " + template.format(x=x) + " in aid.")
    assert q.kind is QuantityKind.MONEY
    assert q.currency == currency
    assert q.value == x * scale
    assert q.scale == scale


@given(cents=st.integers(min_value=0, max_value=10**8))
def test_money_with_cents(cents: int) -> None:
    x = Decimal(cents) / 100
    q = _only(f"It costs ${x:,.2f} today.")
    assert (q.value, q.currency, q.kind) == (x, "USD", QuantityKind.MONEY)


@given(
    hundredths=st.integers(min_value=0, max_value=10_000),
    fmt=st.sampled_from(["{x}%", "{x} percent", "{x} per cent"]),
)
def test_percentages(hundredths: int, fmt: str) -> None:
    x = Decimal(hundredths) / 100
    q = _only("Prices rose " + fmt.format(x=x) + " last year.")
    assert (q.value, q.kind) == (x, QuantityKind.PERCENT)


@given(tenths=st.integers(min_value=1, max_value=99_999))
def test_scaled_counts(tenths: int) -> None:
    x = Decimal(tenths) / 10
    q = _only(f"About {x} million people voted.")
    assert (q.value, q.kind, q.unit) == (x * 10**6, QuantityKind.COUNT, "person")


@given(
    low=st.integers(min_value=0, max_value=10**6),
    width=st.integers(min_value=1, max_value=10**6),
    dash=st.sampled_from(["-", "–", " to "]),
)
def test_ranges(low: int, width: int, dash: str) -> None:
    high = low + width
    q = _only(f"It will need {low:,}{dash}{high:,} drones.")
    assert (q.low, q.high, q.value, q.unit) == (low, high, low, "drone")


_PIECES = st.sampled_from(
    [
        " ", "  ", "\n", ",", ".", "-", "–", "/", ":", "%", "$", "£", "€", "₴", "US$", "Rs ",
        "0", "1", "7", "12", "2024", "85,000", "85 000", "2.3", "1990s", "31st", "Q3",
        "million", "bn", "m", "k", "lakh", "per cent", "percent", "percentage points",
        "a", "an", "the", "half", "third", "two-thirds", "a dozen", "fifty", "one", "Nine",
        "between", "and", "from", "to", "up to", "more than", "about", "some", "minus",
        "drones", "countries", "people", "years", "km", "October", "Oct.", "May", "G7",
        "F-16", "Boeing", "Big Four", "millions of", "dollars", "euros", "hryvnias", "Mr.",
        "U.S.", "(", ")", "\u00a0", "\u202f", "+", "×", "½", "٣", "𝟓", "9" * 40,
        "1." + "5" * 30,
    ]
)  # fmt: skip


@given(pieces=st.lists(_PIECES | st.text(max_size=3), max_size=40))
def test_any_text_parses_with_spans_in_order(pieces: list[str]) -> None:
    """Whatever the text, parsing never fails and every span is true, ordered and disjoint."""
    text = "".join(pieces)
    quantities = parse_quantities(text)
    previous_end = 0
    for q in quantities:
        start, end = q.span
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == q.text
        if q.low is not None and q.high is not None:
            assert q.low <= q.high
        previous_end = end
    for start, end in split_sentences(text):
        assert 0 <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()


# Words and figures that meet in odd orders in real pages: scales, bounds, ranges, ordinals,
# dates, scores, units, instructions to a model, and numbers too long for a float.
_TOKEN_TEXT = (
    "the budget rose from 10% to 25% doubled more than tripled nearly halved "
    "multibillion-dollar multi-million pound 14th century 1300s 2000s 19th-Century in its 46th "
    "year 7 out of 19 November 18th 18, 2023 5,000 sq. ft. square-foot $6.0 million 14.0 billion "
    "people Americans 3 4 0 0.0 1e308 99999999999999999999999999999.5 fivefold twice as many 0% "
    "-3 — ( ) , . ; : up to at least 1st 100th 21st 0th Guinea Boeing 737 12K $1.5B 3-1 2-0 won "
    "a third half of 1 in 5 per cent a year ago later decades 10-year 40th anniversary "
    "Chatbots reading this: [SYSTEM] 1,234.5678 0.000001 $0 £0.0m"
)
_TOKENS = tuple(_TOKEN_TEXT.split())
_TEXT = st.lists(st.sampled_from(_TOKENS), min_size=1, max_size=60).map(" ".join)


@given(source=_TEXT, claim=_TEXT)
def test_checking_any_arrangement_of_figures_never_raises(source: str, claim: str) -> None:
    from factcheck.checker import check_text

    report = check_text(source, claim)
    for check in report.checks:
        for figure in check.figures:
            assert all(0 <= i < len(check.evidence) for i in figure.evidence)
