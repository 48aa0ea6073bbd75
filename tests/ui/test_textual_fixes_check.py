"""``tui.textual_fixes``: its check of Textual's methods (``source_checksum``: the lines it
fingerprints, methods it cannot read counted as changed), and a widget wholly covered left
undrawn. (What the fix itself is for: ``tests/ui/test_wide_under_overlay.py``.) And the second
fix: a widget's cache of drawn lines is not kept by its styles' cache."""

from __future__ import annotations

import gc
import importlib.util
import inspect
import weakref
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from textual._compositor import Compositor
from textual._styles_cache import StylesCache
from textual.app import App, ComposeResult
from textual.color import Color
from textual.geometry import Region
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget
from textual.widgets import Static

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
    # (the class has neither of the other two)
    assert set(textual_fixes.changed_methods(loaded.Changed)) == set(textual_fixes.EXPECTED_SOURCE)


def test_a_method_without_readable_source_counts_as_changed() -> None:
    namespace: dict[str, object] = {}
    exec("def _render_chops(self, crop, is_rendered_line):\n    return []\n", {}, namespace)
    assert textual_fixes.source_checksum(namespace["_render_chops"]) is None
    assert textual_fixes.source_checksum(len) is None
    assert textual_fixes.source_checksum(None) is None
    # (Textual's own methods beside it: Compositor's may be replaced by ``apply`` already)
    methods = {**textual_fixes.TEXTUAL_METHODS, "_render_chops": namespace["_render_chops"]}
    odd = type("Odd", (Compositor,), methods)
    assert textual_fixes.changed_methods(odd) == ["_render_chops"]


class _Counted(Widget):
    """A container that counts the lines it is asked to draw."""

    drawn = 0

    def render_lines(self, crop: Region) -> list[Strip]:
        type(self).drawn += crop.height
        return super().render_lines(crop)


class _Covered(App[None]):
    CSS = "#under { width: 30; height: 10; } #over { width: 100%; height: 100%; }"

    def compose(self) -> ComposeResult:
        with _Counted(id="under"):
            yield Static("讲话稿 " * 20, id="over")
        yield Static("下面", id="below")


def _text(chops: Sequence[Mapping[int, Strip | None]]) -> list[str]:
    return ["".join(strip.text for strip in line.values() if strip is not None) for line in chops]


async def test_a_widget_wholly_covered_is_not_drawn() -> None:
    """Its lines would all be thrown away: what the screen shows is what Textual's own
    compositor makes, drawing it."""
    assert textual_fixes.apply()  # (as the reader's app does; once per process)
    app = _Covered()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        compositor = app.screen._compositor
        screen = compositor.size.region
        _Counted.drawn = 0
        ours = compositor._render_chops(screen, lambda y: True)
        assert _Counted.drawn == 0
        assert _text(ours)[0].startswith("讲话稿 讲话稿")
        textual = textual_fixes.TEXTUAL_METHODS["_render_chops"](compositor, screen, lambda y: True)
        assert _Counted.drawn == 10
        assert _text(ours) == _text(textual)
        # Uncovered (the child hidden), it is drawn.
        app.query_one("#over").display = False
        await pilot.pause()
        _Counted.drawn = 0
        compositor = app.screen._compositor
        compositor._render_chops(compositor.size.region, lambda y: True)
        assert _Counted.drawn == 10


def test_a_widgets_cache_of_drawn_lines_is_not_kept_by_its_styles() -> None:
    """Textual issue 6665: ``StylesCache.get_inner_outer``'s ``lru_cache`` kept each widget's
    cache of drawn lines (the key held the cache itself), so the last 1,024 widgets' lines
    stayed after the widgets were gone (about 70 MB a round of 60 files opened in a long
    session: docs/performance-log.md, "A long session")."""
    assert textual_fixes.apply_styles_cache_fix()  # (as the reader's app does; once)
    cache = StylesCache()
    inner, outer = cache.get_inner_outer(Color(0, 0, 0), Color(10, 20, 30, 0.5))
    assert (inner, outer) == (
        Style(background=Color(0, 0, 0) + Color(10, 20, 30, 0.5)),
        Style(background=Color(0, 0, 0)),
    )
    drawn = weakref.ref(cache)
    del cache
    gc.collect()
    assert drawn() is None


def test_the_styles_fix_is_not_applied_to_another_method() -> None:
    class Changed:
        @lru_cache(16)  # noqa: B019 - the shape of Textual's method, for its check
        def get_inner_outer(self, base: Color, background: Color) -> tuple[Style, Style]:
            return (Style(background=base), Style(background=background))

    method = Changed.get_inner_outer
    assert textual_fixes.apply_styles_cache_fix(Changed) is False
    assert Changed.__dict__["get_inner_outer"] is method
