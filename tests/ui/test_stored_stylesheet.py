"""``tui.stylesheet_store.StoredStylesheet``: the first screen's CSS rules stored after the first frame
and given to the next start, which shows the same screen without parsing that CSS."""

from __future__ import annotations

import pickle
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import textual.css.stylesheet as textual_stylesheet
from textual.css.stylesheet import Stylesheet

from tests.ui.conftest import screen_text, settle
from tui.app import SpeechReaderApp, make_app
from tui.session import Session
from tui.stylesheet_store import StoredStylesheet

CSS = "Static { color: $accent; } #x { width: 3; }"

pytestmark = pytest.mark.css_parsed_per_app  # what each start parses is what is tested


@pytest.fixture
def stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The app's stored stylesheet in ``tmp_path``, written as with bytecode on."""
    path = tmp_path / "stored" / "stylesheet.pickle"
    monkeypatch.setattr(StoredStylesheet, "default_path", staticmethod(lambda: path))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    yield path


def _described(stylesheet: Stylesheet) -> list[tuple[object, ...]]:
    """Each rule as text: its selectors, origin and declarations (a layout object is
    compared by its name: each parse makes new ones)."""
    return [
        (
            [str(selectors) for selectors in rule.selector_set],
            rule.is_default_rules,
            rule.tie_breaker,
            sorted((name, repr(value)) for name, value in rule.styles.get_rules().items()),
        )
        for rule in stylesheet.rules
    ]


def _parsed(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Each CSS that Textual parses from now on: (where it came from, tie-breaker, scope),
    as in the keys of its parse cache."""
    sources: list[Any] = []
    parse = textual_stylesheet.parse

    def counted(scope: str, css: str, read_from: Any, **kwargs: Any) -> Any:
        sources.append((read_from, kwargs.get("tie_breaker", 0), scope))
        return parse(scope, css, read_from, **kwargs)

    monkeypatch.setattr(textual_stylesheet, "parse", counted)
    return sources


async def test_the_next_start_does_not_parse_the_first_screens_css(
    speech_file: Path, stored: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = make_app(speech_file)
    assert first.stored_stylesheet.loaded == set()
    async with first.run_test(size=(120, 36)) as pilot:
        await settle(first, pilot)
        await first.main_screen.outline.wait_for_refresh()  # filled after a frame
        shown = screen_text(first)
        rules = _described(first.stylesheet)
    assert stored.is_file()

    parsed = _parsed(monkeypatch)
    second = make_app(speech_file)
    loaded = {(key[1], key[3], key[4]) for key in second.stored_stylesheet.loaded}
    assert any(str(where[0]).endswith("app.tcss") for where, _, _ in loaded)
    assert any(where[1] == "ReaderView.DEFAULT_CSS" for where, _, _ in loaded)
    async with second.run_test(size=(120, 36)) as pilot:
        await settle(second, pilot)
        await second.main_screen.outline.wait_for_refresh()  # filled after a frame
        assert screen_text(second) == shown
        assert _described(second.stylesheet) == rules
    # Only CSS the first screen did not need was parsed (the panes mounted after it, and
    # CSS a subclass of theirs adds again with another tie-breaker).
    assert parsed and not loaded & set(parsed)
    assert any(where[1] == "FindBar.DEFAULT_CSS" for where, _, _ in parsed)


def _stylesheet(variables: dict[str, str]) -> Stylesheet:
    stylesheet = Stylesheet(variables=variables)
    stylesheet.add_source(CSS, read_from=("test.tcss", ""))
    return stylesheet


def test_rules_are_kept_for_their_variables_only(tmp_path: Path, stored: Path) -> None:
    """Other theme variables (or an unreadable file) mean parsing again."""
    path = tmp_path / "stylesheet.pickle"
    stylesheet = _stylesheet({"accent": "#ff0000"})
    stylesheet.parse()
    StoredStylesheet(path).save(stylesheet)
    assert path.is_file()

    same = _stylesheet({"accent": "#ff0000"})
    store = StoredStylesheet(path)
    store.load(same)
    assert len(store.loaded) == 1
    same.parse()
    assert _described(same) == _described(stylesheet)

    other = StoredStylesheet(path)
    other.load(_stylesheet({"accent": "#00ff00"}))
    assert other.loaded == set()

    path.write_bytes(b"not a pickle")
    broken = StoredStylesheet(path)
    broken.load(_stylesheet({"accent": "#ff0000"}))
    assert broken.loaded == set()


def test_nothing_is_written_without_bytecode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "stylesheet.pickle"
    stylesheet = _stylesheet({"accent": "#ff0000"})
    stylesheet.parse()
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    StoredStylesheet(path).save(stylesheet)
    assert not path.exists()
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    StoredStylesheet(None).save(stylesheet)  # no place for it: nothing, no error
    store = StoredStylesheet(path)
    store.save(stylesheet)
    assert path.is_file()
    # Written once: a start that loaded everything it parsed does not write it again.
    again = StoredStylesheet(path)
    again.load(_stylesheet({"accent": "#ff0000"}))
    path.unlink()
    again.save(stylesheet)
    assert not path.exists()


async def test_another_theme_is_drawn_with_its_own_rules(speech_file: Path, stored: Path) -> None:
    """Rules stored under the default theme are not used for a start in another theme
    (restored from the session), and that start's rules are the ones Textual parses."""
    first = make_app(speech_file)
    async with first.run_test(size=(120, 36)) as pilot:
        await settle(first, pilot)
    assert stored.is_file()

    def light_app() -> SpeechReaderApp:
        session = Session()
        session.set_theme("textual-light")
        return make_app(speech_file, session)

    with_store = light_app()
    async with with_store.run_test(size=(120, 36)) as pilot:
        await settle(with_store, pilot)
        # The outline's fill comes after a frame (``later``): both pictures wait for it.
        await with_store.main_screen.outline.wait_for_refresh()
        assert with_store.theme == "textual-light"
        shown, rules = screen_text(with_store), _described(with_store.stylesheet)
    stored.unlink()
    fresh = light_app()
    assert fresh.stored_stylesheet.loaded == set()
    async with fresh.run_test(size=(120, 36)) as pilot:
        await settle(fresh, pilot)
        await fresh.main_screen.outline.wait_for_refresh()
        assert screen_text(fresh) == shown
        assert _described(fresh.stylesheet) == rules


def test_a_textual_without_the_private_parts_parses_as_usual(tmp_path: Path) -> None:
    """A later Textual that renames the stylesheet's parse cache or variables: nothing is
    loaded or stored and nothing raises (the app would not start otherwise)."""

    class Other:
        """A stylesheet with neither ``_parse_cache`` nor ``_variables``."""

    path = tmp_path / "stylesheet.pickle"
    stored = StoredStylesheet(path)
    stylesheet: Any = Other()
    assert stored.key(stylesheet) == ()
    stored.save(stylesheet)
    assert not path.exists()
    path.write_bytes(pickle.dumps(((), {("x",): 1})))
    stored.load(stylesheet)
    assert stored.loaded == set()
