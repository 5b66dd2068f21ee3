"""No pattern the checker or the validator runs backtracks without bound, and one document's
check has a time limit (issue: catastrophic backtracking in the signature-line pattern)."""

from __future__ import annotations

import time

import pytest

import redos
from agreements import checker, lint
from agreements.problems import ExitCode, UnreadableDocument
from corpus.docxwriter import Doc

PATTERNS = redos.patterns()
LINEAR = 40  # a sixteenfold input may take this many times as long (linear: about 16; quadratic: 256)


def test_every_pattern_is_collected():
    assert len(PATTERNS) > 900
    assert {where.split(".")[0] for where, _ in PATTERNS} >= {"signature_line", "placeholders", "checker", "inputfile"}


@pytest.mark.parametrize("where,pattern", PATTERNS, ids=[f"{w}#{i}" for i, (w, _) in enumerate(PATTERNS)])
def test_no_pattern_backtracks_without_bound(where, pattern):
    factor, seconds, text = redos.growth(pattern, length=200, screen=0.0005)
    assert factor <= LINEAR and seconds < 0.2, (pattern.pattern[:200], text[:60])


def test_the_scan_finds_a_catastrophic_pattern():
    import re
    assert redos.growth(re.compile(r"^(?:dato[\s.]*[.\s]*)*$"))[0] == float("inf")


def _signature_bomb() -> bytes:
    d = Doc(split_runs=False)
    d.add(d.para("Arbeidsavtale"), d.para("dato..." * 20 + " x"))
    return d.to_bytes()


def test_the_signature_line_that_hung_check_takes_no_time():
    start = time.process_time()
    checker.check_bytes(_signature_bomb(), "bombe.docx")
    assert time.process_time() - start < 1


def test_a_check_past_its_time_limit_stops_with_its_own_code(monkeypatch):
    slow = checker._evaluate

    def crawl(view, clause):
        time.sleep(0.05)
        return slow(view, clause)

    monkeypatch.setattr(checker, "_evaluate", crawl)
    with pytest.raises(UnreadableDocument) as caught:
        checker.check_bytes(_signature_bomb(), "sakte.docx", seconds=0.3)
    assert caught.value.exit_code == ExitCode.TIME_LIMIT
    assert caught.value.problems[0].code == "doc_time_limit"


def test_the_hard_limit_interrupts_one_long_step(monkeypatch):
    import re
    monkeypatch.setattr(checker, "_clause_results", lambda view, rules: re.match(r"(a+)+$", "a" * 64 + "b"))
    start = time.monotonic()
    with pytest.raises(UnreadableDocument) as caught:
        checker.check_bytes(_signature_bomb(), "henger.docx", seconds=0.3)
    assert caught.value.exit_code == ExitCode.TIME_LIMIT and time.monotonic() - start < 3


def test_lint_template_on_the_same_file_takes_no_time():
    start = time.process_time()
    lint.lint(_signature_bomb(), "bombe.docx", "agreement")
    assert time.process_time() - start < 2
