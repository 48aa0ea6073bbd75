"""The main screen's frames come on ``FrameTimer``: a frame asked for after a late one
waits at most a period, not one to two (Textual's ``Timer`` skipping ahead).

The timers run on a fake clock here (their ``get_time`` and ``sleep``): what is checked is
when they tick and how long they ask to sleep, not how fast anything is.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import textual._time
import textual.timer
from textual._context import active_app
from textual.timer import Timer

from tests.ui.conftest import settle
from tui.app import make_app
from tui.screens import frames
from tui.screens.frames import FrameTimer

PERIOD = 0.01


class Clock:
    """A fake clock: ``sleep`` moves it on at once and records how long was asked for."""

    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def get_time(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds


class Target:
    """What a timer is for (only held by a weak reference)."""


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    for module in (frames, textual.timer):
        monkeypatch.setattr(module, "sleep", fake.sleep)
    monkeypatch.setattr(frames, "get_time", fake.get_time)
    monkeypatch.setattr(textual._time, "get_time", fake.get_time)
    return fake


async def turns() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


def ticking(timer_class: type[Timer]) -> tuple[Timer, list[float], Target]:
    """A started, paused timer whose every tick records the time and pauses it again, as
    the screen's update timer does (``Screen._on_timer_update``)."""
    ticks: list[float] = []
    target = Target()

    def tick() -> None:
        ticks.append(round(textual._time.get_time(), 6))
        timer.pause()

    def failed(error: BaseException) -> None:
        raise error

    # (A tick reads the app from its task's context, copied when the task is made.)
    active_app.set(SimpleNamespace(_exit=False, _handle_exception=failed, features=frozenset()))  # type: ignore[arg-type]
    timer = timer_class(target, PERIOD, callback=tick, pause=True)  # type: ignore[arg-type]
    timer._start()
    return timer, ticks, target


async def test_a_frame_timer_ticks_at_once_after_a_period_else_a_period_after_its_last(
    clock: Clock,
) -> None:
    timer, ticks, _target = ticking(FrameTimer)
    try:
        await turns()
        assert ticks == []  # paused: nothing to draw
        timer.resume()
        await turns()
        assert ticks == [100.0] and clock.slept == []  # at once
        clock.now = 100.503  # late: the timer was paused for many periods
        timer.resume()
        await turns()
        assert ticks == [100.0, 100.503] and clock.slept == []
        clock.now = 100.505  # a key just after that frame
        timer.resume()
        await turns()
        assert clock.slept == [0.008]  # until one period after the last tick
        assert ticks == [100.0, 100.503, 100.513]
    finally:
        timer.stop()


async def test_textuals_timer_waits_over_a_period_after_a_late_tick(clock: Clock) -> None:
    # Why FrameTimer exists: after a late tick Textual's Timer sleeps to a tick one to two
    # periods ahead (if this fails, Textual changed and FrameTimer may go).
    timer, ticks, _target = ticking(Timer)
    try:
        timer.resume()
        await turns()
        clock.now = 100.503
        clock.slept.clear()
        timer.resume()
        await turns()
        assert ticks[-1] == 100.503
        # Its next tick is scheduled over a period after this one (0.017 s: the clock's
        # sleep returns at once), whatever asks for a frame meanwhile.
        assert len(clock.slept) == 1 and clock.slept[0] > PERIOD
    finally:
        timer.stop()


async def test_the_main_screen_draws_on_a_frame_timer(speech_file: Path) -> None:
    app = make_app(speech_file)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        assert isinstance(screen._update_timer, FrameTimer)
        assert screen._update_timer is screen._update_timer  # one, made once
        frames_drawn: list[object] = []
        display = app._display

        def spy(shown: Any, update: Any) -> None:
            display(shown, update)
            if update is not None:
                frames_drawn.append(update)

        app._display = spy  # type: ignore[method-assign, assignment]
        before = screen.reader.cursor
        await pilot.press("j")
        await pilot.pause()
        assert screen.reader.cursor != before
        assert frames_drawn  # the key's frame came on the frame timer
