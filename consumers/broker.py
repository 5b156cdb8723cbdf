"""RabbitMQ topology and confirmed publishing: what every process needs from the broker.

Each stage owns four kinds of queue, all on the default exchange:

- ``{prefix}.{stage}``: the work queue (quorum, durable);
- ``{prefix}.{stage}.suspect``: messages that came back from a worker that died holding
  them (quorum); each worker takes one at a time and handles it alone, so a death while it
  runs is that message's own (``consumers.worker``);
- ``{prefix}.{stage}.retry`` (and ``.retry.2``, ``.retry.3``… one per further step of
  ``RETRY_DELAYS``): quorum queues without consumers where failed messages wait out their
  per-message ``expiration``, then dead-letter back to the work queue;
- ``{prefix}.{stage}.dead``: the dead-letter queue (quorum) that people read and replay.

Why one retry queue per delay step: RabbitMQ expires a message only once it reaches the
head of its queue, so a 600 s retry at the head would hold every 5 s retry behind it for
ten minutes. Within a step, delays differ only by jitter.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from typing import Any

import aio_pika
from aio_pika.abc import (
    AbstractChannel,
    AbstractConnection,
    AbstractQueue,
    AbstractRobustConnection,
    DeliveryMode,
)

log = logging.getLogger(__name__)

JSON = "application/json"


@dataclass(frozen=True)
class Topology:
    """Queue names for one deployment (``QUEUE_PREFIX``)."""

    prefix: str = "audio-nlp"

    def work(self, stage: str) -> str:
        return f"{self.prefix}.{stage}"

    def retry(self, stage: str, tier: int = 0) -> str:
        """The retry queue of delay step ``tier`` (0: the first, shortest delay)."""
        suffix = f".{tier + 1}" if tier else ""
        return f"{self.prefix}.{stage}.retry{suffix}"

    def retry_tiers(self, stage: str, count: int) -> list[str]:
        return [self.retry(stage, tier) for tier in range(max(count, 1))]

    def dead(self, stage: str) -> str:
        return f"{self.prefix}.{stage}.dead"

    def suspect(self, stage: str) -> str:
        return f"{self.prefix}.{stage}.suspect"

    def timeline(self) -> str:
        """The stream of job events (``consumers.timeline``)."""
        return f"{self.prefix}.timeline"


# aio-pika's default is 5 s; a restarted broker is back in seconds and every second
# of reconnect delay is a second of 503s at the ingress and idle workers.
RECONNECT_INTERVAL_SECONDS = 1.0


async def connect(url: str) -> AbstractRobustConnection:
    """A robust connection: it reconnects and redeclares after a broker restart."""
    return await aio_pika.connect_robust(
        url,
        client_properties={"connection_name": "audio-nlp"},
        reconnect_interval=RECONNECT_INTERVAL_SECONDS,
    )


async def open_channel(connection: AbstractConnection) -> AbstractChannel:
    """A channel whose publishes return only once the broker confirmed them.

    With ``on_return_raises`` a message no queue took (``mandatory``) is an error, not a
    confirmed drop.
    """
    return await connection.channel(publisher_confirms=True, on_return_raises=True)


async def declare_stage(channel: AbstractChannel, topology: Topology, stage: str) -> AbstractQueue:
    """Declare the stage's work, suspect, retry and dead-letter queues; return the work queue."""
    work = await channel.declare_queue(
        topology.work(stage), durable=True, arguments={"x-queue-type": "quorum"}
    )
    await declare_suspects(channel, topology, stage)
    await declare_retry_tiers(channel, topology, stage, 1)
    await channel.declare_queue(
        topology.dead(stage), durable=True, arguments={"x-queue-type": "quorum"}
    )
    return work


async def declare_suspects(
    channel: AbstractChannel, topology: Topology, stage: str
) -> AbstractQueue:
    """Declare the stage's suspect queue (new in this release: no previous arguments to keep)."""
    return await channel.declare_queue(
        topology.suspect(stage), durable=True, arguments={"x-queue-type": "quorum"}
    )


async def declare_retry_tiers(
    channel: AbstractChannel, topology: Topology, stage: str, count: int
) -> None:
    """Declare the stage's first ``count`` retry queues."""
    for name in topology.retry_tiers(stage, count):
        await channel.declare_queue(
            name,
            durable=True,
            arguments={
                # Quorum with at-least-once dead-lettering: a classic queue (or the
                # at-most-once default) drops a retry whose delay ran out while the broker
                # was down, because at boot the work queue is not up to take it yet.
                "x-queue-type": "quorum",
                "x-dead-letter-exchange": "",
                "x-dead-letter-routing-key": topology.work(stage),
                "x-dead-letter-strategy": "at-least-once",
                "x-overflow": "reject-publish",
            },
        )


def make_message(
    body: bytes,
    *,
    message_id: str | None = None,
    headers: dict[str, Any] | None = None,
    expiration_seconds: float | None = None,
) -> aio_pika.Message:
    return aio_pika.Message(
        body,
        content_type=JSON,
        delivery_mode=DeliveryMode.PERSISTENT,
        message_id=message_id,
        headers=headers or {},
        expiration=expiration_seconds,
    )


async def publish(
    channel: AbstractChannel,
    routing_key: str,
    body: bytes,
    *,
    message_id: str | None = None,
    headers: dict[str, Any] | None = None,
    expiration_seconds: float | None = None,
) -> None:
    """Publish persistently on the default exchange; returns once the broker confirmed.

    ``mandatory`` makes an unroutable message (queue not declared) an error rather than
    a silent drop.
    """
    message = make_message(
        body, message_id=message_id, headers=headers, expiration_seconds=expiration_seconds
    )
    await channel.default_exchange.publish(message, routing_key=routing_key, mandatory=True)


async def delete_topology(url: str, topology: Topology, *, retry_steps: int = 8) -> None:
    """Delete every queue of a deployment prefix (throwaway stacks: tests, demo, benchmarks).

    ``retry_steps`` covers more retry queues than any configuration here declares.
    """
    # Imported here: the table brings in every stage, and the ingress needs none of them.
    from consumers.stage_table import STAGES

    connection = await aio_pika.connect(url)
    async with connection:
        for stage in STAGES:
            retries = topology.retry_tiers(stage, retry_steps)
            names = (topology.work(stage), topology.suspect(stage), *retries, topology.dead(stage))
            for name in (*names, topology.timeline()):
                # A missing queue closes the channel (404), so one channel per delete.
                channel = await connection.channel()
                with contextlib.suppress(aio_pika.exceptions.ChannelClosed):
                    await channel.queue_delete(name)
                if not channel.is_closed:
                    await channel.close()
