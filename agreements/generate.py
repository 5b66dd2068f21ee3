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
    self_check(docx, ctx, TEMPLATES[document["language"]])
    return docx


def self_check(docx: bytes, ctx: dict, template: str) -> None:
    """Read the finished agreement back like any draft: every clause the law requires or KS
    recommends must be found, and each conditional clause exactly when the input asks for it."""
    report = checker.check_bytes(docx, template)
    wrong = []
    for clause in catalogue.rules().clauses:
        wanted = bool(ctx[clause.when]) if clause.when is not None else True
        if wanted != (report.result(clause.id).status == checker.PRESENT):
            wrong.append(clause.id)
    wrong += [f.code for f in report.findings if f.severity == "error"]
    if wrong:
        raise TemplateFault(error("self_check_failed", name=template, clauses=", ".join(sorted(set(wrong)))))


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
