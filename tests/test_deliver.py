"""The deliver stage against a real HTTP server standing in for the PHP backend."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs

import pytest

import messages
from stages.deliver import DeliverOptions, build_payload, deliver
from stages.errors import PermanentError, TransientError
from tests import http_fixtures as hf
from tests.factories import extraction, lead_fields
from tests.http_fixtures import FixtureServer

PHP_PATH = "/api/fiche_ia.php"


def options_for(
    url: str, data_dir: Path, *, timeout: float = 5.0, include_transcript: bool = False
) -> DeliverOptions:
    return DeliverOptions(
        php_api_url=url, data_dir=data_dir, timeout=timeout, include_transcript=include_transcript
    )


def job_files(data_dir: Path, message: messages.Extraction) -> Path:
    """Leftovers of earlier stages, which delivery must remove only on success."""
    job_dir = data_dir / str(message.job_id)
    job_dir.mkdir(parents=True)
    (job_dir / "source.wav").write_bytes(hf.wav_bytes())
    (job_dir / "trimmed.wav").write_bytes(hf.wav_bytes())
    return job_dir


# --- success ---------------------------------------------------------------------------


async def test_posts_the_payload_and_removes_the_job_files(
    server: FixtureServer, tmp_path: Path
) -> None:
    url = server.route(PHP_PATH, hf.body(b'{"ok": true}', "application/json"))
    message = extraction(fiche_id=777, client_first_name_data_ia="Élodie", score_interet=8)
    job_dir = job_files(tmp_path, message)

    result = await deliver(message, options_for(url, tmp_path))

    [seen] = server.seen
    assert (seen.method, seen.path) == ("POST", PHP_PATH)
    assert parse_qs(seen.query) == {"fiche_id": ["777"]}
    assert seen.headers["idempotency-key"] == str(message.job_id)
    assert seen.headers["content-type"] == "application/json"
    sent = json.loads(seen.body)
    assert set(sent) == set(messages.PHP_KEYS) | {"job_id", "cost_usd", "evidence"}
    assert sent["fiche_id"] == 777
    assert sent["job_id"] == str(message.job_id)
    assert sent["client_first_name_data_ia"] == "Élodie"
    assert sent["score_interet"] == 8
    assert "transcript" not in sent
    assert result.status_code == 200
    assert result.payload == sent
    assert (result.job_id, result.fiche_id) == (message.job_id, message.fiche_id)
    assert not job_dir.exists()


async def test_existing_query_parameters_are_kept(server: FixtureServer, tmp_path: Path) -> None:
    url = server.route(PHP_PATH, hf.body(b"OK", "text/plain"))
    message = extraction(fiche_id=5)

    await deliver(message, options_for(f"{url}?token=abc&source=ia", tmp_path))

    assert parse_qs(server.seen[0].query) == {
        "token": ["abc"],
        "source": ["ia"],
        "fiche_id": ["5"],
    }


async def test_transcript_is_sent_when_asked(server: FixtureServer, tmp_path: Path) -> None:
    url = server.route(PHP_PATH, hf.body(b"", "text/plain", status=201))
    message = extraction(transcript="Client: oui, je suis propriétaire.")

    result = await deliver(message, options_for(url, tmp_path, include_transcript=True))

    assert json.loads(server.seen[0].body)["transcript"] == "Client: oui, je suis propriétaire."
    assert result.status_code == 201


async def test_missing_job_directory_is_not_an_error(server: FixtureServer, tmp_path: Path) -> None:
    # A redelivery after a crash between POST and ack finds the files already gone.
    url = server.route(PHP_PATH, hf.body(b"OK", "text/plain"))

    result = await deliver(extraction(), options_for(url, tmp_path))

    assert result.status_code == 200


# --- failures --------------------------------------------------------------------------


@pytest.mark.parametrize("code", [500, 502, 503, 408])
async def test_server_errors_are_transient_and_keep_files(
    server: FixtureServer, tmp_path: Path, code: int
) -> None:
    url = server.route(PHP_PATH, hf.status(code, "backend down"))
    message = extraction()
    job_dir = job_files(tmp_path, message)

    with pytest.raises(TransientError, match=rf"^PHP backend answered {code} .*backend down"):
        await deliver(message, options_for(url, tmp_path))

    assert sorted(p.name for p in job_dir.iterdir()) == ["source.wav", "trimmed.wav"]


async def test_429_defers_by_retry_after(server: FixtureServer, tmp_path: Path) -> None:
    url = server.route(PHP_PATH, hf.status(429, "slow down", headers={"Retry-After": "12"}))

    with pytest.raises(TransientError) as caught:
        await deliver(extraction(), options_for(url, tmp_path))

    assert caught.value.defer == 12.0


@pytest.mark.parametrize("code", [400, 401, 404, 422])
async def test_client_errors_are_permanent_with_a_body_snippet_and_keep_files(
    server: FixtureServer, tmp_path: Path, code: int
) -> None:
    body = json.dumps({"error": "fiche inconnue", "detail": "x" * 500})
    url = server.route(PHP_PATH, hf.body(body.encode(), "application/json", status=code))
    message = extraction()
    job_dir = job_files(tmp_path, message)

    with pytest.raises(PermanentError) as caught:
        await deliver(message, options_for(url, tmp_path))

    reason = caught.value.reason
    assert reason.startswith(f"PHP backend answered {code} ")
    assert '{"error": "fiche inconnue"' in reason
    assert len(reason) < 300  # a snippet, not the whole page
    assert job_dir.exists()


async def test_redirect_is_permanent_not_followed(server: FixtureServer, tmp_path: Path) -> None:
    url = server.route(PHP_PATH, hf.redirect("/elsewhere", code=301))

    with pytest.raises(PermanentError, match=r"^PHP backend answered 301"):
        await deliver(extraction(), options_for(url, tmp_path))

    assert server.paths() == [PHP_PATH]


async def test_timeout_is_transient_and_keeps_files(server: FixtureServer, tmp_path: Path) -> None:
    url = server.route(PHP_PATH, hf.stall(1.5, hf.body(b"OK", "text/plain")))
    message = extraction()
    job_dir = job_files(tmp_path, message)

    with pytest.raises(TransientError, match=r"^timed out posting to"):
        await deliver(message, options_for(url, tmp_path, timeout=0.2))

    assert job_dir.exists()


async def test_connection_refused_is_transient(tmp_path: Path) -> None:
    with pytest.raises(TransientError, match=r"^could not post to .*ConnectError"):
        await deliver(extraction(), options_for(hf.closed_port_url(PHP_PATH), tmp_path))


async def test_error_messages_keep_url_secrets_out(tmp_path: Path) -> None:
    url = hf.closed_port_url(PHP_PATH) + "?token=s3cret"

    with pytest.raises(TransientError) as caught:
        await deliver(extraction(), options_for(url, tmp_path))

    assert "s3cret" not in caught.value.reason


# --- payload ---------------------------------------------------------------------------


def test_payload_keys_are_exactly_the_php_keys_plus_job_id() -> None:
    message = extraction(fiche_id=9, surface_toit_libre_data_ia="20m")

    payload = build_payload(message, include_transcript=False)

    assert set(payload) == set(messages.PHP_KEYS) | {"job_id", "cost_usd", "evidence"}
    assert payload["fiche_id"] == 9
    assert payload["20m_data_ia"] == "20m"
    assert payload["job_id"] == str(message.job_id)
    json.dumps(payload)  # must be JSON-ready as is


def test_payload_with_transcript_adds_only_that_key() -> None:
    message = extraction()

    with_text = build_payload(message, include_transcript=True)

    assert set(with_text) - set(build_payload(message, include_transcript=False)) == {"transcript"}


def test_lead_fields_factory_accepts_php_keys() -> None:
    assert lead_fields(**{"20m_data_ia": "moins de 20m"}).surface_toit_libre_data_ia == (
        "moins de 20m"
    )
