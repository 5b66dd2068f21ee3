"""PDF post-processing: dates from the document instead of the clock (the same in the document
information and the XMP, as PDF/A wants), a file /ID from the content; fonts swapped for their free twins."""

from __future__ import annotations

import datetime as dt
import io
import os
import re

import pikepdf
import pytest

from agreements import generate, pdf, wordxml
from agreements.inputfile import read_input
from conftest import EXAMPLES

UTC = dt.timezone.utc


def converted(at: str, zone: str) -> bytes:
    """A PDF as a converter leaves it: its clock and zone in the dates, a random /ID, a checksum."""
    doc = pikepdf.new()
    doc.add_blank_page()
    doc.docinfo["/CreationDate"] = f"D:{at}{zone}"
    with doc.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
        xmp["xmp:CreateDate"] = xmp["xmp:ModifyDate"] = xmp["xmp:MetadataDate"] = f"{at[:4]}-{at[4:6]}-{at[6:8]}"
    doc.trailer["/DocChecksum"] = pikepdf.Name("/" + os.urandom(16).hex().upper())
    out = io.BytesIO()
    doc.save(out, static_id=False)
    return out.getvalue()


def test_settled_pdfs_of_one_document_are_identical_and_dated_by_it():
    created, modified = dt.datetime(2026, 10, 20, tzinfo=UTC), dt.datetime(2026, 10, 21, 12, tzinfo=UTC)
    first = pdf.settle(converted("20270105101112", "+14'00'"), created, modified)
    second = pdf.settle(converted("20261231235959", "-10'00'"), created, modified)
    assert first == second
    with pikepdf.open(io.BytesIO(first)) as doc:
        assert (str(doc.docinfo["/CreationDate"]), str(doc.docinfo["/ModDate"])) == \
            ("D:20261020000000Z", "D:20261021120000Z")
        xmp = doc.open_metadata()
        assert (xmp["xmp:CreateDate"], xmp["xmp:ModifyDate"], xmp["xmp:MetadataDate"]) == \
            ("2026-10-20T00:00:00Z", "2026-10-21T12:00:00Z", "2026-10-21T12:00:00Z")
        assert "/DocChecksum" not in doc.trailer


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_a_generated_agreement_is_dated_by_its_council_decision(example):
    midnight = dt.datetime.combine(read_input(example)["council_decision"]["date"], dt.time(0, 0), UTC)
    assert pdf.dates(generate.build(example).docx) == (midnight, midnight)


def test_a_document_without_dates_gives_a_pdf_without_dates():
    parts = wordxml.members(generate.build(EXAMPLES[0]).docx)
    del parts["docProps/core.xml"]
    parts["_rels/.rels"] = re.sub(rb"<Relationship [^>]*core-properties[^>]*/>", b"", parts["_rels/.rels"])
    assert pdf.dates(wordxml.pack(parts)) == (None, None)
    with pikepdf.open(io.BytesIO(pdf.settle(converted("20270105101112", "Z"), None, None))) as doc:
        assert "/CreationDate" not in doc.docinfo and "xmp:CreateDate" not in doc.open_metadata()


def test_the_xmp_gets_every_date_the_document_information_has():
    """LibreOffice's PDF/A has only a creation date in its XMP: the settled PDF has both dates in
    both places, as PDF/A requires of the document information and the XMP."""
    doc = pikepdf.new()
    doc.add_blank_page()
    with doc.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
        xmp["pdfaid:part"] = "2"
        xmp["xmp:CreateDate"] = "2027-01-05T10:11:12Z"
    out = io.BytesIO()
    doc.save(out)
    when = dt.datetime(2026, 10, 20, tzinfo=UTC)
    with pikepdf.open(io.BytesIO(pdf.settle(out.getvalue(), when, when))) as settled:
        xmp = settled.open_metadata()
        assert (xmp["xmp:CreateDate"], xmp["xmp:ModifyDate"], xmp["pdfaid:part"]) == \
            ("2026-10-20T00:00:00Z", "2026-10-20T00:00:00Z", "2")
        assert str(settled.docinfo["/ModDate"]) == "D:20261020000000Z"


def test_calibri_becomes_carlito_everywhere_a_font_is_named_and_nothing_else_changes():
    before = wordxml.members(generate.build(EXAMPLES[0]).docx)
    after = wordxml.members(wordxml.with_fonts(generate.build(EXAMPLES[0]).docx, pdf.FONT_SUBSTITUTES))
    named = {name for name, data in before.items() if b'"Calibri"' in data}
    assert {"word/styles.xml", "word/fontTable.xml", "word/theme/theme1.xml"} <= named
    assert [name for name in after if b'"Calibri"' in after[name]] == []
    assert {name: data.replace(b'"Carlito"', b'"Calibri"') for name, data in after.items()} == before


def _icc(stamp: tuple[int, ...], version: int = 0x02100000, with_id: bool = False) -> bytes:
    header = bytearray(128)
    header[0:4] = (300).to_bytes(4, "big")
    header[8:12] = version.to_bytes(4, "big")
    header[24:36] = b"".join(n.to_bytes(2, "big") for n in stamp)
    header[36:40] = b"acsp"
    if with_id:
        header[84:100] = b"\x01" * 16
    return bytes(header) + b"\x00" * 172


@pytest.mark.parametrize("with_id", [False, True], ids=["v2", "v4 with profile ID"])
def test_the_colour_profile_of_the_output_intent_is_dated_by_the_document(with_id):
    """LibreOffice's colour library stamps the PDF/A colour profile with the clock: settled, two
    conversions of one document give the same profile, dated by the document."""
    import hashlib
    created = dt.datetime(2026, 10, 20, tzinfo=UTC)
    first = pdf.icc_dated(_icc((2027, 1, 5, 10, 11, 12), with_id=with_id), created)
    second = pdf.icc_dated(_icc((2026, 12, 31, 23, 59, 59), with_id=with_id), created)
    assert first == second and first[24:36] == bytes.fromhex("07ea000a0014000000000000")
    if with_id:
        zeroed = first[:44] + bytes(4) + first[48:64] + bytes(4) + first[68:84] + bytes(16) + first[100:]
        assert first[84:100] == hashlib.md5(zeroed).digest()
    assert pdf.icc_dated(b"not a profile", created) == b"not a profile"


def test_settle_keeps_a_readable_colour_profile():
    doc = pikepdf.new()
    doc.add_blank_page()
    profile = _icc((2027, 1, 5, 10, 11, 12))
    stream = pikepdf.Stream(doc, profile)
    doc.Root.OutputIntents = pikepdf.Array([pikepdf.Dictionary(Type=pikepdf.Name.OutputIntent, DestOutputProfile=stream)])
    out = io.BytesIO()
    doc.save(out)
    created = dt.datetime(2026, 10, 20, tzinfo=UTC)
    with pikepdf.open(io.BytesIO(pdf.settle(out.getvalue(), created, created))) as settled:
        assert settled.Root.OutputIntents[0].DestOutputProfile.read_bytes() == pdf.icc_dated(profile, created)
