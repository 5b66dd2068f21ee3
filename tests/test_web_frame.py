"""The web application's frame: pages, security headers, limits, errors, the form guard, accessibility."""

from __future__ import annotations

import markupsafe

import pytest
from fastapi import APIRouter, Request

from agreements import messages
from agreements.problems import HTTP_STATUS, ExitCode
from agreements.web.limits import LIMITS
from agreements.web.security import CSRF_COOKIE, HEADERS
from conftest import assert_accessible, csrf_of

PAGES = ["/", "/about"]


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_page_in_language(client, path, lang):
    response = client.get(path, params={"lang": lang})
    assert response.status_code == 200
    assert f'<html lang="{lang}">' in response.text
    assert str(markupsafe.escape(messages.text("web_product", lang))) in response.text


@pytest.mark.parametrize("path", PAGES + ["/no-such-page", "/static/style.css"])
def test_security_headers(client, path):
    headers = client.get(path).headers
    assert {name: headers.get(name) for name in HEADERS} == HEADERS


def test_csp_allows_no_inline_script_or_outside_host():
    policy = HEADERS["content-security-policy"]
    assert "unsafe-inline" not in policy and "http" not in policy and "frame-ancestors 'none'" in policy


@pytest.mark.parametrize("path, cached", [("/about", False), ("/static/style.css", True)])
def test_pages_are_not_cached(client, path, cached):
    assert (client.get(path).headers.get("cache-control") == "no-store") is not cached


def test_not_found_is_a_page_in_the_language(client):
    response = client.get("/no-such-page", params={"lang": "en"})
    assert response.status_code == 404
    assert messages.text("web_not_found", "en") in response.text


def test_not_found_under_api_is_problem_data(client):
    response = client.get("/api/no-such-thing")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "web_not_found"


def test_request_over_the_limit_is_refused_before_reading(client):
    response = client.post("/about", content=b"x" * (LIMITS["request_bytes"] + 1))
    assert response.status_code == 413


def own_client(router: APIRouter):
    """A client of an application of its own with the test's extra routes (the shared one stays as
    it is); its worker pool is never started."""
    from fastapi.testclient import TestClient

    from agreements.web.app import create_app

    app = create_app(jobs=1)
    app.include_router(router)
    return TestClient(app, raise_server_exceptions=False)


def test_streamed_request_over_the_limit_is_refused():
    router = APIRouter()

    @router.post("/api/test-read")
    async def read(request: Request):
        return {"bytes": len(await request.body())}

    client = own_client(router)

    def chunks():
        for _ in range(LIMITS["request_bytes"] // 2**20 + 2):
            yield b"x" * 2**20

    assert client.post("/api/test-read", content=iter([b"x" * 10])).json() == {"bytes": 10}
    response = client.post("/api/test-read", content=chunks())
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "web_request_too_large"


def test_form_page_sets_the_token_cookie(client):
    client.cookies.clear()
    client.get("/about")
    cookie = client.cookies.get(CSRF_COOKIE)
    assert cookie and len(cookie) == 43


def test_token_cookie_is_kept(client):
    token = csrf_of(client)
    client.get("/")
    assert client.cookies.get(CSRF_COOKIE) == token


def test_every_exit_code_has_an_http_status():
    assert set(HTTP_STATUS) == set(ExitCode) - {ExitCode.OUTPUT, ExitCode.CLOSED_PIPE}


def test_internal_error_gives_an_id_and_no_trace(caplog):
    router = APIRouter()

    @router.get("/api/test-boom")
    async def boom():
        typed = "secret " + "detail"  # as a user's words would be: not in the source line of the raise
        raise RuntimeError(typed)

    client = own_client(router)
    response = client.get("/api/test-boom")
    assert response.status_code == 500
    data = response.json()["error"]
    assert data["code"] == "web_internal_error" and "secret detail" not in response.text
    error_id = data["problems"][0]["params"]["error_id"]
    assert any(error_id in record.getMessage() and "RuntimeError" in record.getMessage() for record in caplog.records)
    assert not any("secret detail" in caplog.handler.format(record) for record in caplog.records)


@pytest.mark.parametrize("path", PAGES)
def test_page_accessible(page, path):
    page.goto(path)
    assert_accessible(page)


def test_skip_link_is_first_and_reaches_main(page):
    page.goto("/about")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_serve_refuses_an_address_in_use(runner):
    import socket

    import cli

    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = runner.invoke(cli.cli, ["serve", "--port", str(port)])
    assert result.exit_code == 2 and str(port) in result.output


def test_serve_answers_on_the_address_it_prints(server):
    import urllib.request

    assert urllib.request.urlopen(server + "/").status == 200


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_about_page_states_the_limits(client, lang):
    from agreements import checker

    text = client.get("/about", params={"lang": lang}).text
    assert messages.text("web_megabytes", lang, count=LIMITS["docx_bytes"] // 2**20) in text
    assert messages.text("web_seconds", lang, count=int(checker.TIME_LIMIT)) in text
