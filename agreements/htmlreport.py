"""The check report as one self-contained HTML file: the web report page's own template and CSS, inline."""

from __future__ import annotations

from importlib import resources

from . import messages, report
from .checker import Report
from .problems import AgreementsError


def page(outcomes: list[tuple[str, Report | AgreementsError]], lang: str = "nb", strict: bool = False,
         kind: str = "agreement") -> str:
    """One HTML document with the report on each file (or the error that stopped it), in ``lang``:
    the sections of the web report page (``report_entries.html``), the site's style sheet inline,
    nothing loaded from elsewhere."""
    from .web.pages import environment

    def t(code: str, **params) -> str:
        return messages.text(code, lang, **params)

    def problem(p) -> str:
        return messages.text(p.code, lang, **p.params)

    entries = [{"name": name, "error": o if isinstance(o, AgreementsError) else None,
                "view": None if isinstance(o, AgreementsError) else report.as_view(o, lang, strict),
                "kind": kind, "json": None, "json_name": None} for name, o in outcomes]
    css = (resources.files("agreements.web") / "static" / "style.css").read_text(encoding="utf-8")
    return environment().get_template("report_file.html").render(
        lang=lang, t=t, problem=problem, entries=entries, strict=strict, kind=kind, all_json=None, css=css)
