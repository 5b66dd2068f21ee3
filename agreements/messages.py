"""The message table (schemas/messages.yaml) and how a Problem becomes a line of text."""

from __future__ import annotations

from . import resources
from .problems import AgreementsError, Problem, http_status
from .schemafields import field_label

LANGUAGES = ("nb", "nn", "en")
DEFAULT_LANGUAGE = "nb"


def table() -> dict[str, dict[str, str]]:
    return resources.load_yaml("messages.yaml")


def text(code: str, lang: str = DEFAULT_LANGUAGE, **params) -> str:
    """The message ``code`` in ``lang`` with its placeholders filled. A parameter given in each
    language (a mapping such as a clause title, ``{"nb": …, "nn": …, "en": …}``) is shown in ``lang``."""
    entry = table()[code]
    params = {name: value.get(lang, value[DEFAULT_LANGUAGE]) if isinstance(value, dict) else value
              for name, value in params.items()}
    return entry.get(lang, entry[DEFAULT_LANGUAGE]).format(**params)


def render(problem: Problem, lang: str = DEFAULT_LANGUAGE) -> str:
    """One problem as a line: severity, field path and label (when it has one), message."""
    message = text(problem.code, lang, **problem.params)
    severity = text(f"severity_{problem.severity.value}", lang)
    if not problem.path:
        return f"{severity} {message}"
    label = field_label(problem.path, lang, problem.schema)
    if label is None:
        return text("field_line_bare", lang, severity=severity, field=problem.dotted, message=message)
    return text("field_line", lang, severity=severity, field=problem.dotted, label=label,
                message=message)


def _plain(value):
    """A parameter as JSON can carry it: numbers and text as they are, dates and amounts as text."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return str(value)


def problem_data(problem: Problem, lang: str = DEFAULT_LANGUAGE) -> dict:
    """One problem as data for JSON (the CLI's ``--format json`` and the web API): its code,
    severity, field path and label, parameters, and the message in ``lang``."""
    return {
        "code": problem.code,
        "severity": problem.severity.value,
        "path": list(problem.path),
        "field": problem.dotted or None,
        "label": field_label(problem.path, lang, problem.schema) if problem.path else None,
        "params": _plain(problem.params),
        "message": text(problem.code, lang, **problem.params),
    }


def error_data(exc: AgreementsError, lang: str = DEFAULT_LANGUAGE) -> dict:
    """A failure as data: the first problem's code and message, the exit code the CLI gives and the
    HTTP status the web gives for it (its own, for a refusal of the web's such as 403), and every
    problem (``problem_data``)."""
    first = exc.problems[0]
    return {
        "code": first.code,
        "exit_code": int(exc.exit_code),
        "http_status": getattr(exc, "http_status", None) or http_status(exc.exit_code),
        "message": text(first.code, lang, **first.params),
        "problems": [problem_data(p, lang) for p in exc.problems],
    }
