"""The one place that reads or writes raw Word XML and the .docx zip container."""

from __future__ import annotations

import codecs
import copy
import io
import posixpath
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, replace

from docx.oxml.ns import qn
from lxml import etree

from . import filekind
from .problems import ExitCode, UnreadableDocument, error

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


# --- reading ------------------------------------------------------------------------------

def _paragraph_text(p) -> str:
    chunks = []
    for node in p.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:delText")):
        if node.tag == qn("w:t"):
            chunks.append(node.text or "")
        elif node.tag == qn("w:tab"):
            chunks.append("\t")
        elif node.tag == qn("w:br"):
            chunks.append("\n")
    return "".join(chunks)


def _part_paragraphs(xml: bytes) -> list[str]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(xml, parser)
    return [_paragraph_text(p) for p in root.iter(qn("w:p"))]


def text_parts(docx_bytes: bytes) -> dict[str, list[str]]:
    """Paragraph texts of the body, headers and footers, keyed by part name, in document order.

    Table cells are read in place; field results (such as page numbers) are included.
    """
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as zf:
        names = sorted(n for n in zf.namelist()
                       if n == "word/document.xml" or n.startswith(("word/header", "word/footer")))
        return {name: _part_paragraphs(zf.read(name)) for name in names if name.endswith(".xml")}


# --- reading any .docx safely -------------------------------------------------------------

OLE2_MAGIC = filekind.OLE2_MAGIC
MB = 2**20
LIMITS = {
    "file_bytes": 50 * MB,  # the .docx itself
    "part_bytes": 16 * MB,  # one part, unpacked (refused from the zip directory before unpacking)
    "total_bytes": 64 * MB,  # all parts read, unpacked
    "members": 5000,  # entries in the zip directory
    "xml_tags": 400_000,  # XML tags in all parts read (an agreement has some 15 000, most in styles.xml)
    "paragraphs": 10_000,  # paragraphs in the whole document (an agreement has some 200)
    "text_chars": 500_000,  # text in the whole document (an agreement has some 30 000)
}
XML_DEPTH = 256  # libxml2's own limits, kept (no huge_tree): elements nested at most this deep,
XML_TEXT_BYTES = 10_000_000  # and no single text or attribute value longer than this
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_HEADING_STYLE = re.compile(r"^(heading|overskrift|title|tittel|rubrik|berschrift)\s*\d*$", re.I)


@dataclass(frozen=True)
class Position:
    """Where a passage stands in the package: what a writer needs to find its paragraph again, and
    what a report needs to say where it is (the words are the report's, in its language)."""

    part_name: str  # the package part: word/document.xml, word/header1.xml, word/footnotes.xml …
    paragraph: int  # index of its w:p among all w:p of that part, in document order (0-based)
    cells: tuple[tuple[int, int, int], ...] = ()  # table cell path, outermost first: (table, row, column), 1-based
    start: int = 0  # offsets of its text in the accepted view (``accepted_text``)
    end: int = 0

    def as_dict(self) -> dict:
        return {"part_name": self.part_name, "paragraph": self.paragraph,
                "cells": [list(c) for c in self.cells], "start": self.start, "end": self.end}


@dataclass
class Passage:
    """One paragraph of text in document order, with where it stands and its tracked changes."""

    index: int
    part: str  # body | header | footer | footnote | endnote | textbox
    position: Position
    text: str  # as if all tracked changes were accepted
    original: str  # as if all tracked changes were rejected
    inserted: str = ""  # text only in pending insertions
    deleted: str = ""  # text only in pending deletions
    style: str = ""
    heading_level: int | None = None  # from the style or outline level; None for body text
    bold: bool = False  # every visible run is bold
    cell: tuple[int, int, int] | None = None  # (table, row, column) for table cells (the innermost)
    heading: str = ""  # nearest heading above, filled in by the checker
    number: str | None = None  # its number as the document shows it: Word's list numbering or typed («10.», «§ 4»)


def accepted_text(passages: list[Passage]) -> str:
    """The accepted view of a document: every passage's text (changes accepted), one a line; the
    offsets of ``Position`` count in it."""
    return "\n".join(p.text for p in passages)


def _fail(code: str, exit_code, **params):
    raise UnreadableDocument(error(code, **params), exit_code)


def _sniff(data: bytes, name: str) -> None:
    if not data.strip():
        _fail("doc_empty_file", ExitCode.NOT_DOCX, file=name)
    if data.startswith(OLE2_MAGIC):
        if "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data:
            _fail("doc_encrypted", ExitCode.ENCRYPTED, file=name)
        _fail("doc_legacy", ExitCode.LEGACY_DOC, file=name)
    if data.lstrip().startswith(b"{\\rtf"):
        _fail("doc_rtf", ExitCode.NOT_DOCX, file=name)
    if not data.startswith(b"PK"):
        found = filekind.kind(data)  # a PDF or an input file: say what to do instead
        _fail({"pdf": "doc_pdf", "input": "doc_is_input"}.get(found, "doc_not_zip"), ExitCode.NOT_DOCX, file=name)


# XML may come in UTF-8, UTF-16 or UTF-32 (XML 1.0, appendix F: a byte-order mark, or «<?xml» in
# the encoding's own bytes), or in an 8-bit encoding its declaration names. Every part is brought to
# UTF-8 before it is parsed, so that the search for a DTD sees exactly the text the parser will see.
_SIGNATURES = ((b"\0\0\0<", "utf-32-be"), (b"<\0\0\0", "utf-32-le"), (b"\0<\0?", "utf-16-be"), (b"<\0?\0", "utf-16-le"))
_DECLARED = re.compile(rb"\A<\?xml[^>]*?\sencoding\s*=\s*[\"']([A-Za-z0-9._-]{1,40})[\"']")
_UTF8 = {"utf-8", "ascii"}
_DECODABLE = {"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}
_DECLARATION_ENCODING = re.compile(r"\A(<\?xml[^>]*?\sencoding\s*=\s*)([\"'])[^\"']*\2")
_DTD = re.compile(r"<!(?:DOCTYPE|ENTITY)", re.I)

# Word's «Strict Open XML Document» names each namespace and relationship type differently; each
# maps one-to-one onto the usual (transitional) one, so a part is read as if saved the usual way.
_STRICT = re.compile(r"([\"'])http://purl\.oclc\.org/ooxml/(wordprocessingml|drawingml|officeDocument|"
                     r"schemaLibrary)/([A-Za-z]+)(?:/([A-Za-z]+))?\1")
_STRICT_NAMES = {"extendedProperties": "extended-properties", "customProperties": "custom-properties"}


def _transitional(match: re.Match) -> str:
    quote, area, name, kind = match.groups()
    if kind and (area, name) != ("officeDocument", "relationships"):
        return match.group(0)
    uri = f"http://schemas.openxmlformats.org/{area}/2006/{_STRICT_NAMES.get(name, name)}"
    return f"{quote}{uri}{'/' + _STRICT_NAMES.get(kind, kind) if kind else ''}{quote}"


def _codec(raw: bytes) -> str:
    """The Python codec of an XML part's bytes, as XML 1.0 appendix F finds it."""
    for bom, codec in filekind.BOMS:
        if raw.startswith(bom):
            return codec
    for signature, codec in _SIGNATURES:
        if raw.startswith(signature):
            return codec
    declared = _DECLARED.match(raw)
    if not declared:
        return "utf-8"
    try:
        return codecs.lookup(declared.group(1).decode("ascii")).name
    except LookupError:
        return declared.group(1).decode("ascii")


def _xml_source(raw: bytes, name: str, part: str) -> bytes:
    """An XML part as UTF-8 the parser reads as such, Strict namespaces mapped; refused (exit 13)
    when it declares a DTD or entities anywhere, in whatever encoding it is written."""
    codec = _codec(raw)
    if codec in _UTF8:  # the parser reads these bytes as they are
        text = raw.decode("utf-8", "surrogateescape")
    elif codec in _DECODABLE or codec.startswith(("iso8859-", "cp125")):
        try:
            text = _DECLARATION_ENCODING.sub(r'\1"UTF-8"', raw.decode(codec).lstrip("\ufeff"), count=1)
        except UnicodeError as exc:
            _fail("doc_damaged", ExitCode.DAMAGED, file=name, detail=f"{part}: {exc.reason} ({codec})")
    else:
        _fail("doc_damaged", ExitCode.DAMAGED, file=name, detail=f"{part}: encoding {codec}")
    if _DTD.search(text):
        _fail("doc_unsafe_xml", ExitCode.UNSAFE_XML, file=name, part=part)
    if codec in _UTF8 and "purl.oclc.org/ooxml/" not in text:
        return raw
    return _STRICT.sub(_transitional, text).encode("utf-8", "surrogateescape")


def _parse(source: bytes, name: str, part: str):
    """The root of a part already brought to UTF-8 (``_xml_source``): no DTD, entity or network
    access, libxml2's limits on depth and size kept."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(source, parser)
    except etree.XMLSyntaxError as exc:
        if exc.code == etree.ErrorTypes.ERR_RESOURCE_LIMIT:
            _fail("doc_xml_limit", ExitCode.TOO_LARGE, file=name, part=part, depth=XML_DEPTH,
                  limit=XML_TEXT_BYTES // 1_000_000)
        _fail("doc_damaged", ExitCode.DAMAGED, file=name, detail=f"{part}: {exc.msg}")
    except (etree.ParseError, ValueError) as exc:
        _fail("doc_damaged", ExitCode.DAMAGED, file=name, detail=f"{part}: {exc}")
    if root.getroottree().docinfo.doctype:  # the parser's own word, whatever the bytes looked like
        _fail("doc_unsafe_xml", ExitCode.UNSAFE_XML, file=name, part=part)
    return root


_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, NotImplementedError,
               RuntimeError, OverflowError, struct.error, zlib.error, UnicodeDecodeError)


class _Package:
    """Bounded access to the parts of a .docx zip: the sizes in the zip directory are checked before a
    part is unpacked, and enforced while unpacking (in case they lie); XML is counted and parsed safely."""

    def __init__(self, data: bytes, name: str):
        self.name = name
        self.read_total = 0
        self.tags = 0
        if len(data) > LIMITS["file_bytes"]:
            _fail("doc_too_large", ExitCode.TOO_LARGE, file=name, limit=LIMITS["file_bytes"] // MB)
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except _ZIP_ERRORS as exc:
            _fail("doc_damaged", ExitCode.DAMAGED, file=name, detail=str(exc))
        if len(infos) > LIMITS["members"]:
            _fail("doc_too_many_parts", ExitCode.TOO_LARGE, file=name, limit=LIMITS["members"])
        self.infos = {i.filename: i for i in infos}  # a name given twice: the last, as zipfile reads it
        self.names = set(self.infos)
        if "EncryptionInfo" in self.names or "EncryptedPackage" in self.names:
            _fail("doc_encrypted", ExitCode.ENCRYPTED, file=name)

    def _too_large(self, member: str, size: int) -> None:
        if size > LIMITS["part_bytes"]:
            _fail("doc_part_too_large", ExitCode.TOO_LARGE, file=self.name, part=member,
                  limit=LIMITS["part_bytes"] // MB)
        if self.read_total + size > LIMITS["total_bytes"]:
            _fail("doc_too_large", ExitCode.TOO_LARGE, file=self.name, limit=LIMITS["total_bytes"] // MB)

    def read(self, member: str) -> bytes:
        info = self.infos[member]
        self._too_large(member, info.file_size)
        limit = min(LIMITS["part_bytes"], LIMITS["total_bytes"] - self.read_total)
        try:
            with self.zip.open(info) as fh:
                raw = fh.read(limit + 1)
        except _ZIP_ERRORS as exc:
            _fail("doc_damaged", ExitCode.DAMAGED, file=self.name, detail=f"{member}: {exc}")
        self._too_large(member, len(raw))
        self.read_total += len(raw)
        return raw

    def source(self, member: str, raw: bytes | None = None) -> bytes:
        """An XML part as UTF-8 without a DTD (``_xml_source``), counted against the limit on tags."""
        source = _xml_source(self.read(member) if raw is None else raw, self.name, member)
        self.tags += source.count(b"<")
        if self.tags > LIMITS["xml_tags"]:
            _fail("doc_too_much_markup", ExitCode.TOO_LARGE, file=self.name, limit=LIMITS["xml_tags"])
        return source

    def xml(self, member: str):
        return _parse(self.source(member), self.name, member)

    def rels(self, member: str) -> list[tuple[str, str]]:
        """(type suffix, target part name) of the relationships of ``member``, each target once."""
        folder, _, base = member.rpartition("/")
        rels_name = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
        if rels_name not in self.names:
            return []
        out = {}
        for rel in self.xml(rels_name).iter(f"{{{PKG_REL_NS}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                posixpath.join(folder, target))
            out.setdefault((rel.get("Type", "").rsplit("/", 1)[-1], path), None)
        return list(out)

    def main_part(self) -> str:
        """The main document part, or a refusal naming what the file is instead."""
        main = next((path for kind, path in self.rels("") if kind == "officeDocument"), None) \
            if "_rels/.rels" in self.names else None
        if main in self.names:
            return main
        if "word/document.xml" in self.names:
            return "word/document.xml"
        opendocument = "mimetype" in self.names and self.read("mimetype").startswith(filekind.ODF_MIME)
        _fail("doc_odt" if opendocument else "doc_not_word", ExitCode.NOT_DOCX, file=self.name)

    def xml_members(self) -> set[str]:
        """Members that are XML: by name, or by their content type ([Content_Types].xml)."""
        out = {n for n in self.names if n.lower().endswith((".xml", ".rels"))}
        if "[Content_Types].xml" in self.names:
            types = self.xml("[Content_Types].xml")
            xml_ext = {d.get("Extension", "").lower() for d in types.iter(f"{{{CT_NS}}}Default")
                       if d.get("ContentType", "").endswith("xml")}
            out |= {n for n in self.names if n.rpartition(".")[2].lower() in xml_ext and "." in n}
            out |= {o.get("PartName", "").lstrip("/") for o in types.iter(f"{{{CT_NS}}}Override")
                    if o.get("ContentType", "").endswith("xml")} & self.names
        return out


def checked_package(data: bytes, name: str = "mal") -> bytes:
    """A .docx read through the bounded reader and packed again (uncompressed), for code that reads
    whole packages itself (python-docx, docxtpl): every member unpacked within the limits, every XML
    member parsed without DTD or entities, in UTF-8 and with Strict namespaces mapped. What such code
    reads is then exactly what was checked. Raises UnreadableDocument."""
    _sniff(data, name)
    pkg = _Package(data, name)
    pkg.main_part()
    xml = pkg.xml_members()
    parts = {}
    for member in sorted(pkg.names):
        if member.endswith("/"):  # a folder entry
            continue
        raw = pkg.read(member)
        if member in xml:
            raw = pkg.source(member, raw)
            _parse(raw, name, member)
        parts[member] = raw
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as dst:
        for member in sorted(parts, key=lambda n: (n != "[Content_Types].xml", n)):
            dst.writestr(zipfile.ZipInfo(member, date_time=_FIXED_ZIP_TIME), parts[member])
    return out.getvalue()


_STYLE_CACHE: dict[bytes, tuple[dict, dict]] = {}
_STYLE_CACHE_PART_BYTES = 2 * MB  # Word's own styles.xml is some 350 kB; larger parts are not kept


def _style_table(pkg: _Package, rels) -> tuple[dict[str, tuple[str, int | None]], dict[str, tuple[str, str]]]:
    """styleId → (name, outline level), and styleId → (numId, ilvl) of the styles that number their
    paragraphs, from styles.xml. Cached by the part's bytes, since all documents made from one
    template share them (at most 32 parts of at most 2 MB)."""
    for kind, path in rels:
        if kind == "styles" and path in pkg.names:
            source = pkg.source(path)
            if source in _STYLE_CACHE:
                return _STYLE_CACHE[source]
            root = _parse(source, pkg.name, path)
            table = (_styles(root), _style_numbering(root))
            if len(source) <= _STYLE_CACHE_PART_BYTES:
                if len(_STYLE_CACHE) >= 32:
                    _STYLE_CACHE.clear()
                _STYLE_CACHE[source] = table
            return table
    return {}, {}


def _level(value) -> int | None:
    """An outline level (w:val 0-8) as a heading level 1-9; None for body text or any other value."""
    return _LEVELS.get(value)


def _styles(root) -> dict[str, tuple[str, int | None]]:
    styles = {}
    for style in root.iterchildren(_STYLE):
        if not len(style):  # no name, no properties
            styles[style.get(_STYLE_ID)] = ("", None)
            continue
        name_el = _child(style, _NAME)
        name = (name_el.get(_VAL) if name_el is not None else "") or ""
        outline = _child(_child(style, _PPR), _OUTLINE_LVL)
        level = _level(outline.get(_VAL)) if outline is not None else None
        if level is None and _HEADING_STYLE.match(name):
            digits = re.findall(r"\d+", name)
            level = int(digits[0]) if digits else 1
        styles[style.get(_STYLE_ID)] = (name, level if level and level < 10 else None)
    return styles


_NUM_PR, _NUM_ID, _ILVL, _BASED_ON = (qn(t) for t in ("w:numPr", "w:numId", "w:ilvl", "w:basedOn"))


def _style_numbering(root) -> dict[str, tuple[str, str]]:
    """styleId → (numId, ilvl) for the paragraph styles that number their paragraphs (a heading
    style tied to a list), following w:basedOn."""
    own, based = {}, {}
    for style in root.iterchildren(_STYLE):
        sid = style.get(_STYLE_ID)
        num_pr = _child(_child(style, _PPR), _NUM_PR)
        if num_pr is not None:
            num_id, ilvl = _child(num_pr, _NUM_ID), _child(num_pr, _ILVL)
            own[sid] = (num_id.get(_VAL) if num_id is not None else None,
                        ilvl.get(_VAL) if ilvl is not None else None)
        parent = _child(style, _BASED_ON)
        if parent is not None:
            based[sid] = parent.get(_VAL)
    out = {}
    for sid in set(own) | set(based):
        num_id = ilvl = None
        seen, at = set(), sid
        while at is not None and at not in seen and (num_id is None or ilvl is None):
            seen.add(at)
            found = own.get(at, (None, None))
            num_id = num_id if num_id is not None else found[0]
            ilvl = ilvl if ilvl is not None else found[1]
            at = based.get(at)
        if num_id is not None:
            out[sid] = (num_id, ilvl or "0")
    return out


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _formatted(value: int, fmt: str) -> str:
    """A list counter in a numFmt: decimal, letters, Roman numerals (others as decimal)."""
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1) if value > 0 else str(value)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman") and 0 < value < 4000:
        out, rest = "", value
        for amount, numeral in _ROMAN:
            while rest >= amount:
                out, rest = out + numeral, rest - amount
        return out.upper() if fmt == "upperRoman" else out
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None  # w:lvlRestart: restarts after this level (1-based); 0: never
    legal: bool = False  # w:isLgl: every level shown as a decimal


_LVL, _START, _NUM_FMT, _LVL_TEXT, _LVL_RESTART, _IS_LGL = (qn(t) for t in (
    "w:lvl", "w:start", "w:numFmt", "w:lvlText", "w:lvlRestart", "w:isLgl"))
_ABSTRACT_NUM, _ABSTRACT_NUM_ID, _NUM, _LVL_OVERRIDE, _START_OVERRIDE, _NUM_STYLE_LINK = (qn(t) for t in (
    "w:abstractNum", "w:abstractNumId", "w:num", "w:lvlOverride", "w:startOverride", "w:numStyleLink"))
_ILVL_ATTR = qn("w:ilvl")


def _levels(node) -> dict[int, _Level]:
    out = {}
    for lvl in node.iterchildren(_LVL):
        level = _number(lvl.get(_ILVL_ATTR), 1)
        if level is None:
            continue
        found = _Level()
        for child in lvl:
            value = child.get(_VAL)
            if child.tag == _START and _number(value, 6) is not None:
                found.start = int(value)
            elif child.tag == _NUM_FMT:
                found.fmt = value or "decimal"
            elif child.tag == _LVL_TEXT:
                found.text = value or ""
            elif child.tag == _LVL_RESTART and _number(value, 1) is not None:
                found.restart = int(value)
            elif child.tag == _IS_LGL:
                found.legal = value not in ("0", "false", "off")
        out[level] = found
    return out


class _Numbering:
    """Word's automatic list numbering (numbering.xml), counted paragraph by paragraph in reading
    order: each abstract list keeps its counters, shared by the w:num instances that use it; an
    instance's w:startOverride restarts a level where that instance begins; a level restarts when
    a higher one counts (unless w:lvlRestart says otherwise). The label is w:lvlText with each %N
    replaced by level N's counter in its format; bullets and «none» give no number."""

    def __init__(self, root, styles: dict[str, tuple[str, str]]):
        self.styles = styles
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.links: dict[str, str] = {}  # abstractNum → the numbering style it takes its levels from
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = {}
        if root is not None:
            for node in root.iterchildren(_ABSTRACT_NUM):
                self.abstract[node.get(_ABSTRACT_NUM_ID)] = _levels(node)
                link = _child(node, _NUM_STYLE_LINK)
                if link is not None:
                    self.links[node.get(_ABSTRACT_NUM_ID)] = link.get(_VAL)
            for node in root.iterchildren(_NUM):
                abstract = _child(node, _ABSTRACT_NUM_ID)
                starts, levels = {}, {}
                for override in node.iterchildren(_LVL_OVERRIDE):
                    level = _number(override.get(_ILVL_ATTR), 1)
                    if level is None:
                        continue
                    start = _child(override, _START_OVERRIDE)
                    if start is not None and _number(start.get(_VAL), 6) is not None:
                        starts[level] = int(start.get(_VAL))
                    levels.update({k: v for k, v in _levels(override).items() if k == level})
                if abstract is not None:
                    self.nums[node.get(_NUM_ID)] = (abstract.get(_VAL), starts, levels)
        self.counters: dict[str, dict[int, int]] = {}
        self.begun: set[str] = set()

    def _abstract_of(self, num_id: str) -> str | None:
        abstract = self.nums[num_id][0]
        for _ in range(3):  # a list that takes its levels from a numbering style
            style = self.links.get(abstract)
            linked = self.styles.get(style) if style else None
            if not linked or linked[0] not in self.nums:
                break
            abstract = self.nums[linked[0]][0]
        return abstract

    def label(self, ppr, style_id: str) -> str | None:
        """The number Word shows before a paragraph with properties ``ppr`` and style ``style_id``."""
        num_pr = _child(ppr, _NUM_PR)
        num_id, ilvl = self.styles.get(style_id, (None, None))
        if num_pr is not None:
            own_id, own_lvl = _child(num_pr, _NUM_ID), _child(num_pr, _ILVL)
            num_id = own_id.get(_VAL) if own_id is not None else num_id
            ilvl = own_lvl.get(_VAL) if own_lvl is not None else ilvl
        level = _number(ilvl or "0", 1)
        if num_id is None or num_id not in self.nums or level is None:
            return None
        abstract = self._abstract_of(num_id)
        _, starts, overrides = self.nums[num_id]
        levels = {**self.abstract.get(abstract, {}), **overrides}
        counters = self.counters.setdefault(abstract, {})
        if num_id not in self.begun:
            self.begun.add(num_id)
            for restarted in starts:
                counters.pop(restarted, None)

        def start(n: int) -> int:
            return starts.get(n, levels.get(n, _Level()).start)

        counters[level] = counters[level] + 1 if level in counters else start(level)
        for deeper in [n for n in counters if n > level]:
            restart = levels.get(deeper, _Level()).restart
            if restart != 0 and (restart is None or level < restart):
                del counters[deeper]
        own = levels.get(level)
        if own is None or own.fmt in ("bullet", "none") or not own.text:
            return None

        def counter(match: re.Match) -> str:
            n = int(match.group(1)) - 1
            value = counters.get(n, start(n))
            return _formatted(value, "decimal" if own.legal else levels.get(n, _Level()).fmt)

        return re.sub(r"%([1-9])", counter, own.text).strip() or None


# a clause number typed at the start of a paragraph: «10.», «10.2», «§ 4», «Punkt 3», «Kapittel 2», «IV.», «a)»
_TYPED_NUMBER = re.compile(r"^\s*((?:§\s*\d{1,3}[a-z]?|(?:punkt|pkt\.?|kapittel|kap\.?|artikkel)\s*\d{1,3}"
                           r"(?:\.\d{1,3})*|\d{1,3}(?:\.\d{1,3})*)\.?|[IVX]{1,6}\.|[a-h]\))(?=\s|$)", re.I)


def typed_number(text: str) -> str | None:
    """The clause number a paragraph's text begins with, as written («10.», «§ 4», «Punkt 3»)."""
    m = _TYPED_NUMBER.match(text)
    return m.group(1) if m and len(text) > m.end() else None


_SKIP = {qn("w:instrText"), qn("w:delInstrText"), qn("w:pPr"), qn("w:rPr"), qn("w:fldChar"),
         qn("w:commentReference"),
         f"{{{MC_NS}}}Fallback"}  # mc:Fallback repeats mc:Choice for old readers
_TXBX = qn("w:txbxContent")
_LINE = "\u2028"  # a hard line break while a paragraph is read; a space (or nothing) once it is
_TEXT = {qn("w:t"): None, qn("w:delText"): None, qn("w:tab"): "\t", qn("w:ptab"): "\t",
         qn("w:br"): _LINE, qn("w:cr"): _LINE, qn("w:noBreakHyphen"): "-"}
# a word hyphenated at the end of a line (text converted from a PDF breaks every line by hand)
_HYPHENATED = re.compile(r"(?<=\w)-\u2028(?=(\w+))")
_KEEP_HYPHEN_BEFORE = frozenset({"og", "eller", "samt"})  # «etter- og videreutdanning»


def _join_lines(text: str) -> str:
    """Hard line breaks as spaces, and a word hyphenated over one joined again: «retrettstil-» +
    «ling» is «retrettstilling», «§ 13-» + «1» is «13-1», «lønns-» + «og» stays «lønns- og»."""
    if _LINE not in text:
        return text

    def joined(m: re.Match) -> str:
        after = m.group(1)
        if after.casefold() in _KEEP_HYPHEN_BEFORE:
            return "- "
        return "" if text[m.start() - 1].islower() and after[0].islower() else "-"

    return _HYPHENATED.sub(joined, text).replace(_LINE, " ")
_INS = {qn("w:ins"), qn("w:moveTo")}
_DEL = {qn("w:del"), qn("w:moveFrom")}
# tags and paths of the reader's inner loops, resolved once
_P, _TBL, _TR, _TC, _R, _T, _VAL = (qn(t) for t in ("w:p", "w:tbl", "w:tr", "w:tc", "w:r", "w:t", "w:val"))
_RPR, _B, _PPR, _PSTYLE, _OUTLINE_LVL = (qn(t) for t in ("w:rPr", "w:b", "w:pPr", "w:pStyle", "w:outlineLvl"))
_STYLE, _STYLE_ID, _NAME = (qn(t) for t in ("w:style", "w:styleId", "w:name"))
_LEVELS = {str(n): n + 1 for n in range(9)}  # w:outlineLvl 0-8; 9 is body text
_BLOCKS = {qn(t) for t in ("w:sdt", "w:customXml", "w:sdtContent", "w:ins", "w:moveTo", "w:smartTag",
                           "w:footnote", "w:endnote")}
_WRAPPERS = {qn(t) for t in ("w:sdt", "w:sdtContent", "w:customXml")}
_BODY = qn("w:body")
_ALTERNATE, _CHOICE = f"{{{MC_NS}}}AlternateContent", f"{{{MC_NS}}}Choice"


# a footnote or endnote reference, and the note it stands for
_NOTE_REFS = {qn("w:footnoteReference"): qn("w:footnote"), qn("w:endnoteReference"): qn("w:endnote")}
_NOTE_ID, _NOTE_TYPE = qn("w:id"), qn("w:type")


def _collect(node, mode: str, out: list, boxes: list, notes: dict | None = None) -> None:
    """Gather (mode, text) segments of a paragraph in order; text boxes go to ``boxes``; a note
    of ``notes`` ((note tag, id) → text) is read, in brackets, where it is referenced, once."""
    for child in node:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag in _NOTE_REFS:
            note = notes.pop((_NOTE_REFS[tag], child.get(_NOTE_ID)), None) if notes else None
            if note:
                out.append((mode, f" ({note})"))
        elif tag == _TXBX:
            boxes.append(child)
        elif tag in _TEXT:
            fixed = _TEXT[tag]
            out.append((mode, child.text or "" if fixed is None else fixed))
        elif not len(child):  # an empty element (most are): nothing to look into
            continue
        elif tag in _INS:
            _collect(child, "ins", out, boxes, notes)
        elif tag in _DEL:
            _collect(child, "del", out, boxes, notes)
        else:
            _collect(child, mode, out, boxes, notes)


def _note_texts(root) -> dict[tuple[str, str], str]:
    """(note tag, id) → the text of each footnote or endnote of a notes part (changes accepted)."""
    out = {}
    for note in root:
        if note.tag not in _NOTE_REFS.values() or note.get(_NOTE_TYPE) not in (None, "normal"):
            continue  # the separators
        paragraphs = []
        for p in note.iter(_P):
            segments: list[tuple[str, str]] = []
            _collect(p, "normal", segments, [])
            paragraphs.append(_join_lines("".join(t for m, t in segments if m != "del")).strip())
        text = " ".join(t for t in paragraphs if t)
        if text:
            out[(note.tag, note.get(_NOTE_ID))] = text
    return out


def _child(node, tag):
    """The first child with ``tag``, or None (a plain loop: cheaper than ``find``, which runs lxml's
    path engine, and the reader's inner loops ask this of every element)."""
    if node is not None:
        for child in node:
            if child.tag == tag:
                return child
    return None


def _all_bold(p) -> bool:
    """Whether every run with visible text is bold (and there is one); stops at the first that is not."""
    seen = False
    for run in p.iter(_R):
        if not any((t.text or "").strip() for t in run.iter(_T)):
            continue
        b = _child(_child(run, _RPR), _B)
        if b is None or b.get(_VAL) in ("0", "false", "off"):
            return False
        seen = True
    return seen


class _Reader:
    """Walks the parts in reading order; stops (exit 12) as soon as the document has more paragraphs
    or text than ``LIMITS`` allow, so the work is bounded by the limits, not by the file."""

    def __init__(self, styles, name: str, notes: dict | None = None, numbering: _Numbering | None = None):
        self.styles = styles
        self.name = name
        self.notes = notes if notes is not None else {}  # footnotes and endnotes not yet read in place
        self.numbering = numbering or _Numbering(None, {})
        self.passages: list[Passage] = []
        self.paragraphs = 0
        self.chars = 0
        self.tables = 0
        self.part_name = ""
        self.indices: dict = {}  # each w:p of the part being read → its index in the part

    def part(self, root, part: str, part_name: str, blocks=None) -> None:
        """Read a part (or the ``blocks`` of it, such as one note) whose root is ``root``."""
        self.part_name = part_name
        self.indices = {p: i for i, p in enumerate(root.iter(_P))}
        self.block(root if blocks is None else blocks, part)

    def paragraph(self, p, part: str, cells: tuple = ()) -> None:
        self.paragraphs += 1
        if self.paragraphs > LIMITS["paragraphs"]:
            _fail("doc_too_many_paragraphs", ExitCode.TOO_LARGE, file=self.name, limit=LIMITS["paragraphs"])
        if not len(p):
            return
        ppr = _child(p, _PPR)
        style_el = _child(ppr, _PSTYLE)
        style_id = (style_el.get(_VAL) if style_el is not None else "") or ""
        number = self.numbering.label(ppr, style_id)  # counted for every paragraph, with text or not
        segments: list[tuple[str, str]] = []
        boxes: list = []
        _collect(p, "normal", segments, boxes, self.notes)
        if all(m == "normal" for m, _ in segments):  # no tracked change: one text for every view
            text = original = _join_lines("".join(t for _, t in segments))
            inserted = deleted = ""
        else:
            text = _join_lines("".join(t for m, t in segments if m != "del"))
            original = _join_lines("".join(t for m, t in segments if m != "ins"))
            inserted = _join_lines("".join(t for m, t in segments if m == "ins"))
            deleted = _join_lines("".join(t for m, t in segments if m == "del"))
        self.chars += len(text) + len(deleted)
        if self.chars > LIMITS["text_chars"]:
            _fail("doc_too_much_text", ExitCode.TOO_LARGE, file=self.name, limit=LIMITS["text_chars"])
        name, level = self.styles.get(style_id, (style_id, None))
        outline = _child(ppr, _OUTLINE_LVL)
        if outline is not None and _level(outline.get(_VAL)) is not None:
            level = _level(outline.get(_VAL))
        if (text + original).strip():
            self.passages.append(Passage(
                index=len(self.passages), part=part,
                position=Position(self.part_name, self.indices.get(p, -1), cells),
                text=text, original=original, inserted=inserted, deleted=deleted,
                style=name or "", heading_level=level, bold=_all_bold(p), cell=cells[-1] if cells else None,
                number=number or typed_number(text)))
        for box in boxes:
            self.block(box, "textbox" if part == "body" else part, cells)

    def block(self, container, part: str, cells: tuple = ()) -> None:
        for child in container:
            tag = child.tag
            if tag == _P:
                self.paragraph(child, part, cells)
            elif tag == _TBL:
                self.table(child, part, cells)
            elif tag in _BLOCKS:
                self.block(child, part, cells)
            elif tag == _ALTERNATE:
                choice = child.find(_CHOICE)
                if choice is not None:
                    self.block(choice, part, cells)

    def table(self, tbl, part: str, cells: tuple = ()) -> None:
        self.tables += 1
        number = self.tables
        for r, row in enumerate(_children(tbl, _TR), start=1):
            for c, tc in enumerate(_children(row, _TC), start=1):
                self.block(tc, part, cells + ((number, r, c),))


def _children(node, tag):
    """Direct children with ``tag``, looking through content controls and custom XML wrappers."""
    for child in node:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, tag)


def read_passages(data: bytes, name: str = "dokument") -> list[Passage]:
    """Every paragraph of a .docx in reading order: body (tables, content controls, text boxes,
    and each footnote or endnote in brackets where it is referenced), then headers, footers, and
    the notes nothing references. Raises UnreadableDocument."""
    _sniff(data, name)
    pkg = _Package(data, name)
    main = pkg.main_part()
    rels = pkg.rels(main)
    notes_parts = [(part, path, pkg.xml(path)) for kind, part in (("footnotes", "footnote"), ("endnotes", "endnote"))
                   for rel_kind, path in sorted(rels, key=lambda r: r[1]) if rel_kind == kind and path in pkg.names]
    notes = {key: text for _, _, root in notes_parts for key, text in _note_texts(root).items()}
    styles, numbered_styles = _style_table(pkg, rels)
    numbering = _Numbering(next((pkg.xml(path) for kind, path in rels if kind == "numbering" and path in pkg.names),
                                None), numbered_styles)
    reader = _Reader(styles, name, notes, numbering)
    body = pkg.xml(main).find(_BODY)
    if body is not None:
        reader.part(body, "body", main)
    del body
    for kind, part in (("header", "header"), ("footer", "footer")):
        for rel_kind, path in sorted(rels, key=lambda r: r[1]):
            if rel_kind == kind and path in pkg.names:
                reader.part(pkg.xml(path), part, path)
    for part, path, root in notes_parts:  # notes referenced nowhere (or only in headers) last
        for note in root:
            if (note.tag, note.get(_NOTE_ID)) in reader.notes:
                reader.part(root, part, path, [note])
    offset = 0
    for passage in reader.passages:
        passage.position = replace(passage.position, start=offset, end=offset + len(passage.text))
        offset += len(passage.text) + 1
    return reader.passages


def paragraph_runs(data: bytes, name: str = "mal") -> list[tuple[str, list[str]]]:
    """(part name, texts of its runs) for every paragraph of the body, headers, footers and
    footnotes: what a template linter needs to see whether a tag is split across runs."""
    _sniff(data, name)
    pkg = _Package(data, name)
    main = pkg.main_part()
    parts = dict.fromkeys([main] + sorted(path for kind, path in pkg.rels(main)
                                          if kind in ("header", "footer", "footnotes") and path in pkg.names))
    out = []
    for member in parts:
        for p in pkg.xml(member).iter(_P):
            if len(out) >= LIMITS["paragraphs"]:
                _fail("doc_too_many_paragraphs", ExitCode.TOO_LARGE, file=name, limit=LIMITS["paragraphs"])
            out.append((member, ["".join(t.text or "" for t in r.iter(_T)) for r in p.iter(_R)]))
    return out


# --- a template as reviewable text ----------------------------------------------------------

_DRAWINGS = {qn("w:drawing"), qn("w:pict"), qn("w:object")}
_FIELD_SIMPLE, _INSTR = qn("w:fldSimple"), qn("w:instr")
_OUTLINE_NOTES = {qn("w:footnoteReference"): "footnote", qn("w:endnoteReference"): "endnote"}
_TR_PR, _TBL_HEADER, _ID = qn("w:trPr"), qn("w:tblHeader"), qn("w:id")
_OUTLINE_PARTS = (("header", "header"), ("footer", "footer"), ("footnotes", "footnote"), ("endnotes", "endnote"))


def _outline_text(node, out: list[str]) -> None:
    """The text of a paragraph as the dump shows it: fields as «{PAGE}», pictures as «[image]»,
    note references as «[footnote N]», tabs as «\\t»; deleted text and field codes left out."""
    for child in node:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP or tag in _DEL:
            continue
        if tag == _FIELD_SIMPLE:
            out.append("{" + " ".join((child.get(_INSTR) or "").split()) + "}")
        elif tag in _DRAWINGS:
            out.append("[image]")
        elif tag == _TXBX:
            out.append("[text box]")
        elif tag == _T:
            out.append(child.text or "")
        elif tag in (qn("w:tab"), qn("w:ptab")):
            out.append("\\t")
        elif tag in (qn("w:br"), qn("w:cr")):
            out.append("\\n")
        elif tag in _OUTLINE_NOTES:
            out.append(f"[{_OUTLINE_NOTES[tag]} {child.get(_ID)}]")
        elif len(child):
            _outline_text(child, out)


def _outline_block(container, styles: dict, default: str, indent: str, out: list[str]) -> None:
    for child in container:
        tag = child.tag
        if tag == _P:
            style_el = _child(_child(child, _PPR), _PSTYLE)
            style_id = style_el.get(_VAL) if style_el is not None else None
            style = styles.get(style_id, (style_id, None))[0] if style_id else default
            text: list[str] = []
            _outline_text(child, text)
            out.append(f"{indent}[{style}] {''.join(text)}".rstrip())
        elif tag == _TBL:
            out.append(f"{indent}table")
            for row in _children(child, _TR):
                header = _child(_child(row, _TR_PR), _TBL_HEADER) is not None
                out.append(f"{indent}  row" + (" (header, repeated on every page)" if header else ""))
                for cell in _children(row, _TC):
                    out.append(f"{indent}    cell")
                    _outline_block(cell, styles, default, indent + "      ", out)
        elif tag in _BLOCKS or tag == _ALTERNATE:
            _outline_block(child.find(_CHOICE) if tag == _ALTERNATE else child, styles, default, indent, out)


def outline(data: bytes, name: str = "mal") -> str:
    """A template as text a reviewer can read and diff: each part (body, then headers, footers,
    footnotes and endnotes), every paragraph in order with its style and its text, template tags
    included, and tables row by row. Read through the bounded reader; raises UnreadableDocument."""
    _sniff(data, name)
    pkg = _Package(data, name)
    main = pkg.main_part()
    rels = pkg.rels(main)
    styles = _style_table(pkg, rels)[0]
    default = next((style_name for style_id, (style_name, _) in styles.items() if style_id == "Normal"), "Normal")
    out: list[str] = [f"== {main}"]
    body = pkg.xml(main).find(_BODY)
    if body is not None:
        _outline_block(body, styles, default, "", out)
    for kind, _ in _OUTLINE_PARTS:
        for rel_kind, path in sorted(rels, key=lambda r: r[1]):
            if rel_kind == kind and path in pkg.names:
                out.append(f"== {path}")
                _outline_block(pkg.xml(path), styles, default, "", out)
    return "\n".join(out) + "\n"


# --- fonts ---------------------------------------------------------------------------------

_FONT_ATTRIBUTE = re.compile(rb'((?:w:(?:ascii|hAnsi|eastAsia|cs|name)|typeface)=)(["\'])([^"\'<>]{1,64})\2')


def with_fonts(data: bytes, substitutes: dict[str, str]) -> bytes:
    """A (rendered, trusted) .docx with every font name in ``substitutes`` replaced by its
    substitute: in the styles, the font table, the theme, numbering and the text parts."""
    wanted = {old.encode(): new.encode() for old, new in substitutes.items()}

    def swap(match: re.Match) -> bytes:
        return match.group(1) + match.group(2) + wanted.get(match.group(3), match.group(3)) + match.group(2)

    parts = members(data)
    for name, xml in parts.items():
        if name.startswith("word/") and name.endswith(".xml"):
            parts[name] = _FONT_ATTRIBUTE.sub(swap, xml)
    return pack(parts)


# --- assembling a rendered package --------------------------------------------------------

CP_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
DC_NS = "http://purl.org/dc/elements/1.1/"
DCTERMS_NS = "http://purl.org/dc/terms/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"


def members(data: bytes) -> dict[str, bytes]:
    """Every part of a (trusted, bundled) .docx by name."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _declared(root) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


class MainPart:
    """The main document part of a template without its body, parsed once: each document puts its
    own rendered w:body (an lxml element) into a copy of the small remainder."""

    def __init__(self, document_xml: bytes):
        self._root = etree.fromstring(document_xml, etree.XMLParser(resolve_entities=False, no_network=True))
        body = self._root.find(_BODY)
        body.clear()  # freed in place: lxml would move a replaced subtree node by node, in quadratic time
        self._root.replace(body, etree.Element(_BODY))

    def with_body(self, body) -> bytes:
        root = copy.deepcopy(self._root)
        root.replace(root.find(_BODY), body)
        return _declared(root)


_TBL_PR, _TBL_GRID, _GRID_COL, _TC_PR, _GRID_SPAN, _W_W = (qn(t) for t in (
    "w:tblPr", "w:tblGrid", "w:gridCol", "w:tcPr", "w:gridSpan", "w:w"))


def fitted_tables(xml: str):
    """A rendered body (docxtpl's Jinja output) parsed, each table's grid fitted to its rows: a loop
    over cells can give a row more or fewer cells than the template's grid has columns, and a table
    without a grid (Word needs one) gets one. Raises lxml's XMLSyntaxError for XML that does not parse."""
    body = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    for tbl in body.iter(_TBL):
        _fit_grid(tbl)
    return body


def _number(value: str | None, digits: int) -> int | None:
    return int(value) if value and value.isascii() and value.isdigit() and len(value) <= digits else None


def _span(tc) -> int:
    """The grid columns a cell spans (w:gridSpan; 1 when there is none or it is no number)."""
    span = _child(_child(tc, _TC_PR), _GRID_SPAN)
    return max(1, _number(span.get(_VAL) if span is not None else None, 3) or 1)


def _fit_grid(tbl) -> None:
    grid = _child(tbl, _TBL_GRID)
    if grid is None:
        grid = etree.SubElement(tbl, _TBL_GRID)  # in the table's namespace scope, then moved in place
        tbl.insert(tbl.index(_child(tbl, _TBL_PR)) + 1 if _child(tbl, _TBL_PR) is not None else 0, grid)
    columns = [c for c in grid if c.tag == _GRID_COL]
    needed = max((sum(_span(tc) for tc in _children(tr, _TC)) for tr in _children(tbl, _TR)), default=0)
    if not needed or needed == len(columns):
        return
    widths = [_number(c.get(_W_W), 9) for c in columns]
    total = sum(widths) if columns and None not in widths else None  # kept when every width is known
    if needed > len(columns):
        for column, width in zip(columns, widths):
            if total:
                column.set(_W_W, str(width * len(columns) // needed))
        for _ in range(needed - len(columns)):
            column = etree.SubElement(grid, _GRID_COL)
            if total:
                column.set(_W_W, str(total // needed))
    else:
        for column in columns[needed:]:
            grid.remove(column)
        if total:
            extra = sum(widths[needed:]) // needed
            for column, width in zip(columns[:needed], widths):
                column.set(_W_W, str(width + extra))


def xml_part(xml: str) -> bytes:
    """A rendered part (header, footer) as bytes with an XML declaration."""
    return _declared(etree.fromstring(xml.encode("utf-8")))


def core_properties(title: str, subject: str, author: str, language: str, stamp: str) -> bytes:
    """docProps/core.xml with fixed dates, so output is reproducible: created and modified are
    ``stamp`` (W3CDTF); a new file has never been printed, so it has no last-printed date."""
    nsmap = {"cp": CP_NS, "dc": DC_NS, "dcterms": DCTERMS_NS, "xsi": XSI_NS}
    root = etree.Element(f"{{{CP_NS}}}coreProperties", nsmap=nsmap)
    for tag, value in ((f"{{{DC_NS}}}title", title), (f"{{{DC_NS}}}subject", subject),
                       (f"{{{DC_NS}}}creator", author), (f"{{{CP_NS}}}lastModifiedBy", author),
                       (f"{{{CP_NS}}}revision", "1"), (f"{{{DC_NS}}}language", language)):
        etree.SubElement(root, tag).text = value
    for tag in (f"{{{DCTERMS_NS}}}created", f"{{{DCTERMS_NS}}}modified"):
        element = etree.SubElement(root, tag)
        element.set(f"{{{XSI_NS}}}type", "dcterms:W3CDTF")
        element.text = stamp
    return _declared(root)


def _add(dst: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=_FIXED_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 0
    info.external_attr = 0
    dst.writestr(info, data, compresslevel=6)


def pack(parts: dict[str, bytes]) -> bytes:
    """A .docx from its parts, reproducibly: fixed timestamps, [Content_Types].xml first."""
    order = sorted(parts, key=lambda n: (n != "[Content_Types].xml", n))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for name in order:
            _add(dst, name, parts[name])
    return out.getvalue()


class Packer:
    """Packs the documents made from one template. The parts no render changes (styles, theme,
    numbering: most of the bytes) are compressed once into a base package; each document only
    appends its own parts, in name order, so the same parts always give the same bytes."""

    def __init__(self, parts: dict[str, bytes], changing):
        self.changing = frozenset(changing)
        self._base = pack({name: data for name, data in parts.items() if name not in self.changing})

    def pack(self, parts: dict[str, bytes]) -> bytes:
        if set(parts) != self.changing:
            raise ValueError(f"expected the parts {sorted(self.changing)}, got {sorted(parts)}")
        out = io.BytesIO(self._base)
        with zipfile.ZipFile(out, "a", compression=zipfile.ZIP_DEFLATED) as dst:
            for name in sorted(parts):
                _add(dst, name, parts[name])
        return out.getvalue()


# --- a copy of a draft with comments and tracked insertions --------------------------------

COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
_COMMENT, _RANGE_START, _RANGE_END, _REFERENCE, _ANNOTATION_REF = (qn(t) for t in (
    "w:comment", "w:commentRangeStart", "w:commentRangeEnd", "w:commentReference", "w:annotationRef"))
_W_ID, _AUTHOR, _DATE, _INITIALS = qn("w:id"), qn("w:author"), qn("w:date"), qn("w:initials")
_SECT_PR, _PPR_CHANGE, _RPR_CHANGE, _TAB, _R_STYLE, _R_FONTS = (qn(t) for t in (
    "w:sectPr", "w:pPrChange", "w:rPrChange", "w:tab", "w:rStyle", "w:rFonts"))
_INSERTED = qn("w:ins")
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@dataclass(frozen=True)
class Comment:
    """A comment on the main part's paragraphs ``first`` to ``last`` (indices as in ``Position``;
    a paragraph in a text box stands for the paragraph that holds the box); ``first`` None: on the
    first paragraph of the body."""

    paragraphs: tuple[str, ...]
    first: int | None = None
    last: int | None = None


@dataclass(frozen=True)
class Insertion:
    """Paragraphs (text, is a heading) inserted as a tracked change after the body block that holds
    paragraph ``after`` (None: at the end of the body), headings looking like paragraph ``like``
    (its paragraph and run properties, bold), with a comment on them."""

    paragraphs: tuple[tuple[str, bool], ...]
    after: int | None = None
    like: int | None = None
    comment: tuple[str, ...] = ()


def _xml_declared(root) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


_TRANSITIONAL = re.compile(r'"http://schemas\.openxmlformats\.org/(wordprocessingml|drawingml|officeDocument|'
                           r'schemaLibrary)/2006/([A-Za-z-]+)(?:/([A-Za-z-]+))?"')
_TRANSITIONAL_NAMES = {v: k for k, v in _STRICT_NAMES.items()}


def _strict(xml: bytes) -> bytes:
    """A part written in the usual namespaces, back in those of Strict Open XML (``_STRICT`` the other way)."""
    def back(match: re.Match) -> str:
        area, name, kind = match.groups()
        if kind and (area, name) != ("officeDocument", "relationships"):
            return match.group(0)
        tail = f"/{_TRANSITIONAL_NAMES.get(kind, kind)}" if kind else ""
        return f'"http://purl.oclc.org/ooxml/{area}/{_TRANSITIONAL_NAMES.get(name, name)}{tail}"'

    return _TRANSITIONAL.sub(back, xml.decode("utf-8")).encode("utf-8")


def _review_date(pkg: _Package) -> str | None:
    """The draft's own last-modified time (its core properties), as the date of every comment and
    change: the same draft always gives the same copy. None when it states none."""
    core = next((path for kind, path in pkg.rels("") if kind == "core-properties" and path in pkg.names), None) \
        if "_rels/.rels" in pkg.names else None
    if core is None:
        return None
    modified = pkg.xml(core).find(f"{{{DCTERMS_NS}}}modified")
    text = (modified.text or "").strip() if modified is not None else ""
    return text if re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z", text) else None


def _outside_boxes(p):
    """A paragraph, or for one inside a text box the body paragraph that holds the box."""
    node = p
    while node is not None:
        if node.tag == _TXBX:
            holder = node.getparent()
            while holder is not None and holder.tag != _P:
                holder = holder.getparent()
            if holder is None:
                break
            p = node = holder
        node = node.getparent()
    return p


def _block_of(p, body):
    """The body's child that holds ``p`` (itself, a table, a content control)."""
    node = p
    while node.getparent() is not None and node.getparent() is not body:
        node = node.getparent()
    return node


class _Changes:
    """The main part parsed for writing: comments and tracked insertions added in place."""

    def __init__(self, root, author: str, date: str | None, first_id: int):
        self.root = root
        self.body = root.find(_BODY)
        self.paragraphs = list(root.iter(_P))
        self.author, self.date = author, date
        self.next_id = first_id
        self.comments: list[tuple[int, tuple[str, ...]]] = []
        self.tail: dict = {}  # a body block → the last paragraph inserted after it
        self.revision = 1 + max((int(v) for e in root.iter(_INSERTED, qn("w:del")) for v in [e.get(_W_ID)]
                                 if v and v.isdigit() and len(v) < 10), default=0)

    def _stamp(self, element) -> None:
        element.set(_W_ID, str(self.revision))
        self.revision += 1
        element.set(_AUTHOR, self.author)
        if self.date:
            element.set(_DATE, self.date)

    def paragraph(self, index: int | None):
        if index is None or not 0 <= index < len(self.paragraphs):
            first = next(iter(self.body.iter(_P)), None) if self.body is not None else None
            return _outside_boxes(first) if first is not None else None
        return _outside_boxes(self.paragraphs[index])

    def comment(self, texts: tuple[str, ...], first, last=None) -> None:
        """A comment from the start of paragraph element ``first`` to the end of ``last``."""
        if first is None:
            return
        if last is None or last.getparent() is not first.getparent():
            last = first
        number = self.next_id
        self.next_id += 1
        start = etree.Element(_RANGE_START)
        start.set(_W_ID, str(number))
        ppr = _child(first, _PPR)
        first.insert(first.index(ppr) + 1 if ppr is not None else 0, start)
        end = etree.SubElement(last, _RANGE_END)
        end.set(_W_ID, str(number))
        run = etree.SubElement(last, _R)
        etree.SubElement(run, _REFERENCE).set(_W_ID, str(number))
        self.comments.append((number, texts))

    def insert(self, insertion: Insertion) -> list:
        """The paragraphs of ``insertion`` put in place as a tracked insertion; returns them."""
        if self.body is None:
            return []
        anchor = self.paragraph(insertion.after) if insertion.after is not None else None
        if anchor is not None:
            block = _block_of(anchor, self.body)
            place = self.body.index(self.tail.get(block, block)) + 1
        else:
            last = self.body[-1] if len(self.body) else None
            place = len(self.body) - (1 if last is not None and last.tag == _SECT_PR else 0)
        like = self.paragraph(insertion.like) if insertion.like is not None else None
        made = []
        for text, heading in insertion.paragraphs:
            p = self._new_paragraph(text, like if heading else None, heading)
            self.body.insert(place, p)
            place += 1
            made.append(p)
        if anchor is not None and made:
            self.tail[block] = made[-1]
        return made

    def _new_paragraph(self, text: str, like, heading: bool):
        p = etree.Element(_P)
        ppr = copy.deepcopy(_child(like, _PPR)) if like is not None and _child(like, _PPR) is not None \
            else etree.Element(_PPR)
        for child in list(ppr):
            if child.tag in (_RPR, _SECT_PR, _PPR_CHANGE):
                ppr.remove(child)
        self._stamp(etree.SubElement(etree.SubElement(ppr, _RPR), _INSERTED))
        p.append(ppr)
        ins = etree.SubElement(p, _INSERTED)
        self._stamp(ins)
        run = etree.SubElement(ins, _R)
        if heading:
            first_run = next((r for r in like.iter(_R) if any((t.text or "").strip() for t in r.iter(_T))), None) \
                if like is not None else None
            rpr = copy.deepcopy(_child(first_run, _RPR)) if first_run is not None and _child(first_run, _RPR) is not None \
                else etree.Element(_RPR)
            for child in list(rpr):
                if child.tag in (_RPR_CHANGE, _INSERTED, qn("w:del"), _B):
                    rpr.remove(child)
            bold = etree.Element(_B)
            rpr.insert(sum(1 for c in rpr if c.tag in (_R_STYLE, _R_FONTS)), bold)
            run.append(rpr)
        for i, piece in enumerate(text.split("\t")):
            if i:
                etree.SubElement(run, _TAB)
            if piece:
                t = etree.SubElement(run, _T)
                t.text = piece
                t.set(_SPACE, "preserve")
        return p


def _comment_elements(changes: _Changes, parent, mark_alone: bool = False) -> None:
    """The comments as w:comment elements. With ``mark_alone`` the annotation mark stands in a
    paragraph of its own before the text: LibreOffice (7.4) loses the first paragraph's text of
    every comment in a document with content controls."""
    for number, texts in changes.comments:
        comment = etree.SubElement(parent, _COMMENT)
        comment.set(_W_ID, str(number))
        comment.set(_AUTHOR, changes.author)
        if changes.date:
            comment.set(_DATE, changes.date)
        comment.set(_INITIALS, changes.author[:2].upper())
        if mark_alone:
            etree.SubElement(etree.SubElement(etree.SubElement(comment, _P), _R), _ANNOTATION_REF)
        for i, text in enumerate(texts or ("",)):
            p = etree.SubElement(comment, _P)
            if i == 0 and not mark_alone:
                etree.SubElement(etree.SubElement(p, _R), _ANNOTATION_REF)
            t = etree.SubElement(etree.SubElement(p, _R), _T)
            t.text = text
            t.set(_SPACE, "preserve")


def annotated(data: bytes, name: str, comments: list[Comment], insertions: list[Insertion],
              author: str = "agreements") -> bytes:
    """A copy of a .docx with ``comments`` and ``insertions`` (tracked, by ``author``): only the
    main part, the comments part, the main part's relationships and the content types change;
    every other member keeps its bytes (and its zip entry: name, time, compression). Dates are the
    draft's own (``_review_date``), so the same draft gives the same bytes. Read through the
    bounded reader; raises UnreadableDocument."""
    _sniff(data, name)
    pkg = _Package(data, name)
    main = pkg.main_part()
    rels = pkg.rels(main)
    folder, _, base = main.rpartition("/")
    rels_name = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
    existing = next((path for kind, path in rels if kind == "comments" and path in pkg.names), None)
    comments_root = pkg.xml(existing) if existing else etree.Element(qn("w:comments"), nsmap={"w": W_NS})
    root = pkg.xml(main)
    used = [int(v) for node in (root, comments_root) for e in node.iter(_COMMENT, _RANGE_START, _REFERENCE)
            for v in [e.get(_W_ID)] if v and v.isdigit() and len(v) < 10]
    changes = _Changes(root, author, _review_date(pkg), max(used, default=-1) + 1)
    for insertion in insertions:
        made = changes.insert(insertion)
        if made and insertion.comment:
            changes.comment(insertion.comment, made[0], made[-1])
    for c in comments:
        changes.comment(c.paragraphs, changes.paragraph(c.first),
                        changes.paragraph(c.last) if c.last is not None else None)
    _comment_elements(changes, comments_root, mark_alone=next(root.iter(qn("w:sdt")), None) is not None)
    target = existing or posixpath.join(folder, "comments.xml")
    n = 1
    while existing is None and target in pkg.names:
        n += 1
        target = posixpath.join(folder, f"comments{n}.xml")
    changed = {main: _xml_declared(root), target: _xml_declared(comments_root)}
    if existing is None:
        rels_root = pkg.xml(rels_name) if rels_name in pkg.names else etree.Element(
            f"{{{PKG_REL_NS}}}Relationships", nsmap={None: PKG_REL_NS})
        ids = {r.get("Id") for r in rels_root}
        rid = next(f"rIdAgreements{i}" for i in range(1, len(ids) + 2) if f"rIdAgreements{i}" not in ids)
        rel = etree.SubElement(rels_root, f"{{{PKG_REL_NS}}}Relationship")
        rel.set("Id", rid)
        rel.set("Type", COMMENTS_REL)
        rel.set("Target", posixpath.relpath(target, folder) if folder else target)
        changed[rels_name] = _xml_declared(rels_root)
        types = pkg.xml("[Content_Types].xml")
        if not any(o.get("PartName", "").lstrip("/") == target for o in types.iter(f"{{{CT_NS}}}Override")):
            override = etree.SubElement(types, f"{{{CT_NS}}}Override")
            override.set("PartName", "/" + target)
            override.set("ContentType", COMMENTS_TYPE)
            changed["[Content_Types].xml"] = _xml_declared(types)
    if b"purl.oclc.org/ooxml/" in pkg.read(main):  # a Strict draft: its changed parts stay Strict
        changed = {member: _strict(xml) if member != "[Content_Types].xml" else xml for member, xml in changed.items()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in pkg.zip.infolist():
            if info.filename.endswith("/") or pkg.infos.get(info.filename) is not info:
                continue  # a folder entry, or a name given twice (the last is the one read)
            if info.filename in changed:
                _add(dst, info.filename, changed.pop(info.filename))
            else:
                copied = zipfile.ZipInfo(info.filename, date_time=info.date_time)
                copied.compress_type = info.compress_type
                copied.external_attr, copied.create_system = info.external_attr, info.create_system
                dst.writestr(copied, pkg.read(info.filename))
        for member, content in sorted(changed.items()):
            _add(dst, member, content)
    return out.getvalue()
