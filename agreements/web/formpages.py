"""What the agreement and minutes pages share: the posted form, uploads, the summary of problems and downloads."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from fastapi import Request
from starlette.datastructures import UploadFile
from starlette.responses import Response

from .. import inputfile, messages, resources
from ..problems import AgreementsError, ExitCode, Problem, error
from . import forms, security
from .errors import language
from .uploads import read_form

CONTROLS = frozenset({security.CSRF_FIELD, "action", "add"})  # a form's buttons and token, not its values
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
YAML = "application/yaml"
_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "ae", "Ø": "o", "Å": "a"})


async def posted(request: Request, files: int = 0):
    """The posted form, within the web's limits (``uploads.read_form``), refused unless it came
    from one of our pages."""
    form = await read_form(request, files)
    security.check_csrf(request, form)
    return form


@dataclass(frozen=True)
class Post:
    """A filled-in form as posted: its fields as sent, the input data they give, and that data as
    the form shows it again."""

    form: object
    posted: dict[str, str]
    data: dict
    values: dict[str, str]

    @property
    def added_row(self) -> forms.Layout | None:
        """The layout with one more row in the list whose «add row» button was pressed, if one was."""
        add = self.form.get("add")
        return forms.Layout(self.posted, add) if isinstance(add, str) and add else None


async def read_post(request: Request, schema: str) -> Post:
    """The form of ``schema`` as posted (see ``posted``), converted to input data and back."""
    form = await posted(request)
    sent = values(form)
    data = forms.to_data(schema, sent)
    return Post(form, sent, data, forms.to_form(schema, data))


def values(form) -> dict[str, str]:
    """The form's fields (its buttons and token left out), as the user sent them."""
    return {key: value for key, value in form.multi_items() if isinstance(value, str) and key not in CONTROLS}


def action(form, allowed: tuple[str, ...]) -> str:
    """The button pressed (the first of ``allowed`` when none was: Enter in a field)."""
    chosen = form.get("action") or allowed[0]
    if chosen not in allowed:
        raise AgreementsError(error("web_bad_request"), ExitCode.USAGE)
    return chosen


class NoFile(AgreementsError):
    """An upload form sent without a file."""

    exit_code = ExitCode.USAGE
    http_status = 422


async def upload(form, field: str) -> tuple[bytes, str]:
    """The uploaded file's bytes and its name (no folders); a form without a file is refused."""
    sent = form.get(field)
    if not isinstance(sent, UploadFile) or not sent.filename:
        raise NoFile(error("web_form_no_file"))
    name = sent.filename.replace("\\", "/").rsplit("/", 1)[-1] or field
    return await sent.read(), name


@dataclass(frozen=True)
class Item:
    """One line of the summary at the top of a page: the text, and where it links (None: nowhere)."""

    text: str
    href: str | None = None


def upload_items(element: str, label: str, problems: list[Problem], lang: str) -> tuple[list[str], list[Item]]:
    """The messages shown at an upload field and their lines in the summary, linked to it."""
    shown = [messages.render(p, lang) if p.path else messages.text(p.code, lang, **p.params) for p in problems]
    return shown, [Item(f"{label}: {text}", "#" + element) for text in shown]


def form_parts(request: Request, schema: str, uploads: dict[str, tuple[str, str]], values: dict[str, str],
               problems=(), layout: forms.Layout | None = None, upload: tuple[str, list] | None = None) -> dict:
    """What every form page shows, in the request's language: the form's ``nodes`` holding
    ``values``, each problem at its field; the ``errors`` and ``warnings`` of the summary, an
    upload's problems first; and ``upload_errors``, the messages at each upload field (``uploads``:
    field name → (element id, label code))."""
    lang = language(request)
    nodes = forms.build(schema, values, lang, layout)
    errors, warnings = summary(forms.place(nodes, problems, lang))
    upload_errors: dict[str, list[str]] = {}
    if upload is not None:
        field, found = upload
        element, label = uploads[field]
        upload_errors[field], items = upload_items(element, messages.text(label, lang), found, lang)
        errors = items + errors
    return {"nodes": nodes, "errors": errors, "warnings": warnings, "upload_errors": upload_errors}


def summary(placed: list[forms.Placed]) -> tuple[list[Item], list[Item]]:
    """The errors and the warnings for the summary, in the order validation gives them."""
    errors = [Item(p.text, p.href) for p in placed if p.problem.is_error]
    warnings = [Item(p.text, p.href) for p in placed if not p.problem.is_error]
    return errors, warnings


def file_name(prefix: str, name, suffix: str) -> str:
    """A download's file name from a name in the input («Fjordvik kommune» → arbeidsavtale-fjordvik-kommune.docx):
    plain letters and digits only, so that every browser and system keeps it as it is."""
    text = unicodedata.normalize("NFKD", name.translate(_FOLD)) if isinstance(name, str) else ""
    slug = re.sub(r"[^a-z0-9]+", "-", text.encode("ascii", "ignore").decode().lower()).strip("-")[:60].strip("-")
    return f"{prefix}-{slug}{suffix}" if slug else f"{prefix}{suffix}"


def download(content: bytes | str, name: str, media_type: str) -> Response:
    """A file to save (never shown in the browser), named ``name``."""
    body = content.encode("utf-8") if isinstance(content, str) else content
    if media_type == YAML:
        media_type += "; charset=utf-8"
    return Response(body, media_type=media_type, headers={"content-disposition": f'attachment; filename="{name}"'})


def yaml_text(data: dict, header_code: str, lang: str) -> str:
    """Input data as an input file: ``inputfile.to_yaml`` under the header ``header_code``."""
    return inputfile.to_yaml(data, messages.text(header_code, lang))


@functools.cache
def _example(name: str) -> dict:
    return inputfile.from_bytes(resources.example(name).read_bytes(), name).data


def example(name: str) -> dict:
    """A bundled example's input data (read once per process; the caller gets a copy)."""
    import copy

    return copy.deepcopy(_example(name))
