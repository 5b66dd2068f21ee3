"""Installing: the README's editable install runs the checkout; a wheel works in a fresh environment."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from conftest import ROOT

CLEAN_ENV = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}


def _bindir(env_dir: Path) -> Path:
    return env_dir / ("Scripts" if os.name == "nt" else "bin")


def test_the_installed_package_is_this_checkout(tmp_path):
    """The README's test command installs editable: modules, templates, schemas and examples used
    by the installed package (and the console script) are the files in this checkout, so an edit
    counts at once. From a neutral folder, so the checkout is not on the path by accident."""
    code = ("import agreements, cli; from agreements import resources as r; print(agreements.__file__); "
            "print(cli.__file__); print(r.template('arbeidsavtale.nb.docx')); "
            "print(r.schema_file('messages.yaml')); print(r.example('kommune-fast.yaml'))")
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=CLEAN_ENV, capture_output=True,
                          text=True, check=True)
    paths = [Path(line).resolve() for line in done.stdout.splitlines()]
    assert len(paths) == 5 and all(p.is_file() for p in paths)
    assert [p for p in paths if not p.is_relative_to(ROOT)] == []


def test_pytest_in_a_checkout_that_is_not_installed_says_what_to_run(tmp_path):
    """``python -m pytest`` with the dependencies but without the editable install stops with the
    README's command instead of an ImportError deep in a test module."""
    bare = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(bare)
    python = _bindir(bare) / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    deps = subprocess.run([sys.executable, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    Path(site, "deps.pth").write_text(deps + "\n", encoding="utf-8")  # pytest and libraries, not agreements
    done = subprocess.run([str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_readme.py"],
                          cwd=ROOT, env=CLEAN_ENV, capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "pip install -q -e '.[test]'" in done.stdout + done.stderr, done.stdout + done.stderr


@pytest.mark.slow
def test_installed_package_generates_outside_the_checkout(tmp_path):
    """A non-editable install of the wheel into a fresh virtual environment works from any directory."""
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bindir = _bindir(env_dir)
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
                   check=True, cwd=tmp_path, capture_output=True)
    wheel = next(wheels.glob("agreements-*.whl"))
    subprocess.run([str(bindir / "python"), "-m", "pip", "install", "-q", str(wheel)],
                   check=True, cwd=tmp_path, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    def agreements(*args):
        return subprocess.run([str(bindir / "agreements"), *args], cwd=elsewhere, env=CLEAN_ENV,
                              capture_output=True, text=True)

    example = agreements("example", "--kind", "fylkeskommune")
    assert example.returncode == 0
    (elsewhere / "in.yaml").write_text(example.stdout, encoding="utf-8")
    made = agreements("generate", "in.yaml", "-o", "avtale.docx")
    assert made.returncode == 0, made.stderr
    assert (elsewhere / "avtale.docx").read_bytes()[:2] == b"PK"
    where = subprocess.run([str(bindir / "python"), "-c", "import agreements; print(agreements.__file__)"],
                           cwd=elsewhere, env=CLEAN_ENV, capture_output=True, text=True, check=True)
    assert str(env_dir) in where.stdout and str(ROOT) not in where.stdout
    web = subprocess.run([str(bindir / "python"), "-c", "from agreements.web import pages, app; "
                          "pages.environment().get_template('about.html'); app.create_app(jobs=1)"],
                         cwd=elsewhere, env=CLEAN_ENV, capture_output=True, text=True)
    assert web.returncode == 0, web.stderr  # the web application's pages and styles are in the wheel
