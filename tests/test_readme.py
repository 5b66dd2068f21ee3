"""The README stays true: two quickstart commands, the CI runs the test one, every field documented."""

from __future__ import annotations

import re

from agreements import resources
from conftest import ROOT, TEST_COMMAND

README = (ROOT / "README.md").read_text(encoding="utf-8")


def quickstart() -> list[str]:
    section = README.split("## Hurtigstart", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, re.S)]


def test_quickstart_has_exactly_two_commands():
    setup_and_run, tests = quickstart()
    assert "agreements generate examples/" in setup_and_run
    assert (ROOT / setup_and_run.split("generate ")[1].split()[0]).is_file()
    assert tests == TEST_COMMAND  # editable: the tests run this checkout's modules, templates and schemas


def test_ci_runs_the_readme_test_command():
    assert quickstart()[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_the_pdf_font_is_named_in_readme_and_installed_by_ci():
    """The PDF/A embeds Carlito for the templates' Calibri (agreements/pdf.py): README names the
    Debian package, and CI installs it."""
    from agreements import pdf

    assert pdf.FONT_SUBSTITUTES == {"Calibri": "Carlito"}
    assert "fonts-crosextra-carlito" in README
    assert "missing+=(fonts-crosextra-carlito)" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _field_names(schema: dict) -> set[str]:
    names = set()
    for key, rule in schema.items():
        names.add(key)
        inner = rule.get("schema")
        if isinstance(inner, dict) and "schema" in inner and rule.get("type") == "list":
            inner = inner["schema"]
        if isinstance(inner, dict) and rule.get("type") in ("dict", "list"):
            names |= _field_names(inner) if all(isinstance(v, dict) for v in inner.values()) else set()
    return names


def test_every_input_field_is_in_the_readme():
    fields = _field_names(resources.load_yaml("agreement.yaml")["schema"])
    assert len(fields) > 50
    missing = {f for f in fields if not re.search(rf"[`.]{re.escape(f)}\b", README)}
    assert missing == set()


def test_readme_exit_codes_are_the_exit_code_table():
    """README lists every ExitCode with the nb text --help shows (code formatting aside)."""
    from agreements import messages
    from agreements.problems import ExitCode

    section = README.split("### Avslutningskoder", 1)[1].split("\n#", 1)[0]
    rows = {int(code): text.replace("`", "").replace("\\|", "|")
            for code, text in re.findall(r"^\| (\d+) \| (.*) \|$", section, re.M)}
    assert rows == {int(code): messages.text(f"exit_code_{int(code)}", "nb") for code in ExitCode}


def test_readme_says_how_to_run_the_installed_command():
    """After the quickstart `agreements` is in .venv, not on PATH: the README says so, for Windows too."""
    for needle in (".venv/bin/agreements ", ". .venv/bin/activate", "py -m venv .venv", ".venv\\Scripts\\agreements "):
        assert needle in README


def test_readme_saves_examples_with_o_not_a_redirect():
    """«>» writes UTF-16 in Windows PowerShell; every example command in README uses -o."""
    commands = re.findall(r"^.*agreements (?:minutes )?example\b.*$", README, re.M)
    assert len(commands) >= 5
    assert [line for line in commands if ">" in line.split("#")[0] or " -o " not in line] == []


def test_every_image_in_the_readme_exists():
    images = re.findall(r"!\[[^\]]+\]\(([^)]+)\)", README)
    assert images and [path for path in images if not (ROOT / path).is_file()] == []
