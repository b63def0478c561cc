"""Who a claim's role stands for: "the developer" is "developer Brian Bailey" of the article.

A summary often calls a person or body by the role the article gives them ("the developer",
"the governor", "the striker") instead of the name. The absence of the name is no evidence of
another party; the role itself is evidence of this one when the article ties it to a name: a
role written right before the name ("developer Brian Bailey", "Governor Mark Carney") or after
it as an apposition ("Brian Bailey, a real estate developer,"). The article's roles are read
once, when it is indexed (:func:`source_roles`); :func:`role_subjects` reads a claim's.

Pure.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from typing import TYPE_CHECKING

from factcheck.checker._locate import _STOPWORDS, _bisect, _Claim, _lemma, _name_key, _Slot

if TYPE_CHECKING:
    from factcheck.checker._index import SourceIndex

_NAME = r"[A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+){0,3}"
_ROLE = r"[A-Za-z][a-z-]{3,}"
# "developer Brian Bailey", "Governor Mark Carney"
_BEFORE = re.compile(rf"\b(?P<role>{_ROLE})[ ]+(?P<name>{_NAME})")
# "Brian Bailey, 53, a D.C. real estate developer," / "Mark Carney, the governor of the Bank"
_AFTER = re.compile(
    rf"(?P<name>{_NAME}),[ ]+(?:\d+,[ ]+)?(?:a|an|the)[ ]+(?:[\w.'’-]+[ ]+){{0,4}}?"
    r"(?P<role>[a-z][a-z-]{3,})"
    r"(?=[ ]*(?:[,.;:)\n]|\Z)|[ ]+(?:of|at|for|from|in|with|who|whose|and|based)\b)"
)
# In a claim: "the developer", "the FBI agent", "the former Manchester United striker"
_THE_ROLE = re.compile(r"\b[Tt]he[ ]+(?:[\w'’-]+[ ]+){0,3}?(?P<role>[a-z][a-z-]{3,})\b")


def source_roles(
    text: str, sentences: Sequence[tuple[int, int]], instructions: Container[int]
) -> dict[str, frozenset[str]]:
    """Each role the article ties to a name, as a stem, with the name's keys. An apposition
    may run past an abbreviation's full stop ("a D.C. real estate developer"), so the text is
    read whole; nothing is read from a sentence addressed to a model."""
    starts = [start for start, _ in sentences]
    found: dict[str, set[str]] = {}
    for pattern in (_BEFORE, _AFTER):
        for m in pattern.finditer(text):
            if _bisect(starts, m.start()) in instructions:
                continue
            role = m.group("role").lower()
            if role in _STOPWORDS:
                continue
            keys = {_name_key(word) for word in m.group("name").split()}
            found.setdefault(_lemma(role), set()).update(keys)
    return {role: frozenset(keys) for role, keys in found.items()}


def role_subjects(index: SourceIndex, claim: _Claim, c: _Slot) -> frozenset[str]:
    """The names the roles a claim puts before this figure (after the figure before it) stand
    for: "The agent got 24 months, the developer 48" gives 48 to the developer's name."""
    if not index.roles:
        return frozenset()
    start, end = claim.lead_in(c)
    found: set[str] = set()
    for m in _THE_ROLE.finditer(claim.text, start, max(start, end)):
        found |= index.roles.get(_lemma(m.group("role")), frozenset())
    return frozenset(found)
