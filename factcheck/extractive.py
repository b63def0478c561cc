"""The embedded default engine: a summary and its claims without any model.

When no endpoint is configured (or ``--offline`` is given) factcheck still summarizes, by
*choosing* sentences instead of writing them. Every sentence is kept verbatim, so the engine
cannot invent a figure; its output is checked like any other draft all the same.

Each candidate sentence gets a score from three signals, all pure Python:

- **position**: news leads with what matters, so early sentences (and the first sentence of each
  paragraph) score higher;
- **centrality**: TF-IDF cosine similarity between the sentence and the whole article, so a
  sentence about what the article is about beats an aside;
- **information density**: figures and capitalised names per word, so "Germany will give
  Ukraine an additional $2.3 billion" beats "the talks went well".

The summary is the lede, when it carries the story, then the best sentences, re-ordered as in
the article, with near-duplicates dropped, and each able to read where it lands: a sentence that
leans on the one before it ("He said...", "Yet...", "This comes after...") only right after that
sentence, a bare surname ("Pistorius confirmed...") only after a sentence naming the person in
full (``factcheck._antecedents`` tells both, ``factcheck._choose`` chooses). A high-scoring
sentence comes in with what it needs when there is room. The next best sentences that stand
alone are the key points; the quantity-bearing sentences among them (then the best-scoring
others) are listed as claims, each quoting itself.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from pydantic import ValidationError

from factcheck import quantities
from factcheck._antecedents import Names, leans_on_previous
from factcheck._choose import Sentence, choose_key_points, choose_lede, choose_summary, dot
from factcheck.errors import InputError
from factcheck.models import Article, Draft, DraftClaim, Quantity, QuantityKind

__all__ = ["extractive_draft"]

# Sentence length bounds, in words: shorter ones are captions, datelines and fragments
# ("Photo: Reuters."); longer ones are usually run-ons from a failed split or a list.
MIN_WORDS = 6
MAX_WORDS = 60
# When no sentence fits those bounds, any clean sentence of at least this many words will do.
RELAXED_MIN_WORDS = 4
HEADLINE_MAX_WORDS = 16
# The lede is one of the article's first this many sentences (a dateline, a kicker or a byline may
# come first); what makes it carry the story is in factcheck._choose.
LEDE_SENTENCES = 4
# A sentence mostly in quotation marks is someone's words, colour rather than news: it is
# penalised, not excluded (a quoted figure can be the story).
QUOTED_SHARE = 0.5
# The weights of the three signals: centrality leads; density outweighs position, because a
# summary whose figures get checked should carry the article's figures, not only its lead.
W_POSITION = 0.25
W_CENTRALITY = 0.45
W_DENSITY = 0.30

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
_SENTENCE_ENDS = ".!?\"”’')…"
# A run of capitalised words is one name: "NATO Secretary General Mark Rutte" counts once.
_NAME = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:of\s+|de\s+|von\s+)?[A-Z][\w’'-]*)*")
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
_BOILERPLATE = re.compile(
    r"^(?:photo|image|picture|video|credit|source|read more|related|advertisement|sign up|"
    r"subscribe|click|share|follow us|copyright|©|all rights reserved)\b",
    re.IGNORECASE,
)
# Function words carry no topic; without this list "the" would be the most central word.
_STOPWORDS = frozenset(
    re.findall(
        r"\w+",
        """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    said says say told according one two new may might must shall us mr mrs ms""",
    )
)


_TELLING_KINDS = frozenset(
    {QuantityKind.MONEY, QuantityKind.PERCENT, QuantityKind.PERCENTAGE_POINT, QuantityKind.MEASURE}
)


def extractive_draft(
    article: Article,
    *,
    max_sentences: int = 4,
    max_key_points: int = 4,
    max_claims: int = 10,
) -> Draft:
    """Summarize ``article`` by choosing its own sentences, verbatim.

    ``max_sentences`` bounds the summary (2-4 sentences reads best), ``max_key_points`` the
    further sentences listed as key points, ``max_claims`` the quantity-bearing sentences listed
    as claims (text and quote are the sentence itself; figure is the surface text of its most
    telling quantity: money, rates and measures before counts, dates and ordinals). Raises
    ``InputError`` when the article has no usable sentence.
    """
    if max_sentences < 1:
        raise InputError("max_sentences must be at least 1")
    title, paragraphs = _title_and_paragraphs(article)
    candidates = _candidates(paragraphs, MIN_WORDS, MAX_WORDS)
    if not candidates:
        # A short or badly punctuated article ("...on Wednesday.The stabbing...") may hold no
        # sentence of a usual length; a long sentence is still better than no summary.
        candidates = _candidates(paragraphs, RELAXED_MIN_WORDS, None)
    if not candidates:
        raise InputError("the article has no sentence long enough to summarize")
    _score(candidates)

    ranked = sorted(candidates, key=lambda s: (-s.score, s.index))
    lede = choose_lede(candidates, set(_terms(title or "")))
    summary = choose_summary(ranked, candidates, lede, max_sentences)
    key_points = choose_key_points(ranked, summary, max_key_points)

    # The figures shown to the reader come first, then the rest; within each, telling figures
    # ($2.3 billion, 12%, 85,000) before incidental ones ("one", "first").
    shown = {s.index for s in summary + key_points}
    claim_sources = sorted(
        (s for s in ranked if s.figures),
        key=lambda s: (s.index not in shown, -s.figures[0][0], -s.score),
    )
    listed: list[tuple[int, DraftClaim]] = []
    for sentence in claim_sources:
        if len(listed) == max_claims:
            break
        try:
            claim = DraftClaim(
                text=sentence.text, quote=sentence.text, figure=sentence.figures[0][1]
            )
        except ValidationError:
            # The claim model wants a number a reader can see; a quantity the parser reads
            # where the claim model sees none ("a few") is not worth listing as a claim.
            continue
        listed.append((sentence.index, claim))
    claims = [claim for _, claim in sorted(listed, key=lambda pair: pair[0])]

    return Draft(
        headline=title or _trim_headline(summary[0].text),
        summary=" ".join(s.text for s in summary),
        key_points=[s.text for s in key_points],
        claims=claims,
    )


def _title_and_paragraphs(article: Article) -> tuple[str | None, list[str]]:
    """The title (given, or a heading-like first line) and the body's paragraphs."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\r?\n", article.text) if p.strip()]
    title = (article.title or "").strip() or None
    if paragraphs and _looks_like_heading(paragraphs[0], title):
        # A text file's first line is its headline: no final stop, short, and not a sentence.
        heading = paragraphs.pop(0)
        title = title or heading
    return title, paragraphs


def _looks_like_heading(line: str, title: str | None) -> bool:
    if title and line.strip().rstrip(".") == title.rstrip("."):
        return True
    words = line.split()
    return 0 < len(words) <= 25 and line[-1] not in ".!?\"”'’:" and "\n" not in line


def _candidates(paragraphs: list[str], min_words: int, max_words: int | None) -> list[Sentence]:
    """Every sentence worth considering, in article order, with what it needs from before it."""
    found: list[Sentence] = []
    every: list[str] = []  # all the article's sentences, for the names it writes in full
    # The candidate made of the sentence just read, if it was one: what "He"/"Yet" points to.
    just_before: int | None = None
    for paragraph in paragraphs:
        first = True
        for start, end in quantities.split_sentences(paragraph):
            text = " ".join(paragraph[start:end].split())
            every.append(text)
            is_first, first = first, False
            words = len(text.split())
            too_long = max_words is not None and words > max_words
            # In the strict pass a sentence must end like one: a line without a final stop is
            # a table row, a heading or a caption, and joined to the next one in a summary it
            # would read (and be checked) as one run-on sentence.
            unfinished = max_words is not None and text[-1] not in _SENTENCE_ENDS
            if words < min_words or too_long or unfinished or not _is_clean(text):
                just_before = None
                continue
            found.append(
                Sentence(
                    index=len(found),
                    paragraph_start=is_first,
                    text=text,
                    words=words,
                    terms=Counter(_terms(text)),
                    previous=just_before,
                    leans=leans_on_previous(text),
                    opens_article=len(every) <= LEDE_SENTENCES,
                )
            )
            just_before = len(found) - 1
    names = Names.of(every)
    for sentence in found:
        sentence.introduces = frozenset(names.introduced(sentence.text))
        sentence.bare = frozenset(names.bare(sentence.text) - sentence.introduces)
    return found


def _is_clean(text: str) -> bool:
    """False for fragments a reader could not take alone.

    That is: a split inside a quotation (unbalanced quote marks), a quote within a quote (the
    words are someone's report of someone else's words), a sentence that starts mid-thought
    (lower case, a closing quote, a dash), a heading or list lead-in, and site boilerplate.
    """
    if text[0].islower() or text[0] in "”’)]-–—,;:" or text[-1] in ":;,":
        return False
    if _BOILERPLATE.match(text):
        return False
    straight = text.count('"')
    opening, closing = text.count("“"), text.count("”")
    if straight % 2 or opening != closing:
        return False
    quoted = re.findall(r"[\"“]([^\"”]*)[\"”]", text)
    # A nested quote: 'He said "she told me 'no'"' — single quotes inside a double quote that
    # are not apostrophes (a space or the quote boundary on the left of the mark).
    return not any(re.search(r"(?:^|\s)['‘]\w", q) for q in quoted)


def _terms(text: str) -> list[str]:
    return [
        w
        for w in (m.group().lower() for m in _WORD.finditer(text))
        if w not in _STOPWORDS and len(w) > 2
    ]


def _score(sentences: list[Sentence]) -> None:
    """Set each sentence's ``score`` (0..1), ``vector`` and ``figures``."""
    n = len(sentences)
    document_frequency: Counter[str] = Counter()
    for sentence in sentences:
        document_frequency.update(sentence.terms.keys())
    idf = {term: math.log((1 + n) / (1 + df)) + 1.0 for term, df in document_frequency.items()}

    centroid: Counter[str] = Counter()
    for sentence in sentences:
        sentence.vector = _unit({t: c * idf[t] for t, c in sentence.terms.items()})
        centroid.update(sentence.vector)
    centroid_unit = _unit(dict(centroid))

    for sentence in sentences:
        centrality = sentence.centrality = dot(sentence.vector, centroid_unit)
        # A lead bias that fades over the article, plus a nudge for paragraph openers.
        position = 1.0 / (1.0 + sentence.index / 3.0) + (0.15 if sentence.paragraph_start else 0)
        found = quantities.parse_quantities(sentence.text)
        # A stable sort: among figures of equal weight, the first written stays first.
        sentence.figures = sorted(((_weight(q), q.text) for q in found), key=lambda p: -p[0])
        # The first word is capitalised anyway, so a name only counts after it.
        names = sum(1 for m in _NAME.finditer(sentence.text) if m.start() > 0)
        figures = sum(weight for weight, _ in sentence.figures)
        density = min(1.0, (figures + 0.5 * names) / sentence.words * 4)
        penalty = 0.1 if sentence.leans else 0.0
        if _quoted_share(sentence.text) > QUOTED_SHARE:
            penalty += 0.15
        sentence.score = (
            W_POSITION * min(position, 1.0)
            + W_CENTRALITY * centrality
            + W_DENSITY * density
            - penalty
        )


def _weight(quantity: Quantity) -> float:
    """How much a figure tells a reader: amounts and rates most, "one" or "first" least."""
    if quantity.vague:
        return 0.2
    if quantity.kind in _TELLING_KINDS:
        return 1.0
    if quantity.kind in (QuantityKind.YEAR, QuantityKind.DATE):
        return 0.5
    if quantity.kind is QuantityKind.ORDINAL:
        return 0.3
    # Counts and durations: "85,000 drones" tells more than "one video".
    return 0.8 if any(ch.isdigit() for ch in quantity.text) or quantity.value > 10 else 0.4


def _quoted_share(text: str) -> float:
    """The share of a sentence's characters inside quotation marks."""
    quoted = sum(len(m.group()) for m in _QUOTED.finditer(text))
    return quoted / len(text)


def _trim_headline(sentence: str) -> str:
    """The sentence without its final stop, cut short when it runs long.

    The cut falls at a clause boundary (comma, dash) when there is one past half the length,
    else after ``HEADLINE_MAX_WORDS`` words; never inside a figure or between a figure and what
    it counts, since "$2.3" cut from "$2.3 billion" would be a wrong figure of the engine's own.
    """
    text = " ".join(sentence.split()).rstrip(".!?")
    words = list(re.finditer(r"\S+", text))
    if len(words) <= HEADLINE_MAX_WORDS:
        return text
    cut = words[HEADLINE_MAX_WORDS - 1].end()
    figures = quantities.parse_quantities(text)
    for quantity in figures:
        if quantity.span[0] < cut <= quantity.span[1]:
            cut = quantity.span[1]
            if quantity.kind in (QuantityKind.COUNT, QuantityKind.ORDINAL):
                # A count needs the word after it, usually what it counts: "three terminals".
                following = [w for w in words if w.start() >= cut]
                cut = following[0].end() if following else cut
    # A comma followed by a space ends a clause; the one in "40,816.38" does not.
    clause = max(
        (
            m.start()
            for m in re.finditer(r",(?=\s)|\s[—–-]\s", text[:cut])
            if not any(q.span[0] <= m.start() < q.span[1] for q in figures)
        ),
        default=-1,
    )
    if clause >= words[HEADLINE_MAX_WORDS // 2].start():
        return text[:clause].rstrip()
    return text[:cut].rstrip(",;: ") + "…"


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {k: v / norm for k, v in vector.items()} if norm else {}
