"""Minutes of the development dialogue: validation, rendering (prefilled, blank, salary talk),
continuity to next year, the minutes check, and LibreOffice opening the result."""

from __future__ import annotations

import copy
import datetime as dt
import os

import pytest
import yaml

from agreements import checker, generate, inputfile, minutes
from agreements.problems import ExitCode
from cli import cli
from conftest import DELETE, ROOT, docx_text, set_path, soffice_or_skip, write_yaml
from corpus.minutes_drafts import MINUTES_ORDER

EXAMPLE = ROOT / "examples" / "referat-fjordvik.yaml"
AGREEMENT = ROOT / "examples" / "kommune-fast.yaml"
GOLDEN = ROOT / "tests" / "golden"


@pytest.fixture
def mdoc() -> dict:
    return copy.deepcopy(inputfile.read_input(EXAMPLE))


def problems(doc):
    return {(p.code, p.dotted, p.severity.value) for p in minutes.validate(doc).problems}


def test_example_is_valid_without_warnings(mdoc):
    assert minutes.validate(mdoc).problems == []


E, W = "error", "warning"
PEOPLE = [{"name": "A", "role": "ordfører"}, {"name": "B", "role": "varaordfører"},
          {"name": "C", "role": "folkevalgt"}, {"name": "D", "role": "referent"}]
CASES = [
    ("participants", [], ("participants_empty", "participants", E)),
    ("participants", PEOPLE + [{"name": "a", "role": "annen"}], ("duplicate_participant", "participants.4.name", E)),
    ("participants", PEOPLE + [{"name": "X", "role": "ordfører"}], ("duplicate_role", "participants", E)),
    ("participants", PEOPLE[1:], ("ks_minutes_mayor", "participants", W)),
    ("participants", [PEOPLE[0], PEOPLE[2], PEOPLE[3]], ("ks_minutes_deputy", "participants", W)),
    ("participants", PEOPLE[:2] + PEOPLE[3:], ("ks_minutes_third", "participants", W)),
    ("participants", PEOPLE + [{"name": f"F{i}", "role": "folkevalgt"} for i in range(3)],
     ("ks_minutes_size", "participants", W)),
    ("participants", PEOPLE[:3], ("minutes_no_minute_taker", "participants", W)),
    ("participants.0.role", "sjef", ("not_allowed", "participants.0.role", E)),
    ("meeting.date", dt.date(2026, 12, 1), ("meeting_before_period", "meeting.date", E)),
    ("period.end", dt.date(2026, 6, 1), ("period_reversed", "period.end", E)),
    ("body", {"kind": "utvalg", "name": "arbeidsgiverutvalget"}, ("committee_decision_required", "body.decision", E)),
    ("body", {"kind": "utvalg", "decision": "PS 1/2027"}, ("committee_name_required", "body.name", E)),
    ("new_goals.economy.0.goal", DELETE, ("required", "new_goals.economy.0.goal", E)),
    ("new_goals.culture", [], ("unknown_field", "new_goals.culture", E)),
    ("salary_talk.current_salary", "mye", ("type_amount", "salary_talk.current_salary", E)),
    ("meeting.place", "", ("empty", "meeting.place", E)),
]


@pytest.mark.parametrize("field,value,expected", CASES, ids=[f"{c[2][0]}:{c[0]}" for c in CASES])
def test_rule(mdoc, field, value, expected):
    assert expected in problems(set_path(mdoc, field, value))


@pytest.mark.parametrize("variant,args", [
    ("referat-prefilled", ["minutes", "generate", str(EXAMPLE)]),
    ("referat-blank", ["minutes", "generate", "--blank", "--kind", "fylkeskommune"]),
    ("referat-salary-talk", ["minutes", "generate", str(EXAMPLE), "--salary-talk"]),
])
def test_golden_text(runner, tmp_path, variant, args):
    out = tmp_path / f"{variant}.docx"
    result = runner.invoke(cli, args + ["-o", str(out)])
    assert result.exit_code == 0, result.output
    text = docx_text(out.read_bytes())
    golden = GOLDEN / f"{variant}.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_blank_template_uses_kind_words_and_guidance(runner, tmp_path):
    out = tmp_path / "b.docx"
    runner.invoke(cli, ["minutes", "generate", "--blank", "--kind", "fylkeskommune", "-o", str(out)])
    text = docx_text(out.read_bytes())
    assert "fylkesordføreren, fylkesvaraordføreren" in text and "For fylkesutvalget" in text
    assert "Slett veiledningstekstene" in text and "Lønnssamtale" not in text


@pytest.fixture
def small(tmp_path):
    """A minutes input with only what the agreement cannot supply."""
    return write_yaml(tmp_path / "m.yaml", {
        "meeting": {"date": "2027-11-10", "place": "Rådhuset"},
        "period": {"start": "2027-01-01", "end": "2027-12-31"},
        "participants": PEOPLE})


def test_prefilled_rows_and_empty_rows(mdoc):
    ctx = minutes.build_context(minutes.validate(mdoc).document, salary_talk=False)
    rows = {r["title"]: (len(r["goals"]), r["empty_rows"]) for r in ctx["results"]}
    assert rows["Økonomi"] == (1, 0) and rows["Brukere av tjenester"] == (0, 2)


def test_agreement_fills_the_shared_facts(runner, tmp_path, small):
    out = tmp_path / "m.docx"
    result = runner.invoke(cli, ["minutes", "generate", str(small), "--agreement", str(AGREEMENT),
                                 "--salary-talk", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = docx_text(out.read_bytes()).replace("\u00a0", " ")
    assert "Ola Åsmund Bø-Ødegård, kommunedirektør" in text and "1 250 000 kr" in text
    assert "Lønnen fastsettes av formannskapet" in text


def test_input_or_blank_is_required(runner, tmp_path):
    assert runner.invoke(cli, ["minutes", "generate", "-o", str(tmp_path / "x.docx")]).exit_code == ExitCode.USAGE


def test_next_year_moves_new_goals_to_results(runner, tmp_path, mdoc):
    out = tmp_path / "next.yaml"
    result = runner.invoke(cli, ["minutes", "next", str(EXAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    proposal = inputfile.read_input(out)
    assert proposal["previous_goals"]["economy"][0]["goal"] == mdoc["new_goals"]["economy"][0]["goal"]
    assert "new_goals" not in proposal and "self_evaluation" not in proposal
    assert (proposal["period"]["start"], proposal["period"]["end"]) == (dt.date(2028, 1, 1), dt.date(2028, 12, 31))
    assert proposal["meeting"]["date"] == dt.date(2028, 11, 10)
    assert minutes.validate(proposal).ok
    assert runner.invoke(cli, ["minutes", "next", str(EXAMPLE), "-o", str(out)]).exit_code == ExitCode.OUTPUT


def test_next_year_carries_the_new_salary(mdoc):
    set_path(mdoc, "salary_talk.new_salary", 1300000)
    proposal = minutes.next_period(minutes.validate(mdoc).document)
    assert proposal["salary_talk"] == {"current_salary": 1300000, "body": "formannskapet"}
    assert yaml.safe_load(inputfile.to_yaml(proposal, "x"))["salary_talk"]["current_salary"] == 1300000


def test_filled_minutes_pass_the_minutes_check(tmp_path):
    out = tmp_path / "r.docx"
    generate.generate_minutes(EXAMPLE, out)
    report = checker.check_file(out, "minutes")
    assert report.passed() and all(c.status == "present" for c in report.clauses)


@pytest.mark.parametrize("kind,form", [("kommune", "nb"), ("fylkeskommune", "nb"), ("kommune", "nn")])
def test_a_blank_minutes_template_fails_with_every_part_reported(tmp_path, kind, form):
    out = tmp_path / "blank.docx"
    generate.generate_minutes(None, out, kind=kind, form=form)
    report = checker.check_file(out, "minutes")
    assert not report.passed()
    assert {(c.id, c.status, tuple(c.notes)) for c in report.clauses} == \
        {(cid, "missing", ("no_content",)) for cid in MINUTES_ORDER}


def test_minutes_check_finds_missing_parts(runner, tmp_path):
    from corpus.docxwriter import Doc
    d = Doc(split_runs=False)
    d.add(d.heading("Referat"), d.heading("Oppsummering av resultatoppnåelse"),
          d.para("Målene for økonomi og medarbeidere er nådd."))
    path = tmp_path / "tynt.docx"
    path.write_bytes(d.to_bytes())
    result = runner.invoke(cli, ["check", "--kind", "minutes", str(path), "--format", "json"])
    data = yaml.safe_load(result.output)
    status = {c["id"]: c["status"] for c in data["clauses"]}
    assert result.exit_code == 1 and data["kind"] == "minutes"
    assert status["results_summary"] == "present" and status["new_goals"] == "missing"
    assert status["theme_users"] == "missing"


@pytest.mark.libreoffice
@pytest.mark.parametrize("source", [EXAMPLE, ROOT / "examples" / "referat-fjordvik-nn.yaml"], ids=["nb", "nn"])
def test_minutes_open_in_libreoffice(tmp_path, source):
    soffice_or_skip()
    from test_libreoffice import pdf_text
    made = generate.generate_minutes(source, tmp_path / "r.docx", with_pdf=True)
    text = pdf_text(made.pdf)
    assert "Fjordvik kommune" in text and "Ola Åsmund Bø-Ødegård" in text and "10. november 2027" in text
    assert "Innovasjon, læring og utvikling" in text


def test_agreement_salary_only_with_the_salary_talk(runner, tmp_path, small):
    out = tmp_path / "m.docx"
    assert runner.invoke(cli, ["minutes", "generate", str(small), "--agreement", str(AGREEMENT),
                               "-o", str(out)]).exit_code == 0
    assert "Lønnssamtale" not in docx_text(out.read_bytes())


def test_digit_groups_in_minutes_free_text(mdoc):
    set_path(mdoc, "self_evaluation", ["Innsparing på 1 100 000 kr i 2027."])
    ctx = minutes.build_context(minutes.validate(mdoc).document, salary_talk=False)
    assert ctx["self_evaluation"] == ["Innsparing på 1\u00a0100\u00a0000\u00a0kr i 2027."]


# --- guidance in the minutes templates ------------------------------------------------------------

def _guidance_source(lang: str) -> list[str]:
    """The guidance the template itself holds: every paragraph between «{%p if blank %}» and its
    «{%p endif %}» (the text only a blank template shows), as written in the template."""
    from agreements import resources, wordxml

    lines = wordxml.outline(resources.template(minutes.TEMPLATES[lang]).read_bytes()).splitlines()
    out, inside = [], False
    for line in lines:
        text = line.split("] ", 1)[1] if "] " in line else ""
        if text == "{%p if blank %}":
            inside = True
        elif text == "{%p endif %}":
            inside = False
        elif inside:
            out.append(text)
    return out


def _paragraphs(data: bytes) -> list[tuple[str, str]]:
    """(style, text) of every paragraph with text, body and table cells; the style is the
    paragraph style's name, with «+run formatting» when a run has a character style or direct
    formatting of its own."""
    import io

    import docx
    document = docx.Document(io.BytesIO(data))
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs += cell.paragraphs
    return [(p.style.name + ("+run formatting" if any(r._r.rPr is not None for r in p.runs) else ""),
             p.text) for p in paragraphs if p.text.strip()]


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_guidance_template_style_exists(lang):
    """Each minutes template has the guidance paragraph style of its own language form: italic,
    based on Normal."""
    import io

    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from agreements import resources
    styles = docx.Document(io.BytesIO(resources.template(minutes.TEMPLATES[lang]).read_bytes())).styles
    names = {s.name for s in styles}
    style = styles[minutes.GUIDANCE_STYLES[lang]]
    assert style.type == WD_STYLE_TYPE.PARAGRAPH and style.base_style.name == "Normal" and style.font.italic
    assert "Guidance" not in names and set(minutes.GUIDANCE_STYLES.values()) & names == {style.name}


@pytest.mark.parametrize("lang", ["nb", "nn"])
@pytest.mark.parametrize("kind", ["kommune", "fylkeskommune"])
def test_every_guidance_paragraph_has_the_guidance_style(tmp_path, lang, kind):
    """Every paragraph of guidance in the template (shown only when blank) has the guidance style
    and only it, and nothing else has it: not in the blank template, and nowhere in prefilled minutes."""
    import jinja2
    ctx = minutes.build_context(None, salary_talk=True, kind=kind, lang=lang)
    written = _guidance_source(lang)
    assert len(written) == 7  # the introduction and one under each of six headings
    guidance = {jinja2.Template(text).render(ctx) for text in written}
    style = minutes.GUIDANCE_STYLES[lang]
    made = generate.generate_minutes(None, tmp_path / "b.docx", salary_talk=True, kind=kind, form=lang)
    blank = _paragraphs(made.docx)
    assert sorted(text for s, text in blank if s == style) == sorted(guidance)
    assert [(s, text) for s, text in blank if text in guidance and s != style] == []
    source = ROOT / "examples" / ("referat-fjordvik-nn.yaml" if lang == "nn" else "referat-fjordvik.yaml")
    prefilled = _paragraphs(generate.generate_minutes(source, tmp_path / "p.docx", salary_talk=True).docx)
    assert [text for s, text in prefilled if s == style or text in guidance] == []


@pytest.mark.parametrize("command", ["generate", "validate"])
def test_agreement_for_another_employer_is_refused(runner, tmp_path, small, command):
    """Minutes that name one employer cannot take their facts from another employer's agreement."""
    data = yaml.safe_load(small.read_text(encoding="utf-8"))
    data["employer"] = {"kind": "kommune", "name": "Nordvik kommune"}
    write_yaml(small, data)
    out = tmp_path / "m.docx"
    args = ["minutes", command, str(small), "--agreement", str(AGREEMENT)]
    args += ["-o", str(out)] if command == "generate" else []
    result = runner.invoke(cli, args)
    assert result.exit_code == ExitCode.INVALID and not out.exists()
    assert all(word in result.output for word in ("employer.name", "Nordvik kommune", "Fjordvik kommune"))


def test_agreement_for_the_same_employer_however_written(tmp_path, small):
    data = yaml.safe_load(small.read_text(encoding="utf-8"))
    data["employer"] = {"kind": "kommune", "name": " fjordvik  Kommune"}
    write_yaml(small, data)
    result = generate.validate_minutes_file(small, AGREEMENT)
    assert [p.code for p in result.problems if p.is_error] == []


def test_other_employer_problem(small, tmp_path):
    data = yaml.safe_load(small.read_text(encoding="utf-8"))
    data["employer"] = {"kind": "kommune", "name": "Nordvik kommune"}
    result = generate.validate_minutes_file(write_yaml(small, data), AGREEMENT)
    problem = [p for p in result.problems if p.is_error]
    assert [(p.code, p.dotted, p.params) for p in problem] == [
        ("minutes_other_employer", "employer.name",
         {"minutes_employer": "Nordvik kommune", "agreement_employer": "Fjordvik kommune",
          "agreement": str(AGREEMENT)})]


@pytest.mark.parametrize("source,lang_option", [
    (EXAMPLE, ""), (ROOT / "examples" / "referat-fjordvik-nn.yaml", " --lang nn")], ids=["nb", "nn"])
def test_example_commands_are_true_where_the_user_saved_it(source, lang_option):
    """`minutes example` prints this file into the user's folder: its commands name it as the
    README saves it (no path into the project), and next year's file is named for next year."""
    import re
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    saved = re.findall(rf"agreements minutes example{lang_option} -o (referat\S+)", readme)
    comments = "\n".join(line for line in source.read_text(encoding="utf-8").splitlines() if line.startswith("#"))
    commands = {verb: (given, out) for verb, given, out in
                re.findall(r"agreements minutes (generate|next) (\S+) -o (\S+)", comments)}
    year = inputfile.read_input(source)["meeting"]["date"].year
    assert set(saved) == {f"referat-{year}.yaml"} and "examples/" not in comments
    assert commands == {"generate": (saved[0], f"referat-{year}.docx"),
                        "next": (saved[0], f"referat-{year + 1}.yaml")}
