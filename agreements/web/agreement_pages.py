"""The agreement form in the browser: start empty, from an example, an input file or a draft; check, preview, download."""

from __future__ import annotations

from fastapi import APIRouter, Request

from .. import generate, messages
from ..pdf import soffice
from ..problems import AgreementsError
from . import formpages, forms, jobs
from .errors import language, status_of
from .pages import page

router = APIRouter(include_in_schema=False)

SCHEMA = "agreement.yaml"
STARTS = ("kommune", "fylkeskommune")  # ?start=… : the bundled examples
# The upload fields at the top of the page: form field name → (element id, label code)
UPLOADS = {"inputfile": ("upload-inputfile", "web_form_upload_label"),
           "draft": ("upload-draft", "web_form_draft_label")}
ACTIONS = ("preview", "docx", "pdf", "save", "edit")  # the first is what Enter in a field does


def _form_page(request: Request, values: dict[str, str], problems=(), layout: forms.Layout | None = None,
               status: int = 200, upload: tuple[str, list] | None = None, notice: str | None = None):
    """The form showing ``values``, each problem at its field and all of them in the summary; an
    upload's problems at its upload field."""
    return page(request, "agreement.html", status=status, notice=notice, starts=STARTS,
                **formpages.form_parts(request, SCHEMA, UPLOADS, values, problems, layout, upload))


def _empty() -> dict[str, str]:
    return forms.to_form(SCHEMA, {}, defaults=True)


@router.get("/agreement")
async def agreement_form(request: Request, start: str = ""):
    """The empty form (the schema's defaults filled in), or one of the bundled examples."""
    if start in STARTS:
        form = "nn" if language(request) == "nn" else "nb"
        return _form_page(request, forms.to_form(SCHEMA, formpages.example(generate.example_name(start, form))))
    return _form_page(request, _empty())


@router.post("/agreement")
async def agreement_post(request: Request):
    """A filled-in form: one more row, check and preview, a download, or back to the form."""
    post = await formpages.read_post(request, SCHEMA)
    form, posted, data, values = post.form, post.posted, post.data, post.values
    if post.added_row:
        return _form_page(request, values, layout=post.added_row)
    chosen = formpages.action(form, ACTIONS)
    lang = language(request)
    if chosen == "edit":
        return _form_page(request, values, layout=forms.Layout(posted))
    if chosen == "save":
        return formpages.download(formpages.yaml_text(data, "web_form_yaml_header", lang),
                                  _file(data, ".yaml"), formpages.YAML)
    pool = request.app.state.pool
    if chosen == "preview":
        made, blocks = await pool.run(jobs.agreement_preview, data)
    else:
        try:
            made = await pool.run(jobs.agreement, data, chosen == "pdf", _file(data, ""))
        except AgreementsError as exc:  # LibreOffice missing or failed: say so on the preview
            made, blocks = await pool.run(jobs.agreement_preview, data)
            return _preview(request, values, made, blocks, data, failure=exc)
    if not made.result.ok:
        return _form_page(request, values, made.result.problems, forms.Layout(posted), status=422)
    if chosen == "preview":
        return _preview(request, values, made, blocks, data)
    if chosen == "docx":
        return formpages.download(made.docx, _file(data, ".docx"), formpages.DOCX)
    return formpages.download(made.pdf, _file(data, ".pdf"), formpages.PDF)


def _preview(request: Request, values: dict[str, str], made: jobs.Made, blocks: list, data: dict,
             failure: AgreementsError | None = None):
    lang = language(request)
    nodes = forms.build(SCHEMA, values, lang)
    _, warnings = formpages.summary(forms.place(nodes, made.result.warnings, lang))
    errors = [formpages.Item(messages.text(p.code, lang, **p.params)) for p in failure.problems] if failure else []
    return page(request, "agreement_preview.html", status=status_of(failure) if failure else 200,
                values=values, blocks=blocks, errors=errors, warnings=[formpages.Item(w.text) for w in warnings],
                document_lang=data["language"], pdf_available=soffice() is not None)


def _file(data: dict, suffix: str) -> str:
    employer = data.get("employer")
    return formpages.file_name("arbeidsavtale", employer.get("name") if isinstance(employer, dict) else None, suffix)


@router.post("/agreement/upload")
async def agreement_upload(request: Request):
    """The form filled in from an uploaded input file (YAML or JSON), with all that validate says."""
    return await _load(request, "inputfile", jobs.agreement_input, "web_form_loaded")


@router.post("/agreement/extract")
async def agreement_extract(request: Request):
    """The form filled in with what an uploaded draft (.docx) states, the rest left empty."""
    return await _load(request, "draft", jobs.agreement_from_draft, "web_form_loaded_draft")


async def _load(request: Request, field: str, job, notice: str):
    form = await formpages.posted(request, files=1)
    lang = language(request)
    try:
        raw, name = await formpages.upload(form, field)
        data, result = await request.app.state.pool.run(job, raw, name)
    except AgreementsError as exc:  # the same message as on the command line, at the upload field
        return _form_page(request, _empty(), status=status_of(exc), upload=(field, exc.problems))
    return _form_page(request, forms.to_form(SCHEMA, data), result.problems,
                      notice=messages.text(notice, lang, file=name))
