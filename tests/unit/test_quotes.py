"""Quote text and citations: the exact text of every format (as in docs/quotes.md)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.documents import build_document, split
from tui.engine.model import Document, Heading, Kind, Paragraph
from tui.engine.parse import load_document, parse_text
from tui.engine.quotes import (
    CitationFormat,
    Quote,
    QuoteKind,
    format_quote,
    heading_at,
    outline_text,
    quote_heading,
    quote_outline,
    quote_paragraph,
    quote_section,
    quote_sentences,
    quote_speech,
    reflow,
    reflow_text,
    section_end,
    speech_source,
)

PATH = "/srv/讲话/营商讲话.txt"
TITLE = "在全市优化营商环境大会上的讲话"

# (title, [(kind, text), ...]) per speech, as tests.documents.build_document takes them.
Speeches = list[tuple[str | None, list[tuple[str, str]]]]
SPEECHES: Speeches = [
    (
        TITLE,
        [
            ("salutation", "同志们："),
            ("body", "今天召开大会。下面，我讲两点意见。"),
            ("h1", "一、提高认识，增强责任感"),
            ("body", "营商环境是企业生存发展的土壤。优化营商环境就是解放生产力。"),
            ("h2", "（一）优化营商环境是高质量发展的需要。当前，区域竞争日趋激烈。"),
            ("noise", "扫码关注公众号"),
            ("body", "谁的营商环境好，谁就能赢得发展先机。企业最怕的是办事难。"),
            ("h1", "二、突出重点，打造一流营商环境"),
            ("body", "要全面推行一网通办。"),
        ],
    ),
    (
        None,
        [
            ("salutation", "同志们："),
            ("body", "今年以来，全市经济运行稳中向好。我们要再接再厉。"),
            ("h1", "一、拉高坐标"),
            ("body", "项目建设总体态势较好。"),
        ],
    ),
]


def quote_document(speeches: Speeches | None = None, path: str = PATH) -> Document:
    """A two-speech document: the first titled with two levels of headings, the second untitled."""
    return build_document(SPEECHES if speeches is None else speeches, path, blank_between=True)


DOC = quote_document()
UNTITLED = "营商讲话"
"""The second speech's source: it has no title, so the file's name without its ending
(``营商讲话.txt``: formats19; not the derived label
"营商讲话 第2篇：今年以来…", which was cited as if it were the speech's name)."""


def heading(paragraph: int) -> Heading:
    found = DOC.paragraphs[paragraph].heading
    assert found is not None
    return found


# name, quote builder, plain text, source line
CASES = [
    (
        "sentence",
        lambda: quote_sentences(DOC, PATH, (4, 1), (4, 1)),
        "优化营商环境就是解放生产力。",
        f"——《{TITLE}》，一、提高认识，增强责任感",
    ),
    (
        "sentence-before-any-heading",
        lambda: quote_sentences(DOC, PATH, (2, 0), (2, 0)),
        "今天召开大会。",
        f"——《{TITLE}》",
    ),
    (
        "heading-sentence-cites-parent-only",
        lambda: quote_sentences(DOC, PATH, (5, 0), (5, 0)),
        "（一）优化营商环境是高质量发展的需要。",
        f"——《{TITLE}》，一、提高认识，增强责任感",
    ),
    (
        "second-sentence-of-heading-paragraph-cites-it",
        lambda: quote_sentences(DOC, PATH, (5, 1), (5, 1)),
        "当前，区域竞争日趋激烈。",
        f"——《{TITLE}》，一、提高认识，增强责任感 › （一）优化营商环境是高质量发展的需要",
    ),
    (
        "selection-across-noise",
        lambda: quote_sentences(DOC, PATH, (7, 0), (5, 1)),
        "当前，区域竞争日趋激烈。\n谁的营商环境好，谁就能赢得发展先机。",
        f"——《{TITLE}》，一、提高认识，增强责任感 › （一）优化营商环境是高质量发展的需要",
    ),
    (
        "paragraph",
        lambda: quote_paragraph(DOC, PATH, 4),
        "营商环境是企业生存发展的土壤。优化营商环境就是解放生产力。",
        f"——《{TITLE}》，一、提高认识，增强责任感",
    ),
    (
        "heading",
        lambda: quote_heading(DOC, PATH, heading(5)),
        "（一）优化营商环境是高质量发展的需要",
        f"——《{TITLE}》，一、提高认识，增强责任感",
    ),
    (
        "section-with-subsection-without-noise",
        lambda: quote_section(DOC, PATH, heading(3)),
        "一、提高认识，增强责任感\n营商环境是企业生存发展的土壤。优化营商环境就是解放生产力。\n"
        "（一）优化营商环境是高质量发展的需要。当前，区域竞争日趋激烈。\n"
        "谁的营商环境好，谁就能赢得发展先机。企业最怕的是办事难。",
        f"——《{TITLE}》",
    ),
    (
        "outline",
        lambda: quote_outline(DOC, PATH, DOC.speeches[0]),
        "一、提高认识，增强责任感\n  （一）优化营商环境是高质量发展的需要\n二、突出重点，打造一流营商环境",
        f"——《{TITLE}》",
    ),
    (
        "untitled-sentence",
        lambda: quote_sentences(DOC, PATH, (13, 0), (13, 0)),
        "项目建设总体态势较好。",
        f"——{UNTITLED}，一、拉高坐标",
    ),
    (
        "untitled-outline",
        lambda: quote_outline(DOC, PATH, DOC.speeches[1]),
        "一、拉高坐标",
        f"——{UNTITLED}",
    ),
]


@pytest.mark.parametrize(("name", "build", "text", "citation"), CASES, ids=[c[0] for c in CASES])
def test_quote_text_and_citation(name: str, build, text: str, citation: str) -> None:  # type: ignore[no-untyped-def]
    quote = build()
    assert quote.text == text
    assert quote.citation == citation
    assert quote.file == PATH
    assert format_quote(quote, CitationFormat.PLAIN) == text
    assert format_quote(quote, CitationFormat.CITED) == f"{text}\n{citation}"


def test_markdown_sentence_and_multi_paragraph() -> None:
    one = quote_sentences(DOC, PATH, (4, 1), (4, 1))
    assert format_quote(one, CitationFormat.MARKDOWN) == (
        f"> 优化营商环境就是解放生产力。\n\n——《{TITLE}》，一、提高认识，增强责任感"
    )
    two = quote_sentences(DOC, PATH, (5, 1), (7, 0))
    assert format_quote(two, CitationFormat.MARKDOWN) == (
        "> 当前，区域竞争日趋激烈。\n>\n> 谁的营商环境好，谁就能赢得发展先机。\n\n"
        f"——《{TITLE}》，一、提高认识，增强责任感 › （一）优化营商环境是高质量发展的需要"
    )


def test_markdown_outline_is_a_nested_list() -> None:
    quote = quote_outline(DOC, PATH, DOC.speeches[0])
    assert quote is not None
    assert format_quote(quote, CitationFormat.MARKDOWN) == (
        "- 一、提高认识，增强责任感\n  - （一）优化营商环境是高质量发展的需要\n"
        f"- 二、突出重点，打造一流营商环境\n\n——《{TITLE}》"
    )


def test_markdown_escapes_lines_that_would_become_blocks() -> None:
    quote = Quote("1. 坚持创新\n# 标题\n- 要点\n普通的一句", "《题》", "", "题", "", 1)
    assert format_quote(quote, CitationFormat.MARKDOWN) == (
        "> \\1. 坚持创新\n>\n> \\# 标题\n>\n> \\- 要点\n>\n> 普通的一句\n\n——《题》"
    )


def test_default_format_is_cited_and_unknown_names_fall_back() -> None:
    quote = quote_paragraph(DOC, PATH, 9)
    assert (
        format_quote(quote)
        == f"要全面推行一网通办。\n——《{TITLE}》，二、突出重点，打造一流营商环境"
    )
    assert CitationFormat.parse("markdown") is CitationFormat.MARKDOWN
    assert CitationFormat.parse("bogus") is CitationFormat.CITED
    assert CitationFormat.parse(None) is CitationFormat.CITED


REFLOW = [
    ("pdf-break-between-cjk", "优化营商\n环境就是解放\r\n生产力。", "优化营商环境就是解放生产力。"),
    ("indent", "\u3000\u3000同志们：", "同志们："),
    ("cjk-spaces", "谁 的营商环境 好，谁就能赢得先机。", "谁的营商环境好，谁就能赢得先机。"),
    ("latin-words-kept", "推进 AI  与\n大数据 应用", "推进 AI 与大数据应用"),
    ("quotes-and-dashes", "“放管服”\n改革——要抓\n实。", "“放管服”改革——要抓实。"),
]


@pytest.mark.parametrize(("name", "raw", "clean"), REFLOW, ids=[r[0] for r in REFLOW])
def test_reflow(name: str, raw: str, clean: str) -> None:
    assert reflow(raw) == clean


def test_copied_text_is_reflowed_even_if_the_paragraph_is_not() -> None:
    document = quote_document(
        [("在《条例》学习会上的讲话", [("body", "  要把学习\n贯彻 条例。作为重要任务。")])]
    )
    quote = quote_sentences(document, PATH, (1, 0), (1, 0))
    assert format_quote(quote) == "要把学习贯彻条例。\n——《在〈条例〉学习会上的讲话》"


def test_long_heading_is_whole_in_the_citation_and_in_the_outline() -> None:
    """(It was cut at 40 characters with "…" in the citation: a misquote in a draft.)"""
    long_title = "坚持" + "深化改革" * 12
    document = quote_document([(TITLE, [("h1", f"一、{long_title}。"), ("body", "要抓落实。")])])
    quote = quote_sentences(document, PATH, (2, 0), (2, 0))
    assert quote.section == f"一、{long_title}"
    assert outline_text(document.speeches[0]) == f"一、{long_title}"


def test_speech_without_headings_has_no_outline() -> None:
    document = quote_document([(TITLE, [("body", "要抓落实。")])])
    assert quote_outline(document, PATH, document.speeches[0]) is None


def test_front_matter_is_cited_by_file_name() -> None:
    document = quote_document()
    front = Paragraph(
        "汇编说明：本书收录讲话两篇。",
        1,
        1,
        Kind.FRONT,
        None,
        None,
        split("汇编说明：本书收录讲话两篇。"),
    )
    document = Document(PATH, "utf-8", 20, (front, *document.paragraphs), ())
    quote = quote_sentences(document, PATH, (0, 0), (0, 0))
    assert quote.citation == "——营商讲话"


def test_untitled_speech_is_cited_by_what_the_file_says() -> None:
    """An untitled speech's citation put the label the reader derives for lists (the file
    name, 第2篇 and the speech's first words) where a title goes: the source named a text
    nobody wrote. Now it names the file, and the date when the speech has a date line; the
    derived label stays the speech's name in lists (``Quote.speech``)."""
    quote = quote_sentences(DOC, PATH, (13, 0), (13, 0))
    assert quote.citation == "——营商讲话，一、拉高坐标"
    assert "第2篇" not in quote.citation and "今年以来" not in quote.citation
    assert quote.speech.startswith("营商讲话 第2篇：今年以来")
    dated = replace(DOC.speeches[1], date="2024年5月1日")
    document = replace(DOC, speeches=(DOC.speeches[0], dated))
    quote = quote_sentences(document, PATH, (13, 0), (13, 0))
    assert quote.citation == "——营商讲话（2024年5月1日），一、拉高坐标"
    # Parsed from memory (no file): no name to give, and no invented one either.
    quote = quote_sentences(DOC, "", (13, 0), (13, 0))
    assert quote.citation == "——未命名，一、拉高坐标"


def test_section_helpers_and_quote_fields() -> None:
    assert section_end(DOC, heading(3)) == 8
    assert section_end(DOC, heading(5)) == 8
    assert section_end(DOC, heading(8)) == 10
    assert heading_at(DOC, 7) == heading(5)
    assert heading_at(DOC, 2) is None
    quote = quote_sentences(DOC, PATH, (7, 1), (7, 1))
    assert (quote.line, quote.paragraph, quote.sentence) == (8, 7, 1)
    assert quote.kind is QuoteKind.SENTENCE and quote.speech == TITLE
    assert quote_sentences(DOC, PATH, (7, 0), (7, 1)).kind is QuoteKind.SELECTION


def test_whole_speech_leaves_noise_out() -> None:
    quote = quote_speech(DOC, PATH, DOC.speeches[1])
    assert format_quote(quote) == (
        "同志们：\n今年以来，全市经济运行稳中向好。我们要再接再厉。\n一、拉高坐标\n"
        f"项目建设总体态势较好。\n——{UNTITLED}"
    )
    assert "扫码" not in quote_speech(DOC, PATH, DOC.speeches[0]).text


def test_citation_names_a_hostile_file_as_it_looks() -> None:
    """An untitled speech is cited by its file name: escape sequences and bytes that are
    not UTF-8 in the name become placeholders (tui.base.safetext), the path stays exact."""
    import os

    path = os.fsdecode(b"/speeches/\x1b]52;c;aGk=\x07\xb2.txt")
    document = quote_document(path=path)
    quote = quote_sentences(document, path, (13, 0), (13, 0))
    assert quote.citation.startswith("——␛]52;c;aGk=␇‹\\xb2›，")
    assert "\x1b" not in quote.citation + quote.source + quote.speech
    quote.citation.encode("utf-8")  # no lone surrogate: a clipboard or the notebook takes it
    assert quote.file == path


REGRESSION_TEXTS = Path(__file__).resolve().parents[1] / "regression" / "texts"

# Real title blocks (tests/regression/texts): the speaker a quote's citation names first.
SPEAKER_CASES = [
    # 江　泽　民 under the title and its date: a name spaced out letter by letter.
    (
        "a19_jiangzemin_qiyi_1991_jianghua_gbk.txt",
        "江泽民",
        "——江泽民《在庆祝中国共产党成立七十周年大会上的讲话",
    ),
    # ——1982年11月30日在…会议上 / 总理赵紫阳: the subtitle names no one, the next line does.
    ("b12_zfgzbg_1982_liuwu_gbk.txt", "总理赵紫阳", "——总理赵紫阳《关于第六个五年计划的报告》"),
    # 国务院总理 朱镕基: an office, a space and the name; the citation sets no space between
    # them, as Chinese writes it (the speaker line's space was copied into it).
    ("b09_zfgzbg_2003_gbk.txt", "国务院总理 朱镕基", "——国务院总理朱镕基《2003年政府工作报告"),
    # ——一九二六年在厦门大学: a time and a place under the title, no speaker.
    ("a04_luxun_jiangyan_ji_beijing_xiamen.txt", None, "——《少读中国书做好事之徒》"),
]


@pytest.mark.parametrize(
    ("name", "speaker", "citation"), SPEAKER_CASES, ids=[case[0][:3] for case in SPEAKER_CASES]
)
def test_the_speaker_of_a_real_title_block_leads_the_citation(
    name: str, speaker: str | None, citation: str
) -> None:
    path = REGRESSION_TEXTS / name
    document = load_document(path)
    wanted = citation.split("《")[1].rstrip("》")
    speech = next(s for s in document.speeches if s.title and s.title.startswith(wanted))
    assert speech.speaker == speaker
    body = next(
        i for i in range(speech.first, speech.end) if document.paragraphs[i].kind is Kind.BODY
    )
    quote = quote_sentences(document, str(path), (body, 0), (body, 0))
    assert quote.citation.startswith(citation)


def test_a_subtitle_naming_the_speaker() -> None:
    text = (
        "在全市优化营商环境大会上的讲话\n"
        "——张三在全市优化营商环境大会上的讲话\n"
        "（2024年5月1日）\n"
        "同志们：\n"
        "今天召开大会，主要任务是部署优化营商环境工作。下面，我讲三点意见。\n"
        "一、提高认识，增强优化营商环境的责任感\n"
        "营商环境是企业生存发展的土壤。优化营商环境就是解放生产力。\n"
    )
    document = parse_text(text, PATH)
    [speech] = document.speeches
    assert (speech.speaker, speech.date) == ("张三", "2024年5月1日")
    last = len(document.paragraphs) - 1
    quote = quote_sentences(document, PATH, (last, 0), (last, 0))
    # The title line takes its subtitle in, so the title names the speaker: not twice.
    assert speech.title == f"{TITLE}——张三在全市优化营商环境大会上的讲话"
    assert quote.citation == (
        f"——《{speech.title}》（2024年5月1日），一、提高认识，增强优化营商环境的责任感"
    )
    # Under a title of its own, the name comes first.
    titled = replace(document, speeches=(replace(speech, title=TITLE),))
    quote = quote_sentences(titled, PATH, (last, 0), (last, 0))
    assert (
        quote.citation
        == f"——张三《{TITLE}》（2024年5月1日），一、提高认识，增强优化营商环境的责任感"
    )
    # ——在…上的讲话 and ——2024年5月1日在…: no name before 在.
    for subtitle in ("——在", "——2024年5月1日在"):
        unnamed = parse_text(text.replace("——张三在", subtitle), PATH)
        assert unnamed.speeches[0].speaker is None


@pytest.mark.parametrize(
    ("speaker", "cited"),
    [
        ("省长 王新伟", "省长王新伟"),
        ("省长\u3000王新伟", "省长王新伟"),
        ("苹果公司首席执行官 Tim Cook", "苹果公司首席执行官 Tim Cook"),
        ("王新伟", "王新伟"),
    ],
)
def test_a_citation_sets_no_space_between_an_office_and_a_name(speaker: str, cited: str) -> None:
    """The speaker line's space (省长 王新伟) was copied into the citation: ——省长 王新伟《…》.
    Chinese sets none between a title and a name; a foreign name keeps its own."""
    titled = replace(DOC.speeches[0], speaker=speaker)
    document = replace(DOC, speeches=(titled, DOC.speeches[1]))
    assert speech_source(document, titled, "营商讲话.txt") == f"{cited}《{TITLE}》"
    untitled = replace(DOC.speeches[1], speaker=speaker)
    document = replace(DOC, speeches=(DOC.speeches[0], untitled))
    assert speech_source(document, untitled, "营商讲话.txt") == f"{cited}，营商讲话"


def test_an_untitled_speech_with_a_speaker_names_both() -> None:
    spoken = replace(DOC.speeches[1], speaker="张三")
    document = replace(DOC, speeches=(DOC.speeches[0], spoken))
    quote = quote_sentences(document, PATH, (13, 0), (13, 0))
    assert quote.citation == "——张三，营商讲话，一、拉高坐标"


@pytest.mark.parametrize(
    ("mark", "cited"),
    [
        (" ", "一 緒論"),  # a numeral and an ASCII space (collected-works editions)
        ("\u3000", "一 緒論"),  # a full-width space: the engine's marker is "一 " too
        ("、", "一、緒論"),  # a mark of its own: nothing added
    ],
)
def test_a_heading_numbered_by_a_space_keeps_it_when_quoted(mark: str, cited: str) -> None:
    """ "一 緒論" was cited as "一緒論" (newuser16): the space, the marker's only mark, was
    dropped from the heading's text and from the citation of every quote under it."""
    text = (
        f"革命當從革心起\n\n一{mark}緒論\n今天講話。這是第一段。\n"
        f"二{mark}革心\n這是第二段。\n三{mark}結論\n好的。\n"
    )
    document = parse_text(text)
    first = document.speeches[0].headings[0]
    assert quote_heading(document, PATH, first).text == cited
    assert quote_paragraph(document, PATH, first.paragraph + 1).citation.endswith(f"，{cited}")


LAW = (
    "中华人民共和国监察法\n\n第一章\u3000总\u3000则\n"
    "第一条\u3000为了深化国家监察体制改革，根据宪法，制定本法。\n"
    "第二条\u3000坚持中国共产党对国家监察工作的领导。构建集中统一的国家监察体制。\n"
)


def test_a_full_width_space_set_inside_a_line_is_kept_in_the_quote() -> None:
    """第二条　坚持… was copied as 第二条坚持… (newuser24, a law saved from the web): every
    space between two Chinese characters went, the one a law sets after an article's
    number too. A run of full-width spaces inside a line is kept; line breaks, indents and
    ASCII gaps between Chinese characters still go, and the citation's 总　则 is 总则."""
    document = parse_text(LAW)
    at = next(n for n, p in enumerate(document.paragraphs) if p.text.startswith("第二条"))
    sentence = quote_sentences(document, PATH, (at, 0), (at, 0))
    assert sentence.text == "第二条\u3000坚持中国共产党对国家监察工作的领导。"
    assert quote_paragraph(document, PATH, at).text.startswith("第二条\u3000坚持")
    assert "，第一章 总则" in sentence.citation
    speech = quote_speech(document, PATH, document.speeches[0]).text
    assert "第一条\u3000为了深化" in speech and "第二条\u3000坚持" in speech
    assert (
        reflow_text("\u3000\u3000优化营商\n环境，谁 的营商环境 好")
        == "优化营商环境，谁的营商环境好"
    )
    assert reflow_text("第二条\u3000\n坚持") == "第二条坚持"  # a line break in the run


@pytest.mark.parametrize(
    ("title", "cited"),
    [
        # newuser25: 蔡元培's five speeches, each titled in round brackets
        ("（怎样才配做一个现代学生）", "——《怎样才配做一个现代学生》"),
        ("(Liberalism)", "——《Liberalism》"),
        # brackets that close before the end are the title's own
        ("（一）总则（草案）的说明", "——《（一）总则（草案）的说明》"),
        ("关于《条例（草案）》的说明", "——《关于〈条例（草案）〉的说明》"),
    ],
)
def test_a_title_in_round_brackets_is_cited_without_them(title: str, cited: str) -> None:
    """A citation read 《（怎样才配做一个现代学生）》: round brackets around a whole title
    are how the file sets it off, not part of the title (``unwrapped_title``)."""
    document = quote_document([(title, [("body", "先有健全的身体，然后有健全的思想。")])])
    quote = quote_sentences(document, PATH, (1, 0), (1, 0))
    assert format_quote(quote).split("\n")[-1] == cited
