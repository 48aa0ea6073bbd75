"""The status line: breadcrumb of where the cursor is and how much has been read."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from tui.engine.safetext import safe_text


class StatusLine(Widget):
    """One line: "file › speech › 一、… › （二）…" on the left, "37%" on the right."""

    DEFAULT_CSS = """
    StatusLine {
        height: 1;
        background: $panel;
        color: $text;
        padding: 0 1;
    }
    """

    crumbs: reactive[tuple[str, ...]] = reactive(tuple)
    percent: reactive[int | None] = reactive(None)
    note: reactive[str] = reactive("")
    """A short note shown before the percentage (the search index's progress)."""

    def update_status(self, crumbs: tuple[str, ...], percent: int | None) -> None:
        """Show ``crumbs`` (outermost first) and ``percent`` read (None hides it).

        Crumbs are file names and headings: made safe here (``safe_text``), drawn as ``Text``.
        """
        self.crumbs = tuple(safe_text(crumb) for crumb in crumbs)
        self.percent = percent

    @property
    def text(self) -> str:
        """The line as plain text (for tests)."""
        right = "" if self.percent is None else f"{self.percent}%"
        if self.note:
            right = f"{self.note}  {right}".rstrip()
        return " › ".join(self.crumbs) + ("  " + right if right else "")

    def render(self) -> Text:
        width = self.content_region.width or self.size.width
        right = Text("" if self.percent is None else f"{self.percent}%", style="bold")
        if self.note:
            right = Text.assemble((self.note, "dim"), "  ", right)
        room = max(0, width - right.cell_len - 2)
        left = Text(" › ".join(self.crumbs), no_wrap=True, overflow="ellipsis")
        if left.cell_len > room:
            # Keep the innermost crumbs: they say the most about where the cursor is.
            parts = list(self.crumbs)
            while len(parts) > 1 and Text(" › ".join(["…", *parts[1:]])).cell_len > room:
                parts.pop(0)
            left = Text(" › ".join(["…", *parts] if len(parts) < len(self.crumbs) else parts))
            left.truncate(room, overflow="ellipsis")
        pad = max(1, width - left.cell_len - right.cell_len)
        return Text.assemble(left, " " * pad, right)
