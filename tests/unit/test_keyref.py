"""docs/keys.md is generated from the bindings and must agree with them."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.binding import Binding

from tui import keyref
from tui.digit_keys import DIGIT_KEYS, DIGITS_SHOWN
from tui.widgets.reader import ReaderView

KEYS_MD = Path(__file__).resolve().parents[2] / "docs" / "keys.md"


def test_keys_md_agrees_with_the_bindings() -> None:
    written = KEYS_MD.read_text(encoding="utf-8") if KEYS_MD.exists() else ""
    assert written == keyref.render(), (
        f"docs/keys.md disagrees with the app's key bindings; regenerate it with: "
        f"{keyref.REGENERATE}"
    )


def test_every_own_binding_of_the_main_panes_is_listed() -> None:
    text = keyref.render()
    for place in keyref.places():
        for binding in keyref.own_bindings(place.cls):
            if binding.description and not binding.system:
                # a count's ten digits are one row: "0–9"
                digit = binding.key in DIGIT_KEYS
                shown = DIGITS_SHOWN if digit else keyref.key_display(binding.key)
                assert f"`{shown}`" in text
                assert binding.description in text
    names = [place.cls.__name__ for place in keyref.places()]
    assert names[:4] == ["SpeechReaderApp", "MainScreen", "ReaderView", "OutlinePane"]


def test_every_place_is_named_in_words_not_by_its_class() -> None:
    """A place keymap has no English words for (the corpus search's result list) is named
    by its group's English, as the help screen names it, not by its class ("ResultTree")."""
    text = keyref.render()
    titles = [line for line in text.splitlines() if line.startswith("## ")]
    for place in keyref.places():
        assert not any(title.endswith(f" · {place.cls.__name__}") for title in titles), titles
    assert "## 全文搜索的结果列表 · the search results" in titles


def test_a_new_binding_changes_the_reference(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reference is read from the classes: a binding added to a widget shows up."""
    before = keyref.render()
    monkeypatch.setattr(
        ReaderView, "BINDINGS", [*ReaderView.BINDINGS, Binding("x", "go_start", "测试新键")]
    )
    after = keyref.render()
    assert after != before
    assert "| `x` | 测试新键 |" in after


@pytest.mark.parametrize(
    ("key", "shown"),
    [
        ("right_square_bracket", "]"),
        ("ctrl+b", "ctrl+b"),
        ("down", "↓"),
        ("escape", "Esc"),
        ("apostrophe", "'"),
        ("G", "G"),
        ("shift+space", "shift+Space"),
    ],
)
def test_key_display(key: str, shown: str) -> None:
    assert keyref.key_display(key) == shown


def test_the_intro_names_the_copy_keys_among_those_off_without_a_text() -> None:
    """Under a file that cannot be shown the copy keys are off too (``MainScreen``'s
    ``NEEDS_TEXT``): the intro of docs/keys.md said only moving, selecting, bookmarks and
    the outline were (newuser15)."""
    from tui.screens.main import NEEDS_TEXT

    assert {"copy_quote", "copy_paragraph"} <= NEEDS_TEXT
    intro = keyref.render().split("\n| ", 1)[0]
    off_zh = next(line for line in intro.splitlines() if "暂时关闭" in line)
    off_en = next(line for line in intro.splitlines() if "are off" in line)
    assert "复制" in off_zh.split("没有可读的正文")[1]
    assert "copy" in off_en.split("With no text to read")[1]


def test_the_apps_own_keys_are_described_in_its_own_words() -> None:
    """Tab and shift+Tab read "Next pane — An action to focus the next widget." in
    docs/keys.md: Textual's docstring of its action, not a word of ours. Every key bound by
    the app itself (not a row marked Textual) calls a method of the app's code."""
    from textual.screen import Screen

    from tui.app import SpeechReaderApp
    from tui.keyref import places
    from tui.screens.main import MainScreen

    place = next(place for place in places() if place.cls is SpeechReaderApp)
    for row in place.rows:
        if row.textual:
            continue
        namespace, _, call = row.action.rpartition(".")
        owner = SpeechReaderApp if namespace in ("app", "") else MainScreen
        assert issubclass(owner, SpeechReaderApp | Screen)
        method = getattr(owner, f"action_{call.split('(', 1)[0]}")
        assert method.__module__.startswith("tui."), (row.keys, row.english)
