"""Shared fixtures: the broker, a per-test queue prefix, loopback HTTP servers."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TypeVar

import pytest
from fastapi import FastAPI

from consumers.broker import Topology, delete_topology
from devkit.emulators.openai import create_app
from tests import http_fixtures
from tests.broker import rabbitmq_url, unique_topology
from tests.http_fixtures import FixtureServer
from tests.servers import serve_app
from tests.waiting import wait_until_async

T = TypeVar("T")


@pytest.fixture(scope="session")
def broker_url() -> Iterator[str]:
    try:
        with rabbitmq_url() as url:
            yield url
    except RuntimeError as error:
        pytest.fail(str(error), pytrace=False)


@pytest.fixture
async def topology(broker_url: str) -> AsyncIterator[Topology]:
    topo = unique_topology()
    yield topo
    await delete_topology(broker_url, topo)


async def wait_for(
    probe: Callable[[], Awaitable[T | None]],
    *,
    timeout: float = 20.0,
    interval: float = 0.05,
    what: str = "condition",
) -> T:
    """The older spelling of ``tests.waiting.wait_until_async``, kept for its callers."""
    value = await wait_until_async(probe, timeout=timeout, message=what, interval=interval)
    assert value is not None  # wait_until_async returns only a truthy value
    return value


@pytest.fixture(scope="module")
def module_server() -> Iterator[FixtureServer]:
    """One loopback HTTP server per test module (see tests/http_fixtures.py)."""
    with http_fixtures.fixture_server() as server:
        yield server


@pytest.fixture
def server(module_server: FixtureServer) -> FixtureServer:
    """The module's server with no routes and no recorded requests."""
    module_server.reset()
    return module_server


@pytest.fixture(scope="module")
def openai_app() -> Iterator[tuple[FastAPI, str]]:
    """The OpenAI emulator on loopback, and its URL; a test scripts its answers through
    ``app.state.script`` and ``app.state.script_citations``."""
    app = create_app(seed=3)
    with serve_app(app) as url:
        yield app, url
