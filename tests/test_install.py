"""A non-editable install into a fresh virtual environment works from any directory."""

from __future__ import annotations

import os
import subprocess
import sys
import venv

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow


def test_installed_package_generates_outside_the_checkout(tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
                   check=True, cwd=tmp_path, capture_output=True)
    wheel = next(wheels.glob("agreements-*.whl"))
    subprocess.run([str(bindir / "python"), "-m", "pip", "install", "-q", str(wheel)],
                   check=True, cwd=tmp_path, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    clean_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}

    def agreements(*args):
        return subprocess.run([str(bindir / "agreements"), *args], cwd=elsewhere, env=clean_env,
                              capture_output=True, text=True)

    example = agreements("example", "--kind", "fylkeskommune")
    assert example.returncode == 0
    (elsewhere / "in.yaml").write_text(example.stdout, encoding="utf-8")
    made = agreements("generate", "in.yaml", "-o", "avtale.docx")
    assert made.returncode == 0, made.stderr
    assert (elsewhere / "avtale.docx").read_bytes()[:2] == b"PK"
    where = subprocess.run([str(bindir / "python"), "-c", "import agreements; print(agreements.__file__)"],
                           cwd=elsewhere, env=clean_env, capture_output=True, text=True, check=True)
    assert str(env_dir) in where.stdout and str(ROOT) not in where.stdout
