"""The one way to reach the bundled templates and schemas, installed or in a checkout."""

from __future__ import annotations

import functools
from importlib import resources
from importlib.resources.abc import Traversable

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser (same result, far faster)


def template(name: str) -> Traversable:
    """A bundled Word template, e.g. ``template("arbeidsavtale.nb.docx")``."""
    return resources.files("agreements.templates").joinpath(name)


def schema_file(name: str) -> Traversable:
    """A bundled data file from schemas/, e.g. ``schema_file("messages.yaml")``."""
    return resources.files("agreements.schemas").joinpath(name)


def example(name: str) -> Traversable:
    """A bundled example input from examples/, e.g. ``example("kommune-fast.yaml")``."""
    return resources.files("agreements.examples").joinpath(name)


@functools.cache
def load_yaml(name: str):
    """Parse a bundled schemas/ YAML file once per process (callers must not mutate it)."""
    with schema_file(name).open("r", encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_LOADER)
