"""`agreements extract`: an input file prefilled from a draft, every value it cannot read left as a
to-do that validate names; extract → fill in the to-dos → generate → check passes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agreements import checker, extract, generate, inputfile, validation
from cli import cli
from conftest import set_path

BLIND = Path(__file__).parent / "corpus" / "blind"
# three drafts in different styles: headings (bokmål), one big table (nynorsk), bold labels with åremål
DRAFTS = ["agreements-r5/nordre-lia-arbeidsavtale-2025.docx", "agreements-r5/vikafjord-arbeidsavtale-nn.docx",
          "agreements-r6/kvitbergen-arbeidsavtale.docx"]
FILL = {"street": "Rådhusgata 1", "postal_code": "6900", "city": "Fjordvik", "name": "Kari Nordmann",
        "place": "Fjordvik", "renewable": True, "years": 6, "payment_day": 12, "consent": True,
        "institution": "KLP", "months": 6, "case_number": "PS 1/2025", "date": dt.date(2025, 1, 10),
        "annual": 1_000_000, "org_number": "964 000 018"}


def _extracted(draft: str):
    text, todos = extract.extract_bytes((BLIND / draft).read_bytes(), draft)
    parsed = inputfile.parse(text, draft, "yaml")
    return parsed, todos


@pytest.mark.parametrize("draft", DRAFTS)
def test_validate_names_exactly_the_to_dos(draft):
    parsed, todos = _extracted(draft)
    result = validation.validate(parsed.data, parsed.written)
    assert todos and sorted(p.path for p in result.errors) == sorted(todos)


@pytest.mark.parametrize("draft", DRAFTS)
def test_extract_fill_in_generate_and_the_check_passes(draft):
    parsed, todos = _extracted(draft)
    data = parsed.data
    for path in todos:
        set_path(data, ".".join(path), FILL[path[-1]])
    result = validation.validate(data)
    assert result.ok, [p.code for p in result.errors]
    report = checker.check_bytes(generate.render_document(result.document), draft)
    assert report.passed(), [c.id for c in report.failing()]


@pytest.mark.parametrize("draft,path,value", [
    ("agreements-r5/nordre-lia-arbeidsavtale-2025.docx", ("salary", "annual"), 1290000),
    ("agreements-r5/nordre-lia-arbeidsavtale-2025.docx", ("start_date",), dt.date(2025, 9, 1)),
    ("agreements-r5/nordre-lia-arbeidsavtale-2025.docx", ("employer", "name"), "Nordre Lia kommune"),
    ("agreements-r6/kvitbergen-arbeidsavtale.docx", ("employment", "form"), "åremål"),
    ("agreements-r6/kvitbergen-arbeidsavtale.docx", ("fixed_term", "years"), 6),
    ("agreements-r5/vikafjord-arbeidsavtale-nn.docx", ("language",), "nn"),
])
def test_values_the_draft_states_are_taken(draft, path, value):
    node = _extracted(draft)[0].data
    for key in path:
        node = node[key]
    assert node == value


def test_the_command_writes_the_file_and_never_over_one(tmp_path):
    from click.testing import CliRunner
    out = tmp_path / "inndata.yaml"
    args = ["extract", str(BLIND / DRAFTS[0]), "-o", str(out)]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0 and out.read_text(encoding="utf-8").startswith("# Inndata hentet fra")
    assert "felt må fylles inn" in first.output
    assert CliRunner().invoke(cli, args).exit_code == 4
    assert CliRunner().invoke(cli, args + ["--force"]).exit_code == 0


@pytest.mark.parametrize("draft", DRAFTS)
def test_stated_leaves_out_exactly_the_to_dos(draft):
    parsed, todos = _extracted(draft)
    stated = extract.stated((BLIND / draft).read_bytes(), draft)
    assert sorted(p.path for p in validation.validate(stated).errors) == sorted(todos)
