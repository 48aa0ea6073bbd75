"""``speech-reader search TERM [PATH]``: a term in every speech file, by file › speech › section."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from tui.engine.safetext import safe_json
from tui.engine.search import iter_search, locate
from tui.paths import bundled_corpus_dir

HELP = "在文件夹内所有讲话稿中搜索一个词（默认搜索自带语料）/ search a term in every speech file"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the ``search`` subcommand."""
    parser.add_argument("term", help="要搜索的词 / the term")
    parser.add_argument(
        "path", nargs="?", help="文件夹或文件（默认自带语料）/ folder or file (default: bundled corpus)"
    )
    parser.add_argument("--json", action="store_true", help="以 JSON 输出 / print JSON")


def run(args: argparse.Namespace) -> int:
    """Print the matches; 1 when there is none (as grep), 2 for a missing or unreadable
    path or an empty term (output goes through ``tui.cli.SafeStream``, JSON through
    ``safe_json``: no file name or snippet can drive the terminal)."""
    term = args.term.strip()
    root = Path(args.path) if args.path else bundled_corpus_dir()
    if not term:
        print("speech-reader search: 搜索词不能为空", file=sys.stderr)
        return 2
    if not root.exists():
        print(f"speech-reader search: 找不到路径 {root}", file=sys.stderr)
        return 2
    files: list[dict[str, Any]] = []
    skipped: list[str] = []
    total = 0
    for found in iter_search(root, term, skipped=skipped):
        total += found.total
        hits = [
            {
                "line": place.hit.line,
                "paragraph": place.paragraph,
                "sentence": place.sentence,
                "speech": place.speech,
                "speech_label": place.speech_label,
                "section": list(place.section),
                "snippet": place.snippet,
                "match": [place.start, place.end],
            }
            for place in locate(found, term)
        ]
        files.append({"path": found.path, "total": found.total, "hits": hits})
    if skipped and not root.is_dir():  # the one file asked for cannot be read: a path error
        print(f"speech-reader search: 无法读取 {root} / cannot read it", file=sys.stderr)
        return 2
    if args.json:
        result = {"term": term, "root": str(root), "total": total, "files": files,
                  "skipped": skipped}
        print(safe_json(result))
        return 0 if total else 1
    if skipped:  # on stderr: the output stays the matches alone
        print(f"speech-reader search: {len(skipped)} 个文件无法读取，未搜索 / "
              f"{len(skipped)} file(s) could not be read and were not searched:", file=sys.stderr)
        for path in skipped:
            print(f"  {path}", file=sys.stderr)
    if not total:
        print(f"没有找到“{term}”。")
        return 1
    for record in files:
        print(f"{record['path']}（{record['total']} 处）")
        speech_label: object = object()
        section: list[str] | None = None
        for hit in record["hits"]:
            if hit["speech_label"] != speech_label:
                speech_label = hit["speech_label"]
                section = None
                print(f"  › {speech_label or '（讲话之外）'}")
            if hit["section"] != section:
                section = hit["section"]
                if section:
                    print(f"    › {' › '.join(section)}")
            print(f"      {hit['line']:>6}: {hit['snippet']}")
    print(f"共 {total} 处，{len(files)} 个文件。")
    return 0
