"""A source article indexed once: sentences, figures and look-up tables for checking claims.

Build it with :func:`index_source`; the checker then looks up a handful of candidate figures
for each claim figure (by value and by context word) instead of scanning the whole source, so
checking a claim costs the same whatever the source's length.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from factcheck.checker._ages import age_holder
from factcheck.checker._compare import _date_parts
from factcheck.checker._count import Listed, source_definitions, source_lists
from factcheck.checker._dates import published_date, published_year
from factcheck.checker._instructions import is_instruction
from factcheck.checker._locate import (
    _DIGITS,
    _calendar_years,
    _initials,
    _key,
    _layout,
    _lemma,
    _name_key,
    _name_numbers,
    _read_quantities,
    _sentences,
    _Slot,
    clock_key,
)
from factcheck.checker._relative import NO_RELATIVES, Relatives, relative_dates
from factcheck.checker._roles import source_roles
from factcheck.models import Quantity, QuantityKind
from factcheck.quantities import dateline


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
    # the acronyms the source's longer names may be written as, each with the name keys of
    # the name it stands for ("ecb" -> "euro", "cent", "bank")
    acronyms: dict[str, frozenset[str]] = field(default_factory=dict)
    # digit string -> the sentences it is written in (instructions to a model left out)
    digit_sentences: dict[str, list[int]] = field(default_factory=dict)
    starts: list[int] = field(default_factory=list)  # where each sentence starts
    by_value: dict[Decimal, list[int]] = field(default_factory=dict)
    by_word: dict[str, list[int]] = field(default_factory=dict)
    by_sentence: dict[int, list[int]] = field(default_factory=dict)
    by_span: dict[tuple[int, int], _Slot] = field(default_factory=dict)
    # word -> the sentences with figures that use it
    by_sentence_word: dict[str, list[int]] = field(default_factory=dict)
    name_numbers: dict[Decimal, list[tuple[int, int]]] = field(default_factory=dict)
    by_subject: dict[str, list[int]] = field(default_factory=dict)  # name key -> its figures
    peers: dict[str, frozenset[str]] = field(default_factory=dict)  # names listed together
    # sentences addressed to a model, not to readers: never evidence (see _instructions)
    instructions: frozenset[int] = frozenset()
    # "last year" dated only by an opening dateline: support for a claim's year, never a rival
    # value of one nor an operand (a dateline is too weak a date to contradict with)
    dated_only: frozenset[tuple[int, int]] = frozenset()
    published: date | None = None  # the day of publication, when known
    # without it, the day of the article's opening dateline ("(Jul 8, 2014  9:12 AM CDT) ...")
    dated: date | None = None
    published_year: int | None = None
    # ages tied to names ("Abbie, 12"): each name word -> (slot position, the name's words)
    ages: dict[str, list[tuple[int, frozenset[str]]]] = field(default_factory=dict)
    vocabulary: frozenset[str] = frozenset()  # every content word of the source, as lemmas
    # name keys the article also writes as common words ("Canyon Fire" and "the fire")
    common: frozenset[str] = frozenset()
    # every figure's value with its position, in value order: the figures near a value
    ordered: list[tuple[Decimal, int]] = field(default_factory=list)
    # lists of names ("officers Rafael Ramos and Wenjian Liu"), filed by how many they name
    lists: dict[int, list[Listed]] = field(default_factory=dict)
    # roles tied to names ("developer Brian Bailey"): role stem -> the name's keys
    roles: dict[str, frozenset[str]] = field(default_factory=dict)
    listed_nouns: frozenset[str] = frozenset()  # the nouns the lists follow ("officer")
    # names more than one sentence defines ("Veeram (Valour) is a 2014 ... film") -> how many
    definitions: dict[str, int] = field(default_factory=dict)
    name_stems: frozenset[str] = frozenset()  # ``names`` as the stems context words are
    # every year the article names (alone, in a date, as a range's end, by its dateline or its
    # day of publication): a claim's date may add one of these to a day the article gives
    years: frozenset[int] = frozenset()
    # relative dates ("on Tuesday", "last month") kept as written where no day of publication
    # is known, for a claim's own relative dates to be compared with (see _relative)
    relatives: Relatives = NO_RELATIVES

    def figures_of(self, names: frozenset[str]) -> list[int]:
        """Positions of the figures said right after one of ``names`` (name keys)."""
        return [p for name in names for p in self.by_subject.get(name, ())]

    @property
    def quantities(self) -> list[Quantity]:
        """Every quantity found in the source, in reading order."""
        return [slot.quantity for slot in self.slots]


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]{4,}\b")


def _acronyms(text: str) -> dict[str, frozenset[str]]:
    """Each acronym the text's longer names may be written as, with the name keys of the
    words it stands for."""
    found: dict[str, frozenset[str]] = {}
    for start, end, forms in _initials(text):
        keys = frozenset(_name_key(word) for word in text[start:end].split() if word[0].isupper())
        for form in forms:
            found[form] = found.get(form, frozenset()) | keys
    return found


def index_source(text: str, *, published: str | date | None = None) -> SourceIndex:
    """Parse a source article once, for checking any number of claims against it.

    ``published`` (a ``date`` or "2025-10-15") resolves the article's relative dates ("last
    year", "on Saturday") and lets figures derived from it be checked ("41 years after 1973").
    """
    sentences = _sentences(text)
    day = published_date(published)
    quantities, _ = _read_quantities(text, claim=False, published=day)
    # Without a day of publication, an opening dateline dates "last year" and "next year".
    dated = dateline(text) if day is None else None
    calendar = _calendar_years(text, quantities, dated) if dated is not None else []
    if calendar:
        quantities = sorted([*quantities, *calendar], key=lambda q: q.span[0])
    layout = _layout(text, sentences, quantities)
    instructions = _instruction_sentences(text, sentences)
    index = SourceIndex(
        text,
        sentences,
        layout.sentence_words,
        layout.sentence_entities,
        layout.slots,
        entities=frozenset().union(*layout.sentence_entities),
        names=layout.names,
        acronyms=_acronyms(text),
        starts=[start for start, _ in sentences],
        vocabulary=frozenset().union(*layout.sentence_words),
        common=frozenset(word[:4] for word in _LOWER_WORD.findall(text)),
        peers=layout.peers,
        instructions=instructions,
        dated_only=frozenset(q.span for q in calendar),
        published=day,
        dated=dated,
        published_year=published_year(published),
    )
    if day is None:
        index.relatives = Relatives.of(relative_dates(text, sentences, instructions))
    for number, (start, end) in enumerate(sentences):
        if number not in instructions:
            for digits in _DIGITS.findall(text, start, end):
                index.digit_sentences.setdefault(clock_key(digits), []).append(number)
    slots = layout.slots
    for position, slot in enumerate(slots):
        for value in lookup_values(slot.quantity) | lookup_values(slot.compare) | _coarser(slot):
            index.by_value.setdefault(value, []).append(position)
        for word in slot.local:
            index.by_word.setdefault(word, []).append(position)
        if slot.sentence not in index.by_sentence:
            for word in layout.sentence_words[slot.sentence]:
                index.by_sentence_word.setdefault(word, []).append(slot.sentence)
        index.by_sentence.setdefault(slot.sentence, []).append(position)
        index.by_span[slot.quantity.span] = slot
        for name in slot.entities:
            index.by_subject.setdefault(name, []).append(position)
        holder = age_holder(text, slot.quantity, *slot.quantity.span)
        for word in holder or ():
            index.ages.setdefault(word, []).append((position, holder))  # type: ignore[arg-type]
    index.name_numbers = _name_numbers(text, quantities)
    index.ordered = sorted((slot.quantity.value, n) for n, slot in enumerate(slots))
    index.lists = source_lists(text, sentences, instructions)
    index.roles = source_roles(text, sentences, instructions)
    index.definitions = source_definitions(text, sentences, instructions)
    index.listed_nouns = frozenset(
        listed.noun for lists in index.lists.values() for listed in lists if listed.noun
    )
    index.name_stems = frozenset(_lemma(name) for name in index.names)
    index.years = _years_named(slots, day or dated)
    return index


def _years_named(slots: list[_Slot], day: date | None) -> frozenset[int]:
    """The years the article names, and the year of its day of publication or dateline."""
    years = {day.year} if day is not None else set()
    for slot in slots:
        q = slot.quantity
        if q.kind is QuantityKind.YEAR:
            years.update(int(v) for v in (q.value, q.low, q.high) if v is not None)
        elif q.kind is QuantityKind.DATE and (year := _date_parts(q)[0]) is not None:
            years.add(year)
    return frozenset(years)


_NEAR_VALUES = 8  # figures looked up around a value at most: a claim's cost stays flat


def values_near(index: SourceIndex, low: Decimal, high: Decimal) -> list[int]:
    """The positions of source figures whose value lies between ``low`` and ``high`` (ends
    included), nearest the middle first, a handful at most (the figures a rounded claim may
    stand for)."""
    ordered = index.ordered
    start = bisect.bisect_left(ordered, (low, -1))
    end = bisect.bisect_right(ordered, (high, len(ordered)), start)
    middle = (low + high) / 2
    found = [(abs(value - middle), n) for value, n in ordered[start:end] if low <= value <= high]
    return [n for _, n in sorted(found)[:_NEAR_VALUES]]


_LEAD_IN_WORDS = 20  # an instruction this short with no figure of its own leads into the next


def _instruction_sentences(text: str, sentences: list[tuple[int, int]]) -> frozenset[int]:
    """Sentences addressed to a model; a short one without a figure ("Note to AI models.")
    takes the sentence after it along."""
    found: set[int] = set()
    for number, (start, end) in enumerate(sentences):
        sentence = text[start:end]
        if not is_instruction(sentence):
            continue
        found.add(number)
        if len(sentence.split()) <= _LEAD_IN_WORDS and not _DIGITS.search(sentence):
            found.add(number + 1)
    return frozenset(n for n in found if n < len(sentences))


def _coarser(slot: _Slot) -> set[Decimal]:
    """A full date is also filed under its month, its year and its day of the month: "June 30,
    2019" is where a claim of "June 2019", "in 2019" or "on June 30th" looks."""
    if slot.quantity.kind is not QuantityKind.DATE:
        return set()
    year, month, day = _date_parts(slot.quantity)
    if year is None or month is None or day is None:
        return set()
    month_of_year = _key(Decimal(year * 10000 + month * 100))
    return {month_of_year, _key(Decimal(year)), _key(Decimal(month * 100 + day))}


def lookup_values(quantity: Quantity) -> set[Decimal]:
    """The values a figure is filed under: its value and the ends of its range."""
    values = {_key(quantity.value)}
    for bound in (quantity.low, quantity.high):
        if bound is not None:
            values.add(_key(bound))
    return values
