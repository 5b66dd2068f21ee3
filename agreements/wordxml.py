"""The one place that reads or writes raw Word XML and the .docx zip container."""

from __future__ import annotations

import io
import zipfile

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


# --- building templates -------------------------------------------------------------------

def number_headings(document, style_name: str = "Heading 1", fmt: str = "%1.") -> None:
    """Give ``style_name`` automatic decimal numbering (1., 2., ...) through numbering.xml."""
    numbering = document.part.numbering_part.element
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abstract_id, num_id = max(abstract_ids, default=0) + 1, max(num_ids, default=0) + 1
    abstract = etree.fromstring(
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abstract_id}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:pStyle w:val="{document.styles[style_name].style_id}"/>'
        f'<w:lvlText w:val="{fmt}"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>'
    )
    num = etree.fromstring(
        f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)
    ppr = document.styles[style_name].element.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl, numid = OxmlElement("w:ilvl"), OxmlElement("w:numId")
    ilvl.set(qn("w:val"), "0")
    numid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(numid)
    ppr.insert(0, numpr)


def add_field(paragraph, instruction: str, placeholder: str = "1") -> None:
    """Append a simple field (PAGE, NUMPAGES, ...) that Word and LibreOffice update."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = placeholder
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def set_cell_border(cell, edge: str = "bottom", size: int = 6) -> None:
    """Draw one border of a table cell (used for signature lines)."""
    tcpr = cell._tc.get_or_add_tcPr()
    borders = tcpr.find(qn("w:tcBorders"))
    if borders is None:
        borders = OxmlElement("w:tcBorders")
        tcpr.append(borders)
    line = OxmlElement(f"w:{edge}")
    for key, value in (("val", "single"), ("sz", str(size)), ("space", "0"), ("color", "000000")):
        line.set(qn(f"w:{key}"), value)
    borders.append(line)


def set_language(document, lang_tag: str) -> None:
    """Set the proofing language of the document defaults (e.g. nb-NO)."""
    rpr_default = document.styles.element.find(qn("w:docDefaults"))
    rpr = rpr_default.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), lang_tag)
    lang.set(qn("w:eastAsia"), lang_tag)


# --- packaging ----------------------------------------------------------------------------

def deterministic_zip(docx_bytes: bytes) -> bytes:
    """Rewrite a .docx so the same content always gives the same bytes.

    Fixed timestamps and attributes, [Content_Types].xml first and the other parts sorted.
    """
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as src:
        names = src.namelist()
        parts = {name: src.read(name) for name in names}
    order = sorted(names, key=lambda n: (n != "[Content_Types].xml", n))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=_FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            dst.writestr(info, parts[name], compresslevel=6)
    return out.getvalue()


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
