"""The engine must import without pulling in the UI."""

import subprocess
import sys


def test_engine_imports_without_textual() -> None:
    code = (
        "import sys, tui.engine, tui.state;"
        "bad=[m for m in ('textual','rich') if m in sys.modules];"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
