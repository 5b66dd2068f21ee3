"""The minutes page: the form from the minutes schema, prefilled from an agreement, its downloads, the blank template."""

from __future__ import annotations

import pytest

from agreements import generate, inputfile, messages
from agreements.web import formpages, forms
from conftest import ROOT, csrf_of, docx_text
from formhtml import form_values, parse

SCHEMA = "minutes.yaml"
FORM = "minutes-form"
EXAMPLE = ROOT / "examples" / "referat-fjordvik.yaml"


def example_values(path=EXAMPLE) -> dict[str, str]:
    return forms.to_form(SCHEMA, inputfile.read_input(path))


def post(client, values: dict, action: str | None = "check", lang: str = "nb", path: str = "/minutes", **extra):
    sent = {**values, "csrf": csrf_of(client), **extra}
    if action:
        sent["action"] = action
    return client.post(path, params={"lang": lang} if lang != "nb" else {}, data=sent)


def upload(client, path: str, field: str, name: str, content: bytes):
    return client.post(path, data={"csrf": csrf_of(client)}, files={field: (name, content, "application/octet-stream")})


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_minutes_form_in_every_language(client, lang):
    response = client.get("/minutes", params={"lang": lang})
    page = parse(response.text)
    assert response.status_code == 200 and page.by_id("f-meeting-date").attrs["name"] == "meeting.date"
    assert len(page.by_id("f-participants").find_all(data_row="")) == 4
    assert page.by_id("f-previous_goals-economy-0-goal").tag == "textarea"


@pytest.mark.parametrize("kind", ["kommune", "fylkeskommune"])
@pytest.mark.parametrize("form", ["nb", "nn"])
@pytest.mark.parametrize("talk", ["true", "false"])
def test_blank_template(client, kind, form, talk):
    response = post(client, {"blank.kind": kind, "blank.language": form, "blank.salary_talk": talk},
                    action="docx", path="/minutes/blank")
    assert response.headers["content-type"] == formpages.DOCX
    assert response.headers["content-disposition"] == f'attachment; filename="referatmal-{kind}-{form}.docx"'
    assert response.content == generate.minutes_document(None, talk == "true", kind, form)


def test_blank_template_choices_default_to_the_pages_language(client):
    sent = form_values(client.get("/minutes", params={"lang": "nn"}).text, "blank-form")
    assert (sent["blank.kind"], sent["blank.language"], sent["blank.salary_talk"]) == ("kommune", "nn", "false")


@pytest.mark.parametrize("values", [{"blank.kind": "bydel", "blank.language": "nb", "blank.salary_talk": "false"},
                                    {"blank.kind": "kommune", "blank.language": "se", "blank.salary_talk": "false"},
                                    {"blank.kind": "kommune", "blank.language": "nb"}])
def test_blank_template_refuses_what_the_form_does_not_offer(client, values):
    assert post(client, values, action="docx", path="/minutes/blank").status_code == 400


def test_prefilled_from_an_agreement_input_file(client):
    agreement = ROOT / "examples" / "kommune-fast.yaml"
    response = upload(client, "/minutes/from-agreement", "agreementfile", agreement.name, agreement.read_bytes())
    sent = form_values(response.text, FORM)
    assert response.status_code == 200
    assert (sent["employer.name"], sent["chief_executive.name"], sent["chief_executive.title"]) == \
        ("Fjordvik kommune", "Ola Åsmund Bø-Ødegård", "kommunedirektør")
    assert (sent["switch.salary_talk"], sent["salary_talk.current_salary"], sent["body.kind"]) == \
        ("true", "1 250 000", "formannskap")
    assert messages.text("web_minutes_loaded_agreement", "nb", file=agreement.name) in response.text


def test_an_agreement_input_with_errors_is_said_at_the_upload_field(client):
    response = upload(client, "/minutes/from-agreement", "agreementfile", "avtale.yaml", b"language: nb\n")
    assert response.status_code == 422
    shown = parse(response.text).by_id("upload-agreementfile-error").text()
    assert messages.text("web_minutes_agreement_invalid", "nb") in shown
    assert "employer (Arbeidsgiver): " + messages.text("required", "nb") in shown


@pytest.mark.parametrize("path, field", [("/minutes/from-agreement", "agreementfile"), ("/minutes/upload", "inputfile")])
def test_an_unreadable_file_gets_the_cli_message(client, path, field):
    response = upload(client, path, field, "x.yaml", b"a: [")
    with pytest.raises(inputfile.UnreadableInput) as caught:
        inputfile.from_bytes(b"a: [", "x.yaml")
    element = {"agreementfile": "upload-agreementfile", "inputfile": "upload-minutesfile"}[field]
    assert response.status_code == 422
    assert parse(response.text).by_id(element + "-error").text().endswith(
        messages.text(caught.value.problems[0].code, "nb", **caught.value.problems[0].params))


@pytest.mark.parametrize("example", ["referat-fjordvik.yaml", "referat-fjordvik-nn.yaml"])
def test_saved_minutes_input_restores_the_form(client, example):
    path = ROOT / "examples" / example
    first = upload(client, "/minutes/upload", "inputfile", example, path.read_bytes())
    sent = form_values(first.text, FORM)
    saved = post(client, sent, action="save")
    assert saved.headers["content-disposition"] == 'attachment; filename="referat-fjordvik-kommune-2027.yaml"'
    assert inputfile.parse(saved.text, "s.yaml", "yaml").data == inputfile.read_input(path)
    assert form_values(upload(client, "/minutes/upload", "inputfile", "s.yaml", saved.content).text, FORM) == sent


def test_minutes_docx_is_the_cli_minutes(client, tmp_path):
    response = post(client, example_values(), action="docx")
    assert response.headers["content-type"] == formpages.DOCX
    assert response.headers["content-disposition"] == 'attachment; filename="referat-fjordvik-kommune-2027.docx"'
    made = generate.generate_minutes(EXAMPLE, tmp_path / "r.docx", salary_talk=True)
    assert docx_text(response.content) == docx_text(made.docx)


@pytest.mark.parametrize("switch, shown", [("true", True), ("false", False)])
def test_salary_talk_option(client, switch, shown):
    response = post(client, {**example_values(), "switch.salary_talk": switch}, action="docx")
    assert ("Lønnssamtale" in docx_text(response.content)) is shown


@pytest.mark.libreoffice
def test_minutes_pdf(client):
    from conftest import soffice_or_skip

    soffice_or_skip()
    response = post(client, example_values(), action="pdf")
    assert response.headers["content-type"] == formpages.PDF and response.content.startswith(b"%PDF")


def test_next_years_input(client):
    response = post(client, example_values(), action="next")
    assert response.headers["content-disposition"] == 'attachment; filename="referat-fjordvik-kommune-2028.yaml"'
    expected, _ = generate.next_minutes_input(inputfile.read(EXAMPLE), "referat-fjordvik-kommune-2027.yaml")
    assert response.text == expected


def test_check_says_no_errors_and_shows_the_warnings(client):
    values = {k: v for k, v in example_values().items() if not k.startswith("participants.3")}  # no minute-taker
    response = post(client, values)
    page = parse(response.text)
    assert response.status_code == 200 and messages.text("web_minutes_ok", "nb") in page.find(class_="notice").text()
    assert page.by_id("f-participants-warning") is not None


@pytest.mark.parametrize("action", ["check", "docx", "next"])
def test_errors_at_their_fields(client, action):
    values = {**example_values(), "period.end": "2026-01-01", "meeting.date": ""}
    response = post(client, values, action=action)
    page = parse(response.text)
    assert response.status_code == 422
    assert {a.attrs["href"] for a in page.find(data_error_summary="").find_all("a")} == \
        {"#f-period-end", "#f-meeting-date"}
    assert page.by_id("f-period-end").attrs["aria-invalid"] == "true"


def test_add_participant_row(client):
    response = post(client, example_values(), action=None, add="participants")
    assert len(parse(response.text).by_id("f-participants").find_all(data_row="")) == 6  # 4 + 1 empty + 1 asked for


def test_a_committee_needs_its_name_and_decision(client):
    values = {**example_values(), "body.kind": "utvalg", "body.name": ""}
    page = parse(post(client, values).text)
    assert page.find(href="#f-body-decision") is not None and page.find(href="#f-body-name") is not None


@pytest.mark.parametrize("path", ["/minutes", "/minutes/blank", "/minutes/upload", "/minutes/from-agreement"])
def test_a_post_without_the_token_is_refused(client, path):
    csrf_of(client)
    assert client.post(path, data={"action": "docx"}).status_code == 403
