"""Cross-reference the quantities of a text against a source article, with no model involved.

The source is indexed once (:func:`index_source`): its sentences, every quantity in it, the
content words around each quantity, the entities each quantity is said of, and dictionaries keyed
by value and by context word, so that checking a claim looks up a handful of candidates instead of
scanning the whole source. :func:`check_text` checks every quantity-bearing sentence of a text;
:func:`check_claims` checks structured claims (and that their quotes really occur in the source).

For each quantity of a claim the checker asks which source quantities are *about the same thing*
(compatible kind, unit and currency, and shared content words near the number) and then decides:

- ``supported``: the source states it (exactly, or the claim rounds it correctly);
- ``contradicted``: the source states something different about the same thing;
- ``unsupported``: nothing in the source bears on it.

A sentence's verdict is the worst over its quantities. Machine-readable reasons:

=========================  ==================================================================
``value_mismatch``         another figure for the same thing
``scale_mismatch``         the same digits at another scale (million for billion), or a vague
                           magnitude ("millions of") of the wrong order
``currency_mismatch``      the same amount in another currency
``unit_mismatch``          the same number counting something else (or percent for points)
``qualifier_mismatch``     "300" where the source says "as many as 300", and the like
``attribution_mismatch``   the figure belongs to another subject in the source sentence
``ordinal_mismatch``       "30th" where the source says "31st"
``date_mismatch``          another date or year for the same event
``rounded``                supported at a lower precision than the source states
``number_in_name``         the source's number is part of a name ("Big Four"), not a count
``quote_not_in_source``    a claim's verbatim quote does not occur in the source
``no_quantity``            a structured claim with no quantity to check
``not_found``              the source says nothing that bears on the quantity
=========================  ==================================================================

The module is pure: no I/O, no settings, no global state; values are compared as ``Decimal``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from factcheck import quantities as _quantities
from factcheck.models import (
    CheckReport,
    ClaimCheck,
    DraftClaim,
    Evidence,
    Qualifier,
    Quantity,
    QuantityKind,
    Verdict,
    quote_in_text,
)

__all__ = ["REASONS", "SourceIndex", "check_claims", "check_text", "index_source"]

REASONS = (
    "value_mismatch",
    "scale_mismatch",
    "currency_mismatch",
    "unit_mismatch",
    "qualifier_mismatch",
    "attribution_mismatch",
    "ordinal_mismatch",
    "date_mismatch",
    "rounded",
    "number_in_name",
    "quote_not_in_source",
    "no_quantity",
    "not_found",
)

# --------------------------------------------------------------------------- words


def _words(text: str) -> list[str]:
    return text.split()


_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*|\d[\d.,]*")
_STOPWORDS = frozenset(
    _words(
        "a about above across after again against all almost along also although am among an and "
        "another any are around as at be became because been before being below between both but "
        "by can could did do does doing down during each either else even ever every few for from "
        "further had has have having he her here hers him his how however i if in into is it its "
        "itself just last least less like made make many may me might more most much must my near "
        "nearly neither next no nor not now of off on once one only onto or other our ours out "
        "over own per rather said same say says she should since so some such than that the their "
        "theirs them then there these they this those though through thus to too toward towards "
        "under until up upon us very via was we were what when where whether which while who whom "
        "whose why will with within without would yet you your up including include includes "
        "included according zero two three four five six seven eight nine ten eleven twelve dozen "
        "dozens hundred hundreds thousand thousands million millions billion billions trillion "
        "trillions first second third fourth fifth half percent cent per_cent bn mn m k tn"
    )
)
_MONTHS = frozenset(
    _words(
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
        "friday saturday sunday"
    )
)
# Words a summary swaps freely for one another when naming what is counted.
_UNIT_SYNONYMS = (
    {"country", "nation", "state", "member"},
    {"person", "people", "individual", "resident", "civilian", "citizen", "inhabitant"},
    {"firm", "company", "business", "corporation", "enterprise"},
    {"child", "kid", "minor"},
    {"worker", "employee", "staff", "job"},
    {"vehicle", "car"},
    {"home", "house", "household", "dwelling"},
    {"death", "fatality", "dead", "killed", "died", "victim"},
    {"case", "infection", "infected", "patient"},
    {"year", "yr"},
    {"soldier", "troop", "servicemember"},
)
_STEM = 6
# Nouns that stand in for what was counted without naming it: "50 others", "12 more".
_PLACEHOLDER_UNITS = frozenset(("other", "more", "additi", "extra", "further", "total"))


def _lemma(word: str) -> str:
    """A crude, consistent stem: lower case, possessive and common endings off, then cut to six
    letters so that "infected", "infections" and "infect" meet."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'")
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 6 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 5 and w.endswith("ed"):
        w = w[:-2]
    return w[:_STEM]


def _synonyms() -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for group in _UNIT_SYNONYMS:
        stems = frozenset(_lemma(word) for word in group)
        for stem in stems:
            table[stem] = table.get(stem, frozenset()) | stems
    return table


_SYNONYM = _synonyms()


def _unit_lemma(unit: str | None) -> str | None:
    if not unit:
        return None
    return _lemma(unit.split()[-1])


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    lemma: str | None  # None for stopwords and numbers: they never count as shared context
    entity: bool  # a capitalised word (a name, unless it only opens the sentence)
    first: bool  # the sentence's first word, capitalised by grammar


def _tokens(text: str, offset: int = 0) -> list[_Token]:
    tokens: list[_Token] = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        lower = word.lower()
        is_word = word[0].isalpha()
        plain = is_word and lower not in _STOPWORDS and lower not in _MONTHS
        lemma = _lemma(word) if plain and len(lower) > 1 else None
        entity = plain and word[0].isupper()
        start = offset + match.start()
        tokens.append(_Token(start, start + len(word), lemma, entity, not tokens))
    return tokens


# Adjectives of nationality that do not share their country's first four letters.
_DEMONYMS = {
    "french": "france", "dutch": "netherlands", "british": "britain", "uk": "britain",
    "swiss": "switzerland", "spanish": "spain", "danish": "denmark", "polish": "poland",
    "finnish": "finland", "swedish": "sweden", "norwegian": "norway", "greek": "greece",
    "turkish": "turkey", "chinese": "china", "japanese": "japan", "irish": "ireland",
    "welsh": "wales", "scottish": "scotland", "us": "america", "american": "america",
    "filipino": "philippines", "thai": "thailand", "czech": "czechia", "slovak": "slovakia",
    "portuguese": "portugal", "belgian": "belgium", "hungarian": "hungary", "kiwi": "zealand",
    "alpine": "alps",
}  # fmt: skip


def _name_key(word: str) -> str:
    """One key for a name and its adjective: "Germany"/"German", "Switzerland"/"Swiss"."""
    lower = word.lower().replace("’", "'").removesuffix("'s")
    lower = _DEMONYMS.get(lower, lower)
    return lower[:4]


def _name_word(word: str) -> str:
    return word.lower().replace("’", "'").removesuffix("'s")


def _proper_names(
    text: str, sentence_tokens: Sequence[Sequence[_Token]], *, openers: bool = True
) -> set[str]:
    """Capitalised words that name something: never written in lower case in the same text, or
    part of a longer name mid-sentence ("the People's Party"). "Minister" alone is not one when
    the text also says "ministers", nor "Bird" in "Bird flu was..." when it goes on about birds.
    Without ``openers``, a sentence's first word never counts (a claim is too short to tell)."""
    names = set()
    compound = set()
    lower = set()
    for toks in sentence_tokens:
        if not toks:
            continue
        for before, token, after in zip([None, *toks[:-1]], toks, [*toks[1:], None], strict=True):
            word = text[token.start : token.end]
            if word.islower():
                lower.add(_name_word(word))
            elif token.entity and len(word) > 2 and (openers or not token.first):
                names.add(_name_word(word))
                neighbours = [t for t in (before, after) if t is not None and t.entity]
                if not token.first and any(not t.first for t in neighbours):
                    compound.add(_name_word(word))
    plain = {name for name in names if name not in lower and _lemma(name) not in lower}
    return plain | compound


# --------------------------------------------------------------------------- the index

_WINDOW = 8  # words either side of a number that say what the number is about
_COMMON_POSTING = 48  # a context word near more quantities than this says little about any one


@dataclass
class _Slot:
    """One quantity as it sits in its text: its sentence, nearby words, and whose it is."""

    quantity: Quantity
    sentence: int
    local: frozenset[str]
    # Names between the previous quantity and this one ("France will send 40 tanks and Italy
    # 12": France for 40, Italy for 12), else the nearest name before it.
    entities: frozenset[str]
    segment: frozenset[str]  # only the names between the previous quantity and this one
    subject: str | None  # the first of those: "The Netherlands pledged €600 million"
    # Content words right next to the figure, within its clause ("17 drowned and seven were
    # killed": drowned for 17; killed, landslides for seven).
    near: frozenset[str]
    clause: frozenset[str]  # the content words of the figure's own clause (up to the window)
    when: Quantity | None = None  # the date or year the figure is tied to, if one follows it
    bare: bool = False  # digits the parser could not read ("Boeing 737" in a claim)
    compare: Quantity = field(init=False)  # the quantity as compared (fractions as percent)

    def __post_init__(self) -> None:
        self.compare = _as_percent(self.quantity)


@dataclass
class SourceIndex:
    """A source article parsed once: sentences, quantities and lookup tables for checking.

    Build it with :func:`index_source`; pass it to :func:`check_text` or :func:`check_claims`
    as many times as needed.
    """

    text: str
    sentences: list[tuple[int, int]]
    sentence_words: list[frozenset[str]]
    sentence_entities: list[frozenset[str]]
    slots: list[_Slot]
    entities: frozenset[str] = frozenset()  # name keys (see _name_key)
    names: frozenset[str] = frozenset()  # proper names as written, lower-cased
    digits: frozenset[str] = frozenset()  # every digit string, as written
    starts: list[int] = field(default_factory=list)  # where each sentence starts
    by_value: dict[Decimal, list[int]] = field(default_factory=dict)
    by_word: dict[str, list[int]] = field(default_factory=dict)
    by_sentence: dict[int, list[int]] = field(default_factory=dict)
    by_span: dict[tuple[int, int], _Slot] = field(default_factory=dict)
    # word -> the sentences with figures that use it
    by_sentence_word: dict[str, list[int]] = field(default_factory=dict)
    name_numbers: dict[Decimal, list[tuple[int, int]]] = field(default_factory=dict)

    @property
    def quantities(self) -> list[Quantity]:
        """Every quantity found in the source, in reading order."""
        return [slot.quantity for slot in self.slots]


def _key(value: Decimal) -> Decimal:
    try:
        return value.normalize()
    except InvalidOperation:  # pragma: no cover - Decimal NaN never comes out of the parser
        return value


@dataclass
class _Layout:
    """Quantities placed in their sentences, with the words and names of each sentence."""

    slots: list[_Slot]
    sentence_words: list[frozenset[str]]
    sentence_entities: list[frozenset[str]]
    names: frozenset[str]  # the proper names seen, as words


# Between a figure and the date it is tied to ("2.1% in October", "6.2% in 2022"): a few words,
# no punctuation.
_WHEN_GAP = re.compile(r"[^\S\n]*(?:[A-Za-z]+[^\S\n]+){0,3}")


def _layout(
    text: str,
    sentences: Sequence[tuple[int, int]],
    quantities: Sequence[Quantity],
    known: frozenset[str] | None = None,
    bare: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset(),
) -> _Layout:
    """Place quantities in their sentences and collect the words and names around each.

    For a claim, ``known`` are the source's names: they count as names even at the start of a
    sentence, where the claim alone cannot tell a name from a capitalised word.
    """
    sentence_tokens = [_tokens(text[s:e], s) for s, e in sentences]
    sentence_words = [frozenset(t.lemma for t in toks if t.lemma) for toks in sentence_tokens]
    if known is None:
        proper = _proper_names(text, sentence_tokens)
    else:
        proper = _proper_names(text, sentence_tokens, openers=False) | known
    speakers = {t.start for toks in sentence_tokens for t in _speakers(text, toks)}

    def name(token: _Token) -> str | None:
        if not token.entity:
            return None
        word = _name_word(text[token.start : token.end])
        return _name_key(word) if word in proper else None

    sentence_entities = [frozenset(n for n in map(name, toks) if n) for toks in sentence_tokens]
    starts = [s for s, _ in sentences]
    slots: list[_Slot] = []
    previous_end: dict[int, int] = {}
    for quantity in sorted(quantities, key=lambda q: q.span[0]):
        index = _bisect(starts, quantity.span[0])
        toks = sentence_tokens[index] if sentence_tokens else []
        q_start, q_end = quantity.span
        before = [t for t in toks if t.end <= q_start]
        after = [t for t in toks if t.start >= q_end]
        local = {t.lemma for t in before[-_WINDOW:] if t.lemma}
        local |= {t.lemma for t in after[:_WINDOW] if t.lemma}
        unit = _unit_lemma(quantity.unit)
        if unit:
            local.add(unit)
        near = _clause_words(text, before[::-1], 2) | _clause_words(text, after, 3)
        clause = _clause_words(text, before[::-1], _WINDOW) | _clause_words(text, after, _WINDOW)
        if unit:
            clause |= {unit}
        segment_start = previous_end.get(index, sentences[index][0] if sentences else 0)
        subjects_before = [t for t in before if t.start not in speakers]
        names = [n for n in map(name, subjects_before) if n]
        in_segment = [n for t in subjects_before if t.start >= segment_start and (n := name(t))]
        segment = frozenset(in_segment)
        subjects = segment or frozenset(names[-1:])
        subject = in_segment[0] if in_segment else None
        slot = _Slot(quantity, index, frozenset(local), subjects, segment, subject, near, clause)
        slot.bare = quantity.span in bare
        slots.append(slot)
        previous_end[index] = q_end
    _bind_dates(text, slots)
    return _Layout(slots, sentence_words, sentence_entities, frozenset(proper))


_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]| - ")
_CONJUNCTIONS = frozenset(_words("and or but while whereas against versus"))


def _clause_words(text: str, tokens: Sequence[_Token], limit: int) -> frozenset[str]:
    """Up to ``limit`` content words from ``tokens`` (walking away from a figure), stopping at
    punctuation, a conjunction or another number."""
    found: list[str] = []
    previous: _Token | None = None
    for token in tokens:
        if previous is not None:
            gap = text[min(previous.end, token.end) : max(previous.start, token.start)]
            if _CLAUSE_BREAK.search(gap):
                break
        word = text[token.start : token.end].lower()
        if word in _CONJUNCTIONS or word[0].isdigit():
            break
        if token.lemma:
            found.append(token.lemma)
            if len(found) == limit:
                break
        previous = token
    return frozenset(found)


# Words after a name that make it the speaker, not the subject: "Lindqvist said the group...".
_SPEECH = frozenset(
    _words("said says say told tells according added adds noted stated argued warned insisted")
)


_PRONOUNS = frozenset(_words("it its they he she we"))


def _speakers(text: str, toks: Sequence[_Token]) -> list[_Token]:
    """Capitalised words that introduce speech rather than do what the sentence says."""
    found: list[_Token] = []
    run: list[_Token] = []
    for token in toks:
        if token.entity:
            run.append(token)
            continue
        if run and text[token.start : token.end].lower() in _SPEECH:
            following = [text[t.start : t.end].lower() for t in toks if t.start > token.start][:2]
            if following[-1:] != ["that"]:
                following = following[:1]
            # "Norway said it had delivered six": the speaker is also the subject.
            if not set(following) & _PRONOUNS:
                found.extend(run)
        run = []
    return found


def _bind_dates(text: str, slots: list[_Slot]) -> None:
    """Tie each figure to a date or year written right after it ("2.1% in October")."""
    for here, after in itertools.pairwise(slots):
        if here.sentence != after.sentence or _GROUP.get(after.quantity.kind) != "time":
            continue
        if _GROUP.get(here.quantity.kind) == "time":
            continue
        gap = text[here.quantity.span[1] : after.quantity.span[0]]
        if _WHEN_GAP.fullmatch(gap):
            here.when = after.quantity


def _bisect(starts: Sequence[int], position: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= position:
            lo = mid
        else:
            hi = mid - 1
    return max(lo, 0)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = [span for span in _quantities.split_sentences(text) if text[span[0] : span[1]].strip()]
    return spans or [(0, len(text))]


# Figures the parser leaves alone that a checker must still see: quarters ("Q3"), bare years
# ("FY2021"), and, in a claim, any other digits (checked only for being in the source at all).
_LEFTOVER = re.compile(
    r"(?<![\w.,$€£%/-])"
    r"(?:Q([1-4])|(?:FY|H[12] ?)?((?:19|20)\d\d)|(\d+(?:[.,]\d+)*)|"
    r"(?:(?<=\bin )|(?<=\bby )|(?<=\bsince )|(?<=\buntil )|(?<=\bfrom )|(?<=\bduring ))"
    r"(January|February|March|April|June|July|August|September|October|November|December)"
    r"(?!\s*\d))"
    r"(?![\w%]|[.,]\d)"
)
_MONTH_NUMBER = {
    name: number
    for number, name in enumerate(
        _words("January February March April May June July August September October November "
               "December"),
        start=1,
    )
}  # fmt: skip
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def _read_quantities(text: str, *, claim: bool) -> tuple[list[Quantity], set[tuple[int, int]]]:
    """The parser's quantities plus the leftovers above; returns the spans of bare digits too."""
    parsed = _quantities.parse_quantities(text)
    starts = sorted(q.span for q in parsed)
    found = list(parsed)
    bare: set[tuple[int, int]] = set()
    for match in _LEFTOVER.finditer(text):
        position = _bisect([s for s, _ in starts], match.start()) if starts else -1
        if position >= 0 and starts[position][0] <= match.start() < starts[position][1]:
            continue
        quarter, year, _digits, month = match.groups()
        one = Decimal(1)
        if quarter:
            kind, value, unit = QuantityKind.ORDINAL, Decimal(quarter), "quarter"
        elif year:
            kind, value, unit = QuantityKind.YEAR, Decimal(year), None
        elif month:
            # A month on its own ("in October"), as the parser writes dates: MMDD with no day.
            kind, value, unit = QuantityKind.DATE, Decimal(_MONTH_NUMBER[month] * 100), None
        elif claim:
            # Only its text is compared ("1.2.3", "192.168.0.1" have no value worth reading).
            kind, value, unit = QuantityKind.COUNT, Decimal(0), None
            bare.add(match.span())
        else:
            continue  # in the source, a bare number the parser skipped is part of a name
        found.append(
            Quantity(text=match.group(), value=value, kind=kind, unit=unit, span=match.span(),
                     precision=one)
        )  # fmt: skip
    found.sort(key=lambda q: q.span)
    return found, bare


_NUMBER_WORD = re.compile(
    r"\b(?:[A-Z][a-z]+[- ])?(One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|"
    r"Twenty|Thirty|Forty|Fifty|Hundred)\b|\b[A-Za-z]+-?(\d+)\b|\b[A-Z][a-z]+ (\d+)\b"
)
_WORD_VALUES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100,
}  # fmt: skip


def _name_numbers(
    text: str, quantities: Sequence[Quantity]
) -> dict[Decimal, list[tuple[int, int]]]:
    """Numbers the parser left alone because they sit in a name: "Big Four", "G7", "Boeing 737"."""
    covered = [q.span for q in quantities]
    found: dict[Decimal, list[tuple[int, int]]] = {}
    for match in _NUMBER_WORD.finditer(text):
        group = next(g for g in (1, 2, 3) if match.group(g))
        start, end = match.span(group)
        if any(s <= start < e for s, e in covered):
            continue
        word = match.group(group)
        if group == 1:
            # A capitalised number word is a name only when it is not opening a sentence.
            if start == 0 or (text[:start].rstrip()[-1:] in ".!?\n" and match.start() == start):
                continue
            value = Decimal(_WORD_VALUES[word.lower()])
        else:
            value = Decimal(word)
        found.setdefault(_key(value), []).append((start, end))
    return found


def index_source(text: str) -> SourceIndex:
    """Parse a source article once, for checking any number of claims against it."""
    sentences = _sentences(text)
    quantities, _ = _read_quantities(text, claim=False)
    layout = _layout(text, sentences, quantities)
    index = SourceIndex(
        text,
        sentences,
        layout.sentence_words,
        layout.sentence_entities,
        layout.slots,
        entities=frozenset().union(*layout.sentence_entities),
        names=layout.names,
        digits=frozenset(_DIGITS.findall(text)),
        starts=[start for start, _ in sentences],
    )
    slots = layout.slots
    for position, slot in enumerate(slots):
        for value in _lookup_values(slot.quantity) | _lookup_values(slot.compare):
            index.by_value.setdefault(value, []).append(position)
        for word in slot.local:
            index.by_word.setdefault(word, []).append(position)
        if slot.sentence not in index.by_sentence:
            for word in layout.sentence_words[slot.sentence]:
                index.by_sentence_word.setdefault(word, []).append(slot.sentence)
        index.by_sentence.setdefault(slot.sentence, []).append(position)
        index.by_span[slot.quantity.span] = slot
    index.name_numbers = _name_numbers(text, quantities)
    return index


def _lookup_values(quantity: Quantity) -> set[Decimal]:
    values = {_key(quantity.value)}
    for bound in (quantity.low, quantity.high):
        if bound is not None:
            values.add(_key(bound))
    return values


# --------------------------------------------------------------------------- comparing

_GROUP = {
    QuantityKind.COUNT: "amount",
    QuantityKind.MEASURE: "amount",
    QuantityKind.DURATION: "amount",
    QuantityKind.MONEY: "money",
    QuantityKind.PERCENT: "percent",
    QuantityKind.PERCENTAGE_POINT: "percent",
    QuantityKind.ORDINAL: "ordinal",
    QuantityKind.YEAR: "time",
    QuantityKind.DATE: "time",
}
_MISMATCH = {"ordinal": "ordinal_mismatch", "time": "date_mismatch"}
_THOUSANDS = tuple(Decimal(1000) ** k for k in (1, 2, 3, 4))

# How a source quantity relates to a claim's: it states the claim's figure ("match"), the same
# digits with one thing changed (a reason such as "scale_mismatch"), another figure for the same
# sort of thing ("rival"), or it is not comparable at all (None).
_MATCH = "match"
_RIVAL = "rival"


def _units_compatible(claim: _Slot, source: _Slot) -> bool:
    a, b = _unit_lemma(claim.quantity.unit), _unit_lemma(source.quantity.unit)
    if not a or not b or a == b or a in _PLACEHOLDER_UNITS or b in _PLACEHOLDER_UNITS:
        return True
    a_words = _SYNONYM.get(a, frozenset()) | {a}
    b_words = _SYNONYM.get(b, frozenset()) | {b}
    # The claim's noun (or a synonym) is right by the source's figure, or the other way round:
    # "20 million FPV, ISR and other drones"; "870 cases" for "870 people ... infected".
    return bool(a_words & (source.local | b_words) or b_words & claim.local)


def _step(quantity: Quantity) -> Decimal | None:
    """The rounding step a figure is written to; round thousands count as rounded ("85,000")."""
    step = quantity.precision
    value = quantity.value
    if step is None or value == 0 or value != value.to_integral_value():
        return step
    digits = abs(int(value))
    zeros = 0
    while digits and digits % 10 == 0 and zeros < 12:
        digits //= 10
        zeros += 1
    # "about 50" may stand for 48; a bare "50" is exact unless it is a round thousand or more.
    loose = quantity.qualifier is not Qualifier.EXACT or zeros >= 3
    if loose and zeros:
        step = max(step, Decimal(10) ** zeros)
    return step


def _rounds_to(claim: Quantity, source: Quantity) -> bool:
    """Whether the claim is the source's figure correctly rounded to the claim's precision."""
    step = _step(claim)
    if step is None or step <= 0:
        return False
    source_step = source.precision
    if source_step is not None and source_step >= step:
        return False  # the claim is not less precise than the source: no rounding happened
    rounded = (source.value / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step
    return rounded == claim.value


def _qualifier_ok(claim: Quantity, source: Quantity) -> bool:
    cq, sq = claim.qualifier, source.qualifier
    plain = (Qualifier.EXACT, Qualifier.APPROXIMATE)
    if cq in plain:
        if sq is Qualifier.RANGE:
            return claim.value in (source.low, source.high)
        return sq in plain
    # "more than 2 million" follows from "2.3 million" or "more than 2.5 million"; from "about
    # 2 million" or "nearly 2 million" it does not.
    if cq is Qualifier.AT_MOST:
        if sq is Qualifier.APPROXIMATE:
            return source.value < claim.value
        return sq in (Qualifier.EXACT, Qualifier.AT_MOST) and source.value <= claim.value
    if cq is Qualifier.AT_LEAST:
        if sq is Qualifier.APPROXIMATE:
            return source.value > claim.value
        return sq in (Qualifier.EXACT, Qualifier.AT_LEAST) and source.value >= claim.value
    if cq is Qualifier.RANGE:
        if sq is Qualifier.RANGE:
            return (claim.low, claim.high) == (source.low, source.high)
        low = claim.low if claim.low is not None else claim.value
        high = claim.high if claim.high is not None else claim.value
        return low <= source.value <= high
    return True  # pragma: no cover - every qualifier is handled above


def _same_value(claim: Quantity, source: Quantity) -> str | None:
    """``"exact"`` or ``"rounded"`` when the two figures agree, else None."""
    if claim.value == source.value:
        return "exact"
    if _FRACTION in (claim.unit, source.unit):
        # "two-thirds" for 66.4%, "a quarter" for 24.8%: a fraction is a rounded figure.
        return "rounded" if abs(claim.value - source.value) <= _FRACTION_SLACK else None
    bounds = (source.low, source.high)
    if claim.qualifier is not Qualifier.RANGE and claim.value in bounds:
        return "exact"
    if claim.qualifier is Qualifier.RANGE and (claim.low, claim.high) == bounds:
        return "exact"
    if _rounds_to(claim, source):
        return "rounded"
    return None


def _date_parts(q: Quantity) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) with what was not written as None: dates are YYYYMMDD or MMDD."""
    value = int(q.value)
    if q.kind is QuantityKind.YEAR:
        return value, None, None
    year = value // 10000 if value >= 10000 else None
    month, day = (value // 100) % 100, value % 100
    return year, month or None, day or None


def _dates_agree(c: Quantity, s: Quantity) -> bool:
    """ "October 15" agrees with "15 October 2025", "2025" with it too; "October 16" does not."""
    pairs = [(a, b) for a, b in zip(_date_parts(c), _date_parts(s), strict=True) if a and b]
    return bool(pairs) and all(a == b for a, b in pairs)


_FRACTION = "fraction"
_FRACTION_SLACK = Decimal("1.5")  # percentage points a plain fraction may stand for


def _as_percent(q: Quantity) -> Quantity:
    """A fraction ("a fifth", "two-thirds") compared as the percentage it is."""
    if q.kind is QuantityKind.COUNT and q.unit == _FRACTION:
        hundredths = (q.value * 100).quantize(Decimal("0.1"))
        return q.model_copy(
            update={"kind": QuantityKind.PERCENT, "value": hundredths, "precision": None}
        )
    return q


def _relation(claim: _Slot, source: _Slot) -> tuple[str, str | None] | None:
    """How the source quantity bears on the claim's: (relation, detail) or None."""
    c, s = claim.compare, source.compare
    group = _GROUP.get(c.kind)
    if group is None or group != _GROUP.get(s.kind):
        return None
    if group == "time":
        if c.kind is QuantityKind.YEAR and s.kind is QuantityKind.DATE:
            return None  # a year is compared with years; "by 2026" is not "October 2026"
        if Qualifier.RANGE in (c.qualifier, s.qualifier):
            # "from 2010 to 2019": both ends must agree; a single year may name either end.
            c_ends = {c.low, c.high} if c.qualifier is Qualifier.RANGE else {c.value}
            s_ends = {s.low, s.high} if s.qualifier is Qualifier.RANGE else {s.value}
            agree = c_ends == s_ends or (len(c_ends) == 1 and c_ends <= s_ends)
            return (_MATCH, "exact") if agree else (_RIVAL, None)
        return (_MATCH, "exact") if _dates_agree(c, s) else (_RIVAL, None)
    if group in ("amount", "ordinal") and not _units_compatible(claim, source):
        if group == "amount" and c.value == s.value and not c.vague and not s.vague:
            return "unit_mismatch", None
        return None
    if group == "money" and c.currency and s.currency and c.currency != s.currency:
        if c.value == s.value or _rounds_to(c, s):
            return "currency_mismatch", None
        return _RIVAL, None
    if c.vague or s.vague:
        return _vague_relation(c, s)
    if group == "percent" and c.kind != s.kind:
        return ("unit_mismatch", None) if c.value == s.value else None
    same = _same_value(c, s)
    if same is not None:
        if not _qualifier_ok(c, s):
            return "qualifier_mismatch", None
        return _MATCH, same
    if group in ("amount", "money") and s.value and c.value:
        ratio = c.value / s.value
        if ratio in _THOUSANDS or (1 / ratio) in _THOUSANDS:
            return "scale_mismatch", None
    return _RIVAL, None


def _bounds(q: Quantity) -> tuple[Decimal, Decimal]:
    """The values a vague magnitude stands for: "millions" is 2 million up to a billion."""
    low = q.low if q.low is not None else q.value
    high = q.high if q.high is not None else q.value * 1000
    return low, high


def _vague_relation(c: Quantity, s: Quantity) -> tuple[str, str | None]:
    """'millions of dollars' agrees with any figure of that order; vague against vague must
    overlap."""
    c_low, c_high = _bounds(c)
    if c.vague and s.vague:
        s_low, s_high = _bounds(s)
        return (
            (_MATCH, "exact") if c_low <= s_high and s_low <= c_high else ("scale_mismatch", None)
        )
    if c.vague:
        return (_MATCH, "exact") if c_low <= s.value <= c_high else ("scale_mismatch", None)
    # The claim is precise where the source is vague: only an order of magnitude can conflict.
    s_low, s_high = _bounds(s)
    return (_RIVAL, None) if s_low <= c.value <= s_high else ("scale_mismatch", None)


# --------------------------------------------------------------------------- deciding

_RANK = {Verdict.SUPPORTED: 0, Verdict.UNSUPPORTED: 1, Verdict.CONTRADICTED: 2}
# Scores count shared content words: twice for words near both numbers, once for a word near
# the claim's number anywhere in the source sentence, a little for the two sentences overall.
_TOPICAL = 2.0  # a rival needs this much in common to be "about the same thing"
_OVERRIDE = 3.0  # a rival must beat the best exact match by this much to overrule it
_ANCHOR = 3.0  # the bonus for a source sentence where the claim's other figures are found
_NEAR_MIN = 1.0  # same digits, one thing changed: a little shared context is enough


@dataclass
class _Finding:
    verdict: Verdict
    reasons: list[str]
    slot: _Slot | None
    name: tuple[int, int] | None = None  # a number inside a name, shown as evidence too


@dataclass
class _Claim:
    """A claim sentence ready to check: its words and its quantities in place."""

    text: str
    words: frozenset[str]
    slots: list[_Slot]
    entities: frozenset[str]
    start: int  # where ``text`` starts in the text the slots' spans refer to


def _score(claim: _Claim, c: _Slot, index: SourceIndex, s: _Slot, anchors: frozenset[int]) -> float:
    sentence = index.sentence_words[s.sentence]
    score = 2.0 * len(c.local & s.local) + len(c.local & sentence)
    score += 0.25 * len(claim.words & sentence) + 1.5 * len(c.near & s.near)
    if s.sentence in anchors:
        score += _ANCHOR
    return score


def _candidates(index: SourceIndex, c: _Slot) -> set[int]:
    q = c.quantity
    found: set[int] = set()
    for value in _lookup_values(q) | _lookup_values(c.compare):
        found.update(index.by_value.get(value, ()))
        for factor in _THOUSANDS[:3]:
            found.update(index.by_value.get(_key(value * factor), ()))
            found.update(index.by_value.get(_key(value / factor), ()))
    for word in c.local:
        posting = index.by_word.get(word, ())
        if len(posting) <= _COMMON_POSTING:
            found.update(posting)
        # Figures further off in a sentence that shares the words ("The People's Party, which
        # has led the government for eight years, came second with 24.8%").
        sentences = index.by_sentence_word.get(word, ())
        if len(sentences) <= _COMMON_POSTING:
            for sentence in sentences:
                found.update(index.by_sentence[sentence])
    return found


def _attribution_conflict(index: SourceIndex, c: _Slot, s: _Slot) -> bool:
    """The claim gives the figure to a subject the source gives it to someone else.

    Either the source sentence gives another figure to the claim's subject ("France will send
    40 tanks and Italy 12"; claim: Italy, 40), or the claim names a subject the source knows but
    the matching sentence never mentions, while that sentence names its own ("Germany committed
    €1.9 billion"; claim: the Netherlands, €1.9 billion)...
    """
    # Only names the claim puts right before this figure count: a second figure in a sentence
    # ("killed two people and left 50 missing") inherits the first one's subject.
    if not c.segment or c.segment & s.entities:
        return False
    for position in index.by_sentence.get(s.sentence, ()):
        other = index.slots[position]
        if other is s or _GROUP.get(other.quantity.kind) != _GROUP.get(s.quantity.kind):
            continue
        if other.quantity.value != s.quantity.value and c.segment & other.entities:
            return True
    named = c.segment & index.entities
    return bool(named and s.entities and not named & index.sentence_entities[s.sentence])


def _date_conflict(c: _Slot, s: _Slot) -> bool:
    """'2.1% in September' where the source says '2.1% in October'."""
    if c.when is None or s.when is None:
        return False
    return not _dates_agree(c.when, s.when)


def _check_quantity(
    index: SourceIndex, claim: _Claim, c: _Slot, anchors: frozenset[int] = frozenset()
) -> _Finding:
    if c.bare:
        # Unread digits can only be looked up as written.
        if c.quantity.text in index.digits:
            return _Finding(Verdict.SUPPORTED, [], None)
        return _Finding(Verdict.UNSUPPORTED, ["not_found"], None)
    matches: list[tuple[float, _Slot, str | None]] = []
    near: list[tuple[float, _Slot, str]] = []
    rivals: list[tuple[float, _Slot]] = []
    for position in _candidates(index, c):
        s = index.slots[position]
        relation = _relation(c, s)
        if relation is None:
            continue
        kind, detail = relation
        score = _score(claim, c, index, s, anchors)
        if kind == _MATCH:
            matches.append((score, s, detail))
        elif kind == _RIVAL:
            rivals.append((score, s))
        else:
            near.append((score, s, kind))

    def order(slot: _Slot) -> int:
        return slot.quantity.span[0]  # ties go to the figure written first

    best_rival = max(rivals, key=lambda r: (r[0], -order(r[1])), default=None)
    best_match = max(matches, key=lambda m: (m[0], m[2] == "exact", -order(m[1])), default=None)
    best_near = max(near, key=lambda n: (n[0], -order(n[1])), default=None)
    # The same digits with one thing changed (scale, currency, unit, qualifier) are strong
    # evidence that the claim is about that figure; they beat a match only when clearly closer.
    if (
        best_near
        and best_near[0] >= _NEAR_MIN
        and (
            best_match is None
            or (best_near[0] > best_match[0] + 1 and not c.local & best_match[1].local)
        )
    ):
        if not _overruled(claim, c, best_near[0], best_near[1], best_rival):
            return _Finding(Verdict.CONTRADICTED, [best_near[2]], best_near[1])
    elif best_match:
        score, s, detail = best_match
        if _overruled(claim, c, score, s, best_rival):
            assert best_rival is not None
            rival = best_rival[1]
            if c.segment & rival.entities and not c.segment & s.entities:
                # The claim's figure is in the source, but said of someone else.
                return _Finding(Verdict.CONTRADICTED, ["attribution_mismatch"], s)
            return _contradicted(c, rival)
        if _attribution_conflict(index, c, s):
            return _Finding(Verdict.CONTRADICTED, ["attribution_mismatch"], s)
        if _date_conflict(c, s):
            return _Finding(Verdict.CONTRADICTED, ["date_mismatch"], s)
        if c.quantity.vague and best_near and best_near[0] > score:
            # "millions" fits some figure, but the figure the claim is about is another order
            return _Finding(Verdict.CONTRADICTED, ["scale_mismatch"], best_near[1])
        return _Finding(Verdict.SUPPORTED, ["rounded"] if detail == "rounded" else [], s)
    if best_rival and best_rival[0] >= _TOPICAL:
        return _contradicted(c, best_rival[1])
    return _Finding(Verdict.UNSUPPORTED, ["not_found"], None)


def _overruled(
    claim: _Claim, c: _Slot, score: float, s: _Slot, rival: tuple[float, _Slot] | None
) -> bool:
    """A figure found elsewhere in the source loses to another figure clearly about the claim:
    far closer in context, or two figures swapped ("Seven drowned and 17 were killed" for "17
    drowned and seven were killed": each figure's neighbouring words sit by the other)."""
    if rival is None or c.segment & s.entities:
        return False  # the match is said of the claim's own subject
    other = rival[1]
    if rival[0] >= 1.25 * score + 1 and len(c.clause & s.local) < len(c.clause & other.local):
        return True
    if other.sentence != s.sentence or not c.near & other.near or c.near & s.near:
        return False
    return any(
        partner is not c and partner.quantity.value == other.quantity.value
        and partner.near & s.near
        for partner in claim.slots
    )  # fmt: skip


def _contradicted(c: _Slot, s: _Slot) -> _Finding:
    reason = _MISMATCH.get(_GROUP.get(c.quantity.kind, ""), "value_mismatch")
    if c.quantity.vague or s.quantity.vague:
        reason = "scale_mismatch"
    return _Finding(Verdict.CONTRADICTED, [reason], s)


def _with_name_numbers(index: SourceIndex, claim: _Claim, c: _Slot, finding: _Finding) -> _Finding:
    """A count the source only ever writes inside a name ("Big Four") is not supported by it."""
    if finding.verdict is Verdict.SUPPORTED or _GROUP.get(c.quantity.kind) != "amount":
        return finding
    spans = index.name_numbers.get(_key(c.quantity.value), ())
    for span in spans:
        sentence = _bisect(index.starts, span[0])
        if claim.words & index.sentence_words[sentence]:
            reasons = [r for r in finding.reasons if r != "not_found"] + ["number_in_name"]
            return _Finding(Verdict.CONTRADICTED, reasons, finding.slot, span)
    return finding


def _evidence(index: SourceIndex, sentence: int, span: tuple[int, int]) -> Evidence:
    start, end = index.sentences[sentence]
    return Evidence(
        sentence=index.text[start:end].strip(),
        sentence_span=(start, end),
        quantity_text=index.text[span[0] : span[1]],
        quantity_span=span,
    )


def _reading(q: Quantity) -> tuple[object, ...]:
    return q.value, q.kind, q.unit, q.currency, q.qualifier, q.low, q.high


def _verbatim(index: SourceIndex, claim: _Claim) -> list[Evidence] | None:
    """Evidence for a claim copied word for word from the source, figure by figure, or None."""
    position = index.text.find(claim.text)
    if position < 0:
        return None
    evidence = []
    for slot in claim.slots:
        start, end = slot.quantity.span
        shift = position - claim.start
        found = index.by_span.get((start + shift, end + shift))
        if found is None or _reading(found.quantity) != _reading(slot.quantity):
            # The source reads the figure differently there ("As many as 300 workers" holds
            # "300 workers"): check it properly.
            return None
        item = _evidence(index, found.sentence, found.quantity.span)
        if item not in evidence:
            evidence.append(item)
    return evidence


def _check(index: SourceIndex, claim: _Claim) -> tuple[Verdict, list[str], list[Evidence]]:
    copied = _verbatim(index, claim)
    if copied is not None:
        return Verdict.SUPPORTED, [], copied
    verdict = Verdict.SUPPORTED
    reasons: list[str] = []
    evidence: list[Evidence] = []
    # A summary sentence usually condenses one source sentence: where the claim's other figures
    # are found is where to look first for this one.
    first = [_check_quantity(index, claim, slot) for slot in claim.slots]
    supported = [
        f.slot.sentence if f.verdict is Verdict.SUPPORTED and f.slot else None for f in first
    ]
    for number, slot in enumerate(claim.slots):
        anchors = frozenset(
            sentence
            for other, sentence in enumerate(supported)
            if other != number and sentence is not None
        )
        finding = _check_quantity(index, claim, slot, anchors) if anchors else first[number]
        finding = _with_name_numbers(index, claim, slot, finding)
        if _RANK[finding.verdict] > _RANK[verdict]:
            verdict = finding.verdict
        reasons.extend(r for r in finding.reasons if r not in reasons)
        found = []
        if finding.slot is not None:
            found.append(_evidence(index, finding.slot.sentence, finding.slot.quantity.span))
        if finding.name is not None:
            found.append(_evidence(index, _bisect(index.starts, finding.name[0]), finding.name))
        evidence.extend(item for item in found if item not in evidence)
    if verdict is not Verdict.SUPPORTED:
        # "rounded" describes support; on a flagged sentence it would only distract.
        reasons = [r for r in reasons if r != "rounded"] or reasons
    return verdict, reasons, evidence


# --------------------------------------------------------------------------- public API


def _as_index(source: str | SourceIndex) -> SourceIndex:
    return source if isinstance(source, SourceIndex) else index_source(source)


def _claims_in(text: str, known: frozenset[str]) -> list[tuple[tuple[int, int], _Claim]]:
    sentences = _sentences(text)
    quantities, bare = _read_quantities(text, claim=True)
    layout = _layout(text, sentences, quantities, known, bare)
    grouped: dict[int, list[_Slot]] = {}
    for slot in layout.slots:
        grouped.setdefault(slot.sentence, []).append(slot)
    claims = []
    for number, sentence_slots in sorted(grouped.items()):
        start, end = sentences[number]
        raw = text[start:end]
        start += len(raw) - len(raw.lstrip())
        end -= len(raw) - len(raw.rstrip())
        claim = _Claim(
            text[start:end],
            layout.sentence_words[number],
            sentence_slots,
            layout.sentence_entities[number],
            start,
        )
        claims.append(((start, end), claim))
    return claims


def check_text(source: str | SourceIndex, text: str, *, origin: str = "text") -> CheckReport:
    """Check every quantity-bearing sentence of ``text`` against ``source``.

    ``source`` is the article text or a :class:`SourceIndex` built once with
    :func:`index_source`. One :class:`ClaimCheck` per sentence that holds a quantity, with
    ``claim_span`` giving its place in ``text``; its verdict is the worst over its quantities.
    """
    index = _as_index(source)
    checks = []
    for span, claim in _claims_in(text, index.names):
        verdict, reasons, evidence = _check(index, claim)
        checks.append(
            ClaimCheck(
                claim=claim.text,
                origin=origin,  # type: ignore[arg-type]
                quantities=[slot.quantity for slot in claim.slots],
                verdict=verdict,
                reasons=reasons,
                evidence=evidence,
                claim_span=span,
            )
        )
    return CheckReport(checks=checks)


def check_claims(
    source: str | SourceIndex,
    claims: Iterable[str | DraftClaim],
    *,
    origin: str = "claim",
) -> CheckReport:
    """Check structured claims against ``source``, one :class:`ClaimCheck` per claim.

    A claim is a sentence (``str``) or a :class:`DraftClaim`, whose ``quote`` must occur in the
    source: a quote that does not is reported as ``quote_not_in_source`` and never used as
    evidence. A claim with no quantity in it is ``unsupported`` with reason ``no_quantity``.
    """
    index = _as_index(source)
    checks = []
    for item in claims:
        text = item if isinstance(item, str) else item.text
        sentence = (0, len(text))
        quantities, bare = _read_quantities(text, claim=True)
        layout = _layout(text, [sentence], quantities, index.names, bare)
        slots = layout.slots
        claim = _Claim(
            text.strip(),
            layout.sentence_words[0],
            slots,
            layout.sentence_entities[0],
            len(text) - len(text.lstrip()),
        )
        if slots:
            verdict, reasons, evidence = _check(index, claim)
        else:
            verdict, reasons, evidence = Verdict.UNSUPPORTED, ["no_quantity"], []
        # The same test the Draft validator applies, so a quote it let through is not flagged.
        if isinstance(item, DraftClaim) and not quote_in_text(item.quote, index.text):
            reasons.append("quote_not_in_source")
            if verdict is Verdict.SUPPORTED:
                verdict = Verdict.UNSUPPORTED
        checks.append(
            ClaimCheck(
                claim=claim.text,
                origin=origin,  # type: ignore[arg-type]
                quantities=[slot.quantity for slot in slots],
                verdict=verdict,
                reasons=reasons,
                evidence=evidence,
            )
        )
    return CheckReport(checks=checks)
