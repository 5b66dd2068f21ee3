"""The long fuzz run outside the test suite: many more cases of each hostile class than the standing
fuzz tests, with figures for README (cases, outcomes by exit code, tracebacks, internal errors, the
slowest case, peak memory).

    python benchmarks/fuzz.py [--inputs 4000] [--docx 2000] [--seed 1] [--patterns]

Input files go through ``validate`` (which builds the agreement in memory and self-checks it, as
``generate`` does), Word files through ``check`` and ``lint-template``, in this process; every
outcome must be a result or the project's own error with an exit code. ``--patterns`` also scans
every regular expression with longer attack strings than the test suite uses.
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from agreements import checker, generate, lint  # noqa: E402
from agreements.problems import AgreementsError  # noqa: E402


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM) in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Tally:
    def __init__(self, name: str):
        self.name, self.cases, self.outcomes = name, 0, collections.Counter()
        self.faults: list[str] = []
        self.slowest = (0.0, "")

    def run(self, label: str, work) -> None:
        self.cases += 1
        start = time.perf_counter()
        try:
            work()
            self.outcomes["ok"] += 1
        except AgreementsError as exc:
            self.outcomes[f"exit {int(exc.exit_code)}"] += 1
            if int(exc.exit_code) == 7:
                self.faults.append(f"{label}: internal error {exc.problems[0].params}")
        except Exception:  # noqa: BLE001 - what the run is looking for
            self.outcomes["traceback"] += 1
            self.faults.append(f"{label}: {traceback.format_exc(limit=3)}")
        self.slowest = max(self.slowest, (time.perf_counter() - start, label))

    def report(self) -> str:
        kinds = ", ".join(f"{k}: {v}" for k, v in sorted(self.outcomes.items()))
        return (f"{self.name}: {self.cases} cases ({kinds}); tracebacks {self.outcomes['traceback']}, "
                f"internal errors {self.outcomes['exit 7']}; slowest {self.slowest[0]:.2f} s "
                f"({self.slowest[1]}); peak memory so far {peak_mb():.0f} MB")


def fuzz_inputs(count: int, seed: int) -> Tally:
    import test_fuzz_input as inputs

    inputs.SEED, inputs.CASES = seed, count
    tally = Tally("input files (validate = read, validate, build and self-check)")
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in inputs._cases():
            path = Path(tmp) / name
            path.write_bytes(data)
            minutes = name.startswith("fuzz") and b"participants" in data
            tally.run(name, lambda: generate.validate_minutes_file(path) if minutes else generate.validate_file(path))
            path.unlink()
    return tally


def fuzz_docx(count: int, seed: int) -> list[Tally]:
    import test_fuzz_docx as docx

    rng = random.Random(seed)
    sources = getattr(docx.sources, "__wrapped__", docx.sources)()  # a pytest fixture in the test module
    check, lints = Tally("Word files through check"), Tally("Word files through lint-template")
    for n in range(count):
        name, original = rng.choice(sources)
        steps, data = docx._mutated(rng, original)
        label = f"{name} ({steps})"
        check.run(label, lambda: checker.check_bytes(data, label, seconds=checker.TIME_LIMIT))
        if n % 25 == 0:
            lints.run(label, lambda: lint.lint(data, label, "agreement"))
    return [check, lints]


def scan_patterns() -> str:
    import redos

    worst = []
    for where, pattern in redos.patterns():
        factor, seconds, _ = redos.growth(pattern, length=400, screen=0.0002, limit=1.0)
        worst.append((factor, seconds, where))
    worst.sort(reverse=True)
    top = ", ".join(f"{w} ×{f:.0f} ({s * 1000:.0f} ms)" for f, s, w in worst[:3])
    return f"regular expressions: {len(worst)} scanned; largest growth for a sixteenfold input: {top}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=4000, help="mutated input files (default 4000)")
    parser.add_argument("--docx", type=int, default=2000, help="mutated Word files (default 2000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--patterns", action="store_true", help="also scan every regular expression")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    tallies = [fuzz_inputs(args.inputs, args.seed)] if args.inputs else []
    print(tallies[-1].report() if tallies else "", flush=True)
    if args.docx:
        for tally in fuzz_docx(args.docx, args.seed):
            tallies.append(tally)
            print(tally.report(), flush=True)
    if args.patterns:
        print(scan_patterns(), flush=True)
    print(f"total {time.perf_counter() - start:.0f} s, peak memory {peak_mb():.0f} MB")
    for tally in tallies:
        for fault in tally.faults[:20]:
            print(f"FAULT {fault}")
    return 1 if any(t.faults for t in tallies) else 0


if __name__ == "__main__":
    sys.exit(main())
