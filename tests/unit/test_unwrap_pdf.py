"""A one-line text (every line break lost, runs of spaces where they were) typeset into a PDF:
the PDF breaks it into lines of one width, and reading it back turns a run of spaces inside or
at the end of a line into one space and one at a line's start into an indentation, so many
lines come back short. The engine still tells it for a hard-wrapped one-line text
(``tui/engine/unwrap.py``) and outlines it; a text with paragraphs stays as it is."""

from __future__ import annotations

from pathlib import Path

from tests.regression.formats_as import write_as
from tests.unit.test_formats import home as home  # the same autouse SPEECH_READER_HOME
from tests.unit.test_outline_traps import FILLER
from tui.engine import Kind, load_document, parse_text

RUN = "    "
HEADINGS = ["一、充分肯定成绩", "二、认清形势任务", "三、抓好工作落实", "四、加强组织领导"]


def _one_line() -> str:
    """A speech whose line breaks were lost, a run of four spaces where each one stood."""
    parts = ["在全市工作会议上的讲话", "同志们：", "今天召开全市工作会议，我讲四点意见。" + FILLER]
    for heading in HEADINGS:
        parts += [heading, FILLER * 3, "要" + FILLER]
    return RUN.join(parts)


def _found(outline: list[str]) -> bool:
    """Whether ``outline`` is ``HEADINGS``, each title perhaps run on into its text where the
    PDF left no space of the run after it (the run fell at a line's end: 三、抓好工作落实各级…,
    a known limit; where one space is left the title ends there: ``_ends_at_the_space``)."""
    return len(outline) == len(HEADINGS) and all(
        got.startswith(want) for got, want in zip(outline, HEADINGS, strict=True)
    )


def _outline(path: Path) -> list[str]:
    document = load_document(path)
    return [h.marker + h.title for s in document.speeches for h in s.headings]


def test_a_one_line_text_read_back_from_a_pdf_is_outlined(tmp_path: Path) -> None:
    path = write_as("pdf", [_one_line()], tmp_path, "speech")
    outline = _outline(path)
    assert _found(outline), outline


def test_lines_short_for_their_spaces_are_no_paragraph_ends() -> None:
    """Lines of 30 as the PDF gives them back: a run cut to one space inside a line or at its
    end, an indentation at its start, a line broken inside a run (the next opens with one)."""
    text = _one_line()
    lines = [text[i : i + 30] for i in range(0, len(text), 30)]
    read_back = [
        ("　　" + line.lstrip(" ") if line.startswith(RUN) else line).replace(RUN, " ")
        for line in lines
    ]
    read_back = [line.replace("   ", " ").replace("  ", " ") for line in read_back]
    assert sum(len(line) < 29 for line in read_back) > 3  # (short, but for their spaces)
    outline = [
        h.marker + h.title for s in parse_text("\n".join(read_back)).speeches for h in s.headings
    ]
    assert _found(outline), outline


def test_a_text_with_paragraphs_is_not_rejoined(tmp_path: Path) -> None:
    """Paragraphs hard-wrapped at one width, some lines holding a space (Latin words): each
    paragraph's last line, short and with no space, still ends it."""
    paragraphs = [
        f"第{n}段，采用 GDP 核算方法。"
        + FILLER * 2
        + "这一段讲的是第"
        + "一二三四五六七八"[n - 1]
        + "件事。"
        for n in range(1, 9)
    ]
    lines = []
    for paragraph in paragraphs:
        lines += [paragraph[i : i + 30] for i in range(0, len(paragraph), 30)]
    document = parse_text("\n".join(lines))
    body = [p for p in document.paragraphs if p.kind is not Kind.NOISE]
    assert len(body) >= len(paragraphs)


def _ends_at_the_space(outline: list[str]) -> bool:
    """Whether no title of ``outline`` runs on past the one space a PDF left of the run after
    its heading (一、充分肯定成绩 各级…): where a space stands, the title ends there."""
    return _found(outline) and not any(
        got[len(want) : len(want) + 1] == " " for got, want in zip(outline, HEADINGS, strict=True)
    )


def test_a_heading_read_back_from_a_pdf_ends_at_the_space_after_it(tmp_path: Path) -> None:
    path = write_as("pdf", [_one_line()], tmp_path, "speech")
    outline = _outline(path)
    assert _ends_at_the_space(outline), outline


def test_a_title_with_a_space_after_its_marker_keeps_its_words() -> None:
    """（一） 目前的主要任务 各级…: the space a PDF leaves after the marker is the marker's (the
    title ends at the next one), and one inside a sentence after the title's first 。 is the
    paragraph's: （三） 加强组织领导。各级 党委… keeps its title to the 。."""
    parts = ["在全市工作会议上的讲话", "同志们：", "今天讲三点意见。" + FILLER]
    parts += ["（一） 目前的主要任务 各级要切实抓好。" + FILLER * 3]
    parts += ["（二） 目前的中心口号 各级要广泛宣传。" + FILLER * 3]
    parts += ["（三） 加强组织领导。各级 党委要切实负起责任。" + FILLER * 3]
    text = RUN.join(parts)
    lines = [text[i : i + 30] for i in range(0, len(text), 30)]
    read_back = "\n".join(line.replace(RUN, " ") for line in lines)
    outline = [h.marker + h.title for s in parse_text(read_back).speeches for h in s.headings]
    assert outline == ["（一）目前的主要任务", "（二）目前的中心口号", "（三）加强组织领导"], (
        outline
    )


def test_a_printed_text_with_a_margin_is_not_rejoined() -> None:
    """A gazette's printed lines (holdout33 r05): a paragraph's or heading's first line opens
    with three spaces, its further lines with two, each cut at one width. The spaces that open
    every line are the print's margin, not a run a PDF cut short: its short lines (headings,
    paragraphs' ends) still end their paragraphs, and the headings are found with their own
    titles (before, the text was taken for a one-line text wrapped again and rejoined)."""
    lines: list[str] = []
    for heading in HEADINGS:
        lines.append("   " + heading)
        paragraph = FILLER * 2 + "要" + FILLER
        lines.append("   " + paragraph[:38])
        lines += ["  " + paragraph[i : i + 39] for i in range(38, len(paragraph), 39)]
    outline = [
        h.marker + h.title for s in parse_text("\n".join(lines)).speeches for h in s.headings
    ]
    assert outline == HEADINGS, outline
