"""Speed of agreements, measured against named baselines (not part of the test suite).

Run:  python benchmarks/bench.py [--runs 15] [--batch 200]

Prints median and spread (min–max) in milliseconds for
  (a) baseline: a fresh docxtpl.DocxTemplate of our template, render with our context and
      Jinja environment, save, per document;
  (b) our single-document generate in-process (read, validate, render, self-check);
  (c) our batch generation per document (one worker, compiled template reused);
  (d) check per document, against the baseline of python-docx opening the file and reading
      every paragraph;
  (e) cold start of `agreements --help` and of one `agreements generate`, as processes;
then the ratios ours / baseline and peak memory of a batch.
"""

from __future__ import annotations

import argparse
import copy
import io
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import docx
from docxtpl import DocxTemplate

from agreements import checker, context, generate, inputfile, render, resources, validation

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = [ROOT / "examples" / "kommune-fast.yaml", ROOT / "examples" / "fylkeskommune-aaremaal.yaml"]


def timed(fn, runs: int) -> tuple[float, float, float]:
    return interleaved({"": fn}, runs)[""]


def interleaved(fns: dict, runs: int) -> dict[str, tuple[float, float, float]]:
    """Median, min and max in ms of each function, run in turn, so that a slow spell of a shared
    machine falls on the baseline and on ours alike and the ratios stay fair."""
    samples: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(runs):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            samples[name].append((time.perf_counter() - start) * 1000)
    return {name: (statistics.median(s), min(s), max(s)) for name, s in samples.items()}


def large_input() -> dict:
    """A synthetic agreement: many supplements and long additional texts in every section."""
    doc = inputfile.read_input(EXAMPLES[1])
    doc["salary"]["supplements"] = [{"description": f"Tillegg nummer {i} for særskilte oppgaver",
                                     "annual": Decimal(10000 + i)} for i in range(20)]
    text = "Partene er enige om at denne bestemmelsen skal forstås i samsvar med formålet. " * 20
    for section in ("position", "working_time", "salary", "holiday", "paid_leave", "competence_development",
                    "responsibility_authority", "confidentiality", "side_jobs", "changes"):
        doc.setdefault(section, {})["additional_terms"] = [text.strip()] * 3
    return doc


def baseline_render(ctx: dict, data: bytes) -> bytes:
    tpl = DocxTemplate(io.BytesIO(data))
    tpl.render(ctx, render._environment(), autoescape=True)
    out = io.BytesIO()
    tpl.save(out)
    return out.getvalue()


def baseline_read(data: bytes) -> int:
    document = docx.Document(io.BytesIO(data))
    return sum(len(p.text) for p in document.paragraphs)


def row(label: str, figures: tuple[float, float, float]) -> None:
    median, low, high = figures
    print(f"  {label:58} {median:8.1f} ms   ({low:.1f}–{high:.1f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--batch", type=int, default=200)
    args = parser.parse_args()
    template = resources.template("arbeidsavtale.nb.docx").read_bytes()
    generate._warm()  # as a batch does: compiled template, validator and catalogue, then gc.freeze
    cases = [(p.stem, inputfile.read_input(p)) for p in EXAMPLES] + [("large synthetic", large_input())]
    print(f"Python {sys.version.split()[0]}, {args.runs} runs each\n")
    for name, raw in cases:
        document = validation.validate(raw).document
        ctx = context.build(document)
        made = generate.render_document(document)
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp) / "in.yaml"
            source.write_text(inputfile.to_yaml(raw, name), encoding="utf-8")
            figures = interleaved({
                "base": lambda: baseline_render(ctx, template),
                "single": lambda: generate.build(source),
                "batch": lambda: generate.render_document(validation.validate(copy.deepcopy(raw)).document),
                "read_base": lambda: baseline_read(made),
                "check": lambda: checker.check_bytes(made),
            }, args.runs)
        base, single, batch, read_base, check = (figures[k] for k in ("base", "single", "batch", "read_base",
                                                                       "check"))
        print(f"{name}:")
        row("(a) baseline: fresh DocxTemplate, render, save", base)
        row("(b) ours: single generate (read, validate, render, self-check)", single)
        row("(c) ours: batch per document (validate, render, self-check)", batch)
        row("(d) baseline: python-docx opens and reads every paragraph", read_base)
        row("(d) ours: check", check)
        print(f"  ratios ours/baseline: single {single[0] / base[0]:.2f}, batch {batch[0] / base[0]:.2f}, "
              f"check {check[0] / read_base[0]:.2f}\n")
    for label, command in (("agreements --help", ["agreements", "--help"]),
                           ("agreements generate (one document)", None)):
        with tempfile.TemporaryDirectory() as tmp:
            cmd = command or ["agreements", "generate", str(EXAMPLES[0]), "-o", str(Path(tmp) / "a.docx"), "--force"]
            exe = str(Path(sys.executable).parent / cmd[0])
            row(f"(e) cold start: {label}", timed(lambda: subprocess.run([exe, *cmd[1:]], capture_output=True,
                                                                          check=True), 5))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for i in range(args.batch):
            (folder / f"a{i}.yaml").write_text(EXAMPLES[0].read_text(encoding="utf-8"), encoding="utf-8")
        per_doc = {}
        for jobs in (1, 2):
            start = time.perf_counter()
            results = generate.generate_batch([folder], Path(tmp) / f"out{jobs}", jobs=jobs)
            per_doc[jobs] = (time.perf_counter() - start) * 1000 / len(results)
            assert all(r.ok for r in results)
        print(f"\nbatch of {args.batch} (generate_batch, writing files): 1 worker {per_doc[1]:.1f} ms/document, "
              f"2 workers {per_doc[2]:.1f} ms/document; throughput ratio {per_doc[1] / per_doc[2]:.2f}")
    raw = cases[0][1]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for _ in range(args.batch):
        generate.render_document(validation.validate(copy.deepcopy(raw)).document)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"\npeak memory (max RSS) after {args.batch} documents in one process: {after / 1024:.0f} MB "
          f"(before the batch: {before / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
