"""Atomic writing: all files or none, never over an existing file without force; stale temporary files."""

from __future__ import annotations

import os

import pytest

from agreements import output
from agreements.problems import OutputRefused


def test_all_or_nothing_when_a_later_file_is_refused(tmp_path):
    (tmp_path / "b.pdf").write_bytes(b"old")
    with pytest.raises(OutputRefused):
        output.write_all({tmp_path / "a.docx": b"new", tmp_path / "b.pdf": b"new"}, force=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.pdf"]
    assert (tmp_path / "b.pdf").read_bytes() == b"old"


def test_force_replaces(tmp_path):
    target = tmp_path / "a.docx"
    target.write_bytes(b"old")
    output.write_all({target: b"new"}, force=True)
    assert target.read_bytes() == b"new" and [p.name for p in tmp_path.iterdir()] == ["a.docx"]


def test_file_appearing_meanwhile_is_not_overwritten(tmp_path, monkeypatch):
    target = tmp_path / "a.docx"
    real_check = output.check_target

    def racing_check(path, force):
        real_check(path, force)
        path.write_bytes(b"someone else's")  # appears between the check and the link
    monkeypatch.setattr(output, "check_target", racing_check)
    with pytest.raises(OutputRefused):
        output.write_all({target: b"ours"}, force=False)
    assert target.read_bytes() == b"someone else's" and len(list(tmp_path.iterdir())) == 1


@pytest.mark.parametrize("force", [False, True])
def test_a_cleanup_meanwhile_leaves_a_write_in_progress_alone(tmp_path, monkeypatch, force):
    """Another batch into the same folder removes abandoned temporary files, not living ones."""
    target, seen = tmp_path / "a.docx", []
    place = output.os.replace if force else output.os.link

    def cleanup_first(tmp, path):
        seen.append(sorted(p.name for p in tmp_path.iterdir()))
        assert output.remove_stale(tmp_path) == 0
        place(tmp, path)
    monkeypatch.setattr(output.os, "replace" if force else "link", cleanup_first)
    output.write_all({target: b"ours"}, force=force)
    assert target.read_bytes() == b"ours" and [p.name for p in tmp_path.iterdir()] == ["a.docx"]
    assert len(seen) == 1 and output.TEMP_NAME.fullmatch(seen[0][0])


def test_a_temporary_file_swept_away_before_it_is_locked_is_made_again(tmp_path, monkeypatch):
    real, made = output.tempfile.mkstemp, []

    def swept_once(**kwargs):
        fd, tmp = real(**kwargs)
        made.append(tmp)
        if len(made) == 1:
            os.unlink(tmp)  # a cleanup in another process got there first
        return fd, tmp
    monkeypatch.setattr(output.tempfile, "mkstemp", swept_once)
    output.write_all({tmp_path / "a.docx": b"ours"}, force=False)
    assert len(made) == 2 and [p.name for p in tmp_path.iterdir()] == ["a.docx"]
