"""The PHP-backend receiver emulator, and the runner serving all three emulators."""

from __future__ import annotations

import asyncio
import json
import socket
from pathlib import Path

import httpx

from devkit.emulators.receiver import create_app, read_records
from devkit.emulators.runner import serve_emulators
from tests.servers import serve_app

PHP_PATH = "/fiche_ai_data_post.php"


def test_post_is_written_as_one_json_line(tmp_path: Path) -> None:
    jsonl = tmp_path / "out" / "received.jsonl"
    app = create_app(jsonl_path=jsonl)
    body = {"fiche_id": 7, "client_city_data_ia": "Lyon", "score_interet": 8}
    headers = {"Idempotency-Key": "job-1", "Webhook-Id": "w1", "X-Other": "dropped"}
    with serve_app(app) as url:
        response = httpx.post(f"{url}{PHP_PATH}?fiche_id=7", json=body, headers=headers)
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    [record] = read_records(jsonl)
    assert record["path"] == PHP_PATH
    assert record["query"] == {"fiche_id": "7"}
    assert record["body"] == body
    assert record["headers"] == {
        "idempotency-key": "job-1",
        "content-type": "application/json",
        "webhook-id": "w1",
    }
    assert record["received_at"]
    assert app.state.accepted == 1


def test_every_post_is_recorded_in_order_repeated_key_or_not(tmp_path: Path) -> None:
    jsonl = tmp_path / "received.jsonl"
    app = create_app(jsonl_path=jsonl)
    with serve_app(app) as url, httpx.Client(base_url=url) as client:
        for n, key in enumerate(("a", "b", "a", "a")):
            response = client.post(PHP_PATH, json={"n": n}, headers={"Idempotency-Key": key})
            assert response.status_code == 200
        client.post(PHP_PATH, json={"n": 4})
    records = read_records(jsonl)
    assert [r["headers"].get("idempotency-key") for r in records] == ["a", "b", "a", "a", None]
    assert [r["body"]["n"] for r in records] == [0, 1, 2, 3, 4]
    assert app.state.accepted == 5


def test_fail_next_and_failure_rate(tmp_path: Path) -> None:
    jsonl = tmp_path / "received.jsonl"
    app = create_app(jsonl_path=jsonl)
    app.state.fail_next = 2
    with serve_app(app) as url, httpx.Client(base_url=url) as client:
        statuses = [client.post(PHP_PATH, json={"n": n}).status_code for n in range(3)]
    assert statuses == [500, 500, 200]
    assert (app.state.failed, app.state.accepted) == (2, 1)
    assert len(read_records(jsonl)) == 1

    always = create_app(jsonl_path=tmp_path / "never.jsonl", failure_rate=1.0, seed=1)
    with serve_app(always) as url:
        assert httpx.post(url + PHP_PATH, json={}).status_code == 500
    assert not (tmp_path / "never.jsonl").exists()


def test_health_and_bad_body(tmp_path: Path) -> None:
    app = create_app(jsonl_path=tmp_path / "r.jsonl")
    with serve_app(app) as url:
        assert httpx.get(f"{url}/health").json()["status"] == "ok"
        response = httpx.post(url + PHP_PATH, content=b"not json")
        assert response.status_code == 400
    assert app.state.accepted == 0


def test_concurrent_posts_keep_lines_whole(tmp_path: Path) -> None:
    jsonl = tmp_path / "r.jsonl"
    app = create_app(jsonl_path=jsonl)

    async def post_all(url: str) -> list[int]:
        async with httpx.AsyncClient(base_url=url) as client:
            calls = [client.post(PHP_PATH, json={"n": n, "pad": "x" * 2000}) for n in range(40)]
            return [r.status_code for r in await asyncio.gather(*calls)]

    with serve_app(app) as url:
        assert set(asyncio.run(post_all(url))) == {200}
    assert sorted(r["body"]["n"] for r in read_records(jsonl)) == list(range(40))


def _free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


async def test_runner_serves_three_emulators_until_cancelled(tmp_path: Path) -> None:
    assemblyai_port, openai_port, receiver_port = _free_ports(3)
    ready = asyncio.Event()
    task = asyncio.create_task(
        serve_emulators(
            assemblyai_port=assemblyai_port,
            openai_port=openai_port,
            receiver_port=receiver_port,
            receiver_jsonl=tmp_path / "r.jsonl",
            transcript_text=None,
            latency_seconds=0.0,
            failure_rate=0.0,
            ready=ready,
        )
    )
    await asyncio.wait_for(ready.wait(), 10)
    async with httpx.AsyncClient() as client:
        posted = await client.post(f"http://127.0.0.1:{receiver_port}/x.php", json={"a": 1})
        assert posted.status_code == 200
        unauthorised = await client.post(
            f"http://127.0.0.1:{openai_port}/v1/chat/completions", json={}
        )
        assert unauthorised.status_code == 401
        assemblyai = await client.get(f"http://127.0.0.1:{assemblyai_port}/v2/transcript/x")
        assert assemblyai.status_code in (401, 404)
    task.cancel()
    await asyncio.wait_for(asyncio.gather(task, return_exceptions=True), 10)
    assert task.done()
    assert len(read_records(tmp_path / "r.jsonl")) == 1


def test_a_record_still_being_written_is_not_read(tmp_path: Path) -> None:
    """A long record can reach the file in two writes; a reader between them sees whole
    lines only (the stack's deliveries read this way while the receiver writes)."""
    jsonl = tmp_path / "receiver.jsonl"
    whole = json.dumps({"body": {"fiche_id": 1}})
    jsonl.write_text(whole + "\n" + '{"body": {"fiche_id": 2, "comm', encoding="utf-8")

    assert read_records(jsonl) == [{"body": {"fiche_id": 1}}]
    with jsonl.open("a", encoding="utf-8") as handle:
        handle.write('ent": "-"}}\n')
    assert [r["body"]["fiche_id"] for r in read_records(jsonl)] == [1, 2]
