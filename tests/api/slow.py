"""The ``slow`` marker: long sweeps that lose nothing by running once per CI run.

They run in both of CI's runs: on SQLite and on PostgreSQL, where NUL bytes and
integer overflows reach a database that refuses them differently. RUN_SLOW=0 skips
them (a quick local run), as does ``-m "not slow"``.
"""

import os

import pytest


def run_slow():
    return os.environ.get("RUN_SLOW", "1").strip().lower() not in ("", "0", "false", "no")


slow = [
    pytest.mark.slow,
    pytest.mark.skipif(not run_slow(), reason="slow: skipped with RUN_SLOW=0 (tests/api/slow.py)"),
]
