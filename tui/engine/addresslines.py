"""Who speaks and to whom: speaker lines, names, salutations, closings.

A speaker line (职务 + 姓名, ``is_speaker_line``, ``speaker_parts``; a speaker run on into
the title: ``run_on_speaker``), the surname list a name is checked against (``surnames``),
a salutation (同志们：, a list of those addressed: ``is_salutation``,
``is_exclaimed_salutation``) and a speech's closing words (``is_closing``). Built from
``framing``'s atoms; asked by ``roles``, ``speeches``, ``assemble`` and ``reflow``.
"""

from __future__ import annotations

from tui.base import patterns
from tui.engine.framing import DASH_RE, DAY_DATE
from tui.paths import data_file

_NOT_A_NAME = patterns.compile(
    r"下载|点击|登录|注册|分享|收藏|评论|阅读|打印|关闭|目录|首页|返回|推荐|文档|栏目|的|会议上"
)

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
    rf"(?:\s*[（(]?\s*(?P<date>{DAY_DATE})\s*[）)]?)?\s*[）)]?$"
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
    dash = DASH_RE.search(text)
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
