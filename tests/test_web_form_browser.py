"""The agreement and minutes forms in a real browser, used as a person would: the keyboard only, with and without JavaScript."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from agreements import inputfile, messages
from conftest import ROOT, assert_accessible, docx_text

SHOTS = ROOT / "docs" / "screenshots"


def screenshot(page, name: str, at: str | None = None) -> None:
    """Save the page, from the element ``at`` down, as docs/screenshots/NAME (for README) when
    SCREENSHOTS=1; the page is scrolled back where it was."""
    if os.environ.get("SCREENSHOTS") != "1":
        return
    SHOTS.mkdir(parents=True, exist_ok=True)
    was = page.evaluate("window.scrollY")
    if at:
        page.evaluate("(id) => document.getElementById(id).scrollIntoView()", at)
    page.screenshot(path=str(SHOTS / name))
    page.evaluate("(y) => window.scrollTo(0, y)", was)


def focused(page) -> dict:
    return page.evaluate("""() => { const e = document.activeElement;
        return {name: e.getAttribute('name') || '', id: e.id, value: e.value || '', tag: e.tagName,
                summary: e.hasAttribute('data-error-summary')}; }""")


def tab_to(page, name: str | None = None, value: str | None = None, limit: int = 300) -> dict:
    """Press Tab until the field ``name`` (with ``value``, for a button) has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        now = focused(page)
        if (name is None or now["name"] == name) and (value is None or now["value"] == value):
            return now
    raise AssertionError(f"Tab never reached {name} {value or ''}")


def type_in(page, name: str, text: str) -> None:
    tab_to(page, name)
    page.keyboard.press("Control+A")
    page.keyboard.type(text)


def choose(page, name: str, value: str) -> None:
    """Tab to a radio group and choose the button ``value``: Space on the one Tab reaches, the
    arrow keys (which move and choose) to any other."""
    now = tab_to(page, name)
    for _ in range(8):
        if now["value"] == value:
            page.keyboard.press("Space")
            return
        page.keyboard.press("ArrowDown")
        now = focused(page)
    raise AssertionError(f"{name} has no button {value}")


def press_for_download(page, key: str = "Enter"):
    with page.expect_download() as caught:
        page.keyboard.press(key)
    return Path(caught.value.path()).read_bytes(), caught.value.suggested_filename


def form_data(page, form_id: str) -> dict:
    return page.evaluate("""(id) => Object.fromEntries(
        Array.from(new FormData(document.getElementById(id)).entries()).filter(([k, v]) => k !== 'csrf'))""", form_id)


def upload_by_keyboard(page, field: str, path: Path) -> None:
    """Tab to the file field, choose ``path`` (in the system's file dialog, which is not the
    page's: set directly), Tab to the upload button and press Enter."""
    now = tab_to(page, field)
    page.set_input_files(f"#{now['id']}", str(path))
    page.keyboard.press("Tab")  # to the form's button
    with page.expect_navigation():
        page.keyboard.press("Enter")


# Every field an agreement must have, in the form's order: (name, text to type or radio button to choose)
AGREEMENT = [("language", "nb"), ("employer.kind", "kommune"), ("employer.name", "Fjordvik kommune"),
             ("employer.org_number", "964 000 018"), ("employer.address.street", "Rådhusplassen 1"),
             ("employer.address.postal_code", "6900"), ("employer.address.city", "Fjordvik"),
             ("employer.signatory.name", "Kari Nordmann"), ("employee.name", "Ola Nordmann"),
             ("employee.address.street", "Storgata 12"), ("employee.address.postal_code", "6901"),
             ("employee.address.city", "Fjordvik"), ("council_decision.case_number", "PS 45/2026"),
             ("council_decision.date", "2026-10-20"), ("start_date", "2027-01-01"), ("employment.form", "fast"),
             ("salary.annual", "1 250 000"), ("salary.payment_day", "12"), ("pension_insurance.institution", "KLP"),
             ("notice.months", "6"), ("employment_protection_waiver.agreed", "true"), ("switch.severance_pay", "true"),
             ("severance_pay.months", "12"),
             ("cv_publication.consent", "true"), ("signatures.place", "Fjordvik")]


def test_fill_the_agreement_with_the_keyboard_and_download_it(page):
    page.goto("/agreement")
    radios = {"language", "employer.kind", "employment.form", "employment_protection_waiver.agreed", "switch.severance_pay",
              "cv_publication.consent"}
    for name, what in AGREEMENT:
        (choose if name in radios else type_in)(page, name, what)
    with page.expect_navigation():
        page.keyboard.press("Enter")  # in the last field: the form's first button, check and preview
    assert page.locator("h1").inner_text() == messages.text("web_form_preview_title", "nb")
    tab_to(page, "action", "docx")
    docx, name = press_for_download(page)
    assert name == "arbeidsavtale-fjordvik-kommune.docx"
    text = docx_text(docx)
    assert "Ola Nordmann" in text and "1\xa0250\xa0000" in text and "12\xa0måneder" in text


def test_mistakes_at_their_fields_and_in_the_summary_then_fixed_and_previewed(page):
    page.goto("/agreement?start=kommune")
    type_in(page, "employer.org_number", "964 000 019")
    type_in(page, "probation.months", "9")
    tab_to(page, "salary.annual")
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert focused(page)["summary"]  # the summary has the focus, and links to each field
    links = page.locator("[data-error-summary] a")
    targets = [links.nth(i).get_attribute("href")[1:] for i in range(links.count())]
    assert sorted(targets) == ["f-employer-org_number", "f-probation-months", "f-salary-annual"]
    for target in targets:
        field = page.locator(f"#{target}")
        assert field.get_attribute("aria-invalid") == "true"
        message = page.locator(f"#{target}-error")
        assert message.is_visible() and f"{target}-error" in field.get_attribute("aria-describedby")
    assert_accessible(page)
    screenshot(page, "agreement-errors.png")
    page.keyboard.press("Tab")  # the summary's first link
    page.keyboard.press("Enter")
    assert focused(page)["id"] == targets[0] == "f-employer-org_number"
    page.keyboard.press("Control+A")
    page.keyboard.type("964 000 018")
    type_in(page, "probation.months", "6")
    type_in(page, "salary.annual", "1 250 000")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text() == messages.text("web_form_preview_title", "nb")
    assert page.locator("article.document h3").inner_text() == "Arbeidsavtale"
    assert_accessible(page)
    screenshot(page, "agreement-preview.png")


def test_aaremaal_shows_the_fixed_term_and_each_switch_its_part(page):
    page.goto("/agreement")
    fixed_term, severance = page.locator("#f-fixed_term"), page.locator("#f-severance_pay .part")
    probation = page.locator("#f-probation .part")
    assert fixed_term.is_hidden() and severance.is_hidden() and probation.is_hidden()
    choose(page, "employment.form", "åremål")
    assert fixed_term.is_visible()
    type_in(page, "fixed_term.years", "6")
    choose(page, "switch.probation", "true")
    assert probation.is_visible()
    choose(page, "switch.severance_pay", "true")
    assert severance.is_visible()
    page.keyboard.press("ArrowDown")  # «Nei»: no severance pay to fill in
    assert severance.is_hidden()


def test_add_a_row_in_place_with_javascript(page):
    page.goto("/agreement?start=kommune")
    url = page.url
    tab_to(page, "add", "salary.supplements")
    page.keyboard.press("Enter")
    assert page.url == url and page.locator("#f-salary-supplements [data-row]").count() == 3
    assert focused(page)["name"] == "salary.supplements.2.description"
    page.keyboard.type("Tillegg for beredskap")
    type_in(page, "salary.supplements.2.annual", "30 000")
    tab_to(page, "action", "save")
    saved, _ = press_for_download(page)
    supplements = inputfile.parse(saved.decode(), "x.yaml", "yaml").data["salary"]["supplements"]
    assert supplements[-1] == {"description": "Tillegg for beredskap", "annual": 30000}


def test_save_the_input_file_and_restore_the_form_from_it(page, tmp_path):
    page.goto("/agreement?start=fylkeskommune")
    type_in(page, "employee.name", "Per Kristian Lie-Hansen")
    before = form_data(page, "agreement-form")
    tab_to(page, "action", "save")
    saved, name = press_for_download(page)
    assert name == "arbeidsavtale-vestfjella-fylkeskommune.yaml"
    (tmp_path / name).write_bytes(saved)
    page.goto("/agreement")
    upload_by_keyboard(page, "inputfile", tmp_path / name)
    assert form_data(page, "agreement-form") == before


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_empty_form_is_accessible(page, lang):
    page.goto(f"/agreement?lang={lang}")
    assert_accessible(page)
    if lang == "nb":
        page.goto("/agreement?start=kommune")
        screenshot(page, "agreement-form.png", at="agreement-form")


def test_fill_the_minutes_and_download_them(page):
    page.goto("/minutes")
    upload_by_keyboard(page, "agreementfile", ROOT / "examples" / "kommune-fast.yaml")
    assert page.locator("#f-employer-name").input_value() == "Fjordvik kommune"
    choose(page, "language", "nb")
    for name, what in [("meeting.date", "2027-11-10"), ("meeting.place", "Rådhuset"), ("period.start", "2027-01-01"),
                       ("period.end", "2027-12-31"), ("participants.0.name", "Kari Nordmann")]:
        type_in(page, name, what)
    choose(page, "participants.0.role", "ordfører")
    type_in(page, "participants.1.name", "Per Hansen")
    choose(page, "participants.1.role", "varaordfører")
    type_in(page, "participants.2.name", "Lise Berg")
    choose(page, "participants.2.role", "folkevalgt")
    type_in(page, "participants.3.name", "Nina Dahl")
    choose(page, "participants.3.role", "referent")
    type_in(page, "new_goals.economy.0.goal", "Netto driftsresultat på minst 2 prosent")
    assert_accessible(page)
    screenshot(page, "minutes-form.png", at="f-participants")
    tab_to(page, "action", "docx")
    docx, name = press_for_download(page)
    assert name == "referat-fjordvik-kommune-2027.docx"
    text = docx_text(docx)
    assert "Lise Berg" in text and "Netto driftsresultat på minst 2 prosent" in text and "1\xa0250\xa0000" in text


@pytest.mark.parametrize("lang", ["en"])
def test_minutes_form_with_errors_is_accessible(page, lang):
    page.goto(f"/minutes?lang={lang}")
    tab_to(page, "meeting.date")
    page.keyboard.type("10.11.2027")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("#f-meeting-date").get_attribute("aria-invalid") == "true"
    assert_accessible(page)


def test_the_form_as_shown_without_its_script_is_accessible(page):
    """Every part shown, each with its line on when to fill it in (axe needs JavaScript itself, so
    the form's own script is kept away instead)."""
    page.route("**/static/forms.js", lambda route: route.abort())
    page.goto("/agreement?lang=nn")
    assert page.locator("#f-severance_pay .part").is_visible() and page.locator("#f-probation .part").is_visible()
    assert_accessible(page)


@pytest.fixture
def page_without_js(browser, server):
    context = browser.new_context(base_url=server, accept_downloads=True, locale="nb-NO", java_script_enabled=False)
    tab = context.new_page()
    tab.set_default_timeout(20_000)
    yield tab
    context.close()


def test_the_form_works_without_javascript(page_without_js):
    page = page_without_js
    page.goto("/agreement?start=kommune")
    assert page.locator("#f-fixed_term").is_visible()  # every part shown, with when to fill it in
    assert page.locator("#f-fixed_term .when").inner_text() == \
        messages.text("web_form_when", "nb", field="Fast stilling eller åremål", value="Åremål")
    tab_to(page, "add", "salary.supplements")
    with page.expect_navigation():
        page.keyboard.press("Enter")  # the server sends the form back with one more row, focused there
    assert focused(page)["name"] == "salary.supplements.2.description"
    page.keyboard.type("Tillegg for beredskap")
    type_in(page, "salary.supplements.2.annual", "30000")
    type_in(page, "salary.payment_day", "31")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("[data-error-summary] a").get_attribute("href") == "#f-salary-payment_day"
    assert page.locator("#f-salary-payment_day").get_attribute("aria-invalid") == "true"
    type_in(page, "salary.payment_day", "12")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    tab_to(page, "action", "docx")
    docx, _ = press_for_download(page)
    assert "Tillegg for beredskap" in docx_text(docx)

