"""The main screen's frame timer: a frame as soon as one is asked for, at most one a period.

Textual draws a screen's changes on its update timer (``Screen._update_timer``: an interval
timer of ``1 / MAX_FPS``, 16.7 ms, paused while nothing changes and resumed by the next
change). When a tick came late (the timer was resumed after a pause longer than a period,
which is every frame after an idle moment), Textual's ``Timer`` skips to a tick one to two
periods ahead (``count = int((now - start) / interval + 1)``, then ``count + 1``): a key
that came just after such a frame (a batch of speech counts, a listing batch, the status
line's progress) waited up to 33 ms for its own frame (``bench_folder.py --trace``: "cursor
moved to frame"). ``FrameTimer`` ticks when resumed if the last tick was a period ago or
more, else one period after the last tick.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual._time import get_time, sleep
from textual.screen import UPDATE_PERIOD
from textual.timer import EventTargetGone, Timer

if TYPE_CHECKING:
    from textual.screen import Screen


class FrameTimer(Timer):
    """A timer that ticks while it is active (resumed), at least ``interval`` apart.

    Only what the screen's update timer uses of ``Timer``: ``pause``, ``resume`` and
    ``stop`` (no ``reset``, no ``repeat``).
    """

    async def _run(self) -> None:
        interval = self._interval
        last = get_time() - interval
        while True:
            await self._active.wait()
            wait = last + interval - get_time()
            if wait > 0:
                await sleep(wait)
                await self._active.wait()
            last = get_time()
            try:
                await self._tick(next_timer=last, count=0)
            except EventTargetGone:
                break


def frame_timer(screen: Screen[Any], callback: Callable[[], None]) -> FrameTimer:
    """The update timer for ``screen``, made and started as ``Screen._update_timer`` makes
    Textual's (``MessagePump.set_interval``): paused, one ``UPDATE_PERIOD`` apart."""
    timer = FrameTimer(screen, UPDATE_PERIOD, name="screen_update", callback=callback, pause=True)
    timer._start()
    screen._timers.add(timer)  # stopped with the screen's other timers
    return timer
