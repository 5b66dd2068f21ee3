"""Converting a .docx to PDF with LibreOffice (soffice) in headless mode."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from .problems import PdfFailed, error

TIMEOUT_SECONDS = 180


def soffice() -> str | None:
    """Path of the LibreOffice command, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def require_soffice() -> str:
    exe = soffice()
    if exe is None:
        raise PdfFailed(error("pdf_no_libreoffice"))
    return exe


def to_pdf(docx_bytes: bytes, stem: str = "document") -> bytes:
    """Convert .docx bytes to PDF bytes in a private temporary folder and profile."""
    exe = require_soffice()
    with tempfile.TemporaryDirectory(prefix="agreements-pdf-") as tmp:
        work = Path(tmp)
        source = work / f"{stem}.docx"
        source.write_bytes(docx_bytes)
        profile = (work / "profile").as_uri()
        cmd = [exe, f"-env:UserInstallation={profile}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(work / "out"), str(source)]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT_SECONDS,
                                  stdin=subprocess.DEVNULL, check=False)
        except subprocess.TimeoutExpired:
            raise PdfFailed(error("pdf_failed", detail=f"timeout after {TIMEOUT_SECONDS} s")) from None
        except OSError as exc:
            raise PdfFailed(error("pdf_failed", detail=exc.strerror or str(exc))) from None
        result = work / "out" / f"{stem}.pdf"
        if done.returncode != 0 or not result.is_file():
            detail = (done.stderr or done.stdout or f"exit code {done.returncode}").strip()
            raise PdfFailed(error("pdf_failed", detail=detail.splitlines()[-1][:300] if detail else "?"))
        return result.read_bytes()
