"""How long an RTF file takes to read, and what cutting long lines (``rtf._short_lines``) does.

Run: ``python tests/bench/bench_rtf.py [--paragraphs 3000] [--hostile 8,16,32] [--repeat 3]``.
Not part of the test suite: it prints figures, it asserts nothing.

* a speech RTF as Word writes it (``format_fixtures.write_rtf``: GBK ``\\'hh`` escapes,
  lines of 255 characters), its paragraphs repeated to ``--paragraphs``: ``extract``;
* the same file on one line (a writer that never wraps): ``extract``, which cuts it;
* a hostile line of nested link fields of ``--hostile`` KB: striprtf on it as it is, and
  after ``_short_lines`` — the reason the cut exists (striprtf's link pattern is
  cubic in a line's length).

Median of ``--repeat`` runs, in seconds.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tests.unit import format_fixtures as ff
from tui import formats
from tui.formats import rtf


def median_time(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--paragraphs", type=int, default=3000)
    parser.add_argument("--hostile", default="8,16,32", help="KB sizes of the hostile line")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from striprtf.striprtf import rtf_to_text

    with tempfile.TemporaryDirectory() as folder:
        lines = ff.speech_lines()
        text = [lines[0]] + [lines[1 + i % (len(lines) - 1)] for i in range(args.paragraphs)]
        wrapped = ff.write_rtf(Path(folder, "a.rtf"), "hex", text)
        one_line = Path(folder, "b.rtf")
        one_line.write_bytes(wrapped.read_bytes().replace(b"\r\n", b""))
        size = wrapped.stat().st_size / 1e6
        print(f"speech RTF, {args.paragraphs} paragraphs, {size:.1f} MB")
        print(
            f"  wrapped at 255: {median_time(lambda: formats.extract(wrapped), args.repeat):.2f} s"
        )
        print(
            f"  one line:       {median_time(lambda: formats.extract(one_line), args.repeat):.2f} s"
        )
    unit = '{\\field{\\*\\fldinst{ HYPERLINK "a'
    for kb in (int(k) for k in args.hostile.split(",")):
        source = "{\\rtf1 " + unit * (kb * 1024 // len(unit)) + "}"

        def as_it_is(s: str = source) -> object:
            return rtf_to_text(s, errors="replace")

        def cut_first(s: str = source) -> object:
            return rtf_to_text(rtf._short_lines(s), errors="replace")

        raw = median_time(as_it_is, 1)
        cut = median_time(cut_first, args.repeat)
        print(f"hostile line {kb} KB: striprtf as it is {raw:.2f} s, cut first {cut:.3f} s")


if __name__ == "__main__":
    main()
