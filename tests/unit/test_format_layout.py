"""The text's own layout through the formats (tests/regression/FORMATS.md): a speech kept in
a Word, OpenDocument, RTF, web page or e-book file one paragraph per line reads as the same
text file does — its typed indentation, its blank lines, its lines broken in two."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.regression.formats_as import FORMATS, write_as
from tests.unit.test_formats import home as home  # the same autouse SPEECH_READER_HOME
from tui import formats
from tui.engine import load_document

# A text broken into lines of some 30 characters, as old editions and scraped pages are:
# each paragraph's first line indented with 　　, the rest of it unindented.
WRAPPED = [
    "在全市工作会议上的讲话",
    "",
    "\u3000\u3000同志们：今天我们召开全市工作会议，主要任务是总结",
    "工作，部署任务。下面，我讲三点意见。",
    "",
    "\u3000\u3000一、提高思想认识，切实增强做好新形势下各项工作的",
    "责任感和紧迫感",
    "",
    "\u3000\u3000做好今年的工作意义重大，各级各部门要统一思想，提高",
    "认识，把思想和行动统一到市委的决策部署上来。",
    "",
    "\u3000\u3000二、突出工作重点，全力推动经济社会高质量发展",
    "",
    "\u3000\u3000要坚持问题导向，聚焦群众反映强烈的难点问题，逐项",
    "研究解决办法，明确责任单位和完成时限。",
]
HEADINGS = [
    "一、提高思想认识，切实增强做好新形势下各项工作的责任感和紧迫感",
    "二、突出工作重点，全力推动经济社会高质量发展",
]
PARAGRAPH_FORMATS = [kind for kind in FORMATS if kind != "pdf"]
BLANK_LINES = {"docx", "odt", "rtf"}
"""The formats whose empty paragraphs are the writer's (a web page and an e-book have none)."""


def headings(path: Path) -> list[str]:
    document = load_document(path)
    return [h.marker + h.title for speech in document.speeches for h in speech.headings]


@pytest.mark.parametrize("kind", PARAGRAPH_FORMATS)
def test_a_typed_layout_is_kept_as_it_stands(tmp_path: Path, kind: str) -> None:
    path = write_as(kind, WRAPPED, tmp_path, "讲话")
    want = WRAPPED if kind in BLANK_LINES else [line for line in WRAPPED if line]
    assert formats.extract(path).text.split("\n") == want


@pytest.mark.parametrize("kind", PARAGRAPH_FORMATS)
def test_a_heading_broken_in_two_is_one_heading_as_in_the_text_file(
    tmp_path: Path, kind: str
) -> None:
    text = tmp_path / "讲话.txt"
    text.write_text("\n".join(WRAPPED) + "\n", encoding="utf-8")
    assert headings(text) == HEADINGS
    assert headings(write_as(kind, WRAPPED, tmp_path, "讲话")) == HEADINGS


def test_paragraphs_without_typed_indentation_are_each_indented(tmp_path: Path) -> None:
    lines = [line.lstrip("\u3000") for line in WRAPPED]
    text = formats.extract(write_as("docx", lines, tmp_path, "讲话")).text
    assert text.split("\n") == [formats.PARAGRAPH_INDENT + line for line in lines if line]


def test_one_typed_indent_in_ten_lines_is_a_typed_layout() -> None:
    typed = ["\u3000\u3000第一段"] + [f"第{n}行" for n in range(9)]
    assert formats.paragraphs_text(typed).split("\n") == typed
    untyped = ["\u3000\u3000第一段"] + [f"第{n}行" for n in range(10)]
    assert formats.paragraphs_text(untyped).split("\n") == [
        formats.PARAGRAPH_INDENT + line.strip() for line in untyped
    ]


def test_blank_lines_are_kept_only_when_asked_and_never_at_the_ends() -> None:
    paragraphs = ["", "\u3000\u3000甲", "", "", "\u3000\u3000乙", ""]
    assert (
        formats.paragraphs_text(paragraphs, blank_lines=True)
        == "\u3000\u3000甲\n\n\n\u3000\u3000乙"
    )
    assert formats.paragraphs_text(paragraphs) == "\u3000\u3000甲\n\u3000\u3000乙"


# ------------------------------------------------------------------ PDF


def test_pdf_lines_keep_their_indentation_and_blank_lines(tmp_path: Path) -> None:
    from tests.unit import format_fixtures as ff

    lines = [
        "在全市工作会议上的讲话",
        "",
        "    同志们：今天我们召开全市工作会议，主要任务是",  # indented with spaces
        "总结工作，部署任务。",
        "",
        "\u3000\u3000一、提高思想认识",  # with full-width spaces
        "\u3000\u3000做好今年的工作意义重大，各级各部门要统一思",
        "想，提高认识，把思想和行动统一到市委的决策部署",
        "上来，切实增强责任感和紧迫感，推动各项任务落地",
        "见效。",
    ]
    path = ff.write_pdf(tmp_path / "讲话.pdf", lines, width=40, header="")
    text = formats.extract(path).text.split("\n")
    assert text[: len(lines)] == [
        "在全市工作会议上的讲话",
        "",
        "\u3000\u3000同志们：今天我们召开全市工作会议，主要任务是",
        "总结工作，部署任务。",
        "",
        "\u3000\u3000一、提高思想认识",
        *lines[6:],
    ]


class _Boxes:
    """Boxes for ``laid_out``: each line's characters one em (10) wide, lines 20 apart, a
    line's first character at ``lefts[n]``."""

    def __init__(self, text: str, lefts: list[float]) -> None:
        self.count = len(text)
        self._line_of: list[int] = []
        self._column: list[int] = []
        for number, line in enumerate(text.split("\n")):
            self._line_of.extend([number] * (len(line) + 1))
            self._column.extend(range(len(line) + 1))
        self._lefts = lefts

    def box(self, index: int) -> tuple[float, float, float, float]:
        line = self._line_of[index]
        left = self._lefts[line] + 10 * self._column[index]
        bottom = 800 - 20 * line - (40 if line >= 3 else 0)  # a gap before line 3
        return left, bottom, left + 10, bottom + 10


def test_laid_out_reads_indentation_and_gaps_from_the_boxes() -> None:
    from tui.formats.pdf import laid_out

    text = "标题居中\n第一行正文\n续行\n第二段\n续行"
    lefts = [200.0, 80.0, 72.0, 72.0, 72.0]  # centred, indented 0.8 em, flush, flush, flush
    assert laid_out(text, _Boxes(text, lefts)).split("\n") == [
        "标题居中",  # 12.8 em right: set apart, left as it is
        "\u3000\u3000第一行正文",
        "续行",
        "",  # three times the pitch below the line before: two empty rows
        "",
        "第二段",
        "续行",
    ]
    assert laid_out(text, _Boxes(text + "x", lefts)) == text  # boxes not one for one


def _blank_runs(text: str) -> list[int]:
    """The lengths of the runs of blank lines between the text's lines."""
    runs: list[int] = []
    count = 0
    for line in text.split("\n"):
        if line.strip():
            if count:
                runs.append(count)
            count = 0
        else:
            count += 1
    return runs


def test_wider_gaps_in_a_pdf_are_as_many_blank_lines(tmp_path: Path) -> None:
    """A gap of several empty rows was one blank line: two empty lines between paragraphs and
    four before a collection's next piece read alike (``FORMATS.md``: holdout30 p07)."""
    from tests.unit import format_fixtures as ff

    body = _sentences(6)
    lines = ["在全市工作会议上的讲话", "", *body[:3], "", "", "", "在全市安全生产会议上的讲话"]
    path = ff.write_pdf(tmp_path / "讲话.pdf", [*lines, *body[3:]], width=40, header="")
    assert _blank_runs(formats.extract(path).text)[:2] == [1, 3]


def _sentences(count: int) -> list[str]:
    """``count`` lines of text, each a sentence of its own words (no two alike when their
    digits are masked, as running headers are found)."""
    from tests.unit import format_fixtures as ff

    text = "".join(text for level, _, text in ff.SPEECH if level == 0 and len(text) > 40)
    sentences = [part + "。" for part in text.split("。") if len(part) > 8]
    return [sentences[n % len(sentences)][:18] + f"第{n}句。" for n in range(count)]


def test_empty_rows_at_a_page_seam_are_blank_lines(tmp_path: Path) -> None:
    """Four empty lines before a collection's second piece fell at a page's foot: the page's
    text ended four rows above the others' and the next piece started on the next page with
    nothing between them (holdout30 p07 through ``--as pdf``)."""
    from tests.unit import format_fixtures as ff

    body = _sentences(28)
    lines = body[:12] + [""] * 4  # page 1 full (8 rows), page 2 ends 4 rows short
    lines += ["在全市安全生产会议上的讲话", *body[12:27]]  # pages 3 and 4 full
    path = ff.write_pdf(tmp_path / "讲话.pdf", lines, width=40, lines_per_page=8, header="")
    text = formats.extract(path).text.split("\n")
    title = text.index("在全市安全生产会议上的讲话")
    assert text[title - 5 : title] == [body[11], "", "", "", ""]
    assert "" not in text[: title - 4]  # the full pages' seams: nothing added
    assert text[title + 1 :] == body[12:27]


def test_short_running_headers_and_page_numbers_are_dropped() -> None:
    from tui.formats.pdf import assemble_pages

    bodies = ["同志们：今天召开会议。", "下面讲三点意见。", "一、提高认识", "二、突出重点"]
    pages = [
        f"市委办公室内部资料\n{bodies[n - 1]}\n正文第{n}页的内容。\n谢谢。\n- {n} -"
        for n in (1, 2, 3, 4)
    ]
    text = assemble_pages(pages, "x.pdf").text.split("\n")
    # Page 1's first line may be the title (nothing says it is set smaller): kept. A short
    # line repeated at the edges that ends like a sentence is text.
    assert text == [
        "市委办公室内部资料",
        *(line for n in (1, 2, 3, 4) for line in (bodies[n - 1], f"正文第{n}页的内容。", "谢谢。")),
    ]
    assert assemble_pages(pages, "x.pdf", title_first=False).text.split("\n")[0] == bodies[0]


def test_a_header_on_page_one_set_smaller_than_the_title_is_dropped(tmp_path: Path) -> None:
    from tests.unit import format_fixtures as ff

    path = ff.write_pdf(tmp_path / "讲话.pdf")  # the header at 10 pt, the text at 14 pt
    text = formats.extract(path).text
    assert text.split("\n")[0] == ff.TITLE
    assert ff.RUNNING_HEADER not in text
    assert load_document(path).speeches[0].title == ff.TITLE


# ------------------------------------------------------------------ web pages

# A text whose line breaks were all lost, its paragraphs apart by runs of spaces.
ONE_LINE = (
    Path(__file__).parents[1]
    / "holdout4/texts/u13_zhongyang_bijiang_kangri_zhishi_1936_oneline_gbk.txt"
)


@pytest.mark.parametrize("kind", ["html", "mhtml", "epub"])
def test_a_run_of_typed_spaces_in_a_page_is_kept_as_in_the_text_file(
    tmp_path: Path, kind: str
) -> None:
    """A page shows a run of spaces as one, and that one space between two Chinese
    characters was then taken out: ``（一）`` stood after ``日）`` and was no heading
    (``FORMATS.md``: holdout4 u13)."""
    from tui.base.decode import decode

    line = decode(ONE_LINE.read_bytes(), str(ONE_LINE)).text.strip()
    text = tmp_path / "指示.txt"
    text.write_text(line + "\n", encoding="utf-8")
    want = headings(text)
    assert want[0].startswith("（一）目前中国的主要敌人")
    page = write_as(kind, [line], tmp_path, "指示")
    assert formats.extract(page).text == formats.PARAGRAPH_INDENT + line
    assert headings(page) == want


def test_a_pages_source_layout_is_still_collapsed() -> None:
    """Line breaks and indentation of the page's source are not typed spaces: a run holding
    a line break is one space, none between Chinese characters, and so is a run of fewer
    than four spaces; a typed run at either end of a paragraph goes, one inside it stays."""
    from tui.formats.html import html_paragraphs

    page = (
        "<body><p>\n        第一段的文字，\n        接着写。</p>"
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;第二段    四个空格&nbsp;&nbsp; &nbsp;<b>三个</b>    \x1f</p>"
        "<p>文字\n    换行   和 English  words。</p></body>"
    )
    paragraphs = [paragraph for paragraph in html_paragraphs(page) if paragraph]
    assert paragraphs == [
        "第一段的文字，接着写。",
        "第二段    四个空格    三个",
        "文字换行和 English words。",
    ]


# ------------------------------------------------------------------ Markdown typed into Word

# A Markdown text's lines, each a paragraph of the file (pasted, or converted as plain text).
MARKDOWN = [
    "# 在全市工作会议上的讲话",
    "",
    "同志们：今天我们召开全市工作会议，主要任务是总结工作，部署任务。",
    "",
    "**凝神聚力求共识，努力做到“三个搞清楚”**",
    "",
    "一是思想再发动。先后采取扩大会、例会等形式，学习宣贯行动方案和部署要求。",
    "",
    "二是任务再聚焦。深刻理解、准确把握学校的目标任务，明确转型的方向和重点。",
    "",
    "**紧盯问题求突破，努力推动“三个新转变”**",
    "",
    "一是推动人才培养模式新转变。坚持立德树人，完善培养方案，提高培养质量。",
    "",
    "二是推动科研组织模式新转变。围绕重大需求，组织团队攻关，产出标志成果。",
]


@pytest.mark.parametrize("kind", PARAGRAPH_FORMATS)
def test_markdown_typed_into_a_word_file_is_outlined_as_the_markdown(
    tmp_path: Path, kind: str
) -> None:
    """Each paragraph was indented with ``　　``, and a ``**`` after it is no mark: the
    bold part names were lost and the 一是 items under them became the top level
    (``FORMATS.md``: regression a21, holdout16 g10). The same in a web page or e-book
    whose paragraphs hold Markdown text (a blank line put between two, as in the file)."""
    markdown = tmp_path / "讲话.md"
    markdown.write_text("\n".join(MARKDOWN) + "\n", encoding="utf-8")
    want = headings(markdown)
    assert want[:2] == ["凝神聚力求共识，努力做到“三个搞清楚”", "一是思想再发动"]
    path = write_as(kind, MARKDOWN, tmp_path, "讲话")
    assert formats.extract(path).text.split("\n") == MARKDOWN
    assert headings(path) == want


def test_when_paragraphs_are_markdown() -> None:
    """Front matter first, or two paragraphs or more that are Markdown headings or bold from
    their start; not a lone one, nor a ``#`` without a space, nor bold left open."""
    assert formats.typed_markdown(["---", "title: 讲话", "date: 2019-07-05", "---", "正文。"])
    assert formats.typed_markdown(["# 标题", "正文。", "## 一、第一部分", "正文。"])
    assert formats.typed_markdown(["**一、认识**", "正文。", "**二是**，要落实。"])
    assert not formats.typed_markdown(["**一、认识**", "正文。", "二、落实", "正文。"])
    assert not formats.typed_markdown(["#1号楼", "#2号楼", "正文。"])
    assert not formats.typed_markdown(["**注意", "**另见", "正文。"])
    assert not formats.typed_markdown(["---", "正文第一段。", "正文第二段。", "---"])
    assert not formats.typed_markdown([])


def test_a_word_file_with_heading_styles_is_not_markdown(tmp_path: Path) -> None:
    """The ``#`` hints the Word and ODT readers write for heading styles are not typed
    Markdown: such a file's body paragraphs are still each indented."""
    from tests.unit import format_fixtures as ff

    path = ff.write_docx_styled(tmp_path / "样式.docx", typed_numbers=False)
    lines = formats.extract(path).text.split("\n")
    assert sum(line.startswith(formats.PARAGRAPH_INDENT + "#") for line in lines) >= 2
    assert all(line.startswith(formats.PARAGRAPH_INDENT) for line in lines)
