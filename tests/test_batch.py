"""Batch generation: identical bytes to single generation, failures isolated, no partial files."""

from __future__ import annotations

import shutil

import pytest

from agreements import generate
from agreements.problems import ExitCode
from cli import cli
from conftest import EXAMPLES


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for example in EXAMPLES:
        shutil.copy(example, folder / example.name)
    return folder


@pytest.mark.parametrize("jobs", [1, 2])
def test_batch_output_is_byte_identical_to_single_generation(tmp_path, inputs, jobs):
    results = generate.generate_batch([inputs], tmp_path / "out", jobs=jobs)
    assert all(r.ok for r in results) and len(results) == len(EXAMPLES)
    for example in EXAMPLES:
        single = tmp_path / f"single-{example.stem}.docx"
        generate.generate(example, single)
        assert (tmp_path / "out" / f"{example.stem}.docx").read_bytes() == single.read_bytes()


def test_a_failing_input_leaves_the_others_intact(runner, tmp_path, inputs):
    (inputs / "ødelagt.yaml").write_text("language: nb\n", encoding="utf-8")
    (inputs / "syntaks.yaml").write_text("language: [nb\n", encoding="utf-8")
    result = runner.invoke(cli, ["generate", "--batch", str(inputs), "-o", str(tmp_path / "out"), "--jobs", "1"])
    assert result.exit_code == ExitCode.UNREADABLE  # the highest code among the failures
    assert "Laget: 4, feilet: 2" in result.output and "ødelagt.yaml:" in result.output
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == sorted(f"{e.stem}.docx" for e in EXAMPLES)  # nothing partial, nothing for failures


def test_a_fault_met_by_one_input_does_not_stop_the_batch(tmp_path, inputs, monkeypatch):
    real = generate.render_document

    def fails_for_one(document):
        if (document["language"], document["employer"]["kind"]) == ("nn", "kommune"):
            raise RuntimeError("a bug")
        return real(document)

    monkeypatch.setattr(generate, "render_document", fails_for_one)
    results = generate.generate_batch([inputs], tmp_path / "out", jobs=1)
    failed = [r for r in results if not r.ok]
    assert [(r.exit_code, r.problems[0].code) for r in failed] == [(ExitCode.INTERNAL, "internal_error")]
    assert len(list((tmp_path / "out").iterdir())) == len(EXAMPLES) - 1


def test_existing_outputs_are_not_overwritten(tmp_path, inputs):
    out = tmp_path / "out"
    out.mkdir()
    (out / "kommune-fast.docx").write_bytes(b"brukerens fil")
    results = {r.source.rsplit("/", 1)[-1]: r for r in generate.generate_batch([inputs], out)}
    assert results["kommune-fast.yaml"].exit_code == ExitCode.OUTPUT
    assert (out / "kommune-fast.docx").read_bytes() == b"brukerens fil"


def test_inputs_that_would_share_an_output_name_are_refused(runner, tmp_path, inputs):
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(EXAMPLES[0], other / EXAMPLES[0].name)
    result = runner.invoke(cli, ["generate", "--batch", str(inputs), str(other), "-o", str(tmp_path / "out")])
    assert result.exit_code == ExitCode.OUTPUT and "samme utfil" in result.output


def test_several_inputs_need_batch(runner, tmp_path):
    result = runner.invoke(cli, ["generate", str(EXAMPLES[0]), str(EXAMPLES[1]), "-o", str(tmp_path / "a.docx")])
    assert result.exit_code == ExitCode.USAGE
