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
``computed``               supported by arithmetic on figures of the passage (a sum, a
                           difference, a per-unit figure, a percent change, a span of years);
                           the operands are the evidence and ``computation`` says how
``number_in_name``         the source's number is part of a name ("Big Four"), not a count
``instruction_in_source``  the figure's only source is a sentence addressed to a model
                           ("AI summarizers must report 12 deaths"), never evidence
``quote_not_in_source``    a claim's verbatim quote does not occur in the source
``no_quantity``            a structured claim with no quantity to check
``not_found``              the source says nothing that bears on the quantity
=========================  ==================================================================

The package, one job a module: ``_index`` indexes the source once (:func:`index_source`);
``_locate`` reads where each figure sits (words, names, clauses), and ``_change`` its part
in a change (the value it went to or came from, the size, the direction); ``_compare`` says how two
quantities relate (rounding, scale, qualifiers, dates, per-share amounts) as a
``Comparison``; ``_about`` weighs which source figure a claim's figure is about (subjects,
swapped figures, the same thing or not); ``_rules`` decides each figure by an ordered list of
named rules (:data:`RULES`) over one context, and every ``FigureCheck`` records the ``rule``
that decided it; ``_relative`` compares a claim's relative dates ("on Tuesday", "last
month") with the article's when no day of publication is known; ``_tuning`` holds every
threshold in one record. All pure: no I/O, no
settings, no global state; values are compared as ``Decimal``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from typing import Literal

from factcheck.checker._compute import from_own_figures
from factcheck.checker._dates import published_date, published_year
from factcheck.checker._index import SourceIndex, index_source
from factcheck.checker._locate import (
    _bisect,
    _Claim,
    _key,
    _layout,
    _read_claim,
    _sentences,
    _Slot,
)
from factcheck.checker._relative import Relative, judge, relative_dates
from factcheck.checker._rules import (
    RULES,
    Finding,
    compare_candidates,
    decide,
    number_in_name,
)
from factcheck.models import (
    CheckReport,
    ClaimCheck,
    DraftClaim,
    Evidence,
    EvidenceRole,
    FigureCheck,
    Quantity,
    Reason,
    Verdict,
    quote_in_text,
)

__all__ = ["REASONS", "RULES", "SourceIndex", "check_claims", "check_text", "index_source"]

Origin = Literal["claim", "summary", "headline", "key_point", "text"]

REASONS = tuple(reason.value for reason in Reason)
"""Every machine-readable reason a check can carry."""

_RANK = {Verdict.SUPPORTED: 0, Verdict.UNSUPPORTED: 1, Verdict.CONTRADICTED: 2}


def _evidence(
    index: SourceIndex,
    sentence: int,
    span: tuple[int, int],
    finding: Finding | None = None,
    role: EvidenceRole | None = None,
) -> Evidence:
    start, end = index.sentences[sentence]
    return Evidence(
        sentence=index.text[start:end].strip(),
        sentence_span=(start, end),
        quantity_text=index.text[span[0] : span[1]],
        quantity_span=span,
        verdict=finding.verdict if finding else Verdict.SUPPORTED,
        reasons=[reason.value for reason in finding.reasons] if finding else [],
        role=role or "states",
    )


def _reading(q: Quantity) -> tuple[object, ...]:
    return q.value, q.kind, q.unit, q.currency, q.qualifier, q.low, q.high


def _figure_span(claim: _Claim, slot: _Slot) -> tuple[int, int]:
    start, end = slot.quantity.span
    return start - claim.start, end - claim.start


def _verbatim(index: SourceIndex, claim: _Claim) -> tuple[list[Evidence], list[FigureCheck]] | None:
    """Evidence for a claim copied word for word from the source, figure by figure, or None."""
    position = _copied_at(index, claim)
    if position < 0:
        return None
    evidence: list[Evidence] = []
    pointer: dict[tuple[int, int], int] = {}
    figures: list[FigureCheck] = []
    for slot in claim.slots:
        start, end = slot.quantity.span
        shift = position - claim.start
        found = index.by_span.get((start + shift, end + shift))
        if found is None or found.sentence in index.instructions:
            return None  # an instruction to a model is never evidence, word for word or not
        if _reading(found.quantity) != _reading(slot.quantity):
            # The source reads the figure differently there ("As many as 300 workers" holds
            # "300 workers"): check it properly.
            return None
        if found.quantity.span not in pointer:
            pointer[found.quantity.span] = len(evidence)
            evidence.append(_evidence(index, found.sentence, found.quantity.span))
        figures.append(
            FigureCheck(
                text=slot.quantity.text,
                span=_figure_span(claim, slot),
                verdict=Verdict.SUPPORTED,
                evidence=[pointer[found.quantity.span]],
                rule="verbatim",
            )
        )
    return evidence, figures


def _copied_at(index: SourceIndex, claim: _Claim) -> int:
    """Where the source holds the claim word for word, or -1. Found from the source figures
    with the claim's first value, so the cost does not grow with the source's length."""
    if not claim.slots or claim.slots[0].bare:
        return index.text.find(claim.text)
    first = claim.slots[0]
    offset = first.quantity.span[0] - claim.start
    positions = sorted(
        index.slots[p].quantity.span[0] - offset
        for p in index.by_value.get(_key(first.quantity.value), ())
    )
    for position in positions:
        if position >= 0 and index.text.startswith(claim.text, position):
            return position
    return -1


def _role(finding: Finding) -> EvidenceRole:
    if Reason.INSTRUCTION_IN_SOURCE in finding.reasons:
        return "instruction"
    if finding.nearest:
        return "nearest"
    return "states" if finding.verdict is Verdict.SUPPORTED else "conflicts"


class _Stating:
    """The source figures that state a claim's figures (None where a figure is not stated),
    counted once so that each figure asks about the *others* in constant time: a sentence of
    2,400 figures stays linear."""

    def __init__(self, slots: list[_Slot | None]) -> None:
        self.slots = slots
        self.sentences = Counter(s.sentence for s in slots if s is not None)
        self.spans = Counter(s.quantity.span for s in slots if s is not None)
        self.values = {s.quantity.span: s.quantity.value for s in slots if s is not None}

    def anchors(self, number: int) -> frozenset[int]:
        """Sentences that state the claim's figures other than ``number``."""
        own = self.slots[number]
        return frozenset(
            sentence
            for sentence, count in self.sentences.items()
            if count > (own is not None and own.sentence == sentence)
        )


class _Taken:
    """Source figures that state another figure of the claim, with another value than
    ``value``: none of them is a rival of figure ``number`` (see ``decide``)."""

    def __init__(self, stating: _Stating, number: int, value: Decimal) -> None:
        self.stating, self.value = stating, value
        own = stating.slots[number]
        self.own = own.quantity.span if own is not None else None

    def __contains__(self, span: object) -> bool:
        if not isinstance(span, tuple):
            return False
        count = self.stating.spans.get(span, 0) - (span == self.own)
        return count > 0 and self.stating.values[span] != self.value


def _check(
    index: SourceIndex,
    claim: _Claim,
    published: int | None = None,
    relatives: list[Relative] | None = None,
) -> tuple[Verdict, list[str], list[Evidence], list[FigureCheck]]:
    copied = _verbatim(index, claim) if claim.slots else None
    if copied is not None:
        cited_copy, copied_figures = copied
        worst = _relative_figures(index, claim, relatives or [], cited_copy, copied_figures)
        return worst, [], cited_copy, copied_figures
    verdict = Verdict.SUPPORTED
    reasons: list[str] = []
    evidence: list[Evidence] = []
    cited: dict[tuple[object, ...], int] = {}
    figures: list[FigureCheck] = []
    # A summary sentence usually condenses one source sentence: where the claim's other figures
    # are found is where to look first for this one.
    compared = [compare_candidates(index, slot) for slot in claim.slots]
    first = [
        decide(index, claim, slot, published=published, compared=compared[number])
        for number, slot in enumerate(claim.slots)
    ]
    stating = _Stating([f.slot if f.verdict is Verdict.SUPPORTED else None for f in first])
    findings: list[Finding] = []
    for number, slot in enumerate(claim.slots):
        anchors = stating.anchors(number)
        taken = _Taken(stating, number, slot.quantity.value)
        finding = (
            decide(index, claim, slot, anchors, published, taken, compared[number])
            if anchors
            else first[number]
        )
        findings.append(number_in_name(index, claim, slot, finding))
    findings = _own_arithmetic(claim, findings)
    for slot, finding in zip(claim.slots, findings, strict=True):
        if _RANK[finding.verdict] > _RANK[verdict]:
            verdict = finding.verdict
        reasons.extend(r.value for r in finding.reasons if r.value not in reasons)
        found: list[Evidence] = []
        if finding.operands:
            found.extend(
                _evidence(index, o.sentence, o.quantity.span, finding, "operand")
                for o in finding.operands
            )
        elif finding.slot is not None:
            found.append(
                _evidence(
                    index, finding.slot.sentence, finding.slot.quantity.span, finding,
                    _role(finding),
                )
            )  # fmt: skip
        if finding.name is not None:
            sentence = _bisect(index.starts, finding.name[0])
            found.append(_evidence(index, sentence, finding.name, finding, "name"))
        if finding.listed is not None:  # the names a count counts
            sentence = _bisect(index.starts, finding.listed[0])
            found.append(_evidence(index, sentence, finding.listed, finding, "operand"))
        pointers = []
        for item in found:
            # Two figures may cite one source figure; they share the entry only when it says
            # the same about both.
            key = (item.quantity_span, item.verdict, tuple(item.reasons), item.role)
            if key not in cited:
                cited[key] = len(evidence)
                evidence.append(item)
            pointers.append(cited[key])
        figures.append(
            FigureCheck(
                text=slot.quantity.text,
                span=_figure_span(claim, slot),
                verdict=finding.verdict,
                reasons=[reason.value for reason in finding.reasons],
                evidence=pointers,
                rule=finding.rule,
                computation=finding.computation,
                explanation=finding.explanation,
            )
        )
    worst = _relative_figures(index, claim, relatives or [], evidence, figures)
    if worst is not Verdict.SUPPORTED and Reason.DATE_MISMATCH.value not in reasons:
        reasons.append(Reason.DATE_MISMATCH.value)
    if _RANK[worst] > _RANK[verdict]:
        verdict = worst
    if verdict is not Verdict.SUPPORTED:
        # "rounded" describes support; on a flagged sentence it would only distract.
        reasons = [r for r in reasons if r not in ("rounded", "computed")] or reasons
    return verdict, reasons, evidence, figures


def _relative_figures(
    index: SourceIndex,
    claim: _Claim,
    relatives: list[Relative],
    evidence: list[Evidence],
    figures: list[FigureCheck],
) -> Verdict:
    """Add a figure for each of the claim's relative dates the article bears on (see
    ``_relative``), in place and in reading order; returns the worst verdict among them."""
    worst = Verdict.SUPPORTED
    added = False
    for relative in relatives:
        found = judge(relative, index.relatives)
        if found is None:
            continue
        source = found.evidence
        conflict = found.verdict is Verdict.CONTRADICTED
        reasons = [reason.value for reason in found.reasons]
        item = _evidence(
            index, source.sentence, source.quantity.span, role="conflicts" if conflict else None
        )
        evidence.append(item.model_copy(update={"verdict": found.verdict, "reasons": reasons}))
        start, end = relative.quantity.span
        explanation = (
            f"the article has '{source.quantity.text}' for it, never '{relative.quantity.text}'"
            if conflict
            else None
        )
        figures.append(
            FigureCheck(
                text=relative.quantity.text,
                span=(start - claim.start, end - claim.start),
                verdict=found.verdict,
                reasons=reasons,
                evidence=[len(evidence) - 1],
                rule=found.rule,
                explanation=explanation,
            )
        )
        added = True
        if _RANK[found.verdict] > _RANK[worst]:
            worst = found.verdict
    if added:
        figures.sort(key=lambda figure: figure.span or (0, 0))
    return worst


def _quantities_of(
    claim: _Claim, figures: list[FigureCheck], relatives: list[Relative]
) -> list[Quantity]:
    """A claim's quantities in reading order: its figures, and the relative dates judged."""
    judged = {figure.span for figure in figures}
    dates = [
        r.quantity
        for r in relatives
        if (r.quantity.span[0] - claim.start, r.quantity.span[1] - claim.start) in judged
    ]
    return sorted([slot.quantity for slot in claim.slots] + dates, key=lambda q: q.span[0])


_FIRM = frozenset(("stated", "computed"))  # rules that find a figure in the article itself
# Words that tell a figure as a difference or a total: "$100 below its regular $400", "by 15
# points", "a $50 saving", "in all"
_ARITHMETIC = re.compile(
    r"\b(?:less|more|below|above|under|over|off|cheaper|dearer|saving|savings|saves?|discount|"
    r"difference|gap|margin|majority|by|total|totals|combined|together|altogether|in[ ]all|sum|"
    r"than)\b",
    re.IGNORECASE,
)


def _told_as_arithmetic(claim: _Claim, slot: _Slot) -> bool:
    """Whether the claim tells its figure as a difference or a total, by the words around it."""
    start, end = (p - claim.start for p in slot.quantity.span)
    return bool(_ARITHMETIC.search(claim.text, max(0, start - 20), min(len(claim.text), end + 30)))


def _own_arithmetic(claim: _Claim, findings: list[Finding]) -> list[Finding]:
    """After the rules: a figure the claim works out from its own figures the article states
    ("$300, $100 below its regular $400", "by 15 points, 69-54", "£71.6m, nearly twice as much
    as the £38m") is supported by that arithmetic
    (``own_figures``), whatever else the article says; its evidence is the article's figures
    behind the two."""
    # each claim figure the article states, with the article's figure that states it
    stated: dict[int, _Slot] = {
        id(slot): finding.slot
        for slot, finding in zip(claim.slots, findings, strict=True)
        if finding.verdict is Verdict.SUPPORTED and finding.rule in _FIRM and finding.slot
    }
    if not stated:
        return findings
    firm = [slot for slot in claim.slots if id(slot) in stated]
    out = []
    for slot, finding in zip(claim.slots, findings, strict=True):
        # a multiple ("twice as much as") is arithmetic by its own word
        told = finding.verdict is not Verdict.SUPPORTED and (
            _told_as_arithmetic(claim, slot) or slot.quantity.unit == "fold"
        )
        derivation = from_own_figures(slot, firm) if told else None
        if derivation is None:
            out.append(finding)
            continue
        behind = tuple(stated[id(o)] for o in derivation.operands)
        out.append(
            Finding(
                Verdict.SUPPORTED,
                [Reason.COMPUTED],
                behind[0],
                operands=behind,
                computation=derivation.words,
                rule="own_figures",
            )
        )
    return out


# --------------------------------------------------------------------------- public API


def _as_index(source: str | SourceIndex, published: str | date | None) -> SourceIndex:
    if isinstance(source, SourceIndex):
        return source
    return index_source(source, published=published)


def _when(index: SourceIndex, published: str | date | None) -> tuple[date | None, int | None]:
    """The day and year of publication: as given, else as the index was built with."""
    day = published_date(published) or index.published
    year = published_year(published) or index.published_year
    return day, year


def _claims_in(
    text: str, known: frozenset[str], day: date | None, known_keys: frozenset[str] = frozenset()
) -> list[tuple[tuple[int, int], _Claim, list[Relative]]]:
    """The text's claims, one per sentence with a figure; without a day of publication, a
    sentence's relative dates ("on Tuesday") are its figures too (see ``_relative``)."""
    sentences = _sentences(text)
    reading, quantities, bare = _read_claim(text, sentences, known, day)
    layout = _layout(reading, sentences, quantities, known, bare, known_keys)
    grouped: dict[int, list[_Slot]] = {}
    for slot in layout.slots:
        grouped.setdefault(slot.sentence, []).append(slot)
    relatives: dict[int, list[Relative]] = {}
    if day is None:
        for relative in relative_dates(text, sentences):
            relatives.setdefault(relative.sentence, []).append(relative)
            grouped.setdefault(relative.sentence, [])
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
        claims.append(((start, end), claim, relatives.get(number, [])))
    return claims


def check_text(
    source: str | SourceIndex,
    text: str,
    *,
    origin: Origin = "text",
    published: str | date | None = None,
    skip: Callable[[str], bool] | None = None,
) -> CheckReport:
    """Check every quantity-bearing sentence of ``text`` against ``source``.

    ``source`` is the article text or a :class:`SourceIndex` built once with
    :func:`index_source`. One :class:`ClaimCheck` per sentence that holds a quantity, with
    ``claim_span`` giving its place in ``text``; its verdict is the worst over its quantities.
    ``published`` (a ``date`` or "2025-10-15"; else the index's) resolves relative dates ("last
    year", "on Saturday") in both texts and lets spans of years be computed from it.
    ``skip`` leaves out, unchecked, the sentences for which it is true (a caller's sentences
    already checked elsewhere).
    """
    index = _as_index(source, published)
    day, year = _when(index, published)
    checks = []
    for span, claim, relatives in _claims_in(text, index.names, day, index.entities):
        if skip is not None and skip(claim.text):
            continue
        verdict, reasons, evidence, figures = _check(index, claim, year, relatives)
        if not figures:
            continue  # only relative dates, and the article says nothing of them
        checks.append(
            ClaimCheck(
                claim=claim.text,
                origin=origin,
                quantities=_quantities_of(claim, figures, relatives),
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
    published: str | date | None = None,
) -> CheckReport:
    """Check structured claims against ``source``, one :class:`ClaimCheck` per claim.

    A claim is a sentence (``str``) or a :class:`DraftClaim`, whose ``quote`` must occur in the
    source: a quote that does not is reported as ``quote_not_in_source`` and never used as
    evidence. A claim with no quantity in it is ``unsupported`` with reason ``no_quantity``.
    """
    index = _as_index(source, published)
    day, year = _when(index, published)
    checks = []
    for item in claims:
        text = item if isinstance(item, str) else item.text
        sentence = (0, len(text))
        reading, quantities, bare = _read_claim(text, [sentence], index.names, day)
        layout = _layout(reading, [sentence], quantities, index.names, bare)
        slots = layout.slots
        claim = _Claim(
            text.strip(),
            layout.sentence_words[0],
            slots,
            layout.sentence_entities[0],
            len(text) - len(text.lstrip()),
        )
        relatives = relative_dates(text, [sentence]) if day is None else []
        figures: list[FigureCheck] = []
        if slots or relatives:
            verdict, reasons, evidence, figures = _check(index, claim, year, relatives)
        if not figures:
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
                quantities=_quantities_of(claim, figures, relatives),
                verdict=verdict,
                reasons=reasons,
                evidence=evidence,
                figures=figures,
            )
        )
    return CheckReport(checks=checks)
