"""y and Y in the file tree copy the reader's sentence and paragraph (the screen's keys):
the key bar said nothing of it while the tree had the focus, and the tree's cursor is on a
file, so a copy came as a surprise. Now the key bar names it."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import FakeClipboard, settle
from tests.ui.test_keybar_help_maximize_and_reveal import described
from tui.app import make_app
from tui.widgets.keybar import KeyBar


async def test_the_key_bar_says_y_copies_the_readers_sentence(
    speech_dir: Path, clipboard: FakeClipboard
) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        tree.focus()
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        # What y does there, in the bar (Chinese by default: 复制阅读区的句子).
        assert any("复制" in item and "句" in item for item in described(bar)), described(bar)
        reader = app.main_screen.reader
        document = reader.document
        assert document is not None
        paragraph = document.paragraphs[reader.cursor[0]]
        await pilot.press("y")
        await pilot.pause()
        sentence = paragraph.sentences[reader.cursor[1]]
        assert clipboard.paste().startswith(paragraph.text[sentence.start : sentence.end])
        assert tree.has_focus  # (the copy did not move the focus)
        await pilot.press("Y")
        await pilot.pause()
        assert clipboard.paste().startswith(paragraph.text.strip()[:10])
