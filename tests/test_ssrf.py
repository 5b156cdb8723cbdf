"""The download stage refuses internal addresses, however the URL reaches them.

Every socket in these tests goes through ``LoopbackOnlyBackend``: it records each
connect and opens it only to 127.0.0.1, so even a broken guard could never send a
packet off this machine. "Refused without a connection" is asserted on its record.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from ipaddress import IPv4Address, IPv6Address, ip_address
from pathlib import Path

import httpcore
import httpx
import pytest

import messages
from consumers.settings import Settings
from consumers.stage_table import download_options, open_handler
from stages.download import DownloadOptions, download, new_client
from stages.download.netguard import IPAddress, blocked_reason, host_allowed
from stages.errors import PermanentError, TransientError
from tests import http_fixtures as hf
from tests.http_fixtures import FixtureServer

LOOPBACK = ip_address("127.0.0.1")


class LoopbackOnlyBackend(httpcore.AsyncNetworkBackend):
    """Counts connects; opens only loopback ones and refuses the rest without a socket."""

    def __init__(self) -> None:
        self.inner = httpcore.AnyIOBackend()
        self.connects: list[str] = []

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        self.connects.append(host)
        if host != str(LOOPBACK):
            raise httpcore.ConnectError(f"test backend refuses to leave loopback ({host})")
        return await self.inner.connect_tcp(host, port, timeout, local_address, socket_options)

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


class FakeResolver:
    """DNS answers from a table; IP literals answer themselves. Records every lookup."""

    def __init__(self, answers: dict[str, Sequence[str]] | None = None) -> None:
        self.answers = answers or {}
        self.lookups: list[str] = []

    async def resolve(self, host: str, port: int) -> Sequence[IPAddress]:
        self.lookups.append(host)
        if host in self.answers:
            return [ip_address(a) for a in self.answers[host]]
        try:
            return [ip_address(host)]
        except ValueError:
            raise OSError(f"fake NXDOMAIN for {host}") from None


class RebindingResolver(FakeResolver):
    """Answers loopback (allowed by the test policy) first, a private address afterwards."""

    async def resolve(self, host: str, port: int) -> Sequence[IPAddress]:
        self.lookups.append(host)
        return [LOOPBACK] if len(self.lookups) == 1 else [ip_address("10.0.0.1")]


def only_loopback(address: IPv4Address | IPv6Address) -> str | None:
    """The narrow test policy: the fixture server's 127.0.0.1 counts as public, nothing else."""
    return None if address == LOOPBACK else blocked_reason(address) or "not the test server"


@pytest.fixture
def backend() -> LoopbackOnlyBackend:
    return LoopbackOnlyBackend()


def job_for(url: str) -> messages.JobRequest:
    return messages.JobRequest.model_validate({"fiche_id": 7, "audio_url": url})


def port_of(server: FixtureServer) -> int:
    port = httpx.URL(server.base_url).port
    assert port is not None
    return port


async def fetch(
    url: str, options: DownloadOptions, backend: LoopbackOnlyBackend
) -> messages.AudioDownloaded:
    async with new_client(options, network_backend=backend) as client:
        return await download(job_for(url), options, client)


# --- literal addresses -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "why"),
    [
        ("127.0.0.1", "127.0.0.1 is a loopback address"),
        ("10.0.0.1", "10.0.0.1 is a private address"),
        ("172.20.1.1", "172.20.1.1 is a private address"),
        ("192.168.1.10", "192.168.1.10 is a private address"),
        ("169.254.169.254", "169.254.169.254 is a link-local address"),
        ("100.64.0.1", "100.64.0.1 is a carrier-grade NAT address"),
        ("0.0.0.0", "0.0.0.0 is an unspecified address"),
        ("224.0.0.1", "224.0.0.1 is a multicast address"),
        ("[::1]", "::1 is a loopback address"),
        ("[::]", ":: is an unspecified address"),
        ("[::ffff:127.0.0.1]", "is a loopback address in IPv6 form"),
        ("[::ffff:169.254.169.254]", "is a link-local address (cloud metadata lives here) in"),
        ("[64:ff9b::a9fe:a9fe]", "is a link-local address (cloud metadata lives here) in"),
        ("[2002:0a00:0001::1]", "is a private address in IPv6 form"),
        ("[fe80::1]", "fe80::1 is a link-local address"),
        ("[fd00::1]", "fd00::1 is a private (unique local) address"),
        ("[ff02::1]", "ff02::1 is a multicast address"),
    ],
)
async def test_internal_address_literals_are_refused_without_connecting(
    server: FixtureServer, backend: LoopbackOnlyBackend, tmp_path: Path, host: str, why: str
) -> None:
    server.route("/a.wav", hf.body(hf.wav_bytes()))
    options = DownloadOptions(data_dir=tmp_path, resolver=FakeResolver())
    url = f"http://{host}:{port_of(server)}/a.wav"

    with pytest.raises(PermanentError, match=r"^blocked URL: ") as caught:
        await fetch(url, options, backend)

    assert why in caught.value.reason
    assert backend.connects == []
    assert server.seen == []


async def test_a_public_looking_name_resolving_to_a_private_address_is_refused(
    backend: LoopbackOnlyBackend, tmp_path: Path
) -> None:
    resolver = FakeResolver({"audio.example.com": ["10.20.30.40"]})
    options = DownloadOptions(data_dir=tmp_path, resolver=resolver)

    with pytest.raises(PermanentError) as caught:
        await fetch("https://audio.example.com/call.wav", options, backend)

    assert caught.value.reason == (
        "blocked URL: audio.example.com resolves to 10.20.30.40, a private address"
    )
    assert resolver.lookups == ["audio.example.com"]
    assert backend.connects == []


async def test_one_private_address_in_the_answer_refuses_the_host(
    backend: LoopbackOnlyBackend, tmp_path: Path
) -> None:
    # Public first, metadata second: connecting to "the first good one" would be a bypass.
    resolver = FakeResolver({"cdn.example.com": ["93.184.216.34", "169.254.169.254"]})
    options = DownloadOptions(data_dir=tmp_path, resolver=resolver)

    with pytest.raises(PermanentError, match=r"resolves to 169\.254\.169\.254, a link-local"):
        await fetch("http://cdn.example.com/call.wav", options, backend)

    assert backend.connects == []


async def test_connects_to_the_checked_address_keeping_the_host_name(
    server: FixtureServer, backend: LoopbackOnlyBackend, tmp_path: Path
) -> None:
    server.route("/call.wav", hf.body(hf.wav_bytes()))
    resolver = RebindingResolver()
    options = DownloadOptions(data_dir=tmp_path, resolver=resolver, address_policy=only_loopback)
    url = f"http://audio.example.test:{port_of(server)}/call.wav"

    result = await fetch(url, options, backend)

    assert result.size_bytes == len(hf.wav_bytes())
    # One lookup, and the socket went to the address that lookup gave: a second
    # (rebound) answer never gets the chance to matter.
    assert resolver.lookups == ["audio.example.test"]
    assert backend.connects == ["127.0.0.1"]
    assert server.seen[0].headers["host"] == f"audio.example.test:{port_of(server)}"


async def test_unresolvable_host_is_transient(backend: LoopbackOnlyBackend, tmp_path: Path) -> None:
    options = DownloadOptions(data_dir=tmp_path, resolver=FakeResolver())

    with pytest.raises(TransientError, match=r"cannot resolve nowhere\.example"):
        await fetch("http://nowhere.example/a.wav", options, backend)

    assert backend.connects == []


# --- redirects -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "why"),
    [
        ("http://10.0.0.1/x.wav", "10.0.0.1 is a private address"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local"),
        ("http://[::ffff:a9fe:a9fe]/latest/", "link-local address (cloud metadata lives here) in"),
        ("http://internal.example.com/x.wav", "internal.example.com resolves to 192.168.0.5"),
    ],
)
async def test_redirect_from_an_allowed_server_to_an_internal_one_is_refused(
    server: FixtureServer, backend: LoopbackOnlyBackend, tmp_path: Path, target: str, why: str
) -> None:
    url = server.route("/start.wav", hf.redirect(target))
    resolver = FakeResolver({"internal.example.com": ["192.168.0.5"]})
    options = DownloadOptions(data_dir=tmp_path, resolver=resolver, address_policy=only_loopback)

    with pytest.raises(PermanentError, match=r"^blocked URL: ") as caught:
        await fetch(url, options, backend)

    assert why in caught.value.reason
    assert server.paths() == ["/start.wav"]
    assert backend.connects == ["127.0.0.1"], "the redirect target must never be connected to"


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://files.example.com/a.wav"])
async def test_redirect_to_another_scheme_is_refused(
    server: FixtureServer, backend: LoopbackOnlyBackend, tmp_path: Path, target: str
) -> None:
    url = server.route("/start.wav", hf.redirect(target))
    options = DownloadOptions(data_dir=tmp_path, address_policy=only_loopback)

    with pytest.raises(PermanentError, match=r"^blocked URL: scheme '(file|ftp)'"):
        await fetch(url, options, backend)

    assert backend.connects == ["127.0.0.1"]


# --- allow-list ------------------------------------------------------------------------


async def test_allow_list_admits_listed_hosts_and_refuses_others_before_any_lookup(
    server: FixtureServer, backend: LoopbackOnlyBackend, tmp_path: Path
) -> None:
    server.route("/call.wav", hf.body(hf.wav_bytes()))
    port = port_of(server)
    resolver = FakeResolver({"pbx.telephony.test": ["127.0.0.1"], "evil.test": ["127.0.0.1"]})
    options = DownloadOptions(
        data_dir=tmp_path,
        resolver=resolver,
        address_policy=only_loopback,
        allowed_hosts=("*.telephony.test",),
    )

    result = await fetch(f"http://pbx.telephony.test:{port}/call.wav", options, backend)
    assert result.size_bytes == len(hf.wav_bytes())

    with pytest.raises(PermanentError) as caught:
        await fetch(f"http://evil.test:{port}/call.wav", options, backend)
    assert caught.value.reason == ("blocked URL: host evil.test is not in AUDIO_URL_ALLOWED_HOSTS")
    assert resolver.lookups == ["pbx.telephony.test"]


async def test_allow_list_is_checked_on_every_redirect_hop(
    server: FixtureServer, backend: LoopbackOnlyBackend, tmp_path: Path
) -> None:
    port = port_of(server)
    server.route("/start.wav", hf.redirect(f"http://elsewhere.test:{port}/call.wav"))
    server.route("/call.wav", hf.body(hf.wav_bytes()))
    resolver = FakeResolver({"pbx.telephony.test": ["127.0.0.1"], "elsewhere.test": ["127.0.0.1"]})
    options = DownloadOptions(
        data_dir=tmp_path,
        resolver=resolver,
        address_policy=only_loopback,
        allowed_hosts=("pbx.telephony.test",),
    )

    with pytest.raises(PermanentError, match=r"host elsewhere\.test is not in"):
        await fetch(f"http://pbx.telephony.test:{port}/start.wav", options, backend)

    assert server.paths() == ["/start.wav"]


@pytest.mark.parametrize(
    ("host", "allowed"),
    [
        ("pbx.example.com", True),
        ("PBX.Example.COM.", True),
        ("a.b.example.com", True),
        ("example.com", False),  # "*." means subdomains: list the apex separately
        ("evilexample.com", False),
        ("example.com.evil.test", False),
        ("exact.test", True),
        ("sub.exact.test", False),
    ],
)
def test_host_allowed_patterns(host: str, allowed: bool) -> None:
    assert host_allowed(host, ["*.example.com", "exact.test"]) is allowed


# --- which client does the work --------------------------------------------------------


async def test_a_caller_client_without_the_guard_is_not_used(tmp_path: Path) -> None:
    used: list[str] = []

    def record(request: httpx.Request) -> httpx.Response:
        used.append(str(request.url))
        return httpx.Response(200, content=hf.wav_bytes())

    options = DownloadOptions(data_dir=tmp_path, resolver=FakeResolver())
    async with httpx.AsyncClient(transport=httpx.MockTransport(record)) as plain:
        with pytest.raises(PermanentError, match=r"^blocked URL: 10\.0\.0\.1 is a private"):
            await download(job_for("http://10.0.0.1/a.wav"), options, plain)

    assert used == []


# --- the address table -----------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    ["8.8.8.8", "93.184.216.34", "2606:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808"],
)
def test_public_addresses_pass(address: str) -> None:
    assert blocked_reason(ip_address(address)) is None


@pytest.mark.parametrize(
    "address",
    [
        "127.8.9.10",
        "192.0.0.8",
        "198.18.0.1",
        "255.255.255.255",
        "192.0.2.1",
        "::127.0.0.1",
        "2001::1",  # Teredo
        "2001:db8::1",
        "fec0::1",
        "64:ff9b:1::1",
        "2002:7f00:1::1",
        "100::1",
    ],
)
def test_special_purpose_addresses_are_blocked(address: str) -> None:
    assert blocked_reason(ip_address(address)) is not None


# --- settings --------------------------------------------------------------------------


async def test_settings_reach_the_download_options(caplog: pytest.LogCaptureFixture) -> None:
    settings = Settings(
        audio_url_allowed_hosts=" pbx.example.com, *.cdn.example.com ,",
        download_total_timeout=42.0,
    )
    with caplog.at_level(logging.WARNING):
        options = download_options(settings)
        async with open_handler("download", settings):
            pass
    assert options.allowed_hosts == ("pbx.example.com", "*.cdn.example.com")
    assert options.total_timeout == 42.0
    assert options.allow_private_urls is False
    assert "ALLOW_PRIVATE_URLS" not in caplog.text

    with caplog.at_level(logging.WARNING):
        open_settings = Settings(allow_private_urls=True)
        open_options = download_options(open_settings)
        async with open_handler("download", open_settings):
            pass
    assert open_options.allow_private_urls is True
    assert "ALLOW_PRIVATE_URLS=true" in caplog.text


async def test_an_unguarded_client_is_not_trusted_once_the_check_is_on(
    server: FixtureServer, tmp_path: Path
) -> None:
    url = server.route("/a.wav", hf.body(hf.wav_bytes()))
    unguarded = new_client(DownloadOptions(data_dir=tmp_path, allow_private_urls=True))
    guarded_options = DownloadOptions(data_dir=tmp_path, resolver=FakeResolver())

    async with unguarded:
        with pytest.raises(PermanentError, match=r"^blocked URL: 127\.0\.0\.1 is a loopback"):
            await download(job_for(url), guarded_options, unguarded)

    assert server.seen == []
