"""How a speech is framed: title and subtitle lines, date lines, and the atoms of the rest.

It holds the words every framing test is built from (the speech words, the date's year, month
and day, the dash) and the tests of title, subtitle and date lines; who speaks and to whom
(speaker lines, salutations, closings) is ``addresslines``', and the lines that name a part, a
report or an occasion are ``partlines``'. ``roles``, ``speeches``, ``assemble`` and ``reflow``
ask these rather than spell the words again.
"""

from __future__ import annotations

from tui.base import patterns

_WHOLE_TITLE_WORDS = tuple("报告 讲话 講話 報告 致辞 致詞 发言 發言 演讲 演講".split())
"""The speech words a whole title ends with, before its theme on the next line (1989年政府
工作报告 | 坚决贯彻治理整顿和深化改革的方针): ``ends_whole_title``."""
_SPEECH_WORDS = tuple(
    "讲话提纲 讲话稿 主持词 总结讲话 动员讲话 辅导报告 党课 讲稿 讲演 演说 演說 講演 致辭 講話提綱 講稿 "
    "黨課 工作总结 述职报告 心得体会 研讨发言 表态发言 讲义 講義".split()
)
"""The other words that name a speech (a title's last word)."""
_WHOLE_TITLE_WORD = f"(?:{'|'.join(_WHOLE_TITLE_WORDS)})"
SPEECH_WORD = f"(?:{_WHOLE_TITLE_WORD}|{'|'.join(_SPEECH_WORDS)})"


def ends_whole_title(text: str) -> bool:
    """Whether a title line ends with a speech word that closes a whole title (…报告, …讲话,
    …致辞, …发言, …演讲)."""
    return text.endswith(_WHOLE_TITLE_WORDS)  # (a test of the end: no expression searched)


# 在…上的讲话 (with stray spaces from PDF wrap), "——在…上的讲话" subtitles, "第2篇 在…",
# "XX同志在…的讲话", optionally followed by （摘要） / （2022年1月1日）.
_TITLE = patterns.compile(
    rf"^(?:第\s*[0-9一二三四五六七八九十]+\s*篇[\s：:、.]*)?(?:——\s*)?[《“]?"
    rf"[^。！？!?；;]{{0,40}}?在[^。！？!?；;]{{2,90}}?[的之]\s*{SPEECH_WORD}"
    rf"\s*(?:[（(][^）)]{{1,20}}[）)])?[》”]?$"
)
_ORDINAL_LINE = patterns.compile(r"^第\s*[0-9一二三四五六七八九十]+\s*篇$")
# 第1篇：2023年支部书记党课讲稿 — a collection's numbered title, whatever its wording.
_ORDINAL_TITLE = patterns.compile(
    r"^(?:第\s*[0-9一二三四五六七八九十]+\s*篇|第\s*[0-9]+\s*[章回](?=\s)|"
    r"(?:篇|范文|材料)\s*[0-9一二三四五六七八九十]+)"
    r"\s*[：:、.．\s]\s*[^。！？!?；;]{2,60}$"
)
# A subtitle's dash: —— (or one —), two full-width hyphen-minus signs －－ that web pages of
# the 1980s reports use for it (－－1984年5月15日在第六届全国人民代表大会第二次会议上), or two
# box-drawing lines ── that traditional-character typesetting prints for it
# (──二十九年六月在漢藏院講──, the place line of a talk in 《太虛大師全書》).
DASH = r"(?:——|—|－－|──)"
DASH_STARTS = ("——", "—", "－－", "──")
DASH_RE = patterns.compile(DASH)
"""A subtitle's dash, anywhere in a line."""
# ——2024年3月5日在第十四届全国人民代表大会第二次会议上 / ——在…上的讲话: a subtitle.
_SUBTITLE = patterns.compile(rf"^{DASH}\s*[^。！？!?；;]{{2,90}}$")

# Titles that do not say 在…: "政府工作报告", "XX书记讲话提纲", "…讲话（摘要）".
_WEAK_TITLE = patterns.compile(
    rf"^[^。！？!?；;，,：:]{{2,60}}(?:{SPEECH_WORD}|政府工作报告)\s*(?:[（(][^）)]{{1,20}}[）)])?$"
)
_WEAK_TITLE_ENDS = frozenset(
    [word[-1] for word in (*_WHOLE_TITLE_WORDS, *_SPEECH_WORDS, "政府工作报告")] + ["）", ")"]
)
"""The last character of every ``_WEAK_TITLE`` line but one ending in a space (its speech
word's or its bracket's), tested first: the expression runs back from the line's end to each
character before it fails, 24,775 calls of the varied 10 MB collection's parse 23.0 ms, with
this test 6.6 (perfengine30)."""
# The atoms of a written date: 2024年3月5日, 二〇二四年三月五日, ２０２４年３月５日.
_YEAR = r"(?:[0-9０-９]{4}|[一二三四五六七八九〇○零]{4})"
_MONTH = r"[0-9０-９一二三四五六七八九十]{1,2}"
_DAY = r"[0-9０-９一二三四五六七八九十]{1,3}"
DAY_DATE = rf"{_YEAR}\s*年\s*{_MONTH}\s*月(?:\s*{_DAY}\s*日)?"
"""A year and a month, the day if given."""
_DATE = patterns.compile(rf"^[（(]?\s*{DAY_DATE}[^。！？]{{0,60}}?[)）]?$")
_BARE_DATE = patterns.compile(rf"^[（(]?\s*{DAY_DATE}\s*[)）]?$")
# ——1989年3月20日在第七届全国人民代表大会第二次会议上: the date opening a subtitle.
_SUBTITLE_DATE = patterns.compile(rf"{DASH}\s*({_YEAR}\s*年\s*{_MONTH}\s*月\s*{_DAY}\s*日)在")


# ——在全市经济工作会议上的讲话（2024年2月20日） / —在河北省第十届人民代表大会第二次会议上
# （二〇〇四年一月八日）: the date in brackets closing a subtitle that says where (在…).
_SUBTITLE_END_DATE = patterns.compile(
    rf"{DASH}\s*(?:[\u4e00-\u9fff·• \u3000]{{2,16}}?)?在[^。！？!?；;（(〔]{{2,90}}?"
    rf"\s*[（(〔]\s*({DAY_DATE})\s*[）)〕]$"
)
"""(Who spoke may stand before 在, a name or a post of two characters or more: ——写在…之际
（…） is an article's subtitle, its date the writing's.)"""


def subtitle_date(text: str) -> str | None:
    """The date a ——subtitle gives: the one that opens it (——1989年3月20日在…会议上 →
    1989年3月20日), or the one in brackets that closes it when it says where (——在…上的讲话
    （2024年2月20日）, —在…会议上（二〇〇四年一月八日）, ——张三同志在…上的讲话〔…〕); also the
    subtitle of a title line that holds it (关于…的报告——在…上的讲话（2024年2月20日）,
    1988年政府工作报告——1988年3月25日在…会议上); else None."""
    text = text.strip(" \u3000")
    found = _SUBTITLE_DATE.match(text) or _SUBTITLE_END_DATE.match(text)
    if found is None and not text.startswith(DASH_STARTS) and (dash := DASH_RE.search(text, 2)):
        rest = text[dash.start() :]
        found = _SUBTITLE_DATE.match(rest) or _SUBTITLE_END_DATE.match(rest)
    return found.group(1) if found is not None else None


def is_title_line_above_salutation(text: str) -> bool:
    """A short line with no sentence in it, right above 同志们： — a title of any wording
    (党课讲稿：以严的基调强化正风肃纪 / 王某某：坚定信心 真抓实干). Not a page's running header
    with its page number (某某市人民政府办公室　第 1 页: a page seam over a salutation said again
    in the speech, in a file of one seam, where no second print tells the header)."""
    return (
        2 <= len(text) <= 40
        and no_sentence(text)
        and not is_caption(text)
        and not is_paged_header(text)
    )


def is_paged_header(text: str) -> bool:
    """某某市人民政府办公室　第 1 页 / 学习参考资料（内部）　第 3 页: a page's running header with
    its page number on one line (a page seam's line, also where the file has one seam only and
    no second print of the header tells it).

    One line, no second print to compare: stricter than the running headers ``noise`` finds
    by their repetition (``page_label_split``): 2-24 characters of words without a space or
    a punctuation mark, then a space before the label."""
    split = page_label_split(text)
    if split is None:
        return False
    words, gap = split
    return bool(gap) and gap.strip(" \u3000") == "" and _HEADER_WORDS.fullmatch(words) is not None


_PAGE_LABEL = patterns.compile(r"(\s*)第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?$")
"""A page number written as a label at the end of a line: 第 12 页, 第 3 页 / 共 8 页."""
_HEADER_WORDS = patterns.compile(r"[^。！？!?；;，,：:\s]{2,24}")


def page_label_split(text: str) -> tuple[str, str] | None:
    """``(words, space)``: the words of a line that ends with a page label (讲话稿精选汇编　第 12 页
    → 讲话稿精选汇编, the space between them "　"), or None when it ends with none."""
    if text[-1:] != "页":
        return None
    found = _PAGE_LABEL.search(text)
    if found is None:
        return None
    return text[: found.start()], found.group(1)


_SENTENCE_MARK = patterns.compile("[。！？!?；;，,]")
_WORD_CHARACTER = patterns.compile(r"[\u3400-\u9fffA-Za-z0-9]")


def no_sentence(text: str) -> bool:
    """Whether ``text`` holds a word's character and no sentence mark (。！？；， and their ASCII
    forms): words that make no sentence. (Two searches: one expression for both, a run of
    non-marks around a word's character, backtracked through the line at each character —
    10,411 calls of the varied 10 MB collection's parse 10.3 ms against 3.3, perfengine30.)"""
    return _SENTENCE_MARK.search(text) is None and _WORD_CHARACTER.search(text) is not None


# QCon2020 主题演讲：云原生时代，Java 的危与机 / 毕业典礼致辞：做自己尊重的人 — the occasion and the kind of
# talk, a colon, the talk's own title: how keynotes and addresses are titled when written up. The
# occasion opens with a word, not a separator's marks (------ | 致辞：饶毅… in a user's 合集 is a
# separator line over a speaker line, no occasion).
_COLON_TITLE = patterns.compile(
    r"^(?![-=_*~#.·]{2})[^。！？!?；;，,：:“”]{2,30}?(?:主题演讲|主旨演讲|演讲|讲演|演说|致辞|讲话)\s*[：:]"
    r"\s*[^。！？!?；;：:\s][^。！？!?；;：:]{1,48}[^。！？!?；;：:，,、\s]$"
)


# 怎样做一个共产党员①（一九三九年五月三十日） / 湖南时务学堂答问（节录）（１８９７年冬）: how a collected
# edition (文选, 选集) titles a piece — its title, the note mark of the editor's note on it, an
# excerpt's mark, and the date it was given or written in brackets, all on one line. The date
# has a year and a month or a season; the title no sentence mark, comma, colon or dash (——写在…之际
# （2024年2月20日） is an article's subtitle, its date the writing's).
_EDITION_TITLE = patterns.compile(
    r"^([^。！？!?；;，,：:、（()）“”—－─\s][^。！？!?；;，,：:、（()）—－─\s]{3,38}[①-⑳]?"
    r"(?:[（(](?:节录|摘录|节选|摘要)[）)])?)"
    rf"[（(]\s*({_YEAR}\s*年\s*(?:{_MONTH}\s*月(?:\s*{_DAY}\s*日)?|[春夏秋冬]))\s*[）)]$"
)
_NOTE_MARK = patterns.compile(r"[①-⑳](?=$|[（(])")


def edition_title(text: str) -> tuple[str, str] | None:
    """A collected edition's title line split into its title (without the note mark) and its
    date: 怎样做一个共产党员①（一九三九年五月三十日） → (怎样做一个共产党员, 一九三九年五月三十日)."""
    found = _EDITION_TITLE.match(text) if text[-1:] in "）)" else None
    if found is None:
        return None
    return _NOTE_MARK.sub("", found.group(1)), found.group(2)


TITLE_ENDS_NEVER = frozenset("的和与及并或对在把从向于将让使被同跟")
"""What a title (a speech's, a heading's) does not end with: a word that joins it to what
follows, so a line ending so was broken inside the title."""
TITLE_PIECE_STARTS_NEVER = frozenset("的地得了着们性化者之其等")
"""What the rest of a broken title does not start a line of its own with (a suffix)."""


TITLE_MAX = 110
"""The longest title line; no other framing line but a 第N篇 line is longer."""


def is_title(text: str) -> bool:
    """A speech title line: 在…上的讲话, also with stray spaces, a subtitle dash or 第N篇; or
    …主题演讲：标题 (the occasion, the kind of talk, a colon, the talk's title); or a collected
    edition's title with its date in brackets (怎样做一个共产党员①（一九三九年五月三十日）)."""
    if len(text) > TITLE_MAX:
        return False
    if "在" in text and _TITLE.match(text) is not None:  # (every 在…的讲话 title holds 在)
        return True
    if _ORDINAL_TITLE.match(text) is not None:
        return True
    if text[-1:] in "）)" and _EDITION_TITLE.match(text) is not None:
        return True
    return ("：" in text or ":" in text) and _COLON_TITLE.match(text) is not None


def is_title_with_subtitle(text: str) -> bool:
    """1988年政府工作报告——1988年3月25日在…会议上: a title and its subtitle on one line."""
    found = DASH_RE.search(text[2:])
    dash = found.start() + 2 if found else -1
    if dash < 0 or len(text) > TITLE_MAX:
        return False
    left, right = text[:dash].strip(), text[dash:]
    return (is_weak_title(left) or is_title(left)) and is_subtitle(right)


# 人民代表大会第五次会议上 / 工作会议上的讲话: the rest of a subtitle broken over two lines.
_SUBTITLE_REST = patterns.compile(rf"^[^。！？!?；;，,：:—]{{2,40}}?(?:上|上的{SPEECH_WORD})$")


def is_subtitle_rest(text: str) -> bool:
    """The second line of a ——subtitle broken over two lines: the occasion's end (…会议上,
    …会议上的讲话), with no sentence in it."""
    return len(text) <= 42 and _SUBTITLE_REST.match(text) is not None


def is_subtitle(text: str) -> bool:
    """A dash line under a title: ——2024年3月5日在…会议上, ——在…上的讲话; not a quoted
    text's attribution (``is_attribution``)."""
    return (
        _SUBTITLE.match(text) is not None
        and _TWO_HAN.search(text) is not None
        and _ATTRIBUTION.match(text) is None
    )


# ——（宋）陆游 / ——〔唐〕杜甫《春望》 / ——鲁迅《故乡》 / ——《论语·学而》 / ——摘自《…》: the
# attribution under a poem or a passage a speech quotes, not a title block's subtitle (a news
# page's 《冬夜读书示子聿》 | ——（宋）陆游 started a second speech inside the article). A name
# alone or before 《…》 is two to four characters that are no verb of a subtitle (——陆游;
# ——学习《…》的体会 is a subtitle).
_ATTRIBUTION = patterns.compile(
    rf"^{DASH}\s*(?:"
    r"[（(〔\[【][\u4e00-\u9fff]{1,4}[）)〕\]】]\s*[\u4e00-\u9fff·]{2,8}(?:\s*《[^》]{1,30}》)?"
    r"|(?![学读谈论评在关])[\u4e00-\u9fff·]{2,4}(?:\s*《[^》]{1,30}》)?"
    r"|《[^》]{1,30}》"
    r"|(?:节选|摘|选|引|出|转|摘编)自\S.{0,40}"
    r")\s*$"
)


def is_attribution(text: str) -> bool:
    """A dash line naming the source of a quoted poem or passage: ——（宋）陆游, ——鲁迅《故乡》,
    ——摘自《…》."""
    return _ATTRIBUTION.match(text) is not None


_TWO_HAN = patterns.compile("[\u4e00-\u9fff]{2}")


def is_ordinal_line(text: str) -> bool:
    """第2篇 on a line of its own, above a collection's next title."""
    return _ORDINAL_LINE.match(text) is not None


def is_weak_title(text: str) -> bool:
    """A line that names a speech without 在… (政府工作报告, …讲话提纲): a title only when a
    salutation, date or speaker line follows it."""
    return (
        len(text) <= 60
        and (text[-1:] in _WEAK_TITLE_ENDS or text[-1:].isspace())
        and _WEAK_TITLE.match(text) is not None
        and not is_caption(text)
    )


# 省长赵刚作政府工作报告 / 市长某某作工作报告 / 张三作重要讲话: a news photo caption or headline
# that says who delivered the speech — not the speech's title (which names the speech itself).
_CAPTION = patterns.compile(
    r"^[^。！？!?；;，,：:“”《》]{1,24}?(?<!工)(?:作|做)了?(?:政府工作报告|工作报告|报告|重要讲话|讲话)$"
)


def is_caption(text: str) -> bool:
    """省长赵刚作政府工作报告: a caption naming who gave the speech, not a title."""
    return len(text) <= 40 and _CAPTION.match(text) is not None


_ISO_DATE = patterns.compile(r"^[（(]?\s*\d{4}\s*[-/.．]\s*\d{1,2}\s*[-/.．]\s*\d{1,2}\s*[)）]?$")


def is_date_line(text: str) -> bool:
    """（2022年10月16日） and the like, as printed under a title (also with a place:
    （2024年3月5日在第十四届全国人民代表大会第二次会议上）, or as 2023-04-04)."""
    return len(text) <= 80 and (_DATE.match(text) is not None or _ISO_DATE.match(text) is not None)


# （2024年3月5日在第十四届…会议上） → 2024年3月5日; １９１５年１２月中旬; 2018年12月25日至26日:
# the date a date line opens with, a ten-day part or a range of days kept.
_DATE_ONLY = patterns.compile(
    rf"^[（(〔]?\s*({DAY_DATE}(?:\s*[上中下]旬)?"
    rf"(?:\s*[至到—－~～-]\s*(?:{_MONTH}\s*月\s*)?{_DAY}\s*日)?)"
)


def date_of_line(text: str) -> str:
    """The date alone of a date line (``is_date_line``): the date it opens with, without
    the place or occasion after it (（2026年1月14日在浙江省…会议上） → 2026年1月14日); a line
    in another form (2023-04-04) without its brackets."""
    found = _DATE_ONLY.match(text.strip(" \u3000"))
    if found is not None:
        return found.group(1)
    return text.strip("（()） \u3000")


# （1月13日下午4点，行政楼会议室四）: the day (no year), maybe its hour and the place, in brackets.
_DAY_LINE = patterns.compile(
    rf"^[（(]\s*({_MONTH}\s*月\s*{_DAY}\s*日)[^。！？!?；;（()）]{{0,30}}[)）]$"
)


def day_line_date(text: str) -> str | None:
    """The day a line in brackets opens with, when it gives no year (（1月13日下午4点，行政楼会议室
    四） → 1月13日; its hour and place after it): under a title block, the speech's day and place.
    None for any other line (a date with its year is ``is_date_line``'s)."""
    found = _DAY_LINE.match(text.strip(" \u3000")) if len(text) <= 40 else None
    return found.group(1) if found is not None else None


def is_bare_date(text: str) -> bool:
    """A date alone on its line: 2024年3月5日, （二〇二四年三月五日）, 2024-03-05 — no place, no
    occasion, no words after it."""
    return len(text) <= 24 and (
        _BARE_DATE.match(text) is not None or _ISO_DATE.match(text) is not None
    )


# 摄影/王晓明 / 摄影 宗琪琪 / 图文：张三 / 记者 李四 王五: a news page's credit line under the
# title block (who took the photos, wrote the report): a title-block line, bold or not.
_CREDIT = patterns.compile(
    r"^(?:摄影|图文|图片|供图|文字|文|图|视频|记者|通讯员|撰稿)\s*[/／:：|｜\s]\s*"
    r"[\u4e00-\u9fff·]{2,4}(?:[\s、，,/／]+[\u4e00-\u9fff·]{2,4}){0,3}$"
)


def is_credit_line(text: str) -> bool:
    """摄影/王晓明 / 摄影 宗琪琪: a photo or text credit of a news page, under its title block."""
    return len(text) <= 30 and _CREDIT.match(text) is not None


_METADATA = patterns.compile(
    r"^(?:来源|时间|发布时间|发布日期|日期|作者|编辑|责任编辑|浏览次数|字号)\s*[:：]"
)


def is_metadata_line(text: str) -> bool:
    """来源：河南日报 / 时间：2026-02-03 — web page metadata between a title and the speech."""
    return len(text) <= 60 and _METADATA.match(text) is not None


# 本篇最初发表于一九二四年…《文艺会刊》第六期。 / 本文原载《…》: an edition's note on where the
# piece was first printed, set between its title and its subtitle (collected works).
_PUBLICATION_NOTE = patterns.compile(
    r"^[（(]?(?:本篇|本文|此篇|这篇)(?:最初|最早|原|曾)?(?:发表|刊载|刊登|刊|载)(?:于|在)[^。！？!?]{2,60}"
    r"[。.]?[）)]?$"
)


def is_publication_note(text: str) -> bool:
    """本篇最初发表于…《文艺会刊》第六期。 — an editor's note on where a piece was first printed,
    a line of the title block (the subtitle and date may stand under it)."""
    return len(text) <= 70 and _PUBLICATION_NOTE.match(text) is not None
