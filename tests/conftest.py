"""Shared fixtures: example inputs, a mutable valid document, CLI runner and text helpers."""

from __future__ import annotations

import copy
import os
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from agreements import inputfile, wordxml

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*.yaml") if not p.name.startswith("referat"))
IN_CI = bool(os.environ.get("CI"))


@pytest.fixture(scope="session")
def kommune_doc() -> dict:
    return inputfile.read_input(ROOT / "examples" / "kommune-fast.yaml")


@pytest.fixture
def doc(kommune_doc) -> dict:
    """A fresh, valid raw input document (the kommune example) to mutate in a test."""
    return copy.deepcopy(kommune_doc)


def set_path(doc: dict, dotted: str, value) -> dict:
    """Set (or with value=DELETE remove) a field given as a dotted path; returns ``doc``."""
    *parents, last = dotted.split(".")
    node = doc
    for key in parents:
        node = node.setdefault(key, {}) if not key.isdigit() else node[int(key)]
    if value is DELETE:
        node.pop(last, None)
    elif last.isdigit():
        node[int(last)] = value
    else:
        node[last] = value
    return doc


DELETE = object()


def write_yaml(path: Path, data: dict) -> Path:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def docx_text(data: bytes) -> str:
    """All paragraph text of a .docx (body, then headers and footers), one paragraph a line."""
    parts = wordxml.text_parts(data)
    lines = list(parts.pop("word/document.xml"))
    for name in sorted(parts):
        lines.append(f"--- {name}")
        lines.extend(parts[name])
    return "\n".join(lines) + "\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def soffice_or_skip() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        if IN_CI:
            pytest.fail("LibreOffice (soffice) must be installed in CI: .ci/run installs it")
        pytest.skip("LibreOffice is not installed")
    return exe
