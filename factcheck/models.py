"""The pydantic models every stage passes along.

Data flows one way (see DESIGN.md): ``Article`` -> ``Draft`` -> ``ClaimCheck``/``CheckReport``
-> ``Result``. Models hold data and light derived views only; behaviour lives in the stages.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class Verdict(str, Enum):
    """What the source says about a claim."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    UNSUPPORTED = "unsupported"

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


class Evidence(BaseModel):
    """Where in the source a claim's quantity was found (or the nearest thing to it)."""

    sentence: str
    sentence_span: Span
    quantity_text: str | None = None
    quantity_span: Span | None = None


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


class DraftClaim(BaseModel):
    """A numeric claim as the drafting engine states it."""

    text: str = Field(description="the claim as one sentence, carrying its figure")
    quote: str = Field(description="the verbatim source sentence that states the figure")
    figure: str = Field(description="the figure as read, e.g. '$2.3 billion' or '50 countries'")


class Draft(BaseModel):
    """A summary draft: what the model (or the extractive engine) writes."""

    headline: str
    summary: str = Field(description="2-4 sentences")
    key_points: list[str] = Field(default_factory=list)
    claims: list[DraftClaim] = Field(default_factory=list)


class RetryRecord(BaseModel):
    attempt: int
    reason: str


class Usage(BaseModel):
    """What producing a result cost."""

    calls: int = 0
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
