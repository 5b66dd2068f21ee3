"""Walking the input schema by field path: the node at a path and the field's human label."""

from __future__ import annotations

from . import resources


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


def field_label(path: tuple, lang: str, schema_name: str = "agreement.yaml") -> str | None:
    """The Norwegian (or English) label of the field at ``path``, or None when unknown."""
    schema = resources.load_yaml(schema_name)["schema"]
    names = [p for p in path if not isinstance(p, int)]
    if not names:
        return None
    parent = label_node(schema, tuple(names[:-1]))
    if not isinstance(parent, dict) or names[-1] not in parent:
        return None
    labels = parent[names[-1]].get("meta", {}).get("label", {})
    return labels.get(lang) or labels.get("nb")
