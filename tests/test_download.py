"""The download stage against a real HTTP server on loopback."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

import messages
from stages._http import retry_after_seconds
from stages.download import (
    DownloadOptions,
    download,
    rewrite_recording_url,
    sniff_audio_format,
)
from stages.errors import PermanentError, TransientError
from tests import http_fixtures as hf
from tests.http_fixtures import FixtureServer
from tests.waiting import wait_until_async


@pytest.fixture
def options(tmp_path: Path) -> DownloadOptions:
    return DownloadOptions(
        allow_private_urls=True, data_dir=tmp_path / "data", connect_timeout=2.0, read_timeout=5.0
    )


def job_for(url: str) -> messages.JobRequest:
    return messages.JobRequest.model_validate({"fiche_id": 4242, "audio_url": url})


def files_in_job_dir(options: DownloadOptions, job: messages.JobRequest) -> list[str]:
    job_dir = options.data_dir / str(job.job_id)
    return sorted(path.name for path in job_dir.iterdir()) if job_dir.exists() else []


def content(path: str) -> bytes:
    return Path(path).read_bytes()


# --- success ---------------------------------------------------------------------------


async def test_wav_lands_under_the_job_directory(
    server: FixtureServer, options: DownloadOptions
) -> None:
    url = server.route("/calls/a.wav", hf.body(hf.wav_bytes(), "audio/wav"))
    job = job_for(url)

    result = await download(job, options)

    expected = options.data_dir / str(job.job_id) / "source.wav"
    assert result.path == str(expected)
    assert expected.read_bytes() == hf.wav_bytes()
    assert result.size_bytes == len(hf.wav_bytes())
    assert result.content_type == "audio/wav"
    assert result.audio_url == url
    assert (result.job_id, result.fiche_id, result.submitted_at) == (
        job.job_id,
        job.fiche_id,
        job.submitted_at,
    )
    assert files_in_job_dir(options, job) == ["source.wav"]
    assert server.seen[0].headers["accept-encoding"] == "identity"


async def test_mp3_is_saved_with_its_own_extension(
    server: FixtureServer, options: DownloadOptions
) -> None:
    # Served as octet-stream on purpose: the extension comes from the bytes, not the label.
    url = server.route("/calls/b", hf.body(hf.mp3_bytes(), "application/octet-stream"))
    job = job_for(url)

    result = await download(job, options)

    assert Path(result.path).name == "source.mp3"
    assert content(result.path) == hf.mp3_bytes()
    assert result.content_type == "application/octet-stream"


async def test_chunked_body_without_content_length_is_saved_whole(
    server: FixtureServer, options: DownloadOptions
) -> None:
    url = server.route("/calls/c.wav", hf.body(hf.wav_bytes(), chunked=True, chunk_size=1000))

    result = await download(job_for(url), options)

    assert content(result.path) == hf.wav_bytes()


@pytest.mark.parametrize("rewrite", [True, False])
async def test_mp3_url_rewrite_rule(server: FixtureServer, tmp_path: Path, rewrite: bool) -> None:
    mp3_url = server.route("/RECORDINGS/MP3/call-7.mp3", hf.body(hf.mp3_bytes(), "audio/mpeg"))
    server.route("/RECORDINGS/ORIG/call-7.wav", hf.body(hf.wav_bytes(), "audio/wav"))
    options = DownloadOptions(
        allow_private_urls=True, data_dir=tmp_path, rewrite_mp3_to_orig_wav=rewrite
    )

    result = await download(job_for(mp3_url), options)

    if rewrite:
        assert server.paths() == ["/RECORDINGS/ORIG/call-7.wav"]
        assert content(result.path) == hf.wav_bytes()
    else:
        assert server.paths() == ["/RECORDINGS/MP3/call-7.mp3"]
        assert content(result.path) == hf.mp3_bytes()
    assert result.audio_url == mp3_url  # the submitted URL, whatever was fetched


async def test_redownload_overwrites_instead_of_duplicating(
    server: FixtureServer, options: DownloadOptions
) -> None:
    url = server.route("/calls/again", hf.body(hf.mp3_bytes(), "audio/mpeg"))
    job = job_for(url)
    await download(job, options)
    assert files_in_job_dir(options, job) == ["source.mp3"]

    louder = hf.wav_bytes(frequency=880.0)
    server.route("/calls/again", hf.body(louder, "audio/wav"))
    first_wav = await download(job, options)
    server.route("/calls/again", hf.body(hf.wav_bytes(), "audio/wav"))
    second_wav = await download(job, options)

    assert first_wav.path == second_wav.path
    assert files_in_job_dir(options, job) == ["source.wav"]
    assert content(second_wav.path) == hf.wav_bytes()


async def test_follows_a_chain_of_five_redirects(
    server: FixtureServer, options: DownloadOptions
) -> None:
    server.route("/final.wav", hf.body(hf.wav_bytes()))
    first = hf.redirect_chain(server, 5, "/final.wav")

    result = await download(job_for(first), options)

    assert server.paths() == ["/hop/5", "/hop/4", "/hop/3", "/hop/2", "/hop/1", "/final.wav"]
    assert content(result.path) == hf.wav_bytes()


async def test_reuses_a_caller_client_and_leaves_it_open(
    server: FixtureServer, options: DownloadOptions
) -> None:
    url = server.route("/calls/pooled.wav", hf.body(hf.wav_bytes()))
    async with httpx.AsyncClient() as client:
        await download(job_for(url), options, client)
        await download(job_for(url), options, client)
        assert not client.is_closed
    assert server.paths() == ["/calls/pooled.wav", "/calls/pooled.wav"]


# --- permanent failures ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "reason"), [(400, "Bad Request"), (403, "Forbidden"), (404, "Not Found")]
)
async def test_client_errors_are_permanent(
    server: FixtureServer, options: DownloadOptions, code: int, reason: str
) -> None:
    url = server.route("/calls/missing.wav", hf.status(code))
    job = job_for(url)

    with pytest.raises(PermanentError) as caught:
        await download(job, options)

    assert caught.value.reason == f"audio host answered {code} {reason} for {url}"
    assert files_in_job_dir(options, job) == []


async def test_error_messages_keep_signed_query_strings_out(
    server: FixtureServer, options: DownloadOptions
) -> None:
    url = server.route("/calls/signed.wav", hf.status(404)) + "?X-Signature=secret"

    with pytest.raises(PermanentError) as caught:
        await download(job_for(url), options)

    assert "secret" not in caught.value.reason
    assert caught.value.reason.endswith("/calls/signed.wav?…")


async def test_html_page_served_as_200_is_not_audio(
    server: FixtureServer, options: DownloadOptions
) -> None:
    url = server.route("/calls/login", hf.body(hf.HTML_PAGE, "text/html; charset=utf-8"))
    job = job_for(url)

    with pytest.raises(PermanentError) as caught:
        await download(job, options)

    assert caught.value.reason == "not audio: received text/html starting with '<!DOCTYPE html>'"
    assert files_in_job_dir(options, job) == []


async def test_tiny_non_audio_body_is_judged_at_end_of_stream(
    server: FixtureServer, options: DownloadOptions
) -> None:
    url = server.route("/calls/tiny", hf.body(b"OK", "text/plain"))

    with pytest.raises(PermanentError, match=r"^not audio: received text/plain starting with 'OK'"):
        await download(job_for(url), options)


async def test_empty_body_is_permanent(server: FixtureServer, options: DownloadOptions) -> None:
    url = server.route("/calls/empty.wav", hf.body(b"", "audio/wav"))
    job = job_for(url)

    with pytest.raises(PermanentError, match=r"^empty file"):
        await download(job, options)

    assert files_in_job_dir(options, job) == []


async def test_declared_length_over_cap_fails_before_reading(
    server: FixtureServer, tmp_path: Path
) -> None:
    url = server.route("/calls/big.wav", hf.body(hf.wav_bytes()))
    options = DownloadOptions(allow_private_urls=True, data_dir=tmp_path, max_bytes=1000)
    job = job_for(url)

    with pytest.raises(PermanentError, match=r"^file too large: Content-Length \d+ exceeds"):
        await download(job, options)

    assert files_in_job_dir(options, job) == []


async def test_streamed_body_over_cap_fails_on_the_running_count(
    server: FixtureServer, tmp_path: Path
) -> None:
    url = server.route("/calls/big-chunked.wav", hf.body(hf.wav_bytes(), chunked=True))
    options = DownloadOptions(allow_private_urls=True, data_dir=tmp_path, max_bytes=10_000)
    job = job_for(url)
    async with httpx.AsyncClient() as probe:  # the premise: nothing declared up front
        response = await probe.get(url)
        assert "content-length" not in response.headers
        assert response.headers["transfer-encoding"] == "chunked"

    with pytest.raises(PermanentError, match=r"^file too large: more than 10000 bytes"):
        await download(job, options)

    assert files_in_job_dir(options, job) == []


async def test_body_exactly_at_cap_is_accepted(server: FixtureServer, tmp_path: Path) -> None:
    url = server.route("/calls/exact.wav", hf.body(hf.wav_bytes(), chunked=True))
    options = DownloadOptions(
        allow_private_urls=True, data_dir=tmp_path, max_bytes=len(hf.wav_bytes())
    )

    result = await download(job_for(url), options)

    assert result.size_bytes == len(hf.wav_bytes())


@pytest.mark.parametrize("hops", [6, None], ids=["six-hops", "loop"])
async def test_too_many_redirects_are_permanent_even_with_a_lenient_client(
    server: FixtureServer, options: DownloadOptions, hops: int | None
) -> None:
    server.route("/final.wav", hf.body(hf.wav_bytes()))
    if hops is None:
        url = server.route("/loop", hf.redirect("/loop"))
    else:
        url = hf.redirect_chain(server, hops, "/final.wav")
    job = job_for(url)

    # The worker's client keeps httpx defaults (20 redirects); the stage still stops at 5.
    async with httpx.AsyncClient(follow_redirects=True, max_redirects=20) as client:
        with pytest.raises(PermanentError, match=r"^more than 5 redirects"):
            await download(job, options, client)

    assert len(server.seen) == 6
    assert "/final.wav" not in server.paths()
    assert files_in_job_dir(options, job) == []


# --- transient failures ----------------------------------------------------------------


@pytest.mark.parametrize("code", [408, 500, 502, 503])
async def test_server_errors_are_transient(
    server: FixtureServer, options: DownloadOptions, code: int
) -> None:
    url = server.route("/calls/flaky.wav", hf.status(code))
    job = job_for(url)

    with pytest.raises(TransientError, match=rf"^audio host answered {code} ") as caught:
        await download(job, options)

    assert caught.value.defer is None
    assert files_in_job_dir(options, job) == []


async def test_429_defers_by_retry_after(server: FixtureServer, options: DownloadOptions) -> None:
    url = server.route("/calls/busy.wav", hf.status(429, headers={"Retry-After": "7"}))

    with pytest.raises(
        TransientError, match=r"^audio host answered 429 Too Many Requests"
    ) as caught:
        await download(job_for(url), options)

    assert caught.value.defer == 7.0


async def test_connection_refused_is_transient(options: DownloadOptions) -> None:
    with pytest.raises(TransientError, match=r"^could not fetch .*ConnectError"):
        await download(job_for(hf.closed_port_url("/x.wav")), options)


async def test_read_timeout_is_transient(server: FixtureServer, tmp_path: Path) -> None:
    url = server.route("/calls/stalled.wav", hf.stall(2.0, hf.body(hf.wav_bytes())))
    options = DownloadOptions(allow_private_urls=True, data_dir=tmp_path, read_timeout=0.3)

    with pytest.raises(TransientError, match=r"^timed out fetching .*ReadTimeout"):
        await download(job_for(url), options)


async def test_slow_drip_hits_the_total_deadline_and_leaves_no_partial_file(
    server: FixtureServer, tmp_path: Path
) -> None:
    # Each byte arrives well within the read timeout: only the overall deadline can stop it.
    header = hf.wav_bytes()[:44]
    url = server.route("/calls/drip.wav", hf.drip(head=header, interval=0.5))
    options = DownloadOptions(
        allow_private_urls=True, data_dir=tmp_path, read_timeout=5.0, total_timeout=1.5
    )
    job = job_for(url)
    job_dir = tmp_path / str(job.job_id)

    started = time.monotonic()
    task = asyncio.create_task(download(job, options))
    # The temp file must exist mid-transfer, or "no partial file afterwards" proves nothing.
    await wait_until_async(
        lambda: any(job_dir.glob("*.part")), timeout=5.0, message="a partial file", interval=0.02
    )
    with pytest.raises(TransientError, match=r"did not finish within 1.5s"):
        await task

    assert time.monotonic() - started < 4.0
    assert files_in_job_dir(options, job) == []


async def test_cancellation_removes_the_partial_file(server: FixtureServer, tmp_path: Path) -> None:
    url = server.route("/calls/drip2.wav", hf.drip(head=hf.wav_bytes()[:44], interval=0.2))
    options = DownloadOptions(allow_private_urls=True, data_dir=tmp_path)
    job = job_for(url)
    job_dir = tmp_path / str(job.job_id)

    task = asyncio.create_task(download(job, options))
    await wait_until_async(
        lambda: any(job_dir.glob("*.part")), timeout=5.0, message="a partial file", interval=0.02
    )
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

    assert files_in_job_dir(options, job) == []


# --- pure helpers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://pbx.example/RECORDINGS/MP3/abc.mp3",
            "https://pbx.example/RECORDINGS/ORIG/abc.wav",
        ),
        (
            "http://pbx.example:8080/RECORDINGS/MP3/2024/05/abc.mp3?k=v",
            "http://pbx.example:8080/RECORDINGS/ORIG/2024/05/abc.wav?k=v",
        ),
        (
            "https://pbx.example/RECORDINGS/MP3/abc.wav",
            "https://pbx.example/RECORDINGS/MP3/abc.wav",
        ),
        ("https://pbx.example/recordings/abc.mp3", "https://pbx.example/recordings/abc.mp3"),
        (
            "https://cdn.example/a.mp3?path=/RECORDINGS/MP3/x.mp3",
            "https://cdn.example/a.mp3?path=/RECORDINGS/MP3/x.mp3",
        ),
    ],
)
def test_rewrite_recording_url(url: str, expected: str) -> None:
    assert rewrite_recording_url(url) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (hf.wav_bytes()[:16], "wav"),
        (hf.mp3_bytes()[:16], "mp3"),
        (hf.mp3_bytes(id3=False)[:16], "mp3"),
        (b"OggS\x00\x02" + bytes(10), "ogg"),
        (b"fLaC\x00\x00\x00\x22" + bytes(8), "flac"),
        (b"\x00\x00\x00\x20ftypM4A " + bytes(4), "m4a"),
        (b"\xff\xf1\x50\x80" + bytes(8), None),  # AAC ADTS: frame sync but layer 00
        (b"RIFF\x00\x00\x00\x00AVI ", None),
        (hf.HTML_PAGE[:16], None),
        (b"", None),
    ],
)
def test_sniff_audio_format(head: bytes, expected: str | None) -> None:
    assert sniff_audio_format(head) == expected


def test_retry_after_accepts_seconds_and_http_dates() -> None:
    now = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("120", now=now) == 120.0
    assert retry_after_seconds("Wed, 01 May 2024 12:00:30 GMT", now=now) == 30.0
    assert retry_after_seconds("Wed, 01 May 2024 11:00:00 GMT", now=now) == 0.0
    assert retry_after_seconds("soon", now=now) is None
    assert retry_after_seconds(None) is None
