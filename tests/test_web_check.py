"""The check page: the form, the report as the text report says it, unreadable files, JSON downloads, in a browser."""

from __future__ import annotations

import base64
import functools
import os

import lxml.html
import pytest

from agreements import checker, messages, report
from agreements.web import check_pages, jobs
from agreements.web.limits import LIMITS
from cli import cli
from conftest import ROOT, assert_accessible, csrf_of, staged_check
from corpus.drafts import WITH_PROBATION, Draft, _all
from corpus.minutes_drafts import strandvik
from corpus.refused import HOSTILE

SCREENSHOTS = ROOT / "docs" / "screenshots"


@functools.cache
def missing_notice() -> bytes:
    """A draft with every clause but notice and termination (required by law)."""
    return Draft("uten_oppsigelse", "nb", "overskrift",
                 _all([c for c in WITH_PROBATION if c != "notice_and_termination"])).build()


def hostile(name: str) -> bytes:
    return next(make() for case, make, *_ in HOSTILE if case == name)


def post(client, files: dict[str, bytes], lang: str = "nb", **fields):
    data = {"csrf": csrf_of(client), "kind": "agreement", **fields}
    return client.post("/check", params={"lang": lang}, data=data,
                       files=[("files", (name, raw)) for name, raw in files.items()])


def tree(response):
    return lxml.html.fromstring(response.text)


def text_of(node) -> str:
    return " ".join(node.text_content().split())


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_the_form_in_each_language_states_the_limits(client, lang):
    response = client.get("/check", params={"lang": lang})
    page = tree(response)
    assert response.status_code == 200 and page.get("lang") == lang
    assert page.xpath("//form/@action") == ["/check" + ("" if lang == "nb" else f"?lang={lang}")]
    assert page.xpath("//input[@type='file']/@name") == ["files"]
    limits = text_of(page.get_element_by_id("limits").getnext())
    assert f"{LIMITS['docx_files']}" in limits and f"{LIMITS['docx_bytes'] // 2**20} MB" in limits
    assert messages.text("web_seconds", lang, count=f"{checker.TIME_LIMIT:g}") in limits


def test_a_post_without_the_form_token_is_refused(client):
    response = client.post("/check", files=[("files", ("a.docx", missing_notice()))])
    assert response.status_code == 403 and messages.text("web_csrf") in response.text


def test_no_file_gives_the_error_summary_and_the_field_marked(client):
    response = post(client, {})
    page = tree(response)
    assert response.status_code == 422
    (summary,) = page.xpath("//*[@data-error-summary]")
    assert summary.get("role") == "alert" and summary.xpath(".//a/@href") == ["#files"]
    field = page.get_element_by_id("files")
    assert field.get("aria-invalid") == "true" and "files-error" in field.get("aria-describedby")
    assert text_of(page.get_element_by_id("files-error")) == messages.text("web_check_no_files")


def test_the_report_shows_every_clause_by_level_as_the_text_report(client):
    response = post(client, {"utkast.docx": missing_notice()})
    assert response.status_code == 200
    page = tree(response)
    want = checker.check_bytes(missing_notice(), "utkast.docx")
    view = report.as_view(want, "nb")
    text = report.as_text(want, "nb")
    levels = [text_of(h) for h in page.xpath("//section//h3")][:len(view["levels"])]
    assert levels == [messages.text(f"level_{level}") for level in report.LEVELS
                      if any(c.level == level for c in want.clauses)]
    for result in want.clauses:
        (item,) = page.xpath(f"//li[@data-clause='{result.id}']")
        shown = text_of(item)
        assert item.get("data-status") == result.status
        assert shown.startswith(messages.text(f"status_{result.status}") + " " + result.clause.title["nb"])
        assert report.rules().legal_basis(result.clause, "nb") in shown
    notice = page.xpath("//li[@data-clause='notice_and_termination']")[0]
    assert text_of(notice).startswith("MANGLER Oppsigelse") and "Mangler:" in text_of(notice)
    assert page.xpath("//div[contains(@class, 'result')]//a/@href") == ["#" + notice.get("id")]
    assert view["result"] in text and view["result"] in text_of(page)


def test_evidence_values_and_findings_are_shown_with_their_place(client):
    page = tree(post(client, {"utkast.docx": missing_notice()}))
    view = report.as_view(checker.check_bytes(missing_notice(), "utkast.docx"), "nb")
    shown = text_of(page)
    evidence = [line for level in view["levels"] for c in level["clauses"] for line in c["evidence"]]
    assert evidence and all(" ".join(line.split()) in shown for line in evidence)
    assert [text_of(row.xpath("th")[0]) for row in page.xpath("//table[@class='values']/tbody/tr")] == \
        [value["name"] for value in view["values"]]
    assert all(f["message"] in shown for f in view["findings"])


PAGE_HOSTILE = ["not_a_zip", "old_binary_doc", "encrypted", "truncated_zip", "zip_bomb", "entity_expansion",
                "dtd_utf16le_bom", "empty_document", "empty_file"]


def test_each_unreadable_file_gets_the_cli_message_and_the_others_are_reported(client, runner, tmp_path,
                                                                                monkeypatch):
    files = {f"{name}.docx": hostile(name) for name in PAGE_HOSTILE} | {"utkast.docx": missing_notice()}
    page = tree(post(client, files))
    monkeypatch.chdir(tmp_path)
    for name, raw in files.items():
        (tmp_path / name).write_bytes(raw)
    sections = page.xpath("//section[@class='file-report']")
    assert [text_of(s.xpath("h2")[0]) for s in sections] == [messages.text("report_title", file=n) for n in files]
    for name, section in zip(files, sections):
        said = runner.invoke(cli, ["check", name]).output.strip()
        if name == "utkast.docx":
            assert not section.xpath(".//*[@data-file-error]") and section.xpath(".//li[@data-clause]")
        else:
            (error,) = section.xpath(".//*[@data-file-error]//li")
            assert said == messages.text("severity_error") + " " + text_of(error)


def test_a_check_at_the_time_limit_is_that_file_s_error(client, monkeypatch):
    monkeypatch.setattr(jobs, "check", staged_check)
    page = tree(post(client, {"slow.docx": b"PK", "utkast.docx": missing_notice()}))
    slow, fast = page.xpath("//section[@class='file-report']")
    assert text_of(slow.xpath(".//*[@data-file-error]//li")[0]) == \
        messages.text("doc_time_limit", file="slow.docx", seconds=f"{checker.TIME_LIMIT:g}")
    assert fast.xpath(".//li[@data-clause]")


def test_too_many_files_is_an_error_page(client):
    response = post(client, {f"{i}.docx": b"PK" for i in range(LIMITS["docx_files"] + 1)})
    assert response.status_code == 413
    assert messages.text("web_too_many_files", limit=LIMITS["docx_files"]) in response.text


@pytest.mark.parametrize("names", [["utkast.docx"], ["utkast.docx", "gammel.docx"]])
@pytest.mark.parametrize("lang, strict", [("nb", False), ("en", True)])
def test_the_json_button_gives_what_the_cli_prints(client, runner, tmp_path, monkeypatch, names, lang, strict):
    files = {"utkast.docx": missing_notice(), "gammel.docx": hostile("old_binary_doc")}
    chosen = {name: files[name] for name in names}
    response = post(client, chosen, lang, format="json", **({"strict": "on"} if strict else {}))
    monkeypatch.chdir(tmp_path)
    for name, raw in chosen.items():
        (tmp_path / name).write_bytes(raw)
    printed = runner.invoke(cli, ["check", *chosen, "--format", "json", "--lang", lang] + ["--strict"] * strict).stdout
    assert response.text == printed
    assert response.headers["content-disposition"].startswith("attachment")
    assert response.headers["content-type"].startswith("application/json" if len(names) == 1 else "application/x-ndjson")


def test_the_report_page_carries_its_json_without_a_second_upload(client, runner, tmp_path, monkeypatch):
    files = {"utkast.docx": missing_notice(), "gammel.docx": hostile("old_binary_doc")}
    page = tree(post(client, files))
    monkeypatch.chdir(tmp_path)
    for name, raw in files.items():
        (tmp_path / name).write_bytes(raw)

    def decoded(link) -> str:
        return base64.b64decode(link.get("href").split(",", 1)[1]).decode()

    every, one = page.xpath("//a[@download]")  # a file that could not be read has no report to download
    assert (every.get("download"), one.get("download")) == ("kontroll.jsonl", "utkast-kontroll.json")
    assert decoded(every) == runner.invoke(cli, ["check", *files, "--format", "json"]).stdout
    assert decoded(one) == runner.invoke(cli, ["check", "utkast.docx", "--format", "json"]).stdout


def test_the_report_in_english_and_strict(client):
    page = tree(post(client, {"utkast.docx": missing_notice()}, "en", strict="on"))
    shown = text_of(page)
    assert page.get("lang") == "en"
    assert messages.text("web_report_decided_by_strict", "en") in shown and "MISSING Notice and termination" in shown


def test_minutes_are_checked_as_minutes(client):
    page = tree(post(client, {"referat.docx": strandvik()}, kind="minutes"))
    assert messages.text("report_decided_by_minutes") in text_of(page)
    assert page.xpath("//li[@data-clause='new_goals']/@data-status") == ["present"]


@pytest.mark.parametrize("lang, suggest", [("nb", False), ("en", True)])
def test_the_annotated_copy_is_what_the_cli_writes(client, runner, tmp_path, monkeypatch, lang, suggest):
    response = post(client, {"utkast.docx": missing_notice()}, lang, format="annotated",
                    **({"suggest": "on"} if suggest else {}))
    assert response.status_code == 200
    assert response.headers["content-type"] == check_pages.DOCX_TYPE
    assert response.headers["content-disposition"] == 'attachment; filename="utkast-kommentert.docx"'
    monkeypatch.chdir(tmp_path)
    (tmp_path / "utkast.docx").write_bytes(missing_notice())
    runner.invoke(cli, ["check", "utkast.docx", "--annotate", "kopi.docx", "--lang", lang] + ["--suggest"] * suggest)
    assert response.content == (tmp_path / "kopi.docx").read_bytes()


@pytest.mark.parametrize("files, code", [
    ({"a.docx": b"x", "b.docx": b"y"}, "web_check_annotate_one"),
    ({"gammel.docx": None}, "doc_legacy"),
])
def test_the_annotated_copy_of_no_or_an_unreadable_file_is_an_error_on_the_form(client, files, code):
    files = {name: raw if raw is not None else hostile("old_binary_doc") for name, raw in files.items()}
    response = post(client, files, format="annotated")
    page = tree(response)
    assert response.status_code == 422 and page.xpath("//*[@data-error-summary]//a/@href") == ["#files"]
    assert messages.text(code, file="gammel.docx")[:30] in text_of(page.get_element_by_id("files-error"))


@pytest.mark.parametrize("given, shown", [("C:\\Users\\kari\\utkast.docx", "utkast.docx"), ("", "dokument.docx"),
                                          ("a/b/../x\u202e.docx", "x.docx")])
def test_the_name_shown_is_the_file_s_own_name_only(given, shown):
    from agreements.web.uploads import file_name

    assert file_name(given, check_pages.DEFAULT_NAME) == shown


# --- in a browser ----------------------------------------------------------------------------------

def upload(page, files: dict[str, bytes]) -> None:
    page.set_input_files("#files", files=[{"name": name, "mimeType": "application/octet-stream", "buffer": raw}
                                          for name, raw in files.items()])


def test_browser_reports_a_missing_clause(page):
    page.goto("/check")
    assert_accessible(page)
    upload(page, {"utkast.docx": missing_notice()})
    page.get_by_role("button", name=messages.text("web_check_submit"), exact=True).click()
    page.wait_for_selector("h1:has-text('Kontrollrapport')")
    clause = page.locator("li[data-clause='notice_and_termination']")
    assert clause.get_attribute("data-status") == "missing" and "MANGLER" in clause.inner_text()
    assert_accessible(page)
    if os.environ.get("SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.set_viewport_size({"width": 1100, "height": 1000})
        page.screenshot(path=str(SCREENSHOTS / "check-report.png"))
    with page.expect_download() as download:
        page.get_by_role("link", name=messages.text("web_report_download", file="utkast.docx")).click()
    saved = download.value
    assert saved.suggested_filename == "utkast-kontroll.json"
    assert '"notice_and_termination"' in open(saved.path(), encoding="utf-8").read()


def test_browser_shows_a_hostile_file_s_message(page):
    page.goto("/check")
    upload(page, {"gammel.doc": hostile("old_binary_doc"), "utkast.docx": missing_notice()})
    page.get_by_role("button", name=messages.text("web_check_submit"), exact=True).click()
    error = page.locator("[data-file-error] li")
    assert error.inner_text() == messages.text("doc_legacy", file="gammel.doc")
    assert page.locator("li[data-clause]").count() == 30
    assert_accessible(page)


def test_browser_empty_post_focuses_the_error_summary(page):
    page.goto("/check?lang=nn")
    page.get_by_role("button", name=messages.text("web_check_submit", "nn"), exact=True).click()
    page.wait_for_selector("[data-error-summary]")
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    assert_accessible(page)


def test_browser_downloads_the_annotated_copy(page):
    page.goto("/check")
    upload(page, {"utkast.docx": missing_notice()})
    page.check("#suggest")
    assert_accessible(page)
    with page.expect_download() as download:
        page.click(f"button[value='annotated']")
    assert download.value.suggested_filename == "utkast-kommentert.docx"
    import docx
    copy = docx.Document(download.value.path())
    assert any("MANGLER: Oppsigelse" in c.text for c in copy.comments)


def test_browser_keyboard_only_upload_in_english(page):
    # Playwright takes over the file dialog once something listens for it; listen before the page
    # loads, so that the dialog a key opens is never the browser's own (which no test can answer)
    page.on("filechooser", lambda chooser: None)
    page.goto("/check?lang=en")
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "files":
            break
    assert page.evaluate("document.activeElement.id") == "files"
    with page.expect_file_chooser() as chooser:
        page.keyboard.press("Space")
    chooser.value.set_files(files=[{"name": "draft.docx", "mimeType": "application/octet-stream",
                                    "buffer": missing_notice()}])
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == messages.text("web_check_submit", "en"):
            break
    page.keyboard.press("Enter")
    page.wait_for_selector("h1:has-text('Check report')")
    assert "MISSING" in page.locator("li[data-clause='notice_and_termination']").inner_text()
    assert_accessible(page)
