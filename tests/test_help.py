"""--help and usage errors in the message language; each command lists the exit codes it can give."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest

from agreements import clitext, messages
from agreements.problems import ExitCode
from cli import cli

AGREEMENTS = Path(sys.executable).parent / "agreements"
KOMMUNE = str(Path(__file__).resolve().parent.parent / "examples" / "kommune-fast.yaml")
# click's English words that must not show in Norwegian help
BOILERPLATE = ("Usage", "Options", "Commands", "Show this", "Show the", "default", "required", "OPTIONS",
               "COMMAND", "ARGS", "dynamic", "Positional", "Exit codes")


def _commands(group: click.Group = cli, path: tuple[str, ...] = ()):
    yield path, group
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            yield from _commands(command, path + (name,))
        else:
            yield path + (name,), command


COMMANDS = dict(_commands())
PATHS = sorted(COMMANDS)


def _help(runner, path, *extra, env=None) -> str:
    result = runner.invoke(cli, [*path, "--help", *extra], env=env or {}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _listed_codes(help_text: str, lang: str) -> list[int]:
    section = help_text.split(f"\n{messages.text('help_exit_codes', lang)}:\n", 1)[1]
    return [int(code) for code in re.findall(r"^  (\d+) ", section, re.M)]


@pytest.mark.parametrize("lang", ["nb", "nn"])
@pytest.mark.parametrize("path", PATHS, ids=lambda p: " ".join(p) or "agreements")
def test_norwegian_help_has_no_english_boilerplate(runner, path, lang):
    out = _help(runner, path, "--lang", lang)
    assert [word for word in BOILERPLATE if word in out] == []
    assert messages.text("help_exit_codes", lang) + ":" in out


@pytest.mark.parametrize("path", PATHS, ids=lambda p: " ".join(p) or "agreements")
def test_english_help_is_english(runner, path):
    out = _help(runner, path, "--lang", "en")
    assert "Usage:" in out and "Options:" in out and "Exit codes:" in out
    assert [w for w in ("Bruk", "Valg", "Kommandoer", "Avslutningskoder", "standard:", " og ", " ikke ")
            if w in out] == []


@pytest.mark.parametrize("args,env", [
    (["generate", "--help", "--lang", "nn"], {}),  # after --help
    (["--lang", "nn", "generate", "--help"], {}),  # on the group
    (["generate", "--lang=nn", "--help"], {}),
    (["generate", "--help"], {"AGREEMENTS_LANG": "nn"}),
    (["generate", "--help", "--lang", "nn"], {"AGREEMENTS_LANG": "en"}),  # the option wins
])
def test_lang_anywhere_or_from_the_environment_chooses_the_help_language(runner, args, env):
    out = runner.invoke(cli, args, env=env, catch_exceptions=False).output
    assert out.startswith("Bruk: agreements generate [VAL] INNDATA...") and "\nAvslutningskodar:\n" in out


def test_the_language_of_one_run_does_not_stick_to_the_next(runner):
    first = _help(runner, ("check",))
    assert "Usage:" in _help(runner, ("check",), "--lang", "en")
    assert _help(runner, ("check",)) == first


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
@pytest.mark.parametrize("path", PATHS, ids=lambda p: " ".join(p) or "agreements")
def test_help_lists_exactly_the_exit_codes_the_command_declares(runner, path, lang):
    listed = _listed_codes(_help(runner, path, "--lang", lang), lang)
    assert listed == sorted(COMMANDS[path].exit_codes) and listed


@pytest.mark.parametrize("path,codes", [
    # 6: it makes the agreement in memory and self-checks it; 8-15: a Word file given with --template
    (("validate",), {0, 1, 2, 3, 6, 7, *range(8, 16), 141}),
    (("minutes", "validate"), {0, 1, 2, 3, 7, 141}),
    (("generate",), {0, 1, 2, 3, 4, 5, 6, 7, *range(8, 16), 141}),
    (("minutes", "generate"), {0, 1, 2, 3, 4, 5, 6, 7, *range(8, 16), 141}),
    (("template", "init"), {0, 2, 4, 7, 141}),
    (("template", "dump"), {0, 2, 3, 4, 7, *range(8, 16), 141}),
    (("minutes", "next"), {0, 1, 2, 3, 4, 7, 141}),
    (("example",), {0, 2, 4, 7, 141}),
    (("minutes", "example"), {0, 2, 4, 7, 141}),
    (("check",), {0, 1, 2, 3, 4, 7, *range(8, 16), 141}),  # 4: the annotated copy cannot be written
    (("lint-template",), {0, 1, 2, 3, 6, 7, *range(8, 16), 141}),
    (("serve",), {0, 2, 7, 141}),  # 2: the address cannot be listened on
])
def test_what_each_command_declares(path, codes):
    assert set(COMMANDS[path].exit_codes) == codes


def test_every_exit_code_is_given_by_some_command_and_described_in_every_language():
    assert set(cli.exit_codes) == {int(code) for code in ExitCode}
    for code in ExitCode:
        assert set(messages.table()[f"exit_code_{int(code)}"]) == set(messages.LANGUAGES)


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
@pytest.mark.parametrize("path", [p for p in PATHS if not isinstance(COMMANDS[p], click.Group)],
                         ids=" ".join)
def test_help_names_only_the_commands_own_options(runner, path, lang):
    """E.g. generate's help (its exit codes too) does not speak of --strict, which it lacks."""
    own = {name for param in COMMANDS[path].params for name in param.opts} | {"--help"}
    named = set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", _help(runner, path, "--lang", lang)))
    assert named - own == set()


def test_click_strings_in_the_table_are_click_message_ids():
    """The ``click_*`` entries are keyed by click's own English ids: each must still exist in click."""
    ids = set()
    for source in Path(click.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("_", "ngettext"):
                ids |= {arg.value for arg in node.args if isinstance(arg, ast.Constant)}
    ids.add("required")  # passed to _() as a variable's value in Option.get_help_record
    entries = {code: entry["en"] for code, entry in messages.table().items() if code.startswith("click_")}
    assert len(entries) > 20
    assert {code: en for code, en in entries.items() if en not in ids} == {}


def test_the_help_module_knows_the_message_languages():
    assert clitext.LANGUAGES == messages.LANGUAGES


@pytest.mark.parametrize("args,env,needle", [
    (["generate"], {}, "Feil bruk av kommandoen: Mangler argument 'INNDATA...'. Se «agreements generate --help»."),
    (["generate", KOMMUNE, "-o", "x.docx", "--pfd", "--lang", "nn"], {},
     "Feil bruk av kommandoen: Ukjend val '--pfd'. Meinte du '--pdf'? Sjå «agreements generate --help»."),
    (["check", "--kind", "x", "a.docx"], {"AGREEMENTS_LANG": "en"},
     "Wrong use of the command: Invalid value for '--kind': 'x' is not one of 'agreement', 'minutes'."),
    (["validate", "a.yaml", "b.yaml"], {}, "Fikk et argument for mye (b.yaml)."),
    (["nonsense"], {}, "Feil bruk av kommandoen: Ukjent kommando 'nonsense'. Se «agreements --help»."),
])
def test_usage_errors_are_in_the_message_language_and_exit_2(tmp_path, args, env, needle):
    done = subprocess.run([str(AGREEMENTS), *args], cwd=tmp_path, capture_output=True, text=True,
                          env={**os.environ, "AGREEMENTS_LANG": "", **env})
    assert done.returncode == ExitCode.USAGE and needle in done.stderr, done.stderr
    if not env:
        assert done.stderr.startswith("Bruk: agreements")
        assert [w for w in ("Usage", "Error", "Missing", "No such", "Try") if w in done.stderr] == []


def test_usage_errors_under_click_itself_are_translated_too(runner):
    out = runner.invoke(cli, ["generate", "--lang", "nn"], env={}).output
    assert "Sjå «agreements generate --help» for hjelp." in out and "Feil: Manglar argument 'INNDATA...'." in out
