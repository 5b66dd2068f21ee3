"""Pages rendered on the server: the Jinja2 environment, the frame every page shares, the home and about pages."""

from __future__ import annotations

import functools
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse

from .. import checker, messages
from ..pdf import soffice
from . import security
from .errors import language
from .limits import LIMITS

router = APIRouter(include_in_schema=False)

# The pages of the navigation, in order: (path, message code of its name).
NAVIGATION = (("/agreement", "web_nav_agreement"), ("/check", "web_nav_check"), ("/minutes", "web_nav_minutes"),
              ("/about", "web_nav_about"))
LANGUAGE_NAMES = {"nb": "Bokmål", "nn": "Nynorsk", "en": "English"}


@functools.cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("agreements.web", "templates"),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.StrictUndefined)
    env.globals.update(NAVIGATION=NAVIGATION, LANGUAGE_NAMES=LANGUAGE_NAMES, LIMITS=LIMITS,
                       TIME_LIMIT=checker.TIME_LIMIT,
                       CSRF_FIELD=security.CSRF_FIELD, MB=2**20)
    return env


def link(path: str, lang: str, **query) -> str:
    """A link within the site that keeps the language (bokmål needs no parameter)."""
    if lang != messages.DEFAULT_LANGUAGE:
        query = {"lang": lang, **query}
    return path + ("?" + urlencode(query) if query else "")


def page(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    """The page ``name`` in the request's language, with the frame, the form token and the texts."""
    lang = language(request)

    def t(code: str, **params) -> str:
        return messages.text(code, lang, **params)

    def problem(p) -> str:
        return messages.text(p.code, lang, **p.params)

    html = environment().get_template(name).render(
        request=request, lang=lang, t=t, problem=problem, path=request.url.path,
        link=lambda path, **query: link(path, lang, **query), csrf=security.csrf_token(request), **context)
    response = HTMLResponse(html, status_code=status)
    security.set_csrf_cookie(request, response)
    return response


@router.get("/")
async def home(request: Request):
    return page(request, "home.html")


@router.get("/about")
async def about(request: Request):
    return page(request, "about.html", pdf_available=soffice() is not None)
