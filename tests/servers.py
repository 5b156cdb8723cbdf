"""Run an ASGI app on a free loopback port for the length of a ``with`` block."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn

from tests.waiting import wait_until

START_TIMEOUT_SECONDS = 10.0
STOP_TIMEOUT_SECONDS = 10.0


@contextmanager
def serve_app(app: Any, *, host: str = "127.0.0.1") -> Iterator[str]:
    """Serve ``app`` with uvicorn in a thread; yield its base URL (no trailing slash).

    The socket is bound here, before the thread starts, so the port cannot be
    taken by someone else between choosing and binding it.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app,
        log_level="warning",
        lifespan="off",
        access_log=False,
        timeout_graceful_shutdown=int(STOP_TIMEOUT_SECONDS / 2),
    )
    server = uvicorn.Server(config)
    failure: list[BaseException] = []
    thread = threading.Thread(
        target=_run, args=(server, sock, failure), name=f"uvicorn-{port}", daemon=True
    )
    thread.start()
    try:
        _wait_started(server, thread, failure)
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(STOP_TIMEOUT_SECONDS)
        if thread.is_alive():
            # Open keep-alive connections can hold a graceful stop; cut them.
            server.force_exit = True
            thread.join(STOP_TIMEOUT_SECONDS)
        sock.close()


def _run(server: uvicorn.Server, sock: socket.socket, failure: list[BaseException]) -> None:
    try:
        server.run(sockets=[sock])
    except BaseException as error:  # reported to the waiting test, not lost in a thread
        failure.append(error)


def _wait_started(
    server: uvicorn.Server, thread: threading.Thread, failure: list[BaseException]
) -> None:
    def started() -> bool:
        if failure:
            raise RuntimeError("uvicorn failed to start") from failure[0]
        if not thread.is_alive():
            raise RuntimeError("uvicorn exited before it started")
        return bool(server.started)

    wait_until(started, timeout=START_TIMEOUT_SECONDS, message="uvicorn to start", interval=0.01)
