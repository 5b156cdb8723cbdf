"""Secrets never surface: the whole local stack runs with recognisable fake keys, then
every log, the backend's received records and the dead-letter headers are searched.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from uuid import uuid4

import aio_pika
import httpx
import pytest

from consumers.broker import Topology
from consumers.settings import load_settings
from devkit.stack import SAMPLES_DIR, LocalStack, local_stack, serve_directory
from tests.broker import drain
from tests.waiting import wait_until

pytestmark = [pytest.mark.broker, pytest.mark.slow]

ASSEMBLYAI_KEY = "sk-aai-SECRET-canary-1234"
OPENAI_KEY = "sk-oa-SECRET-canary-5678"
WEBHOOK_SECRET = "whk-SECRET-canary-9012"
INGRESS_TOKEN = "ing-SECRET-canary-3456"
URL_SIGNATURE = "sig-SECRET-canary-7777"  # a signed audio URL's query string is a secret too
CANARIES = (ASSEMBLYAI_KEY, OPENAI_KEY, WEBHOOK_SECRET, INGRESS_TOKEN, URL_SIGNATURE)

SECRET_ENV = {
    "ASSEMBLYAI_API_KEY": ASSEMBLYAI_KEY,
    "OPENAI_API_KEY": OPENAI_KEY,
    "WEBHOOK_SECRET": WEBHOOK_SECRET,
    "INGRESS_TOKENS": f"other-token-not-used,{INGRESS_TOKEN}",
}


def leaked(text: str) -> list[str]:
    return [canary for canary in CANARIES if canary in text]


@pytest.fixture(scope="module")
def audio_host() -> Iterator[str]:
    with serve_directory(SAMPLES_DIR) as url:
        yield url


@pytest.fixture(scope="module")
def prefix() -> str:
    return f"secrets-{uuid4().hex[:8]}"


@pytest.fixture(scope="module")
def finished_stack(
    broker_url: str, audio_host: str, prefix: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LocalStack]:
    """A stack that has delivered a good call and dead-lettered failing ones, then stopped."""
    workdir = tmp_path_factory.mktemp("secrets")
    env = {**SECRET_ENV, "RETRY_DELAYS": "0.2", "MAX_ATTEMPTS": "2"}
    with local_stack(workdir, rabbitmq_url=broker_url, queue_prefix=prefix, extra_env=env) as stack:
        good = stack.submit(1, f"{audio_host}/sample_call.mp3", token=INGRESS_TOKEN)
        stack.submit(
            2, f"{audio_host}/missing.wav?X-Signature={URL_SIGNATURE}", token=INGRESS_TOKEN
        )
        stack.submit(3, f"{audio_host}/sample_call.txt", token=INGRESS_TOKEN)  # not audio
        refused = httpx.post(
            f"{stack.ingress_url}/process",
            json={"fiche_id": 4, "audio_url": f"{audio_host}/sample_call.mp3"},
            headers={"Authorization": f"Bearer {INGRESS_TOKEN}x"},
        )
        assert refused.status_code == 401
        [delivery] = stack.wait_for_deliveries(1, timeout=180)
        assert delivery["body"]["job_id"] == good["job_id"]  # type: ignore[index]
        _wait_for_dead_letters(broker_url, prefix, 2)
        yield stack
    # Leaving the block stopped every process: their logs are complete now.


def _wait_for_dead_letters(broker_url: str, prefix: str, count: int) -> None:
    async def depth() -> int:
        connection = await aio_pika.connect(broker_url)
        async with connection:
            channel = await connection.channel()
            queue = await channel.declare_queue(Topology(prefix).dead("download"), passive=True)
            return int(queue.declaration_result.message_count or 0)

    wait_until(
        lambda: asyncio.run(depth()) >= count,
        timeout=60,
        message=f"{count} failing jobs in the download dead-letter queue",
    )


def test_no_process_log_contains_a_secret(finished_stack: LocalStack) -> None:
    logs = {name: process.log() for name, process in finished_stack.processes.items()}
    assert set(logs) >= {"emulators", "ingress", "worker-download-0", "worker-deliver-0"}
    assert all(logs.values()), "every process should have logged something"
    for name, text in logs.items():
        assert leaked(text) == [], f"{name} log leaks {leaked(text)}"
    # The demo setting is loud about what it allows.
    assert "ALLOW_PRIVATE_URLS=true" in logs["worker-download-0"]


def test_the_backend_received_a_signed_delivery_and_no_secret(
    finished_stack: LocalStack,
) -> None:
    text = finished_stack.receiver_jsonl.read_text(encoding="utf-8")
    assert leaked(text) == []
    [delivery] = finished_stack.deliveries()
    headers = delivery["headers"]
    assert isinstance(headers, dict)
    assert headers["webhook-id"] == delivery["body"]["job_id"]  # type: ignore[index]
    assert headers["webhook-signature"].startswith("v1,")


async def test_dead_letter_headers_carry_reasons_but_no_secret(
    finished_stack: LocalStack, broker_url: str, prefix: str
) -> None:
    connection = await aio_pika.connect(broker_url)
    async with connection:
        dead = await drain(await connection.channel(), Topology(prefix).dead("download"))
    assert len(dead) == 2
    reasons = sorted(str(message.headers["x-dead-error"]) for message in dead)
    assert reasons[0].startswith("audio host answered 404")
    assert reasons[0].endswith("/missing.wav?…")
    assert reasons[1].startswith("not audio")
    for message in dead:
        assert leaked(repr(message.headers)) == []


def test_settings_repr_and_errors_hide_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in SECRET_ENV.items():
        monkeypatch.setenv(name, value)
    settings = load_settings()
    assert settings.ingress_tokens.get_secret_value().endswith(INGRESS_TOKEN)
    assert leaked(repr(settings)) == []
    assert leaked(str(settings)) == []
    assert leaked(repr(settings.model_dump())) == []
