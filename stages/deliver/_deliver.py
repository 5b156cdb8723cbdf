"""Deliver stage: hand the lead fields to the PHP backend, then free the job's files."""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import hmac
import json
import logging
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

import messages
from stages._http import status_error, status_line, transport_error
from stages.errors import StageError
from stages.extract.profiles import get_profile
from stages.storage import Storage, job_prefix

SNIPPET_CHARS = 200
# After a delivery, how long deleting the job's objects may keep being retried (an S3
# outage): the lead is in the CRM, so giving up leaves them to the cleanup job instead.
DELETE_PATIENCE_SECONDS = 60.0
_DELETE_BACKOFF_SECONDS = (0.5, 1.0, 2.0, 4.0)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeliverOptions:
    php_api_url: str
    data_dir: Path
    timeout: float = 30.0
    include_transcript: bool = False
    # Standard Webhooks secret: "whsec_<base64>" or any other string used as raw bytes.
    # Kept out of repr so logging the options never prints it.
    webhook_secret: str | None = field(default=None, repr=False)


def build_payload(message: messages.Extraction, *, include_transcript: bool) -> dict[str, object]:
    """The JSON body the PHP backend reads: its keys, the job id for tracing, the evidence.

    The fields go under the keys of the profile that extracted them (the message says
    which), so a worker never maps a message by its own ``PROFILE`` setting.
    """
    payload: dict[str, object] = {
        "fiche_id": message.fiche_id,
        **get_profile(message.profile).payload(message.fields),
        "job_id": str(message.job_id),
        # What the call cost in provider fees (transcription + extraction), in USD.
        "cost_usd": round(message.transcription_cost_usd + message.extraction_cost_usd, 6),
        # What each filled value rests on, by the same keys: quote, times, confidence.
        "evidence": {key: item.model_dump(mode="json") for key, item in message.evidence.items()},
    }
    if include_transcript:
        payload["transcript"] = message.transcript
    return payload


def webhook_key(secret: str) -> bytes:
    """The HMAC key a Standard Webhooks secret stands for."""
    if secret.startswith("whsec_"):
        try:
            return base64.b64decode(secret.removeprefix("whsec_"), validate=True)
        except binascii.Error:
            # Not the error text: it could quote part of the secret.
            raise ValueError("WEBHOOK_SECRET starts with whsec_ but is not base64") from None
    return secret.encode("utf-8")


def webhook_headers(
    secret: str, message_id: str, body: bytes, *, timestamp: int | None = None
) -> dict[str, str]:
    """Standard Webhooks headers signing ``body`` exactly as it will be sent.

    The signed content is ``{id}.{timestamp}.{body}``; receivers recompute it with the
    same secret, reject stale timestamps (replays) and drop ids they have seen.
    """
    sent_at = int(time.time()) if timestamp is None else timestamp
    signed = f"{message_id}.{sent_at}.".encode() + body
    digest = hmac.new(webhook_key(secret), signed, hashlib.sha256).digest()
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(sent_at),
        "webhook-signature": f"v1,{base64.b64encode(digest).decode('ascii')}",
    }


def delivery_url(php_api_url: str, fiche_id: int) -> httpx.URL:
    """``php_api_url`` with ``fiche_id`` set and any query it already has kept.

    (httpx's ``params=`` would replace the whole query, dropping e.g. an API token.)
    """
    return httpx.URL(php_api_url).copy_merge_params({"fiche_id": str(fiche_id)})


async def deliver(
    message: messages.Extraction,
    options: DeliverOptions,
    client: httpx.AsyncClient | None = None,
    *,
    storage: Storage | None = None,
) -> messages.Delivered:
    """POST the payload; on a 2xx answer delete the job's objects from ``storage``
    (``<job_id>/``; without a store, ``data_dir/<job_id>/``).

    Raises TransientError for 408/429/5xx, timeouts and connection errors, and
    PermanentError for any other non-2xx answer; files are kept on failure.
    """
    payload = build_payload(message, include_transcript=options.include_transcript)
    if client is None:
        async with httpx.AsyncClient(follow_redirects=False) as own_client:
            response = await _post(own_client, message, payload, options)
    else:
        response = await _post(client, message, payload, options)
    _raise_for_status(response)
    if storage is None:
        await asyncio.to_thread(_remove_job_dir, options.data_dir / str(message.job_id))
    else:
        await _delete_objects(storage, job_prefix(message.job_id))
    return messages.Delivered(**message.carry(), status_code=response.status_code, payload=payload)


async def _post(
    client: httpx.AsyncClient,
    message: messages.Extraction,
    payload: dict[str, object],
    options: DeliverOptions,
) -> httpx.Response:
    url = delivery_url(options.php_api_url, message.fiche_id)
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    headers = {
        "Content-Type": "application/json",
        # A retry after a lost answer must not create a second CRM update.
        "Idempotency-Key": str(message.job_id),
    }
    if options.webhook_secret:
        # Signed per attempt: a retry carries a fresh timestamp but the same id.
        headers.update(webhook_headers(options.webhook_secret, str(message.job_id), body))
    try:
        return await client.post(
            url,
            content=body,
            headers=headers,
            timeout=options.timeout,
            follow_redirects=False,
        )
    except httpx.HTTPError as error:
        raise transport_error(error, url, do="post to", doing="posting to") from None


def _raise_for_status(response: httpx.Response) -> None:
    # Any 3xx is permanent too: a redirected POST is a misconfigured PHP_API_URL.
    if not response.is_success:
        raise status_error(
            response, f"PHP backend answered {status_line(response)}: {_snippet(response.text)}"
        )


def _snippet(body: str) -> str:
    text = " ".join(body.split())
    if not text:
        return "(empty body)"
    return text if len(text) <= SNIPPET_CHARS else text[: SNIPPET_CHARS - 1] + "…"


async def _delete_objects(storage: Storage, prefix: str) -> None:
    """Delete a delivered job's objects, retrying through a short outage of the store."""
    deadline = time.monotonic() + DELETE_PATIENCE_SECONDS
    attempt = 0
    while True:
        try:
            await storage.delete_prefix(prefix)
            return
        except StageError as error:
            pause = _DELETE_BACKOFF_SECONDS[min(attempt, len(_DELETE_BACKOFF_SECONDS) - 1)]
            if time.monotonic() + pause > deadline:
                # Failing now would make the runtime POST the lead a second time.
                logger.warning(
                    "delivered, but could not delete %s in %s (left to cleanup): %s",
                    prefix,
                    storage.url,
                    error.reason,
                )
                return
            attempt += 1
            await asyncio.sleep(pause)


def _remove_job_dir(job_dir: Path) -> None:
    try:
        shutil.rmtree(job_dir)
    except FileNotFoundError:
        pass  # a redelivery after a crash may find it already gone
    except OSError as error:
        # The lead is in the CRM: failing now would only make the runtime re-send it;
        # a leftover directory costs disk space, not correctness.
        logger.warning("delivered, but could not remove %s: %s", job_dir, error)


__all__ = [
    "DeliverOptions",
    "build_payload",
    "deliver",
    "delivery_url",
    "webhook_headers",
    "webhook_key",
]
