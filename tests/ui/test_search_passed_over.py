"""Corpus search and the file tree agree on what a folder holds: an entry with a speech
name that is no regular file (a FIFO, a broken link, a link to a device) is neither listed
in the tree nor counted among the files "not searched"; a real file that cannot be read is
both listed and named there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.ui.conftest import settle
from tests.ui.test_search_ui import corpus_search
from tui.app import make_app
from tui.screens import main as main_module


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_search_is_silent_on_entries_the_tree_does_not_list(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    monkeypatch.setattr(main_module, "INDEX_DELAY", 3600.0)  # every file scanned
    os.mkfifo(speech_dir / "管道.txt")
    (speech_dir / "失效.txt").symlink_to(speech_dir / "不在了.txt")
    (speech_dir / "设备.txt").symlink_to("/dev/null")
    (speech_dir / "扫描件.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    app = make_app(speech_dir / "甲讲话.txt", language=language)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        listed = sorted(node.data.path.name for node in tree.root.children if node.data)
        assert listed == ["乙讲话.txt", "扫描件.txt", "甲讲话.txt"]
        screen = await corpus_search(app, pilot, "一网通办")
        assert screen.done and screen.result is not None
        status = str(screen.status.render())
        unreadable = {
            "zh": "1 个文件无法读取或没有文字，未搜索：扫描件.txt",
            "en": "1 file unreadable or without text, not searched: 扫描件.txt",
        }
        assert unreadable[language] in status, status
        for name in ("管道", "失效", "设备"):
            assert name not in status, status
        assert sorted(Path(p).name for p in screen.result.not_regular) == [
            "失效.txt",
            "管道.txt",
            "设备.txt",
        ]
