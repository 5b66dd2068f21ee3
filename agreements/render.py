"""The one module that uses docxtpl: merging a Word template with a render context."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import io
import re
from dataclasses import dataclass

import jinja2
from docxtpl import DocxTemplate

from . import resources, wordxml
from .context import blank_leaves
from .problems import AgreementsError, ExitCode, TemplateFault, UnreadableDocument, error

# What docxtpl and Jinja are given, beyond the reader's limits (wordxml.LIMITS): their regular
# expressions pass over the XML many times, and compiling takes time and memory per tag.
TEMPLATE_LIMITS = {
    "xml_chars": 1_000_000,  # the XML of the body, headers and footers together (ours: some 27 000)
    "tags": 2000,  # Jinja tags ({{ }}, {% %}, {# #}) in all of them (ours: some 200)
}


def _environment() -> jinja2.Environment:
    return jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=True)


@contextlib.contextmanager
def _template_code(name: str, passing: tuple[type[Exception], ...] = ()):
    """Runs docxtpl, python-docx or Jinja over a template. A user's template may be any .docx (without
    a body, with parts or relationships python-docx cannot follow, with expressions that fail on the
    data): whatever that code raises is a fault in the template (exit 6), never an internal error.
    Exceptions of the types in ``passing`` are left to the caller."""
    try:
        yield
    except (AgreementsError, *passing):
        raise
    except jinja2.TemplateError as exc:
        raise TemplateFault(error("template_error", name=name, detail=str(exc)[:300])) from None
    except Exception as exc:  # noqa: BLE001 - third-party code over a foreign package: the template's fault
        raise TemplateFault(error("template_error", name=name, detail=f"{type(exc).__name__}: {exc}"[:300])) from None


def _opened(data: bytes, name: str) -> tuple[bytes, DocxTemplate]:
    """A template read through the bounded reader (``wordxml.checked_package``: limits, no DTD,
    Strict Open XML mapped) and docxtpl's view of exactly those bytes; raises UnreadableDocument or
    a TemplateFault naming what is wrong."""
    data = wordxml.checked_package(data, name)
    with _template_code(name):
        tpl = DocxTemplate(io.BytesIO(data))
        tpl.init_docx()
        if tpl.docx.element.body is None:
            raise ValueError("word/document.xml has no w:body")
    return data, tpl


_TAG = re.compile(r"\{[{%#]|[}%#]\}")
_MARKUP = re.compile(r"<[^>]*>")


def _patched(tpl: DocxTemplate, xml: str, name: str, counted: list[int]) -> str:
    """docxtpl's preprocessing of one part, once the parts are known to be small enough, their tags
    few enough and each tag closed before the next opens: docxtpl's regular expressions scan from
    every opening brace to the closing one, which without it takes time growing with the square of
    the part. Raises jinja2.TemplateSyntaxError (a fault in the template) or UnreadableDocument."""
    counted[1] += len(xml)
    if counted[1] > TEMPLATE_LIMITS["xml_chars"]:
        raise UnreadableDocument(error("template_too_large", name=name, limit=TEMPLATE_LIMITS["xml_chars"]),
                                 ExitCode.TOO_LARGE)
    opened = None
    for tag in _TAG.finditer(_MARKUP.sub("", xml)):  # the text, as docxtpl joins it across runs
        token = tag.group(0)
        if opened == "{#":  # a comment may hold anything up to its end
            opened = None if token == "#}" else opened
        elif token[0] != "{":
            opened = None
        elif opened is not None:
            raise jinja2.TemplateSyntaxError(f"«{opened}» is not closed before the next tag", 1)
        else:
            opened = token
            counted[0] += 1
    if opened is not None:
        raise jinja2.TemplateSyntaxError(f"«{opened}» is not closed", 1)
    if counted[0] > TEMPLATE_LIMITS["tags"]:
        raise UnreadableDocument(error("template_too_many_tags", name=name, limit=TEMPLATE_LIMITS["tags"]),
                                 ExitCode.TOO_LARGE)
    return tpl.patch_xml(xml)


FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _parts(tpl: DocxTemplate, name: str, passing: tuple[type[Exception], ...] = ()) -> dict[str, str]:
    """The Jinja source of the body (key "") and of every header, footer and footnotes part (by
    part name), after docxtpl's own preprocessing: the parts docxtpl merges. (docxtpl also merges
    tags in the core properties; here those are set from the input, and lint refuses a template
    with tags there or in any other part, see ``lint.unmerged_tags``.)"""
    counted = [0, 0]  # tags, characters
    with _template_code(name, passing):
        sources = {"": _patched(tpl, tpl.get_xml(), name, counted)}
        for uri in (tpl.HEADER_URI, tpl.FOOTER_URI):
            for _, part in tpl.get_headers_footers(uri):
                sources[str(part.partname).lstrip("/")] = _patched(tpl, tpl.get_part_xml(part), name, counted)
        for part in tpl.docx.part.package.iter_parts():
            if part.content_type == FOOTNOTES:
                sources[str(part.partname).lstrip("/")] = _patched(tpl, part.blob.decode("utf-8"), name, counted)
    return sources


@dataclass
class Prepared:
    """A template read through the bounded reader and preprocessed by docxtpl, not yet compiled:
    what static analysis (lint) reads and what a CompiledTemplate is made from."""

    name: str
    data: bytes  # the package as read (``wordxml.checked_package``)
    docx: DocxTemplate
    sources: dict[str, str]  # the Jinja source of the body ("") and of each header, footer and footnotes part

    @property
    def merged_parts(self) -> set[str]:
        """The names of the parts a render merges: the main part and those in ``sources``."""
        return {str(self.docx.docx.part.partname).lstrip("/")} | (set(self.sources) - {""})


def prepare(data: bytes, name: str = "mal") -> Prepared:
    """Read and preprocess a template. Raises UnreadableDocument, TemplateFault, or
    jinja2.TemplateSyntaxError for a tag left open."""
    data, tpl = _opened(data, name)
    return Prepared(name, data, tpl, _parts(tpl, name, passing=(jinja2.TemplateSyntaxError,)))


_CORE = "docProps/core.xml"
_LISTING = re.compile("[\t\a\n\f]")
PROPERTY_LIMIT = 255  # Word's limit for a text core property


def _fit(value: str) -> str:
    return value if len(value) <= PROPERTY_LIMIT else value[: PROPERTY_LIMIT - 1] + "…"


def _before(xml: str) -> str:
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", xml)


class CompiledTemplate:
    """A Word template prepared once: docxtpl's XML patching done and a Jinja template compiled for
    the body and every header, footer and footnotes part. Each render only merges data, fixes tables and packs the
    parts, so rendering many documents costs a fraction of docxtpl's full render. Renders share no
    state: the compiled templates are pure, and every render starts from the template's own parts."""

    def __init__(self, template: bytes | Prepared, name: str = "mal"):
        if not isinstance(template, Prepared):
            with _template_code(name):  # a tag left open: a fault in the template
                template = prepare(template, name)
        self.name = name = template.name
        data, tpl, sources = template.data, template.docx, dict(template.sources)
        env = _environment()
        with _template_code(name):
            tpl.render_init()
            self._helper = tpl  # docxtpl's own post-processing (listings, drawing ids)
            self._body = env.from_string(_before(sources.pop("")))
            self._parts = {part: env.from_string(_before(source)) for part, source in sources.items()}
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
        with _template_code(self.name):
            body = self._after(self._body.render(context))
            parts = {name: self._after(t.render(context)) for name, t in self._parts.items()}
            tree = wordxml.fitted_tables(body)
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


def render_bytes(template: bytes | Prepared, context: dict, name: str = "mal") -> bytes:
    """Merge ``context`` into a template given as bytes or prepared (not necessarily a bundled one)."""
    return CompiledTemplate(template, name).render(context)
