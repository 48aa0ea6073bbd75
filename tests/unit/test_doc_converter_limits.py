"""A hostile .doc must not take the machine through its converter: antiword (or
LibreOffice) runs under limits — its output read at most ``OUTPUT_LIMIT`` bytes, its memory,
CPU and file sizes bounded, killed with all it started at the time limit, a minimal
environment and a private folder (tui/formats/doc.py). Each test puts a fake ``antiword`` on
``PATH``: a stub program that writes endlessly, allocates, sleeps, or tells what it got; no
real converter is needed."""

from __future__ import annotations

import json
import os
import select
import stat
import sys
import time
from pathlib import Path

import pytest

from tests.processes import gone, poll
from tests.unit import format_fixtures as ff
from tui import formats
from tui.base.errors import SpeechFileError
from tui.formats import doc

pytestmark = pytest.mark.skipif(os.name != "posix", reason="resource limits and shebang stubs")

SPEECH = "\n".join(ff.speech_lines()) + "\n"


def fake_antiword(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> Path:
    """A .doc file whose converter is the Python ``body`` (as ``antiword`` on ``PATH``,
    alone there)."""
    folder = tmp_path / "bin"
    folder.mkdir()
    program = folder / "antiword"
    program.write_text(f"#!{sys.executable}\n{body}", encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", str(folder))
    path = tmp_path / "旧文档.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    return path


def refused(path: Path) -> tuple[SpeechFileError, float]:
    started = time.monotonic()
    with pytest.raises(SpeechFileError) as caught:
        formats.read_source(path)
    return caught.value, time.monotonic() - started


def test_a_converter_writing_endlessly_is_stopped_past_the_output_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before: its output was read whole into memory (capture_output) until the time limit.
    monkeypatch.setattr(doc, "OUTPUT_LIMIT", 1_000_000)
    monkeypatch.setattr(doc, "TIMEOUT", 20)
    path = fake_antiword(
        tmp_path,
        monkeypatch,
        "import sys, time\n"
        "chunk = '同志们：今天开会。\\n'.encode() * 4000\n"
        "while True:\n"
        "    sys.stdout.buffer.write(chunk)\n"
        "    sys.stdout.buffer.flush()\n"
        "    time.sleep(0.01)\n",
    )
    error, seconds = refused(path)
    assert seconds < 10
    assert "转换出的文字超过 1 MB（antiword）" in error.message and "旧文档.doc" in error.message
    assert "more than 1 MB of text (antiword)" in error.message_en


def test_a_converter_asking_for_too_much_memory_is_refused_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 3 GB asked for (not touched: no memory is used when it is given, as before).
    monkeypatch.setattr(doc, "MEMORY_LIMIT", {"antiword": 500_000_000, "soffice": 500_000_000})
    path = fake_antiword(
        tmp_path,
        monkeypatch,
        "import sys\n"
        "try:\n"
        "    block = bytearray(3_000_000_000)\n"
        "except MemoryError:\n"
        "    sys.exit(3)\n"
        f"sys.stdout.buffer.write({SPEECH!r}.encode())\n",
    )
    error, _ = refused(path)
    assert "antiword 转换失败" in error.message and "antiword failed" in error.message_en


def test_a_converter_spinning_is_stopped_at_its_cpu_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before: it ran until the time limit (here 20 s); and on for ever once the reader was
    # gone (no time limit then).
    monkeypatch.setattr(doc, "CPU_LIMIT", 1)
    monkeypatch.setattr(doc, "TIMEOUT", 20)
    path = fake_antiword(tmp_path, monkeypatch, "while True:\n    pass\n")
    error, seconds = refused(path)
    assert seconds < 10
    assert "antiword 超出了内存或时间的上限，已被停止" in error.message
    assert "antiword went past its memory or time limit" in error.message_en


def test_a_converter_filling_the_disk_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # (where it wrote before: the reader's own folder)
    monkeypatch.setattr(doc, "OUTPUT_LIMIT", 1_000_000)
    path = fake_antiword(
        tmp_path,
        monkeypatch,
        "import sys\n"
        "with open('filler', 'wb') as filler:\n"
        "    for _ in range(50):\n"
        "        filler.write(bytes(100_000))\n"
        f"sys.stdout.buffer.write({SPEECH!r}.encode())\n",
    )
    error, _ = refused(path)
    # A C program is killed by SIGXFSZ (超出了…上限); Python ignores that signal, and its
    # write past the limit fails (EFBIG): the stub ends with an error (转换失败).
    assert "antiword 转换失败" in error.message and "antiword failed" in error.message_en
    assert not (tmp_path / "filler").exists()  # (nor anywhere else: its folder is removed)


def ended(pid: int, seconds: float) -> None:
    """Wait for process ``pid`` (not this one's child) to end, at most ``seconds``: its
    pidfd turns readable when it ends (Linux); elsewhere it is asked (``poll``)."""
    if not hasattr(os, "pidfd_open"):
        poll(lambda: gone(pid), seconds)
        return
    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        return  # (ended and reaped)
    try:
        select.select([handle], [], [], seconds)
    finally:
        os.close(handle)


def test_a_converter_that_sleeps_is_stopped_with_what_it_started(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before: the converter was killed at the time limit, the process it started was left
    # running (here for 30 s; a converter's helper for ever).
    monkeypatch.setattr(doc, "TIMEOUT", 1)
    child = tmp_path / "child.pid"
    path = fake_antiword(
        tmp_path,
        monkeypatch,
        "import subprocess, sys, time\n"
        "started = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(30)'])\n"
        f"open({str(child)!r}, 'w').write(str(started.pid))\n"
        "time.sleep(30)\n",
    )
    error, seconds = refused(path)
    assert seconds < 8
    assert "antiword 超过 1 秒" in error.message and "antiword took over 1 s" in error.message_en
    pid = int(child.read_text())
    ended(pid, 5)
    assert gone(pid)


def test_a_converter_gets_a_minimal_environment_a_private_folder_and_limits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import resource

    report = tmp_path / "report.json"
    monkeypatch.setenv("SECRET_TOKEN", "ghp_not_for_the_converter")
    monkeypatch.chdir(tmp_path)
    path = fake_antiword(
        tmp_path,
        monkeypatch,
        "import json, os, resource, sys\n"
        "limits = {name: resource.getrlimit(getattr(resource, name))\n"
        "          for name in ('RLIMIT_AS', 'RLIMIT_CPU', 'RLIMIT_FSIZE', 'RLIMIT_CORE')}\n"
        f"with open({str(report)!r}, 'w') as out:\n"
        "    json.dump({'env': dict(os.environ), 'cwd': os.getcwd(), 'limits': limits}, out)\n"
        f"sys.stdout.buffer.write({SPEECH!r}.encode())\n",
    )
    assert "今天" in SPEECH and formats.read_source(path).text.count("\n") >= 5
    seen = json.loads(report.read_text(encoding="utf-8"))
    assert "SECRET_TOKEN" not in seen["env"]
    assert set(seen["env"]) <= {"PATH", "HOME", "TMPDIR", "TEMP", "TMP", "LANG", "LC_ALL", "PWD"}
    folder = Path(seen["cwd"])
    assert folder not in (tmp_path, Path.cwd()) and seen["env"]["HOME"] == str(folder)
    assert folder.name.startswith("speech-reader-doc-") and not folder.exists()  # (removed)
    hard_as = resource.getrlimit(resource.RLIMIT_AS)[1]
    if hard_as == resource.RLIM_INFINITY:
        assert seen["limits"]["RLIMIT_AS"][0] == doc.MEMORY_LIMIT["antiword"]
    assert seen["limits"]["RLIMIT_CPU"][0] == doc.CPU_LIMIT
    assert seen["limits"]["RLIMIT_FSIZE"][0] == doc.OUTPUT_LIMIT
    assert seen["limits"]["RLIMIT_CORE"] == [0, 0]
