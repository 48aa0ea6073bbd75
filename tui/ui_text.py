"""The interface's words, Chinese and English side by side: the one place they live.

Every label, key description, notice, status text, palette command and error message of
the screens and widgets is a ``Msg`` here, written in both languages::

    BOOKMARK_ADDED = Msg("已添加书签", "Bookmark added")
    FIND_NONE = Msg("没有“{term}”。", "“{term}” not found.")

and used by calling it: ``ui_text.FIND_NONE(term=term)`` gives the text in the language
chosen now (``language()``, set by ``set_language``). A new label is a new ``Msg``, and a
``Msg`` cannot be made without its English. ``tests/unit/test_ui_text.py`` checks that
every entry has both texts with the same format fields, and that no Chinese string is
left in ``tui/screens`` and ``tui/widgets`` outside this module.

Untrusted text (file names, text from files) passed as a format argument is still made
safe where it is shown (``safe_text`` at the sink), as before.

Key descriptions and help group titles are class attributes (``Binding(..., "退出")``,
``HELP_GROUP``), fixed when the class is made, and ``docs/keys.md`` lists them in
Chinese: they stay Chinese there and are written ``KEY_QUIT.zh``; the key bar and the
help screen show them through ``shown(description)``, which finds the ``Msg`` by its
Chinese text and gives the current language's.

No Textual import: the command line uses this module before Textual is loaded.

Why this module is about 800 lines: it is the catalogue itself, some 350 entries of two
languages each, grouped by the screen that shows them. One file is the one place a
translator or a reviewer reads every text of the interface side by side; split by screen,
the duplicate and missing-English checks would need the parts put back together.
"""

from __future__ import annotations

import os
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from tui.base import patterns
from tui.paths import BUNDLED_NAME

if TYPE_CHECKING:
    from tui.engine.match import Hit

Language = Literal["zh", "en"]
LANGUAGES: tuple[Language, ...] = ("zh", "en")
DEFAULT: Language = "zh"
ENVIRONMENT = "SPEECH_READER_LANG"
"""The environment variable that chooses the language (``zh`` or ``en``)."""

_current: Language = DEFAULT

CATALOGUE: dict[str, Msg] = {}
"""Every entry, by its name in this module (filled below, for the tests)."""
_BY_CHINESE: dict[str, Key] = {}
"""Entries that are stored as their Chinese text (key descriptions, group titles)."""
CATALOGUE_KEYS = _BY_CHINESE
"""``Key`` entries by their Chinese text (for ``tui.keyref``)."""


def language() -> Language:
    """The interface's language now."""
    return _current


def set_language(chosen: Language) -> None:
    """Show the interface in ``chosen`` from now on (what is on screen is redrawn by the
    app: ``SpeechReaderApp.switch_language``)."""
    global _current
    if chosen not in LANGUAGES:
        raise ValueError(f"unknown language {chosen!r}")
    _current = chosen


def parse_language(value: object) -> Language | None:
    """``value`` as a language ("en", "EN", "zh", "zh_CN.UTF-8" …), or None."""
    if not isinstance(value, str):
        return None
    head = value.strip().lower()[:2]
    return "en" if head == "en" else "zh" if head == "zh" else None


def choose(
    flag: str | None, stored: object = None, environ: Mapping[str, str] | None = None
) -> Language:
    """The language to start in: ``--lang``, else ``SPEECH_READER_LANG``, else the one
    chosen last (``stored``), else Chinese."""
    env = os.environ if environ is None else environ
    for value in (flag, env.get(ENVIRONMENT), stored):
        found = parse_language(value)
        if found is not None:
            return found
    return DEFAULT


def fields(text: str) -> set[str]:
    """The names of ``text``'s format fields ("{name}", "{count:,}" → {"name", "count"})."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


class _Counted(string.Formatter):
    """``str.format`` that also reads ``{count:file|files}``: the word before the bar when
    ``count`` is 1, else the one after (English nouns and verbs that agree with a number:
    "1 file", "75 matches"). Any other format spec is the usual one."""

    def format_field(self, value: object, format_spec: str) -> str:
        if "|" in format_spec:
            one, many = format_spec.split("|", 1)
            return one if value == 1 else many
        return format(value, format_spec)


_COUNTED = _Counted()


@dataclass(frozen=True, slots=True)
class Msg:
    """One text of the interface in both languages; call it for the current one.

    A word that agrees with a number is written ``{count:file|files}`` (singular, then
    plural), beside ``{count}`` itself: "{count} {count:file|files}" gives "1 file" and
    "3 files". Chinese needs none of it."""

    zh: str
    en: str

    def __call__(self, **args: object) -> str:
        text = self.en if _current == "en" else self.zh
        if not args:
            return text
        return _COUNTED.format(text, **args) if "|" in text else text.format(**args)


@dataclass(frozen=True, slots=True)
class Key(Msg):
    """A text stored as its Chinese (``Binding(..., KEY_QUIT.zh)``, ``HELP_GROUP``) and
    shown through ``shown``: key descriptions and the help screen's group titles.

    ``bar``: a shorter English for the key bars, where the Chinese takes few cells and the
    English many (the help screen and docs/keys.md say it whole); ``bar_zh`` the same in
    Chinese, for the few whose Chinese is long too (``导出 Markdown``: at 120 columns the
    notebook's bar had no room for it).

    ``short``, ``short_zh``: shorter still, for a dialog's hints under its list when they
    do not fit on one line (``KeyHints``; the footer and the help keep the other forms):
    the notebook's eleven keys took two lines at 100 columns (newuser19)."""

    bar: str = ""
    bar_zh: str = ""
    short: str = ""
    short_zh: str = ""


def pick(zh: str, en: str) -> str:
    """Of a pair of texts made elsewhere in both languages (``SpeechFileError``'s
    ``message`` and ``message_en``, the search index's ``notice`` and ``notice_en``), the
    current language's (the Chinese when there is no English)."""
    return en if _current == "en" and en else zh


def said(text: str) -> str:
    """A text made below the UI in both languages, in the current one: a
    ``tui.base.errors.Said`` (the index's refusals, a document's warnings made by
    ``tui.formats.errors``); any other text whole. (A warning was once a text "中文 /
    English" split here at its " / ": a warning holding " / " of its own, or an English
    without it, was cut wrong; it is typed now, through the extraction cache and the
    document store.)"""
    english = getattr(text, "en", None)
    if isinstance(english, str):
        return pick(str(text), english)
    return text


def speech_name(
    title: str | None,
    index: int,
    preview: str,
    file_name: str,
    total: int,
    date: str | None = None,
) -> str:
    """A speech's name in the interface's language: its ``title``, or (untitled) its
    ``date`` first when it has one, then the file name, "第2篇" ("Speech 2") and its first
    words: untitled speeches of a collection differ most by their dates, and a narrow pane
    cuts the end of a name, not its start (without a date, in Chinese, exactly
    ``Speech.label``'s text; the title and the date, texts of the file, are never
    translated)."""
    if title:
        return title
    number = SPEECH_NUMBER(number=index + 1)
    stem = file_name.rsplit(".", 1)[0] if file_name else ""
    head = " ".join(part for part in (date, stem, number if total > 1 else "") if part)
    words = preview[:16]
    if head and words:
        return SPEECH_WITH_WORDS(head=head, words=words)
    return head or (words + "…" if words else number)


def dated_speech_name(
    title: str | None,
    index: int,
    preview: str,
    file_name: str,
    total: int,
    date: str | None = None,
) -> str:
    """``speech_name`` that always shows the speech's date where it has one: an untitled
    speech's starts with it; a title is followed by it (``OUTLINE_DATE``) unless it holds
    it already. The outline pane's and the ``outline`` and ``keywords`` commands' name."""
    name = speech_name(title, index, preview, file_name, total, date)
    if date and date not in name:
        name += OUTLINE_DATE(date=date)
    return name


def hit_speech(hit: Hit, file_name: str | None = None) -> str:
    """The speech a search hit is in, named in the interface's language (an untitled one
    from its parts, ``Hit.speech_parts``, and ``file_name``, the file's name as the caller
    shows names, by default as it is; else the label the index keeps); outside the
    speeches, "（讲话之外）"."""
    parts = hit.speech_parts
    if parts is None:
        return hit.speech_label or CORPUS_OUTSIDE_SPEECHES()
    name = os.path.basename(hit.path) if file_name is None else file_name
    return speech_name(parts.title, parts.index, parts.preview, name, parts.total)


_NUMBER_AND_WORD = patterns.compile(r"(?<![\w.,:/])(\d(?:[\d.,:/]*\d)?%?) (?=[^\W\d_])")
"""A number standing alone (not the end of a word: F5, p1) and the space before the word
after it ("2 个文件", "2 files", "1/3022 个文件", "12.5 MB")."""


def glue_numbers(text: str) -> str:
    """``text`` with each number held to the word after it by a no-break space, which the
    reader's line breaking (``tui.engine.wrap``) never breaks at: "（2 个文件尚未建立索引…）"
    broke as "（2" | "个文件…" and "2 files" as "(2" | "files" where Textual wrapped a
    text at any space. For the UI's wrapped texts (the corpus search's summary, notices,
    dialogs' messages), not for the command line's output: a no-break space there is only
    what a copy or a grep would trip on."""
    return _NUMBER_AND_WORD.sub("\\1\u00a0", text)


def passed_over(not_regular: int, unreadable_folders: int) -> str:
    """What a folder walk passed over (``tui.base.files.WalkReport``), in one line; ""
    when nothing."""
    parts = []
    if not_regular:
        parts.append(WALK_NOT_REGULAR(count=not_regular))
    if unreadable_folders:
        parts.append(WALK_UNREADABLE_FOLDERS(count=unreadable_folders))
    return WARNINGS_JOIN().join(parts)


def shown(text: str, bar: bool = False, short: bool = False) -> str:
    """A key description or group title (stored in Chinese) in the current language (with
    ``bar``, the key bar's short form if it has one in that language: ``Key.bar``,
    ``Key.bar_zh``; with ``short``, ``Key.short``/``Key.short_zh`` first, then those); a
    text not in the catalogue as it is."""
    found = _BY_CHINESE.get(text)
    if found is None:
        return text
    if short and (found.short if _current == "en" else found.short_zh):
        return found.short if _current == "en" else found.short_zh
    bar = bar or short
    if bar and _current == "en" and found.bar:
        return found.bar
    if bar and _current != "en" and found.bar_zh:
        return found.bar_zh
    return found()


def _register() -> None:
    for name, value in globals().items():
        if isinstance(value, dict) and name.endswith("_LABELS"):
            for key, item in value.items():
                CATALOGUE[f"{name}[{key}]"] = item
        if isinstance(value, Msg):
            CATALOGUE[name] = value
        if isinstance(value, Key):
            other = _BY_CHINESE.setdefault(value.zh, value)
            if (other.en, other.bar, other.bar_zh, other.short, other.short_zh) != (
                value.en,
                value.bar,
                value.bar_zh,
                value.short,
                value.short_zh,
            ):
                raise ValueError(f"{value.zh!r} is both {other.en!r} and {value.en!r}")


# ---------------------------------------------------------------- the language itself
LANGUAGE_COMMAND = Msg("Language: English / 界面语言：英文", "界面语言：中文 / Language: Chinese")
LANGUAGE_COMMAND_HELP = Msg(
    "Show the interface in English / 界面改用英文", "界面改用中文 / Show the interface in Chinese"
)
LANGUAGE_SWITCHED = Msg("界面语言：中文", "Interface language: English")
LANGUAGE_NAME = Msg("界面语言", "interface language")
BUNDLED_CORPUS = Msg(BUNDLED_NAME, "Bundled speeches")
"""What could not be saved when the choice could not be written."""

# ---------------------------------------------------------------- the command line (tui/cli.py)
CLI_NO_LOG = Msg("（无法写入日志）", "(no log could be written)")
CLI_CRASHED = Msg(
    "speech-reader: 阅读器出错退出，错误详情见 {where}",
    "speech-reader: the reader crashed; the traceback is in {where}",
)

# ---------------------------------------------------------------- the app (tui/app.py)
APP_TITLE = Msg("讲话稿阅读器", "Speech reader")
PALETTE_PLACEHOLDER = Msg(
    "输入标题、文件名或命令（复制、引文格式、摘录本、主题…）",
    "A heading, a file or a command (copy, citation, notebook, theme…)",
)
PALETTE_NO_MATCHES = Msg("没有匹配的标题、文件或命令", "No heading, file or command matches")
PALETTE_JUMP_SPEECH = Msg("跳到这篇讲话", "Go to this speech")
PALETTE_JUMP_HEADING = Msg("跳到标题 · {speech}", "Go to the heading · {speech}")
PALETTE_OPEN_FILE = Msg("打开文件", "Open the file")
BACKGROUND_TITLE = Msg("后台任务", "Background work")
HELPER_DIED = Msg(
    "后台进程意外退出，关键词等改在本进程计算（可能较慢）。",
    "The background process ended unexpectedly; keywords and the rest are worked out in "
    "the reader itself now (perhaps more slowly).",
)
HELPER_NOT_STARTED = Msg(
    "无法启动后台进程（{error}），改在本进程计算。",
    "The background process could not be started ({error}); the work is done in the reader itself.",
)
UNSAVED_THEME = Msg("主题", "theme")
CMD_THEME = Msg("切换主题", "Theme")
CMD_THEME_HELP = Msg("换一套界面配色", "Change the colours of the interface")
CMD_HELP = Msg("按键帮助", "Keys")
CMD_HELP_HELP = Msg("列出所有按键（同 ? 键）", "List every key (like ?)")
CMD_RESTORE = Msg("还原窗格", "Restore the panes")
CMD_RESTORE_HELP = Msg("退出最大化，恢复三栏布局", "Leave the maximized pane, back to three panes")
CMD_MAXIMIZE = Msg("最大化当前窗格", "Maximize the pane")
CMD_MAXIMIZE_HELP = Msg(
    "让焦点所在的窗格占满屏幕（Esc 还原）",
    "The pane with the focus fills the screen (Esc restores)",
)
CMD_SCREENSHOT = Msg("截图", "Screenshot")
CMD_SCREENSHOT_HELP = Msg("把当前画面保存为 SVG 文件", "Save the screen as an SVG file")
CMD_QUIT = Msg("退出", "Quit")
CMD_QUIT_HELP = Msg("保存阅读位置后退出（同 q 键）", "Save the reading position and quit (like q)")
CMD_READ_AGAIN = Msg("重新读取此文件", "Read this file again")
CMD_READ_AGAIN_HELP = Msg(
    "从磁盘再读一次打开的文件；之前读取失败（PDF 解析库崩溃或超时）的 PDF 也再试一次（同 Ctrl+R）",
    "Read the open file from disk again; a PDF that failed before (the PDF library crashed"
    " or ran out of time) is tried again too (like Ctrl+R)",
)
READ_AGAIN_HINT = Msg(
    "要再试一次（例如读它时机器太忙而超时），可以按 Ctrl+R，或在命令面板（Ctrl+P）里选“重新读取此文件”。",
    "To try it once more (say it ran out of time while the machine was busy), press"
    " Ctrl+R, or choose “Read this file again” in the command palette (Ctrl+P).",
)
CLI_READ_AGAIN_HINT = Msg(
    "要再试一次（例如读它时机器太忙而超时），运行：speech-reader --read-again {path}",
    "To try once more (say it ran out of time while the machine was busy), run: speech-reader"
    " --read-again {path}",
)
HELP_QUIT_TITLE = Msg("要退出吗？", "Do you want to quit?")
HELP_QUIT = Msg(
    "按 {key} 退出阅读器（ctrl+c 只复制选中的文字）",
    "Press {key} to quit the reader (ctrl+c only copies selected text)",
)
THEME_SEARCH = Msg("搜索主题…", "Search themes…")
THEME_NONE = Msg("没有这个主题", "No such theme")

# ---------------------------------------------------------------- keys (BINDINGS) and help groups
GROUP_GENERAL = Key("通用", "General")
KEY_QUIT = Key("退出", "Quit")
KEY_HELP = Key("帮助", "Help")
KEY_NEXT_PANE = Key("下一窗格", "Next pane")
KEY_PREVIOUS_PANE = Key("上一窗格", "Previous pane")
KEY_PALETTE = Key("命令面板", "Commands")
KEY_RESTORE = Key("还原窗格", "Restore panes")

GROUP_PANES = Key("窗格", "Panes")
KEY_TREE = Key("文件栏", "Files")
KEY_OUTLINE = Key("提纲栏", "Outline")
KEY_NARROWER = Key("窄一些（文件栏/提纲栏）", "Narrower (files/outline)")
KEY_WIDER = Key("宽一些（文件栏/提纲栏）", "Wider (files/outline)")
KEY_BOOKMARK = Key("书签", "Bookmark", bar="Mark")
KEY_BOOKMARKS = Key("书签列表", "Bookmarks", bar="Marks")
KEY_COPY_SENTENCE = Key("复制句子（带出处）", "Copy the sentence (cited)")
KEY_COPY_PARAGRAPH = Key("复制段落（带出处）", "Copy the paragraph (cited)")
KEY_NOTEBOOK = Key("摘录本", "Notebook")
KEY_KEYWORDS = Key("关键词栏", "Keywords")
KEY_KEYWORD_HIGHLIGHTS = Key("高亮关键词", "Highlight keywords")
KEY_FIND = Key("查找", "Find")
KEY_FIND_NEXT = Key("下一处", "Next match")
KEY_FIND_PREVIOUS = Key("上一处", "Previous match")
KEY_FIND_TO_HIGHLIGHT = Key("查找词设为高亮词", "Highlight the find term")
KEY_CORPUS_SEARCH = Key("全文搜索", "Search all")
KEY_READ_AGAIN = Key("重新读取此文件", "Read this file again", bar="Read again")

GROUP_READER = Key("阅读", "Reading")
KEY_NEXT_SENTENCE = Key("下一句", "Next sentence", bar="Next")
KEY_PREVIOUS_SENTENCE = Key("上一句", "Previous sentence", bar="Prev")
KEY_PAGE_DOWN = Key("下一页", "Page down", bar="Page")
KEY_PAGE_UP = Key("上一页", "Page up")
KEY_HALF_DOWN = Key("下半页", "Half a page down")
KEY_HALF_UP = Key("上半页", "Half a page up")
KEY_LINE_DOWN = Key("向下滚一行", "Scroll a line down")
KEY_LINE_UP = Key("向上滚一行", "Scroll a line up")
KEY_START = Key("文首", "Start")
KEY_END = Key("文末（前加数字 N：第 N 行）", "End (after a count N: line N)", bar="End")
KEY_NEXT_HEADING = Key("下一标题", "Next heading", bar="Heading")
KEY_PREVIOUS_HEADING = Key("上一标题", "Previous heading")
KEY_NEXT_SPEECH = Key("下一篇", "Next speech", bar="Speech")
KEY_PREVIOUS_SPEECH = Key("上一篇", "Previous speech")
KEY_SELECT = Key("选择", "Select")
KEY_READING_WIDTH = Key("限制行宽", "Line width")
KEY_SHOW_NOISE = Key(
    "显示/隐藏杂项（页眉、页码、广告）", "Show/hide noise (headers, page numbers, ads)"
)
KEY_CANCEL = Key("取消选择 / 结束查找", "Cancel selection / find")
KEY_GO_PERCENT = Key("跳到百分之几（先输数字，如 50%）", "Go to a percentage (count first: 50%)")
KEY_COUNT = Key(
    "计数：下一个移动键走几次（如 3] 5j；Esc 取消）",
    "Count for the next move key (3] 5j; Esc drops it)",
)
PERCENT_NEEDS_COUNT = Msg(
    "先输入数字再按 %，如 50% 跳到一半处。", "Type a number before %: 50% goes half-way."
)
COUNT_NOTE = Msg("计数 {count}", "count {count}")
KEY_OUTLINE_SPEECH_NUMBER = Key(
    "跳到第 N 篇（先输篇号，再按 Enter；Esc 取消）",
    "Go to speech N (its number, then Enter; Esc drops it)",
)

GROUP_OUTLINE = Key("提纲", "Outline")
KEY_COPY_HEADING = Key("复制标题", "Copy heading")
KEY_COPY_SECTION = Key("复制整节", "Copy section")
KEY_COPY_OUTLINE = Key("复制提纲", "Copy outline")
KEY_NEXT_ITEM = Key("下一项", "Next item")
KEY_PREVIOUS_ITEM = Key("上一项", "Previous item")
KEY_EXPAND_ALL = Key("全部展开/折叠", "Expand/collapse all")

GROUP_FILES = Key("文件", "Files")
KEY_OPEN = Key("打开", "Open")
KEY_COPY_READER_SENTENCE = Key(
    "复制阅读区的句子", "Copy the reader's sentence (cited)", bar="Copy reader's sentence"
)
KEY_COPY_READER_PARAGRAPH = Key("复制阅读区的段落", "Copy the reader's paragraph (cited)")

GROUP_KEYWORDS = Key("关键词", "Keywords")
KEY_TOGGLE_HIGHLIGHT = Key("加入/移出高亮词", "Highlight word on/off", bar="Highlight")
KEY_HIGHLIGHT = Key("高亮", "Highlight")
KEY_CLOSE = Key("关闭", "Close")
GROUP_FIND = Key("查找", "Find")
KEY_CLEAR_FIND = Key("清除查找", "Clear the find", bar="Clear")

# ---------------------------------------------------------------- the main screen
NO_SPEECHES = Msg(
    "这个文件夹（及其子文件夹）里没有讲话稿（能打开的有 {kinds}）。",
    "This folder (and its subfolders) holds no speeches (the files it opens: {kinds}).",
)
FILE_SIZE = Msg("（{megabytes:.1f} MB）", " ({megabytes:.1f} MB)")
CANNOT_OPEN = Msg(
    "无法打开这个文件：读取时出了意外的错误（详情记在日志 {log} 里）。",
    "This file cannot be opened: reading it failed unexpectedly (the details are in the log, {log}).",
)
"""An error no reader turned into words for users: its own text (a library's, in English)
is logged, not shown (newuser15)."""
CANNOT_SHOW = Msg("无法显示", "cannot be shown")
WARNINGS_JOIN = Msg("；", "; ")
FILE_GONE = Msg(
    "文件已被删除或移走；它回来时会自动重新打开。",
    "The file was deleted or moved; it opens again by itself when it comes back.",
)
FILE_GONE_STATUS = Msg("文件不见了", "file gone")
FILE_GONE_KEPT = Msg(
    "{name} 已被删除或移走。阅读区仍显示它消失前的内容，可以照常阅读、复制和加书签；"
    "文件回来时自动重新打开，停在你读到的地方。",
    "{name} was deleted or moved. The reader still shows its text as it was, to read, copy"
    " and bookmark as before; when the file comes back it opens again by itself, where you are.",
)
FOLDER_GONE = Msg(
    "文件所在的文件夹 {folder} 已被删除或移走；它回来时文件会自动重新打开。",
    "The folder {folder}, which held the file, was deleted or moved; the file opens again by"
    " itself when it comes back.",
)
FOLDER_GONE_OUT = Msg(
    "文件所在的文件夹 {folder} 已被删除或移走：在 {root} 里没有找到它，可能被删除了，或移到了 {root} 以外；"
    "它回来时文件会自动重新打开。",
    "The folder {folder}, which held the file, was deleted or moved: it is nowhere in {root},"
    " so it was deleted or moved out of {root}; the file opens again by itself when it comes"
    " back.",
)
"""``FOLDER_GONE`` for a folder under the tree's root (``root``), looked for there by
``moved_folder`` and not found: "deleted or moved" left the user to wonder where to."""
FOLDER_GONE_OUT_KEPT = Msg(
    "{name} 所在的文件夹 {folder} 已被删除或移走：在 {root} 里没有找到它，可能被删除了，或移到了"
    " {root} 以外。阅读区仍显示它消失前的内容，可以照常阅读、复制和加书签；文件夹回来时自动重新打开，"
    "停在你读到的地方；放回 {root} 里别的地方的，按 Ctrl+R 再找。",
    "The folder {folder}, which held {name}, was deleted or moved: it is nowhere in {root}, so"
    " it was deleted or moved out of {root}. The reader still shows the text as it was, to"
    " read, copy and bookmark as before; when the folder comes back the file opens again by"
    " itself, where you are; put back elsewhere in {root}, press Ctrl+R to look for it again.",
)
"""``FOLDER_GONE_KEPT`` for a folder under the tree's root (see ``FOLDER_GONE_OUT``). Only
its old place is watched: Ctrl+R looks through the root again (``_read_again``)."""
FOLDER_GONE_STOPPED = Msg(
    "文件所在的文件夹 {folder} 已被删除或移走：在 {root} 里找了 {looked} 个文件夹后停下了（文件夹太多），"
    "没有找到它，它也可能在没找过的文件夹里；它回来时文件会自动重新打开。",
    "The folder {folder}, which held the file, was deleted or moved: the search for it in"
    " {root} stopped after {looked} folders (there are too many), not finding it; it may be in"
    " one not searched. The file opens again by itself when it comes back.",
)
"""``FOLDER_GONE_OUT`` when ``moved_folder`` stopped at ``MOVED_LOOKS`` (``looked``)
folders: "nowhere in {root}" was said of folders it never looked in."""
FOLDER_GONE_STOPPED_KEPT = Msg(
    "{name} 所在的文件夹 {folder} 已被删除或移走：在 {root} 里找了 {looked} 个文件夹后停下了（文件夹太多），"
    "没有找到它，它也可能在没找过的文件夹里。阅读区仍显示它消失前的内容，可以照常阅读、复制和加书签；"
    "文件夹回来时自动重新打开，停在你读到的地方；放回 {root} 里别的地方的，按 Ctrl+R 再找。",
    "The folder {folder}, which held {name}, was deleted or moved: the search for it in {root}"
    " stopped after {looked} folders (there are too many), not finding it; it may be in one not"
    " searched. The reader still shows the text as it was, to read, copy and bookmark as"
    " before; when the folder comes back the file opens again by itself, where you are; put"
    " back elsewhere in {root}, press Ctrl+R to look for it again.",
)
FOLDER_GONE_UNSOUGHT = Msg(
    "文件所在的文件夹 {folder} 已被删除或移走：无法辨认这个文件（打开时没能读到它的文件信息），"
    "所以没有在 {root} 里找它，它也可能被移到了 {root} 里别的地方；它回来时文件会自动重新打开。",
    "The folder {folder}, which held the file, was deleted or moved: the file could not be"
    " identified (its file information could not be read when it was opened), so {root} was"
    " not searched for it; it may have been moved elsewhere in {root}. The file opens again by"
    " itself when it comes back.",
)
"""``FOLDER_GONE_OUT`` when the file's device and inode were not known: nothing was looked
for, so "nowhere in {root}" was not known either."""
FOLDER_GONE_UNSOUGHT_KEPT = Msg(
    "{name} 所在的文件夹 {folder} 已被删除或移走：无法辨认这个文件（打开时没能读到它的文件信息），"
    "所以没有在 {root} 里找它，它也可能被移到了 {root} 里别的地方。阅读区仍显示它消失前的内容，"
    "可以照常阅读、复制和加书签；文件夹回来时自动重新打开，停在你读到的地方。",
    "The folder {folder}, which held {name}, was deleted or moved: the file could not be"
    " identified (its file information could not be read when it was opened), so {root} was"
    " not searched for it; it may have been moved elsewhere in {root}. The reader still shows"
    " the text as it was, to read, copy and bookmark as before; when the folder comes back the"
    " file opens again by itself, where you are.",
)
FOLDER_GONE_STATUS = Msg("文件夹不见了", "folder gone")
FOLDER_GONE_KEPT = Msg(
    "{name} 所在的文件夹 {folder} 已被删除或移走。阅读区仍显示它消失前的内容，可以照常阅读、"
    "复制和加书签；文件夹回来时自动重新打开，停在你读到的地方。",
    "The folder {folder}, which held {name}, was deleted or moved. The reader still shows the"
    " text as it was, to read, copy and bookmark as before; when the folder comes back the"
    " file opens again by itself, where you are.",
)
"""The open file's folder (or one above it) gone, and not renamed beside itself: said of
the folder, not of the file (which was not deleted by itself)."""
FILE_NOT_REGULAR_STATUS = Msg("不是普通文件", "not a regular file")
FILE_NOT_REGULAR_KEPT = Msg(
    "{why}阅读区仍显示它之前的内容，可以照常阅读、复制和加书签；它再是普通文件时自动重新打开，停在你读到的地方。",
    "{why} The reader still shows its text as it was, to read, copy and bookmark as before;"
    " when it is a regular file again it opens again by itself, where you are.",
)
"""The open file's name now a FIFO, a device or a folder (``why``: ``read_file_bytes``'s
words): it was called deleted or moved (文件不见了)."""
SPEECH_NUMBER = Msg("第{number}篇", "Speech {number}")
SPEECH_WITH_WORDS = Msg("{head}：{words}…", "{head}: {words}…")
OPENING = Msg("正在打开", "Opening")
OPENING_LABELS = {
    "pdf": Msg("正在读取 PDF 的文字层", "Reading the PDF's text layer"),
    "docx": Msg(
        "正在读取 Word 文档（含自动编号）", "Reading the Word document (with its numbering)"
    ),
    "doc": Msg(
        "正在用转换工具读取 Word 97–2003 文档", "Reading the Word 97–2003 file with a converter"
    ),
    "html": Msg("正在提取网页正文", "Taking the text out of the web page"),
    "mhtml": Msg(
        "正在提取网页正文（单个文件网页）", "Taking the text out of the web page (one-file page)"
    ),
    "epub": Msg("正在读取电子书的各章", "Reading the e-book's chapters"),
    "rtf": Msg("正在读取 RTF 文档", "Reading the RTF document"),
    "odt": Msg("正在读取 OpenDocument 文档", "Reading the OpenDocument file"),
}
"""What the reader says while a file of a kind opens (after 0.15 s), for every kind the
format readers tell (``tui.formats.FormatKind``; plain text: ``OPENING``). The last four
were Chinese only, in ``tui.formats.progress_message``, which nothing called: the reader
said 正在打开 for them."""
UNSAVED_POSITION = Msg("阅读位置", "reading position")
UNSAVED_BOOKMARKS = Msg("书签", "bookmarks")
BOOKMARK_ADDED = Msg("已添加书签", "Bookmark added")
BOOKMARK_REMOVED = Msg("已删除书签", "Bookmark removed")
BOOKMARK_FILE_MISSING = Msg(
    "找不到书签所在的文件：{path}", "The bookmark's file is not there: {path}"
)
QUOTE_FILE_MISSING = Msg(
    "找不到这条摘录所在的文件：{path}", "The quote's file is not there: {path}"
)
"""Enter on a quote in the notebook whose file is gone (it said 找不到书签所在的文件, of a
bookmark the user never made)."""
INDEX_NOTE = Msg("正在建立搜索索引 {done}/{total}", "Indexing for search {done}/{total}")
READ_PERCENT = Msg("已读 {percent}%", "read {percent}%")
"""The reading percentage on the status line when a note stands before it (``StatusLine``):
labelled, so "正在建立搜索索引 1/3213  0%" no longer read as the index's progress."""
INDEX_FAILED = Msg("无法建立搜索索引：{error}", "The search index cannot be built: {error}")
INDEX_ERROR = Msg("建立搜索索引时出错：{error}", "The search index failed: {error}")
FOLDER_PROBLEMS = Msg("{problems}（文件栏里没有列出）。", "{problems} (not in the file tree).")
FILE_RENAMED = Msg(
    "文件已改名为 {name}，接着读。", "The file was renamed to {name}: reading on there."
)
FOLDER_RENAMED = Msg(
    "文件夹 {old} 已改名为 {name}，接着读。",
    "The folder {old} was renamed to {name}: reading on there.",
)
"""The open file's folder, or one above it, renamed beside itself."""
FOLDER_AND_FILE_RENAMED = Msg(
    "文件夹 {old} 已改名为 {name}，文件也改名为 {file}，接着读。",
    "The folder {old} was renamed to {name} and the file to {file}: reading on there.",
)
"""The open file's folder (or one above it) renamed beside itself, the file in it renamed
at the same time."""
FOLDER_MOVED = Msg(
    "文件夹 {old} 已移到 {place}，接着读。",
    "The folder {old} was moved to {place}: reading on there.",
)
"""The open file's folder, or one above it, moved into another folder of the tree (``place``:
its new path under the tree's root)."""
FOLDER_MOVED_FILE_RENAMED = Msg(
    "文件夹 {old} 已移到 {place}，文件也改名为 {file}，接着读。",
    "The folder {old} was moved to {place} and the file to {file}: reading on there.",
)
"""``FOLDER_MOVED`` with the file in it renamed at the same time."""

# ---------------------------------------------------------------- panes
OUTLINE_BUILDING = Msg("提纲生成中…", "Making the outline…")
OUTLINE_NO_HEADINGS = Msg("（没有编号标题）", "(no numbered headings)")
"""The outline's line under a file's speeches when none has a heading: the pane showed the
speech's name alone over empty space, as if the outline were still coming (newuser26)."""
OUTLINE_CANNOT_SHOW = Msg("（无法显示，没有提纲）", "(cannot be shown)")
OUTLINE_NO_TEXT = Msg("（没有可显示的正文）", "(no text to show)")
OUTLINE_NOISE_SHOWN = Msg("（全是杂项，已以暗色显示）", "(all noise, shown dimmed)")
"""In ``OUTLINE_NO_TEXT``'s place while ``z`` shows a file whose text is all noise: the pane
said there was no text to show beside the text shown."""
NOISE_CRUMB = Msg("杂项（不属讲话正文）", "noise (not the speech's text)")
"""The status line's last crumb while the cursor is on a paragraph taken for noise and shown
by ``z``: the crumbs before it said the page number or header was the section's text."""
OUTLINE_FILE_GONE = Msg("（文件不见了）", "(file gone)")
OUTLINE_FOLDER_GONE = Msg("（文件夹不见了）", "(folder gone)")
OUTLINE_NOT_A_FILE = Msg("（不是普通文件）", "(not a regular file)")
"""The outline's one line for a file it has nothing to list for: one that cannot be shown
(empty, binary, unreadable), one whose text is all hidden, one gone. At 80x24 the outline
is the left pane, and it stood empty beside the reader's message (newuser27)."""
OUTLINE_NO_FILES = Msg("（文件夹里没有讲话稿）", "(no speech files in the folder)")
"""The outline of a folder with no speech file (the reader says why, at 80×24 the outline pane
was blank beside it: newuser28)."""
OUTLINE_DATE = Msg("（{date}）", " ({date})")
TREE_WEB_PAGE = Msg("网页", "web")
TREE_UNREADABLE = Msg("无权限", "no access")
TREE_FOLDER_DENIED = Msg(
    "没有权限打开文件夹“{name}”，列不出其中的文件。",
    "No permission to open the folder “{name}”: its files cannot be listed.",
)
"""The marker after a file this process may not read (its permissions), in its kind's place."""
TREE_SPEECH_COUNT = Msg("{count}篇", "{count} {count:speech|speeches}")
TREE_SPEECH_COUNT_SHORT = Msg("{count}篇", "{count} sp.")
"""The count in a pane too narrow for the word (``filetree.WORDED_COUNT_WIDTH``): "12 sp.",
two cells more than "12篇" (a number alone, "12", read as anything: a size, a date)."""
TREE_TOO_BIG = Msg("大文件，打开时计数", "big: counted when opened")
"""In the count's place of a file over the counter's size limit (32 MB), which is counted
when opened (``SpeechFileTree.set_speech_counts``' ``too_big``)."""
TREE_TOO_BIG_SHORT = Msg("大文件", "big")
"""The same in a pane too narrow for the words (the name keeps some room)."""
TREE_UNCOUNTED = Msg("无法计数，打开看原因", "no count: open it for why")
"""In the count's place of a file whose speeches could not be counted (binary, a
damaged document, a parse that failed twice): it showed nothing, as a file not counted
yet does (``SpeechFileTree.set_speech_counts``' ``uncountable``); opening it says why."""
TREE_UNCOUNTED_SHORT = Msg("无法计数", "no count")
"""The same in a pane too narrow for the words."""
TREE_EMPTY_FILE = Msg("空文件", "empty")
"""In ``TREE_UNCOUNTED``'s place for a file of 0 bytes: "no count: open it for why" sent the
user to open a file to learn it held nothing."""
READER_NO_TEXT = Msg("这个文件没有可显示的正文。", "This file has no text to show.")
READER_ONLY_NOISE = Msg(
    "它的文字（{count} 段，第一段是“{first}”）看起来是页码、网址、广告之类的杂项，不显示；"
    "按 z 以暗色显示。",
    "What it holds ({count} {count:paragraph|paragraphs}, the first “{first}”) looks like page"
    " numbers, web addresses or ads, which are not shown; z shows {count:it|them}, dimmed.",
)
"""What the reader adds to ``READER_NO_TEXT``: what the file holds (newuser25: a .docx whose
bytes were a line of plain text starting "PK" said only that it had no text); the document's
warnings follow (``tui.formats.errors.plain_text_named``: not a real .docx)."""
LAST_HEADING = Msg("已是最后一个标题。", "This is the last heading.")
FIRST_HEADING = Msg("已是第一个标题。", "This is the first heading.")
LAST_SPEECH = Msg("已是最后一篇。", "This is the last speech.")
FIRST_SPEECH = Msg("已是第一篇。", "This is the first speech.")
ONLY_SPEECHES = Msg(
    "这个文件只有 {count} 篇，已到第 {count} 篇。",
    "This file holds {count} {count:speech|speeches}: at the last one.",
)
"""A speech number typed in the outline beyond the file's speeches (``OutlinePane.go_to_speech``):
the cursor goes to the last, and says so (in a one-speech file it seemed to do nothing)."""
NO_HEADINGS = Msg("这个文件没有标题。", "This file has no headings.")
NO_SPEECH_BREAKS = Msg("这个文件没有篇。", "This file has no speeches to move between.")
WIDTH_CAPPED = Msg("行宽：最多 {chars} 字", "Line width: at most {chars} characters")
WIDTH_WINDOW = Msg("行宽：随窗口", "Line width: the window's")
NOISE_SHOWN = Msg(
    "已显示隐藏的 {count} 段杂项（页眉、页码、广告、网址），暗色标出；再按 z 隐藏",
    "Showing the {count} {count:paragraph|paragraphs} hidden as noise (page headers and"
    " numbers, ads, web addresses), dimmed; z hides {count:it|them} again",
)
NOISE_HIDDEN = Msg(
    "已隐藏 {count} 段杂项（页眉、页码、广告、网址）；按 z 再显示",
    "Hid the {count} noise {count:paragraph|paragraphs} (page headers and numbers, ads, web"
    " addresses); z shows {count:it|them}",
)
NOISE_ALL_SHOWN = Msg(
    "这个文件的文字全被当作杂项（{count} 段），现以暗色全部显示；再按 z 隐藏",
    "All of this file's text ({count} {count:paragraph|paragraphs}) was taken for noise:"
    " shown now, dimmed; z hides it again",
)
NOISE_NONE_ON = Msg(
    "这个文件没有被当作杂项隐藏的段落；之后打开的文件会以暗色显示杂项",
    "This file hides nothing as noise; files opened next show their noise, dimmed",
)
NOISE_NONE_OFF = Msg(
    "这个文件没有杂项；之后打开的文件会隐藏杂项",
    "This file has no noise; files opened next hide theirs",
)
NOISE_ON = Msg(
    "杂项（页眉、页码、广告）将以暗色显示",
    "Noise (headers, page numbers, ads) will be shown, dimmed",
)
NOISE_OFF = Msg(
    "杂项（页眉、页码、广告）将隐藏", "Noise (headers, page numbers, ads) will be hidden"
)
CMD_NOISE_SHOW = Msg("显示被隐藏的杂项", "Show the text hidden as noise")
CMD_NOISE_HIDE = Msg("隐藏杂项", "Hide the noise again")
CMD_NOISE_HELP = Msg(
    "页眉、页码、广告、网址等被当作杂项的段落，在原处以暗色显示或隐藏（同 z 键）",
    "Page headers and numbers, ads, web addresses: shown in place, dimmed, or hidden (like z)",
)
KEYWORDS_LOADING = Msg("关键词功能加载中…", "Loading keywords…")
KEYWORDS_TITLE = Msg("关键词", "Keywords")
KEYWORDS_COMPUTING = Msg("关键词计算中…", "Finding keywords…")
KEYWORDS_COMPUTING_SPEECHES = Msg(
    "正在计算全文 {speeches} 篇讲话的关键词…", "Finding the keywords of all {speeches} speeches…"
)
KEYWORDS_WAITED = Msg(
    "已用 {seconds} 秒，不影响阅读",
    "{seconds} {seconds:second|seconds} so far; read on meanwhile",
)
KEYWORDS_FAILED_TITLE = Msg("关键词计算失败", "Keywords failed")
KEYWORDS_FAILED = Msg("无法计算关键词：{error}", "Keywords cannot be found: {error}")
KEYWORDS_OF_SPEECH = Msg("关键词 · 第{number}/{total}篇", "Keywords · speech {number}/{total}")
KEYWORDS_NONE = Msg("（没有关键词）", "(no keywords)")
KEYWORDS_EARLY = Msg(
    "初步 · 已统计 {counted}/{total} 篇",
    "Preliminary: {counted} of {total} {total:speech|speeches} counted",
)
KEYWORDS_SPEECH_PENDING = Msg("本篇计算中…", "Counting this speech…")
FIND_PLACEHOLDER = Msg(
    '在本文中查找：词 词（同段同时出现） "短语" -排除 标题:词（Enter 下一处，Esc 清除）',
    'Find: word word (in one paragraph) "phrase" -not h:word (Enter next, Esc clears)',
)
FIND_NO_MATCH = Msg("无匹配", "no match")
FIND_NO_TEXT = Msg("没有可查找的文字", "no text to search")
"""The find bar (and Enter, n) while no text is shown: a file empty, unreadable or binary
(the reader says why); 无匹配 said the term was not in a text never searched."""
FIND_COUNT = Msg("共 {total} 处", "{total} {total:match|matches}")
FIND_SEARCHING = Msg("查找中…", "searching…")
FIND_WORDS_APART = Msg(
    " · {count} 个词分开找，短语请加引号", " · {count} words apart: quote a phrase"
)
"""After the count when spaces set a query's words apart (``reader_search.words_apart``):
``优化 营商`` finds and marks 优化 and 营商 in a paragraph holding both, not the phrase;
``"优化 营商"`` is the phrase."""

# ---------------------------------------------------------------- find and keywords (tui/screens/find.py)
FIND_NO_TERM = Msg(
    "没有查找词：按 / 查找，或在关键词栏（K）选一个词。",
    "Nothing to find: press / to find, or choose a word in the keyword panel (K).",
)
FIND_NONE_IN_SPEECH = Msg("本篇没有“{term}”。", "“{term}” is not in this speech.")
FIND_NONE_IN_FILE = Msg("本文没有“{term}”。", "“{term}” is not in this file.")
FIND_WRAPPED_TO_START = Msg(
    "已到末尾，从开头继续查找。", "Reached the end; finding on from the start."
)
FIND_WRAPPED_TO_END = Msg(
    "已到开头，从末尾继续查找。", "Reached the start; finding on from the end."
)
SPEECH_NO_KEYWORDS = Msg("这篇讲话没有关键词。", "This speech has no keywords.")
KEYWORDS_HIGHLIGHT_LATER = Msg(
    "正在计算关键词，算好后自动高亮。", "Finding keywords; they are highlighted when found."
)
KEYWORDS_HIGHLIGHTED = Msg("已高亮本篇关键词", "Keywords of this speech highlighted")
KEYWORDS_UNHIGHLIGHTED = Msg("已取消关键词高亮", "Keyword highlights off")
UNSAVED_HIGHLIGHTS = Msg("高亮词", "highlight words")
HIGHLIGHT_ADDED = Msg("已加入高亮词：{term}", "Highlighted: {term}")
HIGHLIGHT_REMOVED = Msg("已移出高亮词：{term}", "No longer highlighted: {term}")
HIGHLIGHT_ADDED_NOT_HERE = Msg(
    "已加入高亮词：{term}。本文中没有找到，有它的讲话稿里才会高亮（再按 A 移出）",
    "Highlighted: {term}. Not found in this file: it shows in the speeches that have it"
    " (A again drops it)",
)
CMD_HIGHLIGHT_SEARCH = Msg(
    "全文搜索高亮词：{term}", "Search every speech for highlight word: {term}"
)
CMD_HIGHLIGHT_SEARCH_HELP = Msg(
    "我的高亮词：在文件栏根目录下的所有讲话稿中搜索（ctrl+f）",
    "One of your highlight words: corpus search (ctrl+f) for it",
)
CMD_HIGHLIGHT_REMOVE = Msg("移出高亮词：{term}", "Stop highlighting: {term}")
CMD_HIGHLIGHT_REMOVE_HELP = Msg(
    "我的高亮词（下次启动仍保留）：不再高亮",
    "One of your highlight words (kept across runs): drop it",
)
HIGHLIGHT_NO_TERM = Msg(
    "没有查找词：先按 / 查找，或在关键词栏按 a。",
    "Nothing to highlight: find with / first, or press a in the keyword panel.",
)

# ---------------------------------------------------------------- help (tui/screens/help.py)
GROUP_HELP = Key("帮助", "Help")
KEY_SCROLL = Key("滚动", "Scroll")
KEY_SCROLL_UP = Key("向上滚动", "Scroll up")
KEY_PAGE = Key("翻页", "Page")
KEY_PAGE_BACK = Key("向上翻页", "Page up")
KEY_TO_START = Key("到开头", "To the start")
KEY_TO_END = Key("到末尾", "To the end")
HELP_TITLE = Msg("按键帮助", "Keys")
HELP_PALETTE_ROW = Msg(
    "命令面板：跳到标题、打开文件、复制、引文格式、切换主题、界面语言",
    "Command palette: go to a heading, open a file, copy, citation format, theme, language",
)
HELP_ELSEWHERE = Msg("其他地方的按键", "Keys elsewhere")

# ---------------------------------------------------------------- bookmarks (tui/screens/bookmarks.py)
GROUP_BOOKMARKS = Key("书签", "Bookmark", bar="Mark")
KEY_JUMP = Key("跳转", "Go")
KEY_DELETE = Key("删除", "Delete")
KEY_UNDO = Key("撤销删除", "Undo", short_zh="撤销")
KEY_DELETE_BOOKMARK = Key("删除书签", "Delete the bookmark", bar="Delete")
BOOKMARKS_TITLE = Msg("书签", "Bookmarks")
BOOKMARKS_NONE = Msg(
    "还没有书签。在阅读区按 m 添加。", "No bookmarks yet. Press m in the reader to add one."
)
AT_LINE = Msg("第{line}行", "line {line}")
AT_PAGE = Msg("第{page}页", "page {page}")
IN_SPEECH = Msg("《{title}》", "“{title}”")
"""The speech a bookmark is in (the bookmark list, for a file of several speeches)."""
BOOKMARK_DELETED = Msg("已删除 1 个书签，按 u 撤销。", "1 bookmark deleted; u undoes it.")
NOTHING_TO_UNDO = Msg("没有可撤销的删除。", "Nothing to undo.")

# ---------------------------------------------------------------- state that could not be saved (tui/screens/unsaved.py)
UNSAVED_TITLE = Msg("无法保存{what}", "Could not save the {what}")
STATE_PROBLEM_TITLE = Msg("状态文件有问题", "A state file has a problem")

# ---------------------------------------------------------------- the quote notebook (tui/screens/notebook.py)
GROUP_NOTEBOOK = Key("摘录本", "Notebook")
KEY_OPEN_PLACE = Key("打开原处", "Open where it was", bar="Open", short_zh="打开")
KEY_RECOPY = Key("重新复制", "Copy again", short="Copy", short_zh="复制")
KEY_VIEW = Key("查看全文", "View", short_zh="查看")
KEY_EXPORT = Key("导出", "Export")
KEY_EXPORT_MARKDOWN = Key("导出 Markdown", "Export Markdown", bar="Export", bar_zh="导出")
"""In the key bar "e 导出", as the notebook's own hints under its list say it."""
NOTEBOOK_EXPORT_PLACEHOLDER = Msg(
    "导出到（Markdown 文件路径）", "Export to (a Markdown file's path)"
)
NOTEBOOK_TITLE = Msg("摘录本 · {count} 条", "Notebook · {count} {count:quote|quotes}")
NOTEBOOK_EMPTY = Msg(
    "摘录本是空的。在阅读区按 y 复制句子即可收入。",
    "The notebook is empty. Press y in the reader to copy a sentence into it.",
)
NOTEBOOK_PLACE = Msg("{file} 第{line}行 · {when}", "{file} line {line} · {when}")
NOTEBOOK_PLACE_PAGE = Msg("{file} 第{page}页 · {when}", "{file} page {page} · {when}")
NOTEBOOK_PLACE_FILE = Msg("{file} · {when}", "{file} · {when}")
"""A Word or web-page file's quote: no line of its extracted text (``Entry.place``)."""
QUOTE_EDITED_MARK = Msg("（有改动）", " (edited)")
"""After a changed quote's place and time, in the notebook's list, its export and
``speech-reader quotes``: its text is not the speech's words as copied."""
NOTEBOOK_VIEW_HINT = Msg(
    "全文已全选：可按 ctrl+c 复制，或按住 shift 用鼠标选择。Esc 关闭。",
    "All the text is selected: ctrl+c copies it, or select with the mouse holding shift. Esc closes.",
)
NOTEBOOK_NOT_DELETED = Msg(
    "没有删除：摘录本无法写入 {error}", "Not deleted: the notebook cannot be written: {error}"
)
NOTEBOOK_DELETED = Msg("已删除 1 条摘录，按 u 撤销。", "1 quote deleted; u undoes it.")
NOTEBOOK_ALREADY_GONE = Msg(
    "这条摘录已不在文件中（可能已在另一个窗口删除）。",
    "This quote is no longer in the file (deleted in another window?).",
)
NOTEBOOK_NOT_RESTORED = Msg(
    "没有恢复：摘录本无法写入 {error}", "Not restored: the notebook cannot be written: {error}"
)
NOTEBOOK_RESTORED = Msg("已恢复这条摘录。", "The quote is back.")
KEY_MOVE_UP = Key("上移", "Move up", short="Up")
KEY_MOVE_DOWN = Key("下移", "Move down", short="Down")
NOTEBOOK_NOT_MOVED = Msg(
    "没有移动：摘录本无法写入 {error}", "Not moved: the notebook cannot be written: {error}"
)
NOTEBOOK_AT_TOP = Msg("这条摘录已在最前。", "This quote is first already.")
NOTEBOOK_AT_BOTTOM = Msg("这条摘录已在最后。", "This quote is last already.")
KEY_EDIT = Key("修改", "Edit")
KEY_COPY_ALL = Key("复制全部", "Copy all")
NOTEBOOK_COPIED_ALL = Msg(
    "全部 {count} 条摘录，按列表的顺序，各带出处",
    "Every quote ({count}), in the list's order, each cited",
)
GROUP_EDIT_QUOTE = Key("修改摘录", "Editing a quote")
KEY_SAVE = Key("保存", "Save")
KEY_DISCARD = Key("放弃修改", "Discard", bar="Discard")
EDIT_QUOTE_HINT = Msg(
    "修改摘录的文字（比如只留下稿子要用的部分），出处和位置不变。ctrl+s 保存，Esc 放弃修改。",
    "Edit the quote's text (keep only the part the draft needs, say); its source and place "
    "stay. ctrl+s saves, Esc discards the changes.",
)
NOTEBOOK_EDITED = Msg("已保存修改。", "The quote is changed.")
EDIT_DISCARD_AGAIN = Msg(
    "改过的文字还没有保存：再按 Esc 放弃修改，按 ctrl+s 保存。",
    "The text was changed and not saved: Esc again discards it, ctrl+s saves it.",
)
NOTEBOOK_EDIT_EMPTY = Msg(
    "摘录不能是空的：要删除这条，回到列表按 d。",
    "A quote cannot be empty: to delete it, press d in the list.",
)
NOTEBOOK_NOT_EDITED = Msg(
    "没有保存：摘录本无法写入 {error}", "Not saved: the notebook cannot be written: {error}"
)
EXPORT_CANNOT = Msg("无法导出到 {error}", "Cannot export to {error}")
EXPORT_NEW_FOLDER = Msg(
    "文件夹 {folder} 不存在，导出会新建它", "The folder {folder} does not exist; exporting makes it"
)
EXPORT_PROBLEMS_JOIN = Msg("{first}；{second}", "{first}; {second}")
EXPORT_CONFIRM = Msg(
    "{problem}。再按一次 Enter 仍然导出，或改一个路径。",
    "{problem}. Press Enter again to export all the same, or change the path.",
)
EXPORT_CONFIRM_TITLE = Msg("确认导出", "Export?")
EXPORT_DONE = Msg(
    "已导出 {count} 条摘录到 {target}", "{count} {count:quote|quotes} exported to {target}"
)
EXPORT_DONE_TITLE = Msg("导出完成", "Exported")
# The exported Markdown notebook (``tui.notebook.notebook_markdown``; format in docs/quotes.md):
# the quotes and their sources stay as they were copied.
EXPORT_HEADING = Msg("# 摘录本", "# Notebook")
EXPORT_FILE_NAME = Msg("摘录本", "notebook")
"""The export's proposed file name without ``.md`` (``摘录本-2`` when taken)."""
EXPORT_NEWEST_FIRST = Msg(
    "共 {count} 条，最新的在前。", "{count} {count:quote|quotes}, newest first."
)
EXPORT_IN_ORDER = Msg(
    "共 {count} 条，按摘录本中排好的顺序。",
    "{count} {count:quote|quotes}, in the order set in the notebook.",
)
EXPORT_AT_LINE = Msg("第 {line} 行", "line {line}")
EXPORT_AT_PAGE = Msg("第 {page} 页", "page {page}")
NOTEBOOK_NO_FILE = Msg("这条摘录没有记录文件。", "This quote has no file recorded.")
KEY_EXPORT_ANYWAY = Key("仍然导出", "Export anyway", bar="Export")

# ---------------------------------------------------------------- copying (tui/screens/quote_dialog.py)
QUOTE_DIALOG_HINT = Msg(
    "无法写入剪贴板{why}。请手动复制：文本已全选，可按 ctrl+c，"
    "或按住 shift 用鼠标选择后用终端的复制。Esc 关闭。",
    "The clipboard cannot be written{why}. Copy by hand: the text is selected, press ctrl+c, "
    "or select with the mouse holding shift and copy in the terminal. Esc closes.",
)
QUOTE_DIALOG_WHY = Msg("（{reason}）", " ({reason})")
NOTEBOOK_FILE_PROBLEM = Msg("摘录本文件有问题", "The notebook file has a problem")
SETTINGS_BROKEN = Msg("设置文件已损坏", "The settings file is damaged")
UNSAVED_CITATION_FORMAT = Msg("引文格式", "citation format")
CITATION_FORMAT_SET = Msg("引文格式：{format}", "Citation format: {format}")
COPIED_WHAT = Msg("{kind}：{text}", "{kind}: {text}")
COPIED_TO = Msg("已复制到{via}", "Copied to the {via}")
COPIED_BY_OSC52 = Msg(
    "（系统剪贴板不可用，已通过 OSC 52 交给终端；若粘贴不出，可在摘录本 ctrl+n 中按 t 查看全文）",
    "(no system clipboard: handed to the terminal by OSC 52; if it does not paste, "
    "press t in the notebook, ctrl+n, to see the text)",
)
COPY_BY_HAND = Msg("请在弹出的窗口中手动复制。", "Copy it by hand in the window shown.")
CLIPBOARD_FAILED_TITLE = Msg("无法写入剪贴板", "The clipboard cannot be written")
UNSAVED_NOTEBOOK = Msg("摘录本", "notebook")
ALREADY_KEPT = Msg("（摘录本中已有这条，未重复收入）", "(already in the notebook, not kept twice)")
COPIED_SELECTION_TO = Msg("已复制选中的文本到{via}", "The selection was copied to the {via}")
CLIPBOARD_FAILED = Msg("无法写入剪贴板：{reason}", "The clipboard cannot be written: {reason}")
NOTHING_OPEN_TO_COPY = Msg("没有打开的讲话稿可复制。", "No speech is open to copy from.")
NOTHING_HERE_TO_COPY = Msg("这里没有可复制的内容。", "There is nothing here to copy.")
NO_OUTLINE = Msg(
    "这篇讲话没有提纲（没有识别出标题）。", "This speech has no outline (no headings were found)."
)
NOT_UNDER_HEADING = Msg("光标不在任何标题之下。", "The cursor is under no heading.")
CMD_COPY_SENTENCE = Msg("复制当前句（或选中的句子）", "Copy the sentence (or the selection)")
CMD_COPY_PARAGRAPH = Msg("复制当前段落", "Copy the paragraph")
CMD_COPY_HEADING = Msg("复制当前标题", "Copy the heading")
CMD_COPY_HEADING_HELP = Msg("光标所在的最内层标题", "The innermost heading the cursor is under")
CMD_COPY_SECTION = Msg("复制当前整节", "Copy the section")
CMD_COPY_SECTION_HELP = Msg("标题及其下全部段落", "The heading and every paragraph under it")
CMD_COPY_OUTLINE = Msg("复制本篇提纲", "Copy the speech's outline")
CMD_COPY_OUTLINE_HELP = Msg("各级标题，按层级缩进", "Every heading, indented by level")
CMD_OPEN_NOTEBOOK = Msg("打开摘录本", "Open the notebook")
CMD_CURRENT = Msg("（当前）", " (current)")
CMD_CITATION_FORMAT = Msg("引文格式：{format}{mark}", "Citation format: {format}{mark}")
CMD_CITATION_FORMAT_HELP = Msg(
    "复制时使用的格式，下次启动仍有效", "How copies are written, kept for the next start"
)
CMD_COPY_NODE = Msg("{verb}：{text}", "{verb}: {text}")
PALETTE_COPY_IN_SPEECH = Msg("{verb} · {speech}", "{verb} · {speech}")
GROUP_QUOTE_DIALOG = Key("复制对话框", "Copy dialog")
VIA_LABELS = {
    "system": Msg("系统剪贴板", "system clipboard"),
    "terminal": Msg("终端剪贴板 OSC 52", "terminal's clipboard (OSC 52)"),
    "none": Msg("无可用剪贴板", "no clipboard"),
}
"""``tui.clipboard.Via``'s names, by value."""
FORMAT_LABELS = {
    "plain": Msg("仅引文", "quote only"),
    "cited": Msg("引文加出处", "quote and source"),
    "markdown": Msg("Markdown 引用块", "Markdown blockquote"),
}
"""``tui.engine.quotes.CitationFormat``'s names, by value."""
KIND_LABELS = {
    "sentence": Msg("句子", "Sentence"),
    "selection": Msg("选中的句子", "Selection"),
    "paragraph": Msg("段落", "Paragraph"),
    "heading": Msg("标题", "Heading"),
    "section": Msg("整节", "Section"),
    "speech": Msg("全篇", "Speech"),
    "outline": Msg("提纲", "Outline"),
}
"""``tui.engine.quotes.QuoteKind``'s names, by value."""
KEY_COPY = Key("复制", "Copy")

# ---------------------------------------------------------------- corpus search (tui/screens/corpus_search.py)
GROUP_CORPUS_SEARCH = Key("全文搜索", "Search all")
GROUP_CORPUS_RESULTS = Key("全文搜索的结果列表", "The search results")
KEY_BACK = Key("返回", "Back")
KEY_EDIT_QUERY = Key("修改搜索词", "Edit the query", bar="Query")
KEY_INDEX_NOW = Key("建立索引", "Build the index")
KEY_FOLD = Key("展开/折叠", "Expand/collapse", bar="Fold")
CORPUS_PLACEHOLDER = Msg(
    '在所有讲话稿中搜索：词 词（同时出现） "短语" -排除 标题:词（Enter 开始，Esc 返回）',
    'All speeches: word word (both) "phrase" -not h:word (Enter searches, Esc back)',
)
CORPUS_RESULTS = Msg("结果", "Results")
CORPUS_WHERE = Msg("在 {where} 下的所有讲话稿中搜索", "Search every speech under {where}")
CORPUS_INDEXING = Msg(
    "　［建立索引：{done}/{total} 个文件］", "  [indexing: {done}/{total} {total:file|files}]"
)
CORPUS_NO_INDEX = Msg(
    "　［{why}：搜索逐个文件进行，按 F5 建立索引］",
    "  [{why}: each file is searched in turn; F5 builds the index]",
)
CORPUS_SEARCHING = Msg("正在搜索“{query}”…", "Searching for “{query}”…")
CORPUS_SCANNING = Msg(
    "正在搜索“{query}”… 未建立索引的文件逐个搜索：{done}/{total}",
    "Searching for “{query}”… files not in the index, one by one: {done}/{total}",
)
CORPUS_SLOW_FILE = Msg("　［正在搜索：{name}］", "  [searching: {name}]")
"""After the scan status: the file scanned for over ``SLOW_FILE_SECONDS`` (a big file)."""
CORPUS_CHECKING = Msg(
    "索引中没有“{query}”，正在核对有无新增或改动的文件…",
    "“{query}” is not in the index; looking for new or changed files…",
)
CORPUS_PARTIAL = Msg(
    "“{query}”：已列出 {files} 个文件 {total} 处，其余统计中…",
    "“{query}”: {total} {total:match|matches} so far in {files} {files:file|files}, counting the rest…",
)
CORPUS_SCANNED = Msg(
    "{count} 个文件尚未建立索引，已逐个搜索",
    "{count} {count:file|files} not in the index, searched one by one",
)
CORPUS_SKIPPED = Msg(
    "{count} 个文件无法读取或没有文字，未搜索",
    "{count} {count:file|files} unreadable or without text, not searched",
)
CORPUS_WORDS_APART = Msg(
    "{count} 个词分开找，同在一段即算；短语请加引号",
    "{count} words apart, found in one paragraph; quote a phrase to find it whole",
)
"""A note of the summary when spaces set the query's words apart (as ``FIND_WORDS_APART``)."""
CORPUS_NOTES = Msg("（{notes}）", " ({notes})")
CORPUS_NOTES_JOIN = Msg("；", "; ")
CORPUS_LISTED_AGAIN = Msg(
    "上次搜索的结果，按 ctrl+f 再按回车重新搜索",
    "the last search's results: ctrl+f, then Enter, searches again",
)
CORPUS_FOUND = Msg(
    "“{query}”：共 {total} 处，{files} 个文件{note}。",
    "“{query}”: {total} {total:match|matches} in {files} {files:file|files}{note}.",
)
CORPUS_NOTHING = Msg("没有找到“{query}”{note}。", "“{query}” was not found{note}.")
CORPUS_CANNOT_LIST = Msg("无法列出搜索结果：{error}", "The results cannot be listed: {error}")
CORPUS_OUTSIDE_SPEECHES = Msg("（讲话之外）", "(outside the speeches)")
CORPUS_FILE_CHANGED = Msg(
    "（文件在搜索后已改动或删除，列不出位置；ctrl+f 重新搜索）",
    "(the file changed or went away after the search; ctrl+f searches again)",
)
CORPUS_MORE = Msg("……另有 {count} 处未列出", "… {count} more not listed")
CORPUS_FILE_COUNT = Msg("（{count} 处）", " ({count})")
CORPUS_ALSO_AT = Msg("　同样的文字也在：{paths}", "  the same text is also at {paths}")
CORPUS_ALSO_AT_MORE = Msg(
    "　同样的文字也在：{first} 及另外 {more} 个文件",
    "  the same text is also at {first} and {more} more",
)
"""A file row too long for the pane: its first copy (cut with … when need be) and how
many more, instead of every copy's path cut at the pane's edge."""
CORPUS_HIT_GONE_COPY = Msg(
    "{gone} 已不在（被删除或移走了）；同样的文字也在 {copy}：再按 Enter 在那里打开这一处。",
    "{gone} is gone (deleted or moved); the same text is at {copy}: Enter again opens this "
    "hit there.",
)
"""A hit chosen whose file is gone since the search, its row naming a copy still there."""
CORPUS_SKIPPED_NAMES = Msg("：{names}", ": {names}")
CORPUS_SKIPPED_NAMES_JOIN = Msg("、", ", ")

# ---------------------------------------------------------------- lang11: below the UI (tui/state.py, clipboard, notebook, session)
# reasons a state file could not be written (tui.state.describe, by errno)
REASON_DISK_FULL = Msg("磁盘空间已满", "the disk is full")
REASON_QUOTA = Msg("超出磁盘配额", "over the disk quota")
REASON_NO_PERMISSION = Msg("没有写入权限", "no permission to write")
REASON_READ_ONLY = Msg("文件系统是只读的", "the file system is read-only")
REASON_FILE_IN_PATH = Msg(
    "路径上有一个文件占了文件夹的位置", "a file stands where a folder should be on the path"
)
REASON_NO_FOLDER = Msg("文件夹不存在", "the folder does not exist")
REASON_IS_FOLDER = Msg("同名的是一个文件夹", "a folder has that name")
REASON_IO = Msg("读写出错（输入输出错误）", "a read or write error (input/output error)")
REASON_LOCK_BUSY = Msg(
    "另一个正在运行的阅读器一直占用此文件，稍后再保存",
    "another running reader keeps this file busy; it is saved later",
)
WRITE_FAILED = Msg("{path}（{reason}）", "{path} ({reason})")
# what is wrong in a state file (tui.state's checks)
JSON_KIND_LABELS = {
    "dict": Msg("对象", "an object"),
    "list": Msg("列表", "a list"),
    "str": Msg("字符串", "a string"),
    "int": Msg("整数", "an integer"),
    "float": Msg("小数", "a decimal number"),
    "bool": Msg("布尔值", "true or false"),
}
"""JSON kinds by the Python type's name (``tui.state.kind_name``)."""
STATE_WRONG_KIND = Msg("应为{expected}，实为{actual}", "should be {expected}, is {actual}")
STATE_FIELD_WRONG_KIND = Msg(
    "{name} 应为{expected}，实为{actual}", "{name} should be {expected}, is {actual}"
)
STATE_FIELD_MISSING = Msg("缺少 {name}", "{name} is missing")
STATE_RECORD_PROBLEM = Msg("第 {number} 条{label}：{problem}", "{label} {number}: {problem}")
STATE_RECORD_QUOTE = Msg("摘录", "quote")
STATE_RECORD_BOOKMARK = Msg("书签", "bookmark")
HIGHLIGHT_TERM_WRONG_KIND = Msg(
    "第 {number} 个高亮词应为字符串，实为{actual}",
    "highlight word {number} should be a string, is {actual}",
)
STATE_POSITION_PROBLEM = Msg(
    "{path} 的阅读位置：{problem}", "the reading position of {path}: {problem}"
)
STATE_FOLDER_FILE_PROBLEM = Msg(
    "{folder} 中上次读的文件：{problem}", "the file read last in {folder}: {problem}"
)
STATE_BAD_CONSTANT = Msg("含有非法数值 {name}", "holds the invalid number {name}")
STATE_OUT_OF_RANGE = Msg("含有超出范围的数值 {text}", "holds a number out of range: {text}")
STATE_NOT_UTF8 = Msg("不是 UTF-8 文本", "not UTF-8 text")
STATE_UNREADABLE = Msg("无法读取：{reason}", "cannot be read: {reason}")
STATE_TOO_DEEP = Msg("嵌套过深", "nested too deeply")
STATE_TOO_LARGE = Msg(
    "文件有 {mb} MB，而阅读器自己的文件不会超过 {limit} MB，未读取",
    "{mb} MB, while the reader's own files stay under {limit} MB; not read",
)
"""A reason told inside the brackets of ``STATE_CORRUPT_*``: no brackets of its own (it
read "已损坏（太大（70 MB，…），未读取）")."""
STATE_BAD_JSON = Msg(
    "不是有效的 JSON，第 {line} 行第 {column} 列有误",
    "not valid JSON, wrong at line {line}, column {column}",
)
"""A state file that is no JSON: where, in the user's words (it was Python's English,
"JSON: Expecting value: line 1 column 1 (char 0)", brackets in the brackets)."""
STATE_STUCK = Msg(
    "内容有问题但无法另存（{reason}），为免覆盖而不写入",
    "its content is bad but it could not be set aside ({reason}); "
    "not written, so as not to overwrite it",
)
STATE_CORRUPT_STUCK = Msg(
    "{name} 已损坏（{reason}），且无法另存；文件保持原样，本次运行不会写入 {path}。",
    "{name} is damaged ({reason}) and could not be set aside; it is left as it is, "
    "and {path} is not written in this run.",
)
STATE_CORRUPT_ASIDE = Msg(
    "{name} 已损坏（{reason}），已另存为 {aside}，现以空白状态启动。",
    "{name} is damaged ({reason}); it was set aside as {aside}, and the reader starts afresh.",
)
STATE_LEFT_OUT_MANY = Msg("{count} 处，如{first}", "{count} places, such as {first}")
STATE_LEFT_OUT_ONE = Msg("1 处，{first}", "1 place: {first}")
STATE_LEFT_OUT_STUCK = Msg(
    "{name} 中有内容格式不对（{what}），已略过；原文件无法另存，保持原样，本次运行不会写入它。",
    "{name} holds entries in the wrong form ({what}), left out; the file could not be set "
    "aside, so it is left as it is and not written in this run.",
)
STATE_LEFT_OUT_ASIDE = Msg(
    "{name} 中有内容格式不对（{what}），已略过；原文件已另存为 {aside}，其余内容照常使用。",
    "{name} holds entries in the wrong form ({what}), left out; the original was set aside "
    "as {aside}, and the rest is used as usual.",
)
UNSAVED_PLACE = Msg("{path}：{reason}", "{path}: {reason}")
UNSAVED_CURRENT = Msg("{what}无法保存到 {place}", "The {what} could not be saved to {place}")
UNSAVED_MESSAGE = Msg(
    "{what}无法保存到 {place}。本次运行中照常可用，但退出后不会保留；同样的问题不再重复提示。",
    "The {what} could not be saved to {place}. It works as usual in this run but is not "
    "kept after you quit; the same problem is not told again.",
)
UNSAVED_BLOCKED_TITLE = Msg("无法保存{what}等内容", "Could not save the {what} or the rest")
"""A file stands where the reader's folder should be: one notice for every file under it."""
UNSAVED_BLOCKED_MESSAGE = Msg(
    "{blocker} 是一个文件，不是文件夹：阅读器放在它下面的{what}等内容都无法保存。"
    "本次运行中照常可用，但退出后不会保留；同样的问题不再重复提示。",
    "{blocker} is a file, not a folder: the {what} and all else the reader keeps under it "
    "cannot be saved. All works as usual in this run but is not kept after you quit; the "
    "same problem is not told again.",
)
UNSAVED_BLOCKED_CURRENT = Msg(
    "{blocker} 是一个文件，不是文件夹：{what}等内容没有保存",
    "{blocker} is a file, not a folder: the {what} and the rest were not saved",
)
# the clipboard (tui/clipboard.py) and the notebook's export (tui/notebook.py)
CLIPBOARD_NO_READ_BACK = Msg(
    "无法读回剪贴板：{error}", "the clipboard cannot be read back: {error}"
)
CLIPBOARD_NOT_TAKEN = Msg("系统剪贴板没有收到文本", "the system clipboard did not take the text")
EXPORT_EXISTS = Msg("{target} 已存在，导出会覆盖它", "{target} exists; exporting overwrites it")
EXPORT_AMONG_SPEECHES = Msg(
    "{folder} 是讲话稿所在的文件夹，导出的文件会混进讲话稿里",
    "{folder} holds speeches; the exported file would be listed among them",
)
# the subcommands' output (tui/commands; --lang, SPEECH_READER_LANG)
CLI_QUOTES_CANNOT_WRITE = Msg(
    "speech-reader quotes: 无法写入 {error}", "speech-reader quotes: cannot write {error}"
)
CLI_QUOTES_NO_FOLDER = Msg(
    "speech-reader quotes: 没有导出：文件夹 {folder} 不存在（路径写错了吗？要导出到新文件夹，请先建好它）。",
    "speech-reader quotes: not exported: the folder {folder} does not exist (a typo in the "
    "path? To export into a new folder, make it first).",
)
CLI_QUOTES_REFUSED = Msg(
    "speech-reader quotes: 没有导出：{refusal}。确要写入请加 --force。",
    "speech-reader quotes: not exported: {refusal}. Add --force to write all the same.",
)
CLI_QUOTES_EMPTY = Msg(
    "摘录本是空的（{path}）。在阅读器里按 y 复制句子即可收入摘录本。",
    "The notebook is empty ({path}). Press y in the reader to copy a sentence into it.",
)
CLI_SEARCH_NOTHING = Msg("没有找到“{query}”。", "“{query}” was not found.")
CLI_SEARCH_FILE = Msg("{path}（{total} 处）", "{path} ({total})")
CLI_SEARCH_MORE_IN_FILE = Msg(
    "……本文件另有 {count} 处未列出", "… {count} more in this file not listed"
)
CLI_SEARCH_MORE_FILES = Msg(
    "……另有 {files} 个文件共 {hits} 处未列出（--limit {limit}）。",
    "… {hits} more in {files} more {files:file|files} not listed (--limit {limit}).",
)
CLI_SEARCH_LINES_MORE = Msg(
    "另有 {count} 处未列出（--limit {limit}，调大即可列出）",
    "{count} more not listed (--limit {limit}: a larger one lists them)",
)
CLI_SEARCH_JSON_OR_LINES = Msg(
    "--json 和 --lines 只能选一个", "--json and --lines cannot be used together"
)
CLI_SEARCH_ALSO_AT = Msg("（同样的文字也在：{paths}）", "(the same text is also at {paths})")
CLI_SEARCH_ALSO_JOIN = Msg("、", ", ")
CLI_SEARCH_COPIES = Msg(
    "另有 {count} 个文件与所列文件文字相同，未重复列出和计数。",
    " {count} more {count:file|files} with the same text as one listed: not listed or counted again.",
)
CLI_SEARCH_TOTAL = Msg(
    "共 {total} 处，{files} 个文件。",
    "{total} {total:match|matches} in {files} {files:file|files}.",
)
CLI_INDEX_PROGRESS = Msg("{done}/{total} 个文件", "{done}/{total} {total:file|files}")
CLI_AT_LINE = Msg("第 {line} 行", "line {line}")
CLI_AT_PAGE = Msg("第 {page} 页", "page {page}")
CLI_HEADING_PAGE = Msg("第{page}页", "page {page}")
CLI_QUOTE_AT_PAGE = Msg("{file}（第 {page} 页）", "{file} (page {page})")
CLI_WHERE = Msg("（{where}）", " ({where})")
CLI_OUTLINE_HEAD = Msg(
    "{path}（{encoding}，{total} 篇讲话）", "{path} ({encoding}, {total} {total:speech|speeches})"
)
CLI_OUTLINE_NOTE = Msg("注意：{warning}", "Note: {warning}")
CLI_OUTLINE_NO_HEADINGS = Msg("（没有编号标题）", "(no numbered headings)")
CLI_NO_SUCH_PATH = Msg("找不到路径：{path}", "no such file or folder: {path}")
CLI_CANNOT_READ = Msg("无法读取 {path}", "cannot read {path}")
CLI_LINE_POSITIVE = Msg("--line 必须是正整数", "--line must be a positive integer")
CLI_LINE_NEEDS_FILE = Msg(
    "--line 要跟一个文件（不是文件夹）：{path}", "--line needs a file, not a folder: {path}"
)
CLI_TOP_POSITIVE = Msg("--top 必须是正整数", "--top must be a positive integer")
CLI_QUERY_EMPTY = Msg("查询里没有要找的词", "the query has no word to find")
CLI_LIMIT_NEGATIVE = Msg("--limit 不能为负数", "--limit must be 0 or more")
CLI_SEARCH_SCANNED = Msg(
    "{count} 个文件尚未建立索引，已直接搜索",
    "{count} {count:file|files} not in the index, searched directly",
)
CLI_SEARCH_SCANNED_ADDED = Msg(
    "，其中 {count} 个已加入索引", "; {count} of them added to the index"
)
CLI_SEARCH_SCANNED_NEVER = Msg(
    "{count} 个文件不能建立索引（超过 {limit} MB 或文件名不是 UTF-8），已直接搜索",
    "{count} {count:file|files} cannot be indexed (over {limit} MB, or a name not UTF-8), searched directly",
)
CLI_SEARCH_SCANNED_REFUSED = Msg(
    "（{why}；speech-reader index 可建立索引）",
    " ({why}; speech-reader index PATH builds the index)",
)
CLI_SEARCH_SKIPPED = Msg(
    "{count} 个文件无法读取或没有文字，未搜索：",
    "{count} {count:file|files} unreadable or without text, not searched:",
)
CLI_INDEX_DELETED = Msg("已删除搜索索引：{where}", "Search index deleted: {where}")
CLI_INDEX_NONE = Msg("没有索引：{where}", "No index at {where}")
CLI_INDEX_ROOT = Msg(
    "{path} 是根目录，确要为它建立索引请加 --force",
    "{path} is a root folder: add --force to index it",
)
CLI_INTERRUPTED = Msg("已中断", "interrupted")
CLI_INDEX_INTERRUPTED = Msg("已中断，已建立的部分保留", "interrupted; what was indexed is kept")
CLI_INDEX_PLAIN_PROGRESS = Msg(
    "索引：{done}/{total} 个文件，{rate:.1f} MB/s",
    "indexing: {done}/{total} {total:file|files}, {rate:.1f} MB/s",
)
CLI_INDEX_SKIPPED = Msg("  已跳过：{path}", "  skipped: {path}")
CLI_INDEX_UNREADABLE_FOLDER = Msg("  无法读取的文件夹：{path}", "  unreadable folder: {path}")
CLI_INDEX_UNREADABLE = Msg("  无法读取：{path}", "  unreadable: {path}")
CLI_INDEX_NAME_NOT_UTF8 = Msg(
    "  文件名不是 UTF-8，未加入索引（搜索时直接读取）：{path}",
    "  name not UTF-8, not indexed (a search reads it directly): {path}",
)
CLI_INDEX_TOO_BIG = Msg(
    "  文件超过 {limit} MB，未加入索引（搜索时直接读取）：{path}",
    "  over {limit} MB, not indexed (a search reads it directly): {path}",
)
CLI_INDEX_DONE = Msg(
    "{found} 个文件：新建或更新 {indexed}，未变 {unchanged}，删除 {removed}，无法读取 {failed}；"
    "用时 {seconds:.1f} 秒，{rate:.1f} MB/s；索引 {size:.1f} MB",
    "{found} {found:file|files}: {indexed} indexed, {unchanged} unchanged, {removed} removed, "
    "{failed} unreadable; {seconds:.1f} s, {rate:.1f} MB/s; index {size:.1f} MB",
)
CLI_PATH_LOOP = Msg(
    "{path} 是循环的符号链接（链接指向自身，或几个链接互相指向），打不开",
    "{path} is a loop of symbolic links (a link that points to itself, or links that point "
    "to each other): it cannot be opened",
)
CLI_PATH_DENIED = Msg(
    "没有权限打开 {path}（或它所在的文件夹）",
    "no permission to open {path} (or a folder it is in)",
)
CLI_FOLDER_DENIED = Msg(
    "没有权限列出文件夹 {path} 里的文件", "no permission to list the files of the folder {path}"
)
CLI_PATH_PROBLEM = Msg("无法打开 {path}：{why}", "cannot open {path}: {why}")
CLI_DASH_HINT = Msg(
    "“{arg}”不是选项。以“-”开头的查询或路径请写在 -- 之后，如：speech-reader {command} -- {arg}",
    "“{arg}” is not an option. Write a query or path that begins with “-” after --, as in: "
    "speech-reader {command} -- {arg}",
)
CLI_DASH_HINT_QUERY = Msg(
    '（“-词”表示排除该词，查询里还要有一个要找的词，如 -- "要找的词 {arg}"）',
    ' (“-word” leaves out what holds the word; the query also needs a word to find, as in -- "WORD {arg}")',
)
CLI_INDEX_NOTHING = Msg(
    "{path}：没有可以建立索引的讲话稿文件（.txt、.md、.docx、.pdf 等普通文件），什么也没做",
    "{path}: nothing to index, no speech file (a regular .txt, .md, .docx, .pdf … file)",
)
CLI_KEYWORDS_BIG = Msg(
    "{name} 有 {mb:.0f} MB，计算关键词要花一些时间（每 10 MB 约 10 秒）",
    "{name} is {mb:.0f} MB: its keywords take a while (about 10 seconds per 10 MB)",
)
CLI_KEYWORDS_READING = Msg("正在读取文件…", "reading the file…")
CLI_KEYWORDS_RANKING = Msg(
    "正在排出关键词… 第 {done}/{total} 篇", "ranking keywords… speech {done}/{total}"
)
CLI_KEYWORDS_SECTIONS = Msg(
    "正在计算各节的关键词… 第 {done}/{total} 篇", "keywords of the sections… speech {done}/{total}"
)
CLI_KEYWORDS_FOLDER = Msg(
    "正在统计文件夹中各篇的词…", "counting the words of the folder's speeches…"
)
CLI_KEYWORDS_PROGRESS = Msg(
    "正在计算关键词… 第 {done}/{total} 篇", "computing keywords… speech {done}/{total}"
)
WALK_NOT_REGULAR = Msg(
    "{count} 个不是普通文件的条目（管道、设备或失效的链接）已跳过",
    "{count} {count:entry|entries} skipped: not {count:a regular file|regular files} (pipes, devices, broken links)",
)
WALK_UNREADABLE_FOLDERS = Msg(
    "{count} 个文件夹无法读取", "{count} {count:folder|folders} could not be read"
)

VIA_TMUX = Msg(" tmux 的缓冲区", "tmux paste buffer")
"""Where a copy went inside tmux (``tui.tmux``): the title's "已复制到{via}"."""
COPIED_BY_TMUX = Msg(
    "（系统剪贴板不可用：已放进 tmux 的缓冲区，按前缀键再按 ] 粘贴；{forward}）",
    "(no system clipboard: in tmux's paste buffer, pasted with the prefix key, then ]; {forward})",
)
TMUX_FORWARDED = Msg(
    "set-clipboard 为 {option}，也交给了外层终端的剪贴板",
    "set-clipboard is {option}: also passed to the outer terminal's clipboard",
)
TMUX_NOT_FORWARDED = Msg(
    "set-clipboard 为 off，没有交给外层终端的剪贴板",
    "set-clipboard is off: not passed to the outer terminal's clipboard",
)

SCREENSHOT_TITLE = Msg("截图", "Screenshot")
SCREENSHOT_SAVED = Msg("已保存到 {path}", "Saved to {path}")
SCREENSHOT_FAILED = Msg("无法保存截图：{error}", "The screenshot could not be saved: {error}")

_register()
