"""The generate pipeline: input file → validated data → render context → .docx (and PDF)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import catalogue, checker, context, inputfile, output, pdf, render, validation
from .problems import InvalidInput, OutputRefused, Problem, TemplateFault, error

TEMPLATES = {"nb": "arbeidsavtale.nb.docx"}
EXAMPLES = {"kommune": "kommune-fast.yaml", "fylkeskommune": "fylkeskommune-aaremaal.yaml"}


@dataclass(frozen=True)
class Generated:
    docx: bytes
    pdf: bytes | None
    warnings: list[Problem]


def validate_file(path: str | Path) -> validation.Result:
    """Read and validate an input file (unreadable input raises, invalid input is reported)."""
    return validation.validate(inputfile.read_input(path))


def render_document(document: dict) -> bytes:
    """A validated document as .docx bytes, checked by the checker before it is returned."""
    ctx = context.build(document)
    docx = render.render(TEMPLATES[document["language"]], ctx)
    self_check(docx, ctx, TEMPLATES[document["language"]], document)
    return docx


def self_check(docx: bytes, ctx: dict, template: str, document: dict) -> None:
    """Read the finished agreement back like any draft: every clause the law requires or KS
    recommends must be found, and each conditional clause exactly when the input asks for it.

    A conditional clause that the user's own free text brings into play (an extra term that
    speaks of åremål in a permanent post) is an input error at that field; anything else wrong
    is a fault in the template."""
    report = checker.check_bytes(docx, template)
    wrong, triggered = [], []
    for clause in catalogue.rules().clauses:
        result = report.result(clause.id)
        wanted = bool(ctx[clause.when]) if clause.when is not None else True
        if wanted != (result.status == checker.PRESENT):
            wrong.append(clause.id)
        elif clause.level == "law_if" and result.fails():
            triggered.append(clause)
    wrong += [f.code for f in report.findings if f.severity == "error"]
    problems = [p for clause in triggered for p in _free_text_mentions(document, clause)]
    if problems:
        raise InvalidInput(problems)
    if wrong or triggered:
        names = sorted(set(wrong) | {c.id for c in triggered})
        raise TemplateFault(error("self_check_failed", name=template, clauses=", ".join(names)))


def _free_text_mentions(node, clause, path=()) -> list[Problem]:
    if isinstance(node, str):
        text = checker.normalize(node)
        if any(p.search(text) for p in clause.applies) and not any(p.search(text) for p in clause.negated):
            return [error("text_implies_clause", path, clause=clause.title["nb"])]
        return []
    if isinstance(node, dict):
        return [p for k, v in node.items() for p in _free_text_mentions(v, clause, path + (k,))]
    if isinstance(node, list):
        return [p for i, v in enumerate(node) for p in _free_text_mentions(v, clause, path + (i,))]
    return []


def build(path: str | Path, with_pdf: bool = False) -> Generated:
    """Validate and render ``path`` in memory; raises InvalidInput with every problem found."""
    if with_pdf:
        pdf.require_soffice()
    result = validate_file(path)
    if not result.ok:
        raise InvalidInput(result.problems)
    docx = render_document(result.document)
    return Generated(docx, pdf.to_pdf(docx, Path(path).stem) if with_pdf else None, result.warnings)


def pdf_path_for(out: Path) -> Path:
    return out.with_suffix(".pdf")


def generate(path: str | Path, out: str | Path, with_pdf: bool = False, force: bool = False) -> Generated:
    """Generate ``out`` (and its .pdf twin) from ``path``; nothing is written unless all succeeds."""
    out = Path(out)
    if out.suffix.lower() != ".docx":
        raise OutputRefused(error("output_suffix", file=str(out)))
    targets = [out, pdf_path_for(out)] if with_pdf else [out]
    for target in targets:
        output.check_target(target, force)
    made = build(path, with_pdf)
    files = {out: made.docx}
    if with_pdf:
        files[pdf_path_for(out)] = made.pdf
    output.write_all(files, force)
    return made
