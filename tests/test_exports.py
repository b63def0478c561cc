"""The public surface stays small and honest."""

import factcheck


def test_all_is_sorted_and_complete() -> None:
    assert factcheck.__all__ == sorted(factcheck.__all__)
    for name in factcheck.__all__:
        assert hasattr(factcheck, name), name


def test_every_public_attribute_is_in_all() -> None:
    public = {
        name
        for name, value in vars(factcheck).items()
        if not name.startswith("_") and not isinstance(value, type(factcheck))
    }
    assert public <= set(factcheck.__all__)
