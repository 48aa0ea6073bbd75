"""The key reference (``docs/keys.md``), generated from the app's own bindings.

Run ``python -m tui.keyref > docs/keys.md`` after changing any ``BINDINGS``;
``tests/unit/test_keyref.py`` fails while the file and the bindings disagree.

Where the keys come from:

* every class in ``tui.app``, ``tui.screens.*`` and ``tui.widgets.*`` that declares
  ``BINDINGS`` (found by walking those packages, so a new screen or widget shows up
  without touching this module), with the description the app shows in its footer and
  help screen, what the English interface says (``tui.ui_text``) and the first line of the
  action method's docstring;
* a few keys that Textual's own classes bind for this app (the command palette, ``ctrl+q``,
  copying a mouse selection, moving in the two trees), described here in Chinese because
  Textual's descriptions are English.

Keys with ``show=False`` work the same; they are only left out of the footer.

The places and their rows are ``tui.keymap``'s (the help screen shows the same rows);
this module adds each action's docstring and writes the Markdown. It imports the app, so
nothing of the app imports it.
"""

from __future__ import annotations

import inspect
import re
import sys

from textual.screen import Screen

import tui.app
import tui.screens
import tui.widgets
from tui import keymap, ui_text
from tui.app import SpeechReaderApp
from tui.digit_keys import DIGITS_SHOWN, all_digits
from tui.keymap import KeyRow, Place, key_display, own_bindings
from tui.screens.main import MainScreen

__all__ = ["REGENERATE", "KeyRow", "Place", "key_display", "own_bindings", "places", "render"]

REGENERATE = "python -m tui.keyref > docs/keys.md"
"""The command that rewrites docs/keys.md."""

MODULES = (tui.app, tui.screens, tui.widgets)
"""Where the classes with keys are: the app's module and every module of these packages."""


def places() -> list[Place]:
    """Every class with keys, in reading order, each row's English ending with the
    action's docstring line."""
    return keymap.places(MODULES, action_doc)


def action_doc(cls: type, action: str) -> str:
    """The first docstring line of the method an action string calls."""
    namespace, _, call = action.rpartition(".")
    name = call.split("(", 1)[0]
    owner: type = cls
    if namespace == "app":
        owner = SpeechReaderApp
    elif namespace == "screen" and not _is_screen(cls):
        owner = MainScreen
    method = getattr(owner, f"action_{name}", None)
    doc = inspect.getdoc(method) if method is not None else None
    first = doc.strip().splitlines()[0] if doc else ""
    return re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", first)  # Textual's doc links lead nowhere here


def _is_screen(cls: type) -> bool:
    return issubclass(cls, Screen)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _keys_cell(keys: tuple[str, ...]) -> str:
    if all_digits(keys):
        return f"`{DIGITS_SHOWN}`"
    return " / ".join(f"`{key_display(key)}`" for key in keys)


def _action_cell(action: str) -> str:
    return f"`{action}`" if action else "—"


def render() -> str:
    """The whole of docs/keys.md."""
    lines = [
        "# 按键一览 / Key reference",
        "",
        f"<!-- Generated from the app's bindings by `{REGENERATE}`. Do not edit by hand:",
        "     tests/unit/test_keyref.py fails when this file and the bindings disagree. -->",
        "",
        "由程序根据应用里的按键绑定（`BINDINGS`）自动生成；“说明”一栏就是应用页脚和帮助界面（`?`）"
        "里显示的文字。“页脚”一栏打勾的键显示在底部页脚，其余的键同样有效，只是不占页脚位置。"
        "English 一栏是英文界面（`--lang en`）里的说明，破折号后是动作的英文注释；标 *(Textual)* 的行是 Textual 框架自带、本应用沿用的键"
        "（说明文字由本应用补写）。"
        "没有可读的正文时（空文件夹、打不开的文件、正在打开、文字全被当作杂项的文件），移动、选择、复制、书签和提纲栏这些键暂时关闭"
        "（文件栏和提纲栏里的复制键也是），页脚里也不列出。",
        "",
        "Generated from the app's `BINDINGS`. *说明* is the text the footer and the help screen "
        "(`?`) show; *English* is what they say in the English interface (`--lang en`), then the first line of "
        "the action's docstring. Keys without a tick "
        "in *页脚 footer* work the same but stay out of the footer. Rows marked *(Textual)* are "
        "keys of Textual's own widgets that the app relies on, described in our words. With "
        "no text to read (an empty folder, a file that cannot be shown, one still opening, one "
        "whose text is all taken for noise) the "
        "keys that move, select, copy, bookmark or show the outline are off and out of the "
        "footer (the copy keys of the file tree and the outline too).",
        "",
        "See [guide.md](guide.md) for how the keys fit together, [quotes.md](quotes.md) for "
        "what the copy keys put on the clipboard and [keywords.md](keywords.md) for keywords "
        "and search.",
        "",
    ]
    for place in places():
        lines += [
            f"## {place.group} · {_where(place)}",
            "",
            f"{place.where_zh}。（`{place.cls.__module__}.{place.cls.__name__}`）",
            "",
            "| 键 Keys | 说明 | 页脚 footer | action | English |",
            "| --- | --- | :-: | --- | --- |",
        ]
        for row in place.rows:
            english = f"{row.english} *(Textual)*" if row.textual else row.english
            lines.append(
                "| "
                + " | ".join(
                    [
                        _keys_cell(row.keys),
                        _cell(row.description),
                        "✓" if row.footer else "",
                        _action_cell(row.action),
                        _cell(english),
                    ]
                )
                + " |"
            )
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    """Print docs/keys.md."""
    sys.stdout.write(render())
    return 0


def _where(place: Place) -> str:
    """Where ``place``'s keys work, in English: keymap's words, else (a place keymap has no
    words for, whose ``where_en`` is only the class's name) its group's English in lower
    case ("the search results"), as the help screen names it, not "ResultTree"."""
    if place.where_en != place.cls.__name__:
        return place.where_en
    group = ui_text.CATALOGUE_KEYS.get(place.group)
    if group is None:
        return place.where_en
    return group.en[:1].lower() + group.en[1:]


if __name__ == "__main__":
    raise SystemExit(main())
