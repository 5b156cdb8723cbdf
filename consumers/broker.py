"""RabbitMQ topology and confirmed publishing: what every process needs from the broker.

Each stage owns three kinds of queue, all on the default exchange:

- ``{prefix}.{stage}``: the work queue (quorum, durable);
- ``{prefix}.{stage}.retry``: a classic queue without consumers where failed messages
  wait out their per-message ``expiration``, then dead-letter back to the work queue;
- ``{prefix}.{stage}.dead``: the dead-letter queue (quorum) that people read and replay.
"""

from __future__ import annotations

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

    def retry(self, stage: str) -> str:
        return f"{self.prefix}.{stage}.retry"

    def dead(self, stage: str) -> str:
        return f"{self.prefix}.{stage}.dead"


async def connect(url: str) -> AbstractRobustConnection:
    """A robust connection: it reconnects and redeclares after a broker restart."""
    return await aio_pika.connect_robust(url, client_properties={"connection_name": "audio-nlp"})


async def open_channel(connection: AbstractConnection) -> AbstractChannel:
    """A channel whose publishes return only once the broker confirmed them.

    With ``on_return_raises`` a message no queue took (``mandatory``) is an error, not a
    confirmed drop.
    """
    return await connection.channel(publisher_confirms=True, on_return_raises=True)


async def declare_stage(channel: AbstractChannel, topology: Topology, stage: str) -> AbstractQueue:
    """Declare the stage's work, retry and dead-letter queues; return the work queue."""
    work = await channel.declare_queue(
        topology.work(stage), durable=True, arguments={"x-queue-type": "quorum"}
    )
    await channel.declare_queue(
        topology.retry(stage),
        durable=True,
        arguments={
            # Classic, because quorum queues only expire messages at the head in 3.10 and
            # dead-letter them at-most-once; expired retries must come back reliably.
            "x-queue-type": "classic",
            "x-dead-letter-exchange": "",
            "x-dead-letter-routing-key": topology.work(stage),
        },
    )
    await channel.declare_queue(
        topology.dead(stage), durable=True, arguments={"x-queue-type": "quorum"}
    )
    return work


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
