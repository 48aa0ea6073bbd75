"""The side panes' model (``tui.side_panes``) without an app: every band of the terminal's
width, with the keyword panel open and closed, under every choice the user can have made;
then the choices as ctrl+b and ctrl+o make them, and as a resize or K settles them.

The expected rows are written out by hand from the rules the screen had before the model
(``tests/ui/test_app.py``, ``test_wide_panes.py`` and the snapshots check the same on the
app)."""

from __future__ import annotations

from itertools import product

import pytest

from tui.side_panes import Choices, Room, SidePanes, Widths, side_panes

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
    (169, False, (True, True, "normal")),
    (170, False, (True, True, "wide")),
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
    (199, True, (True, True, "normal")),  # 169 columns beside the panel
    (200, True, (True, True, "wide")),
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
