"""A check report as readable text (nb/en) or as JSON-ready data; the labels come from the message table."""

from __future__ import annotations

from .catalogue import rules
from .checker import Report
from .messages import text as msg

LEVELS = ("law", "law_if", "ks", "practice")


def _substance(names: list[str], lang: str) -> str:
    labels = rules().substance_labels  # shared by every catalogue
    return ", ".join(labels[n].get(lang, labels[n]["nb"]) for n in names)


def as_data(report: Report, lang: str = "nb", strict: bool = False) -> dict:
    """The machine-readable report (schema in README)."""
    return {
        "file": report.file,
        "language_form": report.form,
        "kind": report.kind,
        "passed": report.passed(strict),
        "strict": strict or report.strict_always,
        "summary": {s: sum(1 for c in report.clauses if c.status == s)
                    for s in ("present", "incomplete", "missing", "not_applicable")},
        "clauses": [
            {
                "id": c.id,
                "title": c.clause.title.get(lang, c.clause.title["nb"]),
                "status": c.status,
                "level": c.level,
                "legal_basis": rules(report.kind).legal_basis(c.clause, lang),
                "applicable": c.applicable,
                "fails": c.fails(strict),
                "missing_substance": list(c.missing),
                "notes": list(c.notes),
                "evidence": [e.as_dict() for e in c.evidence],
            }
            for c in report.clauses
        ],
        "findings": [
            {"code": f.code, "severity": f.severity, "message": msg(f.code, lang, **f.params),
             "evidence": [e.as_dict() for e in f.evidence]}
            for f in report.findings
        ],
    }


def _evidence_lines(evidence, lang: str, most: int = 2) -> list[str]:
    lines = []
    shown = [e for e in evidence if e.snippet != e.heading] or list(evidence[:1])
    for e in shown[:most]:
        heading = msg("evidence_heading", lang, heading=e.heading) if e.heading and e.heading != e.snippet else ""
        lines.append(msg("evidence_line", lang, location=e.location, heading=heading, snippet=e.snippet))
    return lines


def as_text(report: Report, lang: str = "nb", strict: bool = False) -> str:
    """The readable report: result first, then clauses grouped by level, then findings."""
    out = [msg("report_title", lang, file=report.file),
           msg("report_form", lang, form=msg(f"form_{report.form}", lang))]
    errors = sum(1 for f in report.findings if f.severity == "error")
    if report.passed(strict):
        key = "report_passed_minutes" if report.kind == "minutes" else (
            "report_passed_strict" if strict else "report_passed")
        out.append(msg(key, lang))
    else:
        out.append(msg("report_failed", lang, count=len(report.failing(strict)), errors=errors))
    for level in LEVELS:
        results = [c for c in report.clauses if c.level == level]
        if not results:
            continue
        out += ["", msg(f"level_{level}", lang)]
        for c in results:
            out.append(msg("clause_line", lang, status=msg(f"status_{c.status}", lang),
                           title=c.clause.title.get(lang, c.clause.title["nb"]),
                           legal_basis=rules(report.kind).legal_basis(c.clause, lang)))
            if c.status == "not_applicable":
                out.append(msg("clause_condition", lang,
                               condition=c.clause.condition.get(lang, c.clause.condition.get("nb", ""))))
                continue
            if c.missing and c.status != "present":
                out.append(msg("clause_lacks", lang, items=_substance(c.missing, lang)))
            out += [msg(f"note_{n}", lang) for n in c.notes]
            if c.status != "missing":
                out += _evidence_lines(c.evidence, lang, most=1 if c.status == "present" else 2)
    if report.findings:
        out += ["", msg("findings_title", lang)]
        for f in report.findings:
            out.append(f"  {msg(f'finding_{f.severity}', lang)} {msg(f.code, lang, **f.params)}")
            out += _evidence_lines(list(f.evidence), lang, most=5)
    return "\n".join(out) + "\n"
