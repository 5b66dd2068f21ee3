"""Validation of agreement input: cerberus schema, cross-field rules and KS warnings, all as Problems."""

from __future__ import annotations

import copy
import functools
import dataclasses
import datetime as dt
import difflib
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import cerberus

from . import catalogue, checker, messages, resources
from .problems import Problem, error, warning
from .norwegian_ids import find_fnr, mask, orgnr_is_valid
from .schemafields import label_node, rule_at

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class _Validator(cerberus.Validator):
    """Cerberus with the project's types, coercers and checks; errors carry message codes."""

    types_mapping = {
        **cerberus.Validator.types_mapping,
        "isodate": cerberus.TypeDefinition("isodate", (dt.date,), (dt.datetime,)),
        "amount": cerberus.TypeDefinition("amount", (Decimal,), ()),
        # cerberus counts True and False as integers (bool is an int in Python); «months: yes» is not 1
        "integer": cerberus.TypeDefinition("integer", (int,), (bool,)),
    }

    @property
    def schema(self):
        """The schema as a plain mapping once cerberus has checked it (when it was assigned).

        Cerberus normalizes with a copy of a checked ``DefinitionSchema`` and writes each field
        back into it, and every copy and write checks the schema again by hashing all of it: on
        our schema that was three quarters of the time of a validation. A plain mapping is read
        the same way, so the result is unchanged and the schema is checked once per process."""
        schema = self._schema
        return schema.schema if isinstance(schema, cerberus.schema.DefinitionSchema) else schema

    @schema.setter
    def schema(self, schema):
        cerberus.Validator.schema.fset(self, schema)

    def _normalize_coerce_isodate(self, value):
        if isinstance(value, str) and _ISO_DATE.match(value.strip()):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                return value
        return value

    def _normalize_coerce_amount(self, value):
        if isinstance(value, bool):
            return value
        if isinstance(value, Decimal) and not value.is_finite():  # .nan, .inf: not an amount at all
            return str(value)
        if isinstance(value, int):
            return Decimal(value)
        if isinstance(value, str):
            try:
                return Decimal(value.strip().replace(" ", "").replace("\xa0", ""))
            except InvalidOperation:
                return value
        return value

    def _normalize_coerce_text(self, value):
        return " ".join(value.split()) if isinstance(value, str) else value

    def _normalize_coerce_orgnr(self, value):
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, str):
            return re.sub(r"[\s\xa0]", "", value)
        return value

    # cerberus runs check_with even after a null or type error; those are reported already
    def _check_with_orgnr(self, field, value):
        if isinstance(value, str) and not orgnr_is_valid(value):
            self._error(field, "orgnr_invalid" if re.fullmatch(r"\d{9}", value) else "orgnr_format")

    def _check_with_postal_code(self, field, value):
        if isinstance(value, str) and not re.fullmatch(r"\d{4}", value):
            self._error(field, "postal_code_format")

    def _check_with_amount(self, field, value):
        if not isinstance(value, Decimal):
            return
        if not value.is_finite() or value <= 0:
            self._error(field, "amount_not_positive")
        elif value > _rules()["limits"]["amount_max"]:
            self._error(field, "amount_too_large")
        elif value.as_tuple().exponent < -2:
            self._error(field, "amount_decimals")


@dataclass(frozen=True)
class Result:
    """Outcome of validation: the normalized document (when valid) and every problem found."""

    document: dict | None
    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def ok(self) -> bool:
        return not self.errors


def _schema(name: str = "agreement.yaml") -> dict:
    return resources.load_yaml(name)["schema"]


@functools.cache
def validator(name: str) -> _Validator:
    """One validator per schema and process: cerberus checks the schema itself when built."""
    return _Validator(_schema(name))


def _rules() -> dict:
    return resources.load_yaml("rules.yaml")


_CERBERUS_RULE_CODES = {
    "required": "required",
    "nullable": "null_value",
    "empty": "empty",
    "allowed": "not_allowed",
    "min": "min_value",
    "max": "max_value",
    "minlength": "min_items",
    "maxlength": "max_length",
}


def _leaf_errors(errors):
    for err in errors:
        if err.is_group_error:
            yield from _leaf_errors(err.child_errors)
        else:
            yield err


def _unknown_field_problem(path: tuple, fields: dict | None) -> Problem:
    """An unknown field at ``path``; ``fields`` are those the schema knows there."""
    known = sorted(fields) if isinstance(fields, dict) else []
    near = difflib.get_close_matches(str(path[-1]), known, n=1, cutoff=0.6)
    if near:
        return error("unknown_field_suggest", path, suggestion=near[0])
    return error("unknown_field", path, known=", ".join(known))


def _rule_at(schema_name: str, path: tuple) -> dict:
    """The schema rule of the field at ``path`` ({} for a list item or an unknown field)."""
    if not path or not isinstance(path[-1], str):
        return {}
    return rule_at(_schema(schema_name), path) or {}


def _as_written(value) -> str:
    """A value as YAML or JSON writes it, when the text the user wrote is not known."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


_LEADING_ZERO = re.compile(r"[-+]?0[\d_]+")


def _text_typed(path: tuple, value, written: dict, schema_name: str) -> Problem | None:
    """A text field given what YAML typed by itself from text written without quotes (a number,
    true/false, a date, «Merk: gjelder» read as a field): say what YAML did and to use quotes,
    quoting the text as written when the reader recorded it."""
    text, made = written.get(path, (None, None))
    known = text is not None and type(made) is type(value) and made == value
    if isinstance(value, dict):  # only a mapping YAML made of one line of text
        return error("text_read_as_field", path, written=text) if known else None
    if not isinstance(value, (bool, int, float, Decimal, dt.date)):
        return None
    text = text if known else _as_written(value)
    allowed = _rule_at(schema_name, path).get("allowed")
    if allowed:
        return error("text_read_as_choice", path, written=text, value=_as_written(value),
                     allowed=", ".join(map(str, allowed)))
    if isinstance(value, bool):
        return error("text_read_as_bool", path, written=text, value=_as_written(value))
    if isinstance(value, dt.date):
        return error("text_read_as_date", path, written=text)
    code = "text_read_as_leading_zero" if _LEADING_ZERO.fullmatch(text) else "text_read_as_number"
    return error(code, path, written=text, value=_as_written(value))


def _problem_from_cerberus(err, schema_name: str = "agreement.yaml", written: dict | None = None) -> Problem:
    path = tuple(err.document_path)
    if err.code == cerberus.errors.UNKNOWN_FIELD.code:  # not met: _bound removes unknown fields first
        return _unknown_field_problem(path, label_node(_schema(schema_name), path[:-1]))
    if err.rule == "check_with" or err.code == cerberus.errors.CUSTOM.code:
        return error(err.info[0] if err.info else "invalid", path)
    if err.rule == "type":
        typed = _text_typed(path, err.value, written or {}, schema_name) if err.constraint == "string" else None
        return typed or error(f"type_{err.constraint}", path)
    if err.rule == "maxlength" and isinstance(err.value, list):
        return error("max_items", path, limit=err.constraint)
    code = _CERBERUS_RULE_CODES.get(err.rule, "invalid")
    params = {"limit": err.constraint}
    if err.rule == "allowed":
        params = {"allowed": ", ".join(str(a) for a in err.constraint)}
    return error(code, path, **params)


def _strip_refused(node, path: tuple, refused: set[str], found: list[Problem]):
    """Remove refused keys (e.g. fødselsnummer) from a copy of the document, reporting each."""
    if isinstance(node, dict):
        for key in list(node):
            if isinstance(key, str) and key.strip().lower().replace("-", "_") in refused:
                found.append(error("personal_id_refused", path + (key,)))
                del node[key]
            else:
                _strip_refused(node[key], path + (key,), refused, found)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            _strip_refused(item, path + (i,), refused, found)


# Characters XML (and so Word) cannot store; the whitespace among them (\v, \f, \x1c–\x1f) is
# folded into spaces by the text coercion, so only these are refused
_NOT_IN_XML = re.compile("[\x00-\x08\x0e-\x1b\ud800-\udfff\ufffe\uffff]")


def _text_values(node, path: tuple, found: list[Problem]) -> None:
    """Every text value: no fødselsnummer (shown masked), nothing that looks like an unfilled
    blank, no character a Word document cannot store."""
    if isinstance(node, str):
        bad = _NOT_IN_XML.search(node)
        if bad:
            found.append(error("control_character", path, char=f"U+{ord(bad.group(0)):04X}"))
        for fnr in find_fnr(node):
            found.append(error("personal_id_in_text", path, masked=mask(fnr)))
        for pattern in catalogue.rules().placeholders:
            hole = pattern.search(node)
            if hole:
                found.append(error("placeholder_in_value", path, text=hole.group(0)))
                break
    elif isinstance(node, dict):
        for key, value in node.items():
            _text_values(value, path + (key,), found)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            _text_values(value, path + (i,), found)


def _language_form_problems(doc: dict, schema_name: str) -> list[Problem]:
    """Free text with words only the other language form uses (the checker's word lists)."""
    form = doc.get("language")
    if form not in ("nb", "nn"):
        return []
    other = "nn" if form == "nb" else "nb"
    rules = catalogue.rules()
    names = {lang: {shown: messages.text(f"form_{lang}", shown) for shown in messages.LANGUAGES}
             for lang in (form, other)}
    out = []

    def walk(node, path: tuple):
        if isinstance(node, str):
            if path != ("language",) and "allowed" not in _rule_at(schema_name, path):
                words = checker.form_words(node, rules)[other]
                if words:
                    out.append(warning("text_in_other_form", path, language=form, form=names[form],
                                       other=names[other], words=", ".join(f"«{w}»" for w in dict.fromkeys(words))))
        elif isinstance(node, dict):
            for key, value in node.items():
                walk(value, path + (key,))
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, path + (i,))

    walk(doc, ())
    return out


def validate(data: dict, written: dict | None = None) -> Result:
    """Validate raw agreement input; every problem is reported at once, errors and warnings alike.
    ``written`` is the text of values YAML typed by itself (``inputfile.Parsed.written``)."""
    return validate_with(data, "agreement.yaml", _cross_field_problems, written)


def validate_with(data: dict, schema_name: str, cross_field, written: dict | None = None) -> Result:
    """Validate ``data`` against a schema in schemas/ plus ``cross_field(document)`` rules."""
    problems: list[Problem] = []
    doc = copy.deepcopy(data)
    _strip_refused(doc, (), set(_rules()["refused_fields"]), problems)
    _bound(doc, _schema(schema_name), (), problems)
    _text_values(doc, (), problems)
    _text_total(doc, problems)
    engine = validator(schema_name)
    valid = engine.validate(doc)
    problems.extend(_problem_from_cerberus(e, schema_name, written) for e in _leaf_errors(engine._errors))
    normalized = engine.document if engine.document is not None else doc
    problems.extend(_language_form_problems(normalized, schema_name))
    problems.extend(cross_field(normalized))
    problems = ordered(dataclasses.replace(p, schema=schema_name) for p in problems)
    ok = valid and not any(p.is_error for p in problems)
    return Result(normalized if ok else None, problems)


def ordered(problems) -> list[Problem]:
    """Problems once each, errors first, then by field and code: the order they are shown in."""
    return sorted(set(problems), key=lambda p: (not p.is_error, [str(x) for x in p.path], p.code))


def _bound(node: dict, fields: dict, path: tuple, found: list[Problem]) -> None:
    """Before cerberus sees the document (its errors cost time with the square of their number):
    report each unknown field and remove it, and cut each list longer than the schema allows to
    that length, reporting it with the limit. What cerberus is given is then no larger than the
    schema: its work, and the number of its errors, is bounded whatever the input holds."""
    for key in list(node):
        rule = fields.get(key)
        if not isinstance(rule, dict):
            found.append(_unknown_field_problem(path + (key,), fields))
            del node[key]
            continue
        value, inner = node[key], rule.get("schema")
        if rule.get("type") == "list" and isinstance(value, list):
            limit = rule.get("maxlength")
            if limit is not None and len(value) > limit:
                found.append(error("max_items", path + (key,), limit=limit))
                del value[limit:]
            if isinstance(inner, dict) and inner.get("type") == "dict" and isinstance(inner.get("schema"), dict):
                for i, item in enumerate(value):
                    if isinstance(item, dict):
                        _bound(item, inner["schema"], path + (key, i), found)
        elif rule.get("type") == "dict" and isinstance(value, dict) and isinstance(inner, dict):
            _bound(value, inner, path + (key,), found)


def _text_total(doc: dict, found: list[Problem]) -> None:
    """All text in the input together: no more than any agreement needs (rules.yaml), so that the
    document made of it stays well within what the self-check reads back (checker: text_chars)."""
    limit = _rules()["limits"]["input_text_chars"]
    count = sum(map(len, _strings(doc)))
    if count > limit:
        found.append(error("input_text_too_long", (), count=count, limit=limit))


def _strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def get(doc, *path, default=None):
    node = doc
    for key in path:
        if not isinstance(node, dict) or key not in node:
            return default
        node = node[key]
    return node


def _is_date(value) -> bool:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def expected_fixed_term_end(start: dt.date, years: int) -> dt.date:
    """Last day of an åremål period of ``years`` that starts on ``start``.

    >>> expected_fixed_term_end(dt.date(2027, 1, 1), 6)
    datetime.date(2032, 12, 31)
    >>> expected_fixed_term_end(dt.date(2028, 2, 29), 6)
    datetime.date(2034, 2, 27)
    """
    try:
        same_day = start.replace(year=start.year + years)
    except ValueError:  # 29 February into a non-leap year
        same_day = start.replace(year=start.year + years, day=28)
    return same_day - dt.timedelta(days=1)


def _cross_field_problems(doc: dict) -> list[Problem]:
    rules = _rules()
    limits = rules["limits"]
    out: list[Problem] = []
    kind = get(doc, "employer", "kind")
    kind = kind if isinstance(kind, str) else None  # any other shape is a schema error already
    name = get(doc, "employer", "name")
    governance = get(doc, "employer", "governance")

    # Employers with parliamentary government have no kommunedirektør.
    if governance == "parlamentarisk":
        out.append(error("parliamentary_employer", ("employer", "governance")))
    elif governance is None and isinstance(name, str) and name.casefold() in {
        n.casefold() for n in rules["parliamentary_employers"]
    }:
        out.append(error("parliamentary_employer_known", ("employer", "name"), name=name))

    if isinstance(name, str) and kind in rules["employer_name_words"] and not re.search(
            rules["employer_name_words"][kind], name, re.IGNORECASE):
        out.append(error("employer_name_kind", ("employer", "name"), kind=kind))

    council = get(doc, "employer", "council_name")
    allowed_councils = rules["council_names"].get(kind, [])
    if isinstance(council, str) and allowed_councils and council not in allowed_councils:
        out.append(error("council_name_not_allowed", ("employer", "council_name"),
                         allowed=", ".join(allowed_councils)))

    months = get(doc, "probation", "months")
    if isinstance(months, int) and months > limits["probation_max_months"]:
        out.append(error("probation_too_long", ("probation", "months"),
                         limit=limits["probation_max_months"]))

    form = get(doc, "employment", "form")
    fixed = get(doc, "fixed_term")
    if form == "åremål" and fixed is None:
        out.append(error("fixed_term_required", ("fixed_term",)))
    if form == "fast" and fixed is not None:
        out.append(error("fixed_term_without_aaremaal", ("fixed_term",)))
    years = get(doc, "fixed_term", "years")
    if isinstance(years, int) and years < limits["fixed_term_min_years"]:
        out.append(error("fixed_term_too_short", ("fixed_term", "years"),
                         limit=limits["fixed_term_min_years"]))
    start = get(doc, "start_date")
    end = get(doc, "fixed_term", "end_date")
    if _is_date(start) and _is_date(end) and isinstance(years, int) and 0 < years < 100:  # else: schema error
        expected = expected_fixed_term_end(start, years)
        if end != expected:
            out.append(error("fixed_term_end_mismatch", ("fixed_term", "end_date"),
                             expected=expected.isoformat(), years=years))

    notice = get(doc, "notice", "months")
    if isinstance(notice, int) and notice < limits["notice_min_months"]:
        out.append(error("notice_too_short", ("notice", "months"), limit=limits["notice_min_months"]))

    waiver = get(doc, "employment_protection_waiver", "agreed")
    if waiver is True and get(doc, "severance_pay") is None:
        out.append(error("waiver_requires_severance", ("severance_pay",)))
    if waiver is False and get(doc, "employment", "new_appointment", default=True) is True:
        out.append(warning("ks_waiver_recommended", ("employment_protection_waiver", "agreed")))
    if get(doc, "severance_pay", "reduce_for_other_income") is False:
        out.append(warning("severance_without_reduction", ("severance_pay", "reduce_for_other_income")))

    if get(doc, "development_dialogue", "agreed") is False:
        out.append(warning("ks_dialogue_recommended", ("development_dialogue", "agreed")))
    if get(doc, "cv_publication", "consent") is False:
        out.append(warning("ks_cv_consent_recommended", ("cv_publication", "consent")))

    body = get(doc, "salary_review", "body")
    council_word = council or _council_default(kind)
    if isinstance(body, str) and council_word and body.casefold() != council_word.casefold() \
            and get(doc, "salary_review", "delegation_decision") is None:
        out.append(error("delegation_decision_required", ("salary_review", "delegation_decision"),
                         body=body))

    decided = get(doc, "council_decision", "date")
    if _is_date(decided) and _is_date(start) and decided > start:
        out.append(warning("decision_after_start", ("council_decision", "date")))
    signed = get(doc, "signatures", "date")
    if _is_date(signed) and _is_date(decided) and signed < decided:
        out.append(warning("signed_before_decision", ("signatures", "date")))
    if _is_date(signed) and _is_date(start) and (signed - start).days > 7:
        out.append(warning("signed_late", ("signatures", "date")))
    return out


def _council_default(kind) -> str | None:
    terms = resources.load_yaml("terms.yaml")["nb"]
    return terms.get(kind, {}).get("council") if isinstance(kind, str) else None
