"""Corpus search (ctrl+f): every speech file under the tree's root, searched for a term.

``CorpusSearchScreen`` searches in a worker thread: file nodes appear as files are found,
posted in batches (the engine only counts each file's matches, which is all a file node
shows); a file's matches are found and placed in speeches and sections (one parse,
cached) when its node is expanded. Enter on a match dismisses the screen with it;
``tui.screens.search.open_located`` then opens the file there.

What the user waits for is the UI thread as much as the scan (they share the GIL): the
worker never waits for the UI (``post_message``, not ``call_from_thread``); a file node is
one cheap tree node (no placeholder child, labels taken as they are, widths measured
once, a batch of nodes invalidating the tree once); the first files are opened (and
parsed, in threads) only after the complete list has been painted. The complete list of a
50 MB corpus is on screen in about 0.2–0.4 s cold, 0.1 s warm
(``tests/bench/bench_keywords.py``).

Imported when the search is first opened, not with the app.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar, Self

from rich.cells import cell_len
from rich.text import Span, Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.geometry import Region
from textual.message import Message
from textual.screen import Screen
from textual.strip import Strip
from textual.widgets import Input, Label, Tree
from textual.widgets.tree import NodeID, TreeNode
from textual.worker import get_current_worker

from tui.engine.search import FileHits, Located, iter_search, locate
from tui.widgets.keybar import KeyBar
from tui.widgets.treestyle import BatchedAdds

BATCH_SECONDS = 0.1
"""A search worker posts found files at most this often (many small posts flood the UI)."""
BATCH_SECONDS_MAX = 0.8
"""The pause between posts doubles up to this as the list grows."""
AUTO_EXPAND = 3
"""The first files found open by themselves."""
EXPAND_AFTER = 1.0
"""Seconds of searching after which they open before the search has finished."""

NodeData = FileHits | Located | str | None


class ResultTree(BatchedAdds, Tree[NodeData]):
    """The results: a ``Tree`` that adds and measures thousands of one-line nodes cheaply."""

    _after_paint: list[Callable[[], object]] | None = None

    def __init__(self, label: Text, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(label, id=id)
        self._widths: dict[NodeID, int] = {}

    def call_after_paint(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` once the tree's lines have next been painted (rendered for a frame)."""
        if self._after_paint is None:
            self._after_paint = []
        self._after_paint.append(callback)
        self.refresh()

    def render_lines(self, crop: Region) -> list[Strip]:
        lines = super().render_lines(crop)
        if self._after_paint:
            callbacks, self._after_paint = self._after_paint, None
            for callback in callbacks:
                self.call_later(callback)  # after this frame is written
        return lines

    def clear(self) -> Self:
        self._widths.clear()
        return super().clear()

    def get_label_width(self, node: TreeNode[NodeData]) -> int:
        """The label's cells plus the expand icon's, without rendering the label.

        The tree measures every line again whenever a node is added: a label's width is
        measured once (labels are never changed here).
        """
        width = self._widths.get(node.id)
        if width is None:
            label = node.label
            width = self._widths[node.id] = cell_len(label.plain if isinstance(label, Text) else label)
        if node.allow_expand:
            width += cell_len(self.ICON_NODE_EXPANDED if node.is_expanded else self.ICON_NODE)
        return width


class CorpusSearchScreen(Screen[tuple[Located, str] | None]):
    """Search every speech file under a folder; Enter opens a match."""

    HELP_GROUP: ClassVar[str] = "全文搜索"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "返回"),
        Binding("ctrl+f", "focus_input", "修改搜索词", show=False),
    ]

    class Found(Message):
        """Files found by the search worker (posted from its thread)."""

        def __init__(
            self, search: int, term: str, batch: list[FileHits], finished: bool, skipped: int = 0
        ) -> None:
            super().__init__()
            self.search = search
            self.term = term
            self.batch = batch
            self.finished = finished
            self.skipped = skipped
            """Files that could not be searched (told with the last batch)."""

    DEFAULT_CSS = """
    CorpusSearchScreen > #corpus-input { dock: top; }
    CorpusSearchScreen > #corpus-status { height: 1; width: 1fr; padding: 0 1; color: $text-muted; }
    CorpusSearchScreen > #corpus-results { height: 1fr; }
    """

    def __init__(self, root: Path, term: str = "") -> None:
        super().__init__()
        self.root = root
        self.term = term
        self.files = 0
        self.total = 0
        self.done = False
        """Whether the last search finished."""
        self._started = time.monotonic()
        self._search_id = 0
        """Counts searches, so a late batch or placing of an earlier one is dropped."""
        self._auto_expanded = 0
        """How many of the first files were opened by themselves."""
        self.input = Input(term, placeholder="在所有讲话稿中搜索（Enter 开始，Esc 返回）", id="corpus-input")
        self.status = Label("", id="corpus-status")
        self.results = ResultTree(Text("结果"), id="corpus-results")  # (not markup: see OutlinePane)
        self.results.show_root = False

    def compose(self) -> ComposeResult:
        yield self.input
        yield self.status
        yield self.results
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = str(self.root)
        if self.term:
            self.start(self.term)
            self.results.focus()
        else:
            self.status.update(f"在 {self.root} 下的所有讲话稿中搜索")
            self.input.focus()

    def action_close(self) -> None:
        """Back to the reader."""
        self.workers.cancel_group(self, "corpus-search")
        self.dismiss(None)

    def action_focus_input(self) -> None:
        """Edit the term."""
        self.input.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        term = event.value.strip()
        if term:
            self.start(term)
            self.results.focus()

    def start(self, term: str) -> None:
        """Clear the results and search ``term`` in a worker."""
        self.term = term
        self.files = self.total = 0
        self.done = False
        self._started = time.monotonic()
        self._search_id += 1
        self._auto_expanded = 0
        self.results.clear()
        self.status.update(f"正在搜索“{term}”…")
        self._search(self.root, term, self._search_id)

    @work(thread=True, exclusive=True, group="corpus-search")
    def _search(self, root: Path, term: str, search: int) -> None:
        worker = get_current_worker()
        batch: list[FileHits] = []
        skipped: list[str] = []
        last = time.monotonic()
        pause = BATCH_SECONDS
        for found in iter_search(root, term, cancelled=lambda: worker.is_cancelled, skipped=skipped):
            batch.append(found)
            if time.monotonic() - last >= pause:
                # Posted, not called: the scan goes on while the UI adds the batch.
                self.post_message(self.Found(search, term, batch, False))
                batch, last = [], time.monotonic()
                # Each batch makes the tree measure all its lines again: fewer, larger
                # batches as the list grows keep a long search from spending its time there.
                pause = min(pause * 2, BATCH_SECONDS_MAX)
        if not worker.is_cancelled:
            self.post_message(self.Found(search, term, batch, True, len(skipped)))

    def on_corpus_search_screen_found(self, message: Found) -> None:
        message.stop()
        if message.search == self._search_id:
            self._add_files(message.term, message.batch, message.finished, message.skipped)

    def _add_files(
        self, term: str, batch: list[FileHits], finished: bool = False, skipped: int = 0
    ) -> None:
        add = self.results.root.add
        prefix = os.path.join(str(self.root), "")
        with self.results.adding():
            for found in batch:
                self.files += 1
                self.total += found.total
                path = found.path
                if path.startswith(prefix):
                    name = path[len(prefix) :].replace(os.sep, "/")
                else:
                    name = _relative(Path(path), self.root)
                text = f"{name}（{found.total} 处）"
                label = Text(text, spans=[Span(0, len(name), "bold"), Span(len(name), len(text), "dim")])
                # No child until it is expanded (``on_tree_node_expanded`` places the matches).
                add(label, data=found, expand=False, allow_expand=True)
        # The first files open by themselves once the complete list is on screen, or once
        # the search has run a while: placing their matches parses them (in threads), which
        # would slow the search and the painting of the list.
        if finished:
            search = self._search_id
            self.results.call_after_paint(lambda: self._list_painted(search))
        elif time.monotonic() - self._started >= EXPAND_AFTER:
            self._expand_first(self._search_id)
        if finished:
            self.done = True
            # Files that are not text, unreadable or too large are not searched: say so,
            # or "not found" would claim more than was looked at.
            unsearched = f"（{skipped} 个文件无法读取，未搜索）" if skipped else ""
            if self.total:
                self.status.update(
                    f"“{term}”：共 {self.total} 处，{self.files} 个文件{unsearched}。Enter 打开，Esc 返回"
                )
            else:
                self.status.update(f"没有找到“{term}”{unsearched}。")
        else:
            self.status.update(f"正在搜索“{term}”… 已找到 {self.total} 处，{self.files} 个文件")

    def _list_painted(self, search: int) -> None:
        self._expand_first(search)

    def _expand_first(self, search: int) -> None:
        """Open the first files not opened yet by this (once each: a file closed stays closed)."""
        if search != self._search_id:
            return
        for node in self.results.root.children[self._auto_expanded : AUTO_EXPAND]:
            self._auto_expanded += 1
            if not node.is_expanded:
                node.expand()

    def on_tree_node_expanded(self, event: Tree.NodeExpanded[NodeData]) -> None:
        event.stop()
        node = event.node
        if isinstance(node.data, FileHits) and not node.children:
            node.add_leaf(Text("…", style="dim"))  # until its matches are placed
            self._locate(node, node.data, self.term, self._search_id)

    @work(thread=True, group="corpus-locate")
    def _locate(self, node: TreeNode[NodeData], found: FileHits, term: str, search: int) -> None:
        places = locate(found, term)
        self.app.call_from_thread(self._fill_file, node, places, search)

    def _fill_file(self, node: TreeNode[NodeData], places: list[Located], search: int) -> None:
        if search != self._search_id:
            return
        with self.results.adding():
            self._fill_places(node, places)

    @staticmethod
    def _fill_places(node: TreeNode[NodeData], places: list[Located]) -> None:
        node.remove_children()
        speech_node: TreeNode[NodeData] | None = None
        section_node: TreeNode[NodeData] | None = None
        speech_key: object = object()
        section_key: tuple[str, ...] | None = None
        for place in places:
            if place.speech_label != speech_key or speech_node is None:
                speech_key = place.speech_label
                section_key = None
                # Text, not str: a str label would be read as markup ("[" in a title).
                speech_label = Text(place.speech_label or "（讲话之外）")
                speech_node = node.add(speech_label, data="speech", expand=True)
            parent = speech_node
            if place.section:
                if place.section != section_key or section_node is None:
                    section_key = place.section
                    section_label = Text(" › ".join(place.section))
                    section_node = speech_node.add(section_label, data="section", expand=True)
                parent = section_node
            parent.add_leaf(_hit_label(place), data=place)
        found = node.data
        if isinstance(found, FileHits) and len(places) < found.total:
            node.add_leaf(Text(f"……另有 {found.total - len(places)} 处未列出", style="dim"))

    def on_tree_node_selected(self, event: Tree.NodeSelected[NodeData]) -> None:
        event.stop()
        if isinstance(event.node.data, Located):
            self.workers.cancel_group(self, "corpus-search")
            self.dismiss((event.node.data, self.term))

    def located_nodes(self) -> list[TreeNode[NodeData]]:
        """Every match node shown (for tests and callers)."""
        found: list[TreeNode[NodeData]] = []
        stack = list(self.results.root.children)
        while stack:
            node = stack.pop(0)
            if isinstance(node.data, Located):
                found.append(node)
            stack[:0] = list(node.children)
        return found


def _relative(path: Path, root: Path) -> str:
    if path == root:  # the search root is a file
        return path.name
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def _hit_label(place: Located) -> Text:
    label = Text(f"{place.hit.line:>5}  ", style="dim")
    label.append(place.snippet[: place.start])
    label.append(place.snippet[place.start : place.end], style="bold reverse")
    label.append(place.snippet[place.end :])
    return label
