"""The lifecycle every backend that owns a connection or a pool shares, as httpx's clients do."""

from __future__ import annotations

from types import TracebackType
from typing import Self

__all__ = ["AsyncResource"]


class AsyncResource:
    """``async with backend:`` closes it on the way out; ``aclose()`` closes it by hand."""

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Release what the backend holds; subclasses that hold something override it."""
