"""Choosing sentences that read well together: the extractive engine's selection (stdlib only).

``factcheck.extractive`` scores an article's sentences; this module picks among them. The
summary is the lede, when it carries the story, then the best-ranked sentences that can read
where they land (in article order): a sentence that leans on the one before it ("He said...",
"Yet...") only right after that sentence, a bare surname ("Pistorius confirmed...") only after a
sentence that names the person in full; a high-ranked sentence comes in together with what it
needs when there is room. Key points are the next best sentences that stand alone as bullets.
Near-duplicates (TF-IDF cosine at or above ``REDUNDANCY``) are never chosen twice.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

__all__ = [
    "LEDE_TITLE_WORDS",
    "REDUNDANCY",
    "Sentence",
    "choose_key_points",
    "choose_lede",
    "choose_summary",
    "dot",
]

# Two sentences this similar (TF-IDF cosine) say the same thing; keep only the better one.
REDUNDANCY = 0.55
# The lede carries the story when it shares this many words with the headline (or is as central
# as the median sentence).
LEDE_TITLE_WORDS = 2


@dataclass
class Sentence:
    """A candidate sentence: what the engine's scoring found, and what choosing it needs."""

    index: int  # order in the article
    paragraph_start: bool
    text: str
    words: int
    terms: Counter[str] = field(default_factory=Counter)
    figures: list[tuple[float, str]] = field(default_factory=list)  # (weight, text), best first
    score: float = 0.0
    centrality: float = 0.0
    vector: dict[str, float] = field(default_factory=dict)
    # The candidate right before it in the article (None when the sentence before it was not a
    # candidate), and what a reader needs from the sentences before it in a summary.
    previous: int | None = None
    leans: bool = False  # opens with "He", "Yet", "This"...: needs ``previous`` just before it
    bare: frozenset[str] = frozenset()  # surnames it uses alone ("Pistorius said")
    introduces: frozenset[str] = frozenset()  # surnames it writes in full ("Boris Pistorius")
    opens_article: bool = False  # among the article's first few sentences


def choose_lede(candidates: list[Sentence], title_terms: set[str]) -> Sentence | None:
    """The article's opening sentence, when it carries the story.

    News puts the story first, and a summary without its lede loses the who and what. The lede
    carries the story when it stands alone (no "He ..." or bare surname) and is about what the
    article is about: as central as the median sentence, or sharing words with the headline. A
    question, a scene-setting aside ("Gaming used to be so simple.") or a dateline fragment
    does not.
    """
    lede = candidates[0]
    if not lede.opens_article or lede.leans or lede.bare or lede.text.endswith("?"):
        return None
    centralities = sorted(s.centrality for s in candidates)
    median = centralities[len(centralities) // 2]
    shared = len(set(lede.terms) & title_terms)
    return lede if lede.centrality >= median or shared >= LEDE_TITLE_WORDS else None


def choose_summary(
    ranked: list[Sentence], candidates: list[Sentence], lede: Sentence | None, limit: int
) -> list[Sentence]:
    """The best ``limit`` sentences that read well together, in article order.

    Each pick is the best-ranked sentence that repeats none already chosen and whose opener
    finds its antecedent among them: a sentence that leans on the one before it ("Yet the
    system ...") only right after that sentence, a bare surname only after a chosen sentence
    that names the person in full. A sentence whose antecedents are not chosen yet comes in
    after them when there is room for all ("Boris Pistorius led the delegation. ... Pistorius
    confirmed ..."). Adding a sentence never breaks one chosen
    before it, so the ranking is walked again after each pick (a sentence waiting for its
    antecedent gets in once the antecedent does). With nothing acceptable, the best sentence
    alone is the summary.
    """
    chosen = [lede] if lede is not None and limit > 0 else []
    # Who names each person in full first: the sentence a bare surname needs before it.
    introducer: dict[str, Sentence] = {}
    for sentence in candidates:
        for name in sentence.introduces:
            introducer.setdefault(name, sentence)
    while len(chosen) < limit:
        room = limit - len(chosen)
        picks = next(
            (p for s in ranked if (p := _passage(s, candidates, introducer, chosen, room))),
            None,
        )
        if picks is None:
            break
        chosen.extend(picks)
    return sorted(chosen or ranked[:1], key=lambda s: s.index)


def _passage(
    sentence: Sentence,
    candidates: list[Sentence],
    introducer: dict[str, Sentence],
    chosen: list[Sentence],
    room: int,
) -> list[Sentence]:
    """What choosing ``sentence`` adds to the summary: itself, itself after the sentences it
    needs (the one it leans on, the first to name in full whom it calls by surname), or nothing
    when that does not fit in ``room`` or would repeat a chosen sentence."""
    if not _new(sentence, chosen):
        return []
    if _fits(sentence, chosen, chosen):
        return [sentence]
    needed = _antecedents(sentence, candidates, introducer, chosen)
    if needed is None or len(needed) >= room:
        return []
    group = list(chosen)
    for antecedent in needed:
        if not (_new(antecedent, group) and _fits(antecedent, group, group)):
            return []
        group.append(antecedent)
    if not (_new(sentence, needed) and _fits(sentence, group, group)):
        return []
    return [*needed, sentence]


def _antecedents(
    sentence: Sentence,
    candidates: list[Sentence],
    introducer: dict[str, Sentence],
    chosen: list[Sentence],
) -> list[Sentence] | None:
    """The sentences ``sentence`` needs before it that are not chosen, in article order; None
    when one of them is not a candidate."""
    needed = []
    if sentence.leans and not any(s.index == sentence.previous for s in chosen):
        if sentence.previous is None:
            return None
        needed.append(candidates[sentence.previous])
    known = {name for s in [*chosen, *needed] if s.index < sentence.index for name in s.introduces}
    for name in sorted(sentence.bare - known):
        first = introducer.get(name)
        if first is None or first.index >= sentence.index:
            return None
        if first not in needed:
            needed.append(first)
    return sorted(needed, key=lambda s: s.index)


def choose_key_points(
    ranked: list[Sentence], summary: list[Sentence], limit: int
) -> list[Sentence]:
    """The next best sentences, each able to stand alone as a bullet under the summary.

    A bullet has no sentence right before it, so none may lean on one; a bare surname must be
    introduced in the summary or in an earlier key point.
    """
    chosen: list[Sentence] = []
    while len(chosen) < limit:
        pick = next(
            (
                s
                for s in ranked
                if not s.leans and _fits(s, chosen, summary) and _new(s, summary + chosen)
            ),
            None,
        )
        if pick is None:
            break
        chosen.append(pick)
    return sorted(chosen, key=lambda s: s.index)


def _fits(sentence: Sentence, before: list[Sentence], above: list[Sentence]) -> bool:
    """True when what ``sentence`` needs is there: its previous sentence among ``before``, its
    bare surnames introduced by a sentence of ``before`` earlier in the article, or by any of
    ``above`` (the summary, shown above the key points)."""
    if sentence.leans and not any(s.index == sentence.previous for s in before):
        return False
    known = {name for s in above for name in s.introduces}
    known.update(name for s in before if s.index < sentence.index for name in s.introduces)
    return sentence.bare <= known


def _new(sentence: Sentence, chosen: list[Sentence]) -> bool:
    """True unless ``sentence`` is chosen already or says what a chosen sentence says."""
    return all(
        other is not sentence and dot(sentence.vector, other.vector) < REDUNDANCY
        for other in chosen
    )


def dot(a: dict[str, float], b: dict[str, float]) -> float:
    """The dot product of two sparse vectors (cosine, for unit vectors)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())
