"""Writing result files atomically: all or nothing, and never over an existing file unless forced."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .problems import OutputRefused, error


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
    try:
        for path, data in files.items():
            check_target(path, force)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
            staged.append((path, tmp))
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o644)
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


def _undo(placed: list[Path], staged: list[tuple[Path, str]], force: bool) -> None:
    if not force:  # only files this call created are removed; forced replacements stay
        for path in placed:
            path.unlink(missing_ok=True)
    for _, tmp in staged:
        Path(tmp).unlink(missing_ok=True)
