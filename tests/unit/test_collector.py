"""tui.collector: holds of the cyclic garbage collector that do not undo each other."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from tui import collector


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    gc.enable()
    yield
    gc.enable()


def test_the_collector_runs_again_only_when_the_last_hold_ends() -> None:
    start, document = collector.Hold(), collector.Hold()
    start.hold()
    assert not gc.isenabled() and collector.holding()
    document.hold()
    start.release()  # the start ends while a document still arrives
    assert not gc.isenabled()
    document.release()
    assert gc.isenabled() and not collector.holding()


def test_holding_or_releasing_twice_counts_once() -> None:
    hold = collector.Hold()
    hold.hold()
    hold.hold()
    hold.release()
    assert gc.isenabled()
    hold.release()  # not held: nothing happens
    assert gc.isenabled() and not collector.holding()


def test_a_collector_turned_off_elsewhere_stays_off() -> None:
    gc.disable()
    with collector.Hold():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_release_can_freeze_what_was_made() -> None:
    gc.unfreeze()
    made: list[list[int]] = [[] for _ in range(1000)]
    hold = collector.Hold()
    hold.hold()
    hold.release(freeze=True)
    try:
        assert gc.get_freeze_count() >= len(made) and gc.isenabled()
    finally:
        gc.unfreeze()
