"""Template lint: variables the input cannot supply, input fields never used, broken tags, and
catalogue clauses a template cannot produce, for agreement and minutes templates alike."""

from __future__ import annotations

import bisect
import copy
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

import jinja2
from jinja2 import nodes

from . import checker, context, inputfile, messages, minutes, render, resources, validation, wordxml

SMART_QUOTES = "“”‘’„«»"
# a tag runs to its first closing brace, or to the end of the paragraph when it has none; every
# match that starts succeeds, so a paragraph is scanned once however many braces it has
_TAG = re.compile(r"\{[{%].*?(?:[%}]\}|\Z)", re.S)


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str  # error | warning
    params: dict = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Kind:
    """What a kind of template is merged with: a complete sample input, its schema, how the
    input becomes a render context, and the clause catalogue its output is checked against."""
    sample: Callable[[], dict]  # the raw sample input
    validate: Callable[[dict], validation.Result]
    schema: str
    build: Callable[[dict], dict]  # validated document -> render context
    catalogue: str


KINDS = {
    "agreement": Kind(lambda: resources.load_yaml("lint_sample.yaml"), validation.validate, "agreement.yaml",
                      context.build, "agreement"),
    # the bundled minutes example, with the salary talk so every branch of the template is merged
    "minutes": Kind(lambda: inputfile.read_input(resources.example("referat-fjordvik.yaml")), minutes.validate,
                    "minutes.yaml", lambda doc: minutes.build_context(doc, salary_talk=True), "minutes"),
}


# --- variables used by the template -------------------------------------------------------

def _chain(node) -> str | None:
    parts = []
    while isinstance(node, nodes.Getattr):
        parts.append(node.attr)
        node = node.node
    if isinstance(node, nodes.Name):
        return ".".join([node.name] + parts[::-1])
    return None


def _used_paths(source: str) -> set[str]:
    """Dotted context paths a template reads; loop variables resolve to their list, as ``list[]``."""
    env = jinja2.Environment()
    tree = env.parse(source)
    used: set[str] = set()

    def visit(node, scope: dict[str, str]):
        if isinstance(node, nodes.For):
            iterable = _chain(node.iter)
            visit(node.iter, scope)
            inner = dict(scope)
            if isinstance(node.target, nodes.Name) and iterable:
                inner[node.target.name] = _resolve(iterable, scope) + "[]"
            for child in node.body + node.else_:
                visit(child, inner)
            return
        if isinstance(node, (nodes.Getattr, nodes.Name)):
            chain = _chain(node)
            if chain and chain not in env.globals:  # range, dict, namespace …: Jinja's own
                used.add(_resolve(chain, scope))
                return
        for child in node.iter_child_nodes():
            visit(child, scope)

    visit(tree, {})
    return used


def _resolve(chain: str, scope: dict[str, str]) -> str:
    head, _, rest = chain.partition(".")
    if head in scope:
        return scope[head] + ("." + rest if rest else "")
    return chain


def _available(value, prefix: str = "") -> set[str]:
    out = {prefix} if prefix else set()
    if isinstance(value, dict):
        for key, inner in value.items():
            out |= _available(inner, f"{prefix}.{key}" if prefix else key)
    elif isinstance(value, list):
        out.add(prefix + "[]")
        for inner in value:
            out |= _available(inner, prefix + "[]")
    return out


def _lookup(ctx, path: str):
    node = ctx
    for part in path.split("."):
        if part.endswith("[]"):
            node = node.get(part[:-2]) if isinstance(node, dict) else None
            node = node[0] if isinstance(node, list) and node else None
        else:
            node = node.get(part) if isinstance(node, dict) else None
    return node


# --- input fields that reach the template -------------------------------------------------

def _leaves(doc, schema: dict, path=()):
    for key, value in doc.items():
        rule = schema.get(key, {})
        if rule.get("meta", {}).get("template") is False:
            continue
        inner = rule.get("schema", {})
        if isinstance(value, dict):
            yield from _leaves(value, inner, path + (key,))
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            yield from _leaves(value[0], inner.get("schema", {}), path + (key, 0))
        else:
            yield path + (key,), value


def _perturbed(value):
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value - 1 if value > 1 else value + 1
    if isinstance(value, Decimal):
        return value + 1
    if isinstance(value, dt.date):
        return value + dt.timedelta(days=1)
    if isinstance(value, list):
        return value + ["endret tekst"]
    return f"Endret {value}"  # changes the start, which every formatting keeps


def _set(doc, path, value):
    node = doc
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value


def _unused_fields(sample: dict, used: set[str], kind: Kind) -> list[str]:
    base = kind.build(sample)
    values = {p: _lookup(base, p) for p in used}
    unused = []
    schema = resources.load_yaml(kind.schema)["schema"]
    for path, value in _leaves(sample, schema):
        changed = copy.deepcopy(sample)
        _set(changed, path, _perturbed(value))
        try:
            ctx = kind.build(changed)
        except (KeyError, TypeError, ValueError):
            continue
        if all(_lookup(ctx, p) == values[p] for p in used):
            unused.append(".".join(str(p) for p in path if not isinstance(p, int)))
    return unused


# --- tags where nothing merges them -------------------------------------------------------

_TAG_START = re.compile(rb"\{[{%#]")


def unmerged_tags(template: render.Prepared) -> list[str]:
    """The XML parts, other than those a render merges (body, headers, footers, footnotes), that
    hold template tags: the core properties (set from the input), endnotes, comments and the rest
    would keep their tags as text."""
    merged = template.merged_parts
    return sorted(name for name, data in wordxml.members(template.data).items()
                  if name not in merged and name.endswith((".xml", ".rels")) and _TAG_START.search(data))


# --- the lint ------------------------------------------------------------------------------

def lint(data: bytes, name: str, kind: str = "agreement") -> list[Finding]:
    """Everything wrong with a template of ``kind`` (agreement or minutes), as findings (raises
    UnreadableDocument for non-.docx)."""
    rules = KINDS[kind]
    out: list[Finding] = []
    for part, runs in wordxml.paragraph_runs(data, name):
        joined, starts, ends, pos = "".join(runs), [], [], 0
        for run in filter(None, runs):  # the runs with text, end to end
            starts.append(pos)
            pos += len(run)
            ends.append(pos)
        for tag in _TAG.finditer(joined):
            within = tag.end() <= ends[bisect.bisect_right(starts, tag.start()) - 1]  # the run it starts in
            if not within:
                out.append(Finding("lint_split_tag", "error", {"part": part, "tag": tag.group(0)[:60]}))
            if any(q in tag.group(0) for q in SMART_QUOTES):
                out.append(Finding("lint_smart_quotes", "error", {"part": part, "tag": tag.group(0)[:60]}))
    sample = rules.validate(rules.sample())
    ctx = rules.build(sample.document)
    available = _available(ctx)
    used: set[str] = set()
    try:
        template = render.prepare(data, name)
        for source in template.sources.values():
            used |= _used_paths(source)
    except jinja2.TemplateSyntaxError as exc:
        return out + [Finding("lint_syntax", "error", {"detail": f"{exc.message} (linje {exc.lineno})"})]
    except RecursionError:  # Jinja's parser, and _used_paths, recurse once per level of nesting
        return out + [Finding("lint_syntax", "error", {"detail": "tags nested too deeply"})]
    for part in unmerged_tags(template):
        out.append(Finding("lint_tags_not_merged", "error", {"part": part}))
    for path in sorted(used - available):
        out.append(Finding("lint_unknown_variable", "error", {"name": path}))
    for path in _unused_fields(sample.document, used & available, rules):
        out.append(Finding("lint_unused_field", "warning", {"field": path}))
    if not any(f.severity == "error" for f in out):
        report = checker.check_bytes(render.render_bytes(template, ctx), name, rules.catalogue)
        for result in report.clauses:
            if result.status != checker.PRESENT:
                status = {lang: messages.text(f"status_{result.status}", lang) for lang in messages.LANGUAGES}
                out.append(Finding("lint_clause_not_produced", "error",
                                   {"clause": result.id, "title": dict(result.clause.title), "status": status}))
    return out
