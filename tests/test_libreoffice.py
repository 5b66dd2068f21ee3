"""Real-client test: LibreOffice opens each generated agreement and minutes; the PDF is PDF/A-2 with
every font embedded, and its text is the document's.

Runs wherever soffice is installed; in CI (CI=true) a missing LibreOffice is a failure, not a skip.
"""

from __future__ import annotations

import functools
import io
import os
import re
import subprocess
import sys

import pikepdf
import pytest
from pypdf import PdfReader

from agreements import formatting, generate, pdf, validation, wordxml
from agreements.inputfile import read_input
from cli import cli
from conftest import EXAMPLES, ROOT, soffice_or_skip

pytestmark = pytest.mark.libreoffice

MINUTES = [ROOT / "examples" / "referat-fjordvik.yaml", ROOT / "examples" / "referat-fjordvik-nn.yaml"]


@functools.cache
def made(example) -> generate.Generated:
    """An example made into .docx and PDF once per test run (an agreement, or minutes with the salary talk)."""
    if example.stem.startswith("referat"):
        docx = generate.minutes_document(generate.validate_minutes_file(example, salary_talk=True).document, True)
        return generate.Generated(docx, pdf.to_pdf(docx, example.stem), [])
    return generate.build(example, with_pdf=True)


def pdf_text(data: bytes) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def plain(value: str) -> str:
    return re.sub(r"\s+", " ", value.replace("\u00a0", " ")).strip()


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_pdf_holds_parties_start_date_and_salary(example):
    soffice_or_skip()
    doc = validation.validate(read_input(example)).document
    text = pdf_text(made(example).pdf)
    assert plain(doc["employer"]["name"]) in text
    assert plain(doc["employee"]["name"]) in text
    assert plain(formatting.long_date(doc["start_date"])) in text
    assert plain(formatting.kroner(doc["salary"]["annual"])) in text
    assert "Side 1 av" in text  # the page-number fields were computed by the word processor


def _fonts(document: pikepdf.Pdf):
    """Every font the pages use (in their resources and in form XObjects), and for a composite
    font its descendant, the one that carries the font file."""
    seen = {}

    def visit(resources):
        for font in (resources.get("/Font") or {}).values():
            for one in [font, *(font.get("/DescendantFonts") or [])]:
                seen[one.objgen] = one
        for xobject in (resources.get("/XObject") or {}).values():
            if xobject.get("/Subtype") == "/Form" and "/Resources" in xobject:
                visit(xobject.Resources)

    for page in document.pages:
        visit(page.Resources)
    return list(seen.values())


def _embedded(font) -> bool:
    return "/FontDescriptor" in font and any(key in font.FontDescriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def _unwritten(pdf: bytes, docx: bytes) -> list[str]:
    """The paragraphs of the document's body that the PDF's text does not hold in order (the
    headers and footers repeat on every page and are taken out first)."""
    text = pdf_text(pdf)
    for passage in wordxml.read_passages(docx):
        if passage.part in ("header", "footer"):
            text = text.replace(plain(passage.text), " ")
    text = plain(re.sub(r"Side \d+ av \d+", " ", text))
    missing, at = [], 0
    for passage in wordxml.read_passages(docx):
        if passage.part == "body":
            found = text.find(plain(passage.text), at)
            if found < 0:
                missing.append(passage.text)
            else:
                at = found + len(plain(passage.text))
    return missing


ARCHIVED = [ROOT / "examples" / "kommune-fast.yaml", ROOT / "examples" / "fylkeskommune-aaremaal-nn.yaml", *MINUTES]


@pytest.mark.parametrize("example", ARCHIVED, ids=lambda p: p.stem)
def test_the_pdf_is_pdfa_2_with_title_language_and_every_font_embedded_and_the_documents_text(example):
    """For the archive (Noark 5): XMP says PDF/A-2b, the title and language are set, every font is
    embedded (Calibri as its metric twin Carlito, from fonts-crosextra-carlito), the PDF is
    tagged, and its text is the text of the .docx, paragraph for paragraph."""
    soffice_or_skip()
    document = made(example)
    form = read_input(example)["language"]
    with pikepdf.open(io.BytesIO(document.pdf)) as archived:
        xmp = archived.open_metadata()
        assert (xmp["pdfaid:part"], xmp["pdfaid:conformance"]) == ("2", "B")
        assert "/Filter" not in archived.Root.Metadata  # PDF/A: the metadata stays readable as it is
        title = archived.docinfo["/Title"]
        assert str(title) == xmp["dc:title"] and str(title).startswith(("Arbeidsavtale", "Referat"))
        assert str(archived.Root.Lang) == f"{form}-NO"
        assert archived.Root.MarkInfo.Marked and "/StructTreeRoot" in archived.Root
        fonts = _fonts(archived)
        assert fonts and [str(f.BaseFont) for f in fonts if f.Subtype != "/Type0" and not _embedded(f)] == []
        names = {re.sub(r"^[A-Z]{6}\+", "", str(f.FontDescriptor.FontName).lstrip("/")).split("-")[0]
                 for f in fonts if "/FontDescriptor" in f}
        assert names == {"Carlito", "OpenSymbol"}  # the text, and the bullets
    assert _unwritten(document.pdf, document.docx) == []


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
