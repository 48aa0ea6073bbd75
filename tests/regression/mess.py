"""Metamorphic mess for the regression scorer: a text made as messy as users' files are.

The project's users bring files that "come out of PDFs with lines broken mid-sentence,
carry page headers and advertising lines, use GBK or UTF-8 encoding, and put ``>`` or
full-width spaces before headings". The gold of the regression corpus holds for such a
file as it holds for the clean one: the mess adds no heading, removes none and changes no
level, and the scorer pairs entries by level and title (not by line). So
``python -m tests.regression.score --all --mess KIND`` scores every set with each text
messed before it is parsed, against the same gold; a drop from the clean score is the
engine failing on the mess.

``mess(text, kind, name)`` takes the file's decoded text (LF line breaks) and returns the
bytes to parse and, for every line of them, the source line it came from (so ``--diff``
shows the gold's line numbers). Each kind is deterministic: its random choices (the wrap
width, where pages and ads fall) come from ``random.Random`` seeded with ``SEED`` and the
file's name, so a file is messed the same way on every run and machine.

Kinds (``KINDS``; all but ``gbk`` write UTF-8, all but ``crlf`` LF):

* ``wrap``: every line longer than the file's width (30-40 characters, per file) is
  broken every width characters, as a PDF's text layer gives its lines; a line no longer
  than the width (a short heading) stays whole, a longer heading is broken like any line
  (a long heading split over two lines) — but a Markdown ``#`` line, which Markdown cannot
  continue on the next line, stays whole. A break never puts a closing mark (，。）” …)
  first on a line: it moves after the mark, as typesetting does. The line's indentation
  stays on its first piece.
* ``pages``: a page seam every 36-44 lines (per file), wherever it falls (mid-paragraph
  too): the page's footer and/or the next page's running header, in one of ``PAGE_STYLES``
  (per file) with the page number counting up: "— 12 —", "12" then "某某讲话稿汇编",
  "某某讲话稿汇编　第 12 页", "第 12 页 共 30 页", "- 12 -" then the header.
* ``pdf``: ``wrap``, then ``pages`` (the seams then cut sentences).
* ``wrap30``: ``wrap`` at 30 characters for every file (``WRAP30``), the official layout's
  width (GB/T 9704: 28 characters a line), where ``wrap`` draws 30-40.
* ``ads``: 3-5 advertising and source lines (``ADS``): one before the first line, one after
  the last, the others between lines at random places.
* ``indent``: two full-width spaces (　　) before every non-blank line.
* ``quote``: ``> `` before every non-blank line (a Markdown quote of the whole text).
* ``crlf``: CRLF line breaks.
* ``gbk``: the text encoded as GBK (GB18030 for the few characters GBK lacks; GB18030
  writes every GBK character as GBK does).
* ``oneline``: a web scrape that lost every line break: the text's non-blank lines, their
  indentation stripped, joined by one space into one line (issue #14, "one-line texts").
* ``glued``: the same joined by nothing (the lines run into each other).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

SEED = 14
"""Part of every kind's random seed (with the file's name): change it to mess otherwise."""

WRAP_WIDTHS = (30, 40)
"""The least and most characters of a wrapped line (the width is drawn per file)."""
WRAP30 = 30
"""The width of ``wrap30``: every file broken as an official document's PDF breaks it."""
PAGE_LINES = (36, 44)
"""The least and most lines of a page (drawn per file)."""
ADS_PER_FILE = (3, 5)

NEVER_STARTS = frozenset("，、；：。！？,.;:!?）)”’」』》】〕…—")
"""What typesetting never puts first on a line: a break before one moves after it."""

HEADERS = (
    "领导讲话稿汇编",
    "某某市人民政府办公室",
    "学习参考资料（内部）",
    "讲话稿精选汇编",
    "党建工作学习资料",
)
PAGE_STYLES: tuple[tuple[str, ...], ...] = (
    ("— {n} —",),
    ("{n}", "{header}"),
    ("{header}\u3000第 {n} 页",),
    ("第 {n} 页 共 {total} 页",),
    ("- {n} -", "{header}"),
)
"""The lines of a page seam: the footer of the page that ends, the header of the next."""
ADS = (
    "更多范文请关注公众号XXX",
    "本文来源于网络，仅供学习交流，如有侵权请联系删除",
    "（责任编辑：张三）",
    "免费下载更多讲话稿，请访问www.fanwen123.com",
    "扫描二维码，关注我们获取更多资料",
    "本站所有文章仅供学习参考，禁止外传",
    "更多精彩内容请关注微信公众号：学习强国资料库",
    "（来源：某某网）",
)

Lines = list[tuple[str, int]]
"""A text's lines, each with the 1-based source line it came from."""


@dataclass(frozen=True)
class Messed:
    data: bytes
    """The messed file's bytes."""
    origin: tuple[int, ...]
    """The source line of each line of ``data`` (``origin[n - 1]`` for line ``n``)."""

    def source_line(self, line: int) -> int:
        """The source line of the messed text's 1-based ``line``."""
        return self.origin[min(max(line, 1), len(self.origin)) - 1] if self.origin else line


def _rng(kind: str, name: str) -> random.Random:
    return random.Random(f"{SEED}:{kind}:{name}")


_INDENT = re.compile(r"(?:[ \t\u00a0\u3000]|<U\+[0-9A-Fa-f]{4}>)*")
"""Indentation, also spaces a converter wrote out as their code points (<U+00A0>)."""


def wrap_line(line: str, width: int) -> list[str]:
    """``line`` broken every ``width`` characters (indentation kept on the first piece, never
    a ``NEVER_STARTS`` character first on a piece, never inside a space written out as
    ``<U+00A0>``); a line no longer than ``width`` whole."""
    indent = _INDENT.match(line).group()  # type: ignore[union-attr]
    body = line[len(indent) :]
    if len(body) <= width:
        return [line]
    pieces: list[str] = []
    start = 0
    while start < len(body):
        end = min(start + width, len(body))
        literal = body.rfind("<U+", max(start, end - 7), end)
        if literal >= 0 and (close := body.find(">", literal)) >= end:
            end = close + 1  # (a space written out as <U+00A0> stays whole)
        while end < len(body) and body[end] in NEVER_STARTS:
            end += 1
        pieces.append(body[start:end])
        start = end
    pieces[0] = indent + pieces[0]
    return pieces


_MD_HEADING = re.compile(r"[ \t\u3000]*#{1,6}[ \t]")
"""A Markdown ``#`` heading line: Markdown has no heading over two lines, so none is broken."""


def _wrap(lines: Lines, rng: random.Random, width: int = 0) -> Lines:
    width = width or rng.randint(*WRAP_WIDTHS)
    return [
        (piece, origin)
        for text, origin in lines
        for piece in ([text] if _MD_HEADING.match(text) else wrap_line(text, width))
    ]


def _wrap30(lines: Lines, rng: random.Random) -> Lines:
    return _wrap(lines, rng, width=WRAP30)


def _pages(lines: Lines, rng: random.Random) -> Lines:
    every = rng.randint(*PAGE_LINES)
    style = rng.choice(PAGE_STYLES)
    header = rng.choice(HEADERS)
    total = len(lines) // every + 1
    out: Lines = []
    for index, (text, origin) in enumerate(lines):
        if index and index % every == 0:
            page = index // every
            out.extend((seam.format(n=page, total=total, header=header), origin) for seam in style)
        out.append((text, origin))
    return out


def _ads(lines: Lines, rng: random.Random) -> Lines:
    count = rng.randint(*ADS_PER_FILE)
    inner = sorted(rng.sample(range(1, len(lines)), min(count - 2, max(len(lines) - 1, 0))))
    places = [0, *inner, len(lines)]
    out: Lines = []
    for index, line in enumerate([*lines, None]):
        for _ in range(places.count(index)):
            origin = line[1] if line is not None else (lines[-1][1] if lines else 1)
            out.append((rng.choice(ADS), origin))
        if line is not None:
            out.append(line)
    return out


def _prefix(prefix: str) -> Callable[[Lines, random.Random], Lines]:
    def add(lines: Lines, rng: random.Random) -> Lines:
        return [(prefix + text if text.strip() else text, origin) for text, origin in lines]

    return add


def _same(lines: Lines, rng: random.Random) -> Lines:
    return lines


def _joined(separator: str) -> Callable[[Lines, random.Random], Lines]:
    def join(lines: Lines, rng: random.Random) -> Lines:
        kept = [(text.strip(), origin) for text, origin in lines if text.strip()]
        first = kept[0][1] if kept else 1
        return [(separator.join(text for text, _ in kept), first)]

    return join


_STEPS: dict[str, tuple[Callable[[Lines, random.Random], Lines], ...]] = {
    "wrap": (_wrap,),
    "pages": (_pages,),
    "pdf": (_wrap, _pages),
    "wrap30": (_wrap30,),
    "ads": (_ads,),
    "indent": (_prefix("\u3000\u3000"),),
    "quote": (_prefix("> "),),
    "crlf": (_same,),
    "gbk": (_same,),
    "oneline": (_joined(" "),),
    "glued": (_joined(""),),
}
KINDS = tuple(_STEPS)


def mess(text: str, kind: str, name: str) -> Messed:
    """``text`` (decoded, LF line breaks) messed by ``kind`` as the file ``name`` is."""
    if kind not in _STEPS:
        raise ValueError(f"unknown mess {kind!r}: one of {', '.join(KINDS)}")
    lines: Lines = [(line, number) for number, line in enumerate(text.split("\n"), 1)]
    for step in _STEPS[kind]:
        lines = step(lines, _rng(step.__name__, name))  # (pdf wraps as wrap does)
    joined = ("\r\n" if kind == "crlf" else "\n").join(line for line, _ in lines)
    data = joined.encode("gb18030") if kind == "gbk" else joined.encode("utf-8")
    return Messed(data, tuple(origin for _, origin in lines))
