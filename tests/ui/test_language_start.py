"""English chosen last time (stored in ``session.json``, no ``--lang``, no environment):
the state files read at start are reported in English, in every start path, and are still
set aside."""

from __future__ import annotations

import gc
import json
from pathlib import Path
from typing import Any

import pytest
from textual.message import Message

from tests.ui.conftest import settle
from tests.ui.test_quotes_ui import SIZE, notices
from tests.unit.test_ui_text import IDEOGRAPH
from tui import cli, ui_text
from tui.app import SpeechReaderApp, make_app
from tui.cli import launch, main
from tui.session import Session
from tui.session_records import Position


def damage(home: Path) -> Path:
    """A state folder whose ``session.json`` chose English but has a bad position, with a
    damaged ``bookmarks.json``, ``highlights.json`` and ``quotes.json``; the state folder."""
    state, data = home / "state", home / "data"
    state.mkdir(parents=True)
    data.mkdir(parents=True)
    session = {"language": "en", "positions": {"/somewhere/a.txt": 3}}
    (state / "session.json").write_text(json.dumps(session), encoding="utf-8")
    (state / "bookmarks.json").write_text(json.dumps({"not": "a list"}), encoding="utf-8")
    (data / "highlights.json").write_text("{broken", encoding="utf-8")
    (data / "quotes.json").write_text("[]", encoding="utf-8")
    return state


@pytest.mark.parametrize("start", ["launch", "make_app"])
async def test_damaged_state_is_told_in_the_stored_language(
    start: str, speech_dir: Path, isolated_home: Path
) -> None:
    """``tui.cli.launch`` (``speech-reader FILE``, ``python -m tui``) reads the state files
    before making the app; ``make_app`` without a session reads them in the app: either
    way the stored English is applied before, and every report is English."""
    state = damage(isolated_home)
    path = speech_dir / "甲讲话.txt"
    app: SpeechReaderApp
    if start == "launch":
        try:
            app = launch(path)
        finally:
            gc.unfreeze()
    else:
        app = make_app(path)
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+n")  # the notebook reads quotes.json
        await settle(app, pilot)
        told = notices(seen)
    for name in ("session.json", "bookmarks.json"):
        assert len(list(state.glob(f"{name}.corrupt-*"))) == 1, name  # still set aside
    for name in ("highlights.json", "quotes.json"):
        assert len(list((isolated_home / "data").glob(f"{name}.corrupt-*"))) == 1, name
    said = "\n".join(f"{title}: {message}" for title, message in told)
    assert "session.json holds entries in the wrong form" in said, said
    assert "the reading position of /somewhere/a.txt: should be an object" in said, said
    assert "bookmarks.json is damaged (should be a list, is an object)" in said, said
    assert "highlights.json is damaged" in said, said
    assert "quotes.json is damaged (should be an object, is a list)" in said, said
    assert not IDEOGRAPH.search(said), said


async def test_a_session_too_damaged_to_hold_a_choice_is_told_in_chinese(
    speech_dir: Path, isolated_home: Path
) -> None:
    """No choice can be read from a ``session.json`` that does not parse: the reader starts
    in Chinese, and says so in Chinese (the file set aside as before)."""
    state = isolated_home / "state"
    state.mkdir(parents=True)
    (state / "session.json").write_text('{"language": "en", ', encoding="utf-8")
    app = make_app(speech_dir / "甲讲话.txt")
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(app, pilot)
        told = notices(seen)
    assert [title for title, _ in told] == ["状态文件有问题"]
    # Where, in the user's words: not Python's "JSON: Expecting … (char 20)".
    assert told[0][1].startswith("session.json 已损坏（不是有效的 JSON，第 1 行第 20 列有误），")
    assert len(list(state.glob("session.json.corrupt-*"))) == 1


async def test_a_documents_warning_in_english(tmp_path: Path) -> None:
    """A document's warning (made "中文 / English" below the UI) is told in English alone."""
    from tests.unit.test_decode import TRADITIONAL

    source = tmp_path / "big5.txt"
    source.write_bytes(TRADITIONAL.encode("big5"))
    app = make_app(source, language="en")
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(app, pilot)
    told = [message for title, message in notices(seen) if title == "big5.txt"]
    assert len(told) == 1 and told[0].startswith("The encoding ("), told
    assert not IDEOGRAPH.search(told[0]), told


@pytest.mark.parametrize("start", ["main", "launch", "make_app"])
async def test_session_json_is_read_once_at_start(
    start: str, speech_dir: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its language is wanted before the state is loaded, and then the session loads it:
    one reading serves both (``read_session``, handed over), in every start path. (It was
    read three times by ``speech-reader FILE``, twice by ``launch`` and ``make_app``.)
    The stored English is applied all the same, and the session has the stored positions."""
    state = isolated_home / "state"
    state.mkdir(parents=True)
    path = (speech_dir / "甲讲话.txt").resolve()
    stored = {"language": "en", "last_file": str(path), "positions": {}}
    stored["positions"] = {"/elsewhere/b.txt": {"paragraph": 2, "sentence": 0, "line": 5}}
    (state / "session.json").write_text(json.dumps(stored), encoding="utf-8")
    reads: list[Path] = []
    starting = [True]
    """Reads are counted until the first screen is up (later, a save reads the file to
    merge into it, under its lock)."""
    read_text = Path.read_text

    def counted(self: Path, *args: Any, **kwargs: Any) -> str:
        if self.name == "session.json" and starting[0]:
            reads.append(self)
        return read_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", counted)
    sessions: list[Session | None] = []
    if start == "main":
        # The command line as a user starts it, up to the app's run (not run here).
        monkeypatch.setattr(SpeechReaderApp, "run", lambda app: sessions.append(app.session))
        monkeypatch.setattr(cli, "leave", lambda code, background: code)  # (no os._exit)
        try:
            assert main([str(path)]) == 0
        finally:
            gc.unfreeze()
        assert ui_text.language() == "en"
    elif start == "launch":
        try:
            app = launch(path)
        finally:
            gc.unfreeze()
        sessions.append(app.session)
        app.background.shutdown()
        assert ui_text.language() == "en"
    else:
        app = make_app(path)  # no session handed over: the app reads the state itself
        async with app.run_test(size=SIZE) as pilot:
            starting[0] = False
            await settle(app, pilot)
            sessions.append(app.session)
            assert ui_text.language() == "en"
    assert reads == [state / "session.json"]
    (session,) = sessions
    assert session is not None and session.position("/elsewhere/b.txt") == Position(2, 0, 5)
