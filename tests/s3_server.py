"""A real S3-compatible server on loopback for tests: moto's server mode, in its own process.

moto keeps its objects in memory, so an outage is staged in front of it: ``S3Endpoint``
is a TCP forwarder process on the port the workers use; killing it makes S3
unreachable (connection refused) while the objects survive, and starting it again on
the same port brings S3 back.

``python -m tests.s3_server LISTEN_PORT TARGET_PORT`` runs the forwarder.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from devkit.stack import free_port
from tests.waiting import wait_until

MOTO_SERVER = Path(sys.executable).with_name("moto_server")
REGION = "us-east-1"


@dataclass
class S3Server:
    """A running moto server (``url``) and the environment that points a client at it."""

    url: str
    process: subprocess.Popen[bytes]

    def env(self, endpoint: str | None = None) -> dict[str, str]:
        """The standard AWS variables for a client of ``endpoint`` (default: the server)."""
        return {
            "AWS_ACCESS_KEY_ID": "test-access-key",
            "AWS_SECRET_ACCESS_KEY": "test-secret-key",
            "AWS_REGION": REGION,
            "AWS_ENDPOINT_URL": endpoint or self.url,
            "AWS_ALLOW_HTTP": "true",
        }

    def create_bucket(self, name: str) -> None:
        # moto checks no signature; a plain PUT makes the bucket.
        httpx.put(f"{self.url}/{name}", timeout=10).raise_for_status()

    def keys(self, bucket: str) -> list[str]:
        """Every key in ``bucket`` (ListObjectsV2, straight at the server)."""
        import xml.etree.ElementTree as ET

        found: list[str] = []
        token: str | None = None
        while True:
            params = {"list-type": "2", **({"continuation-token": token} if token else {})}
            answer = httpx.get(f"{self.url}/{bucket}", params=params, timeout=10)
            answer.raise_for_status()
            root = ET.fromstring(answer.content)
            space = root.tag.split("}")[0] + "}" if root.tag.startswith("{") else ""
            found += [item.text or "" for item in root.iter(f"{space}Key")]
            token = root.findtext(f"{space}NextContinuationToken")
            if not token:
                return found


def _answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=2).status_code < 500
    except httpx.HTTPError:
        return False


@contextmanager
def moto_server(log_dir: Path) -> Iterator[S3Server]:
    """Start ``moto_server`` on a free loopback port; stop it on exit."""
    port = free_port()
    with (log_dir / "moto.log").open("ab") as log:
        process = subprocess.Popen(
            [str(MOTO_SERVER), "-H", "127.0.0.1", "-p", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: _answers(url), timeout=30, message="moto_server answering")
        yield S3Server(url, process)
    finally:
        process.terminate()
        process.wait(10)


class S3Endpoint:
    """The port clients use, forwarded to the server; ``kill`` and ``start`` it at will.

    Args:
        target_port: the moto server's port.
        log_dir: where the forwarder's log goes.
    """

    def __init__(self, target_port: int, log_dir: Path) -> None:
        self.target_port = target_port
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_dir = log_dir
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with (self.log_dir / "s3-endpoint.log").open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.s3_server", str(self.port), str(self.target_port)],
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=Path(__file__).parents[1],
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
            )
        wait_until(lambda: _answers(self.url), timeout=30, message="the S3 endpoint answering")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)
        self.process = None

    def __enter__(self) -> S3Endpoint:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.kill()


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while chunk := await reader.read(65536):
            writer.write(chunk)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        writer.close()


async def _forward(listen_port: int, target_port: int) -> None:
    async def serve(
        client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter
    ) -> None:
        try:
            server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target_port)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(
            _pipe(client_reader, server_writer), _pipe(server_reader, client_writer)
        )

    server = await asyncio.start_server(serve, "127.0.0.1", listen_port)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(_forward(int(sys.argv[1]), int(sys.argv[2])))
