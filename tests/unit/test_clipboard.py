"""The copy chain: system clipboard, else OSC 52, else nothing (and never an exception)."""

from __future__ import annotations

import pyperclip
import pytest

from tui.clipboard import ClipboardCheckFailed, Via, copy_chain, system_copy


class Recorder:
    """A ``terminal`` way that records what it was sent and reports success."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    def __call__(self, text: str) -> bool:
        self.sent.append(text)
        return True


class FakeClipboard:
    """Stands in for pyperclip's copy/paste."""

    def __init__(self) -> None:
        self.text: str | None = None

    def copy(self, text: str) -> None:
        self.text = text

    def paste(self) -> str:
        return self.text or ""


def test_system_copy_uses_pyperclip_and_checks_it(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeClipboard()
    monkeypatch.setattr(pyperclip, "copy", fake.copy)
    monkeypatch.setattr(pyperclip, "paste", fake.paste)
    terminal = Recorder()
    outcome = copy_chain("要抓落实。\n——《题》", terminal=terminal)
    assert outcome.via is Via.SYSTEM and outcome.ok and outcome.reason == ""
    assert fake.text == "要抓落实。\n——《题》" and terminal.sent == []


def test_clipboard_that_does_not_take_the_text_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    # xclip on an unreachable display: pyperclip.copy returns, the clipboard stays empty.
    monkeypatch.setattr(pyperclip, "copy", lambda text: None)
    monkeypatch.setattr(pyperclip, "paste", lambda: "")
    with pytest.raises(ClipboardCheckFailed):
        system_copy("要抓落实。")
    terminal = Recorder()
    outcome = copy_chain("要抓落实。", terminal=terminal)
    assert outcome.via is Via.TERMINAL and terminal.sent == ["要抓落实。"]


def test_crlf_read_back_counts_as_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pyperclip, "copy", lambda text: None)
    monkeypatch.setattr(pyperclip, "paste", lambda: "甲\r\n乙\r\n")
    system_copy("甲\n乙")


def test_no_mechanism_falls_back_to_osc52(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_clipboard(text: str) -> None:
        raise pyperclip.PyperclipException("Pyperclip could not find a copy/paste mechanism")

    monkeypatch.setattr(pyperclip, "copy", no_clipboard)
    terminal = Recorder()
    outcome = copy_chain("要抓落实。", terminal=terminal)
    assert outcome.via is Via.TERMINAL and outcome.ok
    assert "copy/paste mechanism" in outcome.reason
    assert terminal.sent == ["要抓落实。"]
    assert Via.TERMINAL.label == "终端剪贴板 OSC 52" and Via.SYSTEM.label == "系统剪贴板"


def test_nothing_works_reports_none() -> None:
    def broken(text: str) -> None:
        raise RuntimeError("boom")

    def no_terminal(text: str) -> bool:
        return False

    assert copy_chain("x", system=broken, terminal=no_terminal).via is Via.NONE
    assert copy_chain("x", system=broken, terminal=None).via is Via.NONE

    def terminal_raises(text: str) -> bool:
        raise OSError("closed")

    outcome = copy_chain("x", system=broken, terminal=terminal_raises)
    assert outcome.via is Via.NONE and not outcome.ok
    assert outcome.reason == "boom; OSC 52: closed"
