"""The main screen's work on the whole folder: speech counts for the file tree and the
search index for corpus search, both in the background once the first file (or why it cannot be read) is shown.

``FolderWork`` is the first of the classes ``MainScreen`` (``tui/screens/main.py``) is built on: the
workers ``count_speeches`` (the speeches of the files in sight in the file tree
counted a batch of files at a time, from the search index or parsed in the helper
process; files further away when the tree shows them) and ``index_folder`` (the folder
walked on a thread, or in the helper when it is big, its files parsed into the search
index in the helper process, the progress on the status line, the
folder's problems told once), and the garbage
collector's freeze once the first document and the tree are in.

Why this module is over 500 lines: the counter's batches, its retries, its big files and
its fallback when a batch fails as a whole share one set of the screen's state (what was
tried, is busy, failed); split, each part would reach into the others'.
"""

from __future__ import annotations

import asyncio
import gc
import logging
from pathlib import Path

from textual import work
from textual.screen import Screen
from textual.timer import Timer
from textual.worker import get_current_worker

from tui import ui_text
from tui.base.files import FileStamp, stamp_of
from tui.base.safetext import safe_path
from tui.folder_listing import folder_time
from tui.jobs import index_sync, tree_counts
from tui.paths import cache_dir
from tui.services import Background, remove_stale_temp_files
from tui.widgets.filetree import SpeechFileTree
from tui.widgets.filetree_counts import EMPTY_FILE
from tui.widgets.status import StatusLine

INDEX_PROGRESS_SECONDS = 0.5
"""How often the status line's indexing progress is updated."""
INDEX_WALK_HERE_FILES = 1000
"""The index worker walks the folder on its thread when the file tree lists at most this many
entries and no helper process runs; else in the helper (10,000 files: about 150 ms of CPU
that the UI thread shared the GIL with)."""
COUNT_LIMIT = 2_000_000
"""Files up to this size are counted with the batch they come in (``count_speeches``)."""
BIG_COUNT_LIMIT = 32_000_000
"""Bigger files up to this size (the index's ``INDEX_MAX_BYTES``) are counted too: from the
index, else one a call in the helper once no smaller batch waits (``_count_big_files``).
A 10 MB collection costs the helper 0.42 s of CPU and a 54 MB peak, 2 MB 0.11 s and 28 MB
(``tests/bench/bench_tree_counts.py``), none of it on the UI's process; over it, none."""
COUNT_FILES = 50
"""Files counted in one call on the background service (``count_speeches``): the files
in sight first, then the rest in a few calls."""
COUNT_HERE_BYTES = 200_000
"""A batch with at most this many bytes to parse is counted on a thread of the UI's process
when no helper process runs (about 60 ms of parsing); more goes to the helper."""
COUNT_MARGIN = 100
"""Lines below and above the file tree's pane whose files are counted too (a scroll away)."""
COUNT_RETRY_SECONDS = 10.0
"""A file whose count failed is tried once more this long after (then it shows none)."""

log = logging.getLogger(__name__)


class FolderWork(Screen[None]):
    """Counting and indexing the open folder (see the module docstring)."""

    # Set by MainScreen.__init__:
    root: Path
    path: Path | None
    background: Background
    filetree: SpeechFileTree
    status: StatusLine
    folder_work_started: bool
    _index_progress: tuple[int, int] | None
    _index_timer: Timer | None
    _told_folder_problems: bool
    index_refused: str
    _count_big: list[Path]
    """Big files (over ``COUNT_LIMIT``) waiting to be counted (``_count_big_files``)."""
    _count_big_running = False
    """Whether ``_count_big_files`` runs (set and cleared by it, with no wait between
    its last look and its end: a batch that ends just then starts it again)."""
    _count_tried: set[Path] | None = None
    """Files the speech counter has sent to be counted (None until it starts; a file whose
    count failed leaves it to be retried). With it, set when the counter starts: the
    files being counted (``_count_busy``), the stamp each counted file had
    (``_count_stamps``), each file's failures so far (``_count_failures``), the files in
    sight at the counter's last look (``_count_seen``), and those to retry
    (``_count_retry``, ``_count_retry_timer``)."""

    @property
    def indexing(self) -> bool:
        """Whether the folder is being indexed now (the index worker runs)."""
        return any(w.group == "index" and not w.is_finished for w in self.workers)

    @property
    def counts_to_retry(self) -> frozenset[Path]:
        """The files whose failed speech count is to be tried again
        (``COUNT_RETRY_SECONDS`` after the failure); empty once every retry was made."""
        return frozenset(self._count_retry) if self._count_tried is not None else frozenset()

    def index_progress(self) -> tuple[int, int] | None:
        """(files done, files to index) while the folder is being indexed, else None."""
        return self._index_progress

    def update_index(self, asked: bool = False) -> None:
        """Index the root folder's new and changed files in the background (unless running).

        Unless ``asked``, a folder ``auto_index_refusal`` rules out is left alone and
        ``index_refused`` says why.
        """
        if not self.indexing:
            # A big folder is walked in the helper process (a small one starts none).
            walk_there = (
                self.background.helper_running or self.filetree.listed_count > INDEX_WALK_HERE_FILES
            )
            self.index_folder(self.root, asked, walk_there)
            if self._index_timer is None:
                self._index_timer = self.set_interval(
                    INDEX_PROGRESS_SECONDS, self._show_index_progress
                )

    def _show_index_progress(self) -> None:
        """The indexing progress on the status line ("正在建立搜索索引 120/5000"), cleared once done."""
        progress = self._index_progress
        running = self.indexing
        self.status.note = (
            ui_text.INDEX_NOTE(done=progress[0], total=progress[1]) if progress and running else ""
        )
        if not running and self._index_timer is not None:
            self._index_timer.stop()
            self._index_timer = None

    @work(thread=True, group="index", exclusive=True)
    def index_folder(self, root: Path, asked: bool = False, walk_there: bool = False) -> None:
        """Bring the search index up to date for ``root`` (``tui.engine.index``).

        This thread walks the folder (a stat per file; with ``walk_there``, the helper
        does, and keeps the files to index there); the files to index are parsed and
        written in the helper process, a batch of about ``index_sync.INDEX_BATCH_SECONDS`` a
        call, each in its own short transaction (``index_sync.index_in_helper``): parsing them
        here held the GIL the UI thread waits for, and keys took over 50 ms. The UI only
        reads ``_index_progress``. Searches meanwhile scan the files not indexed yet.
        """
        import sqlite3

        from tui.base.safetext import safe_text
        from tui.engine.index import Index, IndexUnavailable, scope
        from tui.engine.index.store import trouble_said

        worker = get_current_worker()
        # Not by itself: the home folder, a temporary one, or (counted in the walk that
        # finds what to index, not in a walk of its own) one of over 10,000 speech files.
        limit = None if asked else scope.AUTO_INDEX_MAX_FILES
        self.index_refused = "" if asked else scope.place_refusal(root)
        if self.index_refused:
            return

        def progress(done: int, total: int) -> None:
            self._index_progress = (done, total)

        problems = ""
        try:
            with Index() as index:
                report = index_sync.index_in_helper(
                    self.background,
                    index,
                    root,
                    progress,
                    cancelled=lambda: worker.is_cancelled,
                    opened=self.path,
                    limit=limit,
                    walk_there=walk_there,
                )
                if report.over_limit and limit is not None:
                    self.index_refused = scope.too_many(limit)
                    return
                notice = ui_text.pick(index.notice, index.notice_en)
                walk = report.walk
                problems = ui_text.passed_over(len(walk.not_regular), len(walk.unreadable_folders))
        except (OSError, IndexUnavailable, sqlite3.Error) as error:
            log.warning("the search index cannot be built: %r", error)
            notice = ui_text.INDEX_FAILED(error=ui_text.pick(*trouble_said(error)))
        except Exception as error:  # noqa: BLE001 - a cache must never take the reader down
            notice = ui_text.INDEX_ERROR(error=repr(error))
        finally:
            self._index_progress = None
        if notice and not worker.is_cancelled:
            self.app.call_from_thread(self.notify, safe_text(notice), timeout=5)
        if problems and not self._told_folder_problems and not worker.is_cancelled:
            # The index's walk of the folder is the one that finds them: told once a run.
            self._told_folder_problems = True
            self.app.call_from_thread(
                self.notify,
                ui_text.FOLDER_PROBLEMS(problems=problems),
                title=safe_path(root.name or root),
                severity="warning",
                timeout=8,
            )

    def _after_first_file(self) -> None:
        """Background work that waits until the first file (or its error) is shown: the speech
        counts, and removing temporary files a killed earlier run left behind."""
        _settle_garbage_collector()  # the tree has listed the folder by now
        self.count_speeches()
        self.background.submit(remove_stale_temp_files, cache_dir())

    def on_speech_file_tree_view_changed(self, event: SpeechFileTree.ViewChanged) -> None:
        """Other files came into sight: count them (once counting has started). While the
        counter waits for a batch, the files in sight are sent at once, in a batch of
        their own, not after it."""
        if self._count_tried is None:
            return
        # A file that left sight is forgotten as seen now, not at the next look: a scroll
        # away and back before the counter looked again (a busy machine) would otherwise
        # never count it as come into sight again, and a change on disk went unseen.
        self._count_seen &= set(self.filetree.files_in_sight())
        running = self._running_groups()
        if "count" not in running:
            self.count_speeches()
        elif "count-in-sight" not in running:  # (a running one looks again after its batch)
            self._count_in_sight()

    def _running_groups(self) -> set[str]:
        """The groups of this screen's workers still running."""
        return {w.group for w in self.workers if not w.is_finished}

    @work(exclusive=True, group="listing-check", description="look at the folders in sight")
    async def check_listing_in_sight(self) -> None:
        """Look on disk at the folders whose entries are in the tree's sight (with the
        open file, every ``POLL_SECONDS``): one whose files or sub-folders were added or
        removed since it was listed is listed again (``SpeechFileTree.relist``). A stat
        per folder on a thread; the folder is read (once) only when its time changed."""
        tree = self.filetree
        folders = tree.folders_in_sight()
        if not folders:
            return

        def moved() -> dict[Path, int | None]:
            found = {}
            for folder, stamp in folders.items():
                now = folder_time(folder)
                if now != stamp:
                    found[folder] = now
            return found

        for folder, stamp in (await asyncio.to_thread(moved)).items():
            tree.relist(folder, stamp)

    @work(exclusive=True, group="count-check", description="look at the counted files")
    async def check_counts_in_sight(self) -> None:
        """Look on disk at the files in sight that show a count (with the open file, every
        ``POLL_SECONDS``): a file deleted (or no longer a regular file) loses its "N篇" at
        once, one changed since it was counted is counted again. Before, only the open
        file was looked at, and a deleted file kept its count until the app restarted.
        The stats (a line of the pane each) are made on a thread."""
        if self._count_tried is None:
            return
        tree = self.filetree
        paths = [path for path in tree.files_in_sight() if tree.speech_count(path) is not None]
        if not paths:
            return
        now = await asyncio.to_thread(lambda: {path: stamp_of(path) for path in paths})
        stamps, tried = self._count_stamps, self._count_tried
        gone = [path for path, stamp in now.items() if stamp is None and path != self.path]
        changed = [
            path
            for path, stamp in now.items()
            if stamp is not None and path in stamps and stamps[path] != stamp
        ]
        if gone:
            for path in gone:
                stamps.pop(path, None)
                tried.discard(path)  # counted again if it comes back
            tree.set_speech_counts(dict.fromkeys(gone))
        if changed:
            self._count_seen.difference_update(changed)  # as if they came into sight again
            if "count-in-sight" not in self._running_groups():
                self._count_in_sight()

    @work(exclusive=True, group="count")
    async def count_speeches(self) -> None:
        """Count the speeches of the files in sight in the file tree, then of those a
        scroll away (``COUNT_MARGIN`` lines), and then stop: files further away are
        counted when the tree shows them (``on_speech_file_tree_view_changed``).

        Lazy, so a big folder costs what the user looks at (about 140 files of 10,000
        when it opens); linear in the files counted. ``COUNT_FILES`` files a batch, each
        batch's counts reach the tree in one go: the files the search index holds as they
        are get its counts, the others are parsed in the helper process (a small batch on
        a thread: ``_counted``). A file is counted once, and
        again when it changed on disk (its stamp is checked when it comes into sight
        again); one whose count failed is tried once more ``COUNT_RETRY_SECONDS`` later,
        and shows no count. It stops when the worker is cancelled (quitting): the batch
        being counted ends, no other is sent.
        """
        if self._count_tried is None:
            self._count_tried = set()
            self._count_busy: set[Path] = set()
            self._count_stamps: dict[Path, FileStamp] = {}
            self._count_failures: dict[Path, int] = {}
            self._count_seen: set[Path] = set()
            self._count_retry: set[Path] = set()
            self._count_retry_timer: Timer | None = None
            self._count_big = []
        while True:
            paths, known = self._next_to_count(COUNT_MARGIN)
            if not paths:
                self._start_big_counts()
                return
            await self._count(paths, known)

    @work(group="count-in-sight")
    async def _count_in_sight(self) -> None:
        """The files in sight not sent yet (or changed), counted now (``count_speeches``
        runs meanwhile), and again after each batch until none is left: one batch at a
        time, so files a fast scroll only passed by are not counted."""
        while True:
            paths, known = self._next_to_count(0)
            if not paths:
                self._start_big_counts()
                return
            await self._count(paths, known)

    def _next_to_count(self, margin: int) -> tuple[list[Path], dict[Path, FileStamp]]:
        """At most ``COUNT_FILES`` files to count next, and the stamps they were counted
        at: the files that came into sight again since the last look (each with its
        stamp: counted again only if it changed), then those without a count in sight
        and ``margin`` lines below and above that were not sent yet."""
        tree = self.filetree
        assert self._count_tried is not None
        in_sight = tree.files_in_sight()
        seen, self._count_seen = self._count_seen, set(in_sight)
        stamps, busy = self._count_stamps, self._count_busy
        again = [path for path in in_sight if path not in seen and path in stamps]
        tried = self._count_tried
        fresh = [path for path in tree.uncounted_near_view(margin) if path not in tried]
        paths = [path for path in again if path not in busy] + fresh
        paths = list(dict.fromkeys(paths))[:COUNT_FILES]
        return paths, {path: stamps[path] for path in paths if path in stamps}

    async def _count(self, paths: list[Path], known: dict[Path, FileStamp]) -> None:
        """Count ``paths`` on a thread of the service (those in ``known`` only if their
        stamp changed) and show the counts; a failure is retried once, later. A big file
        the index does not hold waits for ``_count_big_files``."""
        tried, busy = self._count_tried, self._count_busy
        assert tried is not None
        tried.update(paths)
        busy.update(paths)
        big: list[Path] = []
        try:
            try:
                found, big = await self._counted(paths, known)
            except Exception as error:  # noqa: BLE001 - the batch as a whole failed
                found, big = await self._counted_alone(paths, known, error)
        except asyncio.CancelledError:
            tried.difference_update(paths)  # not counted: sent again next time
            raise
        finally:
            busy.difference_update(paths)
        if self.background.helper_usable:
            self._count_big.extend(path for path in big if path not in self._count_big)
        # (else a big file gets no count: its parse on a thread of this process would
        # hold the interface a second or more; it stays tried, not sent again)
        self._show_counted(found, known)

    def _show_counted(
        self, found: dict[Path, tree_counts.Counted | None], known: dict[Path, FileStamp]
    ) -> None:
        """Show the counts ``found`` (None: unchanged since counted, ``known``), record
        their stamps, and retry a failure once, later."""
        counts: dict[Path, int | None] = {}
        kinds: dict[Path, str | None] = {}
        uncountable: dict[Path, bool | str | None] = {}
        for path, counted in found.items():
            if counted is None:
                continue  # unchanged since it was counted
            if counted.stamp is not None:
                kinds[path] = counted.kind
            # 无法计数 on a file there that gave no count (not a speech file, or the count
            # failed again; not a first failure, retried): it looked not counted yet.
            uncountable[path] = (
                counted.speeches is None
                and not counted.too_big
                and (counted.stamp is not None or bool(counted.error))  # (not gone)
            ) or None
            if uncountable[path] and counted.stamp is not None and counted.stamp.size == 0:
                uncountable[path] = EMPTY_FILE  # (空文件, not 无法计数)
            if path in known:
                self._count_failures.pop(path, None)  # it changed: a failure counts anew
            counts[path] = counted.speeches  # a failure shows no count, never an old one
            if counted.error:
                failures = self._count_failures.get(path, 0) + 1
                self._count_failures[path] = failures
                if failures == 1:
                    # Tried again in full: not held back as unchanged by the stamp it
                    # was counted at before.
                    self._count_stamps.pop(path, None)
                    self._retry_later(path)
                    uncountable[path] = None  # (tried again later)
                    continue
                log.warning("could not count the speeches of %s: %s", path, counted.error)
            else:
                self._count_failures.pop(path, None)
            if counted.stamp is not None:
                self._count_stamps[path] = counted.stamp
        self.filetree.set_content_kinds(kinds)
        big = {p: c.stamp.size if c.too_big and c.stamp else None for p, c in found.items() if c}
        self.filetree.set_speech_counts(counts, too_big=big, uncountable=uncountable)

    async def _counted_alone(
        self, paths: list[Path], known: dict[Path, FileStamp], error: Exception
    ) -> tuple[dict[Path, tree_counts.Counted | None], list[Path]]:
        """After a batch's count failed as a whole (``error``: the helper died on one of
        its files), each file counted alone: the file that failed costs its own count."""
        log.warning(
            "a batch of %d speech counts failed (%r): counted one by one", len(paths), error
        )
        found: dict[Path, tree_counts.Counted | None] = {}
        big: list[Path] = []
        for path in paths if len(paths) > 1 else []:
            try:
                stamp = {path: known[path]} if path in known else {}
                one, one_big = await self._counted([path], stamp)
            except Exception as alone:  # noqa: BLE001 - this file's count failed
                one, one_big = {path: tree_counts.Counted(None, None, repr(alone))}, []
            found.update(one)
            big += one_big
        return found or dict.fromkeys(paths, tree_counts.Counted(None, None, repr(error))), big

    async def _counted(
        self, paths: list[Path], known: dict[Path, FileStamp]
    ) -> tuple[dict[Path, tree_counts.Counted | None], list[Path]]:
        """The counts of ``paths`` (None: unchanged since counted, ``known``), and the big
        files (over ``COUNT_LIMIT``) left for ``_count_big_files``.

        First, on a thread, what needs no parse (``tree_counts.settled_counts``: a stat each, and
        the counts of the files the search index holds as they are, a big one's too). The
        rest is parsed in the helper process, unless it is at most ``COUNT_HERE_BYTES`` and no helper
        runs (then on a thread: a small folder starts no process). Parsed on the
        service's threads, a 10,000-file folder's first batches held the GIL the UI
        thread waited for (docs/performance-log.md, keys8). If the helper dies, the service
        counts on threads and says so once."""
        background = self.background
        settled, sizes = await asyncio.wrap_future(
            background.submit(tree_counts.settled_counts, paths, BIG_COUNT_LIMIT, known)
        )
        big = [path for path, size in sizes.items() if size > COUNT_LIMIT]
        rest = [path for path in paths if path in sizes and sizes[path] <= COUNT_LIMIT]
        if rest:
            left = sum(sizes[path] for path in rest)
            here = left <= COUNT_HERE_BYTES and not background.helper_running
            submit = background.submit if here else background.submit_process
            parsed = await asyncio.wrap_future(
                submit(tree_counts.speech_counts, rest, COUNT_LIMIT, known)
            )
            settled.update(zip(rest, parsed, strict=True))
        return {path: settled[path] for path in paths if path in settled}, big

    def _start_big_counts(self) -> None:
        """Count the big files waiting (``_count_big_files``), unless it runs already."""
        if self._count_big and not self._count_big_running:
            self._count_big_running = True
            self._count_big_files()

    @work(group="count-big", description="count the big files' speeches")
    async def _count_big_files(self) -> None:
        """Count the big files waiting, one a call in the helper process (``BIG_COUNT_LIMIT``),
        the one that came first first; each only while it is still in sight or a scroll
        away (else it is counted when the tree shows it again). It gives way to the
        smaller files: it ends when a batch of them is being counted (the batch's worker
        starts it again when done), so a big file never holds back the counts of those
        in sight for longer than its own parse. Cancelled with the screen (quitting): a
        file waiting for the helper is dropped from its queue."""
        try:
            while self._count_big and not self._count_busy:
                if not self.background.helper_usable:  # (the helper died meanwhile)
                    self._count_big.clear()
                    break
                path = self._count_big.pop(0)
                tree = self.filetree
                near = tree.files_in_sight() + tree.uncounted_near_view(COUNT_MARGIN)
                if path not in near:
                    self._count_tried.discard(path)  # type: ignore[union-attr]
                    continue
                known = {path: self._count_stamps[path]} if path in self._count_stamps else {}
                self._count_busy.add(path)
                try:
                    found = await asyncio.wrap_future(
                        self.background.submit_process(
                            tree_counts.speech_counts, [path], BIG_COUNT_LIMIT, known
                        )
                    )
                except asyncio.CancelledError:
                    self._count_tried.discard(path)  # type: ignore[union-attr]
                    raise
                except Exception as error:  # noqa: BLE001 - as a batch's failure
                    found = [tree_counts.Counted(None, None, repr(error))]
                finally:
                    self._count_busy.discard(path)
                self._show_counted(dict(zip([path], found, strict=True)), known)
        finally:
            self._count_big_running = False

    def _retry_later(self, path: Path) -> None:
        """Count ``path`` once more ``COUNT_RETRY_SECONDS`` from now (when it is near the
        tree's pane then, else when the tree shows it)."""
        self._count_retry.add(path)
        if self._count_retry_timer is None:
            self._count_retry_timer = self.set_timer(COUNT_RETRY_SECONDS, self._retry_counts)

    def _retry_counts(self) -> None:
        self._count_retry_timer = None
        assert self._count_tried is not None
        self._count_tried.difference_update(self._count_retry)
        self._count_retry.clear()
        if not any(w.group == "count" and not w.is_finished for w in self.workers):
            self.count_speeches()


def _settle_garbage_collector() -> None:
    """Move every object alive now out of the cyclic garbage collector's sight.

    The tree nodes, panes and styles made by the start live as long as the app, and a full
    collection walked all of them: 60-90 ms pauses under a key press while a 10,000-file
    folder was counted (``tests/bench/bench_folder.py``: worst key 92 ms with the collector
    as it is, 33 ms without). Objects set aside this way are still freed by reference
    counting; a cycle among them stays until the process ends. So this runs at the start
    only (the first document shown, the folder listed), never at each document: what is
    alive at a freeze and later dropped in a cycle — the previous document held by the
    finished worker that showed it (a Textual worker is a cycle with its task's context),
    drawn lines in a cleared cache (Textual's ``LRUCache`` is a ring of links), a closed
    dialog's widgets — stayed, 2.3 MB a file opened (docs/performance-log.md, "A long
    session").
    """
    gc.freeze()
