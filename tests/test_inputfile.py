"""Reading YAML and JSON input: exact amounts, syntax errors with line and column, bad files."""

from __future__ import annotations

from decimal import Decimal

import pytest
import yaml

from agreements import resources
from agreements.inputfile import read_input
from agreements.problems import ExitCode, UnreadableInput


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
    assert (problem.code, problem.params["file"], problem.params["line"]) == ("syntax_error", str(f), 4)


def test_json_syntax_error_has_line_and_column(tmp_path):
    f = tmp_path / "a.json"
    f.write_text('{\n  "language": "nb",\n}', encoding="utf-8")
    problem = _code(f)
    assert (problem.code, problem.params["line"], problem.params["column"]) == ("syntax_error", 3, 1)


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
    assert _code(f).code == "syntax_error"


def test_not_utf8(tmp_path):
    f = tmp_path / "a.yaml"
    f.write_bytes("navn: Bø".encode("latin-1"))
    assert _code(f).code == "input_not_utf8"


def test_utf8_bom_is_accepted(tmp_path):
    f = tmp_path / "a.yaml"
    f.write_bytes("\ufeffnavn: Bø\n".encode("utf-8"))
    assert read_input(f) == {"navn": "Bø"}


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
