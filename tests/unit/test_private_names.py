"""Private names of Textual (and of the standard library) that the app relies on.

Each is listed here and in docs/architecture.md ("Private names in use", with why it is
needed and what happens without it). The tests fail when the installed Textual or Python
no longer has one of them (a rename would otherwise go unseen: an override of a private
method is then never called, a ``getattr`` with a default quietly does nothing), when
the code uses a private name of another package that is not listed, and when the docs
leave one out.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARCHITECTURE = ROOT / "docs" / "architecture.md"

# (owner as "module:Class" or "module", name, how it is there): "attr" a class or module
# attribute; "self" an instance attribute, assigned as ``self.NAME`` in the class (or a
# base); "module" a private module imported.
PRIVATE: list[tuple[str, str, str]] = [
    # tui/textual_fixes.py (their source is also checked: tests/ui/test_textual_fixes_check.py)
    ("textual._compositor", "textual._compositor", "module"),
    ("textual._compositor:Compositor", "_render_chops", "attr"),
    ("textual._compositor:Compositor", "_get_renders", "attr"),
    ("textual._compositor:Compositor", "_regions_to_spans", "attr"),
    ("textual._compositor:Compositor", "_dirty_regions", "self"),
    ("textual._styles_cache", "textual._styles_cache", "module"),
    # tui/stylesheet_store.py: StoredStylesheet
    ("textual.css.stylesheet:Stylesheet", "_parse_cache", "self"),
    ("textual.css.stylesheet:Stylesheet", "_variables", "self"),
    # tui/textual_fixes.py: escape_digits_as_alt
    ("textual._ansi_sequences", "textual._ansi_sequences", "module"),
    ("textual._ansi_sequences", "ANSI_SEQUENCES_KEYS", "attr"),
    # tests/ui/test_tree_keys_clipboard_and_scrolling.py (what the parser reads)
    ("textual._xterm_parser", "textual._xterm_parser", "module"),
    ("textual._xterm_parser", "XTermParser", "attr"),
    # tui/app.py: SpeechReaderApp
    ("textual.app:App", "_display", "attr"),
    ("textual.app:App", "_refresh_notifications", "attr"),
    ("textual.app:App", "_unnotify", "attr"),
    ("textual.app:App", "_notifications", "self"),
    # tui/cli.py
    ("textual.app:App", "_exception", "self"),
    # tui/screens/main.py and tui/screens/frames.py: FrameTimer
    ("textual.screen:Screen", "_update_timer", "attr"),
    ("textual.screen:Screen", "_Screen__update_timer", "self"),
    ("textual.screen:Screen", "_on_timer_update", "attr"),
    ("textual._time", "textual._time", "module"),
    ("textual.timer:Timer", "_run", "attr"),
    ("textual.timer:Timer", "_start", "attr"),
    ("textual.timer:Timer", "_tick", "attr"),
    ("textual.timer:Timer", "_interval", "self"),
    ("textual.timer:Timer", "_active", "attr"),
    ("textual.message_pump:MessagePump", "_timers", "self"),
    # tui/screens/palette.py
    ("textual.command:CommandPalette", "_NO_MATCHES", "attr"),
    # tui/widgets/filetree_*.py and tui/widgets/treestyle.py
    ("textual.widgets._tree", "textual.widgets._tree", "module"),
    ("textual.widgets._tree", "_TreeLine", "attr"),
    ("textual.widgets:DirectoryTree", "_safe_is_dir", "attr"),
    ("textual.widgets:DirectoryTree", "_populate_node", "attr"),
    ("textual.widgets:DirectoryTree", "_load_queue", "self"),
    ("textual.widgets:Tree", "_build", "attr"),
    ("textual.widgets:Tree", "_invalidate", "attr"),
    ("textual.widgets:Tree", "_tree_lines", "attr"),
    ("textual.widgets:Tree", "_tree_nodes", "self"),
    # (assigned by the file tree too, so the scan below would take them for its own)
    ("textual.widgets:Tree", "_tree_lines_cached", "self"),
    ("textual.widgets:Tree", "_updates", "self"),
    ("textual.widgets.tree:TreeNode", "_line", "self"),
    ("textual.widgets.tree:TreeNode", "_updates", "self"),
    ("textual.widgets.tree:TreeNode", "_children", "self"),
    ("textual.widget:Widget", "_scroll_update", "attr"),
    # tui/widgets/toasts.py
    ("textual.widgets._toast", "textual.widgets._toast", "module"),
    ("textual.widgets._toast:Toast", "_notification", "self"),
    ("textual.widgets._toast:ToastRack", "_toast_id", "attr"),
    # tui/widgets/wrapped.py
    ("textual._wrap", "textual._wrap", "module"),
    ("textual.document._document", "textual.document._document", "module"),
    ("textual.document._document_navigator", "textual.document._document_navigator", "module"),
    ("textual.document._wrapped_document", "textual.document._wrapped_document", "module"),
    ("textual.widgets:TextArea", "_set_document", "attr"),
    ("textual.widgets:TextArea", "_rewrap_and_refresh_virtual_size", "attr"),
    # tests/ui/conftest.py (css_parsed_once: each CSS parsed once per test process)
    ("textual.css.stylesheet:Stylesheet", "_parse_rules", "attr"),
    # tests/ui/test_snapshots.py (shorter_idle_step)
    ("textual._wait", "textual._wait", "module"),
    ("textual._wait", "SLEEP_GRANULARITY", "attr"),
    # tui/services.py (the standard library's process pool and resource tracker)
    ("concurrent.futures:ProcessPoolExecutor", "_processes", "self"),
    ("concurrent.futures:ProcessPoolExecutor", "_broken", "self"),
    ("multiprocessing.resource_tracker", "_resource_tracker", "attr"),
    ("multiprocessing.resource_tracker:ResourceTracker", "_pid", "self"),
    # tui/base/patterns.py (the regular expression compiler's cache)
    ("re", "_compiler", "attr"),
    ("re", "_parser", "attr"),
    ("re._compiler", "_code", "attr"),
    ("_sre", "_sre", "module"),
    # tui/notebook_records.py
    ("enum:Enum", "_value2member_map_", "attr"),
]

PUBLIC_DESPITE_THE_UNDERSCORE = {"_exit", "_make", "_asdict", "_replace", "_fields"}
"""Documented public names: ``os._exit`` and the named tuple's methods."""

OVERRIDES = {
    name for owner, name, kind in PRIVATE if kind == "attr" and owner.startswith("textual")
}


def _owner(where: str) -> Any:
    module_name, _, name = where.partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, name) if name else module


def _assigned_in(cls: type, name: str) -> bool:
    """Whether ``self.NAME`` is assigned in the source of ``cls`` or of a base."""
    pattern = re.compile(rf"self\.{re.escape(name)}\b\s*(?::[^=\n]*)?=")
    for base in cls.__mro__:
        if base is object:
            continue
        try:
            source = inspect.getsource(base)
        except (OSError, TypeError):
            continue
        if pattern.search(source):
            return True
    return False


@pytest.mark.parametrize(("owner", "name", "kind"), PRIVATE, ids=lambda v: str(v))
def test_the_private_name_is_still_there(owner: str, name: str, kind: str) -> None:
    if kind == "module":
        importlib.import_module(name)
        return
    found = _owner(owner)
    if kind == "attr":
        assert hasattr(found, name), f"{owner} has no {name} any more"
        return
    # (a name mangled by its class, ``_Screen__update_timer``, is written ``self.__update_timer``)
    written = name.removeprefix(f"_{found.__name__}")
    assert _assigned_in(found, written), f"{owner} no longer sets self.{written}"


MODULES = {name for _, name, kind in PRIVATE if kind == "module"}


def _private_uses(path: Path) -> set[str]:
    """The private names ``path`` uses: attributes (``x._name``; a private module named
    whole: ``textual._wait``), private modules imported and private names imported."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_"):
            if node.attr.startswith("__") and not node.attr.endswith("__"):
                continue  # mangled: this class's own
            if node.attr.startswith("__"):
                continue  # dunder
            dotted = f"{node.value.id}.{node.attr}" if isinstance(node.value, ast.Name) else ""
            found.add(dotted if dotted in MODULES else node.attr)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if any(part.startswith("_") for part in alias.name.split(".")):
                    found.add(alias.name)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] in ("tui", "__future__"):
                continue
            if any(part.startswith("_") for part in node.module.split(".")):
                found.add(node.module)
            found.update(alias.name for alias in node.names if alias.name.startswith("_"))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if node.value.startswith("_Screen__"):
                found.add(node.value)
    return found


def _defined_in_tui(paths: list[Path]) -> set[str]:
    """Names this project defines (functions, classes, attributes it assigns, arguments)."""
    defined: set[str] = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                defined.add(node.name)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                defined.add(node.attr)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                defined.add(node.id)
            elif isinstance(node, ast.arg):
                defined.add(node.arg)
            elif isinstance(node, ast.keyword) and node.arg:
                defined.add(node.arg)
    return defined


def test_every_private_name_used_is_listed() -> None:
    """A private name of Textual or the standard library used in ``tui/`` (or in the
    snapshot tests' idle step) is listed above. The project's own private names are
    left aside: any name it defines itself, so a use of a listed Textual name whose name
    the project also defines (``_start``) is caught by the list, not by this scan."""
    paths = sorted((ROOT / "tui").rglob("*.py"))
    own = _defined_in_tui(paths) - OVERRIDES
    listed = {name for _, name, _ in PRIVATE}
    unlisted: dict[str, list[str]] = {}
    for path in [*paths, ROOT / "tests" / "ui" / "test_snapshots.py"]:
        for name in _private_uses(path) - own - listed - PUBLIC_DESPITE_THE_UNDERSCORE:
            unlisted.setdefault(name, []).append(str(path.relative_to(ROOT)))
    assert unlisted == {}, "list these in PRIVATE and in docs/architecture.md"


def test_the_docs_list_every_private_name() -> None:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    section = text.split("## Private names in use", 1)[1].split("\n## ", 1)[0]
    spans = re.findall(r"`([^`]+)`", section)
    missing = sorted(
        {
            name
            for _, name, _ in PRIVATE
            if not any(span == name or span.endswith(f".{name}") for span in spans)
        }
    )
    assert missing == []
