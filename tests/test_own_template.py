"""A municipality's own template: made with `template init`, edited in Word (here python-docx),
used with --template or the installation folder; linted before use, self-checked after, cached
per content."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import docx
import pytest
from docx.shared import Cm

from agreements import generate, owntemplates, resources, wordxml
from agreements.problems import ExitCode
from cli import cli
from conftest import ROOT, docx_text

KOMMUNE = ROOT / "examples" / "kommune-fast.yaml"
KOMMUNE_NN = ROOT / "examples" / "kommune-fast-nn.yaml"
MINUTES = ROOT / "examples" / "referat-fjordvik.yaml"
PARTIES = "Denne arbeidsavtalen er inngått mellom:"
OWN_PARTIES = "Denne arbeidsavtalen er inngått mellom partene som står nedenfor:"


def png(width: int = 4, height: int = 2) -> bytes:
    """A small red PNG, as a municipality's logo."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\0" + b"\xc0\x10\x10" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def init(runner, path: Path, *options: str) -> Path:
    result = runner.invoke(cli, ["template", "init", "-o", str(path), *options])
    assert result.exit_code == 0, result.output
    return path


def edited(path: Path, change) -> Path:
    """``path`` opened, changed and saved with python-docx, as Word saves an edited file."""
    document = docx.Document(str(path))
    change(document)
    document.save(str(path))
    return path


def reword(old: str, new: str):
    def change(document):
        (paragraph,) = [p for p in document.paragraphs if p.text == old]
        paragraph.runs[0].text = new
        for run in paragraph.runs[1:]:
            run.text = ""
    return change


def with_logo(document) -> None:
    header = document.sections[0].header
    header.paragraphs[0].insert_paragraph_before().add_run().add_picture(io.BytesIO(png()), width=Cm(3))


def without_section(title: str):
    def change(document):
        paragraphs = document.paragraphs
        start = next(i for i, p in enumerate(paragraphs) if p.style.name == "Heading 1" and p.text == title)
        end = next(i for i, p in enumerate(paragraphs) if i > start and p.style.name == "Heading 1")
        for p in paragraphs[start:end]:
            p._p.getparent().remove(p._p)
    return change


@pytest.mark.parametrize("options,bundled", [
    ((), "arbeidsavtale.nb.docx"),
    (("--lang", "nn"), "arbeidsavtale.nn.docx"),
    (("--kind", "minutes"), "referat.nb.docx"),
    (("--kind", "minutes", "--lang", "nn"), "referat.nn.docx"),
], ids=["agreement-nb", "agreement-nn", "minutes-nb", "minutes-nn"])
def test_init_copies_the_bundled_template(runner, tmp_path, options, bundled):
    assert init(runner, tmp_path / "egen.docx", *options).read_bytes() == resources.template(bundled).read_bytes()


def test_init_never_overwrites_and_writes_only_docx(runner, tmp_path):
    own = init(runner, tmp_path / "egen.docx")
    own.write_bytes(b"mine")
    assert runner.invoke(cli, ["template", "init", "-o", str(own)]).exit_code == ExitCode.OUTPUT
    assert own.read_bytes() == b"mine"
    assert runner.invoke(cli, ["template", "init", "-o", str(tmp_path / "egen.dotx")]).exit_code == ExitCode.OUTPUT
    assert not (tmp_path / "egen.dotx").exists()


def test_a_template_with_a_logo_in_the_header_generates_and_passes_the_self_check(runner, tmp_path):
    own = edited(init(runner, tmp_path / "egen.docx"), with_logo)
    out = tmp_path / "avtale.docx"
    result = runner.invoke(cli, ["generate", str(KOMMUNE), "--template", str(own), "-o", str(out)])
    assert result.exit_code == 0, result.output
    parts = wordxml.members(out.read_bytes())
    headers = [name for name in parts if name.startswith("word/header") and name.endswith(".xml")]
    assert any(b"<pic:pic" in parts[name] for name in headers)
    assert [name for name in parts if name.startswith("word/media/")] != []
    assert "Fjordvik kommune – arbeidsavtale for kommunedirektør" in docx_text(out.read_bytes())
    assert runner.invoke(cli, ["check", str(out)]).exit_code == 0


def test_a_template_without_the_salary_section_is_refused_naming_the_clause(runner, tmp_path):
    own = edited(init(runner, tmp_path / "egen.docx"), without_section("Lønn"))
    out = tmp_path / "avtale.docx"
    result = runner.invoke(cli, ["generate", str(KOMMUNE), "--template", str(own), "-o", str(out)])
    assert result.exit_code == ExitCode.TEMPLATE and not out.exists()
    assert "«Lønn» (salary)" in result.output and f"agreements lint-template {own}" in result.output
    assert runner.invoke(cli, ["validate", str(KOMMUNE), "--template", str(own)]).exit_code == ExitCode.TEMPLATE


def test_a_sentence_edited_with_python_docx_reaches_the_agreement_and_the_dump(runner, tmp_path, monkeypatch):
    """The installation's folder (AGREEMENTS_TEMPLATES) holds a template edited as in Word: every
    agreement has the new sentence, and the template's dump differs from the bundled one's by that
    line only (what a reviewer reads)."""
    folder = tmp_path / "maler"
    folder.mkdir()
    own = edited(init(runner, folder / "arbeidsavtale.nb.docx"), reword(PARTIES, OWN_PARTIES))
    monkeypatch.setenv(owntemplates.VARIABLE, str(folder))
    text = docx_text(generate.build(KOMMUNE).docx)
    assert OWN_PARTIES in text and PARTIES not in text
    bundled = (ROOT / "templates" / "arbeidsavtale.nb.txt").read_text(encoding="utf-8").splitlines()
    dumped = runner.invoke(cli, ["template", "dump", str(own)]).output.splitlines()
    assert [(a, b) for a, b in zip(bundled, dumped) if a != b] == [(f"[Normal] {PARTIES}", f"[Normal] {OWN_PARTIES}")]
    assert len(bundled) == len(dumped)
    # refreshing the dumps (the one command that runs over the templates) reads the edit, never undoes it
    before = own.read_bytes()
    subprocess.run([sys.executable, str(ROOT / "tools" / "dump_templates.py"), str(folder)], check=True,
                   capture_output=True)
    assert own.read_bytes() == before
    assert f"[Normal] {OWN_PARTIES}" in (folder / "arbeidsavtale.nb.txt").read_text(encoding="utf-8")
    assert PARTIES in docx_text(generate.build(KOMMUNE_NN).docx)  # no nn template there: the bundled one


def test_a_changed_template_file_is_noticed(runner, tmp_path):
    own = init(runner, tmp_path / "egen.docx")
    assert PARTIES in docx_text(generate.build(KOMMUNE, template=own).docx)
    edited(own, reword(PARTIES, OWN_PARTIES))
    assert OWN_PARTIES in docx_text(generate.build(KOMMUNE, template=own).docx)
    edited(own, reword(OWN_PARTIES, PARTIES))
    assert OWN_PARTIES not in docx_text(generate.build(KOMMUNE, template=own).docx)


def test_an_unchanged_template_is_linted_once(runner, tmp_path, monkeypatch):
    from agreements import lint

    own = init(runner, tmp_path / "egen.docx")
    calls = []
    real = lint.lint
    monkeypatch.setattr(lint, "lint", lambda *args: calls.append(args[1]) or real(*args))
    first, second = (generate.build(KOMMUNE, template=own).docx for _ in range(2))
    assert first == second and calls == [str(own)]


def test_a_template_in_the_other_language_form_is_refused(runner, tmp_path):
    own = init(runner, tmp_path / "egen.docx")
    result = runner.invoke(cli, ["generate", str(KOMMUNE_NN), "--template", str(own), "-o", str(tmp_path / "a.docx")])
    assert result.exit_code == ExitCode.TEMPLATE and "bokmål" in result.output and "nynorsk" in result.output


def test_a_missing_installation_folder_is_named(runner, tmp_path):
    result = runner.invoke(cli, ["generate", str(KOMMUNE), "-o", str(tmp_path / "a.docx")],
                           env={owntemplates.VARIABLE: str(tmp_path / "finnes-ikke")})
    assert result.exit_code == ExitCode.TEMPLATE and "finnes-ikke" in result.output


def test_a_missing_or_unreadable_template_file(runner, tmp_path):
    args = ["generate", str(KOMMUNE), "-o", str(tmp_path / "a.docx"), "--template"]
    assert runner.invoke(cli, args + [str(tmp_path / "borte.docx")]).exit_code == ExitCode.UNREADABLE
    (tmp_path / "tekst.docx").write_text("ikke Word", encoding="utf-8")
    assert runner.invoke(cli, args + [str(tmp_path / "tekst.docx")]).exit_code == ExitCode.NOT_DOCX


def test_an_own_minutes_template(runner, tmp_path):
    guidance = "Skriv hovedpunktene fra egenevalueringen."
    own = edited(init(runner, tmp_path / "referat.docx", "--kind", "minutes"),
                 reword(guidance, "Skriv hovedpunktene fra egenevalueringen, høyst én side."))
    out = tmp_path / "tom.docx"
    result = runner.invoke(cli, ["minutes", "generate", "--blank", "--template", str(own), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "høyst én side" in docx_text(out.read_bytes())
    agreement_template = init(runner, tmp_path / "avtale.docx")
    refused = runner.invoke(cli, ["minutes", "generate", str(MINUTES), "--template", str(agreement_template),
                                  "-o", str(tmp_path / "r.docx")])
    assert refused.exit_code == ExitCode.TEMPLATE and "lint-template --kind minutes" in refused.output


def test_a_batch_uses_the_template(runner, tmp_path):
    own = edited(init(runner, tmp_path / "egen.docx"), reword(PARTIES, OWN_PARTIES))
    results = generate.generate_batch([KOMMUNE, ROOT / "examples" / "fylkeskommune-aaremaal.yaml"],
                                      tmp_path / "ut", template=own)
    assert [r.ok for r in results] == [True, True]
    assert all(OWN_PARTIES in docx_text(Path(r.output).read_bytes()) for r in results)


def test_dump_prints_the_committed_dump_of_a_bundled_template(runner, tmp_path):
    own = init(runner, tmp_path / "egen.docx", "--lang", "nn")
    result = runner.invoke(cli, ["template", "dump", str(own)])
    assert result.output == (ROOT / "templates" / "arbeidsavtale.nn.txt").read_text(encoding="utf-8")
