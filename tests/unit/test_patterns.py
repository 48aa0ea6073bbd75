"""The engine's stored regular expressions (``tui.base.patterns``): the same patterns as
``re.compile``, from the stored code when it fits this Python, compiled again when not."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tui.base import patterns
from tui.base.patterns import PatternCache

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _bytecode_written(monkeypatch: pytest.MonkeyPatch) -> None:
    """As an installed app runs (the check may run with PYTHONDONTWRITEBYTECODE)."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


SAMPLES = [
    ("[\u3400-\u9fff]+", 0),
    (r"^(?P<cn>[一二三四五六七八九十]{1,3})\s?、(?P<rest>.*)$", 0),
    (r"(?<=[一-鿿])\.", 0),
    (r"\bthe\b", re.IGNORECASE),
    ("\n  (?P<n>[0-9]+)   # a number\n  [．.]\n", re.VERBOSE),
    ("[\x00-\x1f\x7f-\x9f\U000e0001\U000e0020-\U000e007f]", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), SAMPLES)
def test_same_pattern_as_re_compile_stored_or_not(tmp_path: Path, pattern: str, flags: int) -> None:
    path = tmp_path / "patterns.sre"
    first = PatternCache(path)
    compiled = first.compile(pattern, flags)
    assert compiled == re.compile(pattern, flags)  # flags, pattern and code
    assert compiled.groupindex == re.compile(pattern, flags).groupindex
    first.save()
    second = PatternCache(path)  # the next start
    again = second.compile(pattern, flags)
    assert (pattern, int(flags)) in second.stored
    assert not second.new  # built from the stored code, not compiled
    assert again == re.compile(pattern, flags)
    assert again.groupindex == compiled.groupindex
    text = "第一、二 the 一.x\n 12．\x07"
    assert [m.span() for m in again.finditer(text)] == [
        m.span() for m in re.finditer(pattern, text, flags)
    ]


def test_code_stored_for_another_python_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / "patterns.sre"
    key = ("[a-z]+", 0)
    cache = PatternCache(path)
    cache.compile(*key)
    code = cache.new[key]
    path.write_bytes(marshal.dumps((("2.7", "cpython-27", 0, 0), {key: code})))
    other = PatternCache(path)
    assert other.stored == {}
    assert other.compile(*key) == re.compile(*key)
    assert key in other.new


def test_unreadable_or_broken_file_means_compiling(tmp_path: Path) -> None:
    path = tmp_path / "patterns.sre"
    path.write_bytes(b"not marshal data at all")
    cache = PatternCache(path)
    assert cache.stored == {}
    assert cache.compile("[0-9]+") == re.compile("[0-9]+")
    cache.save()  # replaces the broken file
    assert ("[0-9]+", 0) in PatternCache(path).stored
    assert PatternCache(tmp_path / "missing.sre").stored == {}
    assert PatternCache(None).compile("a") == re.compile("a")


def test_code_that_does_not_fit_the_pattern_is_compiled_again(tmp_path: Path) -> None:
    path = tmp_path / "patterns.sre"
    cache = PatternCache(path)
    cache.compile("(a)(b)")
    cache.save()
    stored = PatternCache(path)
    flags, _code, groups, groupindex, indexgroup = stored.stored[("(a)(b)", 0)]
    stored.stored[("(a)(b)", 0)] = (flags, [0xFFFF, 1, 2], groups, groupindex, indexgroup)
    assert stored.compile("(a)(b)") == re.compile("(a)(b)")  # the matcher refused the code


def test_nothing_written_when_python_writes_no_bytecode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    cache = PatternCache(tmp_path / "patterns.sre")
    cache.compile("[a-z]")
    cache.save()
    assert not (tmp_path / "patterns.sre").exists()


def _two_starts(script: str, tmp_path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """What ``script`` prints (JSON) in two fresh interpreters, one after the other, with
    bytecode and the stored patterns kept under ``tmp_path``."""
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(tmp_path), PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    runs = []
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        runs.append(json.loads(done.stdout))
    return runs[0], runs[1]


def test_engine_patterns_come_from_the_stored_code_at_the_next_start(tmp_path: Path) -> None:
    """A start stores every pattern the parser's modules compile; the next start compiles
    none of them again, and the parse gives the same outline."""
    script = (
        "import json\n"
        "from tui.base import patterns\nfrom tui.engine import parse_text\n"
        "import tui.engine.parse\n"
        "doc = parse_text('各位代表：\\n一、总体要求\\n我们要坚持。\\n二、重点任务\\n抓落实。\\n')\n"
        "print(json.dumps({'stored': len(patterns.CACHE.stored), 'new': len(patterns.CACHE.new),"
        " 'file': str(patterns.cache_file()),"
        " 'headings': [h.title for s in doc.speeches for h in s.headings]}))\n"
    )
    first, second = _two_starts(script, tmp_path)
    assert Path(first["file"]).is_relative_to(tmp_path)
    assert Path(first["file"]).exists()
    assert first["stored"] >= 80  # the parser's modules compile about a hundred
    assert first["new"] == 0  # all saved
    assert second["stored"] == first["stored"]
    assert second["new"] == 0  # nothing compiled again
    assert second["headings"] == first["headings"] == ["总体要求", "重点任务"]


def test_patterns_compiled_at_first_use_are_stored_too(tmp_path: Path) -> None:
    """The folding's pattern of traditional-only characters (every parse looks for them)
    and the reader's pattern of runs that are not wide, both compiled at their first use,
    after the parser's modules stored theirs: kept for the next start as well (perf24:
    about 3 and 1.4 ms of every start with ``re.compile``)."""
    script = (
        "import json\n"
        "from tui.base import patterns\nfrom tui.engine import parse_text, wrap\n"
        "parse_text('各位代表：\\n一、总体要求\\n我们要坚持。\\n')\n"
        "wrap.prepare()\n"
        "shipped = wrap.shipped_tables()\n"
        "stored = [pattern for pattern, _ in patterns.CACHE.stored]\n"
        "print(json.dumps({'fold': any('們' in p and '個' in p for p in stored),"
        " 'widths': shipped is None or shipped[1] in stored, 'new': len(patterns.CACHE.new),"
        " 'traditional': parse_text('各位代表：\\n一、總體要求\\n我們要堅持。\\n').speeches[0]"
        ".headings[0].title}))\n"
    )
    first, second = _two_starts(script, tmp_path)
    assert first["fold"] and first["widths"] and first["new"] == 0
    assert second == first
    assert second["traditional"] == "總體要求"


def test_module_compile_is_the_cache() -> None:
    assert patterns.compile("[\u4e00-\u9fff]") == re.compile("[\u4e00-\u9fff]")


def test_first_screen_module_patterns_are_stored_too(tmp_path: Path) -> None:
    """The modules on the way to the first screen outside the engine (``tui.formats``, which
    every file's reading passes through, the file names' order, the file tree, the reader's
    painter) compile their patterns as the engine does: the start after one that stored them
    compiles none of their text patterns with ``re.compile`` (firsttext30: eleven at every start before,
    about 2 ms)."""
    script = (
        "import json, re, sys\n"
        "import textual.app, textual.widgets\n"
        "compiled = []\n"
        "plain = re.compile\n"
        "def counted(pattern, flags=0):\n"
        "    if isinstance(pattern, str) and sys._getframe(1).f_globals['__name__'][:4] == 'tui.':\n"
        "        compiled.append(pattern)\n"
        "    return plain(pattern, flags)\n"
        "re.compile = counted\n"
        "import tui.engine.parse, tui.formats, tui.widgets.filetree, tui.widgets.reader_style\n"
        "re.compile = plain\n"
        "from tui.base import patterns\n"
        "patterns.save()\n"
        "title = tui.formats.front_matter_title('---\\ntitle: 讲话\\n---\\n正文\\n')[1]\n"
        "print(json.dumps({'compiled': compiled, 'title': title}))\n"
    )
    first, second = _two_starts(script, tmp_path)
    assert second["compiled"] == []  # (a MIME header's bytes pattern is re.compile's still)
    assert second["title"] == first["title"] == "讲话"
