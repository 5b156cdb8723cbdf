"""Download stage: fetch the recording onto the shared volume, or say why it cannot be had."""

from __future__ import annotations

import asyncio
import contextlib
import os
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import anyio
import httpcore
import httpx

import messages
from stages._http import display_url, status_error, status_line, transport_error
from stages.download.netguard import (
    AddressPolicy,
    GuardedNetworkBackend,
    GuardedTransport,
    Resolver,
    blocked_reason,
    check_url,
)
from stages.errors import PermanentError, TransientError

MAX_REDIRECTS = 5
# Enough for every signature sniff_audio_format knows (RIFF....WAVE is the longest).
SNIFF_BYTES = 12
# Bytes gathered before each write to disk (each write is a hop to a thread).
WRITE_BLOCK_BYTES = 1 << 20
USER_AGENT = "audio-nlp-pipeline/0.1"

_MIME_BY_FORMAT = {
    "wav": "audio/wav",
    "mp3": "audio/mpeg",
    "ogg": "audio/ogg",
    "flac": "audio/flac",
    "m4a": "audio/mp4",
}


@dataclass(frozen=True)
class DownloadOptions:
    data_dir: Path
    max_bytes: int = 200 * 1024 * 1024
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 600.0  # deadline across the whole transfer (slow-drip servers)
    rewrite_mp3_to_orig_wav: bool = False
    # True turns the private-address check off: only for tests and demos on loopback.
    allow_private_urls: bool = False
    # Exact host names or "*.suffix"; empty means any public host.
    allowed_hosts: tuple[str, ...] = ()
    resolver: Resolver | None = field(default=None, compare=False)  # None: the system's
    # Test hook: judges addresses instead of the public-only rule (e.g. to allow
    # 127.0.0.1 and nothing else). Production leaves it None.
    address_policy: AddressPolicy | None = field(default=None, compare=False)


class _GuardedClient(httpx.AsyncClient):
    """Marks clients whose sockets go through the network guard (never the unguarded kind)."""


def new_client(
    options: DownloadOptions, *, network_backend: httpcore.AsyncNetworkBackend | None = None
) -> httpx.AsyncClient:
    """A pooled client suited to ``download``; a worker keeps one for its lifetime.

    It carries the network policy of ``options``. ``network_backend`` is what opens the
    sockets once the guard allowed an address (tests pass a counting one).
    """
    timeout = _timeout(options)
    if options.allow_private_urls:
        return httpx.AsyncClient(timeout=timeout, follow_redirects=False, trust_env=False)
    backend = GuardedNetworkBackend(
        resolver=options.resolver,
        policy=options.address_policy or blocked_reason,
        inner=network_backend,
    )
    return _GuardedClient(
        transport=GuardedTransport(backend),
        timeout=timeout,
        follow_redirects=False,
        trust_env=False,
    )


async def download(
    job: messages.JobRequest,
    options: DownloadOptions,
    client: httpx.AsyncClient | None = None,
) -> messages.AudioDownloaded:
    """Stream ``job.audio_url`` to ``data_dir/<job_id>/source.<ext>``.

    Raises PermanentError when retrying cannot help (4xx, not audio, empty, too
    large, redirect loop, blocked URL) and TransientError otherwise; no partial file
    survives. ``client`` is used only when it came from ``new_client`` or the network
    check is off: any other client could connect to an internal address.
    """
    url = str(job.audio_url)
    if options.rewrite_mp3_to_orig_wav:
        url = rewrite_recording_url(url)
    if client is not None and (options.allow_private_urls or isinstance(client, _GuardedClient)):
        return await _download_with_deadline(job, url, options, client)
    async with new_client(options) as own_client:
        return await _download_with_deadline(job, url, options, own_client)


def rewrite_recording_url(url: str) -> str:
    """``.../RECORDINGS/MP3/x.mp3`` -> ``.../RECORDINGS/ORIG/x.wav``; other URLs unchanged.

    The telephony host keeps the uncompressed original next to the MP3 it
    publishes, and the original service always fetched that one.
    """
    parts = urlsplit(url)
    head, marker, name = parts.path.rpartition("/RECORDINGS/MP3/")
    # Dated sub-folders (MP3/2024/05/x.mp3) exist on some hosts and mirror under ORIG.
    if not marker or not name.lower().endswith(".mp3"):
        return url
    path = f"{head}/RECORDINGS/ORIG/{name[: -len('.mp3')]}.wav"
    return urlunsplit(parts._replace(path=path))


def sniff_audio_format(head: bytes) -> str | None:
    """The container named by the file's magic bytes, or None when it is not audio we know."""
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    if head[:3] == b"ID3" or _is_mpeg_frame_sync(head):
        return "mp3"
    if head[:4] == b"OggS":
        return "ogg"
    if head[:4] == b"fLaC":
        return "flac"
    if head[4:8] == b"ftyp":
        return "m4a"
    return None


def _is_mpeg_frame_sync(head: bytes) -> bool:
    # 11 set sync bits, then a version that is not "reserved" (01) and a layer
    # that is not "reserved" (00): the latter also rules out AAC ADTS headers.
    if len(head) < 2 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version = (head[1] >> 3) & 0b11
    layer = (head[1] >> 1) & 0b11
    return version != 0b01 and layer != 0b00


def _timeout(options: DownloadOptions) -> httpx.Timeout:
    return httpx.Timeout(
        connect=options.connect_timeout,
        read=options.read_timeout,
        write=options.read_timeout,
        pool=options.connect_timeout,
    )


async def _download_with_deadline(
    job: messages.JobRequest, url: str, options: DownloadOptions, client: httpx.AsyncClient
) -> messages.AudioDownloaded:
    try:
        async with asyncio.timeout(options.total_timeout):
            return await _fetch(job, url, options, client)
    except TimeoutError:
        # A server dripping bytes never trips the read timeout; only the deadline stops it.
        raise TransientError(
            f"download of {display_url(url)} did not finish within {options.total_timeout:g}s"
        ) from None
    except httpx.HTTPError as error:
        raise transport_error(error, url, do="fetch", doing="fetching") from None


async def _fetch(
    job: messages.JobRequest, url: str, options: DownloadOptions, client: httpx.AsyncClient
) -> messages.AudioDownloaded:
    async with _open(client, url, options) as response:
        _raise_for_status(response)
        _check_declared_length(response, options.max_bytes)
        job_dir = options.data_dir / str(job.job_id)
        job_dir.mkdir(parents=True, exist_ok=True)
        # A fresh name per attempt: a redelivered job racing this one cannot share the temp file.
        temp_path = job_dir / f".source.{uuid.uuid4().hex}.part"
        try:
            audio_format, size = await _stream_to_file(response, temp_path, options.max_bytes)
            final_path = job_dir / f"source.{audio_format}"
            os.replace(temp_path, final_path)
        except BaseException:
            temp_path.unlink(missing_ok=True)
            raise
    _remove_stale_sources(job_dir, keep=final_path)
    return messages.AudioDownloaded(
        **job.carry(),
        audio_url=str(job.audio_url),
        path=str(final_path),
        size_bytes=size,
        content_type=_media_type(response) or _MIME_BY_FORMAT[audio_format],
    )


@contextlib.asynccontextmanager
async def _open(
    client: httpx.AsyncClient, url: str, options: DownloadOptions
) -> AsyncIterator[httpx.Response]:
    """Send the GET, following at most MAX_REDIRECTS redirects whatever the client's settings."""
    request = client.build_request(
        "GET",
        url,
        headers={"Accept-Encoding": "identity", "User-Agent": USER_AGENT},
        timeout=_timeout(options),
    )
    for _ in range(MAX_REDIRECTS + 1):
        # Every hop: a public page may redirect to the metadata service or to file://.
        check_url(request.url, options.allowed_hosts)
        response = await client.send(request, stream=True, follow_redirects=False)
        if response.next_request is None:
            break
        await response.aclose()
        request = response.next_request
    else:
        # A loop or an absurd chain: the host is misconfigured, retrying will not fix it.
        raise PermanentError(f"more than {MAX_REDIRECTS} redirects from {display_url(url)}")
    try:
        yield response
    finally:
        await response.aclose()


def _raise_for_status(response: httpx.Response) -> None:
    if not response.is_success:
        raise status_error(
            response,
            f"audio host answered {status_line(response)} for {display_url(response.request.url)}",
        )


def _check_declared_length(response: httpx.Response, max_bytes: int) -> None:
    # Only an early exit: the running count in _stream_to_file is what enforces the cap.
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise PermanentError(
            f"file too large: Content-Length {declared} exceeds the {max_bytes}-byte limit"
        )


async def _stream_to_file(response: httpx.Response, path: Path, max_bytes: int) -> tuple[str, int]:
    """Write the body to ``path``; return the sniffed format and the byte count.

    Chunks are gathered into blocks of ``WRITE_BLOCK_BYTES`` before each write: every
    write is a hop to a thread, and one per network chunk (a few KB) cost a third of
    the download worker's CPU (``docs/performance.md``, benchmark 4).
    """
    head = b""
    audio_format: str | None = None
    size = 0
    pending = bytearray()
    async with await anyio.open_file(path, "wb") as file:
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > max_bytes:
                raise PermanentError(f"file too large: more than {max_bytes} bytes")
            if audio_format is None:
                # Hold back the first bytes until they can be judged, so an HTML
                # error page never reaches the disk.
                head += chunk
                if len(head) < SNIFF_BYTES:
                    continue
                audio_format = _require_audio(head, response)
                chunk, head = head, b""
            pending += chunk
            if len(pending) >= WRITE_BLOCK_BYTES:
                await file.write(bytes(pending))
                pending.clear()
        if size == 0:
            raise PermanentError(f"empty file: {display_url(response.request.url)} sent no bytes")
        if audio_format is None:
            audio_format = _require_audio(head, response)
            pending += head
        if pending:
            await file.write(bytes(pending))
        await file.flush()
        # The next stage may run on another host reading the shared volume.
        await anyio.to_thread.run_sync(os.fsync, file.wrapped.fileno())
    return audio_format, size


def _require_audio(head: bytes, response: httpx.Response) -> str:
    audio_format = sniff_audio_format(head)
    if audio_format is None:
        received = _media_type(response) or "an unlabelled body"
        raise PermanentError(f"not audio: received {received} starting with {_preview(head)!r}")
    return audio_format


def _preview(head: bytes, limit: int = 32) -> str:
    text = head[:limit].decode("utf-8", errors="replace").strip().split("\n", 1)[0]
    return "".join(ch if ch.isprintable() else "?" for ch in text.strip())


def _media_type(response: httpx.Response) -> str | None:
    value = response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
    return value or None


def _remove_stale_sources(job_dir: Path, keep: Path) -> None:
    # A re-download in another format must replace, not sit beside, the earlier file.
    for path in job_dir.glob("source.*"):
        if path != keep:
            path.unlink(missing_ok=True)
