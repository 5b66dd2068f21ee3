"""check --annotate: the report as comments in a copy of the draft, and --suggest: our template's
wording of each missing clause as a tracked insertion. Every draft of the test corpus is annotated:
python-docx reads each comment back with the text it stands on, LibreOffice puts each comment into
the PDF, untouched parts keep their bytes, and the same draft gives the same copy."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from agreements import annotate, checker, messages, suggestions, wordxml
from agreements.checker import display
from cli import cli
from conftest import ROOT
from corpus.docxwriter import Doc
from corpus.drafts import DRAFTS
from corpus.handwritten import HANDWRITTEN, HELD_OUT, HELD_OUT_LATER, HOLLOW, TRICKY
from corpus.minutes_drafts import MINUTES_HANDWRITTEN

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BLIND = ROOT / "tests" / "corpus" / "blind"
CHANGED = {"word/document.xml", "word/comments.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"}


def _corpus() -> list[tuple[str, bytes, str]]:
    """(name, bytes, kind) of every draft of the test corpus, the blind rounds included."""
    out = [(d.name, d.build(), "agreement") for d in DRAFTS]
    out += [(name, build(), "agreement") for name, build, _ in HANDWRITTEN + HELD_OUT + HELD_OUT_LATER + HOLLOW + TRICKY]
    out += [(name, build(), "minutes") for name, build, _ in MINUTES_HANDWRITTEN]
    for folder in sorted(BLIND.iterdir()):
        kind = "minutes" if folder.name.startswith("minutes") else "agreement"
        out += [(f"{folder.name}/{p.name}", p.read_bytes(), kind) for p in sorted(folder.glob("*.docx"))]
    return out


CORPUS = _corpus()


def _annotated(data: bytes, name: str, kind: str = "agreement", suggest: bool = False, lang: str = "nb"):
    report = checker.check_bytes(data, name, kind)
    return report, annotate.annotate(data, name, report, lang, suggest)


def anchored(document) -> dict[int, str]:
    """Comment id → the text between its range start and end (changes accepted), from the
    document python-docx opened."""
    out: dict[int, list[str]] = {}
    open_ids: set[int] = set()
    for node in document.element.body.iter():
        if node.tag == f"{W}commentRangeStart":
            open_ids.add(int(node.get(f"{W}id")))
            out.setdefault(int(node.get(f"{W}id")), [])
        elif node.tag == f"{W}commentRangeEnd":
            open_ids.discard(int(node.get(f"{W}id")))
        elif node.tag == f"{W}t" and open_ids:
            if any(a.tag in (f"{W}del", f"{W}Fallback".replace(W, "{http://schemas.openxmlformats.org/markup-compatibility/2006}"))
                   for a in node.iterancestors()):
                continue
            for number in open_ids:
                out[number].append(node.text or "")
    return {number: "".join(texts) for number, texts in out.items()}


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


@pytest.fixture(scope="module")
def copies():
    """Each draft of the corpus, its report, the comments planned and its annotated copy."""
    out = []
    for name, data, kind in CORPUS:
        report, copy = _annotated(data, name, kind)
        comments, _ = annotate.plan(report, wordxml.read_passages(data, name), "nb")
        out.append((name, data, report, comments, copy))
    return out


def test_every_draft_of_the_corpus_is_annotated(copies):
    assert len(copies) >= 50
    assert sum(len(comments) for *_, comments, _ in copies) > 150


@pytest.mark.parametrize("index", range(len(CORPUS)), ids=[name for name, _, _ in CORPUS])
def test_python_docx_reads_each_comment_with_the_text_it_stands_on(copies, index):
    name, data, report, comments, copy = copies[index]
    document = docx.Document(io.BytesIO(copy))
    read = {c.comment_id: c for c in document.comments}
    texts = anchored(document)
    assert [read[n].text.lstrip("\n") for n in sorted(read)] == ["\n".join(c.paragraphs) for c in comments]
    assert {c.author for c in read.values()} <= {"agreements"}
    assert set(texts) == set(read)
    assert all(display(text) for text in texts.values()), name  # every comment stands on text
    incomplete = [c for c in report.clauses if c.status == "incomplete"
                  and any(e.part in annotate.MAIN_PARTS for e in c.evidence)]
    quoted = [display(t) for t in texts.values()]
    for c in incomplete:  # the clause's comment stands on its evidence
        first = next(e for e in c.evidence if e.part in annotate.MAIN_PARTS)
        assert any(first.snippet.strip("…")[:30] in text for text in quoted), (name, c.id)


@pytest.mark.parametrize("index", range(len(CORPUS)), ids=[name for name, _, _ in CORPUS])
def test_the_copy_changes_only_what_it_must_and_is_the_same_twice(copies, index):
    name, data, report, _, copy = copies[index]
    before, after = _members(data), _members(copy)
    assert set(after) - set(before) <= {"word/comments.xml"}
    assert {m for m in before if before[m] != after[m]} <= CHANGED, name
    assert [wordxml.accepted_text(wordxml.read_passages(copy))] == [wordxml.accepted_text(wordxml.read_passages(data))]
    assert annotate.annotate(data, name, report) == copy


def test_a_fodselsnummer_is_never_echoed(copies):
    name, data, report, comments, copy = next(c for c in copies if c[0] == "nb_waiver_without_severance_fnr")
    said = " ".join(c.text for c in docx.Document(io.BytesIO(copy)).comments)
    assert "01010112377" not in said.replace(" ", "") and "12377" not in said  # the masked form at most
    assert messages.text("personal_id_in_document", "nb", masked="010101*****") in said


def _comment_on(copy: bytes, needle: str) -> tuple[str, str]:
    """(comment text, anchored text) of the comment whose text holds ``needle``."""
    document = docx.Document(io.BytesIO(copy))
    texts = anchored(document)
    found = next(c for c in document.comments if needle in c.text)
    return found.text.lstrip("\n"), display(texts[found.comment_id])


@pytest.mark.parametrize("draft,needle,on", [
    # a draft with tracked changes: the comment on the pending changes stands on the changed text
    ("nn_bold_numbered_aaremaal_tracked", "sporede endringer", "får kommunedirektøren etterløn i 12 månader"),
    # content controls in table cells: the comment stands inside the control, on the value
    ("nn_table_sdt_blanks", "UFULLSTENDIG: Løn", "Årsløn"),
    # a table: on the row's label and value
    ("nb_table_defects", "UFULLSTENDIG: Pensjon", "Pensjon"),
    # a text box: on the paragraph that holds the box (Word puts no comment inside one)
    ("nb_table_aaremaal_textbox", "UFULLSTENDIG: Tiltredelse", "Tiltredelsesdato"),
])
def test_tracked_changes_content_controls_tables_and_text_boxes_annotate(draft, needle, on):
    d = next(d for d in DRAFTS if d.name == draft)
    _, copy = _annotated(d.build(), d.name)
    _, text = _comment_on(copy, needle)
    assert on in text


def test_a_comment_on_a_text_box_stands_on_the_paragraph_that_holds_it():
    d = Doc(split_runs=False)
    d.add(d.heading("Arbeidsavtale"), d.textbox("Lønn", "Lønn etter avtale."))
    _, copy = _annotated(d.to_bytes(), "boks.docx")
    comment, text = _comment_on(copy, "UFULLSTENDIG: Lønn")
    root = etree.fromstring(_members(copy)["word/document.xml"])
    starts = root.findall(f".//{W}commentRangeStart")
    assert all(not any(a.tag == f"{W}txbxContent" for a in s.iterancestors()) for s in starts)
    assert "Lønn etter avtale." in text and "Mangler: lønnsbeløp" in comment


def test_findings_in_headers_and_footers_are_listed_at_the_start():
    d = Doc(split_runs=False)
    d.header = ["Arbeidsstad: [adresse]"]
    d.add(d.para("Arbeidsavtale for rådmannen"), d.para("Avtalen gjeld frå 1. mars."))
    _, copy = _annotated(d.to_bytes(), "topp.docx")
    comment, text = _comment_on(copy, messages.text("comment_elsewhere", "nb"))
    assert text == "Arbeidsavtale for rådmannen"
    assert "topptekst: ADVARSEL: Dokumentet har felt som ikke er fylt ut (1)." in comment


def test_a_missing_clause_is_commented_where_it_belongs():
    d = Doc(split_runs=False)
    d.add(d.heading("Lønn"), d.para("Årslønnen er 1 100 000 kr og utbetales den 12. hver måned."),
          d.heading("Pensjon"), d.para("Arbeidstakeren er medlem av KLP."))
    _, copy = _annotated(d.to_bytes(), "utkast.docx")
    comment, text = _comment_on(copy, "MANGLER: Lønnsregulering")
    assert text == "Årslønnen er 1 100 000 kr og utbetales den 12. hver måned."
    assert "Punktet hører hjemme her, etter «Lønn»." in comment and "Anbefalt av KS" in comment
    comment, text = _comment_on(copy, "MANGLER: Parter")  # nothing before it: at the end of the body
    assert text == "Arbeidstakeren er medlem av KLP." and messages.text("comment_belongs_end", "nb") in comment


def test_comments_are_in_the_reports_language():
    d = Doc(split_runs=False)
    d.add(d.heading("Lønn"), d.para("Lønn etter avtale."))
    _, copy = _annotated(d.to_bytes(), "utkast.docx", lang="en")
    comment, _ = _comment_on(copy, "INCOMPLETE: Salary")
    assert comment.startswith("INCOMPLETE: Salary. Required by law; basis: arbeidsmiljøloven § 14-6 første ledd.")


def test_the_comments_carry_the_drafts_own_date():
    d = Doc(split_runs=False)
    d.add(d.heading("Lønn"), d.para("Lønn etter avtale."))
    parts = _members(d.to_bytes())
    parts["docProps/core.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
        b'package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/'
        b'2001/XMLSchema-instance"><dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-01T10:00:00Z</dcterms:modified>'
        b"</cp:coreProperties>")
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(b"</Relationships>", (
        b'<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
        b'core-properties" Target="docProps/core.xml"/></Relationships>'))
    _, copy = _annotated(wordxml.pack(parts), "utkast.docx")
    stamps = {c.timestamp.isoformat() for c in docx.Document(io.BytesIO(copy)).comments}
    assert stamps == {"2026-03-01T10:00:00+00:00"}


# --- --suggest ------------------------------------------------------------------------------

SUGGESTING = [(name, data) for name, data, kind in CORPUS if kind == "agreement"]


def _ours(copy: bytes) -> set[int]:
    """Passage indices of the paragraphs the copy inserted (by author «agreements»)."""
    root = etree.fromstring(_members(copy)["word/document.xml"])
    ours = [p for p in root.iter(f"{W}p") if any(i.get(f"{W}author") == "agreements" for i in p.iter(f"{W}ins"))]
    positions = {i for i, p in enumerate(root.iter(f"{W}p")) if p in set(ours)}
    return {p.index for p in wordxml.read_passages(copy) if p.position.paragraph in positions}


@pytest.mark.parametrize("name,data", SUGGESTING, ids=[n for n, _ in SUGGESTING])
def test_suggested_clauses_are_tracked_insertions_that_accept_and_reject_cleanly(name, data):
    report, copy = _annotated(data, name, suggest=True)
    wanted = suggestions.suggested(report)
    original, changed = wordxml.read_passages(data), wordxml.read_passages(copy)
    ours = _ours(copy)
    # accepted: the original's text plus the inserted clauses; rejected: the original
    assert [p.text for p in changed if p.index not in ours] == [p.text for p in original]
    assert [p.original for p in changed if p.original] == [p.original for p in original if p.original]
    assert {p.text.casefold() for p in changed if p.index in ours} >= {  # headings may be in capitals
        t.casefold() for clause in suggestions.wording(report, original).values() for t, heading in clause if heading}
    accepted = checker.check_passages(
        [wordxml.Passage(p.index, p.part, p.position, p.text, p.text, style=p.style, heading_level=p.heading_level,
                         bold=p.bold, cell=p.cell, number=p.number) for p in changed], name)
    for clause_id in wanted:
        result = accepted.result(clause_id)
        assert result.status == "present" or (result.status == "incomplete" and "placeholder" in result.notes), \
            (clause_id, result.status, result.missing)


def test_the_suggestion_speaks_the_drafts_language_form_and_states_what_it_knows():
    d = next(d for d in DRAFTS if d.name == "nn_caps_no_waiver")
    report, copy = _annotated(d.build(), d.name, suggest=True)
    inserted = [p.text for p in wordxml.read_passages(copy) if p.inserted and not p.original]
    assert "LØNSREGULERING" in inserted  # the draft writes its headings in capitals
    side_jobs = next(t for t in inserted if t.startswith("Arbeidstakaren kan ikkje"))
    assert "formannskapet" in side_jobs
    severance = next(t for t in inserted if "etterløn i" in t)
    assert "[etterløn i månader]" in severance or "[" in severance


@pytest.mark.libreoffice
def test_libreoffice_accepts_or_rejects_the_suggestions(tmp_path):
    from office import libreoffice_review

    drafts = {d.name: d.build() for d in DRAFTS if d.name in ("nb_table_defects", "nn_caps_no_waiver", "nn_prose")}
    for name, data in drafts.items():
        report, copy = _annotated(data, name, suggest=True)
        (tmp_path / f"{name}.docx").write_bytes(copy)
        accepted = libreoffice_review(tmp_path / f"{name}.docx", tmp_path / f"{name}-accepted.docx", accept=True)
        rejected = libreoffice_review(tmp_path / f"{name}.docx", tmp_path / f"{name}-rejected.docx", accept=False)
        after = checker.check_bytes(accepted, name)
        for clause_id in suggestions.suggested(report):
            result = after.result(clause_id)
            assert result.status == "present" or (result.status == "incomplete" and "placeholder" in result.notes), \
                (name, clause_id, result.status)
        assert not any(p.inserted or p.deleted for p in wordxml.read_passages(accepted))
        assert [display(p.text) for p in wordxml.read_passages(rejected) if display(p.text)] == \
            [display(p.text) for p in wordxml.read_passages(data) if display(p.text)]


@pytest.mark.libreoffice
def test_libreoffice_puts_each_comment_into_the_pdf(copies, tmp_path):
    """Every annotated copy converted in one LibreOffice run; each comment's text is in its PDF (in
    the margin where LibreOffice can, as PDF notes in 7.4)."""
    import pikepdf
    import pypdf

    from office import libreoffice_pdfs

    names = {}
    for i, (name, _, _, comments, copy) in enumerate(copies):
        path = tmp_path / f"copy{i:03d}.docx"
        path.write_bytes(copy)
        names[path.stem] = (name, comments)
    pdfs = libreoffice_pdfs(sorted(tmp_path.glob("copy*.docx")), tmp_path / "pdf")
    for stem, (name, comments) in names.items():
        pdf = pdfs[stem]
        with pikepdf.open(io.BytesIO(pdf)) as doc:
            notes = [str(a.get("/Contents", "")) for page in doc.pages for a in page.get("/Annots", [])
                     if a.get("/Subtype") == "/Text"]
        text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
        shown = " ".join(notes) + " " + text
        for c in comments:
            assert display("\n".join(c.paragraphs)) in display(shown), (name, c.paragraphs[0])


# --- the command line -------------------------------------------------------------------------

def test_check_annotate_writes_a_copy_and_never_touches_the_draft(runner, tmp_path):
    d = next(d for d in DRAFTS if d.name == "nb_table_defects")
    draft, copy = tmp_path / "utkast.docx", tmp_path / "kommentert.docx"
    draft.write_bytes(d.build())
    before = hashlib.sha256(draft.read_bytes()).hexdigest()
    result = runner.invoke(cli, ["check", str(draft), "--annotate", str(copy), "--suggest", "--format", "json"])
    assert result.exit_code == 1 and json.loads(result.stdout)["passed"] is False
    assert hashlib.sha256(draft.read_bytes()).hexdigest() == before
    first = copy.read_bytes()
    assert runner.invoke(cli, ["check", str(draft), "--annotate", str(copy)]).exit_code == 4  # exists
    assert runner.invoke(cli, ["check", str(draft), "--annotate", str(copy), "--suggest", "--force"]).exit_code == 1
    assert copy.read_bytes() == first  # the same bytes on a second run
    assert len(docx.Document(str(copy)).comments) > 3


@pytest.mark.parametrize("args,code,message", [
    (["--annotate", "{draft}", "--force"], 4, "output_is_input"),
    (["--annotate", "{dir}/kopi.txt"], 4, "output_suffix"),
    (["--annotate", "{dir}/a.docx", "{draft}"], 2, "check_annotate_one"),
    (["--suggest"], 2, "check_suggest_needs_annotate"),
    (["--annotate", "{dir}/a.docx", "--suggest", "--kind", "minutes"], 2, "check_suggest_agreements"),
])
def test_check_annotate_refuses_what_it_must(runner, tmp_path, args, code, message):
    draft = tmp_path / "utkast.docx"
    draft.write_bytes(DRAFTS[0].build())
    before = draft.read_bytes()
    args = [a.format(draft=draft, dir=tmp_path) for a in args]
    from cli import main  # usage errors are framed by main
    done = subprocess.run([str(Path(__import__("sys").executable).parent / "agreements"), "check", str(draft), *args],
                          capture_output=True, text=True)
    assert done.returncode == code
    first = messages.text(message, "nb", file="X").split("X")[-1].strip()[:25]
    assert first in done.stderr
    assert draft.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["utkast.docx"]
    del main


def test_check_format_html_is_one_self_contained_file_in_the_reports_language(runner, tmp_path):
    draft = tmp_path / "utkast.docx"
    draft.write_bytes(next(d for d in DRAFTS if d.name == "nb_table_defects").build())
    junk = tmp_path / "x.docx"
    junk.write_bytes(b"ikke word")
    result = runner.invoke(cli, ["check", str(draft), str(junk), "--format", "html", "--lang", "en"])
    html = result.stdout
    assert result.exit_code == 8 and html.startswith("<!doctype html>") and '<html lang="en">' in html
    assert "<style>" in html and "src=" not in html and 'rel="stylesheet"' not in html
    assert "http" not in html.replace("http-equiv", "")
    assert "INCOMPLETE" in html and "Salary" in html and "the table, row «Lønn»" in html
    assert messages.text("doc_not_zip", "en", file=str(junk))[:20] in html


@pytest.mark.libreoffice
def test_an_annotated_draft_in_libreoffice(tmp_path):
    """The README's picture: a draft with --suggest as LibreOffice renders it, its comments drawn
    in the margin (saved only with SCREENSHOTS=1)."""
    import os

    import pikepdf

    from office import libreoffice_pdfs, page_with_notes

    d = next(d for d in DRAFTS if d.name == "nn_caps_no_waiver")
    report, copy = _annotated(d.build(), "utkast.docx", suggest=True)
    (tmp_path / "utkast.docx").write_bytes(copy)
    pdf = libreoffice_pdfs([tmp_path / "utkast.docx"], tmp_path / "pdf")["utkast"]
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        notes = [str(a.get("/Contents", "")) for page in doc.pages for a in page.get("/Annots", [])
                 if a.get("/Subtype") == "/Text"]
    assert any(n.startswith("MANGLER: Lønnsregulering") for n in notes)
    if os.environ.get("SCREENSHOTS") == "1":
        page_with_notes(pdf, ROOT / "docs" / "screenshots" / "annotated.png", page=1)


def test_a_strict_draft_keeps_strict_namespaces_in_the_parts_that_change():
    from corpus import hostile

    data = hostile.strict(next(d for d in DRAFTS if d.name == "nb_table_defects").build())
    report, copy = _annotated(data, "streng.docx", suggest=True)
    parts = _members(copy)
    for member in ("word/document.xml", "word/comments.xml", "word/_rels/document.xml.rels"):
        assert b"purl.oclc.org/ooxml/" in parts[member] and b"schemas.openxmlformats.org/wordprocessingml" not in parts[member]
    after = checker.check_bytes(copy, "streng.docx")
    assert {c: after.result(c).status for c in suggestions.suggested(report)} == \
        dict.fromkeys(suggestions.suggested(report), "present")
    assert len(docx.Document(io.BytesIO(wordxml.checked_package(copy))).comments) == len(
        annotate.plan(report, wordxml.read_passages(data), "nb", suggestions.wording(report, wordxml.read_passages(data)))[0]) + \
        len(suggestions.suggested(report))
