"""Rounds 5, 6 and 7 of the checker's measurement (README, «Treffsikkerhet»): eighteen agreements
written and labelled blind, by an author who saw only the domain description and the labelling
rules (tests/corpus/blind/LABELLING-agreements.md): each clause's status, the values the draft
agrees and the findings on the document. Where the checker disagrees with a label after tuning, the
case is listed here with its reason (none is left), so that a change in either direction shows."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from agreements import checker
from corpus import blind_labels

BLIND = Path(__file__).parent / "corpus" / "blind"
ROUNDS = {r: blind_labels.load(BLIND / f"agreements-{r}") for r in ("r5", "r6", "r7")}
KNOWN: dict[tuple[str, str], str] = {}
# (draft, value) → what the checker reads where it differs from the label
KNOWN_VALUES: dict[tuple[str, str], object] = {}
# (draft, finding code) → True: given though not labelled; False: labelled but not given
KNOWN_FINDINGS: dict[tuple[str, str], bool] = {}
CASES = [(r, name) for r, labels in ROUNDS.items() for name in sorted(labels)]
IDS = [f"{r}/{n}" for r, n in CASES]


@functools.cache
def _report(round_: str, name: str) -> checker.Report:
    return checker.check_file(BLIND / f"agreements-{round_}" / name)


@pytest.mark.parametrize("round_,name", CASES, ids=IDS)
def test_blind_round_agreements(round_, name):
    report = _report(round_, name)
    labels = ROUNDS[round_][name]["labels"]
    got = {cid: report.result(cid).status for cid in labels}
    want = {cid: KNOWN.get((name, cid), label) for cid, label in labels.items()}
    # incomplete and missing are both a reported defect; the labels tell them apart, the test too
    assert got == want


@pytest.mark.parametrize("round_,name", CASES, ids=IDS)
def test_blind_round_values(round_, name):
    wrong = blind_labels.value_disagreements(ROUNDS[round_][name], _report(round_, name))
    assert {value: read for value, (_, read) in wrong.items()} == \
        {value: read for (draft, value), read in KNOWN_VALUES.items() if draft == name}


@pytest.mark.parametrize("round_,name", CASES, ids=IDS)
def test_blind_round_findings(round_, name):
    labelled = set(ROUNDS[round_][name]["findings"] or [])
    known = {code: given for (draft, code), given in KNOWN_FINDINGS.items() if draft == name}
    want = {code for code in labelled if known.get(code, True)} | {code for code, given in known.items() if given}
    assert blind_labels.finding_codes(_report(round_, name)) == want


def test_the_known_disagreements_are_drafts_of_the_rounds():
    drafts = {name for labels in ROUNDS.values() for name in labels}
    assert {draft for draft, _ in [*KNOWN, *KNOWN_VALUES, *KNOWN_FINDINGS]} <= drafts
