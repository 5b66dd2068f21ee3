"""Batch generation: identical bytes to single generation, failures isolated, no partial files."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from agreements import generate
from agreements.problems import ExitCode
from cli import cli
from conftest import EXAMPLES, ROOT


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for example in EXAMPLES:
        shutil.copy(example, folder / example.name)
    return folder


@pytest.mark.parametrize("jobs", [1, 2])
def test_batch_output_is_byte_identical_to_single_generation(tmp_path, inputs, jobs):
    results = generate.generate_batch([inputs], tmp_path / "out", jobs=jobs)
    assert all(r.ok for r in results) and len(results) == len(EXAMPLES)
    for example in EXAMPLES:
        single = tmp_path / f"single-{example.stem}.docx"
        generate.generate(example, single)
        assert (tmp_path / "out" / f"{example.stem}.docx").read_bytes() == single.read_bytes()


def test_a_failing_input_leaves_the_others_intact(runner, tmp_path, inputs):
    (inputs / "ødelagt.yaml").write_text("language: nb\n", encoding="utf-8")
    (inputs / "syntaks.yaml").write_text("language: [nb\n", encoding="utf-8")
    result = runner.invoke(cli, ["generate", "--batch", str(inputs), "-o", str(tmp_path / "out"), "--jobs", "1"])
    assert result.exit_code == ExitCode.UNREADABLE  # the highest code among the failures
    assert "Laget: 4, feilet: 2" in result.output and "ødelagt.yaml:" in result.output
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == sorted(f"{e.stem}.docx" for e in EXAMPLES)  # nothing partial, nothing for failures


def test_a_fault_met_by_one_input_does_not_stop_the_batch(tmp_path, inputs, monkeypatch):
    real = generate.render_document

    def fails_for_one(document, template=None):
        if (document["language"], document["employer"]["kind"]) == ("nn", "kommune"):
            raise RuntimeError("a bug")
        return real(document, template)

    monkeypatch.setattr(generate, "render_document", fails_for_one)
    results = generate.generate_batch([inputs], tmp_path / "out", jobs=1)
    failed = [r for r in results if not r.ok]
    assert [(r.exit_code, r.problems[0].code) for r in failed] == [(ExitCode.INTERNAL, "internal_error")]
    assert len(list((tmp_path / "out").iterdir())) == len(EXAMPLES) - 1


def test_existing_outputs_are_not_overwritten(tmp_path, inputs):
    out = tmp_path / "out"
    out.mkdir()
    (out / "kommune-fast.docx").write_bytes(b"brukerens fil")
    results = {r.source.rsplit("/", 1)[-1]: r for r in generate.generate_batch([inputs], out)}
    assert results["kommune-fast.yaml"].exit_code == ExitCode.OUTPUT
    assert (out / "kommune-fast.docx").read_bytes() == b"brukerens fil"


def test_inputs_that_would_share_an_output_name_are_refused(runner, tmp_path, inputs):
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(EXAMPLES[0], other / EXAMPLES[0].name)
    result = runner.invoke(cli, ["generate", "--batch", str(inputs), str(other), "-o", str(tmp_path / "out")])
    assert result.exit_code == ExitCode.OUTPUT and "samme utfil" in result.output


def test_several_inputs_need_batch(runner, tmp_path):
    result = runner.invoke(cli, ["generate", str(EXAMPLES[0]), str(EXAMPLES[1]), "-o", str(tmp_path / "a.docx")])
    assert result.exit_code == ExitCode.USAGE


# --- the output folder cannot be made: exit 4 naming the folder, never an internal error -----------

def _file_in_the_way(tmp_path):
    (tmp_path / "ut").write_text("en fil", encoding="utf-8")
    return tmp_path / "ut", tmp_path / "ut"


def _under_a_file(tmp_path):
    (tmp_path / "ut").write_text("en fil", encoding="utf-8")
    return tmp_path / "ut" / "avtaler", tmp_path / "ut"


def _under_proc(tmp_path):
    return Path("/proc/agreements-test/ut"), Path("/proc/agreements-test/ut")


def _under_sys(tmp_path):
    if not Path("/sys/kernel").is_dir():
        pytest.skip("no sysfs here")
    return Path("/sys/agreements-test"), Path("/sys/agreements-test")


def _no_write_permission(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root may write in a folder without write permission: the case cannot arise")
    parent = tmp_path / "låst"
    parent.mkdir(mode=0o555)
    return parent / "ut", parent / "ut"


@pytest.mark.parametrize("case", [_file_in_the_way, _under_a_file, _under_proc, _under_sys, _no_write_permission],
                         ids=lambda f: f.__name__.strip("_"))
def test_an_output_folder_that_cannot_be_made_is_exit_4_naming_it(runner, tmp_path, inputs, case):
    outdir, named = case(tmp_path)
    result = runner.invoke(cli, ["generate", "--batch", str(inputs), "-o", str(outdir), "--jobs", "1"])
    assert result.exit_code == ExitCode.OUTPUT, result.output
    assert str(named) in result.output and "Intern feil" not in result.output


def test_a_read_only_output_location_is_exit_4(tmp_path, inputs):
    """A read-only bind mount, made in a private mount namespace (nothing outside sees it)."""
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        pytest.skip("unshare and mount (util-linux) are needed to make a read-only location")
    readonly = tmp_path / "skrivebeskyttet"
    readonly.mkdir()
    outdir = readonly / "ut"
    command = (f'mount --bind -o ro "{readonly}" "{readonly}" || exit 99; '
               f'exec "{sys.executable}" -m cli generate --batch "{inputs}" -o "{outdir}" --jobs 1')
    done = subprocess.run(["unshare", "-rm", "sh", "-c", command], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    if done.returncode == 99 or "unshare:" in done.stderr:
        pytest.skip(f"no private mount namespace here: {done.stderr.strip()}")
    assert done.returncode == ExitCode.OUTPUT, done.stderr
    assert str(outdir) in done.stderr and not outdir.exists()


# --- an interrupted batch: workers stop with it, and the next run tidies its temporary files -------

linux_only = pytest.mark.skipif(sys.platform != "linux", reason="reads processes from /proc")

# Runs the command line like the installed command; with "fallback" the Linux parent-death signal is
# switched off, so the portable check of the parent process must stop the workers.
DRIVER = """
import sys
from agreements import generate
if sys.argv.pop(1) == "fallback":
    generate._die_with_parent = lambda: False
import cli
cli.main()
"""


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _many_inputs(folder: Path, count: int) -> Path:
    folder.mkdir()
    for i in range(count):
        shutil.copy(EXAMPLES[i % len(EXAMPLES)], folder / f"avtale-{i:04d}.yaml")
    return folder


@linux_only
@pytest.mark.slow
@pytest.mark.parametrize("guard", ["pdeathsig", "fallback"])
def test_workers_stop_when_the_batch_is_killed(tmp_path, guard):
    inputs, out = _many_inputs(tmp_path / "in", 600), tmp_path / "out"
    main = subprocess.Popen([sys.executable, "-c", DRIVER, guard, "generate", "--batch", str(inputs),
                             "-o", str(out), "--jobs", "2"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not (out.is_dir() and len(list(out.glob("*.docx"))) >= 10):
            assert main.poll() is None and time.monotonic() < deadline, "the batch did not get going"
            time.sleep(0.05)
        workers = _children(main.pid)
        assert len(workers) >= 2
    finally:
        main.kill()
        main.wait()
    deadline = time.monotonic() + 5
    while any(_running(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [w for w in workers if _running(w)]
    for pid in left:  # a failing test leaves nothing running
        os.kill(pid, signal.SIGKILL)
    assert left == []
    before = sorted(p.name for p in out.iterdir())
    time.sleep(1.5)
    assert sorted(p.name for p in out.iterdir()) == before
    assert len([p for p in before if p.endswith(".docx")]) < 600


# A batch killed while it writes: the process dies between staging a file and moving it into place.
INTERRUPTED = """
import os, sys
from pathlib import Path
from agreements import output
def killed(*_args):
    os._exit(137)
os.link = os.replace = killed
output.write_all({Path(sys.argv[1]): b"halvferdig"}, force=False)
"""


@pytest.mark.parametrize("force", [False, True])
def test_a_batch_removes_temporary_files_an_interrupted_run_left(tmp_path, inputs, force):
    out = tmp_path / "out"
    out.mkdir()
    for name in ("kommune-fast.docx", "avbrutt.docx"):
        subprocess.run([sys.executable, "-c", INTERRUPTED, str(out / name)], cwd=ROOT, check=False)
    left = sorted(p.name for p in out.iterdir())
    assert len(left) == 2 and all(n.startswith(".") and n.endswith(".part") for n in left)
    (out / "annen.docx").write_bytes(b"en ferdig fil fra tidligere")
    strangers = [".notat.docx.abc123.part", ".kommune-fast.docx.part", "utkast.part", ".skjult.docx"]
    for name in strangers:
        (out / name).write_bytes(b"brukerens fil")
    results = generate.generate_batch([inputs], out, jobs=1, force=force)
    assert all(r.ok for r in results)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{e.stem}.docx" for e in EXAMPLES] + ["annen.docx"] + strangers)
    assert (out / "annen.docx").read_bytes() == b"en ferdig fil fra tidligere"
    assert all((out / name).read_bytes() == b"brukerens fil" for name in strangers)
