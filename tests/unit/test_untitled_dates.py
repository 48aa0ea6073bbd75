"""An untitled speech with a date line is named by its date first, then its first words,
wherever speeches are listed: the date is what tells a collection's untitled speeches
apart, and a narrow pane cuts the end of a name, not its start. The ``outline`` and
``keywords`` commands give the date in text and JSON (titled speeches' too)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui import ui_text
from tui.cli import main
from tui.engine.parse import parse_text
from tui.engine.quotes import CitationFormat, format_quote, quote_sentences
from tui.widgets.outline import dated_speech_name, speech_name

UNTITLED = "2024年3月5日\n\n同志们：\n今天我们开会。\n一、总体要求\n要做好工作。\n二、主要任务\n要抓落实。\n"
DATE = "2024年3月5日"
TITLED = "在全市工作会议上的讲话\n（2024年3月6日）\n同志们：\n今天我们开会。\n一、总体要求\n要做好工作。\n"


@pytest.fixture
def untitled(tmp_path: Path) -> Path:
    path = tmp_path / "开会.txt"
    path.write_text(UNTITLED, encoding="utf-8")
    return path


def test_an_untitled_speech_is_named_by_its_date_then_its_first_words() -> None:
    speech = parse_text(UNTITLED, "/srv/开会.txt").speeches[0]
    assert speech.title is None and speech.date == DATE
    assert speech_name(speech, "开会.txt") == f"{DATE} 开会：今天我们开会。…"
    assert speech_name(speech, "开会.txt", 3) == f"{DATE} 开会 第1篇：今天我们开会。…"
    assert speech_name(speech) == f"{DATE}：今天我们开会。…"
    assert dated_speech_name(speech, "开会.txt") == f"{DATE} 开会：今天我们开会。…"  # once
    ui_text.set_language("en")
    assert speech_name(speech, "开会.txt", 3) == f"{DATE} 开会 Speech 1: 今天我们开会。…"


def test_a_titled_speech_keeps_its_title_and_the_outline_adds_its_date() -> None:
    speech = parse_text(TITLED, "/srv/会议.txt").speeches[0]
    assert speech.date == "2024年3月6日"
    assert speech_name(speech, "会议.txt") == "在全市工作会议上的讲话"
    assert dated_speech_name(speech, "会议.txt") == "在全市工作会议上的讲话（2024年3月6日）"


def test_outline_text_and_json_give_the_date(
    untitled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["outline", str(untitled)]) == 0
    out = capsys.readouterr().out
    assert f"[1] {DATE} 开会：今天我们开会。…（第 1 行）" in out
    assert main(["outline", str(untitled), "--json"]) == 0
    speech = json.loads(capsys.readouterr().out)["speeches"][0]
    assert (speech["title"], speech["date"]) == (None, DATE)
    titled = tmp_path / "会议.txt"
    titled.write_text(TITLED, encoding="utf-8")
    assert main(["outline", str(titled)]) == 0
    assert "[1] 在全市工作会议上的讲话（2024年3月6日）（第 1 行）" in capsys.readouterr().out


def test_keywords_text_and_json_give_the_date(
    untitled: Path, own_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["keywords", str(untitled)]) == 0
    assert f"[1] {DATE} 开会：今天我们开会。…（第 1 行）" in capsys.readouterr().out
    assert main(["keywords", str(untitled), "--json"]) == 0
    speech = json.loads(capsys.readouterr().out)["speeches"][0]
    assert speech["date"] == DATE
    assert speech["label"] == "开会：今天我们开会。…"  # the engine's label, as documented


def test_a_quote_from_an_untitled_speech_is_cited_with_its_date() -> None:
    document = parse_text(UNTITLED, "/srv/开会.txt")
    last = len(document.paragraphs) - 1
    quote = quote_sentences(document, "/srv/开会.txt", (last, 0), (last, 0))
    cited = format_quote(quote, CitationFormat.CITED)
    assert cited == f"要抓落实。\n——开会（{DATE}），二、主要任务"
