"""Files the readers must refuse, with the exit code and message each gets (shared by the CLI's and the web's tests)."""

from __future__ import annotations

import io
import zipfile

from agreements import wordxml
from agreements.problems import ExitCode

from . import hostile
from .docxwriter import Doc


def docx(*paragraphs: str) -> bytes:
    d = Doc(split_runs=False)
    d.add(*(d.para(t) for t in paragraphs))
    return d.to_bytes()


def zipped(files: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def replace_part(data: bytes, name: str, content: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        files = {n: src.read(n) for n in src.namelist()}
    files[name] = content
    return zipped(files)


BILLION_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                  b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
                  b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                  b"<w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>")


def bomb() -> bytes:
    """A small file that unpacks to more than the per-part limit."""
    size = wordxml.LIMITS["part_bytes"] + 1024
    return replace_part(docx("x"), "word/document.xml", b" " * size)


def in_body(xml: bytes, data: bytes | None = None) -> bytes:
    """``data`` (a one-paragraph document) with ``xml`` at the start of the body."""
    data = data or docx("Arbeidsavtale")
    return replace_part(data, "word/document.xml",
                         member(data, "word/document.xml").replace(b"<w:body>", b"<w:body>" + xml, 1))


def main_part(mb: int) -> bytes:
    """A well-formed main part of ``mb`` MB of real paragraphs (a small file: they compress well)."""
    para = "<w:p><w:r><w:t>Arbeidsavtale for kommunedirektøren, lønn etter avtale.</w:t></w:r></w:p>".encode()
    return in_body(para * (mb * 2**20 // len(para)))


def member(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return zf.read(name)


def with_header(*paragraphs: str) -> bytes:
    d = Doc(split_runs=False)
    d.header = ["Topptekst"]
    d.add(*(d.para(t) for t in paragraphs))
    return d.to_bytes()


def with_doctype(part: str, codec: str | None = None, bom: bool = True, after: int = 0,
                  doctype: str = '<!DOCTYPE w:document SYSTEM "https://example.invalid/w.dtd">') -> bytes:
    """A document with a DTD in ``part``, after ``after`` characters of comment, in ``codec``."""
    data = with_header("Arbeidsavtale")
    xml = hostile.with_doctype(member(data, part), doctype, after)
    return replace_part(data, part, hostile.encoded(xml, codec, bom) if codec else xml)


HOSTILE = [
    ("not_a_zip", lambda: b"Dette er bare tekst, ikke et Word-dokument.", ExitCode.NOT_DOCX, "doc_not_zip"),
    ("empty_file", lambda: b"", ExitCode.NOT_DOCX, "doc_empty_file"),
    ("rtf", lambda: b"{\\rtf1\\ansi Arbeidsavtale}", ExitCode.NOT_DOCX, "doc_rtf"),
    ("zip_without_word", lambda: zipped({"a.txt": "hei"}), ExitCode.NOT_DOCX, "doc_not_word"),
    ("old_binary_doc", lambda: wordxml.OLE2_MAGIC + b"\0" * 4096, ExitCode.LEGACY_DOC, "doc_legacy"),
    ("encrypted", lambda: wordxml.OLE2_MAGIC + b"\0" * 512 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 512,
     ExitCode.ENCRYPTED, "doc_encrypted"),
    ("truncated_zip", lambda: docx("Arbeidsavtale " * 50)[:600], ExitCode.DAMAGED, "doc_damaged"),
    ("broken_xml", lambda: replace_part(docx("x"), "word/document.xml", b"<w:document><w:body>"),
     ExitCode.DAMAGED, "doc_damaged"),
    ("zip_bomb", bomb, ExitCode.TOO_LARGE, "doc_part_too_large"),
    # refused from the sizes in the zip directory, before anything is unpacked or parsed
    ("main_part_of_60_mb", lambda: main_part(60), ExitCode.TOO_LARGE, "doc_part_too_large"),
    ("declared_size_over_the_limit", lambda: hostile.declared_size(docx("x"), "word/document.xml", 2**31),
     ExitCode.TOO_LARGE, "doc_part_too_large"),
    ("bomb_in_styles", lambda: hostile.with_entries(docx("x"), hostile.Entry.bomb("word/styles.xml", 100)),
     ExitCode.TOO_LARGE, "doc_part_too_large"),
    # a directory that says less than the member holds: never more than it says is unpacked
    ("declared_size_too_small", lambda: hostile.declared_size(main_part(20), "word/document.xml", 4096),
     ExitCode.DAMAGED, "doc_damaged"),
    ("too_many_paragraphs", lambda: docx(*["Lønn."] * (wordxml.LIMITS["paragraphs"] + 1)),
     ExitCode.TOO_LARGE, "doc_too_many_paragraphs"),
    ("too_much_markup", lambda: in_body(b"<w:bookmarkEnd/>" * wordxml.LIMITS["xml_tags"]), ExitCode.TOO_LARGE,
     "doc_too_much_markup"),
    ("nested_deeper_than_the_parser_allows", lambda: in_body(b"<w:sdt><w:sdtContent>" * 200 + b"<w:p/>"
                                                              + b"</w:sdtContent></w:sdt>" * 200),
     ExitCode.TOO_LARGE, "doc_xml_limit"),
    ("text_over_the_parser_limit", lambda: in_body(b"<w:p><w:r><w:t>" + b"x" * 11_000_000 + b"</w:t></w:r></w:p>"),
     ExitCode.TOO_LARGE, "doc_xml_limit"),
    ("too_many_parts", lambda: hostile.raw_zip([hostile.Entry.of(n, d) for n, d in hostile.members(docx("x")).items()]
                                               + [hostile.Entry.of(f"word/media/{i}.png", b"") for i in range(5000)]),
     ExitCode.TOO_LARGE, "doc_too_many_parts"),
    ("entity_expansion", lambda: replace_part(docx("x"), "word/document.xml", BILLION_LAUGHS),
     ExitCode.UNSAFE_XML, "doc_unsafe_xml"),
    # a DTD anywhere in any part the reader parses, in any encoding XML allows
    ("dtd_after_4_kb", lambda: with_doctype("word/document.xml", after=5000), ExitCode.UNSAFE_XML, "doc_unsafe_xml"),
    ("dtd_utf16le_bom", lambda: with_doctype("word/document.xml", "utf-16-le"), ExitCode.UNSAFE_XML, "doc_unsafe_xml"),
    ("dtd_utf16be_bom", lambda: with_doctype("word/document.xml", "utf-16-be"), ExitCode.UNSAFE_XML, "doc_unsafe_xml"),
    ("dtd_utf16le", lambda: with_doctype("word/document.xml", "utf-16-le", bom=False), ExitCode.UNSAFE_XML,
     "doc_unsafe_xml"),
    ("dtd_utf16be", lambda: with_doctype("word/document.xml", "utf-16-be", bom=False), ExitCode.UNSAFE_XML,
     "doc_unsafe_xml"),
    ("dtd_utf32le", lambda: with_doctype("word/document.xml", "utf-32-le"), ExitCode.UNSAFE_XML, "doc_unsafe_xml"),
    ("dtd_utf32be", lambda: with_doctype("word/document.xml", "utf-32-be", bom=False), ExitCode.UNSAFE_XML,
     "doc_unsafe_xml"),
    ("dtd_utf8_bom", lambda: with_doctype("word/document.xml", "utf-8", after=5000), ExitCode.UNSAFE_XML,
     "doc_unsafe_xml"),
    ("dtd_utf16_in_styles", lambda: with_doctype("word/styles.xml", "utf-16-le", after=5000), ExitCode.UNSAFE_XML,
     "doc_unsafe_xml"),
    ("dtd_in_relationships", lambda: with_doctype("_rels/.rels", after=5000), ExitCode.UNSAFE_XML, "doc_unsafe_xml"),
    ("dtd_utf16_in_header", lambda: with_doctype("word/header1.xml", "utf-16-be", after=5000), ExitCode.UNSAFE_XML,
     "doc_unsafe_xml"),
    ("empty_document", lambda: docx(), ExitCode.EMPTY_DOCUMENT, "doc_no_text"),
    ("too_much_text", lambda: docx(*["Lønn etter avtale mellom partene og kommunen. " * 500] * 100),
     ExitCode.TOO_LARGE, "doc_too_much_text"),
    # what people give instead of a .docx: say what to do (exit code 8, as for any file that is no .docx)
    ("pdf", lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", ExitCode.NOT_DOCX, "doc_pdf"),
    ("odt", lambda: zipped({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}),
     ExitCode.NOT_DOCX, "doc_odt"),
    ("yaml_input", lambda: b"# Arbeidsavtale\nlanguage: nb\nemployer:\n  kind: kommune\n", ExitCode.NOT_DOCX,
     "doc_is_input"),
    ("json_input", lambda: b'{"language": "nb", "employer": {"kind": "kommune"}}', ExitCode.NOT_DOCX, "doc_is_input"),
    ("utf16_yaml_input", lambda: "language: nn\nemployer: {}\n".encode("utf-16"), ExitCode.NOT_DOCX,
     "doc_is_input"),
]


def laughs(item: str = "l{i}: ") -> str:
    """«Billion laughs»: ten levels of nine aliases each, 10^9 «lol» once expanded; ``item`` starts
    each line (a field of its own, or an item of a list)."""
    lines = [item.format(i=0) + '&l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [item.format(i=i) + f"&l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]" for i in range(1, 10)]
    return "\n".join(lines) + "\n"
