"""Bounded work on any input: YAML bombs and references, nesting, field counts, list and text limits,
special files and unreadable files are refused with a code (never a hang, a traceback or exit 7)."""

from __future__ import annotations

import copy
import os
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from agreements import generate, inputfile, messages, minutes, schemafields, validation
from agreements.inputfile import parse, parse_text
from agreements.problems import ExitCode, UnreadableInput
from cli import cli
from conftest import ROOT, deadline
from corpus.refused import laughs as _laughs

KOMMUNE = ROOT / "examples" / "kommune-fast.yaml"
MINUTES = ROOT / "examples" / "referat-fjordvik.yaml"
LIMITS = inputfile.limits()


def _refused(text: str, fmt: str = "yaml"):
    with deadline(5), pytest.raises(UnreadableInput) as info:
        parse_text(text, f"a.{fmt}", fmt)
    problem = info.value.problems[0]
    return problem.code, problem.params.get("line"), problem.params.get("column")


# --- YAML references: anchors, aliases, merge keys, lists and mappings as keys --------------------

def _merge_bomb() -> str:
    """The same through merge keys: each level merges the one below under nine names."""
    lines = ["m0: &m0 {a: lol, b: lol, c: lol, d: lol, e: lol, f: lol, g: lol, h: lol, i: lol}"]
    lines += [f"m{i}: &m{i} {{" + ", ".join(f"k{j}: {{<<: *m{i - 1}}}" for j in range(9)) + "}" for i in range(1, 10)]
    return "\n".join(lines) + "\nposition:\n  <<: *m9\n"


KOMMUNE_TEXT = KOMMUNE.read_text(encoding="utf-8")
TERMS_BOMB = KOMMUNE_TEXT + "working_time:\n  additional_terms:\n" + _laughs("    - ")

# (text, code, line, column): refused where it stands, before anything is expanded
REFERENCES = [
    ("a: &x 1\nb: 2\n", "yaml_anchor", 1, 4),
    ("language: nb\nemployer: &e\n  name: x\n", "yaml_anchor", 2, 11),
    ("employer:\n  name: *stjerne\n", "yaml_alias", 2, 9),
    ("employer:\n  <<: {name: x}\n", "yaml_merge_key", 2, 3),
    ("? [a, b]\n: c\n", "yaml_complex_key", 1, 3),
    ("a: 1\n{a: 1}: c\n", "yaml_complex_key", 2, 1),
    ("a: [{[x]: y}]\n", "yaml_complex_key", 1, 6),
    (_laughs(), "yaml_anchor", 1, 5),
    (TERMS_BOMB, "yaml_anchor", KOMMUNE_TEXT.count("\n") + 3, 7),
    (_merge_bomb(), "yaml_anchor", 1, 5),
]


@pytest.mark.parametrize("text,code,line,column", REFERENCES, ids=[f"{r[1]}:{r[0][:20]!r}" for r in REFERENCES])
def test_yaml_references_are_refused_where_they_stand(text, code, line, column):
    assert _refused(text) == (code, line, column)


def test_a_merge_key_alone_is_refused_too():
    assert _refused("position:\n  <<: {title: x}\n  additional_terms: [a]\n")[0] == "yaml_merge_key"


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_reference_messages_name_what_to_write_instead(lang):
    with pytest.raises(UnreadableInput) as info:
        parse_text("a: &x 1\n", "avtale.yaml", "yaml")
    text = messages.render(info.value.problems[0], lang)
    assert "avtale.yaml" in text and "&x" in text and "<<" in text


# --- field names are text ---------------------------------------------------------------------

def test_yaml_field_names_are_the_text_written():
    parsed = parse("1: a\nno: b\n2027-01-01: c\n~: d\n1.5: e\n? null\n: f\n'x': g\n", "a.yaml", "yaml")
    assert list(parsed.data) == ["1", "no", "2027-01-01", "~", "1.5", "null", "x"]


def test_the_same_name_written_two_ways_is_the_same_field():
    assert _refused("1: a\n'1': b\n") == ("duplicate_key", 2, 1)


@pytest.mark.parametrize("key", ["~", "2027-01-01", "1.5", "yes", "0x1f", "!!binary aGk="])
def test_odd_field_names_are_unknown_fields_not_a_crash(tmp_path, key):
    f = tmp_path / "a.yaml"
    f.write_text(f"{key}: x\nlanguage: nb\n", encoding="utf-8")  # with other errors: cerberus sorts them
    with deadline(5):
        result = generate.validate_file(f)
    assert {p.code for p in result.errors} == {"unknown_field", "required"}


# --- values a tag cannot make, dates that do not exist -------------------------------------------

@pytest.mark.parametrize("text,column", [("a: !!timestamp x\n", 4), ("a: !!bool x\n", 4), ("a: !!int [1]\n", 4),
                                         ("a: !!int " + "1" * 5000 + "\n", 4), ("a: !!pairs [1]\n", 13)])
def test_a_value_its_tag_cannot_make_is_a_syntax_error_where_it_stands(text, column):
    with pytest.raises(UnreadableInput) as info:
        parse_text(text, "a.yaml", "yaml")
    problem = info.value.problems[0]
    assert (problem.code, problem.params["format"], problem.params["line"], problem.params["column"]) == \
        ("syntax_error", "YAML", 1, column)


def test_a_date_that_does_not_exist_is_reported_at_its_field(tmp_path):
    f = tmp_path / "a.yaml"
    f.write_text(KOMMUNE_TEXT.replace("start_date: 2027-01-01", "start_date: 2027-13-01"), encoding="utf-8")
    assert [(p.code, p.dotted) for p in generate.validate_file(f).errors] == [("type_isodate", "start_date")]


# --- nesting and fields per mapping -----------------------------------------------------------

def test_the_limits_follow_from_the_schemas():
    # salary.supplements[0].annual; the agreement's top level; a minutes input with every list full
    assert schemafields.shape() == (4, 31, 3543)
    assert LIMITS == {"depth": 5, "fields": 31, "values": 5 * 3543}


def test_the_readme_states_the_limits_as_they_are():
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("### Grenser for inndatafiler", 1)[1]
    shown = lambda n: f"{n:,}".replace(",", " ")  # noqa: E731 - Norwegian thousands: 17 715
    for text in (f"høyst {LIMITS['depth']} nivåer", f"høyst {LIMITS['fields']},", f"høyst {shown(LIMITS['values'])}",
                 f"har {shown(schemafields.shape()[2])})", f"høyst 1 MiB ({shown(inputfile.MAX_INPUT_BYTES)} byte)",
                 f"høyst {shown(validation._rules()['limits']['input_text_chars'])} tegn i"):
        assert text in section, text


def _nested(depth: int, fmt: str) -> str:
    """A field holding lists in lists: ``depth`` collections in all, counting the top mapping."""
    if fmt == "json":
        return '{"a":\n' + "[" * (depth - 1) + "]" * (depth - 1) + "}"
    return "a: " + "[" * (depth - 1) + "]" * (depth - 1) + "\n"


NESTED = [(depth, fmt) for fmt in ("yaml", "json") for depth in (6, 900, 3000)] + [(100_000, "json")]


@pytest.mark.parametrize("depth,fmt", NESTED)
def test_nesting_deeper_than_the_schemas_need_is_refused_where_it_passes_the_limit(depth, fmt):
    limit = LIMITS["depth"]
    expected = ("input_too_deep", 2, limit) if fmt == "json" else ("input_too_deep", 1, limit + 3)
    assert _refused(_nested(depth, fmt), fmt) == expected


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_nesting_as_deep_as_the_limit_is_read(fmt):
    assert parse(_nested(LIMITS["depth"], fmt), "a", fmt).data


def test_block_nesting_is_counted_too():
    limit = LIMITS["depth"]
    text = "a:\n" + "".join("  " * i + "-\n" for i in range(1, limit + 1)) + "  " * (limit + 1) + "- x\n"
    assert _refused(text) == ("input_too_deep", limit + 1, 2 * limit + 1)


def _fields(count: int, fmt: str) -> str:
    if fmt == "json":
        return "{\n" + ",\n".join(f'"f{i}": 1' for i in range(count)) + "\n}"
    return "".join(f"f{i}: 1\n" for i in range(count))


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_more_fields_in_one_mapping_than_any_schema_has_is_refused_at_the_first_too_many(fmt):
    limit = LIMITS["fields"]
    assert parse(_fields(limit, fmt), "a", fmt).data
    assert _refused(_fields(limit + 1, fmt), fmt) == ("input_too_many_fields", limit + 1 + (fmt == "json"), 1)


def _values(count: int, fmt: str) -> str:
    """A file with ``count`` values: the top mapping, a field name, a list and its count - 3 items."""
    items = count - 3
    if fmt == "json":
        return '{"a": [\n' + "1,\n" * (items - 1) + "1]}"
    return "a:\n" + "  - 1\n" * items


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_more_values_than_five_times_the_largest_valid_input_is_refused_where_it_passes(fmt):
    limit = LIMITS["values"]
    assert len(parse(_values(limit, fmt), "a", fmt).data["a"]) == limit - 3
    assert _refused(_values(limit + 1, fmt), fmt) == ("input_too_many_values", limit - 1, 5 if fmt == "yaml" else 1)


# --- duplicate fields in JSON -------------------------------------------------------------------

JSON_DUPLICATES = [
    ('{"language": "nb", "language": "nn"}', 1, 20, 1),
    ('{\n  "a": 1,\n  "b": {"x": 1,\n        "x": 2}\n}', 4, 9, 3),
    ('{"a": {"k": 1}, "b": {"k": 1}, "\\u0061": 2}', 1, 32, 1),  # "\u0061" is "a"
    ('{"a": "\\"a\\": 1, \\"a\\"", "a": 2}', 1, 26, 1),  # not fooled by keys inside text
]


@pytest.mark.parametrize("text,line,column,first", JSON_DUPLICATES)
def test_json_duplicate_fields_are_refused_with_line_and_column(text, line, column, first):
    with pytest.raises(UnreadableInput) as info:
        parse_text(text, "a.json", "json")
    problem = info.value.problems[0]
    assert (problem.code, problem.params["line"], problem.params["column"], problem.params["first_line"]) == \
        ("duplicate_key", line, column, first)


def test_a_json_syntax_error_before_a_duplicate_is_reported_first():
    assert _refused('{"b": [1,], "a": 1, "a": 2}', "json")[0] == "json_trailing_comma"


# --- the file's size ---------------------------------------------------------------------------

def test_a_file_larger_than_any_input_needs_is_refused_with_the_limit(tmp_path):
    f = tmp_path / "a.yaml"
    f.write_bytes(b"a: " + b"x" * inputfile.MAX_INPUT_BYTES)
    with pytest.raises(UnreadableInput) as info:
        inputfile.read(f)
    assert info.value.problems[0].params["limit"] == inputfile.MAX_INPUT_BYTES == 1024 * 1024


# --- lists and text longer than the schema allows: refused before cerberus works on them -------

def test_2000_supplements_in_a_file_are_told_their_limit_quickly(tmp_path):
    f = tmp_path / "a.yaml"
    f.write_text(KOMMUNE_TEXT.replace("  supplements:\n", "  supplements:\n"
                                      + "    - {description: Tillegg, annual: 0}\n" * 2000), encoding="utf-8")
    with deadline(3):
        problems = generate.validate_file(f).problems
    assert ("max_items", "salary.supplements", 20) in [(p.code, p.dotted, p.params.get("limit")) for p in problems]


@pytest.fixture
def kommune(kommune_doc):
    return copy.deepcopy(kommune_doc)


def test_a_list_longer_than_the_schema_allows_is_refused_before_its_items_are_examined(kommune):
    kommune["salary"]["supplements"] = [{"description": f"Tillegg {i}", "annual": 0} for i in range(8000)]
    with deadline(3):
        problems = validation.validate(kommune).problems
    assert [(p.code, p.dotted, p.params.get("limit")) for p in problems if p.code == "max_items"] == \
        [("max_items", "salary.supplements", 20)]
    assert len([p for p in problems if p.code == "amount_not_positive"]) == 20  # only those within the limit


def test_unknown_fields_in_every_list_item_are_reported_in_linear_time(minutes_doc):
    for goals in ("previous_goals", "new_goals"):
        minutes_doc[goals] = {theme: [{f"z{j}": 1 for j in range(LIMITS["fields"])} | {"goal": "Mål"}
                                      for _ in range(30)] for theme in minutes.THEMES}
    with deadline(5):
        problems = minutes.validate(minutes_doc).problems
    assert len([p for p in problems if p.code == "unknown_field"]) == 2 * 5 * 30 * LIMITS["fields"]


@pytest.fixture
def minutes_doc():
    return copy.deepcopy(inputfile.read_input(MINUTES))


def test_every_list_in_the_schemas_has_a_maximum_length():
    def lists(node, path=()):
        for name, rule in node.items():
            if rule.get("type") == "list":
                yield path + (name,), rule.get("maxlength")
            inner = rule.get("schema")
            inner = inner.get("schema") if rule.get("type") == "list" and isinstance(inner, dict) else inner
            if isinstance(inner, dict) and all(isinstance(r, dict) for r in inner.values()):
                yield from lists(inner, path + (name,))

    found = [item for name in ("agreement.yaml", "minutes.yaml")
             for item in lists(validation._schema(name))]
    assert len(found) > 20 and [path for path, limit in found if not limit] == []


SECTIONS = [name for name, rule in validation._schema().items()  # those with nothing else required
            if rule.get("type") == "dict" and "additional_terms" in rule["schema"]
            and name not in ("fixed_term", "retreat_position", "severance_pay")]
TERM = ("Partene er enige om at dette punktet gjelder slik det står her. " * 32)[:1990]


def _with_text(doc: dict, chars: int) -> dict:
    """``doc`` with terms of 1990 characters added, section by section, up to ``chars`` in all."""
    budget = chars - sum(len(s) for s in _strings(doc))
    for name in SECTIONS:
        count = min(20, budget // len(TERM))
        if count:
            doc.setdefault(name, {})["additional_terms"] = [TERM] * count
            budget -= count * len(TERM)
    return doc


def test_more_text_than_any_agreement_needs_is_refused(kommune):
    limit = validation._rules()["limits"]["input_text_chars"]
    problems = validation.validate(_with_text(kommune, limit + 2 * len(TERM))).problems
    assert [(p.code, p.params["limit"]) for p in problems if p.is_error] == [("input_text_too_long", limit)]


def test_the_most_text_allowed_still_makes_an_agreement_that_passes_its_self_check(kommune):
    limit = validation._rules()["limits"]["input_text_chars"]
    doc = _with_text(kommune, limit)
    assert limit - len(TERM) < sum(len(s) for s in _strings(doc)) <= limit
    result = validation.validate(doc)
    assert result.ok, [p.code for p in result.errors]
    start = time.perf_counter()
    assert generate.render_document(result.document)[:2] == b"PK"  # with the self-check
    assert time.perf_counter() - start < 5


_strings = validation._strings  # every text of an input, as the text limit counts it


# --- special files ------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["x.yaml", "x.json", "x.docx"])
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path, name):
    fifo = tmp_path / name
    os.mkfifo(fifo)
    with deadline(5), pytest.raises(UnreadableInput) as info:
        inputfile.read_bytes(fifo, 1000)
    assert (info.value.problems[0].code, info.value.problems[0].params["file"]) == ("input_not_regular", str(fifo))


def test_a_socket_is_refused_naming_what_it_is(tmp_path):
    import socket
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "x.yaml"))
        with deadline(5), pytest.raises(UnreadableInput) as info:
            inputfile.read(tmp_path / "x.yaml")
    assert info.value.problems[0].params["kind"]["en"] == messages.text("file_kind_socket", "en")


def test_a_device_is_refused_before_it_is_read():  # /dev/zero too: see the command-line tests below
    with deadline(5), pytest.raises(UnreadableInput) as info:
        inputfile.read("/dev/null")
    assert info.value.problems[0].code == "input_not_regular"


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_the_not_a_regular_file_message_names_the_file_and_what_it_is(tmp_path, lang):
    fifo = tmp_path / "x.yaml"
    os.mkfifo(fifo)
    with deadline(5), pytest.raises(UnreadableInput) as info:
        inputfile.read(fifo)
    text = messages.render(info.value.problems[0], lang)
    assert str(fifo) in text and messages.text("file_kind_fifo", lang) in text


def test_a_file_whose_size_says_nothing_is_read_only_up_to_the_limit():
    """A file whose size says nothing (as in /proc) is read only up to the limit."""
    with deadline(5), pytest.raises(UnreadableInput) as info:
        inputfile.read_bytes("/proc/self/maps" if Path("/proc/self/maps").exists() else __file__, 10)
    assert info.value.problems[0].code == "input_too_large"


def _as_nobody(work):
    """``work()`` in a child process with no right to read other users' files (a root user may
    read any file, so root gives its rights up there); the result comes back pickled."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.close(read)
            if os.getuid() == 0:
                os.setgroups([])
                os.setgid(65534)
                os.setuid(65534)
            result = work()
        except BaseException as exc:  # noqa: BLE001 - reported to the parent
            result = repr(exc)
        finally:
            with os.fdopen(write, "wb") as fh:
                fh.write(pickle.dumps(result))
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as fh:
        data = fh.read()
    os.waitpid(pid, 0)
    return pickle.loads(data)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork to drop the right to read")
@pytest.mark.parametrize("command", [["validate"], ["minutes", "validate"], ["check"]])
def test_a_file_without_read_permission_is_exit_3_naming_it(runner, command):
    with tempfile.TemporaryDirectory() as folder:
        os.chmod(folder, 0o755)  # others may look in, not read the file
        secret = Path(folder) / "avtale.yaml"
        secret.write_text(KOMMUNE_TEXT, encoding="utf-8")
        runner.invoke(cli, command + [str(KOMMUNE)])  # import what the command needs while root
        secret.chmod(0)
        code, output = _as_nobody(lambda: (lambda r: (r.exit_code, r.output))(
            runner.invoke(cli, command + [str(secret)])))
    assert code == ExitCode.UNREADABLE, output
    assert messages.text("input_no_permission", "nb", file=str(secret)) in output


# --- the command line on hostile files: exit code, time and memory ------------------------------

_MEASURED = """
import sys, time
start = time.perf_counter()
try:
    import cli
    sys.argv = ["agreements"] + sys.argv[1:]
    cli.main()
finally:
    peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
    sys.stderr.write(f"\\n@@ {time.perf_counter() - start:.3f} {peak // 1024}\\n")
"""


def _limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))  # a runaway stops here, not the machine


def _bounded_run(args: list[str]) -> tuple[int, str, float, int]:
    """Run agreements in a process of its own: exit code, stderr, seconds and peak memory (MB)."""
    proc = subprocess.run([sys.executable, "-c", _MEASURED, *args], capture_output=True, text=True,
                          timeout=30, preexec_fn=_limit_memory, cwd=ROOT)
    seconds, megabytes = proc.stderr.rsplit("@@ ", 1)[1].split()
    return proc.returncode, proc.stderr, float(seconds), int(megabytes)


def _hostile(folder: Path) -> dict[str, tuple[Path, int]]:
    """Name → (file, exit code): one file for each class of input that once ran without bound."""
    files = {
        "bomb.yaml": (_laughs(), 3),
        "bomb-in-terms.yaml": (TERMS_BOMB, 3),
        "bomb-merge.yaml": (_merge_bomb(), 3),
        "complex-key.yaml": ("? [a, b]\n: c\n" + KOMMUNE_TEXT, 3),
        "odd-key.yaml": (KOMMUNE_TEXT + "? null\n: x\n", 1),
        "deep.yaml": ("a:" + " [" * 900 + "]" * 900 + "\n", 3),
        "deep.json": (_nested(3000, "json"), 3),
        "deeper.json": (_nested(100_000, "json"), 3),
        "duplicate.json": ('{"language": "nb", "language": "nn"}', 3),
        "supplements.yaml": (KOMMUNE_TEXT.replace("  supplements:\n", "  supplements:\n" + "    - {description: Tillegg, annual: 0}\n" * 2000), 1),
        "supplements-8000.yaml": (KOMMUNE_TEXT.replace("  supplements:\n", "  supplements:\n" + "    - {description: Tillegg, annual: 0}\n" * 8000), 3),
        "values.yaml": (KOMMUNE_TEXT + "zzz: [" + "1," * 500_000 + "1]\n", 3),
        "fields.yaml": (KOMMUNE_TEXT + "".join(f"z{i}: 1\n" for i in range(100_000)), 3),
        "long-text.yaml": (KOMMUNE_TEXT + "working_time: {additional_terms: [" + "lang tekst " * 90_000 + "]}\n", 1),
    }
    found = {}
    for name, (text, code) in files.items():
        (folder / name).write_text(text, encoding="utf-8")
        found[name] = folder / name, code
    os.mkfifo(folder / "fifo.yaml")
    found["fifo.yaml"] = folder / "fifo.yaml", 3
    found["/dev/zero"] = Path("/dev/zero"), 3
    return found


HOSTILE = ["bomb.yaml", "bomb-in-terms.yaml", "bomb-merge.yaml", "complex-key.yaml", "odd-key.yaml",
           "deep.yaml", "deep.json", "deeper.json", "duplicate.json", "supplements.yaml", "supplements-8000.yaml",
           "values.yaml", "fields.yaml",
           "long-text.yaml", "fifo.yaml", "/dev/zero"]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return _hostile(tmp_path_factory.mktemp("hostile"))


@pytest.mark.slow
@pytest.mark.parametrize("command", ["validate", "generate"])
@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_input_is_refused_within_5_seconds_and_500_mb(hostile, tmp_path, command, name):
    path, expected = hostile[name]
    out = tmp_path / "ut.docx"
    code, stderr, seconds, megabytes = _bounded_run(
        [command, str(path)] + (["-o", str(out)] if command == "generate" else []))
    assert code == expected, stderr[-600:]
    assert seconds < 5 and megabytes < 500, (seconds, megabytes)
    assert not out.exists()


@pytest.mark.slow
@pytest.mark.parametrize("command", [["check"], ["lint-template"], ["minutes", "validate"]])
def test_the_other_readers_refuse_a_fifo_too(hostile, tmp_path, command):
    fifo = tmp_path / "x.docx"
    os.mkfifo(fifo)
    code, stderr, seconds, _ = _bounded_run(command + [str(fifo)])
    assert code == ExitCode.UNREADABLE and str(fifo) in stderr and seconds < 5, stderr[-600:]
