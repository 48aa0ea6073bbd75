"""Would the 10 MB collection's whole parse come sooner in two pieces, one in another process?

``python tests/bench/bench_split.py [ROUNDS] [--first MS] [--cuts N]`` (not a test: it prints
figures, it asserts nothing). The app parses the whole file on a thread after its first
text (docs/performance.md, perf11: the process is CPU-bound on one core). This measures
the idea of issue #18's perf12 brief, outside the app, on ``bench_ui.py``'s 10 MB
collection, in three parts:

1. **The CPU this session gets**: 300 ms of CPU burnt by one process, then by each of two
   processes at once (wall time until both are done). On an idle 2-core machine the two
   take as long as the one; when the machine is busy (Linux gives each session a fair
   share, ``/proc/self/autogroup``) they take twice as long, and no second process can
   bring a result sooner.
2. **Whether a cut is safe**: the collection cut at the first blank line after each
   ``1/(N+1)`` of its text, each piece parsed by ``parse_text``, the two documents joined
   (lines, paragraph and speech numbers shifted) and compared with the serial parse. The
   engine has file-wide rules (running headers counted over the whole file, the text's
   wrap width, a Markdown file's ``#`` count, cited note marks), so a cut is safe only
   where none of them changes; how many cuts give the serial result is printed, and for
   the others where the first difference is (paragraph number and kind, no text).
3. **Time, in turns**: "serial" spends ``--first`` ms of CPU (the app's way to its first
   text), then parses the whole text; "split" starts a plain subprocess at once (the
   parser imported from bytecode, as an installed app has it) that parses the second
   half (sent on its stdin) and sends back its pickled document, spends the same CPU,
   parses the first half, then unpickles and joins. Wall time median (min-max), this
   process's CPU, and the split's phases.
"""

from __future__ import annotations

import argparse
import gc
import pickle
import resource
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from bench_ui import big_collection  # noqa: E402
from benchenv import bench_env, scratch  # noqa: E402

from tui.engine.model import Document, Heading, Paragraph  # noqa: E402
from tui.engine.parse import parse_text  # noqa: E402
from tui.formats import read_source  # noqa: E402

BURN = "import time\nend = time.process_time() + 0.3\nwhile time.process_time() < end: pass"
CHILD = """
import gc, pickle, sys
gc.disable()
from tui.engine.parse import parse_text
text = sys.stdin.buffer.read().decode()
sys.stdout.buffer.write(pickle.dumps(parse_text(text, sys.argv[1]), 4))
"""


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.0f} ms ({min(values):.0f}-{max(values):.0f})"


def session_share(rounds: int) -> None:
    one: list[float] = []
    two: list[float] = []
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", BURN], check=True)
        one.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        burners = [subprocess.Popen([sys.executable, "-c", BURN]) for _ in range(2)]
        for burner in burners:
            burner.wait()
        two.append((time.perf_counter() - start) * 1000)
    print(
        f"CPU share: 300 ms of CPU in one process {_spread(one)}; in each of two at once "
        f"{_spread(two)} (ratio {statistics.median(two) / statistics.median(one):.2f}: "
        f"1 = a second core free for this session, 2 = none)"
    )


def _shifted(heading: Heading, lines: int, paragraphs: int) -> Heading:
    return replace(heading, line=heading.line + lines, paragraph=heading.paragraph + paragraphs)


def join(first: Document, second: Document, lines: int) -> Document:
    """``first`` then ``second`` (parsed from the text after ``lines`` line feeds) as one
    document: the second's lines, paragraph and speech numbers shifted."""
    paragraphs, speeches = len(first.paragraphs), len(first.speeches)
    headings: dict[int, Heading] = {}
    joined = list(first.paragraphs)
    for paragraph in second.paragraphs:
        heading = paragraph.heading
        if heading is not None:
            heading = headings[id(heading)] = _shifted(heading, lines, paragraphs)
        joined.append(
            Paragraph(
                paragraph.text,
                paragraph.line + lines,
                paragraph.end_line + lines,
                paragraph.kind,
                None if paragraph.speech is None else paragraph.speech + speeches,
                heading,
            )
        )
    shifted = [
        replace(
            speech,
            index=speech.index + speeches,
            line=speech.line + lines,
            end_line=speech.end_line + lines,
            first=speech.first + paragraphs,
            end=speech.end + paragraphs,
            headings=tuple(
                headings.get(id(h)) or _shifted(h, lines, paragraphs) for h in speech.headings
            ),
        )
        for speech in second.speeches
    ]
    return Document(
        first.path,
        first.encoding,
        first.line_count + second.line_count - 1,
        tuple(joined),
        (*first.speeches, *shifted),
        first.warnings,
    )


def cut_after(text: str, share: float) -> int:
    """The start of the line after the first blank line past ``share`` of ``text``."""
    return text.index("\n\n", int(len(text) * share)) + 2


def _differs(a: Paragraph, b: Paragraph) -> str:
    """Which fields of two paragraphs (or of their headings) differ."""
    fields = [
        f for f in ("text", "line", "end_line", "kind", "speech") if getattr(a, f) != getattr(b, f)
    ]
    if a.heading != b.heading:
        if a.heading is None or b.heading is None:
            fields.append("heading (one has none)")
        else:
            fields += [
                f"heading.{f}"
                for f in ("level", "marker", "title", "line", "paragraph", "family", "number")
                if getattr(a.heading, f) != getattr(b.heading, f)
            ]
    return ", ".join(fields) or "equal fields"


def safe_cuts(text: str, name: str, cuts: int) -> None:
    serial = parse_text(text, name)
    same = 0
    for number in range(1, cuts + 1):
        cut = cut_after(text, number / (cuts + 1))
        joined = join(
            parse_text(text[:cut], name), parse_text(text[cut:], name), text.count("\n", 0, cut)
        )
        if joined == serial:
            same += 1
            continue
        where = next(
            (
                f"paragraph {i}, line {a.line} ({a.kind.value}, speech {a.speech} serial, "
                f"{b.speech} joined; {_differs(a, b)})"
                for i, (a, b) in enumerate(zip(serial.paragraphs, joined.paragraphs, strict=False))
                if a != b
            ),
            f"{len(serial.paragraphs)} paragraphs serial, {len(joined.paragraphs)} joined",
        )
        print(f"  cut at line {text.count(chr(10), 0, cut) + 1}: differs first at {where}")
    print(f"safe cuts: {same} of {cuts} give the serial parse")


def _send(child: subprocess.Popen[bytes], text: bytes, answer: list[bytes]) -> None:
    """Give ``child`` its text and keep what it sends back (on a thread of its own)."""
    answer.append(child.communicate(text)[0])


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _burn(seconds: float) -> None:
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def timed(text: str, name: str, rounds: int, first_cpu: float) -> None:
    cut = cut_after(text, 0.5)
    head, tail = text[:cut], text[cut:].encode()
    lines = text.count("\n", 0, cut)
    env = bench_env()
    # Untimed: the parser's bytecode and stored patterns written, as an installed app has them.
    subprocess.run([sys.executable, "-c", "import tui.engine.parse"], env=env, cwd=ROOT, check=True)
    walls: dict[str, list[float]] = {"serial": [], "split": []}
    cpus: dict[str, list[float]] = {"serial": [], "split": []}
    phases: list[tuple[float, ...]] = []
    child_cpu: list[float] = []
    for _ in range(rounds):
        start, cpu = time.perf_counter(), time.process_time()
        _burn(first_cpu)
        serial = parse_text(text, name)
        walls["serial"].append((time.perf_counter() - start) * 1000)
        cpus["serial"].append((time.process_time() - cpu) * 1000)
        del serial

        start, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            cwd=ROOT,
        )
        answer: list[bytes] = []
        talk = threading.Thread(target=_send, args=(child, tail, answer))
        talk.start()
        _burn(first_cpu)
        mine = parse_text(head, name)
        own = time.perf_counter()
        talk.join()
        came = time.perf_counter()
        theirs = pickle.loads(answer[0])
        unpickled = time.perf_counter()
        join(mine, theirs, lines)
        end = time.perf_counter()
        walls["split"].append((end - start) * 1000)
        cpus["split"].append((time.process_time() - cpu) * 1000)
        phases.append(tuple((at - start) * 1000 for at in (own, came, unpickled)))
        child_cpu.append((_children_cpu() - children) * 1000)
    print(f"time, {rounds} rounds in turns, {first_cpu * 1000:.0f} ms of CPU first:")
    for kind in walls:
        print(f"  {kind}: wall {_spread(walls[kind])}, this process's CPU {_spread(cpus[kind])}")
    print(
        "  split's phases from its start: own half parsed "
        f"{_spread([p[0] for p in phases])}, child's document in {_spread([p[1] for p in phases])}, "
        f"unpickled {_spread([p[2] for p in phases])}; the child's CPU (start, imports, its "
        f"half, pickle) {_spread(child_cpu)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rounds", nargs="?", type=int, default=5)
    parser.add_argument("--first", type=float, default=220, help="CPU ms before the parse")
    parser.add_argument("--cuts", type=int, default=9, help="cuts tried for safety")
    args = parser.parse_args()
    gc.disable()  # as the app's parse (tui.services.collector_held)
    path = big_collection(scratch("bench-split-"))
    text = read_source(path).text
    name = str(path)
    session_share(args.rounds)
    safe_cuts(text, name, args.cuts)
    timed(text, name, args.rounds, args.first / 1000)


if __name__ == "__main__":
    main()
