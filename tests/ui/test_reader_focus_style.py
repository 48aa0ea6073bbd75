"""The reader is not restyled when the focus comes or goes, unless a rule of the stylesheet
could style it by the focus (``ReaderView.styled_by_focus``): Textual restyles a widget
and its 17 component classes on every focus change, 2.5 ms of the first frame
(docs/performance.md, perf19)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import pytest
from textual.color import Color
from textual.css.stylesheet import Stylesheet
from textual.dom import DOMNode

import tui.app
from tests.ui.conftest import settle, until
from tui.app import SpeechReaderApp, make_app
from tui.widgets.reader import ReaderView


def restyles_of(reader: ReaderView, monkeypatch: pytest.MonkeyPatch) -> list[DOMNode]:
    """The reader's nodes (itself and its component classes) the stylesheet styles from
    now on, as they are styled."""
    styled: list[DOMNode] = []
    apply = Stylesheet.apply

    def counted(stylesheet: Stylesheet, node: DOMNode, **options: Any) -> None:
        if node is reader or node.parent is reader:
            styled.append(node)
        apply(stylesheet, node, **options)

    monkeypatch.setattr(Stylesheet, "apply", counted)
    return styled


async def test_focus_coming_and_going_does_not_restyle_the_reader(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(speech_dir)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        reader = screen.reader
        assert reader.has_focus and not reader.styled_by_focus()
        styles = dict(reader.styles.get_rules())
        styled = restyles_of(reader, monkeypatch)
        screen.outline.focus()
        await until(pilot, lambda: screen.outline.has_focus, "the outline focused")
        reader.focus()
        await until(pilot, lambda: reader.has_focus, "the reader focused again")
        assert styled == []  # Textual restyled the reader and its component classes: 34 styles
        assert dict(reader.styles.get_rules()) == styles


class FocusTintedApp(SpeechReaderApp):
    """The app with a rule that styles the reader by its focus."""

    CSS_PATH = str(Path(tui.app.__file__).with_name("app.tcss"))  # (relative to this file else)
    CSS: ClassVar[str] = "ReaderView:focus { background: #123456; }"


async def test_a_focus_rule_for_the_reader_still_styles_it(speech_dir: Path) -> None:
    app = FocusTintedApp(speech_dir)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        reader = screen.reader
        assert reader.styled_by_focus()
        tinted = Color.parse("#123456")
        await until(pilot, lambda: reader.styles.background == tinted, "the reader tinted")
        screen.outline.focus()
        await until(pilot, lambda: reader.styles.background != tinted, "the tint gone on blur")
