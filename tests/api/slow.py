"""The ``slow`` marker: long sweeps that lose nothing by running once per CI run.

They run where DATABASE_URL points at PostgreSQL (CI's second run, where NUL
bytes and integer overflows actually reach a database that refuses them) and
are skipped on SQLite. RUN_SLOW=1 runs them anywhere, RUN_SLOW=0 skips them
everywhere; ``-m "not slow"`` leaves them out too.
"""

import os

import pytest


def run_slow():
    forced = os.environ.get("RUN_SLOW")
    if forced is not None:
        return forced not in ("", "0", "false", "no")
    return os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))


slow = [
    pytest.mark.slow,
    pytest.mark.skipif(not run_slow(), reason="slow: runs on PostgreSQL, or with RUN_SLOW=1 (tests/api/slow.py)"),
]
