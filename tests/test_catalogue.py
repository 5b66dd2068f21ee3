"""The clause catalogue as data: a broken bundled catalogue is refused with the fault named."""

from __future__ import annotations

import copy

import pytest


from agreements import catalogue, resources
from conftest import catalogue_edited


@pytest.fixture
def broken(monkeypatch):
    """Load the catalogue with one detection pattern replaced."""
    real = resources.load_yaml

    def with_pattern(pattern):
        data = copy.deepcopy(real("clauses.yaml"))
        data["clauses"][0]["detect"]["headings"].append(pattern)
        monkeypatch.setattr(resources, "load_yaml", lambda name: data if name == "clauses.yaml" else real(name))
        catalogue.rules.cache_clear()
        with pytest.raises(catalogue.CatalogueError) as info:
            catalogue.rules()
        return str(info.value)

    yield with_pattern
    catalogue.rules.cache_clear()


@pytest.mark.parametrize("pattern", ["(unclosed", "<<no_such_macro>>", "a{2,1}"])
def test_a_pattern_that_does_not_compile_is_named(broken, pattern):
    message = broken(pattern)
    assert "clauses.yaml" in message and repr(pattern) in message


def test_patterns_that_only_clash_together_are_named(monkeypatch):
    catalogue_edited(monkeypatch, lambda data: data["clauses"][0]["detect"]["headings"].extend(
        ["(?P<same>a)", "(?P<same>b)"]))
    try:
        with pytest.raises(catalogue.CatalogueError, match="do not compile together"):
            catalogue.rules()
    finally:
        catalogue.rules.cache_clear()


def test_every_bundled_catalogue_loads():
    assert {kind: len(catalogue.rules(kind).clauses) > 0 for kind in catalogue.CATALOGUES} == \
        {"agreement": True, "minutes": True}
