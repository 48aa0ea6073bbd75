"""The engine must import without pulling in the UI (the import-linter contract, checked live),
nor may the pure models beside it (the state, the side panes)."""

import pkgutil
import subprocess
import sys

import tui.engine


def test_every_engine_module_imports_without_textual() -> None:
    modules = [f"tui.engine.{m.name}" for m in pkgutil.iter_modules(tui.engine.__path__)]
    assert {"tui.engine.parse", "tui.engine.outline", "tui.engine.keywords"} <= set(modules)
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r} + ['tui.state', 'tui.side_panes']:\n"
        "    importlib.import_module(name)\n"
        "print(','.join(m for m in ('textual', 'rich') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_the_app_starts_without_the_modules_it_needs_only_later() -> None:
    # What a key opens later (help, bookmarks, corpus search, quoting) and what runs
    # in the helper process (jieba) stays out of the start. (The parser is imported by
    # the first file's parse, on a thread; so is tui.engine.doccache, 0.9 ms by -X importtime,
    # which keeps that parse for the index: opening.load.)
    later = [
        "tui.engine.keywords",
        "tui.engine.index",
        "sqlite3",
        "tui.screens.help",
        "tui.screens.bookmarks",
        "tui.screens.corpus_search",
        "tui.screens.quote_dialog",
        "tui.screens.notebook",
        "jieba",
        "pyperclip",
        "multiprocessing",
        "argparse",
        # The reader's find, imported at the first search (1.9 ms: its query patterns);
        # secrets for the state's temporary names, with hmac and hashlib (about 2 ms;
        # perf19).
        "tui.engine.match",
        "secrets",
        "hashlib",
        # Every place's keys (its dataclasses, inspect, pkgutil: 3-5 ms), read by the help
        # screen and keyref; the reader and the outline need only the digit keys
        # (tui.digit_keys; firsttext30).
        "tui.keymap",
        "pkgutil",
        # Textual's TextArea (its document classes and tree-sitter, about 8 ms), for the
        # quote dialogs' editable text only (tui.widgets.kinsoku_area).
        "textual.document",
        "tree_sitter",
    ]
    code = (
        "import sys\n"
        "from tui.cli import launch\n"
        "app = launch(None)\n"
        "app.background.shutdown()\n"
        "assert 'tui.screens.main' in sys.modules\n"
        f"print(','.join(m for m in {later!r} if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
