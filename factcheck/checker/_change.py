"""How a figure sits in a change, read from the words right by it.

A summary can take the right number for the wrong part of a change: the value a change went to
for the one it came from ("sales increased to $437 million" where the article's $437 million is
what they rose from), the size of the change for either end, or the change turned the other way
("30% higher" for "30% lower"). These readers tell a figure's part (``change_role``), its
direction (``direction_of_change``) and whether it is told per something (``told_per_each``), so
that the rules can compare a claim's figure with the source's in kind as well as in value.

Pure: text in, a small answer out.
"""

from __future__ import annotations

import re

from factcheck.models import Qualifier, Quantity, QuantityKind


def _words(text: str) -> list[str]:
    return text.split()


# "five spiders per country", "3 goals a game on average": so many to each of something
_EACH = re.compile(
    r"(?:[ \u00a0]+[\w'’-]+){0,3}?[ \u00a0]+(?:per|each|apiece|on[ \u00a0]+average|"
    r"for[ \u00a0]+every|an?[ \u00a0]+(?:head|person|game|match|country|share|player|team|day|"
    r"year))\b",
    re.IGNORECASE,
)
_CHANGE_VERB = (
    r"(?:rose|rise[sn]?|rising|increas(?:e[sd]?|ing)|gr[eo]w(?:s|n|ing)?|climb(?:s|ed|ing)?|"
    r"jump(?:s|ed|ing)?|soar(?:s|ed|ing)?|surg(?:e[sd]?|ing)|fell|fall(?:s|en|ing)?|"
    r"drop(?:s|ped|ping)?|declin(?:e[sd]?|ing)|decreas(?:e[sd]?|ing)|slipp?(?:s|ed|ing)?|slid|"
    r"expand(?:s|ed|ing)?|gain(?:s|ed|ing)?|improv(?:e[sd]?|ing)|shr[ai]nk(?:s|ing)?|shrunk|"
    r"plung(?:e[sd]?|ing)|tumbl(?:e[sd]?|ing)|sank|sink(?:s|ing)?|boost(?:s|ed|ing)?|"
    r"lift(?:s|ed|ing)?|rais(?:e[sd]?|ing)|advanc(?:e[sd]?|ing)|widen(?:s|ed|ing)?|"
    r"narrow(?:s|ed|ing)?|swell(?:s|ed|ing)?|swollen|escalat(?:e[sd]?|ing)|"
    r"augment(?:s|ed|ing)?|progress(?:es|ed|ing)?|dipp?(?:s|ed|ing)?|slump(?:s|ed|ing)?|"
    r"rebound(?:s|ed|ing)?|recover(?:s|ed|ing)?|extend(?:s|ed|ing)?|reduc(?:e[sd]?|ing)|"
    r"cut(?:s|ting)?|lower(?:s|ed|ing)?|slash(?:es|ed|ing)?|doubl(?:e[sd]?|ing)|"
    r"tripl(?:e[sd]?|ing)|quadrupl(?:e[sd]?|ing)|halv(?:e[sd]?|ing)|edg(?:e[sd]|ing)|"
    r"tick(?:s|ed|ing)|inch(?:es|ed|ing)|crept|creep(?:s|ing)?|contract(?:s|ed|ing)|"
    r"eas(?:e[sd]|ing)|up|down)"
)
_QUALIFIED = (
    r"(?:the\s+(?:full\s+)?)?"
    r"(?:(?:about|around|roughly|nearly|almost|some|just|over|under|more than|less than)\s+)?"
)
_ROLE_BEFORE = re.compile(
    rf"(?:\b(?P<to>(?!up\s+to\b){_CHANGE_VERB}(?:\s+(?:by\s+)?[^\s,;]+){{0,6}}?\s+to|"
    r"reach(?:e[sd]|ing)?)"
    rf"|\b(?P<by>{_CHANGE_VERB}(?:\s+by)?|an?\s+(?:increase|rise|gain|jump|drop|fall|decline|"
    r"decrease)\s+of)"
    rf"|\b(?P<from>from|compared\s+(?:with|to)|versus|vs\.?))\s+{_QUALIFIED}\Z",
    re.IGNORECASE,
)
_ROLE_WORD = re.compile(rf"to|by|from|with|versus|vs\.?|reach\w*|{_CHANGE_VERB}", re.IGNORECASE)
_BOUND_WORDS = frozenset(
    _words("about around roughly nearly almost some just over under more less than the full")
)
_CHANGE_NOUNS = frozenset(_words("increase rise gain jump drop fall decline decrease"))


# Verbs that move a figure up or down ("rose 5%", "fell 0.3%"), and the other words that say
# which way a change in percent goes ("up 30%", "30% lower")
RISES = frozenset(
    _words(
        "rose rise rises risen rising increase increased increases increasing grew grow grows "
        "growing grown gain gained gains climbed climbs jumped jumps soared surged boost "
        "boosted raised expanded expands rebounded advanced"
    )
)
FALLS = frozenset(
    _words(
        "fell fall falls fallen falling decrease decreased decreases decreasing decline "
        "declined declines dropped drop drops slid slipped shrank shrunk plunged tumbled sank "
        "cut cuts reduced lost contracted contracts shrinks slumped dipped eased"
    )
)
_UP = RISES | frozenset(_words("up higher more greater larger bigger longer"))
_DOWN = FALLS | frozenset(_words("down lower less fewer smaller shorter cheaper"))
# a change's verb, never the comparatives "more" and "less" that count what is added
_VERB_UP = _UP - frozenset(_words("more"))
_VERB_DOWN = _DOWN - frozenset(_words("less fewer"))
_WORD_AFTER = re.compile(r"[ \u00a0]+(?:(?:of|in)[ \u00a0]+)?([a-z]+)", re.IGNORECASE)
_WORD_BEFORE = re.compile(
    r"([a-z]+)(?:[ \u00a0]+by)?(?:[ \u00a0]+(?:about|some|around|roughly|nearly|almost|"
    r"more[ \u00a0]+than|over|just|an[ \u00a0]+estimated))?[ \u00a0]+\Z",
    re.IGNORECASE,
)  # "gained about 140%": the verb before the figure's bound


def direction_of_change(text: str, sentence_start: int, quantity: Quantity) -> int | None:
    """Which way a change in percent (or points) goes, from the word right before or after it:
    "up 30%", "rose by 5%", "30% higher", "a 5% increase" (+1); "fell 30%", "30% lower", "a 5%
    decline" (-1); of any other figure, the way of a difference told after it ("three more
    than", "$5 cheaper than"); None when no such word is right there."""
    start, end = quantity.span
    before = _WORD_BEFORE.search(text, max(sentence_start, start - 24), start)
    if quantity.kind not in (QuantityKind.PERCENT, QuantityKind.PERCENTAGE_POINT):
        # any other figure, as a difference told after it ("three more than Saka") or the size
        # of a change its verb tells ("rose by 27,000", "lost 5,000")
        than = _THAN_AFTER.match(text, end)
        if than is not None:
            word = than.group("word").lower()
            return 1 if word in _UP else -1 if word in _DOWN else None
        word = before.group(1).lower() if before is not None else ""
        return 1 if word in _VERB_UP else -1 if word in _VERB_DOWN else None
    signs = set()
    after = _WORD_AFTER.match(text, end)
    for m in (before, after):
        word = m.group(1).lower() if m else ""
        if word in _UP:
            signs.add(1)
        elif word in _DOWN:
            signs.add(-1)
    return signs.pop() if len(signs) == 1 else None


def _may_have_role(before: str) -> bool:
    """Whether the words right before a figure (its bound words aside) could give it a part in
    a change: a quick test on the last two words."""
    words = before.split()[-4:]
    while words and words[-1].lower() in _BOUND_WORDS:
        words.pop()
    if not words:
        return False
    last = words[-1].lower()
    if last == "of":
        return len(words) > 1 and words[-2].lower() in _CHANGE_NOUNS
    return _ROLE_WORD.fullmatch(last) is not None


# "from" sets a value against another only where the sentence tells of a change before it:
# "up from $437 million", not "athletes from 50 countries" ("compared with" always does).
_CHANGE_BEFORE = re.compile(rf"\b(?:{_CHANGE_VERB}|increase|rise|gain|decline|decrease)\b", re.I)
_ROLE_KINDS = (
    QuantityKind.MONEY,
    QuantityKind.COUNT,
    QuantityKind.PERCENT,
    QuantityKind.PERCENTAGE_POINT,
    QuantityKind.MEASURE,
    QuantityKind.DURATION,
)
# A figure told as the size of a change by the noun right after it: "a 5% increase", "a
# one-year extension", "a $2 billion cut".
_CHANGE_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:increase|rise|gain|jump|drop|fall|decline|decrease|cut|reduction|"
    r"extension|hike|boost)s?\b|(?:cheaper|less|more|higher|lower|off)[ \u00a0]+than\b|off\b)",
    re.IGNORECASE,
)


# An addition to a count told before its total: "Twelve more people died", "a further 200",
# "1,400 migrants crossed last week, bringing this year's total to 21,000".
# "200 more", "three others", "an additional 50": the word right after a count that makes it
# more of what its context counts
_MORE_AFTER = re.compile(
    r"[ \u00a0]+(?P<word>more|others?|additional|extra|further)\b(?![ \u00a0]+than)",
    re.IGNORECASE,
)
_MORE_BEFORE = re.compile(
    r"\b(?:a[ \u00a0]+further|an[ \u00a0]+(?:additional|extra)|add(?:s|ed|ing)?)[ \u00a0]+\Z",
    re.IGNORECASE,
)
# "..., bringing the death toll to 310": the words that take a total to its new level
_BRINGS_TO = r"(?:bringing|taking|pushing|raising|lifting)[ \u00a0]+[^.;!?\d]{0,50}?\bto[ \u00a0]+"
_BRINGING = re.compile(rf"[^.;!?\d]{{0,80}}?,[ \u00a0]*{_BRINGS_TO}{_QUALIFIED}[\d$£€]", re.I)
_BROUGHT_TO = re.compile(rf"\b{_BRINGS_TO}{_QUALIFIED}\Z", re.IGNORECASE)


# A margin told after a verb of comparing: "topped the domestic opening by $34 million",
# "outsold Tesla by about 32,000", "beating the previous record by one degree"
_MARGIN_BY = re.compile(
    r"\b(?:topp?(?:ed|ing|s)?|out[a-z]{3,}|beat(?:s|ing|en)?|exceed(?:ed|ing|s)?|"
    r"surpass(?:ed|es|ing)?|overt[ao]ok|overtak(?:e|es|en|ing)|eclips(?:e|ed|es|ing)|"
    r"trail(?:ed|ing|s)?|l(?:ed|eads?|eading)|edg(?:e|ed|es|ing)|miss(?:ed|es|ing)?|"
    r"bett(?:er|ered|ering))\b[^.;:!?]{0,50}?[ \u00a0]by[ \u00a0]+"
    r"(?:(?:about|around|some|nearly|almost|roughly|more[ \u00a0]+than|less[ \u00a0]+than|"
    r"just|over|under|only)[ \u00a0]+)?\Z",
    re.IGNORECASE,
)


def change_role(text: str, sentence_start: int, quantity: Quantity) -> str | None:
    """A figure's part in a change, from the words right before it: "rose to $441 million"
    ("to"), "up from $437 million" ("from"), "increased 38%", "a rise of 5%" ("by"); None for
    a figure said as a level ("sales were $441 million") or a range. An addition told before
    the total it brings ("Twelve more people died, bringing the toll to 310") is a change's
    size, and the total what it went to."""
    if quantity.kind not in _ROLE_KINDS or quantity.qualifier is Qualifier.RANGE:
        return None
    start, end = quantity.span
    if _CHANGE_AFTER.match(text, end):
        return "by"
    if told_as_addition(text, sentence_start, quantity):
        return "by"
    if _BROUGHT_TO.search(text, max(sentence_start, start - 80), start):
        return "to"
    if _MARGIN_BY.search(text, max(sentence_start, start - 90), start):
        return "by"  # a margin: "beating Jessica Hull by 1.8 seconds"
    before = text[max(sentence_start, start - 60) : start]
    if not _may_have_role(before):
        return None  # a quick test first: the pattern below is tried from every character
    m = _ROLE_BEFORE.search(before)
    if m is None:
        return None
    role = next(name for name in ("to", "by", "from") if m.group(name))
    if role == "by" and _MULTIPLE_VERB.match(m.group("by")):
        role = "from"  # "double the 61,070 cases": a multiple's figure is its base
    particle = role == "by" and m.group("by").lower() in ("up", "down")
    if particle and quantity.kind in (QuantityKind.COUNT, QuantityKind.DURATION):
        # a verb's particle before a count or a span: "put down four healthy lions", "Dried
        # Up 70K Years Ago" (a change is told "up 5%", "down $2 billion")
        return None
    bare_from = role == "from" and (m.group("from") or "").lower() == "from"
    if bare_from and not _CHANGE_BEFORE.search(text, sentence_start, start - len(m.group())):
        return None
    return role


_MULTIPLE_VERB = re.compile(r"(?:doubl|tripl|quadrupl|halv)", re.IGNORECASE)


def told_as_addition(text: str, sentence_start: int, quantity: Quantity) -> bool:
    """Whether a count is told as an addition to a total: "Twelve more people died", "a further
    200", "plans to add 300", "1,400 migrants crossed last week, bringing this year's total to
    21,000"."""
    if quantity.kind is not QuantityKind.COUNT:
        return False
    start, end = quantity.span
    before = _MORE_BEFORE.search(text, max(sentence_start, start - 20), start)
    more = more_after(text, end)
    added = more is not None and not more.startswith("other")  # "three others" adds nothing
    return bool(added or before or _BRINGING.match(text, end))


def more_after(text: str, end: int) -> str | None:
    """The word right after a count ending at ``text[end]`` that makes it more of what its
    context counts ("200 more", "three others"), lower-cased; None if there is none."""
    found = _MORE_AFTER.match(text, end)
    return found.group("word").lower() if found else None


def told_per_each(text: str, end: int) -> bool:
    """Whether the figure ending at ``text[end]`` is told as so many to each of something
    ("five spiders per country", "3 goals a game on average"): a quotient of two counts may
    give it, a plain count never."""
    return bool(_EACH.match(text, end))


_CHANGE = re.compile(
    r"\b(?:(?:more|fewer|less)(?!\s+than)|up|down|rose|rise|rises|risen|fell|fall|falls|"
    r"grew|grow|grows|increase[sd]?|decrease[sd]?|gain(?:ed|s)?|dropp?(?:ed|s)?|higher|lower|"
    r"gap|difference|jump(?:ed|s)?|climb(?:ed|s)?|slid|declin(?:e|ed|es)|"
    # verbs that move a figure by an amount: "reduced his sentence by six years"
    r"cut|cuts|reduc(?:e|ed|es)|lower(?:ed|s)|rais(?:e|ed|es)|lift(?:ed|s)?|hik(?:e|ed|es)|"
    r"shorten(?:ed|s)?|lengthen(?:ed|s)?|extend(?:ed|s)?|trim(?:med|s)?|slash(?:ed|es)?|"
    r"boost(?:ed|s)?|shr[ai]nk|shrinks|shrunk|contract(?:ed|s)|expand(?:ed|s)?)\b",
    re.IGNORECASE,
)
_CHANGE_REACH = 30  # characters either side of the figure


# A difference told after its figure: "three years fewer than prosecutors had sought" ("fewer
# than three years" before a figure is a bound)
_THAN_AFTER = re.compile(
    r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?P<word>more|fewer|less|higher|lower|longer|shorter|"
    r"bigger|smaller|larger|greater|cheaper)[ \u00a0]+than\b",
    re.IGNORECASE,
)


def told_difference(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is told as a difference: "three years fewer
    than prosecutors had sought", "outsold Tesla by about 32,000"."""
    if _THAN_AFTER.match(text, end) is not None:
        return True
    return _MARGIN_BY.search(text, max(0, start - 90), start) is not None


def says_change(text: str, start: int, end: int) -> bool:
    """Whether the words around ``text[start:end]`` tell a change ("10,000 more cars", "rose
    20%", "a gap of $5", "three years fewer than sought"), not a level."""
    if told_difference(text, start, end):
        return True
    return bool(_CHANGE.search(text[max(0, start - _CHANGE_REACH) : end + _CHANGE_REACH]))
