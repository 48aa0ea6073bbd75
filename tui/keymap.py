"""The app's keys, place by place, read from the classes' own ``BINDINGS``.

A class of the app, a screen or a widget that declares bindings is a place: its rows
are its keys with what the footer says (``KeyRow``), plus the keys Textual's own base
classes bind for it (``TEXTUAL_KEYS``, ``EXTRA_KEYS``: described here in our words). Two
readers use it: the help screen (``tui.screens.help.keys_elsewhere``: the keys of the places not
on screen) and the key reference (``tui.keyref`` writes ``docs/keys.md`` from it, with
each action's docstring). Both hand over the modules to read (``places(modules)``), so
this module imports none of the app's screens and widgets: it sits below the app, which
uses it, and below ``keyref``, which imports the app (they were one import cycle).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from types import ModuleType

from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode
from textual.keys import format_key

from tui import ui_text

ORDER = (
    "SpeechReaderApp",
    "MainScreen",
    "ReaderView",
    "OutlinePane",
    "SpeechFileTree",
    "KeywordPanel",
    "FindBar",
    "CorpusSearchScreen",
    "BookmarksScreen",
    "NotebookScreen",
    "QuoteDialog",
    "HelpScreen",
    # Where it stood by module and name in tui.screens.corpus_search, before it moved to
    # tui.widgets.corpus_tree (which sorts after tui.screens.edit_quote).
    "ResultTree",
)
"""Sections in reading order; classes not named here follow, by module and name."""

WHERE: dict[str, tuple[str, str]] = {
    "SpeechReaderApp": ("任何时候", "anywhere"),
    "MainScreen": ("主界面，无论焦点在哪个窗格", "main screen, whichever pane has the focus"),
    "ReaderView": (
        "阅读区（右侧，焦点在阅读区时）",
        "the reader pane (right), when it has the focus",
    ),
    "OutlinePane": (
        "提纲栏（中间，焦点在提纲栏时）",
        "the outline pane (middle), when it has the focus",
    ),
    "SpeechFileTree": (
        "文件栏（左侧，焦点在文件栏时）",
        "the file tree (left), when it has the focus",
    ),
    "KeywordPanel": (
        "关键词栏（`K` 打开，焦点在其中时）",
        "the keyword panel (`K`), when it has the focus",
    ),
    "FindBar": ("查找栏（`/` 打开，正在输入时）", "the find bar (`/`), while typing in it"),
    "CorpusSearchScreen": ("全文搜索界面（`ctrl+f`）", "the corpus search screen (`ctrl+f`)"),
    "BookmarksScreen": ("书签列表（`'`）", "the bookmark list (`'`)"),
    "NotebookScreen": ("摘录本（`ctrl+n`）", "the quote notebook (`ctrl+n`)"),
    "QuoteDialog": (
        "手动复制对话框（剪贴板都不可用时出现）",
        "the copy-by-hand dialog (when no clipboard works)",
    ),
    "HelpScreen": ("按键帮助（`?`）", "the help screen (`?`)"),
}
"""Where each class's keys work, in Chinese and English."""

GROUP_FALLBACK: dict[str, str] = {"QuoteDialog": ui_text.GROUP_QUOTE_DIALOG.zh}
"""Section titles for classes without ``HELP_GROUP``."""

TEXTUAL_KEYS: dict[str, dict[str, tuple[str, str]]] = {
    "SpeechReaderApp": {
        "command_palette": (
            "命令面板：跳到标题、打开文件、复制、引文格式、切换主题",
            "command palette: jump to a heading, open a file, copy, citation format, theme",
        ),
        "quit": ("退出（同 `q`）", "quit (like `q`)"),
    },
    "MainScreen": {
        "screen.copy_text": (
            "复制用鼠标选中的文字（先系统剪贴板，再 OSC 52；在 tmux 里再 tmux 的缓冲区）；"
            "没有选中的文字时提示按 `q` 退出",
            "copy the mouse selection (system clipboard, else OSC 52; in tmux, tmux's buffer);"
            " with nothing selected, a notice says `q` quits",
        ),
    },
    "OutlinePane": {
        "select_cursor": ("跳到这个标题", "jump to the heading"),
        "toggle_node": ("展开/折叠", "expand or collapse"),
        "toggle_expand_all": ("全部展开/折叠", "expand or collapse all"),
        "cursor_parent": ("到上一级", "up to the parent"),
        "cursor_previous_sibling": ("同级上一个", "previous sibling"),
        "cursor_next_sibling": ("同级下一个", "next sibling"),
    },
    "SpeechFileTree": {
        "select_cursor": ("打开文件 / 展开文件夹", "open the file / expand the folder"),
        "toggle_node": ("展开/折叠文件夹", "expand or collapse the folder"),
        "cursor_parent": ("到上一级文件夹", "up to the parent folder"),
    },
}
"""Keys Textual's base classes bind that users of this app need: action → (zh, en)."""

EXTRA_KEYS: dict[str, list[tuple[str, str, str]]] = {
    "KeywordPanel": [("enter", "查找这个词：全部高亮，跳到下一处", "find the keyword")],
    "FindBar": [("enter", "跳到下一处，回到阅读区", "next match, back to the reader")],
    "CorpusSearchScreen": [
        (
            "enter",
            "在输入框：开始搜索；在结果中：打开文件并定位到该处",
            "in the box: search; on a result: open the file there",
        ),
    ],
    "BookmarksScreen": [("enter", "跳到这个书签", "jump to the bookmark")],
}
"""Enter in Textual's own Input/OptionList/Tree children, which the class handles via messages."""

NAMED_KEYS = {
    "escape": "Esc",
    "enter": "Enter",
    "tab": "Tab",
    "space": "Space",
    "pagedown": "PageDown",
    "pageup": "PageUp",
    "home": "Home",
    "end": "End",
    "delete": "Delete",
    "down": "↓",
    "up": "↑",
    "left": "←",
    "right": "→",
}


@dataclass(frozen=True)
class KeyRow:
    """One line of the reference: the keys of one action."""

    keys: tuple[str, ...]
    """Key names as Textual writes them ("j", "down", "ctrl+b")."""
    description: str
    """What the footer and the help screen say (Chinese); our own text for Textual's keys."""
    action: str
    """The action string bound ("cursor_down", "screen.copy_outline_node('heading')")."""
    english: str
    """What the English interface says (``tui.ui_text``), then the action method's
    docstring's first line; our own text for Textual's keys."""
    footer: bool
    """Whether the footer shows it (``show=True``)."""
    textual: bool = False
    """Bound by Textual's own classes rather than this app's."""


@dataclass(frozen=True)
class Place:
    """A class whose keys work in one place of the app."""

    cls: type[DOMNode]
    group: str
    """The title the help screen uses (``HELP_GROUP``)."""
    where_zh: str
    where_en: str
    rows: tuple[KeyRow, ...]


def key_display(key: str) -> str:
    """A key as a user reads it: "ctrl+b", "]", "↓", "Esc", "G"."""
    *modifiers, name = key.split("+")
    shown = NAMED_KEYS.get(name) or format_key(name)
    return "+".join([*modifiers, shown])


ActionDoc = Callable[[type, str], str]
"""``(class, action) -> text``: what ends the English of that action's row."""


def no_doc(cls: type, action: str) -> str:
    """No docstring line (the help screen's rows)."""
    return ""


def own_bindings(cls: type) -> list[Binding]:
    """Bindings declared by ``cls`` and its non-Textual bases (most derived wins per key)."""
    found: list[Binding] = []
    seen_keys: set[str] = set()
    for base in cls.__mro__:
        if base.__module__.startswith("textual"):
            continue
        for binding in Binding.make_bindings(base.__dict__.get("BINDINGS", [])):
            if binding.key in seen_keys:
                continue
            seen_keys.add(binding.key)
            found.append(binding)
    return found


def _textual_bindings(cls: type) -> list[Binding]:
    """Bindings from Textual's own base classes of ``cls`` (most derived first)."""
    found: list[Binding] = []
    for base in cls.__mro__:
        if not base.__module__.startswith("textual"):
            continue
        found.extend(Binding.make_bindings(base.__dict__.get("BINDINGS", [])))
    if issubclass(cls, App):
        found.append(Binding(cls.COMMAND_PALETTE_BINDING, "command_palette"))
    return found


def _english(description: str, doc: str) -> str:
    """ "Files: Show or hide the file tree.": what the English interface says for
    ``description`` (``tui.ui_text``), then the action's docstring ``doc``."""
    found = ui_text.CATALOGUE_KEYS.get(description)
    shown = found.en if found is not None else ""
    return f"{shown} — {doc}" if shown and doc else shown or doc


def _rows(cls: type, action_doc: ActionDoc) -> list[KeyRow]:
    merged: dict[tuple[str, str], list[Binding]] = {}
    for binding in own_bindings(cls):
        if not binding.description or binding.system:
            continue
        merged.setdefault((binding.action, binding.description), []).append(binding)
    rows = [
        KeyRow(
            keys=tuple(b.key for b in bindings),
            description=description,
            action=action,
            english=_english(description, action_doc(cls, action)),
            footer=any(b.show for b in bindings),
        )
        for (action, description), bindings in merged.items()
    ]
    own_keys = {key for row in rows for key in row.keys}
    wanted = TEXTUAL_KEYS.get(cls.__name__, {})
    textual: dict[str, list[str]] = {}
    for binding in _textual_bindings(cls):
        if binding.action in wanted and binding.key not in own_keys:
            keys = textual.setdefault(binding.action, [])
            if binding.key not in keys:
                keys.append(binding.key)
    for action, (description, english) in wanted.items():
        if action in textual:
            rows.append(
                KeyRow(
                    tuple(textual[action]), description, action, english, footer=False, textual=True
                )
            )
    for key, description, english in EXTRA_KEYS.get(cls.__name__, []):
        if key not in own_keys:
            rows.append(KeyRow((key,), description, "", english, footer=False, textual=True))
    return rows


def _walk(modules: Iterable[ModuleType]) -> Iterator[ModuleType]:
    """``modules`` and, for each package among them, its modules (imported here)."""
    for module in modules:
        yield module
        for info in pkgutil.iter_modules(getattr(module, "__path__", [])):
            yield importlib.import_module(f"{module.__name__}.{info.name}")


def places(modules: Iterable[ModuleType], action_doc: ActionDoc = no_doc) -> list[Place]:
    """Every class with keys in ``modules`` and, for a package, in each of its modules, in
    reading order. ``action_doc(cls, action)``: the docstring line that ends a row's
    English (none by default: the help screen does not show it)."""
    found: dict[str, type[DOMNode]] = {}
    for module in _walk(modules):
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or not issubclass(cls, DOMNode):
                continue
            if own_bindings(cls) or cls.__name__ in TEXTUAL_KEYS:
                found[cls.__name__] = cls
    ordered = [found[name] for name in ORDER if name in found]
    ordered += sorted(
        (cls for name, cls in found.items() if name not in ORDER),
        key=lambda cls: (cls.__module__, cls.__name__),
    )
    result: list[Place] = []
    for cls in ordered:
        rows = _rows(cls, action_doc)
        if not rows:
            continue
        group = getattr(cls, "HELP_GROUP", None) or GROUP_FALLBACK.get(cls.__name__, cls.__name__)
        where_zh, where_en = WHERE.get(cls.__name__, (group, cls.__name__))
        result.append(Place(cls, group, where_zh, where_en, tuple(rows)))
    return result
