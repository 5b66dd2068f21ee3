"""How a failure reaches a browser or an API client: problem data, an HTTP status, and never a stack trace."""

from __future__ import annotations

import logging
import secrets
import traceback

from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .. import messages
from ..problems import AgreementsError, ExitCode, error, http_status

log = logging.getLogger("agreements.web")

# Statuses of the web layer itself (routing, methods, multipart parsing) and the message for each.
HTTP_MESSAGES = {400: "web_bad_request", 404: "web_not_found", 405: "web_method", 413: "web_too_large",
                 415: "web_not_docx", 422: "web_bad_request"}


def is_api(scope_or_request) -> bool:
    path = scope_or_request["path"] if isinstance(scope_or_request, dict) else scope_or_request.url.path
    return path.startswith("/api/")


def language(request: Request) -> str:
    """The language asked for (``?lang=`` or the form's ``lang``), else bokmål."""
    lang = request.query_params.get("lang") or getattr(request.state, "lang", None)
    return lang if lang in messages.LANGUAGES else messages.DEFAULT_LANGUAGE


def status_of(exc: AgreementsError) -> int:
    return getattr(exc, "http_status", None) or http_status(exc.exit_code)


def problem_response(request: Request, exc: AgreementsError) -> Response:
    """A library failure as the client expects it: JSON problem data under /api/, a page elsewhere."""
    lang = language(request)
    status = status_of(exc)
    if is_api(request):
        return JSONResponse({"error": messages.error_data(exc, lang)}, status_code=status)
    from .pages import page

    return page(request, "error.html", status=status, problems=exc.problems)


async def library_error(request: Request, exc: AgreementsError) -> Response:
    return problem_response(request, exc)


async def http_error(request: Request, exc: HTTPException) -> Response:
    code = HTTP_MESSAGES.get(exc.status_code, "web_bad_request")
    failure = AgreementsError(error(code), ExitCode.USAGE)
    failure.http_status = exc.status_code
    response = problem_response(request, failure)
    if exc.headers:
        response.headers.update(exc.headers)
    return response


async def request_invalid(request: Request, exc: RequestValidationError) -> Response:
    """FastAPI's own check of an API request (a missing part, a wrong option): problem data."""
    problems = [error("web_request_field", field=".".join(str(p) for p in item.get("loc", ())),
                      detail=item.get("msg", "")) for item in exc.errors()] or [error("web_bad_request")]
    failure = AgreementsError(problems, ExitCode.USAGE)
    return problem_response(request, failure)


def internal_failure(request: Request, exc: BaseException) -> AgreementsError:
    """A bug as the client sees it: an error id to quote; the server log gets the id, the kind of
    error and where it happened: the stack of files, lines and functions, never the error's own
    words or any value, which may quote what a user typed (no form field, file or body is logged)."""
    error_id = secrets.token_hex(6)
    stack = "".join(traceback.format_list(traceback.extract_tb(exc.__traceback__)))
    log.error("error %s on %s %s: %s\n%s", error_id, request.method, request.url.path, type(exc).__name__, stack)
    return AgreementsError(error("web_internal_error", error_id=error_id), ExitCode.INTERNAL)


async def unexpected(request: Request, exc: Exception) -> Response:
    return problem_response(request, internal_failure(request, exc))


def unexpected_response(scope, exc: Exception) -> Response:
    """The answer to a bug that reached the outermost middleware (see ``internal_failure``)."""
    request = Request(scope)
    return problem_response(request, internal_failure(request, exc))


def too_large_response(scope, limit: int) -> Response:
    """The answer to a body over the request limit, given before the body is read."""
    request = Request(scope)
    failure = AgreementsError(error("web_request_too_large", limit=limit // 2**20), ExitCode.TOO_LARGE)
    return problem_response(request, failure)


def install(app) -> None:
    app.add_exception_handler(AgreementsError, library_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, request_invalid)
    app.add_exception_handler(Exception, unexpected)
