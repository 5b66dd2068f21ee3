"""The message table: every code the code can raise exists in every language, placeholders agree."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from agreements import messages, resources
from agreements.problems import Problem, error, warning

ROOT = Path(__file__).resolve().parent.parent
TABLE = messages.table()


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _codes_in_source() -> set[str]:
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "agreements").glob("*.py"))
    source += (ROOT / "cli.py").read_text(encoding="utf-8")
    found = set(re.findall(r'(?:error|warning|text|_error)\(\s*(?:field,\s*)?"([a-z_0-9]+)"', source))
    found |= set(re.findall(r'"([a-z_]+)" if re\.fullmatch', source))
    found |= set(re.findall(r'Finding\(\s*"([a-z_]+)"', source))
    found |= {f"note_{n}" for n in re.findall(r'notes(?:\.append\(|\s*=\s*\[)"([a-z_]+)"', source)}
    found |= {f"note_{n}" for n in re.findall(r'\["([a-z_]+)"\] if holes', source)}
    return found


def _composed_codes() -> set[str]:
    """Keys the report builds from values: statuses, levels, language forms, severities."""
    from agreements import checker
    statuses = {checker.PRESENT, checker.INCOMPLETE, checker.MISSING, checker.NOT_APPLICABLE}
    return ({f"status_{s}" for s in statuses} | {f"level_{lv}" for lv in ("law", "law_if", "ks", "practice")}
            | {f"form_{f}" for f in ("nb", "nn", "mixed", "unknown")}
            | {f"finding_{s}" for s in ("error", "warning", "info")}
            | {f"severity_{s}" for s in ("error", "warning")})


def _codes_from_schema() -> set[str]:
    types = set()

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("type"), str):
                types.add(f"type_{node['type']}")
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(resources.load_yaml("agreement.yaml")["schema"])
    return types


@pytest.mark.parametrize("code", sorted(TABLE))
def test_every_language_has_the_message_with_the_same_placeholders(code):
    entry = TABLE[code]
    assert set(entry) == set(messages.LANGUAGES)
    assert len({frozenset(_placeholders(text)) for text in entry.values()}) == 1


def test_every_code_used_has_a_message():
    used = _codes_in_source() | _codes_from_schema() | _composed_codes()
    assert used - set(TABLE) == set()
    assert {"note_placeholder", "note_only_in_deleted_text", "lint_split_tag", "waiver_without_severance"} <= used
    assert len(used) > 80  # the scan itself works


def test_render_names_field_label_and_severity():
    line = messages.render(error("probation_too_long", ("probation", "months"), limit=6), "nb")
    assert line == "FEIL probation.months (Prøvetid i måneder): Prøvetiden kan være høyst 6 måneder " \
                   "(arbeidsmiljøloven § 15-6)."
    line = messages.render(warning("ks_cv_consent_recommended", ("cv_publication", "consent")), "en")
    assert line.startswith("WARNING cv_publication.consent (Consent to CV publication): KS recommends")


def test_render_without_label_or_path():
    assert messages.render(error("unknown_field", ("zzz",), known="a"), "nb") == \
        "FEIL zzz: Ukjent felt. Gyldige felt her: a."
    assert messages.render(Problem("pdf_no_libreoffice"), "en").startswith("ERROR --pdf needs")


def _labels(node, path=()):
    if isinstance(node, dict):
        label = node.get("meta", {}).get("label") if isinstance(node.get("meta"), dict) else None
        if label is not None:
            yield ".".join(path), label
        for key, value in node.items():
            if key != "meta":
                yield from _labels(value, path + (str(key),))


@pytest.mark.parametrize("schema", ["agreement.yaml", "minutes.yaml"])
def test_every_field_label_exists_in_every_language(schema):
    labels = list(_labels(resources.load_yaml(schema)["schema"]))
    assert len(labels) > 30
    assert [path for path, label in labels if set(label) != set(messages.LANGUAGES)] == []


def test_nynorsk_message_uses_the_nynorsk_label():
    line = messages.render(error("probation_too_long", ("probation", "months"), limit=6), "nn")
    assert line == "FEIL probation.months (Prøvetid i månader): Prøvetida kan vere høgst 6 månader " \
                   "(arbeidsmiljølova § 15-6)."
