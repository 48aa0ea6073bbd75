"""Line wrapping of Chinese paragraphs by terminal cell width, with 禁则 (kinsoku) rules.

Everything here counts **characters** of the paragraph text (offsets) and **terminal
cells** (widths); widths follow ``rich.cells.cell_len`` (which Textual draws with) without
importing rich: 2 for East Asian Wide/Fullwidth, 0 for combining marks and zero-width
format characters, 1 otherwise.

How a line is chosen (the invariant the tests check): from the line's start, take the
longest run of characters that fits the room (``width`` minus the indent) without
splitting a base character from its zero-width followers. If the text goes on, move the
break back to the latest position that is allowed, trying the rules in order:

1. strict: the next line does not start with closing punctuation (``NO_START``) or a
   space (U+0020, U+3000), this line does not end with opening punctuation (``NO_END``),
   and no run of ASCII letters/digits (``8.36``, ``1,000`` and ``10:30`` count as one run)
   is split, nor a Latin word at the joiners ``WORD_JOINERS`` (``www.gov.cn``, ``.docx``,
   ``COVID-19``);
   a number stays whole with what belongs to it: a run of digits (``NUMBER_DIGITS``, ASCII
   or full width: ``２０２４``, ``８．３６``) is not split, nor parted from the unit that
   follows it (``UNITS``: 2024|年, 3|亿元, 20|个, 8.36|亿) or from the 第 or currency sign
   before it (``NUMBER_PREFIXES``: 第|49页, ￥|100), nor across the one space a PDF puts
   on each side of it (``第 49 页``, ``2022 年``: short, kept whole like 第49页). Dates
   and times are such runs too (``2026-12-05``, ``2026/12/05``, ``16:00``), and so is a
   date in words and digits (``DATE_UNITS``: 2024年3月5日, not 2024年3月|5日). Numbers in
   Chinese numerals (二〇二四年, 第三次) are words of ideographs like any other: they
   break as they do;
2. before or after a space, or after a joiner: when rule 1 leaves no break, a run that
   fits up to a space ends the line there if the next word fits the next line
   (``2026-12-05 `` | ``16:00`` in 10 cells, not ``2026-12-`` | ``05 16:00``); else the line breaks after a space (``第 `` | ``49 页`` when 第 49 does
   not fit) or inside a date after its 年 or 月 (2024年 | 3月5日), or a word too long for
   the line splits after one of ``WORD_JOINERS`` (``/tmp/`` | ``state/`` |
   ``bookmarks.json``), the punctuation rules still kept;
3. kinsoku only: as 1, but words, numbers and spaces may be split, and a number parted
   from its unit or its 第 (a run longer than the line);
4. none allowed: break where the room ends (a hard break).

If not even one character fits (a CJK character in a room of 1 cell), the line holds
one character with its zero-width followers. Breaks only move backwards (推出): a line
never exceeds the room to hang punctuation.

Spaces at a break hang: a break before a space (U+0020, U+3000) moves after the spaces,
which end the line (past the room if need be: the reader crops them, ``wrap_text`` drops
them) so that no line but the first starts with a space (``2022 `` | ``年``, not ``2022``
| `` 年``). And a line that a forced break started with closing marks (no break was
allowed before them) is not ended right after them when any break further on is
allowed by rules 1-3 (at 4 cells ``达`` | ``峰”`` | ``，xx`` rather than a line holding
``，`` alone); only when none is do the marks stay alone, before a hard break.

Rules 1-3 also keep a doubled dash or ellipsis (``DOUBLED_MARKS``: ——, ……, and the
stand-ins files use for them, ――, ──, －－, ⋯⋯) on one line: CLREQ (W3C, Requirements for
Chinese Text Layout, 符号分离禁则) makes a two-em dash and a six-dot ellipsis one mark that
is never split across lines; its strict level also keeps dashes and ellipses from a line's
start, so the dashes and ellipses proper are in ``NO_START``. A long run of them may be
split (rule 4), as CLREQ allows for several in a row.

Why this module is a little over 500 lines: the rules need every character's width, and
the widths are most of it (the overrides of Python's Unicode tables, the table and regex
built or read from the shipped file, the fast paths for runs of wide characters); the
break rules are the rest, each set of characters named and documented where it is defined.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate

from tui.base import patterns
from tui.paths import data_file

NO_START = frozenset("，。、；：？！”’）》」』】〕〉…—%‰·,.;:?!)]}］｝〗〙｠％．―⋯⸺⸻›")
"""Closing punctuation, dashes and ellipses: never the first character of a line (unless
forced). › closes a guillemet, and the sanitiser's placeholder (‹U+202E›, ``safetext``)."""
NO_END = frozenset("“‘（《「『【〔〈([{［｛〖〘｟^‹")
"""Opening punctuation, and the caret of a key's name (^n): never the last character of a
line (unless forced). ‹ opens a guillemet and the sanitiser's placeholder."""
WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
"""ASCII letters and digits: runs of them are not split when they fit on a line."""
NUMBER_DIGITS = frozenset("0123456789０１２３４５６７８９")
"""Digits, ASCII and full width: a run of them is one number (rule 1)."""
_NUMBER_JOINERS = frozenset(".,:．")
"""Between two digits these keep a number whole (8.36, 1,000, 10:30, ８．３６)."""
UNITS = frozenset(
    "年月日号时分秒天周岁届期"  # dates, times, ages, sessions: 1998年, 3时, 第3届
    "页行篇条款项章节段句处版"  # places in a text: 第49页, 第3条, 第2版
    "次个名位人家户件种类只所场批轮部台座套张份本"  # counted things: 第3次, 20个, 第5名
    "元角万亿千百多余倍成点"  # money, magnitudes, about: 3亿元, 300多人, 2.4个百分点
    "米公吨亩度斤克升瓦平立级"  # measures: 5公里, 20平方米, 3吨, 8级
    "%％‰℃°"  # signs of a number (the first three are closing marks too)
)
"""Units a number is not parted from (rule 1): 2024|年, 3|亿元, 20|个. The first
character of a longer unit (公里, 平方米, 百分点) is enough: the rest are ideographs, and
a break between ideographs is an ordinary break. A word that only starts like a unit
(2022年, 3公布) costs nothing worse than a line one number shorter. Wider on purpose than
``markers.NUMBER_UNITS`` (the units after which a number is no heading's): there a unit too
many would hide a heading (1 人才培养…)."""
DATE_UNITS = frozenset("年月")
"""After a number, these join it to the number that follows: 2024年3月5日 is one run (rule
1), broken after 年 or 月 only when it does not fit a line (rule 2)."""
NUMBER_PREFIXES = frozenset("第￥¥$€£")
"""Not parted from the number after them (rule 1): 第|49页, ￥|100."""
DOUBLED_MARKS = frozenset("—―─－…⋯")
"""Dashes and ellipses that, doubled, are one mark (——, ……; ――, ──, －－ and ⋯⋯ as files
write them): a break between two of the same is refused by rules 1-3 (CLREQ)."""
WORD_JOINERS = frozenset("._-/@'+\\")
"""Inside a Latin run these keep it whole: www.gov.cn, Node.js, .docx, COVID-19, don't,
ctrl+n, C:\\Users, and the sanitiser's placeholders (‹U+202E›, ‹\\xff›) with ‹ and ›."""

# Code points whose width Python's Unicode database (14.0 in 3.11) would get wrong
# compared with rich's newer tables: Unicode 16 made these symbols wide, Hangul jamo
# fillers/medials combine (zero), some format characters are visible (prepended marks).
_OVERRIDES: tuple[tuple[int, int, int], ...] = (
    (0x00AD, 0x00AD, 1),  # soft hyphen
    (0x0600, 0x0605, 1),  # Arabic number signs (prepended concatenation marks)
    (0x06DD, 0x06DD, 1),
    (0x070F, 0x070F, 1),
    (0x0890, 0x0891, 1),
    (0x08E2, 0x08E2, 1),
    (0x1160, 0x11FF, 0),  # Hangul jungseong/jongseong: combine with the leading jamo
    (0x2028, 0x2029, 0),
    (0x2630, 0x2637, 2),  # trigrams
    (0x268A, 0x268F, 2),  # monograms, digrams
    (0x3164, 0x3164, 0),  # Hangul filler
    (0x4DC0, 0x4DFF, 2),  # Yijing hexagrams
    (0xD7B0, 0xD7FF, 0),  # Hangul jamo extended-B
    (0xFFA0, 0xFFA0, 0),  # halfwidth Hangul filler
    (0x110BD, 0x110BD, 1),
    (0x110CD, 0x110CD, 1),
    (0x1D300, 0x1D376, 2),  # Tai Xuan Jing symbols, counting rods
    (0x1F3FB, 0x1F3FF, 0),  # emoji skin-tone modifiers
)
_ZERO_CATEGORIES = frozenset({"Mn", "Me", "Mc", "Cf"})


def _compute_width(code: int) -> int:
    """Width of one code point from the Unicode database (slow; results are cached)."""
    for low, high, value in _OVERRIDES:
        if low <= code <= high:
            return value
    # C0/C1 controls take no cell (as in rich).
    if code < 32 or 0x7F <= code < 0xA0:
        return 0
    char = chr(code)
    # Marks first: U+302A–302F and U+3099–309A are marks inside "wide" blocks.
    if unicodedata.category(char) in _ZERO_CATEGORIES:
        return 0
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return 2
    return 1


_TABLES: list[tuple[bytes, re.Pattern[str]]] = []
"""The width table and the not-wide-runs regex, once built (or installed)."""


def _tables() -> tuple[bytes, re.Pattern[str]]:
    if not _TABLES:
        shipped = shipped_tables()
        if shipped is not None:
            # (The pattern from the code a previous start stored, ``patterns.compile``:
            # ``prepare()`` 1.52 ms (1.43-1.76) -> 0.27 ms (0.23-0.39) of CPU at every start,
            # on the first screen's drawing; 15 fresh interpreters in turns, perf24.)
            table, pattern = shipped
            _TABLES[:] = [(table, patterns.compile(pattern))]
            patterns.save()
        else:
            table = _build_bmp_widths()
            _TABLES[:] = [(table, _build_not_wide_runs(table))]
    return _TABLES[0]


def tables_file(version: str = unicodedata.unidata_version) -> str:
    """Name of the data file holding the tables for Unicode ``version``."""
    return f"widths-unicode-{version}.zlib"


def has_shipped_tables() -> bool:
    """Whether ``shipped_tables`` has a file for this Python's Unicode version."""
    return data_file(tables_file()).is_file()


def shipped_tables() -> tuple[bytes, str] | None:
    """The tables for this Python's Unicode version as shipped in ``tui/data``, if any.

    Building them takes some 25 ms of the start (every code point of the BMP through
    ``unicodedata``); reading the shipped copy, well under one. Python's Unicode version
    decides the widths, so there is a file per version (3 KB each, written by
    ``tests/bench/build_width_tables.py``; a test checks the one for the running Python
    equals the tables built here). Other versions build them.
    """
    try:
        blob = zlib.decompress(data_file(tables_file()).read_bytes())
    except (OSError, zlib.error):
        return None
    table, pattern = blob[:0x10000], blob[0x10000:]
    if len(table) != 0x10000 or not pattern:
        return None
    return table, pattern.decode("utf-8")


def build_tables() -> tuple[bytes, str]:
    """The tables built from ``unicodedata`` (never the shipped copy)."""
    table = _build_bmp_widths()
    return table, _build_not_wide_runs(table).pattern


def _bmp_widths() -> bytes:
    """Width of every BMP code point (a 64 KiB table), built once on first use (~25 ms)."""
    return _tables()[0]


def _not_wide_runs() -> re.Pattern[str]:
    """A regex matching runs of characters that are not 2 cells wide (or beyond the BMP).

    Chinese text is mostly wide characters; finding the few others with the regex
    engine (in C) is several times faster than looking up every character in Python.
    """
    return _tables()[1]


def _build_bmp_widths() -> bytes:
    category = unicodedata.category
    east_asian = unicodedata.east_asian_width
    # The same rule as _compute_width, one pass without per-code-point calls to it.
    table = bytearray(
        0 if category(char) in _ZERO_CATEGORIES else 2 if east_asian(char) in ("W", "F") else 1
        for char in map(chr, range(0x10000))
    )
    table[0:32] = bytes(32)
    table[0x7F:0xA0] = bytes(0xA0 - 0x7F)
    for low, high, value in _OVERRIDES:
        if low < 0x10000:
            table[low : high + 1] = bytes([value]) * (high + 1 - low)
    return bytes(table)


def _build_not_wide_runs(table: bytes) -> re.Pattern[str]:
    parts: list[str] = []
    code = 0
    while code < 0x10000:
        if table[code] == 2:
            code += 1
            continue
        low = code
        while code < 0x10000 and table[code] != 2:
            code += 1
        parts.append(f"{_class_char(low)}-{_class_char(code - 1)}")
    parts.append("\\U00010000-\\U0010ffff")
    return re.compile("[" + "".join(parts) + "]+")


def _class_char(code: int) -> str:
    """Code point ``code`` written in a regex character class.

    As itself where that is safe: the class has some 360 ranges, and parsing them as
    ``\\U`` escapes took half of the pattern's compile time (4-6 ms against 2, on the
    way to the first screen). Escaped: what a class gives a meaning to (and ``&~|``,
    which doubled warn of set operations to come), controls and surrogates (which UTF-8
    cannot carry into the shipped file).
    """
    char = chr(code)
    if code < 0x20 or 0x7F <= code < 0xA0 or 0xD800 <= code <= 0xDFFF or char in "\\]^-[&~|":
        return f"\\U{code:08x}"
    return char


def export_tables() -> tuple[bytes, str]:
    """The built tables as plain data: a helper process builds them for the UI process."""
    table, runs = _tables()
    return table, runs.pattern


def install_tables(table: bytes, pattern: str) -> None:
    """Use tables from ``export_tables()`` (built elsewhere) instead of building them here."""
    if not _TABLES and len(table) == 0x10000:
        _TABLES[:] = [(table, re.compile(pattern))]


@lru_cache(maxsize=4096)
def _astral_width(code: int) -> int:
    """Width of a code point beyond the BMP (rare: emoji, CJK extension B+)."""
    return _compute_width(code)


def prepare() -> None:
    """Build the width tables now (~50 ms once) rather than on the first ``wrap`` call.

    Optional: a UI may call it from a worker thread before the first screen is drawn.
    """
    _not_wide_runs()


def char_width(ch: str) -> int:
    """Terminal cells of one character.

    Args:
        ch: A single character.

    Returns:
        2 for East Asian Wide/Fullwidth (CJK, full-width punctuation, U+3000), 0 for
        combining marks and zero-width characters (U+200B, U+FEFF, variation
        selectors, controls), 1 otherwise — the same as ``rich.cells.cell_len``.
    """
    code = ord(ch)
    if code < 0x10000:
        return _bmp_widths()[code]
    return _astral_width(code)


def _run_widths(run: str) -> bytes:
    """Widths of a run of characters that are not all wide."""
    # Short runs (“, ”, 2022, GDP) recur all the time: cache them, but not long ones.
    return _short_run_widths(run) if len(run) <= 32 else _lookup_widths(run)


@lru_cache(maxsize=8192)
def _short_run_widths(run: str) -> bytes:
    """``_lookup_widths`` for short runs, cached."""
    return _lookup_widths(run)


def _lookup_widths(run: str) -> bytes:
    """Widths of ``run``, one table lookup per character."""
    table = _bmp_widths()
    return bytes(table[c] if c < 0x10000 else _astral_width(c) for c in map(ord, run))


def _widths(text: str) -> bytearray | None:
    """Cell width of every character of ``text``, or None when all are 2 cells wide."""
    runs = _not_wide_runs().finditer(text)
    first = next(runs, None)
    if first is None:
        return None
    widths = bytearray(b"\x02") * len(text)
    for match in (first, *runs):
        widths[match.start() : match.end()] = _run_widths(match.group())
    return widths


def cell_width(text: str) -> int:
    """Terminal cells ``text`` takes (the sum of its characters' widths).

    Args:
        text: Any string.

    Returns:
        Its width in cells, equal to ``rich.cells.cell_len(text)`` for CJK text.
    """
    if text.isascii() and text.isprintable():
        return len(text)
    total = 2 * len(text)
    for run in _not_wide_runs().findall(text):
        total -= 2 * len(run) - sum(_run_widths(run))
    return total


def _cumulative(text: str) -> Sequence[int]:
    """``cum[i]`` = cells of ``text[:i]``; a ``range`` when all characters are equally wide."""
    n = len(text)
    if text.isascii() and text.isprintable():
        return range(n + 1)
    widths = _widths(text)
    if widths is None:  # only wide characters: common in Chinese prose
        return range(0, 2 * n + 1, 2)
    return list(accumulate(widths, initial=0))


def _base_before(text: str, cum: Sequence[int], index: int) -> str:
    """The last character before ``index`` that takes cells ("" if none)."""
    index -= 1
    while index > 0 and cum[index + 1] == cum[index]:
        index -= 1
    return text[index] if index >= 0 else ""


def _strict_ok(text: str, cum: Sequence[int], index: int) -> bool:
    """May a line break before ``text[index]`` under the strict rules (rule 1)?"""
    after = text[index]
    before = text[index - 1]
    if cum[index] == cum[index - 1]:
        before = _base_before(text, cum, index)
    if after == " " or after == "\u3000":
        return False
    if after == "\u00a0" or before == "\u00a0":
        return False  # a no-break space holds what is on each side together (a date and its time)
    if before == " " and index >= 2:
        # A number with its 第 or unit across a PDF's space: 第 |49 页, 第 49 |页.
        spaced = text[index - 2]
        if (after in NUMBER_DIGITS and spaced in NUMBER_PREFIXES) or (
            after in UNITS and spaced in NUMBER_DIGITS
        ):
            return False
    if after in NO_START:
        # A dot that starts a word after a space or an opening mark (有 .docx 文件) is not
        # a full stop: it may start a line. After a name (济源讲话三篇.txt) it is the
        # name's suffix and stays with it.
        leading_dot = (
            after == "."
            and (before in " \u3000" or before in NO_END)
            and index + 1 < len(text)
            and text[index + 1] in WORD_CHARS
        )
        if not leading_dot:
            return False
    if before in NO_END:
        return False
    if after == before and after in DOUBLED_MARKS:
        return False  # inside a doubled dash (――) or ellipsis (⋯⋯)
    if before in NUMBER_DIGITS:
        # A number with its unit and its digits: 2024|年, 3|亿元, ２０|２４.
        if after in UNITS or after in NUMBER_DIGITS:
            return False
    elif after in NUMBER_DIGITS:
        # A number with its 第 or currency sign (第|49页, ￥|100); inside a number:
        # 8.|36, 1,|000, 10:|30, ８．|３６.
        if before in NUMBER_PREFIXES:
            return False
        # A date: 2024年|3月, 3月|5日.
        if before in DATE_UNITS and index >= 2 and text[index - 2] in NUMBER_DIGITS:
            return False
        if before in _NUMBER_JOINERS and index >= 2 and text[index - 2] in NUMBER_DIGITS:
            return False
    if after in WORD_CHARS:
        if before in WORD_CHARS or before in WORD_JOINERS:
            return False
    # Inside a run of joiners or after a colon before one: https:|//, https:/|/.
    if after in WORD_JOINERS and (before in WORD_JOINERS or before == ":"):
        return False
    # Before a joiner inside a word: COVID|-19, gov|/cn.
    if after in WORD_JOINERS and before in WORD_CHARS:
        return not (index + 1 < len(text) and text[index + 1] in WORD_CHARS)
    return True


def _kinsoku_ok(text: str, cum: Sequence[int], index: int) -> bool:
    """May a line break before ``text[index]`` under the punctuation rules only (rule 3)?"""
    after = text[index]
    if after in NO_START:
        return False
    before = text[index - 1]
    if cum[index] == cum[index - 1]:
        before = _base_before(text, cum, index)
    return before not in NO_END and not (after == before and after in DOUBLED_MARKS)


def _after_joiner_ok(text: str, cum: Sequence[int], index: int) -> bool:
    """May a line break before ``text[index]`` because a word too long for a line may be
    split after one of its joiners (a path after ``/``, ``speech-reader`` after ``-``), or
    after a space (第 | 49 页 when 第 49 does not fit), or a date after its 年 or 月?"""
    before = text[index - 1]
    if before == " " or before == "\u3000":
        return text[index] not in " \u3000" and _kinsoku_ok(text, cum, index)
    if before in DATE_UNITS:
        return text[index] in NUMBER_DIGITS  # inside a date: 2024年 | 3月5日
    return (
        before in WORD_JOINERS and text[index] not in WORD_JOINERS and _kinsoku_ok(text, cum, index)
    )


def _next_word_fits(text: str, cum: Sequence[int], index: int, room: int) -> bool:
    """Whether the word after the spaces at ``index`` (to the next space or the end) fits
    ``room``: the spaces hang at the end of this line, the word starts the next."""
    n = len(text)
    while index < n and text[index] in " \u3000":
        index += 1
    end = index
    while end < n and text[end] not in " \u3000":
        end += 1
    return cum[end] - cum[index] <= room


def _hang_spaces(text: str, cum: Sequence[int], index: int) -> int:
    """The end of the spaces at ``index`` (with any zero-width characters on them): a
    break before a space moves after it, so that the space hangs at the end of the line
    (where it is not drawn past the room) rather than starting the next (2022 | 年, not
    2022 | ␣年)."""
    n = len(text)
    while index < n and (text[index] in " \u3000" or cum[index + 1] == cum[index]):
        index += 1
    return index


def _choose_break(text: str, cum: Sequence[int], start: int, fit: int, next_room: int) -> int:
    """The break for a line from ``start`` that fits up to ``fit`` (start < fit < len);
    ``next_room``: the cells of the line after it. Spaces at the break hang (they end the
    line): only a break the strict rules did not allow at ``fit`` can fall before one."""
    if _strict_ok(text, cum, fit):
        return fit  # the common case: no rule in the way (and no space after the break)
    end = _moved_break(text, cum, start, fit, next_room)
    if text[end] == " " or text[end] == "\u3000":
        return _hang_spaces(text, cum, end)
    return end


def _moved_break(text: str, cum: Sequence[int], start: int, fit: int, next_room: int) -> int:
    """``_choose_break`` where the strict rules refuse ``fit``: rules 1-4 from it backwards."""
    # A line that a forced break started with closing marks keeps more than them when
    # another break is allowed: no "，" alone on a line (达 | 峰” | ， | xx at 4 cells).
    floor = start
    while floor < fit and text[floor] in NO_START:
        floor += 1
    if floor == fit:
        floor = start
    for check in (_strict_ok, _after_joiner_ok, _kinsoku_ok):
        index = fit
        while index > floor:
            # Only break before a character that takes cells (keeps combining marks attached).
            if cum[index + 1] != cum[index] and check(text, cum, index):
                return index
            index -= 1
        if (
            check is _strict_ok
            and text[fit] in " \u3000"
            and _next_word_fits(text, cum, fit, next_room)
        ):
            return fit  # rule 2: the run fits whole up to a space (2026-12-05 | 16:00)
    # The closing marks alone after all, rather than a break the punctuation rules refuse.
    index = floor
    while index > start:
        if cum[index + 1] != cum[index] and _kinsoku_ok(text, cum, index):
            return index
        index -= 1
    return fit


def wrap_text(text: str, width: int) -> str:
    """``text`` with a line feed wherever the reader would break it at ``width`` cells.

    Each line of ``text`` is wrapped by itself, with no indent, by the reader's rules
    (no closing mark at a line start, Latin words whole, 第49页 and 3亿元 on one line): for
    lists, dialogs and notices that would otherwise break Chinese text anywhere, as rich does.
    The spaces ``wrap`` hangs at a break are dropped: no line is wider than ``width``.
    """
    lines: list[str] = []
    for line in text.split("\n"):
        if not line:
            lines.append("")
            continue
        broken = wrap(line, max(1, width), 0, 0)
        # The spaces a break hangs at a line's end are dropped (not drawn past the width).
        lines.extend(line[start:end].rstrip(" \u3000") for start, end in broken[:-1])
        start, end = broken[-1]
        lines.append(line[start:end])
    return "\n".join(lines)


def wrap(text: str, width: int, first_indent: int = 4, indent: int = 0) -> list[tuple[int, int]]:
    """Lay out a paragraph into display lines.

    Args:
        text: The paragraph's cleaned text.
        width: Cells available per display line, indent included.
        first_indent: Cells before the first line (where the reader draws the
            paragraph's two full-width-space indent).
        indent: Cells before every other line.

    Returns:
        ``(start, end)`` character offsets of each line into ``text``, covering it in
        order without gaps or overlaps; ``[(0, 0)]`` for empty text. Each line fits
        (``indent + cell_width(line) <= width``), the spaces hung at its end aside,
        unless a single character is wider than the room, which then gets a line of its
        own. See the module docstring for the rules that move breaks.
    """
    n = len(text)
    if n == 0:
        return [(0, 0)]
    cum = _cumulative(text)
    total = cum[n]
    lines: list[tuple[int, int]] = []
    start = 0
    room = width - first_indent
    rest_room = max(width - indent, 0)
    while True:
        limit = cum[start] + max(room, 0)
        if limit >= total:
            lines.append((start, n))
            return lines
        # Longest prefix that fits; bisect_right also takes trailing zero-width characters.
        fit = bisect_right(cum, limit, start) - 1
        if fit <= start:
            # Not even one character fits: give it a line of its own with its marks.
            fit = start + 1
            while fit < n and cum[fit + 1] == cum[fit]:
                fit += 1
            end = fit
            if end < n and (text[end] == " " or text[end] == "\u3000"):
                end = _hang_spaces(text, cum, end)
        else:
            end = _choose_break(text, cum, start, fit, rest_room)
        lines.append((start, end))
        if end >= n:
            return lines
        start = end
        room = rest_room


@lru_cache(maxsize=8192)
def wrap_cached(
    text: str, width: int, first_indent: int = 4, indent: int = 0
) -> tuple[tuple[int, int], ...]:
    """``wrap`` remembered for the last 8192 paragraphs and widths (immutable result).

    For a view that asks for the same paragraph's layout on every line it draws; a
    str caches its own hash, so a hit costs one dictionary lookup.
    """
    return tuple(wrap(text, width, first_indent, indent))


def wrap_lines(text: str, width: int, first_indent: int = 4, indent: int = 0) -> list[str]:
    """The display lines of ``wrap`` as strings (a convenience for tests and tools)."""
    return [text[start:end] for start, end in wrap(text, width, first_indent, indent)]


def line_at(lines: Sequence[tuple[int, int]], offset: int) -> int:
    """Index of the display line of ``wrap``'s result that holds character ``offset``.

    Args:
        lines: What ``wrap`` returned for a paragraph.
        offset: A character offset into the paragraph (``len(text)`` maps to the last line).

    Returns:
        The line's index, clamped to the paragraph's lines.
    """
    low, high = 0, len(lines) - 1
    while low < high:  # bisect on line starts; lines are contiguous and ordered
        middle = (low + high + 1) // 2
        if lines[middle][0] <= offset:
            low = middle
        else:
            high = middle - 1
    return low
