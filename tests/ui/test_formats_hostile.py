"""Hostile text inside the new formats (.rtf, .mhtml, .epub, .odt) never reaches the terminal raw.

The same contents as ``tests/hostile.py``'s ``CONTENTS`` (ESC sequences, bidi overrides,
zero-width characters, markup), written as each format: the app shows the outline and
the text with visible placeholders, and the whole screen holds no raw ESC, C1, bidi or
zero-width character.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile import FORMAT_CONTENTS, make_hostile_formats, unsafe_in
from tests.ui.conftest import screen_text, settle
from tui.app import make_app

SIZE = (160, 45)


@pytest.fixture(autouse=True)
def home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SPEECH_READER_HOME", str(folder))
    return folder


@pytest.mark.parametrize("name", FORMAT_CONTENTS)
async def test_hostile_contents_in_each_format_are_shown_safely(tmp_path: Path, name: str) -> None:
    folder = make_hostile_formats(tmp_path / "formats")
    app = make_app(folder / name)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        assert screen.reader.document is not None, "the file did not open"
        await screen.outline.wait_for_refresh()  # the fill comes after a frame (``later``)
        outline = [str(node.label) for node in screen.outline.built_nodes()]
        assert "二、第二‹U+2066›部分‹U+2069›[@click=app.quit]" in outline, outline
        text = screen_text(app)
        assert "营商‹U+202E›环境" in text  # shown, not obeyed or hidden
        assert unsafe_in(text) == [], f"raw characters on screen: {unsafe_in(text)!r}"
