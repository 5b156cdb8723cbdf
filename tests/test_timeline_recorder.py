"""The timeline recorder against a real broker: events recorded close together share a
message, and every one of them is read back."""

from __future__ import annotations

import asyncio
import time

import aio_pika
import pytest

from consumers import timeline
from consumers.broker import Topology

pytestmark = [pytest.mark.broker]

LIMITS = timeline.Limits(max_age="1h", max_bytes=5_000_000, segment_bytes=1_000_000)


def _event(job: int, kind: str = "done") -> timeline.Event:
    return timeline.Event(
        job_id=f"job-{job}", fiche_id=job, stage="trim", kind=kind, at=timeline.now()
    )


async def _stream_messages(url: str, topology: Topology) -> list[bytes]:
    """Every message body of the timeline stream, read with a consumer of our own."""
    connection = await aio_pika.connect(url)
    async with connection:
        channel = await connection.channel()
        await channel.set_qos(prefetch_count=100)
        queue = await timeline.declare(channel, topology, LIMITS)
        tail = await timeline._tail_offset(queue)
        bodies: list[bytes] = []
        if tail is None:
            return bodies
        async with timeline._deliveries(queue, "first") as arrived:
            while True:
                message = await arrived.get()
                bodies.append(message.body)
                if timeline._offset(message.headers) >= tail and arrived.empty():
                    return bodies


async def test_events_recorded_together_go_out_as_one_message_and_all_read_back(
    broker_url: str, topology: Topology
) -> None:
    connection = await aio_pika.connect_robust(broker_url)
    async with connection:
        async with timeline.Recorder(connection, topology, LIMITS) as recorder:
            # No await between them: all fifty wait for the first publish together.
            for job in range(50):
                recorder.record(_event(job))
        # Awaited alone, as a replay records: a message of its own.
        async with timeline.Recorder(connection, topology, LIMITS) as recorder:
            await recorder.publish(_event(7, kind="replayed"))

    bodies = await _stream_messages(broker_url, topology)
    assert len(bodies) == 2, bodies
    assert [len(timeline.Event.decode(body)) for body in bodies] == [50, 1]

    history = await timeline.read_events(broker_url, topology, LIMITS, job_id="job-7")
    assert [event.kind for event in history] == ["done", "replayed"]
    for job in (0, 25, 49):  # the first, a middle and the last of the batch
        found = await timeline.read_events(broker_url, topology, LIMITS, fiche_id=job)
        assert [event.job_id for event in found] == [f"job-{job}"]


async def test_events_recorded_apart_wait_for_each_other_and_closing_sends_them(
    broker_url: str, topology: Topology
) -> None:
    """Events a few ms apart, with the event loop free between them, share one message
    while they linger; closing the recorder sends them at once, not after the linger."""
    connection = await aio_pika.connect_robust(broker_url)
    async with connection:
        recorder = timeline.Recorder(connection, topology, LIMITS, linger=30.0)
        async with recorder:
            for job in range(5):
                recorder.record(_event(job))
                await asyncio.sleep(0.01)  # the sender task runs between records
            closing = time.monotonic()
        closed_after = time.monotonic() - closing

    assert closed_after < 10.0  # far under the linger: closing did not wait it out
    bodies = await _stream_messages(broker_url, topology)
    assert [len(timeline.Event.decode(body)) for body in bodies] == [5]


def test_a_single_event_body_from_before_batching_still_decodes() -> None:
    # Streams keep days of history: events written one per message must still be read.
    event, other = _event(3), _event(4)
    assert timeline.Event.decode(event.encode()) == [event]
    assert timeline.Event.decode(timeline.encode_batch([event, other])) == [event, other]
    assert timeline.Event.decode(b"not json") == []
    assert timeline.Event.decode(b'[{"unknown": 1}, ' + event.encode() + b"]") == [event]
