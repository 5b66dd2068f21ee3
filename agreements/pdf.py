"""Converting a .docx to a reproducible PDF/A-2: LibreOffice (soffice, headless), then pikepdf for the dates."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

from . import wordxml
from .problems import PdfFailed, error

TIMEOUT_SECONDS = 180
# LibreOffice's PDF export (writer_pdf_Export): PDF/A-2b, the archival format of Noark 5, which
# embeds every font and carries the title and language; tagged, so the text has structure.
PDF_EXPORT = {"SelectPdfVersion": {"type": "long", "value": "2"}, "UseTaggedPDF": {"type": "boolean", "value": "true"}}
# Fonts a template may name that are not free, and the metric-compatible free font installed in
# their place (Debian: fonts-crosextra-carlito): same widths, so lines and pages break as in Word.
FONT_SUBSTITUTES = {"Calibri": "Carlito"}


def soffice() -> str | None:
    """Path of the LibreOffice command, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def require_soffice() -> str:
    exe = soffice()
    if exe is None:
        raise PdfFailed(error("pdf_no_libreoffice"))
    return exe


def to_pdf(docx_bytes: bytes, stem: str = "document") -> bytes:
    """Convert .docx bytes to PDF/A-2 bytes in a private temporary folder and profile, with the
    fonts of ``FONT_SUBSTITUTES`` replaced by their free twins."""
    exe = require_soffice()
    with tempfile.TemporaryDirectory(prefix="agreements-pdf-") as tmp:
        work = Path(tmp)
        source = work / f"{stem}.docx"
        source.write_bytes(wordxml.with_fonts(docx_bytes, FONT_SUBSTITUTES))
        profile = (work / "profile").as_uri()
        export = "pdf:writer_pdf_Export:" + json.dumps(PDF_EXPORT, separators=(",", ":"))
        cmd = [exe, f"-env:UserInstallation={profile}", "--headless", "--norestore",
               "--convert-to", export, "--outdir", str(work / "out"), str(source)]
        try:  # in UTC: nothing of the machine's time zone may reach the file
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT_SECONDS,
                                  stdin=subprocess.DEVNULL, check=False, env={**os.environ, "TZ": "UTC"})
        except subprocess.TimeoutExpired:
            raise PdfFailed(error("pdf_failed", detail=f"timeout after {TIMEOUT_SECONDS} s")) from None
        except OSError as exc:
            raise PdfFailed(error("pdf_failed", detail=exc.strerror or str(exc))) from None
        result = work / "out" / f"{stem}.pdf"
        if done.returncode != 0 or not result.is_file():
            detail = (done.stderr or done.stdout or f"exit code {done.returncode}").strip()
            raise PdfFailed(error("pdf_failed", detail=detail.splitlines()[-1][:300] if detail else "?"))
        return settle(result.read_bytes(), *dates(docx_bytes))


def dates(docx_bytes: bytes) -> tuple[dt.datetime | None, dt.datetime | None]:
    """When a .docx says it was created and last modified: its core properties, which render sets
    from the input (the council decision, the meeting), in UTC; None where it says nothing."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.package import OpcPackage

    try:
        package = OpcPackage.open(io.BytesIO(docx_bytes))
        core = package.part_related_by(RELATIONSHIP_TYPE.CORE_PROPERTIES).core_properties
    except KeyError:  # no core properties part
        return None, None
    return _utc(core.created), _utc(core.modified)


def _utc(when: dt.datetime | None) -> dt.datetime | None:
    if when is None:
        return None
    return (when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)).astimezone(dt.timezone.utc)


def settle(pdf_bytes: bytes, created: dt.datetime | None, modified: dt.datetime | None) -> bytes:
    """The PDF with the given dates instead of the conversion's clock (in the document information
    and, if it has one, the XMP metadata, where PDF/A wants the same dates; a date not given is
    left out; and in the colour profile of the PDF/A output intent, see ``icc_dated``), with no
    trailer entries of the converter's (LibreOffice's /DocChecksum) and a file /ID computed from
    the content: the same document always gives the same bytes."""
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
            for key, when in (("/CreationDate", created), ("/ModDate", modified)):
                if when is not None:
                    pdf.docinfo[key] = when.strftime("D:%Y%m%d%H%M%SZ")
                elif key in pdf.docinfo:
                    del pdf.docinfo[key]
            if "/Metadata" in pdf.Root:
                with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
                    for key, when in (("xmp:CreateDate", created), ("xmp:ModifyDate", modified),
                                      ("xmp:MetadataDate", modified)):
                        if when is not None:
                            xmp[key] = when.strftime("%Y-%m-%dT%H:%M:%SZ")
                        elif key in xmp:
                            del xmp[key]
            for intent in pdf.Root.get("/OutputIntents", []):
                if "/DestOutputProfile" in intent:
                    profile = intent.DestOutputProfile
                    profile.write(icc_dated(profile.read_bytes(), created))
            for key in list(pdf.trailer.keys()):
                if key not in ("/Root", "/Info", "/Size"):
                    del pdf.trailer[key]
            out = io.BytesIO()
            pdf.save(out, deterministic_id=True)
    except (pikepdf.PdfError, ValueError) as exc:
        raise PdfFailed(error("pdf_failed", detail=f"{type(exc).__name__}: {exc}"[:300])) from None
    return out.getvalue()


ICC_EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)


def icc_dated(profile: bytes, when: dt.datetime | None) -> bytes:
    """An ICC colour profile with ``when`` (else 1 January 2000) as its creation time instead of the
    clock LibreOffice's colour library stamps it with (header bytes 24-35), and its profile ID (an
    MD5 of the profile, version 4) computed again when it has one. Anything that is not an ICC
    profile is left as it is."""
    if len(profile) < 128 or profile[36:40] != b"acsp":
        return profile
    when = when or ICC_EPOCH
    stamp = struct.pack(">6H", when.year, when.month, when.day, when.hour, when.minute, when.second)
    profile = profile[:24] + stamp + profile[36:]
    if any(profile[84:100]):
        hashed = profile[:44] + bytes(4) + profile[48:64] + bytes(4) + profile[68:84] + bytes(16) + profile[100:]
        profile = profile[:84] + hashlib.md5(hashed, usedforsecurity=False).digest() + profile[100:]
    return profile
