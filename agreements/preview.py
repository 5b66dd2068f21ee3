"""A finished document's text as blocks to show before it is downloaded: title, headings, paragraphs, lists and tables."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import wordxml


@dataclass
class Block:
    """A run of the document's body: ``kind`` title, subtitle, heading (``level`` 1, 2 …),
    paragraph, list (``items``) or table (``rows`` of cells, each cell its paragraphs)."""

    kind: str
    text: str = ""
    level: int = 0
    items: list[str] = field(default_factory=list)
    rows: list[list[list[str]]] = field(default_factory=list)
    table: int = 0


def blocks(docx: bytes, name: str = "dokument") -> list[Block]:
    """The body of ``docx`` as the library's reader sees it (``wordxml.read_passages``), empty
    paragraphs left out; headers and footers are not part of it."""
    out: list[Block] = []
    cells: dict[int, dict[int, dict[int, list[str]]]] = {}
    for passage in wordxml.read_passages(docx, name):
        if passage.part != "body" or not passage.text.strip():
            continue
        text = passage.text
        if passage.cell is not None:
            table, row, column = passage.cell
            if not out or out[-1].kind != "table" or out[-1].table != table:
                out.append(Block("table", table=table))
                cells[len(out) - 1] = {}
            cells[len(out) - 1].setdefault(row, {}).setdefault(column, []).append(text)
        elif passage.style == "Title":
            out.append(Block("title", text))
        elif passage.style == "Subtitle":
            out.append(Block("subtitle", text))
        elif passage.heading_level is not None:
            out.append(Block("heading", text, level=passage.heading_level))
        elif passage.style.startswith("List"):
            if not out or out[-1].kind != "list":
                out.append(Block("list"))
            out[-1].items.append(text)
        else:
            out.append(Block("paragraph", text))
    for index, rows in cells.items():
        width = max(max(columns) for columns in rows.values())
        out[index].rows = [[columns.get(c, []) for c in range(1, width + 1)] for _, columns in sorted(rows.items())]
    return out


def paragraphs(found: list[Block]) -> list[str]:
    """Every paragraph of the blocks, in order: what the preview shows, as text."""
    texts: list[str] = []
    for block in found:
        if block.kind == "list":
            texts += block.items
        elif block.kind == "table":
            texts += [p for row in block.rows for cell in row for p in cell]
        else:
            texts.append(block.text)
    return texts
