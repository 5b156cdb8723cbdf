"""Delete what under ``DATA_DIR`` is older than an age: the nightly CronJob.

Job folders (and stray files) go whole, once nothing in them was touched for that age.
The transcript cache (``DATA_DIR/.transcript-cache``) is not a job: its entries expire
one by one, so a cache in daily use is trimmed instead of growing for ever. Nothing is
followed through a symbolic link: a link is judged by its own age and removed as a link,
so what it points at, inside DATA_DIR or not, is never touched.

With S3 storage (``STORAGE_URL=s3://…``) DATA_DIR is only scratch; what a dead letter
left in the bucket goes through ``cleanup_storage``: a job's objects (``<job_id>/…``)
are deleted together once the newest of them is older than the age.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import shutil
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from stages.storage import Storage, job_prefix, parse_storage_url

log = logging.getLogger(__name__)

_AGE = re.compile(r"^(\d+(?:\.\d+)?)\s*([smhd]?)$")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
# The default of Settings.transcript_cache_path(); a cache kept elsewhere is not ours.
TRANSCRIPT_CACHE = ".transcript-cache"


def parse_age(text: str) -> float:
    """``90``, ``30m``, ``2h``, ``1d`` → seconds."""
    match = _AGE.match(text.strip().lower())
    if not match:
        raise ValueError(f"invalid age {text!r}: use a number with s, m, h or d (e.g. 2h)")
    return float(match.group(1)) * _UNIT_SECONDS[match.group(2)]


@dataclass(frozen=True)
class Removed:
    """What went (or would): a path under DATA_DIR, or a job's prefix in the store."""

    path: Path | str
    bytes: int


async def cleanup_storage(
    storage: Storage,
    older_than_seconds: float,
    *,
    dry_run: bool = False,
    now: datetime | None = None,
) -> list[Removed]:
    """Delete every job's objects whose newest is older than the age; return them."""
    cutoff = (now or datetime.now(UTC)) - timedelta(seconds=older_than_seconds)
    jobs: dict[str, tuple[datetime, int]] = {}
    async for item in storage.objects():
        job = item.key.split("/", 1)[0]
        newest, size = jobs.get(job, (item.last_modified, 0))
        jobs[job] = (max(newest, item.last_modified), size + item.size)
    removed: list[Removed] = []
    for job, (newest, size) in sorted(jobs.items()):
        if newest >= cutoff:
            continue
        prefix = job_prefix(job)
        if not dry_run:
            await storage.delete_prefix(prefix)
        removed.append(Removed(f"{storage.url}/{prefix}", size))
    return removed


def cleanup_storage_url(
    storage_url: str, older_than_seconds: float, *, dry_run: bool = False
) -> list[Removed]:
    """``cleanup_storage`` on ``STORAGE_URL``'s store; nothing for file storage, whose
    objects are DATA_DIR's job folders and go through ``cleanup``."""
    storage = parse_storage_url(storage_url, data_dir=Path("."))
    if storage.is_local:
        return []

    async def run() -> list[Removed]:
        async with storage:
            return await cleanup_storage(storage, older_than_seconds, dry_run=dry_run)

    return asyncio.run(run())


def cleanup(data_dir: Path, older_than_seconds: float, *, dry_run: bool = False) -> list[Removed]:
    """Remove what under ``data_dir`` was last modified before the cut-off; return it.

    With ``dry_run`` nothing is removed and the list says what would be.
    """
    if not data_dir.is_dir():
        return []
    cutoff = time.time() - older_than_seconds
    removed: list[Removed] = []
    for entry in sorted(data_dir.iterdir()):
        if entry.name == TRANSCRIPT_CACHE and _is_real_dir(entry):
            removed += _expire_cache(entry, cutoff, dry_run)
        elif (item := _remove_if_old(entry, cutoff, dry_run)) is not None:
            removed.append(item)
    return removed


def _remove_if_old(entry: Path, cutoff: float, dry_run: bool) -> Removed | None:
    try:
        if _newest_mtime(entry) >= cutoff:
            return None
        size = _size(entry)
        if not dry_run:
            _remove(entry)
    except FileNotFoundError:
        return None  # a worker finished the job and removed it meanwhile
    except OSError as error:
        # One entry that cannot go must not keep the rest of the volume from being freed.
        log.warning("cleanup could not remove %s: %s", entry, error)
        return None
    return Removed(entry, size)


def _expire_cache(cache: Path, cutoff: float, dry_run: bool) -> list[Removed]:
    removed: list[Removed] = []
    for root, dirs, files in os.walk(cache, topdown=False):
        folder = Path(root)
        # A link to a directory is listed in ``dirs`` but never walked: expire it as a file.
        names = sorted(files + [d for d in dirs if (folder / d).is_symlink()])
        here = [item for name in names if (item := _remove_if_old(folder / name, cutoff, dry_run))]
        if here and folder != cache and not dry_run:
            _remove_if_empty(folder)
        removed += here
    return removed


def _remove_if_empty(folder: Path) -> None:
    """A shard folder this run emptied goes (one a writer just made, still empty, stays)."""
    with contextlib.suppress(OSError):  # not empty: fresher entries live there
        folder.rmdir()


def _remove(entry: Path) -> None:
    if _is_real_dir(entry):
        shutil.rmtree(entry)
    else:
        entry.unlink()  # a file, or a symbolic link itself and never its target


def _is_real_dir(path: Path) -> bool:
    return path.is_dir() and not path.is_symlink()


def _walk(path: Path) -> Iterator[Path]:
    """``path`` and everything under it, without entering linked directories."""
    yield path
    if _is_real_dir(path):
        for root, dirs, files in os.walk(path):
            yield from (Path(root) / name for name in (*dirs, *files))


def _newest_mtime(path: Path) -> float:
    """A folder counts as old only when nothing in it was touched recently."""
    return max(item.lstat().st_mtime for item in _walk(path))


def _size(path: Path) -> int:
    sizes = (item.lstat() for item in _walk(path))
    return sum(info.st_size for info in sizes if stat.S_ISREG(info.st_mode))
