"""The web's worker jobs: the same library results as the command line, from data and bytes."""

from __future__ import annotations

import pytest

from agreements import checker, generate, inputfile, resources
from agreements.problems import AgreementsError, ExitCode
from agreements.web import jobs
from agreements.web.limits import LIMITS


def _example(name: str) -> bytes:
    return resources.example(name).read_bytes()


@pytest.mark.parametrize("name", ["kommune-fast.yaml", "fylkeskommune-aaremaal-nn.yaml"])
def test_agreement_from_data_is_the_cli_agreement(name, tmp_path):
    (tmp_path / name).write_bytes(_example(name))
    made = jobs.agreement(inputfile.from_bytes(_example(name), name).data)
    assert made.result.ok and made.docx == generate.build(tmp_path / name).docx


def test_agreement_with_errors_has_no_document():
    data = inputfile.from_bytes(_example("kommune-fast.yaml"), "x.yaml").data
    del data["salary"]
    made = jobs.agreement(data)
    assert made.docx is None and [p.code for p in made.result.errors] == ["required"]


@pytest.mark.parametrize("raw, code", [(b"a: [", "syntax_error"), (b"PK\x03\x04" + b"\0" * 40, "input_is_document"),
                                       (b"x" * (inputfile.MAX_INPUT_BYTES + 1), "input_too_large")])
def test_unreadable_input_file(raw, code):
    with pytest.raises(AgreementsError) as caught:
        jobs.agreement_from_file(raw, "in.yaml")
    assert caught.value.exit_code == ExitCode.UNREADABLE and caught.value.problems[0].code == code


def test_check_is_the_cli_check():
    path = "tests/corpus/blind/agreements-r6/myrvoll-arbeidsavtale.docx"
    with open(path, "rb") as f:
        raw = f.read()
    got, want = jobs.check(raw, "x.docx"), checker.check_file(path)
    assert [r.status for r in got.clauses] == [r.status for r in want.clauses]


def test_check_refuses_over_the_web_limit():
    with pytest.raises(AgreementsError) as caught:
        jobs.check(b"PK" + b"\0" * LIMITS["docx_bytes"], "big.docx")
    assert caught.value.exit_code == ExitCode.TOO_LARGE


def test_blank_minutes():
    made = jobs.minutes(None, kind="fylkeskommune", form="nn")
    assert made.docx[:2] == b"PK" and made.result.problems == []
