"""Which families nest under which, whatever the candidates around them: the official
ladder's rungs (一、 > （一） > 1. > （1）: ``deeper_rung``), the families 一、 nests under
(``above_cn_dun``: 壹、, 第一部分, 第一章, a ``#`` line, a bold part name …), section numerals
set off on their line (``SET_OFF``), the level of an unnumbered ``#`` heading by its depth
(``markdown_level``) and a dotted number extending another (``extends_number``: 5.1 > 5.1.1).

What it does not decide: what the other candidates of the speech tell (``itemscan``,
``announcedlists``) or the stack itself (``outline``).
"""

from __future__ import annotations

from tui.base import patterns
from tui.engine.markers import LADDER_RANK, MARKDOWN_FAMILIES
from tui.engine.series import CROSSHEAD

_ABOVE_CN_DUN = frozenset(
    {
        "volume",
        "part",
        "section",
        "cn-space",
        "cn-bare",
        "gan-space",
        "gan",
        "plain",
        CROSSHEAD,
        "couplet",
        "cap-dun",
        "cap-space",
        "annex",
    }
    | MARKDOWN_FAMILIES
)
"""Families whose items 一、 nests under (壹、 > 一、 in Taiwan's official documents; 第一部分 > 一、; 第一章 > 第一节 > 一、; 一 重工业… > 一、; ## 关于改革 > 一、;
乙、夢的構成 > 一、生理的…;
第一期 > 甲　世苑的創設 > 一、, all of them when they are open one under the other)."""

_BARE_PART = patterns.compile(r"^[^，,。！？!?；;：:]{2,30}$")
"""A bold line that is a part's name alone (**2025年工作回顾**), not a bold lead sentence."""


def above_cn_dun(family: str, head: int, texts: dict[int, str] | None) -> bool:
    """Whether 一、 nests under an open heading of ``family`` (paragraph ``head``): the
    families of ``_ABOVE_CN_DUN``, and a bold part line of its own with no punctuation
    (**2025年工作回顾** over 一、…六、, as the same line unbolded is a plain heading)."""
    if family in _ABOVE_CN_DUN:
        return True
    return (
        family == "bold" and texts is not None and _BARE_PART.match(texts.get(head, "")) is not None
    )


SET_OFF = frozenset({"cn-bare", "cn-space", "ar-bare", "ar-space"})
"""Section numerals set off on their line (一 / 一　入党资格): a 第二， under one is the
section's talk, not a slip in the section numbering."""


def deeper_rung(family: str, above: str) -> bool:
    """Whether ``family`` is a lower rung of the official ladder than ``above`` (一 > （二）:
    a list under the heading, not a slip in its numbering)."""
    return (
        family in LADDER_RANK and above in LADDER_RANK and LADDER_RANK[family] > LADDER_RANK[above]
    )


def markdown_level(depth: int, stack: list[list], depths: list[int]) -> int:
    """The 0-based level of an unnumbered ``#`` heading of ``depth`` (the number of ``#``):
    under the nearest open heading of a shallower ``#`` line; else in the place of the
    first open one of its depth or deeper; else (no ``#`` heading open) one deeper than
    what is open, as any new family."""
    shallower = [j for j, d in enumerate(depths) if 0 < d < depth]
    if shallower:
        return shallower[-1] + 1
    return next((j for j, d in enumerate(depths) if d >= depth), len(stack))


_DOTTED = patterns.compile(r"\d{1,3}(?:\.\d{1,3})+(?![.\d])")


def extends_number(parent: str, child: str) -> bool:
    """Whether ``child`` opens with a dotted section number that extends the one ``parent``
    opens with (5.1 分布式缓存 → 5.1.1 离线性能实测): a subsection of it."""
    if not child[:1].isdigit() or not parent[:1].isdigit():
        return False
    above, below = _DOTTED.match(parent), _DOTTED.match(child)
    return above is not None and below is not None and below.group().startswith(above.group() + ".")
