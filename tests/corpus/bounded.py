"""Runs agreements commands on files, each in a child forked from one process that has imported
everything, and prints per file: exit code, seconds (the command's, plus what the imports took)
and peak memory (VmHWM), as JSON lines.

    python tests/corpus/bounded.py COMMAND FILE [COMMAND FILE ...]
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

_START = time.monotonic()
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from agreements import checker, lint, render, report  # noqa: E402,F401  (imported before forking)
from cli import cli  # noqa: E402

IMPORTS = time.monotonic() - _START


def _peak_mb() -> int:
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) // 1024 for line in fh if line.startswith("VmHWM:"))


def _run(command: str, path: str) -> dict:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: run the command as the console would, output to nowhere
        os.close(read)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        start = time.monotonic()
        try:
            cli.main([command, path], prog_name="agreements", standalone_mode=True)
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        result = {"command": command, "file": path, "exit": code,
                  "seconds": round(IMPORTS + time.monotonic() - start, 2),
                  "peak_mb": _peak_mb()}
        os.write(write, json.dumps(result).encode())
        os._exit(0)
    os.close(write)
    chunks = []
    while chunk := os.read(read, 65536):
        chunks.append(chunk)
    os.close(read)
    os.waitpid(pid, 0)
    return json.loads(b"".join(chunks) or b'{"exit": "crashed"}')


if __name__ == "__main__":
    args = sys.argv[1:]
    for command, path in zip(args[::2], args[1::2]):
        print(json.dumps(_run(command, path)), flush=True)
