"""Refresh the text dumps of the Word templates: templates/NAME.txt from templates/NAME.docx.

The .docx files are the source of the agreement's and the minutes' wording and are edited in Word
or LibreOffice. Each has a committed dump (``agreements.wordxml.outline``: every paragraph in
order with its style, template tags included); tests/test_templates.py fails while a template and
its dump differ. After editing a template run this, and review the diff of the .txt files.

    python tools/dump_templates.py           # rewrite the dumps that differ
    python tools/dump_templates.py --check   # only say which differ (exit 1 if any)

It reads the templates and never writes them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from agreements import wordxml  # noqa: E402


def dump_path(template: Path) -> Path:
    return template.with_suffix(".txt")


def stale(folder: Path) -> list[tuple[Path, str]]:
    """(dump file, the text it should have) for every template in ``folder`` whose dump differs."""
    out = []
    for template in sorted(folder.glob("*.docx")):
        text = wordxml.outline(template.read_bytes(), template.name)
        dump = dump_path(template)
        if not dump.is_file() or dump.read_text(encoding="utf-8") != text:
            out.append((dump, text))
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report dumps that differ; exit 1 if any")
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "templates",
                        help="folder with the templates (default: templates/)")
    args = parser.parse_args(argv)
    differing = stale(args.folder)
    for dump, text in differing:
        if args.check:
            print(f"differs: {dump}")
        else:
            dump.write_text(text, encoding="utf-8")
            print(f"wrote {dump}")
    return 1 if args.check and differing else 0


if __name__ == "__main__":
    sys.exit(main())
