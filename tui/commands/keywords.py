"""``speech-reader keywords FILE``: the top keywords of each speech (and section) of a file."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui import ui_text
from tui.base.safetext import safe_json
from tui.commands import add_language, given_path, load_or_say, printed_name, use_language
from tui.commands.progress import LiveLine
from tui.engine.keywords import (
    TEXT_KINDS,
    Keyword,
    content_words,
    folder_idf,
    rank,
    remember_file_counts,
    section_range,
    speech_counts,
)

if TYPE_CHECKING:
    from tui.engine.model import Document

HELP = "列出讲话稿每篇讲话（及各节）的关键词和出现次数 / top keywords of each speech of a file"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the ``keywords`` subcommand."""
    parser.add_argument("file", help="讲话稿文件 / a speech file")
    parser.add_argument(
        "--top",
        type=int,
        default=10,
        metavar="N",
        help="每篇列出几个关键词（默认 10）/ keywords per speech",
    )
    parser.add_argument(
        "--sections",
        action="store_true",
        help="也列出每一节的关键词 / also keywords of each section",
    )
    parser.add_argument("--json", action="store_true", help="以 JSON 输出 / print JSON")
    add_language(parser)


def _words(keywords: list[Keyword]) -> list[dict[str, Any]]:
    return [{"term": k.term, "count": k.count, "score": round(k.score, 6)} for k in keywords]


BIG_FILE_BYTES = 10_000_000
"""From this size on, ``keywords`` says on a terminal that it will take a while."""


def _counted(
    document: Document, path: Path, line: LiveLine, by_paragraph: dict[int, Counter[str]] | None
) -> list[Counter[str]]:
    """The content-word counts of each speech, shown as 第 n/N 篇 on ``line``.

    Remembered as the file's counts (``remember_file_counts``) when it has not changed
    since it was read, so that ``folder_idf`` does not count the file a second time (it
    did: half the time of a big file). ``by_paragraph`` (``--sections``): each paragraph's
    counts are kept there, and a speech's are their sum (the words are counted paragraph
    by paragraph either way), so that the sections are summed, not counted again."""
    total = len(document.speeches)
    counts: list[Counter[str]] = []
    for done, speech in enumerate(document.speeches, 1):
        if by_paragraph is None:
            counts.append(speech_counts(document, speech))
        else:
            for index in range(speech.first, speech.end):
                paragraph = document.paragraphs[index]
                if paragraph.kind in TEXT_KINDS:
                    by_paragraph[index] = Counter(content_words(paragraph.text))
            counts.append(_summed(by_paragraph, speech.first, speech.end))
        line.show(ui_text.CLI_KEYWORDS_PROGRESS(done=done, total=total), last=done == total)
    return counts


def _summed(by_paragraph: dict[int, Counter[str]], first: int, end: int) -> Counter[str]:
    """The counts of paragraphs ``first``..``end`` added up."""
    total: Counter[str] = Counter()
    for index in range(first, end):
        found = by_paragraph.get(index)
        if found:
            total.update(found)
    return total


def run(args: argparse.Namespace) -> int:
    """Print keywords; 2 when the file cannot be read.

    On a terminal, stderr tells what is being done (a big file takes a while); in a pipe
    or a file it stays empty."""
    use_language(args)
    path = given_path(args.file)
    if args.top < 1:
        print(f"speech-reader keywords: {ui_text.CLI_TOP_POSITIVE()}", file=sys.stderr)
        return 2
    line = LiveLine()
    try:
        before = path.stat()
    except (OSError, ValueError):
        before = None  # load_or_say says why
    if before is not None and before.st_size >= BIG_FILE_BYTES:
        line.say(ui_text.CLI_KEYWORDS_BIG(name=printed_name(path.name), mb=before.st_size / 1e6))
    line.show(ui_text.CLI_KEYWORDS_READING(), last=True)
    document = load_or_say("keywords", path, line)
    if document is None:
        return 2
    by_paragraph: dict[int, Counter[str]] | None = {} if args.sections else None
    counts = _counted(document, path, line, by_paragraph)
    try:
        after = path.stat()
    except OSError:
        after = None
    if before is not None and after is not None:
        stamp = (before.st_mtime_ns, before.st_size)
        if stamp == (after.st_mtime_ns, after.st_size):
            remember_file_counts(path, stamp, counts)
    # Document frequencies come from every speech file beside it, so words every speech
    # of that folder says rank low.
    line.show(ui_text.CLI_KEYWORDS_FOLDER(), last=True)
    idf = folder_idf(path.resolve().parent)
    total = len(document.speeches)
    records: list[dict[str, Any]] = []
    for speech, speech_count in zip(document.speeches, counts, strict=True):
        record: dict[str, Any] = {
            "index": speech.index,
            "title": speech.title,
            "label": speech.label(path.name, total),
            "date": speech.date,
            "line": speech.line,
            "keywords": _words(rank(speech_count, idf, args.top)),
        }
        stage = ui_text.CLI_KEYWORDS_SECTIONS if args.sections else ui_text.CLI_KEYWORDS_RANKING
        line.show(stage(done=speech.index + 1, total=total), last=speech.index + 1 == total)
        if args.sections:
            record["sections"] = [
                {
                    "marker": heading.marker,
                    "title": heading.title,
                    "level": heading.level,
                    "line": heading.line,
                    "keywords": _words(
                        rank(
                            _summed(by_paragraph or {}, *section_range(speech, heading)),
                            idf,
                            args.top,
                        )
                    ),
                }
                for heading in speech.headings
            ]
        records.append(record)
    line.clear()
    if args.json:
        result = {"file": str(path), "speeches_in_folder": idf.speeches, "speeches": records}
        print(safe_json(result))
        return 0
    file_name = printed_name(path.name)  # an untitled speech's name: as names are printed
    for speech, record in zip(document.speeches, records, strict=True):
        # The label of the JSON stays the engine's (Chinese); the text says it in the language.
        name = ui_text.dated_speech_name(
            speech.title, speech.index, speech.preview, file_name, total, speech.date
        )
        words = "  ".join(f"{k['term']}({k['count']})" for k in record["keywords"])
        at = ui_text.CLI_WHERE(where=ui_text.CLI_AT_LINE(line=record["line"]))
        print(f"[{record['index'] + 1}] {name}{at}")
        print(f"    {words or ui_text.KEYWORDS_NONE()}")
        for section in record.get("sections", []):
            words = "  ".join(f"{k['term']}({k['count']})" for k in section["keywords"])
            indent = "    " * section["level"]
            print(f"{indent}{section['marker']}{section['title']}: {words}")
    return 0
