"""Delete job folders under ``DATA_DIR`` older than an age: the nightly CronJob."""

from __future__ import annotations

import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

_AGE = re.compile(r"^(\d+(?:\.\d+)?)\s*([smhd]?)$")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_age(text: str) -> float:
    """``90``, ``30m``, ``2h``, ``1d`` → seconds."""
    match = _AGE.match(text.strip().lower())
    if not match:
        raise ValueError(f"invalid age {text!r}: use a number with s, m, h or d (e.g. 2h)")
    return float(match.group(1)) * _UNIT_SECONDS[match.group(2)]


@dataclass(frozen=True)
class Removed:
    path: Path
    bytes: int


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _newest_mtime(path: Path) -> float:
    """A folder counts as old only when nothing in it was touched recently."""
    times = [path.stat().st_mtime, *(f.stat().st_mtime for f in path.rglob("*"))]
    return max(times)


def cleanup(data_dir: Path, older_than_seconds: float, *, dry_run: bool = False) -> list[Removed]:
    """Remove job folders (and stray files) under ``data_dir`` last modified before the cut-off."""
    if not data_dir.is_dir():
        return []
    cutoff = time.time() - older_than_seconds
    removed: list[Removed] = []
    for entry in sorted(data_dir.iterdir()):
        try:
            if _newest_mtime(entry) >= cutoff:
                continue
            size = _size(entry) if entry.is_dir() else entry.stat().st_size
            if not dry_run:
                if entry.is_dir():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()
        except FileNotFoundError:
            continue  # a worker finished the job and removed it meanwhile
        removed.append(Removed(entry, size))
    return removed
