"""Input files (YAML or JSON) to plain Python data with plain-language syntax errors, and back to YAML."""

from __future__ import annotations

import collections.abc
import functools
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml

from . import filekind, messages, resources
from .problems import UnreadableInput, error

MAX_INPUT_BYTES = 2 * 1024 * 1024  # an agreement input is a few kilobytes


_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when PyYAML has it
_STR_TAG = "tag:yaml.org,2002:str"


class _StrictLoader(_BASE_LOADER):
    """Safe loader that keeps money exact (floats become Decimal) and refuses duplicate keys."""


class _DuplicateKey(yaml.constructor.ConstructorError):
    def __init__(self, key, first: yaml.Mark, mark: yaml.Mark):
        super().__init__(None, None, f"duplicate key {key!r}", mark)
        self.key, self.first = key, first


class _NotANumber(yaml.constructor.ConstructorError):
    def __init__(self, text: str, mark: yaml.Mark):
        super().__init__(None, None, f"{text!r} is not a number that can be used", mark)
        self.text = text


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal:
    text = loader.construct_scalar(node).replace("_", "")
    try:
        value = Decimal(text)
    except InvalidOperation:  # YAML 1.1 forms Decimal does not read, such as 1:30 (base 60)
        value = None
    if value is None or not value.is_finite():  # .nan and .inf are no amounts either
        raise _NotANumber(node.value, node.start_mark)
    return value


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False):
    loader.flatten_mapping(node)
    seen: dict = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if not isinstance(key, collections.abc.Hashable):
            raise yaml.constructor.ConstructorError(None, None, "found unhashable key", key_node.start_mark)
        if key in seen:
            raise _DuplicateKey(key, seen[key], key_node.start_mark)
        seen[key] = key_node.start_mark
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)
_StrictLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping
)


@dataclass(frozen=True)
class Parsed:
    """An input document, and for every value YAML typed by itself from text written without
    quotes (a number, true/false, a date, «key: value» read as a field) that text and the value
    made of it: path → (text, value). Messages quote what the user wrote, not what YAML made."""

    data: dict
    written: dict[tuple, tuple[str, object]] = field(default_factory=dict)


def _key(loader, node: yaml.Node):
    return node.value if isinstance(node, yaml.ScalarNode) and node.tag == _STR_TAG else \
        loader.construct_object(node, deep=True)


def _written(loader, text: str, node: yaml.Node, path: tuple, out: dict) -> None:
    """Record the source text of the plain scalars YAML gave a type other than text."""
    if isinstance(node, yaml.ScalarNode):
        if not node.style and node.tag != _STR_TAG:  # plain: style None (PyYAML) or "" (libyaml)
            out[path] = (node.value, loader.construct_object(node))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _written(loader, text, item, path + (i,), out)
    elif isinstance(node, yaml.MappingNode):
        if len(node.value) == 1 and not node.flow_style:  # «- Merk: dette gjelder» in a list of texts
            key_node, value_node = node.value[0]
            if isinstance(key_node, yaml.ScalarNode) and isinstance(value_node, yaml.ScalarNode) \
                    and key_node.start_mark.line == value_node.end_mark.line:
                out[path] = (text[key_node.start_mark.index:value_node.end_mark.index],
                             loader.construct_object(node, deep=True))
        for key_node, value_node in node.value:
            _written(loader, text, value_node, path + (_key(loader, key_node),), out)


def _load_yaml(text: str) -> Parsed:
    loader = _StrictLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return Parsed(None)
        data = loader.construct_document(node)
        written: dict = {}
        if isinstance(data, dict):
            _written(loader, text, node, (), written)
        return Parsed(data, written)
    finally:
        loader.dispose()


def _reject_json_constant(name: str):
    raise ValueError(f"{name} is not allowed")


# --- syntax errors in plain words -----------------------------------------------------------

_BREAKS = "\n\r\x85\u2028\u2029"
_BREAK = re.compile(r"\r\n|[\n\r\x85\u2028\u2029]")


@functools.cache
def _causes() -> dict[str, list[tuple[str, str, dict[str, re.Pattern]]]]:
    """schemas/syntax_causes.yaml compiled: format → [(code, mark, {what: pattern})]."""
    table = resources.load_yaml("syntax_causes.yaml")
    return {fmt: [(rule["code"], rule.get("mark", "problem"),
                   {what: re.compile(pattern) for what, pattern in rule.items() if what not in ("code", "mark")})
                  for rule in rules]
            for fmt, rules in table.items()}


def _line_start(text: str, index: int) -> int:
    return max(text.rfind(b, 0, index) for b in _BREAKS) + 1


def _previous_line(text: str, index: int) -> int | None:
    """Index of the first character of the nearest non-blank line above ``index``'s line."""
    end = _line_start(text, index) - 1
    while end > 0:
        start = _line_start(text, end)
        line = text[start:end]
        if line.strip() and not line.lstrip().startswith("#"):
            return start + len(line) - len(line.lstrip())
        end = start - 1
    return None


def _spot(text: str, index: int) -> dict[str, str]:
    start = _line_start(text, index)
    previous = _previous_line(text, index)
    return {"char": text[index:index + 1], "before": text[start:index], "head": text[:index],
            "previous": text[previous:_line_start(text, index)].rstrip(_BREAKS) if previous is not None else ""}


def _position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of character ``index``."""
    start = _line_start(text, index)
    return len(_BREAK.findall(text, 0, start)) + 1, index - start + 1


def _explain(fmt: str, text: str, problem: str, context: str | None, at: int,
             context_at: int | None = None) -> tuple[str, int]:
    """The message code for a syntax error, and where to report it."""
    spots = {"problem": _spot(text, at)}
    if context_at is not None:
        spots["context"] = _spot(text, context_at)
    for code, mark, patterns in _causes()[fmt]:
        found = dict(spots["problem"], problem=problem, context=context or "")
        if all(p.fullmatch(found[what]) if what == "char" else p.search(found[what])
               for what, p in patterns.items()):
            if mark == "problem":
                return code, at
            if mark == "context" and context_at is not None:
                return code, context_at
            if mark == "previous":
                above = _previous_line(text, at)
                if above is not None:
                    return code, above
    return "syntax_error", at


def _syntax_problem(fmt: str, text: str, source: str, problem: str, context: str | None, at: int,
                    context_at: int | None = None, written: str = ""):
    code, where = _explain(fmt, text, problem, context, at, context_at)
    line, column = _position(text, where)
    char = text[where:where + 1]
    return error(code, file=source, line=line, column=column, format=fmt.upper(), detail=problem,
                 char=char if char.isprintable() and char.strip() else f"U+{ord(char):04X}" if char else "",
                 text=written)


def _yaml_problem(exc: yaml.YAMLError, text: str, source: str):
    if isinstance(exc, _DuplicateKey):
        line, column = _position(text, exc.problem_mark.index)
        return error("duplicate_key", file=source, line=line, column=column, key=str(exc.key),
                     first_line=exc.first.line + 1)
    if isinstance(exc, yaml.reader.ReaderError):  # a character no YAML file may hold
        char = exc.character if isinstance(exc.character, int) else ord(exc.character)
        line, column = _position(text, exc.position)
        return error("syntax_control_character", file=source, line=line, column=column, format="YAML",
                     detail=exc.reason, char=f"U+{char:04X}")
    if isinstance(exc, yaml.MarkedYAMLError) and (exc.problem_mark or exc.context_mark):
        mark = exc.problem_mark or exc.context_mark
        context_at = exc.context_mark.index if exc.context_mark else None
        return _syntax_problem("yaml", text, source, exc.problem or exc.context or "", exc.context, mark.index,
                               context_at, getattr(exc, "text", ""))
    return error("syntax_error", file=source, line=0, column=0, format="YAML", detail=str(exc), char="")


_JSON_CONSTANT = re.compile(r'"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)')


def _json_constant_at(text: str) -> int:
    """Where the first NaN or Infinity outside a string is (json does not say)."""
    return next((m.start(1) for m in _JSON_CONSTANT.finditer(text) if m.group(1)), 0)


def parse(text: str, source: str, fmt: str) -> Parsed:
    """Parse ``text`` as ``fmt`` ("yaml" or "json"); ``source`` names it in messages."""
    if not text.strip():
        raise UnreadableInput(error("input_empty", file=source))
    try:
        if fmt == "json":
            parsed = Parsed(json.loads(text, parse_float=Decimal, parse_constant=_reject_json_constant))
        else:
            parsed = _load_yaml(text)  # a SafeLoader subclass
    except json.JSONDecodeError as exc:
        raise UnreadableInput(_syntax_problem("json", text, source, exc.msg, None, exc.pos)) from None
    except yaml.YAMLError as exc:
        raise UnreadableInput(_yaml_problem(exc, text, source)) from None
    except ValueError as exc:  # NaN or Infinity in JSON
        raise UnreadableInput(_syntax_problem("json", text, source, str(exc), None,
                                              _json_constant_at(text))) from None
    if parsed.data is None:
        raise UnreadableInput(error("input_empty", file=source))
    if not isinstance(parsed.data, dict):
        raise UnreadableInput(error("input_not_mapping", file=source))
    return parsed


def parse_text(text: str, source: str, fmt: str) -> dict:
    """Parse ``text`` as ``fmt`` ("yaml" or "json") to plain data (see ``parse``)."""
    return parse(text, source, fmt).data


class _Dumper(yaml.SafeDumper):
    """Writes exact amounts back: whole Decimals as integers, others as their exact digits."""


def _decimal(dumper, value: Decimal):
    if value == value.to_integral_value():
        return dumper.represent_int(int(value))
    return dumper.represent_scalar("tag:yaml.org,2002:float", str(value))


_Dumper.add_representer(Decimal, _decimal)


def to_yaml(doc: dict, header: str) -> str:
    """An input document as YAML that ``parse_text`` reads back unchanged, under a comment header."""
    body = yaml.dump(doc, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    return "".join(f"# {line}\n" for line in header.splitlines()) + body


def read_bytes(path: str | Path, limit: int, too_large=None) -> bytes:
    """A user's file as bytes, with clear errors; ``too_large`` builds the error past ``limit``."""
    path = Path(path)
    source = str(path)
    try:
        if path.is_dir():
            raise UnreadableInput(error("input_is_directory", file=source))
        if path.stat().st_size > limit:
            raise too_large() if too_large else UnreadableInput(
                error("input_too_large", file=source, limit=limit))
        with path.open("rb") as fh:  # opened for reading only, never written
            return fh.read()
    except FileNotFoundError:
        raise UnreadableInput(error("input_not_found", file=source)) from None
    except PermissionError:
        raise UnreadableInput(error("input_no_permission", file=source)) from None
    except IsADirectoryError:
        raise UnreadableInput(error("input_is_directory", file=source)) from None
    except OSError as exc:
        raise UnreadableInput(error("input_os_error", file=source, detail=exc.strerror or str(exc))) from None


def _not_input(data: bytes, source: str) -> UnreadableInput | None:
    """The error for a document given where an input file belongs (a .docx: check it instead)."""
    found = filekind.kind(data)
    if found == "docx":
        return UnreadableInput(error("input_is_word", file=source))
    if found in filekind.DOCUMENTS:
        return UnreadableInput(error("input_is_document", file=source, kind={
            lang: messages.text(f"file_kind_{found}", lang) for lang in messages.LANGUAGES}))
    return None


def read(path: str | Path) -> Parsed:
    """Read an input file; the format follows the suffix (.json is JSON, anything else YAML).
    UTF-8, with or without a byte-order mark, and UTF-16 or UTF-32 with one, are read."""
    path = Path(path)
    source = str(path)

    def too_large():  # a large file may well be a document: its head says which
        with path.open("rb") as fh:
            head = fh.read(64 * 1024)
        return _not_input(head, source) or UnreadableInput(
            error("input_too_large", file=source, limit=MAX_INPUT_BYTES))

    raw = read_bytes(path, MAX_INPUT_BYTES, too_large)
    refused = _not_input(raw, source)
    if refused:
        raise refused
    try:
        text = filekind.decode(raw)
    except UnicodeDecodeError as exc:
        raise UnreadableInput(error("input_not_utf8", file=source, offset=exc.start)) from None
    fmt = "json" if path.suffix.lower() == ".json" else "yaml"
    return parse(text, source, fmt)


def read_input(path: str | Path) -> dict:
    """Read an input file to plain data (see ``read``)."""
    return read(path).data
