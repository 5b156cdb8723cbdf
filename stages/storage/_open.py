"""``STORAGE_URL`` into a store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import unquote, urlsplit

from stages.storage._base import Storage
from stages.storage._file import FileStorage
from stages.storage._s3 import S3Storage


def parse_storage_url(url: str, *, data_dir: Path) -> Storage:
    """``""`` or ``file://`` (DATA_DIR), ``file:///srv/audio``, or ``s3://bucket/prefix``.

    ``ValueError`` names what is wrong with any other URL.
    """
    if url in ("", "file://", "file:"):
        return FileStorage(data_dir)
    parts = urlsplit(url)
    if parts.scheme == "file":
        if parts.netloc not in ("", "localhost"):
            raise ValueError(f"STORAGE_URL {url!r}: a file URL names no host (file:///path)")
        return FileStorage(Path(unquote(parts.path)))
    if parts.scheme == "s3":
        if not parts.netloc:
            raise ValueError(f"STORAGE_URL {url!r}: no bucket (s3://bucket/prefix)")
        return S3Storage(parts.netloc, unquote(parts.path))
    raise ValueError(f"STORAGE_URL {url!r}: use file://PATH or s3://BUCKET/PREFIX")


@asynccontextmanager
async def open_storage(url: str, *, data_dir: Path) -> AsyncIterator[Storage]:
    """The store ``url`` names (``data_dir`` for the default), closed on exit."""
    async with parse_storage_url(url, data_dir=data_dir) as storage:
        yield storage
