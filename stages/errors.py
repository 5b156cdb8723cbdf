"""How a stage says a job failed: the runtime decides retry or dead-letter from the type.

Any other exception is treated as transient up to the attempt limit.
"""

from __future__ import annotations


class StageError(Exception):
    """A failure with a reason a person can read; never include secrets in it."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PermanentError(StageError):
    """Retrying cannot help: bad input, 4xx from the audio host, invalid extractor output."""


class InputMissing(PermanentError):
    """The audio a message names is gone. A job's files are deleted once it is delivered,
    so the runtime first asks whether this message is a duplicate of a delivered job
    (a publish repeated after a broker restart or a killed worker) before dead-lettering.
    """


class TransientError(StageError):
    """Worth retrying later: timeouts, connection errors, 429/5xx, provider hiccups.

    ``defer`` asks for at least that many seconds before the next attempt
    (for example from a ``Retry-After`` header).
    """

    def __init__(self, reason: str, *, defer: float | None = None) -> None:
        super().__init__(reason)
        self.defer = defer
