"""Write ``tui/data/widths-unicode-<version>.zlib``: the wrap width tables for a Python.

``tui.engine.wrap`` reads the file for the running Python's Unicode version instead of
building the tables (about 25 ms of every start). Run this with each Python the app
supports, from the checkout's root::

    python3.11 tests/bench/build_width_tables.py
    python3.12 tests/bench/build_width_tables.py
    python3.13 tests/bench/build_width_tables.py

Run it again after changing how ``tui.engine.wrap`` computes widths: the test
``test_shipped_width_tables`` fails until the file matches.
"""

from __future__ import annotations

import sys
import unicodedata
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tui.engine import wrap  # noqa: E402 - after the path is set
from tui.paths import data_file  # noqa: E402


def main() -> None:
    table, pattern = wrap.build_tables()
    path = data_file(wrap.tables_file())
    path.write_bytes(zlib.compress(table + pattern.encode("utf-8"), 9))
    print(f"Unicode {unicodedata.unidata_version}: wrote {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
