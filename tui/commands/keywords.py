"""``speech-reader keywords FILE``: the top keywords of each speech (and section) of a file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from tui import ui_text
from tui.base.safetext import safe_json
from tui.commands import add_language, load_or_say, use_language
from tui.engine.keywords import (
    Keyword,
    document_keywords,
    folder_idf,
    section_keywords,
)

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


def run(args: argparse.Namespace) -> int:
    """Print keywords; 2 when the file cannot be read."""
    use_language(args)
    path = Path(args.file)
    if args.top < 1:
        print(f"speech-reader keywords: {ui_text.CLI_TOP_POSITIVE()}", file=sys.stderr)
        return 2
    document = load_or_say("keywords", path)
    if document is None:
        return 2
    # Document frequencies come from every speech file beside it, so words every speech
    # of that folder says rank low.
    idf = folder_idf(path.resolve().parent)
    records: list[dict[str, Any]] = []
    for speech, keywords in zip(
        document.speeches, document_keywords(document, idf, args.top), strict=True
    ):
        record: dict[str, Any] = {
            "index": speech.index,
            "title": speech.title,
            "label": speech.label(path.name, len(document.speeches)),
            "line": speech.line,
            "keywords": _words(keywords),
        }
        if args.sections:
            record["sections"] = [
                {
                    "marker": heading.marker,
                    "title": heading.title,
                    "level": heading.level,
                    "line": heading.line,
                    "keywords": _words(section_keywords(document, speech, heading, idf, args.top)),
                }
                for heading in speech.headings
            ]
        records.append(record)
    if args.json:
        result = {"file": str(path), "speeches_in_folder": idf.speeches, "speeches": records}
        print(safe_json(result))
        return 0
    total = len(document.speeches)
    for speech, record in zip(document.speeches, records, strict=True):
        # The label of the JSON stays the engine's (Chinese); the text says it in the language.
        name = ui_text.speech_name(speech.title, speech.index, speech.preview, path.name, total)
        words = "  ".join(f"{k['term']}({k['count']})" for k in record["keywords"])
        at = ui_text.CLI_WHERE(where=ui_text.CLI_AT_LINE(line=record["line"]))
        print(f"[{record['index'] + 1}] {name}{at}")
        print(f"    {words or ui_text.KEYWORDS_NONE()}")
        for section in record.get("sections", []):
            words = "  ".join(f"{k['term']}({k['count']})" for k in section["keywords"])
            indent = "    " * section["level"]
            print(f"{indent}{section['marker']}{section['title']}: {words}")
    return 0
