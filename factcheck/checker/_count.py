"""Counts a summary makes of what it names, for the ``counted`` rule.

A summary often counts the things it lists: "two rock bands: Rage Against the Machine and
Audioslave", "Three Republicans - Ted Cruz, Rand Paul and Marco Rubio", "Eritrea and Syria as two
countries". The article need not write the number: it names each of them. Such a count is
supported when the sentence lists exactly that many names right beside it, and the article names
every one of them. A list that is only a part ("including A and B") proves nothing about the
count, and a name the article never writes is not evidence.

Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.checker._index import SourceIndex
from factcheck.checker._locate import _TOKEN, _lemma
from factcheck.checker._tuning import TUNING
from factcheck.models import Qualifier, Quantity, QuantityKind

# A name in a list: capitalised words, with the small words names carry ("Rage Against the
# Machine", "Francis I of France", "Plan B (Ben Drew)").
_NAME = (
    r"[A-Z][\w'’.-]*(?:[ ]+(?:(?:of|the|de|la|le|van|von|du|da|al|bin|and[ ]the)[ ]+)?"
    r"[A-Z0-9][\w'’.-]*)*(?:[ ]+\([^()]{1,40}\))?"
)
# After the count and at most four words of what it counts: a colon, a dash, a bracket or an
# apposition ("two predecessors, John Paul II and Benedict XVI,"), or "from"/"by" (scorers), then
# the names, the last after "and"/"&".
_AFTER = re.compile(
    rf"(?:[ ]+[\w'’-]+){{0,4}}?[ ]*(?::|[ ]?[-–—][ ]?|\(|,|[ ]+(?:from|by|namely))[ ]*"
    rf"(?P<list>{_NAME}(?:[ ]*,[ ]*{_NAME})*,?[ ]+(?:and|&)[ ]+{_NAME})"
)
# Before it: "Eritrea and Syria as two countries", "Cruz, Paul and Rubio are the three".
_BEFORE = re.compile(
    rf"(?P<list>{_NAME}(?:[ ]*,[ ]*{_NAME})*,?[ ]+(?:and|&)[ ]+{_NAME})[ ]+"
    r"(?:as|are|were|,)[ ]+(?:the[ ]+|these[ ]+|its[ ]+|their[ ]+)?\Z"
)
_SPLIT = re.compile(r"[ ]*,[ ]*(?:(?:and|&)[ ]+)?|[ ]+(?:and|&)[ ]+")
_PARTIAL = re.compile(r"\b(?:including|includes|include|such[ ]as|like|among)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Count:
    names: tuple[str, ...]
    words: str  # "3 named in the article: Ted Cruz, Rand Paul, Marco Rubio"


def count_of_names(
    index: SourceIndex, text: str, start: int, end: int, q: Quantity
) -> Count | None:
    """The names a claim's count counts, when the sentence lists exactly that many right beside
    the count (``text[start:end]`` is the figure) and the article names each of them."""
    if (
        q.kind is not QuantityKind.COUNT
        or q.vague
        or q.qualifier not in (Qualifier.EXACT, None)
        or q.low is not None
        or q.value != q.value.to_integral_value()
        or not 2 <= q.value <= TUNING.listed_most
    ):
        return None
    names = _listed(text, start, end)
    if names is None or len(names) != q.value:
        return None
    if not all(_named_in(index, name) for name in names):
        return None
    return Count(names, f"{int(q.value)} named in the article: {', '.join(names)}")


def _listed(text: str, start: int, end: int) -> tuple[str, ...] | None:
    after = _AFTER.match(text, end)
    if after is not None and not _PARTIAL.search(text, end, after.start("list")):
        return _items(after.group("list"))
    before = _BEFORE.search(text[max(0, start - 160) : start])
    if before is not None:
        return _items(before.group("list"))
    return None


def _items(listed: str) -> tuple[str, ...]:
    items = (item.strip().rstrip(".") for item in _SPLIT.split(listed.strip(" ,")))
    return tuple(item for item in items if item)


def _named_in(index: SourceIndex, name: str) -> bool:
    """Whether the article writes the name: each of its capitalised words (a surname is enough
    for a full name: at least the last word must be there)."""
    bare = re.sub(r"\([^()]*\)", " ", name)
    words = [w for w in _TOKEN.findall(bare) if w[:1].isupper()]
    if not words:
        return False
    known = [_lemma(w) in index.vocabulary or w.lower() in index.names for w in words]
    return known[-1] and sum(known) * 2 >= len(known)
