"""The generate pipeline: input file → validated data → render context → .docx (and PDF)."""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from . import (catalogue, checker, context, inputfile, messages, minutes, output, owntemplates, pdf, render, resources,
               validation)
from .problems import AgreementsError, ExitCode, InvalidInput, OutputRefused, Problem, TemplateFault, error

TEMPLATES = {"nb": "arbeidsavtale.nb.docx", "nn": "arbeidsavtale.nn.docx"}
EXAMPLES = {"kommune": "kommune-fast.yaml", "fylkeskommune": "fylkeskommune-aaremaal.yaml",
            "minutes": "referat-fjordvik.yaml"}


def example_name(kind: str, form: str) -> str:
    """The bundled example for ``kind`` in language form ``form`` (nb or nn)."""
    stem = EXAMPLES[kind].removesuffix(".yaml")
    return f"{stem}-nn.yaml" if form == "nn" else f"{stem}.yaml"


def write_example(name: str, out: str | Path, force: bool = False) -> None:
    """Save the bundled example ``name`` as ``out``: atomically, never over a file unless forced."""
    output.write_all({Path(out): resources.example(name).read_bytes()}, force)


@dataclass(frozen=True)
class Generated:
    docx: bytes
    pdf: bytes | None
    warnings: list[Problem]


def validate_file(path: str | Path, template: str | Path | None = None) -> validation.Result:
    """Read and validate an input file (unreadable input raises, invalid input is reported):
    everything ``generate`` would say about it, since both go through ``examine``."""
    return examine(inputfile.read(path), template)[0]


def examine(parsed: inputfile.Parsed, template: str | Path | None = None) -> tuple[validation.Result, bytes | None]:
    """Validate an input and, when it is valid, make the agreement in memory and read it back
    (``render_document``): every problem of the input, and the agreement when there is none.
    ``validate`` and ``generate`` both come here, so validate says all that generate will."""
    result = validation.validate(parsed.data, parsed.written)
    if not result.ok:
        return result, None
    try:
        return result, render_document(result.document, template)
    except InvalidInput as exc:  # the self-check: free text that brings in or leaves out a clause
        return validation.Result(None, validation.ordered(result.problems + exc.problems)), None


def agreement_template(form: str, template: str | Path | None = None) -> render.CompiledTemplate:
    """The agreement template for language form ``form``: ``template`` (a file of the user's), the
    installation's own, or the bundled one (``owntemplates.choose``)."""
    return owntemplates.choose(TEMPLATES[form], "agreement", form, template)


def render_document(document: dict, template: str | Path | None = None) -> bytes:
    """A validated document as .docx bytes, checked by the checker before it is returned."""
    ctx = context.build(document)
    compiled = agreement_template(document["language"], template)
    docx = compiled.render(ctx)
    self_check(docx, ctx, compiled.name, document)
    return docx


def self_check(docx: bytes, ctx: dict, template: str, document: dict) -> None:
    """Read the finished agreement back like any draft: every clause the law requires or KS
    recommends must be found, and each conditional clause exactly when the input asks for it.

    Two faults are the user's, reported at the input: a conditional clause that their own free
    text brings into play (an extra term that speaks of åremål in a permanent post), and a clause
    whose section of the input has text of the user's that leaves out what the clause must say
    (a salary review «timing» of «0»). Anything else wrong is a fault in the template."""
    rules = catalogue.rules()
    report = checker.check_bytes(docx, template)
    wrong, triggered, problems = [], [], []
    for clause in rules.clauses:
        result = report.result(clause.id)
        wanted = ctx["agreed"].get(clause.id, True)
        present = result.status == checker.PRESENT
        if wanted and not present:
            wrong.append(clause.id)
            if result.missing and _has_text(document.get(clause.id)):
                problems.append(error("text_lacks_substance", (clause.id,), clause=clause.title, missing={
                    lang: ", ".join(clause.substance_label(g, lang) for g in result.missing)
                    for lang in messages.LANGUAGES}))
        elif present and not wanted:  # in the agreement although the input does not agree it
            found = _free_text_mentions(document, clause)
            problems += found
            if not found:
                wrong.append(clause.id)
        elif clause.level == "law_if" and result.fails():
            triggered.append(clause)
    wrong += [f.code for f in report.findings if f.severity == "error"]
    problems += [p for clause in triggered for p in _free_text_mentions(document, clause)]
    if problems:
        raise InvalidInput(problems)
    if wrong or triggered:
        names = sorted(set(wrong) | {c.id for c in triggered})
        raise TemplateFault(error("self_check_failed", name=template, clauses=", ".join(names)))


def _has_text(node) -> bool:
    """Whether a section of the input holds text the user wrote."""
    if isinstance(node, str):
        return True
    if isinstance(node, dict):
        return any(_has_text(v) for v in node.values())
    if isinstance(node, list):
        return any(_has_text(v) for v in node)
    return False


def _free_text_mentions(node, clause, path=()) -> list[Problem]:
    """The user's texts that bring ``clause`` in: its condition words (for a clause the law
    requires when agreed), else the words that mention it."""
    if isinstance(node, str):
        text = checker.normalize(node)
        words = clause.applies or clause.mentions + clause.topics
        if any(p.search(text) for p in words) and not any(p.search(text) for p in clause.negated):
            return [error("text_implies_clause", path, clause=clause.title)]
        return []
    if isinstance(node, dict):
        return [p for k, v in node.items() for p in _free_text_mentions(v, clause, path + (k,))]
    if isinstance(node, list):
        return [p for i, v in enumerate(node) for p in _free_text_mentions(v, clause, path + (i,))]
    return []


def build(path: str | Path, with_pdf: bool = False, template: str | Path | None = None) -> Generated:
    """Validate and render ``path`` in memory; raises InvalidInput with every problem found."""
    result, docx = examine(inputfile.read(path), template)
    if docx is None:
        raise InvalidInput(result.problems)
    return Generated(docx, pdf.to_pdf(docx, Path(path).stem) if with_pdf else None, result.warnings)


def pdf_path_for(out: Path) -> Path:
    return out.with_suffix(".pdf")


def generate(path: str | Path, out: str | Path, with_pdf: bool = False, force: bool = False,
             template: str | Path | None = None) -> Generated:
    """Generate ``out`` (and its .pdf twin) from ``path``; nothing is written unless all succeeds."""
    out = Path(out)
    if out.suffix.lower() != ".docx":
        raise OutputRefused(error("output_suffix", file=str(out)))
    prepare_outputs(out, with_pdf, force)
    made = build(path, with_pdf, template)
    write_outputs(out, made.docx, made.pdf, force)
    return made


def prepare_outputs(out: Path, with_pdf: bool, force: bool) -> None:
    """Refuse before any work: wrong suffix, missing folder, existing files, no LibreOffice."""
    if out.suffix.lower() != ".docx":
        raise OutputRefused(error("output_suffix", file=str(out)))
    for target in [out, pdf_path_for(out)] if with_pdf else [out]:
        output.check_target(target, force)
    if with_pdf:
        pdf.require_soffice()


def write_outputs(out: Path, docx: bytes, pdf_bytes: bytes | None, force: bool) -> None:
    files = {out: docx}
    if pdf_bytes is not None:
        files[pdf_path_for(out)] = pdf_bytes
    output.write_all(files, force)


def generate_minutes(path: str | Path | None, out: str | Path, agreement: str | Path | None = None,
                     salary_talk: bool = False, kind: str = "kommune", with_pdf: bool = False,
                     force: bool = False, form: str = "nb", template: str | Path | None = None) -> Generated:
    """Minutes of the development dialogue; ``path`` None gives the blank template for HR in
    language form ``form``."""
    out = Path(out)
    prepare_outputs(out, with_pdf, force)
    document, warnings = None, []
    if path is not None:
        result = validate_minutes_file(path, agreement, salary_talk)
        if not result.ok:
            raise InvalidInput(result.problems)
        document, warnings = result.document, result.warnings
    docx = minutes_document(document, salary_talk, kind, form, template)
    made = Generated(docx, pdf.to_pdf(docx, out.stem) if with_pdf else None, warnings)
    write_outputs(out, made.docx, made.pdf, force)
    return made


def minutes_document(document: dict | None, salary_talk: bool = False, kind: str = "kommune",
                     form: str = "nb", template: str | Path | None = None) -> bytes:
    """The minutes as .docx bytes: from a validated minutes input, or blank (``document`` None)
    for an employer ``kind`` in language form ``form``; ``template`` as for ``agreement_template``."""
    ctx = minutes.build_context(document, salary_talk, kind, form)
    lang = document["language"] if document else form
    return owntemplates.choose(minutes.TEMPLATES[lang], "minutes", lang, template).render(ctx)


def validate_minutes_file(path: str | Path, agreement: str | Path | None = None,
                          salary_talk: bool = False) -> validation.Result:
    """Read and validate a minutes input, filling what an agreement input already holds (its
    salary figures only when the salary talk is asked for)."""
    return validate_minutes(inputfile.read(path), inputfile.read(agreement) if agreement is not None else None,
                            salary_talk, str(agreement))


def validate_minutes(parsed: inputfile.Parsed, agreement: inputfile.Parsed | None = None,
                     salary_talk: bool = False, agreement_name: str = "") -> validation.Result:
    """Validate a minutes input read from anywhere, filling what an agreement input already holds
    (its salary figures only when the salary talk is asked for); an invalid agreement input raises."""
    data = parsed.data
    conflicts: list[Problem] = []
    if agreement is not None:  # its fields, as validated (the agreement itself is not made here)
        agreed = validation.validate(agreement.data, agreement.written)
        if not agreed.ok:
            raise InvalidInput(agreed.problems)
        conflicts = minutes.other_employer(agreed.document, data, agreement_name)
        base = minutes.from_agreement(agreed.document)
        if not salary_talk:
            base.pop("salary_talk")
        data = minutes.merge(base, data)
    result = minutes.validate(data, parsed.written)
    if conflicts:  # an error: no document, whatever else the input holds
        return validation.Result(None, conflicts + result.problems)
    return result


def next_minutes(previous: str | Path, out: str | Path, force: bool = False) -> validation.Result:
    """Write next year's minutes input from this year's (see minutes.next_period)."""
    out = Path(out)
    output.check_target(out, force)
    text, checked = next_minutes_input(inputfile.read(previous), Path(previous).name)
    output.write_all({out: text.encode("utf-8")}, force)
    return checked


def next_minutes_input(parsed: inputfile.Parsed, source: str) -> tuple[str, validation.Result]:
    """Next year's minutes input (YAML text) from this year's, and what validation says of it
    (see minutes.next_period); an invalid input raises."""
    result = minutes.validate(parsed.data, parsed.written)
    if not result.ok:
        raise InvalidInput(result.problems)
    proposal = minutes.next_period(result.document)
    header = messages.text("next_header", "nb", file=source)
    return inputfile.to_yaml(proposal, header), minutes.validate(proposal)


# --- many documents ----------------------------------------------------------------------------

INPUT_SUFFIXES = (".yaml", ".yml", ".json")


@dataclass(frozen=True)
class BatchResult:
    source: str
    output: str
    ok: bool
    problems: tuple[Problem, ...]
    exit_code: int


def batch_inputs(paths) -> list[Path]:
    """Input files from files and folders (a folder gives its .yaml, .yml and .json files)."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix.lower() in INPUT_SUFFIXES and p.is_file())
        elif path.exists():
            found.append(path)
        else:
            raise inputfile.UnreadableInput(error("input_not_found", file=str(path)))
    stems: dict[str, Path] = {}
    for path in found:
        if path.stem in stems:
            raise OutputRefused(error("batch_name_clash", first=str(stems[path.stem]), second=str(path)))
        stems[path.stem] = path
    return found


def prepare_batch(paths, outdir: str | Path) -> list[Path]:
    """The inputs of a batch, with its output folder made and cleared of the temporary files an
    interrupted earlier batch left: refused before any work when an input is missing, two inputs
    would share an output name, or the folder cannot be made."""
    sources = batch_inputs(paths)
    output.make_folder(Path(outdir))
    output.remove_stale(Path(outdir))  # left by an earlier batch that was killed
    return sources


def _one(job: tuple[str, str, bool, str | None]) -> BatchResult:
    source, out, force, template = job
    _stop_if_orphaned()
    try:
        made = generate(source, out, force=force, template=template)
        return BatchResult(source, out, True, tuple(made.warnings), 0)
    except AgreementsError as exc:
        return BatchResult(source, out, False, tuple(exc.problems), int(exc.exit_code))
    except Exception as exc:  # noqa: BLE001 - a bug met by one input must not stop the others
        return BatchResult(source, out, False, (error("internal_error", detail=type(exc).__name__),),
                           int(ExitCode.INTERNAL))


def _warm(template: str | None = None) -> None:
    """Compile the templates (``template`` or the installation's own where given; one that cannot
    be used is left for each document to report), the validator and the catalogue once per
    process, then freeze what exists: these long-lived objects leave the garbage collector's
    generations, so its periodic full passes over them stop costing time on every few documents."""
    for form in TEMPLATES:
        try:
            agreement_template(form, template)
        except AgreementsError:
            pass
    validation.validator("agreement.yaml")
    catalogue.rules()
    gc.collect()  # garbage left from earlier work must not be frozen with them
    gc.freeze()


# A batch worker stops when the process that runs the batch dies (killed, even with kill -9): it
# must not go on writing into the output folder for nobody. On Linux the kernel kills it at once
# (the parent-death signal); everywhere a watch on the parent process ends it within a second, and
# it never starts a document once its parent is gone.

_PARENT: int | None = None  # the process that started this batch worker; None outside workers
ORPHANED_EXIT = 143  # as killed by SIGTERM: nobody is left to read it
PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def _die_with_parent() -> bool:
    """Ask Linux to kill this process when its parent dies; False where that is not available."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _stop_if_orphaned() -> None:
    if _PARENT is not None and os.getppid() != _PARENT:
        os._exit(ORPHANED_EXIT)


def _watch_parent() -> None:
    while True:
        time.sleep(0.5)
        _stop_if_orphaned()


def _start_worker(main: int, start_method: str, template: str | None = None) -> None:
    """Initialise a batch worker: bound to its parent's life, then warmed (``_warm``)."""
    global _PARENT
    _die_with_parent()
    _PARENT = os.getppid()
    if start_method != "forkserver" and _PARENT != main:  # the batch died before this line
        os._exit(ORPHANED_EXIT)
    threading.Thread(target=_watch_parent, name="watch-parent", daemon=True).start()
    _warm(template)


def generate_batch(paths, outdir: str | Path, jobs: int = 1, force: bool = False, progress=None,
                   template: str | Path | None = None):
    """Generate every input into ``outdir`` (same name, .docx) with ``template`` (see
    ``agreement_template``). A bad input is reported with its problems and does not stop the
    others; each file is written atomically. Yields results in input order as they complete when
    ``jobs`` > 1 (``progress`` is called once per document)."""
    sources = prepare_batch(paths, outdir)
    outdir = Path(outdir)
    template = str(template) if template is not None else None
    work = [(str(s), str(outdir / f"{s.stem}.docx"), force, template) for s in sources]
    results: list[BatchResult] = []
    if jobs <= 1 or len(work) <= 1:
        if len(work) > 1:
            _warm(template)
        for job in work:
            results.append(_one(job))
            if progress:
                progress()
        return results
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = multiprocessing.get_start_method()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(method),
                             initializer=_start_worker, initargs=(os.getpid(), method, template)) as pool:
        for result in pool.map(_one, work, chunksize=max(1, len(work) // (jobs * 8))):
            results.append(result)
            if progress:
                progress()
    return results
