"""The side panes' model (``tui.side_panes``) without an app: every band of the terminal's
width, with the keyword panel open and closed, under every choice the user can have made;
then the choices as ctrl+b and ctrl+o make them, and as a resize or K settles them.

The expected rows are written out by hand from the rules the screen had before the model
(``tests/ui/test_app.py``, ``test_wide_panes.py`` and the snapshots check the same on the
app)."""

from __future__ import annotations

from itertools import product

import pytest

from tui.side_panes import (
    OUTLINE_MIN,
    READER_MIN,
    TREE_MIN,
    Choices,
    Room,
    SidePanes,
    Widths,
    fitted_widths,
    side_panes,
    widest_allowed,
)

PANEL = 30
"""The keyword panel's cells (its width in app.tcss)."""

# columns, keyword panel open: (tree, outline, widths) left to themselves. Each band's
# first and last column.
BANDS: list[tuple[int, bool, tuple[bool, bool, Widths]]] = [
    (60, False, (False, True, "slim")),
    (99, False, (False, True, "slim")),
    (100, False, (False, True, "normal")),
    (119, False, (False, True, "normal")),
    (120, False, (True, True, "normal")),
    (159, False, (True, True, "normal")),
    (160, False, (True, True, "wide")),  # the reader keeps 100 cells beside 28 and 32
    (249, False, (True, True, "wide")),
    (250, False, (True, True, "widest")),
    (400, False, (True, True, "widest")),
    (60, True, (False, False, "slim")),  # the outline gives way to the panel
    (99, True, (False, False, "slim")),
    (100, True, (False, True, "normal")),
    (119, True, (False, True, "normal")),
    (120, True, (False, True, "normal")),  # the tree makes room for the panel
    (149, True, (False, True, "normal")),
    (150, True, (True, True, "normal")),
    (207, True, (True, True, "normal")),  # 18% and 20% would leave the reader 99 cells
    (208, True, (True, True, "wide")),
    (279, True, (True, True, "wide")),
    (280, True, (True, True, "widest")),
    (400, True, (True, True, "widest")),
]

TREE_CHOICES = [None, True, False]
OUTLINE_CHOICES = [(True, False), (False, False), (True, True), (False, True)]
"""(outline wanted, chosen over the panel)."""


def room(columns: int, keywords: bool) -> Room:
    return Room(columns, PANEL if keywords else None)


@pytest.mark.parametrize(
    ("columns", "keywords", "auto", "tree_choice", "outline_choice"),
    [
        (columns, keywords, auto, tree_choice, outline_choice)
        for (columns, keywords, auto), tree_choice, outline_choice in product(
            BANDS, TREE_CHOICES, OUTLINE_CHOICES
        )
    ],
    ids=lambda value: repr(value),
)
def test_every_band_and_choice(
    columns: int,
    keywords: bool,
    auto: tuple[bool, bool, Widths],
    tree_choice: bool | None,
    outline_choice: tuple[bool, bool],
) -> None:
    auto_tree, auto_outline, widths = auto
    wanted, over_panel = outline_choice
    choices = Choices(tree=tree_choice, outline=wanted, outline_over_panel=over_panel)
    # ctrl+b decides the tree at every width; ctrl+o's "hidden" hides the outline at every
    # width, its "shown" shows it where it is not squeezed, or chosen over the panel.
    tree = auto_tree if tree_choice is None else tree_choice
    outline = wanted and (auto_outline or over_panel)
    assert side_panes(room(columns, keywords), choices) == SidePanes(tree, outline, widths)


def test_a_panel_of_unknown_width_takes_no_room() -> None:
    """Open but with no width in its styles: the panel counts as open (the tree and the
    outline give way) but takes no cells from the side panes' share."""
    assert side_panes(Room(200, 0), Choices()) == SidePanes(True, True, "wide")
    assert side_panes(Room(90, 0), Choices()) == SidePanes(False, False, "slim")


# A key or a change of the room, one at a time: ("b"/"o": ctrl+b/ctrl+o; "K": the panel
# opened or closed; a number: the terminal resized), and (tree, outline) after it.
Step = tuple[str | int, tuple[bool, bool]]
SEQUENCES: dict[str, tuple[int, list[Step]]] = {
    # tests/ui/test_wide_panes.py's test_the_outline_gives_way_to_the_keyword_panel_at_80
    "outline gives way, comes back, chosen over the panel": (
        80,
        [
            ("K", (False, False)),
            ("K", (False, True)),
            ("K", (False, False)),
            ("o", (False, True)),  # chosen over the panel: it stays
            (90, (False, True)),
            ("K", (False, True)),
            (100, (False, True)),
            ("K", (False, True)),  # at 100 the panel squeezes nothing
        ],
    ),
    "the choice over the panel lasts until the panel closes": (
        80,
        [
            ("K", (False, False)),
            ("o", (False, True)),
            ("K", (False, True)),
            ("K", (False, False)),  # gives way again: the choice was for that squeeze
        ],
    ),
    "... or until the terminal widens": (
        80,
        [
            ("K", (False, False)),
            ("o", (False, True)),
            (110, (False, True)),
            (80, (False, False)),
        ],
    ),
    "hidden over the panel stays hidden after it": (
        80,
        [
            ("K", (False, False)),
            ("o", (False, True)),
            ("o", (False, False)),
            ("K", (False, False)),
            (130, (True, False)),
            ("o", (True, True)),
        ],
    ),
    "hidden before the panel opens: shown over it": (
        80,
        [
            ("o", (False, False)),
            ("K", (False, False)),
            ("o", (False, True)),
            ("K", (False, True)),
        ],
    ),
    "the tree's choice is for good": (
        80,
        [
            ("b", (True, True)),
            ("K", (True, False)),  # the panel does not hide a tree chosen
            ("K", (True, True)),
            (200, (True, True)),
            ("b", (False, True)),
            (80, (False, True)),
            (130, (False, True)),  # nor does a width show it
        ],
    ),
    "the tree follows the width until ctrl+b": (
        130,
        [
            ("K", (False, True)),
            ("K", (True, True)),
            (119, (False, True)),
            (150, (True, True)),
            ("K", (True, True)),
            ("b", (False, True)),
            ("K", (False, True)),
            ("b", (True, True)),
        ],
    ),
}


@pytest.mark.parametrize("name", SEQUENCES)
def test_choices_as_keys_and_resizes_make_them(name: str) -> None:
    columns, steps = SEQUENCES[name]
    keywords = False
    choices = Choices()
    for number, (step, expected) in enumerate(steps):
        here = room(columns, keywords)
        if step == "b":
            choices = choices.toggled_tree(here)
        elif step == "o":
            choices = choices.toggled_outline(here)
        elif step == "K":
            keywords = not keywords
        else:
            assert isinstance(step, int)
            columns = step
        # As the screen does after each: the choices settled in the room, then asked.
        here = room(columns, keywords)
        choices = choices.settled(here)
        panes = side_panes(here, choices)
        assert (panes.tree, panes.outline) == expected, (number, step, choices)


def test_settled_forgets_only_the_choice_over_the_panel() -> None:
    chosen = Choices(tree=True, outline=True, outline_over_panel=True)
    assert chosen.settled(room(80, True)) is chosen  # still squeezed: kept
    assert chosen.settled(room(80, False)) == Choices(tree=True, outline=True)
    assert chosen.settled(room(100, True)) == Choices(tree=True, outline=True)


@pytest.mark.parametrize(
    ("columns", "keywords", "before", "after"),
    [
        (120, False, Choices(), Choices(outline=False)),
        (120, True, Choices(outline=False), Choices()),
        (80, False, Choices(), Choices(outline=False)),  # not squeezed: no panel
        (80, True, Choices(), Choices(outline=True, outline_over_panel=True)),  # given way
        (80, True, Choices(outline_over_panel=True), Choices(None, False, True)),
        (80, True, Choices(outline=False), Choices(outline=True, outline_over_panel=True)),
    ],
)
def test_ctrl_o_turns_the_outline_as_it_shows(
    columns: int, keywords: bool, before: Choices, after: Choices
) -> None:
    assert before.toggled_outline(room(columns, keywords)) == after


@pytest.mark.parametrize(
    ("columns", "keywords", "before", "after"),
    [
        (120, False, Choices(), Choices(tree=False)),
        (119, False, Choices(), Choices(tree=True)),
        (140, True, Choices(), Choices(tree=True)),
        (80, True, Choices(tree=True), Choices(tree=False)),
        (200, False, Choices(tree=False, outline=False), Choices(tree=True, outline=False)),
    ],
)
def test_ctrl_b_turns_the_tree_as_it_shows(
    columns: int, keywords: bool, before: Choices, after: Choices
) -> None:
    assert before.toggled_tree(room(columns, keywords)) == after


# Widths chosen with < and > fitted to the room (``fitted_widths``): (columns, keyword
# panel cells or None, tree shown, outline shown, width class, chosen tree, chosen outline)
# and the (tree, outline) cells. Together with the panel they leave the reader READER_MIN
# (30) cells; each pane was fitted alone (columns - 30), and with both shown the reader
# kept 24 cells at 80 columns (tree 32, outline 24) and 6 at 60.
FITTED: list[
    tuple[int, int | None, bool, bool, Widths, int | None, int | None, tuple[int | None, ...]]
] = [
    # Room enough: the widths as chosen, or the stylesheet's.
    (160, None, True, True, "normal", None, None, (26, 32)),
    (160, None, True, True, "normal", 40, 50, (40, 50)),
    (200, None, True, True, "wide", None, None, (36, 40)),
    (300, None, True, True, "widest", None, None, (45, 50)),
    (80, None, False, True, "slim", None, None, (None, 24)),
    # One pane shown: it alone leaves the reader 30 (as before).
    (60, None, False, True, "slim", None, 40, (None, 30)),
    (60, None, True, False, "slim", 40, None, (30, None)),
    (50, None, False, True, "slim", None, 40, (None, 20)),
    (40, None, False, True, "slim", None, 40, (None, 18)),  # no narrower than min-width
    # Both shown: the wider gives way first, down to the other's width ...
    (80, None, True, True, "slim", 32, None, (26, 24)),
    (100, None, True, True, "normal", 60, None, (38, 32)),
    (120, None, True, True, "normal", 60, 60, (45, 45)),
    # ... then both alike, the odd cell off the tree ...
    (80, None, True, True, "slim", 40, 40, (25, 25)),
    (75, None, True, True, "slim", 40, 40, (22, 23)),
    (70, None, True, True, "slim", None, None, (20, 20)),  # ctrl+b below 100 columns
    # ... never below min-width (16 and 18): there the reader gets less.
    (60, None, True, True, "slim", 32, None, (16, 18)),
    # The keyword panel's cells count against them too.
    (160, 30, True, True, "normal", 60, 60, (50, 50)),
    (140, 30, True, True, "normal", 60, 60, (40, 40)),
    (160, 30, True, True, "normal", None, None, (26, 32)),
    (120, 30, False, True, "normal", None, 70, (None, 60)),
    (90, 30, True, True, "slim", 26, None, (16, 18)),
    (90, 0, True, True, "slim", None, None, (26, 24)),  # a panel of unknown width
]


@pytest.mark.parametrize(
    ("columns", "keywords", "tree", "outline", "widths", "chosen_tree", "chosen_outline", "fitted"),
    FITTED,
    ids=[repr(row[:7]) for row in FITTED],
)
def test_side_panes_leave_the_reader_its_cells_together(
    columns: int,
    keywords: int | None,
    tree: bool,
    outline: bool,
    widths: Widths,
    chosen_tree: int | None,
    chosen_outline: int | None,
    fitted: tuple[int | None, int | None],
) -> None:
    room = Room(columns, keywords)
    got = fitted_widths(room, SidePanes(tree, outline, widths), chosen_tree, chosen_outline)
    assert got == fitted
    used = sum(width or 0 for width in got) + (keywords or 0)
    if all(width in (None, TREE_MIN, OUTLINE_MIN) for width in got) and used > columns - 30:
        return  # at the panes' min-width: the reader gets what is left
    assert columns - used >= READER_MIN


@pytest.mark.parametrize(
    ("columns", "keywords", "other", "allowed"),
    [(120, None, None, 90), (120, None, 32, 58), (120, 30, 32, 28), (80, None, 24, 26)],
)
def test_greater_than_stops_where_the_reader_keeps_its_cells(
    columns: int, keywords: int | None, other: int | None, allowed: int
) -> None:
    """``>`` on one side pane stops beside the other one (and the panel): it stopped at the
    terminal's width less 30, whatever else was shown."""
    assert widest_allowed(Room(columns, keywords), other) == allowed
