"""Quit benchmark (not a timed test): ``q`` pressed while a big file is still parsed.

The reader runs on a pseudo-terminal (``python -m tui FILE`` in each checkout, a fresh
state folder per run) on a 30 MB collection (``bench_ui.big_collection``, three times its
10 MB); once the first text is drawn (a line of the first speech seen in the output)
the script waits ``--after`` seconds (0.3), sends ``q``, and times until the process has
exited. Checkouts run in turns, several rounds; median (min-max) per checkout.

    python tests/bench/bench_quit.py [--base /tmp/ui23-base] [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import pty
import select
import statistics
import sys
import time
from pathlib import Path

from bench_ui import big_collection
from benchenv import ROOT, bench_env, scratch

MARK = "大家新年好".encode()
"""A line of the first speech of the collection: the first text is on the screen."""


def quit_time(root: Path, path: Path, after: float, python: str) -> float:
    """Seconds from ``q`` to the process's exit (the reader in ``root`` opening ``path``)."""
    env = bench_env(root=root)
    env.update(TERM="xterm-256color", COLUMNS="160", LINES="45")
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        os.chdir(root)
        os.execve(python, [python, "-m", "tui", str(path)], env)
    seen = b""
    deadline = time.monotonic() + 60
    while MARK not in seen:
        if time.monotonic() > deadline:
            raise SystemExit("no first text within 60 s")
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            seen = (seen + os.read(fd, 65536))[-4096:]
    shown = time.monotonic()
    while time.monotonic() < shown + after:  # keep the pty drained
        ready, _, _ = select.select([fd], [], [], 0.02)
        if ready:
            os.read(fd, 65536)
    os.write(fd, b"q")
    pressed = time.monotonic()
    while True:
        ready, _, _ = select.select([fd], [], [], 0.01)
        if ready:
            try:
                os.read(fd, 65536)
            except OSError:
                pass
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            ended = time.monotonic()
            break
    os.close(fd)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"the reader exited with {status}")
    return ended - pressed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, help="a base checkout to run in turns")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--after", type=float, default=0.3)
    parser.add_argument("--size", type=int, default=30_000_000)
    args = parser.parse_args()
    path = big_collection(scratch("bench-quit-"), args.size)
    trees = {"head": ROOT} | ({"base": args.base} if args.base else {})
    times: dict[str, list[float]] = {name: [] for name in trees}
    for _ in range(args.rounds):
        for name, root in trees.items():
            times[name].append(quit_time(root, path, args.after, sys.executable))
    for name, found in times.items():
        ms = [t * 1000 for t in found]
        print(
            f"{name}: q to exit, {args.size / 1e6:.0f} MB parsing, {args.after} s after the "
            f"first text: {statistics.median(ms):.0f} ms ({min(ms):.0f}-{max(ms):.0f}), "
            f"{len(ms)} runs"
        )


if __name__ == "__main__":
    main()
