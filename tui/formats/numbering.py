"""Word's automatic numbering: numbering.xml read, counters kept, labels rendered as Word shows them.

A ``.docx`` paragraph that Word numbers automatically holds no number in its text: it
names a list (``w:numPr``: ``w:numId`` and the level ``w:ilvl``), and Word computes the
label ("一、", "（二）", "3.") from ``word/numbering.xml`` as it lays the document out.
This module does the same, so the engine sees the numbers the reader sees in Word.

* ``w:abstractNum`` defines up to nine levels (``w:lvl``): the number format
  (``w:numFmt``), the label pattern (``w:lvlText``: "%1、", "（%2）", "%1.%2"), the start
  value (``w:start``), when the level restarts (``w:lvlRestart``), whether every number
  of the label is written in decimal (``w:isLgl``) and what follows it (``w:suff``).
* ``w:num`` is a list instance: it points at an abstract definition and may override a
  level's start (``w:lvlOverride/w:startOverride``) or the whole level (``w:lvlOverride/w:lvl``).
* Counters belong to the abstract definition: two ``w:num`` of the same definition go on
  counting (Word's "continue numbering"); an instance with a start override restarts the
  overridden levels where it is first used (Word's "restart numbering").
* Numbering a level resets the deeper levels, unless their ``w:lvlRestart`` says to
  restart only after a higher level (or never: 0).

Pure Python; the XML is parsed by the caller (lxml elements in, strings out).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

__all__ = ["Level", "ListCounters", "Numbering", "format_number", "render_label"]


@dataclass(frozen=True, slots=True)
class Level:
    """One level of a list definition (``w:lvl``)."""

    fmt: str = "decimal"
    """``w:numFmt``: decimal, chineseCounting, upperLetter, bullet, none…"""
    text: str = "%1."
    """``w:lvlText``: the label pattern; %1…%9 stand for the levels' numbers."""
    start: int = 1
    """``w:start``."""
    restart: int | None = None
    """``w:lvlRestart``: restart after a level at most this (1-based) deep was numbered;
    0: never; None: after any higher level (Word's default)."""
    legal: bool = False
    """``w:isLgl``: every number of the label in decimal (1.1.3 under 第一章)."""
    suffix: str = "tab"
    """``w:suff``: what follows the label: tab, space or nothing."""
    style: str | None = None
    """``w:pStyle``: the paragraph style linked to this level."""


@dataclass(frozen=True, slots=True)
class Instance:
    """A list instance (``w:num``)."""

    abstract: str
    starts: dict[int, int] = field(default_factory=dict)
    """``w:startOverride`` per level."""
    levels: dict[int, Level] = field(default_factory=dict)
    """Whole levels replaced by ``w:lvlOverride/w:lvl``."""


@dataclass(slots=True)
class Numbering:
    """The list definitions of a document (``word/numbering.xml``)."""

    abstracts: dict[str, dict[int, Level]] = field(default_factory=dict)
    instances: dict[str, Instance] = field(default_factory=dict)
    style_links: dict[str, str] = field(default_factory=dict)
    """Abstract id -> numbering style it takes its levels from (``w:numStyleLink``)."""

    @classmethod
    def from_xml(cls, root: Any | None) -> Numbering:
        """Read the ``w:numbering`` element (None: a document without lists)."""
        numbering = cls()
        if root is None:
            return numbering
        for abstract in root.iter(f"{W}abstractNum"):
            ident = abstract.get(f"{W}abstractNumId")
            if ident is None:
                continue
            levels: dict[int, Level] = {}
            for lvl in abstract.findall(f"{W}lvl"):
                index = _int(lvl.get(f"{W}ilvl"), 0)
                levels[index] = _level(lvl)
            numbering.abstracts[ident] = levels
            link = abstract.find(f"{W}numStyleLink")
            if link is not None and link.get(f"{W}val"):
                numbering.style_links[ident] = link.get(f"{W}val")
        for num in root.iter(f"{W}num"):
            ident = num.get(f"{W}numId")
            target = num.find(f"{W}abstractNumId")
            if ident is None or target is None or target.get(f"{W}val") is None:
                continue
            starts: dict[int, int] = {}
            replaced: dict[int, Level] = {}
            for override in num.findall(f"{W}lvlOverride"):
                index = _int(override.get(f"{W}ilvl"), 0)
                start = override.find(f"{W}startOverride")
                if start is not None:
                    starts[index] = _int(start.get(f"{W}val"), 0)
                lvl = override.find(f"{W}lvl")
                if lvl is not None:
                    replaced[index] = _level(lvl)
            numbering.instances[ident] = Instance(target.get(f"{W}val"), starts, replaced)
        return numbering

    def resolve_links(self, style_num: dict[str, str]) -> None:
        """Follow ``w:numStyleLink``: the abstract takes the levels of the list that the
        named numbering style points at (``style_num``: style id -> numId)."""
        for ident, style in self.style_links.items():
            num = self.instances.get(style_num.get(style, ""))
            if num is not None and num.abstract in self.abstracts and num.abstract != ident:
                self.abstracts[ident] = self.abstracts[num.abstract]

    def levels_of(self, num_id: str) -> dict[int, Level]:
        """The effective levels of list instance ``num_id`` (overrides applied)."""
        instance = self.instances.get(num_id)
        if instance is None:
            return {}
        levels = dict(self.abstracts.get(instance.abstract, {}))
        levels.update(instance.levels)
        for index, start in instance.starts.items():
            levels[index] = replace(levels.get(index, Level()), start=start)
        return levels

    def level_for_style(self, num_id: str, style: str) -> int | None:
        """The level of ``num_id`` linked to paragraph style ``style`` (``w:lvl/w:pStyle``)."""
        for index, level in self.levels_of(num_id).items():
            if level.style == style:
                return index
        return None


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _val(element: Any, tag: str) -> str | None:
    child = element.find(f"{W}{tag}")
    return None if child is None else child.get(f"{W}val")


def _level(lvl: Any) -> Level:
    restart = _val(lvl, "lvlRestart")
    legal = lvl.find(f"{W}isLgl")
    fmt = _val(lvl, "numFmt")
    text = _val(lvl, "lvlText")
    return Level(
        fmt=fmt if fmt is not None else "decimal",
        text=text if text is not None else "",
        start=_int(_val(lvl, "start"), 1),
        restart=None if restart is None else _int(restart, 0),
        legal=legal is not None and legal.get(f"{W}val") not in ("0", "false", "off"),
        suffix=_val(lvl, "suff") or "tab",
        style=_val(lvl, "pStyle"),
    )


class ListCounters:
    """The running numbers of a document's lists, in reading order.

    ``label(num_id, ilvl)`` numbers one paragraph and returns its label as Word shows
    it ("一、", "（二）", "1.1 "), "" for a bullet or a level without a label, None for a
    list that does not exist.
    """

    def __init__(self, numbering: Numbering) -> None:
        self.numbering = numbering
        self._values: dict[str, dict[int, int]] = {}
        self._used: set[str] = set()
        self._levels: dict[str, dict[int, Level]] = {}

    def label(self, num_id: str, ilvl: int) -> str | None:
        instance = self.numbering.instances.get(num_id)
        if instance is None:
            return None
        levels = self._levels.get(num_id)
        if levels is None:
            levels = self._levels[num_id] = self.numbering.levels_of(num_id)
        values = self._values.setdefault(instance.abstract, {})
        if num_id not in self._used:
            # "Restart numbering": an instance with start overrides begins those levels anew.
            self._used.add(num_id)
            for index in instance.starts:
                values.pop(index, None)
        level = levels.get(ilvl, Level())
        values[ilvl] = values[ilvl] + 1 if ilvl in values else level.start
        for deeper in [index for index in values if index > ilvl]:
            after = levels.get(deeper, Level()).restart
            after = deeper if after is None else after  # 1-based: the level right above
            if after != 0 and ilvl < after:
                del values[deeper]
        return render_label(level, levels, values)


def render_label(level: Level, levels: dict[int, Level], values: dict[int, int]) -> str:
    """``level.text`` with %1…%9 replaced by the levels' numbers, and its suffix."""
    if level.fmt == "bullet":
        return ""  # a bullet is no enumerator: the paragraph keeps its own text
    out: list[str] = []
    text = level.text
    index = 0
    while index < len(text):
        char = text[index]
        if char == "%" and index + 1 < len(text) and text[index + 1] in "123456789":
            which = int(text[index + 1]) - 1
            other = levels.get(which, Level())
            value = values.get(which, other.start)
            out.append(format_number(value, "decimal" if level.legal else other.fmt))
            index += 2
            continue
        out.append(char)
        index += 1
    label = "".join(out)
    if not label.strip():
        return ""
    if level.suffix == "space" or (level.suffix == "tab" and label[-1].isascii()):
        # A tab after "1." is a gap in Word; after 一、 or （一） the label is closed already.
        return label + " "
    return label


# ----------------------------------------------------------------------------- formats

_DIGITS = "〇一二三四五六七八九"
_LOWER = "零一二三四五六七八九"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def format_number(value: int, fmt: str) -> str:
    """``value`` written in Word's number format ``fmt`` (ECMA-376 ST_NumberFormat).

    Formats this reader does not know are written in decimal, as Word falls back to.
    """
    if fmt == "none" or fmt == "bullet":
        return ""
    if value <= 0:
        return str(value)
    if fmt == "chineseCounting":
        return _chinese_counting(value)
    if fmt in ("chineseCountingThousand", "taiwaneseCountingThousand"):
        return _grouped(value, _LOWER, "十百千", "万", elide_one=False)
    if fmt == "japaneseCounting":
        return _grouped(value, _LOWER, "十百千", "万", elide_one=True)
    if fmt == "chineseLegalSimplified":
        return _grouped(value, _LEGAL, "拾佰仟", "万", elide_one=False)
    if fmt == "ideographTraditional":
        return _STEMS[value - 1] if value <= len(_STEMS) else str(value)
    if fmt == "ideographZodiac":
        return _BRANCHES[value - 1] if value <= len(_BRANCHES) else str(value)
    if fmt == "ideographDigital":
        return "".join(_DIGITS[int(d)] for d in str(value))
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return chr(0x2460 + value - 1) if value <= 20 else str(value)
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return "".join(chr(0xFF10 + int(d)) for d in str(value))
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(value)


def _chinese_counting(value: int) -> str:
    """Word's chineseCounting: 一…九, 十, 十一…九十九, then digit by digit (一〇〇)."""
    if value < 10:
        return _DIGITS[value]
    if value < 100:
        tens, ones = divmod(value, 10)
        head = "十" if tens == 1 else _DIGITS[tens] + "十"
        return head + (_DIGITS[ones] if ones else "")
    return "".join(_DIGITS[int(d)] for d in str(value))


def _group(value: int, digits: str, units: str, elide_one: bool, zero: bool) -> str:
    """0 < value < 10000 in counting units: 三千零五, 一百一十 (elide_one: 百十 for Japanese)."""
    out: list[str] = []
    pending_zero = False
    for power in (3, 2, 1, 0):
        digit = value // 10**power % 10
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero and zero:
            out.append(digits[0])
        pending_zero = False
        unit = units[power - 1] if power else ""
        if unit and digit == 1 and elide_one:
            out.append(unit)
        else:
            out.append(digits[digit] + unit)
    return "".join(out)


def _grouped(value: int, digits: str, units: str, myriad: str, elide_one: bool) -> str:
    """Counting with 十百千 and 万 (chineseCountingThousand, japaneseCounting, legal)."""
    if value >= 100_000_000:
        return str(value)
    zero = not elide_one
    high, low = divmod(value, 10_000)
    out = ""
    if high:
        out = _group(high, digits, units, elide_one, zero) + myriad
        if low and low < 1000 and zero:
            out += digits[0]
    if low:
        out += _group(low, digits, units, elide_one, zero)
    if digits is _LOWER and not elide_one and 10 <= value < 20:
        out = out[1:]  # 十一, not 一十一 (as Word writes it; legal numbers keep 壹拾壹)
    return out


def _roman(value: int) -> str:
    if value >= 4000:
        return str(value)
    out = []
    for amount, symbol in _ROMAN:
        while value >= amount:
            out.append(symbol)
            value -= amount
    return "".join(out)
