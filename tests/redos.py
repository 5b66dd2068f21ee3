"""Every regular expression the checker and the validator run, and a search for inputs that make
one of them backtrack without bound (used by tests/test_redos.py and benchmarks/fuzz.py).

A pattern is attacked with strings built from its own pieces: each literal run and a character
of each class it uses, repeated in pairs, with endings that make a match fail late. Python's
matcher is interrupted by a timer, so a catastrophic pattern is reported, not waited for."""

from __future__ import annotations

import importlib
import itertools
import pkgutil
import re
import signal
import time
from re import _constants as C  # noqa: N812
from re import _parser

import agreements
from agreements import catalogue, inputfile

ENDINGS = ("", "!", " x", "\n§", ":")
_CATEGORY = {C.CATEGORY_DIGIT: "1", C.CATEGORY_NOT_DIGIT: "a", C.CATEGORY_SPACE: " ",
             C.CATEGORY_NOT_SPACE: "a", C.CATEGORY_WORD: "a", C.CATEGORY_NOT_WORD: "."}


def _catalogue_patterns():
    """Each pattern of the catalogues and checker rules, macros expanded, one by one (the
    library joins each list into one alternation; a pattern that backtracks does so there too)."""
    from agreements import resources

    check = resources.load_yaml("check_rules.yaml")
    macros = check["macros"]

    def one(where, pattern, flags=re.IGNORECASE):
        text = catalogue._expand(pattern, macros)
        return where, re.compile(text, catalogue._flags_for_folded_text(text, flags))

    for kind, name in catalogue.CATALOGUES.items():
        for clause in resources.load_yaml(name)["clauses"]:
            for field, patterns in clause["detect"].items():
                if field == "substance":
                    for group in patterns:
                        yield from (one(f"{kind}:{clause['id']}.{group['name']}", p) for p in group["any"])
                else:
                    yield from (one(f"{kind}:{clause['id']}.{field}", p) for p in patterns)
    yield from (one("placeholders", p, 0) for p in check["placeholders"])
    yield from (one(f"language_forms.{lang}", p) for lang in ("nb", "nn") for p in check["language_forms"][lang])
    yield one("heading_prefix", check["heading_prefix"])
    yield one("signature_line", check["signature_line"])
    yield one("contents_line", check["contents_line"], 0)
    for name in ("guidance", "empty", "postponed"):
        yield from (one(f"content.{name}", p, 0) for p in check["content"][name])


def patterns() -> list[tuple[str, re.Pattern]]:
    """(where, compiled pattern) for every pattern the library runs: each pattern of the
    catalogues and checker rules, the input file's syntax causes, and the module-level patterns
    of every module."""
    out = list(_catalogue_patterns())
    for fmt, rules in inputfile._causes().items():
        out += [(f"syntax_causes.{fmt}.{code}.{what}", p) for code, _, found in rules for what, p in found.items()]
    for info in pkgutil.iter_modules(agreements.__path__):
        module = importlib.import_module(f"agreements.{info.name}")
        out += [(f"{info.name}.{name}", value) for name, value in vars(module).items()
                if isinstance(value, re.Pattern)]
    from agreements import values  # the cue patterns of schemas/values.yaml
    out += [(f"values.{name}", p) for name, p in values.PATTERNS.items()]
    return out


def atoms(pattern: str, flags: int = 0, most: int = 14) -> list[str]:
    """Pieces of text the pattern is made of: literal runs and a character of each class."""
    found: list[str] = []

    def walk(items):
        run = []
        for op, av in items:
            if op is C.LITERAL:
                run.append(chr(av))
                continue
            if run:
                found.append("".join(run))
                run = []
            if op is C.IN:
                for kind, value in av:
                    if kind is C.LITERAL:
                        found.append(chr(value))
                    elif kind is C.RANGE:
                        found.append(chr(value[0]))
                    elif kind is C.CATEGORY:
                        found.append(_CATEGORY.get(value, "a"))
                    if len(found) > 200:
                        break
            elif op is C.ANY:
                found.append("a")
            elif op is C.NOT_LITERAL:
                found.append("a" if av != ord("a") else "b")
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                walk(av[2])
            elif op is C.SUBPATTERN:
                walk(av[-1])
            elif op is C.ATOMIC_GROUP:
                walk(av)
            elif op is C.BRANCH:
                for branch in av[1]:
                    walk(branch)
            elif op in (C.ASSERT, C.ASSERT_NOT):
                walk(av[1])
        if run:
            found.append("".join(run))

    walk(_parser.parse(pattern.decode("latin-1") if isinstance(pattern, bytes) else pattern, flags))
    unique = list(dict.fromkeys(a.casefold() for a in found if a))
    singles = [a for a in unique if len(a) == 1]
    longer = sorted((a for a in unique if len(a) > 1), key=len)
    return (singles + longer)[:most]


class _Slow(Exception):
    pass


def _alarm(*_):
    raise _Slow


def _time(pattern: re.Pattern, text: str, limit: float) -> float:
    """CPU seconds one search takes (other processes on the machine do not count), at most
    ``limit``: a profiling timer interrupts the matcher."""
    if isinstance(pattern.pattern, bytes):
        text = text.encode("utf-8", "surrogatepass")
    start = time.process_time()
    signal.setitimer(signal.ITIMER_PROF, limit)
    try:
        pattern.search(text)
        return time.process_time() - start
    except _Slow:
        return limit
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)


def attacks(pattern: re.Pattern, length: int, most_atoms: int = 14):
    """Inputs of about ``length`` characters built from the pattern's own pieces."""
    pieces = atoms(pattern.pattern, pattern.flags & ~re.UNICODE, most_atoms)
    for a, b in itertools.combinations_with_replacement(pieces, 2):
        for unit in {a + b, a * 3 + b, b * 3 + a}:  # «1 1 1» and «111 111 111» alike
            core = unit * max(1, length // len(unit))
            for ending in ENDINGS:
                yield core + ending


def growth(pattern: re.Pattern, length: int = 200, limit: float = 0.5, screen: float = 0.002):
    """The worst attack on ``pattern``: (factor by which its time grows when the input grows
    sixteenfold, seconds at the larger size, the input). Linear patterns grow about 16 times;
    quadratic ones 256 times; exponential ones hit ``limit``."""
    previous = signal.signal(signal.SIGPROF, _alarm)
    try:
        worst = (0.0, 0.0, "")
        for text in attacks(pattern, length):
            small = _time(pattern, text, limit)
            if small < screen and small < limit:
                continue
            if small >= limit:
                return float("inf"), limit, text
            big_text = text.replace(text.rstrip("!x\n§: "), text.rstrip("!x\n§: ") * 16, 1)
            big = _time(pattern, big_text, limit)
            factor = big / max(small, 1e-6)
            if big >= limit:
                return float("inf"), limit, big_text
            if factor > worst[0]:
                worst = (factor, big, big_text)
        return worst
    finally:
        signal.signal(signal.SIGPROF, previous)
