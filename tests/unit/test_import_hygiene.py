"""The engine must import without pulling in the UI (the import-linter contract, checked live)."""

import pkgutil
import subprocess
import sys

import tui.engine


def test_every_engine_module_imports_without_textual() -> None:
    modules = [f"tui.engine.{m.name}" for m in pkgutil.iter_modules(tui.engine.__path__)]
    assert {"tui.engine.parse", "tui.engine.outline", "tui.engine.keywords"} <= set(modules)
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r} + ['tui.state']:\n"
        "    importlib.import_module(name)\n"
        "print(','.join(m for m in ('textual', 'rich') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
