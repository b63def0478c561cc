"""Which source figure a claim's figure is about, for :mod:`factcheck.checker`.

Finding the source's figure with the claim's value is not enough: the number may be said of
another subject ("France will send 40 tanks and Italy 12"), of another thing in the same
sentence ("a $20 million recapture ..., combined with $40 million of net charge-offs"), or come
from another sentence than the one the claim condenses. And a different figure nearby is a
contradiction only when it is said of the same thing; otherwise the source is silent.

The decisions here weigh the words around each figure (read by :mod:`factcheck._locate`): its
clause, its nearest neighbours, its counted noun and the names it is said of. Private to the
checker; pure, like it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from factcheck.checker._change import FALLS, RISES
from factcheck.checker._compare import _dates_agree, _relation
from factcheck.checker._index import SourceIndex
from factcheck.checker._locate import (
    _GROUP,
    _MONTHS,
    _PLACEHOLDER_UNITS,
    _STOPWORDS,
    _SYNONYM,
    _Claim,
    _initials,
    _lemma,
    _modifier,
    _name_key,
    _name_word,
    _Slot,
    _unit_lemma,
)
from factcheck.checker._tuning import TUNING
from factcheck.models import Qualifier, QuantityKind


def _names_meet(keys: set[str], names: frozenset[str]) -> bool:
    """Whether a name key is among ``names``, a clipped form meeting its full one: "Lib Dems"
    (keys "lib", "dems") names the "Liberal Democrats" (keys "libe", "demo")."""
    return any(
        key == name
        or (min(len(key), len(name)) >= 3 and (key.startswith(name) or name.startswith(key)))
        for key in keys
        for name in names
    )


def _another_measure(claim: _Claim, c: _Slot, s: _Slot, other: _Slot) -> bool:
    """Whether a figure of the matching sentence measures something else than the claim's:
    the match shares words right by the claim's figure that the other has none of, and the
    other has a word of its own the claim never uses ("Blues racked up 10 points ... to take a
    three-point advantage": the 10 points are no other value of the advantage)."""
    if _modifier(c) and _modifier(s) and not _modifier(other):
        return True  # "a 3-point lead", "a three-point advantage": not the "10 points" scored
    shared = c.near & s.near
    if not shared or shared & other.near or (shared | other.near) & _MOVES:
        return False  # a move of a figure is one measure, whatever verb tells it
    if {word[:4] for word in other.near} & claim.entities:
        return False  # said right by the claim's subject ("while Airbus handed over 71")
    return bool(other.near - claim.words - s.near)


# Verbs that move a figure ("fell 0.5%", "declined 0.3%"): said of one measure.
RISE_WORDS = frozenset(_lemma(word) for word in RISES)
FALL_WORDS = frozenset(_lemma(word) for word in FALLS)
_MOVES = RISE_WORDS | FALL_WORDS | frozenset(_lemma(word) for word in ("edged", "added", "shed"))


def claims_own(claim: _Claim, c: _Slot, s: _Slot) -> bool:
    """Whether another figure of the claim states the source figure ``s``'s value: then ``s``
    is that figure's, no other value nor changed form of ``c`` ("nearly 2% ..., and the
    Nasdaq lost 2.4%": the 2.4% is the claim's own)."""
    return any(o is not c and o.compare.value == s.compare.value for o in claim.slots)


# A name after a figure said where, not whose: "won 2-0 at Fulham"
_AT_PLACE = re.compile(r"[ \u00a0]+(?:at|in|on|near)[ \u00a0]+[A-Z]")


def _attribution_conflict(
    index: SourceIndex, claim: _Claim, c: _Slot, s: _Slot, subjects: frozenset[str]
) -> bool:
    """The claim gives the figure to a subject the source gives it to someone else.

    Either the source sentence gives another figure to the claim's subject ("France will send
    40 tanks and Italy 12"; claim: Italy, 40), or the claim names a subject the source knows but
    the matching sentence never mentions, while that sentence names its own ("Germany committed
    €1.9 billion"; claim: the Netherlands, €1.9 billion)...
    """
    # Only names the claim puts right before this figure count: a second figure in a sentence
    # ("killed two people and left 50 missing") inherits the first one's subject.
    if not c.segment or subjects & s.entities or _stands_for(index, c.segment, s.segment):
        return False
    if _GROUP.get(c.quantity.kind) in ("time", "ordinal"):
        return False  # when or in what order, not whose: "his first interview", "in 2016"
    # the names the claim gives its later figures are theirs ("Ruiz at 46% and Harmon at 43%");
    # a name before the first figure may set the scene of the whole sentence ("in Yemen")
    later = [o.segment for o in claim.slots if o.quantity.span[0] > c.quantity.span[0]]
    theirs = frozenset().union(*later) - c.segment if c.segment else frozenset()
    if s.entities & (claim.entities - theirs):
        return False  # the claim names the party the source gives the figure to
    at_place = _AT_PLACE.match(claim.text, c.quantity.span[1] - claim.start) is not None
    after = {word[:4] for word in c.after}
    if not at_place and _names_meet(after, index.sentence_entities[s.sentence]):
        return False  # "26p for Labour": the party named after the figure is in the sentence
    # the claim's subject is in the figure's own clause ("Three Saudi officers"), not as the
    # name right before a later figure ("at 8.8 million, followed by China with 7 million")
    later_names = {
        _name_right_before(index.text, index.slots[p].quantity.span[0])
        for p in index.by_sentence.get(s.sentence, ())
        if index.slots[p].quantity.span[0] > s.quantity.span[1]
    }
    if c.segment & ({word[:4] for word in s.clause} - later_names):
        return False
    for position in index.by_sentence.get(s.sentence, ()):
        other = index.slots[position]
        if other is s or _GROUP.get(other.quantity.kind) != _GROUP.get(s.quantity.kind):
            continue
        # The other figure's own subject, not one it inherits from the figure before it, and a
        # figure of the claim's measure ("Smith, 21" is his age, not a count of his goals).
        if (
            other.quantity.value != s.quantity.value
            and (c.segment & other.segment or _stands_for(index, c.segment, other.segment))
            and _relation(c, other) is not None
            and not _another_measure(claim, c, s, other)
        ):
            return True
    named = proper_keys(c.segment & index.entities, index.common)
    if not named or not s.segment or named & index.sentence_entities[s.sentence]:
        return False
    # The matching sentence gives the figure to a party of its own and never names the
    # claim's. That is evidence of another party only when the two are parties of one sort
    # (the source lists them together), or the source gives the claim's subject a figure of
    # this measure elsewhere; otherwise the claim's subject may well be the matching
    # sentence's "he", "the company" or "the 45-year-old".
    if any(named & index.peers.get(key, frozenset()) for key in s.segment):
        return True
    return any(
        _relation(c, other) is not None
        for other in (index.slots[p] for p in index.figures_of(named))
        if other.sentence != s.sentence
    )


# A name right before a figure, with at most a verb, a place or a preposition between: "China
# with 7 million", "Ruiz at 46%", "Arsenal scored 3", "Hana Abebe second in 3:52.90"
_NAME_BEFORE = re.compile(
    r"\b([A-Z][\w'’.-]*)(?:[ \u00a0]+(?:with|at|on|in|had|has|got|took|won|scored|polled|drew|"
    r"ran|clocked|finished|came|second|third|fourth|fifth|next)){0,2}"
    r"[ \u00a0]+(?:(?:about|some|around|nearly|almost|just|over|under)[ \u00a0]+)?"
    r"(?:[$€£]|US\$)?\Z"
)


def _name_right_before(text: str, start: int) -> str | None:
    found = _NAME_BEFORE.search(text, max(0, start - 40), start)
    return _name_key(found.group(1)) if found else None


def proper_keys(keys: frozenset[str], common: frozenset[str]) -> frozenset[str]:
    """The keys of a name that tell its party: of a name of several words, those the article
    never writes as a common word ("Canyon" of "Canyon Fire", beside "the fire"); a one-word
    name keeps its key ("Rose" beside "sales rose")."""
    proper = keys - common
    return proper if proper else keys


def _stands_for(index: SourceIndex, keys: frozenset[str], name: frozenset[str]) -> bool:
    """Whether an acronym among the claim's name keys stands for the whole of a source name
    ("ECB" for "European Central Bank", never for the "Bank of England" it shares a word with)."""
    return bool(name) and any(name <= index.acronyms.get(key, frozenset()) for key in keys)


def _date_conflict(c: _Slot, s: _Slot) -> bool:
    """'2.1% in September' where the source says '2.1% in October', '$1.2 billion in the first
    quarter' where it says 'in the second quarter'. A quarter and a year never conflict."""
    if c.when is None or s.when is None:
        return False
    a, b = c.when, s.when
    if QuantityKind.ORDINAL in (a.kind, b.kind):
        return a.kind is b.kind and a.unit == b.unit and a.value != b.value
    return not _dates_agree(a, b)


def _same_thing(index: SourceIndex, claim: _Claim, c: _Slot, s: _Slot) -> bool:
    """Whether a rival source figure is said of the same thing as the claim's figure, so that
    its different value contradicts the claim rather than merely sitting nearby.

    Not when the claim gives the figure to a subject the source never mentions ("Britain will
    send 14 tanks" against "France will send 40 tanks"). Otherwise by the content words the two
    clauses share, names aside (a name says whose, not what): two or more, or one plus the
    same counted noun, and the figures may be any distance apart; fewer, and they must be
    close in value (a wrong digit, not another order of thing).
    """
    if _unknown_subject(index, claim, c):
        return False
    if c.each and not s.each and c.quantity.kind is QuantityKind.COUNT:
        return False  # "20 pupils per teacher" is no other value of the school's 1,200 pupils
    if _GROUP.get(c.quantity.kind) == "time":
        return bool(c.clause & s.clause)  # a year or date must at least share its clause
    unit_c, unit_s = _unit_lemma(c.quantity.unit), _unit_lemma(s.quantity.unit)
    same_unit = bool(unit_c and unit_c == unit_s and unit_c not in _PLACEHOLDER_UNITS)
    names = c.segment | c.entities | s.entities | claim.entities
    # The counted noun is weighed once, as the unit; a shared subject only backs a shared unit
    # ("Vorland First won 49 seats" against its "28 seats", not "Ramos, 27" against "12 caps").
    plain = {w for w in c.clause & s.clause if w[:4] not in names and w != unit_c}
    strength = len(plain) + same_unit + (same_unit and bool(c.segment & s.entities))
    if strength >= 2:
        return True
    if not strength and len({w for w in c.local & s.local if w[:4] not in names}) >= 2:
        strength = 1
    # A summary's wrong figure is usually near the right one (a digit, a rounding), while a
    # figure ten times off that shares one word is more likely about something else.
    return _ratio(c.compare.value, s.compare.value) <= TUNING.close_ratio[strength]


def _ratio(a: Decimal, b: Decimal) -> Decimal:
    a, b = abs(a), abs(b)
    if a == b:
        return Decimal(1)
    if not a or not b:
        return Decimal("Infinity")
    return max(a, b) / min(a, b)


_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z'’-]+")


def _unknown_subject(index: SourceIndex, claim: _Claim, c: _Slot) -> bool:
    """The claim names, before this figure, someone or something the source never mentions:
    then the source cannot contradict what it says of them."""
    start, end = claim.lead_in(c)
    # "International Monetary Fund" where the source writes "IMF": a name the source knows
    expanded = [
        (a, b) for a, b, forms in _initials(claim.text) if forms & index.names and a < end
    ]
    for match in _CAPITALISED.finditer(claim.text, start, max(end, start)):
        word = match.group()
        lower = _name_word(word)
        if word.isupper() and lower in index.acronyms:
            continue  # "IMF" where the source writes "International Monetary Fund"
        if any(a <= match.start() < b for a, b in expanded):
            continue
        if lower in _STOPWORDS or lower in _MONTHS or len(word) < 3:
            continue
        if _lemma(word) in index.vocabulary or _name_key(word) in index.entities:
            continue
        if _name_word(word) in index.names:
            continue
        return True
    return False


def _overruled(
    claim: _Claim,
    c: _Slot,
    score: float,
    s: _Slot,
    rival: tuple[float, _Slot] | None,
    subjects: frozenset[str],
) -> bool:
    """A figure found elsewhere in the source loses to another figure clearly about the claim:
    far closer in context, or two figures swapped ("Seven drowned and 17 were killed" for "17
    drowned and seven were killed": each figure's neighbouring words sit by the other)."""
    if rival is None or subjects & s.entities:
        return False  # the match is said of the claim's own subject (or of whom its role is)
    other = rival[1]
    mentioned = claim.entities | {word[:4] for word in claim.words}
    if claim.entities & s.entities and other.entities and not mentioned & other.entities:
        # The match is said of a party the claim names, the rival only of parties it never
        # mentions: closeness in other words does not make the rival the claim's figure.
        return False
    if other.sentence == s.sentence and not c.near & other.near:
        # In one sentence the clause is shared: only the words right by the figures tell them
        # apart ("23 people died and another 20 were wounded in a hospital bombing").
        return False
    told_by = _alike(c.right, s.right) and not _alike(c.right, other.right)
    if other.sentence == s.sentence and told_by:
        # ... and the first of them after each figure, what it counts aside, before the rest:
        # "8 dead" is the "eight people ... killed", not the "two dozen injured" beside it
        return False
    if (c.near & c.after & s.near & s.after) - c.noun - s.noun and not c.near & other.near:
        # What the claim says the figure is of, right after it, the match says too and
        # the rival shares none of the words right by it ("Some 100 pukao" for "an estimated
        # 100 pukao", not "less than 10 men"; "a $250,000 fine" for "a substantial $250,000
        # fine"): closeness elsewhere does not make the rival the claim's figure. (A counted
        # noun alone makes two figures the same sort of thing, not the same one.)
        return False
    bare = not other.quantity.unit and not other.elliptic  # "200 more" counts what "300" did
    if c.noun & s.near and not c.noun & other.near and bare:
        # The match counts what the claim counts ("among the five airlines" for "the five
        # biggest U.S. airlines"); a bare figure with no such noun by it counts something else
        # ("Southwest had the highest score (86)"), so it is no other value of the claim's count.
        return False
    if _modifier(c) and _modifier(s) and not _modifier(other):
        # "a 3-point lead" and the match's "a three-point advantage" measure what follows them;
        # a bare "10 points" counts points scored, another measure in the same unit
        return False
    closer = len(c.clause & s.local) < len(c.clause & other.local)
    # Clearly higher (a quarter more, plus one) and its own clause shares more of the claim's.
    if rival[0] >= TUNING.overrule_ratio * score + TUNING.overrule_margin and closer:
        return True
    if other.sentence != s.sentence or not c.near & other.near or c.near & s.near:
        return False
    return any(
        partner is not c and partner.quantity.value == other.quantity.value
        and partner.near & s.near
        for partner in claim.slots
    )  # fmt: skip


def _alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of words share one, or a word and its synonym ("dead", "killed")."""
    return bool(a & b) or any(_SYNONYM.get(word, frozenset()) & b for word in a)


def _beside(c: _Slot, s: _Slot, rivals: list[tuple[float, _Slot]]) -> Iterator[_Slot]:
    """The rivals a swap may take the claim's figure for: plain figures of the matched sentence,
    and a team's record ("Heritage (1-0)") only for a record."""
    for _, rival in rivals:
        if rival.sentence == s.sentence and not rival.quantity.vague and rival.record == c.record:
            yield rival


def _neighbour_swap(c: _Slot, s: _Slot, rivals: list[tuple[float, _Slot]]) -> _Slot | None:
    """The right number said of the wrong thing, within one source sentence: "recaptured
    $40 million of previous provisions" where the source has "a $20 million recapture of
    previous provisions, combined with $40 million of net charge-offs". The words right next to
    the claim's figure sit by another figure of the matched sentence and by none of the match's
    own: the claim took the number of one and the words of the other."""
    if c.near & s.near:
        return None
    best: tuple[int, _Slot] | None = None
    for rival in _beside(c, s, rivals):
        if _period_told(c, s) and not _period_told(c, rival):
            continue  # "Full-year revenue grew 8%" is the "8% for the full year", not "12% in Q4"
        shared = len(c.near & rival.near)
        if shared >= TUNING.swap_near and (best is None or shared > best[0]):
            best = (shared, rival)
    return best[1] if best else None


_VERB_SWAP_KINDS = frozenset(
    (QuantityKind.MONEY, QuantityKind.COUNT, QuantityKind.PERCENT, QuantityKind.DURATION)
)


def _period_told(c: _Slot, s: _Slot) -> bool:
    """Whether the claim names the period a source figure is told for ("full-year" for "8% for
    the full year")."""
    return s.over is not None and s.over[0] == "in" and s.over[1] in c.local


def _verb_swap(
    claim: _Claim, c: _Slot, s: _Slot, rivals: list[tuple[float, _Slot]]
) -> _Slot | None:
    """The right number said with the wrong verb, within one source sentence: "sentenced to 20
    years" where the source has "Prosecutors sought 20 years, but the judge sentenced him to
    12", "offered a 15% pay rise" where "the union demanded a 15% pay rise, but the company
    offered a 6% pay rise". The words right before the claim's figure are more those before
    another figure of the matched sentence, of the same sort, than its own."""
    q = c.quantity
    if q.kind not in _VERB_SWAP_KINDS or q.qualifier is Qualifier.RANGE or q.unit == "time":
        return None  # a span of years, a rank or a multiple ("ten times higher") is no amount
    if not s.left or s.role is not None:
        # nothing of its own before the match ("the benefit of $1,790 by $57.30"), or a part in
        # a change, which the words before it name ("an increase from $437 million")
        return None
    best: tuple[int, _Slot] | None = None
    own = len(c.left & s.left)
    for rival in _beside(c, s, rivals):
        if rival.quantity.kind is not s.quantity.kind or rival.quantity.unit != s.quantity.unit:
            continue
        if rival.compare.value == s.compare.value or rival.per != s.per:
            continue  # "$120K a minute" is no other value of a day's total
        if _modifier(rival) != _modifier(s) or (c.role and rival.role and c.role != rival.role):
            continue  # "a three-point advantage" is not "10 points"; "to $441m" not "from"
        if claims_own(claim, c, rival):
            continue  # the claim gives the rival its own place ("54.2% ... to her rival's 41.6%")
        if rival.segment and rival.segment != s.segment:
            continue  # another named party's figure ("Reyes, who took 41.6%"): whose, not which
        # what another figure counts is no verb ("1 hour 58 minutes": "hour" before 58)
        shared = len((c.left & rival.left) - c.others - rival.others)
        # the word right before the figure is the other's, and the words they share are the
        # subject of both ("The house was listed at $1.2m and sold for $1.05m"), not a name of
        # the match's own ("the Tories spent" where "the Tories' expenditure was")
        lead = c.lead is not None and c.lead == rival.lead and c.lead not in s.left | c.others
        if lead and not c.segment & s.entities:
            shared = max(shared, own + 1)
        if shared > own and (best is None or shared > best[0]):
            best = (shared, rival)
    return best[1] if best else None


def _anchored_swap(
    c: _Slot, s: _Slot, rivals: list[tuple[float, _Slot]], anchors: frozenset[int]
) -> _Slot | None:
    """The right number taken from the wrong sentence: the claim's other figures come from one
    source sentence, which gives this figure's subject another value, while the sentence that
    has the number is about something else ("revenues and earnings rose 19% and 10%" where the
    earnings sentence says 38% and a 10% belongs to raw-material costs elsewhere).

    A rival in an anchor sentence wins when the match shares nothing with the claim figure's
    clause but the rival does, or when the rival shares clearly more of its surroundings."""
    if not anchors or s.sentence in anchors:
        return None
    bare = not c.clause & s.local
    best: tuple[int, _Slot] | None = None
    for _, rival in rivals:
        if rival.sentence not in anchors or rival.quantity.vague or rival.record != c.record:
            continue  # a team's record ("Heritage (1-0)") is no game's score
        ahead = len(c.local & rival.local) - len(c.local & s.local)
        wins = (bare and c.clause & rival.local) or ahead >= TUNING.anchor_margin
        if wins and (best is None or ahead > best[0]):
            best = (ahead, rival)
    return best[1] if best else None


# A name as written, with the small words a name keeps inside it ("Bank of England")
_NAME_RUN = re.compile(
    r"(?:[A-Z][\w'’.&-]*[ \u00a0]+(?:(?:of|for|the)[ \u00a0]+)*)*[A-Z][\w'’.&-]*"
)


def _party_of(index: SourceIndex, s: _Slot, prefer: frozenset[str] = frozenset()) -> str | None:
    """The name, as the source writes it, that a source figure is said of ("France" in "France
    will send 40 tanks"): the last name before it in its sentence that is one of its own,
    a name from ``prefer`` (the claim's subject's peers) first."""
    start = index.sentences[s.sentence][0]
    for position in index.by_sentence.get(s.sentence, ()):
        other = index.slots[position].quantity.span
        if other[1] <= s.quantity.span[0]:
            start = max(start, other[1])
    found: dict[bool, str] = {}
    for match in _NAME_RUN.finditer(index.text, start, s.quantity.span[0]):
        words = match.group().split()
        while words and words[0].lower() in _STOPWORDS:
            words = words[1:]  # "In Switzerland": a sentence's first word is no name
        keys = {_name_key(word) for word in words}
        if keys & s.entities:
            name = " ".join(words).rstrip(".")
            found[bool(keys & prefer)] = re.sub(r"(?:['’]s?)\Z", "", name)  # "the Tories'"
    return found.get(True) or found.get(False)


def _figure_as_written(index: SourceIndex, s: _Slot) -> str:
    """The source figure with what it counts: "40 tanks", not "40"."""
    start, end = s.quantity.span
    unit = _unit_lemma(s.quantity.unit)
    if unit and unit not in _lemma(s.quantity.text):
        after = re.match(r"[ \u00a0]+[\w'’-]+", index.text[end : end + 40])
        if after and _lemma(after.group().strip()) == unit:
            end += after.end()
    return index.text[start:end]
