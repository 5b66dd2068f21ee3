"""The minutes of the development dialogue in the browser: the form, prefilled from an agreement or a saved file, its downloads, the blank template."""

from __future__ import annotations

from fastapi import APIRouter, Request

from .. import messages
from ..pdf import soffice
from ..problems import AgreementsError, ExitCode, InvalidInput, error
from . import formpages, forms, jobs
from .errors import language, status_of
from .pages import page

router = APIRouter(include_in_schema=False)

SCHEMA = "minutes.yaml"
UPLOADS = {"agreementfile": ("upload-agreementfile", "web_minutes_agreement_label"),
           "inputfile": ("upload-minutesfile", "web_minutes_upload_label")}
ACTIONS = ("check", "docx", "pdf", "next", "save")  # the first is what Enter in a field does
KINDS = ("kommune", "fylkeskommune")
FORMS = ("nb", "nn")
# The blank template's choices, shown as the minutes schema's own fields: form name → schema field
BLANK = {"blank.kind": "employer.kind", "blank.language": "language", "blank.salary_talk": "salary_talk"}


def _blank_nodes(lang: str, chosen: dict[str, str]) -> list[forms.Node]:
    return [forms.single(SCHEMA, path, name, chosen.get(name, ""), lang) for name, path in BLANK.items()]


def _form_page(request: Request, values: dict[str, str], problems=(), layout: forms.Layout | None = None,
               status: int = 200, upload: tuple[str, list] | None = None, notice: str | None = None):
    lang = language(request)
    blank = {"blank.kind": "kommune", "blank.language": "nn" if lang == "nn" else "nb", "blank.salary_talk": "false"}
    return page(request, "minutes.html", status=status, notice=notice, blank_nodes=_blank_nodes(lang, blank),
                pdf_available=soffice() is not None,
                **formpages.form_parts(request, SCHEMA, UPLOADS, values, problems, layout, upload))


def _empty() -> dict[str, str]:
    return forms.to_form(SCHEMA, {}, defaults=True)


@router.get("/minutes")
async def minutes_form(request: Request):
    return _form_page(request, _empty())


@router.post("/minutes")
async def minutes_post(request: Request):
    """A filled-in minutes form: one more row, a check, the minutes, next year's input or the input itself."""
    post = await formpages.read_post(request, SCHEMA)
    form, posted, data, values = post.form, post.posted, post.data, post.values
    if post.added_row:
        return _form_page(request, values, layout=post.added_row)
    chosen = formpages.action(form, ACTIONS)
    lang = language(request)
    layout = forms.Layout(posted)
    if chosen == "save":
        return formpages.download(formpages.yaml_text(data, "web_minutes_yaml_header", lang),
                                  _file(data, ".yaml"), formpages.YAML)
    pool = request.app.state.pool
    if chosen == "next":
        try:
            text = await pool.run(jobs.next_minutes, data, _file(data, ".yaml"))
        except InvalidInput as exc:
            return _form_page(request, values, exc.problems, layout, status=422)
        return formpages.download(text, _file(data, ".yaml", next_year=True), formpages.YAML)
    made = await pool.run(jobs.minutes, data, None, "salary_talk" in data, "kommune", "nb", chosen == "pdf")
    if not made.result.ok:
        return _form_page(request, values, made.result.problems, layout, status=422)
    if chosen == "check":
        return _form_page(request, values, made.result.problems, layout, notice=messages.text("web_minutes_ok", lang))
    if chosen == "docx":
        return formpages.download(made.docx, _file(data, ".docx"), formpages.DOCX)
    return formpages.download(made.pdf, _file(data, ".pdf"), formpages.PDF)


def _file(data: dict, suffix: str, next_year: bool = False) -> str:
    employer = data.get("employer")
    name = employer.get("name") if isinstance(employer, dict) else None
    meeting = data.get("meeting")
    day = meeting.get("date") if isinstance(meeting, dict) else None
    year = getattr(day, "year", None)
    if year is not None:
        name = f"{name or ''} {year + 1 if next_year else year}"
    return formpages.file_name("referat", name, suffix)


@router.post("/minutes/blank")
async def minutes_blank(request: Request):
    """The blank template for an employer kind and language form, with or without the salary talk."""
    form = await formpages.posted(request)
    formpages.action(form, ("docx",))
    kind, lang_form, talk = (form.get(name) for name in BLANK)
    if kind not in KINDS or lang_form not in FORMS or talk not in (forms.TRUE, forms.FALSE):
        raise AgreementsError(error("web_bad_request"), ExitCode.USAGE)
    made = await request.app.state.pool.run(jobs.minutes, None, None, talk == forms.TRUE, kind, lang_form)
    return formpages.download(made.docx, f"referatmal-{kind}-{lang_form}.docx", formpages.DOCX)


@router.post("/minutes/upload")
async def minutes_upload(request: Request):
    """The form filled in from a saved minutes input file (or next year's), with what validation says."""
    form = await formpages.posted(request, files=1)
    lang = language(request)
    try:
        raw, name = await formpages.upload(form, "inputfile")
        data, result = await request.app.state.pool.run(jobs.minutes_input, raw, name)
    except AgreementsError as exc:
        return _form_page(request, _empty(), status=status_of(exc), upload=("inputfile", exc.problems))
    return _form_page(request, forms.to_form(SCHEMA, data), result.problems,
                      notice=messages.text("web_form_loaded", lang, file=name))


@router.post("/minutes/from-agreement")
async def minutes_from_agreement(request: Request):
    """The form prefilled from an agreement input file: employer, chief executive, body and salary."""
    form = await formpages.posted(request, files=1)
    lang = language(request)
    try:
        raw, name = await formpages.upload(form, "agreementfile")
        data = await request.app.state.pool.run(jobs.minutes_from_agreement, raw, name)
    except InvalidInput as exc:  # a readable agreement with errors: say so, then each error
        problems = [error("web_minutes_agreement_invalid")] + exc.problems
        return _form_page(request, _empty(), status=422, upload=("agreementfile", problems))
    except AgreementsError as exc:
        return _form_page(request, _empty(), status=status_of(exc), upload=("agreementfile", exc.problems))
    return _form_page(request, forms.to_form(SCHEMA, data, defaults=True),
                      notice=messages.text("web_minutes_loaded_agreement", lang, file=name))
