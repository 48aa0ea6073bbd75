"""The file pane: a DirectoryTree showing folders and speech files only, with speech counts.

``SpeechFileTree`` is the widget the screens use: its keys, its root's name, and its
labels (icon and name fitted to the pane, a type marker, the speech count or a mark:
``render_label``, ``_fitted_name``). It is built in layers, one concern a module, each
on the one below:

* ``filetree_lines.py``: ``TreeLines``, the lines built and appended without measuring a
  label, the guides' width, ``ViewChanged``;
* ``filetree_listing.py``: ``ListedTree``, the state the layers share and a folder
  listed a batch a frame, the cursor and the view kept;
* ``filetree_counts.py``: ``CountedTree``, speech counts, content kinds and 无权限 marks,
  their lines drawn again;
* ``filetree_watch.py``: ``WatchedTree``, folders listed again as they change on disk,
  and ``reveal``;
* ``filetree_renames.py``: ``RenamedTree``, a renamed file or folder followed in place.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets.directory_tree import DirEntry
from textual.widgets.tree import TreeNode

from tui import ui_text
from tui.base import patterns
from tui.base.files import SUFFIX_ORDER
from tui.base.safetext import safe_text
from tui.formats import kind_of_name
from tui.widgets.filetree_counts import EMPTY_FILE
from tui.widgets.filetree_lines import ICON_CELLS
from tui.widgets.filetree_renames import RenamedTree
from tui.widgets.treestyle import (
    ELLIPSIS,
    cut_keeping_tail,
    cut_to_cells,
    guides_before,
)

TYPE_MARKERS: dict[str, str | ui_text.Msg] = {
    "pdf": "PDF",
    "docx": "W",
    "doc": "W",
    "html": ui_text.TREE_WEB_PAGE,
    "mhtml": ui_text.TREE_WEB_PAGE,
    "epub": "EPUB",
    "rtf": "W",
    "odt": "W",
}
"""The dim marker after a file name that is not plain text."""


def _shared_markers() -> dict[str, str | ui_text.Msg]:
    markers = {suffix: TYPE_MARKERS.get(kind_of_name(f"x{suffix}")) for suffix in SUFFIX_ORDER}
    return {
        suffix: marker
        for suffix, marker in markers.items()
        if marker is not None and list(markers.values()).count(marker) > 1
    }


_SHARED_MARKERS = _shared_markers()
"""The suffixes (of ``SUFFIX_ORDER``) whose marker other suffixes share (W: .docx .doc .wps
.rtf .odt; 网页: .html .htm .mhtml .mht), with that marker: a name listed with two of them
(讲话.doc and 讲话.docx) shows its suffix in place of the marker (``_has_twin``)."""
SERIAL = patterns.compile(
    r"(?:(?<![A-Za-z])[A-Za-z]{1,3}(?=[0-9]))?[0-9０-９]+(?:[A-Za-z]{2,3}|\D)?$"
)
"""The number that ends a name in a series, and a character after it (讲话0317, 第12讲):
kept when the name is cut; with the one to three Latin letters it is glued to when they
stand as a word's start (nuclear-explain-p1: "nuclear-…p1", where "nuclear-e…1" left a
lone digit that read as a count; v2 likewise, not a longer word's end: explain1 keeps 1);
or with the two or three Latin letters of a unit after it (合集10MB: "合…10MB", where
"合集…" did not tell it from 合集5MB)."""
NAME_CELLS = 3
"""The speech count gives way only where the name would be cut shorter than this (cells
after the icon: "合…"): the count is kept and the name cut, the whole name being on the
status line (with 5, a subfolder's "合集5MB.txt" lost its "252 sp." in the 19-cell pane at
80x24, English); a bare "📄 20" told nothing."""
MARKER_NAME_CELLS = 5
"""The type marker gives way (before the count) where the name would be cut shorter than
this: "网页…  网页 12篇" keeps it, "开… 网页  12篇" would have kept a kind for a name."""
WORDED_COUNT_WIDTH = 36
"""From this pane width (cells) a speech count is written with its word in English ("12
speeches"); narrower, short on every line ("12 sp.", not worded on some lines and not on
others; the number alone read as anything). Chinese ("12篇") is the same either way."""
SHARED_RUN = 12
"""At most this many lines each way are looked at for where a run of names alike at their
head ends (``_shared_head``): a label's cost stays bounded in a folder of 3,000 alike."""


class SpeechFileTree(RenamedTree):
    """Folders and speech files; a file shows "N篇" once its speeches are counted (the
    files in sight and near it: ``uncounted_near_view``, ``ViewChanged``).

    Labels are fitted to the pane (long names end in "…"), so the count stays visible.
    A name's extension is drawn as the rest of the name (DirectoryTree sets it in italics):
    a name cut to the pane loses its ".txt", so the one name of a folder that fitted
    showed a lone italic ".txt" beside its row's name (docs/images/quote.svg, ui25).
    """

    DEFAULT_CSS = """
    SpeechFileTree > .directory-tree--extension, SpeechFileTree:ansi > .directory-tree--extension {
        text-style: none;
    }
    """

    HELP_GROUP: ClassVar[str] = ui_text.GROUP_FILES.zh

    BINDINGS: ClassVar[list[BindingType]] = [
        # Tree's own Enter, shown in the key bar as the other panes show their keys.
        Binding("enter", "open_entry", ui_text.KEY_OPEN.zh),
        Binding("j", "cursor_down", ui_text.KEY_NEXT_ITEM.zh, show=False),
        Binding("k", "cursor_up", ui_text.KEY_PREVIOUS_ITEM.zh, show=False),
        Binding("asterisk", "toggle_expand_all", ui_text.KEY_EXPAND_ALL.zh, show=False),
        # y/Y copy the reader's sentence and paragraph here too (the screen's keys): said
        # so in the key bar, since the tree's cursor is on a file, not on what is copied.
        Binding("y", "screen.copy_quote", ui_text.KEY_COPY_READER_SENTENCE.zh),
        Binding("Y", "screen.copy_paragraph", ui_text.KEY_COPY_READER_PARAGRAPH.zh, show=False),
    ]

    def action_open_entry(self) -> None:
        """Open the file at the cursor, or open or close the folder there."""
        self.action_select_cursor()

    async def watch_path(self) -> None:
        """As DirectoryTree's, then the root named for people (the bundled corpus's folder is
        ``_corpus`` inside site-packages when installed)."""
        await super().watch_path()
        self.root.set_label(self._root_label())

    def relabel(self) -> None:
        """Labels (the bundled corpus's name, counts, markers) in the language chosen now."""
        self.root.set_label(self._root_label())
        self._invalidate()

    def process_label(self, label: str | Text) -> Text:
        """A node's label: the file name made safe (``safe_text``), one line, never markup.

        File names are untrusted: one may hold an escape sequence (OSC 52 writes the
        clipboard), a bidi override or bytes that are not UTF-8; each shows as a
        visible placeholder.
        """
        plain = label.plain if isinstance(label, Text) else label
        safe = safe_text(plain)
        return super().process_label(
            Text(safe) if safe != plain or isinstance(label, str) else label
        )

    def render_label(self, node: TreeNode[DirEntry], base_style: Style, style: Style) -> Text:
        """Icon and name, cut with "…" to fit the pane, then the speech count if known.

        Speech file names are long and the pane is narrow: cut at the pane's edge they
        lost their count and the tree scrolled sideways. Fitting each label keeps the
        count visible and the tree one pane wide (the full name is in the status line
        and in the command palette).
        """
        label = whole = super().render_label(node, base_style, style)
        marker_text = count_text = ""
        is_file = node.data is not None and not node.allow_expand
        locked = node.data is not None and node.data.path in self._unreadable and node != self.root
        if locked:
            # (kept when the room is short, the name cut instead: it tells why Enter fails)
            marker_text = f" {ui_text.TREE_UNREADABLE()}"
        elif node.data is not None and is_file:
            kind = self.content_kind(node.data.path)
            marker = TYPE_MARKERS.get(kind, "")
            marker_text = f" {marker if isinstance(marker, str) else marker()}" if marker else ""
            if marker_text and kind == kind_of_name(node.data.path.name):
                # The marker tells the kind: no ".docx", ".odt" or ".rtf" beside it (a
                # file whose content is of another kind keeps its name's own suffix).
                label = _without_extension(label)
                if self._has_twin(node.data.path):
                    # 讲话.doc and 讲话.docx were two lines of "讲话 W", cut alike.
                    marker_text = f" {node.data.path.suffix.lower()}"
            key = self._resolve(node.data.path)
            count = self._speech_counts.get(key)
            # The English word ("12 speeches", 13 cells where "12篇" takes 6) in a pane
            # with room for it; narrower, "12 sp." on every line (in a 25-cell pane the
            # word hid the count of most names).
            worded = self.scrollable_content_region.width >= WORDED_COUNT_WIDTH
            if count is not None:
                count_msg = ui_text.TREE_SPEECH_COUNT if worded else ui_text.TREE_SPEECH_COUNT_SHORT
                count_text = f"  {count_msg(count=count)}"
            elif key in self._too_big:
                too_big = ui_text.TREE_TOO_BIG if worded else ui_text.TREE_TOO_BIG_SHORT
                count_text = f"  {too_big()}"
            elif self._uncountable.get(key) == EMPTY_FILE:
                count_text = f"  {ui_text.TREE_EMPTY_FILE()}"
            elif key in self._uncountable:
                uncounted = ui_text.TREE_UNCOUNTED if worded else ui_text.TREE_UNCOUNTED_SHORT
                count_text = f"  {uncounted()}"
        room = self._label_room(node)
        if room is not None:
            # The count is kept and the name cut: the count is what the tree tells, the
            # whole name is on the status line (网页讲话.html lost its "12篇" in the 25-cell
            # pane for want of 3 cells). The marker gives way where the name would keep
            # fewer than ``MARKER_NAME_CELLS`` ("网页…"), the count fewer than ``NAME_CELLS``.
            # A name listed beside a twin of another suffix (网页讲话.html, 网页讲话.mhtml)
            # keeps that suffix when cut, where its label shows it ("网….mhtml"): it tells
            # the two rows apart (at 80x24 in English both were "网页讲…  1 sp."; an .mhtml
            # read as a plain page, "网页讲… web", lost it to its marker).
            alike = (
                label.cell_len + cell_len(marker_text + count_text) > room  # (else no cut)
                and is_file
                and node.data is not None
                and self._named_alike(node.data.path)
            )

            def tail(shown: Text) -> int:
                suffix = node.data.path.suffix if alike and node.data is not None else ""
                return cell_len(suffix) if suffix and shown.plain.endswith(suffix) else 0

            short = room - ICON_CELLS - MARKER_NAME_CELLS - tail(label)
            if cell_len(marker_text + count_text) > short and marker_text and not locked:
                marker_text = ""
                label = whole  # the extension back in the marker's place
            if cell_len(marker_text + count_text) > room - ICON_CELLS - NAME_CELLS - tail(label):
                count_text = ""  # (both are on the status line)
            name_room = room - cell_len(marker_text + count_text)
            if label.cell_len > name_room:
                # Cut without its extension (``_fitted_name``), unless another file of its
                # name is listed: then the extension tells the two apart, and stays.
                shared = self._shared_head(node) if is_file and not alike else (0, 0)
                label = _fitted_name(label, max(name_room, ICON_CELLS + 2), is_file, alike, shared)
        shown = marker_text + count_text
        if shown:
            label.append_text(Text(shown, style="dim"))
        return label

    def _shared_head(self, node: TreeNode[DirEntry]) -> tuple[int, int]:
        """How many characters of the file ``node``'s name (without its extension) the
        files listed next to it in its folder begin with too: the most a name above or
        below shares (names cut there or before look the same: 在全市优化营商环境大会上的讲话
        and …推进会上的讲话 were both "在全市优…" at 80x24), and the most the first name
        past the run of names sharing that much shares, above or below (what tells its
        group from the next group: "在全市优" from "在全市招"). The run is followed up to
        ``SHARED_RUN`` lines each way: with two lines, a group of three names' first one
        and the next group's first one, three lines apart, were both "在…大会上的讲话" in the
        25-cell pane once the guides narrowed (daily98)."""
        line = node.line
        if line < 0 or node.data is None:
            return 0, 0
        stem = node.data.path.stem

        def share(near: int) -> int | None:
            """What the file ``near`` shares with ``stem``; None past the folder's files."""
            other = self.get_node_at_line(near) if near >= 0 else None
            if other is None or other.parent is not node.parent or other.data is None:
                return None
            if other.allow_expand:
                return None
            return len(os.path.commonprefix((stem, other.data.path.stem)))

        above, below = share(line - 1), share(line + 1)
        most = max(above or 0, below or 0)
        fewer = 0
        for step, first in ((-1, above), (1, below)):
            shared, near = first, line + step
            while shared is not None and shared >= most and abs(near - line) < SHARED_RUN:
                near += step
                shared = share(near)
            if shared is not None and shared < most:
                fewer = max(fewer, shared)
        return fewer, most

    def _named_alike(self, path: Path) -> bool:
        """Whether the tree lists a file of ``path``'s name with another speech suffix
        (讲话.txt beside 讲话.md): the extension is what tells the two lines apart."""
        suffix = path.suffix
        if not suffix:
            return False
        stem = path.name[: -len(suffix)]
        return any(
            other != suffix.lower() and path.with_name(stem + cased) in self._listed
            for other in SUFFIX_ORDER
            for cased in (other, other.upper())
        )

    def _has_twin(self, path: Path) -> bool:
        """Whether the tree lists a file of ``path``'s name with another suffix of the
        same marker (讲话.doc beside 讲话.docx: both "W")."""
        suffix = path.suffix
        marker = _SHARED_MARKERS.get(suffix.lower())
        if marker is None:
            return False
        stem = path.name[: -len(suffix)]
        cased = str.upper if suffix.isupper() else str.lower
        return any(
            other != suffix.lower()
            and shared == marker
            and path.with_name(stem + cased(other)) in self._listed
            for other, shared in _SHARED_MARKERS.items()
        )

    def get_label_width(self, node: TreeNode[DirEntry]) -> int:
        """The label's width without drawing it: Tree measures every label when it builds
        its lines, and drawing 10,000 of them (``render_label``) took about 250 ms on the
        first frame after a big folder was listed. Labels are fitted to the pane, so the
        width is the room when the name is longer."""
        label = node.label
        width = ICON_CELLS + (label.cell_len if isinstance(label, Text) else cell_len(label))
        if node.data is not None and not node.allow_expand:
            width += 8  # room for a type marker and "  N篇"
        room = self._label_room(node)
        return min(width, room) if room is not None else width

    def _label_room(self, node: TreeNode[DirEntry]) -> int | None:
        """Cells left for ``node``'s label after its guides (None before a layout)."""
        if not self.is_mounted:
            return None
        width = self.scrollable_content_region.width
        if width <= 0:
            return None
        return width - guides_before(self, node) * self.guide_depth


def _without_extension(label: Text) -> Text:
    """A file's label (icon and name) without the name's extension, if it has one."""
    name_start = label.plain.find(" ") + 1  # after the icon and its space
    dot = label.plain.rfind(".")
    return label[:dot] if dot > name_start else label


def _fitted_name(
    label: Text,
    cells: int,
    is_file: bool = True,
    alike: bool = False,
    shared: tuple[int, int] = (0, 0),
) -> Text:
    """A file's label (icon and name) too long for ``cells``: without its extension
    (".txt"), and, when a number ends the name (讲话0317, 第12讲), cut before the number,
    not inside it. A folder of 讲话0001.txt … 讲话3000.txt showed 3,000 rows of "讲话00…",
    one like the other. A kind other than plain text keeps its marker ("W", "PDF"); the
    whole name is in the status line. A folder's name keeps its dots (2024.03). A file
    listed ``alike`` (讲话稿.txt beside 讲话稿.md) keeps its extension: "讲….txt". A name
    whose head a name listed next to it begins with too (``shared``, ``_shared_head``:
    fewer, most characters), when its cut would show no more than that head, shows its
    head, "…", then the rest from where it differs from its neighbour ("在全市优化营…稿"),
    the rest cut too when it is long, after the head up to what tells it from the names
    further off: "在全市优…大会…", "在全市优…推进…" (both were "在全市优…")."""
    name_start = label.plain.find(" ") + 1  # after the icon and its space

    def headed(cut: Text | None) -> bool:
        """Whether ``cut`` shows a head of the name before its "…" (not "📄….mhtml")."""
        return cut is not None and len(cut.plain.split("…", 1)[0]) > name_start

    dot = label.plain.rfind(".")
    if alike and dot > name_start:
        kept = cut_keeping_tail(label, cells, dot)
        if kept is not None and headed(kept):
            return kept
    if is_file:
        label = _without_extension(label)
    serial = SERIAL.search(label.plain, name_start + 1)
    if serial is not None:
        cut = cut_keeping_tail(label, cells, serial.start())
        if cut is not None and headed(cut):
            return cut
    head = cut_to_cells(label, cells)
    fewer, most = shared
    differs = name_start + most
    if most > 1 and label.cell_len > cells and len(head.plain) - 1 <= differs < len(label.plain):
        # (the head cut shows only what the neighbour's name shows too) The head as long as
        # the rest leaves room for ("在全市优化营…稿"), else what tells it from names further
        # off ("在全市优…大会…"), else one character.
        # The whole rest is taken with a head longer than what the names past its group
        # share: "在…大会上的讲话" was the first name of two groups three lines apart.
        whole_rest = cut_keeping_tail(label, cells, differs)
        if (
            whole_rest is not None
            and len(whole_rest.plain.split(ELLIPSIS, 1)[0]) > name_start + fewer
        ):
            return whole_rest
        # Last before one character: its first character and the one that tells it from
        # the names further off ("在…优…大会…", one folder down in English, where "在…大会上…"
        # was the first of two groups: daily98).
        told = fewer if fewer > 1 else None  # (with one, a head of two characters is shorter)
        for head_chars, teller in dict.fromkeys(
            ((min(fewer + 1, most - 1), None), (1, told), (1, None))
        ):
            start = label[: name_start + head_chars]
            start.append(ELLIPSIS)
            if teller is not None:
                start.append_text(label[name_start + teller : name_start + teller + 1])
                start.append(ELLIPSIS)
            rest = cut_to_cells(label[differs:], cells - start.cell_len, words=False)
            if rest.plain.rstrip(ELLIPSIS):
                start.append_text(rest)
                return start
    return head
