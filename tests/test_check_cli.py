"""The check command: readable and JSON reports, exit codes, strict mode, several files."""

from __future__ import annotations

import json

import pytest

from cli import cli
from conftest import ROOT, set_path, write_yaml
from corpus.docxwriter import Doc


@pytest.fixture(scope="module")
def agreement(tmp_path_factory):
    from click.testing import CliRunner
    out = tmp_path_factory.mktemp("gen") / "avtale.docx"
    assert CliRunner().invoke(cli, ["generate", str(ROOT / "examples" / "kommune-fast.yaml"), "-o", str(out)]).exit_code == 0
    return out


@pytest.fixture
def weak_draft(tmp_path):
    d = Doc(split_runs=False)
    d.add(d.heading("Lønn"), d.para("Lønn etter avtale."), d.heading("Taushetsplikt"),
          d.para("Arbeidstakeren har taushetsplikt."))
    path = tmp_path / "utkast.docx"
    path.write_bytes(d.to_bytes())
    return path


def test_text_report(runner, agreement):
    result = runner.invoke(cli, ["check", str(agreement)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[2] == "Resultat: GODKJENT."
    assert "Lovpålagt" in lines and "Anbefalt av KS" in lines and "God praksis" in lines
    assert "  OK Lønn (arbeidsmiljøloven § 14-6 første ledd)" in lines
    assert "  IKKE AKTUELT Åremål (kommuneloven § 13-2 og arbeidsmiljøloven § 14-10)" in lines


def test_text_report_for_a_weak_draft(runner, weak_draft):
    result = runner.invoke(cli, ["check", str(weak_draft)])
    assert result.exit_code == 1
    assert "  UFULLSTENDIG Lønn (arbeidsmiljøloven § 14-6 første ledd)" in result.output
    assert "      Mangler: lønnsbeløp." in result.output
    assert "  MANGLER Oppsigelse" in result.output


def test_english_report(runner, weak_draft):
    out = runner.invoke(cli, ["check", str(weak_draft), "--lang", "en"]).output
    assert "Result: NOT PASSED." in out and "  INCOMPLETE Salary" in out and "Lacks: amount of pay" in out


def test_json_report_schema(runner, weak_draft):
    result = runner.invoke(cli, ["check", str(weak_draft), "--format", "json"])
    data = json.loads(result.output)
    assert set(data) == {"file", "kind", "language_form", "passed", "strict", "deciding_levels", "summary",
                         "summary_by_level", "clauses", "values", "findings"}
    salary = next(c for c in data["clauses"] if c["id"] == "salary")
    assert (salary["status"], salary["level"], salary["legal_basis"], salary["fails"]) == \
        ("incomplete", "law", "arbeidsmiljøloven § 14-6 første ledd", True)
    assert salary["missing_substance"] == ["amount"]
    assert set(salary["evidence"][0]) == {"part", "location", "heading", "snippet"}
    assert len(data["clauses"]) == 30 and data["passed"] is False


def test_strict_fails_on_ks_clauses(runner, tmp_path):
    doc = __import__("agreements.inputfile", fromlist=["read_input"]).read_input(ROOT / "examples" / "kommune-fast.yaml")
    path = write_yaml(tmp_path / "in.yaml", set_path(doc, "development_dialogue.agreed", False))
    out = tmp_path / "a.docx"
    assert runner.invoke(cli, ["generate", str(path), "-o", str(out)]).exit_code == 0
    assert runner.invoke(cli, ["check", str(out)]).exit_code == 0
    assert runner.invoke(cli, ["check", str(out), "--strict"]).exit_code == 1


def test_several_files_give_json_lines_and_the_highest_code(runner, agreement, weak_draft, tmp_path):
    junk = tmp_path / "x.docx"
    junk.write_bytes(b"ikke word")
    result = runner.invoke(cli, ["check", str(agreement), str(weak_draft), str(junk), "--format", "json"])
    reports = [json.loads(line) for line in result.output.splitlines()]
    assert [r.get("passed") for r in reports] == [True, False, None]
    assert reports[2]["error"]["code"] == "doc_not_zip" and result.exit_code == 8


def test_many_files_in_parallel_keep_their_order(runner, agreement, weak_draft, tmp_path):
    junk = tmp_path / "x.docx"
    junk.write_bytes(b"ikke word")
    args = ["check", str(agreement), str(weak_draft), str(junk), str(agreement), "--format", "json"]
    one = runner.invoke(cli, args + ["--jobs", "1"])
    two = runner.invoke(cli, args + ["--jobs", "2"])
    assert one.output == two.output and one.exit_code == two.exit_code == 8


def test_a_fault_met_by_one_file_does_not_stop_the_others(runner, agreement, weak_draft, monkeypatch):
    from agreements import checker

    real = checker.check_bytes

    def fails_for_the_weak_draft(data, name="dokument", kind="agreement", seconds=None):
        if name == str(weak_draft):
            raise RuntimeError("a bug")
        return real(data, name, kind, seconds)

    monkeypatch.setattr(checker, "check_bytes", fails_for_the_weak_draft)
    result = runner.invoke(cli, ["check", str(weak_draft), str(agreement), "--format", "json"])
    reports = [json.loads(line) for line in result.output.splitlines()]
    assert [r.get("passed") for r in reports] == [None, True] and result.exit_code == 7
    assert reports[0]["error"]["code"] == "internal_error"
