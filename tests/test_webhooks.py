"""Signed deliveries, checked by the PHP receiver example running under ``php -S``.

Every request is a real delivery from ``stages.deliver.deliver``; the tampering cases
alter it in flight (a transport between the stage and PHP), as an attacker would.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

import messages
from stages.deliver import DeliverOptions, deliver, webhook_headers, webhook_key
from stages.errors import PermanentError
from tests.factories import extraction
from tests.processes import free_port, wait_http

RECEIVER = Path(__file__).resolve().parent.parent / "examples" / "php" / "receiver.php"
SECRET = "whsec_" + base64.b64encode(b"test-webhook-key-0123456789abcdef").decode()

Mutate = Callable[[httpx.Request], httpx.Request]


@dataclass
class Receiver:
    url: str
    jsonl: Path
    answers: list[dict[str, object]] = field(default_factory=list)

    def accepted(self) -> list[dict[str, object]]:
        if not self.jsonl.exists():
            return []
        return [json.loads(line) for line in self.jsonl.read_text().splitlines() if line]


@contextmanager
def php_receiver(workdir: Path, secret: str) -> Iterator[Receiver]:
    php = shutil.which("php")
    if php is None:
        pytest.fail("php-cli is not installed (apt-get install php-cli)", pytrace=False)
    port = free_port()
    jsonl = workdir / "accepted.jsonl"
    env = {
        "PATH": "/usr/bin:/bin",
        "WEBHOOK_SECRET": secret,
        "RECEIVER_JSONL": str(jsonl),
        "RECEIVER_DEDUPE_DIR": str(workdir / "seen"),
    }
    with (workdir / "php.log").open("wb") as log:
        popen = subprocess.Popen(
            [php, "-S", f"127.0.0.1:{port}", str(RECEIVER)], env=env, stdout=log, stderr=log
        )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_http(f"{base}/", process=popen, expect=405)  # answers GET with 405: it is up
        yield Receiver(f"{base}/fiche_ai_data_post.php", jsonl)
    finally:
        popen.terminate()
        popen.wait(10)


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[Receiver]:
    with php_receiver(tmp_path, SECRET) as running:
        yield running


class InFlight(httpx.AsyncBaseTransport):
    """Lets a test change the request between the deliver stage and PHP; records answers."""

    def __init__(self, receiver: Receiver, mutate: Mutate | None = None) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.receiver = receiver
        self.mutate = mutate

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.mutate is not None:
            request = self.mutate(request)
        response = await self.inner.handle_async_request(request)
        await response.aread()
        self.receiver.answers.append(json.loads(response.content))
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def rebuilt(
    request: httpx.Request, *, body: bytes | None = None, headers: dict[str, str] | None = None
) -> httpx.Request:
    merged = dict(request.headers)
    merged.update(headers or {})
    content = request.content if body is None else body
    merged["content-length"] = str(len(content))
    return httpx.Request(request.method, request.url, headers=merged, content=content)


async def send(
    receiver: Receiver,
    tmp_path: Path,
    message: messages.Extraction | None = None,
    *,
    mutate: Mutate | None = None,
    secret: str | None = SECRET,
) -> messages.Delivered:
    options = DeliverOptions(
        php_api_url=receiver.url, data_dir=tmp_path / "data", timeout=10, webhook_secret=secret
    )
    async with httpx.AsyncClient(transport=InFlight(receiver, mutate)) as client:
        return await deliver(message or extraction(), options, client)


# --- accepted --------------------------------------------------------------------------


async def test_signed_delivery_is_accepted_and_recorded(receiver: Receiver, tmp_path: Path) -> None:
    message = extraction(fiche_id=31, client_first_name_data_ia="Élodie")

    await send(receiver, tmp_path, message)

    assert receiver.answers == [
        {"status": "accepted", "duplicate": False, "webhook_id": str(message.job_id)}
    ]
    [line] = receiver.accepted()
    assert line["job_id"] == str(message.job_id)
    assert line["fiche_id"] == 31
    assert line["client_first_name_data_ia"] == "Élodie"


async def test_a_repeat_is_answered_200_flagged_and_not_recorded_twice(
    receiver: Receiver, tmp_path: Path
) -> None:
    message = extraction(fiche_id=32)

    await send(receiver, tmp_path, message)
    # A retry after a lost answer: same id, new timestamp and signature.
    await send(receiver, tmp_path, message)

    assert [answer["status"] for answer in receiver.answers] == ["accepted", "duplicate"]
    assert receiver.answers[1]["duplicate"] is True
    assert len(receiver.accepted()) == 1


async def test_a_raw_secret_without_the_whsec_prefix_works(tmp_path: Path) -> None:
    with php_receiver(tmp_path, "plain-shared-secret") as raw:
        await send(raw, tmp_path, secret="plain-shared-secret")
        assert raw.answers[0]["status"] == "accepted"
        assert len(raw.accepted()) == 1


# --- refused ---------------------------------------------------------------------------


def tampered_body(request: httpx.Request) -> httpx.Request:
    payload = json.loads(request.content)
    payload["score_interet"] = 10
    return rebuilt(request, body=json.dumps(payload).encode())


def tampered_signature(request: httpx.Request) -> httpx.Request:
    version, signature = request.headers["webhook-signature"].split(",", 1)
    flipped = ("A" if signature[0] != "A" else "B") + signature[1:]
    return rebuilt(request, headers={"webhook-signature": f"{version},{flipped}"})


def stale_but_validly_signed(request: httpx.Request) -> httpx.Request:
    # A captured delivery replayed later: the signature is genuine, only the age is wrong.
    old = int(time.time()) - 600
    headers = webhook_headers(SECRET, request.headers["webhook-id"], request.content, timestamp=old)
    return rebuilt(request, headers=headers)


def swapped_id(request: httpx.Request) -> httpx.Request:
    return rebuilt(request, headers={"webhook-id": "another-id"})


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (tampered_body, "bad signature"),
        (tampered_signature, "bad signature"),
        (swapped_id, "bad signature"),
        (stale_but_validly_signed, "timestamp outside tolerance"),
    ],
)
async def test_tampered_or_replayed_deliveries_are_refused_with_401(
    receiver: Receiver, tmp_path: Path, mutate: Mutate, reason: str
) -> None:
    with pytest.raises(PermanentError, match=r"^PHP backend answered 401 Unauthorized") as caught:
        await send(receiver, tmp_path, mutate=mutate)

    assert reason in caught.value.reason
    assert receiver.answers == [{"status": "error", "message": reason}]
    assert receiver.accepted() == []


async def test_wrong_secret_and_unsigned_deliveries_are_refused(
    receiver: Receiver, tmp_path: Path
) -> None:
    wrong = "whsec_" + base64.b64encode(b"someone-else's-key").decode()
    with pytest.raises(PermanentError, match="bad signature"):
        await send(receiver, tmp_path, secret=wrong)
    with pytest.raises(PermanentError, match="missing webhook headers"):
        await send(receiver, tmp_path, secret=None)

    assert receiver.accepted() == []


# --- the signing itself ----------------------------------------------------------------


def test_signature_matches_the_standard_webhooks_reference_vector() -> None:
    # From the Standard Webhooks specification's reference libraries' tests.
    headers = webhook_headers(
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "msg_p5jXN8AQM9LWM0D4loKWxJek",
        b'{"test": 2432232314}',
        timestamp=1614265330,
    )
    assert headers == {
        "webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek",
        "webhook-timestamp": "1614265330",
        "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
    }


def test_secret_formats() -> None:
    assert webhook_key("whsec_" + base64.b64encode(b"\x00\x01key").decode()) == b"\x00\x01key"
    assert webhook_key("not-prefixed") == b"not-prefixed"
    with pytest.raises(ValueError, match="not base64") as caught:
        webhook_key("whsec_%%%secret-part%%%")
    assert "secret-part" not in str(caught.value)


def test_options_repr_hides_the_secret(tmp_path: Path) -> None:
    options = DeliverOptions(php_api_url="http://x.test/", data_dir=tmp_path, webhook_secret=SECRET)
    assert SECRET not in repr(options)
