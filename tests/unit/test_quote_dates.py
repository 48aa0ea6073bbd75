"""A quote from a titled speech gives its date when the speech has a date line: a speech
writer cites 《1999年政府工作报告》（1999年3月5日）. The date was given for untitled
speeches only."""

from __future__ import annotations

from pathlib import Path

from tui.engine.parse import load_document, parse_text
from tui.engine.quotes import CitationFormat, format_quote, quote_sentences

PATH = "/srv/讲话/政府工作报告.txt"
TEXT = (
    "1999年政府工作报告\n"
    "（1999年3月5日）\n"
    "各位代表：\n"
    "现在，我代表国务院，向大会作政府工作报告，请予审议。\n"
    "一、1998年的工作回顾\n"
    "过去的一年，我国经济社会发展取得了重大成就。\n"
)
SOURCE = "——《1999年政府工作报告》（1999年3月5日），一、1998年的工作回顾"


def last_sentence(text: str) -> tuple[str, str, str]:
    document = parse_text(text, PATH)
    last = len(document.paragraphs) - 1
    quote = quote_sentences(document, PATH, (last, 0), (last, 0))
    return tuple(format_quote(quote, fmt) for fmt in CitationFormat)  # type: ignore[return-value]


def test_a_titled_speech_is_cited_with_its_date_in_every_format() -> None:
    plain, cited, markdown = last_sentence(TEXT)
    body = "过去的一年，我国经济社会发展取得了重大成就。"
    assert plain == body  # (the quote alone: no source line to date)
    assert cited == f"{body}\n{SOURCE}"
    assert markdown == f"> {body}\n\n{SOURCE}"


def test_a_title_holding_its_date_does_not_repeat_it() -> None:
    text = TEXT.replace("1999年政府工作报告\n", "1999年3月5日在全市大会上的讲话\n")
    _, cited, _ = last_sentence(text)
    assert cited.endswith("——《1999年3月5日在全市大会上的讲话》，一、1998年的工作回顾")


def test_a_real_title_block_with_speaker_and_date() -> None:
    path = Path(__file__).resolve().parents[1] / "regression" / "texts"
    path = path / "a23_yejianying_guoqing_1979_jianghua_gbk.txt"
    document = load_document(path)
    speech = next(s for s in document.speeches if s.speaker == "叶剑英")
    quote = quote_sentences(document, str(path), (speech.end - 1, 0), (speech.end - 1, 0))
    assert quote.source == (
        "叶剑英《在庆祝中华人民共和国成立三十周年大会上的讲话（节录）》（一九七九年九月二十九日）"
    )
