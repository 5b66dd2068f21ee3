"""Real-client test: LibreOffice opens each generated agreement and the PDF text holds the key facts.

Runs wherever soffice is installed; in CI (CI=true) a missing LibreOffice is a failure, not a skip.
"""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from agreements import formatting, generate, validation
from agreements.inputfile import read_input
from cli import cli
from conftest import EXAMPLES, soffice_or_skip

pytestmark = pytest.mark.libreoffice


def pdf_text(data: bytes) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def plain(value: str) -> str:
    return re.sub(r"\s+", " ", value.replace("\u00a0", " "))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_pdf_holds_parties_start_date_and_salary(example):
    soffice_or_skip()
    doc = validation.validate(read_input(example)).document
    made = generate.build(example, with_pdf=True)
    text = pdf_text(made.pdf)
    assert plain(doc["employer"]["name"]) in text
    assert plain(doc["employee"]["name"]) in text
    assert plain(formatting.long_date(doc["start_date"])) in text
    assert plain(formatting.kroner(doc["salary"]["annual"])) in text
    assert "Side 1 av" in text  # the page-number fields were computed by the word processor


def test_cli_pdf_option_writes_both_files(runner, tmp_path):
    soffice_or_skip()
    out = tmp_path / "avtale.docx"
    result = runner.invoke(cli, ["generate", str(EXAMPLES[0]), "-o", str(out), "--pdf"])
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:2] == b"PK" and out.with_suffix(".pdf").read_bytes()[:5] == b"%PDF-"
