"""Sentence spans for the checker's index (stdlib only)."""

from __future__ import annotations

import re

from factcheck.errors import InputError
from factcheck.quantities._vocab import (
    wordset,
)

# Titles come before a name, so their period never ends a sentence.
_TITLES = wordset(
    """mr mrs ms dr prof gen col lt sgt capt cpt maj adm gov sen rep st rev hon pres messrs
    mt gens cmdr"""
)
# Other abbreviations may end a sentence; they do when a usual sentence opener follows.
_ABBREVIATIONS = wordset(
    """jr sr inc ltd co corp vs v e.g i.e no nos fig approx est dept univ ave jan feb mar apr
    jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun ft cf al pp vol orig def"""
)
# After "U.S." a sentence ends only if the next word is one that commonly opens a sentence.
_OPENERS_AFTER_ACRONYM = wordset(
    """the a an he she it they we i in on at but and this that these those there his her
    its their our some many most after before when while however meanwhile"""
)
# A period (or "?", "!") glued to the next sentence, as scraped text often has it ("in
# 2015.Defeat for the Blues", "until 2021?Was he"): after two lower-case letters or digits,
# before a capitalised word.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n|(?<=[a-z0-9]{2})[.?!](?=[A-Z][a-z])")
# A parenthesised group with a digit that opens the text: a dateline ("(Aug 7, 2016 ...)").
_DATELINE = re.compile(r"\s*\((?=[^()\n]*\d)[^()\n]{1,60}\)(?=\s+[A-Z0-9\"“'‘])")
_WORD_BEFORE = re.compile(r"(\S+)\Z")
_NEXT_WORD = re.compile(r"\s*[\"'“‘(\[]*(\S+)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``, whitespace trimmed, in order.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` followed by white space (so "2.3" never
    splits), at a period glued to a capitalised word ("in 2015.Defeat") and at every line
    break (headlines and paragraphs are lines). A period after a title ("Mr.", "Gen.") never
    ends a sentence; after another known abbreviation ("Dec.",
    "Inc."), a single initial ("J. K.") or a dotted acronym ("U.S.") it does only when a word
    that usually opens a sentence follows ("... in the U.S. The ..."); a period followed by a
    lower-case word or a digit never does. A parenthesised dateline that opens the text
    ("(Aug 7, 2016  5:57 AM CDT) Two skydivers ...") is a sentence of its own.
    """
    if not isinstance(text, str):
        raise InputError(f"split_sentences needs a str, got {type(text).__name__}")
    spans: list[tuple[int, int]] = []
    start = 0
    dateline = _DATELINE.match(text)
    if dateline is not None:
        # "(Aug 7, 2016  5:57 AM CDT) Two skydivers ...": the dateline is not the first sentence's
        _append_trimmed(text, 0, dateline.end(), spans)
        start = dateline.end()
    for b in _BOUNDARY.finditer(text):
        if b.start() < start:
            continue
        end = b.end()
        if b.group(0) != "\n" and b.group(0)[0] == ".":
            wb = _WORD_BEFORE.search(text, max(0, b.start() - 40), b.start())
            word = wb.group(1).lstrip("\"'“‘(") if wb else ""
            nxt = _NEXT_WORD.match(text, end)
            next_word = nxt.group(1) if nxt else ""
            if next_word[:1].islower() or next_word[:1].isdigit():
                continue
            lw = word.lower()
            if lw in _TITLES:
                continue
            # A dotted acronym ("U.S"), an initial ("J") or an abbreviation ("Dec") is usually
            # not the end, unless a word that usually opens a sentence follows.
            # a lone letter: an initial ("J."), or a roundup's "d." for "defeated"
            # a figure with decimals ("41.6%.", "$2.3bn.") is no dotted acronym
            figure = word[:1].isdigit() or word[:1] in "$€£"
            dotted = "." in word and not figure
            abbreviated = dotted or (len(word) == 1 and word.isalpha()) or lw in _ABBREVIATIONS
            if abbreviated and next_word.strip("\"'“‘(").lower() not in _OPENERS_AFTER_ACRONYM:
                continue
        _append_trimmed(text, start, end, spans)
        start = end
    _append_trimmed(text, start, len(text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    segment = text[start:end]
    stripped = segment.strip()
    if stripped:
        lead = len(segment) - len(segment.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))
