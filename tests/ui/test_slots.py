"""A screen deleted while one of its async slots awaited: the slot ends quietly instead of
reaching the excepthook (in the app, the crash handler) with "already deleted"."""

from __future__ import annotations

import asyncio
import sys

import shiboken6
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from storeapp.ui.slots import asyncSlot


class Screen(QWidget):
    def __init__(self, gate: asyncio.Future) -> None:
        super().__init__()
        self.gate = gate
        self.label = QLabel("…")
        QVBoxLayout(self).addWidget(self.label)

    @asyncSlot()
    async def refresh(self) -> None:
        text = await self.gate
        self.label.setText(text)

    @asyncSlot(str)
    async def fail(self, why: str) -> None:
        await asyncio.sleep(0)
        raise RuntimeError(why)


def test_a_slot_whose_screen_was_deleted_meanwhile_ends_quietly(qloop, until, monkeypatch):
    hooked: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: hooked.append(error))
    gate = qloop.create_future()
    screen = Screen(gate)
    task = screen.refresh()
    shiboken6.delete(screen)  # the window closed while the slot awaited
    gate.set_result("Stock figures up to date")
    until(task.done)
    assert hooked == []


def test_errors_of_a_live_screen_still_reach_the_excepthook(qloop, until, monkeypatch):
    hooked: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: hooked.append(error))
    screen = Screen(qloop.create_future())
    task = screen.fail("a real bug")
    until(task.done)
    assert [str(e) for e in hooked] == ["a real bug"]
    gate = qloop.create_future()
    alive = Screen(gate)
    task = alive.refresh()
    gate.set_result("up to date")
    until(task.done)
    assert alive.label.text() == "up to date"
