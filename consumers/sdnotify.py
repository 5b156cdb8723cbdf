"""systemd's readiness protocol (sd_notify) with the standard library only.

Under ``Type=notify`` systemd passes ``NOTIFY_SOCKET`` (a unix datagram socket) and counts
the unit as started when the process sends ``READY=1`` there. Outside systemd the variable
is unset and :func:`notify` does nothing, so callers need not know how they were started.
"""

from __future__ import annotations

import logging
import os
import socket

__all__ = ["notify"]

log = logging.getLogger(__name__)


def notify(state: str) -> bool:
    """Send ``state`` (e.g. ``"READY=1"``) to systemd; True when it was sent.

    A failure is logged and not raised: a unit that never hears READY=1 is failed by
    systemd's start timeout, which says more than a crash of a working process would.
    """
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return False
    # "@name" is an abstract-namespace socket, spelled with a leading NUL byte.
    target = "\0" + address[1:] if address.startswith("@") else address
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(target)
            sock.sendall(state.encode("utf-8"))
    except OSError as error:
        log.warning("could not notify systemd (%s): %s", state, error)
        return False
    return True
