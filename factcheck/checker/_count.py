"""Counts a summary makes of what it names, for the ``counted`` rule.

A summary often counts the things it lists: "two rock bands: Rage Against the Machine and
Audioslave", "Three Republicans - Ted Cruz, Rand Paul and Marco Rubio", "Eritrea and Syria as two
countries". The article need not write the number: it names each of them. Such a count is
supported when the sentence lists exactly that many names right beside it, and the article names
every one of them. A list that is only a part ("including A and B") proves nothing about the
count, and a name the article never writes is not evidence.

The article may list what the summary only counts: "two New York police officers" for "officers
Rafael Ramos and Wenjian Liu", "a conversation between two boys" for "a conversation between
Albert and Bernard". Such a list counts what the summary counts when it follows the same noun,
or follows "between" (which always names the whole set) in a sentence that shares the claim's
words; the article's lists are read once, when it is indexed (:func:`source_lists`).

Pure.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.checker._locate import _SYNONYM, _TOKEN, _lemma, _Slot
from factcheck.checker._tuning import TUNING
from factcheck.models import Qualifier, Quantity, QuantityKind
from factcheck.quantities import counted_noun

if TYPE_CHECKING:
    from factcheck.checker._index import SourceIndex

# A name in a list: capitalised words, with the small words names carry ("Rage Against the
# Machine", "Francis I of France", "Plan B (Ben Drew)").
_NAME_WORDS = (
    r"[A-Z][\w'’.-]*(?:[ ]+(?:(?:of|the|de|la|le|van|von|du|da|al|bin|and[ ]the)[ ]+)?"
    r"[A-Z0-9][\w'’.-]*)*"
)
_NAME = rf"{_NAME_WORDS}(?:[ ]+\([^()]{{1,40}}\))?"
# After the count and at most four words of what it counts: a colon, a dash, a bracket or an
# apposition ("two predecessors, John Paul II and Benedict XVI,"), or "from"/"by" (scorers), then
# the names, the last after "and"/"&".
# A name may carry an apposition ("French Montana, an American rapper, and Plan B").
_APPOSED = rf"{_NAME}(?:[ ]*,[ ]*(?:an?|the)[ ]+[A-Za-z][^,;:()]{{0,60}}?(?=[ ]*,))?"
_AFTER = re.compile(
    rf"(?:[ ]+[\w'’-]+){{0,6}}?[ ]*(?::|[ ]?[-–—][ ]?|\(|,|[ ]+(?:from|by|namely))[ ]*"
    rf"(?P<list>{_APPOSED}(?:[ ]*,[ ]*{_APPOSED})*,?[ ]+(?:and|&)[ ]+{_NAME})"
)
# Before it: "Eritrea and Syria as two countries", "Cruz, Paul and Rubio are the three".
_BEFORE = re.compile(
    rf"(?P<list>{_NAME}(?:[ ]*,[ ]*{_NAME})*,?[ ]+(?:and|&)[ ]+{_NAME})[ ]+"
    r"(?:as|are|were|,)[ ]+(?:the[ ]+|these[ ]+|its[ ]+|their[ ]+)?\Z"
)
# In the article: a list right after a noun ("officers Rafael Ramos and Wenjian Liu") or after
# "between" ("between President Barack Obama and Cuban President Raul Castro").
_LEAD = re.compile(
    rf"\b(?:(?P<between>between)|(?P<noun>[a-z][a-z'’-]+))[ ]+"
    rf"(?P<list>{_NAME}(?:[ ]*,[ ]*{_NAME})*,?[ ]+(?:and|&)[ ]+{_NAME})"
)
# A sentence that defines a name, as a reference work or a disambiguation page opens each entry:
# "Veeram (Valour) is a 2014 Indian Tamil action film", "Francis I (François Ier) (12 September
# 1494 -- 31 March 1547) was the first King of France", or a bare heading "Home for the Holidays
# (1995 film)."
_BRACKETED = r"[ ]*\((?:[^()]|\([^()]*\))*\)"
_DEFINES = re.compile(
    rf"[\"“‘']?(?P<name>{_NAME_WORDS})[\"”’']?(?:(?:{_BRACKETED})+[ ]*(?:is|was|are|were)\b|"
    rf"(?:{_BRACKETED})*[ ]*(?:(?:is|was|are|were)[ ]+(?:also[ ]+)?(?:an?|the|one)\b|[.:]?[ ]*\Z))"
)
# Words by which a claim counts what a name stands for: "two individuals named Francis I", "a
# film title used for two different movies", "a term that refers to two different works".
_NAMING = re.compile(r"\b(?:named|called|titled|titles?|names?|refers?|referring)\b")
_NAME_IN_CLAIM = re.compile(rf"[\"“‘']?(?P<name>{_NAME_WORDS})")
# A claim's counted noun and the noun after it, when the two make one ("two police officers").
_HEAD = re.compile(r"(?:[ ]+[A-Z][\w'’.-]*)*[ ]+(?P<unit>[a-z]+)[ ]+(?P<head>[a-z]+)\b")
_SPLIT = re.compile(r"[ ]*,[ ]*(?:(?:and|&)[ ]+)?|[ ]+(?:and|&)[ ]+")
_PARTIAL = re.compile(r"\b(?:including|includes|include|such[ ]as|like|among)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Count:
    names: tuple[str, ...]
    words: str  # "3 named in the article: Ted Cruz, Rand Paul, Marco Rubio"
    span: tuple[int, int] | None = None  # the article's list, when the article lists them


@dataclass(frozen=True)
class Listed:
    """A list of names in the article, with what introduces it."""

    sentence: int
    span: tuple[int, int]  # where the list is in the article
    names: tuple[str, ...]
    noun: str | None  # the counted noun right before it ("officers" -> "officer")
    between: bool  # after "between": the whole set


def source_lists(
    text: str, sentences: Iterable[tuple[int, int]], instructions: Container[int]
) -> dict[int, list[Listed]]:
    """The article's lists of two or more names, filed by how many they name (none from a
    sentence addressed to a model)."""
    found: dict[int, list[Listed]] = {}
    for number, (start, end) in enumerate(sentences):
        if number in instructions:
            continue
        for m in _LEAD.finditer(text, start, end):
            if m.group("noun") and _PARTIAL.fullmatch(m.group("noun")):
                continue  # "including A and B" is a part
            names = _items(m.group("list"))
            noun = counted_noun(m.group("noun")) if m.group("noun") else None
            listed = Listed(number, m.span("list"), names, noun, bool(m.group("between")))
            found.setdefault(len(names), []).append(listed)
    return found


def _name_form(name: str) -> str:
    return " ".join(name.lower().rstrip(".").split())


def source_definitions(
    text: str, sentences: Iterable[tuple[int, int]], instructions: Container[int]
) -> dict[str, int]:
    """How many of the article's sentences define each name that more than one defines (a
    page that tells of two films titled "Veeram" opens two sentences with "Veeram ... is a")."""
    found: dict[str, int] = {}
    for number, (start, end) in enumerate(sentences):
        m = _DEFINES.match(text[start:end].rstrip())
        if m is not None and number not in instructions:
            name = _name_form(m.group("name"))
            found[name] = found.get(name, 0) + 1
    return {name: n for name, n in found.items() if n > 1}


def count_of_definitions(index: SourceIndex, text: str, q: Quantity) -> Count | None:
    """A claim's count of the things a name stands for ("two individuals named Francis I")
    where the article defines that name exactly that many times."""
    if not _countable(q) or not index.definitions or not _NAMING.search(text):
        return None
    for m in _NAME_IN_CLAIM.finditer(text):
        name = _name_form(m.group("name"))
        if index.definitions.get(name) == q.value:
            said = f"{int(q.value)} defined in the article as {m.group('name').rstrip('.')}"
            return Count((m.group("name"),) * int(q.value), said)
    return None


def _countable(q: Quantity) -> bool:
    return (
        q.kind is QuantityKind.COUNT
        and not q.vague
        and q.qualifier in (Qualifier.EXACT, None)
        and q.low is None
        and q.value == q.value.to_integral_value()
        and 2 <= q.value <= TUNING.listed_most
    )


def counted_nouns(q: Quantity, text: str, end: int) -> set[str]:
    """What a claim's count counts, as nouns a list in the article may follow: its unit, the
    unit's synonyms, and the noun after the unit when the two make one ("police officers")."""
    if not q.unit:
        return set()
    unit = q.unit.split()[-1]
    nouns = {unit} | _SYNONYM.get(_lemma(unit), frozenset())
    head = _HEAD.match(text, end)
    if head is not None and counted_noun(head.group("unit")) == unit:
        nouns.add(counted_noun(head.group("head")))
    return nouns


def count_in_source(index: SourceIndex, c: _Slot, text: str, end: int) -> Count | None:
    """The names of an article's list that a claim's count counts: a list of exactly that many
    after the claim's counted noun, or after "between" in a sentence with the claim's noun or
    the words right by its figure (``text[:end]`` is the claim up to the figure)."""
    q = c.quantity
    if not _countable(q) or not q.unit:
        return None
    nouns = counted_nouns(q, text, end)
    stems = {_lemma(noun) for noun in nouns}
    near = {word for word in c.near - c.noun if word not in index.name_stems}  # not "Francis"
    for listed in index.lists.get(int(q.value), ())[: TUNING.common_posting]:
        words = index.sentence_words[listed.sentence]
        if listed.noun is not None and listed.noun in nouns:
            pass  # "officers Rafael Ramos and Wenjian Liu"
        elif not (listed.between and (stems | near) & words):
            continue
        names = ", ".join(listed.names)
        said = f"{int(q.value)} named in the article: {names}"
        return Count(listed.names, said, listed.span)
    return None


def count_of_names(
    index: SourceIndex, text: str, start: int, end: int, q: Quantity
) -> Count | None:
    """The names a claim's count counts, when the sentence lists exactly that many right beside
    the count (``text[start:end]`` is the figure) and the article names each of them."""
    if not _countable(q):
        return None
    names = _listed(text, start, end)
    if names is None:
        return _count_of_things(index, text, end, q)
    if len(names) != q.value or not all(_named_in(index, name) for name in names):
        return None
    return Count(names, f"{int(q.value)} named in the article: {', '.join(names)}")


# After the count and a few words of what it counts, a colon and a list of things in lower case:
# "four components: dark matter, gases, stars and supermassive black holes"
_THINGS = re.compile(
    r"(?:[ ]+[\w'’-]+){0,4}?[ ]*:[ ]*(?P<list>[a-z][\w'’ -]*(?:,[ ]*[a-z][\w'’ -]*)*,?[ ]+and[ ]+"
    r"[a-z][\w'’ -]*?)[ ]*(?:[.;!?]|\Z)"
)


def _count_of_things(index: SourceIndex, text: str, end: int, q: Quantity) -> Count | None:
    """The things a claim lists after a colon, in lower case, when there are exactly that many
    and the article names each (by its last word): "four components: dark matter, gases, stars
    and supermassive black holes"."""
    m = _THINGS.match(text, end)
    if m is None:
        return None
    things = tuple(item.strip() for item in _SPLIT.split(m.group("list")) if item.strip())
    if len(things) != q.value:
        return None
    if not all(_lemma(thing.split()[-1]) in index.vocabulary for thing in things):
        return None
    return Count(things, f"{int(q.value)} listed, each in the article: {', '.join(things)}")


def names_beside(text: str, start: int, end: int) -> tuple[str, ...] | None:
    """The names a claim lists right beside its figure at ``text[start:end]``, if any."""
    return _listed(text, start, end)


def _listed(text: str, start: int, end: int) -> tuple[str, ...] | None:
    after = _AFTER.match(text, end)
    if after is not None and not _PARTIAL.search(text, end, after.start("list")):
        return _items(after.group("list"))
    before = _BEFORE.search(text[max(0, start - 160) : start])
    if before is not None:
        return _items(before.group("list"))
    return None


def _items(listed: str) -> tuple[str, ...]:
    """The names of a list, without the appositions some carry ("an American rapper")."""
    items = (item.strip().rstrip(".") for item in _SPLIT.split(listed.strip(" ,")))
    return tuple(item for item in items if item and not _APPOSITION.match(item))


_APPOSITION = re.compile(r"(?:an?|the)[ ]+[A-Za-z]")


def _named_in(index: SourceIndex, name: str) -> bool:
    """Whether the article writes the name: each of its capitalised words (a surname is enough
    for a full name: at least the last word must be there)."""
    bare = re.sub(r"\([^()]*\)", " ", name)
    words = [w for w in _TOKEN.findall(bare) if w[:1].isupper()]
    words = [w for w in words if len(w) > 1] or words  # "Plan B": an initial is no word
    if not words:
        return False
    known = [_lemma(w) in index.vocabulary or w.lower() in index.names for w in words]
    return known[-1] and sum(known) * 2 >= len(known)
