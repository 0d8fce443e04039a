"""Where extraction runs: in this process, on N local processes, or on a Dask cluster.

Extraction is a pure function of one brief, so it is the part of a build that
runs in parallel; resolving, linking and storing a batch stay in the calling
process, because they read and write the store and need the whole batch. Results
come back in input order, so every way of running gives the same graph.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import Any

from kg.errors import KazkgError
from kg.extract import extract
from kg.model import Brief, Extraction

__all__ = ["Extractor", "Pending", "default_jobs"]

#: Fewer briefs than this in a batch are extracted here: starting workers costs more.
PARALLEL_MIN = 64


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _warm() -> None:
    """Load the tagger and the lexicons once per worker, not once per brief."""
    extract(Brief(id="warm-up", text="Алматыда жұмысшылар ереуілге шықты."))


def _extract_one(brief: Brief) -> Extraction | str:
    """The extraction, or why it failed: one brief must never cost the run."""
    try:
        return extract(brief)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"[:200]


def _extract_all(briefs: Sequence[Brief]) -> list[Extraction | str]:
    return [_extract_one(b) for b in briefs]


class Pending:
    """A batch whose extraction was started; `results` waits for it."""

    def __init__(self, briefs: Sequence[Brief], wait: Callable[[], list[Extraction | str]]) -> None:
        self.briefs = list(briefs)
        self._wait = wait
        self._results: list[Extraction | str] | None = None

    def results(self) -> list[Extraction | str]:
        """The extraction of each brief, in order, or why it failed."""
        if self._results is None:
            self._results = self._wait()
        return self._results

    def extractions(self, on_error: Callable[[Brief, str], None]) -> list[Extraction]:
        """The extractions that succeeded; each failure goes to `on_error`."""
        out = []
        for brief, result in zip(self.briefs, self.results(), strict=True):
            if isinstance(result, str):
                on_error(brief, result)
            else:
                out.append(result)
        return out


class Extractor:
    """Extracts batches of briefs; a context manager that owns its workers.

    `jobs` local processes (1: this process), or, with `dask`, the workers of the
    Dask scheduler at that address (``local`` starts a local cluster of `jobs`
    workers). Workers start with the first batch big enough to need them.
    """

    def __init__(self, *, jobs: int = 1, dask: str | None = None) -> None:
        if jobs < 1:
            raise KazkgError(f"--jobs must be 1 or more, not {jobs}")
        self.jobs = jobs
        self.dask = dask
        self._pool: Any = None
        self._client: Any = None
        self._cluster: Any = None

    def __enter__(self) -> Extractor:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def submit(self, briefs: Sequence[Brief]) -> Pending:
        """Start extracting these briefs and return at once: the workers go on
        while the caller stores the batch before. With `jobs` 1, or a batch too
        small for workers, the briefs are extracted when the result is asked for."""
        briefs = list(briefs)
        if self.dask is not None:
            return Pending(briefs, self._on_dask(briefs))
        if self.jobs == 1 or len(briefs) < PARALLEL_MIN:
            return Pending(briefs, lambda: _extract_all(briefs))
        if self._pool is None:
            self._pool = multiprocessing.get_context().Pool(self.jobs, initializer=_warm)
        chunk = max(1, len(briefs) // (self.jobs * 4))
        running = self._pool.map_async(_extract_one, briefs, chunksize=chunk)
        return Pending(briefs, running.get)

    def _on_dask(self, briefs: Sequence[Brief]) -> Callable[[], list[Extraction | str]]:
        if not briefs:
            return list
        client = self._connect()
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        # a few tasks per worker: enough to balance, few enough to keep overhead low
        size = max(1, -(-len(briefs) // (workers * 4)))
        chunks = [list(briefs[i : i + size]) for i in range(0, len(briefs), size)]
        # scattered, not put in the task graph: the scheduler keeps something of
        # every graph it is sent, which grew by the briefs' size on every batch
        data = client.scatter(chunks, hash=False)
        futures = client.map(_extract_all, data, pure=False)

        def gathered() -> list[Extraction | str]:
            parts = client.gather(futures)
            data.clear()  # held until here, so the workers keep the briefs till done
            return [ex for part in parts for ex in part]

        return gathered

    def _connect(self) -> Any:
        if self._client is not None:
            return self._client
        try:
            distributed: Any = importlib.import_module("dask.distributed")
        except ImportError as exc:
            raise KazkgError("--dask needs dask.distributed: pip install 'kazkg[dask]'") from exc
        if self.dask == "local":
            self._cluster = distributed.LocalCluster(
                n_workers=self.jobs,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
            self._client = distributed.Client(self._cluster)
        else:
            try:
                self._client = distributed.Client(self.dask, timeout="30s")
            except OSError as exc:
                raise KazkgError(f"cannot reach the Dask scheduler at {self.dask}: {exc}") from exc
        return self._client
