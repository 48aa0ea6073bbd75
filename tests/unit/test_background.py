"""tui.background: the helper processes give the same results as work in the thread.

The process path only runs when ``start`` is called before any thread exists, as the
command line does; so those checks run in a fresh interpreter (``_in_fresh``).
"""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tui import background
from tui.engine import BinaryFileError, SpeechFileError, TooLargeError, load_document
from tui.paths import bundled_corpus_dir

CORPUS = sorted(bundled_corpus_dir().glob("*.txt"))


def _summary(path: Path) -> dict[str, object]:
    document = load_document(path)
    return {
        "paragraphs": [p.text for p in document.paragraphs],
        "headings": [(h.level, h.marker, h.title, h.paragraph) for s in document.speeches for h in s.headings],
        "speeches": [(s.title, s.first, s.end) for s in document.speeches],
    }


def _in_fresh(code: str, tmp_path: Path) -> dict[str, object]:
    """Run ``code`` (which prints one JSON line) in a new interpreter; its result."""
    script = "import json, sys\nfrom pathlib import Path\nfrom tui import background\n"
    script += textwrap.dedent(code)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
        env={"SPEECH_READER_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_engine_errors_survive_pickling() -> None:
    error = BinaryFileError("/x/a.txt", "这不是文本文件。", "This is not a text file.")
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is BinaryFileError and isinstance(back, SpeechFileError)
    assert (back.path, back.message, back.message_en, str(back)) == (
        "/x/a.txt", "这不是文本文件。", "This is not a text file.", "这不是文本文件。")
    assert type(pickle.loads(pickle.dumps(TooLargeError("p", "m", "e")))) is TooLargeError


def test_without_start_work_runs_in_the_calling_thread() -> None:
    assert not background.running()
    path = CORPUS[0]
    assert _summary(path)["paragraphs"] == [p.text for p in background.load_document(path).paragraphs]
    assert background.speech_count(path) == len(load_document(path).speeches)


@pytest.mark.skipif(not background.supported(), reason="helper processes need fork")
def test_helper_processes_parse_like_the_engine(tmp_path: Path) -> None:
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    result = _in_fresh(
        f"""
        first = Path({str(CORPUS[0])!r})
        background.start(first)
        assert background.running()
        out = {{"docs": {{}}, "counts": {{}}}}
        for name in {[str(p) for p in CORPUS]!r}:
            document = background.load_document(Path(name))
            out["docs"][name] = {{
                "paragraphs": [p.text for p in document.paragraphs],
                "headings": [[h.level, h.marker, h.title, h.paragraph] for s in document.speeches for h in s.headings],
                "speeches": [[s.title, s.first, s.end] for s in document.speeches],
            }}
            out["counts"][name] = background.speech_count(Path(name))
        try:
            background.load_document(Path({str(binary)!r}))
        except Exception as error:
            out["error"] = [type(error).__name__, str(error)]
        import os
        def alive(pid):
            try:
                return os.waitpid(pid, os.WNOHANG) == (0, 0)
            except ChildProcessError:
                return False
        pids = [background._loader.pid, background._analyst.pid]
        out["helpers"] = sum(alive(pid) for pid in pids)
        out["not_me"] = os.getpid() not in pids
        background.stop()
        out["after_stop"] = sum(alive(pid) for pid in pids)
        out["running"] = background.running()
        print(json.dumps(out, ensure_ascii=False))
        """,
        tmp_path,
    )
    for path in CORPUS:
        expected = _summary(path)
        got = result["docs"][str(path)]  # type: ignore[index]
        assert got["paragraphs"] == expected["paragraphs"]
        assert [tuple(h) for h in got["headings"]] == expected["headings"]
        assert [tuple(s) for s in got["speeches"]] == expected["speeches"]
        assert result["counts"][str(path)] == len(expected["speeches"])  # type: ignore[index]
    with pytest.raises(BinaryFileError) as here:
        load_document(binary)
    assert result["error"] == ["BinaryFileError", str(here.value)]
    assert result["helpers"] == 2 and result["not_me"]
    assert result["after_stop"] == 0 and result["running"] is False


@pytest.mark.skipif(not background.supported(), reason="helper processes need fork")
def test_a_file_changed_after_the_early_parse_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "讲话.txt"
    path.write_text("一、第一个标题\n正文。\n", encoding="utf-8")
    result = _in_fresh(
        f"""
        import os, time
        path = Path({str(path)!r})
        background.start(path)
        time.sleep(0.5)  # the early parse is done by now
        path.write_text("一、换了标题\\n正文。\\n二、第二个标题\\n正文。\\n", encoding="utf-8")
        os.utime(path, ns=(time.time_ns() + 10**9, time.time_ns() + 10**9))
        document = background.load_document(path)
        print(json.dumps([h.title for s in document.speeches for h in s.headings], ensure_ascii=False))
        """,
        tmp_path,
    )
    assert result == ["换了标题", "第二个标题"]


@pytest.mark.skipif(not background.supported(), reason="helper processes need fork")
def test_keywords_from_the_analyst_match_the_thread(tmp_path: Path) -> None:
    from tui.engine import keywords

    path = CORPUS[0]
    document = load_document(path)
    expected = keywords.document_keywords(document, keywords.folder_idf(path.parent), 10)
    result = _in_fresh(
        f"""
        from tui.engine import load_document
        path = Path({str(path)!r})
        background.start(path)
        document = background.load_document(path)
        background.warm_keywords()
        found = background.document_keywords(path, document, 10)
        import os
        import tui.engine.keywords as k
        print(json.dumps({{"found": [[[w.term, w.count] for w in s] for s in found],
                          "jieba_here": k.is_ready(),
                          "niceness": [os.getpriority(os.PRIO_PROCESS, 0),
                                       os.getpriority(os.PRIO_PROCESS, background._analyst.pid),
                                       os.getpriority(os.PRIO_PROCESS, background._loader.pid)]}},
                         ensure_ascii=False))
        """,
        tmp_path,
    )
    assert result["found"] == [[[w.term, w.count] for w in speech] for speech in expected]
    assert result["jieba_here"] is False  # jieba was loaded in the analyst, not in the UI process
    niceness = result["niceness"]
    assert isinstance(niceness, list)
    ui, analyst, loader = niceness
    assert analyst == min(19, ui + background.KEYWORDS_NICENESS)  # keywords yield to the UI
    assert loader == ui  # the loader's parses are what the user waits for


@pytest.mark.skipif(not background.supported(), reason="helper processes need fork")
def test_a_dead_helper_means_work_in_the_thread(tmp_path: Path) -> None:
    result = _in_fresh(
        f"""
        import os, signal
        path = Path({str(CORPUS[0])!r})
        background.start(None)
        os.kill(background._loader.pid, signal.SIGKILL)
        document = background.load_document(path)
        print(json.dumps([len(document.paragraphs), background.running()]))
        """,
        tmp_path,
    )
    assert result == [len(load_document(CORPUS[0]).paragraphs), False]


def test_start_refuses_to_fork_while_threads_run(tmp_path: Path) -> None:
    result = _in_fresh(
        """
        import threading
        done = threading.Event()
        threading.Thread(target=done.wait).start()
        background.start(None)
        print(json.dumps(background.running()))
        done.set()
        """,
        tmp_path,
    )
    assert result is False


@pytest.mark.skipif(not background.supported(), reason="helper processes need fork")
def test_the_early_parse_is_taken_without_waiting_and_wrap_tables_come_built(tmp_path: Path) -> None:
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    result = _in_fresh(
        f"""
        import time
        path = Path({str(CORPUS[0])!r})
        background.start(path)
        out = {{"other": background.load_if_ready(Path({str(CORPUS[1])!r}))}}
        for _ in range(200):  # the parse takes well under a second
            document = background.load_if_ready(path)
            if document is not None:
                break
            time.sleep(0.01)
        out["paragraphs"] = len(document.paragraphs)
        out["again"] = background.load_if_ready(path)  # taken once only
        from tui.engine import wrap
        background.prepare_wrap()
        out["installed"] = bool(wrap._TABLES) and wrap.cell_width("讲话，ok") == 8
        background.stop()
        background.start(Path({str(binary)!r}))
        time.sleep(1.0)
        try:
            background.load_if_ready(Path({str(binary)!r}))
        except Exception as error:
            out["error"] = type(error).__name__
        print(json.dumps(out))
        """,
        tmp_path,
    )
    assert result == {
        "other": None,
        "paragraphs": len(load_document(CORPUS[0]).paragraphs),
        "again": None,
        "installed": True,
        "error": "BinaryFileError",
    }


def test_a_message_dropped_half_way_is_skipped_by_the_reader() -> None:
    import os
    import threading

    big = [f"讲话{i}" * 20 for i in range(20000)]  # frames go out before the failing part
    read_fd, write_fd = os.pipe()

    def send() -> None:
        with pytest.raises(TypeError):
            background._write(write_fd, [big, threading.Lock()])
        background._write(write_fd, ("next", len(big)))
        os.close(write_fd)

    sender = threading.Thread(target=send)
    sender.start()
    try:
        with pytest.raises(background._Aborted):
            background._read(read_fd)
        assert background._read(read_fd) == ("next", 20000)
        with pytest.raises(EOFError):
            background._read(read_fd)
    finally:
        sender.join()
        os.close(read_fd)


@pytest.mark.skipif(not background.supported(), reason="helper processes need fork")
def test_messages_that_fail_to_pickle_half_way_leave_the_pipe_usable(tmp_path: Path) -> None:
    # Messages are pickled straight into the pipe, frame by frame: a pickle that fails
    # after frames were sent must be dropped by the reader, not read as the next one.
    result = _in_fresh(
        """
        import operator, threading
        big = [f"讲话{i}" * 20 for i in range(20000)]  # frames go out before the failing part
        def unpicklable_reply():
            return big + [threading.Lock()]
        helper = background.Helper()  # forked: it knows this script's functions
        out = {}
        try:  # a request that cannot be pickled: the caller gets the error
            helper.call(operator.itemgetter(0), [big, threading.Lock()])
        except TypeError as error:
            out["request"] = "TypeError"
        out["after_request"] = helper.call(len, big)
        try:  # a reply that cannot be pickled (the helper sends an error instead)
            helper.call(unpicklable_reply)
        except RuntimeError as error:
            out["reply"] = str(error).split(":")[0]
        out["after_reply"] = helper.call(operator.getitem, big, -1) == big[-1]
        out["round_trip"] = helper.call(list, big) == big
        helper.stop()
        print(json.dumps(out))
        """,
        tmp_path,
    )
    assert result == {
        "request": "TypeError",
        "after_request": 20000,
        "reply": "TypeError",
        "after_reply": True,
        "round_trip": True,
    }


@pytest.mark.skipif(not background.supported(), reason="helper processes need fork")
def test_the_loader_collects_no_cycles_while_it_parses_and_keeps_its_documents_frozen(
    tmp_path: Path,
) -> None:
    result = _in_fresh(
        f"""
        import gc
        def collections_during_load(path):
            seen = []
            gc.callbacks.append(lambda phase, info: seen.append(phase))
            background._load(path)
            return len(seen), gc.isenabled(), gc.get_freeze_count() > 0
        background.start()
        loader = background._loader
        out = {{"load": loader.call(collections_during_load, Path({str(CORPUS[0])!r}))}}
        out["local"] = collections_during_load(Path({str(CORPUS[0])!r}))[1]  # no helper: untouched
        background.stop()
        print(json.dumps(out))
        """,
        tmp_path,
    )
    assert result == {"load": [0, True, True], "local": True}


@pytest.mark.skipif(not background.supported(), reason="helper processes need fork")
def test_a_document_arrives_with_the_collector_held_and_is_frozen_after(tmp_path: Path) -> None:
    result = _in_fresh(
        f"""
        import gc
        from tui import collector
        seen = []
        gc.callbacks.append(lambda phase, info: seen.append(phase))
        background.start()
        frozen = gc.get_freeze_count()
        seen.clear()
        document = background.load_document(Path({str(CORPUS[0])!r}))
        out = {{
            "collections": len(seen),
            "frozen": gc.get_freeze_count() - frozen > len(document.paragraphs),
            "enabled": gc.isenabled(),
            "held": collector.holding(),
        }}
        background.stop()
        print(json.dumps(out))
        """,
        tmp_path,
    )
    assert result == {"collections": 0, "frozen": True, "enabled": True, "held": False}


@pytest.mark.skipif(not background.supported(), reason="helper processes need fork")
def test_without_shipped_wrap_tables_the_analyst_builds_them(tmp_path: Path) -> None:
    result = _in_fresh(
        """
        from tui.engine import wrap
        wrap.has_shipped_tables = lambda: False  # a Python whose Unicode version has no file
        wrap.shipped_tables = lambda: None
        background.start()
        out = {"sent": background._WRAP_TABLES in background._analyst._unread}
        background.prepare_wrap()
        out["taken"] = background._WRAP_TABLES not in background._analyst._unread
        out["equal"] = wrap._TABLES[0][0] == wrap.build_tables()[0]
        background.stop()
        print(json.dumps(out))
        """,
        tmp_path,
    )
    assert result == {"sent": True, "taken": True, "equal": True}


def test_installed_wrap_tables_are_the_built_ones() -> None:
    from tui.engine import wrap

    table, pattern = wrap.export_tables()
    saved = list(wrap._TABLES)
    try:
        wrap._TABLES.clear()
        wrap.install_tables(table, pattern)
        assert wrap._TABLES[0][0] is table and wrap._TABLES[0][1].pattern == pattern
        wrap._TABLES.clear()
        assert wrap._bmp_widths() == table and wrap._not_wide_runs().pattern == pattern
    finally:
        wrap._TABLES[:] = saved


@pytest.mark.skipif(not background.supported(), reason="helper processes need fork")
def test_the_loader_wraps_its_copy_of_the_open_documents(tmp_path: Path) -> None:
    from tui.engine.wrap import wrap

    path, other = CORPUS[0], CORPUS[1]
    document = load_document(path)
    blocks = [(i, 4 if i % 3 else 0) for i, p in enumerate(document.paragraphs) if p.text]
    expected = {w: [len(wrap(document.paragraphs[i].text, w, f, 0) or [0]) for i, f in blocks]
                for w in (30, 77)}
    result = _in_fresh(
        f"""
        path, other = Path({str(path)!r}), Path({str(other)!r})
        background.start(path)
        document = background.load_document(path)
        blocks = {blocks!r}
        out = {{"30": background.line_counts(path, document, blocks, 30)}}
        background.load_document(other)            # two open files are kept
        for p in {[str(p) for p in CORPUS]!r}:     # counting speeches keeps none
            background.speech_count(Path(p))
        out["77"] = background.line_counts(path, document, blocks, 77)
        stale = background.load_document(other)
        out["other doc"] = background.line_counts(path, stale, blocks, 30)
        print(json.dumps(out))
        """,
        tmp_path,
    )
    assert result == {"30": expected[30], "77": expected[77], "other doc": None}


def test_without_helpers_the_reader_wraps_itself() -> None:
    assert background.line_counts(CORPUS[0], load_document(CORPUS[0]), [(0, 0)], 40) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pipe sizes are a Linux feature")
def test_replies_come_through_a_wide_pipe(tmp_path: Path) -> None:
    limit = int(Path("/proc/sys/fs/pipe-max-size").read_text())
    result: object = _in_fresh(
        """
        import fcntl
        background.start(None)
        print(json.dumps(fcntl.fcntl(background._loader._in, fcntl.F_GETPIPE_SZ)))
        """,
        tmp_path,
    )
    if limit >= background.PIPE_BYTES:
        assert result == background.PIPE_BYTES
    else:  # the system allows less: the default buffer stays
        assert isinstance(result, int) and result < background.PIPE_BYTES
