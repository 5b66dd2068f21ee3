"""The check page: drafts (.docx) uploaded, each checked in a worker, the report as a page or as JSON."""

from __future__ import annotations

import base64
import json
import re
from dataclasses import replace

from fastapi import APIRouter, Request
from starlette.responses import Response

from .. import messages, report
from ..checker import TIME_LIMIT, Report
from ..kinds import AGREEMENT, KINDS
from ..problems import AgreementsError, error
from . import jobs, security
from .errors import language
from .limits import LIMITS
from .pages import page
from .uploads import read_form, uploads

router = APIRouter(include_in_schema=False)

FILES = "files"  # the form's file input
DEFAULT_NAME = "dokument.docx"  # an upload the browser gave no name


async def check_uploads(request: Request, files, kind: str) -> list[Report | AgreementsError]:
    """Each upload checked in a worker, all at once; a report, or the error that file gives on the
    command line, for each in order (one unreadable file does not stop the others)."""
    return await request.app.state.pool.each(request, jobs.check, [(f.data, f.name, kind) for f in files])


def entry_data(name: str, outcome: Report | AgreementsError, lang: str, strict: bool) -> dict:
    """One file as ``agreements check --format json`` gives it: the report, or the file and its error."""
    if isinstance(outcome, AgreementsError):
        return {"file": name, "error": messages.error_data(outcome, lang)}
    return report.as_data(outcome, lang, strict)


def as_json(entries: list[dict]) -> str:
    """The text ``agreements check --format json`` prints: one file as an indented object, more
    files as one object a line (JSON Lines)."""
    indent = 2 if len(entries) == 1 else None
    return "".join(json.dumps(e, ensure_ascii=False, indent=indent) + "\n" for e in entries)


def json_download(entries: list[dict]) -> tuple[str, str]:
    """(file name, media type) of the JSON report of ``entries``."""
    return ("kontroll.json", "application/json") if len(entries) == 1 else \
        ("kontroll.jsonl", "application/x-ndjson")


def data_url(entries: list[dict]) -> str:
    """The JSON report as a ``data:`` address, for a download link on the report page."""
    media = json_download(entries)[1]
    return f"data:{media};charset=utf-8;base64," + base64.b64encode(as_json(entries).encode()).decode()


def download_name(upload_name: str) -> str:
    """A file name for one file's JSON report: the upload's stem in plain characters."""
    stem = re.sub(r"[^\w.-]+", "-", upload_name.rsplit(".", 1)[0]).strip("-.") or "dokument"
    return f"{stem[:80]}-kontroll.json"


def annotated_name(upload_name: str) -> str:
    """A file name for one upload's annotated copy: its stem in plain characters."""
    return download_name(upload_name).removesuffix("-kontroll.json") + "-kommentert.docx"


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _form(request: Request, status: int = 200, kind: str = AGREEMENT, strict: bool = False, problems=(),
          suggest: bool = False):
    return page(request, "check.html", status=status, kind=kind, strict=strict, problems=list(problems),
                suggest=suggest, KINDS=KINDS, FILES=FILES, CHECK_SECONDS=f"{TIME_LIMIT:g}")


@router.get("/check")
async def check_form(request: Request):
    return _form(request)


@router.post("/check")
async def check_post(request: Request):
    form = await read_form(request, LIMITS["docx_files"])
    security.check_csrf(request, form)
    kind = form.get("kind") if form.get("kind") in KINDS else AGREEMENT
    strict = form.get("strict") == "on"
    suggest = form.get("suggest") == "on"
    files = await uploads(form, FILES, DEFAULT_NAME)
    if not files:
        return _form(request, 422, kind, strict, [error("web_check_no_files", (FILES,))], suggest)
    lang = language(request)
    if form.get("format") == "annotated":  # the copy with comments, of one file, as an attachment
        if len(files) != 1:
            return _form(request, 422, kind, strict, [error("web_check_annotate_one", (FILES,))], suggest)
        try:
            copy = await request.app.state.pool.run(jobs.annotate, files[0].data, files[0].name, kind, lang, suggest)
        except AgreementsError as exc:
            return _form(request, 422, kind, strict, [replace(p, path=(FILES,)) for p in exc.problems], suggest)
        return Response(copy, media_type=DOCX_TYPE, headers={
            "content-disposition": f'attachment; filename="{annotated_name(files[0].name)}"'})
    outcomes = await check_uploads(request, files, kind)
    entries = [entry_data(f.name, o, lang, strict) for f, o in zip(files, outcomes)]
    # The JSON report, without keeping anything on the server (it stores nothing, and any of
    # several instances may get the next request): the form's second button sends the same upload
    # for the JSON as an attachment, and the report page carries its JSON in data: links, so it is
    # downloaded from the page itself, without a second upload and without an address on the server
    # that would echo back what a post holds.
    if form.get("format") == "json":
        name, media = json_download(entries)
        return Response(as_json(entries), media_type=media,
                        headers={"content-disposition": f'attachment; filename="{name}"'})
    shown = [{"name": f.name, "error": o if isinstance(o, AgreementsError) else None,
              "view": None if isinstance(o, AgreementsError) else report.as_view(o, lang, strict),
              "kind": kind, "json": data_url([e]), "json_name": download_name(f.name)}
             for f, o, e in zip(files, outcomes, entries)]
    return page(request, "check_report.html", entries=shown, strict=strict, kind=kind,
                all_json=data_url(entries) if len(entries) > 1 else None)
