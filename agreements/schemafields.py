"""Walking the input schema by field path: the node at a path, the field's human label, its shape."""

from __future__ import annotations

import functools

from . import resources

INPUT_SCHEMAS = ("agreement.yaml", "minutes.yaml")


def label_node(schema: dict, path: tuple) -> dict | None:
    """The schema mapping that holds the fields below ``path`` (list indexes are skipped)."""
    node: dict | None = schema
    for part in path:
        if isinstance(part, int):
            continue
        if not isinstance(node, dict) or part not in node:
            return None
        rule = node[part]
        inner = rule.get("schema")
        if rule.get("type") == "list" and isinstance(inner, dict) and "schema" in inner:
            inner = inner["schema"]
        node = inner if isinstance(inner, dict) else None
    return node


def rule_at(schema: dict, path: tuple) -> dict | None:
    """The schema rule of the field at ``path`` (list indexes are skipped), or None when unknown."""
    names = tuple(p for p in path if not isinstance(p, int))
    if not names:
        return None
    parent = label_node(schema, names[:-1])
    rule = parent.get(names[-1]) if isinstance(parent, dict) else None
    return rule if isinstance(rule, dict) else None


def field_label(path: tuple, lang: str, schema_name: str = "agreement.yaml") -> str | None:
    """The Norwegian (or English) label of the field at ``path``, or None when unknown."""
    rule = rule_at(resources.load_yaml(schema_name)["schema"], path)
    if rule is None:
        return None
    labels = rule.get("meta", {}).get("label", {})
    return labels.get(lang) or labels.get("nb")


def _shape(fields: dict) -> tuple[int, int, int]:
    """(collections nested, most fields in one mapping, most values) of a mapping with ``fields``;
    values count every mapping, list, field name and single value, as the reader does."""
    depth, widest, values = 1, len(fields), 1
    for rule in fields.values():
        inner, below, times = rule.get("schema"), 0, 1
        if rule.get("type") == "list":  # a list, and its items' rule
            below, times, values = 1, rule.get("maxlength", 0), values + 1
            inner = inner.get("schema") if isinstance(inner, dict) and inner.get("type") == "dict" else None
        if isinstance(inner, dict):
            inner_depth, inner_widest, inner_values = _shape(inner)
            below, widest = below + inner_depth, max(widest, inner_widest)
        else:
            inner_values = 1
        depth = max(depth, 1 + below)
        values += 1 + times * inner_values
    return depth, widest, values


@functools.cache
def shape() -> tuple[int, int, int]:
    """How deep the input schemas nest lists and mappings (the top mapping counts as one), the
    most fields one of their mappings has, and the most values (mappings, lists, field names and
    single values) a valid input can hold, every list full: no valid input goes past any of them."""
    found = [_shape(resources.load_yaml(name)["schema"]) for name in INPUT_SCHEMAS]
    return tuple(max(f[i] for f in found) for i in range(3))
