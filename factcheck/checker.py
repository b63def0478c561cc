"""Cross-reference claims against a source. (Placeholder: replaced by the checker issue.)"""

from __future__ import annotations

from factcheck.models import CheckReport


def check_text(source: str, text: str) -> CheckReport:
    raise NotImplementedError


def check_claims(source: str, claims: list[str]) -> CheckReport:
    raise NotImplementedError
