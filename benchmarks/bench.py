"""Speed of agreements, measured against named baselines (not part of the test suite).

Run:  python benchmarks/bench.py [--runs 30] [--batch 200] [--memory 1000]

Prints median and spread (min–max) in milliseconds for
  (a) baseline: a fresh docxtpl.DocxTemplate of our template, render with our context and
      Jinja environment, save, per document;
  (b) our single-document generate in-process (read, validate, render, self-check);
  (c) our batch generation per document (one worker, compiled template reused);
  (d) check per document, against the baseline of python-docx opening the file and reading
      every paragraph;
  (e) cold start of `agreements --help` and of one `agreements generate`, as processes;
then the ratios ours / baseline (runs are interleaved and each ratio is the median of the per-run
ratios, so a slow spell of a shared machine does not favour either side), the throughput of 1 and
2 worker processes, and peak memory as a 1,000-document batch grows in a fresh process.
"""

from __future__ import annotations

import argparse
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
    return summary(interleaved({"": fn}, runs)[""])


def interleaved(fns: dict, runs: int) -> dict[str, list[float]]:
    """Samples in ms of each function, run in turn, so that a slow spell of a shared machine
    falls on the baseline and on ours alike."""
    samples: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(runs):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            samples[name].append((time.perf_counter() - start) * 1000)
    return samples


def summary(samples: list[float]) -> tuple[float, float, float]:
    return statistics.median(samples), min(samples), max(samples)


def ratio(ours: list[float], base: list[float]) -> float:
    """Median of the per-run ratios: each run's two figures were taken moments apart."""
    return statistics.median(o / b for o, b in zip(ours, base))


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
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--batch", type=int, default=200, help="documents in the 1- and 2-worker batch")
    parser.add_argument("--memory", type=int, default=1000, help="documents in the memory run")
    parser.add_argument("--memory-only", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_only:
        return memory_only(args.memory_only)
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
                "batch": lambda: generate.render_document(validation.validate(raw).document),
                "read_base": lambda: baseline_read(made),
                "check": lambda: checker.check_bytes(made),
            }, args.runs)
        print(f"{name}:")
        row("(a) baseline: fresh DocxTemplate, render, save", summary(figures["base"]))
        row("(b) ours: single generate (read, validate, render, self-check)", summary(figures["single"]))
        row("(c) ours: batch per document (validate, render, self-check)", summary(figures["batch"]))
        row("(d) baseline: python-docx opens and reads every paragraph", summary(figures["read_base"]))
        row("(d) ours: check", summary(figures["check"]))
        print(f"  ratios ours/baseline (median of per-run ratios): single "
              f"{ratio(figures['single'], figures['base']):.2f}, batch {ratio(figures['batch'], figures['base']):.2f}"
              f" (speed-up {1 / ratio(figures['batch'], figures['base']):.1f}×), "
              f"check {ratio(figures['check'], figures['read_base']):.2f}\n")
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
    print(f"\nmemory of a fresh process generating {args.memory} documents:")
    subprocess.run([sys.executable, __file__, "--memory-only", str(args.memory)], check=True)


def peak_and_current_mb() -> tuple[float, float]:
    """Peak and current resident memory of this process in MB. Linux's VmHWM starts afresh at exec,
    unlike ru_maxrss, which keeps the peak of the parent that forked this process."""
    try:
        status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
        return int(status["VmHWM"].split()[0]) / 1024, int(status["VmRSS"].split()[0]) / 1024
    except (OSError, KeyError, ValueError):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return peak, peak


def memory_only(count: int) -> None:
    """Generate ``count`` documents in this fresh process, printing peak memory as the batch grows."""
    raw = inputfile.read_input(EXAMPLES[0])
    generate._warm()
    marks = {count * k // 4 for k in range(1, 5)} | {1}
    for i in range(1, count + 1):
        generate.render_document(validation.validate(raw).document)
        if i in marks:
            peak, current = peak_and_current_mb()
            print(f"  after {i:5} documents: peak {peak:.0f} MB, now {current:.0f} MB")


if __name__ == "__main__":
    main()
