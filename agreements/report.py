"""A check report as readable text (nb/nn/en) or as JSON-ready data; the labels come from the message table."""

from __future__ import annotations

import re

from .catalogue import rules
from .checker import STATUSES, Report
from .messages import text as msg

LEVELS = ("law", "law_if", "ks", "practice")
# the summary counts law and law_if together, as «lovpålagt»
SUMMARY_LEVELS = {"law": ("law", "law_if"), "ks": ("ks",), "practice": ("practice",)}


def substance_names(clause, names: list[str], lang: str) -> str:
    """The clause's substance groups ``names`` as the report names them in ``lang``."""
    return ", ".join(clause.substance_label(n, lang) for n in names)


def _why(clause, name: str, lang: str) -> str:
    return next(g.detail[lang] for g in clause.details if g.name == name)


def finding_message(finding, lang: str) -> str:
    """A finding's message: its own entry, or ``check_<code>`` where the code is also a
    validator's (the same limit, said of a draft rather than an input)."""
    from .messages import table

    code = f"check_{finding.code}" if f"check_{finding.code}" in table() else finding.code
    return msg(code, lang, **finding.params)


def _value_text(value, lang: str) -> str:
    """A value as the text report shows it: amounts in groups, periods with their unit."""
    from .formatting import NBSP, kroner

    v = value.value
    if isinstance(v, bool):
        return msg("value_yes" if v else "value_no", lang)
    if isinstance(v, list):
        return "; ".join(f"{d}: {kroner(a, lang).replace(NBSP, ' ')}" for d, a in v)
    if value.unit == "NOK":
        return kroner(v, lang).replace(NBSP, " ")
    if value.unit in ("months", "weeks", "years"):
        return f"{v} {msg(f'unit_{value.unit}', lang)}"
    if value.unit == "percent":
        return f"{v} %"
    if hasattr(v, "isoformat"):
        from .formatting import long_date
        return long_date(v, lang).replace(NBSP, " ")
    return str(v)


def _counts(report: Report, levels) -> dict[str, int]:
    return {s: sum(1 for c in report.clauses if c.status == s and c.level in levels) for s in STATUSES}


def as_data(report: Report, lang: str = "nb", strict: bool = False) -> dict:
    """The machine-readable report (schema in README)."""
    return {
        "file": report.file,
        "language_form": report.form,
        "kind": report.kind,
        "passed": report.passed(strict),
        "strict": strict or report.strict_always,
        "deciding_levels": list(report.deciding_levels(strict)),
        "summary": _counts(report, LEVELS),
        "summary_by_level": {level: _counts(report, (level,)) for level in LEVELS
                             if any(c.level == level for c in report.clauses)},
        "clauses": [
            {
                "id": c.id,
                "title": c.clause.title.get(lang, c.clause.title["nb"]),
                "status": c.status,
                "level": c.level,
                "legal_basis": rules(report.kind).legal_basis(c.clause, lang),
                "applicable": c.applicable,
                "fails": c.fails(strict or report.strict_always),
                "missing_substance": list(c.missing),
                "recommended_missing": [{"substance": n, "label": c.clause.substance_label(n, lang),
                                         "why": _why(c.clause, n, lang)} for n in c.details_missing],
                "notes": list(c.notes),
                "evidence": [e.as_dict() for e in c.evidence],
            }
            for c in report.clauses
        ],
        "values": {name: value.as_dict() if value else None for name, value in report.values.items()},
        "findings": [
            {"code": f.code, "severity": f.severity, "message": finding_message(f, lang),
             "evidence": [e.as_dict() for e in f.evidence]}
            for f in report.findings
        ],
    }


_NUMBER_WORD = re.compile(r"^(?:punkt|pkt\.?|kapittel|kap\.?|artikkel)\s*", re.I)


def where(e, lang: str, tables: int = 0) -> str:
    """Where evidence stands, as the document reads: «punkt 10 «Lønn»», «§ 4 «Lønn»», «tabellen,
    raden «Lønn»», «avsnitt 12»; in a page header, a footer or a note, that part."""
    if e.part in ("header", "footer", "footnote", "endnote"):
        return msg(f"where_{e.part}", lang)
    pieces = []
    if e.section_number and e.section_title:
        number = _NUMBER_WORD.sub("", e.section_number).rstrip(".)") or e.section_number
        sign = number.startswith("§")
        pieces.append(msg("where_sign" if sign else "where_numbered", lang,
                          number="§ " + number[1:].strip() if sign else number, title=e.section_title))
    cells = e.position.cells if e.position is not None else ()
    if cells:
        table, row, column = cells[-1]
        if e.row_label:
            pieces.append(msg("where_the_table_row" if tables == 1 and len(cells) == 1 else "where_table_row", lang,
                              table=table, label=e.row_label))
        else:
            pieces.append(msg("where_cell", lang, table=table, row=row, column=column))
    elif e.part == "textbox":
        pieces.append(msg("where_textbox", lang))
    elif not pieces and e.position is not None:
        pieces.append(msg("where_paragraph", lang, number=e.position.paragraph + 1))
    return ", ".join(pieces)


def _said(e) -> set[str]:
    """What ``where`` already names of a piece of evidence: its numbered heading (with or without
    the number), its row."""
    said = {e.row_label} - {""}
    if e.section_number and e.section_title:
        said |= {e.section_title, f"{e.section_number} {e.section_title}"}
    return said


def _evidence_lines(evidence, lang: str, most: int = 2, context: bool = True, tables: int = 0) -> list[str]:
    """Evidence quoted, at most ``most``; with ``context`` a clause's heading or label is left out
    when a passage under it is quoted (it shows as «under …»)."""
    lines = []
    shown = ([e for e in evidence if e.snippet != e.heading] if context else []) or list(evidence[:most])
    for e in shown[:most]:
        heading = msg("evidence_heading", lang, heading=e.heading) \
            if e.heading and e.heading != e.snippet and e.heading not in _said(e) else ""
        lines.append(msg("evidence_line", lang, location=where(e, lang, tables), heading=heading, snippet=e.snippet))
    return lines


def _summary(report: Report, lang: str, strict: bool) -> list[str]:
    """The result, what decides it, and the statuses counted per level."""
    errors = sum(1 for f in report.findings if f.severity == "error")
    out = [msg("report_passed", lang) if report.passed(strict) else
           msg("report_failed", lang, count=len(report.failing(strict)), errors=errors)]
    out.append(msg("report_decided_by_minutes" if report.kind == "minutes" else
                   "report_decided_by_strict" if strict else "report_decided_by", lang))
    for level, levels in SUMMARY_LEVELS.items():
        counts = _counts(report, levels)
        if any(counts.values()):
            out.append(msg("report_level_counts", lang, level=msg(f"level_{level}", lang), counts=", ".join(
                msg("report_status_count", lang, count=n, status=msg(f"status_{s}", lang))
                for s, n in counts.items() if n)))
    return out


def as_text(report: Report, lang: str = "nb", strict: bool = False) -> str:
    """The readable report: result first, then clauses grouped by level, then findings."""
    out = [msg("report_title", lang, file=report.file),
           msg("report_form", lang, form=msg(f"form_{report.form}", lang))]
    out += _summary(report, lang, strict)
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
                out.append(msg("clause_not_applicable", lang, reason=c.clause.not_applicable[lang]))
                continue
            if c.missing and c.status != "present":
                out.append(msg("clause_lacks", lang, items=substance_names(c.clause, c.missing, lang)))
            if c.details_missing:
                out.append(msg("clause_recommended", lang, items="; ".join(
                    f"{c.clause.substance_label(n, lang)} ({_why(c.clause, n, lang)})" for n in c.details_missing)))
            out += [msg(f"note_{n}", lang) for n in c.notes]
            if c.status != "missing":
                out += _evidence_lines(c.evidence, lang, most=1 if c.status == "present" else 2,
                                       tables=report.tables)
    found = {name: value for name, value in report.values.items() if value is not None}
    if found:
        out += ["", msg("values_title", lang)]
        for name, value in found.items():
            out.append(msg("value_line", lang, name=msg(f"value_{name}", lang), value=_value_text(value, lang),
                           location=where(value.evidence, lang, report.tables)))
    if report.findings:
        out += ["", msg("findings_title", lang)]
        for f in report.findings:
            out.append(f"  {msg(f'finding_{f.severity}', lang)} {finding_message(f, lang)}")
            out += _evidence_lines(list(f.evidence), lang, most=5, context=False, tables=report.tables)
    return "\n".join(out) + "\n"


def as_view(report: Report, lang: str = "nb", strict: bool = False) -> dict:
    """The report as the web page shows it: the same words as ``as_text`` (result, counts per
    level, clauses grouped by level with status, legal basis, what is missing, the recommended
    detail, notes and every piece of evidence; the values read; the findings), as parts of a page."""
    strict = strict or report.strict_always
    kind_rules = rules(report.kind)

    def evidence(items, context: bool = False) -> list[str]:
        return [line.strip() for line in _evidence_lines(list(items), lang, most=len(items), context=context,
                                                         tables=report.tables)]

    def clause(c) -> dict:
        applicable = c.status != "not_applicable"
        return {
            "id": c.id, "status": c.status, "status_text": msg(f"status_{c.status}", lang), "fails": c.fails(strict),
            "title": c.clause.title.get(lang, c.clause.title["nb"]),
            "legal_basis": kind_rules.legal_basis(c.clause, lang),
            "not_applicable": None if applicable else c.clause.not_applicable[lang],
            "lacks": msg("clause_lacks", lang, items=substance_names(c.clause, c.missing, lang)).strip()
            if applicable and c.missing and c.status != "present" else None,
            "recommended": msg("clause_recommended", lang, items="; ".join(
                f"{c.clause.substance_label(n, lang)} ({_why(c.clause, n, lang)})" for n in c.details_missing)).strip()
            if c.details_missing else None,
            "notes": [msg(f"note_{n}", lang).strip() for n in c.notes] if applicable else [],
            "evidence": evidence(c.evidence, context=True) if applicable and c.status != "missing" else [],
        }

    summary = _summary(report, lang, strict)
    return {
        "file": report.file,
        "form": msg("report_form", lang, form=msg(f"form_{report.form}", lang)),
        "passed": report.passed(strict),
        "result": summary[0],
        "level_counts": [line.strip() for line in summary[2:]],
        "levels": [{"level": level, "name": msg(f"level_{level}", lang),
                    "clauses": [clause(c) for c in report.clauses if c.level == level]}
                   for level in LEVELS if any(c.level == level for c in report.clauses)],
        "values": [{"name": msg(f"value_{name}", lang), "value": _value_text(value, lang),
                    "evidence": evidence([value.evidence])[0]}
                   for name, value in report.values.items() if value is not None],
        "findings": [{"severity": f.severity, "severity_text": msg(f"finding_{f.severity}", lang),
                      "message": finding_message(f, lang), "evidence": evidence(f.evidence)}
                     for f in report.findings],
    }
