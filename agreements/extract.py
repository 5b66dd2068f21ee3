"""An input file prefilled from what a draft agreement states; every value it cannot read is a to-do."""

from __future__ import annotations

import re

from . import checker, norwegian_ids
from .schemafields import field_label

_EMPLOYER = re.compile(r"\b((?:[A-ZÆØÅ][\w-]+ ){1,3}(?:fylkeskommune|kommune|herad))\b")
_ORG = re.compile(r"(?<!\d)(\d{3}[ .]?\d{3}[ .]?\d{3})(?!\d)")
_PENSION = [(re.compile(r"\bklp\b|kommunal landspensjonskasse", re.I), "KLP"),
            (re.compile(r"\bspk\b|statens pensjonskasse", re.I), "Statens pensjonskasse")]
_PAY_DAY = re.compile(r"\bden (\d{1,2})\.\s?(?:i )?(?:hver|kvar|kvart|hvert)\b", re.I)
TODO = object()  # a value the draft does not state: written as an empty field with a comment


def _present(report, clause_id: str) -> bool:
    return report.result(clause_id).status == checker.PRESENT


def _value(report, name: str, default=TODO):
    found = report.values.get(name)
    return found.value if found is not None else default


def from_report(report, full_text: str) -> dict:
    """The input data the checked draft supports, with TODO where it states nothing."""
    form = report.form if report.form in ("nb", "nn") else "nb"
    employer = _EMPLOYER.search(full_text)
    kind = "fylkeskommune" if employer and employer.group(1).endswith("fylkeskommune") else "kommune"
    org = next((m.group(1) for m in _ORG.finditer(full_text)
                if norwegian_ids.orgnr_is_valid(re.sub(r"\D", "", m.group(1)))), TODO)
    fixed = report.result("fixed_term").applicable and report.result("fixed_term").status != "missing"
    waiver = report.result("employment_protection_waiver").status in (checker.PRESENT, checker.INCOMPLETE)
    notice = report.values.get("notice")
    pension = next((name for pattern, name in _PENSION if pattern.search(full_text)), TODO)
    pay_day = _PAY_DAY.search(full_text)
    data = {
        "language": form,
        "employer": {"kind": kind, "name": employer.group(1) if employer else TODO, "org_number": org,
                     "address": {"street": TODO, "postal_code": TODO, "city": TODO},
                     "signatory": {"name": TODO}},
        "employee": {"name": TODO, "address": {"street": TODO, "postal_code": TODO, "city": TODO}},
        "council_decision": {"case_number": _value(report, "council_case_number"),
                             "date": _value(report, "council_decision_date")},
        "start_date": _value(report, "start_date"),
        "employment": {"form": "åremål" if fixed else "fast", "percentage": _value(report, "percentage", 100)},
    }
    if fixed:
        data["fixed_term"] = {"years": _value(report, "fixed_term_years"), "renewable": TODO}
    if report.result("probation").applicable and report.result("probation").status != "missing":
        data["probation"] = {"months": _value(report, "probation_months")}
    supplements = report.values.get("supplements")
    data["salary"] = {"annual": _value(report, "annual_salary"),
                      "supplements": [{"description": d, "annual": a} for d, a in supplements.value]
                      if supplements is not None else [],
                      "payment_day": int(pay_day.group(1)) if pay_day and 1 <= int(pay_day.group(1)) <= 28 else TODO}
    data["pension_insurance"] = {"institution": pension}
    data["notice"] = {"months": notice.value if notice is not None and notice.unit == "months" else TODO}
    data["employment_protection_waiver"] = {"agreed": waiver}
    if waiver or report.result("severance_pay").status == checker.PRESENT:
        data["severance_pay"] = {"months": _value(report, "severance_months"),
                                 "reduce_for_other_income": _value(report, "severance_reduced_by_other_income", True)}
    data["cv_publication"] = {"consent": True if _present(report, "cv_publication") else TODO}
    data["development_dialogue"] = {"agreed": report.result("development_dialogue").status != "missing"}
    data["signatures"] = {"place": TODO}
    return data


def _scalar(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    text = str(value)
    if isinstance(value, str) and (re.fullmatch(r"[\w .,/()-]*", text) is None or text[:1].isdigit()
                                   or text.casefold() in ("yes", "no", "on", "off", "true", "false", "null")):
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text


def to_yaml(data: dict, lang: str, todo_note: str) -> tuple[str, list[tuple]]:
    """YAML text of ``data`` with a comment at each to-do, and the paths of the to-dos."""
    lines, todos = [], []

    def emit(node, path, indent):
        pad = "  " * indent
        for key, value in node.items():
            here = path + (key,)
            if isinstance(value, dict):
                lines.append(f"{pad}{key}:")
                emit(value, here, indent + 1)
            elif isinstance(value, list):
                if not value:
                    lines.append(f"{pad}{key}: []")
                    continue
                lines.append(f"{pad}{key}:")
                for item in value:
                    first = True
                    for k, v in item.items():
                        lines.append(f"{pad}  {'- ' if first else '  '}{k}: {_scalar(v)}")
                        first = False
            elif value is TODO:
                todos.append(here)
                label = field_label(here, lang) or ".".join(here)
                lines.append(f"{pad}{key}:  # {todo_note}: {label}")
            else:
                lines.append(f"{pad}{key}: {_scalar(value)}")

    emit(data, (), 0)
    return "\n".join(lines) + "\n", todos


def _read(data: bytes, name: str):
    """The check report of the draft ``data`` and its whole text."""
    from . import wordxml

    report = checker.check_bytes(data, name, seconds=checker.TIME_LIMIT)
    return report, "\n".join(p.text for p in wordxml.read_passages(data, name))


def without_todos(node):
    """``node`` with every to-do left out (a mapping that held only to-dos stays, empty)."""
    if isinstance(node, dict):
        return {k: without_todos(v) for k, v in node.items() if v is not TODO}
    if isinstance(node, list):
        return [without_todos(v) for v in node if v is not TODO]
    return node


def stated(data: bytes, name: str) -> dict:
    """The input data the draft ``data`` states, every value it does not state left out (the web
    form shows those fields empty, and validation names them)."""
    return without_todos(from_report(*_read(data, name)))


def extract_bytes(data: bytes, name: str, lang: str = "nb") -> tuple[str, list[tuple]]:
    """An input file (YAML text) prefilled from the draft ``data``, and the paths left to fill in.
    Comments follow the draft's language form; messages the caller shows follow ``lang``."""
    from . import messages

    report, text = _read(data, name)
    form = report.form if report.form in ("nb", "nn") else "nb"
    body, todos = to_yaml(from_report(report, text), form, messages.text("extract_todo", form))
    head = "\n".join(f"# {line}" for line in messages.text("extract_header", form, file=name).splitlines())
    return head + "\n" + body, todos
