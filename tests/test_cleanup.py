"""``audio-nlp cleanup``: what the nightly CronJob deletes from the shared volume, and what not.

Real files in a temporary DATA_DIR, ages set with ``os.utime``; the command runs as the
CronJob runs it, a subprocess of the production CLI.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from consumers.cleanup import TRANSCRIPT_CACHE, cleanup, parse_age

HOUR = 3600.0


def aged(path: Path, hours: float) -> Path:
    """Give ``path`` (not what a link points at) a modification time ``hours`` ago."""
    then = time.time() - hours * HOUR
    os.utime(path, (then, then), follow_symlinks=False)
    return path


def job_folder(data_dir: Path, name: str, *, hours: float, size: int = 100) -> Path:
    folder = data_dir / name
    folder.mkdir(parents=True)
    audio = folder / "original.wav"
    audio.write_bytes(b"\0" * size)
    aged(audio, hours)
    aged(folder, hours)
    return folder


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


def run_cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "consumers.cli", "cleanup", *args],
        cwd=data_dir.parent,  # no .env from the project directory
        env={
            "DATA_DIR": str(data_dir),
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_only_folders_older_than_the_cut_off_go(data_dir: Path) -> None:
    old = job_folder(data_dir, "old-job", hours=3, size=1234)
    fresh = job_folder(data_dir, "fresh-job", hours=1)
    stray = data_dir / "stray.part"
    stray.write_bytes(b"x" * 10)
    aged(stray, 5)

    removed = cleanup(data_dir, 2 * HOUR)

    assert {(item.path.name, item.bytes) for item in removed} == {
        ("old-job", 1234),
        ("stray.part", 10),
    }
    assert not old.exists() and not stray.exists()
    assert (fresh / "original.wav").exists()


def test_a_folder_with_one_recent_file_is_still_in_use(data_dir: Path) -> None:
    folder = job_folder(data_dir, "retrying-job", hours=5)
    (folder / "trimmed.wav").write_bytes(b"\0")  # written just now by a worker
    aged(folder, 5)

    assert cleanup(data_dir, 2 * HOUR) == []
    assert (folder / "original.wav").exists()


def test_dry_run_lists_what_would_go_and_removes_nothing(data_dir: Path) -> None:
    old = job_folder(data_dir, "old-job", hours=3, size=500)

    dry = run_cli(data_dir, "--older-than", "2h", "--dry-run")

    assert dry.returncode == 0, dry.stderr
    assert f"would remove {old} (500 bytes)" in dry.stdout
    assert (old / "original.wav").exists()

    real = run_cli(data_dir, "--older-than", "2h")

    assert real.returncode == 0, real.stderr
    assert f"removed {old} (500 bytes)" in real.stdout
    assert "removed 1 entries" in real.stdout
    assert not old.exists()


def test_nothing_outside_data_dir_is_touched(tmp_path: Path, data_dir: Path) -> None:
    # Beside DATA_DIR, with a name that shares its prefix, and old: still not ours.
    neighbour = job_folder(tmp_path, "data-other", hours=10)
    aged(tmp_path, 10)

    cleanup(data_dir, 2 * HOUR)
    cleanup(tmp_path / "no-such-dir", 2 * HOUR)

    assert (neighbour / "original.wav").exists()
    assert data_dir.is_dir()


def test_a_link_to_a_folder_outside_is_removed_as_a_link_and_its_target_survives(
    tmp_path: Path, data_dir: Path
) -> None:
    outside = job_folder(tmp_path, "outside", hours=10, size=999)
    link = data_dir / "linked-job"
    link.symlink_to(outside, target_is_directory=True)
    aged(link, 10)

    removed = cleanup(data_dir, 2 * HOUR)

    assert [(item.path, item.bytes) for item in removed] == [(link, 0)]
    assert not link.is_symlink()
    assert (outside / "original.wav").read_bytes() == b"\0" * 999


def test_links_inside_a_job_folder_are_not_followed(tmp_path: Path, data_dir: Path) -> None:
    outside = tmp_path / "precious.wav"
    outside.write_bytes(b"keep me")
    folder = job_folder(data_dir, "old-job", hours=3, size=10)
    (folder / "to-outside.wav").symlink_to(outside)
    (folder / "to-outside-dir").symlink_to(tmp_path, target_is_directory=True)
    (folder / "dangling.wav").symlink_to(tmp_path / "gone.wav")
    for name in ("to-outside.wav", "to-outside-dir", "dangling.wav"):
        aged(folder / name, 3)
    aged(folder, 3)

    removed = cleanup(data_dir, 2 * HOUR)

    # Only the folder's own file counts; the links (even a dangling one) do not stop it.
    assert [(item.path, item.bytes) for item in removed] == [(folder, 10)]
    assert not folder.exists()
    assert outside.read_bytes() == b"keep me"
    assert (tmp_path / "data").is_dir()


def test_a_fresh_link_to_an_old_target_is_judged_by_its_own_age(
    tmp_path: Path, data_dir: Path
) -> None:
    outside = job_folder(tmp_path, "outside", hours=10)
    link = data_dir / "just-linked"
    link.symlink_to(outside, target_is_directory=True)

    assert cleanup(data_dir, 2 * HOUR) == []
    assert link.is_symlink()


def test_transcript_cache_entries_expire_one_by_one(data_dir: Path) -> None:
    cache = data_dir / TRANSCRIPT_CACHE
    old_shard, busy_shard = cache / "ab", cache / "cd"
    old_shard.mkdir(parents=True)
    busy_shard.mkdir()
    old_entry = old_shard / "ab12.json"
    old_entry.write_text('{"text": "old"}')
    stale_in_busy = busy_shard / "cd34.json"
    stale_in_busy.write_text('{"text": "stale"}')
    fresh_entry = busy_shard / "cd56.json"
    fresh_entry.write_text('{"text": "fresh"}')
    for path in (old_entry, stale_in_busy, old_shard, busy_shard):
        aged(path, 30)

    removed = cleanup(data_dir, 24 * HOUR)

    assert {item.path for item in removed} == {old_entry, stale_in_busy}
    assert fresh_entry.read_text() == '{"text": "fresh"}'
    assert not old_shard.exists()  # emptied and old: gone
    assert busy_shard.is_dir() and cache.is_dir()


def test_a_transcript_cache_dry_run_keeps_every_entry(data_dir: Path) -> None:
    shard = data_dir / TRANSCRIPT_CACHE / "ef"
    shard.mkdir(parents=True)
    entry = shard / "ef78.json"
    entry.write_text("{}")
    aged(entry, 30)
    aged(shard, 30)

    removed = cleanup(data_dir, 24 * HOUR, dry_run=True)

    assert [item.path for item in removed] == [entry]
    assert entry.exists()


@pytest.mark.parametrize(
    ("text", "seconds"), [("90", 90), ("30m", 1800), ("2h", 7200), ("1.5d", 129600), (" 2H ", 7200)]
)
def test_parse_age(text: str, seconds: float) -> None:
    assert parse_age(text) == seconds


def test_a_bad_age_is_refused_before_anything_is_deleted(data_dir: Path) -> None:
    old = job_folder(data_dir, "old-job", hours=3)

    done = run_cli(data_dir, "--older-than", "2 weeks")

    assert done.returncode != 0
    assert "invalid age" in done.stderr
    assert old.exists()
