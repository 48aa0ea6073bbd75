"""docs/architecture.md names the code as it is (issue 18: "docs/architecture.md drawn from
the code as it is"): every path it names exists, every module and package of ``tui/`` is
named in it, and every name it gives in backticks as ``module.name``, ``Class.name``,
``tui.module.name`` or a lone ``_private`` name is defined in the code it points at (or,
for Textual's private names, in Textual). A renamed or removed module, function or class
then fails here until the page follows."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
import textual

ROOT = Path(__file__).resolve().parents[2]
TUI = ROOT / "tui"
PAGE = ROOT / "docs" / "architecture.md"
TEXTUAL = Path(textual.__file__).parent

INSTALLED_ONLY = {"tui/_corpus"}
"""Paths that exist only in an installed copy (the wheel's bundled corpus)."""


def page() -> str:
    return PAGE.read_text(encoding="utf-8")


@cache
def modules() -> tuple[Path, ...]:
    """Every module of ``tui/``, listed once per process (the checks below ask for them
    hundreds of times, and collection in every test worker)."""
    return tuple(sorted(TUI.rglob("*.py")))


@cache
def source(paths: tuple[Path, ...]) -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in paths)


def tui_source() -> str:
    return source(modules())


@cache
def words(text: str) -> frozenset[str]:
    """Every word of ``text`` (each longest run of word characters)."""
    return frozenset(re.findall(r"\w+", text))


def defined_in(name: str, text: str) -> bool:
    """Whether ``name`` is defined, assigned, imported or used as an attribute in ``text``
    (a word match: what the page names must at least occur in the code it points at).
    A name of word characters only is looked up among the text's words: the same answer
    as the search, without a scan of the whole text for each name."""
    if re.fullmatch(r"\w+", name):
        return name in words(text)
    return re.search(r"(?<![\w])" + re.escape(name) + r"(?!\w)", text) is not None


@cache
def textual_modules() -> tuple[Path, ...]:
    return tuple(sorted(TEXTUAL.rglob("*.py")))


def named_paths() -> list[str]:
    found = set(re.findall(r"(?<![\w/.])(tui/[\w./*-]*\w)", page()))
    return sorted(found)


@pytest.mark.parametrize("path", named_paths())
def test_every_path_named_exists(path: str) -> None:
    if path in INSTALLED_ONLY:
        return
    if "*" in path:
        assert list(ROOT.glob(path)), f"{path}: nothing matches"
    else:
        assert (ROOT / path).exists(), f"docs/architecture.md names {path}, which is gone"


@pytest.mark.parametrize("module", modules(), ids=lambda path: str(path.relative_to(ROOT)))
def test_every_module_and_package_is_named(module: Path) -> None:
    text = page()
    rel = module.relative_to(ROOT)
    if module.name == "__init__.py":
        folder = rel.parent
        if folder == Path("tui"):
            return
        names = [f"{folder.as_posix()}/", ".".join(folder.parts)]
    else:
        names = [rel.as_posix(), ".".join(rel.with_suffix("").parts)]
    assert any(name in text for name in names), f"docs/architecture.md does not name {names[0]}"


def module_files(dotted: list[str]) -> tuple[Path, ...] | None:
    """The file of ``tui.a.b`` (a module, or a package's ``__init__``)."""
    path = ROOT.joinpath(*dotted)
    if path.with_suffix(".py").is_file():
        return (path.with_suffix(".py"),)
    if (path / "__init__.py").is_file():
        return (path / "__init__.py",)
    return None


@cache
def bare_modules(name: str) -> tuple[Path, ...]:
    """Every module of ``tui/`` called ``name`` (``decode`` → tui/base/decode.py), and the
    modules of a package so called."""
    found = [path for path in modules() if path.stem == name]
    for folder in TUI.rglob(name):
        if folder.is_dir():
            found.extend(folder.rglob("*.py"))
    return tuple(sorted(set(found)))


@cache
def classes() -> frozenset[str]:
    return frozenset(re.findall(r"^\s*class (\w+)", tui_source(), re.MULTILINE))


def dotted_names() -> list[str]:
    spans = re.findall(r"`([^`\n]+)`", page())
    names = set()
    for span in spans:
        match = re.fullmatch(r"([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)(?:\(.*\))?", span)
        if match:
            names.add(match.group(1))
        elif re.fullmatch(r"_[a-z]\w*(?:\(.*\))?", span):
            names.add(span.split("(")[0])
    return sorted(names)


SUFFIXES = {"py", "md", "json", "txt", "toml", "tcss", "zlib", "sqlite3", "pickle", "doc", "log"}


def where_defined(name: str) -> str | None:
    """Why ``name`` cannot be checked here (None: it can)."""
    parts = name.split(".")
    if parts[-1] in SUFFIXES:
        return "a file name"
    if parts[0] == "tui" or parts[0] in {"_", ""}:
        return None
    if parts[0].startswith("_") and len(parts) == 1:
        return None
    if bare_modules(parts[0]) or parts[0] in classes():
        return None
    return "not a name of tui (Textual's, the standard library's)"


def check(name: str) -> str | None:
    """What is wrong with ``name`` as the page gives it (None: nothing)."""
    parts = name.split(".")
    if parts[0] == "tui":
        for cut in range(len(parts), 1, -1):
            files = module_files(parts[:cut])
            if files:
                rest = parts[cut:]
                if rest and not defined_in(rest[0], source(files)):
                    return f"{'.'.join(parts[:cut])} has no {rest[0]}"
                return None
        return f"no module {name}"
    if len(parts) == 1:  # a lone private name: ours, or Textual's
        if defined_in(name, tui_source()):
            return None
        textual_text = source(textual_modules())
        return None if defined_in(name, textual_text) else f"{name} is defined nowhere"
    files = bare_modules(parts[0])
    if files and defined_in(parts[-1], source(files)):
        return None
    if parts[0] in classes() and defined_in(parts[-1], tui_source()):
        return None
    return f"{name}: {parts[-1]} is not in {parts[0]}"


CHECKED = [name for name in dotted_names() if where_defined(name) is None]


def test_the_page_names_code() -> None:
    """(So that the test below checks something.)"""
    assert len(CHECKED) > 100


@pytest.mark.parametrize("name", CHECKED)
def test_every_name_given_is_in_the_code(name: str) -> None:
    problem = check(name)
    assert problem is None, f"docs/architecture.md: {problem}"
