"""The JSON API: endpoints, every error class with its status, hostile uploads, cross-site refusal, OpenAPI, concurrency."""

from __future__ import annotations

import copy
import functools
import io
import json
import re
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor

import pytest
import yaml

from agreements import checker, generate, inputfile, messages, pdf
from agreements.problems import HTTP_STATUS, ExitCode
from agreements.web import api, jobs
from agreements.web.limits import LIMITS
from conftest import ROOT, docx_text, soffice_or_skip, staged_check_data
from corpus.drafts import WITH_PROBATION, Draft, _all
from corpus.minutes_drafts import strandvik
from corpus.refused import HOSTILE, docx, laughs

KOMMUNE = (ROOT / "examples" / "kommune-fast.yaml").read_bytes()
MINUTES = (ROOT / "examples" / "referat-fjordvik.yaml").read_bytes()
YAML = {"content-type": "application/yaml"}


@functools.cache
def kommune() -> dict:
    return inputfile.from_bytes(KOMMUNE, "k.yaml").data


def as_json(data: dict) -> bytes:
    return json.dumps(data, default=str, ensure_ascii=False).encode()


def changed(path: str, value) -> dict:
    """The kommune example with one field set (a dotted path)."""
    data = copy.deepcopy(kommune())
    *parents, last = path.split(".")
    node = data
    for key in parents:
        node = node[key]
    node[last] = value
    return data


@functools.cache
def missing_notice() -> bytes:
    """A draft with every clause but notice and termination (required by law)."""
    return Draft("uten_oppsigelse", "nb", "overskrift",
                 _all([c for c in WITH_PROBATION if c != "notice_and_termination"])).build()


def error_of(response) -> dict:
    return response.json()["error"]


def codes(response) -> list[str]:
    return [p["code"] for p in error_of(response)["problems"]]


# --- validate ------------------------------------------------------------------------------------

VALID_BODIES = [
    ("yaml_body", dict(content=KOMMUNE, headers=YAML)),
    ("json_body", dict(content=as_json(kommune()), headers={"content-type": "application/json"})),
    ("yaml_file", dict(files={"input": ("avtale.yaml", KOMMUNE)})),
    ("json_file", dict(files={"input": ("avtale.json", as_json(kommune()))})),
    ("text_field", dict(files={"input": (None, KOMMUNE.decode())})),
]


@pytest.mark.parametrize("how, request_args", VALID_BODIES, ids=[v[0] for v in VALID_BODIES])
def test_validate_takes_the_input_every_way(client, how, request_args):
    response = client.post("/api/validate", **request_args)
    assert (response.status_code, response.json()) == (200, {"valid": True, "errors": 0, "warnings": 0, "problems": []})


def test_validate_gives_warnings_and_strict_makes_them_count(client):
    body = as_json(changed("cv_publication.consent", False))
    ok = client.post("/api/validate", content=body, headers={"content-type": "application/json"})
    assert ok.status_code == 200 and [p["code"] for p in ok.json()["problems"]] == ["ks_cv_consent_recommended"]
    strict = client.post("/api/validate?strict=true", content=body, headers={"content-type": "application/json"})
    assert strict.status_code == 422 and codes(strict) == ["ks_cv_consent_recommended"]


def test_invalid_input_gives_422_with_every_problem_as_data(client):
    data = changed("salary.annual", -5)
    del data["employee"]
    response = client.post("/api/validate?lang=en", content=as_json(data), headers={"content-type": "application/json"})
    assert response.status_code == 422
    error = error_of(response)
    want = generate.examine(inputfile.from_bytes(as_json(data), "x.json"))[0].problems
    assert [(p["code"], p["field"]) for p in error["problems"]] == [(p.code, p.dotted) for p in want]
    assert (error["exit_code"], error["http_status"]) == (ExitCode.INVALID, 422)
    first = error["problems"][0]
    assert set(first) == {"code", "severity", "path", "field", "label", "params", "message"}
    assert first["message"] == messages.text(first["code"], "en", **want[0].params)


UNREADABLE = [
    ("invalid_json", b'{"language": "nb",}', "application/json", "json_trailing_comma"),
    ("json_duplicate_key", b'{"language": "nb", "language": "nn"}', "application/json", "duplicate_key"),
    ("yaml_anchor", b"employer: &e\n  name: x\nemployee: *e\n", "application/yaml", "yaml_anchor"),
    ("yaml_laughs", laughs().encode(), "application/yaml", "yaml_anchor"),
    ("yaml_syntax", b"language: nb\n  employer: [\n", "application/yaml", "syntax_indentation"),
    ("too_large", b"# " + b"x" * LIMITS["input_bytes"] + b"\n", "application/yaml", "input_too_large"),
    ("a_word_document", docx("Arbeidsavtale"), "application/yaml", "input_is_word"),
]


@pytest.mark.parametrize("name, body, media, code", UNREADABLE, ids=[u[0] for u in UNREADABLE])
def test_unreadable_input_is_422_with_where_and_why(client, name, body, media, code):
    response = client.post("/api/validate", content=body, headers={"content-type": media})
    assert (response.status_code, error_of(response)["code"], error_of(response)["exit_code"]) == \
        (422, code, ExitCode.UNREADABLE)


@pytest.mark.parametrize("endpoint", ["/api/validate", "/api/generate", "/api/minutes"])
def test_a_file_part_is_read_as_strictly_as_a_file(client, endpoint):
    response = client.post(endpoint, files={"input": ("avtale.yaml", laughs().encode())})
    assert (response.status_code, error_of(response)["code"]) == (422, "yaml_anchor")
    assert error_of(response)["problems"][0]["params"]["file"] == "avtale.yaml"


REQUEST_ERRORS = [
    ("no_body", "/api/validate", {}, 400, "web_api_no_input"),
    ("empty_json", "/api/generate", dict(content=b"  ", headers={"content-type": "application/json"}), 400,
     "web_api_no_input"),
    ("text_plain", "/api/validate", dict(content=b"language: nb", headers={"content-type": "text/plain"}), 400,
     "web_api_media_type"),
    ("unknown_option", "/api/generate?format=xls", dict(content=KOMMUNE, headers=YAML), 400, "web_request_field"),
    ("unknown_language", "/api/validate?lang=de", dict(content=KOMMUNE, headers=YAML), 400, "web_request_field"),
    ("two_input_files", "/api/validate", dict(files=[("input", ("a.yaml", KOMMUNE)), ("input", ("b.yaml", KOMMUNE))]),
     413, "web_too_many_files"),
    ("check_without_files", "/api/check", dict(content=b"{}", headers={"content-type": "application/json"}), 400,
     "web_api_no_files"),
    ("check_empty_form", "/api/check", dict(files={"other": ("a.docx", b"PK")}), 400, "web_api_no_files"),
    ("too_many_files", "/api/check", dict(files=[("files", (f"{i}.docx", b"PK")) for i in range(LIMITS["docx_files"] + 1)]),
     413, "web_too_many_files"),
    ("over_the_request_limit", "/api/check", dict(files={"files": ("a.docx", b"\0" * (LIMITS["request_bytes"] + 1))}),
     413, "web_request_too_large"),
    ("minutes_blank_and_input", "/api/minutes?blank=true", dict(content=MINUTES, headers=YAML), 400,
     "web_api_input_or_blank"),
    ("minutes_without_input", "/api/minutes", {}, 400, "web_api_no_input"),
    ("unknown_endpoint", "/api/nothing", {}, 404, "web_not_found"),
]


@pytest.mark.parametrize("name, path, request_args, status, code", REQUEST_ERRORS, ids=[r[0] for r in REQUEST_ERRORS])
def test_request_errors(client, name, path, request_args, status, code):
    response = client.post(path, **request_args)
    assert (response.status_code, error_of(response)["code"], error_of(response)["http_status"]) == \
        (status, code, status)


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_messages_come_in_the_language_asked_for(client, lang):
    response = client.post(f"/api/validate?lang={lang}")
    assert error_of(response)["message"] == messages.text("web_api_no_input", lang, field="input")


# --- cross-site requests ---------------------------------------------------------------------------

ORIGINS = [
    ({}, 200), ({"sec-fetch-site": "same-origin"}, 200), ({"sec-fetch-site": "none"}, 200),
    ({"origin": "http://testserver"}, 200), ({"sec-fetch-site": "cross-site"}, 403),
    ({"sec-fetch-site": "same-site"}, 403), ({"origin": "https://elsewhere.example"}, 403),
    ({"origin": "null"}, 403), ({"sec-fetch-site": "cross-site", "origin": "http://testserver"}, 403),
]


@pytest.mark.parametrize("headers, status", ORIGINS, ids=[f"{h}" for h, _ in ORIGINS])
def test_a_browser_on_another_site_cannot_make_the_server_work(client, headers, status):
    response = client.post("/api/validate", content=KOMMUNE, headers=YAML | headers)
    assert response.status_code == status
    if status == 403:
        assert (error_of(response)["code"], error_of(response)["http_status"]) == ("web_api_cross_site", 403)


def test_cross_site_refusal_comes_before_the_body_is_read(client, monkeypatch):
    read = []

    async def reading(*args):
        read.append(args)

    monkeypatch.setattr(api, "read_form", reading)
    monkeypatch.setattr(api, "inputs", reading)
    for path in ENDPOINTS:
        response = client.post(path, files={"files": ("a.docx", b"PK"), "input": ("a.yaml", KOMMUNE)},
                               headers={"sec-fetch-site": "cross-site"})
        assert response.status_code == 403
    assert read == []


def test_no_answer_allows_another_site_to_read_it(client):
    response = client.post("/api/validate", content=KOMMUNE, headers=YAML | {"origin": "http://testserver"})
    assert not any(name.startswith("access-control-") for name in response.headers)


# --- generate --------------------------------------------------------------------------------------

def test_generate_gives_the_agreement_the_cli_gives(client, tmp_path):
    response = client.post("/api/generate", content=KOMMUNE, headers=YAML)
    assert response.status_code == 200
    assert response.headers["content-type"] == api.DOCX_TYPE
    assert response.headers["content-disposition"] == 'attachment; filename="arbeidsavtale.docx"'
    (tmp_path / "k.yaml").write_bytes(KOMMUNE)
    assert response.content == generate.build(tmp_path / "k.yaml").docx


def test_generate_names_the_warnings(client):
    response = client.post("/api/generate", content=as_json(changed("cv_publication.consent", False)),
                           headers={"content-type": "application/json"})
    assert response.status_code == 200 and response.headers[api.WARNINGS_HEADER] == "ks_cv_consent_recommended"


def test_generate_with_errors_gives_no_document(client):
    response = client.post("/api/generate", content=as_json(changed("salary.annual", 0)),
                           headers={"content-type": "application/json"})
    assert (response.status_code, codes(response)) == (422, ["amount_not_positive", "min_value"])


@pytest.mark.libreoffice
def test_generate_pdf(client):
    soffice_or_skip()
    response = client.post("/api/generate?format=pdf", content=KOMMUNE, headers=YAML)
    assert response.status_code == 200 and response.headers["content-type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


@pytest.mark.parametrize("path", ["/api/generate?format=pdf", "/api/minutes?format=pdf&blank=true"])
def test_pdf_without_libreoffice_is_503(client, monkeypatch, path):
    monkeypatch.setattr(pdf, "soffice", lambda: None)
    response = client.post(path, content=KOMMUNE if "generate" in path else b"", headers=YAML)
    assert (response.status_code, error_of(response)["code"], error_of(response)["exit_code"]) == \
        (503, "pdf_no_libreoffice", ExitCode.PDF)


def test_sixteen_concurrent_requests_never_mix_their_data(server):
    import urllib.request

    names = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
             "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen"]

    def made(name: str) -> str:
        body = as_json(changed("employee.name", f"Ola {name}"))
        request = urllib.request.Request(server + "/api/generate", data=body, method="POST",
                                         headers={"content-type": "application/json"})
        with urllib.request.urlopen(request, timeout=120) as response:
            return docx_text(response.read())

    with ThreadPoolExecutor(len(names)) as pool:
        texts = list(pool.map(made, names))
    for name, text in zip(names, texts):
        assert [other for other in names if f"Ola {other}" in text] == [name]


# --- check -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, make, code, message", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_upload_gets_the_cli_error_and_status(client, name, make, code, message):
    response = client.post("/api/check?lang=en", files={"files": (f"{name}.docx", make())})
    error = error_of(response)
    assert (response.status_code, error["code"], error["exit_code"]) == (HTTP_STATUS[code], message, code)
    assert error["problems"][0]["params"]["file"] == f"{name}.docx"
    assert response.json()["reports"] == [{"file": f"{name}.docx", "error": error}]


def test_a_document_over_the_web_limit_is_413(client):
    big = docx("Arbeidsavtale") + b"\0" * LIMITS["docx_bytes"]
    response = client.post("/api/check", files={"files": ("stor.docx", big)})
    assert (response.status_code, error_of(response)["code"]) == (413, "doc_too_large")


def test_each_file_is_reported_and_a_hostile_one_spoils_only_itself(client):
    files = [("files", ("utkast.docx", missing_notice())), ("files", ("gammel.doc", wordxml_ole2())),
             ("files", ("tom.docx", docx()))]
    response = client.post("/api/check", files=files)
    assert response.status_code == 200
    body = response.json()
    assert body["passed"] is False
    first, old, empty = body["reports"]
    assert {c["id"]: c["status"] for c in first["clauses"]}["notice_and_termination"] == "missing"
    assert (old["error"]["code"], empty["error"]["code"]) == ("doc_legacy", "doc_no_text")


def wordxml_ole2() -> bytes:
    return next(make() for name, make, *_ in HOSTILE if name == "old_binary_doc")


def test_when_no_file_can_be_read_the_gravest_error_decides_the_status(client):
    files = [("files", ("a.docx", b"tekst")), ("files", ("b.docx", wordxml_ole2())), ("files", ("c.docx", docx()))]
    response = client.post("/api/check", files=files)
    assert (response.status_code, error_of(response)["code"]) == (422, "doc_no_text")  # exit code 14 > 9 > 8
    assert [r["error"]["code"] for r in response.json()["reports"]] == ["doc_not_zip", "doc_legacy", "doc_no_text"]


@pytest.mark.parametrize("lang, strict", [("nb", False), ("en", True)])
def test_check_gives_what_the_cli_gives(client, runner, tmp_path, monkeypatch, lang, strict):
    from cli import cli

    files = {"utkast.docx": missing_notice(), "gammel.docx": wordxml_ole2()}
    response = client.post("/api/check", params={"lang": lang, "strict": strict},
                           files=[("files", (name, data)) for name, data in files.items()])
    monkeypatch.chdir(tmp_path)
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    result = runner.invoke(cli, ["check", *files, "--format", "json", "--lang", lang] + (["--strict"] if strict else []))
    assert response.json()["reports"] == [json.loads(line) for line in result.stdout.splitlines()]


def test_check_minutes(client):
    response = client.post("/api/check?kind=minutes", files={"files": ("referat.docx", strandvik())})
    (report,) = response.json()["reports"]
    assert (report["kind"], report["passed"], report["deciding_levels"]) == ("minutes", True, ["law", "law_if", "ks"])


def test_a_check_at_the_time_limit_does_not_hold_up_other_requests(monkeypatch):
    from fastapi.testclient import TestClient

    from agreements.web.app import create_app

    monkeypatch.setattr(jobs, "check_data", staged_check_data)
    with TestClient(create_app(jobs=2), raise_server_exceptions=False) as own, ThreadPoolExecutor(1) as background:
        slow = background.submit(own.post, "/api/check", files={"files": ("slow.docx", b"PK")})
        time.sleep(0.5)
        start = time.monotonic()
        fast = own.post("/api/check", files={"files": ("fast.docx", missing_notice())})
        took = time.monotonic() - start
        assert fast.status_code == 200 and not slow.done() and took < checker.TIME_LIMIT - 1
        stopped = slow.result()
    assert (stopped.status_code, error_of(stopped)["code"], error_of(stopped)["exit_code"]) == \
        (422, "doc_time_limit", ExitCode.TIME_LIMIT)


def test_a_bug_on_one_file_is_that_file_s_internal_error_with_an_id(client, monkeypatch, caplog):
    monkeypatch.setattr(jobs, "check_data", staged_check_data)
    response = client.post("/api/check", files=[("files", ("bug.docx", b"PK")), ("files", ("ok.docx", missing_notice()))])
    bug, ok = response.json()["reports"]
    assert response.status_code == 200 and ok["file"] == "ok.docx" and "clauses" in ok
    assert (bug["error"]["code"], bug["error"]["http_status"]) == ("web_internal_error", 500)
    assert "secret detail" not in response.text
    assert any(bug["error"]["problems"][0]["params"]["error_id"] in r.getMessage() for r in caplog.records)


# --- minutes ---------------------------------------------------------------------------------------

def test_minutes_from_input_and_agreement_with_the_salary_talk(client, tmp_path):
    response = client.post("/api/minutes?salary_talk=true",
                           files={"input": ("referat.yaml", MINUTES), "agreement": ("avtale.yaml", KOMMUNE)})
    assert response.status_code == 200 and response.headers["content-type"] == api.DOCX_TYPE
    (tmp_path / "m.yaml").write_bytes(MINUTES)
    (tmp_path / "a.yaml").write_bytes(KOMMUNE)
    want = generate.generate_minutes(tmp_path / "m.yaml", tmp_path / "out.docx", tmp_path / "a.yaml", salary_talk=True)
    assert docx_text(response.content) == docx_text(want.docx)


def test_minutes_from_a_json_body(client):
    data = inputfile.from_bytes(MINUTES, "m.yaml").data
    response = client.post("/api/minutes", content=as_json(data), headers={"content-type": "application/json"})
    assert response.status_code == 200 and "Fjordvik" in docx_text(response.content)


@pytest.mark.parametrize("query, form, employer", [("", "nb", "kommune"), ("?kind=fylkeskommune&lang=nn", "nn",
                                                                             "fylkeskommune")])
def test_blank_minutes(client, query, form, employer):
    response = client.post("/api/minutes" + ("?blank=true" if not query else query + "&blank=true"))
    assert response.status_code == 200
    assert docx_text(response.content) == docx_text(generate.minutes_document(None, False, employer, form))


@pytest.mark.parametrize("which, field", [("input", "meeting"), ("agreement", "employer")])
def test_invalid_minutes_or_agreement_input_gives_every_problem(client, which, field):
    files = {"input": ("referat.yaml", MINUTES), "agreement": ("avtale.yaml", KOMMUNE)}
    broken = yaml.safe_load(files[which][1])
    broken.pop(field)
    files[which] = (files[which][0], yaml.safe_dump(broken, allow_unicode=True).encode())
    response = client.post("/api/minutes", files=files)
    assert response.status_code == 422
    assert ("required", field) in [(p["code"], p["field"]) for p in error_of(response)["problems"]]


# --- the description -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def openapi(client) -> dict:
    return client.get("/api/openapi.json").json()


ENDPOINTS = ["/api/validate", "/api/generate", "/api/check", "/api/minutes"]


@pytest.mark.parametrize("path", ENDPOINTS)
def test_every_endpoint_is_described(openapi, path):
    operation = openapi["paths"][path]["post"]
    assert operation["summary"] and len(operation["description"]) > 100
    assert operation["requestBody"]["content"]
    assert {"200", "400", "403", "413", "422"} <= set(operation["responses"])
    assert all(r.get("description") for r in operation["responses"].values())
    assert {p["name"] for p in operation["parameters"]} >= {"lang"}


def test_only_the_api_is_in_the_description(openapi):
    assert set(openapi["paths"]) == set(ENDPOINTS)


def test_the_described_example_input_is_valid(client, openapi):
    example = openapi["paths"]["/api/validate"]["post"]["requestBody"]["content"]["application/json"]["example"]
    response = client.post("/api/validate", content=as_json(example), headers={"content-type": "application/json"})
    assert response.json()["valid"] is True


@pytest.mark.parametrize("schema, example", [("agreement.yaml", "kommune-fast.yaml"), ("minutes.yaml", "referat-fjordvik.yaml")])
def test_the_input_schema_has_every_field_of_the_example(schema, example):
    described = api.input_schema(schema)

    def covered(data, node, path=()):
        for key, value in data.items():
            assert key in node["properties"], path + (key,)
            inner = node["properties"][key]
            if isinstance(value, dict):
                covered(value, inner, path + (key,))
            elif isinstance(value, list) and value and isinstance(value[0], dict):
                covered(value[0], inner["items"], path + (key,))

    covered(api.input_example(example), described)
    assert "language" in described["required"]


def test_the_described_error_example_is_real_problem_data(openapi):
    example = openapi["paths"]["/api/validate"]["post"]["responses"]["422"]["content"]["application/json"]["example"]
    assert example["error"]["http_status"] == 422 and example["error"]["problems"][0]["code"] == "required"


def test_every_error_status_the_api_gives_is_in_http_status():
    assert set(api.STATUS_WHY) - {403} <= set(HTTP_STATUS.values())


def test_docx_media_type_is_what_word_writes():
    data = generate.minutes_document(None)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert api.DOCX_TYPE in zf.read("[Content_Types].xml").decode()


# --- README ----------------------------------------------------------------------------------------

def readme_section(heading: str) -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8").split(heading + "\n", 1)[1].split("\n#", 1)[0]


def test_readme_status_table_is_http_status():
    rows = re.findall(r"^\| (\d{3}) \| .* \| ([\d, –]+) \|$", readme_section("## API"), re.M)
    table = {int(status): {int(code) for code in codes.split(", ") if code != "–"} for status, codes in rows}
    want = {403: set()}
    for code, status in HTTP_STATUS.items():
        want.setdefault(status, set()).add(int(code))
    assert table == want


def test_readme_names_every_endpoint_and_the_limits(openapi):
    api_section, page_section = readme_section("## API"), readme_section("### Kontroll i nettleseren")
    assert set(re.findall(r"`POST (/api/\w+)`", api_section)) == set(openapi["paths"])
    for section in (api_section, page_section):
        assert f"{LIMITS['request_bytes'] // 2**20} MB" in section and f"{LIMITS['docx_files']} " in section
    assert f"{LIMITS['docx_bytes'] // 2**20} MB per dokument" in page_section
    assert f"høyst {LIMITS['input_bytes'] // 2**20} MB" in api_section
