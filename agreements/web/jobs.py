"""The work a web request hands to a worker process: library calls that take and return data and bytes."""

from __future__ import annotations

from dataclasses import dataclass

from .. import checker, extract, generate, inputfile, pdf, preview, report, validation
from .. import minutes as minutes_rules  # the name minutes is the job below
from ..checker import Report
from ..problems import ExitCode, InvalidInput, UnreadableDocument, error
from .limits import LIMITS


@dataclass(frozen=True)
class Made:
    """What validation said, and the document (and its PDF when asked for) when there was no error."""

    result: validation.Result
    docx: bytes | None = None
    pdf: bytes | None = None


def _with_pdf(result: validation.Result, docx: bytes | None, with_pdf: bool, stem: str) -> Made:
    if docx is None or not with_pdf:
        return Made(result, docx)
    return Made(result, docx, pdf.to_pdf(docx, stem))


def agreement(data: dict, with_pdf: bool = False, stem: str = "arbeidsavtale") -> Made:
    """An agreement from input data (a form or a parsed file): every problem, and when there is no
    error the .docx, self-checked as on the command line (``generate.examine``), and its PDF."""
    result, docx = generate.examine(inputfile.Parsed(data))
    return _with_pdf(result, docx, with_pdf, stem)


def agreement_from_file(raw: bytes, source: str, with_pdf: bool = False) -> Made:
    """An agreement from an uploaded input file (YAML or JSON); an unreadable file raises."""
    result, docx = generate.examine(inputfile.from_bytes(raw, source))
    return _with_pdf(result, docx, with_pdf, "arbeidsavtale")


def minutes(data: dict | None, agreement_data: dict | None = None, salary_talk: bool = False,
            kind: str = "kommune", form: str = "nb", with_pdf: bool = False) -> Made:
    """The minutes of the development dialogue from minutes input data, prefilled from an
    agreement's input data when given; blank for ``kind`` and ``form`` when ``data`` is None."""
    if data is None:
        docx = generate.minutes_document(None, salary_talk, kind, form)
        return _with_pdf(validation.Result(None, []), docx, with_pdf, "referat")
    agreed = inputfile.Parsed(agreement_data) if agreement_data is not None else None
    result = generate.validate_minutes(inputfile.Parsed(data), agreed, salary_talk)
    if not result.ok:
        return Made(result)
    docx = generate.minutes_document(result.document, salary_talk, kind, form)
    return _with_pdf(result, docx, with_pdf, "referat")


def check(raw: bytes, name: str, kind: str = "agreement") -> Report:
    """The report on an uploaded .docx, within the web's size limit and the checker's time limit;
    an unreadable or hostile file raises the same error as on the command line."""
    _within_limit(raw, name)
    return checker.check_bytes(raw, name, kind, checker.TIME_LIMIT)


def annotate(raw: bytes, name: str, kind: str = "agreement", lang: str = "nb", suggest: bool = False) -> bytes:
    """The annotated copy of an uploaded .docx (``agreements check --annotate``, with --suggest
    for an agreement when asked), its report's words in ``lang``; an unreadable file raises."""
    from .. import annotate as annotating

    report = check(raw, name, kind)
    with checker.time_limit(checker.TIME_LIMIT, name):
        return annotating.annotate(raw, name, report, lang, suggest and kind == "agreement")


def check_data(raw: bytes, name: str, kind: str, lang: str, strict: bool) -> dict:
    """``check`` as ``agreements check --format json`` gives it (``report.as_data``), made here in
    the worker: plain data crosses back to the server more cheaply than the report's objects."""
    return report.as_data(check(raw, name, kind), lang, strict)


def validate_file(raw: bytes, source: str) -> validation.Result:
    """What ``agreements validate`` says of an uploaded input file (YAML or JSON): every problem,
    the agreement's own self-check included; an unreadable file raises."""
    return agreement_input(raw, source)[1]


def minutes_from_files(raw: bytes, source: str, agreement_raw: bytes | None = None, agreement_source: str = "",
                       salary_talk: bool = False, with_pdf: bool = False) -> Made:
    """The minutes from an uploaded minutes input, prefilled from an uploaded agreement input when
    given (as ``agreements minutes generate --agreement``); an unreadable file raises."""
    agreed = inputfile.from_bytes(agreement_raw, agreement_source) if agreement_raw is not None else None
    result = generate.validate_minutes(inputfile.from_bytes(raw, source), agreed, salary_talk, agreement_source)
    if not result.ok:
        return Made(result)
    docx = generate.minutes_document(result.document, salary_talk)
    return _with_pdf(result, docx, with_pdf, "referat")


# --- the agreement and minutes forms ---------------------------------------------------------------

def agreement_preview(data: dict) -> tuple[Made, list]:
    """``agreement`` and, when there was no error, the agreement's text as blocks to show."""
    made = agreement(data)
    return made, preview.blocks(made.docx) if made.docx is not None else []


def agreement_input(raw: bytes, source: str) -> tuple[dict, validation.Result]:
    """An uploaded agreement input file's data, and all that validate says of it; an unreadable
    file raises, as on the command line."""
    parsed = inputfile.from_bytes(raw, source)
    return parsed.data, generate.examine(parsed)[0]


def agreement_from_draft(raw: bytes, name: str) -> tuple[dict, validation.Result]:
    """The input data an uploaded draft (.docx) states (``extract.stated``), and what validation
    says of it (naming what the draft leaves out); an unreadable document raises."""
    _within_limit(raw, name)
    data = extract.stated(raw, name)
    return data, generate.examine(inputfile.Parsed(data))[0]


def minutes_input(raw: bytes, source: str) -> tuple[dict, validation.Result]:
    """An uploaded minutes input file's data, and all that validation says of it."""
    parsed = inputfile.from_bytes(raw, source)
    return parsed.data, generate.validate_minutes(parsed)


def minutes_from_agreement(raw: bytes, source: str) -> dict:
    """The minutes input an uploaded agreement input file gives (``minutes.from_agreement``, the
    salary figures included); an unreadable or invalid agreement input raises."""
    parsed = inputfile.from_bytes(raw, source)
    agreed = validation.validate(parsed.data, parsed.written)
    if not agreed.ok:
        raise InvalidInput(agreed.problems)
    return minutes_rules.from_agreement(agreed.document)


def _within_limit(raw: bytes, name: str) -> None:
    """An uploaded Word document over the web's size limit is refused before it is opened."""
    if len(raw) > LIMITS["docx_bytes"]:
        raise UnreadableDocument(error("doc_too_large", file=name, limit=LIMITS["docx_bytes"] // 2**20),
                                 ExitCode.TOO_LARGE)


def next_minutes(data: dict, source: str) -> str:
    """Next year's minutes input (YAML text) from this year's; invalid minutes raise."""
    return generate.next_minutes_input(inputfile.Parsed(data), source)[0]
