"""The command line end to end: commands, messages, exit codes and what is (not) written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from agreements import messages
from agreements.problems import ExitCode
from cli import cli
from conftest import EXAMPLES, ROOT, set_path, write_yaml

KOMMUNE = str(ROOT / "examples" / "kommune-fast.yaml")


def run(runner, *args, env=None):
    return runner.invoke(cli, list(args), env=env or {}, catch_exceptions=False)


def test_help_documents_commands_and_exit_codes(runner):
    out = run(runner, "--help").output
    assert all(word in out for word in ("validate", "generate", "example", "Avslutningskoder"))
    assert "--force" in run(runner, "generate", "--help").output


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_validate_example(runner, example):
    result = run(runner, "validate", str(example))
    assert (result.exit_code, result.output.strip()) == (0, f"{example}: gyldig (advarsler: 0).")


def test_validate_reports_every_error_with_field_and_label(runner, tmp_path, doc):
    set_path(doc, "probation.months", 9)
    set_path(doc, "employer.org_number", "964000019")
    bad = write_yaml(tmp_path / "bad.yaml", doc)
    result = run(runner, "validate", str(bad))
    assert result.exit_code == ExitCode.INVALID
    assert "FEIL probation.months (Prøvetid i måneder): Prøvetiden kan være høyst 6 måneder" in result.output
    assert "FEIL employer.org_number (Organisasjonsnummer):" in result.output
    assert "ugyldig (feil: 2, advarsler: 0)" in result.output


def test_validate_in_english(runner, tmp_path, doc):
    bad = write_yaml(tmp_path / "bad.yaml", set_path(doc, "probation.months", 9))
    result = run(runner, "validate", str(bad), "--lang", "en")
    assert "ERROR probation.months (Probation in months): Probation may be at most 6 months" in result.output


def test_lang_from_environment(runner, tmp_path, doc):
    bad = write_yaml(tmp_path / "bad.yaml", set_path(doc, "probation.months", 9))
    assert "ERROR" in run(runner, "validate", str(bad), env={"AGREEMENTS_LANG": "en"}).output


def test_validate_strict_fails_on_warnings(runner, tmp_path, doc):
    warned = write_yaml(tmp_path / "w.yaml", set_path(doc, "cv_publication.consent", False))
    assert run(runner, "validate", str(warned)).exit_code == 0
    assert run(runner, "validate", str(warned), "--strict").exit_code == ExitCode.INVALID


@pytest.mark.parametrize("content,code,needle", [
    ("language: nb\n  bad: [\n", ExitCode.UNREADABLE, "linje 2"),
    (None, ExitCode.UNREADABLE, "Finner ikke filen"),
])
def test_unreadable_input(runner, tmp_path, content, code, needle):
    path = tmp_path / "in.yaml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = run(runner, "generate", str(path), "-o", str(tmp_path / "out.docx"))
    assert result.exit_code == code and needle in result.output
    assert "Traceback" not in result.output and not (tmp_path / "out.docx").exists()


def test_generate_writes_and_refuses_to_overwrite(runner, tmp_path):
    out = tmp_path / "avtale.docx"
    first = run(runner, "generate", KOMMUNE, "-o", str(out))
    assert first.exit_code == 0 and f"Skrev {out.resolve()}" in first.output
    out.write_bytes(b"brukerens arbeid")
    second = run(runner, "generate", KOMMUNE, "-o", str(out))
    assert second.exit_code == ExitCode.OUTPUT and "--force" in second.output
    assert out.read_bytes() == b"brukerens arbeid"
    assert run(runner, "generate", KOMMUNE, "-o", str(out), "--force").exit_code == 0
    assert out.read_bytes()[:2] == b"PK"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["avtale.docx"]  # no temporary files left


def test_generate_invalid_input_writes_nothing(runner, tmp_path, doc):
    bad = write_yaml(tmp_path / "bad.yaml", set_path(doc, "notice.months", 0))
    result = run(runner, "generate", str(bad), "-o", str(tmp_path / "out.docx"))
    assert result.exit_code == ExitCode.INVALID and "Ingen fil er laget" in result.output
    assert not (tmp_path / "out.docx").exists()


def test_generate_shows_warnings_but_succeeds(runner, tmp_path, doc):
    warned = write_yaml(tmp_path / "w.yaml", set_path(doc, "development_dialogue.agreed", False))
    result = run(runner, "generate", str(warned), "-o", str(tmp_path / "out.docx"))
    assert result.exit_code == 0 and "ADVARSEL development_dialogue.agreed" in result.output


@pytest.mark.parametrize("target,code", [
    ("avtale.pdf", ExitCode.OUTPUT),
    ("finnes/ikke/avtale.docx", ExitCode.OUTPUT),
])
def test_generate_bad_output_path(runner, tmp_path, target, code):
    result = run(runner, "generate", KOMMUNE, "-o", str(tmp_path / target))
    assert result.exit_code == code and "Traceback" not in result.output


def test_pdf_without_libreoffice_writes_nothing(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    result = run(runner, "generate", KOMMUNE, "-o", str(tmp_path / "a.docx"), "--pdf")
    assert result.exit_code == ExitCode.PDF and "LibreOffice" in result.output
    assert list(tmp_path.iterdir()) == []


def test_unexpected_fault_is_reported_without_traceback(runner, tmp_path, monkeypatch):
    from agreements import context

    def broken(_doc):
        raise RuntimeError("simulated bug")
    monkeypatch.setattr(context, "build", broken)
    result = run(runner, "generate", KOMMUNE, "-o", str(tmp_path / "a.docx"))
    assert result.exit_code == ExitCode.INTERNAL and "Intern feil" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "a.docx").exists()


@pytest.mark.parametrize("kind", ["kommune", "fylkeskommune"])
def test_example_prints_a_valid_commented_input(runner, tmp_path, kind):
    result = run(runner, "example", "--kind", kind)
    assert result.exit_code == 0 and result.output.startswith("#")
    assert yaml.safe_load(result.output)["employer"]["kind"] == kind
    path = tmp_path / "ex.yaml"
    path.write_text(result.output, encoding="utf-8")
    assert run(runner, "validate", str(path)).output.endswith("gyldig (advarsler: 0).\n")


def test_same_input_gives_identical_bytes_across_processes(tmp_path):
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"a{seed}.docx"
        command = Path(sys.executable).parent / "agreements"  # the installed console script
        subprocess.run([str(command), "generate", KOMMUNE, "-o", str(out)], check=True, cwd=tmp_path,
                       env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_console_script_help_and_version(tmp_path):
    command = Path(sys.executable).parent / "agreements"
    assert subprocess.run([str(command), "--help"], capture_output=True, text=True).returncode == 0
    version = subprocess.run([str(command), "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.startswith("agreements ")


def test_importing_the_cli_loads_no_heavy_library():
    code = ("import sys, cli; heavy = sorted({m.split('.')[0] for m in sys.modules} & "
            "{'docxtpl', 'docx', 'lxml', 'babel', 'cerberus', 'jinja2', 'yaml'}); print(heavy)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=Path(sys.executable).parent)
    assert done.stdout.strip() == "[]"


AGREEMENTS = Path(sys.executable).parent / "agreements"  # the installed console script


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pipe") / "avtale.docx"
    subprocess.run([str(AGREEMENTS), "generate", KOMMUNE, "-o", str(out)], check=True, capture_output=True)
    return out


@pytest.mark.parametrize("command,copies,lines_read", [
    ("check", 40, 1),  # like `check *.docx | head -1`: the reader leaves after the first line
    ("check", 3, 0),  # the reader is gone before the first line
    ("lint-template", 0, 0),
    ("--help", 0, 0),
])
def test_a_closed_pipe_ends_quietly(generated, command, copies, lines_read):
    if lines_read:
        proc = subprocess.Popen([str(AGREEMENTS), command, *[str(generated)] * copies],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stdout.readline().startswith(b"Kontroll av ")
        proc.stdout.close()  # 40 reports (over 250 kB) do not fit in the pipe: writing goes on after this
        stderr = proc.stderr.read().decode()
        code = proc.wait()
    else:
        read_end, write_end = os.pipe()
        os.close(read_end)
        try:
            done = subprocess.run([str(AGREEMENTS), command, *[str(generated)] * copies], stdout=write_end,
                                  stderr=subprocess.PIPE, text=True)
        finally:
            os.close(write_end)
        stderr, code = done.stderr, done.returncode
    assert (code, stderr) == (ExitCode.CLOSED_PIPE, "")


@pytest.mark.parametrize("group", [[], ["minutes"]], ids=["agreements", "minutes"])
def test_a_group_without_a_command_shows_its_help(group):
    bare = subprocess.run([str(AGREEMENTS), *group], capture_output=True, text=True)
    asked = subprocess.run([str(AGREEMENTS), *group, "--help"], capture_output=True, text=True)
    assert (bare.returncode, bare.stdout, bare.stderr) == (0, asked.stdout, "")


@pytest.mark.parametrize("args,bundled", [
    (["example"], "kommune-fast.yaml"),
    (["example", "--kind", "fylkeskommune", "--lang", "nn"], "fylkeskommune-aaremaal-nn.yaml"),
    (["minutes", "example"], "referat-fjordvik.yaml"),
])
def test_example_with_o_writes_the_file_and_never_over_one(runner, tmp_path, args, bundled):
    """-o instead of «>» (which writes UTF-16 in Windows PowerShell): the bundled bytes, written
    atomically, refused over an existing file without --force (code 4), «Skrev …» like generate."""
    out = tmp_path / "ny.yaml"
    first = run(runner, *args, "-o", str(out))
    wrote = messages.text("wrote_file", "nn" if "nn" in args else "nb", file=str(out.resolve()))
    assert (first.exit_code, first.output) == (0, wrote + "\n")
    assert out.read_bytes() == (ROOT / "examples" / bundled).read_bytes()
    out.write_text("mitt arbeid", encoding="utf-8")
    again = run(runner, *args, "-o", str(out))
    assert again.exit_code == ExitCode.OUTPUT and "--force" in again.output
    assert out.read_text(encoding="utf-8") == "mitt arbeid"
    assert run(runner, *args, "-o", str(out), "--force").exit_code == 0
    assert out.read_bytes() == (ROOT / "examples" / bundled).read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["ny.yaml"]  # no temporary file left
    assert run(runner, *args, "-o", str(tmp_path / "mangler" / "x.yaml")).exit_code == ExitCode.OUTPUT
