"""How long a large saved web page takes to read: ``tui.formats.html``'s chrome finder and walk.

Run: ``python tests/bench/bench_html.py [--mb 3] [--depth 24] [--turns 5] [--repeat 3]
[--against CHECKOUT]``. Not part of the test suite: it prints figures, it asserts nothing.

The page is the government site's page of ``tests/unit/test_html_chrome14.py`` (a top bar,
a navigation bar, 当前位置, a column of links, 分享, 【打印本页】, 相关链接, the ICP
footer) made as large as a site's 专题 page that holds whole speeches: the bundled corpus's
speeches, one after another until the page has ``--mb`` MB, each in a block nested
``--depth`` ``<div>`` s deep (content management systems wrap each item in a dozen or more),
with its title as a link, a line of date and source, its paragraphs, a 分享 bar and a list
of related links. Every speech's text is the corpus's own.

Each round runs a fresh interpreter per checkout (this one, and ``--against`` in turns),
which times (CPU, median of ``--repeat``) ``html_paragraphs`` on the decoded page — the
parse, the chrome found and dropped, the walk — after one untimed run; it also reports how
many paragraphs came out, which must be the same in every checkout compared.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from html import escape
from pathlib import Path

from tui.paths import bundled_corpus_dir

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from benchenv import runs_in_turns  # noqa: E402

TURN = """
import gc, json, statistics, sys, time
from pathlib import Path
from tui.formats.html import html_paragraphs
text, repeat = Path(sys.argv[1]).read_text("utf-8"), int(sys.argv[2])
paragraphs = html_paragraphs(text)  # untimed: the import of selectolax, first use
times = []
for _ in range(repeat):
    gc.collect()
    cpu = time.process_time()
    html_paragraphs(text)
    times.append(time.process_time() - cpu)
print(json.dumps({"cpu": statistics.median(times), "paragraphs": len(paragraphs),
                  "letters": sum(len(p) for p in paragraphs)}))
"""

HEAD = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>优化营商环境专题_领导讲话_某某区人民政府门户网站</title>
<script>var _hmt = _hmt || []; document.write("统计");</script></head><body>
<div class="top-bar"><span>今天是：2019年6月12日 星期三</span><a href="#">无障碍浏览</a> |
<a href="#">长者模式</a> | <a href="#">English</a></div>
<div class="header"><img src="/logo.png" alt="某某区人民政府"></div>
<div class="nav"><ul>{nav}</ul></div>
<div class="main wrap">
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a>
&gt; <a href="/zt">专题专栏</a></div>
<div class="left"><h3>领导讲话</h3><ul>{left}</ul></div>
<div class="content-box"><h1 class="title">优化营商环境专题</h1>
"""

TAIL = """</div></div>
<div class="footer"><p>主办：某某区人民政府办公室</p><p>粤ICP备12345678号</p>
<p>地址：某某大道 联系电话：0755-12345678</p></div>
</body></html>"""


def item(number: int, lines: list[str], depth: int) -> str:
    """One speech of the page: its title a link, its date line, its paragraphs, a share bar
    and related links, inside ``depth`` nested ``<div>`` s."""
    title, *body = lines
    opening = "".join(f'<div class="item-wrap level{level}">' for level in range(depth))
    paragraphs = "\n".join(f'<p style="text-indent:2em">{escape(line)}</p>' for line in body)
    related = "".join(
        f'<li><a href="/zt/{number}/{i}.html">{escape(lines[1 + (number + i) % (len(lines) - 1)][:24])}'
        f"</a><span>2019-06-{1 + i:02d}</span></li>"
        for i in range(6)
    )
    return (
        f'{opening}<h2><a href="/zt/{number}.html">{escape(title)}</a></h2>\n'
        f'<div class="info">发布时间：2019-06-12 来源：区政府办公室 <a href="#">【字体：大 中 小】</a></div>\n'
        f'<div class="article-content">{paragraphs}</div>\n'
        f'<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>\n'
        f'<div class="related"><h4>相关链接</h4><ul>{related}</ul></div>\n'
        + "</div>" * depth
        + "\n"
    )


def build_page(megabytes: float, depth: int) -> str:
    """The corpus's speeches as one saved page of at least ``megabytes`` MB (UTF-8)."""
    speeches = []
    for path in sorted(bundled_corpus_dir().glob("*.txt")):
        lines = [line.strip() for line in path.read_text("utf-8").splitlines() if line.strip()]
        if len(lines) > 2:
            speeches.append(lines)
    if not speeches:
        raise SystemExit(f"no speech text to repeat in {bundled_corpus_dir()}")
    nav = "".join(f'<li><a href="/c{i}">栏目{i}</a></li>' for i in range(40))
    left = "".join(f'<li><a href="/l{i}">领导讲话{i}</a></li>' for i in range(60))
    parts = [HEAD.format(nav=nav, left=left)]
    size, number = 0, 0
    target = int(megabytes * 1_000_000)
    while size < target:
        parts.append(item(number, speeches[number % len(speeches)], depth))
        size += len(parts[-1].encode("utf-8"))
        number += 1
    parts.append(TAIL)
    return "".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=3.0, help="the page's size in MB")
    parser.add_argument("--depth", type=int, default=24, help="<div> s around each speech")
    parser.add_argument("--turns", type=int, default=5, help="rounds of fresh interpreters")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs in each interpreter")
    parser.add_argument("--against", type=Path, help="another checkout, run in turns")
    args = parser.parse_args()
    trees = {"this checkout": ROOT} | (
        {f"against {args.against}": args.against} if args.against else {}
    )
    page = build_page(args.mb, args.depth)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.html"
        path.write_text(page, "utf-8")
        print(
            f"page: {path.stat().st_size / 1e6:.1f} MB, speeches nested {args.depth} <div> s deep"
        )
        found = runs_in_turns(["-c", TURN, str(path)], trees, args.turns, args.repeat)
    for name, runs in found.items():
        ms = [run["cpu"] * 1000 for run in runs]
        print(
            f"{name}: html_paragraphs, CPU, {args.turns} rounds (each the median of "
            f"{args.repeat}): median {statistics.median(ms):.1f} ms ({min(ms):.1f}-{max(ms):.1f}); "
            + ", ".join(f"{m:.1f}" for m in ms)
            + f"; {runs[0]['paragraphs']:.0f} paragraphs, {runs[0]['letters']:.0f} characters"
        )


if __name__ == "__main__":
    main()
