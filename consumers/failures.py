"""What happens to a message whose stage failed: another attempt later, or the dead-letter queue.

Retries go through RabbitMQ (a retry queue whose messages expire back into the work
queue), never through sleeps in the worker, so a restart loses no scheduled retry.

A worker that dies returns everything it held, so a redelivered message is only a
suspect: it moves to the stage's suspect queue and is handled alone there, where a death
can be blamed on it (``RetryPolicy.crash_loop``).
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

# Stamped by quorum queues on a redelivery: how many times the message went back unsettled.
DELIVERY_COUNT = "x-delivery-count"
# Ours: deliveries without an outcome in the message's earlier queues (a queue's own count
# starts again at 0 when the message moves to another queue).
CRASHES = "x-crashes"
# What the broker stamps for one queue's life of the message; moving it starts another.
_BROKER_HEADERS = (
    DELIVERY_COUNT,
    "x-death",
    "x-first-death-exchange",
    "x-first-death-queue",
    "x-first-death-reason",
    "x-last-death-exchange",
    "x-last-death-queue",
    "x-last-death-reason",
)

# The policy's limit sits above the worker's, so the worker's readable dead letter normally
# wins and the broker's own dead-lettering only catches what the worker could not.
BROKER_LIMIT_MARGIN = 2

MAX_REASON_CHARS = 1000

ErrorClass = Literal["permanent", "transient", "crash-loop"]


class WorkerDied(Exception):
    """A message delivered again and again without an outcome: handling it kills the worker.

    Args:
        deliveries: deliveries that ended without an ack, a retry or a dead letter.
    """

    def __init__(self, deliveries: int) -> None:
        self.deliveries = deliveries
        super().__init__(crash_loop_reason(deliveries))


def crash_loop_reason(deliveries: int) -> str:
    """The dead-letter reason of a message that kept killing its worker, for people."""
    return f"delivered {deliveries} times without an outcome: the worker died while handling it"


def classify(error: BaseException) -> ErrorClass:
    """Unknown exceptions count as transient: the attempt limit still bounds them."""
    if isinstance(error, WorkerDied):
        return "crash-loop"
    return "permanent" if isinstance(error, PermanentError) else "transient"


def expected(error: BaseException) -> bool:
    """Whether ``error`` is a verdict we wrote (one log line) rather than a bug (a traceback)."""
    return isinstance(error, StageError | WorkerDied)


def describe(error: BaseException) -> str:
    """A one-line reason for people; stage errors are written to be shown as they are."""
    if isinstance(error, StageError):
        text = error.reason
    elif isinstance(error, WorkerDied):
        text = str(error)
    else:
        text = f"{type(error).__name__}: {error}"
    text = " ".join(text.split())
    return text[:MAX_REASON_CHARS]


@dataclass(frozen=True)
class RetryPolicy:
    """How long to wait before each new attempt, and how many attempts in all.

    Args:
        delays: seconds before attempt 2, 3, …; the last step repeats if attempts outnumber it.
        max_attempts: attempts in all, the first included; then the message is dead-lettered.
        jitter: each delay is spread by ± this fraction so retries of a burst do not align.
        delivery_limit: deliveries without an outcome (the worker died holding the message)
            after which the next delivery is dead-lettered before any work is done, provided
            at least one of them was a delivery the worker handled alone (a suspect).
    """

    delays: tuple[float, ...] = (5.0, 30.0, 120.0, 600.0, 1800.0)
    max_attempts: int = 5
    jitter: float = 0.2
    delivery_limit: int = 10
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
        return classify(error) != "transient" or attempts_made >= self.max_attempts

    def crash_loop(self, headers: dict[str, Any]) -> WorkerDied | None:
        """The verdict on a suspect (a delivery from the suspect queue), if it is due.

        Only the suspect queue's own count proves anything: a suspect is handled alone, so
        a worker that died holding it died of it. Deliveries counted in the work queue
        went back with whatever else the worker held; they add to the total, never alone
        make it.
        """
        deliveries = deliveries_without_outcome(headers)
        if not redelivered(headers) or deliveries < self.delivery_limit:
            return None
        return WorkerDied(deliveries)


def broker_delivery_limit(worker_limit: int) -> int:
    """The policy's ``delivery-limit`` (work and suspect queues) for a worker's ``worker_limit``."""
    return worker_limit + BROKER_LIMIT_MARGIN


def redelivered(headers: dict[str, Any]) -> bool:
    """Whether an earlier delivery of this message from its current queue ended unsettled."""
    return _queue_count(headers) >= 1


def deliveries_without_outcome(headers: dict[str, Any]) -> int:
    """Deliveries of this message that ended unsettled: earlier queues' and this one's."""
    return carried_crashes(headers) + _queue_count(headers)


def carried_crashes(headers: dict[str, Any]) -> int:
    """Deliveries without an outcome counted in the message's earlier queues (``x-crashes``)."""
    return _non_negative(headers.get(CRASHES))


def _queue_count(headers: dict[str, Any]) -> int:
    return _non_negative(headers.get(DELIVERY_COUNT))


def _non_negative(value: object) -> int:
    return value if isinstance(value, int) and value > 0 else 0


def without_broker_counts(headers: dict[str, Any]) -> dict[str, Any]:
    """``headers`` minus the delivery counts (the queue's and ours) of this life."""
    return {key: value for key, value in headers.items() if key not in (DELIVERY_COUNT, CRASHES)}


def _carry_crashes(headers: dict[str, Any]) -> dict[str, Any]:
    """``CRASHES`` for the message's next queue, when there is anything to carry."""
    crashes = deliveries_without_outcome(headers)
    return {CRASHES: crashes} if crashes else {}


def suspect_headers(headers: dict[str, Any]) -> dict[str, Any]:
    """Headers of a redelivered message moved to its stage's suspect queue.

    The broker's headers of the work queue go (the suspect queue counts afresh); the
    deliveries it counted are carried in ``CRASHES``.
    """
    kept = {key: value for key, value in headers.items() if key not in _BROKER_HEADERS}
    return {**kept, **_carry_crashes(headers)}


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
        **without_broker_counts(headers),
        # A retry waits in the work queue again: its crashes so far stay with it.
        **_carry_crashes(headers),
        ATTEMPTS: attempts_made(headers) + 1,
        FIRST_FAILURE_AT: headers.get(FIRST_FAILURE_AT) or now_iso(),
        LAST_ERROR: describe(error),
    }


def dead_letter_headers(
    stage: str, headers: dict[str, Any], error: BaseException
) -> dict[str, Any]:
    """Headers that say, for a person reading the dead-letter queue, what went wrong."""
    failed_at = now_iso()
    # Each delivery that died with the worker was an attempt too (the carried ones included).
    this_life = error.deliveries if isinstance(error, WorkerDied) else 1
    return {
        **without_broker_counts(headers),
        DEAD_STAGE: stage,
        DEAD_ERROR_CLASS: classify(error),
        DEAD_ERROR_TYPE: type(error).__name__,
        DEAD_ERROR: describe(error),
        DEAD_ATTEMPTS: attempts_made(headers) + this_life,
        DEAD_FIRST_FAILURE_AT: headers.get(FIRST_FAILURE_AT) or failed_at,
        DEAD_LAST_FAILURE_AT: failed_at,
        DEAD_HOST: socket.gethostname(),
    }


def transient_defer(error: BaseException) -> float | None:
    return error.defer if isinstance(error, TransientError) else None
