"""The Word templates are the source of the wording: each guarded by its committed text dump,
the two language forms built alike, and nothing in tools/ that writes them."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from docx.oxml.ns import qn

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


# --- layout: headings keep with what follows, header rows repeat, signature blocks stay whole ----

def _document(data: bytes):
    import io

    import docx
    return docx.Document(io.BytesIO(data))


@pytest.mark.parametrize("name", TEMPLATES)
def test_headings_keep_with_the_next_paragraph(name):
    styles = _document(resources.template(name).read_bytes()).styles
    headings = [s for s in styles if s.type == 1 and s.name.lower().startswith("heading") and
                s.element.pPr is not None and s.element.pPr.find(qn("w:outlineLvl")) is not None]
    assert headings and all(s.paragraph_format.keep_with_next for s in headings)


@pytest.mark.parametrize("form", ["nb", "nn"])
def test_column_headings_of_the_minutes_tables_repeat_on_every_page(form):
    """… no row of theirs breaks across a page (so the heads stand above whole rows), and a theme's
    title row, a heading within the table, keeps with the row under it."""
    tables = _document(resources.template(f"referat.{form}.docx").read_bytes()).tables
    headed = [t for t in tables
              if t.rows[0]._tr.trPr is not None and t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None]
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for t in headed for r in t.rows)
    themes = [r for t in headed for r in t.rows if r.cells[0].text == "{{ theme.title }}"]  # the KS themes
    assert len(themes) == 2 and all(p.paragraph_format.keep_with_next for r in themes for p in r.cells[0].paragraphs)
    repeated = [tuple(c.text for c in t.rows[0].cells) for t in headed]
    heads = {"nb": [("Navn", "Rolle"), ("Mål", "Resultat", "Vurdering"),
                    ("Mål og forventning", "Hvordan det måles", "Forankring i vedtak"), ("Kriterium", "Vurdering")],
             "nn": [("Namn", "Rolle"), ("Mål", "Resultat", "Vurdering"),
                    ("Mål og forventning", "Korleis det vert målt", "Forankring i vedtak"), ("Kriterium", "Vurdering")]}
    assert repeated == heads[form]


@pytest.mark.parametrize("name", TEMPLATES)
def test_the_signature_block_is_never_split_across_pages(name):
    """No row of the signature table breaks, and each row keeps with the next: the heads, the
    lines and the names stay on one page."""
    rows = _document(resources.template(name).read_bytes()).tables[-1].rows
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in rows)
    assert all(p.paragraph_format.keep_with_next for r in rows[:-1] for c in r.cells for p in c.paragraphs)


def _signature_rows(data: bytes) -> list[tuple[str, str]]:
    return [(r.cells[0].text, r.cells[2].text) for r in _document(data).tables[-1].rows]


MINUTES_SIGNING = {
    "nb": (("For formannskapet", "Kommunedirektør"), "Sted og dato", "Navn og rolle",
           ("Kari Nordmann, ordfører", "Ola Åsmund Bø-Ødegård, kommunedirektør")),
    "nn": (("For formannskapet", "Kommunedirektør"), "Stad og dato", "Namn og rolle",
           ("Kari Nordmann, ordførar", "Ola Åsmund Bø-Ødegård, kommunedirektør")),
}


@pytest.mark.parametrize("form", ["nb", "nn"])
@pytest.mark.parametrize("filled", ["prefilled", "no mayor", "blank"])
def test_minutes_signature_blocks_print_name_and_role_under_lines_for_place_date_and_signature(
        tmp_path, form, filled):
    from agreements import generate, inputfile
    from conftest import write_yaml

    heads, place_date, label, names = MINUTES_SIGNING[form]
    source = ROOT / "examples" / f"referat-fjordvik{'-nn' if form == 'nn' else ''}.yaml"
    if filled == "no mayor":
        data = inputfile.read_input(source)
        data["participants"] = [p for p in data["participants"] if p["role"] != "ordfører"]
        source = write_yaml(tmp_path / "uten-ordfører.yaml", data)
        names = (label, names[1])
    elif filled == "blank":
        source, names = None, (label, label)
    made = generate.generate_minutes(source, tmp_path / "r.docx", form=form)
    assert _signature_rows(made.docx) == [heads, ("", ""), (place_date, place_date), ("", ""), names]
