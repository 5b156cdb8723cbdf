"""Both job stores: a folder, and S3 on a real S3-compatible server (moto) on loopback."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import uuid4

import httpx
import pytest

from consumers.cleanup import cleanup_storage
from stages.errors import PermanentError, TransientError
from stages.storage import FileStorage, S3Storage, Storage, check_key, job_key, open_storage
from tests.s3_server import S3Server, moto_server


@pytest.fixture(scope="module")
def s3(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3Server]:
    with moto_server(tmp_path_factory.mktemp("moto")) as server:
        yield server


@pytest.fixture(params=["file", "s3"])
async def store(
    request: pytest.FixtureRequest,
    s3: S3Server,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> AsyncIterator[Storage]:
    if request.param == "file":
        url = (tmp_path / "store").as_uri()
    else:
        bucket = f"b-{uuid4().hex[:12]}"
        s3.create_bucket(bucket)
        for name, value in s3.env().items():
            monkeypatch.setenv(name, value)
        url = f"s3://{bucket}/jobs"
    async with open_storage(url, data_dir=tmp_path / "data") as opened:
        yield opened


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


async def keys(store: Storage, prefix: str = "") -> list[str]:
    return sorted([item.key async for item in store.objects(prefix)])


async def test_a_file_goes_in_and_comes_back(store: Storage, tmp_path: Path) -> None:
    key = job_key(uuid4(), "source.wav")
    await store.put_file(key, write(tmp_path / "in.wav", b"RIFF" + bytes(range(256)) * 100))
    await store.get_file(key, tmp_path / "out" / "copy.wav")
    assert (tmp_path / "out" / "copy.wav").read_bytes() == (tmp_path / "in.wav").read_bytes()
    assert await keys(store) == [key]
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["copy.wav"]  # no temp left


async def test_a_rewrite_replaces_the_object_and_never_adds_one(
    store: Storage, tmp_path: Path
) -> None:
    key = job_key(uuid4(), "trimmed.wav")
    await store.put_file(key, write(tmp_path / "first", b"first version"))
    await store.put_file(key, write(tmp_path / "second", b"second"))  # a redelivery
    await store.get_file(key, tmp_path / "read")
    assert (tmp_path / "read").read_bytes() == b"second"
    assert await keys(store) == [key]
    if isinstance(store, FileStorage):
        # The write went through a temp file renamed over the object: none is left.
        assert [p.name for p in store.local_path(key).parent.iterdir()] == ["trimmed.wav"]


async def test_delete_prefix_takes_one_job_and_leaves_the_others(
    store: Storage, tmp_path: Path
) -> None:
    done, other = uuid4(), uuid4()
    for job in (done, other):
        for name in ("source.mp3", "trimmed.wav"):
            await store.put_file(job_key(job, name), write(tmp_path / name, name.encode()))
    assert await store.delete_prefix(f"{done}/") == 2
    assert await keys(store) == [job_key(other, "source.mp3"), job_key(other, "trimmed.wav")]
    assert await store.delete_prefix(f"{done}/") == 0  # a redelivered deliver finds nothing


async def test_cleanup_expires_whole_jobs_by_their_newest_object(
    store: Storage, tmp_path: Path
) -> None:
    job = uuid4()
    await store.put_file(job_key(job, "source.wav"), write(tmp_path / "a", b"12345"))
    assert await cleanup_storage(store, 3600) == []  # young: kept
    later = datetime.now(UTC) + timedelta(hours=2)
    dry = await cleanup_storage(store, 3600, now=later, dry_run=True)
    assert [item.bytes for item in dry] == [5]
    assert await keys(store) == [job_key(job, "source.wav")]
    removed = await cleanup_storage(store, 3600, now=later)
    assert [str(item.path).endswith(f"{job}/") for item in removed] == [True]
    assert await keys(store) == []


async def test_a_missing_object_is_a_permanent_error(store: Storage, tmp_path: Path) -> None:
    with pytest.raises(PermanentError, match="no object"):
        await store.get_file(job_key(uuid4(), "source.wav"), tmp_path / "x")


def test_keys_cannot_climb_out() -> None:
    for bad in ("../etc/passwd", "/abs", "a/../b", "a//b", "", ".hidden/x"):
        with pytest.raises(PermanentError):
            check_key(bad)
    assert check_key("4b2c/source.wav") == "4b2c/source.wav"


async def test_a_presigned_url_serves_the_object_to_anyone(
    s3: S3Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bucket = f"b-{uuid4().hex[:12]}"
    s3.create_bucket(bucket)
    for name, value in s3.env().items():
        monkeypatch.setenv(name, value)
    async with S3Storage(bucket, "p") as store:
        key = job_key(uuid4(), "trimmed.wav")
        await store.put_file(key, write(tmp_path / "t.wav", b"RIFF-trimmed"))
        url = await store.presign(key, timedelta(minutes=15))
    assert "X-Amz-Expires=900" in url and "X-Amz-Signature=" in url
    assert f"/{bucket}/p/{key}" in url
    async with httpx.AsyncClient() as client:  # no credentials: the URL is the grant
        answer = await client.get(url)
    assert answer.status_code == 200 and answer.content == b"RIFF-trimmed"


async def test_an_unreachable_store_is_a_transient_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, s3: S3Server
) -> None:
    from devkit.stack import free_port

    for name, value in s3.env(f"http://127.0.0.1:{free_port()}").items():
        monkeypatch.setenv(name, value)
    async with S3Storage("nowhere") as store:
        with pytest.raises(TransientError, match="could not store"):
            await store.put_file("j/source.wav", write(tmp_path / "a", b"x"))


UPLOAD_SCRIPT = """
import asyncio, json, resource, sys
from pathlib import Path
from stages.storage import S3Storage

async def main():
    async with S3Storage(sys.argv[1]) as store:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        await store.put_file("big/source.wav", Path(sys.argv[2]))
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"before_kib": before, "after_kib": after}))

asyncio.run(main())
"""


def test_a_200_mb_upload_streams_without_holding_the_file(s3: S3Server, tmp_path: Path) -> None:
    size = 200 * 1024 * 1024
    big = tmp_path / "big.wav"
    with big.open("wb") as file:  # distinct bytes per MiB, written without holding them all
        for index in range(size // (1024 * 1024)):
            file.write(bytes([index % 251]) * (1024 * 1024))
    bucket = f"b-{uuid4().hex[:12]}"
    s3.create_bucket(bucket)
    run = subprocess.run(
        [sys.executable, "-c", UPLOAD_SCRIPT, bucket, str(big)],
        env={**s3.env(), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(Path(__file__).parents[1])},
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    rss = json.loads(run.stdout)
    grown_mib = (rss["after_kib"] - rss["before_kib"]) / 1024
    print(f"peak RSS before {rss['before_kib'] / 1024:.0f} MiB, grew {grown_mib:.1f} MiB")
    assert grown_mib < 64, f"the upload grew the process by {grown_mib:.0f} MiB"
    head = httpx.head(f"{s3.url}/{bucket}/big/source.wav", timeout=30)
    assert int(head.headers["content-length"]) == size


def test_the_s3_overlay_needs_no_shared_volume() -> None:
    import yaml

    out = subprocess.run(
        ["kubectl", "kustomize", str(Path(__file__).parents[1] / "k8s" / "overlays" / "s3")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    docs = [doc for doc in yaml.safe_load_all(out) if doc]
    assert not [d for d in docs if d["kind"] == "PersistentVolumeClaim"]
    (config,) = [d for d in docs if d["kind"] == "ConfigMap" and "STORAGE_URL" in d["data"]]
    assert config["data"]["STORAGE_URL"].startswith("s3://")
    workloads = [d for d in docs if d["kind"] in ("Deployment", "CronJob")]
    assert len(workloads) >= 7  # five workers, the ingress, the cleanup job
    for doc in workloads:
        spec = doc["spec"]
        pod = (spec["jobTemplate"]["spec"] if doc["kind"] == "CronJob" else spec)["template"]
        volumes = pod["spec"].get("volumes", [])
        assert all("persistentVolumeClaim" not in v for v in volumes), doc["metadata"]["name"]
        mounts = {
            m["mountPath"]: m["name"]
            for c in pod["spec"]["containers"]
            for m in c.get("volumeMounts", [])
        }
        if "/data" in mounts:
            (data,) = [v for v in volumes if v["name"] == mounts["/data"]]
            assert "emptyDir" in data
