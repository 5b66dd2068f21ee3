"""Real-client test: LibreOffice opens each generated agreement and the PDF text holds the key facts.

Runs wherever soffice is installed; in CI (CI=true) a missing LibreOffice is a failure, not a skip.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys

import pytest
from pypdf import PdfReader

from agreements import formatting, generate, validation
from agreements.inputfile import read_input
from cli import cli
from conftest import EXAMPLES, ROOT, soffice_or_skip

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


# The PDF is dated like the .docx it is made from: the date of the council decision (of the meeting,
# for minutes), never the clock or the time zone of the machine that converts it.
PDF_RUNS = {
    "agreement": (["generate", "examples/kommune-fast.yaml"], ("council_decision", "date")),
    "minutes": (["minutes", "generate", "examples/referat-fjordvik.yaml"], ("meeting", "date")),
}


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(PDF_RUNS))
def test_same_input_gives_the_same_pdf_dated_by_its_input(tmp_path, kind):
    soffice_or_skip()
    command, (section, field) = PDF_RUNS[kind]
    made = []
    for tz in ("KIR-14", "HST10"):  # POSIX zones (no tz database needed): UTC+14 and UTC-10
        out = tmp_path / tz / "dokument.docx"
        out.parent.mkdir()
        done = subprocess.run([sys.executable, "-m", "cli", *command, "-o", str(out), "--pdf"], cwd=ROOT,
                              env={**os.environ, "TZ": tz}, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        made.append(out.with_suffix(".pdf").read_bytes())
    assert made[1] == made[0]
    stamp = f"D:{read_input(ROOT / command[-1])[section][field]:%Y%m%d}000000Z"
    info = PdfReader(io.BytesIO(made[0])).metadata
    assert (info["/CreationDate"], info["/ModDate"]) == (stamp, stamp)
