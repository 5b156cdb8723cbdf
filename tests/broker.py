"""Finding a RabbitMQ for the tests: ``RABBITMQ_URL``, the local broker, or a container.

Never a silent pass: without a broker the broker tests fail with one line saying how
to provide one.
"""

from __future__ import annotations

import os
import shutil
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import aio_pika
from aio_pika.abc import AbstractChannel

from consumers.broker import Topology

LOCAL_URL = "amqp://guest:guest@127.0.0.1:5672/"
NO_BROKER = (
    "no RabbitMQ for the broker tests: set RABBITMQ_URL, start one on 127.0.0.1:5672 "
    "(apt-get install rabbitmq-server && rabbitmq-server -detached), or run a Docker engine "
    "for testcontainers"
)


def _port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1.0):
            return True
    except OSError:
        return False


@contextmanager
def rabbitmq_url() -> Iterator[str]:
    """The broker to test against, in the documented order."""
    if url := os.environ.get("RABBITMQ_URL"):
        yield url
        return
    if _port_open("127.0.0.1", 5672):
        yield LOCAL_URL
        return
    if shutil.which("docker") and _docker_engine_up():
        from testcontainers.rabbitmq import RabbitMqContainer

        with RabbitMqContainer("rabbitmq:3.13-management") as container:
            host = container.get_container_host_ip()
            port = container.get_exposed_port(5672)
            yield f"amqp://guest:guest@{host}:{port}/"
        return
    raise RuntimeError(NO_BROKER)


def _docker_engine_up() -> bool:
    try:
        import docker

        docker.from_env().ping()
        return True
    except Exception:
        return False


def unique_topology() -> Topology:
    """A prefix per test so tests never see each other's messages."""
    return Topology(f"test-{uuid.uuid4().hex[:10]}")


async def drain(
    channel: AbstractChannel, queue_name: str
) -> list[aio_pika.abc.AbstractIncomingMessage]:
    """Everything in a queue now (acked), without waiting for more."""
    queue = await channel.get_queue(queue_name)
    messages = []
    while (message := await queue.get(fail=False)) is not None:
        await message.ack()
        messages.append(message)
    return messages


async def has_consumer(url: str, queue_name: str) -> bool:
    """Whether ``queue_name`` exists and someone consumes it (a worker is ready)."""
    connection = await aio_pika.connect(url)
    async with connection:
        channel = await connection.channel()
        try:
            queue = await channel.declare_queue(queue_name, passive=True)
        except aio_pika.exceptions.ChannelClosed:
            return False
        return bool(queue.declaration_result.consumer_count)
