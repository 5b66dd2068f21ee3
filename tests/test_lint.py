"""Template lint: the bundled templates are clean; each kind of defect is found."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from agreements import generate, lint, minutes, resources
from cli import cli


def _bundled(name: str = "arbeidsavtale.nb.docx") -> bytes:
    return resources.template(name).read_bytes()


def _edit(change, name: str = "arbeidsavtale.nb.docx") -> bytes:
    with zipfile.ZipFile(io.BytesIO(_bundled(name))) as zin:
        files = {n: zin.read(n) for n in zin.namelist()}
    files["word/document.xml"] = change(files["word/document.xml"].decode("utf-8")).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for name, data in files.items():
            zout.writestr(name, data)
    return out.getvalue()


BUNDLED = [(n, "agreement") for n in generate.TEMPLATES.values()] + [(n, "minutes") for n in minutes.TEMPLATES.values()]


@pytest.mark.parametrize("name,kind", BUNDLED)
def test_bundled_templates_are_clean(name, kind):
    assert lint.lint(resources.template(name).read_bytes(), name, kind) == []


def codes(data: bytes, kind: str = "agreement") -> set[tuple[str, str]]:
    return {(f.code, f.severity) for f in lint.lint(data, "mal.docx", kind)}


CASES = [
    (lambda x: x.replace("{{ employee.name }}", "{{ employee.nam</w:t></w:r><w:r><w:t>e }}", 1),
     ("lint_split_tag", "error")),
    (lambda x: x.replace("{% if cv_consent %}", "{% if cv_consent == “ja” %}", 1), ("lint_smart_quotes", "error")),
    (lambda x: x.replace("{{ start_date }}", "{{ start_dato }}", 1), ("lint_unknown_variable", "error")),
    (lambda x: x.replace("{{ employer.orgnr }}", "", 1), ("lint_unused_field", "warning")),
    (lambda x: re.sub(r"Taushetsplikten gjelder[^<]*", "", re.sub(r"Arbeidstakeren har taushetsplikt[^<]*", "Tekst.", x)),
     ("lint_clause_not_produced", "error")),
    (lambda x: x.replace("{% if cv_consent %}", "{% if cv_consent %", 1), ("lint_syntax", "error")),
]


@pytest.mark.parametrize("change,expected", CASES, ids=[c[1][0] for c in CASES])
def test_defect_is_found(change, expected):
    assert expected in codes(_edit(change))


MINUTES_CASES = [
    (lambda x: x.replace("{{ facts.place }}", "{{ facts.sted }}", 1), ("lint_unknown_variable", "error")),
    (lambda x: x.replace("{{ facts.place }}", "", 1), ("lint_unused_field", "warning")),
    # the heading renamed and the measures no longer written: the part cannot be produced
    (lambda x: x.replace("4 Utviklingstiltak for", "4 Annet for", 1).replace("{%p if measures %}", "{%p if false %}", 1)
     .replace("{%p if not measures %}", "{%p if false %}", 1), ("lint_clause_not_produced", "error")),
]


@pytest.mark.parametrize("change,expected", MINUTES_CASES, ids=[c[1][0] for c in MINUTES_CASES])
def test_defect_in_a_minutes_template_is_found(change, expected):
    assert expected in codes(_edit(change, "referat.nb.docx"), "minutes")


def test_jinja_globals_are_not_taken_for_input():
    assert lint._used_paths("{% for _ in range(rows) %}{{ dict(a=1) }}{{ t.x }}{% endfor %}") == {"rows", "t.x"}


def test_unused_field_names_the_field():
    found = lint.lint(_edit(lambda x: x.replace("{{ employer.orgnr }}", "", 1)), "mal.docx")
    assert [f.params["field"] for f in found if f.code == "lint_unused_field"] == ["employer.org_number"]


def test_cli_exit_codes(runner, tmp_path):
    assert runner.invoke(cli, ["lint-template"]).exit_code == 0
    broken = tmp_path / "mal.docx"
    broken.write_bytes(_edit(lambda x: x.replace("{{ start_date }}", "{{ start_dato }}", 1)))
    result = runner.invoke(cli, ["lint-template", str(broken)])
    assert result.exit_code == 1 and "start_dato" in result.output
    assert runner.invoke(cli, ["lint-template", str(tmp_path / "borte.docx")]).exit_code == 3
    minutes_template = tmp_path / "referat.docx"
    minutes_template.write_bytes(_bundled("referat.nb.docx"))
    assert runner.invoke(cli, ["lint-template", "--kind", "minutes", str(minutes_template)]).exit_code == 0
    assert runner.invoke(cli, ["lint-template", str(minutes_template)]).exit_code == 1


def test_a_word_file_without_a_body_is_a_template_fault(runner, tmp_path):
    empty = tmp_path / "tom.docx"
    empty.write_bytes(_edit(lambda x: re.sub(r"<w:body>.*</w:body>", "", x, flags=re.S)))
    result = runner.invoke(cli, ["lint-template", str(empty)])
    assert result.exit_code == 6 and "w:body" in result.output
