"""The compiled template: renders in a row share no state, and equal a fresh compile byte for byte."""

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
