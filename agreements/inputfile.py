"""Input files (YAML or JSON) to plain Python data with plain-language syntax errors, and back to YAML."""

from __future__ import annotations

import errno
import functools
import json
import os
import re
import stat
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml

from . import filekind, messages, resources, schemafields
from .problems import UnreadableInput, error

# An agreement input is a few kilobytes. 1 MiB holds the most text validation lets through
# (rules.yaml: limits.input_text_chars) even written as UTF-16, and keeps any file's work short.
MAX_INPUT_BYTES = 1024 * 1024


@functools.cache
def limits() -> dict[str, int]:
    """How far an input may nest lists and mappings, how many fields one mapping and how many
    values the whole input may hold, from the schemas (schemafields.shape). One level deeper than
    their deepest field, so that a list or mapping written where a single value belongs is still
    reported at its field; no more fields than their widest mapping has (more are unknown fields
    whatever their names); five times the values of the largest valid input, so that an input well
    past the limits of the schema (2 000 supplements where 20 are allowed) is still told them field
    by field, while reading and validating stay far within the time one file may take."""
    depth, fields, values = schemafields.shape()
    return {"depth": depth + 1, "fields": fields, "values": 5 * values}


_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when PyYAML has it
_STR_TAG = "tag:yaml.org,2002:str"


class _StrictLoader(_BASE_LOADER):
    """Safe loader that keeps money exact (floats become Decimal) and refuses duplicate keys; a
    value its tag cannot make («!!int x», «!!timestamp x») is a syntax error where it stands."""

    def construct_object(self, node: yaml.Node, deep: bool = False):
        try:
            return super().construct_object(node, deep=deep)
        except (ValueError, TypeError, AttributeError, LookupError, OverflowError):
            raise yaml.constructor.ConstructorError(
                None, None, f"the value cannot be read as {node.tag}", node.start_mark) from None


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


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    """A mapping whose field names are the text written, as in JSON («1:» and «no:» name the
    fields "1" and "no", not a number and false); the same name twice is refused. Merge keys and
    lists or mappings as names never get here (``_check_events``)."""
    data: dict = {}
    seen: dict = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise yaml.constructor.ConstructorError(None, None, "found unhashable key", key_node.start_mark)
        key = key_node.value
        if key in seen:
            raise _DuplicateKey(key, seen[key], key_node.start_mark)
        seen[key] = key_node.start_mark
        data[key] = loader.construct_object(value_node, deep=deep)
    return data


def _construct_timestamp(loader: yaml.SafeLoader, node: yaml.Node):
    """A date YAML reads by itself; one that does not exist (2027-13-01) stays the text written,
    so that validation names its field."""
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return node.value


_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
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
            _written(loader, text, value_node, path + (key_node.value,), out)


def _load_yaml(text: str, source: str) -> Parsed:
    _check_events(text, source)
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


def _is_merge_key(event: yaml.ScalarEvent) -> bool:
    """«<<» written plainly (or tagged !!merge): YAML's merge key."""
    return event.tag == "tag:yaml.org,2002:merge" or (
        event.value == "<<" and event.tag is None and not event.style)


def _event_error(code: str, text: str, source: str, event: yaml.Event, **params) -> UnreadableInput:
    return UnreadableInput(_text_error(code, text, source, event.start_mark.index, **params))


def _check_events(text: str, source: str, loader_class=None) -> None:
    """Refuse, from the parser's events and before anything is composed or expanded, what no
    input file needs and what could make the work grow without bound: anchors (&), aliases (*),
    merge keys (<<), a list or mapping as a field name, lists and mappings nested deeper than the
    schemas need, more fields in one mapping than any of them has and more values in all than
    the input may hold (``limits``)."""
    limit = limits()
    open_: list[list] = []  # per open collection: [is a mapping, nodes in it so far]
    values = 0
    loader = (loader_class or _StrictLoader)(text)
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.CollectionEndEvent):
                open_.pop()
                continue
            if not isinstance(event, yaml.NodeEvent):
                continue
            values += 1
            if values > limit["values"]:
                raise _event_error("input_too_many_values", text, source, event, limit=limit["values"])
            parent = open_[-1] if open_ else None
            is_key = parent is not None and parent[0] and parent[1] % 2 == 0
            if parent is not None:
                parent[1] += 1
            if isinstance(event, yaml.AliasEvent):
                raise _event_error("yaml_alias", text, source, event, name=f"*{event.anchor}")
            if event.anchor is not None:
                raise _event_error("yaml_anchor", text, source, event, name=f"&{event.anchor}")
            if is_key and isinstance(event, yaml.CollectionStartEvent):
                raise _event_error("yaml_complex_key", text, source, event)
            if is_key and _is_merge_key(event):
                raise _event_error("yaml_merge_key", text, source, event)
            if is_key and parent[1] // 2 >= limit["fields"]:
                raise _event_error("input_too_many_fields", text, source, event, limit=limit["fields"])
            if isinstance(event, yaml.CollectionStartEvent):
                if len(open_) >= limit["depth"]:
                    raise _event_error("input_too_deep", text, source, event, limit=limit["depth"])
                open_.append([isinstance(event, yaml.MappingStartEvent), 0])
    except yaml.MarkedYAMLError as exc:
        # libyaml stops at 1000 levels, met while it looks ahead through [[[…: PyYAML's own parser
        # has no such limit and shows where ours is passed
        if loader_class is None and "maximum nesting depth" in (exc.problem or ""):
            _check_events(text, source, yaml.SafeLoader)
        raise
    finally:
        loader.dispose()


class _JsonConstant(ValueError):
    """NaN or Infinity in JSON."""


def _reject_json_constant(name: str):
    raise _JsonConstant(f"{name} is not allowed")


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


_JSON_CONSTANT = re.compile(r'-?Infinity|NaN')


def _json_constant_at(text: str) -> int:
    """Where the first NaN or Infinity outside a string is (json does not say); one pass over
    the text, so no input makes the search slow."""
    inside, escaped = False, False
    for i, char in enumerate(text):
        if inside:
            escaped, inside = (not escaped and char == "\\"), inside and (escaped or char != '"')
        elif char == '"':
            inside = True
        elif char in "-IN" and _JSON_CONSTANT.match(text, i):
            return i
    return 0


# The parts of JSON text: texts (one cut short by the end of its line too), brackets, colons,
# commas, and anything else up to one of those (a number, true, false, null, or a mistake)
_JSON_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"?|[\[\]{}:,]|[^\s"\[\]{}:,]+')


class _JsonObjectRefused(Exception):
    """An object with the same field twice, or with more fields than any input has."""


def _json_object(pairs: list) -> dict:
    data = dict(pairs)
    if len(data) < len(pairs) or len(pairs) > limits()["fields"]:
        raise _JsonObjectRefused  # json says not where: _json_shape finds it
    return data


def _json_field(token: str) -> str | None:
    if len(token) < 2 or not token.endswith('"'):
        return None
    if "\\" not in token:
        return token[1:-1]
    try:
        return json.loads(token)
    except ValueError:
        return None


def _json_shape(text: str, source: str, objects: bool = False):
    """The first place in ``text`` where JSON nests deeper than ``limits`` allow or has more values
    in all, or (with ``objects``) where an object names a field for the second time or has one
    field too many: the error for it, or None. One pass over the text, building nothing."""
    limit = limits()
    open_: list = []  # per open bracket: None for a list, {field: index of its first mention} for an object
    previous, values = None, 0
    for match in _JSON_TOKEN.finditer(text):
        token = match.group()
        if token != ":" and token != "," and token != "]" and token != "}":
            values += 1  # a value, or the name of a field, as the YAML reader counts them
            if values > limit["values"]:
                return _text_error("input_too_many_values", text, source, match.start(), limit=limit["values"])
        if token == "[" or token == "{":
            if len(open_) >= limit["depth"]:
                return _text_error("input_too_deep", text, source, match.start(), limit=limit["depth"])
            open_.append({} if token == "{" else None)
        elif token == "]" or token == "}":
            if open_:
                open_.pop()
        elif token == ":" and objects and open_ and open_[-1] is not None and previous is not None:
            fields, name = open_[-1], _json_field(previous.group())
            if name in fields:
                return _text_error("duplicate_key", text, source, previous.start(), key=name,
                                   first_line=_position(text, fields[name])[0])
            if name is not None and len(fields) >= limit["fields"]:
                return _text_error("input_too_many_fields", text, source, previous.start(), limit=limit["fields"])
            if name is not None:
                fields[name] = previous.start()
        previous = match
    return None


def _text_error(code: str, text: str, source: str, index: int, **params):
    line, column = _position(text, index)
    return error(code, file=source, line=line, column=column, **params)


def _load_json(text: str, source: str) -> Parsed:
    too_much = _json_shape(text, source)  # before json recurses into it
    if too_much:
        raise UnreadableInput(too_much)
    try:
        return Parsed(json.loads(text, parse_float=Decimal, parse_constant=_reject_json_constant,
                                 object_pairs_hook=_json_object))
    except _JsonObjectRefused:
        # json read the text up to that object, so the scan meets it (or one before it) there
        raise UnreadableInput(_json_shape(text, source, objects=True)) from None


def parse(text: str, source: str, fmt: str) -> Parsed:
    """Parse ``text`` as ``fmt`` ("yaml" or "json"); ``source`` names it in messages. What would
    make the work unbounded is refused first (see ``_check_events`` and ``_json_shape``)."""
    if not text.strip():
        raise UnreadableInput(error("input_empty", file=source))
    try:
        if fmt == "json":
            parsed = _load_json(text, source)
        else:
            parsed = _load_yaml(text, source)  # a SafeLoader subclass
    except json.JSONDecodeError as exc:
        raise UnreadableInput(_syntax_problem("json", text, source, exc.msg, None, exc.pos)) from None
    except yaml.YAMLError as exc:
        raise UnreadableInput(_yaml_problem(exc, text, source)) from None
    except _JsonConstant as exc:
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


# What a file that is not a regular file is, for the message (message codes file_kind_*)
_SPECIAL = ((stat.S_ISFIFO, "fifo"), (stat.S_ISCHR, "device"), (stat.S_ISBLK, "device"), (stat.S_ISSOCK, "socket"))


def _not_regular(mode: int, source: str) -> UnreadableInput:
    if stat.S_ISDIR(mode):
        return UnreadableInput(error("input_is_directory", file=source))
    kind = next((name for test, name in _SPECIAL if test(mode)), "special")
    return UnreadableInput(error("input_not_regular", file=source, kind={
        lang: messages.text(f"file_kind_{kind}", lang) for lang in messages.LANGUAGES}))


def _read_regular(path: Path, limit: int, head: int = 0) -> tuple[bytes, bool]:
    """Up to ``limit`` bytes of a regular file, and whether it holds more (then only its first
    ``head`` bytes are read). The file is opened without waiting (a FIFO would wait for a writer)
    and refused unless fstat says it is a regular file: a FIFO, device, socket or folder is never
    read. A file whose size says nothing (as in /proc) is read no further than ``limit``."""
    source = str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)  # for reading only, never written
    except (FileNotFoundError, ValueError):  # ValueError: a NUL in the name, which no file has
        raise UnreadableInput(error("input_not_found", file=source)) from None
    except (PermissionError, IsADirectoryError):
        if os.path.isdir(path):  # Windows opens no folder
            raise UnreadableInput(error("input_is_directory", file=source)) from None
        raise UnreadableInput(error("input_no_permission", file=source)) from None
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a socket, or a device with nothing behind it
            try:
                mode = os.stat(path).st_mode
            except OSError:
                mode = stat.S_IFSOCK
            raise _not_regular(mode, source) from None
        raise UnreadableInput(error("input_os_error", file=source, detail=exc.strerror or str(exc))) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular(info.st_mode, source)
        if info.st_size > limit:
            return _read_up_to(fd, head), True
        data = _read_up_to(fd, limit + 1)
        return (data[:head], True) if len(data) > limit else (data, False)
    except OSError as exc:
        raise UnreadableInput(error("input_os_error", file=source, detail=exc.strerror or str(exc))) from None
    finally:
        os.close(fd)


def _read_up_to(fd: int, size: int) -> bytes:
    chunks, left = [], size
    while left > 0:
        chunk = os.read(fd, min(left, 1024 * 1024))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def read_bytes(path: str | Path, limit: int, too_large=None) -> bytes:
    """A user's regular file as bytes, with clear errors; ``too_large`` builds the error past
    ``limit`` (see ``_read_regular``: nothing else is ever read or waited for)."""
    path = Path(path)
    data, larger = _read_regular(path, limit)
    if larger:
        raise too_large() if too_large else UnreadableInput(error("input_too_large", file=str(path), limit=limit))
    return data


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
    raw, larger = _read_regular(path, MAX_INPUT_BYTES, head=64 * 1024)
    return from_bytes(raw, str(path), larger)


def from_bytes(raw: bytes, source: str, larger: bool = False) -> Parsed:
    """An input file given as bytes (read from disk or uploaded), named ``source`` in messages:
    refused when over ``MAX_INPUT_BYTES`` (or ``larger`` says more was left unread) or when it is a
    document; else decoded and parsed, as JSON when ``source`` ends in .json and YAML otherwise."""
    if larger or len(raw) > MAX_INPUT_BYTES:  # a large file may well be a document: its head says which
        raise _not_input(raw[:64 * 1024], source) or UnreadableInput(
            error("input_too_large", file=source, limit=MAX_INPUT_BYTES))
    refused = _not_input(raw, source)
    if refused:
        raise refused
    try:
        text = filekind.decode(raw)
    except UnicodeDecodeError as exc:
        raise UnreadableInput(error("input_not_utf8", file=source, offset=exc.start)) from None
    fmt = "json" if source.lower().endswith(".json") else "yaml"
    return parse(text, source, fmt)


def read_input(path: str | Path) -> dict:
    """Read an input file to plain data (see ``read``)."""
    return read(path).data
