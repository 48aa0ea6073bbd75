"""Dialog text wraps by the reader's Chinese line-break rules (禁则): no closing mark
(，。、；：？！）」』…) at a line start and no opening mark (（「『) at a line end, at
every width; the text copied from the dialog is the text given (no line feed added).

The quote dialog is the one dialog with free text: its hint (``WrappedText``) and its
selectable text (``KinsokuTextArea``, a ``TextArea`` whose soft wrap breaks where the
reader does). The notebook's list is wrapped with ``wrap_text`` already (its own tests).
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import TextArea

from tests.ui.conftest import until
from tui.engine.wrap import NO_END, NO_START
from tui.screens.edit_quote import EditQuoteDialog
from tui.screens.quote_dialog import QuoteDialog
from tui.widgets.kinsoku_area import KinsokuTextArea

# Commas, stops and brackets at every other position, so that a break at any width meets one.
TEXT = (
    "优化营商环境，就是解放生产力、提升竞争力。我们要坚持问题导向（对标先进），"
    "持续深化「放管服」改革；让企业办事更方便、更快捷！这是『一把手』工程：要抓紧，抓实。"
)
HINT = "无法写入剪贴板（没有剪贴板程序）。请手动复制：文本已全选，可按 ctrl+c，或按住 shift 用鼠标选择。"


def broken_rules(lines: list[str]) -> list[str]:
    """Lines that start with a closing mark or end with an opening one (a one-character
    line cannot be helped)."""
    bad = []
    for number, line in enumerate(lines):
        if len(line) > 1 and number > 0 and line[0] in NO_START:
            bad.append(line)
        elif len(line) > 1 and number < len(lines) - 1 and line.rstrip()[-1:] in tuple(NO_END):
            bad.append(line)
    return bad


def area_lines(area: TextArea) -> list[str]:
    """The TextArea's lines as it draws them (soft-wrapped)."""
    return [section for line in area.wrapped_document.lines for section in line]


class AreaApp(App[None]):
    def __init__(self, kind: type[TextArea]) -> None:
        super().__init__()
        self.kind = kind

    def compose(self) -> ComposeResult:
        yield self.kind(TEXT, read_only=True, soft_wrap=True)


async def test_the_trap_text_breaks_the_rules_in_a_plain_text_area() -> None:
    """Textual's own wrap breaks the rules on this text at most widths (so the tests
    below can fail)."""
    app = AreaApp(TextArea)
    broken = 0
    async with app.run_test(size=(40, 20)) as pilot:
        area = app.query_one(TextArea)
        for width in range(14, 40):
            area.styles.width = width
            await pilot.pause()
            broken += bool(broken_rules(area_lines(area)))
    assert broken >= 10


async def test_kinsoku_text_area_keeps_the_rules_and_the_text() -> None:
    app = AreaApp(KinsokuTextArea)
    async with app.run_test(size=(40, 20)) as pilot:
        area = app.query_one(TextArea)
        for width in range(14, 40):
            area.styles.width = width
            await pilot.pause()
            lines = area_lines(area)
            assert len(lines) > 2, width
            assert "".join(lines) == TEXT, width  # broken, not changed
            assert broken_rules(lines) == [], (width, broken_rules(lines))
        area.select_all()
        assert area.selected_text == TEXT and area.text == TEXT


async def test_quote_dialog_hint_and_text_keep_the_rules_at_every_width() -> None:
    broken_text: dict[int, list[str]] = {}
    broken_hint: dict[int, list[str]] = {}
    widths: set[int] = set()
    # One app, resized to each width, the dialog opened anew there (its first layout at
    # that width, as with an app a width: 21 starts).
    app = App[None]()
    async with app.run_test(size=(40, 30)) as pilot:
        for columns in range(40, 101, 3):
            await pilot.resize_terminal(columns, 30)
            await until(pilot, lambda: app.screen.size.width == columns, f"{columns} columns")  # noqa: B023
            dialog = QuoteDialog(TEXT, hint=HINT)
            app.push_screen(dialog)
            await until(pilot, lambda: dialog.is_current, "the dialog")  # noqa: B023
            await pilot.pause()
            area = dialog.query_one(TextArea)
            await until(pilot, lambda: area.size.width > 0, "the text laid out")  # noqa: B023
            widths.add(area.size.width)
            assert area.selected_text == TEXT  # all selected, exactly the text
            if bad := broken_rules(area_lines(area)):
                broken_text[columns] = bad
            hint = str(dialog.query_one("#quote-dialog-hint").render()).split("\n")
            # Wrapped, not changed, but for the spaces a break fell on (dropped: no line
            # starts or ends with one).
            assert len(hint) > 1, columns
            assert "".join(hint).replace(" ", "") == HINT.replace(" ", ""), columns
            assert not any(line[:1] == " " or line[-1:] == " " for line in hint), columns
            if bad := broken_rules(hint):
                broken_hint[columns] = bad
            app.pop_screen()
            await until(pilot, lambda: not dialog.is_attached, "the dialog closed")  # noqa: B023
    assert broken_text == {}
    assert broken_hint == {}
    assert len(widths) > 10, widths  # laid out anew at the widths


async def test_kinsoku_text_area_keeps_the_rules_after_an_edit() -> None:
    # An edit re-wraps through ``wrap_range`` (not ``wrap``): typed text keeps the rules.
    class EditApp(App[None]):
        def compose(self) -> ComposeResult:
            yield KinsokuTextArea("", soft_wrap=True)

    app = EditApp()
    async with app.run_test(size=(40, 20)) as pilot:
        area = app.query_one(TextArea)
        for width in (17, 23, 29):
            area.styles.width = width
            area.clear()
            await pilot.pause()
            half = len(TEXT) // 2
            area.insert(TEXT[:half])
            area.insert(TEXT[half:])
            await pilot.pause()
            lines = area_lines(area)
            assert len(lines) > 2 and "".join(lines) == TEXT, width
            assert broken_rules(lines) == [], (width, broken_rules(lines))


async def test_a_long_quote_opens_at_its_first_line_all_selected() -> None:
    """The notebook's t on a section's quote longer than the box: it opened on the quote's
    last lines (``select_all`` put the cursor, and the view, at the end), seen in tmux at
    80x24. It opens at the first line, still all selected."""
    text = "\n".join(f"第{n}段。{TEXT}" for n in range(1, 30))
    app = App[None]()
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = QuoteDialog(text, hint=HINT)
        app.push_screen(dialog)
        await until(pilot, lambda: dialog.is_current, "the dialog")
        await pilot.pause()
        area = dialog.query_one(TextArea)
        await until(pilot, lambda: area.size.height > 0, "the text laid out")
        await pilot.pause()
        assert area.virtual_size.height > area.size.height  # (longer than the box)
        assert area.scroll_offset.y == 0, area.scroll_offset
        assert area_lines(area)[0].startswith("第1段。"), area_lines(area)[:2]
        assert area.selected_text == text


async def test_a_long_quote_opens_for_editing_at_its_first_line() -> None:
    """The notebook's r on a quote longer than the box: the cursor at its end scrolled it
    to its last lines (seen in tmux at 80x24), the first ones out of sight above. It opens
    at the first line, the cursor on the first character; a short quote (all in sight)
    keeps the cursor after its end, where a word is added (``test_notebook_ui``)."""
    text = "\n".join(f"第{n}段。{TEXT}" for n in range(1, 30))
    app = App[None]()
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = EditQuoteDialog(text)
        app.push_screen(dialog)
        await until(pilot, lambda: dialog.is_current and bool(dialog.query(TextArea)), "dialog")
        area = dialog.query_one(TextArea)
        await until(pilot, lambda: area.size.height > 0, "the text laid out")
        await pilot.pause()
        await pilot.pause()
        assert area.virtual_size.height > area.size.height  # (longer than the box)
        assert area.scroll_offset.y == 0, area.scroll_offset
        assert area.cursor_location == (0, 0)
        assert area_lines(area)[0].startswith("第1段。"), area_lines(area)[:2]
        assert area.has_focus
