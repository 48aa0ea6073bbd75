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
"""

from __future__ import annotations

import os
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from tui.paths import BUNDLED_NAME

Language = Literal["zh", "en"]
LANGUAGES: tuple[Language, ...] = ("zh", "en")
DEFAULT: Language = "zh"
ENVIRONMENT = "SPEECH_READER_LANG"
"""The environment variable that chooses the language (``zh`` or ``en``)."""

_current: Language = DEFAULT

CATALOGUE: dict[str, Msg] = {}
"""Every entry, by its name in this module (filled below, for the tests)."""
_BY_CHINESE: dict[str, Msg] = {}
"""Entries that are stored as their Chinese text (key descriptions, group titles)."""


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


@dataclass(frozen=True, slots=True)
class Msg:
    """One text of the interface in both languages; call it for the current one."""

    zh: str
    en: str

    def __call__(self, **args: object) -> str:
        text = self.en if _current == "en" else self.zh
        return text.format(**args) if args else text


@dataclass(frozen=True, slots=True)
class Key(Msg):
    """A text stored as its Chinese (``Binding(..., KEY_QUIT.zh)``, ``HELP_GROUP``) and
    shown through ``shown``: key descriptions and the help screen's group titles."""


def shown(text: str) -> str:
    """A key description or group title (stored in Chinese) in the current language;
    a text not in the catalogue as it is."""
    found = _BY_CHINESE.get(text)
    return found() if found is not None else text


def _register() -> None:
    for name, value in globals().items():
        if isinstance(value, Msg):
            CATALOGUE[name] = value
        if isinstance(value, Key):
            other = _BY_CHINESE.setdefault(value.zh, value)
            if other.en != value.en:
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
CLI_NO_PATH = Msg(
    "speech-reader: 找不到路径：{path}", "speech-reader: no such file or folder: {path}"
)
CLI_NO_LOG = Msg("（无法写入日志）", "(no log could be written)")
CLI_CRASHED = Msg(
    "speech-reader: 阅读器出错退出，错误详情见 {where}",
    "speech-reader: the reader crashed; the traceback is in {where}",
)

# ---------------------------------------------------------------- the app (tui/app.py)
APP_TITLE = Msg("讲话稿阅读器", "Speech reader")
PALETTE_PLACEHOLDER = Msg(
    "输入标题、文件名或命令（复制、引文格式、摘录本、主题…）",
    "Type a heading, a file name or a command (copy, citation, notebook, theme…)",
)
PALETTE_NO_MATCHES = Msg("没有匹配的标题、文件或命令", "No heading, file or command matches")
PALETTE_JUMP_SPEECH = Msg("跳到这篇讲话", "Go to this speech")
PALETTE_JUMP_HEADING = Msg("跳到标题 · {speech}", "Go to the heading · {speech}")
PALETTE_OPEN_FILE = Msg("打开文件", "Open the file")
BACKGROUND_TITLE = Msg("后台任务", "Background work")
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
KEY_BOOKMARK = Key("书签", "Bookmark")
KEY_BOOKMARKS = Key("书签列表", "Bookmarks")
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

GROUP_READER = Key("阅读", "Reading")
KEY_NEXT_SENTENCE = Key("下一句", "Next sentence")
KEY_PREVIOUS_SENTENCE = Key("上一句", "Previous sentence")
KEY_PAGE_DOWN = Key("下一页", "Page down")
KEY_PAGE_UP = Key("上一页", "Page up")
KEY_HALF_DOWN = Key("下半页", "Half a page down")
KEY_HALF_UP = Key("上半页", "Half a page up")
KEY_LINE_DOWN = Key("向下滚一行", "Scroll a line down")
KEY_LINE_UP = Key("向上滚一行", "Scroll a line up")
KEY_START = Key("文首", "Start")
KEY_END = Key("文末", "End")
KEY_NEXT_HEADING = Key("下一标题", "Next heading")
KEY_PREVIOUS_HEADING = Key("上一标题", "Previous heading")
KEY_NEXT_SPEECH = Key("下一篇", "Next speech")
KEY_PREVIOUS_SPEECH = Key("上一篇", "Previous speech")
KEY_SELECT = Key("选择", "Select")
KEY_READING_WIDTH = Key("限制行宽", "Line width")
KEY_CANCEL = Key("取消选择 / 结束查找", "Cancel selection / find")

GROUP_OUTLINE = Key("提纲", "Outline")
KEY_COPY_HEADING = Key("复制标题", "Copy heading")
KEY_COPY_SECTION = Key("复制整节", "Copy section")
KEY_COPY_OUTLINE = Key("复制提纲", "Copy outline")
KEY_NEXT_ITEM = Key("下一项", "Next item")
KEY_PREVIOUS_ITEM = Key("上一项", "Previous item")
KEY_EXPAND_ALL = Key("全部展开/折叠", "Expand/collapse all")

GROUP_FILES = Key("文件", "Files")
KEY_OPEN = Key("打开", "Open")

GROUP_KEYWORDS = Key("关键词", "Keywords")
KEY_TOGGLE_HIGHLIGHT = Key("加入/移出高亮词", "Highlight word on/off")
KEY_HIGHLIGHT = Key("高亮", "Highlight")
KEY_CLOSE = Key("关闭", "Close")
GROUP_FIND = Key("查找", "Find")
KEY_CLEAR_FIND = Key("清除查找", "Clear the find")

# ---------------------------------------------------------------- the main screen
NO_SPEECHES = Msg(
    "这个文件夹（及其子文件夹）里没有讲话稿（能打开的有 {kinds}）。",
    "This folder (and its subfolders) holds no speeches (the files it opens: {kinds}).",
)
FILE_SIZE = Msg("（{megabytes:.1f} MB）", " ({megabytes:.1f} MB)")
CANNOT_OPEN = Msg("无法打开这个文件：{error}", "This file cannot be opened: {error}")
CANNOT_SHOW = Msg("无法显示", "cannot be shown")
WARNINGS_JOIN = Msg("；", "; ")
FILE_GONE = Msg(
    "文件已被删除或移走；它回来时会自动重新打开。",
    "The file was deleted or moved; it opens again by itself when it comes back.",
)
FILE_GONE_STATUS = Msg("文件不见了", "file gone")
SPEECH_NUMBER = Msg("第{number}篇", "Speech {number}")
SPEECH_WITH_WORDS = Msg("{head}：{words}…", "{head}: {words}…")
UNSAVED_POSITION = Msg("阅读位置", "reading position")
UNSAVED_BOOKMARKS = Msg("书签", "bookmarks")
BOOKMARK_ADDED = Msg("已添加书签", "Bookmark added")
BOOKMARK_REMOVED = Msg("已删除书签", "Bookmark removed")
BOOKMARK_FILE_MISSING = Msg(
    "找不到书签所在的文件：{path}", "The bookmark's file is not there: {path}"
)
INDEX_NOTE = Msg("索引 {done}/{total}", "index {done}/{total}")
INDEX_FAILED = Msg("无法建立搜索索引：{error}", "The search index cannot be built: {error}")
INDEX_ERROR = Msg("建立搜索索引时出错：{error}", "The search index failed: {error}")
FOLDER_PROBLEMS = Msg("{problems}（文件栏里没有列出）。", "{problems} (not in the file tree).")

# ---------------------------------------------------------------- panes
OUTLINE_BUILDING = Msg("提纲生成中…", "Making the outline…")
OUTLINE_DATE = Msg("（{date}）", " ({date})")
TREE_WEB_PAGE = Msg("网页", "web")
TREE_SPEECH_COUNT = Msg("{count}篇", "{count} sp.")
READER_NO_TEXT = Msg("这个文件没有可显示的正文。", "This file has no text to show.")
LAST_HEADING = Msg("已是最后一个标题。", "This is the last heading.")
FIRST_HEADING = Msg("已是第一个标题。", "This is the first heading.")
LAST_SPEECH = Msg("已是最后一篇。", "This is the last speech.")
FIRST_SPEECH = Msg("已是第一篇。", "This is the first speech.")
NO_HEADINGS = Msg("这个文件没有标题。", "This file has no headings.")
NO_SPEECH_BREAKS = Msg("这个文件没有篇。", "This file has no speeches to move between.")
WIDTH_CAPPED = Msg("行宽：最多 {chars} 字", "Line width: at most {chars} characters")
WIDTH_WINDOW = Msg("行宽：随窗口", "Line width: the window's")
KEYWORDS_LOADING = Msg("关键词功能加载中…", "Loading keywords…")
KEYWORDS_TITLE = Msg("关键词", "Keywords")
KEYWORDS_COMPUTING = Msg("关键词计算中…", "Finding keywords…")
KEYWORDS_FAILED_TITLE = Msg("关键词计算失败", "Keywords failed")
KEYWORDS_FAILED = Msg("无法计算关键词：{error}", "Keywords cannot be found: {error}")
KEYWORDS_OF_SPEECH = Msg("关键词 · 第{number}/{total}篇", "Keywords · speech {number}/{total}")
KEYWORDS_NONE = Msg("（没有关键词）", "(no keywords)")
FIND_PLACEHOLDER = Msg(
    '在本文中查找：词 词（同段同时出现） "短语" -排除 标题:词（Enter 下一处，Esc 清除）',
    'Find: word word (in one paragraph) "phrase" -not 标题:word (Enter next, Esc clears)',
)
FIND_NO_MATCH = Msg("无匹配", "no match")
FIND_COUNT = Msg("共 {total} 处", "{total} found")

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
KEYWORDS_STILL_LOADING = Msg(
    "关键词功能正在加载，稍候会自动显示。", "Keywords are loading; they show by themselves soon."
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

_register()
