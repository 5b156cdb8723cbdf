"""Waiting on a condition with a deadline: the one polling loop the tests share.

A test never sleeps and hopes; it names what it waits for, and when the deadline passes
it fails saying so, with the last value the condition returned.
"""

from __future__ import annotations

import asyncio
import inspect
import reprlib
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar, overload

__all__ = ["wait_until", "wait_until_async"]

T = TypeVar("T")

_SHOWN = reprlib.Repr()
_SHOWN.maxstring = _SHOWN.maxother = 160


def wait_until(
    condition: Callable[[], T], *, timeout: float, message: str, interval: float = 0.1
) -> T:
    """Call ``condition`` until it returns something truthy, and return that.

    Raises ``AssertionError`` naming ``message`` once ``timeout`` seconds have passed.
    An exception from ``condition`` propagates at once (a dead process, say).
    """
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise _timed_out(timeout, message, value)
        time.sleep(interval)


@overload
async def wait_until_async(
    condition: Callable[[], Awaitable[T]], *, timeout: float, message: str, interval: float = ...
) -> T: ...


@overload
async def wait_until_async(
    condition: Callable[[], T], *, timeout: float, message: str, interval: float = ...
) -> T: ...


async def wait_until_async(
    condition: Callable[[], Any], *, timeout: float, message: str, interval: float = 0.05
) -> Any:
    """``wait_until`` for a running event loop: ``condition`` may be a coroutine function.

    The loop keeps running between polls, so the work being waited on can progress.
    """
    deadline = time.monotonic() + timeout
    while True:
        outcome = condition()
        value = await outcome if inspect.isawaitable(outcome) else outcome
        if value:
            return value
        if time.monotonic() >= deadline:
            raise _timed_out(timeout, message, value)
        await asyncio.sleep(interval)


def _timed_out(timeout: float, message: str, last: object) -> AssertionError:
    return AssertionError(
        f"timed out after {timeout:g}s waiting for {message} (last: {_SHOWN.repr(last)})"
    )
