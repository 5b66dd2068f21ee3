"""Minutes of the development dialogue and salary talk: validation rules, merging from an
agreement input, the render context (prefilled or blank) and next year's input."""

from __future__ import annotations

import dataclasses
import datetime as dt

from . import formatting as fmt
from . import resources, validation
from .context import terms
from .problems import Problem, error, warning
from .validation import get

THEMES = ("economy", "users", "employees", "internal_processes", "innovation")
SCHEMA = "minutes.yaml"
TEMPLATES = {"nb": "referat.nb.docx", "nn": "referat.nn.docx"}
# The paragraph style of the guidance for whoever fills in a blank template ("Skriv …", "KS
# anbefaler …"), in each template's own language form; nothing else carries it.
GUIDANCE_STYLES = {"nb": "Veiledning", "nn": "Rettleiing"}


def _rules() -> dict:
    return resources.load_yaml("rules.yaml")["minutes"]


def _words(lang: str) -> dict:
    return resources.load_yaml("terms.yaml")[lang]["minutes"]


# --- validation ------------------------------------------------------------------------------

def _cross_field(doc: dict) -> list[Problem]:
    rules, out = _rules(), []
    people = get(doc, "participants", default=[])
    if isinstance(people, list) and not people:
        out.append(error("participants_empty", ("participants",)))
    seen: dict[str, int] = {}
    roles: dict[str, int] = {}
    for i, person in enumerate(people if isinstance(people, list) else []):
        if not isinstance(person, dict):
            continue
        name, role = person.get("name"), person.get("role")
        if isinstance(name, str):
            key = " ".join(name.casefold().split())
            if key in seen:
                out.append(error("duplicate_participant", ("participants", i, "name"), name=name))
            seen[key] = i
        if isinstance(role, str):
            roles[role] = roles.get(role, 0) + 1
    for role in ("ordfører", "varaordfører"):
        if roles.get(role, 0) > 1:
            out.append(error("duplicate_role", ("participants",), role=role))
    if isinstance(people, list) and people:
        if not roles.get("ordfører"):
            out.append(warning("ks_minutes_mayor", ("participants",)))
        if not roles.get("varaordfører"):
            out.append(warning("ks_minutes_deputy", ("participants",)))
        if not roles.get("folkevalgt"):
            out.append(warning("ks_minutes_third", ("participants",)))
        elected = sum(roles.get(r, 0) for r in rules["elected_roles"])
        if not rules["elected_min"] <= elected <= rules["elected_max"]:
            out.append(warning("ks_minutes_size", ("participants",), count=elected,
                               low=rules["elected_min"], high=rules["elected_max"]))
        if not roles.get("referent"):
            out.append(warning("minutes_no_minute_taker", ("participants",)))
    start, end = get(doc, "period", "start"), get(doc, "period", "end")
    meeting = get(doc, "meeting", "date")
    dates = [d for d in (start, end, meeting) if isinstance(d, dt.date)]
    if len(dates) >= 2 and isinstance(start, dt.date):
        if isinstance(end, dt.date) and start > end:
            out.append(error("period_reversed", ("period", "end")))
        if isinstance(meeting, dt.date) and meeting < start:
            out.append(error("meeting_before_period", ("meeting", "date")))
    if get(doc, "body", "kind") == "utvalg" and not get(doc, "body", "decision"):
        out.append(error("committee_decision_required", ("body", "decision")))
    if get(doc, "body", "kind") == "utvalg" and not get(doc, "body", "name"):
        out.append(error("committee_name_required", ("body", "name")))
    return out


def validate(data: dict, written: dict | None = None) -> validation.Result:
    """Validate minutes input (``written``: see ``validation.validate``)."""
    return validation.validate_with(data, SCHEMA, _cross_field, written)


# --- from an agreement input ------------------------------------------------------------------

def from_agreement(agreement: dict) -> dict:
    """Minutes input fields that a (validated) agreement input already holds."""
    kind = agreement["employer"]["kind"]
    t = terms(agreement["language"], kind)
    dialogue = agreement.get("development_dialogue", {})
    body = dialogue.get("body", t["exec_committee"])
    review = agreement.get("salary_review", {})
    out = {
        "language": agreement["language"],
        "employer": {"kind": kind, "name": agreement["employer"]["name"]},
        "chief_executive": {"name": agreement["employee"]["name"],
                            "title": agreement.get("position", {}).get("title", t["chief_title"])},
        "body": {"kind": "formannskap" if body == t["exec_committee"] else "utvalg", "name": body},
        "salary_talk": {"current_salary": agreement["salary"]["annual"],
                        "body": review.get("body", agreement["employer"].get("council_name", t["council"]))},
    }
    return out


def other_employer(agreement: dict, data: dict, agreement_file: str) -> list[Problem]:
    """An error when the minutes input names an employer other than the (validated) agreement's:
    the agreement's chief executive, committee and salary would be those of another employer."""
    named, theirs = get(data, "employer", "name"), agreement["employer"]["name"]
    if not isinstance(named, str) or _same_name(named, theirs):
        return []
    problem = error("minutes_other_employer", ("employer", "name"), minutes_employer=named,
                    agreement_employer=theirs, agreement=agreement_file)
    return [dataclasses.replace(problem, schema=SCHEMA)]


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def merge(base: dict, override: dict) -> dict:
    """``override`` wins, mapping by mapping."""
    out = dict(base)
    for key, value in override.items():
        out[key] = merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


# --- render context -----------------------------------------------------------------------------

def _theme_rows(goals_by_theme: dict, columns: tuple[str, ...], lang: str, empty: int) -> list[dict]:
    titles = _words(lang)["themes"]
    rows = []
    for theme in THEMES:
        goals = [{c: g.get(c, False) for c in columns} for g in goals_by_theme.get(theme, [])]
        rows.append({"title": titles[theme], "goals": goals, "empty_rows": 0 if goals else empty})
    return rows


def build_context(doc: dict | None, salary_talk: bool, kind: str = "kommune", lang: str = "nb") -> dict:
    """The minutes context; ``doc`` None gives the blank template for HR to fill in Word."""
    rules = _rules()
    if doc is not None:
        doc = fmt.free_text(doc)
        kind, lang = doc["employer"]["kind"], doc["language"]
    t = terms(lang, kind)
    words = _words(lang)
    role_names = {k: v.format(**t) for k, v in words["roles"].items()}
    criteria = [c.format(**t) for c in words["salary_criteria"]]
    if doc is None:
        empty = rules["empty_rows_blank"]
        return {
            "t": t, "blank": True, "facts": False,
            "participants": [], "participant_rows": rules["blank_participant_rows"],
            "self_evaluation": [], "results": _theme_rows({}, (), lang, empty),
            "new_goals": _theme_rows({}, (), lang, empty), "interaction": [], "measures": [],
            "review": [], "salary_talk": {"criteria": criteria, "current": False, "body": False,
                                          "new": False, "effective": False} if salary_talk else False,
            "signers": {"committee": False, "chief": False},
            "properties": {"title": words["doc_title"].format(title=t["chief_title"]),
                           "subject": words["doc_title"].format(title=t["chief_title"]),
                           "author": t["entity"], "language": lang, "created": dt.date(2000, 1, 1)},
        }
    body = doc["body"]
    body_name = body.get("name", t["exec_committee"])
    chief = doc["chief_executive"]
    title = chief.get("title", t["chief_title"])
    talk = doc.get("salary_talk")
    empty = rules["empty_rows_without_goals"]
    return {
        "t": t,
        "blank": False,
        "facts": {
            "employer": doc["employer"]["name"],
            "chief": f"{chief['name']}, {title}",
            "date": fmt.long_date(doc["meeting"]["date"], lang),
            "place": doc["meeting"]["place"],
            "period": f"{fmt.long_date(doc['period']['start'], lang)} – {fmt.long_date(doc['period']['end'], lang)}",
            "body": body_name,
            "basis": body.get("decision", False),
        },
        "participants": [{"name": p["name"], "role": role_names[p["role"]],
                          "description": p.get("description", False)} for p in doc["participants"]],
        "participant_rows": 0,
        "self_evaluation": list(doc.get("self_evaluation", [])),
        "results": _theme_rows(doc.get("previous_goals", {}), ("goal", "result", "assessment"), lang, empty),
        "new_goals": _theme_rows(doc.get("new_goals", {}), ("goal", "measure", "anchoring"), lang, empty),
        "interaction": list(doc.get("interaction_principles", [])),
        "measures": list(doc.get("development_measures", [])),
        "review": list(doc.get("agreement_review", [])),
        "salary_talk": {
            "criteria": criteria,
            "current": fmt.kroner(talk["current_salary"], lang) if talk else False,
            "body": talk["body"] if talk else False,
            "new": fmt.kroner(talk["new_salary"], lang) if talk and talk.get("new_salary") else False,
            "effective": fmt.long_date(talk["effective_date"], lang) if talk and talk.get("effective_date") else False,
        } if (salary_talk or talk) else False,
        "signers": {"committee": _chair(doc["participants"], role_names), "chief": f"{chief['name']}, {title}"},
        "properties": {
            "title": words["doc_title"].format(title=title),
            "subject": words["doc_subject"].format(body=body_name, name=chief["name"],
                                                  employer=doc["employer"]["name"]),
            "author": doc["employer"]["name"], "language": lang, "created": doc["meeting"]["date"],
        },
    }


def _chair(participants: list[dict], role_names: dict[str, str]) -> str | bool:
    """Who signs for the committee: the mayor, who leads the dialogue, by name and role; False
    (a line to write on) when the minutes name no mayor."""
    mayor = next((p for p in participants if p["role"] == "ordfører"), None)
    return f"{mayor['name']}, {role_names['ordfører']}" if mayor else False


# --- next year ------------------------------------------------------------------------------------

def next_period(doc: dict) -> dict:
    """Next year's input from this year's (validated) minutes: last period's new goals become the
    goals whose results are reviewed; dates move a year on; people and principles stay."""
    start = doc["period"]["end"] + dt.timedelta(days=1)
    out = {
        "language": doc["language"],
        "employer": dict(doc["employer"]),
        "chief_executive": dict(doc["chief_executive"]),
        "meeting": {"date": _plus_year(doc["meeting"]["date"]), "place": doc["meeting"]["place"]},
        "period": {"start": start, "end": validation.expected_fixed_term_end(start, 1)},
        "body": dict(doc["body"]),
        "participants": [dict(p) for p in doc["participants"]],
        "previous_goals": {theme: [{k: v for k, v in g.items() if k in ("goal", "measure", "anchoring")}
                                   for g in goals] for theme, goals in doc.get("new_goals", {}).items() if goals},
    }
    if doc.get("interaction_principles"):
        out["interaction_principles"] = list(doc["interaction_principles"])
    if doc.get("salary_talk"):
        talk = doc["salary_talk"]
        out["salary_talk"] = {"current_salary": talk.get("new_salary", talk["current_salary"]), "body": talk["body"]}
    return out


def _plus_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)
