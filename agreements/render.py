"""The one module that uses docxtpl: merging a Word template with a render context."""

from __future__ import annotations

import datetime as dt
import functools
import io
import re

import jinja2
from docxtpl import DocxTemplate

from . import resources, wordxml
from .context import blank_leaves
from .problems import TemplateFault, error


def _environment() -> jinja2.Environment:
    return jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=True)


def _opened(data: bytes, name: str) -> DocxTemplate:
    """docxtpl's view of a template, or a TemplateFault naming what Word package part is wrong
    (a user's template may be any .docx: without a body, with parts python-docx cannot read)."""
    try:
        tpl = DocxTemplate(io.BytesIO(data))
        tpl.init_docx()
        if tpl.docx.element.body is None:
            raise ValueError("word/document.xml has no w:body")
        return tpl
    except Exception as exc:  # noqa: BLE001 - any failure to open a foreign package is the template's
        raise TemplateFault(error("template_error", name=name, detail=f"{type(exc).__name__}: {exc}")) from None


def template_sources(data: bytes, name: str = "mal") -> list[str]:
    """The Jinja source of every part of a template (body, headers, footers) after docxtpl's own
    preprocessing, for static analysis."""
    tpl = _opened(data, name)
    sources = [tpl.patch_xml(tpl.get_xml())]
    for uri in (tpl.HEADER_URI, tpl.FOOTER_URI):
        for _, part in tpl.get_headers_footers(uri):
            sources.append(tpl.patch_xml(tpl.get_part_xml(part)))
    return sources


_CORE = "docProps/core.xml"
_LISTING = re.compile("[\t\a\n\f]")
PROPERTY_LIMIT = 255  # Word's limit for a text core property


def _fit(value: str) -> str:
    return value if len(value) <= PROPERTY_LIMIT else value[: PROPERTY_LIMIT - 1] + "…"


def _before(xml: str) -> str:
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", xml)


class CompiledTemplate:
    """A Word template prepared once: docxtpl's XML patching done and a Jinja template compiled for
    the body and every header and footer. Each render only merges data, fixes tables and packs the
    parts, so rendering many documents costs a fraction of docxtpl's full render. Renders share no
    state: the compiled templates are pure, and every render starts from the template's own parts."""

    def __init__(self, data: bytes, name: str = "mal"):
        self.name = name
        tpl = _opened(data, name)
        tpl.render_init()
        self._helper = tpl  # docxtpl's own post-processing (tables, listings, drawing ids)
        env = _environment()
        try:
            self._body = env.from_string(_before(tpl.patch_xml(tpl.get_xml())))
            self._parts = {}
            for uri in (tpl.HEADER_URI, tpl.FOOTER_URI):
                for _, part in tpl.get_headers_footers(uri):
                    self._parts[str(part.partname).lstrip("/")] = env.from_string(
                        _before(tpl.patch_xml(tpl.get_part_xml(part))))
        except jinja2.TemplateError as exc:
            raise TemplateFault(error("template_error", name=name, detail=str(exc))) from None
        self._main = str(tpl.docx.part.partname).lstrip("/")
        self._package = wordxml.members(data)
        self._document = wordxml.MainPart(self._package[self._main])
        self._packer = wordxml.Packer(self._package, [self._main, _CORE, *self._parts])

    def _after(self, xml: str) -> str:
        xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", xml)
        xml = xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
        # docxtpl turns tabs, newlines, \a and \f inside text into Word runs; without any of
        # them its rewrite gives the same string back, at a third of the render time
        return self._helper.resolve_listing(xml) if _LISTING.search(xml) else xml

    def render(self, context: dict) -> bytes:
        blanks = blank_leaves(context)
        if blanks:
            raise TemplateFault(error("template_error", name=self.name,
                                      detail="blank values: " + ", ".join(blanks)))
        try:
            body = self._after(self._body.render(context))
            parts = {name: self._after(t.render(context)) for name, t in self._parts.items()}
        except jinja2.TemplateError as exc:
            raise TemplateFault(error("template_error", name=self.name, detail=str(exc))) from None
        tree = self._helper.fix_tables(body)
        self._helper.docx_ids_index = 1000
        self._helper.fix_docpr_ids(tree)
        files = {self._main: self._document.with_body(tree)}
        for name, xml in parts.items():
            files[name] = wordxml.xml_part(xml)
        props = context["properties"]
        stamp = dt.datetime.combine(props["created"], dt.time(0, 0)).strftime("%Y-%m-%dT%H:%M:%SZ")
        files[_CORE] = wordxml.core_properties(
            _fit(props["title"]), _fit(props["subject"]), _fit(props["author"]), props["language"], stamp)
        return self._packer.pack(files)


@functools.cache
def compiled(name: str) -> CompiledTemplate:
    """A bundled template, compiled once per process."""
    source = resources.template(name)
    if not source.is_file():
        raise TemplateFault(error("template_missing", name=name))
    return CompiledTemplate(source.read_bytes(), name)


def render(template_name: str, context: dict) -> bytes:
    """Merge ``context`` into the named bundled template: deterministic .docx bytes.

    Values are escaped (autoescape) and any name the template uses but the context lacks is an
    error (StrictUndefined), as is a blank value: a gap never reaches the agreement.
    """
    return compiled(template_name).render(context)


def render_bytes(data: bytes, context: dict, name: str = "mal") -> bytes:
    """Merge ``context`` into template bytes (not necessarily a bundled template)."""
    return CompiledTemplate(data, name).render(context)
