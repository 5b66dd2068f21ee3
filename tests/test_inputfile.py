"""Reading YAML and JSON input: exact amounts, syntax errors explained with line and column, bad files,
documents given where an input file belongs."""

from __future__ import annotations

from decimal import Decimal

import codecs
import datetime as dt
import io
import zipfile

import pytest
import yaml

from agreements import filekind, inputfile, messages, resources
from agreements.inputfile import parse, parse_text, read_input
from agreements.problems import ExitCode, UnreadableInput
from cli import cli


def _code(path):
    with pytest.raises(UnreadableInput) as info:
        read_input(path)
    assert info.value.exit_code == ExitCode.UNREADABLE
    return info.value.problems[0]


def test_yaml_floats_are_exact_decimals(tmp_path):
    f = tmp_path / "a.yaml"
    f.write_text("salary: {annual: 1250000.10}\n", encoding="utf-8")
    assert read_input(f)["salary"]["annual"] == Decimal("1250000.10")


def test_json_floats_are_exact_decimals(tmp_path):
    f = tmp_path / "a.json"
    f.write_text('{"salary": {"annual": 1250000.10}}', encoding="utf-8")
    assert read_input(f)["salary"]["annual"] == Decimal("1250000.10")


def test_yaml_syntax_error_has_line_and_column(tmp_path):
    f = tmp_path / "a.yaml"
    f.write_text("language: nb\nemployer:\n  name: [unclosed\n", encoding="utf-8")
    problem = _code(f)
    assert (problem.code, problem.params["file"], problem.params["line"]) == ("syntax_unclosed_bracket", str(f), 3)


def test_json_syntax_error_has_line_and_column(tmp_path):
    f = tmp_path / "a.json"
    f.write_text('{\n  "language": "nb",\n}', encoding="utf-8")
    problem = _code(f)
    assert (problem.code, problem.params["line"], problem.params["column"]) == ("json_trailing_comma", 3, 1)


# (content, cause, line, column): the usual causes, recognised from the parser's problem and the
# text at the marked line (schemas/syntax_causes.yaml), reported where the user must look
YAML_CAUSES = [
    ("language: nb\nemployer:\n\tname: Fjordvik kommune\n", "syntax_tab", 3, 1),
    ("employer:\n  kind: kommune\n\tname: Fjordvik kommune\n", "syntax_tab", 3, 1),
    ("employer:\n  \tname: Fjordvik kommune\n", "syntax_tab", 2, 3),
    ("employer:\n  kind: kommune\n  name Fjordvik kommune\n  city: Fjordvik\n", "syntax_missing_colon", 3, 3),
    ("language nb\nemployer:\n  kind: kommune\n", "syntax_missing_colon", 1, 1),
    ("language: nb\nlanguage: nn\n", "duplicate_key", 2, 1),
    ("employer:\n  name: Fjordvik: kommune\n", "syntax_colon_in_value", 2, 17),
    ("title: Merk:\n", "syntax_colon_in_value", 1, 12),
    ("employer:\n  name: *stjerne\n", "yaml_alias", 2, 9),  # an alias: refused before any syntax cause
    ("employer:\n  name: & kommune\n", "syntax_special_start", 2, 9),
    ("employer:\n  name: @kommune\n", "syntax_special_start", 2, 9),
    ("employer:\n  name: %kommune\n", "syntax_special_start", 2, 9),
    ("employer:\n  name: `kommune`\n", "syntax_special_start", 2, 9),
    ("employer:\n  name: !kommune\n", "syntax_special_start", 2, 9),
    ("employer:\n  name: |kommune\n", "syntax_special_start", 2, 9),
    ("employer:\n  name: [kommune\n", "syntax_unclosed_bracket", 2, 9),
    ("employer:\n  address: {street: Storgata 1\n  name: x\n", "syntax_unclosed_bracket", 2, 12),
    ('employer:\n  name: "Fjordvik kommune\n  kind: kommune\n', "syntax_unclosed_quote", 2, 9),
    ("employer:\n  name: 'Fjordvik kommune\n  kind: kommune\n", "syntax_unclosed_quote", 2, 9),
    ('employer:\n  name: "Fjordvik" kommune\n', "syntax_text_after_quote", 2, 20),
    ("title: 'it's here'\n", "syntax_text_after_quote", 1, 12),
    ('employer:\n  name: "C:\\mappe"\n', "syntax_escape", 2, 12),
    ("employer:\n  kind: kommune\n name: Fjordvik\n", "syntax_indentation", 3, 2),
    ("employer:\n  kind: kommune\n   name: Fjordvik\n", "syntax_indentation", 3, 8),
    ("position:\n  additional_terms:\n    - a\n   - b\n", "syntax_indentation", 4, 4),
    ("language: nb\n- a\n", "syntax_indentation", 2, 1),
    ("salary:\n  annual: 1:30.5\n", "syntax_bad_number", 2, 11),
    ("employer:\n  name: a\x00b\n", "syntax_control_character", 2, 10),
    ("a: 1\n---\nb: 2\n", "syntax_error", 2, 1),  # no known cause: the general explanation
]




class _PurePythonLoader(yaml.SafeLoader):
    """The strict loader on PyYAML's own parser, whose problems are worded differently."""


for _tag, _constructor in inputfile._StrictLoader.yaml_constructors.items():
    _PurePythonLoader.add_constructor(_tag, _constructor)


@pytest.mark.parametrize("content,cause,line,column", YAML_CAUSES, ids=[f"{c[1]}:{c[0][:24]!r}" for c in YAML_CAUSES])
def test_the_causes_are_recognised_with_pure_python_yaml_too(monkeypatch, content, cause, line, column):
    monkeypatch.setattr(inputfile, "_StrictLoader", _PurePythonLoader)
    with pytest.raises(UnreadableInput) as info:
        parse_text(content, "a.yaml", "yaml")
    assert info.value.problems[0].code == cause


JSON_CAUSES = [
    ('{\n  "language": "nb",\n}', "json_trailing_comma", 3, 1),
    ('{"a": [1, 2,]}', "json_trailing_comma", 1, 13),
    ("{'language': 'nb'}", "json_quotes", 1, 2),
    ('{“language”: 1}', "json_quotes", 1, 2),
    ('{language: "nb"}', "json_key_quotes", 1, 2),
    ('{"language": nb}', "json_unquoted_text", 1, 14),
    ('{"a": True}', "json_unquoted_text", 1, 7),
    ('{"postal_code": 0404}', "json_leading_zero", 1, 18),
    ('{"a": 1\n "b": 2}', "json_missing_comma", 2, 2),
    ('{"a" 1}', "syntax_missing_colon", 1, 6),
    ('{"a": "x', "syntax_unclosed_quote", 1, 7),
    ('{"a": "x\n}', "syntax_unclosed_quote", 1, 9),
    ('{"a": "C:\\mappe"}', "json_escape", 1, 10),
    ('{"a": 1}}', "json_extra_data", 1, 9),
    ('{"a": 1', "json_incomplete", 1, 8),
    ('{"a": 1 // kommentar\n}', "json_comment", 1, 9),
    ('{"a": "NaN", "b": NaN}', "json_not_a_number", 1, 19),
    ("language: nb\n", "json_not_json", 1, 1),
    ('{"a": "x\ty"}', "syntax_error", 1, 9),  # no known cause: the general explanation
]


SYNTAX_CASES = [("yaml", *c) for c in YAML_CAUSES] + [("json", *c) for c in JSON_CAUSES]


@pytest.mark.parametrize("fmt,content,cause,line,column", SYNTAX_CASES,
                         ids=[f"{c[0]}:{c[2]}:{c[1][:24]!r}" for c in SYNTAX_CASES])
def test_syntax_error_names_the_cause_where_it_is(fmt, content, cause, line, column):
    with pytest.raises(UnreadableInput) as info:
        parse_text(content, f"a.{fmt}", fmt)
    problem = info.value.problems[0]
    assert (problem.code, problem.params["line"], problem.params["column"]) == (cause, line, column)


def test_every_cause_has_a_message():
    codes = {rule["code"] for rules in resources.load_yaml("syntax_causes.yaml").values() for rule in rules}
    assert len(codes) > 15 and codes - set(messages.table()) == set()


def test_syntax_messages_explain_in_norwegian_with_file_line_and_column():
    with pytest.raises(UnreadableInput) as info:
        parse_text("language: nb\nemployer:\n\tname: Fjordvik kommune\n", "avtale.yaml", "yaml")
    nb, nn = (messages.render(info.value.problems[0], lang) for lang in ("nb", "nn"))
    assert nb.startswith("FEIL avtale.yaml, linje 3, kolonne 1: her står et tabulatortegn.")
    assert "mellomrom" in nn and "found character" not in nb + nn
    with pytest.raises(UnreadableInput) as info:
        parse_text("a: 1\n---\nb: 2\n", "avtale.yaml", "yaml")
    general = messages.render(info.value.problems[0], "nb")
    assert general.startswith("FEIL avtale.yaml, linje 2, kolonne 1: filen kan ikke leses som YAML her. Vanlige")


def test_duplicate_key_names_the_field_and_its_first_line():
    with pytest.raises(UnreadableInput) as info:
        parse_text("language: nb\nemployer:\n  kind: kommune\n  kind: kommune\n", "a.yaml", "yaml")
    params = info.value.problems[0].params
    assert (params["key"], params["line"], params["first_line"]) == ("kind", 4, 3)


@pytest.mark.parametrize("content,code", [
    ("language: nb\nlanguage: nn\n", "duplicate_key"),
    ("", "input_empty"),
    ("- a\n- b\n", "input_not_mapping"),
    ("just text\n", "input_not_mapping"),
])
def test_bad_yaml_content(tmp_path, content, code):
    f = tmp_path / "a.yaml"
    f.write_text(content, encoding="utf-8")
    assert _code(f).code == code


def test_json_nan_is_refused(tmp_path):
    f = tmp_path / "a.json"
    f.write_text('{"a": NaN}', encoding="utf-8")
    assert _code(f).code == "json_not_a_number"


def test_not_utf8(tmp_path):
    f = tmp_path / "a.yaml"
    f.write_bytes("navn: Bø".encode("latin-1"))
    assert _code(f).code == "input_not_utf8"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
@pytest.mark.parametrize("suffix,text", [(".yaml", "navn: Bø\n"), (".json", '{"navn": "Bø"}')])
def test_byte_order_marks_windows_tools_write_are_accepted(tmp_path, encoding, suffix, text):
    f = tmp_path / f"a{suffix}"
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    f.write_bytes(bom + text.encode(encoding))
    assert read_input(f) == {"navn": "Bø"}


def _odt() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


def _docx(padding: int = 0) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
        zf.writestr("word/media/image1.png", b"\x89PNG" + bytes(padding))
    return buffer.getvalue()


# a document where an input file belongs: say what it is and what to do (exit code 3)
DOCUMENTS = [
    ("avtale.docx", _docx, "input_is_word"),
    ("stor.docx", lambda: _docx(3 * 1024 * 1024), "input_is_word"),  # past the size limit, still named
    ("avtale.odt", _odt, "input_is_document"),
    ("avtale.pdf", lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "input_is_document"),
    ("avtale.doc", lambda: filekind.OLE2_MAGIC + bytes(4096), "input_is_document"),
    ("avtale.rtf", lambda: b"{\\rtf1\\ansi Arbeidsavtale}", "input_is_document"),
    ("avtale.yaml", _docx, "input_is_word"),  # by content, whatever the name says
]


@pytest.mark.parametrize("name,make,code", DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_a_document_given_as_input_is_named(tmp_path, name, make, code):
    f = tmp_path / name
    f.write_bytes(make())
    assert _code(f).code == code


@pytest.mark.parametrize("command", [["validate"], ["generate"], ["minutes", "validate"], ["minutes", "generate"]])
def test_a_word_document_given_to_an_input_command_points_to_check(runner, tmp_path, command):
    f = tmp_path / "avtale.docx"
    f.write_bytes(_docx())
    out = ["-o", str(tmp_path / "ut.docx")] if command[-1] == "generate" else []
    result = runner.invoke(cli, command + [str(f)] + out)
    assert result.exit_code == ExitCode.UNREADABLE and not (tmp_path / "ut.docx").exists()
    assert f"«agreements check {f}»" in result.output and "UTF-8" not in result.output


def test_what_yaml_typed_by_itself_keeps_the_text_as_written():
    parsed = parse("a: 0404\nb: no\nc: [10:30, 2027-01-01, '0404', ~]\nd:\n  - Merk: dette gjelder\n", "a.yaml", "yaml")
    assert parsed.written == {("a",): ("0404", 260), ("b",): ("no", False), ("c", 0): ("10:30", 630),
                              ("c", 1): ("2027-01-01", dt.date(2027, 1, 1)), ("c", 3): ("~", None),
                              ("d", 0): ("Merk: dette gjelder", {"Merk": "dette gjelder"})}


@pytest.mark.parametrize("make,code", [
    (lambda d: d / "missing.yaml", "input_not_found"),
    (lambda d: d, "input_is_directory"),
])
def test_bad_paths(tmp_path, make, code):
    assert _code(make(tmp_path)).code == code


def test_oversized_input_is_refused(tmp_path):
    f = tmp_path / "big.yaml"
    f.write_bytes(b"a: " + b"x" * (3 * 1024 * 1024))
    assert _code(f).code == "input_too_large"


BUNDLED_YAML = sorted(p.name for p in resources.schema_file(".").iterdir() if p.name.endswith(".yaml"))


@pytest.mark.parametrize("name", BUNDLED_YAML)
def test_bundled_data_reads_the_same_with_libyaml_as_with_pure_python(name):
    assert resources.load_yaml(name) == yaml.safe_load(resources.schema_file(name).read_text(encoding="utf-8"))
