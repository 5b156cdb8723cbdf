"""What happens to a message whose stage failed: another attempt later, or the dead-letter queue.

Retries go through RabbitMQ (a retry queue whose messages expire back into the work
queue), never through sleeps in the worker, so a restart loses no scheduled retry.
"""

from __future__ import annotations

import random
import socket
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from stages.errors import PermanentError, StageError, TransientError

ATTEMPTS = "x-attempts"
FIRST_FAILURE_AT = "x-first-failure-at"
LAST_ERROR = "x-last-error"

DEAD_STAGE = "x-dead-stage"
DEAD_ERROR_CLASS = "x-dead-error-class"
DEAD_ERROR_TYPE = "x-dead-error-type"
DEAD_ERROR = "x-dead-error"
DEAD_ATTEMPTS = "x-dead-attempts"
DEAD_FIRST_FAILURE_AT = "x-dead-first-failure-at"
DEAD_LAST_FAILURE_AT = "x-dead-last-failure-at"
DEAD_HOST = "x-dead-host"

MAX_REASON_CHARS = 1000

ErrorClass = Literal["permanent", "transient"]


def classify(error: BaseException) -> ErrorClass:
    """Unknown exceptions count as transient: the attempt limit still bounds them."""
    return "permanent" if isinstance(error, PermanentError) else "transient"


def describe(error: BaseException) -> str:
    """A one-line reason for people; stage errors are written to be shown as they are."""
    text = error.reason if isinstance(error, StageError) else f"{type(error).__name__}: {error}"
    text = " ".join(text.split())
    return text[:MAX_REASON_CHARS]


@dataclass(frozen=True)
class RetryPolicy:
    """How long to wait before each new attempt, and how many attempts in all.

    Args:
        delays: seconds before attempt 2, 3, …; the last step repeats if attempts outnumber it.
        max_attempts: attempts in all, the first included; then the message is dead-lettered.
        jitter: each delay is spread by ± this fraction so retries of a burst do not align.
    """

    delays: tuple[float, ...] = (5.0, 30.0, 120.0, 600.0, 1800.0)
    max_attempts: int = 5
    jitter: float = 0.2
    _random: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def delay_before(self, attempt: int, defer: float | None = None) -> float:
        """Seconds to wait before attempt number ``attempt`` (2 for the first retry)."""
        step = self.delays[min(attempt - 2, len(self.delays) - 1)]
        spread = step * self.jitter
        delay = step + self._random.uniform(-spread, spread)
        return max(delay, defer or 0.0)

    def tier_for(self, delay: float) -> int:
        """The retry queue (delay step) whose nominal delay is nearest to ``delay``.

        Messages expire only at the head of a queue, so each queue holds delays of
        one size: a ``Retry-After`` of 100 s waits with the 120 s step, not the 5 s one.
        """
        return min(range(len(self.delays)), key=lambda index: abs(self.delays[index] - delay))

    def gives_up(self, attempts_made: int, error: BaseException) -> bool:
        return classify(error) == "permanent" or attempts_made >= self.max_attempts


def attempts_made(headers: dict[str, Any]) -> int:
    """Attempts before this one, from the message's headers (0 for a fresh message)."""
    try:
        return max(int(headers.get(ATTEMPTS, 0)), 0)
    except (TypeError, ValueError):
        return 0


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def retry_headers(headers: dict[str, Any], error: BaseException) -> dict[str, Any]:
    """Headers for the next attempt: one more attempt counted, the first failure kept."""
    return {
        **headers,
        ATTEMPTS: attempts_made(headers) + 1,
        FIRST_FAILURE_AT: headers.get(FIRST_FAILURE_AT) or now_iso(),
        LAST_ERROR: describe(error),
    }


def dead_letter_headers(
    stage: str, headers: dict[str, Any], error: BaseException
) -> dict[str, Any]:
    """Headers that say, for a person reading the dead-letter queue, what went wrong."""
    failed_at = now_iso()
    return {
        **headers,
        DEAD_STAGE: stage,
        DEAD_ERROR_CLASS: classify(error),
        DEAD_ERROR_TYPE: type(error).__name__,
        DEAD_ERROR: describe(error),
        DEAD_ATTEMPTS: attempts_made(headers) + 1,
        DEAD_FIRST_FAILURE_AT: headers.get(FIRST_FAILURE_AT) or failed_at,
        DEAD_LAST_FAILURE_AT: failed_at,
        DEAD_HOST: socket.gethostname(),
    }


def transient_defer(error: BaseException) -> float | None:
    return error.defer if isinstance(error, TransientError) else None
