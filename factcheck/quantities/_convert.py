"""Exact conversion of a duration, or a measure, between units of one family, for comparing
figures.

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


# Units of one measure, each in the family's base unit. Every factor is exact by definition
# (the international mile is 1,609.344 m, the pound 453.59237 g), so a measure converts
# exactly; a summary that converts "884 kilometres" into "about 550 miles" rounds, and the
# comparison rounds the converted figure to the claim's precision, as for any figure.
_MASS = {
    "mg": Decimal("0.001"), "g": Decimal(1), "kg": Decimal(1000), "tonne": Decimal(1000000),
    "oz": Decimal("28.349523125"), "lb": Decimal("453.59237"), "stone": Decimal("6350.29318"),
}  # fmt: skip
_LENGTH = {
    "mm": Decimal("0.001"), "cm": Decimal("0.01"), "m": Decimal(1), "km": Decimal(1000),
    "inch": Decimal("0.0254"), "foot": Decimal("0.3048"), "yard": Decimal("0.9144"),
    "mile": Decimal("1609.344"),
}  # fmt: skip
_AREA = {
    "m2": Decimal(1), "km2": Decimal(1000000), "hectare": Decimal(10000),
    "acre": Decimal("4046.8564224"), "mile2": Decimal("2589988.110336"),
    "ft2": Decimal("0.09290304"), "yd2": Decimal("0.83612736"), "in2": Decimal("0.00064516"),
}  # fmt: skip
_SPEED = {"km/h": Decimal(1), "mph": Decimal("1.609344"), "knot": Decimal("1.852")}
_CELSIUS, _FAHRENHEIT = "celsius", "fahrenheit"


def measure_in(quantity: Quantity, unit: str) -> Decimal | None:
    """The value of a measure in another unit of its measure, exactly, or None.

    >>> from factcheck.quantities import parse_quantities
    >>> (load,) = parse_quantities("It carried 2.3 tonnes.")
    >>> measure_in(load, "kg")
    Decimal('2300.0')
    >>> (heat,) = parse_quantities("It was 40C in Rome.")
    >>> measure_in(heat, "fahrenheit")
    Decimal('104')
    """
    if quantity.kind is not QuantityKind.MEASURE:
        return None
    if {quantity.unit, unit} == {_CELSIUS, _FAHRENHEIT}:
        if unit == _FAHRENHEIT:
            return quantity.value * 9 / 5 + 32
        return (quantity.value - 32) * 5 / 9
    return _within(quantity, unit, (_MASS, _LENGTH, _AREA, _SPEED))
