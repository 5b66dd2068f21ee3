"""The preview before download: the agreement's text as blocks, the same text as the .docx."""

from __future__ import annotations

import pytest

from agreements import generate, preview, wordxml
from conftest import EXAMPLES


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_preview_text_is_the_docx_text(example):
    docx = generate.build(example).docx
    body = [text for text in wordxml.text_parts(docx)["word/document.xml"] if text.strip()]
    assert preview.paragraphs(preview.blocks(docx)) == body


def test_blocks_keep_the_documents_shape():
    found = preview.blocks(generate.build(EXAMPLES[0]).docx)
    kinds = [b.kind for b in found]
    assert kinds[:3] == ["title", "subtitle", "heading"] and {"list", "paragraph", "table"} <= set(kinds)
    table = next(b for b in found if b.kind == "table")
    assert len({len(row) for row in table.rows}) == 1  # every row as wide as the table
