"""The Word templates are the source of the wording: each guarded by its committed text dump,
the two language forms built alike, and nothing in tools/ that writes them."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from agreements import minutes, resources, wordxml
from conftest import ROOT

TEMPLATES = ["arbeidsavtale.nb.docx", "arbeidsavtale.nn.docx", "referat.nb.docx", "referat.nn.docx"]
REFRESH = "python tools/dump_templates.py"


def _outline(name: str) -> str:
    return wordxml.outline(resources.template(name).read_bytes(), name)


@pytest.mark.parametrize("name", TEMPLATES)
def test_template_and_its_dump_agree(name):
    """templates/NAME.txt is the reviewable text of templates/NAME.docx. After an edit of the
    template in Word, refresh the dumps with the command below and review their diff."""
    dump = ROOT / "templates" / name.replace(".docx", ".txt")
    assert _outline(name) == dump.read_text(encoding="utf-8"), f"refresh with: {REFRESH}"


def _shape(line: str) -> tuple:
    """What both language forms share in a line of the dump: its indent and style (the guidance
    style has a name in each form), and its control tags ({% %}), which decide what is written."""
    line = line.replace(f"[{minutes.GUIDANCE_STYLES['nn']}]", f"[{minutes.GUIDANCE_STYLES['nb']}]")
    return re.match(r"\s*(?:\[[^\]]*\])?", line).group(0), re.findall(r"\{%.*?%\}", line)


@pytest.mark.parametrize("stem", ["arbeidsavtale", "referat"])
def test_bokmaal_and_nynorsk_templates_have_the_same_structure(stem):
    """Paragraph for paragraph the same styles, tables and conditions in both language forms."""
    nb, nn = (_outline(f"{stem}.{form}.docx").splitlines() for form in ("nb", "nn"))
    assert len(nb) == len(nn)
    assert [(i, a) for i, (a, b) in enumerate(zip(nb, nn)) if _shape(a) != _shape(b)] == []


def test_the_refresh_command_reports_a_stale_dump_and_never_writes_a_template(tmp_path):
    for name in TEMPLATES[:1]:
        (tmp_path / name).write_bytes(resources.template(name).read_bytes())
    before = (tmp_path / TEMPLATES[0]).read_bytes()
    command = [sys.executable, str(ROOT / "tools" / "dump_templates.py")]
    check = subprocess.run([*command, "--check", str(tmp_path)], capture_output=True, text=True)
    assert check.returncode == 1 and "arbeidsavtale.nb.txt" in check.stdout
    assert subprocess.run([*command, str(tmp_path)], capture_output=True).returncode == 0
    assert subprocess.run([*command, "--check", str(tmp_path)], capture_output=True).returncode == 0
    assert (tmp_path / "arbeidsavtale.nb.txt").read_text(encoding="utf-8") == _outline(TEMPLATES[0])
    assert (tmp_path / TEMPLATES[0]).read_bytes() == before


def test_tools_hold_no_wording():
    """tools/ writes no template: the wording lives in the .docx files only."""
    sources = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "tools").glob("*.py")}
    assert "build_templates.py" not in sources
    assert [name for name, text in sources.items() if "arbeidstaker" in text.lower() or ".save(" in text] == []


CATALOGUE = resources.load_yaml("clauses.yaml")["clauses"]


def _sections(name: str) -> list[tuple[str, str | None]]:
    """(heading, the condition of the «{%p if … %}» that opens right before it, or None) for each
    section heading in the body of an agreement template."""
    lines = _outline(name).split("\n== ")[0].splitlines()
    out = []
    for before, line in zip([""] + lines, lines):
        if line.startswith("[heading 1] "):
            opened = re.fullmatch(r"\[[^\]]*\] \{%p if (.+?) %\}", before)
            out.append((line.removeprefix("[heading 1] "), opened.group(1) if opened else None))
    return out


@pytest.mark.parametrize("form", ["nb", "nn"])
def test_each_section_is_a_clause_and_its_condition_is_the_catalogues(form):
    """The headings are the catalogue's titles in its order, and a section is conditional exactly
    when its clause has `when` in the catalogue, on «agreed.<id>» (context.agreed): the condition
    itself is written only in the catalogue."""
    expected = [(c["title"][form], f"agreed.{c['id']}" if "when" in c else None) for c in CATALOGUE]
    assert _sections(f"arbeidsavtale.{form}.docx") == expected


def test_agreed_follows_the_catalogue_conditions(kommune_doc):
    from agreements import context, validation

    ctx = context.build(validation.validate(kommune_doc).document)
    assert ctx["agreed"] == {c["id"]: bool(ctx[c["when"]]) for c in CATALOGUE if "when" in c}
    assert ctx["agreed"]["probation"] and not ctx["agreed"]["fixed_term"]
