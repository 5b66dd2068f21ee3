"""Hostile and odd Word packages for the reader's tests: zip bombs built without unpacking them,
sizes in the zip directory that lie, DTDs in any encoding, Strict Open XML namespaces."""

from __future__ import annotations

import functools
import io
import re
import struct
import zipfile
import zlib

STORED, DEFLATED = 0, 8
_SPACES = b" " * 2**20


def members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def packed(parts: dict[str, bytes | str]) -> bytes:
    """A zip of ``parts`` in order; the same parts always give the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def replaced(data: bytes, **changes) -> bytes:
    """``data`` with parts replaced (``word__document_xml=`` names word/document.xml; None removes)."""
    parts = members(data)
    for key, value in changes.items():
        name = key.replace("__", "/").replace("_xml", ".xml").replace("_rels", ".rels")
        if value is None:
            parts.pop(name, None)
        else:
            parts[name] = value
    return packed(parts)


class Entry:
    """One zip member as raw bytes: compressed data, CRC and the sizes the directory declares."""

    def __init__(self, name: str, method: int, compressed: bytes, crc: int, size: int):
        self.name, self.method, self.compressed, self.crc, self.size = name, method, compressed, crc, size

    @classmethod
    def of(cls, name: str, data: bytes) -> "Entry":
        c = zlib.compressobj(6, zlib.DEFLATED, -15)
        return cls(name, DEFLATED, c.compress(data) + c.flush(), zlib.crc32(data), len(data))

    @classmethod
    def bomb(cls, name: str, megabytes: int) -> "Entry":
        """``megabytes`` MB of spaces in about 1 kB per MB: one flushed deflate block, repeated."""
        return cls(name, DEFLATED, *_bomb(megabytes), megabytes * 2**20)


@functools.cache
def _bomb(megabytes: int) -> tuple[bytes, int]:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(_SPACES) + c.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(_SPACES, crc)
    return block * megabytes + zlib.compressobj(9, zlib.DEFLATED, -15).flush(), crc


def raw_zip(entries: list[Entry]) -> bytes:
    """A zip written by hand, so that sizes and CRCs are exactly what the entries say."""
    out, central = bytearray(), bytearray()
    for e in entries:
        name = e.name.encode("utf-8")
        offset = len(out)
        fields = (20, 0, e.method, 0, 0x21, e.crc, len(e.compressed), e.size, len(name), 0)
        out += struct.pack("<4s5H3L2H", b"PK\x03\x04", *fields) + name + e.compressed
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, *fields, 0, 0, 0, 0, offset) + name
    start = len(out)
    out += central + struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central), start, 0)
    return bytes(out)


def with_entries(data: bytes, *extra: Entry, drop: tuple[str, ...] = ()) -> bytes:
    """The package ``data`` with members replaced by (or added as) hand-made entries."""
    names = {e.name for e in extra} | set(drop)
    return raw_zip([Entry.of(n, d) for n, d in members(data).items() if n not in names] + list(extra))


def declared_size(data: bytes, name: str, size: int) -> bytes:
    """``data`` with the uncompressed size of ``name`` in the zip directory (and local header) set to ``size``."""
    entries = []
    for n, d in members(data).items():
        e = Entry.of(n, d)
        if n == name:
            e.size = size
        entries.append(e)
    return raw_zip(entries)


# --- XML in other encodings and with DTDs -------------------------------------------------

def _body(xml: bytes) -> str:
    """The part without its XML declaration."""
    return re.sub(r"^\s*<\?xml[^>]*\?>", "", xml.decode("utf-8"), count=1)


def encoded(xml: bytes, codec: str, bom: bool = True, declare: bool = True) -> bytes:
    """An XML part re-encoded: UTF-16/32 in either byte order, with or without a byte-order mark."""
    label = {"utf-8": "UTF-8"}.get(codec, codec.upper().replace("-LE", "").replace("-BE", ""))
    text = (f'<?xml version="1.0" encoding="{label}" standalone="yes"?>' if declare else "") + _body(xml)
    data = text.encode(codec)
    marks = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-32-le": b"\xff\xfe\0\0",
             "utf-32-be": b"\0\0\xfe\xff", "utf-8": b"\xef\xbb\xbf"}
    return (marks[codec] if bom else b"") + data


def with_doctype(xml: bytes, doctype: str = '<!DOCTYPE w:document [<!ENTITY e "x">]>', after: int = 0) -> bytes:
    """``xml`` with a document type declaration after ``after`` characters of comment in the prolog."""
    pad = f"<!--{'x' * after}-->" if after else ""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + pad + doctype + _body(xml)).encode("utf-8")


# --- Strict Open XML ---------------------------------------------------------------------

_RENAMED = {"extended-properties": "extendedProperties", "custom-properties": "customProperties"}


def _strict_uri(match: re.Match) -> str:
    area, name, rest = match.group(2), match.group(3), match.group(4) or ""
    name = _RENAMED.get(name, name)
    rest = "/" + _RENAMED.get(rest[1:], rest[1:]) if rest else ""
    return f"{match.group(1)}http://purl.oclc.org/ooxml/{area}/{name}{rest}{match.group(1)}"


def strict(data: bytes) -> bytes:
    """A transitional .docx saved as Word's «Strict Open XML Document»: every OOXML namespace and
    relationship type in its purl.oclc.org form, and the main part marked w:conformance="strict"."""
    pattern = re.compile(r'(["\'])http://schemas\.openxmlformats\.org/(wordprocessingml|drawingml|officeDocument|'
                         r'schemaLibrary)/2006/([A-Za-z-]+)(/[A-Za-z-]+)?\1')
    parts = {}
    for name, content in members(data).items():
        if name.endswith((".xml", ".rels")):
            text = pattern.sub(_strict_uri, content.decode("utf-8"))
            if name == "word/document.xml":
                text = re.sub(r"<w:document\b", '<w:document w:conformance="strict"', text, count=1)
            content = text.encode("utf-8")
        parts[name] = content
    return packed(parts)
