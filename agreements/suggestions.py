"""Our template's wording of the clauses a draft lacks, rendered as generate renders it, blanks named."""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal

from . import catalogue, context, extract, generate, inputfile, messages, resources, validation, wordxml
from .checker import INCOMPLETE, MISSING, NOT_APPLICABLE, PRESENT, Report
from .schemafields import field_label, rule_at

# The example inputs that give every section of the template a value (the values never show: each
# is a blank unless the draft states it): an åremål with retreat post and severance, and probation.
SAMPLES = ("fylkeskommune-aaremaal", "kommune-fast")
# Conditional clauses (clauses.yaml `when`) → the input section that turns each on
SECTIONS = {"fixed_term": "fixed_term", "retreat_position": "retreat_position", "probation": "probation",
            "severance_pay": "severance_pay"}
FLAGS = {"development_dialogue": ("development_dialogue", "agreed"),
         "employment_protection_waiver": ("employment_protection_waiver", "agreed")}


def form_of(report: Report) -> str:
    """The language form to write in: the draft's, or in a mixed draft the one it uses most."""
    if report.form in ("nb", "nn"):
        return report.form
    mixed = next((f for f in report.findings if f.code == "mixed_language_forms"), None)
    return "nn" if mixed is not None and mixed.params.get("nn", 0) > mixed.params.get("nb", 0) else "nb"


def suggested(report: Report) -> list[str]:
    """The clauses to suggest: each missing one that applies, and severance pay when a suggested
    waiver would require it (arbeidsmiljøloven § 15-16 andre ledd)."""
    out = [c.id for c in report.clauses if c.status == MISSING and c.applicable]
    if "employment_protection_waiver" in out and report.result("severance_pay").status in (MISSING, NOT_APPLICABLE) \
            and "severance_pay" not in out:
        out.append("severance_pay")
    return [c.id for c in report.clauses if c.id in out]  # in the catalogue's order


def _schema() -> dict:
    return resources.load_yaml("agreement.yaml")["schema"]


def _required(node: dict, schema: dict, keep: set[str] = frozenset()) -> dict:
    """The fields of an input that its schema requires (and the sections named in ``keep``)."""
    out = {}
    for key, value in node.items():
        rule = schema.get(key, {})
        if not (rule.get("required") or key in keep):
            continue
        inner = rule.get("schema")
        out[key] = _required(value, inner, set()) if isinstance(value, dict) and isinstance(inner, dict) else value
    return out


def _sample(form: str) -> dict:
    """The example inputs of ``form`` merged: a value for each field of every section."""
    merged: dict = {}
    for name in SAMPLES:
        example = inputfile.read_input(resources.example(generate.example_name(
            "fylkeskommune" if name.startswith("fylkes") else "kommune", form)))
        for key, value in example.items():
            merged.setdefault(key, value)
    return merged


def _leaves(node, path=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, path + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _leaves(value, path + (i,))
    else:
        yield path, node


def _get(node, path):
    for key in path:
        node = node[key]
    return node


def _set(node, path, value) -> None:
    for key in path[:-1]:
        node = node.setdefault(key, {}) if isinstance(node, dict) else node[key]
    node[path[-1]] = value


def _known(report: Report, text: str) -> dict:
    """What the draft states (``extract``), as input fields: the to-dos left out."""
    data = extract.from_report(report, text)
    out: dict = {}
    for path, value in _leaves(data):
        if value is not extract.TODO and not (path and path[0] == "language"):
            _set(out, path, value)
    return out


def _document(report: Report, text: str, form: str, on: set[str]) -> tuple[dict, set[tuple]]:
    """A valid input for the draft: what it states, the sample elsewhere, the conditional sections
    of ``on`` only; and the paths of the fields the draft states."""
    schema = _schema()
    sample = _sample(form)
    known = _known(report, text)
    for _ in range(5):
        doc = _required(sample, schema, set(SECTIONS.values()) | {"development_dialogue"})
        for path, value in _leaves(known):
            if isinstance(path[-1], int):
                continue
            if path[0] == "salary" and path[1] == "supplements":
                continue
            _set(doc, path, value)
        doc["salary"]["supplements"] = []
        doc["language"] = form
        for clause_id, section in SECTIONS.items():
            if clause_id in on:
                doc[section] = _required(copy.deepcopy(sample[section]), schema[section]["schema"])
                for path, value in _leaves(known.get(section, {})):
                    _set(doc[section], path, value)
            else:
                doc.pop(section, None)
        doc["employment"]["form"] = "åremål" if "fixed_term" in on else "fast"
        for clause_id, path in FLAGS.items():
            _set(doc, path, clause_id in on)
        result = validation.validate(doc)
        if result.ok:
            return result.document, {p for p, _ in _leaves(known)}
        wrong = {p.path for p in result.errors}
        kept = [(p, v) for p, v in _leaves(known) if not any(p[:len(w)] == w or w[:len(p)] == p for w in wrong)]
        if len(kept) == len(list(_leaves(known))):
            known = {}
        else:
            known = {}
            for p, v in kept:
                _set(known, p, v)
    raise ValueError("no valid input for the suggestions")


def _other(value):
    """A value of the same kind that differs: what tells which parts of the text a field gives."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, Decimal)):
        return value + 1
    if isinstance(value, dt.date):
        return value + dt.timedelta(days=1)
    if isinstance(value, str) and value:
        for i in range(len(value) - 1, -1, -1):
            ch = value[i]
            if ch.isdigit():
                return value[:i] + ("1" if ch != "1" else "2") + value[i + 1:]
            if ch.isalpha():
                return value[:i] + ("a" if ch != "a" else "b") + value[i + 1:]
    return None


def _blanked(doc: dict, known: set[tuple], form: str) -> dict:
    """The render context of ``doc`` with every text a field the draft does not state gives
    replaced by a visible blank naming that field («[årslønn]»)."""
    ctx = context.build(doc)
    base = dict(_leaves(ctx))
    sources: dict[tuple, list[tuple]] = {}
    schema = _schema()
    for path, value in _leaves(doc):
        if path in known or path[0] == "language" or isinstance(path[-1], int):
            continue
        node = rule_at(schema, path)
        if node is None or node.get("allowed"):
            continue  # a choice between wordings (kind, form), not a value
        changed = _other(value)
        if changed is None:
            continue
        other = copy.deepcopy(doc)
        _set(other, path, changed)
        for ctx_path, ctx_value in _leaves(context.build(other)):
            if ctx_path[0] != "properties" and isinstance(base.get(ctx_path), str) and base[ctx_path] != ctx_value:
                sources.setdefault(ctx_path, []).append(path)
    generic = messages.text("suggest_blank", form)
    for ctx_path, fields in sources.items():
        if len(fields) == 1:
            label = field_label(fields[0], form)
        else:
            common = tuple(a for a, *rest in zip(*fields) if all(r == a for r in rest))
            label = field_label(common, form) if common else None
        label = label or generic
        _set(ctx, ctx_path, f"[{label[:1].lower() + label[1:]}]")
    return ctx


def wording(report: Report, passages: list[wordxml.Passage]) -> dict[str, list[tuple[str, bool]]]:
    """For each clause to suggest (``suggested``), its section of our agreement template in the
    draft's language form: (text, is the heading) of each paragraph, as ``generate`` renders it,
    with what the draft states and named blanks for the rest."""
    clauses = suggested(report)
    if not clauses or report.kind != "agreement":
        return {}
    form = form_of(report)
    text = "\n".join(p.text for p in passages)
    rules = catalogue.rules()
    on = {c.id for c in report.clauses if c.id in SECTIONS or c.id in FLAGS
          if c.status in (PRESENT, INCOMPLETE)} | set(clauses)
    doc, known = _document(report, text, form, on)
    rendered = generate.agreement_template(form).render(_blanked(doc, known, form))
    sections: dict[str, list[tuple[str, bool]]] = {}
    titles = {rules.clause(cid).title[form]: cid for cid in clauses}
    current = None
    for p in wordxml.read_passages(rendered, "mal"):
        if p.part != "body":
            continue
        if p.heading_level is not None:
            current = titles.get(p.text.strip())
            if current is not None:
                sections[current] = [(p.text.strip(), True)]
            continue
        if current is not None and not p.position.cells:
            sections[current].append((p.text, False))
    return sections
