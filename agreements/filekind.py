"""What a file is by its content (magic bytes, zip members, text), whatever its name says."""

from __future__ import annotations

import codecs
import functools
import io
import re
import zipfile

from . import resources

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old binary Word (.doc), and encrypted Office files
ODF_MIME = b"application/vnd.oasis.opendocument"

# Byte-order marks Windows tools write, longest first (a UTF-32 LE mark begins like UTF-16 LE's)
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))

# Every kind ``kind`` can name; the documents among them are what a word processor writes.
DOCUMENTS = ("docx", "doc", "rtf", "odf", "pdf", "zip")


def encoding(data: bytes) -> str:
    """The codec for ``data``: the one its byte-order mark names, else UTF-8."""
    return next((codec for bom, codec in BOMS if data.startswith(bom)), "utf-8")


def decode(data: bytes) -> str:
    """Text from bytes in UTF-8, or UTF-16/UTF-32 with a byte-order mark (the mark removed).
    Raises UnicodeDecodeError."""
    return data.decode(encoding(data))


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            mime = b""
            if "mimetype" in names:
                with zf.open("mimetype") as fh:
                    mime = fh.read(100)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError, RuntimeError):
        # damaged or cut short (only the head was read): what the first members' names say
        names, mime = set(), data[:200]
    if mime.startswith(ODF_MIME) or ODF_MIME in data[:200]:
        return "odf"
    if any(n.startswith("word/") for n in names) or not names and b"word/" in data:
        return "docx"
    return "zip"


def kind(data: bytes) -> str:
    """One of ``DOCUMENTS``, or "input" (text with a field of an input file at the start of a
    line), "text" (any other text), "empty". ``data`` may be only the head of a large file."""
    if not data.strip():
        return "empty"
    if data.startswith(OLE2_MAGIC):
        return "doc"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    if data.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    try:
        text = decode(data[:64 * 1024])
    except UnicodeDecodeError as exc:
        if exc.start < 60 * 1024:  # not just a character cut in two at the end of the head
            return "text"
        text = decode(data[:exc.start])
    return "input" if _input_line().search(text) else "text"


@functools.cache
def _input_line() -> re.Pattern:
    """A top-level field of an agreement or minutes input at the start of a line, as YAML
    («language: nb») or JSON («{"language": "nb"»)."""
    names = sorted({name for schema in ("agreement.yaml", "minutes.yaml")
                    for name in resources.load_yaml(schema)["schema"]})
    return re.compile(r'^[ \t{]*(["\']?)(?:' + "|".join(map(re.escape, names)) + r')\1[ \t]*:(?:\s|$)', re.M)
