"""Input files (YAML or JSON) to plain Python data with precise syntax errors, and back to YAML."""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml

from .problems import UnreadableInput, error

MAX_INPUT_BYTES = 2 * 1024 * 1024  # an agreement input is a few kilobytes


_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when PyYAML has it


class _StrictLoader(_BASE_LOADER):
    """Safe loader that keeps money exact (floats become Decimal) and refuses duplicate keys."""


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal:
    text = loader.construct_scalar(node).replace("_", "")
    try:
        value = Decimal(text)
    except InvalidOperation:  # YAML 1.1 forms Decimal does not read, such as 1:30 (base 60)
        value = None
    if value is None or not value.is_finite():  # .nan and .inf are no amounts either
        raise yaml.constructor.ConstructorError(None, None, f"{text!r} is not a number that can be used",
                                                node.start_mark)
    return value


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False):
    loader.flatten_mapping(node)
    seen: dict = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen[key] = True
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)
_StrictLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping
)


def _reject_json_constant(name: str):
    raise ValueError(f"{name} is not allowed")


def parse_text(text: str, source: str, fmt: str) -> dict:
    """Parse ``text`` as ``fmt`` ("yaml" or "json"); ``source`` names it in messages."""
    try:
        if fmt == "json":
            data = json.loads(text, parse_float=Decimal, parse_constant=_reject_json_constant)
        else:
            data = yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - SafeLoader subclass
    except json.JSONDecodeError as exc:
        raise UnreadableInput(
            error("syntax_error", file=source, line=exc.lineno, column=exc.colno, detail=exc.msg)
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        detail = exc.problem or exc.context or "?"
        code = "duplicate_key" if "duplicate key" in str(detail) else "syntax_error"
        raise UnreadableInput(
            error(code, file=source, line=line, column=column, detail=detail)
        ) from None
    except (yaml.YAMLError, ValueError) as exc:
        raise UnreadableInput(error("syntax_error", file=source, line=0, column=0, detail=str(exc))) from None
    if data is None:
        raise UnreadableInput(error("input_empty", file=source))
    if not isinstance(data, dict):
        raise UnreadableInput(error("input_not_mapping", file=source))
    return data


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


def read_input(path: str | Path) -> dict:
    """Read an input file; the format follows the suffix (.json is JSON, anything else YAML)."""
    path = Path(path)
    raw = read_bytes(path, MAX_INPUT_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableInput(error("input_not_utf8", file=str(path), offset=exc.start)) from None
    fmt = "json" if path.suffix.lower() == ".json" else "yaml"
    return parse_text(text, str(path), fmt)
