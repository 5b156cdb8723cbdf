"""What every store offers the stages: put and get files, sign a URL, list, delete."""

from __future__ import annotations

import re
from abc import abstractmethod
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from uuid import UUID

from stages._resource import AsyncResource
from stages.errors import PermanentError

# Keys come from queue messages: nothing that could climb out of a folder or a prefix.
KEY_PATTERN = re.compile(r"^[A-Za-z0-9_\-][A-Za-z0-9_.\-]*(/[A-Za-z0-9_\-][A-Za-z0-9_.\-]*)*$")


def check_key(key: str) -> str:
    """``key`` if it is a relative, dot-free object key; ``PermanentError`` otherwise."""
    if not KEY_PATTERN.match(key) or any(part in ("", ".", "..") for part in key.split("/")):
        raise PermanentError(f"invalid storage key {key!r}")
    return key


def job_key(job_id: UUID | str, name: str) -> str:
    """The key of one of a job's objects: ``<job_id>/<name>``."""
    return check_key(f"{job_id}/{name}")


def job_prefix(job_id: UUID | str) -> str:
    """Every object of a job starts with this."""
    return f"{check_key(str(job_id))}/"


@dataclass(frozen=True)
class ObjectInfo:
    """One stored object, as a listing shows it."""

    key: str
    size: int
    last_modified: datetime


class Storage(AsyncResource):
    """A place for a job's files that every worker reaches; ``async with`` closes it.

    Writes are atomic: a reader sees the whole old object or the whole new one, and a
    redelivered message writing the same key replaces the object rather than adding one.
    Failures are ``stages.errors`` types: a missing object is permanent, anything the
    store or the network says otherwise is transient (the runtime's retry tiers).
    """

    url: str
    """Where it is, for logs (no credentials in it)."""

    @property
    @abstractmethod
    def is_local(self) -> bool:
        """True when objects are files on this machine (nothing is copied to scratch)."""

    @abstractmethod
    def workspace(self, scratch: Path) -> Path:
        """Where a worker writes a file it will store (the store itself, or ``scratch``)."""

    @abstractmethod
    def local_path(self, key: str) -> Path | None:
        """The object's own file when the store is local, else None."""

    @abstractmethod
    async def put_file(self, key: str, source: Path) -> None:
        """Store ``source``'s bytes under ``key``, streaming, replacing what was there."""

    @abstractmethod
    async def get_file(self, key: str, destination: Path) -> None:
        """Write the object to ``destination`` (atomically, streaming)."""

    @abstractmethod
    async def presign(self, key: str, expires_in: timedelta) -> str | None:
        """A URL anyone holding it can GET the object with until it expires (None: local)."""

    @abstractmethod
    def objects(self, prefix: str = "") -> AsyncIterator[ObjectInfo]:
        """Every object whose key starts with ``prefix``."""

    @abstractmethod
    async def delete_prefix(self, prefix: str) -> int:
        """Delete every object under ``prefix`` (which ends with "/"); return how many."""

    async def exists(self, key: str) -> bool:
        """Whether an object is stored under exactly ``key``."""
        async for item in self.objects(key):
            if item.key == key:
                return True
        return False
