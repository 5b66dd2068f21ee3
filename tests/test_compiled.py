"""The compiled template: renders in a row share no state, and equal a fresh compile byte for byte;
footnotes are merged, and tags where nothing merges them are refused."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from agreements import context, render, resources, validation, wordxml
from conftest import DELETE, docx_text, set_path


def _ctx(doc):
    return context.build(validation.validate(doc).document)


def test_documents_rendered_in_a_row_do_not_leak(doc):
    many = set_path(copy.deepcopy(doc), "salary.supplements",
                    [{"description": f"Tillegg {i}", "annual": Decimal(1000 * (i + 1))} for i in range(4)])
    few = set_path(copy.deepcopy(doc), "salary.supplements", [])
    set_path(few, "employee.name", "Eva Annen")
    set_path(few, "probation", DELETE)
    shared = render.compiled("arbeidsavtale.nb.docx")
    first, second = shared.render(_ctx(many)), shared.render(_ctx(few))
    fresh = render.CompiledTemplate(resources.template("arbeidsavtale.nb.docx").read_bytes(),
                                    "arbeidsavtale.nb.docx")
    assert second == fresh.render(_ctx(few))  # byte-identical to a first render
    text = docx_text(second)
    assert "Tillegg" not in text and "Ola Åsmund" not in text and "Prøvetid" not in text
    assert docx_text(first).count("Tillegg ") == 4  # rows are not duplicated
    assert shared.render(_ctx(many)) == first


def test_a_rendered_package_keeps_every_unchanged_part_of_the_template(doc):
    template = wordxml.members(resources.template("arbeidsavtale.nb.docx").read_bytes())
    made = wordxml.members(render.render("arbeidsavtale.nb.docx", _ctx(doc)))
    changed = {name for name in template if made[name] != template[name]}
    assert set(made) == set(template) and next(iter(made)) == "[Content_Types].xml"
    assert {"word/document.xml", "word/header1.xml", "docProps/core.xml"} <= changed  # footer: page fields only
    assert changed <= {"word/document.xml", "word/header1.xml", "word/footer1.xml", "docProps/core.xml"}


def test_the_packer_refuses_a_document_without_every_changing_part():
    packer = wordxml.Packer({"a.xml": b"<a/>", "b.xml": b"<b/>"}, ["b.xml"])
    assert wordxml.members(packer.pack({"b.xml": b"<c/>"})) == {"a.xml": b"<a/>", "b.xml": b"<c/>"}
    with pytest.raises(ValueError):
        packer.pack({"a.xml": b"<c/>"})


# --- what docxtpl merges besides the body, headers and footers: footnotes and core properties ------

RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def with_footnote(data: bytes, text: str) -> bytes:
    """``data`` with a footnote holding ``text`` after the start date, as Word writes one."""
    parts = wordxml.members(data)
    w = f'xmlns:w="{wordxml.W_NS}"'
    separators = "".join(f'<w:footnote w:type="{kind}" w:id="{i}"><w:p><w:r><w:{kind}/></w:r></w:p></w:footnote>'
                         for i, kind in ((-1, "separator"), (0, "continuationSeparator")))
    parts["word/footnotes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {w}>{separators}'
        f'<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r>'
        '</w:p></w:footnote></w:footnotes>').encode("utf-8")
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", f'<Relationship Id="rIdFootnotes" Type="{RELS}/footnotes" Target="footnotes.xml"/>'
        "</Relationships>".encode())
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", f'<Override PartName="/word/footnotes.xml" ContentType="{render.FOOTNOTES}"/></Types>'.encode())
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        b"{{ start_date }}.</w:t></w:r>", b'{{ start_date }}.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>', 1)
    return wordxml.pack(parts)


def test_footnotes_are_merged_like_the_body(doc):
    from agreements import lint

    template = with_footnote(resources.template("arbeidsavtale.nb.docx").read_bytes(),
                             "Vedtatt av {{ decision.body }} i sak {{ decision.case_number }}.")
    assert [f.code for f in lint.lint(template, "mal.docx") if f.severity == "error"] == []
    made = wordxml.members(render.render_bytes(template, _ctx(doc)))
    assert "Vedtatt av kommunestyret i sak PS 45/2026." in made["word/footnotes.xml"].decode("utf-8")
    assert b"footnoteReference" in made["word/document.xml"]


def test_no_bundled_template_has_tags_where_nothing_merges_them():
    from agreements import lint

    for name in ("arbeidsavtale.nb.docx", "arbeidsavtale.nn.docx", "referat.nb.docx", "referat.nn.docx"):
        assert lint.unmerged_tags(render.prepare(resources.template(name).read_bytes(), name)) == []


@pytest.mark.parametrize("part,old,new", [
    ("docProps/core.xml", b"<dc:title></dc:title>", b"<dc:title>{{ employer.name }}</dc:title>"),
    ("word/settings.xml", b"</w:settings>", b"<w:docVars><w:docVar w:name='a' w:val='{% if x %}'/></w:docVars></w:settings>"),
], ids=["core properties", "settings"])
def test_a_template_with_tags_in_a_part_nothing_merges_is_refused_by_lint(part, old, new):
    from agreements import lint

    parts = wordxml.members(resources.template("arbeidsavtale.nb.docx").read_bytes())
    assert old in parts[part]
    parts[part] = parts[part].replace(old, new, 1)
    found = [(f.code, f.params) for f in lint.lint(wordxml.pack(parts), "mal.docx") if f.severity == "error"]
    assert found == [("lint_tags_not_merged", {"part": part})]
