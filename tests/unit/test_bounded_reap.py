"""``bounded._bounded`` kills a program's process group before it reaps the program: reaped
first, the program's number is free, and the group kill after could hit another process
that took it (misc78)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tui.formats import bounded

pytestmark = pytest.mark.skipif(os.name != "posix", reason="process groups")

LIMITS = bounded.Limits(memory=1 << 30, cpu=20, timeout=20.0, output=1 << 20)


def recorded(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """What happens to processes, in order: ("kill", group) and ("reap", pid)."""
    events: list[tuple[str, int]] = []
    killpg, waitpid = os.killpg, os.waitpid

    def killing(group: int, number: int) -> None:
        events.append(("kill", group))
        killpg(group, number)

    def reaping(pid: int, options: int) -> tuple[int, int]:
        got = waitpid(pid, options)
        if got[0]:
            events.append(("reap", got[0]))
        return got

    monkeypatch.setattr(os, "killpg", killing)
    monkeypatch.setattr(os, "waitpid", reaping)
    return events


@pytest.mark.parametrize("without_pidfd", [False, True])
def test_the_group_is_killed_before_the_program_is_reaped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, without_pidfd: bool
) -> None:
    if without_pidfd:  # (the waitid way: macOS, an old kernel)
        monkeypatch.delattr(os, "pidfd_open", raising=False)
    events = recorded(monkeypatch)
    outcome = bounded.run([sys.executable, "-c", "print('done')"], str(tmp_path), LIMITS)
    assert outcome.returncode == 0 and outcome.stdout.strip() == b"done"
    assert not outcome.too_slow
    kills = [i for i, (what, _) in enumerate(events) if what == "kill"]
    reaps = [i for i, (what, _) in enumerate(events) if what == "reap"]
    assert kills and reaps, events
    assert kills[0] < reaps[0], events


def test_a_program_holding_on_past_its_time_is_still_told_too_slow(tmp_path: Path) -> None:
    # (its output closed at once, then it sleeps: the wait for its end times out)
    code = "import os, time; os.close(1); time.sleep(30)"
    limits = bounded.Limits(memory=1 << 30, cpu=20, timeout=1.0, output=1 << 20)
    outcome = bounded.run([sys.executable, "-c", code], str(tmp_path), limits)
    assert outcome.too_slow
