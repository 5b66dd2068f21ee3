"""Where a passage stands: the reader's positions (part, paragraph, cell path, offsets, the clause
number typed or from Word's list numbering) and the report's words for them in each language."""

from __future__ import annotations

import io
import zipfile

import pytest

from agreements import checker, report, wordxml
from corpus.docxwriter import Doc

NUMBERING_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
NUMBERING_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def numbered(doc: Doc, numbering: str) -> bytes:
    """``doc`` with ``numbering`` (the inside of w:numbering) as its numbering part."""
    parts = wordxml.members(doc.to_bytes())
    parts["word/numbering.xml"] = f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {W}>{numbering}</w:numbering>'.encode()
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", f'<Relationship Id="rIdN" Type="{NUMBERING_REL}" Target="numbering.xml"/></Relationships>'.encode())
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", f'<Override PartName="/word/numbering.xml" ContentType="{NUMBERING_TYPE}"/></Types>'.encode())
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return out.getvalue()


def level(ilvl: int, text: str, fmt: str = "decimal", start: int = 1, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')


def item(text: str, num: int, ilvl: int = 0) -> str:
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>'
            f'<w:r><w:t>{text}</w:t></w:r></w:p>')


LISTS = ('<w:abstractNum w:abstractNumId="0">' + level(0, "%1.") + level(1, "%1.%2") + "</w:abstractNum>"
         '<w:abstractNum w:abstractNumId="1">' + level(0, "%1)", "lowerLetter") + "</w:abstractNum>"
         '<w:abstractNum w:abstractNumId="2">' + level(0, "•", "bullet") + "</w:abstractNum>"
         '<w:abstractNum w:abstractNumId="3">' + level(0, "§ %1", start=4) + level(1, "(%2)", extra='<w:lvlRestart w:val="0"/>')
         + "</w:abstractNum>"
         '<w:abstractNum w:abstractNumId="4">' + level(0, "Kapittel %1", "upperRoman") + "</w:abstractNum>"
         '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
         '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
         '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>'
         '<w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num>'  # shares the counters of list 1
         '<w:num w:numId="5"><w:abstractNumId w:val="0"/>'
         '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="20"/></w:lvlOverride></w:num>'
         '<w:num w:numId="6"><w:abstractNumId w:val="3"/></w:num>'
         '<w:num w:numId="7"><w:abstractNumId w:val="4"/></w:num>')


def test_word_list_numbering_is_counted_as_word_shows_it():
    d = Doc(split_runs=False)
    d.add(item("Parter", 1), item("Arbeidsgiver", 1, 1), item("Arbeidstaker", 1, 1), item("Lønn", 1),
          item("Første ledd", 1, 1), item("Et punkt", 2), item("Et annet", 2), item("Et kulepunkt", 3),
          item("Ferie", 4), item("Pensjon", 5), item("Oppsigelse", 6), item("Første", 6, 1), item("Endringer", 6),
          item("Andre", 6, 1), item("Innledning", 7), item("Avslutning", 7), d.para("Uten nummer"))
    got = [(p.text, p.number) for p in wordxml.read_passages(numbered(d, LISTS))]
    assert got == [("Parter", "1."), ("Arbeidsgiver", "1.1"), ("Arbeidstaker", "1.2"), ("Lønn", "2."),
                   ("Første ledd", "2.1"), ("Et punkt", "a)"), ("Et annet", "b)"), ("Et kulepunkt", None),
                   ("Ferie", "3."), ("Pensjon", "20."), ("Oppsigelse", "§ 4"), ("Første", "(1)"), ("Endringer", "§ 5"),
                   ("Andre", "(2)"),  # w:lvlRestart 0: the level never restarts
                   ("Innledning", "Kapittel I"), ("Avslutning", "Kapittel II"), ("Uten nummer", None)]


def test_a_heading_style_tied_to_a_list_numbers_its_headings():
    d = Doc(split_runs=False)
    d.add(d.heading("Parter"), d.para("Tekst"), d.heading("Lønn"))
    data = numbered(d, LISTS)
    parts = wordxml.members(data)
    parts["word/styles.xml"] = parts["word/styles.xml"].replace(
        b'<w:outlineLvl w:val="0"/></w:pPr>', b'<w:outlineLvl w:val="0"/><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>', 1)
    got = [(p.text, p.number) for p in wordxml.read_passages(wordxml.pack(parts))]
    assert got == [("Parter", "1."), ("Tekst", None), ("Lønn", "2.")]


@pytest.mark.parametrize("text,number", [
    ("10. Lønn", "10."), ("10.2 Tillegg", "10.2"), ("§ 4 Lønn", "§ 4"), ("§4. Lønn", "§4."), ("Punkt 3 Lønn", "Punkt 3"),
    ("Kapittel 2 Vilkår", "Kapittel 2"), ("IV. Lønn", "IV."), ("b) Pensjon", "b)"), ("Lønn", None), ("10.", None),
    ("2025 var et godt år", None),
])
def test_a_typed_clause_number_is_read_as_written(text, number):
    assert wordxml.typed_number(text) == number


def test_offsets_count_in_the_accepted_view():
    d = Doc()
    d.header = ["Topptekst"]
    d.add(d.para("Første"), d.para(segments=[("normal", "Andre "), ("ins", "nytt"), ("del", "gammelt")]),
          d.table([["Lønn", "1 000 000 kr"]]), d.textbox("I boksen"))
    passages = wordxml.read_passages(d.to_bytes())
    text = wordxml.accepted_text(passages)
    assert [text[p.position.start:p.position.end] for p in passages] == [p.text for p in passages]
    assert [(p.part, p.position.part_name, p.position.paragraph, p.position.cells) for p in passages] == [
        ("body", "word/document.xml", 0, ()), ("body", "word/document.xml", 1, ()),
        ("body", "word/document.xml", 2, ((1, 1, 1),)), ("body", "word/document.xml", 3, ((1, 1, 2),)),
        ("textbox", "word/document.xml", 5, ()), ("header", "word/header1.xml", 0, ())]


def _where(blocks_of, clause_id, lang, header=(), index=-1):
    d = Doc(split_runs=False)
    d.header = list(header)
    d.add(*blocks_of(d))
    result = checker.check_bytes(d.to_bytes(), "utkast.docx")
    evidence = result.result(clause_id).evidence[index]
    return report.where(evidence, lang, result.tables)


SALARY = "Årslønnen er 1 100 000 kr og utbetales den 12. hver måned."


@pytest.mark.parametrize("blocks,lang,where", [
    (lambda d: [d.para("10. Lønn", bold=True), d.para(SALARY)], "nb", "punkt 10 «Lønn»"),
    (lambda d: [d.para("10. Løn", bold=True), d.para(SALARY)], "nn", "punkt 10 «Løn»"),
    (lambda d: [d.para("10. Lønn", bold=True), d.para(SALARY)], "en", "clause 10 «Lønn»"),
    (lambda d: [d.para("§ 4 Lønn"), d.para(SALARY)], "nb", "§ 4 «Lønn»"),
    (lambda d: [d.para("Punkt 3 Lønn", bold=True), d.para(SALARY)], "nb", "punkt 3 «Lønn»"),
    (lambda d: [d.heading("Lønn"), d.para(SALARY)], "nb", "avsnitt 2"),
    (lambda d: [d.heading("Lønn"), d.para(SALARY)], "en", "paragraph 2"),
    (lambda d: [d.table([["Lønn", SALARY]])], "nb", "tabellen, raden «Lønn»"),
    (lambda d: [d.table([["Lønn", SALARY]])], "nn", "tabellen, rada «Lønn»"),
    (lambda d: [d.table([["Lønn", SALARY]])], "en", "the table, row «Lønn»"),
    (lambda d: [d.table([["Dato", "1. mars"]]), d.table([["Lønn", SALARY]])], "nb", "tabell 2, raden «Lønn»"),
    (lambda d: [d.table([[SALARY]])], "nb", "tabell 1, rad 1, kolonne 1"),
    (lambda d: [d.para("Arbeidsavtale"), d.textbox(SALARY)], "nb", "tekstboks"),
], ids=["numbered-nb", "numbered-nn", "numbered-en", "paragraph-sign", "punkt", "heading", "heading-en", "table-nb",
        "table-nn", "table-en", "second-table", "cell", "textbox"])
def test_evidence_is_placed_as_the_document_reads(blocks, lang, where):
    assert _where(blocks, "salary", lang) == where


@pytest.mark.parametrize("lang,where", [("nb", "topptekst"), ("nn", "topptekst"), ("en", "page header")])
def test_evidence_in_a_page_header_names_the_header(lang, where):
    assert _where(lambda d: [d.para("Arbeidsavtale")], "salary", lang, header=["Lønn", SALARY]) == where


def test_the_report_line_says_where_in_the_reports_language():
    d = Doc(split_runs=False)
    d.add(d.para("10. Lønn", bold=True), d.para("Lønn etter avtale."))
    result = checker.check_bytes(d.to_bytes(), "utkast.docx")
    assert "      clause 10 «Lønn»: «Lønn etter avtale.»" in report.as_text(result, "en").splitlines()
    assert "avsnitt" not in report.as_text(result, "en")
    location = report.as_data(result, "en")["clauses"][11]["evidence"][-1]["location"]
    assert location == {"part_name": "word/document.xml", "paragraph": 1, "cells": [], "start": 9, "end": 27,
                        "section": {"number": "10.", "title": "Lønn"}, "row": None}
