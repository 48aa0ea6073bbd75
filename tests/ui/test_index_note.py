"""The status line while the folder is indexed says so in words ("索引 1/3022" did not
say what it counted), whole at 80 columns, in either language."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len

from tests.ui.conftest import settle, until
from tui import ui_text
from tui.app import make_app
from tui.jobs import index_sync
from tui.screens import main as main_module


@pytest.fixture
def held_indexing(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The folder's indexing says it has done 1 of 3022 files and waits there until the
    event is set (set when the test ends)."""
    release = threading.Event()
    real_index = index_sync.index_in_helper

    def held(background: Any, index: Any, root: Path, progress: Any, **kwargs: Any) -> Any:
        progress(1, 3022)
        cancelled = kwargs.get("cancelled") or (lambda: False)
        for _ in range(1000):
            if release.wait(0.01) or cancelled():
                break
        return real_index(background, index, root, progress, **kwargs)

    monkeypatch.setattr(main_module, "INDEX_DELAY", 3600.0)
    monkeypatch.setattr(index_sync, "index_in_helper", held)
    yield release
    release.set()


async def test_the_indexing_is_told_in_words_on_the_status_line(
    speech_dir: Path, held_indexing: threading.Event
) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        main = app.main_screen
        main.update_index()
        await until(pilot, lambda: main.index_progress() == (1, 3022), "the indexing under way")
        await settle(app, pilot, ("index_folder",))
        status = main.status
        notes: tuple[tuple[ui_text.Language, str], ...] = (
            ("zh", "正在建立搜索索引 1/3022"),
            ("en", "Indexing for search 1/3022"),
        )
        for language, note in notes:
            app.switch_language(language)  # what the palette's language command does

            def shown(note: str = note) -> bool:
                return status.note == note

            await until(pilot, shown, f"the note: {note}")
            await pilot.pause()
            line = status.render().plain
            assert cell_len(line) <= status.content_region.width
            # Whole, at the right before the percentage, which is set off and labelled
            # ("正在建立搜索索引 1/3022  0%" read as the index's progress); the file's name
            # still there.
            read = ui_text.READ_PERCENT(percent=status.percent)
            assert read == ("已读" if language == "zh" else "read") + f" {status.percent}%"
            assert line.endswith(f"{note} │ {read}"), line
            assert line.startswith("甲讲话 › "), line
        held_indexing.set()
        await settle(app, pilot)
        await until(pilot, lambda: status.note == "", "the note cleared once done")
