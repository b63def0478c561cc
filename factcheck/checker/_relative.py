"""Relative dates checked against the article's own, when no day of publication is known.

"on Tuesday", "last month", "this year", "two years ago" name a day only from the day they
were written. Without it (no ``published``, no dateline) they cannot become dates (see
:mod:`factcheck.checker._dates`), but a summary of an article is told from the article's own
"now": its "on Tuesday" is the article's "on Tuesday", and its "last month" for the article's
"last week" is another time. So a relative date is compared with the article's relative dates
of the same sort (a weekday with weekdays; an offset of days, weeks, months, quarters or years
with offsets), never with absolute ones:

- ``relative_date_stated``: the article uses the same relative date (the same weekday, or the
  same offset in the same unit): supported, with that sentence as evidence;
- ``relative_date_conflict``: the article never uses it, and a sentence that shares at least
  ``TUNING.relative_shared`` content words (names aside) with the claim gives another of the
  same sort
  ("Esper spoke on Tuesday" where the article has "Esper ... on Wednesday"): contradicted,
  ``date_mismatch``;
- otherwise nothing is said of it: the figure is left out, as it was before it could be read
  (absence of a day is no evidence of another one).

Weekdays that name something ("the Saturday Evening Post", "Monday Night Football") are not
dates. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from factcheck.checker._dates import _WEEKDAYS
from factcheck.checker._locate import _MONTHS, _tokens
from factcheck.checker._tuning import TUNING
from factcheck.models import Quantity, Reason, Verdict
from factcheck.quantities import parse_quantities

# The words without which a sentence holds no relative date: a cheap test before parsing it.
_HINT = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow"
    r"|ago|(?:last|next|this)[ ]+(?:year|month|week|quarter))\b",
    re.IGNORECASE,
)
# "the Saturday Evening Post": a capitalised word right after a weekday makes it a name
_NAME_AFTER = re.compile(r"[ \u00a0]+([A-Z][a-z]+)")


@dataclass(frozen=True, slots=True)
class Relative:
    """A relative date of a text, with the content words of its sentence."""

    quantity: Quantity
    sentence: int
    words: frozenset[str]


@dataclass(frozen=True, slots=True)
class RelativeFinding:
    """The verdict on a claim's relative date: the rule, and the article's date it rests on."""

    verdict: Verdict
    rule: str
    evidence: Relative
    reasons: tuple[Reason, ...] = ()


def _is_name(text: str, q: Quantity) -> bool:
    if (q.unit or "") not in _WEEKDAYS:
        return False
    after = _NAME_AFTER.match(text, q.span[1])
    return after is not None and after.group(1).lower() not in _MONTHS  # "Wednesday March 25"


def relative_dates(
    text: str,
    sentences: Sequence[tuple[int, int]],
    skip: frozenset[int] = frozenset(),
) -> list[Relative]:
    """The relative dates of ``text``, each with its sentence's content words (the date's own
    words left out); sentences in ``skip`` (instructions to a model) give none."""
    found: list[Relative] = []
    for number, (start, end) in enumerate(sentences or [(0, len(text))]):
        if number in skip or not _HINT.search(text, start, end):
            continue  # only sentences that may hold one are read again
        sentence = text[start:end]
        words: frozenset[str] | None = None
        for q in parse_quantities(sentence, relative_dates=True):
            if not q.relative or _is_name(sentence, q):
                continue
            words = _words(sentence) if words is None else words
            placed = q.model_copy(update={"span": (q.span[0] + start, q.span[1] + start)})
            found.append(Relative(placed, number, words - _words(q.text)))
    return found


def _words(text: str) -> frozenset[str]:
    """Content words, names aside: a shared name says whose, not which event ("Tiger Woods
    practised at Augusta on Tuesday" is not when "the Masters gets underway at Augusta")."""
    return frozenset(t.lemma for t in _tokens(text) if t.lemma and not t.entity)


def _sort(q: Quantity) -> str:
    return "weekday" if q.unit in _WEEKDAYS else "offset"


def _key(q: Quantity) -> tuple[str | None, Decimal | None]:
    """What makes two relative dates one: a weekday's name ("on Tuesday", "last Tuesday"), or
    an offset and its unit ("last month")."""
    return (q.unit, None) if _sort(q) == "weekday" else (q.unit, q.value)


@dataclass(frozen=True, slots=True)
class Relatives:
    """An article's relative dates, filed by the date and by each content word of their
    sentences, so that judging a claim's costs look-ups, not a scan of the article."""

    by_date: dict[tuple[str | None, Decimal | None], list[Relative]]
    by_word: dict[str, list[Relative]]

    @classmethod
    def of(cls, found: Sequence[Relative]) -> Relatives:
        by_date: dict[tuple[str | None, Decimal | None], list[Relative]] = {}
        by_word: dict[str, list[Relative]] = {}
        for relative in found:
            by_date.setdefault(_key(relative.quantity), []).append(relative)
            for word in relative.words:
                by_word.setdefault(word, []).append(relative)
        return cls(by_date, by_word)


NO_RELATIVES = Relatives({}, {})


def judge(claim: Relative, article: Relatives) -> RelativeFinding | None:
    """The verdict on a claim's relative date against the article's, or None where the article
    says nothing that bears on it."""
    q = claim.quantity
    stated = article.by_date.get(_key(q), [])[: TUNING.common_posting]
    if stated:
        best = max(stated, key=lambda r: (len(claim.words & r.words), -r.sentence))
        return RelativeFinding(Verdict.SUPPORTED, "relative_date_stated", best)
    shared: Counter[int] = Counter()
    by_id: dict[int, Relative] = {}
    for word in claim.words:
        posting = article.by_word.get(word, [])
        if len(posting) > TUNING.common_posting:
            continue  # a word by that many dates says little about any one of them
        for relative in posting:
            if _sort(relative.quantity) == _sort(q):
                shared[id(relative)] += 1
                by_id[id(relative)] = relative
    others = [by_id[k] for k, n in shared.items() if n >= TUNING.relative_shared]
    if not others:
        return None
    rival = max(others, key=lambda r: (shared[id(r)], -r.sentence))
    return RelativeFinding(
        Verdict.CONTRADICTED, "relative_date_conflict", rival, (Reason.DATE_MISMATCH,)
    )
