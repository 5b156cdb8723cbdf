"""Benchmark 1: what the consumer runtime costs over a bare aio-pika loop.

Both loops read the same pre-filled queue (``{prefix}.transcribe``) and publish each
message with a confirm to ``{prefix}.extract`` before acking it, with the same
prefetch. The bare loop forwards the body as it is; the runtime runs the project's
``Worker`` with a pass-through stage, so it pays for everything the runtime adds:
contract parsing and re-serialising, headers, metrics, in-flight tracking.

The clock starts at the first delivery and stops when the output queue holds every
message, so connection set-up and declarations are outside both figures.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import time
from collections.abc import Awaitable, Callable

import aio_pika
from aio_pika.abc import AbstractChannel, AbstractIncomingMessage

from benchmarks.common import Row, Sizes, median, unique_topology, wait_until
from consumers import broker
from consumers.broker import delete_topology
from consumers.failures import RetryPolicy
from consumers.worker import Worker
from messages import AudioTrimmed, StageMessage, Transcript

SOURCE_STAGE = "transcribe"
TARGET_STAGE = "extract"
TIMEOUT_SECONDS = 300.0

Loop = Callable[[str, broker.Topology, int, list[float]], Awaitable[Callable[[], Awaitable[None]]]]


async def run(url: str, sizes: Sizes) -> list[Row]:
    topology = unique_topology("overhead")
    connection = await aio_pika.connect(url)
    try:
        channel = await broker.open_channel(connection)
        await broker.declare_stage(channel, topology, SOURCE_STAGE)
        await broker.declare_stage(channel, topology, TARGET_STAGE)
        bare: list[float] = []
        runtime: list[float] = []
        # Alternating rounds share out the machine's background noise evenly.
        for _ in range(sizes.overhead_rounds):
            bare.append(await _measure(_bare_loop, url, channel, topology, sizes))
            runtime.append(await _measure(_worker_loop, url, channel, topology, sizes))
    finally:
        await connection.close()
        await delete_topology(url, topology)
    bare_rate, runtime_rate = median(bare), median(runtime)
    ratio = runtime_rate / bare_rate
    return [
        Row(
            bench=1,
            name="runtime overhead: pass-through stage via Worker",
            value=runtime_rate,
            unit="msg/s",
            baseline=f"bare aio-pika loop {bare_rate:.0f} msg/s",
            ratio=ratio,
            target="≥ 0.75 × bare",
            met=ratio >= 0.75,
            notes=(
                f"{sizes.overhead_messages} msgs, prefetch {sizes.overhead_prefetch}, "
                f"quorum queues, persistent, confirms; median of {sizes.overhead_rounds}"
            ),
            extra={"bare_rates": bare, "runtime_rates": runtime},
        )
    ]


async def _measure(
    start_loop: Loop,
    url: str,
    channel: AbstractChannel,
    topology: broker.Topology,
    sizes: Sizes,
) -> float:
    await (await channel.get_queue(topology.work(TARGET_STAGE))).purge()
    await _fill(channel, topology, sizes.overhead_messages)
    first_delivery: list[float] = []
    stop = await start_loop(url, topology, sizes.overhead_prefetch, first_delivery)
    try:
        await wait_until(
            lambda: _holds(channel, topology.work(TARGET_STAGE), sizes.overhead_messages),
            timeout=TIMEOUT_SECONDS,
            what="the output queue to fill",
            interval=0.005,
        )
        finished = time.perf_counter()
    finally:
        await stop()
    return sizes.overhead_messages / (finished - first_delivery[0])


async def _fill(channel: AbstractChannel, topology: broker.Topology, count: int) -> None:
    body = _sample_message().model_dump_json().encode()
    name = topology.work(SOURCE_STAGE)
    batch = 200
    for start in range(0, count, batch):
        await asyncio.gather(
            *(broker.publish(channel, name, body) for _ in range(min(batch, count - start)))
        )


def _sample_message() -> AudioTrimmed:
    return AudioTrimmed(
        fiche_id=42,
        path="/data/jobs/0/trimmed.wav",
        original_seconds=180.0,
        trimmed_seconds=120.0,
        kept_spans=[{"start": 0.5, "end": 60.0}, {"start": 62.0, "end": 122.5}],
    )


async def _holds(channel: AbstractChannel, queue_name: str, count: int) -> bool:
    declared = await channel.declare_queue(queue_name, passive=True)
    return (declared.declaration_result.message_count or 0) >= count


async def _bare_loop(
    url: str, topology: broker.Topology, prefetch: int, first_delivery: list[float]
) -> Callable[[], Awaitable[None]]:
    connection = await aio_pika.connect(url)
    channel = await connection.channel(publisher_confirms=True)
    await channel.set_qos(prefetch_count=prefetch)
    queue = await channel.get_queue(topology.work(SOURCE_STAGE))
    target = topology.work(TARGET_STAGE)

    async def forward(message: AbstractIncomingMessage) -> None:
        if not first_delivery:
            first_delivery.append(time.perf_counter())
        outgoing = aio_pika.Message(message.body, delivery_mode=aio_pika.DeliveryMode.PERSISTENT)
        await channel.default_exchange.publish(outgoing, routing_key=target)
        await message.ack()

    tag = await queue.consume(forward)

    async def stop() -> None:
        await queue.cancel(tag)
        await connection.close()

    return stop


async def _worker_loop(
    url: str, topology: broker.Topology, prefetch: int, first_delivery: list[float]
) -> Callable[[], Awaitable[None]]:
    async def pass_through(message: StageMessage) -> StageMessage:
        if not first_delivery:
            first_delivery.append(time.perf_counter())
        assert isinstance(message, AudioTrimmed)
        return Transcript(
            **message.carry(),
            text="",
            language="fr",
            backend="pass-through",
            audio_seconds=message.trimmed_seconds,
            path=message.path,
        )

    worker = Worker(
        SOURCE_STAGE,
        pass_through,
        rabbitmq_url=url,
        topology=topology,
        prefetch=prefetch,
        retry=RetryPolicy(),
        metrics_port=0,
        shutdown_grace_seconds=10.0,
    )
    task = asyncio.create_task(worker.run())

    async def stop() -> None:
        worker.stop()
        await task
        # The worker took SIGINT/SIGTERM for itself; give them back to the benchmark.
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(signum)

    return stop
