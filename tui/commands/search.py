"""``speech-reader search QUERY [PATH]``: a query in every speech file, by file › speech › section.

Searches the persistent index (``tui.engine.index``; ``speech-reader index`` builds it):
files not indexed yet, or changed since, are parsed and scanned, and a note on stderr
says how many. ``--no-index`` scans every file. Matching is the reader's (``/``):
``tui.engine.match``. Every snippet printed goes through ``safe_text``, every name through
``printed_name`` (the form ``speech-reader NAME`` opens again, then ``safe_text``).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from tui import ui_text
from tui.base.safetext import safe_json, safe_text
from tui.commands import (
    add_language,
    given_path,
    path_problem,
    printed_name,
    say_unreadable,
    tell_passed_over,
    use_language,
)
from tui.paths import bundled_corpus_dir

HELP = '在文件夹内所有讲话稿中搜索（默认搜索自带语料）/ search every speech file (AND, "phrase", -word, 标题:)'
DEFAULT_LIMIT = 100


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the ``search`` subcommand."""
    parser.add_argument(
        "query",
        help='查询：空格分隔的词须同时出现；"短语"；-词 排除；标题: 或 h: 只搜标题 / '
        'words (all must occur), "a phrase", -word excludes, 标题: or h: titles only',
    )
    parser.add_argument(
        "path",
        nargs="?",
        help="文件夹或文件（默认自带语料）/ folder or file (default: bundled corpus)",
    )
    parser.add_argument("--json", action="store_true", help="以 JSON 输出 / print JSON")
    parser.add_argument(
        "-n",
        "--lines",
        action="store_true",
        help="每处一行：文件:行号:片段（供脚本、vim 快速修复列表、speech-reader 文件:行号）/ "
        "one hit a line as FILE:LINE:text (as grep -n: for scripts, vim's quickfix list, "
        "speech-reader FILE:LINE)",
    )
    parser.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"最多列出 N 处（总数照常统计，默认 {DEFAULT_LIMIT}）/ list at most N hits (totals still counted)",
    )
    parser.add_argument(
        "--no-index",
        action="store_true",
        help="不用索引，逐个文件搜索 / scan the files, do not use the index",
    )
    add_language(parser)


def shown_path(path: str, root_abs: str, given: Path) -> str:
    """``path`` as the user named its root (relative stays relative)."""
    if path == root_abs:
        return str(given)
    return os.path.join(str(given), os.path.relpath(path, root_abs))


def scanned_note(scanned: int, added: int, refused: str) -> str:
    """What stderr says of the files searched without the index (and whether they are in it
    now, or why not: ``refused``, the index's ``Said``)."""
    note = ui_text.CLI_SEARCH_SCANNED(count=scanned)
    if added:
        note += ui_text.CLI_SEARCH_SCANNED_ADDED(count=added)
    elif refused:
        note += ui_text.CLI_SEARCH_SCANNED_REFUSED(why=safe_text(ui_text.said(refused)))
    return note


def never_indexed(path: str) -> bool:
    """Whether ``path`` stays out of the index whatever is done (a search scans it each
    time): a name SQLite cannot store, or a file over ``INDEX_MAX_BYTES``."""
    from tui.engine.index.store import INDEX_MAX_BYTES, storable

    if not storable(path):
        return True
    try:
        return os.stat(path).st_size > INDEX_MAX_BYTES
    except OSError:
        return False


def hit_line(path: str, hit: dict[str, Any]) -> str:
    """One hit as ``FILE:LINE:text`` (``--lines``): the path as given and the snippet, each
    made safe on its own (``safe_text`` without line breaks: one hit, one line). The path
    is ``printed_name``'s form, which ``speech-reader FILE:LINE`` opens again: a name with a
    control character printed as ``safe_text`` shows it (``␛``) named no file."""
    return f"{printed_name(path)}:{hit['line']}:{safe_text(hit['snippet'])}"


def print_lines(files: list[dict[str, Any]], limit: int) -> None:
    """``--lines``: the hits listed, one a line; what ``--limit`` left out on stderr."""
    unlisted = 0
    for record in files:
        for hit in record["hits"]:
            print(hit_line(record["path"], hit))
        unlisted += record["total"] - len(record["hits"])
    if unlisted:
        print(
            f"speech-reader search: {ui_text.CLI_SEARCH_LINES_MORE(count=unlisted, limit=limit)}",
            file=sys.stderr,
        )


def run(args: argparse.Namespace) -> int:
    """Print the matches; 1 when there is none, 2 for a bad path, query or limit."""
    use_language(args)
    from tui.engine.index import search_library
    from tui.engine.index.scope import auto_index_refusal
    from tui.engine.match import parse_query

    query = parse_query(args.query)
    root = given_path(args.path) if args.path else bundled_corpus_dir()
    if query.empty:
        print(f"speech-reader search: {ui_text.CLI_QUERY_EMPTY()}", file=sys.stderr)
        return 2
    if args.json and args.lines:
        print(f"speech-reader search: {ui_text.CLI_SEARCH_JSON_OR_LINES()}", file=sys.stderr)
        return 2
    if args.limit < 0:
        print(f"speech-reader search: {ui_text.CLI_LIMIT_NEGATIVE()}", file=sys.stderr)
        return 2
    problem = path_problem(root)
    if problem is not None:
        print(f"speech-reader search: {problem}", file=sys.stderr)
        return 2
    root_abs = os.path.abspath(root)
    refused = "" if args.no_index else auto_index_refusal(root)
    result = search_library(root, query, use_index=not args.no_index, add_scanned=not refused)
    # the one file asked for cannot be read, or is no regular file
    if (result.skipped or result.not_regular) and not root.is_dir():
        return say_unreadable("search", root)
    left = args.limit
    # Raw strings here: JSON escapes what is unsafe (safe_json, exact strings for a reader
    # of the JSON); the text below shows it through safe_text.
    files: list[dict[str, Any]] = []
    speeches: list[list[str]] = []
    """Per file, per hit: its speech as the text output names it (in the language)."""
    for found in result.files:
        hits = found.hits(left) if left > 0 else []
        left -= len(hits)
        # an untitled speech is named after its file: that name as the file's is printed
        name = printed_name(os.path.basename(found.path))
        speeches.append([ui_text.hit_speech(hit, name) for hit in hits])
        files.append(
            {
                "path": shown_path(found.path, root_abs, root),
                "total": found.total,
                "heading_hits": found.heading_hits,
                "indexed": found.indexed,
                "also_at": [shown_path(p, root_abs, root) for p in found.also_at],
                "hits": [
                    {
                        "line": hit.line,
                        "paragraph": hit.paragraph,
                        "sentence": hit.sentence,
                        "speech": hit.speech,
                        "speech_label": hit.speech_label,
                        "section": list(hit.section),
                        "heading": hit.heading,
                        "term": hit.term,
                        "snippet": hit.snippet,
                        "match": [hit.snippet_start, hit.snippet_end],
                    }
                    for hit in hits
                ],
            }
        )
    scanned = [shown_path(p, root_abs, root) for p in result.scanned]
    skipped = [shown_path(p, root_abs, root) for p in result.skipped]
    if result.notice:
        notice = ui_text.pick(result.notice, result.notice_en)
        print(f"speech-reader search: {safe_text(notice)}", file=sys.stderr)
    if args.json:
        out = {
            "query": query.text,
            "terms": list(query.terms),
            "excluded": list(query.excluded),
            "headings_only": query.headings_only,
            "root": str(root),
            "total": result.total,
            "files_matched": len(result.files),
            "files_searched": result.searched,
            "limit": args.limit,
            "files": files,
            "scanned": scanned,
            "added_to_index": result.added,
            "skipped": skipped,
            "not_regular": [shown_path(p, root_abs, root) for p in result.not_regular],
            "unreadable_folders": [
                shown_path(p, root_abs, root) for p in result.unreadable_folders
            ],
        }
        print(safe_json(out))
        return 0 if result.total else 1
    if scanned and not args.no_index:  # on stderr: the output stays the matches alone
        # "not indexed yet" of a file that can never be (newuser13) sent the user to
        # `speech-reader index` for nothing: those are told apart.
        never = sum(1 for path in result.scanned if never_indexed(path))
        if len(scanned) > never:
            note = scanned_note(len(scanned) - never, result.added, refused)
            print(f"speech-reader search: {note}", file=sys.stderr)
        if never:
            from tui.engine.index.store import INDEX_MAX_BYTES

            note = ui_text.CLI_SEARCH_SCANNED_NEVER(count=never, limit=INDEX_MAX_BYTES // 1_000_000)
            print(f"speech-reader search: {note}", file=sys.stderr)
    # (a folder that cannot be listed was not searched: said as index says it)
    unreadable = [shown_path(p, root_abs, root) for p in result.unreadable_folders]
    not_regular = [shown_path(p, root_abs, root) for p in result.not_regular]
    tell_passed_over("search", not_regular, unreadable)
    if skipped:
        print(
            f"speech-reader search: {ui_text.CLI_SEARCH_SKIPPED(count=len(skipped))}",
            file=sys.stderr,
        )
        for path in skipped:
            print(f"  {printed_name(path)}", file=sys.stderr)
    if not result.total:
        # --lines: stdout holds hits only (a script reads an empty output and code 1).
        nothing = ui_text.CLI_SEARCH_NOTHING(query=safe_text(query.text.strip()))
        print(nothing, file=sys.stderr if args.lines else sys.stdout)
        return 1
    if args.lines:
        print_lines(files, args.limit)
        return 0
    unlisted_files = unlisted_hits = 0
    for record, names in zip(files, speeches, strict=True):
        if not record["hits"]:
            unlisted_files += 1
            unlisted_hits += record["total"]
            continue
        print(ui_text.CLI_SEARCH_FILE(path=printed_name(record["path"]), total=record["total"]))
        if record["also_at"]:
            copies = ui_text.CLI_SEARCH_ALSO_JOIN().join(printed_name(p) for p in record["also_at"])
            print(f"  {ui_text.CLI_SEARCH_ALSO_AT(paths=copies)}")
        speech_label: object = object()
        section: list[str] | None = None
        for hit, name in zip(record["hits"], names, strict=True):
            if hit["speech_label"] != speech_label:
                speech_label = hit["speech_label"]
                section = None
                print(f"  › {safe_text(name)}")
            if hit["section"] != section:
                section = hit["section"]
                if section:
                    print(f"    › {safe_text(' › '.join(section))}")
            print(f"      {hit['line']:>6}: {safe_text(hit['snippet'])}")
        if len(record["hits"]) < record["total"]:
            more = record["total"] - len(record["hits"])
            print(f"      {ui_text.CLI_SEARCH_MORE_IN_FILE(count=more)}")
    if unlisted_files:
        print(
            ui_text.CLI_SEARCH_MORE_FILES(
                files=unlisted_files, hits=unlisted_hits, limit=args.limit
            )
        )
    total = ui_text.CLI_SEARCH_TOTAL(total=result.total, files=len(result.files))
    merged = sum(len(record["also_at"]) for record in files)
    print(total + (ui_text.CLI_SEARCH_COPIES(count=merged) if merged else ""))
    return 0
