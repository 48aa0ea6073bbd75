"""The interface's catalogue (``tui/ui_text.py``): every text in both languages, with the
same format fields, and no Chinese text left in the screens and widgets outside it."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tui import ui_text
from tui.ui_text import CATALOGUE, Key, Msg

ROOT = Path(__file__).resolve().parents[2]
CHECKED = [ROOT / "tui" / "app.py", *sorted((ROOT / "tui" / "screens").glob("*.py"))]
CHECKED += sorted((ROOT / "tui" / "widgets").glob("*.py"))
"""Where every text the user reads must come from the catalogue."""
BELOW_UI = [
    ROOT / "tui" / name
    for name in (
        "state.py",
        "clipboard.py",
        "notebook.py",
        "session.py",
        "startup.py",
        "highlights.py",
    )
]
BELOW_UI += sorted((ROOT / "tui" / "jobs").glob("*.py"))
BELOW_UI += [ROOT / "tui" / "cli.py", *sorted((ROOT / "tui" / "commands").glob("*.py"))]
"""Modules below the screens whose messages reach the user: from the catalogue too, or
written in both languages in one text ("中文 / English", the command line's help)."""
BILINGUAL = re.compile(r"(?:/|—) [-{}\s]*[A-Za-z]")
"""A text that holds its English after its Chinese: "删除索引缓存 / delete the index cache"
(an f-string is taken whole, its fields as "{}"). Only the command line's help (argparse's
``help=`` and ``description=``, a subcommand's ``HELP``) may be written so: ``--help`` is
read before a language is chosen, and stays bilingual. A message printed in both languages
would show its Chinese in English: it comes from the catalogue."""
STAYS_CHINESE: dict[str, set[str]] = {}
"""Chinese that is no interface text, by file (with the reason beside it). The export's
file name was one (摘录本.md, in English too): it is in the catalogue now (newuser19)."""

IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
"""A Chinese character (punctuation such as "。" or "　" alone is no text to translate)."""

ENGLISH_MAY_HOLD_CHINESE = {
    "LANGUAGE_COMMAND",  # names both languages, each in its own
    "LANGUAGE_COMMAND_HELP",
}
"""(The find and search placeholders are not here: their English names the heading prefix
``h:``, which the query syntax takes as it takes 标题:, not the Chinese one.)"""


@pytest.fixture(autouse=True)
def _default_language() -> Iterator[None]:
    yield
    ui_text.set_language(ui_text.DEFAULT)


def chinese_literals(
    source: str, name: str = "<source>", whole: bool = False
) -> list[tuple[int, str]]:
    """(line, text) of every string literal in ``source`` holding a Chinese character,
    docstrings left out (f-strings' literal parts included; with ``whole``, an f-string
    is one text, its fields written "{}")."""
    tree = ast.parse(source, name)
    wholes: dict[int, str] = {}
    if whole:
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                text = "".join(
                    str(part.value) if isinstance(part, ast.Constant) else "{}"
                    for part in node.values
                )
                wholes.update((id(part), text) for part in node.values)
    docstrings: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list):
            for statement in body:
                if (
                    isinstance(statement, ast.Expr)
                    and isinstance(statement.value, ast.Constant)
                    and isinstance(statement.value.value, str)
                ):
                    docstrings.add(id(statement.value))
    found = [
        (node.lineno, wholes.get(id(node), node.value))
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and IDEOGRAPH.search(node.value)
    ]
    return list(dict.fromkeys(found))


def test_every_entry_has_both_languages_with_the_same_fields() -> None:
    assert len(CATALOGUE) > 200
    for name, text in CATALOGUE.items():
        assert text.zh.strip() and text.en.strip(), name
        if name not in ENGLISH_MAY_HOLD_CHINESE:
            assert not IDEOGRAPH.search(text.en), f"{name}: Chinese in the English {text.en!r}"
        assert ui_text.fields(text.zh) == ui_text.fields(text.en), name


COUNTED = re.compile(r"\{(\w+):([^{}|]*)\|([^{}]*)\}")
"""A word that agrees with a number: ``{count:file|files}``."""


def counted(text: str, args: dict[str, int]) -> str:
    """``text`` formatted as the catalogue means it: each ``{name:one|many}`` the word for
    its number, then the other fields as ``str.format`` does."""
    chosen = COUNTED.sub(lambda m: m[2] if args[m[1]] == 1 else m[3], text)
    return chosen.format(**args)


@pytest.mark.parametrize("number", [1, 2])
def test_every_entry_formats_in_both_languages(number: int) -> None:
    """Each entry, given its fields, formats without error in either language (the words
    that agree with a number in the singular for 1, in the plural for 2)."""
    for language in ui_text.LANGUAGES:
        ui_text.set_language(language)
        for name, text in CATALOGUE.items():
            args = {field: number for field in ui_text.fields(text.zh)}
            result = text(**args)
            assert result == counted(text.en if language == "en" else text.zh, args), name
            assert "|" not in result or "|" in COUNTED.sub("", text.en + text.zh), name


def test_english_counts_agree_with_their_numbers() -> None:
    """One file, two files: no "file(s)", no "quotes: 2"; the Chinese is as it was."""
    ui_text.set_language("en")
    found = ui_text.CORPUS_FOUND
    assert found(query="营商", total=75, files=10, note="") == "“营商”: 75 matches in 10 files."
    assert found(query="营商", total=1, files=1, note="") == "“营商”: 1 match in 1 file."
    assert ui_text.NOTEBOOK_TITLE(count=1) == "Notebook · 1 quote"
    assert ui_text.NOTEBOOK_TITLE(count=2) == "Notebook · 2 quotes"
    assert ui_text.EXPORT_DONE(count=2, target="/x.md") == "2 quotes exported to /x.md"
    assert ui_text.EXPORT_DONE(count=1, target="/x.md") == "1 quote exported to /x.md"
    assert ui_text.CLI_SEARCH_SKIPPED(count=1).startswith("1 file unreadable or without text")
    assert ui_text.CLI_SEARCH_SKIPPED(count=2).startswith("2 files unreadable or without text")
    assert ui_text.FIND_COUNT(total=1) == "1 match"
    for name, text in CATALOGUE.items():
        assert "(s)" not in text.en and "(es)" not in text.en, name
    # Read as an English user: one is not "1 quotes", a count says what it counts, and
    # no word is cut to an abbreviation ("12 sp.", "p. 3", "3 s")
    assert ui_text.NOTEBOOK_COPIED_ALL(count=1).startswith("Every quote (1),")
    assert ui_text.TREE_SPEECH_COUNT(count=1) == "1 speech"
    assert ui_text.TREE_SPEECH_COUNT(count=12) == "12 speeches"
    assert ui_text.KEYWORDS_EARLY(counted=1, total=1) == "Preliminary: 1 of 1 speech counted"
    assert ui_text.KEYWORDS_WAITED(seconds=1).startswith("1 second so far")
    assert ui_text.CLI_HEADING_PAGE(page=3) == "page 3"
    assert "10 seconds per 10 MB" in ui_text.CLI_KEYWORDS_BIG(name="x", mb=20)
    ui_text.set_language("zh")
    assert found(query="营商", total=75, files=10, note="") == "“营商”：共 75 处，10 个文件。"
    assert ui_text.NOTEBOOK_TITLE(count=1) == "摘录本 · 1 条"


def test_fields_are_compared() -> None:
    """The check above would see a field missing on one side."""
    assert ui_text.fields("没有“{term}”。") == {"term"}
    assert ui_text.fields("{count:,} found in {files}") == {"count", "files"}
    assert ui_text.fields("{files} {files:file|files}") == {"files"}
    assert ui_text.fields("没有“{term}”。") != ui_text.fields("Not found.")


def test_a_message_says_the_current_language() -> None:
    found = Msg("共 {total} 处", "{total} found")
    assert found(total=3) == "共 3 处"
    ui_text.set_language("en")
    assert found(total=3) == "3 found"
    with pytest.raises(ValueError):
        ui_text.set_language("fr")  # type: ignore[arg-type]


def test_key_bars_have_short_english() -> None:
    """What the key bars show (keys with ``show=True`` and the dialogs' key hints) is, in
    English, at most 8 cells wider than the Chinese (the ``bar`` form where the English
    is long), so about as many keys fit at 80 columns; only the bars use the short form."""
    from rich.cells import cell_len

    from tui import keyref
    from tui.screens.bookmarks import HINTS as BOOKMARK_HINTS
    from tui.screens.notebook import HINTS as NOTEBOOK_HINTS
    from tui.widgets.keywords import HINTS as KEYWORD_HINTS

    on_bars = {row.description for place in keyref.places() for row in place.rows if row.footer}
    on_bars |= {text for _, text in (*BOOKMARK_HINTS, *NOTEBOOK_HINTS, *KEYWORD_HINTS)}
    ui_text.set_language("en")
    for chinese in on_bars:
        english = ui_text.shown(chinese, bar=True)
        assert cell_len(english) <= cell_len(chinese) + 8, (chinese, english)
    assert ui_text.shown(ui_text.KEY_NEXT_SENTENCE.zh, bar=True) == "Next"
    assert ui_text.shown(ui_text.KEY_NEXT_SENTENCE.zh) == "Next sentence"
    ui_text.set_language("zh")
    assert ui_text.shown(ui_text.KEY_NEXT_SENTENCE.zh, bar=True) == "下一句"
    # A long Chinese has a bar form too (the notebook's bar at 120 columns); help says it whole.
    assert ui_text.shown(ui_text.KEY_EXPORT_MARKDOWN.zh, bar=True) == "导出"
    assert ui_text.shown(ui_text.KEY_EXPORT_MARKDOWN.zh) == "导出 Markdown"


def test_key_descriptions_are_found_by_their_chinese() -> None:
    """Bindings keep their Chinese description (docs/keys.md lists it); the bars show it
    in the current language; a text not in the catalogue is shown as it is."""
    assert ui_text.shown(ui_text.KEY_QUIT.zh) == "退出"
    ui_text.set_language("en")
    assert ui_text.shown(ui_text.KEY_QUIT.zh) == "Quit"
    assert ui_text.shown("不在目录里") == "不在目录里"


def test_every_binding_and_group_of_the_app_is_in_the_catalogue() -> None:
    """A binding described in Chinese but not in the catalogue would stay Chinese in English."""
    from tui import keyref

    keyed = {text.zh for text in CATALOGUE.values() if isinstance(text, Key)}
    missing = []
    for place in keyref.places():
        if place.group not in keyed:
            missing.append((place.cls.__name__, place.group))
        for row in place.rows:
            if not row.textual and row.description not in keyed:
                missing.append((place.cls.__name__, row.description))
    assert not missing


def test_choose_order() -> None:
    """--lang, then SPEECH_READER_LANG, then the stored choice, then Chinese."""
    env = {ui_text.ENVIRONMENT: "en_US.UTF-8"}
    assert ui_text.choose(None, None, {}) == "zh"
    assert ui_text.choose(None, "en", {}) == "en"
    assert ui_text.choose(None, "zh", env) == "en"
    assert ui_text.choose("zh", "en", env) == "zh"
    assert ui_text.choose(None, "klingon", {ui_text.ENVIRONMENT: "nonsense"}) == "zh"
    assert ui_text.choose(None, 3, {}) == "zh"


def test_the_checker_finds_chinese_literals() -> None:
    """The check below is worth something: it finds a label, an f-string's part and a
    binding's description, and leaves docstrings and punctuation alone."""
    source = '''
"""模块说明。"""
def f(name):
    """函数说明。"""
    notify("已添加书签")
    x = f"没有“{name}”。"
    stops = "。：；"
    Binding("q", "quit", "退出")
'''
    found = sorted(text for _, text in chinese_literals(source))
    assert found == sorted(["已添加书签", "没有“", "退出"])  # "”。" and "。：；" are punctuation


@pytest.mark.parametrize("path", CHECKED, ids=lambda path: path.name)
def test_no_chinese_text_outside_the_catalogue(path: Path) -> None:
    """Every Chinese text of the screens and widgets comes from tui/ui_text.py (where its
    English is beside it): a literal here would stay Chinese in the English interface."""
    found = chinese_literals(path.read_text(encoding="utf-8"), str(path))
    assert not found, "\n".join(f"{path.name}:{line}: {text!r}" for line, text in found)


def test_every_format_has_its_opening_message() -> None:
    """The reader's "正在读取 PDF 的文字层" … come from the catalogue in the interface's
    language, one for every kind the format readers tell but plain text (正在打开): an
    .mhtml, .epub, .rtf or .odt file said 正在打开, their words Chinese only in
    ``tui.formats.progress_message``, which nothing called."""
    from typing import get_args

    from tui.formats import FormatKind

    kinds = set(get_args(FormatKind)) - {"text"}
    assert set(ui_text.OPENING_LABELS) == kinds
    for text in ui_text.OPENING_LABELS.values():
        assert text.zh and text.en and text.zh != text.en


@pytest.mark.parametrize(
    ("title", "preview", "file_name", "total"),
    [
        ("在大会上的讲话", "同志们好", "甲.txt", 2),
        (None, "今天我们召开全市优化营商环境大会，主要任务是", "甲.txt", 3),
        (None, "今天我们召开大会", "", 3),
        (None, "今天我们召开大会", "甲.txt", 1),
        (None, "", "", 2),
        (None, "", "甲.txt", 1),
    ],
)
def test_speech_names(title: str | None, preview: str, file_name: str, total: int) -> None:
    """An untitled speech's name: in Chinese exactly ``Speech.label``; in English the same
    parts with "Speech N" and no Chinese of the interface's own."""
    from tui.engine.model import Speech
    from tui.widgets.outline import speech_name

    speech = Speech(1, title, 1, 2, 0, 1, None, (), preview)
    assert speech_name(speech, file_name, total) == speech.label(file_name, total)
    ui_text.set_language("en")
    english = speech_name(speech, file_name, total)
    if title:
        assert english == title
    else:
        assert "第" not in english and "篇" not in english
        if total > 1 or not (file_name or preview):
            assert "Speech 2" in english


def help_texts(source: str) -> set[str]:
    """The texts of argparse's help in ``source`` (``help=``/``description=`` arguments, a
    module's ``HELP = ...``), f-strings whole, as ``chinese_literals`` gives them."""
    tree = ast.parse(source)
    parts: list[ast.expr] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg in ("help", "description"):
            parts.append(node.value)
        elif isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "HELP" for target in node.targets
        ):
            parts.append(node.value)
    return {
        text
        for part in parts  # assigned: a lone string would be taken for a docstring
        for _, text in chinese_literals(f"_ = {ast.unparse(part)}", whole=True)
    }


@pytest.mark.parametrize("path", BELOW_UI, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_no_chinese_message_below_the_ui_outside_the_catalogue(path: Path) -> None:
    """The state files', clipboard's, notebook's and command line's messages come from the
    catalogue: none stays Chinese in English. Only argparse's help says both languages in
    one text (bilingual, ``BILINGUAL``)."""
    source = path.read_text(encoding="utf-8")
    allowed = STAYS_CHINESE.get(path.name, set())
    helps = help_texts(source)
    found = [
        (line, text)
        for line, text in chinese_literals(source, str(path), whole=True)
        if text not in allowed and not (text in helps and BILINGUAL.search(text))
    ]
    assert not found, "\n".join(f"{path.name}:{line}: {text!r}" for line, text in found)


def test_a_bilingual_message_printed_is_found() -> None:
    """The check above takes "中文 / English" only in argparse's help: a message printed in
    both languages (its Chinese shown in English) is found, a help text is not."""
    source = """
HELP = "打印提纲 / print the outline"
parser.add_argument("--json", help="以 JSON 输出 / print JSON")
print(f"speech-reader search: 无法读取 {path} / cannot read it", file=sys.stderr)
"""
    helps = help_texts(source)
    assert helps == {"打印提纲 / print the outline", "以 JSON 输出 / print JSON"}
    printed = [text for _, text in chinese_literals(source, whole=True) if text not in helps]
    assert printed == ["speech-reader search: 无法读取 {} / cannot read it"]


def test_the_bilingual_rule_wants_the_english_beside_the_chinese() -> None:
    source = 'print(f"speech-reader search: 无法读取 {path} / cannot read it")\n'
    ((_, text),) = chinese_literals(source, whole=True)
    assert text == "speech-reader search: 无法读取 {} / cannot read it" and BILINGUAL.search(text)
    assert BILINGUAL.search("删除索引缓存 / delete the index cache")
    assert not BILINGUAL.search("speech-reader quotes: 无法写入 ")
    assert not BILINGUAL.search("第 1 条摘录：应为对象，实为整数")


def test_texts_made_below_in_both_languages() -> None:
    """``said``: a ``Said`` (the index's refusal, a document's warning) gives the current
    language's; any other text stays whole — also one written "中文 / English", which a
    warning once was (split here; a warning is a ``Said`` now)."""
    from tui.base.errors import Said
    from tui.formats.errors import encoding_guessed

    refusal = Said("/x 是主文件夹，不自动建立索引", "/x is the home folder, not indexed by itself")
    warning = encoding_guessed("big5")
    plain = ["讲话 / 发言", "a / b", "没有斜杠", "English / only", "中文 / English"]
    assert ui_text.said(refusal) == "/x 是主文件夹，不自动建立索引"
    assert ui_text.said(warning) == "编码是猜测的（big5），个别字可能显示不对。"
    assert [ui_text.said(text) for text in plain] == plain
    ui_text.set_language("en")
    assert ui_text.said(refusal) == "/x is the home folder, not indexed by itself"
    assert ui_text.said(warning) == "The encoding (big5) was guessed; some characters may be wrong."
    assert [ui_text.said(text) for text in plain] == plain
    assert ui_text.pick("只有中文", "") == "只有中文"  # no English given: the Chinese


def test_a_hits_speech_keeps_its_title() -> None:
    """A speech's title is the file's text: named in English it stays as it is, even one
    that reads like the interface's own "第2篇"; an untitled speech is "Speech 2"."""
    from tui.engine.match import Hit, SpeechParts

    def hit(parts: SpeechParts | None, label: str) -> Hit:
        return Hit("/d/甲.txt", 0, 0, 1, "营商", 1, 1, label, (), "营商", 0, 2, False, 0, parts)

    titled = hit(SpeechParts("第2篇 在大会上的讲话", 1, "同志们", 3), "第2篇 在大会上的讲话")
    untitled = hit(SpeechParts(None, 1, "同志们", 3), "甲 第2篇：同志们…")
    outside = hit(None, "")
    ui_text.set_language("en")
    assert ui_text.hit_speech(titled) == "第2篇 在大会上的讲话"
    assert ui_text.hit_speech(untitled) == "甲 Speech 2: 同志们…"
    assert ui_text.hit_speech(outside) == "(outside the speeches)"
    ui_text.set_language("zh")
    assert ui_text.hit_speech(untitled) == "甲 第2篇：同志们…"  # Speech.label's text


def test_every_relabel_takes_no_argument() -> None:
    """A language switch calls ``relabel()`` on every node of every screen: a method of
    that name with arguments (the corpus search's tree had one) crashed the reader."""
    found = []
    for path in sorted((ROOT / "tui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == "relabel":
                names = [a.arg for a in (*node.args.posonlyargs, *node.args.args)]
                if names != ["self"] or node.args.kwonlyargs or node.args.vararg:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, found


def test_every_copy_way_format_and_kind_has_its_name_in_the_catalogue() -> None:
    from tui.clipboard import Via
    from tui.engine.quotes import CitationFormat, QuoteKind

    assert set(ui_text.VIA_LABELS) == {way.value for way in Via}
    assert set(ui_text.FORMAT_LABELS) == {fmt.value for fmt in CitationFormat}
    assert set(ui_text.KIND_LABELS) == {kind.value for kind in QuoteKind}
