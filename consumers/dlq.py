"""``audio-nlp dlq``: read, replay and purge the dead-letter queues.

Reading never loses a message: everything is fetched unacked on one channel and goes
back to its queue when the channel closes, except what a replay acks, and a replayed
message is acked only after its republish was confirmed.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import aio_pika
from aio_pika.abc import AbstractChannel, AbstractIncomingMessage

from consumers import broker, failures, timeline
from consumers.stage_table import STAGES

# Headers that belong to one life of the message; a replay starts a fresh one. The broker's
# counts go too: a stale ``x-delivery-count`` would spend the replay's delivery budget.
_LIFE_HEADERS = (
    failures.ATTEMPTS,
    failures.FIRST_FAILURE_AT,
    failures.LAST_ERROR,
    failures.DELIVERY_COUNT,
    failures.CRASHES,
    "x-death",
    "x-first-death-exchange",
    "x-first-death-queue",
    "x-first-death-reason",
)
# What the broker names a dead letter its queue's ``delivery-limit`` made.
BROKER_DELIVERY_LIMIT = "delivery_limit"


@dataclass(frozen=True)
class DeadLetter:
    """One dead message as a person or a script sees it."""

    stage: str
    job_id: str | None
    fiche_id: int | None
    error_class: str
    error: str
    attempts: int
    first_failure_at: str
    last_failure_at: str
    host: str
    body: str

    @classmethod
    def from_message(
        cls,
        stage: str,
        message: AbstractIncomingMessage,
        broker_delivery_limit: int | None = None,
    ) -> DeadLetter:
        """Read a dead letter; ``broker_delivery_limit`` is the work queues' policy limit.

        A dead letter the broker made (its ``delivery-limit`` ran out) carries none of our
        ``x-dead-*`` headers, only ``x-death``; it is shown with the worker's own reason.
        """
        headers = dict(message.headers or {})
        if failures.DEAD_ERROR not in headers:
            headers.update(_broker_dead_letter_headers(stage, headers, broker_delivery_limit))
        body = message.body.decode("utf-8", errors="replace")
        parsed = _json_object(body)
        job_id = parsed.get("job_id") or headers.get("x-job-id") or message.message_id
        fiche = parsed.get("fiche_id", headers.get("x-fiche-id"))
        return cls(
            stage=stage,
            job_id=str(job_id) if job_id else None,
            fiche_id=fiche if isinstance(fiche, int) else None,
            error_class=str(headers.get(failures.DEAD_ERROR_CLASS, "?")),
            error=str(headers.get(failures.DEAD_ERROR, "?")),
            attempts=_as_int(headers.get(failures.DEAD_ATTEMPTS)),
            first_failure_at=str(headers.get(failures.DEAD_FIRST_FAILURE_AT, "")),
            last_failure_at=str(headers.get(failures.DEAD_LAST_FAILURE_AT, "")),
            host=str(headers.get(failures.DEAD_HOST, "")),
            body=body,
        )


def _broker_dead_letter_headers(
    stage: str, headers: dict[str, Any], broker_delivery_limit: int | None
) -> dict[str, Any]:
    """Our ``x-dead-*`` headers for a dead letter made by the broker's ``delivery-limit``."""
    deaths = headers.get("x-death")
    death = next(
        (
            entry
            for entry in (deaths if isinstance(deaths, list) else [])
            if isinstance(entry, dict) and entry.get("reason") == BROKER_DELIVERY_LIMIT
        ),
        None,
    )
    if death is None:
        return {}
    # The quorum queue dead-letters on the return that takes the count past its limit; a
    # suspect also carries what its work queue counted.
    deliveries = (
        broker_delivery_limit + 1 + failures.carried_crashes(headers)
        if broker_delivery_limit is not None
        else None
    )
    if deliveries is not None:
        reason = failures.crash_loop_reason(deliveries)
    else:
        reason = (
            "delivered more times than the queue's delivery-limit without an outcome: "
            "the worker died while handling it"
        )
    when = death.get("time")
    at = when.isoformat(timespec="milliseconds") if isinstance(when, datetime) else ""
    return {
        failures.DEAD_STAGE: stage,
        failures.DEAD_ERROR_CLASS: failures.classify(failures.WorkerDied(deliveries or 0)),
        failures.DEAD_ERROR_TYPE: BROKER_DELIVERY_LIMIT,
        failures.DEAD_ERROR: reason,
        failures.DEAD_ATTEMPTS: failures.attempts_made(headers) + (deliveries or 0),
        failures.DEAD_FIRST_FAILURE_AT: headers.get(failures.FIRST_FAILURE_AT) or at,
        failures.DEAD_LAST_FAILURE_AT: at,
        failures.DEAD_HOST: f"broker (queue {death.get('queue', '?')})",
    }


def _as_int(value: object) -> int:
    return value if isinstance(value, int) else 0


def _json_object(body: str) -> dict[str, Any]:
    try:
        value = json.loads(body)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


@dataclass
class StageSummary:
    stage: str
    count: int = 0
    oldest: str | None = None
    errors: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True)
class Filter:
    """Which dead letters a replay takes."""

    job_id: str | None = None
    error_contains: str | None = None

    def matches(self, letter: DeadLetter) -> bool:
        if self.job_id and letter.job_id != self.job_id:
            return False
        return not (self.error_contains and self.error_contains.lower() not in letter.error.lower())


class DeadLetters:
    """Operations on the dead-letter queues of one deployment."""

    def __init__(
        self,
        rabbitmq_url: str,
        topology: broker.Topology,
        *,
        broker_delivery_limit: int | None = None,
        timeline_limits: timeline.Limits | None = None,
    ) -> None:
        """``timeline_limits``: retention of the job timeline stream a replay records to."""
        self.rabbitmq_url = rabbitmq_url
        self.topology = topology
        self.broker_delivery_limit = broker_delivery_limit
        self.timeline_limits = timeline_limits or timeline.Limits()

    @asynccontextmanager
    async def _channel(self) -> AsyncIterator[AbstractChannel]:
        connection = await aio_pika.connect(self.rabbitmq_url)
        async with connection:
            channel = await broker.open_channel(connection)
            for stage in STAGES:
                await broker.declare_stage(channel, self.topology, stage)
            yield channel

    async def _fetch(
        self, channel: AbstractChannel, stage: str
    ) -> AsyncIterator[tuple[AbstractIncomingMessage, DeadLetter]]:
        queue = await channel.get_queue(self.topology.dead(stage))
        while (message := await queue.get(no_ack=False, fail=False)) is not None:
            yield message, DeadLetter.from_message(stage, message, self.broker_delivery_limit)

    async def letters(self, stages: Iterable[str] = STAGES) -> list[DeadLetter]:
        found: list[DeadLetter] = []
        for stage in stages:
            # One channel per stage: closing it hands that stage's messages back, in order.
            async with self._channel() as channel:
                found.extend([letter async for _, letter in self._fetch(channel, stage)])
        return found

    async def summary(self) -> list[StageSummary]:
        summaries = {stage: StageSummary(stage) for stage in STAGES}
        for letter in await self.letters():
            item = summaries[letter.stage]
            item.count += 1
            item.errors[letter.error] += 1
            if letter.last_failure_at and (
                item.oldest is None or letter.last_failure_at < item.oldest
            ):
                item.oldest = letter.last_failure_at
        return list(summaries.values())

    async def replay(
        self,
        stages: Iterable[str],
        which: Filter,
        *,
        limit: int | None = None,
        dry_run: bool = False,
    ) -> list[DeadLetter]:
        """Republish matching dead letters to their stage's work queue with attempts reset."""
        replayed: list[DeadLetter] = []
        events = await aio_pika.connect(self.rabbitmq_url)
        async with (
            events,
            timeline.Recorder(events, self.topology, self.timeline_limits) as recorder,
        ):
            for stage in stages:
                await self._replay_stage(stage, which, recorder, replayed, limit, dry_run)
        return replayed

    async def _replay_stage(
        self,
        stage: str,
        which: Filter,
        recorder: timeline.Recorder,
        replayed: list[DeadLetter],
        limit: int | None,
        dry_run: bool,
    ) -> None:
        async with self._channel() as channel:
            async for message, letter in self._fetch(channel, stage):
                if limit is not None and len(replayed) >= limit:
                    break
                if not which.matches(letter):
                    continue
                if not dry_run:
                    await broker.publish(
                        channel,
                        self.topology.work(stage),
                        message.body,
                        message_id=message.message_id,
                        headers=_fresh_headers(message),
                    )
                    await message.ack()
                    if letter.job_id:
                        await recorder.publish(
                            timeline.Event(
                                letter.job_id,
                                letter.fiche_id,
                                stage,
                                "replayed",
                                timeline.now(),
                            )
                        )
                replayed.append(letter)

    async def purge(self, stage: str) -> int:
        async with self._channel() as channel:
            queue = await channel.get_queue(self.topology.dead(stage))
            result = await queue.purge()
            return result.message_count or 0


def _fresh_headers(message: AbstractIncomingMessage) -> dict[str, Any]:
    headers = dict(message.headers or {})
    for name in _LIFE_HEADERS:
        headers.pop(name, None)
    return {key: value for key, value in headers.items() if not key.startswith("x-dead-")}


def format_summary(summaries: list[StageSummary]) -> str:
    lines = [f"{'stage':<11} {'dead':>5}  oldest"]
    for item in summaries:
        lines.append(f"{item.stage:<11} {item.count:>5}  {item.oldest or '-'}")
        for error, count in item.errors.most_common():
            lines.append(f"{'':<11} {count:>5}  × {error}")
    return "\n".join(lines)


def format_letter(letter: DeadLetter) -> str:
    return (
        f"job {letter.job_id} (fiche {letter.fiche_id}) dead in {letter.stage}\n"
        f"  error ({letter.error_class}): {letter.error}\n"
        f"  attempts: {letter.attempts}; first failure {letter.first_failure_at}; "
        f"last {letter.last_failure_at} on {letter.host}\n"
        f"  body: {letter.body[:500]}"
    )
