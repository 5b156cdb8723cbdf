"""The KEDA overlay scales on work in progress, within the AssemblyAI account's concurrency.

The rendered ScaledObjects are read from ``kubectl kustomize``; the number they scale on
(the management API's ``messages``, which KEDA's ``protocol: http`` reads) is checked on a
private broker that holds unacknowledged messages with none ready.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aio_pika
import httpx
import pytest
import yaml

from consumers.stage_table import STAGES, stage
from tests.rabbit_node import RabbitNode, managed_rabbit
from tests.test_ops import K8S, build, of_kind
from tests.waiting import wait_until_async

BOUNDS = K8S / "overlays" / "keda" / "scaling-bounds.yaml"
IN_FLIGHT = 12


def scaled_objects() -> dict[str, dict[str, Any]]:
    docs = build("keda")
    return {doc["spec"]["scaleTargetRef"]["name"]: doc for doc in of_kind(docs, "ScaledObject")}


def bounds() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(Path(BOUNDS).read_text())["spec"]
    return spec


def test_every_stage_scales_on_ready_plus_unacknowledged_messages() -> None:
    scaled = scaled_objects()
    assert set(scaled) == {f"audio-nlp-{name}" for name in STAGES}
    for name in STAGES:
        (trigger,) = scaled[f"audio-nlp-{name}"]["spec"]["triggers"]
        metadata = trigger["metadata"]
        assert trigger["type"] == "rabbitmq"
        assert metadata["queueName"] == f"audio-nlp.{name}"
        assert metadata["mode"] == "QueueLength"
        # amqp counts ready messages only; http counts ready + unacknowledged.
        assert metadata["protocol"] == "http", name
        assert metadata.get("excludeUnacknowledged", "false") == "false", name
        assert trigger["authenticationRef"]["name"] == "audio-nlp-rabbitmq"
    (auth,) = of_kind(build("keda"), "TriggerAuthentication")
    (host,) = auth["spec"]["secretTargetRef"]
    assert (host["parameter"], host["name"], host["key"]) == (
        "host",
        "audio-nlp-secrets",
        "RABBITMQ_MANAGEMENT_URL",
    )


def test_the_hpa_owns_the_worker_replica_counts() -> None:
    for doc in of_kind(build("keda"), "Deployment"):
        if doc["metadata"]["name"] in {f"audio-nlp-{name}" for name in STAGES}:
            assert "replicas" not in doc["spec"], doc["metadata"]["name"]


def test_transcription_in_flight_stays_within_the_assemblyai_concurrency() -> None:
    docs = build("keda")
    assert not of_kind(docs, "ScalingBounds"), "the bounds are an input, never applied"
    (deployment,) = [
        doc
        for doc in of_kind(docs, "Deployment")
        if doc["metadata"]["name"] == "audio-nlp-transcribe"
    ]
    (worker,) = deployment["spec"]["template"]["spec"]["containers"]
    env = {item["name"]: item.get("value") for item in worker["env"]}
    prefetch = int(env["PREFETCH"])
    transcribe = scaled_objects()["audio-nlp-transcribe"]["spec"]
    max_replicas = transcribe["maxReplicaCount"]
    assert isinstance(max_replicas, int)
    # The trigger's target per replica is what one replica holds.
    assert int(transcribe["triggers"][0]["metadata"]["value"]) == prefetch
    assert max_replicas * prefetch <= bounds()["assemblyaiConcurrency"]
    # The values are the bounds file's, so changing one place changes the build.
    assert max_replicas == bounds()["transcribe"]["maxReplicas"]
    assert prefetch == int(bounds()["transcribe"]["prefetch"])


def test_every_other_trigger_targets_its_stage_prefetch() -> None:
    scaled = scaled_objects()
    for name in STAGES:
        value = int(scaled[f"audio-nlp-{name}"]["spec"]["triggers"][0]["metadata"]["value"])
        assert value == stage(name).prefetch, name


@pytest.fixture(scope="module")
def managed_node(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RabbitNode, str]]:
    with managed_rabbit(tmp_path_factory.mktemp("rabbit-keda")) as managed:
        yield managed


@pytest.mark.broker
@pytest.mark.slow
async def test_the_counted_number_includes_messages_in_flight(
    managed_node: tuple[RabbitNode, str],
) -> None:
    """A worker holding every message leaves 0 ready; the http count still sees them all."""
    node, api = managed_node
    queue_name = "audio-nlp.transcribe"
    connection = await aio_pika.connect(node.url)
    async with connection:
        channel = await connection.channel()
        await channel.set_qos(prefetch_count=IN_FLIGHT)
        queue = await channel.declare_queue(
            queue_name, durable=True, arguments={"x-queue-type": "quorum"}
        )
        for number in range(IN_FLIGHT):
            await channel.default_exchange.publish(
                aio_pika.Message(f"job {number}".encode()), routing_key=queue_name
            )
        held: list[aio_pika.abc.AbstractIncomingMessage] = []

        async def hold(message: aio_pika.abc.AbstractIncomingMessage) -> None:
            held.append(message)

        await queue.consume(hold)
        await wait_until_async(lambda: len(held) == IN_FLIGHT, timeout=30, message="all held")

        (url, auth) = _split(api)
        async with httpx.AsyncClient(base_url=url, auth=auth) as client:

            async def counted() -> dict[str, Any] | None:
                # The queue endpoint KEDA's http protocol reads for QueueLength.
                answer = await client.get(f"/api/queues/{quote('/', safe='')}/{queue_name}")
                stats: dict[str, Any] = answer.json()
                # The API's counts lag by its collection interval: wait until they show
                # the held messages as unacknowledged.
                if stats.get("messages_unacknowledged") != IN_FLIGHT:
                    return None
                return stats

            stats = await wait_until_async(counted, timeout=60, message="stats to settle")
        assert stats["messages_ready"] == 0  # what the amqp protocol would scale on
        assert stats["messages"] == IN_FLIGHT  # what the http protocol scales on
        for message in held:
            await message.ack()


def _split(api: str) -> tuple[str, tuple[str, str]]:
    scheme, rest = api.split("://", 1)
    credentials, host = rest.split("@", 1)
    user, password = credentials.split(":", 1)
    return f"{scheme}://{host}", (user, password)
