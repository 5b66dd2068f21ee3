"""A municipality's own Word templates: chosen (option or installation folder), linted once per content and compiled."""

from __future__ import annotations

import hashlib
import os
import re
from collections import OrderedDict
from pathlib import Path

from . import catalogue, checker, lint, render, resources, wordxml
from .problems import Problem, TemplateFault, error

# An installation's own templates: a folder whose files named like the bundled ones
# (arbeidsavtale.nb.docx, arbeidsavtale.nn.docx, referat.nb.docx, referat.nn.docx) are used instead.
VARIABLE = "AGREEMENTS_TEMPLATES"
CACHED = 16  # compiled own templates kept per process (by content), the oldest dropped first
# (kind, file name, content hash) → the compiled template and the language form it is written in
_COMPILED: OrderedDict[tuple[str, str, str], tuple[render.CompiledTemplate, str]] = OrderedDict()
_TAGS = re.compile(r"\{[{%#][^{}]*[}%#]\}")  # no brace inside: each character is scanned from one start only


def choose(bundled: str, kind: str, form: str, template: str | Path | None = None) -> render.CompiledTemplate:
    """The template to render a document of ``kind`` (agreement or minutes) in language form
    ``form`` with: ``template`` when given, else the file named ``bundled`` in the installation's
    folder (``$AGREEMENTS_TEMPLATES``) when it has one, else the bundled template itself."""
    if template is None:
        folder = os.environ.get(VARIABLE)
        if folder:
            if not Path(folder).is_dir():
                raise TemplateFault(error("template_folder_missing", folder=folder, variable=VARIABLE))
            if (Path(folder) / bundled).is_file():
                template = Path(folder) / bundled
    if template is None:
        return render.compiled(bundled)
    return own(template, kind, form)


def own(path: str | Path, kind: str, form: str) -> render.CompiledTemplate:
    """A template file of the user's, compiled: read through the bounded reader, refused (exit 6)
    when lint finds an error (every finding named: a tag the input cannot fill, a clause it
    cannot produce …) or when it is written in the other language form. Linted and compiled once
    per content, so an edited file is read afresh and an unchanged one costs a hash."""
    name = str(path)
    data = checker.read_docx(path)
    key = (kind, name, hashlib.sha256(data).hexdigest())
    if key in _COMPILED:
        _COMPILED.move_to_end(key)
    else:
        with checker.time_limit(checker.TIME_LIMIT, name):
            errors = [f for f in lint.lint(data, name, kind) if f.severity == "error"]
        if errors:
            command = f"agreements lint-template{' --kind minutes' if kind == 'minutes' else ''} {name}"
            raise TemplateFault([error("template_refused", name=name, count=len(errors), command=command)]
                                + [Problem(f.code, params=f.params) for f in errors])
        _COMPILED[key] = (render.CompiledTemplate(data, name), template_form(data, name))
        while len(_COMPILED) > CACHED:
            _COMPILED.popitem(last=False)
    compiled, written = _COMPILED[key]
    if written not in (form, "unknown", "mixed"):
        raise TemplateFault(error("template_other_form", name=name, template_form=_form_name(written),
                                  input_form=_form_name(form)))
    return compiled


def template_form(data: bytes, name: str = "mal") -> str:
    """The language form a template's own wording is written in (tags left out): nb, nn, mixed or
    unknown, by the checker's words and thresholds for a document's form."""
    text = "\n".join(_TAGS.sub(" ", p.text) for p in wordxml.read_passages(data, name))
    words = checker.form_words(text)
    rules = catalogue.rules()
    counts = {lang: len(found) for lang, found in words.items()}
    total = sum(counts.values())
    if not total:
        return "unknown"
    rarer = min(counts.values())
    if rarer >= rules.form_min_each and rarer / total >= rules.form_min_share:
        return "mixed"
    return max(counts, key=counts.get)


def _form_name(form: str) -> dict[str, str]:
    from . import messages

    return {lang: messages.text(f"form_{form}", lang) for lang in messages.LANGUAGES}


def starting_point(kind: str, form: str) -> bytes:
    """The bundled template a municipality's own starts from (``agreements template init``)."""
    from . import generate, minutes

    return resources.template((generate.TEMPLATES if kind == "agreement" else minutes.TEMPLATES)[form]).read_bytes()
