"""Request limits, security headers and the cross-site request forgery guard of the web application."""

from __future__ import annotations

import hmac
import secrets

from starlette.datastructures import Headers, MutableHeaders
from starlette.requests import Request

from ..problems import AgreementsError, ExitCode, error
from .limits import LIMITS

CSRF_COOKIE = "agreements_csrf"
CSRF_FIELD = "csrf"

# No inline script or style anywhere: every script and style sheet is a file of our own.
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "connect-src 'self'",
    "form-action 'self'", "frame-ancestors 'none'", "base-uri 'none'",
])
HEADERS = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}


class Forbidden(AgreementsError):
    """A request the web refuses for where it came from, not for what it holds (HTTP 403)."""

    http_status = 403


class TooLarge(Exception):
    """The request body passed ``LIMITS['request_bytes']``."""


class Guard:
    """ASGI middleware around the whole application: refuses a body over the request limit before
    any of it is parsed (413), and puts the security headers on every response. Pages and API
    answers carry personal data, so nothing but the static files may be kept in a cache."""

    def __init__(self, app, limit: int = LIMITS["request_bytes"]):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = Headers(scope=scope).get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            return await self._too_large(scope, send)
        seen = 0
        started = False

        async def counted_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise TooLarge
            return message

        async def headed_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    headers.setdefault(name, value)
                if not scope["path"].startswith("/static/"):
                    headers["cache-control"] = "no-store"
            await send(message)

        try:
            await self.app(scope, counted_receive, headed_send)
        except TooLarge:
            if not started:
                await self._too_large(scope, headed_send)
        except Exception as exc:  # a bug: answered here, so that no server log prints its words
            if started:
                raise
            from .errors import unexpected_response

            await unexpected_response(scope, exc)(scope, receive, headed_send)

    async def _too_large(self, scope, send):
        from .errors import too_large_response

        response = too_large_response(scope, self.limit)
        await response(scope, None, send)


def csrf_token(request: Request) -> str:
    """The token of this browser (from its cookie), or a new one that the response must set."""
    token = request.cookies.get(CSRF_COOKIE, "")
    if len(token) != 43 or not token.replace("-", "").replace("_", "").isalnum():
        token = getattr(request.state, "new_csrf", None) or secrets.token_urlsafe(32)
        request.state.new_csrf = token
    return token


def set_csrf_cookie(request: Request, response) -> None:
    """Give the browser the token made for this page, if one was made (``csrf_token``)."""
    token = getattr(request.state, "new_csrf", None)
    if token:
        response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict",
                            secure=request.url.scheme == "https", path="/")


def check_csrf(request: Request, form) -> None:
    """A form post must come from one of our own pages: the browser says so (Sec-Fetch-Site), and
    the form carries the token in this browser's cookie (a double-submit token; no server state,
    so any instance behind a load balancer accepts it). Refused with a problem otherwise."""
    site = request.headers.get("sec-fetch-site")
    cookie = request.cookies.get(CSRF_COOKIE, "")
    sent = form.get(CSRF_FIELD, "")
    if site not in (None, "same-origin", "none") or not cookie or not isinstance(sent, str) or \
            not hmac.compare_digest(cookie.encode(), sent.encode()):
        raise Forbidden(error("web_csrf"), ExitCode.USAGE)
