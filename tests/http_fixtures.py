"""A real HTTP server on loopback for stage tests, and the audio it serves.

``FixtureServer`` is a Starlette app run by uvicorn in a thread. Each test maps
paths to behaviours (``body``, ``status``, ``drip``, ``redirect``…) and reads back
the requests the server saw. Importable without pytest.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import shutil
import socket
import subprocess
import threading
import wave
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache

import numpy as np
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route

from tests.servers import serve_app

Behaviour = Callable[[Request], Awaitable[Response]]

LOOPBACK = "127.0.0.1"
HTML_PAGE = b"<!DOCTYPE html>\n<html><body><h1>Connexion requise</h1></body></html>\n"


# --- audio -----------------------------------------------------------------------------


@cache
def wav_bytes(seconds: float = 1.0, sample_rate: int = 8000, frequency: float = 440.0) -> bytes:
    """A 16-bit mono sine WAV, made in memory."""
    t = np.arange(int(seconds * sample_rate)) / sample_rate
    samples = (0.3 * 32767 * np.sin(2 * np.pi * frequency * t)).astype("<i2")
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sample_rate)
        out.writeframes(samples.tobytes())
    return buffer.getvalue()


@cache
def mp3_bytes(*, id3: bool = True) -> bytes:
    """``wav_bytes()`` encoded by ffmpeg; without ID3 the file opens on an MPEG frame sync."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        raise RuntimeError("ffmpeg is not installed")
    tag = [] if id3 else ["-id3v2_version", "0", "-write_xing", "0"]
    result = subprocess.run(
        [
            *(ffmpeg, "-hide_banner", "-loglevel", "error", "-f", "wav", "-i", "pipe:0"),
            *("-codec:a", "libmp3lame", "-b:a", "32k", *tag, "-f", "mp3", "pipe:1"),
        ],
        input=wav_bytes(),
        capture_output=True,
        check=True,
    )
    return result.stdout


# --- server ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SeenRequest:
    method: str
    path: str
    query: str
    headers: Mapping[str, str]  # lower-case names
    body: bytes


class FixtureServer:
    """Routes are looked up by exact path; anything unmapped answers 404."""

    def __init__(self) -> None:
        self.base_url = ""
        self.routes: dict[str, Behaviour] = {}
        self._seen: list[SeenRequest] = []
        self._lock = threading.Lock()
        self.app = Starlette(
            routes=[Route("/{path:path}", self._dispatch, methods=["GET", "POST", "PUT"])]
        )

    def url(self, path: str) -> str:
        return f"{self.base_url}{path}"

    def route(self, path: str, behaviour: Behaviour) -> str:
        """Serve ``behaviour`` at ``path``; returns the full URL."""
        self.routes[path] = behaviour
        return self.url(path)

    def reset(self) -> None:
        self.routes.clear()
        with self._lock:
            self._seen.clear()

    @property
    def seen(self) -> list[SeenRequest]:
        with self._lock:
            return list(self._seen)

    def paths(self) -> list[str]:
        return [request.path for request in self.seen]

    async def _dispatch(self, request: Request) -> Response:
        seen = SeenRequest(
            method=request.method,
            path=request.url.path,
            query=request.url.query,
            headers={key.lower(): value for key, value in request.headers.items()},
            body=await request.body(),
        )
        with self._lock:
            self._seen.append(seen)
        behaviour = self.routes.get(request.url.path)
        if behaviour is None:
            return PlainTextResponse("Not Found", status_code=404)
        return await behaviour(request)


@contextlib.contextmanager
def fixture_server() -> Iterator[FixtureServer]:
    server = FixtureServer()
    with serve_app(server.app) as base_url:
        server.base_url = base_url
        yield server


def closed_port_url(path: str = "/") -> str:
    """A loopback URL nobody listens on (bound then released, so nothing else holds it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        port = sock.getsockname()[1]
    return f"http://{LOOPBACK}:{port}{path}"


# --- behaviours ------------------------------------------------------------------------


def body(
    data: bytes,
    content_type: str = "audio/wav",
    *,
    status: int = 200,
    chunked: bool = False,
    chunk_size: int = 4096,
    headers: Mapping[str, str] | None = None,
) -> Behaviour:
    """Answer ``data``; ``chunked`` streams it with no Content-Length."""

    async def respond(_: Request) -> Response:
        if not chunked:
            return Response(data, status, headers=dict(headers or {}), media_type=content_type)

        async def chunks() -> AsyncIterator[bytes]:
            for start in range(0, len(data), chunk_size):
                yield data[start : start + chunk_size]

        return StreamingResponse(
            chunks(), status, headers=dict(headers or {}), media_type=content_type
        )

    return respond


def status(code: int, text: str = "", *, headers: Mapping[str, str] | None = None) -> Behaviour:
    """Answer ``code`` with a short text body."""
    return body((text or f"error {code}").encode(), "text/plain", status=code, headers=headers)


def drip(
    head: bytes = b"", byte: bytes = b"\0", interval: float = 0.5, count: int = 60
) -> Behaviour:
    """Send ``head`` at once, then one byte every ``interval`` seconds (a slow-drip host)."""

    async def respond(_: Request) -> Response:
        async def trickle() -> AsyncIterator[bytes]:
            if head:
                yield head
            for _ in range(count):
                await asyncio.sleep(interval)
                yield byte

        return StreamingResponse(trickle(), 200, media_type="audio/wav")

    return respond


def stall(seconds: float, then: Behaviour) -> Behaviour:
    """Wait before answering: a backend slower than the client's timeout."""

    async def respond(request: Request) -> Response:
        await asyncio.sleep(seconds)
        return await then(request)

    return respond


def redirect(location: str, code: int = 302) -> Behaviour:
    async def respond(_: Request) -> Response:
        return RedirectResponse(location, status_code=code)

    return respond


def redirect_chain(server: FixtureServer, hops: int, target: str, prefix: str = "/hop") -> str:
    """``hops`` redirects ending at ``target``; returns the first URL."""
    for hop in range(hops, 0, -1):
        server.route(f"{prefix}/{hop}", redirect(f"{prefix}/{hop - 1}" if hop > 1 else target))
    return server.url(f"{prefix}/{hops}")
