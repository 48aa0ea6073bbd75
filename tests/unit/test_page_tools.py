"""A saved page's tool bar (下载 打印 全屏 收藏 【字号：加大 还原 减小】, 【字体：大 中 小】 分享：) is
page chrome, not the speech (formats19): noise, hidden, never quoted, in a text file and in the
same text saved as a web page; a line with any other word stays text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.regression.formats_as import write_as
from tui.engine.model import Document, Kind
from tui.engine.parse import load_document, parse_text
from tui.engine.quotes import quote_sentences

ROOT = Path(__file__).resolve().parents[2]
BEIJING = ROOT / "tests/holdout24/texts/p05_beijing_zfgzbg_2026.txt"
SICHUAN = ROOT / "tests/holdout9/texts/z06_sichuan_zfgzbg_2026_webpage.txt"
TOOL_WORDS = ("下载", "打印", "全屏", "收藏", "字号", "字体", "加大", "还原", "减小", "分享")


def read_as(kind: str, source: Path, folder: Path) -> tuple[Document, str]:
    """``source`` as it stands (``txt``) or saved as a ``kind`` file, read as the reader reads it."""
    if kind == "txt":
        return load_document(str(source)), str(source)
    lines = source.read_text(encoding="utf-8").split("\n")
    path = write_as(kind, lines, folder, source.stem)
    return load_document(str(path)), str(path)


def shown(document: Document) -> list[str]:
    return [p.text for p in document.paragraphs if p.kind is not Kind.NOISE and p.text]


@pytest.mark.parametrize("kind", ["txt", "html", "mhtml"])
def test_a_government_page_s_tool_bar_is_not_the_speech(kind: str, tmp_path: Path) -> None:
    """holdout24 p05: 下载 | 打印 | 全屏 | 收藏 | 【字号： | 加大 | 还原 | 减小 | 】 above the title
    were shown, and y on the first line shown quoted 下载 (on 减小】, 减小】)."""
    document, path = read_as(kind, BEIJING, tmp_path)
    texts = shown(document)
    assert texts[0] == "2026年北京市政府工作报告"
    first = next(i for i, p in enumerate(document.paragraphs) if p.kind is not Kind.NOISE)
    quote = quote_sentences(document, path, (first, 0), (first, 0))
    assert quote.text == "2026年北京市政府工作报告"
    assert not any(word in text for text in texts[:12] for word in TOOL_WORDS)


@pytest.mark.parametrize("kind", ["txt", "html", "mhtml"])
def test_a_font_size_switch_split_over_lines_is_not_the_speech(kind: str, tmp_path: Path) -> None:
    """holdout9 z06: 【字体： | 大 | 中 | 小 | 】 | 分享： under the date were shown as a paragraph
    大 中 小】分享： of the speech."""
    document, _ = read_as(kind, SICHUAN, tmp_path)
    texts = shown(document)
    assert texts[:2] == ["2026年四川省人民政府工作报告", "2026年02月10日 07时41分"]
    assert texts[2].startswith("2026年2月3日在四川省第十四届人民代表大会第五次会议上")


SPEECH = "在全市工作会议上的讲话\n同志们：\n{lines}\n一、提高认识\n今天我们开会。要抓好落实。\n"


@pytest.mark.parametrize(
    "lines",
    [
        "【字号：大 中 小】",
        "【字号：加大 还原 减小】",
        "下载 打印 全屏 收藏",
        "【打印】【关闭】",
        "字体：大 | 中 | 小",
        "分享：\n收藏",
        "【字体：\n大\n中\n小\n】",
    ],
    ids=["sizes", "zoom", "tools", "bracketed", "bars", "two-lines", "split"],
)
def test_a_tool_bar_is_noise(lines: str) -> None:
    document = parse_text(SPEECH.format(lines=lines), "/srv/讲话.txt")
    for line in lines.split("\n"):
        kinds = {p.kind for p in document.paragraphs if p.text == line}
        assert kinds == {Kind.NOISE}, line


@pytest.mark.parametrize(
    "lines",
    [
        "我们要加大力度，还原历史，减小差距。",
        "收藏",
        "大\n中\n小",
        "下载打印全屏等功能要好用。",
        "打印机\n收藏家",
    ],
    ids=["sentence", "one-word", "sizes-without-a-label", "words-in-a-sentence", "longer-words"],
)
def test_words_of_a_tool_bar_in_the_speech_stay_text(lines: str) -> None:
    document = parse_text(SPEECH.format(lines=lines), "/srv/讲话.txt")
    texts = shown(document)
    assert "".join(lines.split("\n")) in "".join(texts)


FRONT_MATTER = ROOT / "tests/holdout13/texts/d01_zuigao_fayuan_gzbg_2026.md"


@pytest.mark.parametrize("kind", ["docx", "html", "mhtml", "epub", "odt", "rtf"])
def test_front_matter_saved_in_another_format_reads_as_in_the_md(kind: str, tmp_path: Path) -> None:
    """A .md's YAML front matter (--- | title: … | keywords: […] | ---) is the engine's to
    read (``frontmatter.mark_front_matter``: dimmed key lines in no speech, the --- lines noise);
    a Word file or page holding the same lines reaches it as typed (``typed_markdown``), so
    its title:, date:, keywords: lines read exactly as the .md's (formats19: the lines a user
    saw in the .docx are the .md's too)."""

    def head(document: Document) -> list[tuple[Kind, str]]:
        first = next(i for i, p in enumerate(document.paragraphs) if p.kind is Kind.TITLE)
        return [(p.kind, "".join(p.text.split())) for p in document.paragraphs[:first] if p.text]

    markdown = head(load_document(str(FRONT_MATTER)))
    assert [kind for kind, _ in markdown][:3] == [Kind.NOISE, Kind.BACK_MATTER, Kind.BACK_MATTER]
    assert markdown[-1] == (Kind.NOISE, "---") and len(markdown) == 11
    document, _ = read_as(kind, FRONT_MATTER, tmp_path)
    assert head(document) == markdown


@pytest.mark.parametrize(
    "bar",
    [
        # buttons, not links: the chrome finder has no link or name to go by
        '<div class="info"><span>下载</span> <span>打印</span> <span>全屏</span> <span>收藏</span>'
        " <span>【字号：<b>加大</b> <b>还原</b> <b>减小</b>】</span></div>",
        '<div class="fz">【字体：<span onclick="z(16)">大</span> <span onclick="z(14)">中</span>'
        ' <span onclick="z(12)">小</span>】</div><div class="fx">分享：</div>',
        # half links: the chrome finder drops this one already (kept as it was)
        '<div class="info">【字号：<a href="javascript:z(16)">大</a> <a href="javascript:z(14)">中</a>'
        ' <a href="javascript:z(12)">小</a>】 <a href="javascript:print()">打印</a></div>',
    ],
    ids=["buttons", "font-switch-and-share", "links"],
)
def test_a_tool_bar_of_a_page_s_own_markup_is_not_shown(bar: str, tmp_path: Path) -> None:
    from tests.unit import format_fixtures as ff

    article = (
        f"{bar}<h1>在全市工作会议上的讲话</h1><p>同志们：</p><p>今天我们开会。</p>"
        "<p>一、提高认识</p><p>我们要加大力度，抓好落实。</p>"
    )
    path = tmp_path / "page.html"
    path.write_text(ff.saved_page(article, "在全市工作会议上的讲话"), encoding="utf-8")
    document = load_document(str(path))
    texts = shown(document)
    assert texts[0] == "在全市工作会议上的讲话"
    assert "我们要加大力度，抓好落实。" in texts
    assert not any(word in text for text in texts[:3] for word in TOOL_WORDS)
