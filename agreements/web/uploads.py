"""Reading a form post with files: the request's limits as problems, each upload as its name and bytes."""

from __future__ import annotations

from dataclasses import dataclass

from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request

from ..problems import AgreementsError, ExitCode, error
from .limits import LIMITS

NAME_CHARS = 200  # of an upload's name, as shown in messages and reports


@dataclass(frozen=True)
class Upload:
    name: str
    data: bytes


def file_name(given: str | None, default: str) -> str:
    """The name a browser gave an upload, without a folder (some send the whole path) or control
    characters, at most NAME_CHARS long; ``default`` when it gave none."""
    name = (given or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip()
    return name[:NAME_CHARS] or default


async def read_form(request: Request, max_files: int):
    """The form of a post (in memory, within the limits); more than ``max_files`` files is refused
    with its own problem (413), as the request limit is."""
    try:
        return await request.form(max_files=max_files, max_fields=LIMITS["form_fields"],
                                  max_part_size=LIMITS["field_bytes"])
    except HTTPException as exc:
        # Starlette stops at the first file over max_files and says so only in words
        if exc.status_code == 400 and str(exc.detail).startswith("Too many files"):
            raise AgreementsError(error("web_too_many_files", limit=max_files), ExitCode.TOO_LARGE) from None
        raise


async def uploads(form, field: str, default: str) -> list[Upload]:
    """The files sent as ``field``, in order. A file input left empty (no name, no bytes) sends
    none; a text field of that name counts as a file (``curl -F 'input=<file.yaml'``)."""
    out = []
    for item in form.getlist(field):
        if isinstance(item, UploadFile):
            data = await item.read()
            if item.filename or data:
                out.append(Upload(file_name(item.filename, default), data))
        elif item:
            out.append(Upload(default, item.encode("utf-8")))
    return out
