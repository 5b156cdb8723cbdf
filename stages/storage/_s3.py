"""Objects in an S3-compatible bucket (AWS S3, MinIO, Ceph RGW, GCS interoperability).

The client is **obstore** (Python bindings of the Rust ``object_store`` crate that
Apache Arrow, DataFusion and Polars use), compared on what this job needs:

* streaming upload of a 200 MB recording without holding it: obstore's ``put`` of a
  ``Path`` reads the file in ``chunk_size`` parts and sends a multipart upload
  (``max_concurrency`` parts in flight), so memory is a few parts, not the file; the
  test measures the uploading process's peak RSS. aioboto3 can do the same through
  s3transfer's managed upload, aiobotocore only if we write the multipart loop ourselves.
* atomic writes: a PUT, and a multipart upload's completion, publish the whole object
  or nothing on every S3 implementation; obstore aborts the multipart upload it started
  when a part fails. Same for the others.
* presigned URLs: ``obstore.sign`` computes SigV4 locally (no request), as botocore's
  ``generate_presigned_url`` does.
* async: obstore's ``*_async`` calls run on its own Rust runtime and never block the
  loop; aiobotocore is asyncio on aiohttp; aioboto3 wraps aiobotocore (plus threads for
  its transfers); ``minio`` (the MinIO SDK) is synchronous, threads only.
* configuration: obstore reads the standard ``AWS_ACCESS_KEY_ID``,
  ``AWS_SECRET_ACCESS_KEY``, ``AWS_REGION``, ``AWS_ENDPOINT_URL`` and ``AWS_ALLOW_HTTP``
  itself, and web-identity (IRSA on EKS) and instance credentials too.
* maintenance and weight: obstore is released monthly by Development Seed, one
  self-contained wheel, typed (``py.typed``), no botocore (~80 MB installed, version
  pins that fight with other AWS libraries). aiobotocore is well kept but pins botocore
  tightly; aioboto3 follows it.

Its built-in retries are kept short (``_RETRIES``): an outage must reach the pipeline's
own retry tiers quickly instead of holding a message inside one call for minutes.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio
import obstore
from obstore.exceptions import BaseError, NotFoundError
from obstore.store import S3Store

from stages.errors import InputMissing, PermanentError, StageError, TransientError
from stages.storage._base import ObjectInfo, Storage, check_key

if TYPE_CHECKING:
    from obstore.store import ClientConfig, RetryConfig

# 5 MiB is S3's smallest part: memory per upload is at most this times the concurrency.
PART_BYTES = 5 * 1024 * 1024
PARTS_IN_FLIGHT = 4
_RETRIES: RetryConfig = {
    "max_retries": 2,
    "retry_timeout": timedelta(seconds=10),
    "backoff": {"init_backoff": timedelta(milliseconds=100), "max_backoff": timedelta(seconds=2)},
}
_CLIENT: ClientConfig = {"connect_timeout": timedelta(seconds=5), "timeout": timedelta(seconds=120)}
_ERROR_CHARS = 300


def _client_options() -> ClientConfig:
    # Passing client options replaces what obstore would read from the environment, so
    # object_store's AWS_ALLOW_HTTP convention is read here.
    allow_http = os.environ.get("AWS_ALLOW_HTTP", "").strip().lower() in ("1", "true", "yes")
    return {**_CLIENT, "allow_http": allow_http}


class S3Storage(Storage):
    """A bucket, or a prefix inside one; credentials and endpoint from the ``AWS_*`` env.

    Args:
        bucket: the bucket's name.
        prefix: a folder inside it ("" for the whole bucket); keys are under it.
        store: an already configured ``obstore`` store (tests); built from the
            environment when None.
    """

    def __init__(self, bucket: str, prefix: str = "", *, store: S3Store | None = None) -> None:
        self.bucket = bucket
        self.prefix = prefix.strip("/")
        self.url = f"s3://{bucket}/{self.prefix}".rstrip("/")
        self._store = store or S3Store(
            bucket,
            prefix=self.prefix or None,
            client_options=_client_options(),
            retry_config=_RETRIES,
        )

    @property
    def is_local(self) -> bool:
        return False

    def workspace(self, scratch: Path) -> Path:
        return scratch

    def local_path(self, key: str) -> Path | None:
        return None

    async def put_file(self, key: str, source: Path) -> None:
        check_key(key)
        if not await anyio.Path(source).is_file():
            raise PermanentError(f"no file {source} to store")
        await self._call(
            "store",
            key,
            obstore.put_async(
                self._store,
                key,
                source,
                chunk_size=PART_BYTES,
                max_concurrency=PARTS_IN_FLIGHT,
            ),
        )

    async def get_file(self, key: str, destination: Path) -> None:
        check_key(key)
        destination.parent.mkdir(parents=True, exist_ok=True)
        temp = destination.parent / f".{destination.name}.{uuid.uuid4().hex}.part"
        try:
            await self._call("fetch", key, self._download(key, temp))
            os.replace(temp, destination)
        finally:
            temp.unlink(missing_ok=True)

    async def presign(self, key: str, expires_in: timedelta) -> str:
        check_key(key)
        url: str = await self._call(
            "sign", key, obstore.sign_async(self._store, "GET", key, expires_in)
        )
        return url

    async def objects(self, prefix: str = "") -> AsyncIterator[ObjectInfo]:
        stream = obstore.list(self._store, prefix or None, chunk_size=1000)
        try:
            async for batch in stream:
                for meta in batch:
                    yield ObjectInfo(meta["path"], meta["size"], meta["last_modified"])
        except BaseError as error:
            raise self._error("list", prefix or "/", error) from None

    async def delete_prefix(self, prefix: str) -> int:
        if not prefix.endswith("/"):
            raise ValueError(f"a prefix ends with '/': {prefix!r}")
        keys = [item.key async for item in self.objects(prefix)]
        for start in range(0, len(keys), 1000):  # S3's DeleteObjects takes 1000 at most
            await self._call(
                "delete", prefix, obstore.delete_async(self._store, keys[start:][:1000])
            )
        return len(keys)

    async def _download(self, key: str, temp: Path) -> None:
        result = await obstore.get_async(self._store, key)
        async with await anyio.open_file(temp, "wb") as file:
            async for chunk in result.stream(min_chunk_size=PART_BYTES):
                await file.write(chunk)

    async def _call(self, doing: str, key: str, work: Any) -> Any:
        try:
            return await work
        except BaseError as error:
            raise self._error(doing, key, error) from None
        except FileNotFoundError:
            # obstore raises a missing object as FileNotFoundError.
            raise InputMissing(f"no object {key!r} in {self.url}") from None
        except (TimeoutError, OSError) as error:
            detail = " ".join(str(error).split())[:_ERROR_CHARS]
            raise TransientError(f"could not {doing} {key!r} in {self.url}: {detail}") from None

    def _error(self, doing: str, key: str, error: BaseError) -> StageError:
        detail = " ".join(str(error).split())[:_ERROR_CHARS]
        if isinstance(error, NotFoundError):
            return InputMissing(f"no object {key!r} in {self.url}")
        # Unreachable, throttled, 5xx, expired credentials: a later attempt may succeed.
        return TransientError(f"could not {doing} {key!r} in {self.url}: {detail}")
