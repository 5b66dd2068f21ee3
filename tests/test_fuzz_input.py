"""Standing fuzz test: random mutations of the example inputs and hostile constructs, each through
validate in process: a result or the project's own error with a message code, never another
exception, and never slow. Fixed seed and count, so a failure repeats; well under a minute."""

from __future__ import annotations

import codecs
import json
import random
import time
from decimal import Decimal
from pathlib import Path

import pytest

from agreements import generate, inputfile, messages
from agreements.problems import AgreementsError
from conftest import ROOT, deadline
from corpus.refused import laughs as _laughs

SEED = 11
CASES = 400  # random mutations; the hostile constructs come on top
SECONDS = 5  # per case; an example takes some 20 ms

EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
TABLE = messages.table()

# Pieces of YAML and JSON that once made the work unbounded or crashed, or are merely odd
SNIPPETS = [
    "&a ", "*a", "<<: *a\n", "<<: {a: 1}\n", "? [a, b]\n: c\n", "{a: 1}: b\n", "? null\n: x\n", "~: x\n",
    "2027-13-45", "1.5: x\n", "!!binary aGk=", "!!set {a, b}", "!!omap [a: 1]", "!!timestamp x", "!!int x",
    "!!python/object:os.system", "!foo ", "[" * 50, "]" * 50, "{" * 30, "- " * 40, "---\n", "...\n", "%YAML 1.1\n",
    "'", '"', "\t", "\x00", "\ufeff", "\u2028", "\x85", "\ud800", ": ", " #", "|\n", ">-\n", "0x1f", "0o17", "1e400",
    ".nan", "-.inf", "no", "yes", "null", "[]", "{}", '"\\u0000"', "\\", "kr ___", "[navn]", "01017012345",
]


def _plain(value):
    """Parsed input data as JSON can hold it."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return float(value) if value != value.to_integral_value() else int(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _sources() -> list[tuple[str, str]]:
    """(suffix, text) of every example, as YAML and as JSON."""
    found = []
    for path in EXAMPLES:
        text = path.read_text(encoding="utf-8")
        found.append((".yaml", text))
        found.append((".json", json.dumps(_plain(inputfile.read_input(path)), ensure_ascii=False, indent=2)))
    return found


def _mutate(rng: random.Random, text: str) -> str:
    lines = text.splitlines(keepends=True)
    for _ in range(rng.randint(1, 4)):
        action = rng.randrange(7)
        i = rng.randrange(len(lines)) if lines else 0
        if action == 0 and lines:  # drop a line
            del lines[i]
        elif action == 1 and lines:  # repeat a line (a duplicate field, or a longer list)
            lines[i:i] = [lines[i]] * rng.choice([1, 2, 30, 500])
        elif action == 2:  # a snippet at the start of a line
            lines.insert(i, rng.choice(SNIPPETS) + "\n")
        elif action == 3 and lines:  # a snippet inside a line
            line = lines[i]
            at = rng.randrange(len(line) + 1)
            lines[i] = line[:at] + rng.choice(SNIPPETS) + line[at:]
        elif action == 4 and lines:  # indentation changed
            lines[i] = " " * rng.choice([0, 1, 3, 8]) + lines[i].lstrip(" ")
        elif action == 5 and lines:  # a value made long
            lines[i] = lines[i].rstrip("\n") + " tekst" * rng.choice([10, 400, 40_000]) + "\n"
        elif action == 6 and lines:  # random characters
            line = lines[i]
            at = rng.randrange(len(line) + 1)
            lines[i] = line[:at] + "".join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(0x80, 0x3000)]))
                                           for _ in range(rng.randrange(1, 8))) + line[at:]
    return "".join(lines)


def _encode(rng: random.Random, text: str) -> bytes:
    """Mostly UTF-8; now and then another encoding, a byte-order mark, or none where one belongs."""
    choice = rng.randrange(12)
    data = text.encode("utf-8", "surrogatepass")
    if choice == 0:
        return codecs.BOM_UTF8 + data
    if choice == 1:
        return text.encode("utf-16", "surrogatepass")
    if choice == 2:
        return text.encode("utf-32", "surrogatepass")
    if choice == 3:
        return text.encode("utf-16-le", "surrogatepass")  # no mark
    if choice == 4:
        return text.encode("latin-1", "replace")
    if choice == 5:
        cut = rng.randrange(len(data) + 1)
        return data[:cut] + bytes(rng.randrange(256) for _ in range(rng.randrange(1, 5))) + data[cut:]
    return data


def _hostile() -> list[tuple[str, bytes]]:
    """The constructs that once ran without bound or crashed, each whole."""
    kommune = (ROOT / "examples" / "kommune-fast.yaml").read_text(encoding="utf-8")
    cases = {
        "bomb.yaml": _laughs(),
        "bomb-terms.yaml": kommune + "working_time:\n  additional_terms:\n" + _laughs("    - "),
        "merge.yaml": "a: &a {x: 1}\nb:\n  <<: [*a, *a, *a]\n",
        "deep.yaml": "a: " + "[" * 900 + "]" * 900 + "\n",
        "deep-block.yaml": "a:\n" + "".join("  " * i + "-\n" for i in range(1, 300)),
        "deep.json": '{"a": ' + "[" * 3000 + "]" * 3000 + "}",
        "deeper.json": '{"a": ' + "[" * 100_000 + "]" * 100_000 + "}",
        "deep-objects.json": '{"a": ' + '{"a": ' * 5000 + "1" + "}" * 5000 + "}",
        "duplicate.json": '{"language": "nb", "language": "nn"}',
        "supplements.yaml": kommune.replace("  supplements:\n", "  supplements:\n"
                                            + "    - {description: Tillegg, annual: 0}\n" * 5000),
        "keys.yaml": kommune + "".join(f"z{i}: 1\n" for i in range(50_000)),
        "keys.json": "{" + ", ".join(f'"z{i}": 1' for i in range(50_000)) + "}",
        "text.yaml": kommune + "working_time: {additional_terms: [" + "tekst " * 150_000 + "]}\n",
        "list.yaml": kommune + "zzz: [" + "1, " * 200_000 + "1]\n",
        "odd-keys.yaml": "? null\n: x\n2027-01-01: y\n1.5: z\n? !!binary aGk=\n: w\nlanguage: nb\n",
        "tags.yaml": kommune.replace("language: nb", "language: !!binary bmI=") + "zz: !!set {a, b}\n",
    }
    return [(name, text.encode("utf-8")) for name, text in cases.items()]


def _cases() -> list[tuple[str, bytes]]:
    rng = random.Random(SEED)
    sources = _sources()
    cases = _hostile()
    for n in range(CASES):
        suffix, text = rng.choice(sources)
        cases.append((f"fuzz-{n}{suffix}", _encode(rng, _mutate(rng, text))))
    return cases


def _check(problems) -> None:
    for problem in problems:
        assert problem.code in TABLE, problem.code
        for lang in messages.LANGUAGES:
            assert messages.render(problem, lang)


def test_validate_on_fuzzed_and_hostile_input_is_bounded_and_says_why(tmp_path):
    slowest = (0.0, "")
    outcomes = {"valid": 0, "invalid": 0, "refused": 0}
    for name, data in _cases():
        path = tmp_path / name
        path.write_bytes(data)
        is_minutes = name.startswith("fuzz") and b"participants" in data
        start = time.perf_counter()
        try:
            with deadline(SECONDS):
                result = (generate.validate_minutes_file(path) if is_minutes else generate.validate_file(path))
        except AgreementsError as exc:  # the project's own refusal: with a code for each problem
            assert exc.problems, name
            _check(exc.problems)
            outcomes["refused"] += 1
        except Exception as exc:  # noqa: BLE001 - the finding, with the input that caused it
            pytest.fail(f"{type(exc).__name__}: {exc} (the input: {path})")
        else:
            assert result.ok or result.errors, name
            _check(result.problems)
            outcomes["valid" if result.ok else "invalid"] += 1
        slowest = max(slowest, (time.perf_counter() - start, name))
    assert slowest[0] < SECONDS, slowest
    assert min(outcomes.values()) > 5, outcomes  # the mutations reach every outcome
