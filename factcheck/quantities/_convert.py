"""Exact conversion of a duration, or a metric measure, between units of one family, for
comparing figures.

The parser keeps the unit a duration was written in ("48 hours", "two days"), since a figure
rounded from it is compared in that unit; a comparison that wants to know whether two durations
are the same span converts one into the other's unit here.
"""

from __future__ import annotations

from decimal import Decimal

from factcheck.models import Quantity, QuantityKind

# Two families of units of time, each counted in its smallest unit. A month has no whole number
# of days, so the two never convert into each other.
_CLOCK = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}
_CALENDAR = {"month": 1, "year": 12, "decade": 120, "century": 1200}


def duration_in(quantity: Quantity, unit: str) -> Decimal | None:
    """The value of a duration in another unit of time, exactly, or None when it has none.

    >>> from factcheck.quantities import parse_quantities
    >>> (two_days,) = parse_quantities("It took two days.")
    >>> duration_in(two_days, "hour")
    Decimal('48')

    None when ``quantity`` is not a duration (or a relative date), or when its unit and
    ``unit`` are not of one family (days and months: a month has no fixed number of days).
    """
    if quantity.kind is not QuantityKind.DURATION:
        return None
    return _within(quantity, unit, (_CLOCK, _CALENDAR))


def _within(
    quantity: Quantity, unit: str, families: tuple[dict[str, int] | dict[str, Decimal], ...]
) -> Decimal | None:
    """The quantity's value in ``unit`` where one family of units holds both, else None."""
    own = quantity.unit
    for family in families:
        if own is not None and own in family and unit in family:
            return quantity.value * family[own] / family[unit]
    return None


# Metric units convert exactly (a summary's "2,300 kg" is the article's "2.3 tonnes"); miles and
# kilometres do not, and a summary that converts them rounds: not compared here.
_MASS = {"mg": Decimal("0.001"), "g": Decimal(1), "kg": Decimal(1000), "tonne": Decimal(1000000)}
_LENGTH = {"mm": Decimal("0.001"), "cm": Decimal("0.01"), "m": Decimal(1), "km": Decimal(1000)}


def measure_in(quantity: Quantity, unit: str) -> Decimal | None:
    """The value of a metric measure in another unit of its family, exactly, or None.

    >>> from factcheck.quantities import parse_quantities
    >>> (load,) = parse_quantities("It carried 2.3 tonnes.")
    >>> measure_in(load, "kg")
    Decimal('2300.0')
    """
    if quantity.kind is not QuantityKind.MEASURE:
        return None
    return _within(quantity, unit, (_MASS, _LENGTH))
