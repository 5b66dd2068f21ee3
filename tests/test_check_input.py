"""Reading drafts: hostile and broken files get their own exit code and message; text is read
from every part exactly once; the checked file is never modified."""

from __future__ import annotations

import hashlib
import io
import os
import zipfile

import pytest

import re

from agreements import catalogue, checker, resources, wordxml
from agreements.problems import ExitCode, UnreadableDocument
from cli import cli
from conftest import ROOT
from corpus.docxwriter import Doc


def _docx(*paragraphs: str) -> bytes:
    d = Doc(split_runs=False)
    d.add(*(d.para(t) for t in paragraphs))
    return d.to_bytes()


def _zip(files: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def _replace_part(data: bytes, name: str, content: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        files = {n: src.read(n) for n in src.namelist()}
    files[name] = content
    return _zip(files)


BILLION_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                  b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
                  b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                  b"<w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>")


def _bomb() -> bytes:
    """A small file that unpacks to more than the per-part limit."""
    size = wordxml.LIMITS["part_bytes"] + 1024
    return _replace_part(_docx("x"), "word/document.xml", b" " * size)


HOSTILE = [
    ("not_a_zip", lambda: b"Dette er bare tekst, ikke et Word-dokument.", ExitCode.NOT_DOCX, "doc_not_zip"),
    ("empty_file", lambda: b"", ExitCode.NOT_DOCX, "doc_empty_file"),
    ("rtf", lambda: b"{\\rtf1\\ansi Arbeidsavtale}", ExitCode.NOT_DOCX, "doc_rtf"),
    ("zip_without_word", lambda: _zip({"a.txt": "hei"}), ExitCode.NOT_DOCX, "doc_not_word"),
    ("old_binary_doc", lambda: wordxml.OLE2_MAGIC + b"\0" * 4096, ExitCode.LEGACY_DOC, "doc_legacy"),
    ("encrypted", lambda: wordxml.OLE2_MAGIC + b"\0" * 512 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 512,
     ExitCode.ENCRYPTED, "doc_encrypted"),
    ("truncated_zip", lambda: _docx("Arbeidsavtale " * 50)[:600], ExitCode.DAMAGED, "doc_damaged"),
    ("broken_xml", lambda: _replace_part(_docx("x"), "word/document.xml", b"<w:document><w:body>"),
     ExitCode.DAMAGED, "doc_damaged"),
    ("zip_bomb", _bomb, ExitCode.TOO_LARGE, "doc_too_large"),
    ("entity_expansion", lambda: _replace_part(_docx("x"), "word/document.xml", BILLION_LAUGHS),
     ExitCode.UNSAFE_XML, "doc_unsafe_xml"),
    ("empty_document", lambda: _docx(), ExitCode.EMPTY_DOCUMENT, "doc_no_text"),
    ("too_much_text", lambda: _docx(*["Lønn etter avtale mellom partene og kommunen. " * 500] * 100),
     ExitCode.TOO_LARGE, "doc_too_much_text"),
    # what people give instead of a .docx: say what to do (exit code 8, as for any file that is no .docx)
    ("pdf", lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", ExitCode.NOT_DOCX, "doc_pdf"),
    ("odt", lambda: _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}),
     ExitCode.NOT_DOCX, "doc_odt"),
    ("yaml_input", lambda: b"# Arbeidsavtale\nlanguage: nb\nemployer:\n  kind: kommune\n", ExitCode.NOT_DOCX,
     "doc_is_input"),
    ("json_input", lambda: b'{"language": "nb", "employer": {"kind": "kommune"}}', ExitCode.NOT_DOCX, "doc_is_input"),
    ("utf16_yaml_input", lambda: "language: nn\nemployer: {}\n".encode("utf-16"), ExitCode.NOT_DOCX,
     "doc_is_input"),
]


@pytest.mark.parametrize("name,make,code,message", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_input_has_its_own_exit_code(name, make, code, message):
    with pytest.raises(UnreadableDocument) as info:
        checker.check_bytes(make(), name)
    assert (info.value.exit_code, info.value.problems[0].code) == (code, message)


@pytest.mark.parametrize("name,make,code,message", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_input_through_the_cli(runner, tmp_path, name, make, code, message):
    path = tmp_path / f"{name}.docx"
    path.write_bytes(make())
    result = runner.invoke(cli, ["check", str(path)])
    assert result.exit_code == code and "Traceback" not in result.output
    assert str(path) in result.output


def test_missing_file(runner, tmp_path):
    result = runner.invoke(cli, ["check", str(tmp_path / "borte.docx")])
    assert result.exit_code == ExitCode.UNREADABLE and "Finner ikke filen" in result.output


def test_checked_file_is_never_modified(runner, tmp_path):
    target = tmp_path / "avtale.docx"
    target.write_bytes(_docx("Arbeidsavtale", "Lønn etter avtale."))
    os.chmod(target, 0o444)  # read-only: any attempt to write would fail loudly
    before = (hashlib.sha256(target.read_bytes()).hexdigest(), target.stat().st_mtime_ns)
    runner.invoke(cli, ["check", str(target), "--format", "json"])
    assert (hashlib.sha256(target.read_bytes()).hexdigest(), target.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["avtale.docx"]


def test_text_box_is_read_once():
    d = Doc(split_runs=False)
    d.add(d.para("Innledning"), d.textbox("Teksten i boksen"))
    texts = [p.text for p in wordxml.read_passages(d.to_bytes())]
    assert texts == ["Innledning", "Teksten i boksen"]
    assert [p.part for p in wordxml.read_passages(d.to_bytes())] == ["body", "textbox"]


def test_headers_footers_footnotes_and_nested_tables_are_read():
    d = Doc(split_runs=False)
    d.header, d.footer = ["Topptekst"], ["Bunntekst"]
    inner = d.table([["indre celle"]])
    d.add(d.para(segments=[("normal", "Med fotnote"), ("note", "Fotnoten")]),
          d.table([["ytre", [d.para("før"), inner]]]))
    parts = {(p.part, p.text, p.location) for p in wordxml.read_passages(d.to_bytes())}
    assert ("header", "Topptekst", "header") in parts and ("footer", "Bunntekst", "footer") in parts
    assert ("footnote", "Fotnoten", "footnote") in parts
    assert ("body", "indre celle", "tabell 2, rad 1, kolonne 1") in parts


def test_content_controls_are_read():
    d = Doc(split_runs=False)
    d.add(d.block_sdt(d.para("I en innholdskontroll")),
          d.para(segments=[("normal", "Årslønn: "), ("sdt", "kr 1 200 000")]))
    assert [p.text for p in wordxml.read_passages(d.to_bytes())] == \
        ["I en innholdskontroll", "Årslønn: kr 1 200 000"]


def test_tracked_changes_accepted_view():
    d = Doc(split_runs=False)
    d.add(d.para(segments=[("normal", "Årslønn er "), ("del", "kr 900 000"), ("ins", "kr 1 100 000"), ("normal", ".")]))
    (p,) = wordxml.read_passages(d.to_bytes())
    assert (p.text, p.original, p.inserted, p.deleted) == \
        ("Årslønn er kr 1 100 000.", "Årslønn er kr 900 000.", "kr 1 100 000", "kr 900 000")


def test_split_runs_soft_hyphens_and_non_breaking_spaces_do_not_break_matching():
    d = Doc(seed=3)  # splits runs at random places, also inside words
    d.add(d.heading("Løn\u00adn"),
          d.para("Års\u00adlønnen er kr\u00a01\u00a0250\u00a0000 og utbetales den\u00a012. i hver måned."))
    report = checker.check_bytes(d.to_bytes())
    assert report.result("salary").status == "present"


def test_pending_insertion_and_deleted_text_are_reported():
    d = Doc(split_runs=False)
    d.add(d.heading("Prøvetid"), d.para(segments=[("del", "Det gjelder en prøvetid på seks måneder.")]),
          d.heading("Taushetsplikt"),
          d.para(segments=[("ins", "Arbeidstakeren har taushetsplikt etter forvaltningsloven § 13, også "
                                   "etter at arbeidsforholdet er avsluttet.")]))
    report = checker.check_bytes(d.to_bytes())
    assert "only_in_pending_insertion" in report.result("confidentiality").notes
    assert report.result("confidentiality").status == "present"
    assert {f.code for f in report.findings} >= {"tracked_changes"}


def test_personal_id_is_never_echoed_in_full(runner, tmp_path):
    path = tmp_path / "a.docx"
    path.write_bytes(_docx("Arbeidstaker: Ola Nordmann, fødselsnummer 010101 12377."))
    result = runner.invoke(cli, ["check", str(path), "--format", "json"])
    assert "12377" not in result.output and "010101*****" in result.output


def test_our_generated_agreement_passes(runner, tmp_path):
    out = tmp_path / "a.docx"
    assert runner.invoke(cli, ["generate", str(ROOT / "examples" / "kommune-fast.yaml"), "-o", str(out)]).exit_code == 0
    assert runner.invoke(cli, ["check", str(out), "--strict"]).exit_code == 0


# one blank per placeholder pattern, in the order of schemas/check_rules.yaml
BLANKS = ["Navn: ____", "Dato .......", "Sted ……", "Lønn etter [beløp] per år", "Til <navn på kommune>",
          "Signert XX.XX.XXXX", "Lønn kr xxx per år", "Stillingen innehas av NN.", "Tiltrer xx"]


def test_every_placeholder_pattern_has_an_example_the_fast_search_finds():
    patterns = resources.load_yaml("check_rules.yaml")["placeholders"]
    assert len(BLANKS) == len(patterns)
    (fast,) = catalogue.rules().placeholders
    for pattern, text in zip(patterns, BLANKS):
        own = re.search(pattern, text)
        assert own and fast.search(text).group(0) == own.group(0), (pattern, text)
    assert fast.search("Lønn kr 1 234 000 per år. Navn: Kari Nordmann, tlf. 12345678.") is None
