"""CPU-bound work off the event loop: a pool of worker processes, one job at a time in each."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .. import generate
from ..problems import AgreementsError, ExitCode, error


def _start() -> None:
    """A worker: bound to the server's life, then warmed like a batch worker."""
    generate._start_worker(os.getppid(), "spawn")


class Pool:
    """Worker processes for rendering, checking and PDF conversion. Each job runs in a worker's
    main thread, so the per-document time limit (a timer signal) holds there as on the command
    line, and a long check never holds up the event loop that serves other users."""

    def __init__(self, processes: int | None = None):
        self.processes = processes or os.cpu_count() or 1
        self._executor: ProcessPoolExecutor | None = None

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=self.processes, mp_context=multiprocessing.get_context("spawn"), initializer=_start)
        return self._executor

    def warm(self) -> None:
        """Start every worker now, so the first users do not wait for them."""
        futures = [self._pool().submit(os.getpid) for _ in range(self.processes)]
        for future in futures:
            future.result()

    async def run(self, function, *args):
        """``function(*args)`` in a worker process; its AgreementsError is raised here as it was
        raised there. A worker that died (killed, out of memory) is replaced, and the request told."""
        try:
            return await asyncio.wrap_future(self._pool().submit(function, *args))
        except BrokenProcessPool:
            self.close()
            raise AgreementsError(error("web_worker_died"), ExitCode.INTERNAL) from None

    async def each(self, request, function, calls: list[tuple]) -> list:
        """``function(*args)`` for each ``args`` of ``calls``, all at once in the workers: in the
        order of ``calls``, each result or the AgreementsError that call raised (a bug in one call
        is that call's internal error, with an id, and the others still answer)."""
        from .errors import internal_failure

        results = await asyncio.gather(*(self.run(function, *args) for args in calls), return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException) and not isinstance(result, Exception):
                raise result  # cancelled: the client went away
        return [internal_failure(request, r) if isinstance(r, Exception) and not isinstance(r, AgreementsError)
                else r for r in results]

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
