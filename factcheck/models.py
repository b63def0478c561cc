"""The pydantic models every stage passes along.

Data flows one way (see DESIGN.md): ``Article`` -> ``Draft`` -> ``ClaimCheck``/``CheckReport``
-> ``Result``. Models hold data and light derived views only; behaviour lives in the stages.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from decimal import Decimal
from enum import Enum
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

SCHEMA_VERSION = "1.0"
# The version of what ``factcheck check --format json`` prints (:class:`CheckOutput`).
CHECK_SCHEMA_VERSION = "1.0"


class Verdict(str, Enum):
    """What the source says about a claim."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    UNSUPPORTED = "unsupported"

    def __str__(self) -> str:
        return self.value


class Reason(str, Enum):
    """Why a figure got its verdict: machine-readable, one per finding (see the checker)."""

    VALUE_MISMATCH = "value_mismatch"
    SCALE_MISMATCH = "scale_mismatch"
    CURRENCY_MISMATCH = "currency_mismatch"
    UNIT_MISMATCH = "unit_mismatch"
    QUALIFIER_MISMATCH = "qualifier_mismatch"
    ATTRIBUTION_MISMATCH = "attribution_mismatch"
    ORDINAL_MISMATCH = "ordinal_mismatch"
    DATE_MISMATCH = "date_mismatch"
    ROUNDED = "rounded"
    NUMBER_IN_NAME = "number_in_name"
    QUOTE_NOT_IN_SOURCE = "quote_not_in_source"
    NO_QUANTITY = "no_quantity"
    NOT_FOUND = "not_found"
    COMPUTED = "computed"
    INSTRUCTION_IN_SOURCE = "instruction_in_source"

    def __str__(self) -> str:
        return self.value


class QuantityKind(str, Enum):
    """What sort of number a quantity is."""

    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    PERCENTAGE_POINT = "percentage_point"
    ORDINAL = "ordinal"
    YEAR = "year"
    DATE = "date"
    DURATION = "duration"
    MEASURE = "measure"
    SCORE = "score"

    def __str__(self) -> str:
        return self.value


class Qualifier(str, Enum):
    """How exactly a quantity is stated ("about", "up to", "more than", "20-30")."""

    EXACT = "exact"
    APPROXIMATE = "approximate"
    AT_MOST = "at_most"
    AT_LEAST = "at_least"
    RANGE = "range"

    def __str__(self) -> str:
        return self.value


Span = tuple[int, int]


class Quantity(BaseModel):
    """What a number in text means, not how it was written.

    ``value`` is exact (Decimal) and already multiplied out by the scale ("$2.3bn" -> 2300000000).
    ``span`` is the [start, end) character range of the surface text in the text parsed.
    """

    model_config = ConfigDict(frozen=True)

    text: str
    value: Decimal
    kind: QuantityKind
    unit: str | None = None
    currency: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    low: Decimal | None = None
    high: Decimal | None = None
    span: Span
    scale: Decimal | None = Field(
        default=None, description="the multiplier written (1e3, 1e6, 1e9...), if any"
    )
    precision: Decimal | None = Field(
        default=None,
        description="the step of the last digit written, multiplied out ('$2.3bn' -> 1e8)",
    )
    vague: bool = Field(default=False, description="a magnitude, not a figure: 'millions of'")
    identifier: bool = Field(
        default=False,
        description="the figure names who the text is about ('the 45-year-old said'): its value "
        "is checked, but it is a reference to a party, not a claim's measure",
    )
    relative: bool = Field(
        default=False,
        description="a date written relative to publication ('last year', 'on Saturday'): "
        "value is an offset in unit (year, month, week, day, or a weekday name)",
    )


EvidenceRole = Literal["states", "conflicts", "name", "nearest", "operand", "instruction"]


class Evidence(BaseModel):
    """Where in the source a claim's quantity was found (or the nearest thing to it).

    ``verdict`` and ``reasons`` are those of the claim's figure this evidence was found for
    (a sentence with two figures may have one supported and one contradicted); ``role`` says
    what the source figure is to it: it ``states`` the figure, ``conflicts`` with it, holds the
    number only inside a ``name``, or is merely the ``nearest`` figure to an unsupported one.
    All three default to None/empty so results written before they existed still validate.
    """

    sentence: str
    sentence_span: Span
    quantity_text: str | None = None
    quantity_span: Span | None = None
    verdict: Verdict | None = None
    reasons: list[str] = Field(default_factory=list)
    role: EvidenceRole | None = None


class FigureCheck(BaseModel):
    """The verdict on one figure of a claim: a claim's verdict is the worst of its figures."""

    text: str = Field(description="the figure as written in the claim")
    span: Span | None = Field(default=None, description="where the figure sits in the claim")
    verdict: Verdict
    reasons: list[str] = Field(default_factory=list)
    evidence: list[int] = Field(
        default_factory=list, description="indexes into the claim's evidence list"
    )
    rule: str | None = Field(
        default=None,
        description="the checker rule that decided this figure's verdict (see the checker docs)",
    )
    explanation: str | None = Field(
        default=None,
        description="why, in words, where a reason code says too little: 'the article gives "
        "40 tanks to France'",
    )
    computation: str | None = Field(
        default=None,
        description="for a figure supported by arithmetic on the source's figures (reason "
        "'computed'), the computation in words, e.g. '$7.4bn - $6.9bn = $0.5bn'",
    )


class ClaimCheck(BaseModel):
    """The verdict on one claim, with machine-readable reasons and the evidence."""

    claim: str
    origin: Literal["claim", "summary", "headline", "key_point", "text"] = "text"
    quantities: list[Quantity] = Field(default_factory=list)
    verdict: Verdict
    reasons: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    claim_span: Span | None = Field(
        default=None, description="span of the claim in the checked text, when it came from one"
    )
    figures: list[FigureCheck] = Field(
        default_factory=list, description="one verdict per figure of the claim, in claim order"
    )


class CheckReport(BaseModel):
    """Every check made of one text (or list of claims) against one source."""

    checks: list[ClaimCheck] = Field(default_factory=list)

    def count(self, verdict: Verdict) -> int:
        return sum(1 for check in self.checks if check.verdict is verdict)

    @property
    def all_supported(self) -> bool:
        return all(check.verdict is Verdict.SUPPORTED for check in self.checks)

    @property
    def flagged(self) -> list[ClaimCheck]:
        return [check for check in self.checks if check.verdict is not Verdict.SUPPORTED]


class SourceRef(BaseModel):
    """Which article a text was checked against: enough to find it again."""

    title: str | None = None
    url: str | None = Field(default=None, description="the URL it was fetched from, if any")


class Totals(BaseModel):
    """How many checks have each verdict."""

    checked: int = Field(description="checked sentences (claims); one may state several figures")
    supported: int
    contradicted: int
    unsupported: int


class CheckOutput(BaseModel):
    """What ``factcheck check --format json`` prints and ``POST /v1/check`` returns: the checks
    of one text against one source, with the source named and the verdicts counted."""

    schema_version: str = Field(
        default=CHECK_SCHEMA_VERSION, description="changes when this document's shape changes"
    )
    source: SourceRef
    totals: Totals
    checks: list[ClaimCheck]

    @classmethod
    def of(cls, report: CheckReport, source: Article | None = None) -> CheckOutput:
        """The document for ``report``, naming ``source`` when it is known."""
        counts = {verdict: report.count(verdict) for verdict in Verdict}
        return cls(
            source=SourceRef(
                title=source.title if source else None, url=source.url if source else None
            ),
            totals=Totals(
                checked=len(report.checks),
                supported=counts[Verdict.SUPPORTED],
                contradicted=counts[Verdict.CONTRADICTED],
                unsupported=counts[Verdict.UNSUPPORTED],
            ),
            checks=report.checks,
        )


class Article(BaseModel):
    """An article as loaded: the text the LLM sees is exactly the text the checker indexes."""

    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    byline: str | None = None
    site_name: str | None = None
    language: str | None = None
    obtained_via: Literal["url", "html_file", "text_file", "stdin", "string"] = "string"
    fetched_at: datetime | None = None
    final_url: str | None = Field(
        default=None, description="where the last redirect led, when fetched from a URL"
    )
    content_type: str | None = Field(default=None, description="the media type served, if fetched")

    @property
    def word_count(self) -> int:
        return len(self.text.split())


# --- Draft validation -------------------------------------------------------------------------
# The validators below reject what is useless downstream, with messages written to be sent back
# to the model as-is. Two kinds:
# - always on: an empty quote, a claim with no number in it;
# - with validation context only (``Draft.model_validate_json(raw, context={...})``, which is how
#   factcheck.llm validates every reply): ``article_text`` makes each quote prove it occurs in the
#   article; ``max_claims`` caps the claims; any context enforces a 2-4 sentence summary.
#   Drafts built in Python (the extractive engine, tests) are not held to what a prompt asked.

_NUMBER_WORDS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|halves|"
    "quarters?|thirds?|lakhs?|crores?|first|second|fourth|fifth|sixth|seventh|eighth|ninth|"
    "tenth|eleventh|twelfth|twentieth|hundredth|once|twice|double|doubled|triple|tripled|"
    "handful|score"
)
_HAS_NUMBER = re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b", re.IGNORECASE)

# Typographic variants a model (or an HTML extractor) swaps freely; compared as their ASCII form.
_MATCH_TRANSLATION = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2212": "-",
        "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None,
    }
)
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|\u2026)\s*")
# Enough characters that a fragment around an ellipsis still pins down a place in the article.
_MIN_FRAGMENT = 12


def normalize_for_match(text: str) -> str:
    """Fold what differs between an article and a faithful copy of it: NFKC forms (non-breaking
    and thin spaces), curly vs straight quotes, dash variants, invisible characters and runs
    of whitespace. Case and wording are kept: a quote must still be verbatim."""
    text = unicodedata.normalize("NFKC", text).translate(_MATCH_TRANSLATION)
    return " ".join(text.split())


@lru_cache(maxsize=8)
def _normalized_article(article_text: str) -> str:
    # Cached: every claim of a reply is checked against the same article.
    return normalize_for_match(article_text)


def quote_in_text(quote: str, text: str) -> bool:
    """True when ``quote`` occurs in ``text`` after :func:`normalize_for_match`.

    Surrounding quotation marks and a trailing full stop are ignored, and an ellipsis ("..." or
    "…") may stand for left-out words as long as every fragment occurs, in order.
    """
    haystack = _normalized_article(text)
    needle = normalize_for_match(quote).strip(" \"'")
    needle = needle.rstrip(".").strip(" \"'")
    if not needle:
        return False
    fragments = [part for part in _ELLIPSIS.split(needle) if part]
    if len(fragments) > 1 and any(len(part) < _MIN_FRAGMENT for part in fragments):
        return False
    position = 0
    for fragment in fragments:
        found = haystack.find(fragment, position)
        if found < 0:
            return False
        position = found + len(fragment)
    return True


_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "gov", "sen", "rep",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "vs", "etc", "e.g", "i.e", "inc", "ltd", "co", "corp", "approx", "est",
}
_SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")
# Chinese and Japanese end sentences with full-width marks and no space after them.
_FULL_WIDTH_END = re.compile(r"[\u3002\uff01\uff1f]+[\u300d\u300f\u201d\uff09]*(?=\s*\S)")


def count_sentences(text: str) -> int:
    """Count sentences, not splitting after abbreviations ("Mr.", "Oct.") or initials ("U.S.")."""
    count = 1 if text.strip() else 0
    for match in _SENTENCE_END.finditer(text):
        before = text[: match.start() + 1].split()
        word = before[-1].rstrip(".!?").lower() if before else ""
        if word in _ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)*[a-z]", word):
            continue
        count += 1
    return count + len(_FULL_WIDTH_END.findall(text))


class DraftClaim(BaseModel):
    """A numeric claim as the drafting engine states it."""

    text: str = Field(description="the claim as one sentence, carrying its figure")
    quote: str = Field(description="the verbatim source sentence that states the figure")
    figure: str = Field(description="the figure as read, e.g. '$2.3 billion' or '50 countries'")

    @field_validator("text")
    @classmethod
    def _text_has_number(cls, value: str) -> str:
        if not _HAS_NUMBER.search(value):
            raise ValueError(
                f"claim {value!r} has no number in it; every claim must state a figure"
            )
        return value

    @field_validator("quote")
    @classmethod
    def _quote_from_article(cls, value: str, info: ValidationInfo) -> str:
        if not value.strip():
            raise ValueError("quote is empty; copy the article sentence that states the figure")
        article_text = (info.context or {}).get("article_text")
        if article_text is not None and not quote_in_text(value, article_text):
            raise ValueError(
                f"quote {value!r} does not occur in the article; copy the sentence verbatim"
            )
        return value


class Draft(BaseModel):
    """A summary draft: what the model (or the extractive engine) writes."""

    headline: str
    summary: str = Field(description="2-4 sentences")
    key_points: list[str] = Field(default_factory=list)
    claims: list[DraftClaim] = Field(default_factory=list)

    @field_validator("summary")
    @classmethod
    def _summary_length(cls, value: str, info: ValidationInfo) -> str:
        if info.context is not None:
            sentences = count_sentences(value)
            if not 2 <= sentences <= 4:
                raise ValueError(f"summary has {sentences} sentence(s); write 2 to 4 sentences")
        return value

    @field_validator("claims")
    @classmethod
    def _claims_limit(cls, value: list[DraftClaim], info: ValidationInfo) -> list[DraftClaim]:
        max_claims = (info.context or {}).get("max_claims")
        if max_claims is not None and len(value) > max_claims:
            raise ValueError(
                f"{len(value)} claims listed but at most {max_claims} were asked for; "
                "keep the most important ones"
            )
        return value


class RetryRecord(BaseModel):
    attempt: int
    reason: str


class Usage(BaseModel):
    """What producing a result cost."""

    calls: int = 0
    cached: int = Field(
        default=0,
        description="of the calls, those answered from the response cache: no request made, "
        "no tokens paid (their tokens are not counted below)",
    )
    attempts: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    retries: list[RetryRecord] = Field(default_factory=list)


class PromptRef(BaseModel):
    name: str
    sha256: str


class Provenance(BaseModel):
    factcheck_version: str
    prompts: list[PromptRef] = Field(default_factory=list)


class Round(BaseModel):
    """One draft and its findings; a repaired result keeps every round."""

    draft: Draft
    checks: list[ClaimCheck]


class Result(BaseModel):
    """Everything ``summarize`` produced for one article."""

    schema_version: str = SCHEMA_VERSION
    article: Article
    summary: Draft
    claims: list[ClaimCheck]
    engine: Literal["llm", "extractive"]
    model: str | None = None
    usage: Usage = Field(default_factory=Usage)
    provenance: Provenance
    rounds: list[Round] = Field(default_factory=list)

    @property
    def all_supported(self) -> bool:
        return all(check.verdict is Verdict.SUPPORTED for check in self.claims)
