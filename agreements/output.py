"""Writing result files atomically: all or nothing, and never over an existing file unless forced."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from .problems import OutputRefused, error

try:
    import fcntl
except ImportError:  # Windows: a file another process holds open cannot be deleted there anyway
    fcntl = None

# A temporary file is named after its target, hidden, with a mark no other program uses:
# ".avtale.docx.~agreements-k3x9_q2a.part". Only names of this form are ever removed as ours.
TEMP_MARK = "~agreements-"
TEMP_NAME = re.compile(r"\A\..+\." + re.escape(TEMP_MARK) + r"[a-z0-9_]{8}\.part\Z")  # anchored: tried once


def check_target(path: Path, force: bool) -> None:
    """Refuse early, before any work, when ``path`` cannot or must not be written."""
    if not path.parent.is_dir():
        raise OutputRefused(error("output_dir_missing", dir=str(path.parent)))
    if path.is_dir():
        raise OutputRefused(error("output_write_failed", file=str(path), detail="is a directory"))
    if path.exists() and not force:
        raise OutputRefused(error("output_exists", file=str(path)))


def make_folder(folder: Path) -> None:
    """Create ``folder`` (with its parents) unless it exists; refuse, naming it, when it cannot be."""
    blocking = next((p for p in (folder, *folder.parents) if p.exists() or p.is_symlink()), None)
    if blocking is not None and not blocking.is_dir():
        raise OutputRefused(error("output_not_folder", dir=str(blocking)))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputRefused(error("output_dir_failed", dir=str(folder), detail=exc.strerror or str(exc))) from None


def write_all(files: dict[Path, bytes], force: bool) -> None:
    """Write every file or none: each goes to a temporary file in its folder first.

    Without ``force`` a file is linked into place only if the name is still free (no race can
    overwrite a file that appeared meanwhile); with ``force`` it atomically replaces the old one.
    If any step fails, the files already placed by this call are removed again.
    """
    staged: list[tuple[Path, str]] = []
    placed: list[Path] = []
    held: list[int] = []  # each temporary file stays open and locked until it is placed
    try:
        for path, data in files.items():
            check_target(path, force)
            fd, tmp = _stage(path)
            held.append(fd)
            staged.append((path, tmp))
            with os.fdopen(fd, "wb", closefd=False) as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o644)
            if fcntl is None:  # Windows cannot move a file that is open
                os.close(held.pop())
        for path, tmp in staged:
            if force:
                os.replace(tmp, path)
            else:
                try:
                    os.link(tmp, path)
                except FileExistsError:
                    raise OutputRefused(error("output_exists", file=str(path))) from None
                os.unlink(tmp)
            placed.append(path)
    except OutputRefused:
        _undo(placed, staged, force)
        raise
    except OSError as exc:
        _undo(placed, staged, force)
        raise OutputRefused(error("output_write_failed", file=str(exc.filename or "?"),
                                  detail=exc.strerror or str(exc))) from None
    finally:
        for fd in held:
            os.close(fd)


def _stage(path: Path) -> tuple[int, str]:
    """A new temporary file for ``path`` in its folder, open and locked: while this process lives
    no cleanup (``remove_stale``) takes it away."""
    while True:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{TEMP_MARK}", suffix=".part", dir=path.parent)
        try:
            if _locked(fd, tmp):
                return fd, tmp
        except BaseException:
            os.close(fd)
            Path(tmp).unlink(missing_ok=True)
            raise
        os.close(fd)  # a cleanup took it between its creation and the lock: take a new name


def _locked(fd: int, tmp: str) -> bool:
    """Lock a new temporary file; False if a cleanup removed it before the lock was taken."""
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
    except OSError:  # a file system without locks: no cleanup can tell it is alive, none removes it
        return True
    try:
        return os.path.samestat(os.fstat(fd), os.lstat(tmp))
    except FileNotFoundError:
        return False


def remove_stale(folder: Path) -> int:
    """Remove the temporary files that interrupted earlier writes left in ``folder``; returns how
    many. Only regular files named as ``_stage`` names them are touched, and only those no living
    process holds (a writer keeps its temporary file locked until it is in place). Anything that
    cannot be read or removed is left alone."""
    try:
        entries = [e for e in os.scandir(folder) if TEMP_NAME.fullmatch(e.name)]
    except OSError:
        return 0
    removed = 0
    for entry in entries:
        try:
            if entry.is_file(follow_symlinks=False) and _remove_if_abandoned(entry.path):
                removed += 1
        except OSError:
            continue
    return removed


def _remove_if_abandoned(path: str) -> bool:
    if fcntl is None:
        os.unlink(path)  # fails while the writer still has it open
        return True
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # held by a living writer, or no locks here to tell: leave it
            return False
        if not os.path.samestat(os.fstat(fd), os.lstat(path)):
            return False  # placed or replaced meanwhile: the name is not this file any more
        os.unlink(path)
        return True
    finally:
        os.close(fd)


def _undo(placed: list[Path], staged: list[tuple[Path, str]], force: bool) -> None:
    if not force:  # only files this call created are removed; forced replacements stay
        for path in placed:
            path.unlink(missing_ok=True)
    for _, tmp in staged:
        Path(tmp).unlink(missing_ok=True)
