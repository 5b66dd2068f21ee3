"""The message table (schemas/messages.yaml) and how a Problem becomes a line of text."""

from __future__ import annotations

from . import resources
from .problems import Problem
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
