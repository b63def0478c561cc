"""What every output format shares: verdict symbols, reasons in words, and where a claim's
evidence sits in a sentence and in the article (offsets checked, never trusted blindly).

Text is handled as *pieces*: ``(text, highlighted)`` pairs, so each format can mark the
figures its own way and escape everything else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import quote

from factcheck.errors import BIDI_CONTROLS, show_bidi
from factcheck.models import ClaimCheck, Draft, Evidence, Result, Verdict

SYMBOL = {Verdict.SUPPORTED: "✓", Verdict.CONTRADICTED: "✗", Verdict.UNSUPPORTED: "?"}
# Which verdict colours a stretch of article text that is evidence for several claims: the one
# an editor must look at first.
SEVERITY = {Verdict.CONTRADICTED: 2, Verdict.UNSUPPORTED: 1, Verdict.SUPPORTED: 0}

# Reason codes (machine-readable, from the checker) in words an editor reads at a glance.
REASON_TEXT: dict[str, str] = {
    "value_mismatch": "the article gives a different figure",
    "scale_mismatch": "wrong scale (e.g. millions where the article says billions)",
    "currency_mismatch": "wrong currency",
    "unit_mismatch": "the figure counts something else in the article",
    "qualifier_mismatch": "the article qualifies it differently (e.g. 'up to', 'about')",
    "attribution_mismatch": "the article attributes this figure to someone else",
    "ordinal_mismatch": "the article gives a different rank or order",
    "date_mismatch": "the article gives a different date",
    "rounded": "a correct rounding of the article's figure",
    "number_in_name": "in the article this number is part of a name, not a count",
    "quote_not_in_source": "the quoted sentence is not in the article",
    "no_quantity": "no figure found in the claim",
    "not_found": "the article says nothing about this figure",
    "computed": "follows by arithmetic from figures the article states",
    "instruction_in_source": "only a sentence addressed to a model states it; never evidence",
}
_DEFAULT_REASON = {
    Verdict.SUPPORTED: "the article states this figure",
    Verdict.CONTRADICTED: "the article states something different",
    Verdict.UNSUPPORTED: "the article says nothing about this figure",
}

# C0 and C1 control characters except tab and newline: an article must not be able to move
# the cursor, recolour or retitle the user's terminal.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def describe_reasons(check: ClaimCheck) -> str:
    """The check's reason codes as one plain phrase (unknown codes are spelled out).

    When the claim's figures disagree, each flagged figure is named with its own reasons
    ("40: the article gives a different figure"), so the phrase says which figure is wrong.
    """
    if mixed(check):
        parts = []
        for figure in check.figures:
            if figure.verdict is Verdict.SUPPORTED:
                continue
            own = figure.explanation or _phrases(figure.reasons) or _DEFAULT_REASON[figure.verdict]
            parts.append(f"{one_line(figure.text)}: {own}")
        # A reason about the claim as a whole ("quote_not_in_source") belongs to no figure.
        whole = [r for r in check.reasons if not any(r in f.reasons for f in check.figures)]
        if whole:
            parts.append(_phrases(whole))
        return "; ".join(parts)
    explained = [f.explanation for f in check.figures if f.explanation]
    if not check.reasons and not explained:
        return _DEFAULT_REASON[check.verdict].capitalize()
    text = "; ".join(dict.fromkeys(explained)) or _phrases(check.reasons)
    return text[:1].upper() + text[1:]


def _phrases(codes: Sequence[str]) -> str:
    phrases: list[str] = []
    for code in codes:
        phrase = REASON_TEXT.get(code, code.replace("_", " "))
        if phrase not in phrases:
            phrases.append(phrase)
    return "; ".join(phrases)


def figure_of(check: ClaimCheck) -> str:
    """The figure(s) a claim states, as written in the claim."""
    return ", ".join(dict.fromkeys(q.text for q in check.quantities))


def clean(text: str) -> str:
    """Drop control characters (tab and newline stay); show bidi controls as visible escapes
    (``<U+202E>``), so "\u202eevil" cannot display as "live"."""
    return show_bidi(CONTROL.sub("", text))


def one_line(text: str) -> str:
    """``text`` on one line: control characters dropped, whitespace runs collapsed."""
    return " ".join(clean(text).split())


def verdict_counts(checks: Sequence[ClaimCheck]) -> dict[Verdict, int]:
    """How many checks have each verdict."""
    return {v: sum(1 for c in checks if c.verdict is v) for v in Verdict}


NO_FIGURES = "No figures to check: the text states no numbers."


def totals_line(checks: Sequence[ClaimCheck]) -> str:
    """ "8 claims checked: 6 ✓ supported, ..." (or that there was nothing to check)."""
    if not checks:
        return NO_FIGURES
    counts = verdict_counts(checks)
    # A claim is a sentence of the text; it may state more than one figure.
    noun = "claim" if len(checks) == 1 else "claims"
    parts = ", ".join(f"{counts[v]} {SYMBOL[v]} {v.value}" for v in Verdict)
    return f"{len(checks)} {noun} checked: {parts}"


def engine_line(result: Result) -> str:
    """Who wrote the summary, in one sentence: the extractive engine or a named model."""
    if result.engine == "extractive":
        return (
            "Extractive summary: sentences taken verbatim from the article, no model used; "
            "every figure checked against the article."
        )
    model = f"model {result.model}" if result.model else "a model"
    return f"Written by {model}; every figure checked against the article by factcheck."


def safe_url(url: str | None) -> str | None:
    """Only http(s) URLs become links: ``javascript:`` and friends stay text. Control and bidi
    characters in them are percent-encoded, so a link cannot display reordered."""
    if url and re.match(r"https?://", url.strip(), re.IGNORECASE):
        return _UNSAFE_IN_URL.sub(lambda m: quote(m.group(0)), url.strip())
    return None


_UNSAFE_IN_URL = re.compile(f"{CONTROL.pattern}|{BIDI_CONTROLS.pattern}")


# --- locating evidence ----------------------------------------------------------------------


def figure_in_sentence(evidence: Evidence) -> tuple[int, int] | None:
    """Where the evidence figure sits inside ``evidence.sentence`` (relative offsets)."""
    sentence = evidence.sentence
    if evidence.quantity_span and evidence.sentence_span:
        start = evidence.quantity_span[0] - evidence.sentence_span[0]
        end = evidence.quantity_span[1] - evidence.sentence_span[0]
        if 0 <= start < end <= len(sentence) and (
            evidence.quantity_text is None or sentence[start:end] == evidence.quantity_text
        ):
            return start, end
    if evidence.quantity_text:
        found = sentence.find(evidence.quantity_text)
        if found >= 0:
            return found, found + len(evidence.quantity_text)
    return None


def segments(
    text: str, spans: Sequence[tuple[int, int]], verdicts: Sequence[Verdict | None] | None = None
) -> list[tuple[str, Verdict | bool]]:
    """``text`` cut into (piece, mark) pairs; overlapping or touching spans merge.

    ``mark`` is False for plain text; for a highlighted piece it is the verdict given for its
    span in ``verdicts`` (the most severe one where spans merge), or True when none was given.
    """
    labels = list(verdicts) if verdicts is not None else [None] * len(spans)
    merged: list[list[int]] = []
    marks: list[Verdict | None] = []
    ordered = sorted(zip(spans, labels, strict=True), key=lambda pair: pair[0])
    for (start, end), verdict in ordered:
        if not 0 <= start < end <= len(text):
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            marks[-1] = _worse(marks[-1], verdict)
        else:
            merged.append([start, end])
            marks.append(verdict)
    pieces: list[tuple[str, Verdict | bool]] = []
    at = 0
    for (start, end), verdict in zip(merged, marks, strict=True):
        if at < start:
            pieces.append((text[at:start], False))
        pieces.append((text[start:end], verdict if verdict is not None else True))
        at = end
    if at < len(text):
        pieces.append((text[at:], False))
    return pieces


def _worse(a: Verdict | None, b: Verdict | None) -> Verdict | None:
    if a is None or b is None:
        return a or b
    return a if SEVERITY[a] >= SEVERITY[b] else b


Pieces = list[tuple[str, "Verdict | bool"]]


def squeeze(pieces: Pieces) -> Pieces:
    """Pieces with runs of whitespace collapsed and the ends trimmed, highlights kept."""
    out = [(re.sub(r"\s+", " ", clean(piece)), lit) for piece, lit in pieces]
    if out:
        out[0] = (out[0][0].lstrip(), out[0][1])
        out[-1] = (out[-1][0].rstrip(), out[-1][1])
    return [(piece, lit) for piece, lit in out if piece]


def evidence_sentences(check: ClaimCheck) -> list[Pieces]:
    """Each distinct evidence sentence once, on one line, with all its figures highlighted;
    each figure is marked by the verdict of the claim's figure it was found for."""
    grouped: dict[str, tuple[list[tuple[int, int]], list[Verdict | None]]] = {}
    nearest: dict[str, bool] = {}
    injected: set[str] = set()
    for item in check.evidence:
        spans, verdicts = grouped.setdefault(item.sentence, ([], []))
        nearest[item.sentence] = nearest.get(item.sentence, True) and item.role == "nearest"
        if item.role == "instruction":
            injected.add(item.sentence)
        located = figure_in_sentence(item)
        if located is not None:
            spans.append(located)
            verdicts.append(evidence_verdict(check, item))
    out = []
    for sentence, (spans, verdicts) in grouped.items():
        pieces = squeeze(segments(sentence, spans, verdicts))
        if sentence in injected:
            # Text hidden for machines: shown so the editor sees it, never as support.
            pieces.insert(0, (INSTRUCTION, False))
        elif nearest[sentence]:
            # Shown so the reader sees what the article does say nearby, never as a conflict.
            pieces.insert(0, (NEAREST, False))
        out.append(pieces)
    return out


NEAREST = "Nearest the article comes: "
INSTRUCTION = "Addressed to a model, not to readers (never evidence): "


def evidence_verdict(check: ClaimCheck, evidence: Evidence) -> Verdict:
    """The verdict an evidence figure stands for: its own figure's, else (older results) the
    claim's."""
    return evidence.verdict if evidence.verdict is not None else check.verdict


def plain(pieces: Pieces) -> str:
    """The text of ``pieces`` without their highlighting."""
    return "".join(piece for piece, _ in pieces)


def sources_besides_claim(check: ClaimCheck) -> tuple[list[Pieces], bool]:
    """Evidence sentences other than the claim itself, and whether the claim is one of them
    (an extractive summary quotes the article, so repeating the sentence adds nothing)."""
    claim = plain(claim_segments(check))
    sentences = evidence_sentences(check)
    others = [pieces for pieces in sentences if plain(pieces) != claim]
    return others, len(others) < len(sentences)


def figure_verdicts(check: ClaimCheck) -> list[tuple[int, int, Verdict]]:
    """Where each figure sits in the claim and its own verdict.

    From ``check.figures`` when the checker filled it in; for results written before figures
    had verdicts of their own, every figure found in the claim carries the claim's verdict.
    """
    found: list[tuple[int, int, Verdict]] = []
    for figure in check.figures:
        span = figure.span
        if span is None or check.claim[span[0] : span[1]] != figure.text:
            at = check.claim.find(figure.text)
            span = (at, at + len(figure.text)) if at >= 0 else None
        if span is not None:
            found.append((span[0], span[1], figure.verdict))
    if check.figures:
        return found
    for quantity in check.quantities:
        at = check.claim.find(quantity.text)
        if at >= 0:
            found.append((at, at + len(quantity.text), check.verdict))
    return found


def mixed(check: ClaimCheck) -> bool:
    """Whether the claim's figures do not all share one verdict (then each is marked)."""
    return len({figure.verdict for figure in check.figures}) > 1


def claim_segments(check: ClaimCheck) -> Pieces:
    """The claim on one line with the figures it states highlighted, each by its verdict."""
    located = figure_verdicts(check)
    spans = [(start, end) for start, end, _ in located]
    return squeeze(segments(check.claim, spans, [verdict for _, _, verdict in located]))


def span_in_article(text: str, evidence: Evidence) -> tuple[int, int, str] | None:
    """The evidence's figure (or, failing that, its sentence) as offsets into ``text``.

    Offsets from the checker are trusted only when they are in range and, where the evidence
    says what text they cover, cover exactly that text; otherwise the figure is looked for
    inside the evidence sentence, then the sentence itself is used.
    """
    span = evidence.quantity_span
    if (
        span
        and 0 <= span[0] < span[1] <= len(text)
        and evidence.quantity_text in (None, text[span[0] : span[1]])
    ):
        return span[0], span[1], "figure"
    sentence_at: int | None = None
    s_span = evidence.sentence_span
    if (
        s_span
        and 0 <= s_span[0] < s_span[1] <= len(text)
        and (text[s_span[0] : s_span[1]] == evidence.sentence)
    ):
        sentence_at = s_span[0]
    if sentence_at is None and evidence.sentence:
        found = text.find(evidence.sentence)
        sentence_at = found if found >= 0 else None
    if sentence_at is not None:
        rel = figure_in_sentence(evidence)
        if rel is not None:
            return sentence_at + rel[0], sentence_at + rel[1], "figure"
        return sentence_at, sentence_at + len(evidence.sentence), "sentence"
    return None


# --- rows of a table ------------------------------------------------------------------------

# Where a checked sentence comes from, in words.
ORIGIN_TEXT = {
    "headline": "headline",
    "summary": "summary",
    "key_point": "key point",
    "claim": "claim",
    "text": "text",
}


@dataclass
class Row:
    """One row of a table: a checked sentence, and every part of the output it comes from."""

    check: ClaimCheck
    origins: list[str] = field(default_factory=list)


def _folded(text: str) -> str:
    return " ".join(clean(text).split()).rstrip(".").casefold()


def _places(draft: Draft, claim: str) -> list[str]:
    """Where in the draft a checked sentence also appears (the pipeline checks it once)."""
    key = _folded(claim)
    if not key:
        return []
    places = []
    if key in _folded(draft.headline):
        places.append("headline")
    if key in _folded(draft.summary):
        places.append("summary")
    if any(key in _folded(point) for point in draft.key_points):
        places.append("key_point")
    return places


def table_rows(
    checks: Sequence[ClaimCheck], *, only_flagged: bool = False, draft: Draft | None = None
) -> list[Row]:
    """The rows a table shows: one per checked sentence, naming every part of the ``draft``
    it appears in (a claim that is also a summary sentence says both); flagged rows first
    (contradicted, then unsupported, then supported; otherwise in output order); only the
    flagged ones if asked."""
    rows: dict[tuple[str, Verdict], Row] = {}
    order = list(ORIGIN_TEXT)
    for check in checks:
        row = rows.setdefault((one_line(check.claim), check.verdict), Row(check))
        places = [check.origin, *(_places(draft, check.claim) if draft is not None else [])]
        for place in sorted(places, key=lambda p: order.index(p) if p in order else len(order)):
            label = ORIGIN_TEXT.get(place, place.replace("_", " "))
            if label not in row.origins:
                row.origins.append(label)
    ordered = sorted(rows.values(), key=lambda row: -SEVERITY[row.check.verdict])
    if only_flagged:
        ordered = [row for row in ordered if row.check.verdict is not Verdict.SUPPORTED]
    return ordered


def computations(check: ClaimCheck) -> list[str]:
    """How each figure the article does not state was computed from figures it does state
    ("$7.4 billion - $6.9 billion = $0.5 billion"), in claim order, each once."""
    return list(dict.fromkeys(f.computation for f in check.figures if f.computation))


def support_note(check: ClaimCheck) -> str:
    """What to show for a supported check with no evidence sentence to quote: never nothing."""
    rules = sorted({f.rule for f in check.figures if f.rule})
    how = f" (checker rule: {', '.join(rules)})" if rules else ""
    # "the two brothers" retold, "two bands: A and B" counted: say how, not "states"
    explained = [f.explanation for f in check.figures if f.explanation]
    said = "; ".join(dict.fromkeys(explained)) or _DEFAULT_REASON[Verdict.SUPPORTED]
    return f"{said}{how}"
