"""Forms made from an input schema: the fields, form values to input data and back, and each problem at its field."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Mapping

from .. import messages, resources
from ..problems import Problem

# A form value is text, named by the field's dotted input path: "employer.address.street",
# "salary.supplements.0.description". A part with a yes/no question of its own (meta.form.switch)
# has that answer under SWITCH + its path: "switch.probation".
SWITCH = "switch."
INDEX, NUMBER = "__INDEX__", "__NUMBER__"  # in the empty row a script copies: the row's index and number
NAME_LENGTH = 200  # a text allowed to be longer than a name is a long text: a text area
FEW_CHOICES = 6  # at most this many allowed values are shown as radio buttons
EMPTY_ROWS = 1  # empty rows after a list's filled ones (and at least meta.form.rows rows in all)
TRUE, FALSE = "true", "false"
_INTEGER = re.compile(r"[+-]?[0-9]{1,18}")
_AMOUNT = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]+)?")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MISSING = object()


def fields(schema: str) -> dict:
    """The top-level fields of the input schema ``schema`` (agreement.yaml or minutes.yaml)."""
    return resources.load_yaml(schema)["schema"]


def widget(rule: dict) -> str:
    """How the form shows a field of this rule: group, list, choice, bool, integer, amount, date,
    textarea or text."""
    kind = rule.get("type")
    if kind == "dict":
        return "group"
    if kind == "list":
        return "list"
    if "allowed" in rule and len(rule["allowed"]) <= FEW_CHOICES:
        return "choice"
    if kind == "boolean":
        return "bool"
    if kind in ("integer", "amount"):
        return kind
    if kind == "isodate":
        return "date"
    if rule.get("maxlength", 0) > NAME_LENGTH:
        return "textarea"
    return "text"


def _form_meta(rule: dict) -> dict:
    meta = rule.get("meta", {})
    return meta.get("form", {}) if isinstance(meta, dict) else {}


def _item(rule: dict) -> dict:
    """The rule of one item of a list."""
    return rule.get("schema", {})


def as_text(value) -> str:
    """A value of the input as the form shows it (see ``to_data`` for the way back)."""
    if isinstance(value, bool):
        return TRUE if value else FALSE
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):  # «Merk: gjelder fra 2027» read by YAML as a field: the text again
        return ", ".join(f"{k}: {as_text(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(as_text(v) for v in value)
    return "" if value is None else str(value)


def amount_text(value) -> str:
    """An amount as people write it: digits in groups of three, decimal comma (1 250 000,50)."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)) or \
            (isinstance(value, Decimal) and not value.is_finite()):
        return as_text(value)
    sign, digits = ("-", str(value)[1:]) if str(value).startswith("-") else ("", str(value))
    whole, _, fraction = format(Decimal(digits), "f").partition(".")
    grouped = f"{int(whole):,}".replace(",", " ")
    return sign + grouped + ("," + fraction if fraction else "")


def _shown_text(rule: dict, value) -> str:
    return amount_text(value) if widget(rule) == "amount" else as_text(value)


# --- input data → form values ------------------------------------------------------------------

def to_form(schema: str, data: dict, defaults: bool = False) -> dict[str, str]:
    """The form values that show ``data``; with ``defaults``, fields the data leaves out show the
    schema's default (an empty form). Each part with a switch is answered from the data: yes when
    the part is there."""
    out: dict[str, str] = {}
    _dict_to_form(fields(schema), data if isinstance(data, dict) else {}, "", out, defaults)
    return out


def _dict_to_form(rules: dict, data: dict, prefix: str, out: dict, defaults: bool) -> None:
    for key, rule in rules.items():
        name = prefix + key
        value = data.get(key, _MISSING)
        if "switch" in _form_meta(rule):
            out[SWITCH + name] = TRUE if value is not _MISSING else FALSE
        kind = widget(rule)
        if kind == "group":
            _dict_to_form(rule["schema"], value if isinstance(value, dict) else {}, name + ".", out, defaults)
        elif kind == "list":
            item = _item(rule)
            for i, entry in enumerate(value if isinstance(value, list) else []):
                if widget(item) == "group":
                    _dict_to_form(item["schema"], entry if isinstance(entry, dict) else {}, f"{name}.{i}.", out, False)
                elif entry is not None:
                    out[f"{name}.{i}"] = _shown_text(item, entry)
        elif value is not _MISSING and value is not None:
            out[name] = _shown_text(rule, value)
        elif defaults and "default" in rule:
            out[name] = _shown_text(rule, rule["default"])


# --- form values → input data ------------------------------------------------------------------

def to_data(schema: str, form: Mapping[str, object]) -> dict:
    """The input data a filled-in form gives: values typed as validation expects them (integers,
    true/false, dates, exact amounts), text with its spaces folded; empty fields and empty rows
    left out, and every field of a part whose switch or condition is off. A value that cannot be
    read as its type is passed on as typed, so that validation names the field."""
    return _dict_data(fields(schema), "", form)


def shown(rule: dict, name: str, form: Mapping[str, object]) -> bool:
    """Whether a part is in use: its condition holds and its own switch (if any) is on."""
    meta = _form_meta(rule)
    when = meta.get("shown_when", {})
    if any(form.get(other) != as_text(value) for other, value in when.items()):
        return False
    return "switch" not in meta or form.get(SWITCH + name) == TRUE


def _kept_empty(rule: dict) -> bool:
    """A group that is there even with nothing filled in: a required one, or a part switched on,
    so that validation names each of its fields that must be filled in."""
    meta = _form_meta(rule)
    return bool(rule.get("required")) or "switch" in meta or "shown_when" in meta


def _dict_data(rules: dict, prefix: str, form: Mapping[str, object]) -> dict:
    out = {}
    for key, rule in rules.items():
        name = prefix + key
        if not shown(rule, name, form):
            continue
        kind = widget(rule)
        if kind == "group":
            value = _dict_data(rule["schema"], name + ".", form)
            if value or _kept_empty(rule):
                out[key] = value
        elif kind == "list":
            items = _list_data(rule, name, form)
            if items:
                out[key] = items
        else:
            value = _scalar(rule, form.get(name))
            if value is not _MISSING:
                out[key] = value
    return out


def row_indexes(form: Mapping[str, object], name: str) -> list[int]:
    """The row numbers a form holds for the list ``name``, in order."""
    start = name + "."
    found = set()
    for key in form:
        if isinstance(key, str) and key.startswith(start):
            index = key[len(start):].split(".", 1)[0]
            if index.isascii() and index.isdigit() and len(index) <= 6:
                found.add(int(index))
    return sorted(found)


def _list_data(rule: dict, name: str, form: Mapping[str, object]) -> list:
    item, out = _item(rule), []
    for i in row_indexes(form, name):
        if widget(item) == "group":
            value = _dict_data(item["schema"], f"{name}.{i}.", form)
            if value:
                out.append(value)
        else:
            value = _scalar(item, form.get(f"{name}.{i}"))
            if value is not _MISSING:
                out.append(value)
    return out


def _scalar(rule: dict, raw):
    if not isinstance(raw, str):
        return _MISSING
    text = " ".join(raw.split())
    if not text:
        return _MISSING
    kind = widget(rule)
    if kind == "bool":
        return {TRUE: True, FALSE: False}.get(text, text)
    if kind == "integer":
        return int(text) if _INTEGER.fullmatch(text) else text
    if kind == "amount":
        return _amount(text)
    if kind == "date":
        try:
            return dt.date.fromisoformat(text) if _ISO_DATE.fullmatch(text) else text
        except ValueError:
            return text
    return text


def _amount(text: str):
    """An amount typed in the form: spaces between the groups and a decimal comma are allowed."""
    digits = text.replace(" ", "").replace("\xa0", "").replace("\u202f", "")
    if not _AMOUNT.fullmatch(digits):
        return text
    try:
        return Decimal(digits.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        return text


# --- the fields to show ------------------------------------------------------------------------

@dataclass
class Node:
    """One thing the form shows: a section or group of fields (fieldset), a list of rows, one row,
    or a field. ``name`` is the dotted input path, ``id`` the element a problem links to."""

    kind: str
    name: str
    label: str
    id: str
    summary_label: str = ""
    hints: list[str] = field(default_factory=list)
    required: bool = False
    value: str = ""
    choices: list[tuple[str, str, str]] = field(default_factory=list)  # (value, label, element id)
    children: list["Node"] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    when: dict | None = None  # {"name", "value", "text"}: shown only when that field has that value
    switch: "Node | None" = None  # the part's own yes/no question
    template: "Node | None" = None  # a list's empty row, for the script that adds rows in place
    can_add: bool = False
    max_rows: int = 0
    autofocus: bool = False
    depth: int = 0

    @property
    def anchor(self) -> str:
        """The id a link to this field's problems points at: the first radio of a radio group."""
        return self.choices[0][2] if self.choices else self.id

    @property
    def hint_id(self) -> str:
        return self.id + "-hint"

    @property
    def error_id(self) -> str:
        return self.id + "-error"

    @property
    def warning_id(self) -> str:
        return self.id + "-warning"

    @property
    def described_by(self) -> str:
        ids = [self.hint_id] if self.hints else []
        ids += [self.error_id] if self.errors else []
        ids += [self.warning_id] if self.warnings else []
        return " ".join(ids)

    @property
    def inputmode(self) -> str:
        return {"integer": "numeric", "amount": "decimal"}.get(self.kind, "")

    def walk(self):
        yield self
        for child in ([self.switch] if self.switch else []) + self.children:
            yield from child.walk()


def element_id(name: str) -> str:
    return "f-" + name.replace(".", "-")


def _text(table: dict | None, lang: str) -> str:
    if not isinstance(table, dict):
        return ""
    return table.get(lang) or table.get(messages.DEFAULT_LANGUAGE, "")


def label_of(rule: dict, lang: str, fallback: str) -> str:
    return _text(rule.get("meta", {}).get("label"), lang) or fallback


def choice_label(rule: dict, value, lang: str) -> str:
    """The name of an allowed value (meta.choices), or of yes and no."""
    if rule.get("type") == "boolean":
        return messages.text("web_form_yes" if value is True else "web_form_no", lang)
    return _text(rule.get("meta", {}).get("choices", {}).get(value), lang) or str(value)


@dataclass
class Layout:
    """What ``build`` needs besides the values: the rows posted for each list and the list a row
    was asked for (``add``), so that a form sent back shows the rows the user had, and one more."""

    posted: Mapping[str, object] | None = None
    add: str | None = None


def build(schema: str, values: Mapping[str, str], lang: str, layout: Layout | None = None) -> list[Node]:
    """The nodes of the whole form, in the schema's order (``place`` puts the problems at them)."""
    layout = layout or Layout()
    return [_node(schema, key, rule, key, values, lang, layout, 0, None) for key, rule in fields(schema).items()]


def _hints(rule: dict, kind: str, lang: str) -> list[str]:
    hints = [_text(rule.get("meta", {}).get("help"), lang)]
    if kind == "date":
        hints.append(messages.text("web_form_date_hint", lang))
    if kind == "amount":
        hints.append(messages.text("web_form_amount_hint", lang))
    if "default" in rule and kind in ("bool", "choice"):
        hints.append(messages.text("web_form_default_choice_hint", lang, value=choice_label(rule, rule["default"], lang)))
    elif "default" in rule and kind not in ("list", "group"):
        hints.append(messages.text("web_form_default_hint", lang, value=_shown_text(rule, rule["default"])))
    return [h for h in hints if h]


def _when(schema: str, rule: dict, name: str, lang: str) -> dict | None:
    """The condition a part is shown under, with the line that says when to fill it in."""
    meta = _form_meta(rule)
    if "switch" in meta:
        question = _text(meta["switch"], lang)
        return {"name": SWITCH + name, "value": TRUE, "target": "part",
                "text": messages.text("web_form_when", lang, field=question,
                                      value=messages.text("web_form_yes", lang))}
    for other, value in meta.get("shown_when", {}).items():  # one condition per part
        other_rule = _rule_at(schema, other)
        return {"name": other, "value": as_text(value), "target": "self",
                "text": messages.text("web_form_when", lang, field=label_of(other_rule, lang, other),
                                      value=choice_label(other_rule, value, lang))}
    return None


def _rule_at(schema: str, dotted: str) -> dict:
    node: dict = {"schema": fields(schema)}
    for part in dotted.split("."):
        node = node["schema"][part]
    return node


def _node(schema: str, key: str, rule: dict, name: str, values: Mapping[str, str], lang: str, layout: Layout,
          depth: int, parent_label: str | None) -> Node:
    kind = widget(rule)
    label = label_of(rule, lang, key)
    node = Node(kind=kind, name=name, label=label, id=element_id(name), depth=depth,
                summary_label=f"{parent_label} – {label}" if parent_label else label,
                hints=_hints(rule, kind, lang), required=bool(rule.get("required")), value=values.get(name, ""))
    when = _when(schema, rule, name, lang)
    if when is not None:
        node.when = when
        if when["target"] == "part":
            switch_rule = {"type": "boolean", "required": True}
            node.switch = Node(kind="bool", name=when["name"], label=_text(_form_meta(rule)["switch"], lang),
                               id=element_id(when["name"]), value=values.get(when["name"], ""), depth=depth + 1,
                               choices=_choices(switch_rule, when["name"], lang, values.get(when["name"], "")))
            node.switch.summary_label = node.switch.label
    if kind == "group":
        node.children = [_node(schema, k, r, f"{name}.{k}", values, lang, layout, depth + 1, label)
                         for k, r in rule["schema"].items()]
    elif kind == "list":
        _rows(schema, node, rule, values, lang, layout)
    elif kind in ("choice", "bool"):
        node.choices = _choices(rule, name, lang, node.value)
    return node


def single(schema: str, dotted: str, name: str, value: str, lang: str) -> Node:
    """The field at ``dotted`` shown on its own under the form name ``name`` (the blank minutes
    template's choices); for a part with a switch, its yes/no question."""
    rule = _rule_at(schema, dotted)
    meta = _form_meta(rule)
    if "switch" in meta:
        label, rule = _text(meta["switch"], lang), {"type": "boolean", "required": True}
    else:
        label = label_of(rule, lang, dotted)
    kind = widget(rule)
    return Node(kind=kind, name=name, label=label, id=element_id(name), summary_label=label, value=value, depth=1,
                hints=_hints(rule, kind, lang), choices=_choices(rule, name, lang, value))


def _choices(rule: dict, name: str, lang: str, value: str = "") -> list[tuple[str, str, str]]:
    """The radio buttons of a field: each allowed value (or yes and no), and «not stated» for a
    field that may be left out and has no default (a radio button cannot be unchecked). A value
    from a file that is none of them is one more button, so that it is shown and kept."""
    allowed = rule.get("allowed") or [True, False]
    found = [(as_text(v), choice_label(rule, v, lang)) for v in allowed]
    if not rule.get("required") and "default" not in rule:
        found.append(("", messages.text("web_form_not_stated", lang)))
    if value and value not in {v for v, _ in found}:
        found.append((value, value))
    return [(value, text, f"{element_id(name)}-{i}") for i, (value, text) in enumerate(found)]


def _rows(schema: str, node: Node, rule: dict, values: Mapping[str, str], lang: str, layout: Layout) -> None:
    name, item = node.name, _item(rule)
    filled = len(row_indexes(values, name))
    least = _form_meta(rule).get("rows", 0)
    limit = rule.get("maxlength", 100)
    posted = len(row_indexes(layout.posted, name)) if layout.posted is not None else 0
    wanted = max(filled + EMPTY_ROWS, least, posted) + (1 if layout.add == name else 0)
    count = max(filled, min(wanted, limit))
    node.max_rows = limit
    node.can_add = count < limit
    node.children = [_row(schema, node, item, i, values, lang, layout) for i in range(count)]
    if layout.add == name and filled < count:
        first = next((n for n in node.children[-1].walk() if n.kind not in ("group", "row", "list")), None)
        if first is not None:
            first.autofocus = True
    node.template = _row(schema, node, item, INDEX, {}, lang, Layout())


def _row(schema: str, node: Node, item: dict, index, values, lang: str, layout: Layout) -> Node:
    number = NUMBER if index == INDEX else index + 1
    label = messages.text("web_form_row", lang, label=node.label, number=number)
    name = f"{node.name}.{index}"
    if widget(item) == "group":
        row = Node(kind="row", name=name, label=label, id=element_id(name), depth=node.depth + 1,
                   summary_label=label)
        row.children = [_node(schema, k, r, f"{name}.{k}", values, lang, layout, node.depth + 2, label)
                        for k, r in item["schema"].items()]
        return row
    kind = widget(item)
    return Node(kind=kind, name=name, label=label, id=element_id(name), depth=node.depth + 1, summary_label=label,
                hints=[h for h in _hints(item, kind, lang) if h], value=values.get(name, ""),
                choices=_choices(item, name, lang, values.get(name, "")) if kind in ("choice", "bool") else [])


# --- problems at their fields ------------------------------------------------------------------

@dataclass(frozen=True)
class Placed:
    """A problem as the page shows it: its message, and the field it is shown at (None: the
    summary only)."""

    problem: Problem
    message: str
    node: Node | None

    @property
    def text(self) -> str:
        return f"{self.node.summary_label}: {self.message}" if self.node is not None else self.message

    @property
    def href(self) -> str | None:
        return "#" + self.node.anchor if self.node is not None else None


def place(nodes: list[Node], problems, lang: str) -> list[Placed]:
    """Attach each problem to the field its path names, or to the nearest part above it (a
    section's problem goes to its fieldset) with the rest of the path in front; a problem whose
    path names nothing in the form (or has no path) is left for the summary, path in front."""
    by_name = {n.name: n for top in nodes for n in top.walk()}
    placed = []
    for problem in problems:
        message = messages.text(problem.code, lang, **problem.params)
        path, rest = [str(p) for p in problem.path], []
        node = None
        while path and node is None:
            node = by_name.get(".".join(path))
            if node is None:
                rest.insert(0, path.pop())
        if rest:  # the part of the path the form has no field for (an unknown field in a file)
            message = f"{'.'.join(rest)}: {message}"
        if node is not None:
            (node.errors if problem.is_error else node.warnings).append(message)
        placed.append(Placed(problem, message, node))
    return placed
