"""Long articles: estimate tokens locally and cut text into chunks that fit a budget.

No tokenizer is downloaded: the estimate is arithmetic on characters and words (see
:func:`estimate_tokens`). Chunks are verbatim slices of the text, cut between paragraphs, then
sentences, then words, so a quote a model copies from a chunk is a quote from the whole article.
"""

from __future__ import annotations

import math
import re

from factcheck.errors import ConfigError
from factcheck.quantities import split_sentences

__all__ = ["estimate_tokens", "paragraph_spans", "split_into_chunks"]


def estimate_tokens(text: str) -> int:
    """Estimate the tokens ``text`` takes, locally and without a tokenizer.

    English text runs at about 4 characters and about 0.75 words per token in OpenAI-style BPE
    vocabularies; the larger of the two estimates (``chars / 4``, ``words * 1.33``) is used so
    that figure-heavy or non-English text, which tokenizes worse, is not underestimated. (The
    prompt-overhead figures use ``factcheck.prompts.estimate_tokens``, chars / 4 alone: there
    an estimate is reported, here it decides whether a chunk overflows the model's context.)
    """
    return max(math.ceil(len(text) / 4), math.ceil(len(text.split()) * 1.33))


def split_into_chunks(text: str, budget_tokens: int) -> list[str]:
    """Cut ``text`` into consecutive pieces of at most ``budget_tokens`` (estimated) each.

    Cuts fall between paragraphs; a paragraph over budget is cut between sentences, and a
    sentence over budget between words. Every piece is a verbatim slice of ``text``, so a quote
    taken from a piece is also a quote from the whole article.
    """
    if budget_tokens < 1:
        raise ConfigError(f"the context budget must be a positive token count, not {budget_tokens}")
    if estimate_tokens(text) <= budget_tokens:
        return [text]
    units: list[tuple[int, int]] = []
    for start, end in paragraph_spans(text):
        units.extend(_fit(text, start, end, budget_tokens))
    if not units:  # nothing but whitespace, however long
        return [text]
    return [text[start:end] for start, end in _pack(text, units, budget_tokens)]


def _pack(text: str, spans: list[tuple[int, int]], budget: int) -> list[tuple[int, int]]:
    """Join consecutive spans greedily into pieces of at most ``budget`` estimated tokens.

    Counts are kept running (characters from the piece's start, words summed per span) so that
    packing stays linear in the length of the text.
    """
    pieces: list[tuple[int, int]] = []
    start, end = spans[0]
    words = len(text[start:end].split())
    for span_start, span_end in spans[1:]:
        span_words = len(text[span_start:span_end].split())
        chars = span_end - start
        if max(math.ceil(chars / 4), math.ceil((words + span_words) * 1.33)) <= budget:
            end, words = span_end, words + span_words
        else:
            pieces.append((start, end))
            start, end, words = span_start, span_end, span_words
    pieces.append((start, end))
    return pieces


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the non-blank lines: extracted articles put one paragraph on each line."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        stripped = match.group().strip()
        if stripped:
            start = match.start() + match.group().index(stripped)
            spans.append((start, start + len(stripped)))
    return spans


def _fit(text: str, start: int, end: int, budget: int) -> list[tuple[int, int]]:
    """Spans covering text[start:end], each within budget: the paragraph, its sentences, words."""
    if estimate_tokens(text[start:end]) <= budget:
        return [(start, end)]
    spans: list[tuple[int, int]] = []
    sentences = [(start + s, start + e) for s, e in split_sentences(text[start:end])]
    if len(sentences) > 1:
        for s, e in sentences:
            spans.extend(_fit(text, s, e, budget))
        return spans
    # One sentence longer than the budget (a table flattened to text, say): cut between words.
    words = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]
    return _pack(text, words, budget)
