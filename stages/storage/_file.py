"""Objects as files under one folder: today's shared ``DATA_DIR``, embedded, no service."""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import anyio

from stages.errors import InputMissing, PermanentError, TransientError
from stages.storage._base import ObjectInfo, Storage, check_key

_CHUNK = 1024 * 1024


class FileStorage(Storage):
    """Keys are paths under ``root``; folders whose name starts with "." are not objects.

    Args:
        root: the folder (``DATA_DIR``, shared by every worker when they are on
            different hosts: an RWX volume).
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.url = root.resolve().as_uri()

    @property
    def is_local(self) -> bool:
        return True

    def workspace(self, scratch: Path) -> Path:
        # Stages write straight into the store: storing a file is then a no-op.
        return self.root

    def local_path(self, key: str) -> Path:
        return self.root / check_key(key)

    async def put_file(self, key: str, source: Path) -> None:
        await asyncio.to_thread(_copy_unless_same, source, self.local_path(key))

    async def get_file(self, key: str, destination: Path) -> None:
        source = self.local_path(key)
        if not await anyio.Path(source).is_file():
            raise InputMissing(f"no object {key!r} in {self.url}")
        await asyncio.to_thread(_copy_unless_same, source, destination)

    async def presign(self, key: str, expires_in: timedelta) -> str | None:
        return None  # a folder has no URL a provider could fetch

    async def objects(self, prefix: str = "") -> AsyncIterator[ObjectInfo]:
        for item in await asyncio.to_thread(self._scan, prefix):
            yield item

    async def delete_prefix(self, prefix: str) -> int:
        if not prefix.endswith("/"):
            raise ValueError(f"a prefix ends with '/': {prefix!r}")
        folder = self.local_path(prefix.rstrip("/"))
        return await asyncio.to_thread(_remove_tree, folder)

    def _scan(self, prefix: str) -> list[ObjectInfo]:
        found: list[ObjectInfo] = []
        if not self.root.is_dir():
            return found
        for directory, folders, files in os.walk(self.root):
            folders[:] = sorted(name for name in folders if not name.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue  # a write in progress, or not ours
                path = Path(directory) / name
                key = path.relative_to(self.root).as_posix()
                if key.startswith(prefix):
                    info = path.lstat()
                    modified = datetime.fromtimestamp(info.st_mtime, UTC)
                    found.append(ObjectInfo(key, info.st_size, modified))
        return found


def _copy_unless_same(source: Path, target: Path) -> None:
    # A stage that wrote in place (``workspace``) stores its file by doing nothing.
    if source.resolve() != target.resolve():
        _copy_atomically(source, target)


def _copy_atomically(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    # A fresh name per write: a redelivered job racing this one cannot share it.
    temp = target.parent / f".{target.name}.{uuid.uuid4().hex}.part"
    try:
        with source.open("rb") as reader, temp.open("wb") as writer:
            shutil.copyfileobj(reader, writer, _CHUNK)
            writer.flush()
            os.fsync(writer.fileno())
        os.replace(temp, target)
    except FileNotFoundError:
        temp.unlink(missing_ok=True)
        raise PermanentError(f"no file {source} to store") from None
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise TransientError(f"could not write {target}: {error.strerror or error}") from None


def _remove_tree(folder: Path) -> int:
    if not folder.is_dir():
        return 0
    count = sum(len(files) for _, _, files in os.walk(folder))
    shutil.rmtree(folder, ignore_errors=True)
    return count
