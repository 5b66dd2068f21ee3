"""Accuracy of the checker on a labelled corpus of drafts we did not write with our template.

For each clause: precision and recall of the defects it reports (missing or incomplete where the
clause applies), and the share of exactly right statuses. The thresholds are stated in README.
"""

from __future__ import annotations

import pytest

from agreements import checker
from corpus.drafts import DRAFTS, ORDER
from corpus.handwritten import HANDWRITTEN, HELD_OUT, HELD_OUT_LATER, HOLLOW, TRICKY
from corpus.minutes_drafts import MINUTES_HANDWRITTEN, MINUTES_ORDER

# (name, bytes, expected statuses): generated drafts in many layouts, and handwritten ones
CORPUS = [(d.name, d.build(), d.expected()) for d in DRAFTS] + \
         [(name, build(), expected) for name, build, expected in HANDWRITTEN + HELD_OUT + HELD_OUT_LATER + HOLLOW + TRICKY]

EXACT_MIN = 0.95  # share of (draft, clause) pairs with exactly the expected status
DEFECT_PRECISION_MIN = 0.90  # reported defects that are real
DEFECT_RECALL_MIN = 0.95  # real defects that are reported
DEFECT = ("missing", "incomplete")


@pytest.fixture(scope="module")
def outcomes():
    rows = []
    for name, data, expected in CORPUS:
        assert set(expected) == set(ORDER), name  # every clause is labelled
        report = checker.check_bytes(data, name)
        for cid in ORDER:
            rows.append((name, cid, expected[cid], report.result(cid).status))
    return rows


def _table(outcomes):
    per_clause = {}
    for _, cid, want, got in outcomes:
        s = per_clause.setdefault(cid, {"tp": 0, "fp": 0, "fn": 0, "exact": 0, "n": 0})
        s["n"] += 1
        s["exact"] += want == got
        if got in DEFECT and want in DEFECT:
            s["tp"] += 1
        elif got in DEFECT:
            s["fp"] += 1
        elif want in DEFECT:
            s["fn"] += 1
    return per_clause


def test_corpus_accuracy(outcomes, capsys):
    per_clause = _table(outcomes)
    lines = [f"{'clause':30} {'exact':>6} {'prec':>6} {'recall':>6}"]
    for cid, s in per_clause.items():
        prec = s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else 1.0
        rec = s["tp"] / (s["tp"] + s["fn"]) if s["tp"] + s["fn"] else 1.0
        lines.append(f"{cid:30} {s['exact'] / s['n']:6.2f} {prec:6.2f} {rec:6.2f}")
    tp = sum(s["tp"] for s in per_clause.values())
    fp = sum(s["fp"] for s in per_clause.values())
    fn = sum(s["fn"] for s in per_clause.values())
    exact = sum(s["exact"] for s in per_clause.values()) / sum(s["n"] for s in per_clause.values())
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    lines.append(f"{'ALL':30} {exact:6.2f} {precision:6.2f} {recall:6.2f}  "
                 f"({len(CORPUS)} drafts, {len(outcomes)} labelled clauses, {tp + fn} defects)")
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    wrong = [o for o in outcomes if o[2] != o[3]]
    assert exact >= EXACT_MIN, wrong
    assert precision >= DEFECT_PRECISION_MIN, wrong
    assert recall >= DEFECT_RECALL_MIN, wrong


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda d: d.name)
def test_expected_findings(draft):
    report = checker.check_bytes(draft.build(), draft.name)
    assert draft.findings <= {f.code for f in report.findings}


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda d: d.name)
def test_language_form(draft):
    form = checker.check_bytes(draft.build(), draft.name).form
    assert form == ("mixed" if draft.mix_with else draft.lang)


@pytest.mark.parametrize("name,build,expected", MINUTES_HANDWRITTEN, ids=[m[0] for m in MINUTES_HANDWRITTEN])
def test_minutes_written_by_others(name, build, expected):
    report = checker.check_bytes(build(), name, "minutes")
    assert {cid: report.result(cid).status for cid in MINUTES_ORDER} == expected
