"""Validated input → render context: every value formatted and every kind-dependent word chosen."""

from __future__ import annotations

from decimal import Decimal

from . import formatting as fmt
from . import resources
from .validation import expected_fixed_term_end


def terms(lang: str, kind: str) -> dict[str, str]:
    words = dict(resources.load_yaml("terms.yaml")[lang][kind])
    words.update({f"{k}_cap": v[:1].upper() + v[1:] for k, v in list(words.items())})
    return words


def _address(addr: dict) -> str:
    return f"{addr['street']}, {addr['postal_code']} {addr['city']}"


def _extra(doc: dict, section: str) -> list[str]:
    return list(doc.get(section, {}).get("additional_terms", []))


def build(doc: dict) -> dict:
    """The context the agreement template is merged with; ``doc`` must be validated. Numbers the
    user typed in groups keep together on one line (``formatting.free_text``)."""
    doc = fmt.free_text(doc)
    lang = doc["language"]
    employer, employee = doc["employer"], doc["employee"]
    t = terms(lang, employer["kind"])
    defaults = resources.load_yaml("terms.yaml")[lang]["defaults"]
    words = resources.load_yaml("terms.yaml")[lang]["words"]
    council = employer.get("council_name", t["council"])
    t.update(council=council, council_cap=council[:1].upper() + council[1:])
    title = doc.get("position", {}).get("title", t["chief_title"])
    start = doc["start_date"]
    salary = doc["salary"]
    supplements = [
        {"description": s["description"], "amount": fmt.kroner(s["annual"], lang)}
        for s in salary.get("supplements", [])
    ]
    total = salary["annual"] + sum((s["annual"] for s in salary.get("supplements", [])), Decimal(0))
    employment = doc["employment"]
    dialogue = doc.get("development_dialogue", {})
    review = doc.get("salary_review", {})
    tariff = doc.get("collective_agreements", {})
    side_jobs = doc.get("side_jobs", {})
    signatory = employer["signatory"]

    ctx = {
        "t": t,
        "employer": {
            "name": employer["name"],
            "orgnr": fmt.orgnr(employer["org_number"]),
            "address": _address(employer["address"]),
            "signatory_name": signatory["name"],
            "signatory_title": signatory.get("title", t["mayor"]),
        },
        "employee": {"name": employee["name"], "address": _address(employee["address"])},
        "position": {"title": title, "terms": _extra(doc, "position")},
        "decision": {
            "body": doc["council_decision"].get("body", council),
            "case_number": doc["council_decision"]["case_number"],
            "date": fmt.long_date(doc["council_decision"]["date"], lang),
        },
        "workplace": {
            "address": _address(doc.get("workplace", {}).get("address", employer["address"])),
            "terms": _extra(doc, "workplace"),
        },
        "start_date": fmt.long_date(start, lang),
        "employment": {
            "fixed_term": employment["form"] == "åremål",
            "full_time": employment["percentage"] == 100,
            "percentage": fmt.percent(employment["percentage"], lang),
        },
        "fixed_term": False,
        "retreat": False,
        "probation": False,
        "working_time": {"terms": _extra(doc, "working_time")},
        "salary": {
            "annual": fmt.kroner(salary["annual"], lang),
            "supplements": supplements,
            "total": fmt.kroner(total, lang),
            "payment_day": f"{salary['payment_day']}.",
            "terms": _extra(doc, "salary"),
        },
        "salary_review": {
            "body": review.get("body", council),
            "delegation": review.get("delegation_decision", False),
            "timing": review.get("timing", words["salary_review_timing"]),
            "terms": _extra(doc, "salary_review"),
        },
        "holiday": {
            "extra_days": fmt.count(doc["holiday"]["extra_days"], "day", lang)
            if doc.get("holiday", {}).get("extra_days") else False,
            "terms": _extra(doc, "holiday"),
        },
        "paid_leave": {"terms": _extra(doc, "paid_leave")},
        "pension": {
            "institution": doc["pension_insurance"]["institution"],
            "scheme": defaults["pension_scheme"],
            "terms": _extra(doc, "pension_insurance"),
        },
        "tariff": {
            "agreements": list(tariff.get("agreements", defaults["collective_agreements"])),
            "parties": tariff.get("parties", defaults["collective_parties"]),
            "terms": _extra(doc, "collective_agreements"),
        },
        "competence": {"terms": _extra(doc, "competence_development")},
        "notice": {"period": fmt.count(doc["notice"]["months"], "month", lang),
                   "terms": _extra(doc, "notice")},
        "waiver": doc["employment_protection_waiver"]["agreed"],
        "severance": False,
        "responsibility": {"terms": _extra(doc, "responsibility_authority")},
        "confidentiality": {"terms": _extra(doc, "confidentiality")},
        "cv_consent": doc["cv_publication"]["consent"],
        "side_jobs": {
            "approval_body": side_jobs.get("approval_body", t["exec_committee"]),
            "approved": list(side_jobs.get("approved", [])),
            "terms": _extra(doc, "side_jobs"),
        },
        "expectations": {"terms": _extra(doc, "performance_expectations")},
        "dialogue": {
            "body": dialogue.get("body", t["exec_committee"]),
            "terms": _extra(doc, "development_dialogue"),
        } if dialogue.get("agreed", True) else False,
        "disputes": {"terms": _extra(doc, "expectation_disputes")},
        "changes": {"terms": _extra(doc, "changes")},
        "signing": {
            "place": doc["signatures"]["place"],
            "date": fmt.long_date(doc["signatures"]["date"], lang) if doc["signatures"].get("date") else False,
        },
    }
    if "fixed_term" in doc:
        ft = doc["fixed_term"]
        end = ft.get("end_date") or expected_fixed_term_end(start, ft["years"])
        ctx["fixed_term"] = {
            "period": fmt.count(ft["years"], "year", lang),
            "start": fmt.long_date(start, lang),
            "end": fmt.long_date(end, lang),
            "renewable": ft["renewable"],
            "terms": _extra(doc, "fixed_term"),
        }
    if "retreat_position" in doc:
        rp = doc["retreat_position"]
        ctx["retreat"] = {"position": rp["position"], "salary": rp["salary"],
                          "duration": rp["duration"], "terms": _extra(doc, "retreat_position")}
    if "probation" in doc:
        pb = doc["probation"]
        ctx["probation"] = {
            "period": fmt.count(pb["months"], "month", lang),
            "notice": fmt.count(pb["notice_days"], "day", lang),
            "extension": pb["extension_on_absence"],
        }
    if "severance_pay" in doc:
        sp = doc["severance_pay"]
        ctx["severance"] = {
            "period": fmt.count(sp["months"], "month", lang),
            "reduce": sp["reduce_for_other_income"],
            "terms": _extra(doc, "severance_pay"),
        }
    ctx["agreed"] = agreed(ctx)
    ctx["properties"] = {
        "title": words["doc_title"].format(title=title),
        "subject": words["doc_subject"].format(employer=employer["name"], employee=employee["name"]),
        "author": employer["name"],
        "language": lang,
        "created": doc["council_decision"]["date"],
    }
    return ctx


def agreed(ctx: dict) -> dict[str, bool]:
    """Which conditional clauses the agreement has: clause id → whether the render-context flag
    its catalogue entry names (``when`` in schemas/clauses.yaml) is set. The one place a section's
    condition is written: a template wraps the section in ``{%p if agreed.<clause id> %}``, and the
    self-check expects the clause exactly when this says so."""
    return {c["id"]: bool(ctx[c["when"]]) for c in resources.load_yaml("clauses.yaml")["clauses"] if "when" in c}


def blank_leaves(node, path: str = "") -> list[str]:
    """Paths of values that would print as nothing or as 'None': must be empty for a render."""
    if node is None or (isinstance(node, str) and not node.strip()):
        return [path or "<root>"]
    if isinstance(node, dict):
        return [p for k, v in node.items() for p in blank_leaves(v, f"{path}.{k}".lstrip("."))]
    if isinstance(node, list):
        return [p for i, v in enumerate(node) for p in blank_leaves(v, f"{path}[{i}]")]
    return []
