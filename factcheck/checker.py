"""Cross-reference the quantities of a text against a source article, with no model involved.

The source is indexed once (:func:`index_source`): its sentences, every quantity in it, the
content words around each quantity, the entities each quantity is said of, and dictionaries keyed
by value and by context word, so that checking a claim looks up a handful of candidates instead of
scanning the whole source. :func:`check_text` checks every quantity-bearing sentence of a text;
:func:`check_claims` checks structured claims (and that their quotes really occur in the source).

For each quantity of a claim the checker asks which source quantities are *about the same thing*
(compatible kind, unit and currency, and shared content words near the number) and then decides:

- ``supported``: the source states it (exactly, or the claim rounds it correctly), said of the
  same thing: not of another subject, not beside words that belong to a neighbouring figure, not
  in another sentence than the one the claim's other figures come from when that one gives the
  figure another value;
- ``contradicted``: the source states a different figure about the same thing: the same kind,
  unit or currency and either enough words in common or a close value (a wrong digit, not
  another order of thing), and no subject the source never names;
- ``unsupported``: nothing in the source bears on it (the nearest figure may be shown as
  evidence, with ``role="nearest"``, never as a conflict).

Each figure gets its own verdict, reasons and evidence (``ClaimCheck.figures``, and
``verdict``/``reasons``/``role`` on each ``Evidence``); a sentence's verdict is the worst over its
figures. Machine-readable reasons:

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

Where each figure sits (words, names, clauses) is read by :mod:`factcheck._locate`; how two
quantities compare (rounding, scale, qualifiers, dates, per-share amounts) is
:mod:`factcheck._compare`; which source figure a claim's figure is about (subjects, swapped
figures, the same thing or not) is :mod:`factcheck._about`. All four modules are pure: no I/O,
no settings, no global state; values are compared as ``Decimal``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from factcheck._about import (
    _anchored_swap,
    _attribution_conflict,
    _date_conflict,
    _neighbour_swap,
    _overruled,
    _same_thing,
    _unknown_subject,
)
from factcheck._compare import _MATCH, _MISMATCH, _PARTIAL, _RIVAL, _THOUSANDS, _relation
from factcheck._locate import (
    _DIGITS,
    _GROUP,
    _bisect,
    _Claim,
    _key,
    _layout,
    _name_numbers,
    _read_quantities,
    _sentences,
    _Slot,
)
from factcheck.models import (
    CheckReport,
    ClaimCheck,
    DraftClaim,
    Evidence,
    EvidenceRole,
    FigureCheck,
    Quantity,
    Verdict,
    quote_in_text,
)

__all__ = ["REASONS", "SourceIndex", "check_claims", "check_text", "index_source"]

Origin = Literal["claim", "summary", "headline", "key_point", "text"]

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

# --------------------------------------------------------------------------- the index

_COMMON_POSTING = 48  # a context word near more quantities than this says little about any one


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
    vocabulary: frozenset[str] = frozenset()  # every content word of the source, as lemmas

    @property
    def quantities(self) -> list[Quantity]:
        """Every quantity found in the source, in reading order."""
        return [slot.quantity for slot in self.slots]


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
        vocabulary=frozenset().union(*layout.sentence_words),
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


# --------------------------------------------------------------------------- deciding

_RANK = {Verdict.SUPPORTED: 0, Verdict.UNSUPPORTED: 1, Verdict.CONTRADICTED: 2}
# Scores count shared content words: twice for words near both numbers, once for a word near
# the claim's number anywhere in the source sentence, a little for the two sentences overall,
# and more for the words right next to both figures.
_TOPICAL = 2.0  # a rival needs this much in common to be "about the same thing"
_ANCHOR = 3.0  # the bonus for a source sentence where the claim's other figures are found
_NEAR_MIN = 1.0  # same digits, one thing changed: a little shared context is enough


@dataclass
class _Finding:
    verdict: Verdict
    reasons: list[str]
    slot: _Slot | None
    name: tuple[int, int] | None = None  # a number inside a name, shown as evidence too
    nearest: bool = False  # ``slot`` is only the closest figure to an unsupported one


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
            # One end of the claim's range, or a figure that merely rounds to the claim's,
            # does not outweigh the claim's very digits said with another bound in a closer
            # sentence ("more than 30 grams" for "nearly 30 grams", not for someone aged 32).
            or (best_match[2] in (_PARTIAL, "rounded") and best_near[0] > best_match[0])
        )
    ):
        if not _overruled(claim, c, best_near[0], best_near[1], best_rival):
            return _Finding(Verdict.CONTRADICTED, [best_near[2]], best_near[1])
    elif best_match:
        score, s, detail = best_match
        if _overruled(claim, c, score, s, best_rival):
            assert best_rival is not None
            rival = best_rival[1]
            if _unknown_subject(index, claim, c):
                # Neither figure can be said of a subject the source never names.
                return _Finding(Verdict.UNSUPPORTED, ["not_found"], rival, nearest=True)
            if c.segment & rival.entities and not c.segment & s.entities:
                # The claim's figure is in the source, but said of someone else.
                return _Finding(Verdict.CONTRADICTED, ["attribution_mismatch"], s)
            return _contradicted(c, rival)
        swapped = _neighbour_swap(c, s, rivals) or _anchored_swap(c, s, rivals, anchors)
        if swapped is not None:
            return _contradicted(c, swapped)
        if _attribution_conflict(index, c, s):
            return _Finding(Verdict.CONTRADICTED, ["attribution_mismatch"], s)
        if _date_conflict(c, s):
            return _Finding(Verdict.CONTRADICTED, ["date_mismatch"], s)
        if c.quantity.vague and best_near and best_near[0] > score:
            # "millions" fits some figure, but the figure the claim is about is another order
            return _Finding(Verdict.CONTRADICTED, ["scale_mismatch"], best_near[1])
        return _Finding(Verdict.SUPPORTED, ["rounded"] if detail == "rounded" else [], s)
    if best_rival and best_rival[0] >= _TOPICAL:
        ranked = sorted(rivals, key=lambda r: (r[0], -order(r[1])), reverse=True)
        for score, rival in ranked:
            if score < _TOPICAL:
                break
            if _same_thing(index, claim, c, rival):
                return _contradicted(c, rival)
        # Figures in sentences on the same topic, but none said of the same thing: the source
        # is silent on the claim's figure. The closest is shown as the nearest, not a conflict.
        return _Finding(Verdict.UNSUPPORTED, ["not_found"], best_rival[1], nearest=True)
    return _Finding(Verdict.UNSUPPORTED, ["not_found"], None)


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


def _evidence(
    index: SourceIndex,
    sentence: int,
    span: tuple[int, int],
    finding: _Finding | None = None,
    role: EvidenceRole | None = None,
) -> Evidence:
    start, end = index.sentences[sentence]
    return Evidence(
        sentence=index.text[start:end].strip(),
        sentence_span=(start, end),
        quantity_text=index.text[span[0] : span[1]],
        quantity_span=span,
        verdict=finding.verdict if finding else Verdict.SUPPORTED,
        reasons=list(finding.reasons) if finding else [],
        role=role or "states",
    )


def _reading(q: Quantity) -> tuple[object, ...]:
    return q.value, q.kind, q.unit, q.currency, q.qualifier, q.low, q.high


def _figure_span(claim: _Claim, slot: _Slot) -> tuple[int, int]:
    start, end = slot.quantity.span
    return start - claim.start, end - claim.start


def _verbatim(index: SourceIndex, claim: _Claim) -> tuple[list[Evidence], list[FigureCheck]] | None:
    """Evidence for a claim copied word for word from the source, figure by figure, or None."""
    position = index.text.find(claim.text)
    if position < 0:
        return None
    evidence: list[Evidence] = []
    figures: list[FigureCheck] = []
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
        figures.append(
            FigureCheck(
                text=slot.quantity.text,
                span=_figure_span(claim, slot),
                verdict=Verdict.SUPPORTED,
                evidence=[evidence.index(item)],
            )
        )
    return evidence, figures


def _role(finding: _Finding) -> EvidenceRole:
    if finding.nearest:
        return "nearest"
    return "states" if finding.verdict is Verdict.SUPPORTED else "conflicts"


def _check(
    index: SourceIndex, claim: _Claim
) -> tuple[Verdict, list[str], list[Evidence], list[FigureCheck]]:
    copied = _verbatim(index, claim)
    if copied is not None:
        return Verdict.SUPPORTED, [], *copied
    verdict = Verdict.SUPPORTED
    reasons: list[str] = []
    evidence: list[Evidence] = []
    figures: list[FigureCheck] = []
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
            found.append(
                _evidence(
                    index, finding.slot.sentence, finding.slot.quantity.span, finding,
                    _role(finding),
                )
            )  # fmt: skip
        if finding.name is not None:
            sentence = _bisect(index.starts, finding.name[0])
            found.append(_evidence(index, sentence, finding.name, finding, "name"))
        pointers = []
        for item in found:
            # Two figures may cite one source figure; they share the entry only when it says
            # the same about both.
            if item not in evidence:
                evidence.append(item)
            pointers.append(evidence.index(item))
        figures.append(
            FigureCheck(
                text=slot.quantity.text,
                span=_figure_span(claim, slot),
                verdict=finding.verdict,
                reasons=list(finding.reasons),
                evidence=pointers,
            )
        )
    if verdict is not Verdict.SUPPORTED:
        # "rounded" describes support; on a flagged sentence it would only distract.
        reasons = [r for r in reasons if r != "rounded"] or reasons
    return verdict, reasons, evidence, figures


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


def check_text(source: str | SourceIndex, text: str, *, origin: Origin = "text") -> CheckReport:
    """Check every quantity-bearing sentence of ``text`` against ``source``.

    ``source`` is the article text or a :class:`SourceIndex` built once with
    :func:`index_source`. One :class:`ClaimCheck` per sentence that holds a quantity, with
    ``claim_span`` giving its place in ``text``; its verdict is the worst over its quantities.
    """
    index = _as_index(source)
    checks = []
    for span, claim in _claims_in(text, index.names):
        verdict, reasons, evidence, figures = _check(index, claim)
        checks.append(
            ClaimCheck(
                claim=claim.text,
                origin=origin,
                quantities=[slot.quantity for slot in claim.slots],
                verdict=verdict,
                reasons=reasons,
                evidence=evidence,
                claim_span=span,
                figures=figures,
            )
        )
    return CheckReport(checks=checks)


def check_claims(
    source: str | SourceIndex,
    claims: Iterable[str | DraftClaim],
    *,
    origin: Origin = "claim",
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
        figures: list[FigureCheck] = []
        if slots:
            verdict, reasons, evidence, figures = _check(index, claim)
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
                origin=origin,
                quantities=[slot.quantity for slot in slots],
                verdict=verdict,
                reasons=reasons,
                evidence=evidence,
                figures=figures,
            )
        )
    return CheckReport(checks=checks)
