"""A blind round's labels (tests/corpus/blind/*/labels.yaml) against the checker's report: statuses,
values and findings compared, and the round's figures (``python tests/corpus/blind_labels.py DIR``)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

DEFECTS = ("missing", "incomplete")
# the findings the labelling rules ask the author for (LABELLING-agreements.md)
LABELLED_FINDINGS = ("waiver_without_severance", "severance_without_waiver", "personal_id_in_document",
                     "placeholders", "probation_too_long", "fixed_term_too_short", "notice_too_short",
                     "start_before_decision", "conflicting_values")
# label name → the report's value (the labels keep notice in months or weeks apart)
_SAME_NAME = ("annual_salary", "probation_months", "fixed_term_years", "fixed_term_end", "severance_months",
              "severance_reduced_by_other_income", "start_date", "percentage", "council_decision_date",
              "council_case_number", "retreat_salary", "supplements")
VALUE_NAMES = _SAME_NAME[:-1] + ("notice", "supplements")


def load(round_dir: Path) -> dict:
    return yaml.safe_load((round_dir / "labels.yaml").read_text(encoding="utf-8"))


def _text(value) -> str:
    return " ".join(str(value).split()).casefold()


def _words(value) -> list[str]:
    return re.findall(r"\w+", str(value).casefold())


def _case(value) -> str:
    """«FT-74/25», «FT 74/25» and «ft 74/25» are one case number."""
    return re.sub(r"[\s-]+", " ", str(value)).strip().casefold()


def wanted_values(values: dict) -> dict:
    """The label's values by the report's names, in the report's terms."""
    out = {name: values.get(name) for name in _SAME_NAME}
    if values.get("notice_months") is not None:
        out["notice"] = (values["notice_months"], "months")
    elif values.get("notice_weeks") is not None:
        out["notice"] = (values["notice_weeks"], "weeks")
    else:
        out["notice"] = None
    out["supplements"] = [(s["description"], s["annual"]) for s in values.get("supplements") or []] or None
    return out


def got_values(report) -> dict:
    """The report's values in the labels' terms (numbers, ISO dates, text)."""
    out = {}
    for name in VALUE_NAMES:
        v = report.values.get(name)
        if v is None:
            out[name] = None
        elif name == "notice":
            out[name] = (v.value, v.unit)
        elif name == "supplements":
            out[name] = [(d, a) for d, a in v.value]
        else:
            data = v.as_dict()["value"]
            out[name] = data
    return out


def value_agrees(name: str, want, got) -> bool:
    """Whether the report read the labelled value: numbers and dates equal, a case number equal
    but for the separator after its prefix, a retreat post's pay containing what the label quotes,
    a supplement's amount equal and its description holding every word of the label's."""
    if want is None or got is None:
        return want is None and got is None
    if name == "council_case_number":
        return _case(want) == _case(got)
    if name == "retreat_salary":
        return _text(want) in _text(got)
    if name == "supplements":  # the label describes a supplement in its own words, taken from the draft
        return len(want) == len(got) and all(
            float(wa) == float(ga) and set(_words(wd)) <= set(_words(gd)) for (wd, wa), (gd, ga) in zip(want, got))
    if name == "notice":
        return want[0] == got[0] and want[1] == got[1]
    if isinstance(want, bool) or isinstance(got, bool):
        return want is got
    if isinstance(want, (int, float)):
        try:
            return float(want) == float(got)
        except (TypeError, ValueError):
            return False
    return str(want) == str(got)


def value_disagreements(entry: dict, report) -> dict[str, tuple]:
    """name → (labelled, read) for each value the report reads otherwise than the label."""
    want, got = wanted_values(entry["values"]), got_values(report)
    return {name: (want[name], got[name]) for name in VALUE_NAMES if not value_agrees(name, want[name], got[name])}


def finding_codes(report) -> set[str]:
    return {f.code for f in report.findings if f.code in LABELLED_FINDINGS}


def measure(round_dir: Path, out=sys.stdout) -> dict:
    """The round's figures: statuses (a reported defect is missing or incomplete), values, findings."""
    from agreements import checker

    labels = load(round_dir)
    fig = dict(right=0, total=0, defects=0, found=0, false_alarms=0, values_right=0, values_total=0,
               findings_expected=0, findings_found=0, findings_false=0)
    for name, entry in labels.items():
        report = checker.check_file(round_dir / name)
        for cid, want in entry["labels"].items():
            got = report.result(cid).status
            wd, gd = want in DEFECTS, got in DEFECTS
            fig["total"] += 1
            fig["right"] += want == got or (wd and gd)
            fig["defects"] += wd
            fig["found"] += wd and gd
            fig["false_alarms"] += gd and not wd
            if wd != gd or (not wd and want != got):
                print(f"  status   {name:55} {cid:28} want {want:14} got {got}", file=out)
        wrong = value_disagreements(entry, report)
        fig["values_total"] += len(VALUE_NAMES)
        fig["values_right"] += len(VALUE_NAMES) - len(wrong)
        for vname, (want, got) in wrong.items():
            print(f"  value    {name:55} {vname:28} want {want!r:30} got {got!r}", file=out)
        want_f, got_f = set(entry.get("findings") or []), finding_codes(report)
        fig["findings_expected"] += len(want_f)
        fig["findings_found"] += len(want_f & got_f)
        fig["findings_false"] += len(got_f - want_f)
        for code in sorted(want_f - got_f):
            print(f"  finding  {name:55} {code:28} expected, not given", file=out)
        for code in sorted(got_f - want_f):
            print(f"  finding  {name:55} {code:28} given, not expected", file=out)
    print(f"statuses: right {fig['right']}/{fig['total']}; defects found {fig['found']}/{fig['defects']}; "
          f"false alarms {fig['false_alarms']}", file=out)
    print(f"values: right {fig['values_right']}/{fig['values_total']}", file=out)
    print(f"findings: expected found {fig['findings_found']}/{fig['findings_expected']}; "
          f"false {fig['findings_false']}", file=out)
    return fig


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(arg)
        measure(Path(arg))
