"""The distributed path: parse files on the workers of a Dask cluster; the caller stays the one writer.

Dask.distributed is used rather than Ray: it is pure Python (a small install beside this project's
dependencies), runs the project's own functions unchanged on worker processes, and its `LocalCluster`
starts on this machine's cores without a separate runtime. ``--cluster local`` starts such a local
cluster; ``--cluster tcp://host:8786`` connects to a running scheduler (`dask scheduler` on one machine,
`dask worker tcp://host:8786` on each of the others, every one with this project installed).

Workers get each file's bytes (they need not share a file system with the caller) and return the
parsed record, or the IngestError it raised; the store is written by the caller alone.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from ingest.errors import IngestError, MigratiezoekerError
from ingest.settings import Settings


class ClusterError(MigratiezoekerError):
    """The cluster could not be started or reached."""


@contextmanager
def cluster_client(address: str) -> Iterator[Any]:
    """A Dask client for ``address`` (`local`: a cluster on this machine's cores, one process each)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ClusterError("the distributed path needs Dask: pip install 'migratiezoeker[cluster]'") from exc
    try:
        if address == "local":
            with LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
                              dashboard_address=None) as cluster, Client(cluster) as client:
                yield client
        else:
            with Client(address, timeout="20s") as client:
                yield client
    except OSError as exc:
        raise ClusterError(f"cannot reach the cluster at {address}: {exc}") from exc


Result = TypeVar("Result")


def parse_bytes(parse: Callable[[Path, str, Settings], Result], name: str, data: bytes, sha: str,
                settings: Settings) -> Result:
    """On a worker: ``parse`` a file from its bytes under its own name (extraction reads the suffix).
    ``parse`` returns errors as values, so the batch goes on."""
    with tempfile.TemporaryDirectory(prefix="migratiezoeker-") as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        return parse(path, sha, settings)


def parse_on_cluster(client: Any, parse: Callable[[Path, str, Settings], Result], todo: list[tuple[Path, str]],
                     settings: Settings) -> Iterator[tuple[Path, str, Result | IngestError]]:
    """Yield (path, sha, what ``parse`` returned on a worker) for each file, in completion order."""
    from distributed import as_completed

    futures = {client.submit(parse_bytes, parse, path.name, path.read_bytes(), sha, settings, pure=False):
               (path, sha) for path, sha in todo}
    for fut in as_completed(futures):
        path, sha = futures[fut]
        try:
            yield path, sha, fut.result()
        except Exception as exc:  # the worker died or the task could not run: that file failed
            yield path, sha, IngestError(f"cluster task failed: {type(exc).__name__}: {exc}")
