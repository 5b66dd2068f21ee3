"""LibreOffice for the tests of annotated copies: many .docx to PDF in one run (comments exported),
accepting or rejecting every tracked change through a Basic macro, and a PDF page as a picture."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import tempfile
from pathlib import Path

from conftest import soffice_or_skip

# writer_pdf_Export: comments as PDF notes, and in the margin where LibreOffice can (7.6 and later)
PDF_WITH_COMMENTS = {"ExportNotes": {"type": "boolean", "value": "true"},
                     "ExportNotesInMargin": {"type": "boolean", "value": "true"}}

# Load hidden, dispatch .uno:AcceptAllTrackedChanges (or Reject…), save as Word.
MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Review(source As String, target As String, command As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(source), &quot;_blank&quot;, 0, load())
  helper = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
  helper.executeDispatch(doc.getCurrentController().getFrame(), &quot;.uno:&quot; &amp; command, &quot;&quot;, 0, Array())
  Dim save(0) As New com.sun.star.beans.PropertyValue
  save(0).Name = &quot;FilterName&quot;
  save(0).Value = &quot;MS Word 2007 XML&quot;
  doc.storeToURL(ConvertToURL(target), save())
  doc.close(True)
End Sub
</script:module>
"""


def _env() -> dict:
    return {**os.environ, "TZ": "UTC"}


def libreoffice_pdfs(paths: list[Path], outdir: Path) -> dict[str, bytes]:
    """Each .docx of ``paths`` as PDF with its comments, converted in one LibreOffice run: stem → bytes."""
    exe = soffice_or_skip()
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="agreements-lo-") as profile:
        export = "pdf:writer_pdf_Export:" + json.dumps(PDF_WITH_COMMENTS, separators=(",", ":"))
        subprocess.run([exe, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
                        "--convert-to", export, "--outdir", str(outdir), *map(str, paths)],
                       capture_output=True, timeout=900, check=True, env=_env(), stdin=subprocess.DEVNULL)
    return {p.stem: (outdir / f"{p.stem}.pdf").read_bytes() for p in paths}


@functools.cache
def _macro_profile() -> Path:
    """A LibreOffice profile (made once per test run) whose Standard library holds ``MACRO``."""
    exe = soffice_or_skip()
    profile = Path(tempfile.mkdtemp(prefix="agreements-lo-macro-"))
    subprocess.run([exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                    "--terminate_after_init"], capture_output=True, timeout=300, env=_env(), stdin=subprocess.DEVNULL)
    module = profile / "user" / "basic" / "Standard" / "Module1.xba"
    module.parent.mkdir(parents=True, exist_ok=True)
    module.write_text(MACRO, encoding="utf-8")
    return profile


def libreoffice_review(source: Path, target: Path, accept: bool) -> bytes:
    """``source`` with every tracked change accepted (or rejected) by LibreOffice, saved as .docx.
    LibreOffice 7.4 may abort after saving when the macro ends (headless, a hidden window): the
    saved file is what counts."""
    exe = soffice_or_skip()
    command = "AcceptAllTrackedChanges" if accept else "RejectAllTrackedChanges"
    url = f'macro:///Standard.Module1.Review("{source}","{target}","{command}")'
    subprocess.run([exe, f"-env:UserInstallation={_macro_profile().as_uri()}", "--headless", "--norestore", url],
                   capture_output=True, timeout=300, env=_env(), stdin=subprocess.DEVNULL)
    assert target.is_file(), f"LibreOffice did not save {target.name}"
    return target.read_bytes()


def page_with_notes(pdf: bytes, out: Path, page: int = 0) -> None:
    """A PNG of one PDF page, and beside it, at the height of each note, the note's text (a PDF
    viewer shows them on a click; a picture must show them)."""
    import io

    import pikepdf
    import pypdfium2
    from PIL import Image, ImageDraw, ImageFont

    scale, margin = 1.5, 420
    rendered = pypdfium2.PdfDocument(pdf)[page].render(scale=scale).to_pil()
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        height = float(doc.pages[page].mediabox[3])
        notes = [(float(a.Rect[1]), float(a.Rect[2]), str(a.get("/Contents", "")))
                 for a in doc.pages[page].get("/Annots", []) if a.get("/Subtype") == "/Text"]
    canvas = Image.new("RGB", (rendered.width + margin, rendered.height), "white")
    canvas.paste(rendered, (0, 0))
    draw = ImageDraw.Draw(canvas)
    font_file = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    font = ImageFont.truetype(str(font_file), 13) if font_file.is_file() else ImageFont.load_default()
    top = 10
    for y, x, text in sorted(notes, key=lambda n: -n[0]):
        anchor_y = int((height - y) * scale)
        lines = []
        for paragraph in text.splitlines():
            words, line = paragraph.split(), ""
            for word in words:
                if draw.textlength(f"{line} {word}".strip(), font=font) > margin - 40:
                    lines.append(line)
                    line = word
                else:
                    line = f"{line} {word}".strip()
            lines.append(line)
        box_top = max(top, anchor_y - 10)
        box = (rendered.width + 10, box_top, rendered.width + margin - 10, box_top + 18 * len(lines) + 10)
        draw.rectangle(box, fill=(255, 249, 196), outline=(180, 150, 0))
        draw.line([(int(x * scale), anchor_y), (box[0], box_top + 10)], fill=(180, 150, 0), width=1)
        for i, line in enumerate(lines):
            draw.text((box[0] + 6, box_top + 5 + 18 * i), line, fill="black", font=font)
        top = box[3] + 6
    out.parent.mkdir(parents=True, exist_ok=True)
    canvas.save(out)
