"""How the re-flow joins two pieces of one paragraph or one title.

Latin words keep their space, a year hyphenated at a line's end is joined, a character a
page seam printed twice is dropped (``join_pieces``); a word a one-line text's line given
back cut is told (``word_at_seam``); a title's lines are joined with nothing, a full-width
space or a space (``title_seam``); a title that stops on a doubled adverb was cut
(``cut_mid_clause``).
"""

from __future__ import annotations

import re

from tui.engine.framing import DASH_STARTS, TITLE_PIECE_STARTS_NEVER, ends_whole_title
from tui.engine.partlines import parallel_lines, spaced_phrases

_LATIN_STOPS = frozenset(".,;:!?)\"'")
"""ASCII punctuation after which Latin text goes on after a space."""


def title_seam(left: str, right: str) -> str:
    """What stands between two title lines joined into one title: nothing where a long title
    was broken (在全市经济工作会议上的 | 讲话), a full-width space where the first line is a
    whole title and the second its theme (1989年政府工作报告 | 坚决贯彻治理整顿和深化改革的方针),
    as a reader sees two lines, not one word run into the next. Not before a bracket ((摘要))
    or a word that goes on the title (的补充说明). A space where the first line's phrases are
    set apart by spaces (不忘初心担使命 传承博雅谱新篇 | 奋力开创…新局面: ``spaced_phrases``):
    the line break parts the next phrase as they are parted; and between a main title's two
    halves set as a couplet (凝心聚力谋发展 | 奋力开创新局面: ``parallel_lines``)."""
    first = right[:1]
    if "\u4e00" <= first <= "\u9fff" and first not in TITLE_PIECE_STARTS_NEVER:
        if ends_whole_title(left):
            return "\u3000"
        if (spaced_phrases(left) and not left.endswith(DASH_STARTS)) or parallel_lines(left, right):
            return " "
    return ""


def _year_cut(left: str, right: str) -> bool:
    """Whether the digits before ``left``'s closing hyphen and those opening ``right`` make
    a year of this or the last century cut in two (20- | 24年); a range of numbers broken at
    its hyphen keeps it (107- | 109年, 2021- | 2025年, 10- | 20年: engine53 saw holdout33
    r05's 107-109年 joined as 107109年)."""
    head = left[:-1]
    digits = (
        head[len(head.rstrip("0123456789")) :]
        + right[: len(right) - len(right.lstrip("0123456789"))]
    )
    return len(digits) == 4 and digits[:2] in ("19", "20")


def doubled_at_seam(
    left: str, right: str, full_text: str, seen: dict[tuple[str, str], bool]
) -> bool:
    """Whether a page seam printed the character at ``left``'s end twice (发展和现 | 现代化): the
    text elsewhere has the single form (和现代化) and never the double (和现现代化)."""
    if not (len(left) >= 2 and len(right) >= 3 and left[-1] == right[0]) or left[-1].isascii():
        return False
    key = (left[-2:] + right[1:3], left[-2:] + right[:3])
    if key not in seen:
        seen[key] = key[0] in full_text and key[1] not in full_text
    return seen[key]


def cut_mid_clause(title: str) -> bool:
    """Whether a heading's title stops on a doubled adverb opening its last clause (…大突破，牢牢 /
    …，紧紧): such a word only leads a verb (牢牢扭住, 紧紧围绕), so the title was cut there."""
    clause = re.split("[，,、；;]", title)[-1]
    return (
        len(clause) == 2
        and clause[0] == clause[1]
        and "\u4e00" <= clause[0] <= "\u9fff"
        and clause[0] not in CN_DIGITS
        and len(title) > len(clause)
    )


_SEAM_WORD_MIN = 3
"""The fewest times a text says the four characters across a line given back (``word_at_seam``)."""
_SEAM_WORD_SCAN = 100_000
"""The characters of the text the word is counted in (two counts for each heading on a page
seam: a whole 1.2 MB one-line text so counted parsed 20% slower; a word the text keeps saying,
营商环境, is said often in its first 100,000 characters)."""
_SEAM_WORD_SHARE = 0.9
"""The least share of the times the text says the right side's first three characters that
are inside that word (商环境 nearly always in 营商环境; 帝国主 after any character)."""


def word_at_seam(left: str, right: str, full_text: str, seen: dict[tuple[str, str], bool]) -> bool:
    """Whether a space a one-line text's line was given back at (``spacedlines``) cut a word
    the text says elsewhere (…的大合唱营 | 商环境是…: 营商环境, ``_SEAM_WORD_MIN`` times or
    more, and nearly every time it says right's first three, ``_SEAM_WORD_SHARE``): the source's
    page seam, no line's end — left's last character and right's first three, all Chinese. Not
    a title whose section opens with its last word again ((一)帝国主义之侵略中国 | 帝国主义侵略…:
    帝国主 follows many characters)."""
    word = left[-1:] + right[:3]
    if len(word) != 4 or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
        return False
    key = (word, "")
    if key not in seen:
        said = full_text.count(word, 0, _SEAM_WORD_SCAN)
        seen[key] = said >= _SEAM_WORD_MIN and said >= _SEAM_WORD_SHARE * full_text.count(
            word[1:], 0, _SEAM_WORD_SCAN
        )
    return seen[key]


def join_pieces(left: str, right: str, full_text: str, seen: dict[tuple[str, str], bool]) -> str:
    """Join two pieces of one paragraph cut by a line or page break.

    ``seen`` caches the seam look-ups below, which scan the whole text.
    """
    last, first = left[-1:], right[:1]
    if (
        last.isascii()
        and first.isascii()
        and ((last.isalpha() and first.isalpha()) or (last in _LATIN_STOPS and first.isalpha()))
    ):
        # Latin text across a line break keeps its space: "environ" | "ment" is two words
        # as much as one (we cannot tell), "everyone." | "Thank you" is surely two.
        return left + " " + right
    if (
        left[-1:] == "-"
        and left[-2:-1].isdigit()
        and right[:1].isdigit()
        and _year_cut(left, right)
    ):
        return left[:-1] + right  # a year hyphenated at the line end: 20- | 24年
    if left[-1:] == right[:1] and doubled_at_seam(left, right, full_text, seen):
        # A page seam that printed a character twice (发展和现|现代化 → 和现代化): drop one
        # copy only when the text elsewhere has the single form and never the double.
        return left + right[1:]
    return left + right


CN_DIGITS = frozenset("一二三四五六七八九十")
