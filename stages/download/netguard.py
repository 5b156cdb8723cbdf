"""Keep the download stage off internal networks (SSRF), including through DNS tricks.

An audio URL comes from outside, so a hostile one may point at the cloud metadata
service, the broker's management API or anything else only this host can reach. The
guard sits where the socket is opened: ``GuardedNetworkBackend`` resolves the host once,
refuses it unless every address is public, and connects to an address it checked. A
DNS answer that changes between check and connect (rebinding) therefore cannot help,
and every redirect hop opens its connection through the same gate. TLS still names the
host (httpcore passes the URL's host as SNI and checks the certificate against it) and
the Host header is untouched, because only the socket's address is substituted.

Why not a library: httpx-secure and drawbridge do the same job, but each wraps or
patches the whole client and brings its own redirect policy and DNS cache, while this
stage already follows redirects itself, needs an injectable resolver for its tests and
a per-job allow-list; the part that matters is the ~40-line network backend below,
built on httpcore's public ``AsyncNetworkBackend`` interface.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import socket
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator, Sequence
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network
from typing import Protocol

import httpcore
import httpx

from stages.errors import PermanentError

IPAddress = IPv4Address | IPv6Address
AddressPolicy = Callable[[IPAddress], str | None]
"""Returns why an address may not be contacted, or None when it may."""

ALLOWED_SCHEMES = ("http", "https")

# IANA special-purpose registries: none of these is a public audio host. Listed rather
# than read from ``is_global`` because Python 3.11 gets several of them wrong
# (192.0.0.8, fec0::/10, 64:ff9b::/96 all count as global there).
_BLOCKED_V4: tuple[tuple[IPv4Network, str], ...] = tuple(
    (IPv4Network(network), why)
    for network, why in (
        ("0.0.0.0/8", "an unspecified address"),
        ("10.0.0.0/8", "a private address"),
        ("100.64.0.0/10", "a carrier-grade NAT address"),
        ("127.0.0.0/8", "a loopback address"),
        ("169.254.0.0/16", "a link-local address (cloud metadata lives here)"),
        ("172.16.0.0/12", "a private address"),
        ("192.0.0.0/24", "an IETF protocol address"),
        ("192.0.2.0/24", "a documentation address"),
        ("192.88.99.0/24", "a 6to4 relay address"),
        ("192.168.0.0/16", "a private address"),
        ("198.18.0.0/15", "a benchmarking address"),
        ("198.51.100.0/24", "a documentation address"),
        ("203.0.113.0/24", "a documentation address"),
        ("224.0.0.0/4", "a multicast address"),
        ("240.0.0.0/4", "a reserved address"),
    )
)
_BLOCKED_V6: tuple[tuple[IPv6Network, str], ...] = tuple(
    (IPv6Network(network), why)
    for network, why in (
        ("::/128", "an unspecified address"),
        ("::1/128", "a loopback address"),
        ("64:ff9b:1::/48", "a local NAT64 address"),
        ("100::/64", "a discard-only address"),
        ("2001::/23", "an IETF protocol address"),
        ("2001:db8::/32", "a documentation address"),
        ("3fff::/20", "a documentation address"),
        ("fc00::/7", "a private (unique local) address"),
        ("fe80::/10", "a link-local address"),
        ("fec0::/10", "a site-local address"),
        ("ff00::/8", "a multicast address"),
    )
)
_GLOBAL_UNICAST_V6 = IPv6Network("2000::/3")
_NAT64 = IPv6Network("64:ff9b::/96")


class BlockedURLError(PermanentError):
    """The URL, or an address its host resolves to, may not be fetched."""

    def __init__(self, why: str) -> None:
        super().__init__(f"blocked URL: {why}")


def blocked_reason(address: IPAddress) -> str | None:
    """Why ``address`` is not a public unicast address, or None when it is one."""
    if isinstance(address, IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            # The packet ends up at the IPv4 address inside, so that is what is judged.
            inner = blocked_reason(embedded)
            return f"{inner} in IPv6 form" if inner else None
        for network, why in _BLOCKED_V6:
            if address in network:
                return why
        if address not in _GLOBAL_UNICAST_V6:
            return "a reserved address"
        return None
    for v4_network, why in _BLOCKED_V4:
        if address in v4_network:
            return why
    return None


def _embedded_ipv4(address: IPv6Address) -> IPv4Address | None:
    """The IPv4 address an IPv4-mapped, NAT64 or 6to4 address carries."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address in _NAT64:
        return IPv4Address(int(address) & 0xFFFFFFFF)
    return address.sixtofour


def host_allowed(host: str, allowed_hosts: Iterable[str]) -> bool:
    """Whether ``host`` matches the allow-list: exact names, or ``*.suffix`` for subdomains."""
    host = host.lower().rstrip(".")
    for pattern in allowed_hosts:
        pattern = pattern.strip().lower().rstrip(".")
        if pattern.startswith("*."):
            if host.endswith(pattern[1:]) and host != pattern[2:]:
                return True
        elif host == pattern:
            return True
    return False


def check_url(url: httpx.URL, allowed_hosts: Sequence[str] = ()) -> None:
    """Refuse what can be judged from the URL alone; addresses are judged at connect time."""
    if url.scheme not in ALLOWED_SCHEMES:
        raise BlockedURLError(f"scheme {url.scheme or '(none)'!r} is not http or https")
    if not url.host:
        raise BlockedURLError("the URL has no host")
    if allowed_hosts and not host_allowed(url.host, allowed_hosts):
        raise BlockedURLError(f"host {url.host} is not in AUDIO_URL_ALLOWED_HOSTS")


class Resolver(Protocol):
    """Turns a host name into addresses; tests inject one to fake DNS answers."""

    async def resolve(self, host: str, port: int) -> Sequence[IPAddress]: ...


class SystemResolver:
    """The operating system's resolver (getaddrinfo, in the loop's thread pool)."""

    async def resolve(self, host: str, port: int) -> Sequence[IPAddress]:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
        addresses: list[IPAddress] = []
        for _family, _type, _proto, _name, sockaddr in infos:
            # Scope ids ("fe80::1%eth0") are dropped: the address alone decides.
            address = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
            if address not in addresses:
                addresses.append(address)
        return addresses


class GuardedNetworkBackend(httpcore.AsyncNetworkBackend):
    """Opens TCP connections only to addresses ``policy`` accepts, checked after one lookup.

    Args:
        resolver: where host names are looked up (the system's by default).
        policy: judges each address; the default refuses every non-public one.
        inner: the backend that really opens sockets (tests count its connects).
    """

    def __init__(
        self,
        resolver: Resolver | None = None,
        policy: AddressPolicy = blocked_reason,
        inner: httpcore.AsyncNetworkBackend | None = None,
    ) -> None:
        self.resolver = resolver or SystemResolver()
        self.policy = policy
        self.inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        host = host.strip("[]")
        addresses = await self._resolve(host, port, timeout)
        self._vet(host, addresses)
        last_error: Exception | None = None
        for address in addresses:
            try:
                return await self.inner.connect_tcp(
                    str(address), port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                last_error = error
        assert last_error is not None, "_resolve never returns an empty list"
        raise last_error

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise BlockedURLError("unix sockets are never used for downloads")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)

    async def _resolve(self, host: str, port: int, within: float | None) -> list[IPAddress]:
        try:
            async with asyncio.timeout(within):
                addresses = list(await self.resolver.resolve(host, port))
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"resolving {host} took over {within}s") from None
        except OSError as error:
            # NXDOMAIN and SERVFAIL look alike here; a later attempt may resolve it.
            raise httpcore.ConnectError(f"cannot resolve {host}: {error}") from None
        if not addresses:
            raise httpcore.ConnectError(f"cannot resolve {host}: no addresses")
        return addresses

    def _vet(self, host: str, addresses: Sequence[IPAddress]) -> None:
        # Every address, not just the first: a mixed answer is the usual rebinding setup.
        for address in addresses:
            why = self.policy(address)
            if why is None:
                continue
            if host == str(address):
                raise BlockedURLError(f"{address} is {why}")
            raise BlockedURLError(f"{host} resolves to {address}, {why}")


# httpcore's errors as httpx's, most specific first, so callers see what an ordinary
# httpx client would raise (a slow read is an ``httpx.ReadTimeout``, and so on).
_HTTPX_ERRORS: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.ProxyError, httpx.ProxyError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)


@contextlib.contextmanager
def _as_httpx_errors() -> Iterator[None]:
    try:
        yield
    except Exception as error:
        for core_error, httpx_error in _HTTPX_ERRORS:
            if isinstance(error, core_error):
                raise httpx_error(str(error)) from error
        raise  # BlockedURLError and anything else pass through unchanged


class _ResponseStream(httpx.AsyncByteStream):
    def __init__(self, body: AsyncIterable[bytes]) -> None:
        self._body = body

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _as_httpx_errors():
            async for part in self._body:
                yield part

    async def aclose(self) -> None:
        close = getattr(self._body, "aclose", None)
        if close is not None:
            with _as_httpx_errors():
                await close()


class GuardedTransport(httpx.AsyncBaseTransport):
    """An httpx transport whose connection pool opens every socket through the guard.

    Built on httpx's public transport interface around an ``httpcore.AsyncConnectionPool``
    given the guarded network backend; it never reads environment proxies
    (an HTTP(S)_PROXY would resolve and connect on our behalf, out of the guard's sight).
    Closing it (``aclose``, or the client that owns it) closes the pool.
    """

    def __init__(
        self, backend: GuardedNetworkBackend, *, limits: httpx.Limits | None = None
    ) -> None:
        limits = limits or httpx.Limits(max_connections=100, max_keepalive_connections=20)
        self.pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=backend,
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.AsyncByteStream)
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _as_httpx_errors():
            response = await self.pool.handle_async_request(core_request)
        assert isinstance(response.stream, AsyncIterable)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_ResponseStream(response.stream),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self.pool.aclose()


__all__ = [
    "AddressPolicy",
    "BlockedURLError",
    "GuardedNetworkBackend",
    "GuardedTransport",
    "IPAddress",
    "Resolver",
    "SystemResolver",
    "blocked_reason",
    "check_url",
    "host_allowed",
]
