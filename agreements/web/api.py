"""The JSON API under /api/: validate, generate, check and minutes, with the command line's calls and problem data."""

from __future__ import annotations

import functools
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field
from starlette.responses import JSONResponse, Response

from .. import messages, pdf, resources
from ..checker import STATUSES
from ..kinds import AGREEMENT, KINDS
from ..problems import HTTP_STATUS, AgreementsError, ExitCode, InvalidInput, error
from . import jobs
from .errors import language
from .limits import LIMITS
from .security import Forbidden
from .uploads import Upload, read_form, uploads

INPUT, AGREEMENT_INPUT, FILES = "input", "agreement", "files"  # the multipart fields
JSON_TYPES = ("application/json",)
YAML_TYPES = ("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml")
MULTIPART = "multipart/form-data"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF_TYPE = "application/pdf"
WARNINGS_HEADER = "x-agreements-warnings"  # the codes of the warnings on a document made (see /api/validate)


def refuse_cross_site(request: Request) -> None:
    """Cross-site requests are refused before any of the body is read.

    The API needs no token against cross-site request forgery in the usual sense: it sets and
    reads no cookie, has no login and keeps nothing, so a forged request can act on no one's
    behalf and read no one's data (no response carries CORS headers, so a page on another site
    cannot read an answer either). What is left is that a page elsewhere could make its visitors'
    browsers send work here unseen: a form post (multipart and text/plain need no CORS preflight)
    that has the server check or render documents for someone else. A browser says where a
    request comes from: ``Sec-Fetch-Site`` (every current browser), and ``Origin`` on every
    cross-origin POST. A request a browser marks as coming from another site (cross-site or
    same-site: another origin either way) or with another origin than this service's is refused
    (403). Programs (curl, scripts, other services) send neither header and are served as before;
    this service's own pages do not call the API."""
    site = request.headers.get("sec-fetch-site")
    origin = request.headers.get("origin")
    own = f"{request.url.scheme}://{request.url.netloc}"
    if site not in (None, "same-origin", "none") or origin is not None and origin != own:
        raise Forbidden(error("web_api_cross_site"), ExitCode.USAGE)


router = APIRouter(prefix="/api", dependencies=[Depends(refuse_cross_site)])

Lang = Literal[messages.LANGUAGES]
LANG = Query("nb", description="The language of every message: bokmål (nb), nynorsk (nn) or English (en).")
FORMAT = Query("docx", description="`docx` gives the Word document; `pdf` the PDF (LibreOffice on the server; "
                                   "503 when it is not installed).")


# --- the answers' shapes, for the description at /api/openapi.json ------------------------------

class ProblemData(BaseModel):
    """One problem, as ``agreements … --format json`` and every error of the API give it."""

    code: str = Field(description="Key of the message table (schemas/messages.yaml): stable, for programs.")
    severity: Literal["error", "warning"]
    path: list[str | int] = Field(description="The field, as the keys and list indexes leading to it.")
    field: str | None = Field(description="The field path with dots (`salary.annual`), or null.")
    label: str | None = Field(description="The field's name in the message language, or null.")
    params: dict[str, Any] = Field(description="The values the message is made from (a limit, a line, a date).")
    message: str = Field(description="The message in the language asked for.")


class ErrorData(BaseModel):
    code: str = Field(description="The first problem's code.")
    exit_code: int = Field(description="The exit code the command line gives for the same failure.")
    http_status: int = Field(description="The HTTP status of this answer.")
    message: str = Field(description="The first problem's message.")
    problems: list[ProblemData] = Field(description="Every problem, the first one included.")


class ErrorResponse(BaseModel):
    error: ErrorData


class Validated(BaseModel):
    valid: bool = Field(description="True: no error (there may be warnings).")
    errors: int
    warnings: int
    problems: list[ProblemData] = Field(description="Every warning (an input with errors gets 422).")


class Section(BaseModel):
    number: str = Field(description="Its number as the document shows it («10.», «§ 4»); empty when it has none.")
    title: str = Field(description="The heading's text, without a typed number.")


class Location(BaseModel):
    part_name: str = Field(description="The package part (word/document.xml, word/header1.xml, …).")
    paragraph: int = Field(description="Index of the paragraph among the part's paragraphs (from 0).")
    cells: list[list[int]] = Field(description="Table cell path, outermost first: [table, row, column] (from 1).")
    start: int = Field(description="Offset of the passage in the accepted text (all passages, one a line).")
    end: int
    section: Section | None = Field(description="The clause heading it stands under.")
    row: str | None = Field(description="In a table: the label of its row.")


class Evidence(BaseModel):
    part: str = Field(description="body, textbox, header, footer, footnote or endnote.")
    location: Location
    heading: str = Field(description="The heading or table label it stands under.")
    snippet: str = Field(description="The text quoted.")


class Recommended(BaseModel):
    substance: str
    label: str
    why: str


class ClauseReport(BaseModel):
    id: str
    title: str
    status: Literal[STATUSES]
    level: Literal["law", "law_if", "ks", "practice"]
    legal_basis: str
    applicable: bool
    fails: bool = Field(description="Missing or incomplete on a level that decides the result.")
    missing_substance: list[str]
    recommended_missing: list[Recommended]
    notes: list[str]
    evidence: list[Evidence]


class ValueRead(BaseModel):
    value: Any = Field(description="Amounts as exact text, dates as YYYY-MM-DD.")
    unit: str | None = None
    evidence: Evidence


class FindingReport(BaseModel):
    code: str
    severity: Literal["error", "warning", "info"]
    message: str
    evidence: list[Evidence]


class CheckReport(BaseModel):
    """The report on one document: the same object as ``agreements check --format json`` (README)."""

    file: str
    language_form: Literal["nb", "nn", "mixed", "unknown"]
    kind: Literal[KINDS]
    passed: bool
    strict: bool
    deciding_levels: list[str]
    summary: dict[str, int]
    summary_by_level: dict[str, dict[str, int]]
    clauses: list[ClauseReport]
    values: dict[str, ValueRead | None]
    findings: list[FindingReport]


class FileError(BaseModel):
    """A document that could not be checked, as ``agreements check --format json`` gives it."""

    file: str
    error: ErrorData


class Checked(BaseModel):
    passed: bool = Field(description="True when every document was read and passed.")
    reports: list[CheckReport | FileError] = Field(description="One per document, in the order sent.")


class NoneChecked(ErrorResponse):
    reports: list[FileError] = Field(default=[], description="When no document could be read: each one's error.")


# --- the description of requests and errors -------------------------------------------------------

def _example_error(exc: AgreementsError) -> dict:
    return {"error": messages.error_data(exc)}


STATUS_WHY = {
    400: "A request the API does not take: no input, an unknown option, a wrong content type.",
    403: "Sent by a browser from a page on another site (see the API's treatment of cross-site requests).",
    413: f"Over a limit: the request over {LIMITS['request_bytes'] // 2**20} MB, more than "
         f"{LIMITS['docx_files']} files, or a document that is or unpacks too large (zip bomb).",
    415: "Not a Word .docx: another file type, an old .doc, or a password-protected document.",
    422: "Read, but with errors (every problem listed), or not readable as the input or document it should be.",
    500: "A fault in the service: the answer has an error id to quote.",
    503: "The PDF could not be made: LibreOffice is not installed, or the conversion failed. The .docx can be had.",
}


def failures(*statuses: int, examples: dict[int, AgreementsError] | None = None) -> dict:
    out = {}
    for status in statuses:
        entry: dict = {"model": ErrorResponse, "description": STATUS_WHY[status]}
        if examples and status in examples:
            entry["content"] = {"application/json": {"example": _example_error(examples[status])}}
        out[status] = entry
    return out


@functools.cache
def input_schema(name: str) -> dict:
    """The JSON Schema of an input file, from its Cerberus schema (``schemas/<name>``): the shapes,
    names and limits a program needs to build an input. Validation itself stays the library's."""
    types = {"string": "string", "integer": "integer", "boolean": "boolean", "dict": "object", "list": "array",
             "isodate": "string", "amount": ["number", "string"]}

    def convert(rule: dict) -> dict:
        out: dict[str, Any] = {"type": types.get(rule.get("type"), "string")}
        label = rule.get("meta", {}).get("label")
        if label:
            out["title"], out["description"] = label["nb"], label["en"]
        if rule.get("type") == "isodate":
            out["format"] = "date"
        if "allowed" in rule:
            out["enum"] = list(rule["allowed"])
        for ours, theirs in (("min", "minimum"), ("max", "maximum")):
            if ours in rule and rule.get("type") in ("integer", "amount"):
                out[theirs] = rule[ours]
        if rule.get("type") == "string" and "maxlength" in rule:
            out["maxLength"] = rule["maxlength"]
        if rule.get("type") == "list":
            if "maxlength" in rule:
                out["maxItems"] = rule["maxlength"]
            if "minlength" in rule:
                out["minItems"] = rule["minlength"]
            if isinstance(rule.get("schema"), dict):
                out["items"] = convert(rule["schema"])
        if rule.get("type") == "dict" and isinstance(rule.get("schema"), dict):
            out.update(mapping(rule["schema"]))
        return out

    def mapping(fields: dict) -> dict:
        required = [key for key, rule in fields.items() if rule.get("required")]
        return {"type": "object", "properties": {key: convert(rule) for key, rule in fields.items()},
                **({"required": required} if required else {}), "additionalProperties": False}

    return mapping(resources.load_yaml(name)["schema"])


@functools.cache
def input_example(name: str) -> dict:
    """A bundled example input as JSON data (dates as text)."""
    import json

    from .. import inputfile

    return json.loads(json.dumps(inputfile.from_bytes(resources.example(name).read_bytes(), name).data,
                                 default=str, ensure_ascii=False))


def input_body(schema: str, example: str, extra: str = "") -> dict:
    """The request body of an endpoint that takes an input file: JSON, YAML or a file part."""
    parts = {INPUT: {"type": "string", "format": "binary",
                     "description": "The input file (YAML, or JSON when its name ends in .json)."}}
    if extra:
        parts[AGREEMENT_INPUT] = {"type": "string", "format": "binary", "description": extra}
    return {"requestBody": {
        "required": False,
        "description": f"The input as the command line reads it from a file (at most "
                       f"{LIMITS['input_bytes'] // 2**20} MB): JSON in the body, YAML in the body, or a file "
                       f"in the multipart field «{INPUT}». The library reads it as strictly as a file: "
                       f"YAML anchors and aliases, duplicate JSON keys and NaN are refused.",
        "content": {
            "application/json": {"schema": input_schema(schema), "example": input_example(example)},
            "application/yaml": {"schema": {"type": "string"}},
            MULTIPART: {"schema": {"type": "object", "properties": parts}},
        }}}


# --- reading the request --------------------------------------------------------------------------

async def inputs(request: Request, fields: tuple[str, ...]) -> dict[str, Upload | None]:
    """The input files of a request, by field: a JSON or YAML body is the first field's."""
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media == MULTIPART:
        form = await read_form(request, len(fields))
        found = {field: await uploads(form, field, f"{field}.yaml") for field in fields}
        return {field: files[0] if files else None for field, files in found.items()}
    body = await request.body()
    if not body.strip():
        return {field: None for field in fields}
    if media in JSON_TYPES or media.endswith("+json"):
        return {fields[0]: Upload("request.json", body)} | {field: None for field in fields[1:]}
    if media in YAML_TYPES:
        return {fields[0]: Upload("request.yaml", body)} | {field: None for field in fields[1:]}
    raise AgreementsError(error("web_api_media_type", media=media or "-", field=fields[0]), ExitCode.USAGE)


def no_input() -> AgreementsError:
    return AgreementsError(error("web_api_no_input", field=INPUT), ExitCode.USAGE)


def document(made: jobs.Made, fmt: str, stem: str) -> Response:
    """The document made, as an attachment, or every problem (422) when the input has errors."""
    if not made.result.ok:
        raise InvalidInput(made.result.problems)
    data, media = (made.pdf, PDF_TYPE) if fmt == "pdf" else (made.docx, DOCX_TYPE)
    headers = {"content-disposition": f'attachment; filename="{stem}.{fmt}"'}
    if made.result.warnings:
        headers[WARNINGS_HEADER] = ",".join(p.code for p in made.result.warnings)
    return Response(data, media_type=media, headers=headers)


def pdf_first(fmt: str) -> None:
    """A PDF asked for where LibreOffice is missing: said before any work is done (503)."""
    if fmt == "pdf":
        pdf.require_soffice()


# --- the endpoints --------------------------------------------------------------------------------

DOCUMENT_RESPONSE = {"content": {DOCX_TYPE: {"schema": {"type": "string", "format": "binary"}},
                                 PDF_TYPE: {"schema": {"type": "string", "format": "binary"}}},
                     "description": f"The document as an attachment. Warnings, if any, are named (their codes) in "
                                    f"the header {WARNINGS_HEADER}; /api/validate gives them in full."}
INVALID = InvalidInput([error("required", ("salary",)), error("amount_not_positive", ("salary", "annual"))])


@router.post(
    "/validate", summary="Validate an agreement input",
    description="What `agreements validate` says of an input: every error and warning, with its code, field "
                "path, parameters and message, the agreement's own self-check included. Valid: 200 with the "
                "warnings. Errors (or warnings with `strict=true`): 422 with every problem. An input that cannot "
                "be read (YAML or JSON syntax, anchors, too large, a Word document): 422 with where and why.",
    response_model=Validated, responses=failures(400, 403, 413, 422, 500, examples={422: INVALID}),
    openapi_extra=input_body("agreement.yaml", "kommune-fast.yaml"))
async def validate(request: Request, lang: Lang = LANG,
                   strict: bool = Query(False, description="Warnings count as errors (as `--strict`).")):
    given = (await inputs(request, (INPUT,)))[INPUT]
    if given is None:
        raise no_input()
    result = await request.app.state.pool.run(jobs.validate_file, given.data, given.name)
    if not result.ok or strict and result.warnings:
        raise InvalidInput(result.problems)
    return JSONResponse({"valid": True, "errors": 0, "warnings": len(result.warnings),
                         "problems": [messages.problem_data(p, language(request)) for p in result.problems]})


@router.post(
    "/generate", summary="Make the agreement (.docx or PDF)",
    description="The employment agreement from an input, as `agreements generate`: the Word document "
                "(`format=docx`) or its PDF (`format=pdf`). An input with errors gives 422 with every problem "
                "and no document.",
    response_class=Response, responses={200: DOCUMENT_RESPONSE, **failures(400, 403, 413, 422, 500, 503,
                                                                           examples={422: INVALID})},
    openapi_extra=input_body("agreement.yaml", "kommune-fast.yaml"))
async def generate(request: Request, lang: Lang = LANG, format: Literal["docx", "pdf"] = FORMAT):
    pdf_first(format)
    given = (await inputs(request, (INPUT,)))[INPUT]
    if given is None:
        raise no_input()
    made = await request.app.state.pool.run(jobs.agreement_from_file, given.data, given.name, format == "pdf")
    return document(made, format, "arbeidsavtale")


@router.post(
    "/check", summary="Check drafts (.docx)",
    description=f"Each Word document sent in the multipart field «{FILES}» (at most {LIMITS['docx_files']}, each "
                f"at most {LIMITS['docx_bytes'] // 2**20} MB) checked clause by clause, as `agreements check "
                f"--format json`: a report per document, or for a document that cannot be read (not a .docx, an old "
                f".doc, encrypted, damaged, a zip bomb, XML with a DTD, no text, over the time limit) the same error "
                f"as on the command line, for that document only. 200 when at least one document was read; when "
                f"none was, the status of the gravest error (as the command line's exit code), with every "
                f"document's error under `reports`.",
    response_model=Checked,
    responses={**failures(400, 403, 413, 415, 422, 500),
               415: {"model": NoneChecked, "description": STATUS_WHY[415]},
               422: {"model": NoneChecked, "description": STATUS_WHY[422]},
               413: {"model": NoneChecked, "description": STATUS_WHY[413]}},
    openapi_extra={"requestBody": {"required": True, "content": {MULTIPART: {"schema": {
        "type": "object", "required": [FILES],
        "properties": {FILES: {"type": "array", "items": {"type": "string", "format": "binary"},
                               "maxItems": LIMITS["docx_files"]}}}}}}})
async def check(request: Request, lang: Lang = LANG,
                kind: Literal[KINDS] = Query(AGREEMENT, description="An employment agreement, or the minutes of "
                                                                    "the development dialogue."),
                strict: bool = Query(False, description="The clauses KS recommends decide too (as `--strict`).")):
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    files = await uploads(await read_form(request, LIMITS["docx_files"]), FILES, "dokument.docx") \
        if media == MULTIPART else []
    if not files:
        raise AgreementsError(error("web_api_no_files", field=FILES), ExitCode.USAGE)
    lang = language(request)
    outcomes = await request.app.state.pool.each(request, jobs.check_data,
                                                 [(f.data, f.name, kind, lang, strict) for f in files])
    entries = [{"file": f.name, "error": messages.error_data(o, lang)} if isinstance(o, AgreementsError) else o
               for f, o in zip(files, outcomes)]
    failed = [o for o in outcomes if isinstance(o, AgreementsError)]
    if len(failed) == len(outcomes):
        gravest = max(failed, key=lambda exc: int(exc.exit_code))
        data = messages.error_data(gravest, lang)
        return JSONResponse({"error": data, "reports": entries}, status_code=data["http_status"])
    return JSONResponse({"passed": not failed and all(e["passed"] for e in entries), "reports": entries})


@router.post(
    "/minutes", summary="Make the minutes of the development dialogue (.docx or PDF)",
    description=f"As `agreements minutes generate`: the minutes from a minutes input (JSON or YAML body, or the "
                f"multipart field «{INPUT}»), prefilled from the agreement's input when it is sent too (multipart "
                f"field «{AGREEMENT_INPUT}»; its salary figures only with `salary_talk=true`); or with `blank=true` "
                f"and no input, the blank template for HR. An input with errors gives 422 with every problem.",
    response_class=Response, responses={200: DOCUMENT_RESPONSE, **failures(400, 403, 413, 422, 500, 503)},
    openapi_extra=input_body("minutes.yaml", "referat-fjordvik.yaml",
                             extra="The agreement's input file (YAML, or JSON when its name ends in .json)."))
async def minutes(request: Request, lang: Lang = LANG, format: Literal["docx", "pdf"] = FORMAT,
                  blank: bool = Query(False, description="The blank template (send no input)."),
                  salary_talk: bool = Query(False, description="With the part for the yearly salary talk."),
                  kind: Literal["kommune", "fylkeskommune"] = Query(
                      "kommune", description="The employer, for the blank template."),
                  form: Literal["nb", "nn"] | None = Query(
                      None, description="Language form of the blank template (default: nynorsk for lang=nn, "
                                        "else bokmål); minutes from an input follow the input's.")):
    pdf_first(format)
    given = await inputs(request, (INPUT, AGREEMENT_INPUT))
    if blank:
        if any(given.values()):
            raise AgreementsError(error("web_api_input_or_blank"), ExitCode.USAGE)
        made = await request.app.state.pool.run(jobs.minutes, None, None, salary_talk, kind,
                                                form or ("nn" if lang == "nn" else "nb"), format == "pdf")
        return document(made, format, "referat")
    if given[INPUT] is None:
        raise no_input()
    agreement = given[AGREEMENT_INPUT]
    made = await request.app.state.pool.run(
        jobs.minutes_from_files, given[INPUT].data, given[INPUT].name, agreement and agreement.data,
        agreement.name if agreement else "", salary_talk, format == "pdf")
    return document(made, format, "referat")

