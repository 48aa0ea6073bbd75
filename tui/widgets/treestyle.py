"""A mix-in for the app's trees: nodes added in batches."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from rich.text import Text

if TYPE_CHECKING:
    from textual.widget import Widget

    _Base = Widget
else:
    # A plain mix-in at run time: Textual takes CSS and component classes from a
    # widget's first *widget* base only, which must stay the Tree class.
    _Base = object


class BatchedAdds(_Base):
    """Many nodes added at once, the tree's lines invalidated once at the end.

    Textual's ``Tree`` invalidates its lines (and resets every node) on each ``add``:
    adding thousands of nodes one by one was quadratic. Add them inside ``adding()``
    (which may be nested: the outermost one invalidates). Relies on ``Tree._invalidate``;
    were it renamed, nodes would still be added, each invalidating the lines as before.
    Put it before the Tree class: ``class OutlinePane(BatchedAdds, Tree[...])``.
    """

    _adding = 0
    _held = False

    @contextmanager
    def adding(self) -> Iterator[None]:
        self._adding += 1
        try:
            yield
        finally:
            self._adding -= 1
            if not self._adding and self._held:
                self._held = False
                self._invalidate()

    def _invalidate(self) -> None:
        if self._adding:
            self._held = True
        else:
            super()._invalidate()  # type: ignore[misc]

    def process_label(self, label: str | Text) -> Text:
        """A one-line ``Text`` is used as it is (the base class splits every label into lines)."""
        if isinstance(label, Text) and "\n" not in label.plain:
            return label
        return super().process_label(label)  # type: ignore[misc, no-any-return]
