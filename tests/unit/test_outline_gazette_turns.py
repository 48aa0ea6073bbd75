"""Reports to the 立法院 as the 公報 prints them (holdout25, issue #14): a bill's chapters that
list their sections as titles without bodies, reports that start inside one turn, short
headings that only name articles.

Every row is a small text written for these tests (not copied from a corpus), with traps
beside it that must stay as they are.
"""

from __future__ import annotations

import pytest

from tests.documents import one_speech_outline
from tui.engine import parse_text

FILLER = "各級機關應切實執行各項計畫，確保施政成果落實到每一位國人身上，並定期檢討改進。"


def _lines(*lines: str) -> str:
    return "".join(f"{line}\n" for line in lines)


# --- a bill's own section titles are no table of contents ------------------------------------

BILL = [
    "一、第一章「總則」",
    "(一)立法目的（草案第一條）",
    "(二)名詞定義（草案第二條）",
    "(三)法庭之組成（草案第三條）",
    "二、第二章「適用案件及管轄」",
    "(一)適用之案件類型（草案第五條）",
    "(二)例外排除之要件（草案第六條）",
    "三、第三章「審理程序」",
]


def test_a_bills_chapters_listing_their_sections_are_headings() -> None:
    """一、第一章「總則」 | (一)立法目的 | (二)… | 二、第二章… | (一)… | 三、第三章 | (一) with a body:
    the run has the shape of a contents list (short lines, two families, (一) restarting after
    it), but none of its lines comes again later — they are the report's own headings."""
    text = _lines(
        "主席、各位委員：",
        "今天應邀說明本院草案的內容，敬請指教。",
        "壹、草案要點",
        *BILL,
        "(一)採行卷證不併送制度（草案第四十三條）",
        FILLER,
        "(二)證據調查程序與辯論（草案第七十三條）",
        FILLER,
        "貳、結語",
        FILLER,
    )
    pairs = one_speech_outline(text)
    assert [title for _, title in pairs] == [
        "壹、草案要點",
        *BILL,
        "(一)採行卷證不併送制度（草案第四十三條）",
        "(二)證據調查程序與辯論（草案第七十三條）",
        "貳、結語",
    ]
    assert [level for level, _ in pairs] == [1, 2, 3, 3, 3, 2, 3, 3, 2, 3, 3, 1]


def _contents_then_sections(contents: list[str]) -> str:
    """A lecture's contents list under its title (``contents``), then the sections with text:
    第一期 | 甲　思想的來源 | 乙　進行的前奏 | 第二期 | 甲　理論的集成, each with a paragraph."""
    return _lines(
        "改進運動略史",
        "\u3000\u3000──二十九年在某某院講──",
        *("\u3000\u3000\u3000" + line for line in contents),
        "",
        "\u3000\u3000我改進佛教的經過，可以分作兩個時期來講：",
        "第一期",
        "甲\u3000思想的來源",
        "\u3000\u3000" + FILLER,
        "乙\u3000進行的前奏",
        "\u3000\u3000" + FILLER,
        "第二期",
        "甲\u3000理論的集成",
        "\u3000\u3000" + FILLER,
    )


SECTIONS = ["第一期", "甲 思想的來源", "乙 進行的前奏", "第二期", "甲 理論的集成"]


def test_a_contents_list_whose_lines_come_again_is_dropped() -> None:
    """The trap: a contents list whose lines come again as headings stays out of the outline,
    also when a line differs by a character from its heading (創 / 刱: half is enough)."""
    for contents in (
        ["第一期", "甲\u3000思想的來源", "乙\u3000進行的前奏", "第二期", "甲\u3000理論的集成"],
        ["第一期", "甲\u3000思想的源起", "乙\u3000進行的前奏", "第二期", "甲\u3000理論之集成"],
    ):
        pairs = one_speech_outline(_contents_then_sections(contents))
        assert [title for _, title in pairs] == SECTIONS, contents


def test_a_contents_list_whose_lines_mostly_do_not_come_again_is_kept() -> None:
    """Fewer than half the lines come again: the short lines are headings of their own (here
    a first part that lists its points as titles), not a preview."""
    contents = ["第一期", "甲\u3000緣起", "乙\u3000經過", "第二期", "甲\u3000展望"]
    pairs = one_speech_outline(_contents_then_sections(contents))
    assert [title for _, title in pairs][:5] == [
        "第一期",
        "甲 緣起",
        "乙 經過",
        "第二期",
        "甲 展望",
    ]


# --- a further report or a further speaker's turn inside one turn -----------------------------

OPENING = "賴院長清德：（9時22分）主席、各位委員。今天承蒙貴院安排報告本年度總預算案的編製情形，深感榮幸。"
FIRST = ["壹、經濟情勢及展望", "貳、總預算案編製原則", "參、結語"]
SECOND = ["壹、特別預算案編製概況", "貳、計畫重點", "參、結語"]


def _turn(
    opener: list[str],
    second: list[str] = SECOND,
    first: list[str] = FIRST,
    closing: str = "以上報告，敬請指教。",
) -> str:
    """A turn of the 公報: the tag and greeting, a report of ``first`` with text, ``closing``,
    ``opener`` (the lines that open what follows), then ``second`` with text."""
    lines = [OPENING]
    for heading in first:
        lines += [heading, FILLER]
    lines.append(closing)
    lines += opener
    for heading in second:
        lines += [heading, FILLER]
    return _lines(*lines)


def _speeches(text: str) -> list[tuple[str | None, list[str]]]:
    from tui.engine import parse_text

    return [
        (speech.title, [h.marker + h.title for h in speech.headings])
        for speech in parse_text(text).speeches
    ]


def test_a_further_report_said_with_later_words_is_a_second_speech() -> None:
    """後續，我再報告…部分。 and 接下來報告…，方才…已經作了說明，現在謹就…提出報告。 say which
    report comes next, as 繼續報告… does; 壹、 restarting then opens it."""
    for opener, title in (
        (["後續，我再報告前瞻基礎建設計畫特別預算部分。", FILLER], "前瞻基礎建設計畫特別預算"),
        (
            [
                "接下來報告前瞻基礎建設計畫特別預算案編製概況及計畫重點，方才院長已經作了說明，"
                "現在謹就特別預算案的編製經過及內容概要進一步提出報告。"
            ],
            "前瞻基礎建設計畫特別預算案編製概況及計畫重點",
        ),
    ):
        assert _speeches(_turn(opener)) == [(None, FIRST), (title, SECOND)], opener


def test_a_further_speakers_tag_glued_to_the_greeting_starts_a_speech() -> None:
    """朱主計長澤民：（9時45分）主席、各位委員。… after a finished sentence: the gazette's tag of
    the next turn, glued to its greeting (with or without the time)."""
    for tag in ("朱主計長澤民：（9時45分）", "朱主計長澤民："):
        opener = [tag + "主席、各位委員。本年度總預算案的編製概況，院長已作說明，以下補充報告。"]
        assert _speeches(_turn(opener)) == [(None, FIRST), (None, SECOND)], tag


def test_a_written_report_labelled_under_a_spoken_one_is_a_second_speech() -> None:
    """一、…四、 spoken, then 飛安會書面報告： over 壹、前言 (the greeting a line later): the written
    report's own top numbering, a rank above the spoken 一、, starts again — a second speech,
    titled by its label without the colon that introduces it (飛安會書面報告)."""
    spoken = ["一、建置調查委員會：", "二、飛航事故調查案件：", "三、國際交流："]
    written = ["壹、前言", "貳、預算執行情形", "一、歲入部分", "二、歲出部分", "參、結語"]
    text = _turn(["飛安會書面報告："], second=written, first=spoken)
    assert _speeches(text) == [(None, spoken), ("飛安會書面報告", written)]
    from tui.engine import parse_text

    levels = [h.level for h in parse_text(text).speeches[1].headings]
    assert levels == [1, 1, 2, 2, 1]


def test_lines_that_only_look_like_a_further_report_or_turn_start_none() -> None:
    """The traps: the numbering goes on after the announcing line (貳、, not 壹、); 接下來 in prose;
    a turn tag without the greeting to the chair; a tag inside an unfinished sentence; a written
    report's label whose numbering goes on."""
    cases = [
        _turn(["後續，我再報告前瞻基礎建設計畫特別預算部分。"], second=["肆、計畫重點"]),
        _turn(["接下來，我們會持續推動各項建設，敬請支持。"]),
        _turn(["朱主計長澤民：本年度總預算案的編製概況，院長已作說明，以下補充。"]),
        _turn(
            ["朱主計長澤民：主席、各位委員。以下補充報告。"], closing="各機關依照下列規定辦理，由"
        ),
        _turn(["飛安會書面報告："], second=["肆、預算編列情形", "伍、結語"]),
    ]
    for text in cases:
        assert len(_speeches(text)) == 1, text


# --- a short heading that only names articles ---------------------------------------------------


def _opinions(heading: str, between: tuple[str, ...] = ()) -> str:
    """A written reply to amendments, of a text whose page breaks cut paragraphs (two lines stop
    inside a sentence) and whose (一) carries its text: ``heading`` on a line of its own, then
    (``between`` it) a paragraph opening with a sentence of its own."""
    return _lines(
        "主席、各位委員：",
        "今天報告如下。",
        "一、有關證據開示之意見",
        "(一)憲法第二十三條規定：「以上各條列舉之自由權利，不得以法律限制之。」" + FILLER,
        "成效評估委員會、評估期間及委員會組成（草案第一百零三條至第一百十條）",
        "施行細則、程序從舊及施行日（草案第一百十一條至第一百十三條）",
        heading,
        *between,
        "行政院建議採行一階段證據開示，並刪除有關證據清冊，本院尊重貴院審議之決定。" + FILLER,
        "(三)第六十一條",
        FILLER,
        "二、有關評議之意見",
        FILLER,
    )


def test_a_heading_naming_only_articles_is_whole() -> None:
    """(二)第五十四條至第五十六條、第五十九條及第六十條 | 行政院建議…: in a text whose page breaks cut
    paragraphs a heading line of a family that carries text goes on into the next line — but
    a title that only names articles is whole (also 第六十一條之一第二項, and the lone 第六十一條)."""
    for heading in (
        "(二)第五十四條至第五十六條、第五十九條及第六十條",
        "(二)第六十一條之一第二項",
    ):
        titles = [title for _, title in one_speech_outline(_opinions(heading))]
        assert titles[2:4] == [heading, "(三)第六十一條"], titles


def test_a_heading_naming_more_than_articles_or_cut_by_a_page_still_goes_on() -> None:
    """The traps: 第五十四條規定 is the start of a sentence; an article heading with a page's
    number under it (- 3 -) was cut by the page break: both go on into the next line."""
    for heading, between in (
        ("(二)第五十四條規定", ()),
        ("(二)第五十四條至第五十六條", ("- 3 -",)),
    ):
        titles = [title for _, title in one_speech_outline(_opinions(heading, between))]
        assert titles[2].startswith(heading + "行政院建議採行"), titles


# --- a one-line text: the time word's preposition opens the section's first clause -------------

BODY = "本局持續掌握相關動態，並與友盟國家密切交換情資，以維護國家安全及區域穩定。"


def _one_line(third: str) -> str:
    """A one-line report: the greeting, then 一、 二、 三、 glued after sentence ends, the third
    heading's title run on into its section's first sentence (``third``)."""
    return (
        "彭局長勝竹：主席、各位委員。現謹就上述主題報告如次。"
        + "一、掌握亞太重要人事及政策"
        + "持續掌握美國政府掌管亞太事務決策官員的任命及其主張，以及相關國家之動向。"
        + BODY * 2
        + "二、密注各國關係發展及高層互動"
        + "今年以來各國逐步展開高層交往、經貿等領域對話，本局持續密注其發展。"
        + BODY * 2
        + third
        + BODY * 2
        + "敬請大院委員先進不吝指導。謝謝！"
    )


def test_a_time_words_preposition_goes_with_the_sections_first_clause() -> None:
    """三、關注朝鮮半島政策動向針對當前朝鮮半島複雜情勢，…: the seam before the time word 當前 would
    leave 針對 at the title's end; the title ends before the preposition (also 面對, 鑑於)."""
    for preposition in ("針對", "面對", "鑑於"):
        third = f"三、關注朝鮮半島政策動向{preposition}當前朝鮮半島複雜情勢，我國除應持續關注外，也可強化安全合作。"
        titles = [title for _, title in one_speech_outline(_one_line(third))]
        assert titles[2] == "三、關注朝鮮半島政策動向", (preposition, titles)


def test_a_time_word_with_no_preposition_before_it_still_ends_the_title() -> None:
    """The trap: with no preposition before 當前 the title ends right before the time word, as
    before; a title of fewer than four characters before the preposition keeps it."""
    third = "三、關注朝鮮半島政策動向當前朝鮮半島情勢複雜，我國除應持續關注外，也可強化安全合作。"
    assert [title for _, title in one_speech_outline(_one_line(third))][
        2
    ] == "三、關注朝鮮半島政策動向"
    third = "三、強化針對當前朝鮮半島複雜情勢之變化，我國除應持續關注外，也可強化安全合作。"
    assert [title for _, title in one_speech_outline(_one_line(third))][2] == "三、強化針對"


# --- a one-line text: a note in brackets after a sentence end, a one-word closing title ---------


def _commentary(note: str) -> str:
    """A one-line report whose 貳、 holds one-sentence items, each followed by ``note`` (the
    sources in brackets), then 參、 with its 一、 and a closing part 肆、結語 run on into its text."""
    return (
        "彭局長勝竹：主席、各位委員。現謹就上述主題報告如次。"
        + "壹、當前情勢一、掌握亞太重要人事持續掌握各國政府決策官員的任命。"
        + BODY * 2
        + "二、密注各國關係發展各國逐步展開高層交往及經貿對話。"
        + BODY * 2
        + "貳、重要評論一、美國將更重視亞太利益美國團隊除強化與亞太盟友關係外，並提升美在亞太的存在感。"
        + note
        + "二、中共盼與美合作雙贏南海問題，盼美國尊重區域國家共同意願與利益。"
        + note
        + "三、亞太將面臨新局美國的亞太政策尚未公布，不確定性高，亞太地區恐面臨不穩定局面。"
        + note
        + "參、我因應作為一、掌握重要人事及政策持續掌握各國政府掌管亞太事務決策官員的任命。"
        + BODY * 2
        + "二、尋求參與區域合作機制在南海議題上，我宜尋求參與區域合作機制。"
        + BODY * 2
        + "肆、結語美國總統就任後，東亞情勢出現微妙變化。"
        + BODY
        + "敬請大院委員先進不吝指導。謝謝！"
    )


def test_a_heading_glued_after_a_bracketed_note_is_cut_out() -> None:
    """…存在感。（《華盛頓郵報》、美國之音等）二、…: the sources' note in brackets right after a
    sentence end is still that sentence's end — the next item, 參、 and its 一、 and (with them in
    the series) 肆、 are cut out; 肆、結語 ends at its one word."""
    pairs = one_speech_outline(_commentary("（《華盛頓郵報》、美國之音等）"))
    starts = [(level, title[:8]) for level, title in pairs]
    assert starts == [
        (1, "壹、當前情勢"),
        (2, "一、掌握亞太重要"),
        (2, "二、密注各國關係"),
        (1, "貳、重要評論"),
        (2, "一、美國將更重視"),
        (2, "二、中共盼與美合"),
        (2, "三、亞太將面臨新"),
        (1, "參、我因應作為"),
        (2, "一、掌握重要人事"),
        (2, "二、尋求參與區域"),
        (1, "肆、結語"),
    ]
    assert pairs[-1][1] == "肆、結語"


def test_a_bracket_that_is_no_note_after_a_sentence_end_cuts_nothing() -> None:
    """The traps: a bracket inside the sentence (…存在感（見附表）二、… with no 。 before it), and
    a note that holds a sentence end itself, leave the items glued; 結語與展望 is a title of more
    than the one word."""
    for note in ("", "（見附件。另詳附表）"):
        text = _commentary(note)
        if not note:
            text = text.replace("的存在感。二、", "的存在感（見附表）二、")
        titles = [title for _, title in one_speech_outline(text)]
        assert not any(title.startswith("二、中共盼") for title in titles), (note, titles)
    text = _commentary("（《華盛頓郵報》等）").replace("肆、結語美國", "肆、結語與展望美國")
    assert one_speech_outline(text)[-1][1].startswith("肆、結語與展望美國總統")


# --- a short spoken turn before a written report ------------------------------------------------


def _spoken_then_written(opening: str) -> str:
    """``opening`` and one more paragraph (a short spoken summary), then 司法院書面報告： with its
    greeting and a written report of 壹、 貳、."""
    return _lines(
        opening,
        "接著我們報告一下草案的架構，其餘部分請參閱書面報告。",
        "司法院書面報告：",
        "主席、各位委員、各位先進：",
        "今天應邀列席報告，甚感榮幸，謹報告如下：",
        "壹、草案要點",
        FILLER,
        "貳、結語",
        FILLER,
    )


def test_a_short_spoken_turn_before_a_written_report_is_a_speech() -> None:
    """林秘書長輝煌：主席、各位委員。… — two paragraphs only, no heading: the text before the first
    title would be a front (a collection's notes), but it opens with the gazette's speaker tag
    and greeting, so it is the spoken speech."""
    opening = (
        "林秘書長輝煌：主席、各位委員。本院函請貴院審議草案，以下就立法目的及草案架構提出報告。"
    )
    assert _speeches(_spoken_then_written(opening)) == [
        (None, []),
        ("司法院書面報告", ["壹、草案要點", "貳、結語"]),
    ]


def test_a_short_front_without_a_speaker_tag_stays_a_front() -> None:
    """The trap: the same two paragraphs without the tag (a note before the report) stay front
    matter, not a speech."""
    opening = "說明：本文為司法院函請審議草案之報告，以下就立法目的及草案架構提出說明。"
    assert _speeches(_spoken_then_written(opening)) == [
        ("司法院書面報告", ["壹、草案要點", "貳、結語"])
    ]


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("司法院書面報告：", "司法院書面報告"),  # holdout25 n05
        ("飛安會書面報告：", "飛安會書面報告"),  # holdout25 n08
        ("司法院書面報告:", "司法院書面報告"),  # an ASCII colon
        ("司法院書面報告", "司法院書面報告"),  # trap: no colon, nothing cut
    ],
)
def test_a_report_label_titles_its_speech_without_its_colon(label: str, title: str) -> None:
    """A label that introduces the written report (…書面報告：) is the speech's title; the colon
    that leads into the report is no part of it: a title never ends with ：."""
    opening = (
        "林秘書長輝煌：主席、各位委員。本院函請貴院審議草案，以下就立法目的及草案架構提出報告。"
    )
    text = _spoken_then_written(opening).replace("司法院書面報告：", label)
    assert [speech.title for speech in parse_text(text).speeches] == [None, title]
