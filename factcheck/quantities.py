"""Find and normalise every quantity in text. (Placeholder: replaced by the checker issue.)"""

from __future__ import annotations

from factcheck.models import Quantity


def parse_quantities(text: str) -> list[Quantity]:
    raise NotImplementedError
