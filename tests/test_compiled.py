"""The compiled template: renders in a row share no state, and equal a fresh compile byte for byte."""

from __future__ import annotations

import copy
from decimal import Decimal

from agreements import context, render, resources, validation
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
