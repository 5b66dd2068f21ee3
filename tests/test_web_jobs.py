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


def test_agreement_preview_is_the_agreements_text():
    made, blocks = jobs.agreement_preview(inputfile.from_bytes(_example("kommune-fast.yaml"), "x.yaml").data)
    assert made.result.ok and blocks[0].text == "Arbeidsavtale"


def test_agreement_preview_of_invalid_data_has_no_blocks():
    made, blocks = jobs.agreement_preview({"language": "nb"})
    assert not made.result.ok and blocks == []


def test_agreement_input_is_what_validate_says():
    data, result = jobs.agreement_input(b"language: nb\nsalary: {annual: 10}\n", "in.yaml")
    assert data["salary"] == {"annual": 10} and "min_value" in {p.code for p in result.errors}


def test_agreement_input_quotes_what_yaml_typed():
    _, result = jobs.agreement_input(b"language: nb\nemployer: {address: {postal_code: 0404}}\n", "in.yaml")
    assert "text_read_as_leading_zero" in {p.code for p in result.errors}


def test_agreement_from_draft_states_what_the_draft_says():
    path = "tests/corpus/blind/agreements-r5/nordre-lia-arbeidsavtale-2025.docx"
    with open(path, "rb") as f:
        data, result = jobs.agreement_from_draft(f.read(), "x.docx")
    assert data["employer"]["name"] == "Nordre Lia kommune" and not result.ok


def test_agreement_from_draft_refuses_over_the_web_limit():
    with pytest.raises(AgreementsError) as caught:
        jobs.agreement_from_draft(b"PK" + b"\0" * LIMITS["docx_bytes"], "big.docx")
    assert caught.value.exit_code == ExitCode.TOO_LARGE


def test_minutes_from_agreement_is_the_cli_merge():
    data = jobs.minutes_from_agreement(_example("kommune-fast.yaml"), "avtale.yaml")
    assert data["chief_executive"]["name"] == "Ola Åsmund Bø-Ødegård" and data["salary_talk"]["current_salary"] == 1250000


def test_minutes_from_an_invalid_agreement_raises_its_problems():
    with pytest.raises(AgreementsError) as caught:
        jobs.minutes_from_agreement(b"language: nb\n", "avtale.yaml")
    assert caught.value.exit_code == ExitCode.INVALID and "required" in {p.code for p in caught.value.problems}


def test_next_minutes_is_the_cli_next_input():
    parsed = inputfile.from_bytes(_example("referat-fjordvik.yaml"), "referat.yaml")
    assert jobs.next_minutes(parsed.data, "referat.yaml") == generate.next_minutes_input(parsed, "referat.yaml")[0]
