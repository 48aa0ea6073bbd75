"""Shared fixtures for UI tests: isolated state, hand-built documents, worker settling."""

from __future__ import annotations

import asyncio
import contextlib
import pickle
import threading
import time
from collections.abc import AsyncIterator, Callable, Collection, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyperclip
import pytest
from textual.app import App
from textual.css.model import RuleSet
from textual.css.stylesheet import Stylesheet
from textual.message import Message
from textual.pilot import Pilot
from textual.widget import Widget
from textual.worker import WorkerCancelled

from tests.conftest import jieba_cache_shared
from tests.documents import build_document
from tui import ui_text
from tui.engine.model import Document
from tui.screens.main import MainScreen
from tui.widgets.filetree import SpeechFileTree
from tui.widgets.toasts import shown_notices

if TYPE_CHECKING:
    from tui.app import SpeechReaderApp
    from tui.screens.help import HelpScreen


class FakeClipboard:
    """pyperclip.copy/paste stand-ins that remember every copy."""

    def __init__(self) -> None:
        self.copies: list[str] = []

    def copy(self, text: str) -> None:
        self.copies.append(text)

    def paste(self) -> str:
        return self.copies[-1] if self.copies else ""


@pytest.fixture
def clipboard(monkeypatch: pytest.MonkeyPatch) -> FakeClipboard:
    """The system clipboard, faked: every copy is kept in ``copies``."""
    fake = FakeClipboard()
    monkeypatch.setattr(pyperclip, "copy", fake.copy)
    monkeypatch.setattr(pyperclip, "paste", fake.paste)
    return fake


@pytest.fixture
def notices(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The message of every notice the app gives from now on (``SpeechReaderApp.notify``,
    the one path of notices)."""
    from tui.app import SpeechReaderApp

    given: list[str] = []
    notify = SpeechReaderApp.notify

    def recorded(app: SpeechReaderApp, message: str, **options: Any) -> None:
        given.append(message)
        notify(app, message, **options)

    monkeypatch.setattr(SpeechReaderApp, "notify", recorded)
    return given


@pytest.fixture
def no_system_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    """pyperclip as on a machine without a display: no copy mechanism at all."""

    def copy(text: str) -> None:
        raise pyperclip.PyperclipException("Pyperclip could not find a copy/paste mechanism")

    monkeypatch.setattr(pyperclip, "copy", copy)


@pytest.fixture
def speech_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """营商讲话.txt whose parse is the fixed quote document."""
    folder = tmp_path / "speeches"
    folder.mkdir()
    path = folder / "营商讲话.txt"
    path.write_text("占位", encoding="utf-8")
    from tests.unit.test_quotes import quote_document

    document = quote_document(path=str(path))

    def load(_: object) -> Document:
        return document

    monkeypatch.setattr("tui.jobs.opening.load", load)
    yield path


@pytest.fixture
def held_load(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Whole-file loads (``tui.jobs.opening.load``) wait until the returned event is set (at most
    10 s): for what the app shows while a file is still being read."""
    from tui.jobs import opening

    release = threading.Event()
    real_load = opening.load

    def held(path: Path) -> Document:
        release.wait(10)
        return real_load(path)

    monkeypatch.setattr(opening, "load", held)
    return release


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every UI test gets its own state folder (never the user's), and starts in the
    default language whatever the environment says (and leaves it so), outside tmux."""
    home = tmp_path / "home"
    monkeypatch.setenv("SPEECH_READER_HOME", str(home))
    # Copies go to tmux's buffer inside tmux (tui.tmux): never the tmux the tests run in.
    monkeypatch.delenv("TMUX", raising=False)
    monkeypatch.delenv(ui_text.ENVIRONMENT, raising=False)
    yield home
    ui_text.set_language(ui_text.DEFAULT)


PARSED_CSS: dict[tuple[object, ...], bytes] = {}
"""The rules Textual parsed from each CSS source in this test process, pickled, by the
theme's variables and the source (the key of Textual's own parse cache)."""

_textual_parse_rules = Stylesheet._parse_rules


def _parse_rules_once(
    self: Stylesheet,
    css: str,
    read_from: Any,
    is_default_rules: bool = False,
    tie_breaker: int = 0,
    scope: str = "",
) -> list[RuleSet]:
    """``Stylesheet._parse_rules``, parsing each CSS source once per process for each set
    of theme variables: a later stylesheet gets its own copy of the rules (unpickled, as
    ``tui.stylesheet_store.StoredStylesheet`` gives them to a start), in its own parse cache."""
    key = (css, read_from, is_default_rules, tie_breaker, scope)
    own = self._parse_cache.get(key)
    if own is not None:
        return own
    by_variables = (tuple(sorted(self._variables.items())), *key)
    stored = PARSED_CSS.get(by_variables)
    if stored is not None:
        rules: list[RuleSet] = pickle.loads(stored)
        self._parse_cache[key] = rules
        return rules
    rules = _textual_parse_rules(self, css, read_from, is_default_rules, tie_breaker, scope)
    with contextlib.suppress(pickle.PicklingError, TypeError, AttributeError):
        PARSED_CSS[by_variables] = pickle.dumps(rules, protocol=pickle.HIGHEST_PROTOCOL)
    return rules


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "css_parsed_per_app: every stylesheet parses its CSS itself (no rules kept between "
        "the apps of a test process: css_parsed_once)",
    )


@pytest.fixture(autouse=True)
def css_parsed_once(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each app of a UI test gets the rules of its CSS as parsed by an earlier app of the
    same test process, for the same theme (``PARSED_CSS``): Textual parses the app's and
    every widget's CSS again for each app, and after each theme change (about 5 % of the UI
    tests' CPU; docs/performance.md, "How long the check takes"). The rules are what
    Textual's parse gives for that CSS and those variables, copied; a test that is about
    the parse itself (``tests/ui/test_stored_stylesheet.py``) is marked
    ``css_parsed_per_app`` and parses as the app does."""
    if request.node.get_closest_marker("css_parsed_per_app") is None:
        monkeypatch.setattr(Stylesheet, "_parse_rules", _parse_rules_once)


@pytest.fixture(autouse=True)
def no_stored_stylesheet(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The apps of a UI test neither read nor write the stylesheet a start stores beside
    the bytecode (``tui.stylesheet_store.StoredStylesheet``): ``.ci/check`` writes bytecode, and with it
    an app stores its rules in the checkout's ``__pycache__`` for every later test, worker
    and run to read, so a test's start would depend on which tests ran before (as before
    the check wrote bytecode, each app parses its CSS: ``css_parsed_once``).
    ``tests/ui/test_stored_stylesheet.py`` (marked ``css_parsed_per_app``) tests the
    stored stylesheet with a file of its own."""
    if request.node.get_closest_marker("css_parsed_per_app") is None:
        from tui.stylesheet_store import StoredStylesheet

        monkeypatch.setattr(StoredStylesheet, "default_path", staticmethod(lambda: None))


@pytest.fixture
def jieba_cache(isolated_home: Path, shared_jieba_cache: Path) -> Iterator[None]:
    """For tests whose helper process loads jieba: the test's cache folder starts with the
    jieba dictionary cache (``keywords.FREQ_CACHE``) an earlier such test of this run
    built, if any, so the helper reads it (0.5 s) instead of building it (1.5 s). Only the
    cache is shared; that it is built and used is tested in ``tests/unit/test_keywords.py``.
    """
    with jieba_cache_shared(isolated_home / "cache", shared_jieba_cache):
        yield


@pytest.fixture
def keywords_on_a_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """The apps this test makes run their background service without the helper process
    (``Background(processes=False)``): the keywords are computed on a thread of the test
    process, where jieba is loaded once, instead of a helper started and loading jieba for
    this test alone (0.75-1.3 s of CPU, and under load the niced helper's wait). For tests
    that show the keyword panel but are not about the helper; ``test_launch.py`` and
    ``test_keywords_ui.py``'s first test and its loading test keep the real one."""
    from tui.services import Background

    monkeypatch.setattr("tui.app.Background", lambda: Background(processes=False))


def screen_strips(app: App[Any]) -> list[Any]:
    """What the app would write to the terminal now, every screen shown (a modal's
    background too): the lines of segments of a full update. Textual has no public way to
    get the composed screen (``export_screenshot`` gives an SVG), so this is the one place
    tests reach its compositor."""
    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    return list(getattr(update, "strips", []))


def screen_text(app: App[Any]) -> str:
    """The text of every cell the app would write to the terminal now (all screens shown)."""
    strips = screen_strips(app)
    return "\n".join(
        "".join(segment.text for strip in line for segment in strip if not segment.control)
        for line in strips
    )


async def settle(app: App[Any], pilot: Pilot[Any], held: Collection[str] = ()) -> None:
    """Wait for the app's finite workers, the file trees' folder listings and the end of the
    main screen's start-up (``MainScreen.tools_restored``), then refresh.

    DirectoryTree's ``_loader`` never finishes (it waits on a queue), so it is not
    waited for; the folders it was asked to list are (``SpeechFileTree.wait_listed``),
    so what the tree lists is the same in every run. Nor are the workers named in ``held``
    (a test holds them to show the app while they run, e.g. ``_load`` with ``held_load``).
    """
    for _ in range(5):
        for screen in app.screen_stack:
            for tree in screen.query(SpeechFileTree):
                await asyncio.wait_for(tree.wait_listed(), timeout=10)
        busy = [
            w
            for w in app.workers
            if w.name != "_loader" and w.name not in held and not w.is_finished
        ]
        if not busy:
            break
        for worker in busy:
            try:
                await worker.wait()
            except WorkerCancelled:
                pass  # replaced by a newer exclusive worker: the next round waits for that
        await pilot.pause()
    if not held:
        # Start-up ends after a frame, with no worker to wait on (the hidden panes mounted,
        # the search and the keyword panel restored as the app was left).
        for screen in app.screen_stack:
            if isinstance(screen, MainScreen):
                await asyncio.wait_for(screen.tools_restored.wait(), timeout=10)
    await pilot.pause()


@contextlib.asynccontextmanager
async def app_on(
    path: Path, size: tuple[int, int] = (120, 36), seen: list[Message] | None = None
) -> AsyncIterator[tuple[SpeechReaderApp, Pilot[Any]]]:
    """The app opened on ``path`` in a terminal of ``size``, settled (``settle``); every
    message it handles is added to ``seen`` when given (``notices`` reads the notices)."""
    from tui.app import make_app

    app = make_app(path)
    hook = seen.append if seen is not None else None
    async with app.run_test(size=size, message_hook=hook) as pilot:
        await settle(app, pilot)
        yield app, pilot


async def file_changed(app: SpeechReaderApp, pilot: Pilot[Any]) -> None:
    """The open file looked at on disk now (as the screen's poll does: changed, renamed,
    gone, back), then settle."""
    app.main_screen.check_file_changed()
    await settle(app, pilot)


BAD_FILES: dict[str, bytes] = {"binary": b"\x00\x01\x02PK\x00" * 50, "empty": b""}
"""The bytes of a file the reader cannot show, by kind: a binary file named .txt, an empty
one (``bad_file``)."""


def bad_file(folder: Path, kind: str, name: str = "") -> Path:
    """A file of ``BAD_FILES[kind]`` in ``folder`` (named ``{kind}.txt`` unless ``name``)."""
    path = folder / (name or f"{kind}.txt")
    path.write_bytes(BAD_FILES[kind])
    return path


async def until(
    pilot: Pilot[Any], done: Callable[[], bool], what: str, seconds: float = 60
) -> None:
    """Let the app run, a ``pilot.pause()`` at a time, until ``done()`` holds: a state, not
    a time. Pilot's pause ends when an idle step (10 ms: ``tests.conftest.IDLE_STEP``)
    used under 1 ms of the process's CPU, which on a loaded machine (the process waiting
    for a core) can come before the app has handled what it was sent. Fails naming
    ``what`` after ``seconds``."""
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened in {seconds} s: {what}")
        await pilot.pause()


async def until_equal(
    pilot: Pilot[Any], read: Callable[[], Any], expected: Any, what: str, seconds: float = 10
) -> None:
    """Let the app run until ``read()`` equals ``expected`` (the panes laid out after a
    resize, a cursor moved by a key), then one more pause, and check it still does: the
    state a test asserts, waited for as ``until`` does, and that it stays. Fails with the
    last value seen after ``seconds``."""
    deadline = time.monotonic() + seconds
    while (value := read()) != expected:
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: {value!r} != {expected!r} after {seconds} s")
        await pilot.pause()
    await pilot.pause()
    value = read()
    assert value == expected, f"{what}: {value!r} != {expected!r} one pause later"


TOAST = "Toast"
"""Textual's toast widget and the app's ``KinsokuToast`` (a selector matches a class name
anywhere in a widget's class chain; Textual exports no ``Toast`` class)."""


def drawn_lines(toast: Widget) -> list[str]:
    """The toast's lines as drawn, without its padding."""
    return [toast.render_line(y).text.strip() for y in range(toast.size.height)]


async def drawn_toasts(
    app: App[Any], pilot: Pilot[Any], count: int, messages: Sequence[str] | None = None
) -> list[Widget]:
    """Wait until ``count`` toasts are drawn on the current screen (mounted and laid out:
    a notice mounts its toast on a later turn of the event loop), and, given
    ``messages``, until the app's toasts there show exactly those notices, in order (a
    toast of a cleared notice stays until its removal, queued behind the clearing, runs:
    counted, it ended the wait before the new toast had a size); then for one more pause,
    and again if they are not so after it (a notice replaced meanwhile); the toasts.
    Fails after 10 s."""

    def drawn() -> bool:
        toasts = list(app.screen.query(TOAST))
        if len(toasts) < count or not all(toast.size.height for toast in toasts):
            return False
        shown = [notice.message for notice in shown_notices(app.screen)]
        return messages is None or shown == list(messages)

    what = f"{count} toasts drawn" + (f": {messages}" if messages else "")
    deadline = time.monotonic() + 10
    while True:
        await until(pilot, drawn, what, max(0.0, deadline - time.monotonic()))
        await pilot.pause()
        if drawn():
            return list(app.screen.query(TOAST))


async def hits_placed(app: App[Any], pilot: Pilot[Any], screen: Any) -> None:
    """Wait until the corpus search on ``screen`` is done and the files it opens by itself
    (the first ``AUTO_EXPAND``) show their hits, then settle. The hits are placed after
    the search is done (the list painted, the files opened, each file's hits found on a
    thread), so ``settle`` alone can end before the first file is opened."""
    from tui.screens.corpus_hits import AUTO_EXPAND

    def placed() -> bool:
        files = screen.results.root.children[:AUTO_EXPAND]
        return screen.done and all(
            node.is_expanded
            and node.children
            and all(child.data is not None for child in node.children)  # not "…"
            for node in files
        )

    await until(pilot, placed, "the first files' hits placed")
    await settle(app, pilot)


async def open_palette(pilot: Pilot[Any], query: str = "") -> None:
    """ctrl+p, then ``query`` typed once the palette is open: keys sent before it is pushed
    go to the screen beneath it (a race at a short idle step)."""
    from textual.command import CommandPalette

    await pilot.press("ctrl+p")
    app = pilot.app
    await until(pilot, lambda: isinstance(app.screen, CommandPalette), "the command palette")
    if query:
        await pilot.press(*query)


async def help_shown(pilot: Pilot[Any]) -> HelpScreen:
    """Wait until the help screen is the one shown, composed and laid out (its list has
    a size, so what it draws can be read), and return it."""
    from tui.screens.help import HelpScreen

    app = pilot.app

    def laid_out() -> bool:
        screen = app.screen
        return isinstance(screen, HelpScreen) and any(
            table.size.height > 0 for table in screen.query("#help-table")
        )

    await until(pilot, laid_out, "the help screen shown")
    screen = app.screen
    assert isinstance(screen, HelpScreen)
    return screen


async def open_help(pilot: Pilot[Any], key: str = "question_mark") -> HelpScreen:
    """Press ``key`` (``?``, or ``f1``: the app binds both) and wait for the help screen
    (``help_shown``); returns it."""
    await pilot.press(key)
    return await help_shown(pilot)


async def palette_lists(app: App[Any], pilot: Pilot[Any], query: str) -> list[str]:
    """After ``query`` was typed in the command palette: wait until its list shows an
    entry holding the query's characters in order, in any case (the palette matches so),
    at most 10 s
    (its search starts after a pause, later on a loaded machine), then for its search
    worker; the prompts listed."""
    from textual.command import CommandList

    def prompts() -> list[str]:
        shown = app.screen.query("CommandList.--visible").results(CommandList)
        return [str(option.prompt) for found in shown for option in found.options]

    def holds(prompt: str) -> bool:
        rest = iter(prompt.casefold())
        return all(char in rest for char in query.casefold())

    for _ in range(200):
        if any(holds(prompt) for prompt in prompts()):
            await settle(app, pilot)
            return prompts()
        await pilot.pause(0.05)
    from textual.widgets import Input

    typed = [field.value for field in app.screen.query(Input)]
    raise AssertionError(f"the palette never listed {query!r} (typed: {typed}): {prompts()}")


def cursor_on(tree: SpeechFileTree, path: Path) -> bool:
    """Whether the file tree's cursor is on ``path``."""
    node = tree.cursor_node
    return node is not None and node.data is not None and node.data.path == path


async def until_cursor_on(pilot: Pilot[Any], tree: SpeechFileTree, path: Path) -> None:
    """Wait until the file tree's cursor is on ``path`` (at most 8 s)."""
    for _ in range(400):
        if cursor_on(tree, path):
            return
        await pilot.pause(0.02)
    raise AssertionError(f"the tree's cursor never reached {path.name}")


def cursor_in_view(tree: SpeechFileTree) -> bool:
    """Whether the file tree's cursor line is in sight."""
    top = round(tree.scroll_y)
    return top <= tree.cursor_line < top + tree.scrollable_content_region.height


BODY = (
    "营商环境是企业生存发展的土壤。优化营商环境就是解放生产力。我们要坚持问题导向，持续深化改革！"
)


def drawn_in(reader: Any, colours: set[Any]) -> list[str]:
    """Runs of characters the reader draws with one of ``colours`` as their background or
    foreground, in text order (a run wrapped onto the next line is one: the padding between
    its lines is passed over): find's matches, highlight terms."""
    found: list[str] = []
    for block in range(len(reader.text_layout.blocks)):
        run = ""
        for strip in reader.block_strips(block):
            for segment in strip:
                style = segment.style
                if style is not None and (style.bgcolor in colours or style.color in colours):
                    run += segment.text
                elif run and segment.text.strip():
                    found.append(run)
                    run = ""
        if run:
            found.append(run)
    return found


def sample_document(sections: int = 3, body: int = 6) -> Document:
    """Two speeches, each with ``sections`` 一级 headings holding a 二级 heading and body text."""
    speeches: list[tuple[str | None, list[tuple[str, str]]]] = []
    numerals = "一二三四五六七八九十"
    for s in range(2):
        items: list[tuple[str, str]] = [("salutation", "同志们：")]
        for i in range(sections):
            items.append(("h1", f"{numerals[i]}、第{s + 1}篇的第{i + 1}部分。要讲清楚。"))
            items.extend(("body", f"{BODY}（{s}-{i}-{j}）") for j in range(body // 2))
            items.append(("noise", "广告：扫码关注公众号获取更多资料"))
            items.append(("h2", f"（{numerals[i]}）细分第{i + 1}点。"))
            items.extend(("body", f"{BODY}【{s}-{i}-{j}】") for j in range(body - body // 2))
        speeches.append((f"在第{s + 1}次大会上的讲话", items))
    return build_document(speeches)


SPEECH_FILE = """　　在全市优化营商环境大会上的讲话
　　同志们：
　　今天召开大会，主要任务是部署优化营商环境工作。下面，我讲三点意见。
　　一、提高认识，增强优化营商环境的责任感
　　营商环境是企业生存发展的土壤。优化营商环境就是解放生产力、提升竞争力。
　　（一）优化营商环境是高质量发展的需要。当前，区域竞争日趋激烈。谁的营商环境好，谁就能赢得发展先机。
　　（二）优化营商环境是群众企业的期盼。企业最怕的不是困难，而是办事难。
　　二、突出重点，打造一流营商环境
　　（一）持续深化放管服改革。要全面推行一网通办，让数据多跑路、群众少跑腿。
　　（二）着力强化要素保障。要盯紧土地、资金、人才等要素，帮助企业解决实际困难。
　　三、强化保障，确保各项措施落地见效
　　各级各部门要把优化营商环境摆在突出位置，主要领导亲自抓，分管领导具体抓。
　　同志们，优化营商环境只有进行时，没有完成时。让我们共同努力！
"""


@pytest.fixture
def speech_dir(tmp_path: Path) -> Path:
    """A folder with two speech files, a hidden file and a non-speech file."""
    folder = tmp_path / "speeches"
    folder.mkdir()
    (folder / "甲讲话.txt").write_text(SPEECH_FILE, encoding="utf-8")
    (folder / "乙讲话.txt").write_text(SPEECH_FILE.replace("三点", "几点"), encoding="utf-8")
    (folder / ".hidden.txt").write_text("secret", encoding="utf-8")
    (folder / "image.png").write_bytes(b"\x89PNG\x00\x00")
    return folder
