"""Fixes for two Textual bugs: wide characters vanish under overlays (Chinese text shows
it), and every widget's drawn lines are kept after the widget is gone; and Esc typed just
before a digit read as Esc and the digit (``escape_digits_as_alt``, at the end).

The second (``apply_styles_cache_fix``; upstream https://github.com/Textualize/textual/issues/6665,
open) is at the end of this module. The first:

Upstream: https://github.com/Textualize/textual/issues/6357 (open). Written for Textual
8.2.8 (``textual._compositor.Compositor``).

The compositor divides each screen line at every widget's left and right edge ("cuts")
and gives each piece between two cuts to the topmost widget there. Dividing a widget's
line uses Rich's ``Segment.split_cells``, which turns a wide character cut in two into
two spaces. So where a notice or a dialog stands over another widget's edge, the
character of the notice that straddles that edge's column vanishes ("Enter   然导"
for "Enter 仍然导"), although the notice wins the cells on both sides.

The fix (after the reference fix in the issue thread): the pieces of a line that the
same, topmost widget wins side by side are not divided, but kept as one piece at the
first cut; the cuts inside it get an empty piece, so no lower widget claims them.
A partial update (only the changed regions are written) must then write such a piece
whole: its lines are composed over the full screen width (so every widget there
claims its part), each piece's end is where its text ends, and a span written is
widened to the whole pieces it touches. A wide character that another widget really
covers half of is still cut, as before.

Since this replaces the loop that draws the widgets, it also leaves out a widget whose
every piece a widget above it has already won (the screen and the panes' container under
the panes): its lines were drawn and then thrown away (the first frame's composition 25.2 ->
21.1 ms of the UI thread, medians of 10 runs each; docs/performance-log.md, perf10). That loop is Textual's ``Compositor._get_renders``, whose
source is checked with the two replaced methods.

``apply`` replaces the two compositor methods once, and only when their source is the
one this was written for (compared by a CRC-32 of their lines); otherwise it logs a
warning and changes nothing, and the app works as with plain Textual. The check reads the
method's lines from its code object (first line to last line with code) instead of
``inspect.getsource`` and SHA-256: the same lines, without tokenizing the methods and
importing ``hashlib`` at every start (import and check 0.8 ms instead of 5.2, median of
15 fresh interpreters each in turns; docs/performance-log.md, perf10).
"""

from __future__ import annotations

import linecache
import logging
import zlib
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from textual._compositor import ChopsUpdate, Compositor
from textual._styles_cache import StylesCache
from textual.color import Color
from textual.geometry import Region
from textual.strip import Strip
from textual.style import Style

log = logging.getLogger(__name__)

ISSUE = "https://github.com/Textualize/textual/issues/6357"
WRITTEN_FOR = "8.2.8"
"""The Textual version whose compositor methods are replaced."""

EXPECTED_SOURCE: dict[str, int] = {
    "_render_chops": 0x9DBF95BC,
    "render_partial_update": 0x040360A3,
    "_get_renders": 0xCFCC4EAB,
}
"""CRC-32 of each method's source (``source_checksum``) in Textual 8.2.8: the two replaced
and the one whose loop ``_render_chops`` does itself."""

REPLACED = ("_render_chops", "render_partial_update")
"""The compositor methods ``apply`` replaces."""

TEXTUAL_METHODS: dict[str, Callable[..., Any]] = {
    name: getattr(Compositor, name) for name in REPLACED
}
"""Textual's own methods, as they were when this module was imported (before ``apply``)."""


def method_source(method: object) -> str | None:
    """``method``'s source lines, from its first line to the last line that has code, or
    None when they cannot be read (not a Python function, no source file)."""
    code = getattr(method, "__code__", None)
    if code is None:
        return None
    lines = linecache.getlines(code.co_filename)
    numbers = [line for _, _, line in code.co_lines() if line is not None]
    if not lines or not numbers:
        return None
    return "".join(lines[code.co_firstlineno - 1 : max(numbers)])


def source_checksum(method: object) -> int | None:
    """The CRC-32 of ``method_source(method)`` (None without one): a fingerprint that
    tells Textual's method apart from a changed one, not a defence."""
    source = method_source(method)
    return None if source is None else zlib.crc32(source.encode("utf-8"))


def changed_methods(compositor: type = Compositor) -> list[str]:
    """The names of the methods of ``compositor`` that are not the ones this was written for."""
    return [
        name
        for name, expected in EXPECTED_SOURCE.items()
        if source_checksum(getattr(compositor, name, None)) != expected
    ]


def _render_chops(
    self: Compositor, crop: Region, is_rendered_line: Callable[[int], bool]
) -> Sequence[Mapping[int, Strip]]:
    """``Compositor._render_chops``, but a widget's line is not divided between pieces it
    wins, and a widget that wins no piece is not drawn."""
    cuts = self.cuts
    chops: list[dict[int, Strip | None]] = [dict.fromkeys(cut_set[:-1]) for cut_set in cuts]
    # Front to back, as Compositor._get_renders (whose drawing this does itself).
    for widget, (region, clip) in self.visible_widgets.items():
        if crop and not crop.overlaps(clip):
            continue
        render_region = region.intersection(clip)
        if not render_region.area:
            continue
        render_x = render_region.x
        first_cut, last_cut = render_region.column_span
        lines = [
            (y, [cut for cut in cuts[y] if last_cut >= cut >= first_cut])
            for y in render_region.line_range
            if is_rendered_line(y)
        ]
        # A piece still empty is this widget's; with none left, its lines would be thrown away.
        if all(chops[y].get(cut) is not None for y, final in lines for cut in final[:-1]):
            continue
        strips = widget.render_lines(render_region.translate(-region.offset))
        top = render_region.y
        for y, final_cuts in lines:
            strip = strips[y - top]
            chops_line = chops[y]
            free = [chops_line.get(cut) is None for cut in final_cuts[:-1]]
            kept = [final_cuts[0]]
            inside: list[int] = []
            for index in range(1, len(final_cuts) - 1):
                if free[index - 1] and free[index]:
                    inside.append(final_cuts[index])
                else:
                    kept.append(final_cuts[index])
            kept.append(final_cuts[-1])
            pieces = strip.divide([cut - render_x for cut in kept[1:]])
            for cut, piece in zip(kept, pieces, strict=False):
                if chops_line.get(cut) is None:
                    chops_line[cut] = piece
            for cut in inside:
                chops_line[cut] = Strip([])
    return chops  # type: ignore[return-value]


def _render_partial_update(self: Compositor) -> ChopsUpdate | None:
    """``Compositor.render_partial_update``, writing the undivided pieces whole."""
    screen_region = self.size.region
    update_regions = self._dirty_regions.copy()
    self._dirty_regions.clear()
    if not update_regions:
        return None
    crop = Region.from_union(list(update_regions)).intersection(screen_region)
    spans = list(self._regions_to_spans(update_regions))
    is_rendered_line = {y for y, _, _ in spans}.__contains__
    lines = Region(0, crop.y, screen_region.width, crop.height)
    chops = self._render_chops(lines, is_rendered_line)
    chop_ends = [
        [
            end if strip is None else x + strip.cell_length
            for (x, strip), end in zip(chop.items(), cut_set[1:], strict=False)
        ]
        for chop, cut_set in zip(chops, self.cuts, strict=False)
    ]
    widened: list[tuple[int, int, int]] = []
    for y, x1, x2 in spans:
        start, stop = x1, x2
        for (x, strip), end in zip(chops[y].items(), chop_ends[y], strict=False):
            if strip is not None and x < x2 and end > x1:
                start, stop = min(start, x), max(stop, end)
        widened.append((y, start, stop))
    return ChopsUpdate(chops, widened, chop_ends)


def apply(compositor: type = Compositor) -> bool:
    """Replace the compositor's methods, once; False (and a logged warning) when this
    Textual's methods are not the ones this fix was written for. Also applies
    ``apply_styles_cache_fix`` (its own check, its own warning)."""
    apply_styles_cache_fix()
    if compositor.__dict__.get("_render_chops") is _render_chops:
        return True
    changed = changed_methods(compositor)
    if changed:
        log.warning(
            "Textual fix for %s not applied: Compositor.%s differs from Textual %s's",
            ISSUE,
            ", ".join(changed),
            WRITTEN_FOR,
        )
        return False
    compositor._render_chops = _render_chops  # type: ignore[attr-defined]
    compositor.render_partial_update = _render_partial_update  # type: ignore[attr-defined]
    return True


# Every widget's drawn lines kept after the widget is gone (Textual issue 6665, open).
#
# ``StylesCache`` (one per widget: the widget's lines as last drawn, Strips with their seven
# caches each) has ``get_inner_outer`` decorated with ``functools.lru_cache(1024)`` as a plain
# method, so the cache's key holds the ``StylesCache`` itself: the last 1,024 widgets' caches
# that drew a line stay alive with their lines, long after their widgets were removed (each
# file opened makes a few: the help screen's panes, the outline's labels…). In a long session
# that was about 70 MB a round of 60 files opened (docs/performance-log.md, "A long
# session"), until 1,024 of them were held. The two styles depend on the two colours only:
# cached by them alone, the widget's cache is not kept.

STYLES_CACHE_ISSUE = "https://github.com/Textualize/textual/issues/6665"
INNER_OUTER_SOURCE = 0xB83AC7C4
"""CRC-32 (``source_checksum``) of ``StylesCache.get_inner_outer``'s source under its
``lru_cache`` in Textual 8.2.8."""


@lru_cache(1024)
def inner_outer(base_background: Color, background: Color) -> tuple[Style, Style]:
    """The inner and outer background styles of a widget's lines (as Textual's
    ``StylesCache.get_inner_outer``), cached by the two colours only."""
    return (
        Style(background=base_background + background),
        Style(background=base_background),
    )


def _get_inner_outer(
    self: StylesCache, base_background: Color, background: Color
) -> tuple[Style, Style]:
    return inner_outer(base_background, background)


def apply_styles_cache_fix(styles_cache: type = StylesCache) -> bool:
    """Replace ``StylesCache.get_inner_outer`` by ``inner_outer``, once; False (and a logged
    warning) when this Textual's method is not the one this fix was written for."""
    method = styles_cache.__dict__.get("get_inner_outer")
    if method is _get_inner_outer:
        return True
    if source_checksum(getattr(method, "__wrapped__", None)) != INNER_OUTER_SOURCE:
        log.warning(
            "Textual fix for %s not applied: StylesCache.get_inner_outer differs from Textual %s's",
            STYLES_CACHE_ISSUE,
            WRITTEN_FOR,
        )
        return False
    styles_cache.get_inner_outer = _get_inner_outer  # type: ignore[attr-defined]
    return True


ESC_DIGIT_SEQUENCES = tuple(f"\x1b{digit}" for digit in "0123456789")
"""Esc and a digit sent as one key: what tmux (and other terminals, within their escape
time) sends for Esc typed just before a digit."""


def escape_digits_as_alt() -> None:
    """Read ``ESC 3`` as alt+3, as for any other character after Esc, not as £.

    Textual's table of key sequences (``textual._ansi_sequences.ANSI_SEQUENCES_KEYS``)
    reads ``ESC 1`` … ``ESC 0`` as ¡ ™ £ ¢ ∞ § ¶ • ª º, the characters macOS's Option key
    types on the number row (for WezTerm); so a £ typed on a UK keyboard and Esc-then-3
    in tmux were the same key, and the reader, which has to take the second as Esc and 3
    (a count), took a real £ as Esc too. Without those rows the parser reads the sequence
    as alt+3 (Esc and 3, ``ReaderView.on_key``) and £ stays £. Called once, before the
    terminal's input is read (``SpeechReaderApp.__init__``); a table of another shape is
    left as it is (the test fails)."""
    import textual._ansi_sequences

    table = textual._ansi_sequences.ANSI_SEQUENCES_KEYS
    if isinstance(table, dict):
        for sequence in ESC_DIGIT_SEQUENCES:
            table.pop(sequence, None)
