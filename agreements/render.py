"""The one module that uses docxtpl: merging a Word template with a render context."""

from __future__ import annotations

import datetime as dt
import io

import jinja2
from docxtpl import DocxTemplate

from . import resources, wordxml
from .context import blank_leaves
from .problems import TemplateFault, error


def _environment() -> jinja2.Environment:
    return jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=True)


def template_sources(data: bytes) -> list[str]:
    """The Jinja source of every part of a template (body, headers, footers) after docxtpl's own
    preprocessing, for static analysis."""
    tpl = DocxTemplate(io.BytesIO(data))
    tpl.init_docx()
    sources = [tpl.patch_xml(tpl.get_xml())]
    for uri in (tpl.HEADER_URI, tpl.FOOTER_URI):
        for _, part in tpl.get_headers_footers(uri):
            sources.append(tpl.patch_xml(tpl.get_part_xml(part)))
    return sources


def render_bytes(data: bytes, context: dict) -> bytes:
    """Merge ``context`` into template bytes (not necessarily a bundled template)."""
    tpl = DocxTemplate(io.BytesIO(data))
    try:
        tpl.render(context, _environment(), autoescape=True)
    except jinja2.TemplateError as exc:
        raise TemplateFault(error("template_error", name="mal", detail=str(exc))) from None
    buffer = io.BytesIO()
    tpl.save(buffer)
    return buffer.getvalue()


def _load(name: str) -> DocxTemplate:
    source = resources.template(name)
    if not source.is_file():
        raise TemplateFault(error("template_missing", name=name))
    return DocxTemplate(io.BytesIO(source.read_bytes()))


PROPERTY_LIMIT = 255  # Word's limit for a text core property


def _fit(value: str) -> str:
    return value if len(value) <= PROPERTY_LIMIT else value[: PROPERTY_LIMIT - 1] + "…"


def _set_properties(document, props: dict) -> None:
    core = document.core_properties
    stamp = dt.datetime.combine(props["created"], dt.time(0, 0))
    core.title = _fit(props["title"])
    core.subject = _fit(props["subject"])
    core.author = _fit(props["author"])
    core.last_modified_by = _fit(props["author"])
    core.language = props["language"]
    core.created = stamp
    core.modified = stamp
    core.last_printed = stamp
    core.revision = 1


def render(template_name: str, context: dict) -> bytes:
    """Merge ``context`` into the named template and return deterministic .docx bytes.

    Values are escaped (autoescape) and any name the template uses but the context lacks is an
    error (StrictUndefined), as is a blank value: a gap never reaches the agreement.
    """
    blanks = blank_leaves(context)
    if blanks:
        raise TemplateFault(error("template_error", name=template_name,
                                  detail="blank values: " + ", ".join(blanks)))
    tpl = _load(template_name)
    try:
        tpl.render(context, _environment(), autoescape=True)
    except jinja2.TemplateError as exc:
        raise TemplateFault(error("template_error", name=template_name, detail=str(exc))) from None
    _set_properties(tpl.docx, context["properties"])
    buffer = io.BytesIO()
    tpl.save(buffer)
    return wordxml.deterministic_zip(buffer.getvalue())
