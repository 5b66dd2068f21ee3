"""A checked draft for review in Word: the report as comments, missing clauses as tracked insertions."""

from __future__ import annotations

from . import wordxml
from .catalogue import rules
from .checker import INCOMPLETE, MISSING, NOT_APPLICABLE, PRESENT, Report
from .messages import text as msg
from .report import finding_message, substance_names, where

AUTHOR = "agreements"
MAIN_PARTS = ("body", "textbox")  # evidence a comment can stand on; the rest is listed at the start


def _clause_comment(report: Report, c, lang: str) -> list[str]:
    """What a comment says of a clause: status, title, level and legal basis; what is missing
    (a clause suggested only because a suggested waiver needs it: missing, and why)."""
    status = MISSING if c.status == NOT_APPLICABLE else c.status
    out = [msg("comment_clause", lang, status=msg(f"status_{status}", lang),
               title=c.clause.title.get(lang, c.clause.title["nb"]), level=msg(f"level_{c.level}", lang),
               basis=rules(report.kind).legal_basis(c.clause, "nn" if lang == "nn" else "nb"))]
    if c.missing and c.status == INCOMPLETE:
        out.append(msg("clause_lacks", lang, items=substance_names(c.clause, c.missing, lang)).strip())
    out += [msg(f"note_{n}", lang).strip() for n in c.notes]
    if c.status == NOT_APPLICABLE:
        out.append(msg("comment_needed_with_waiver", lang))
    return out


def _place(report: Report, passages, c):
    """Where a missing clause belongs: (index of the passage it follows, the clause found before
    it in the catalogue's order), or (None, None) for the end of the body."""
    before = report.clauses[:report.clauses.index(c)]
    for other in reversed(before):
        if other.status in (PRESENT, INCOMPLETE) and other.extent is not None:
            last = passages[other.extent[1]]
            if last.part in MAIN_PARTS:
                return other.extent[1], other
    return None, None


def _heading_like(report: Report, passages, preferred) -> wordxml.Passage | None:
    """A clause heading of the draft (the preferred clause's, else the first found) whose look a
    suggested heading takes: a heading outside tables."""
    found = [c for c in report.clauses if c.status in (PRESENT, INCOMPLETE) and c.extent is not None]
    for c in ([preferred] if preferred is not None else []) + found:
        first = passages[c.extent[0]]
        if first.part == "body" and not first.position.cells and c.evidence and \
                c.evidence[0].passage == first.index and c.evidence[0].heading == c.evidence[0].snippet:
            return first
    return None


def plan(report: Report, passages: list[wordxml.Passage], lang: str,
         wording: dict[str, list[tuple[str, bool]]] | None = None):
    """The comments and insertions for a draft's report: a comment on the evidence of each
    incomplete clause and of each finding; for each missing clause that applies, a comment where
    it belongs (with ``wording``: the clause inserted there, the comment on it); whatever stands in
    a page header, a footer or a note, in one comment at the start of the body."""
    comments: list[wordxml.Comment] = []
    insertions: list[wordxml.Insertion] = []
    elsewhere: list[str] = []
    wording = wording or {}

    def on_evidence(texts: list[str], evidence) -> None:
        inside = [e for e in evidence if e.part in MAIN_PARTS and e.position is not None]
        if inside:
            paragraphs = [e.position.paragraph for e in inside]
            comments.append(wordxml.Comment(tuple(texts), paragraphs[0], paragraphs[-1]))
        elif evidence:
            e = evidence[0]
            elsewhere.append(msg("comment_elsewhere_line", lang, where=where(e, lang, report.tables),
                                 text=" ".join(texts)))
        else:
            comments.append(wordxml.Comment(tuple(texts)))

    for c in report.clauses:
        if c.status == INCOMPLETE:
            on_evidence(_clause_comment(report, c, lang), c.evidence)
        elif c.status == MISSING and c.applicable or c.id in wording:
            after, previous = _place(report, passages, c)
            texts = _clause_comment(report, c, lang)
            texts.append(msg("comment_belongs_after", lang, previous=previous.clause.title.get(
                lang, previous.clause.title["nb"])) if previous is not None else msg("comment_belongs_end", lang))
            if c.id in wording:
                texts.append(msg("comment_suggested", lang))
                like = _heading_like(report, passages, previous)
                caps = like is not None and like.text.isupper()  # headings in capitals: this one too
                paragraphs = tuple((text.upper() if heading and caps else text, heading)
                                   for text, heading in wording[c.id])
                insertions.append(wordxml.Insertion(
                    paragraphs, passages[after].position.paragraph if after is not None else None,
                    like.position.paragraph if like is not None else None, tuple(texts)))
            else:
                last = passages[after] if after is not None else \
                    next((p for p in reversed(passages) if p.part == "body"), None)
                comments.append(wordxml.Comment(tuple(texts), last.position.paragraph if last else None))
    for f in report.findings:
        on_evidence([msg("comment_finding", lang, severity=msg(f"finding_{f.severity}", lang),
                         message=finding_message(f, lang))], list(f.evidence))
    if elsewhere:
        comments.insert(0, wordxml.Comment((msg("comment_elsewhere", lang), *elsewhere)))
    return comments, insertions


def annotate(data: bytes, name: str, report: Report, lang: str = "nb", suggest: bool = False) -> bytes:
    """The annotated copy of the draft ``data`` that ``report`` was made from (the draft is not
    changed): comments in ``lang``; with ``suggest``, each missing clause in our template's wording
    as a tracked insertion (``suggestions.wording``)."""
    passages = wordxml.read_passages(data, name)
    wording = None
    if suggest:
        from . import suggestions

        wording = suggestions.wording(report, passages)
    comments, insertions = plan(report, passages, lang, wording)
    return wordxml.annotated(data, name, comments, insertions, AUTHOR)
