"""A stage's files through the store: the input as a local file, the output stored."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

from stages.errors import PermanentError
from stages.storage._base import Storage, check_key


@contextlib.asynccontextmanager
async def input_file(storage: Storage, key: str, path: str, scratch: Path) -> AsyncIterator[Path]:
    """A local file holding a message's audio, for as long as the block runs.

    ``key`` names the object; a message of the release before storage keys carries only
    ``path``, read as it is (the shared volume it was written to). A local store hands
    out the object's own file; any other is copied to ``scratch/<key>`` and that copy
    is deleted on exit.
    """
    if not key:
        if not path:
            raise PermanentError("the message names no audio: neither key nor path")
        yield Path(path)
        return
    local = storage.local_path(key)
    if local is not None:
        yield local
        return
    copy = scratch / check_key(key)
    await storage.get_file(key, copy)
    try:
        yield copy
    finally:
        copy.unlink(missing_ok=True)


async def store_output(storage: Storage, local: Path, workspace: Path) -> tuple[str, str]:
    """Store a file a stage wrote under ``workspace``; return its key and, when the
    store is local, its path (what the previous release's workers read), else ""."""
    key = check_key(local.relative_to(workspace).as_posix())
    await storage.put_file(key, local)
    return key, str(local) if storage.is_local else ""


async def remove_scratch(storage: Storage, folder: Path) -> None:
    """Delete a job's scratch folder (never the store's own files)."""
    if not storage.is_local:
        await asyncio.to_thread(shutil.rmtree, folder, True)
