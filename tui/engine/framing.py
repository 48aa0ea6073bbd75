"""How a speech is framed: title lines, date and speaker lines, salutations, closings.

Why this module is a little over 500 lines: it holds the words of every kind of framing
line (titles, subtitles, dates, speakers, salutations, closings, occasion and part lines),
one test each, built from shared atoms (the speech words, the date's year, month and day,
the posts); ``roles``, ``speeches``, ``assemble`` and ``reflow`` ask it rather than spell
the words again.
"""

from __future__ import annotations

from tui.base import patterns
from tui.engine.markers import chinese_number
from tui.paths import data_file

_WHOLE_TITLE_WORDS = tuple("报告 讲话 講話 報告 致辞 致詞 发言 發言 演讲 演講".split())
"""The speech words a whole title ends with, before its theme on the next line (1989年政府
工作报告 | 坚决贯彻治理整顿和深化改革的方针): ``ends_whole_title``."""
_SPEECH_WORDS = tuple(
    "讲话提纲 讲话稿 主持词 总结讲话 动员讲话 辅导报告 党课 讲稿 讲演 演说 演說 講演 致辭 講話提綱 講稿 "
    "黨課 工作总结 述职报告 心得体会 研讨发言 表态发言 讲义 講義".split()
)
"""The other words that name a speech (a title's last word)."""
_WHOLE_TITLE_WORD = f"(?:{'|'.join(_WHOLE_TITLE_WORDS)})"
_SPEECH_WORD = f"(?:{_WHOLE_TITLE_WORD}|{'|'.join(_SPEECH_WORDS)})"


def ends_whole_title(text: str) -> bool:
    """Whether a title line ends with a speech word that closes a whole title (…报告, …讲话,
    …致辞, …发言, …演讲)."""
    return text.endswith(_WHOLE_TITLE_WORDS)  # (a test of the end: no expression searched)


# 在…上的讲话 (with stray spaces from PDF wrap), "——在…上的讲话" subtitles, "第2篇 在…",
# "XX同志在…的讲话", optionally followed by （摘要） / （2022年1月1日）.
_TITLE = patterns.compile(
    rf"^(?:第\s*[0-9一二三四五六七八九十]+\s*篇[\s：:、.]*)?(?:——\s*)?[《“]?"
    rf"[^。！？!?；;]{{0,40}}?在[^。！？!?；;]{{2,90}}?[的之]\s*{_SPEECH_WORD}"
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
_DASH = patterns.compile(DASH)
DASH_RE = _DASH
"""A subtitle's dash, anywhere in a line."""
# ——2024年3月5日在第十四届全国人民代表大会第二次会议上 / ——在…上的讲话: a subtitle.
_SUBTITLE = patterns.compile(rf"^{DASH}\s*[^。！？!?；;]{{2,90}}$")
_NOT_A_NAME = patterns.compile(
    r"下载|点击|登录|注册|分享|收藏|评论|阅读|打印|关闭|目录|首页|返回|推荐|文档|栏目|的|会议上"
)
# Titles that do not say 在…: "政府工作报告", "XX书记讲话提纲", "…讲话（摘要）".
_WEAK_TITLE = patterns.compile(
    rf"^[^。！？!?；;，,：:]{{2,60}}(?:{_SPEECH_WORD}|政府工作报告)\s*(?:[（(][^）)]{{1,20}}[）)])?$"
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
_DAY_DATE = rf"{_YEAR}\s*年\s*{_MONTH}\s*月(?:\s*{_DAY}\s*日)?"
"""A year and a month, the day if given."""
_DATE = patterns.compile(rf"^[（(]?\s*{_DAY_DATE}[^。！？]{{0,60}}?[)）]?$")
_BARE_DATE = patterns.compile(rf"^[（(]?\s*{_DAY_DATE}\s*[)）]?$")
# ——1989年3月20日在第七届全国人民代表大会第二次会议上: the date opening a subtitle.
_SUBTITLE_DATE = patterns.compile(rf"{DASH}\s*({_YEAR}\s*年\s*{_MONTH}\s*月\s*{_DAY}\s*日)在")


# ——在全市经济工作会议上的讲话（2024年2月20日） / —在河北省第十届人民代表大会第二次会议上
# （二〇〇四年一月八日）: the date in brackets closing a subtitle that says where (在…).
_SUBTITLE_END_DATE = patterns.compile(
    rf"{DASH}\s*(?:[\u4e00-\u9fff·• \u3000]{{2,16}}?)?在[^。！？!?；;（(〔]{{2,90}}?"
    rf"\s*[（(〔]\s*({_DAY_DATE})\s*[）)〕]$"
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
    if found is None and not text.startswith(DASH_STARTS) and (dash := _DASH.search(text, 2)):
        rest = text[dash.start() :]
        found = _SUBTITLE_DATE.match(rest) or _SUBTITLE_END_DATE.match(rest)
    return found.group(1) if found is not None else None


_SALUTATION_PART = (
    r"(?:尊敬的)?(?:各位[^，,、：:。！!\s]{0,12}|诸位[^，,、：:。！!\s]{0,12}|诸君|"
    r"主席(?:团)?(?:先生)?(?=\s*[，,、])|同志们|女士们|先生们|朋友们|老师们|同学们|"
    r"代表们|来宾们|企业家朋友们|青年朋友们|(?:亲爱|尊敬)的[^，,、：:。！!]{1,8})"
)
_SALUTATION = patterns.compile(
    rf"^{_SALUTATION_PART}(?:\s*[，,、和及]\s*{_SALUTATION_PART}){{0,5}}\s*[：:]$"
)
_CLOSING = patterns.compile(
    r"^(?:谢谢(?:大家|各位)?|再见)[!！。.]*$"
    r"|^[^。！？]{0,12}(?:发言|汇报|讲话|述职|报告|表态)完毕[^。！？]{0,10}[。！!.]?$"
    r"|^以上(?:述职|汇报|发言|报告|表态)[^。！？]{0,24}(?:评议|指正|审议|批评|监督)[。！!.]?$"
)


def is_title_line_above_salutation(text: str) -> bool:
    """A short line with no sentence in it, right above 同志们： — a title of any wording
    (党课讲稿：以严的基调强化正风肃纪 / 王某某：坚定信心 真抓实干). Not a page's running header
    with its page number (某某市人民政府办公室　第 1 页: a page seam over a salutation said again
    in the speech, in a file of one seam, where no second print tells the header)."""
    return (
        2 <= len(text) <= 40
        and _no_sentence(text)
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


def _no_sentence(text: str) -> bool:
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
    found = _DASH.search(text[2:])
    dash = found.start() + 2 if found else -1
    if dash < 0 or len(text) > TITLE_MAX:
        return False
    left, right = text[:dash].strip(), text[dash:]
    return (is_weak_title(left) or is_title(left)) and is_subtitle(right)


# 人民代表大会第五次会议上 / 工作会议上的讲话: the rest of a subtitle broken over two lines.
_SUBTITLE_REST = patterns.compile(rf"^[^。！？!?；;，,：:—]{{2,40}}?(?:上|上的{_SPEECH_WORD})$")


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
_BRACKET_END = patterns.compile(r"\s*[（(〔][^）)〕]{1,20}[）)〕]$")


def is_block_subtitle(text: str) -> bool:
    """A dash line that belongs to the title block under a title: a subtitle that is no title
    by itself (——2024年3月5日在…会议上), or one that is (``is_title`` takes a bracketed end)
    but dates the speech (——张三同志在…上的讲话（2024年2月20日）: ``subtitle_date``) or is an
    occasion line but for its bracket (——在…上的讲话（摘要）). ——张三在…上的讲话 with neither is
    taken into the title line above it (在…上的讲话——张三在…上的讲话)."""
    if not is_subtitle(text):
        return False
    if not is_title(text) or subtitle_date(text) is not None:
        return True
    bare = _BRACKET_END.sub("", text)
    return bare != text and is_occasion_line(bare)


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
    rf"^[（(〔]?\s*({_DAY_DATE}(?:\s*[上中下]旬)?"
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


# 深圳市龙华区人民政府 / 平潭综合实验区农业农村局: a unit's name, by the word that ends it.
_UNIT_NAME = patterns.compile(
    r"^[\u4e00-\u9fff（）()]{2,28}(?:政府|委员会|管委会|局|厅|办公室|党委|党组|工委|公司|集团|中心|"
    r"协会|学会|联合会|学校|中学|小学|大学|学院|医院|研究院|研究所|街道办事处|社区|村委会)$"
)


def is_signer_line(text: str) -> bool:
    """A line that signs a report at its end, over its date: a unit's name (深圳市龙华区人民政府,
    平潭综合实验区农业农村局: no punctuation, ending with the word of a unit: 政府, 委员会, 局,
    办公室, 公司, 学校…) or a speaker line (孙洪亮, 校长 王琛: ``is_speaker_line``, placed over a
    date)."""
    return len(text) <= 30 and (
        _UNIT_NAME.match(text) is not None or is_speaker_line(text, placed=True)
    )


def is_bare_date(text: str) -> bool:
    """A date alone on its line: 2024年3月5日, （二〇二四年三月五日）, 2024-03-05 — no place, no
    occasion, no words after it."""
    return len(text) <= 24 and (
        _BARE_DATE.match(text) is not None or _ISO_DATE.match(text) is not None
    )


POSTS = (
    r"(?:总理|主席|书记|委员长|省长|市长|区长|县长|州长|部长|主任|局长|厅长|院长|校长|行长|董事长"
    r"|理事长|秘书长|社长|所长|检察长|庭长|司长|处长|科长|镇长|乡长|旗长|盟长|会长|审计长|署长|经理|总裁|总监"
    r"|代表|委员|司令员|政委|教授|研究员|院士|先生|同志|老师|主编|负责人|总统)"
)
"""The words that end a post or a title of address (国务院总理, 海拉尔区人民政府区长, 张三同志)."""
# A name: two to four characters (李鹏, 嘎玛泽登, 张某某, XXX), spaced letter by letter (江　泽　民),
# or parts joined by a middle dot (阿不都热依木·伊敏).
_NAME = (
    r"(?:[\u4e00-\u9fffX×*＊]{2,4}|[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,3}"
    r"|[\u4e00-\u9fff]{1,8}(?:[·•][\u4e00-\u9fff]{1,8}){1,3})"
)
# 习近平 / 国务院总理 李克强 / 国务院总理李鹏 / XX区发展和改革委员会主任 张某某 / 海拉尔区人民政府区长
# (its name on a line of its own) / 张三同志 / 张三（2024年3月5日） / （国务院总理 李强） / two posts
# joined by 、 before a name (绍兴一中党委书记、校长王琛: ``speaker_parts`` wants the name).
_SPEAKER = patterns.compile(
    rf"^[（(]?\s*(?:(?P<post>[\u4e00-\u9fffX×*＊]{{0,18}}?{POSTS}(?:、[\u4e00-\u9fff]{{0,8}}?{POSTS})?)\s*)?"
    rf"(?P<name>{_NAME})?(?:同志)?"
    rf"(?:\s*[（(]?\s*(?P<date>{_DAY_DATE})\s*[）)]?)?\s*[）)]?$"
)
_SPEAKER_MAX = 30
"""The longest speaker line (a post of up to 20 characters, a name, a date)."""


def speaker_parts(text: str, *, placed: bool = False) -> tuple[str, str] | None:
    """A speaker line's (who, date): who without brackets or date (国务院总理 李强, 张三) and the
    date written after it ('' when none); None when ``text`` is no speaker line
    (``is_speaker_line``; ``placed`` as there)."""
    if len(text) > _SPEAKER_MAX or len(text) < 2:
        return None
    found = _SPEAKER.match(text)
    if (
        found is None
        or (found.group("post") is None and found.group("name") is None)
        or _NOT_A_NAME.search(text) is not None
        or ("、" in (found.group("post") or "") and found.group("name") is None)
    ):
        return None  # (书记、校长 with no name: two posts, nobody named)
    date = found.group("date") or ""
    if text[0] in "（(" and found.group("post") is None and not date:
        return None  # （摘要） / （节选）: a note on the title, not a name in brackets
    if found.group("post") is None:
        bare = not date and text[0] not in "（(" and not text.endswith("同志")
        if not _is_name(found.group("name"), bare and not placed):
            return None
    start = found.start("post") if found.group("post") is not None else found.start("name")
    end = found.start("date") if date else len(text)
    return text[start:end].strip(" \u3000（()）"), date


SURNAME_FILE = "surnames.txt"
"""Chinese surnames (百家姓 and a few common ones it lacks), one word each: ``tui/data/``."""
_SURNAMES: list[tuple[frozenset[str], frozenset[str]]] = []
_PLACEHOLDER_NAME = patterns.compile(r"^[X×某][X×某]{1,3}$")
_NOT_A_SPACED_NAME = frozenset({"后记"})
"""A spaced-out word that starts with a surname but is a heading (后　记)."""
NAME_ENDS_NEVER = frozenset(
    "地得的了着过们么呢吗吧啊呀它等性化者式型量率"  # words' endings: 周密地, 高质量, 合理化
    "庄井村镇乡县市省区街路巷站场厂店局处室所院部厅署馆港湾寺庙府"  # places: 石家庄, 王府井
)
"""What a given name does not end with: a word that starts with a surname and ends so is a
word (高质量, 周密地) or a place (石家庄, 王府井), not a name."""


def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """The single and the compound surnames of ``tui/data/surnames.txt`` (read once)."""
    if not _SURNAMES:
        words: list[str] = []
        for line in data_file(SURNAME_FILE).read_text(encoding="utf-8").splitlines():
            words.extend(line.split("#", 1)[0].split())
        _SURNAMES.append(
            (
                frozenset(word for word in words if len(word) == 1),
                frozenset(word for word in words if len(word) == 2),
            )
        )
    return _SURNAMES[0]


def _is_name(name: str | None, bare: bool) -> bool:
    """Whether ``name`` (a speaker line's name with no post before it) is a person's name: a
    Chinese surname and a given name of one or two characters (李鹏, 江泽民, 欧阳修文, spaced out
    as 江　泽　民), a name in parts joined by a middle dot (阿不都热依木·伊敏), or a placeholder
    (XXX, X某某, 某某某). A ``bare`` name — alone on its line, no 同志, no date, no brackets — of two
    characters must be spaced out (李　鹏): 王道, 任务, 于是 start with a surname too. A name
    ends with no character of ``NAME_ENDS_NEVER`` (高质量, 石家庄, 周密地, 王府井 are words)."""
    if name is None:
        return False
    if "·" in name or "•" in name:
        return True
    compact = name.replace(" ", "").replace("\u3000", "")
    if _PLACEHOLDER_NAME.match(compact) is not None:
        return True
    single, compound = surnames()
    if compact[-1] in NAME_ENDS_NEVER:
        return False
    if compact[:2] in compound and len(compact) in (3, 4):
        return True
    if compact[0] not in single or len(compact) not in (2, 3):
        return False
    if compact != name:  # spaced out: 李　鹏, 江　泽　民
        return compact not in _NOT_A_SPACED_NAME
    return not (bare and len(compact) == 2)


def is_speaker_line(text: str, *, placed: bool = False) -> bool:
    """A line naming who speaks, under a title: a name (习近平, 江　泽　民 spaced out; a surname
    of ``tui/data/surnames.txt`` and one or two characters, ``_is_name``), a post with or
    without a name (国务院总理 李克强, 国务院总理李鹏, XX区发展和改革委员会主任 张某某, 海拉尔区人民
    政府区长, 自治区主席 嘎玛泽登), and after it maybe a date (张三 2024年3月5日), all maybe in
    brackets (a post or a date then: （摘要） is a note on the title). Plain words are none:
    会上大家认真讨论了 has no post and is no name; 狠抓落实, 四川日报 start with no surname; 王道,
    任务 do, but a name of two characters alone on its line must be spaced out (李　鹏) or have
    同志, a date or brackets — unless ``placed``: the caller found it where only a name stands
    (after a title's date in a one-line text: …（一九八○年十二月十六日）陈云 一、…)."""
    return speaker_parts(text, placed=placed) is not None


_RUN_ON_SPACES = " \u3000\u00a0"


def _posted_speaker(text: str) -> bool:
    """A post and a name, nothing else (国务院总理 李克强, 国务院总理李克强, 省长　张三)."""
    if len(text) > _SPEAKER_MAX or _NOT_A_NAME.search(text) is not None:
        return False
    found = _SPEAKER.match(text)
    return (
        found is not None
        and found.group("post") is not None
        and found.group("name") is not None
        and text[0] not in "（("
    )


def run_on_speaker(text: str) -> int:
    """Where a speaker line run into the end of a ——subtitle's occasion starts, or -1: a
    scrape that joined the title block's lines (政府工作报告——2016年3月5日在第十二届全国人民代表
    大会第四次会议上国务院总理 李克强 → the index of 国务院总理). The occasion is 在… closed by 上,
    after the subtitle's dash; what follows it is a post and a name (``_posted_speaker``: a
    post is needed, 在大会上张三 names no one for sure) and nothing else."""
    dash = _DASH.search(text)
    if dash is None:
        return -1
    at = text.find("在", dash.end())
    on = text.find("上", at + 2) if at >= 0 else -1
    while on >= 0:
        start = on + 1
        while start < len(text) and text[start] in _RUN_ON_SPACES:
            start += 1
        if start < len(text) and _posted_speaker(text[start:].rstrip(_RUN_ON_SPACES)):
            return start
        on = text.find("上", on + 1)
    return -1


def run_on_speaker_parts(text: str) -> tuple[str, str] | None:
    """A title-block line whose subtitle ran into its speaker: (the line without the speaker,
    the speaker as written: 国务院总理 李克强), or None (``run_on_speaker``)."""
    start = run_on_speaker(text)
    if start < 0:
        return None
    return text[:start].rstrip(_RUN_ON_SPACES), text[start:].strip(_RUN_ON_SPACES)


_PLACE_SPOKEN = r"(?:讲|演讲|讲演|講|演講|講演)"
"""How a place line closes its occasion when it names a place, not a meeting: ——一九二三年
十二月二十六日在北京女子高等师范学校文艺会讲 (在…讲, as ──二十年九月在某某學院講── does)."""
_OCCASION_CLOSED = patterns.compile(rf"(?:上(?:的{_SPEECH_WORD})?|{_PLACE_SPOKEN})$")


def subtitle_goes_on(upper: str, lower: str) -> bool:
    """Whether ``lower``, the line right under ``upper``, finishes the ——subtitle that
    ``upper`` (a title line with its subtitle, or a subtitle line) left open where a hard wrap
    cut it: the occasion (在…) not yet closed by 上, or the speaker run into it cut inside the
    post — 政府工作报告——2016年3月5日在第十二届全国人民代表大会 | 第四次会议上国务院总理 李克强;
    …会议上国务院总 | 理 李克强. Joined, the two close the occasion (…会议上, …会议上的讲话)
    or end with a speaker run into it (``run_on_speaker``); ``lower`` is short and holds no
    sentence mark."""
    dash = _DASH.search(upper)
    if (
        dash is None
        or not 1 <= len(lower) <= 42
        or not _no_sentence(lower)
        or lower.startswith(DASH_STARTS)
        or "在" not in upper[dash.end() :]
        or _OCCASION_CLOSED.search(upper) is not None
        or run_on_speaker(upper) >= 0
    ):
        return False
    joined = upper + lower
    if len(joined) > TITLE_MAX:
        return False
    return _OCCASION_CLOSED.search(joined) is not None or run_on_speaker(joined) >= 0


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


# 各位友邦元首、使节及代表团、各位贵宾、亲爱的国人同胞：: a list of addressees that opens and
# closes with a salutation's words may name others between them (使节及代表团) plainly. Its first
# may also be a post (校长，主席，各位同学：; 萧美琴副总统、…，大家好：, the one who presides or
# ranks first, named by office), its last a group named by what its people are to the speaker
# (各位朋友，同乡朋友：): a qualifier of one to six characters and 朋友, 同学, 同仁… .
_ADDRESSEE_POST = rf"(?:尊敬的)?[\u4e00-\u9fff]{{0,8}}?{POSTS}"
_ADDRESSEE_GROUP = r"[\u4e00-\u9fff]{1,6}(?:朋友|同学|同志|同仁|同事|校友|来宾|嘉宾|老师)们?"
_SALUTATION_LIST = patterns.compile(
    rf"^(?:{_SALUTATION_PART}|{_ADDRESSEE_POST})"
    rf"(?:\s*[，,、和及]\s*(?:{_SALUTATION_PART}|[\u4e00-\u9fff]{{1,8}})){{0,6}}"
    rf"\s*[，,、]\s*(?:{_SALUTATION_PART}|{_ADDRESSEE_GROUP})\s*[：:]$"
)


# 各位友邦的元首与贵宾、各国驻台使节及代表、现场的好朋友，全体国人同胞，大家好：: a list of
# addressees opening with a salutation's words (or a post: 萧美琴副总统、…) and closing with the
# greeting to them all.
_GREETED_LIST = patterns.compile(
    rf"^(?:{_SALUTATION_PART}|{_ADDRESSEE_POST})"
    rf"(?:\s*[，,、和及]\s*(?:{_SALUTATION_PART}|[\u4e00-\u9fff]{{1,12}})){{0,8}}"
    r"\s*[，,]\s*(?:大家|各位)(?:好|早上好|上午好|中午好|下午好|晚上好)\s*[：:]$"
)
_GREETED_LIST_MAX = 80
"""The longest list of addressees closed by a greeting (大家好：) read as a salutation."""

# 各位专家、领导： / 各位嘉宾、家长、老师们、同学们，大家好！ / 尊敬的评委、嘉宾：: a list opened
# by 各位 or 尊敬的 and a name of at most six characters may name its other addressees plainly
# (领导, 家长, 评委: no salutation's words of their own), each a name of at most eight characters
# after a 、 (after a ，, a name opened by 各位, 尊敬的 or 亲爱的 again: 尊敬的老师，他对我们说： is a
# sentence); it ends with its colon, or with the greeting to them all and an exclamation mark
# (an opening salutation then only right under a title block: ``is_exclaimed_salutation``).
_ADDRESSED_HEAD = r"^(?:各位|尊敬的)[\u4e00-\u9fff]{1,6}"
_ADDRESSED_MORE = (
    r"(?:\s*、\s*(?:各位|尊敬的|亲爱的)?|\s*[，,]\s*(?:各位|尊敬的|亲爱的))[\u4e00-\u9fff]{1,8}"
)
_ADDRESSED_LIST = patterns.compile(rf"{_ADDRESSED_HEAD}(?:{_ADDRESSED_MORE}){{1,6}}\s*[：:]$")
_ADDRESSED_GREETED = patterns.compile(
    rf"{_ADDRESSED_HEAD}(?:{_ADDRESSED_MORE}){{0,6}}"
    r"\s*[，,]\s*大家(?:好|早上好|上午好|中午好|下午好|晚上好)\s*[！!]$"
)


def is_salutation(text: str) -> bool:
    """同志们： / 各位代表： / 各位企业家，同志们：, ending with a colon (a speech opens here);
    also a list of addressees whose first and last are a salutation's words (各位友邦元首、
    使节及代表团、各位贵宾、亲爱的国人同胞：), or whose first is and which closes with a greeting to
    them all (各位友邦的元首与贵宾、…、现场的好朋友，全体国人同胞，大家好：), or a list opened by
    各位 or 尊敬的 whose others are named plainly after a 、 (各位专家、领导：)."""
    if text.rstrip()[-1:] not in "：:":
        return False  # (every salutation ends with its colon: most lines are decided here)
    if len(text) > 40:
        return len(text) <= _GREETED_LIST_MAX and _GREETED_LIST.match(text) is not None
    return (
        _SALUTATION.match(text) is not None
        or _SALUTATION_LIST.match(text) is not None
        or _GREETED_LIST.match(text) is not None
        or _ADDRESSED_LIST.match(text) is not None
    )


_EXCLAIMED = patterns.compile(
    rf"^{_SALUTATION_PART}(?:\s*[，,、和及]\s*{_SALUTATION_PART}){{0,5}}\s*[！!]$"
)


def is_exclaimed_salutation(text: str) -> bool:
    """各位代表！ / 同志们！: an opening salutation only right under a title block (in a
    speech's text it is an interjection); also a list opened by 各位 or 尊敬的 and closed by
    the greeting to them all (各位嘉宾、家长、老师们、同学们，大家好！)."""
    return len(text) <= 40 and (
        _EXCLAIMED.match(text) is not None or _ADDRESSED_GREETED.match(text) is not None
    )


def is_closing(text: str) -> bool:
    """谢谢大家！ / 谢谢！ / 我的发言完毕，谢谢大家。 / 以上汇报，请批评指正。 — the last
    words of a speech."""
    return (
        len(text) <= 40
        and (text[:1] in "谢再以" or "完毕" in text)  # (what each branch needs: perfengine30)
        and _CLOSING.match(text) is not None
    )


# clean_title's patterns, stored as the others are (compiled at the first title of every
# start, they took 2.7 ms of the first file's parse: the last one's CJK ranges).
_ORDINAL_PREFIX = patterns.compile(
    r"^第\s*[0-9一二三四五六七八九十]+\s*篇[\s：:、.]*|^第\s*[0-9]+\s*[章回]\s+"
)
_NUMBERED_PREFIX = patterns.compile(r"^(?:篇|范文|材料)\s*[0-9一二三四五六七八九十]+\s*[：:、.]\s*")
_DASH_PREFIX = patterns.compile(rf"^{DASH}\s*")
_PART_NUMERAL = patterns.compile(r"^[一二三四五六七八九十]{1,2}[ \u3000]+")  # 一 一月十八日的讲话
_WRAP_SPACE = patterns.compile(r"(?<=[\u4e00-\u9fff，、“”])\s+(?=[\u4e00-\u9fff，、“”])")
_HAN_RUN_BEFORE = patterns.compile(r"[\u4e00-\u9fff]*$")
_HAN_RUN_AFTER = patterns.compile(r"[\u4e00-\u9fff]*")
_PARALLEL_MAX = 8
"""The longest half of a two-part title joined by one plain space (创新竞进 破浪前行)."""


def _separators(text: str) -> set[int]:
    """The starts of the spaces of ``text`` that separate words (kept in the title), among
    those ``_WRAP_SPACE`` finds between Chinese characters.

    A space between two runs of two Chinese characters or more is a separator when it is a
    full-width space or several spaces (某某文选　第二卷, 狠抓落实促转型  对标一流谋发展), or
    one plain space between two halves of 2–8 characters whose lengths differ by one at
    most (创新竞进 破浪前行, 欢迎词 讲话提纲); once a title has such a separator, its other
    spaces between runs of two or more are separators too (… 破浪前行 以青春之我筑就伟大征程).
    A run of one character on either side is letter-spacing (毛　泽　东, 讲　话) and a plain
    space between unequal runs a PDF wrap (在全市 2022 年优化营商环境 和招商引资大会上的讲话,
    在某某会议上的讲话 提纲: 讲话提纲 is one word): both are dropped."""
    found = []
    for match in _WRAP_SPACE.finditer(text):
        run_before = _HAN_RUN_BEFORE.search(text, 0, match.start())
        run_after = _HAN_RUN_AFTER.match(text, match.end())
        before = len(run_before.group()) if run_before else 0
        after = len(run_after.group()) if run_after else 0
        if before < 2 or after < 2:
            continue
        space = match.group()
        strong = space != " "
        balanced = before <= _PARALLEL_MAX and after <= _PARALLEL_MAX and abs(before - after) <= 1
        found.append((match.start(), strong or balanced))
    if not any(sure for _, sure in found):
        return set()
    return {start for start, _ in found}


# 继续报告国道五号游览车事故检讨及改进的部分。 / 继续本人就「落实食安五环…之建立规划」提出报告，敬请…:
# a speaker reading a second report in the same turn (a minister's or premier's turn before a
# legislature) says which one; its subject is the report's title. 后续，我再报告…部分。 and
# 接下来报告…，方才…已经作了说明，现在谨就…提出报告。 say so too.
_NEXT_REPORT = patterns.compile(
    r"^(?:继续|后续[，,]?|接下来[，,]?)(?:由)?(?:本人|我)?再?(?:"
    r"报告(?P<plain>[^。！？!?；;，,「」“”《》]{2,60}?)(?:的部分|部分)?"
    r"|就[「“《\"](?P<quoted>[^」”》\"]{2,60})[」”》\"][^。！？!?；;]{0,12}?报告"
    r")(?:[，,][^。！？!?]{0,50})?[。！？!?]?$"
)
# 「1021普悠玛事故等东部交通输运问题」专案报告 / 某某部业务报告 / 飞安会书面报告：: a report's title
# line (folded text).
_REPORT_TITLE = patterns.compile(r"^[^。！？!?；;，,：:]{4,40}报告[：:]?$")


def next_report(text: str) -> str | None:
    """The subject of a line that opens a further report in the same turn (继续报告…的部分。,
    继续本人就「…」提出报告，…), or None: the line is not one."""
    if len(text) > 100:
        return None
    match = _NEXT_REPORT.match(text)
    if match is None:
        return None
    return match.group("plain") or match.group("quoted")


def is_report_title(text: str) -> bool:
    """A short line with no sentence in it ending with 报告 (「…」专案报告, 某某部业务报告), or
    with 报告： over the report it labels (某某会书面报告：)."""
    return _REPORT_TITLE.match(text) is not None


def part_number(text: str) -> int:
    """The number of a numbered part's title line (一 一月十八日的讲话 → 1, 二　… → 2; 一 to
    十), or 0 when ``text`` opens with no numeral set off by a space."""
    numeral = _PART_NUMERAL.match(text)
    if numeral is None:
        return 0
    digits = numeral.group().rstrip()
    return chinese_number(digits) if len(digits) == 1 else 0


_PHRASE = patterns.compile(r"[\u4e00-\u9fff]{2,8}")


def spaced_phrases(text: str) -> bool:
    """Whether a title line is parallel phrases set apart by spaces (不忘初心担使命 传承博雅谱新篇,
    创新竞进 破浪前行): two or more runs of 2-8 Chinese characters whose lengths differ by one
    at most, spaces between them — not one phrase broken (关于加强和改进　新时代 | 基层治理…),
    a PDF wrap's space or letter-spacing."""
    parts = text.split()
    if len(parts) < 2 or any(_PHRASE.fullmatch(part) is None for part in parts):
        return False
    lengths = [len(part) for part in parts]
    return max(lengths) - min(lengths) <= 1


_LINE_PHRASE = patterns.compile(r"[\u4e00-\u9fff]{4,12}")


def parallel_lines(upper: str, lower: str) -> bool:
    """Whether two title lines are the two halves of a main title set as a couplet
    (凝心聚力谋发展 | 奋力开创新局面): each a run of 4-12 Chinese characters and nothing else,
    of the same length (中国共产党新闻网 over a title is a site's name), neither a title's
    broken half (the upper line ending with a joining word, 关于…/在… opening it, the lower
    starting with a suffix or ending with the word that names the speech: 全面加强新时代基层
    治理 | 工作体系建设的报告)."""
    return (
        _LINE_PHRASE.fullmatch(upper) is not None
        and _LINE_PHRASE.fullmatch(lower) is not None
        and len(upper) == len(lower)
        and upper[-1] not in TITLE_ENDS_NEVER
        and lower[0] not in TITLE_PIECE_STARTS_NEVER
        and not upper.startswith(("关于", "在"))
        and not ends_whole_title(lower)
    )


def clean_title(text: str) -> str:
    """A title as shown: 第N篇 and a leading dash dropped, PDF-wrap spaces and letter-spacing
    between Chinese characters removed (spaces around digits and Latin words kept, and the
    spaces that separate a title's parts: ``_separators``). A line opening a further report
    (继续报告…的部分。) gives that report's subject."""
    subject = next_report(text)
    if subject is not None:
        text = subject
    text = _ORDINAL_PREFIX.sub("", text)
    text = _NUMBERED_PREFIX.sub("", text)
    text = _DASH_PREFIX.sub("", text)
    if text.startswith("《") and text.endswith("》"):
        text = text[1:-1]
    numeral = _PART_NUMERAL.match(text)
    head = text[: numeral.end()].rstrip() + " " if numeral else ""
    body = text[numeral.end() :] if numeral else text
    if " " in body or "\u3000" in body:
        kept = _separators(body)
        if kept:
            return (
                head
                + _WRAP_SPACE.sub(
                    lambda match: match.group()[0] if match.start() in kept else "", body
                ).strip()
            )
    return head + _WRAP_SPACE.sub("", body).strip()


# 壬申十月在厦门妙释寺讲 / 一九二六年在厦门大学周会上的讲演 / 在泉州檀林福林寺念佛期讲 /
# 戊寅十一月十四日在南普陀寺佛教养正院: when and where a talk was given, on its own line.
_WHEN = (
    r"(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年?|[一二三四五六七八九〇○零]{4}年|"
    r"[0-9０-９]{4}\s*年)(?:\s*[闰]?[正一二三四五六七八九十冬腊0-9０-９]{1,2}\s*月)?"
    r"(?:\s*[初一二三四五六七八九十廿0-9０-９]{1,3}\s*日)?"
)
_OCCASION = patterns.compile(
    rf"^(?:——|—)?\s*(?:{_WHEN}[^。！？!?；;，,在]{{0,6}}在[^。！？!?；;，,]{{2,36}}"
    rf"|在[^。！？!?；;，,]{{2,36}}?(?:讲|讲演|演讲|演说|讲话|讲课|开示))$"
)


# 戊寅十一月十四日在南普陀寺佛教养正院同学会席上讲佛教养正院已办有四年了。 — an occasion line
# that lost its line break: a date, 在 a place, 讲, and the talk's first words run on.
_GLUED_OCCASION = patterns.compile(
    rf"^{_WHEN}[^。！？!?；;，,在]{{0,6}}在[^。！？!?；;，,]{{2,30}}?讲(?=[\u4e00-\u9fff])"
)


def glued_occasion(text: str) -> int:
    """Where an occasion line glued to the talk's first sentence ends (0: none)."""
    match = _GLUED_OCCASION.match(text) if "在" in text[:20] else None
    return match.end() if match is not None else 0


# 关于女性异说讨论致竺摩法师书，兹综合律文，… — a letter's name glued to its first words.
_LETTER_ENDS = "书函信"
"""How a letter's name ends (…致竺摩法师书): ``glued_letter`` looks at the character before the
first comma for one before it runs the expression."""
_LETTER_NAME = (
    r"[^，。！？!?；;：:,]{0,24}(?:致|复|答|与|上)[^，。！？!?；;：:,]{1,12}"
    rf"(?:{'|'.join(_LETTER_ENDS)})"
)
_GLUED_LETTER = patterns.compile(rf"^{_LETTER_NAME}，(?=\S)")
_LETTER_TITLE = patterns.compile(rf"^{_LETTER_NAME}，?$")


def glued_letter(text: str) -> int:
    """Where a letter's name glued to the letter's first words ends, after its comma (0:
    none): 关于女性异说讨论致竺摩法师书，| 兹综合律文，…"""
    # The name ends at the text's first comma, after 书, 函 or 信: looked at before the expression
    # (its 10,205 calls in the 10 MB collection's parse 7.31 ms (6.91-16.42) -> 5.27 ms
    # (5.05-5.88) of CPU, bench_calls.py, 7 rounds in turns, perfengine).
    comma = text.find("，", 0, 40)
    match = _GLUED_LETTER.match(text) if comma > 0 and text[comma - 1] in _LETTER_ENDS else None
    return match.end() if match is not None else 0


def is_letter_title(text: str) -> bool:
    """A letter's name on a line of its own (…致竺摩法师书, also with the comma that glued it)."""
    return len(text) <= 40 and _LETTER_TITLE.match(text) is not None


# 第6章 弘一法师在各地讲法汇集(1) / 鲁迅演讲集 — a line naming a compilation, not a speech.
# 某某文选　第二卷 / 某某选集（第三卷） / 某某文集 下册: a collected edition's volume, the line
# its pages carry at the top.
_COLLECTION = patterns.compile(
    r"(?:汇集|合集|文集|文选|选集|全集|汇编|选编|讲演集|演讲集|讲话集|讲稿集)\s*"
    r"(?:[（(]?\s*[0-9一二三四五六七八九十]+\s*[)）]?|[（(][上中下][)）]"
    r"|[（(]?\s*(?:第\s*[0-9一二三四五六七八九十]+\s*[卷册]|[上中下][卷册])\s*[)）]?)?$"
)


def is_collection_line(text: str) -> bool:
    """A compilation's own title (…讲法汇集(1), …文集), as a chapter line or on its own:
    the file's front matter, not a speech's title."""
    return len(text) <= 60 and _COLLECTION.search(text) is not None


def is_occasion_line(text: str) -> bool:
    """壬申十月在厦门妙释寺讲 / 在泉州檀林福林寺念佛期讲: when and where a talk was given,
    printed above it or under its title (a date followed by 在…, or 在…讲)."""
    return len(text) <= 44 and "在" in text and _OCCASION.match(text) is not None


# 开幕词 … 结论, 一 一月十八日的讲话 / 二 一月二十七日的讲话: the parts of one occasion.
_PART = patterns.compile(
    r"^(?:开幕词|闭幕词|开幕辞|闭幕辞|引言|结论|结束语|开场白|总结讲话|插话)$"
    r"|^[一二三四五六七八九十]{1,2}[ \u3000、．.]\s*[^。！？!?；;，,]{0,24}[月日在][^。！？!?；;，,]{0,24}"
    r"(?:的讲话|的插话|的结论|的报告|的发言|的总结|上的讲话)$"
)
"""(一、认真学习重要讲话 is a heading: a numbered part names its day or its occasion.)"""


_SUMMARY_LABEL = patterns.compile(r"^(?:本(?:节|章|部分|讲))?小结[：:]?$")


def is_summary_label(text: str) -> bool:
    """小结： / 本节小结: a section's summary label alone on its line (in a text of ``#``
    sections, the last part of the section it closes)."""
    return len(text) <= 8 and _SUMMARY_LABEL.match(text) is not None


# 第一讲引言 / 第二讲　方法的自觉: one lecture of a series, named by its number and a short
# title (no comma or sentence: 第一讲，我们讲… is prose).
# A title may quote a word (第四讲宋人之“说话”及其影响): “” in pairs, none left open.
_LECTURE = patterns.compile(
    r"^第(?P<n>[一二三四五六七八九十]{1,3})讲[ \u3000]*"
    r"(?=[^“”]*(?:“[^“”]+”[^“”]*)*$)[^。！？!?；;，,：:、（）()]{0,16}$"
)
# 党课讲义 / 佛學概論講義 / …课程提纲: a course's notes, whose 第N讲 are its chapters.
_COURSE_NOTES = patterns.compile(r"(?:讲义|講義|教材|教程|提纲|提綱|课程|課程|讲座提要)")


def lecture_number(text: str) -> int:
    """The number of a lecture's title line (第一讲引言 → 1, 第三讲方法与材料 → 3), else 0."""
    match = _LECTURE.match(text)
    return chinese_number(match.group("n")) if match is not None else 0


def names_course_notes(text: str) -> bool:
    """A title naming a course's notes (党课讲义): its 第N讲 are chapters, not talks."""
    return _COURSE_NOTES.search(text) is not None


def is_part_line(text: str) -> bool:
    """A line naming one part of a speech given in parts (开幕词 / 结论 / 一 一月十八日的讲话)."""
    if len(text) > 30:
        return False
    if len(text) <= 8:
        text = text.replace(" ", "").replace("\u3000", "")  # 引　言 / 结　论
    return _PART.match(text) is not None
