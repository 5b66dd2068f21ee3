"""The agreement form's pages: start, uploads, every error at its field and in the summary, preview, downloads."""

from __future__ import annotations

import markupsafe
import pytest
import yaml

from agreements import generate, inputfile, messages, preview
from agreements.web import agreement_pages, formpages, forms
from agreements.web.limits import LIMITS
from conftest import EXAMPLES, ROOT, csrf_of, docx_text
from formhtml import form_values, parse

SCHEMA = "agreement.yaml"
FORM = "agreement-form"


def example_values(name: str = "kommune-fast.yaml") -> dict[str, str]:
    return forms.to_form(SCHEMA, inputfile.read_input(ROOT / "examples" / name))


def post(client, values: dict, action: str | None = "preview", lang: str = "nb", **extra):
    sent = {**values, "csrf": csrf_of(client), **extra}
    if action:
        sent["action"] = action
    return client.post("/agreement", params={"lang": lang} if lang != "nb" else {}, data=sent)


def upload(client, path: str, field: str, name: str, content: bytes, lang: str = "nb"):
    return client.post(path, params={"lang": lang} if lang != "nb" else {}, data={"csrf": csrf_of(client)},
                       files={field: (name, content, "application/octet-stream")})


def filled(sent: dict[str, str]) -> dict[str, str]:
    """The fields a browser sent with something in them (the token left out)."""
    return {k: v for k, v in sent.items() if v and k != "csrf"}


def text(code: str, lang: str = "nb", **params) -> str:
    return str(markupsafe.escape(messages.text(code, lang, **params)))


# --- the form ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_empty_form_in_every_language(client, lang):
    response = client.get("/agreement", params={"lang": lang})
    page = parse(response.text)
    assert response.status_code == 200 and f'<html lang="{lang}">' in response.text
    assert page.by_id("f-probation-months").attrs["name"] == "probation.months"
    assert text("web_form_preview_button", lang) in response.text
    assert form_values(response.text, FORM)["employment.percentage"] == "100"


@pytest.mark.parametrize("start, lang, name", [("kommune", "nb", "kommune-fast.yaml"),
                                               ("fylkeskommune", "nb", "fylkeskommune-aaremaal.yaml"),
                                               ("kommune", "nn", "kommune-fast-nn.yaml")])
def test_start_from_an_example(client, start, lang, name):
    response = client.get("/agreement", params={"start": start, "lang": lang})
    sent = form_values(response.text, FORM)
    assert forms.to_data(SCHEMA, sent) == inputfile.read_input(ROOT / "examples" / name)


def test_an_unknown_start_is_the_empty_form(client):
    assert filled(form_values(client.get("/agreement?start=zzz").text, FORM)) == forms.to_form(SCHEMA, {}, True)


def test_forms_post_back_in_their_language(client):
    page = parse(client.get("/agreement", params={"lang": "nn"}).text)
    assert {f.attrs["action"] for f in page.find_all("form")} == {"/agreement?lang=nn", "/agreement/upload?lang=nn",
                                                                   "/agreement/extract?lang=nn"}
    response = post(client, example_values(), lang="nn")
    assert '<html lang="nn">' in response.text


# --- problems ---------------------------------------------------------------------------------------

MISTAKES = {"salary.annual": "", "probation.months": "9", "employer.org_number": "123", "start_date": "1.1.2027"}


def test_all_problems_at_once_each_at_its_field_and_in_the_summary(client):
    response = post(client, {**example_values(), **MISTAKES})
    assert response.status_code == 422
    page = parse(response.text)
    summary = page.find(data_error_summary="")
    links = [a.attrs["href"] for a in summary.find_all("a")]
    assert sorted(links) == sorted("#" + forms.element_id(name) for name in MISTAKES)
    for name in MISTAKES:
        field = page.by_id(forms.element_id(name))
        message = page.by_id(forms.element_id(name) + "-error")
        assert field.attrs["aria-invalid"] == "true" and message.attrs["id"] in field.attrs["aria-describedby"].split()
    assert messages.text("probation_too_long", "nb", limit=6) in page.by_id("f-probation-months-error").text()
    assert summary.attrs["role"] == "alert" and summary.attrs["tabindex"] == "-1"


def test_problems_in_english(client):
    response = post(client, {**example_values(), "salary.annual": ""}, lang="en")
    assert "Salary – Annual salary: " + messages.text("required", "en") in parse(response.text).find(
        data_error_summary="").text()


def test_a_radio_groups_error_links_to_its_first_button(client):
    values = {k: v for k, v in example_values().items() if k != "cv_publication.consent"}
    page = parse(post(client, values).text)
    assert page.find(href="#f-cv_publication-consent-0") is not None
    group = page.by_id("f-cv_publication-consent")
    assert "f-cv_publication-consent-error" in group.attrs["aria-describedby"]
    assert all(r.attrs.get("aria-invalid") == "true" for r in group.find_all("input"))


def test_a_sections_problem_goes_to_its_fieldset(client):
    page = parse(post(client, {**example_values(), "salary_review.timing": "0"}).text)  # text without substance
    section = page.by_id("f-salary_review")
    assert page.find(href="#f-salary_review") is not None and section.attrs["tabindex"] == "-1"
    assert "f-salary_review-error" in section.attrs["aria-describedby"]


def test_warnings_are_shown_and_do_not_stop_the_preview(client):
    response = post(client, {**example_values(), "cv_publication.consent": "false"})
    assert response.status_code == 200
    assert messages.text("ks_cv_consent_recommended", "nb") in parse(response.text).find(class_="warnings").text()


def test_warnings_are_shown_at_their_field_with_the_errors(client):
    page = parse(post(client, {**example_values(), "cv_publication.consent": "false", "salary.annual": ""}).text)
    assert messages.text("ks_cv_consent_recommended", "nb") in page.by_id("f-cv_publication-consent-warning").text()


def test_entering_åremål_asks_for_the_fixed_term(client):
    page = parse(post(client, {**example_values(), "employment.form": "åremål"}).text)
    assert page.find(href="#f-fixed_term-years") is not None and page.find(href="#f-fixed_term-renewable-0") is not None


def test_a_switched_off_part_is_left_out(client):
    values = {**example_values(), "switch.probation": "false", "probation.months": "24"}
    response = post(client, values, action="save")
    assert "probation" not in yaml.safe_load(response.text)


# --- preview and downloads -------------------------------------------------------------------------

def test_preview_shows_the_docx_text(client):
    response = post(client, example_values())
    assert response.status_code == 200
    article = parse(response.text).find(tag="article")
    shown = [" ".join(e.text().split()) for e in article.walk() if e.tag in ("h3", "h4", "p", "li")]
    docx = generate.build(ROOT / "examples" / "kommune-fast.yaml").docx
    assert shown == [" ".join(t.split()) for t in preview.paragraphs(preview.blocks(docx))]
    assert article.attrs["lang"] == "nb"


def test_preview_of_a_nynorsk_agreement_is_marked_nynorsk(client):
    page = parse(post(client, example_values("kommune-fast-nn.yaml")).text)
    assert page.find(tag="article").attrs["lang"] == "nn"


def test_preview_keeps_the_form_for_the_downloads(client):
    values = example_values("fylkeskommune-aaremaal.yaml")
    response = post(client, values)
    assert filled(form_values(response.text, "preview-form")) == values


def test_edit_goes_back_to_the_form_as_it_was(client):
    values = example_values()
    response = post(client, values, action="edit")
    assert filled(form_values(response.text, FORM)) == values


@pytest.mark.parametrize("name", ["kommune-fast.yaml", "fylkeskommune-aaremaal-nn.yaml"])
def test_docx_download_is_the_cli_agreement(client, name):
    response = post(client, example_values(name), action="docx")
    assert response.headers["content-type"] == formpages.DOCX
    employer = "vestfjella-fylkeskommune" if name.startswith("fylke") else "fjordvik-kommune"
    assert response.headers["content-disposition"] == f'attachment; filename="arbeidsavtale-{employer}.docx"'
    assert docx_text(response.content) == docx_text(generate.build(ROOT / "examples" / name).docx)


@pytest.mark.libreoffice
def test_pdf_download(client):
    from conftest import soffice_or_skip

    soffice_or_skip()
    response = post(client, example_values(), action="pdf")
    assert response.headers["content-type"] == formpages.PDF and response.content.startswith(b"%PDF")
    assert response.headers["content-disposition"] == 'attachment; filename="arbeidsavtale-fjordvik-kommune.pdf"'


def test_without_libreoffice_the_preview_says_so_and_offers_no_pdf(client, monkeypatch):
    monkeypatch.setattr(agreement_pages, "soffice", lambda: None)
    page = parse(post(client, example_values()).text)
    assert messages.text("web_about_pdf_missing", "nb") in page.text()
    assert page.find(tag="button", value="pdf") is None


def test_a_failed_pdf_is_said_on_the_preview(client, monkeypatch):
    from agreements.problems import PdfFailed, error
    from agreements.web import jobs

    async def refuse(function, *args):
        if function is jobs.agreement:
            raise PdfFailed(error("pdf_no_libreoffice"))
        return function(*args)

    monkeypatch.setattr(client.app.state.pool, "run", refuse)
    response = post(client, example_values(), action="pdf")
    assert response.status_code == 503
    assert messages.text("pdf_no_libreoffice", "nb") in parse(response.text).find(data_error_summary="").text()


def test_docx_with_errors_gives_the_form_with_them(client):
    response = post(client, {**example_values(), "salary.annual": ""}, action="docx")
    assert response.status_code == 422 and parse(response.text).find(href="#f-salary-annual") is not None


def test_save_gives_the_input_file_even_with_errors(client):
    response = post(client, {**example_values(), "salary.annual": "mye"}, action="save")
    assert response.headers["content-type"] == "application/yaml; charset=utf-8"
    assert response.headers["content-disposition"] == 'attachment; filename="arbeidsavtale-fjordvik-kommune.yaml"'
    assert response.text.startswith("# " + messages.text("web_form_yaml_header", "nb").splitlines()[0])
    assert inputfile.parse(response.text, "x.yaml", "yaml").data["salary"]["annual"] == "mye"


def test_file_name_without_an_employer(client):
    response = post(client, {}, action="save")
    assert response.headers["content-disposition"] == 'attachment; filename="arbeidsavtale.yaml"'


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_saved_input_file_restores_the_form_exactly(client, example):
    """Upload an input file, send the form back as the browser would, save it, upload the saved
    file: the same data, and the same form."""
    first = upload(client, "/agreement/upload", "inputfile", example.name, example.read_bytes())
    sent = form_values(first.text, FORM)
    saved = post(client, sent, action="save")
    assert inputfile.parse(saved.text, "saved.yaml", "yaml").data == inputfile.read_input(example)
    again = upload(client, "/agreement/upload", "inputfile", "saved.yaml", saved.content)
    assert form_values(again.text, FORM) == sent


# --- uploads ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, content, code, status", [
    ("avtale.yaml", b"language: nb\n\temployer: x\n", None, 422),
    ("avtale.yaml", b"", "input_empty", 422),
    ("avtale.yaml", b"- a\n- b\n", "input_not_mapping", 422),
    ("avtale.json", b'{"language": "nb",}', None, 422),
    ("avtale.yaml", b"\xff\xfe\x00", "input_not_utf8", 422),
    ("avtale.docx", (ROOT / "tests/corpus/blind/agreements-r6/myrvoll-arbeidsavtale.docx").read_bytes(),
     "input_is_word", 422),
    ("avtale.yaml", b"x" * (inputfile.MAX_INPUT_BYTES + 1), "input_too_large", 422),
])
def test_unreadable_input_file_gets_the_cli_message_at_the_upload_field(client, name, content, code, status):
    response = upload(client, "/agreement/upload", "inputfile", name, content)
    assert response.status_code == status
    with pytest.raises(inputfile.UnreadableInput) as caught:
        inputfile.from_bytes(content, name)
    first = caught.value.problems[0]
    assert code is None or first.code == code
    cli = messages.text(first.code, "nb", **first.params)
    page = parse(response.text)
    assert page.by_id("upload-inputfile-error").text().endswith(cli)
    assert page.by_id("upload-inputfile").attrs["aria-invalid"] == "true"
    assert page.find(data_error_summary="").find(href="#upload-inputfile") is not None


@pytest.mark.parametrize("path, field", [("/agreement/upload", "inputfile"), ("/agreement/extract", "draft")])
def test_upload_without_a_file(client, path, field):
    response = client.post(path, data={"csrf": csrf_of(client)}, files={field: ("", b"", "application/octet-stream")})
    assert response.status_code == 422
    assert messages.text("web_form_no_file", "nb") in parse(response.text).by_id(f"upload-{field}-error").text()


def test_uploaded_input_with_errors_fills_the_form_and_shows_them(client):
    response = upload(client, "/agreement/upload", "inputfile", "a.yaml",
                      b"language: nb\nemployer: {kind: kommune, name: Fjordvik kommune, postal_code: '6900'}\n")
    page = parse(response.text)
    assert response.status_code == 200 and page.by_id("f-employer-name").attrs["value"] == "Fjordvik kommune"
    summary = page.find(data_error_summary="")
    assert "Arbeidsgiver: postal_code: " in summary.text()  # no such field in the form: at its section, named
    assert summary.find(href="#f-start_date") is not None
    assert messages.text("web_form_loaded", "nb", file="a.yaml") in page.find(class_="notice").text()


def test_uploaded_input_keeps_the_cli_message_for_yaml_typing(client):
    page = parse(upload(client, "/agreement/upload", "inputfile", "a.yaml",
                        b"language: nb\nemployer: {address: {postal_code: 0404}}\n").text)
    assert messages.text("text_read_as_leading_zero", "nb", written="0404", value="260") in \
        page.by_id("f-employer-address-postal_code-error").text()


def test_start_from_an_existing_agreement(client):
    draft = ROOT / "tests/corpus/blind/agreements-r5/nordre-lia-arbeidsavtale-2025.docx"
    response = upload(client, "/agreement/extract", "draft", draft.name, draft.read_bytes())
    page = parse(response.text)
    assert response.status_code == 200 and page.by_id("f-employer-name").attrs["value"] == "Nordre Lia kommune"
    assert page.by_id("f-employee-name").attrs["value"] == ""  # not stated in the draft: empty, and named
    assert page.find(data_error_summary="").find(href="#f-employee-name") is not None


@pytest.mark.parametrize("name, content, code, status", [
    ("avtale.docx", b"just text", "doc_not_zip", 415),
    ("avtale.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, None, 415),
    ("avtale.docx", b"PK\x03\x04" + b"\0" * 100, None, 422),
])
def test_unreadable_draft_gets_the_cli_message(client, name, content, code, status):
    from agreements import checker
    from agreements.problems import AgreementsError

    response = upload(client, "/agreement/extract", "draft", name, content)
    assert response.status_code == status
    with pytest.raises(AgreementsError) as caught:
        checker.check_bytes(content, name)
    assert code is None or caught.value.problems[0].code == code
    cli = messages.text(caught.value.problems[0].code, "nb", **caught.value.problems[0].params)
    assert parse(response.text).by_id("upload-draft-error").text().endswith(cli)


def test_draft_over_the_web_limit(client):
    response = upload(client, "/agreement/extract", "draft", "big.docx", b"PK" + b"\0" * LIMITS["docx_bytes"])
    assert response.status_code == 413


# --- rows and the guard -----------------------------------------------------------------------------

def test_add_row_without_javascript(client):
    values = example_values()
    response = post(client, values, action=None, add="salary.supplements")
    assert response.status_code == 200 and not parse(response.text).find(data_error_summary="")
    rows = parse(response.text).by_id("f-salary-supplements").find_all(data_row="")
    assert len(rows) == 3 and "autofocus" in parse(response.text).by_id("f-salary-supplements-2-description").attrs
    again = post(client, form_values(response.text, FORM), action=None, add="salary.supplements")
    assert len(parse(again.text).by_id("f-salary-supplements").find_all(data_row="")) == 4


def test_unknown_action_is_refused(client):
    assert post(client, example_values(), action="delete").status_code == 400


@pytest.mark.parametrize("path", ["/agreement", "/agreement/upload", "/agreement/extract"])
def test_a_post_without_the_token_is_refused(client, path):
    csrf_of(client)
    response = client.post(path, data={"action": "preview"})
    assert response.status_code == 403 and messages.text("web_csrf", "nb")[:40] in response.text


def test_a_post_with_another_token_is_refused(client):
    response = client.post("/agreement", data={"csrf": "x" * 43, "action": "save"})
    assert response.status_code == 403


def test_a_post_from_another_site_is_refused(client):
    response = client.post("/agreement", data={"csrf": csrf_of(client), "action": "save"},
                           headers={"sec-fetch-site": "cross-site"})
    assert response.status_code == 403



def test_every_text_of_the_form_pages_is_in_the_message_table():
    import re

    templates = ROOT / "agreements" / "web" / "templates"
    source = "".join((templates / name).read_text(encoding="utf-8")
                     for name in ("_form.html", "agreement.html", "agreement_preview.html", "minutes.html"))
    codes = set(re.findall(r'\bt\(\s*"([a-z_0-9]+)"\s*[,)]', source))
    codes |= {f"web_form_start_{kind}" for kind in agreement_pages.STARTS}  # composed in agreement.html
    assert len(codes) > 30 and codes - set(messages.table()) == set()
