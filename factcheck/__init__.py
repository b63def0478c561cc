"""factcheck: summaries whose every number is checked against the article.

The public API is re-exported here; ``__all__`` is kept honest by ``tests/test_exports.py``.
"""

import logging as _logging
from importlib import metadata as _metadata

from factcheck.article import load_article
from factcheck.batch import BatchItem, asummarize_many, summarize_many
from factcheck.checker import SourceIndex, check_claims, check_text, index_source
from factcheck.errors import FactcheckError
from factcheck.models import (
    Article,
    CheckOutput,
    CheckReport,
    ClaimCheck,
    Draft,
    Evidence,
    Quantity,
    Result,
    Verdict,
)
from factcheck.pipeline import asummarize, summarize
from factcheck.quantities import parse_quantities

# Library modules log to ``logging.getLogger(__name__)``; the application decides where it goes
# (the CLI: stderr, with -v/--debug). Without a handler configured, nothing is printed.
_logging.getLogger("factcheck").addHandler(_logging.NullHandler())

try:
    __version__ = _metadata.version("factcheck")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = [
    "Article",
    "BatchItem",
    "CheckOutput",
    "CheckReport",
    "ClaimCheck",
    "Draft",
    "Evidence",
    "FactcheckError",
    "Quantity",
    "Result",
    "SourceIndex",
    "Verdict",
    "__version__",
    "asummarize",
    "asummarize_many",
    "check_claims",
    "check_text",
    "index_source",
    "load_article",
    "parse_quantities",
    "summarize",
    "summarize_many",
]
