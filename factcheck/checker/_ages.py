"""People's ages, for the ``age_of_person`` rule.

News gives a person's age beside the name: "Abbie, 12, was sent a message", "Martin Richard, 8",
"the 23-year-old Lingzi Lu". A summary that gives that person another age ("Abbie Conman, 17")
is wrong whatever else in the article is 17 (the "17-year-old boy" she was writing to): the
article ties the age to the name. Names meet when the words of one are all in the other
("Abbie" and "Abbie Conman"), so "Bill Richard" is not his son "Martin Richard".

Pure.
"""

from __future__ import annotations

import re

from factcheck.checker._locate import _PERSON, _apposed_name
from factcheck.models import Qualifier, Quantity, QuantityKind

# "23-year-old Martin Richard", "the 8-year-old boy Martin Richard"
_AFTER_ADJECTIVE = re.compile(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}?" + _PERSON)
_YEAR_OLD = re.compile(r"years?[ -]old$", re.IGNORECASE)
_NOT_NAMES = frozenset(("the", "a", "an", "he", "she", "they", "his", "her", "mr", "mrs", "ms"))


def age_holder(text: str, q: Quantity, start: int, end: int) -> frozenset[str] | None:
    """The words of the name whose age ``q`` (at ``text[start:end]``) is, when the text ties
    an age to a name."""
    name = holder_name(text, q, start, end)
    return _words(name) if name is not None else None


def holder_name(text: str, q: Quantity, start: int, end: int) -> str | None:
    """The name, as written, whose age ``q`` is: "Abbie" in "Abbie, 12"."""
    if q.qualifier is not Qualifier.EXACT or not 0 < q.value < 120:
        return None
    if q.value != q.value.to_integral_value():
        return None
    if q.kind is QuantityKind.COUNT and not q.unit:
        return _apposed_name(text, q, start, end)
    if q.kind is QuantityKind.DURATION and _YEAR_OLD.search(q.text):
        after = _AFTER_ADJECTIVE.match(text, end)
        return after.group("name") if after is not None else None
    return None


def _words(name: str) -> frozenset[str] | None:
    words = frozenset(w.lower().strip("'’") for w in name.split()) - _NOT_NAMES
    return words or None


def same_person(a: frozenset[str], b: frozenset[str]) -> bool:
    """"Abbie" is "Abbie Conman"; "Bill Richard" is not "Martin Richard"."""
    return a <= b or b <= a
