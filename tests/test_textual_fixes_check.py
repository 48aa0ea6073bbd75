"""``tui.textual_fixes``' check of Textual's methods (``source_checksum``): the lines it
fingerprints, and methods it cannot read counted as changed."""

from __future__ import annotations

import importlib.util
import inspect
from pathlib import Path

from textual._compositor import Compositor

from tui import textual_fixes


def test_the_checksum_covers_the_methods_whole_source() -> None:
    """The lines fingerprinted are the method's source as ``inspect`` reads it (Textual
    8.2.8's two methods end with a line of code), so a change anywhere in them is seen."""
    for name, method in textual_fixes.TEXTUAL_METHODS.items():
        assert textual_fixes.method_source(method) == inspect.getsource(method)
        assert textual_fixes.source_checksum(method) == textual_fixes.EXPECTED_SOURCE[name]


def test_a_changed_method_has_another_checksum(tmp_path: Path) -> None:
    """The same method with one character of its last line changed, read from a file."""
    method = textual_fixes.TEXTUAL_METHODS["render_partial_update"]
    lines = inspect.getsource(method).splitlines(keepends=True)
    assert "return" in lines[-1]
    changed = [*lines[:-1], lines[-1].replace("return", "return ", 1)]
    module = tmp_path / "changed_compositor.py"
    module.write_text(
        "from __future__ import annotations\n\n\nclass Changed:\n" + "".join(changed),
        encoding="utf-8",
    )
    spec = importlib.util.spec_from_file_location("changed_compositor", module)
    assert spec is not None and spec.loader is not None
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    other = loaded.Changed.render_partial_update
    assert textual_fixes.method_source(other) == "".join(changed)
    assert (
        textual_fixes.source_checksum(other)
        != textual_fixes.EXPECTED_SOURCE["render_partial_update"]
    )
    assert textual_fixes.changed_methods(loaded.Changed) == [
        "_render_chops",  # (the class has none)
        "render_partial_update",
    ]


def test_a_method_without_readable_source_counts_as_changed() -> None:
    namespace: dict[str, object] = {}
    exec("def _render_chops(self, crop, is_rendered_line):\n    return []\n", {}, namespace)
    assert textual_fixes.source_checksum(namespace["_render_chops"]) is None
    assert textual_fixes.source_checksum(len) is None
    assert textual_fixes.source_checksum(None) is None
    odd = type("Odd", (Compositor,), {"_render_chops": namespace["_render_chops"]})
    assert textual_fixes.changed_methods(odd) == ["_render_chops"]
