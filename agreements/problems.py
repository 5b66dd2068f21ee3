"""Problems as data (code, field path, parameters, severity), the exit codes and the exceptions that carry them."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class ExitCode(enum.IntEnum):
    """Documented process exit codes; README and ``--help`` list the same table."""

    OK = 0
    INVALID = 1  # the input was read but has errors (or a check found required clauses missing)
    USAGE = 2  # wrong command-line usage (click's own code)
    UNREADABLE = 3  # input file missing, unreadable or not valid YAML/JSON
    OUTPUT = 4  # output exists (use --force) or cannot be written
    PDF = 5  # LibreOffice missing or the PDF conversion failed
    TEMPLATE = 6  # a template is missing or broken: an internal fault, nothing was written
    INTERNAL = 7  # an unexpected fault in agreements itself (a bug): nothing was written
    NOT_DOCX = 8  # check: the file is not a Word .docx document
    LEGACY_DOC = 9  # check: an old binary Word .doc file
    ENCRYPTED = 10  # check: a password-protected (encrypted) document
    DAMAGED = 11  # check: a truncated or corrupt .docx
    TOO_LARGE = 12  # check: the file unpacks to more than the safe limit (zip bomb)
    UNSAFE_XML = 13  # check: XML with a DTD or entity declarations
    EMPTY_DOCUMENT = 14  # check: the document has no text
    TIME_LIMIT = 15  # check, lint-template: the document took longer than the time limit; stopped
    CLOSED_PIPE = 141  # the reader of the output went away (e.g. `| head`): stopped quietly, as on SIGPIPE


# The HTTP status the web application answers with, for each exit code of the command line: one
# table, so that a problem means the same on both edges. 4xx: the request's own fault; 5xx: ours
# (or LibreOffice missing). An exit code not listed here is the server's fault (500).
HTTP_STATUS: dict[ExitCode, int] = {
    ExitCode.OK: 200,
    ExitCode.INVALID: 422,  # read, but with errors
    ExitCode.USAGE: 400,  # a request the API does not take (a missing part, an unknown option)
    ExitCode.UNREADABLE: 422,  # not valid YAML or JSON, or not an input file at all
    ExitCode.PDF: 503,  # LibreOffice missing or the conversion failed: try again, or take the .docx
    ExitCode.TEMPLATE: 500,
    ExitCode.INTERNAL: 500,
    ExitCode.NOT_DOCX: 415,
    ExitCode.LEGACY_DOC: 415,
    ExitCode.ENCRYPTED: 415,
    ExitCode.DAMAGED: 422,
    ExitCode.TOO_LARGE: 413,
    ExitCode.UNSAFE_XML: 422,
    ExitCode.EMPTY_DOCUMENT: 422,
    ExitCode.TIME_LIMIT: 422,  # the document, not the server: it takes longer than any agreement
}


def http_status(code: ExitCode | int) -> int:
    """The HTTP status for an exit code (see ``HTTP_STATUS``)."""
    return HTTP_STATUS.get(ExitCode(code), 500)


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One finding about an input: ``code`` keys the message table, ``path`` the field."""

    code: str
    path: tuple[str | int, ...] = ()
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    severity: Severity = Severity.ERROR
    schema: str = "agreement.yaml"  # the input schema whose labels name ``path``

    @property
    def dotted(self) -> str:
        return ".".join(str(p) for p in self.path)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def warning(code: str, path: tuple = (), **params: Any) -> Problem:
    return Problem(code, tuple(path), params, Severity.WARNING)


def error(code: str, path: tuple = (), **params: Any) -> Problem:
    return Problem(code, tuple(path), params, Severity.ERROR)


class AgreementsError(Exception):
    """A user-facing failure: message codes plus an exit code; only the CLI prints it."""

    exit_code: ExitCode = ExitCode.INVALID

    def __init__(self, problems: list[Problem] | Problem, exit_code: ExitCode | None = None):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        if exit_code is not None:
            self.exit_code = exit_code
        super().__init__(", ".join(p.code for p in self.problems))

    def __reduce__(self):  # crosses process boundaries (batch workers) with its problems intact
        return (self.__class__, (self.problems, self.exit_code))


class InvalidInput(AgreementsError):
    exit_code = ExitCode.INVALID


class UnreadableInput(AgreementsError):
    exit_code = ExitCode.UNREADABLE


class OutputRefused(AgreementsError):
    exit_code = ExitCode.OUTPUT


class PdfFailed(AgreementsError):
    exit_code = ExitCode.PDF


class TemplateFault(AgreementsError):
    exit_code = ExitCode.TEMPLATE


class UnreadableDocument(AgreementsError):
    """A .docx that cannot (or must not) be read; the exit code says why."""
