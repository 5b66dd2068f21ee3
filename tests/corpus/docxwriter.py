"""A tiny .docx writer for test drafts: raw WordprocessingML, so drafts look like Word's own files
(split runs, soft hyphens, styles with Norwegian names, content controls, text boxes with the
duplicate VML fallback Word writes, tracked changes, nested tables, headers, footers, footnotes)."""

from __future__ import annotations

import io
import random
import zipfile
from xml.sax.saxutils import escape

W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
     'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
     'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
     'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"')


def _runs(text: str, rng: random.Random | None, bold: bool = False, kind: str = "t") -> str:
    """Text as Word stores it: often split into several runs, sometimes mid-word."""
    pieces = [text]
    if rng is not None and len(text) > 12:
        cuts = sorted(rng.sample(range(1, len(text)), k=min(3, len(text) // 12)))
        pieces = [text[a:b] for a, b in zip([0] + cuts, cuts + [len(text)])]
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    tag = "w:delText" if kind == "del" else "w:t"
    return "".join(f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(p)}</{tag}></w:r>' for p in pieces if p)


class Doc:
    """Collects body XML, then writes a complete package."""

    def __init__(self, seed: int = 0, split_runs: bool = True):
        self.body: list[str] = []
        self.rng = random.Random(seed) if split_runs else None
        self.header: list[str] = []
        self.footer: list[str] = []
        self.footnotes: list[str] = []
        self.revision = 0

    # --- paragraphs ---
    def para(self, text: str = "", style: str | None = None, bold: bool = False, segments=None) -> str:
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        inner = self.segments(segments, bold) if segments else _runs(text, self.rng, bold)
        return f"<w:p>{ppr}{inner}</w:p>"

    def segments(self, segments, bold: bool = False) -> str:
        out = []
        for kind, text in segments:
            self.revision += 1
            attrs = f'w:id="{self.revision}" w:author="Saksbehandler" w:date="2026-03-01T10:00:00Z"'
            if kind == "ins":
                out.append(f"<w:ins {attrs}>{_runs(text, self.rng, bold)}</w:ins>")
            elif kind == "del":
                out.append(f"<w:del {attrs}>{_runs(text, self.rng, bold, kind='del')}</w:del>")
            elif kind == "sdt":
                out.append(f'<w:sdt><w:sdtPr><w:alias w:val="Felt"/></w:sdtPr><w:sdtContent>'
                           f"{_runs(text, self.rng)}</w:sdtContent></w:sdt>")
            elif kind == "note":
                number = len(self.footnotes) + 1
                self.footnotes.append(
                    f'<w:footnote w:id="{number}"><w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t>'
                    "</w:r></w:p></w:footnote>")
                out.append(f'<w:r><w:footnoteReference w:id="{number}"/></w:r>')
            else:
                out.append(_runs(text, self.rng))
        return "".join(out)

    def add(self, *blocks: str) -> "Doc":
        self.body.extend(blocks)
        return self

    def heading(self, text: str, level: int = 1, style: str = "Heading") -> str:
        return self.para(text, style=f"{style}{level}")

    def table(self, rows, sdt_cells: bool = False) -> str:
        """rows: lists of cells; a cell is text or a list of block XML strings."""
        xml = ["<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"]
        for row in rows:
            xml.append("<w:tr>")
            for cell in row:
                content = cell if isinstance(cell, list) else [self.para(cell)]
                inner = "".join(content) or "<w:p/>"
                if sdt_cells and not isinstance(cell, list):
                    inner = ("<w:sdt><w:sdtPr><w:tag w:val=\"felt\"/></w:sdtPr><w:sdtContent>"
                             f"{inner}</w:sdtContent></w:sdt>")
                xml.append(f"<w:tc>{inner}</w:tc>")
            xml.append("</w:tr>")
        xml.append("</w:tbl>")
        return "".join(xml)

    def block_sdt(self, *blocks: str) -> str:
        return ("<w:sdt><w:sdtPr><w:alias w:val=\"Avsnitt\"/></w:sdtPr><w:sdtContent>"
                + "".join(blocks) + "</w:sdtContent></w:sdt>")

    def textbox(self, *paragraph_texts: str) -> str:
        """A paragraph anchoring a text box; Word writes the content twice (DrawingML and VML)."""
        inner = "".join(self.para(t) for t in paragraph_texts)
        return ("<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>"
                f"<w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>"
                f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{inner}</w:txbxContent>"
                "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>")

    # --- package ---
    def _styles(self) -> str:
        styles = ['<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>']
        for level in (1, 2, 3):
            for sid, name in ((f"Heading{level}", f"heading {level}"), (f"Overskrift{level}", f"heading {level}")):
                styles.append(f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
                              f'<w:pPr><w:outlineLvl w:val="{level - 1}"/></w:pPr></w:style>')
        styles.append('<w:style w:type="paragraph" w:styleId="Tittel"><w:name w:val="Title"/></w:style>')
        styles.append('<w:style w:type="paragraph" w:styleId="Listeavsnitt"><w:name w:val="List Paragraph"/></w:style>')
        return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>{"".join(styles)}</w:styles>'

    def to_bytes(self) -> bytes:
        rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
        overrides = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
                     '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>']
        parts = {"word/styles.xml": self._styles()}
        sect = ""
        for kind, paragraphs, rid in (("header", self.header, "rId2"), ("footer", self.footer, "rId3")):
            if paragraphs:
                tag = "hdr" if kind == "header" else "ftr"
                parts[f"word/{kind}1.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?><w:{tag} {W}>'
                                              + "".join(self.para(t) for t in paragraphs) + f"</w:{tag}>")
                rels.append(f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Target="{kind}1.xml"/>')
                overrides.append(f'<Override PartName="/word/{kind}1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"/>')
                sect += f'<w:{kind}Reference w:type="default" r:id="{rid}"/>'
        if self.footnotes:
            parts["word/footnotes.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes {W}>'
                                           + "".join(self.footnotes) + "</w:footnotes>")
            rels.append('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
            overrides.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
        parts["word/document.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>'
                                      + "".join(self.body) + f"<w:sectPr>{sect}</w:sectPr></w:body></w:document>")
        parts["word/_rels/document.xml.rels"] = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                                 + "".join(rels) + "</Relationships>")
        parts["_rels/.rels"] = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        parts["[Content_Types].xml"] = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                                        '<Default Extension="xml" ContentType="application/xml"/>' + "".join(overrides) + "</Types>")
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
            for name in ["[Content_Types].xml"] + sorted(n for n in parts if n != "[Content_Types].xml"):
                zf.writestr(name, parts[name])
        return buffer.getvalue()
