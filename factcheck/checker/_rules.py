"""The checker's decision for one figure: an ordered list of named rules over one context.

:func:`decide` gathers the source figures that bear on a claim's figure (a :class:`Context`:
those that state it, those with the same digits and one thing changed, and rival figures for the
same sort of thing, each scored by the context the two share), then tries :data:`RULES` in order;
the first rule that returns a :class:`Finding` decides, and the finding records the rule's name,
so a benchmark can count what each rule does and a reader can find the rule behind any verdict.

Pure: no I/O, no settings; thresholds come from :mod:`factcheck.checker._tuning`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from factcheck.checker._about import (
    FALL_WORDS,
    RISE_WORDS,
    _anchored_swap,
    _attribution_conflict,
    _date_conflict,
    _figure_as_written,
    _neighbour_swap,
    _overruled,
    _party_of,
    _same_thing,
    _unknown_subject,
    _verb_swap,
    claims_own,
)
from factcheck.checker._ages import age_holder, holder_name, same_person
from factcheck.checker._change import says_change, told_difference
from factcheck.checker._compare import (
    _MISMATCH,
    _PEOPLE_LEMMAS,
    _RESULT,
    _SORTS_OF_PEOPLE_LEMMAS,
    _THOUSANDS,
    Comparison,
    Detail,
    Relation,
    _date_parts,
    _is_age,
    _relation,
    _years_spanned,
)
from factcheck.checker._compute import derive, owned_ordinals, part_of_whole, tolerates
from factcheck.checker._count import (
    count_in_source,
    count_of_definitions,
    count_of_names,
    counted_nouns,
    names_beside,
)
from factcheck.checker._index import SourceIndex, lookup_values
from factcheck.checker._locate import (
    _DIGITS,
    _GROUP,
    _PLACEHOLDER_UNITS,
    _STOPWORDS,
    _TOKEN,
    _WORD,
    _bisect,
    _Claim,
    _key,
    _lemma,
    _modifier,
    _name_key,
    _Slot,
    _synonymous,
    _unit_lemma,
    clock_key,
)
from factcheck.checker._roles import role_subjects
from factcheck.checker._tuning import TUNING
from factcheck.models import Qualifier, Quantity, QuantityKind, Reason, Verdict


@dataclass
class Finding:
    """One figure's verdict, its reasons, and the source figure it rests on."""

    verdict: Verdict
    reasons: list[Reason]
    slot: _Slot | None
    name: tuple[int, int] | None = None  # a number inside a name, shown as evidence too
    listed: tuple[int, int] | None = None  # for a count: the article's list of what it counts
    nearest: bool = False  # ``slot`` is only the closest figure to an unsupported one
    rule: str = ""  # the rule that decided, stamped by :func:`decide`
    operands: tuple[_Slot, ...] = ()  # for a computed figure: the source figures it comes from
    computation: str | None = None  # for a computed figure: the arithmetic, in words
    explanation: str | None = None  # why, in words ("the article gives 40 tanks to France")


@dataclass(slots=True)
class Scored:
    """A source figure that bears on the claim's figure, with how much context they share.
    (Slotted, not frozen: a check makes tens of thousands, and a frozen one is slow to build.)"""

    score: float
    slot: _Slot
    detail: Detail | None = None  # for a match: exact, rounded, one end of a range
    reason: Reason | None = None  # for the same digits changed: what changed


def _order(scored: Scored) -> int:
    return scored.slot.quantity.span[0]  # ties go to the figure written first


@dataclass
class Context:
    """Everything the rules look at for one figure of a claim."""

    index: SourceIndex
    claim: _Claim
    c: _Slot  # the claim's figure
    anchors: frozenset[int]  # source sentences where the claim's other figures are found
    published: int | None = None  # the article's year of publication, when known
    # source figures that state the claim's other figures: none of them is a rival of this one
    taken: Container[tuple[int, int]] = frozenset()
    injected: list[Scored] = field(default_factory=list)  # matches in instructions to a model
    # source sentences with figures near the claim's words, by their best score (a passage)
    nearby: dict[int, float] = field(default_factory=dict)
    matches: list[Scored] = field(default_factory=list)
    changed: list[Scored] = field(default_factory=list)
    rivals: list[Scored] = field(default_factory=list)

    @cached_property
    def best_rival(self) -> Scored | None:
        return max(self.rivals, key=lambda r: (r.score, -_order(r)), default=None)

    @cached_property
    def best_time_rival(self) -> Scored | None:
        times = (r for r in self.rivals if _GROUP.get(r.slot.quantity.kind) == "time")
        return max(times, key=lambda r: (r.score, -_order(r)), default=None)

    @cached_property
    def best_changed(self) -> Scored | None:
        return max(self.changed, key=lambda n: (n.score, -_order(n)), default=None)

    @cached_property
    def changed_preferred(self) -> bool:
        """The same digits with one thing changed (scale, currency, unit, qualifier) are strong
        evidence that the claim is about that figure; they beat a match only when clearly
        closer, or when the match is only one end of the claim's range or a rounding."""
        near, match = self.best_changed, self._best_match
        if near is None or near.score < TUNING.near_min:
            return False
        if match is None:
            return True
        if near.slot.quantity.vague and not self.c.quantity.vague:
            return False  # "Nineteen people" states "19"; "thousands" nearby is no digit of it
        if self.c.quantity.vague and not _same_thing(self.index, self.claim, self.c, near.slot):
            return False  # "inspired millions" stated; her age "19" nearby is not of that order
        if near.score > match.score + 1 and not self.c.local & match.slot.local:
            return True
        if near.score > 2 * (TUNING.overrule_ratio * match.score + TUNING.overrule_margin):
            return True  # "(fewer than 60)" is the claim's "(more than 60)", not "60 frames"
        # "more than 30 grams" for "nearly 30 grams", not for someone aged 32
        return match.detail in (Detail.PARTIAL, Detail.ROUNDED) and near.score > match.score

    @cached_property
    def _best_match(self) -> Scored | None:
        return max(
            self.matches,
            key=lambda m: (m.score, m.detail is Detail.EXACT, -_order(m)),
            default=None,
        )

    @cached_property
    def match(self) -> Scored | None:
        """The source figure that states the claim's, unless a changed one is preferred."""
        return None if self.changed_preferred else self._best_match

    @cached_property
    def same_thing_rival(self) -> Scored | None:
        """The closest other figure said of the same thing as the claim's, if any."""
        ranked = sorted(self.rivals, key=lambda r: (r.score, -_order(r)), reverse=True)
        for rival in ranked:
            if rival.score < TUNING.topical:
                break
            if _parts_differ(self.c, rival.slot):
                continue  # "grew from nine" is not the "expand by five" of the same change
            if _same_thing(self.index, self.claim, self.c, rival.slot):
                return rival
        return None

    @cached_property
    def subjects(self) -> frozenset[str]:
        """The names the claim puts right before the figure, and those its roles stand for
        ("the developer" for the article's "developer Brian Bailey")."""
        return self.c.segment | role_subjects(self.index, self.claim, self.c)

    def overruled(self, scored: Scored) -> bool:
        best = self.best_rival
        if _GROUP.get(self.c.quantity.kind) == "time":
            best = self.best_time_rival  # "the 18th century" or "four of them" is no other year
        if best is not None and _GROUP.get(self.c.quantity.kind) == "time":
            # A year or a date dates its whole sentence ("By 2018, when I started digging into
            # this story, only four books remained in print"): the sentence that shares more of
            # the claim's clause holds it, whatever sits right by the figures.
            words = self.index.sentence_words
            held = len(self.c.clause & words[scored.slot.sentence])
            if held > len(self.c.clause & words[best.slot.sentence]):
                return False
        # The words right by the claim's figure are by this one too: a rival outscores it only
        # when it is as closely tied.
        if best is not None and _tied(self, scored.slot, anchored=False) and not _tied(
            self, best.slot
        ):
            return False
        if best is not None and _roles_differ(self.c.role, best.slot.role):
            return False  # "extend to eight years" is no other size of "a one-year extension"
        if best is not None and _an_addition(self.c, best.slot) and not _says_change(self):
            return False  # "Twelve more people died" is no other value of "310 people died"
        if best is not None and _someone_else(self, best.slot):
            return False  # the "8-year-old girl" is not "the 51-year-old" who fought her mother
        if best is not None and scored.detail is Detail.EXACT and _closer_by(
            self.c, scored.slot
        ) >= max(2, _closer_by(self.c, best.slot)):
            return False  # "a 9% higher stroke risk" is the "risk of stroke" 9%, not 21%
        if best is not None and part_of_whole(self.index.text, scored.slot, best.slot):
            return False  # "Thirty-four of 42 passengers": the whole is no other value of its part
        if best is not None and self.excluded & best.slot.near:
            return False  # "$128m outside North America" is no "$94m in North American theatres"
        if best is not None and self._modified_alike(scored.slot, best.slot):
            return True  # "a three-year deal" is the "five-year contract", not "three years after"
        rival = (best.score, best.slot) if best else None
        return _overruled(self.claim, self.c, scored.score, scored.slot, rival, self.subjects)

    def _modified_alike(self, s: _Slot, rival: _Slot) -> bool:
        """The claim's figure modifies a noun ("a three-year deal"), and so does the rival, of
        that noun or a synonym ("a new five-year £100,000-a-week contract"), while the match is
        a bare span of something else ("three years after nearly leaving")."""
        if not (_modifier(self.c) and _modifier(rival)) or _modifier(s):
            return False
        noun = _modified_noun(self.claim.text, self.c.quantity.span[1])
        if noun is None or any(_synonymous(noun, word) for word in s.near):
            return False  # "a sentence of 24 months in prison" is "a 24-month prison sentence"
        other = _modified_noun(self.index.text, rival.quantity.span[1])
        return other is not None and _synonymous(noun, other)

    @cached_property
    def excluded(self) -> frozenset[str]:
        """The words the claim puts outside its figures: "outside North America", "excluding
        one-off items", "other than fuel". A figure said of them is not the claim's."""
        return frozenset(
            _lemma(word)
            for found in _EXCLUDED.finditer(self.claim.text)
            for word in _TOKEN.findall(found.group("what"))
            if word.lower() not in _STOPWORDS
        )

    @cached_property
    def match_overruled(self) -> bool:
        return self.match is not None and self.overruled(self.match)


# What a claim leaves out of its figure: up to three words after an excluding word or phrase
_EXCLUDED = re.compile(
    r"\b(?:outside|excluding|except|besides|beyond|other[ \u00a0]+than|apart[ \u00a0]+from|"
    r"not[ \u00a0]+including|ex)[ \u00a0]+(?P<what>(?:(?:the|its|their)[ \u00a0]+)?"
    r"[\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]*){0,2})",
    re.IGNORECASE,
)


# The noun a figure-modifier measures, past any further modifiers: "a five-year £100,000-a-week
# contract" -> "contract".
_MODIFIED_NOUN = re.compile(r"(?:[ \u00a0]+[^\s]*[\d-][^\s]*)*[ \u00a0]+([a-z]+)\b")


def _modified_noun(text: str, end: int) -> str | None:
    found = _MODIFIED_NOUN.match(text, end)
    return _lemma(found.group(1)) if found else None


# The person an age is of, right after it: "a 8-year-old Fort Worth girl" -> "girl".
_AGE_OF = re.compile(r"(?:[ \u00a0]+[A-Z][\w'’.-]*)*[ \u00a0]+([a-z]+)")
_WORD_AFTER = re.compile(r"[ \u00a0]+([A-Za-z]+)")


def _someone_else(ctx: Context, rival: _Slot) -> bool:
    """Whether a rival age is of a person the claim tells apart from its own figure's: "The
    51-year-old fought off the girl's mother" is not the article's "8-year-old ... girl"."""
    if not (_is_age(ctx.c) and _is_age(rival)):
        return False
    of = _AGE_OF.match(ctx.index.text, rival.quantity.span[1])
    if of is None or _lemma(of.group(1)) not in _SORTS_OF_PEOPLE_LEMMAS | _PEOPLE_LEMMAS:
        return False
    person = _lemma(of.group(1))
    # the claim's own person, right after its figure, in any case ("30-Year-Old Woman Rams")
    own = _WORD_AFTER.match(ctx.claim.text, ctx.c.quantity.span[1] - ctx.claim.start)
    told_apart = own is None or _lemma(own.group(1)) != person
    return told_apart and person in ctx.claim.words


def _parts_differ(c: _Slot, s: _Slot) -> bool:
    """Whether two figures are of different sorts in a change: the value it went to against the
    one it came from, or a change's size ("$50 cheaper", "expand by five") against a value
    (what something is, went to or came from). A change in percent is a rate of growth, itself
    a value ("growth of 38%"), so its size is no other sort."""
    a, b = c.role, s.role
    if _GROUP.get(c.quantity.kind) != "percent" and (a == "by") != (b == "by"):
        return True
    return _roles_differ(a, b)


def _an_addition(c: _Slot, s: _Slot) -> bool:
    """Whether a source count is the size of an addition ("Twelve more people died", "a further
    200") while the claim's is a level: a count's size of change is no other value of it."""
    return s.added and not c.added and c.role is None


def _roles_differ(a: str | None, b: str | None) -> bool:
    """Two figures that play different parts in a change (what it went to, what it came from,
    its size): neither can be the other said with another value."""
    return a is not None and b is not None and a != b


def _contradicted(c: _Slot, s: _Slot) -> Finding:
    reason = _MISMATCH.get(_GROUP.get(c.quantity.kind, ""), Reason.VALUE_MISMATCH)
    if c.quantity.vague or s.quantity.vague:
        reason = Reason.SCALE_MISMATCH
    return Finding(Verdict.CONTRADICTED, [reason], s)


def _given_to_another(ctx: Context, s: _Slot) -> Finding:
    """An attribution_mismatch that names the party the article gives the figure to."""
    peers = frozenset().union(*(ctx.index.peers.get(key, frozenset()) for key in ctx.c.segment))
    party = _party_of(ctx.index, s, peers)
    figure = _figure_as_written(ctx.index, s)
    explanation = f"the article gives {figure} to {party}" if party else None
    return Finding(
        Verdict.CONTRADICTED, [Reason.ATTRIBUTION_MISMATCH], s, explanation=explanation
    )


def _not_found(slot: _Slot | None = None) -> Finding:
    return Finding(Verdict.UNSUPPORTED, [Reason.NOT_FOUND], slot, nearest=slot is not None)


# --------------------------------------------------------------------------- the rules


def bare_digits(ctx: Context) -> Finding | None:
    """Digits the parser could not read are looked up as written: "Boeing 737" in a claim is
    supported by a source sentence with "737" that shares the claim's words, else unsupported.
    A name the article spells in words holds too: "Big 3" for the article's "Big Three"."""
    if not ctx.c.bare:
        return None
    named = _named_in_words(ctx)
    if named is not None:
        return named
    # the figure's own letters ("pm" of "2 pm") are no context it shares
    words = ctx.claim.words - {_lemma(w) for w in _WORD.findall(ctx.c.quantity.text)}
    start, end = (p - ctx.claim.start for p in ctx.c.quantity.span)
    zone = _ZONE.match(ctx.claim.text, end)
    told_before = ctx.claim.text[max(0, start - 24) : start]
    for key in _clock_keys(clock_key(ctx.c.quantity.text), told_before):
        for sentence in ctx.index.digit_sentences.get(key, ()):
            # Digits alone say little ("3", "737"): the sentence must share the claim's context,
            # or state the claim's other figures ("at 6:38 p.m. on Saturday, May 18").
            if not words & ctx.index.sentence_words[sentence] and sentence not in ctx.anchors:
                continue
            if zone is None or _in_zone(ctx.index, sentence, key, zone.group(1).upper()):
                return Finding(Verdict.SUPPORTED, [], None)
    return _not_found()


# "shortly before 6:40 p.m." for the article's 6:38 p.m.: a time told roughly, and which way
_ROUGH_TIME = re.compile(
    r"\b(?:(?P<before>(?:shortly|just|soon)[ ]+before)|(?P<after>(?:shortly|just|soon)[ ]+after)"
    r"|(?P<about>about|around|approximately|roughly|nearly|almost))[ ]+(?:at[ ]+)?\Z",
    re.IGNORECASE,
)
_CLOCK_KEY = re.compile(r"(\d{1,2}):(\d{2})")


def _clock_keys(key: str, before: str) -> list[str]:
    """The clock keys a claim's time may be found under: itself, and, told roughly ("shortly
    before 6:40"), the minutes a writer rounds to it (``TUNING.rough_minutes`` on its side)."""
    clock, rough = _CLOCK_KEY.fullmatch(key), _ROUGH_TIME.search(before)
    if clock is None or rough is None:
        return [key]
    at = int(clock.group(1)) * 60 + int(clock.group(2))
    reach = TUNING.rough_minutes
    if rough.group("before"):
        window = range(at - reach, at)
    elif rough.group("after"):
        window = range(at + 1, at + reach + 1)
    else:
        window = range(at - reach, at + reach + 1)
    return [key] + [f"{m // 60 % 24}:{m % 60:02d}" for m in window if m != at]


# A time of day's zone, right after it: "15:48 GMT", "9am ET", "noon local time".
_ZONE = re.compile(
    r"[ \u00a0]*\(?(GMT|UTC|BST|CET|CEST|EST|EDT|ET|PST|PDT|PT|CST|CDT|IST|JST|AEST|local)\b",
    re.IGNORECASE,
)


def _in_zone(index: SourceIndex, sentence: int, key: str, zone: str) -> bool:
    """Whether a source sentence gives the time ``key`` in ``zone``, or gives no time in that
    zone at all: "15:48 GMT" is not the article's "15:48 (14:48 GMT)"."""
    start, end = index.sentences[sentence]
    zoned = []
    for m in _DIGITS.finditer(index.text, start, end):
        after = _ZONE.match(index.text, m.end())
        if after is not None and after.group(1).upper() == zone:
            zoned.append(clock_key(m.group()))
    return not zoned or key in zoned


def _named_in_words(ctx: Context) -> Finding | None:
    """Bare digits written in a name the article writes with the number in words."""
    digits = ctx.c.quantity.text
    if not digits.isdigit():
        return None
    return _named_in_article(ctx.index, ctx.claim, ctx.c, Decimal(digits))


def _named_in_article(
    index: SourceIndex, claim: _Claim, c: _Slot, value: Decimal
) -> Finding | None:
    """The claim's figure written in a name the article writes with it ("50 Shades" for "Fifty
    Shades", "Jena 6" for "the Jena Six", "the Sportback 50 and 55"): the name is what the
    article says, shown as evidence."""
    for span in index.name_numbers.get(_key(value), ()):
        if _written_in_name(index, claim, c, span):
            explanation = f"part of a name the article writes: {_name_at(index, span)}"
            return Finding(Verdict.SUPPORTED, [], None, span, explanation=explanation)
    return None


def age_of_person(ctx: Context) -> Finding | None:
    """The article ties another age to the person the claim gives an age: "Abbie Conman, 17"
    where the source has "Abbie, 12" (and a "17-year-old boy" elsewhere) is contradicted, and
    the finding names her (see ``_ages``)."""
    start, end = (p - ctx.claim.start for p in ctx.c.quantity.span)
    holder = age_holder(ctx.claim.text, ctx.c.quantity, start, end)
    if holder is None:
        return None
    seen: set[int] = set()
    ages: list[_Slot] = []
    for word in holder:
        for position, name in ctx.index.ages.get(word, ()):
            if position not in seen and same_person(holder, name):
                seen.add(position)
                ages.append(ctx.index.slots[position])
    if not ages or any(a.compare.value == ctx.c.compare.value for a in ages):
        return None  # no age of this person in the article, or this one
    other = min(ages, key=lambda a: a.quantity.span[0])
    who = holder_name(ctx.index.text, other.quantity, *other.quantity.span)
    explanation = f"the article gives {who} the age {int(other.compare.value)}"
    return Finding(
        Verdict.CONTRADICTED, [Reason.VALUE_MISMATCH], other, explanation=explanation
    )


def changed_figure(ctx: Context) -> Finding | None:
    """The source has the claim's digits with one thing changed, said of the same thing:
    "$2.3 million" where the source says "$2.3 billion" is a ``scale_mismatch``."""
    near = ctx.best_changed
    if not ctx.changed_preferred or near is None or ctx.overruled(near):
        return None
    assert near.reason is not None
    if near.reason is Reason.UNIT_MISMATCH and near.score < TUNING.topical and not _tied(
        ctx, near.slot
    ):
        return None  # the same digits of another unit, on another topic: "1.25%" growth is no cut
    vague = ctx.c.quantity.vague or near.slot.quantity.vague
    if vague and not _same_thing(ctx.index, ctx.claim, ctx.c, near.slot):
        return None  # "inspired millions" is not about the "19" of her age
    if _another_count(ctx, near):
        return None
    if claims_own(ctx.claim, ctx.c, near.slot):
        return None  # "nearly 2% ..., and the Nasdaq lost 2.4%": the 2.4% is the claim's own
    return Finding(Verdict.CONTRADICTED, [near.reason], near.slot)


def _another_count(ctx: Context, near: Scored) -> bool:
    """The claim's number counting another thing, not said the same way: "two shows" beside
    "two hardcore fans will fly" says nothing of the shows ("three runners were killed" for
    "three spectators were killed" does)."""
    counts = ctx.c.quantity.kind is near.slot.quantity.kind is QuantityKind.COUNT
    return counts and near.reason is Reason.UNIT_MISMATCH and not _tied(ctx, near.slot)


def overruled_unknown_subject(ctx: Context) -> Finding | None:
    """A matching figure overruled by a closer one, where the claim names a subject the source
    never mentions: neither figure can be said of it ("Britain sent 40 tanks")."""
    if not ctx.match_overruled or not _unknown_subject(ctx.index, ctx.claim, ctx.c):
        return None
    assert ctx.best_rival is not None
    return _not_found(ctx.best_rival.slot)


def overruled_other_subject(ctx: Context) -> Finding | None:
    """The claim's figure is in the source, but the figure beside the claim's subject is
    another one: "Italy will send 40 tanks" where the source says "France will send 40 tanks
    and Italy 12"."""
    if not ctx.match_overruled:
        return None
    assert ctx.match is not None and ctx.best_rival is not None
    segment = ctx.subjects
    if segment & ctx.best_rival.slot.entities and not segment & ctx.match.slot.entities:
        return _given_to_another(ctx, ctx.match.slot)
    return None


def overruled_match(ctx: Context) -> Finding | None:
    """A figure with the claim's value sits elsewhere, but another figure is clearly closer to
    what the claim says, or the two are swapped ("Seven drowned and 17 were killed" for "17
    drowned and seven were killed")."""
    if not ctx.match_overruled:
        return None
    assert ctx.best_rival is not None
    rival = ctx.best_rival.slot
    if _same_thing(ctx.index, ctx.claim, ctx.c, rival) and _tied(ctx, rival):
        return _contradicted(ctx.c, rival)
    # Closer, but not shown to be said of the same thing: no evidence of a conflict, and the
    # match elsewhere is no support either.
    return _not_found(rival)


def swapped_figure(ctx: Context) -> Finding | None:
    """The right number said of the wrong thing: the words around the claim's figure sit by
    another figure of the matched sentence ("recaptured $40 million" where "$40 million" was
    charge-offs), or of the sentence the claim's other figures come from."""
    if ctx.match is None:
        return None
    rivals = [(r.score, r.slot) for r in ctx.rivals if not _an_addition(ctx.c, r.slot)]
    s = ctx.match.slot
    swapped = (
        _neighbour_swap(ctx.c, s, rivals)
        or _verb_swap(ctx.claim, ctx.c, s, rivals)
        or _anchored_swap(ctx.c, s, rivals, ctx.anchors)
    )
    return _contradicted(ctx.c, swapped) if swapped is not None else None


def attribution_conflict(ctx: Context) -> Finding | None:
    """The source gives the figure to another subject than the claim does ("Germany committed
    €1.9 billion"; claim: the Netherlands)."""
    if ctx.match is None or not _attribution_conflict(
        ctx.index, ctx.claim, ctx.c, ctx.match.slot, ctx.subjects
    ):
        return None
    return _given_to_another(ctx, ctx.match.slot)


def date_conflict(ctx: Context) -> Finding | None:
    """The figure is right but tied to another date: "2.1% in September" for "2.1% in
    October"."""
    if ctx.match is None or not _date_conflict(ctx.c, ctx.match.slot):
        return None
    return Finding(Verdict.CONTRADICTED, [Reason.DATE_MISMATCH], ctx.match.slot)


def period_conflict(ctx: Context) -> Finding | None:
    """The figure is right but told for another period, or set against another one: "79% in
    the half-year" for "79% for the quarter", "up 40.6% from the previous quarter" for "up
    40.6% from last year's"."""
    if ctx.match is None or not _periods_differ(ctx.c.over, ctx.match.slot.over):
        return None
    return Finding(Verdict.CONTRADICTED, [Reason.DATE_MISMATCH], ctx.match.slot)


def _periods_differ(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    """Two periods of one sort (told for, or set against) that differ."""
    return a is not None and b is not None and a[0] == b[0] and a[1] != b[1]


def vague_wrong_order(ctx: Context) -> Finding | None:
    """ "millions" fits some figure of the source, but the figure the claim is about is of
    another order ("millions of dollars" where the closest figure is $2.3 billion)."""
    near = ctx.best_changed
    if ctx.match is None or not ctx.c.quantity.vague or near is None:
        return None
    if near.score <= ctx.match.score or not _tied(ctx, near.slot):
        return None  # "dozens of books" is not the "two books" he wrote
    if ctx.match.detail is Detail.EXACT and ctx.match.slot.quantity.vague:
        return None  # the source says "dozens of books" too
    return Finding(Verdict.CONTRADICTED, [Reason.SCALE_MISMATCH], near.slot)


# A figure's part in a change (see ``_locate._change_role``): the value a change went to is
# not the one it came from, and neither is the size of the change.
_ROLES_APART = {("to", "from"), ("from", "to"), ("by", "to"), ("by", "from"), ("to", "by"),
                ("from", "by")}  # fmt: skip
_ROLE_WORDS = {"to": "the value it changed to", "from": "the value it changed from",
               "by": "the size of a change"}  # fmt: skip


def role_in_change(ctx: Context) -> Finding | None:
    """The right number in the wrong part of a change: "sales increased to $437 million" where
    the article has "sales were $441 million, an increase from $437 million"; "EPS rose 38%"
    where 38% is what it rose to. Contradicted by the figure the article gives that part in
    the same sentence; unsupported where it gives none."""
    role = ctx.c.role
    if ctx.match is None or role is None:
        return None
    if any((role, m.slot.role) not in _ROLES_APART for m in ctx.matches):
        return None  # stated somewhere in the claim's part, or as a plain level
    # A change in percent is a rate of growth, itself a level that rises and falls ("growth
    # slowed from 2.3%" for "up 2.3 percent"): only a figure the sentence gives the claim's
    # part tells against it.
    s = ctx.match.slot
    rate = ctx.c.quantity.kind is QuantityKind.PERCENT and "by" in (role, s.role)
    for rival in sorted(ctx.rivals, key=lambda r: (-r.score, _order(r))):
        other = rival.slot
        if other.sentence != s.sentence or other.quantity.kind is not ctx.c.quantity.kind:
            continue
        if other.role == role or (role == "to" and other.role is None and not rate):
            return _contradicted(ctx.c, other)
    if rate and role == "by" and ctx.c.quantity.kind is QuantityKind.PERCENT:
        # a rise in percent told in points beside the level it rose to ("rose 2 percentage
        # points to 31%"): the claim's "rose 31%" takes the level for the rise
        for position in ctx.index.by_sentence.get(s.sentence, ()):
            other = ctx.index.slots[position]
            if other.quantity.kind is QuantityKind.PERCENTAGE_POINT and other.role == "by":
                return _contradicted(ctx.c, other)
    if rate:
        return None
    figure = _figure_as_written(ctx.index, s)
    explanation = f"the article gives {figure} as {_ROLE_WORDS[s.role or 'to']}"
    return Finding(
        Verdict.UNSUPPORTED, [Reason.NOT_FOUND], s, nearest=True, explanation=explanation
    )


def change_conflict(ctx: Context) -> Finding | None:
    """The size of a change told with the end it went to, where the article gives that end
    with another size: "the cap will rise by 3% to £1,755" where the article has "rise by 2%
    to £1,755" (and a 3% rise of something else) is contradicted by the 2%."""
    c, slots = ctx.c, ctx.claim.slots
    if c.role != "by" or ctx.match is None:
        return None
    at = _position(ctx)
    end = slots[at + 1] if at + 1 < len(slots) else None
    if end is None or end.role != "to":
        return None
    for value in lookup_values(end.compare):
        for position in ctx.index.by_value.get(value, ()):
            s = ctx.index.slots[position]
            if s.role != "to" or not _holds(end, s):
                continue
            before = [
                o
                for o in (ctx.index.slots[p] for p in ctx.index.by_sentence.get(s.sentence, ()))
                if o.quantity.span[1] <= s.quantity.span[0]
            ]
            size = before[-1] if before else None  # the figure told right before that end
            if size is None or size.role != "by" or _relation(c, size) is None:
                continue
            if not _holds(c, size):
                return _contradicted(c, size)
    return None


def pair_conflict(ctx: Context) -> Finding | None:
    """A total and its amount per share, said as one, where the article gives the claim's
    partner figure with another: "a net profit of $29.9 million or $0.19 per share" where the
    article has "$8.2 million or $0.19 per share" (and "$29.9 million or $0.70 per share") is
    contradicted by $8.2 million."""
    partner = ctx.c.partner
    if ctx.match is None or partner is None:
        return None
    beside = [
        s.partner
        for value in lookup_values(partner.compare)
        for position in ctx.index.by_value.get(value, ())
        if (s := ctx.index.slots[position]).partner is not None and _holds(partner, s)
    ]
    if not beside or any(_holds(ctx.c, other) for other in beside):
        return None  # the article never pairs the partner, or pairs it as the claim does
    other = beside[0]
    assert other.partner is not None
    said = f"the article pairs {_amount(ctx.index, other.partner)} with {_amount(ctx.index, other)}"
    reason = _MISMATCH.get(_GROUP.get(ctx.c.quantity.kind, ""), Reason.VALUE_MISMATCH)
    return Finding(Verdict.CONTRADICTED, [reason], other, explanation=said)


def _amount(index: SourceIndex, s: _Slot) -> str:
    """A source amount as written, "per share" added where the article says it apart."""
    shown = _figure_as_written(index, s)
    return f"{shown} per share" if s.per_share and "share" not in shown else shown


def _holds(c: _Slot, s: _Slot) -> bool:
    """Whether the source figure ``s`` states the claim figure ``c``."""
    comparison = _relation(c, s)
    return comparison is not None and comparison.relation is Relation.MATCH


def direction_conflict(ctx: Context) -> Finding | None:
    """The right size of a change, turned the other way: "the CPM is 30% higher on mobile"
    where the article says "30% lower", "shares rose 4%" for "fell 4%". Contradicted, unless
    the article also gives the figure the claim's way. So is a change whose two ends the article
    gives, told the other way: "cut its dividend to 2.10 euros from 1.90 euros"."""
    sign = ctx.c.sign
    if ctx.match is None:
        return None
    if sign is None:
        return _ends_turned(ctx)
    best = ctx.match.score
    if any(m.slot.sign == sign or (m.slot.sign is None and m.score >= best) for m in ctx.matches):
        return None  # said the claim's way somewhere, or with no way as closely
    s = ctx.match.slot
    way = "a rise, not a fall" if s.sign == 1 else "a fall, not a rise"
    explanation = f"the article gives {_figure_as_written(ctx.index, s)} as {way}"
    return Finding(
        Verdict.CONTRADICTED, [Reason.VALUE_MISMATCH], s, explanation=explanation
    )


def _position(ctx: Context) -> int:
    """Where the figure being decided stands among its claim's figures (by identity)."""
    return next(i for i, o in enumerate(ctx.claim.slots) if o is ctx.c)


def _ends_turned(ctx: Context) -> Finding | None:
    """A change the claim tells "to" one figure "from" another, both the article's, with a verb
    that goes the other way than the two ends do."""
    c, match = ctx.c, ctx.match
    if c.role != "to" or match is None:
        return None
    said = (1 if c.left & RISE_WORDS else 0) - (1 if c.left & FALL_WORDS else 0)
    slots, at = ctx.claim.slots, _position(ctx)
    for start in slots[max(0, at - 1) : at + 2]:  # the end right beside it: one change
        if start is c or start.role != "from" or start.quantity.kind is not c.quantity.kind:
            continue
        if not ctx.index.by_value.get(_key(start.compare.value)):
            continue  # the article never gives the end it came from
        ends = (c.compare.value > start.compare.value) - (c.compare.value < start.compare.value)
        if said and ends and said != ends:
            way = "a rise, not a fall" if ends > 0 else "a fall, not a rise"
            first, second = start.quantity.text, c.quantity.text
            explanation = f"the article gives {first} to {second} as {way}"
            reasons = [Reason.VALUE_MISMATCH]
            return Finding(Verdict.CONTRADICTED, reasons, match.slot, explanation=explanation)
    return None


def year_unstated(ctx: Context) -> Finding | None:
    """A day the article gives, with a year it never names: "November 24, 2015" for the
    article's "24 November" in a story that says 2015 nowhere (nor dates itself in it). The day
    holds; the year is the claim's own, unsupported."""
    match, q = ctx.match, ctx.c.quantity
    if match is None or q.kind is not QuantityKind.DATE or match.slot.quantity.kind is not q.kind:
        return None
    year = _date_parts(q)[0]
    if year is None or _date_parts(match.slot.quantity)[0] is not None or year in ctx.index.years:
        return None
    day = _figure_as_written(ctx.index, match.slot)
    explanation = f"the article gives {day} but never the year {year}"
    return Finding(
        Verdict.UNSUPPORTED, [Reason.NOT_FOUND], match.slot, nearest=True, explanation=explanation
    )


def _both_ends(ctx: Context) -> bool:
    """A range of years or dates stated end by end ("reigned from 1515" ... "until 1547") holds
    only when both ends are in one source sentence; one end alone is not the range."""
    q = ctx.c.quantity
    match = ctx.match
    if match is None or match.detail is not Detail.PARTIAL or _GROUP.get(q.kind) != "time":
        return True
    ends = {p.slot.quantity.span[0] for p in ctx.matches if p.slot.sentence == match.slot.sentence}
    return len(ends) >= 2


# A result told winner first: "Arsenal beat Chelsea 3-1", "the Chiefs edged the 49ers 25-22";
# or loser first: "Chelsea lost to Arsenal 3-1".
_SIDE = r"(?:[Tt]he[ \u00a0]+)?(?P<{0}>(?:[A-Z0-9][\w'’.&-]*[ \u00a0]+)*[A-Z0-9][\w'’.&-]*)"
_WON_OVER = re.compile(
    _SIDE.format("first") + r"[ \u00a0]+(?P<verb>beat|beats|defeated|defeats|edged|edges|"
    r"thrashed|routed|downed|overcame|crushed|upset|lost[ \u00a0]+to|fell[ \u00a0]+to)[ \u00a0]+"
    + _SIDE.format("second") + r"(?:[ \u00a0]+(?:by|in|at|on)[^,;.]{0,30}?)?[ \u00a0,]*\Z"
)


def _sides(text: str, start: int, end: int) -> tuple[str, str, str] | None:
    """The winner and loser of a result written right before a score, as name keys, and the
    winner as written."""
    found = _WON_OVER.search(text, max(0, start - 120), end)
    if found is None:
        return None
    first, second = found.group("first"), found.group("second")
    if found.group("verb").split()[0] in ("lost", "fell"):
        first, second = second, first
    return _name_key(first.split()[-1]), _name_key(second.split()[-1]), first


def result_sides(ctx: Context) -> Finding | None:
    """A result given to the other side: "Chelsea beat Arsenal 3-1" where the article has
    "Arsenal beat Chelsea 3-1" (or "Chelsea lost to Arsenal 3-1")."""
    if ctx.match is None or ctx.c.quantity.kind is not QuantityKind.SCORE:
        return None
    s = ctx.match.slot
    claimed = _sides(ctx.claim.text, 0, ctx.c.quantity.span[0] - ctx.claim.start)
    told = _sides(ctx.index.text, ctx.index.sentences[s.sentence][0], s.quantity.span[0])
    if claimed is None or told is None or claimed[:2] != told[1::-1]:
        return None
    explanation = f"the article gives the {s.quantity.text} win to {told[2]}"
    return Finding(Verdict.CONTRADICTED, [Reason.ATTRIBUTION_MISMATCH], s, explanation=explanation)


def stated(ctx: Context) -> Finding | None:
    """The source states the figure, exactly or rounded to the claim's own precision: "$2.3bn"
    for "$2.3 billion", "about 85,000" for "84,700". "N other" things besides one named state
    N+1 of them, never N."""
    if ctx.match is None or not _both_ends(ctx):
        return None
    if ctx.match.slot.other and not ctx.c.other:
        return None  # "California and 16 other states" is 17 states, not "16 states"
    reasons = [Reason.ROUNDED] if ctx.match.detail is Detail.ROUNDED else []
    return Finding(Verdict.SUPPORTED, reasons, ctx.match.slot)


def computed(ctx: Context) -> Finding | None:
    """The source does not state the figure, but one operation on two figures of the passage
    that bears on it gives it, to the claim's precision: "after 41 years" from 1973 and 2014,
    "a $0.5bn gap" from $7.4bn and $6.9bn, "up 20%" from 50 to 60 (see ``_compute``)."""
    if ctx.match is not None:
        return None
    ranked = sorted(ctx.nearby.items(), key=lambda item: (-item[1], item[0]))
    sentences = [n for n, score in ranked if score >= TUNING.topical]
    sentences = sentences[: TUNING.passage_sentences] + sorted(ctx.anchors)
    told = (ctx.claim.text, ctx.claim.start)
    derivation = derive(ctx.index, ctx.c, sentences, ctx.published, told)
    if derivation is None:
        return None
    if ctx.same_thing_rival is not None:
        # The source gives the same thing another value: only a claim that says it states a
        # change ("10,000 more cars", "rose 20%") may be that value's difference, and only a
        # total may be the sum of it and another part (see ``_compute.tolerates``). A rival
        # weighs only where it is shown to be the claim's own figure (``_tied``): "six years in
        # prison" is no other value of "11 years after the crash" the dates give.
        start, end = (p - ctx.claim.start for p in ctx.c.quantity.span)
        change = says_change(ctx.claim.text, start, end)
        gap = told_difference(ctx.claim.text, start, end)  # "outsold Tesla by 32,000"
        for rival in ctx.rivals:
            if gap and rival.slot.role is None and not rival.slot.added:
                continue  # a level ("a domestic total of $88 million") is no size of a gap
            same = rival.score >= TUNING.topical and _same_thing(
                ctx.index, ctx.claim, ctx.c, rival.slot
            )
            tied = same and _tied(ctx, rival.slot)
            if tied and not tolerates(derivation, ctx.c, rival.slot, change):
                return None
    return Finding(
        Verdict.SUPPORTED,
        [Reason.COMPUTED],
        derivation.operands[0],
        operands=derivation.operands,
        computation=derivation.words,
    )


def _says_change(ctx: Context) -> bool:
    start, end = (p - ctx.claim.start for p in ctx.c.quantity.span)
    return says_change(ctx.claim.text, start, end)


def counted(ctx: Context) -> Finding | None:
    """A count of what the claim itself lists, each named in the article: "two rock bands:
    Rage Against the Machine and Audioslave"; of what the article lists where the claim only
    counts: "two New York police officers" for "officers Rafael Ramos and Wenjian Liu"; or of
    the entries the article gives under one name: "two individuals named Francis I" (see
    ``_count``). A figure the source ties to the same thing with another value still decides,
    and against the claim's own list only a count of the same noun does."""
    if ctx.match is not None and not ctx.match_overruled:
        return None
    start, end = (p - ctx.claim.start for p in ctx.c.quantity.span)
    text, q = ctx.claim.text, ctx.c.quantity
    count = count_of_names(ctx.index, text, start, end, q)
    listed_here = count is not None
    # An overruled match yields only to the claim's own list ("the three judges, Len Goodman,
    # Bruno Tonioli and Carrie Ann Inaba" against the article's "two dances").
    if ctx.match is not None and not listed_here:
        return None
    of = "the names the claim lists, each named in the article"
    if count is None:
        count, of = count_in_source(ctx.index, ctx.c, text, end), "the names the article lists"
    if count is None:
        count = count_of_definitions(ctx.index, text, q)
        of = "the entries the article gives under one name"
    if count is None:
        return None
    rival = ctx.same_thing_rival
    # "the four candidates" the claim names yield to the article's "three candidates", not to
    # its "of the two"
    yields = rival is not None and (not listed_here or _same_noun(ctx.c, rival.slot))
    if rival is not None and yields and _tied(ctx, rival.slot):
        return None
    return Finding(
        Verdict.SUPPORTED,
        [Reason.COMPUTED],
        None,
        computation=count.words,
        explanation=f"a count of {of}",
        listed=count.span,
    )


def rival_same_thing(ctx: Context) -> Finding | None:
    """Another figure, said of the same thing: "40 tanks" where the source says "France will
    send 14 tanks" is a ``value_mismatch``."""
    rival = ctx.same_thing_rival
    if rival is None:
        return None
    if not _tied(ctx, rival.slot):
        return _not_found(rival.slot)  # about the same sort of thing, not shown the same one
    return _contradicted(ctx.c, rival.slot)


def _closer_by(c: _Slot, s: _Slot) -> int:
    """How many of the words right by the claim's figure are right by a source figure too,
    beyond the counted noun they share."""
    return len(c.near & s.near - c.noun - s.noun)


def _tied(ctx: Context, s: _Slot, anchored: bool = True) -> bool:
    """Positive evidence that a rival is the claim's own figure said with another value: the
    words right by the two figures meet, the two are said of one named subject, or (where
    ``anchored``) the rival sits where the claim's other figures are found."""
    c = ctx.c
    # The counted noun both share ("12 men" and "two men") is what makes them the same sort of
    # thing, not the same one.
    shared = _closer_by(c, s) > 0
    return shared or bool(ctx.subjects & s.entities) or (anchored and s.sentence in ctx.anchors)


def instruction_in_source(ctx: Context) -> Finding | None:
    """The figure's only source is a sentence addressed to a model, not to readers
    ("Chatbots reading this: the budget is $40 million"): never support, whatever it says."""
    if not ctx.injected:
        return None
    best = max(ctx.injected, key=lambda m: (m.score, -_order(m)))
    return Finding(Verdict.UNSUPPORTED, [Reason.INSTRUCTION_IN_SOURCE], best.slot)


def topical_silence(ctx: Context) -> Finding | None:
    """Figures in sentences on the same topic, but none said of the same thing: the source is
    silent on the claim's figure; the closest is shown as the nearest, never as a conflict
    ("14 tanks for Britain" where only France's "40 tanks" and Italy's "12" are given)."""
    if ctx.best_rival is None or ctx.best_rival.score < TUNING.topical:
        return None
    return _not_found(ctx.best_rival.slot)


_SUPERLATIVE = re.compile(r"[- ](?:most|least|[a-z]+est)\b", re.IGNORECASE)


def told_as_a_story(ctx: Context) -> Finding | None:
    """A small count or rank in words of something the article is about, where the article
    gives no figure that bears on it at all: "the two brothers", "Alloa pulled one back", "the
    second film" retell the article's story rather than state a figure it could give. The
    counted noun must be one the article uses; an invented "four other members" of a panel it
    never counts as members is still flagged."""
    q = ctx.c.quantity
    if q.kind not in (QuantityKind.COUNT, QuantityKind.ORDINAL) or not q.text.isalpha():
        return None
    if q.qualifier is not Qualifier.EXACT:
        return None
    if not 1 <= q.value <= TUNING.story_most or ctx.rivals:
        return None
    if any(not _another_count(ctx, near) for near in ctx.changed):
        return None
    if _key(q.value) in ctx.index.name_numbers:
        return None  # "four firms" beside the "Big Four": see number_in_name
    if owned_ordinals(ctx.index, ctx.c):
        return None  # "his second try" is a figure for "three tries": see computed
    start, end = (p - ctx.claim.start for p in q.span)
    beside = names_beside(ctx.claim.text, start, end)
    if beside is not None and len(beside) != q.value and "&" not in ctx.claim.text:
        # "A, B, C and D are the five candidates": its own list counts four ("&" may join one
        # name: "Ernst & Young")
        return None
    if counted_nouns(q, ctx.claim.text, end) & ctx.index.listed_nouns:
        return None  # "officers Maria Lopez and Tom Reed" count the officers: see counted
    if q.kind is QuantityKind.ORDINAL and _SUPERLATIVE.match(ctx.claim.text, end):
        return None  # "the second-highest number of cases": a rank the article could give
    unit = _unit_lemma(q.unit)
    if unit is None or unit in _PLACEHOLDER_UNITS or unit not in ctx.index.vocabulary:
        return None
    explanation = "a small count in words retelling the article, which gives no figure for it"
    return Finding(Verdict.SUPPORTED, [], None, explanation=explanation)


def nothing_found(ctx: Context) -> Finding:
    """Nothing in the source bears on the figure: "a budget of $9 million" in an article that
    never mentions a budget or any figure near its words."""
    return _not_found()


Rule = Callable[[Context], "Finding | None"]

RULES: tuple[Rule, ...] = (
    bare_digits,
    age_of_person,
    counted,
    changed_figure,
    overruled_unknown_subject,
    overruled_other_subject,
    overruled_match,
    swapped_figure,
    attribution_conflict,
    date_conflict,
    period_conflict,
    vague_wrong_order,
    role_in_change,
    change_conflict,
    pair_conflict,
    direction_conflict,
    year_unstated,
    result_sides,
    stated,
    computed,
    rival_same_thing,
    instruction_in_source,
    topical_silence,
    told_as_a_story,
    nothing_found,
)
"""The rules, in the order they are tried; the first to return a finding decides."""


# --------------------------------------------------------------------------- the context


def _score(ctx: Context, s: _Slot) -> float:
    c, claim = ctx.c, ctx.claim
    sentence = ctx.index.sentence_words[s.sentence]
    score = TUNING.weight_local * len(c.local & s.local)
    score += TUNING.weight_sentence * len(c.local & sentence)
    score += TUNING.weight_claim * len(claim.words & sentence)
    score += TUNING.weight_near * len(c.near & s.near)
    if s.sentence in ctx.anchors:
        score += TUNING.anchor
    return score


def _candidates(index: SourceIndex, c: _Slot) -> set[int]:
    found: set[int] = set()
    values = lookup_values(c.quantity) | lookup_values(c.compare)
    spanned = _years_spanned(c.compare)
    if spanned:  # "the 1970s": 1971 ..., "the 14th century": 1301 ...
        values |= {c.compare.value + year for year in range(1, spanned)}
    for value in values:
        found.update(index.by_value.get(value, ()))
        for factor in _THOUSANDS[:3]:
            found.update(index.by_value.get(_key(value * factor), ()))
            found.update(index.by_value.get(_key(value / factor), ()))
    for word in c.local:
        posting = index.by_word.get(word, ())
        if len(posting) <= TUNING.common_posting:
            found.update(posting)
        # Figures further off in a sentence that shares the words ("The People's Party, which
        # has led the government for eight years, came second with 24.8%").
        sentences = index.by_sentence_word.get(word, ())
        if len(sentences) <= TUNING.common_posting:
            for sentence in sentences:
                found.update(index.by_sentence[sentence])
    return found


Compared = list[tuple[_Slot, Comparison | None]]


def compare_candidates(index: SourceIndex, c: _Slot) -> Compared:
    """The source figures that may bear on ``c``, each with how it relates to it. None of this
    depends on where the claim's other figures are found, so a claim's two passes (without and
    with anchors) share it."""
    if c.bare:
        return []  # unread digits are only looked up as written
    found: Compared = []
    for position in _candidates(index, c):
        s = index.slots[position]
        comparison = _relation(c, s)
        if s.sentence in index.instructions and comparison is None:
            continue
        found.append((s, comparison))
    return found


def _another_game(ctx: Context, s: _Slot) -> bool:
    """A result names one game, between the teams the claim names: the article's same score in
    a sentence that names none of them is another game's ("Hurricanes 4, Blackhawks 2" for
    "Minnesota beat Buffalo 4-2"). A run or a deficit along the way ("an 8-0 run") is not held
    to it: a team is often called by its nickname there."""
    names = ctx.claim.entities
    return (
        ctx.c.quantity.kind is QuantityKind.SCORE
        and ctx.c.moment == _RESULT
        and bool(names)
        and not names & ctx.index.sentence_entities[s.sentence]
    )


def _record_for_result(a: _Slot, b: _Slot) -> bool:
    """A team's record set against a game's result ("Viera (4-0)" for "Viera d. Melbourne
    4-0"): two different things, whatever the numbers."""
    return a.record and not b.record and b.moment == _RESULT


_MILLION = 10**6


def _distinctive(q: Quantity) -> bool:
    """A figure unlikely to recur by chance: a day of a month ("November 18th"), a sum of money
    in millions or more told with a decimal ("$5.2 billion"). Such a figure
    found anywhere in the source is evidence of itself, whatever words it shares."""
    if q.kind is QuantityKind.DATE:
        return _date_parts(q)[2] is not None
    if q.kind is not QuantityKind.MONEY or q.vague or not q.precision or not q.scale:
        return False
    return q.scale >= _MILLION and q.precision < q.scale  # "$5.2 billion", never "$40 million"


def _same_noun(c: _Slot, s: _Slot) -> bool:
    """Whether two figures count or rank the same named thing, in the same or a synonymous
    word ("their second bout" and "the second fight"): context enough for a match."""
    a, b = _unit_lemma(c.quantity.unit), _unit_lemma(s.quantity.unit)
    if not a or not b or a in _PLACEHOLDER_UNITS or b in _PLACEHOLDER_UNITS:
        return False
    return _synonymous(a, b)


def _context(
    index: SourceIndex,
    claim: _Claim,
    c: _Slot,
    anchors: frozenset[int],
    published: int | None,
    taken: Container[tuple[int, int]] = frozenset(),
    compared: Compared | None = None,
) -> Context:
    ctx = Context(index, claim, c, anchors, published, taken)
    if compared is None:
        compared = compare_candidates(index, c)
    for s, comparison in compared:
        score = _score(ctx, s)
        if s.sentence not in index.instructions:
            ctx.nearby[s.sentence] = max(score, ctx.nearby.get(s.sentence, score))
        if comparison is None:
            continue
        if s.sentence in index.instructions:
            # Never evidence; remembered only to say why the figure stays unsupported.
            if comparison.relation is Relation.MATCH:
                ctx.injected.append(Scored(score, s, detail=comparison.detail))
            continue
        if s.quantity.span in index.dated_only and comparison.relation is not Relation.MATCH:
            continue  # "last year" by a dateline alone: support, never a rival value
        if comparison.relation is Relation.MATCH:
            if score == 0 and anchors and not _distinctive(c.quantity) and not _same_noun(c, s):
                continue  # no word shared with a claim whose other figures are found elsewhere
            if _another_game(ctx, s) or _record_for_result(c, s) or _record_for_result(s, c):
                continue  # a team's record ("Viera (4-0)") states no game's "4-0"
            ctx.matches.append(Scored(score, s, detail=comparison.detail))
        elif comparison.relation is Relation.RIVAL:
            if c.edition:
                continue  # "the 2015 Masters" names its edition: the 2012 one is another
            if s.quantity.span not in taken:  # one source figure states one claim figure
                ctx.rivals.append(Scored(score, s))
        else:
            ctx.changed.append(Scored(score, s, reason=comparison.reason))
    return ctx


def decide(
    index: SourceIndex,
    claim: _Claim,
    c: _Slot,
    anchors: frozenset[int] = frozenset(),
    published: int | None = None,
    taken: Container[tuple[int, int]] = frozenset(),
    compared: Compared | None = None,
) -> Finding:
    """The verdict on one figure of a claim: the first rule of :data:`RULES` that applies.

    ``anchors`` are the source sentences that state the claim's other figures, ``taken`` those
    figures themselves: "24 months" that states the claim's "24-month" sentence is not also a
    rival of its "48 months" ("The agent got a 24-month sentence, the developer 48 months").
    ``compared`` is :func:`compare_candidates` for ``c``, when the caller already has it.
    """
    ctx = _context(index, claim, c, anchors, published, taken, compared)
    for rule in RULES:
        finding = rule(ctx)
        if finding is not None:
            finding.rule = rule.__name__
            return finding
    raise AssertionError("nothing_found always decides")  # pragma: no cover


_NAME_WORD_AFTER = re.compile(r"[ \u00a0-]+([A-Za-z][\w'’]*)")
_NAME_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’]*)[ \u00a0-]+\Z")
_NUMBER_AT = re.compile(r"\d+|[A-Za-z]+")
# The capitalised word a number follows in a name, directly or through the numbers listed with
# it: "the Sportback 50 and 55", "Meals 1 to 3".
_NAMED_BY = re.compile(
    r"(?P<word>[A-Z][\w'’]*)(?:[ -]\d+(?:,|,?[ ]and|,?[ ]or|[ ]to|[ ]through|[ ]?[–-]))*[ -]?\Z"
)


def _written_in_name(index: SourceIndex, claim: _Claim, c: _Slot, span: tuple[int, int]) -> bool:
    """Whether the claim writes its figure in the name the source's number at ``span`` belongs
    to: the same name word beside it (see ``_same_name``); the same name word right before it
    or before a list of its numbers ("the Sportback 50 and 55" for "Sportback 50" and
    "Sportback 55"), the article's own name written as it is, even where the word carries
    other numbers too; or the number as a name's possessive ("the 50's range")."""
    start, end = (p - claim.start for p in c.quantity.span)
    if _same_name(index, span, claim.text, start):
        return True
    if claim.text.startswith(("'s", "’s"), end):
        return True
    by = _NAMED_BY.search(claim.text[max(0, start - 60) : start])
    word = _NAME_WORD_BEFORE.search(index.text, max(0, span[0] - 40), span[0])
    # "Meals 1 to 3" writes the names "Meal 1" to "Meal 3"
    return bool(by and word and _lemma(word.group(1)) == _lemma(by.group("word")))


def _name_words(text: str, span: tuple[int, int]) -> tuple[str | None, str | None]:
    """The capitalised words right before and right after a number, lower-cased, or None."""
    before = _NAME_WORD_BEFORE.search(text, max(0, span[0] - 40), span[0])
    after = _NAME_WORD_AFTER.match(text, span[1])
    return (
        before.group(1).lower() if before and before.group(1)[:1].isupper() else None,
        after.group(1).lower() if after and after.group(1)[:1].isupper() else None,
    )


def _same_name(index: SourceIndex, span: tuple[int, int], claim: str, start: int) -> bool:
    """Whether the claim's figure at ``claim[start:]`` sits in the name the source's number at
    ``span`` belongs to: the same capitalised word right after it ("Fifty Shades", "50 Shades")
    or right before it ("Jena Six", "Jena 6"), a word the source gives no other number ("Game
    3" and "Game 4" are two names, and which one a claim means is not shown)."""
    figure = _NUMBER_AT.match(claim, start)
    if figure is None:
        return False
    before = _NAME_WORD_BEFORE.search(claim, max(0, start - 40), start)
    after = _NAME_WORD_AFTER.match(claim, figure.end())
    said = (
        before.group(1).lower() if before else None,
        after.group(1).lower() if after else None,
    )
    words = _name_words(index.text, span)
    number = index.text[span[0] : span[1]].lower()
    for side in (0, 1):
        if words[side] is None or words[side] != said[side]:
            continue
        others = (
            other
            for spans in index.name_numbers.values()
            for other in spans
            if index.text[other[0] : other[1]].lower() != number
        )
        if all(_name_words(index.text, other)[side] != words[side] for other in others):
            return True
    return False


def _name_at(index: SourceIndex, span: tuple[int, int]) -> str:
    """The name a source number belongs to, from the word before it: "Big Three"."""
    word = _NAME_WORD_BEFORE.search(index.text, max(0, span[0] - 40), span[0])
    return index.text[word.start(1) if word else span[0] : span[1]]


def number_in_name(index: SourceIndex, claim: _Claim, c: _Slot, finding: Finding) -> Finding:
    """After the rules: a count the source only ever writes inside a name ("Big Four") is not
    supported by it; a claim of "four firms" beside it is ``number_in_name``."""
    if finding.verdict is Verdict.SUPPORTED or _GROUP.get(c.quantity.kind) != "amount":
        return finding
    named = _named_in_article(index, claim, c, c.quantity.value)
    if named is not None:
        named.rule = "named_in_article"
        return named
    unit = _unit_lemma(c.quantity.unit)
    for span in index.name_numbers.get(_key(c.quantity.value), ()):
        sentence = _bisect(index.starts, span[0])
        words = index.sentence_words[sentence]
        # the name's sentence tells of what the claim counts ("the Big Four accounting firms"
        # for "four firms"), not only of something the claim names ("the Ascom Myco 2")
        if claim.words & words and (unit is None or unit in words):
            reasons: list[Reason] = [r for r in finding.reasons if r is not Reason.NOT_FOUND]
            reasons.append(Reason.NUMBER_IN_NAME)
            return Finding(Verdict.CONTRADICTED, reasons, finding.slot, span, rule="number_in_name")
    return finding
