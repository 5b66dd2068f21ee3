"""Shared fixtures: example inputs, a mutable valid document, CLI runner and text helpers."""

from __future__ import annotations

import contextlib
import copy
import os
import shutil
import signal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TEST_COMMAND = "python3 -m venv .venv && .venv/bin/pip install -q -e '.[test]' && .venv/bin/pytest"


def _require_the_checkout() -> None:
    """The tests test this checkout: agreements and its data files must come from here (the
    editable install in README). Otherwise stop with the command to run, not an ImportError."""
    try:
        import agreements
        from agreements import resources

        used = [Path(agreements.__file__), Path(str(resources.schema_file("messages.yaml"))),
                Path(str(resources.template("arbeidsavtale.nb.docx")))]
    except ModuleNotFoundError as exc:
        why = f"{exc}"
    else:
        elsewhere = [str(p) for p in used if not p.resolve().is_relative_to(ROOT)]
        if not elsewhere:
            return
        why = f"agreements is installed from {elsewhere[0]}, not from this checkout {ROOT}"
    raise SystemExit(f"The tests must run against this checkout, installed editable ({why}).\n"
                     f"From {ROOT} run the README's test command:\n  {TEST_COMMAND}")


_require_the_checkout()

import yaml  # noqa: E402  (after the check: a missing dependency is explained above)
from click.testing import CliRunner  # noqa: E402

from agreements import inputfile, wordxml  # noqa: E402
EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*.yaml") if not p.name.startswith("referat"))
IN_CI = bool(os.environ.get("CI"))


@pytest.fixture(scope="session")
def kommune_doc() -> dict:
    return inputfile.read_input(ROOT / "examples" / "kommune-fast.yaml")


@pytest.fixture
def doc(kommune_doc) -> dict:
    """A fresh, valid raw input document (the kommune example) to mutate in a test."""
    return copy.deepcopy(kommune_doc)


def set_path(doc: dict, dotted: str, value) -> dict:
    """Set (or with value=DELETE remove) a field given as a dotted path; returns ``doc``."""
    *parents, last = dotted.split(".")
    node = doc
    for key in parents:
        node = node.setdefault(key, {}) if not key.isdigit() else node[int(key)]
    if value is DELETE:
        node.pop(last, None)
    elif last.isdigit():
        node[int(last)] = value
    else:
        node[last] = value
    return doc


DELETE = object()


def write_yaml(path: Path, data: dict) -> Path:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def docx_text(data: bytes) -> str:
    """All paragraph text of a .docx (body, then headers and footers), one paragraph a line."""
    parts = wordxml.text_parts(data)
    lines = list(parts.pop("word/document.xml"))
    for name in sorted(parts):
        lines.append(f"--- {name}")
        lines.extend(parts[name])
    return "\n".join(lines) + "\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def soffice_or_skip() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        if IN_CI:
            pytest.fail("LibreOffice (soffice) must be installed in CI: .ci/run installs it")
        pytest.skip("LibreOffice is not installed")
    return exe


@contextlib.contextmanager
def deadline(seconds: float):
    """Fail with TimeoutError instead of hanging when the block takes longer than ``seconds``
    (SIGALRM: the main thread, and only between Python steps or in a call that waits)."""
    def expired(_signum, _frame):
        raise TimeoutError(f"took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def catalogue_edited(monkeypatch, edit) -> None:
    """Make the bundled clause catalogue read as ``edit`` changes it (a copy), with the cache
    cleared; the caller clears it again when done."""
    import copy

    from agreements import catalogue, resources
    real = resources.load_yaml
    data = copy.deepcopy(real("clauses.yaml"))
    edit(data)
    monkeypatch.setattr(resources, "load_yaml", lambda name: data if name == "clauses.yaml" else real(name))
    catalogue.rules.cache_clear()


# --- the web application -------------------------------------------------------------------------

CHROMIUM = "/usr/bin/chromium"  # Debian's package; Playwright's own browser download is not reachable
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-gpu"]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="session")
def client():
    """The application in process (FastAPI's test client), with one worker process."""
    from fastapi.testclient import TestClient

    from agreements.web.app import create_app

    with TestClient(create_app(jobs=1), raise_server_exceptions=False) as test_client:
        yield test_client


def csrf_of(client) -> str:
    """The form token the client's cookie holds (a page must have been fetched first)."""
    from agreements.web.security import CSRF_COOKIE

    if CSRF_COOKIE not in client.cookies:
        client.get("/about")
    return client.cookies[CSRF_COOKIE]


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server() -> str:
    """The real server (``agreements serve``) on a free local port; its base URL."""
    import subprocess
    import sys
    import time
    import urllib.request

    port = _free_port()
    process = subprocess.Popen([sys.executable, "-c", "import cli; cli.main()", "serve", "--port", str(port),
                                "--jobs", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/about", timeout=1).read()
                break
            except OSError:
                if process.poll() is not None:
                    pytest.fail("agreements serve stopped: " + process.stderr.read().decode(errors="replace"))
                time.sleep(0.1)
        else:
            pytest.fail("agreements serve did not answer within 30 s")
        yield base
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="session")
def browser():
    """Chromium from Debian driven by Playwright; skipped locally without it, required in CI."""
    if not os.path.exists(CHROMIUM):
        if IN_CI:
            pytest.fail("Chromium must be installed in CI: .ci/run installs it")
        pytest.skip("Chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, server):
    """A fresh browser tab (its own cookies) with the server's address as base URL."""
    context = browser.new_context(base_url=server, accept_downloads=True, locale="nb-NO")
    tab = context.new_page()
    tab.set_default_timeout(20_000)
    yield tab
    context.close()


def assert_accessible(tab) -> None:
    """Zero axe-core violations of the WCAG 2.0/2.1 A and AA rules on the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(tab, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    violations = results.response["violations"]
    assert not violations, "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} — " + "; ".join(n["target"][0] for n in v["nodes"][:5])
        for v in violations)


def staged_check(raw: bytes, name: str, kind: str):
    """``jobs.check`` for tests, run in a worker: for «slow.docx» a check that never ends and is
    stopped by the time limit (as a document that takes too long), for «bug.docx» a fault of ours
    (a bug), for any other file the real check."""
    import time

    from agreements import checker
    from agreements.web import jobs

    if name == "slow.docx":
        with checker.time_limit(checker.TIME_LIMIT, name):
            while True:
                time.sleep(0.05)
    if name == "bug.docx":
        raise RuntimeError("a bug with a secret detail")
    return jobs.check(raw, name, kind)


def staged_check_data(raw: bytes, name: str, kind: str, lang: str, strict: bool):
    """``jobs.check_data`` for tests, staged as ``staged_check``."""
    from agreements import report

    return report.as_data(staged_check(raw, name, kind), lang, strict)
