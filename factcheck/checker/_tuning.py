"""Every threshold and weight the checker decides with, in one documented record.

The checker counts shared content words (crude six-letter stems, stopwords out) between a
claim's figure and a source figure, and weighs them; the numbers below say how much each kind
of sharing counts and how much is enough. They were set on the project's own dev set of claims
(``benchmarks/devset``) and checked on real summaries (``benchmarks/bench_checker_real.py``):
change one only with both halves of that benchmark in front of you.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Tuning:
    """The checker's thresholds. One instance, :data:`TUNING`, is used everywhere."""

    # --- reading the text
    window: int = 8
    """Words either side of a number that say what the number is about."""
    stem: int = 6
    """Letters a word is cut to, so that "infected", "infections" and "infect" meet."""
    per_share_reach: int = 60
    """Characters before a money figure searched for "per share"/"EPS"."""

    # --- finding candidates in the index
    common_posting: int = 48
    """A context word near more source figures than this says little about any one of them."""

    # --- scoring a source figure against a claim's figure
    weight_local: float = 2.0
    """Per content word near both figures."""
    weight_sentence: float = 1.0
    """Per word near the claim's figure found anywhere in the source sentence."""
    weight_claim: float = 0.25
    """Per word of the whole claim sentence found in the source sentence."""
    weight_near: float = 1.5
    """Per word right next to both figures (within their clauses)."""
    anchor: float = 3.0
    """Bonus for a source sentence where the claim's other figures are found."""

    # --- deciding
    topical: float = 2.0
    """Score a rival needs to be "about the same thing" at all."""
    near_min: float = 1.0
    """Score the same digits with one thing changed need: a little shared context is enough."""
    overrule_ratio: float = 1.25
    """Another figure overrules a match only when it scores this many times higher ..."""
    overrule_margin: float = 1.0
    """... plus this much."""
    swap_near: int = 2
    """Words right by the figure a rival must share, where the match shares none (a swap)."""
    anchor_margin: int = 2
    """More context words a rival beside the claim's other figures must share to win."""
    close_ratio: dict[int, Decimal] = field(
        default_factory=lambda: {0: Decimal("1.5"), 1: Decimal(3)}
    )
    """How far apart in value two figures sharing 0 or 1 content words may be and still be two
    readings of one thing (a wrong digit, not another order of thing)."""
    passage_sentences: int = 3
    """Source sentences (with their neighbours) a computed figure's operands may come from: those
    that bear most on the claim's figure, plus where the claim's other figures are found."""
    fraction_slack: Decimal = Decimal("1.5")
    """Percentage points a plain fraction may stand for ("two-thirds" for 66.4%)."""
    story_most: int = 5
    """The largest count or rank in words a summary may tell of what it recounts without a
    figure from the source ("the two brothers", "the second film"): rule told_as_a_story."""
    listed_most: int = 10
    """The largest count of names a claim may list beside it to be counted: rule counted."""
    oldest: int = 130
    """Ages of people stay below this; a "400-year-old building" is a span of time."""
    short_of: Decimal = Decimal("0.1")
    """How far short of a source's "nearly N" a claim's figure may fall and still agree with it
    ("24 years" for "nearly a quarter-century"): a tenth of N."""
    bound_steps: int = 1000
    """Steps of its last written digit a bound's figure may hold and still be a round bound
    ("over £1.5 million" for £1,580,575); from this many on ("topped $24,121"), four or more
    significant digits, it names a figure, held only by that figure."""
    rough_minutes: int = 10
    """Minutes a time told roughly ("shortly before 6:40 p.m.", "about 9:30") may be from the
    article's, on the side it says: rule bare_digits."""
    relative_shared: int = 3
    """Content words a claim must share with an article's sentence for that sentence's other
    relative date ("on Wednesday") to contradict the claim's ("on Tuesday"), when the article
    never uses the claim's: see ``_relative``."""


TUNING = Tuning()
