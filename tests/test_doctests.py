"""Run the examples in the docstrings of the formatting and validation modules."""

import doctest

import pytest

from agreements import formatting, norwegian_ids, validation


@pytest.mark.parametrize("module", [formatting, norwegian_ids, validation], ids=lambda m: m.__name__)
def test_doctests(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
