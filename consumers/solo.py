"""Turns at a stage's work: ordinary messages side by side, a suspect alone.

A worker that dies takes the blame for its death to every message it held; only a message
that ran alone can be blamed for sure. ``SoloGate`` gives a suspect its turn once nothing
else runs, and starts nothing else until it is done. Messages that wait at the gate hold
no stage code, so they cannot kill the process; they come back as suspects themselves,
with nothing counted against them.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

__all__ = ["SoloGate"]


class SoloGate:
    """A shared/exclusive gate where a waiting exclusive turn goes first.

    Preferring the suspect bounds its wait to the work already running: otherwise a
    steady stream of ordinary messages would keep it waiting for ever.
    """

    def __init__(self) -> None:
        self._changed = asyncio.Condition()
        self._sharing = 0
        self._alone = False
        self._waiting_alone = 0

    @property
    def busy_alone(self) -> bool:
        """Whether a suspect runs or waits for its turn."""
        return self._alone or self._waiting_alone > 0

    @asynccontextmanager
    async def shared(self) -> AsyncIterator[None]:
        """A turn beside other ordinary messages, once no suspect runs or waits."""
        async with self._changed:
            await self._changed.wait_for(lambda: not self.busy_alone)
            self._sharing += 1
        try:
            yield
        finally:
            async with self._changed:
                self._sharing -= 1
                self._changed.notify_all()

    @asynccontextmanager
    async def alone(self) -> AsyncIterator[None]:
        """A turn with nothing else running."""
        async with self._changed:
            self._waiting_alone += 1
            try:
                await self._changed.wait_for(lambda: not self._alone and self._sharing == 0)
            finally:
                self._waiting_alone -= 1
                # Given up (cancelled) or taken: either way the others' conditions changed.
                self._changed.notify_all()
            self._alone = True
        try:
            yield
        finally:
            async with self._changed:
                self._alone = False
                self._changed.notify_all()
