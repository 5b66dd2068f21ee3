"""Template lint: the bundled templates are clean; each kind of defect is found."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from agreements import generate, lint, minutes, resources, wordxml
from agreements.problems import AgreementsError, ExitCode
from cli import cli
from corpus import hostile


def _bundled(name: str = "arbeidsavtale.nb.docx") -> bytes:
    return resources.template(name).read_bytes()


def _edit(change, name: str = "arbeidsavtale.nb.docx") -> bytes:
    with zipfile.ZipFile(io.BytesIO(_bundled(name))) as zin:
        files = {n: zin.read(n) for n in zin.namelist()}
    files["word/document.xml"] = change(files["word/document.xml"].decode("utf-8")).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for name, data in files.items():
            zout.writestr(name, data)
    return out.getvalue()


BUNDLED = [(n, "agreement") for n in generate.TEMPLATES.values()] + [(n, "minutes") for n in minutes.TEMPLATES.values()]


@pytest.mark.parametrize("name,kind", BUNDLED)
def test_bundled_templates_are_clean(name, kind):
    assert lint.lint(resources.template(name).read_bytes(), name, kind) == []


def codes(data: bytes, kind: str = "agreement") -> set[tuple[str, str]]:
    return {(f.code, f.severity) for f in lint.lint(data, "mal.docx", kind)}


CASES = [
    (lambda x: x.replace("{{ employee.name }}", "{{ employee.nam</w:t></w:r><w:r><w:t>e }}", 1),
     ("lint_split_tag", "error")),
    (lambda x: x.replace("{% if cv_consent %}", "{% if cv_consent == “ja” %}", 1), ("lint_smart_quotes", "error")),
    (lambda x: x.replace("{{ start_date }}", "{{ start_dato }}", 1), ("lint_unknown_variable", "error")),
    (lambda x: x.replace("{{ employer.orgnr }}", "", 1), ("lint_unused_field", "warning")),
    (lambda x: re.sub(r"Taushetsplikten gjelder[^<]*", "", re.sub(r"Arbeidstakeren har taushetsplikt[^<]*", "Tekst.", x)),
     ("lint_clause_not_produced", "error")),
    (lambda x: x.replace("{% if cv_consent %}", "{% if cv_consent %", 1), ("lint_syntax", "error")),
]


@pytest.mark.parametrize("change,expected", CASES, ids=[c[1][0] for c in CASES])
def test_defect_is_found(change, expected):
    assert expected in codes(_edit(change))


MINUTES_CASES = [
    (lambda x: x.replace("{{ facts.place }}", "{{ facts.sted }}", 1), ("lint_unknown_variable", "error")),
    (lambda x: x.replace("{{ facts.place }}", "", 1), ("lint_unused_field", "warning")),
    # the heading renamed and the measures no longer written: the part cannot be produced
    (lambda x: x.replace("4 Utviklingstiltak for", "4 Annet for", 1).replace("{%p if measures %}", "{%p if false %}", 1)
     .replace("{%p if not measures %}", "{%p if false %}", 1), ("lint_clause_not_produced", "error")),
]


@pytest.mark.parametrize("change,expected", MINUTES_CASES, ids=[c[1][0] for c in MINUTES_CASES])
def test_defect_in_a_minutes_template_is_found(change, expected):
    assert expected in codes(_edit(change, "referat.nb.docx"), "minutes")


def test_jinja_globals_are_not_taken_for_input():
    assert lint._used_paths("{% for _ in range(rows) %}{{ dict(a=1) }}{{ t.x }}{% endfor %}") == {"rows", "t.x"}


def test_unused_field_names_the_field():
    found = lint.lint(_edit(lambda x: x.replace("{{ employer.orgnr }}", "", 1)), "mal.docx")
    assert [f.params["field"] for f in found if f.code == "lint_unused_field"] == ["employer.org_number"]


def test_cli_exit_codes(runner, tmp_path):
    assert runner.invoke(cli, ["lint-template"]).exit_code == 0
    broken = tmp_path / "mal.docx"
    broken.write_bytes(_edit(lambda x: x.replace("{{ start_date }}", "{{ start_dato }}", 1)))
    result = runner.invoke(cli, ["lint-template", str(broken)])
    assert result.exit_code == 1 and "start_dato" in result.output
    assert runner.invoke(cli, ["lint-template", str(tmp_path / "borte.docx")]).exit_code == 3
    minutes_template = tmp_path / "referat.docx"
    minutes_template.write_bytes(_bundled("referat.nb.docx"))
    assert runner.invoke(cli, ["lint-template", "--kind", "minutes", str(minutes_template)]).exit_code == 0
    assert runner.invoke(cli, ["lint-template", str(minutes_template)]).exit_code == 1


def test_a_word_file_without_a_body_is_a_template_fault(runner, tmp_path):
    empty = tmp_path / "tom.docx"
    empty.write_bytes(_edit(lambda x: re.sub(r"<w:body>.*</w:body>", "", x, flags=re.S)))
    result = runner.invoke(cli, ["lint-template", str(empty)])
    assert result.exit_code == 6 and "w:body" in result.output


# --- templates are read through the check's bounded, entity-free reader (issue 11) ----------

def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zin:
        return {n: zin.read(n) for n in zin.namelist()}


def _with(**changes) -> bytes:
    """The bundled template with parts replaced: word__settings_xml= is word/settings.xml."""
    return hostile.replaced(_bundled(), **changes)


def _outcome(data: bytes, kind: str = "agreement"):
    """The findings' codes, or the exit code and message of the refusal: never another exception."""
    try:
        return sorted({f.code for f in lint.lint(data, "mal.docx", kind)})
    except AgreementsError as exc:
        return exc.exit_code, exc.problems[0].code


def _nested_tables(depth: int, grid: bool = True) -> bytes:
    cell = "<w:p><w:r><w:t>Inne</w:t></w:r></w:p>"
    for _ in range(depth):
        cell = ("<w:tbl><w:tblPr/>" + ('<w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid>' if grid else "")
                + f"<w:tr><w:tc>{cell}<w:p/></w:tc></w:tr></w:tbl>")
    return _edit(lambda x: x.replace("<w:body>", "<w:body>" + cell, 1))


def _nested_ifs(depth: int) -> bytes:
    return _edit(lambda x: x.replace("{{ start_date }}", "{% if start_date %}" * depth + "{{ start_date }}"
                                     + "{% endif %}" * depth, 1))


TEMPLATES = [
    # zip bombs in parts docxtpl reads and check does not: refused from the zip directory, unread
    ("bomb_in_styles", lambda: hostile.with_entries(_bundled(), hostile.Entry.bomb("word/styles.xml", 600)),
     (ExitCode.TOO_LARGE, "doc_part_too_large")),
    ("bomb_in_thumbnail", lambda: hostile.with_entries(_bundled(), hostile.Entry.bomb("docProps/thumbnail.jpeg", 600)),
     (ExitCode.TOO_LARGE, "doc_part_too_large")),
    ("bomb_in_unreferenced_member", lambda: hostile.with_entries(_bundled(), hostile.Entry.bomb("word/x.bin", 600)),
     (ExitCode.TOO_LARGE, "doc_part_too_large")),
    ("bombs_over_the_total", lambda: hostile.with_entries(_bundled(), *[hostile.Entry.bomb(f"word/x{i}.bin", 15)
                                                                        for i in range(5)]),
     (ExitCode.TOO_LARGE, "doc_too_large")),
    ("main_part_of_60_mb", lambda: _with(word__document_xml=_parts(_bundled())["word/document.xml"].replace(
        b"<w:body>", b"<w:body>" + b"<w:p/>" * 10_000_000, 1)), (ExitCode.TOO_LARGE, "doc_part_too_large")),
    # a DTD in any XML part, also one check never reads, in any encoding
    ("dtd_in_settings", lambda: _with(word__settings_xml=hostile.encoded(hostile.with_doctype(
        _parts(_bundled())["word/settings.xml"], after=5000), "utf-16-le")), (ExitCode.UNSAFE_XML, "doc_unsafe_xml")),
    ("dtd_in_content_types", lambda: _with(**{"[Content_Types]_xml": hostile.with_doctype(
        _parts(_bundled())["[Content_Types].xml"])}), (ExitCode.UNSAFE_XML, "doc_unsafe_xml")),
    ("dtd_in_custom_xml", lambda: _with(customXml__item1_xml=hostile.encoded(hostile.with_doctype(
        _parts(_bundled())["customXml/item1.xml"]), "utf-32-be", bom=False)), (ExitCode.UNSAFE_XML, "doc_unsafe_xml")),
    # odd Word structures: the template's findings or a documented refusal, never an internal error
    ("table_without_grid", lambda: _edit(lambda x: re.sub(r"<w:tblGrid>.*?</w:tblGrid>", "", x, flags=re.S)), []),
    ("tables_nested_80_deep", lambda: _nested_tables(80), []),
    ("tables_nested_80_deep_without_grids", lambda: _nested_tables(80, grid=False), []),
    ("tables_nested_250_deep", lambda: _nested_tables(250), (ExitCode.TOO_LARGE, "doc_xml_limit")),
    ("header_relationship_external", lambda: _with(word___rels__document_xml_rels=re.sub(
        rb'(Target="header1.xml")', rb'\1 TargetMode="External"', _parts(_bundled())["word/_rels/document.xml.rels"])),
     []),
    ("styles_missing", lambda: _with(word__styles_xml=None), (ExitCode.TEMPLATE, "template_error")),
    ("expression_failing_on_the_data", lambda: _edit(lambda x: x.replace("{{ start_date }}", "{{ start_date + 1 }}", 1)),
     (ExitCode.TEMPLATE, "template_error")),
    ("tags_nested_too_deep_to_compile", lambda: _nested_ifs(120), (ExitCode.TEMPLATE, "template_error")),
    ("tags_nested_too_deep_to_parse", lambda: _nested_ifs(400), ["lint_syntax"]),
    ("many_unclosed_tags", lambda: _edit(lambda x: x.replace("{{ start_date }}", "{{ start_date }}" + "{{ x" * 30_000)),
     ["lint_syntax"]),
    ("too_many_tags", lambda: _edit(lambda x: x.replace("{{ start_date }}", "{{ start_date }}" * 3000, 1)),
     (ExitCode.TOO_LARGE, "template_too_many_tags")),
    ("too_much_xml_for_docxtpl", lambda: _edit(lambda x: x.replace("<w:body>", "<w:body>" + "<w:bookmarkEnd/>" * 140_000, 1)),
     (ExitCode.TOO_LARGE, "template_too_large")),
]


@pytest.mark.parametrize("name,make,expected", TEMPLATES, ids=[t[0] for t in TEMPLATES])
def test_hostile_and_odd_templates(name, make, expected):
    assert _outcome(make()) == expected


def test_a_strict_open_xml_template_is_linted_like_the_transitional_one():
    assert _outcome(hostile.strict(_bundled())) == _outcome(_bundled()) == []
    assert _outcome(hostile.strict(_bundled("referat.nb.docx")), "minutes") == []


def test_the_template_docxtpl_reads_is_the_checked_one():
    strict = wordxml.checked_package(hostile.strict(_bundled()), "mal.docx")
    assert all(b"purl.oclc.org" not in data for data in _parts(strict).values())
    assert _parts(wordxml.checked_package(_bundled(), "mal.docx")) == _parts(_bundled())
