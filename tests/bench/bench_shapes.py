"""Hostile shapes of text: does the parse stay linear in the text's size for every shape?

Run: ``python tests/bench/bench_shapes.py [--sizes 0.25 1] [--repeat 3] [--shapes a,b]``.
Not part of the test suite: it prints figures, it asserts nothing.

The 10 MB collection of ``bench_engine.py`` is linear, but rules that look back over the
text before a line, or at every other line, have made some shapes of text quadratic (a
one-line text, a file of double-spaced short lines, a one-line Markdown text of many ``##``
headings). Each shape here is built from the tests' real texts (their paragraphs, sentences
and titles, repeated and mutated) to about each size in MB (UTF-8), parsed with
``tui.engine.parse.parse_text`` (what ``load_document`` does after decoding), and timed (CPU,
the median of ``--repeat`` runs, the collector held off as the app holds it). Printed per
shape: the time at each size and the ratio of the largest size's to the smallest's over the
ratio of their sizes' (``x/size``: 1 for a linear parse); a shape whose time grows more than
1.5 times as fast as its text (a ratio above 6 between 0.25 and 1 MB) is flagged ``SLOW``.

``--against CHECKOUT`` times the same shapes (this script's texts) with another checkout's
engine in turns (fresh interpreters, one per checkout and size, ``--turns`` rounds: their
median); ``--profile SHAPE`` prints the 25 costliest functions of SHAPE's parse at the
largest size (cProfile, cumulative).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import pstats
import random
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from itertools import cycle
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from benchenv import bench_env, run_json  # noqa: E402

NUMERALS = "一二三四五六七八九十"
ENDS = re.compile(r"(?<=[。！？])")
PUNCTUATION = re.compile(r"[^\u3400-\u9fff]")


def _real_texts() -> list[str]:
    """Every text of the tests' sets and the corpus (their order fixed)."""
    paths = sorted(ROOT.glob("tests/*/texts/*.txt")) + sorted(ROOT.glob("tests/*/texts/*.md"))
    paths += sorted((ROOT / "corpus").glob("*.txt"))
    texts = []
    for path in paths:
        try:
            texts.append(path.read_text("utf-8"))
        except UnicodeDecodeError:
            continue
    return texts


class Material:
    """Paragraphs, sentences and short titles taken from the real texts, in an order shuffled
    once (a fixed seed): each size of a shape holds the same mix of texts (the sets' files in
    their order made the first 0.25 MB of another kind than the next, traditional characters
    and all, and the parse of a shape seem to grow faster than it does)."""

    def __init__(self) -> None:
        lines = [line.strip() for text in _real_texts() for line in text.split("\n")]
        self.paragraphs = [
            line for line in lines if len(line) >= 60 and line[-1:] in "。！？" and "#" not in line
        ]
        self.sentences = [s for p in self.paragraphs for s in ENDS.split(p) if 8 <= len(s) <= 80]
        self.titles = sorted(
            {
                PUNCTUATION.sub("", s)[:14]
                for s in self.sentences
                if len(PUNCTUATION.sub("", s)) >= 8
            }
        )
        shuffle = random.Random(23).shuffle
        for found in (self.paragraphs, self.sentences, self.titles):
            shuffle(found)

    def paragraph(self) -> Iterator[str]:
        return cycle(self.paragraphs)

    def sentence(self) -> Iterator[str]:
        return cycle(self.sentences)

    def title(self) -> Iterator[str]:
        return cycle(self.titles)

    def character(self) -> Iterator[str]:
        """The paragraphs' characters one by one (for a file of one-character lines)."""
        return (c for p in cycle(self.paragraphs) for c in p)


def _until(size: int, pieces: Iterator[str], sep: str = "") -> str:
    """``pieces`` joined by ``sep`` until the text holds ``size`` bytes of UTF-8."""
    out: list[str] = []
    total = 0
    for piece in pieces:
        out.append(piece)
        total += len(piece.encode("utf-8")) + len(sep)
        if total >= size:
            break
    return sep.join(out)


def _numeral(n: int) -> str:
    """一 … 九十九 for 1 … 99 (then again from 一)."""
    n = n % 99 + 1
    tens, ones = divmod(n, 10)
    return (
        (NUMERALS[tens - 1] if tens > 1 else "")
        + ("十" if tens else "")
        + (NUMERALS[ones - 1] if ones else "")
    )


def _chinese_date(n: int) -> str:
    """二〇〇〇年一月一日 … (a date written in Chinese numerals, as a speech's date line)."""
    digits = "〇一二三四五六七八九"
    year = "".join(digits[int(d)] for d in str(2000 + n % 25))
    return f"{year}年{_numeral(n % 12)}月{_numeral(n % 28)}日"


def _glued(m: Material, heading: Callable[[int, str], str], every: int = 2) -> Iterator[str]:
    """Paragraphs with a heading before every ``every``-th, all on one line."""
    paragraphs, titles = m.paragraph(), m.title()
    n = 0
    while True:
        yield heading(n, next(titles))
        for _ in range(every):
            yield next(paragraphs)
        n += 1


def _lines(m: Material, make: Callable[[int, Iterator[str], Iterator[str]], str]) -> Iterator[str]:
    paragraphs, titles = m.paragraph(), m.title()
    n = 0
    while True:
        yield make(n, paragraphs, titles)
        n += 1


def _mojibake(text: str) -> str:
    """A line of UTF-8 read as GBK: the noise a wrongly decoded part of a file shows."""
    return text.encode("utf-8").decode("gbk", errors="replace").replace("\ufffd", "")


def _shapes(m: Material) -> dict[str, tuple[str, Callable[[int], str]]]:
    """Name → (file suffix, size in bytes → text)."""
    p = m.paragraph
    return {
        "oneline prose": (".txt", lambda s: _until(s, p())),
        "oneline 一、": (
            ".txt",
            lambda s: _until(s, _glued(m, lambda n, t: f"{_numeral(n)}、{t}")),
        ),
        "oneline （一）": (
            ".txt",
            lambda s: _until(s, _glued(m, lambda n, t: f"（{_numeral(n)}）{t}。")),
        ),
        "oneline 第一，": (
            ".txt",
            lambda s: _until(s, _glued(m, lambda n, t: f"第{_numeral(n)}，{t}。", every=1)),
        ),
        "oneline ##": (".md", lambda s: _until(s, _glued(m, lambda n, t: f"## {t}", every=1))),
        "oneline ## spaced": (".md", lambda s: _until(s, _glued(m, lambda n, t: f" ## {t} "))),
        "oneline ## numbered": (
            ".md",
            lambda s: _until(s, _glued(m, lambda n, t: f"### {n % 9 + 1}、{t}")),
        ),
        "short lines": (".txt", lambda s: _until(s, m.sentence(), "\n")),
        "double-spaced": (".txt", lambda s: _until(s, m.sentence(), "\n\n")),
        "triple-spaced": (".txt", lambda s: _until(s, m.sentence(), "\n\n\n")),
        "paragraphs": (".txt", lambda s: _until(s, p(), "\n")),
        "headings 一、": (
            ".txt",
            lambda s: _until(s, _lines(m, lambda n, _, t: f"{_numeral(n)}、{next(t)}"), "\n"),
        ),
        "headings 1.": (
            ".txt",
            lambda s: _until(s, _lines(m, lambda n, _, t: f"{n % 40 + 1}. {next(t)}"), "\n"),
        ),
        "headings （1）": (
            ".txt",
            lambda s: _until(s, _lines(m, lambda n, _, t: f"（{n % 40 + 1}）{next(t)}"), "\n"),
        ),
        "headings 第一章": (
            ".txt",
            lambda s: _until(s, _lines(m, lambda n, _, t: f"第{_numeral(n)}章 {next(t)}"), "\n"),
        ),
        "headings #": (
            ".md",
            lambda s: _until(s, _lines(m, lambda n, _, t: f"{'#' * (n % 3 + 1)} {next(t)}"), "\n"),
        ),
        "headings with text": (
            ".txt",
            lambda s: _until(
                s, _lines(m, lambda n, par, t: f"{_numeral(n)}、{next(t)}\n{next(par)}"), "\n"
            ),
        ),
        "one numeral lines": (".txt", lambda s: _until(s, cycle(["一、"]), "\n")),
        "numerals 一、…九十九、": (
            ".txt",
            lambda s: _until(s, _lines(m, lambda n, _, t: f"{_numeral(n)}、"), "\n"),
        ),
        "（一） lines": (".txt", lambda s: _until(s, cycle(["（一）"]), "\n")),
        "第一， lines": (".txt", lambda s: _until(s, cycle(["第一，"]), "\n")),
        "一是 lines": (".txt", lambda s: _until(s, cycle(["一是"]), "\n")),
        "one-character lines": (".txt", lambda s: _until(s, m.character(), "\n")),
        "one numeral run": (".txt", lambda s: "一" * (s // 3)),
        "一、 run": (".txt", lambda s: "一、" * (s // 6)),
        "1. run lines": (".txt", lambda s: _until(s, cycle(["1.1.1.1.1.1.1.1.1.1."]), "\n")),
        "many speeches": (
            ".txt",
            lambda s: _until(
                s,
                _lines(
                    m,
                    lambda n, par, t: (
                        f"在{next(t)}会议上的讲话\n（{2000 + n % 25}年{n % 12 + 1}月"
                        f"{n % 28 + 1}日）\n张{NUMERALS[n % 10]}明\n同志们：\n{next(par)}\n{next(par)}"
                    ),
                ),
                "\n\n",
            ),
        ),
        "salutations": (
            ".txt",
            lambda s: _until(s, _lines(m, lambda n, par, t: f"同志们：\n{next(par)}"), "\n"),
        ),
        "salutation lines": (".txt", lambda s: _until(s, cycle(["同志们：", "各位来宾："]), "\n")),
        "dates": (
            ".txt",
            lambda s: _until(
                s,
                _lines(m, lambda n, _, t: f"{2000 + n % 25}年{n % 12 + 1}月{n % 28 + 1}日"),
                "\n",
            ),
        ),
        "dates （二〇二四年）": (
            ".txt",
            lambda s: _until(s, _lines(m, lambda n, _, t: f"（{_chinese_date(n)}）"), "\n"),
        ),
        "sources": (
            ".txt",
            lambda s: _until(
                s,
                _lines(m, lambda n, par, t: f"{next(par)}\n来源：{next(t)}网\n责任编辑：张{n % 9}"),
                "\n",
            ),
        ),
        "notes [1]": (
            ".txt",
            lambda s: _until(s, _lines(m, lambda n, par, t: f"[{n % 300 + 1}] {next(par)}"), "\n"),
        ),
        "；-list line": (".txt", lambda s: _until(s, _lines(m, lambda n, _, t: next(t)), "；")),
        "long line then short": (
            ".txt",
            lambda s: _until(s // 2, p()) + "\n" + _until(s // 2, m.sentence(), "\n"),
        ),
        "no punctuation": (".txt", lambda s: PUNCTUATION.sub("", _until(s * 5 // 4, p()))),
        "no punctuation lines": (
            ".txt",
            lambda s: "\n".join(
                re.findall(".{1,38}", PUNCTUATION.sub("", _until(s * 5 // 4, p())))
            ),
        ),
        "wrapped at 30": (
            ".txt",
            lambda s: "\n\n".join(
                "\n".join(re.findall(".{1,30}", par)) for par in _until(s, p(), "\0").split("\0")
            ),
        ),
        "markdown tables": (
            ".md",
            lambda s: _until(
                s,
                _lines(
                    m,
                    lambda n, par, t: (
                        f"## {next(t)}\n\n| 项目 | 内容 |\n| --- | --- |\n"
                        + "".join(f"| {next(t)} | {next(par)[:40]} |\n" for _ in range(5))
                    ),
                ),
                "\n",
            ),
        ),
        "code fences": (
            ".md",
            lambda s: _until(
                s, _lines(m, lambda n, par, t: f"{next(par)}\n\n```\n{next(par)}\n```\n"), "\n"
            ),
        ),
        "page chrome": (
            ".txt",
            lambda s: _until(
                s,
                _lines(
                    m,
                    lambda n, par, t: (
                        f"{next(par)}\n{next(par)}\n{next(par)}\n\n"
                        f"— {n + 1} —\n\n某某市人民政府文件"
                    ),
                ),
                "\n",
            ),
        ),
        "bold lead labels": (
            ".md",
            lambda s: (
                "# 标题\n\n## 第一部分\n\n"
                + _until(
                    s,
                    _lines(m, lambda n, par, t: f"**{next(t)}是怎么回事？**\n\n{next(par)}"),
                    "\n\n",
                )
            ),
        ),
        "repeated line": (".txt", lambda s: _until(s, cycle([m.paragraphs[0]]), "\n")),
        "repeated heading": (".txt", lambda s: _until(s, cycle(["一、" + m.titles[0]]), "\n")),
        "GBK noise": (
            ".txt",
            lambda s: _until(
                s, _lines(m, lambda n, par, t: f"{next(par)}\n{_mojibake(next(par))}"), "\n"
            ),
        ),
    }


def _parse_cpu(text: str, suffix: str, repeat: int) -> float:
    from tui.engine.parse import parse_text

    path = "shape" + suffix
    times = []
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        start = time.process_time()
        parse_text(text, path)
        times.append(time.process_time() - start)
        gc.enable()
    return statistics.median(times)


def _run(
    names: list[str], sizes: list[float], repeat: int, show: bool = False
) -> dict[str, list[float]]:
    """Each shape's median CPU time at each size, in this interpreter (``show``: printed as
    each shape is done)."""
    from tui.engine.parse import parse_text

    shapes = _shapes(Material())
    parse_text("一、开头\n同志们：\n今天开会。\n", "warm.txt")  # (imports, stored patterns)
    found: dict[str, list[float]] = {}
    for name in names:
        suffix, make = shapes[name]
        found[name] = [_parse_cpu(make(int(mb * 1_000_000)), suffix, repeat) for mb in sizes]
        if show:
            _report(name, sizes, found[name])
    return found


def _report(name: str, sizes: list[float], times: list[float], label: str = "") -> None:
    ratio = times[-1] / max(times[0], 1e-6)
    linear = sizes[-1] / sizes[0]
    slow = ratio > 1.5 * linear
    figures = "  ".join(f"{mb:g} MB {t * 1000:8.1f} ms" for mb, t in zip(sizes, times, strict=True))
    print(
        f"{label}{name:22} {figures}  x{ratio:5.1f} (x/size {ratio / linear:4.2f})"
        + ("  SLOW" if slow else ""),
        flush=True,
    )


def _profile(name: str, size: float) -> None:
    from tui.engine.parse import parse_text

    suffix, make = _shapes(Material())[name]
    text = make(int(size * 1_000_000))
    profile = cProfile.Profile()
    profile.runcall(parse_text, text, "shape" + suffix)
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(25)
    print(out.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.25, 1.0], help="MB")
    parser.add_argument("--repeat", type=int, default=3, help="runs per shape and size (median)")
    parser.add_argument("--shapes", default="", help="comma-separated names (default: all)")
    parser.add_argument("--list", action="store_true", help="print the shapes' names")
    parser.add_argument("--profile", default="", help="cProfile one shape at the largest size")
    parser.add_argument("--against", type=Path, help="another checkout, in turns")
    parser.add_argument("--turns", type=int, default=3, help="with --against: rounds")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    names = list(_shapes(Material()))
    if args.list:
        print("\n".join(names))
        return
    if args.profile:
        _profile(args.profile, max(args.sizes))
        return
    if args.shapes:
        names = [name.strip() for name in args.shapes.split(",")]
    if args.json:
        print(json.dumps(_run(names, args.sizes, args.repeat)))
        return
    if args.against is None:
        print(f"CPU per parse, median of {args.repeat}; sizes in MB of UTF-8")
        _run(names, args.sizes, args.repeat, show=True)
        return
    trees = {"this": ROOT, "against": args.against}
    command = [str(Path(__file__).resolve()), "--json", "--repeat", str(args.repeat)]
    command += ["--sizes", *map(str, args.sizes), "--shapes", ",".join(names)]
    rounds: dict[str, list[dict[str, list[float]]]] = {name: [] for name in trees}
    for _ in range(args.turns):
        for tree, root in trees.items():
            rounds[tree].append(run_json(command, bench_env(root=root), root))
    print(
        f"CPU per parse, median of {args.turns} rounds in turns (each the median of "
        f"{args.repeat}); this checkout and {args.against}"
    )
    for name in names:
        for tree in trees:
            times = [
                statistics.median(r[name][i] for r in rounds[tree]) for i in range(len(args.sizes))
            ]
            _report(name, args.sizes, times, f"{tree:8}")
            spread = [
                f"{min(r[name][-1] for r in rounds[tree]) * 1000:.0f}-"
                f"{max(r[name][-1] for r in rounds[tree]) * 1000:.0f}"
            ]
            print(f"{'':8}{'':22} range at {args.sizes[-1]:g} MB: {spread[0]} ms")


if __name__ == "__main__":
    main()
