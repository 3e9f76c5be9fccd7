"""Archive scale: check a whole archive on a Dask cluster (``beleidstaal batch``) and report on it.

Needs the ``batch`` extra (``pip install beleidstaal[batch]``: dask[distributed] and pyarrow). See docs/batch.md.
"""

from __future__ import annotations

from .job import BatchResult, run_batch

__all__ = ["BatchResult", "run_batch"]
