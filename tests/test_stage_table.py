"""The stage table: what reads it (startup check, schema, README, ``audio-nlp run``) and the
lifecycle of what its factories open."""

from __future__ import annotations

import itertools
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from fastapi import FastAPI

from consumers.cli import main
from consumers.settings import Settings, load_settings
from consumers.stage_table import PIPELINE, STAGES, open_handler, stage
from devkit.emulators import assemblyai as assemblyai_emulator
from devkit.emulators import openai as openai_emulator
from devkit.emulators import receiver as receiver_emulator
from messages import PHP_KEYS, AudioTrimmed, Extraction, Transcript
from stages.extract.local import SLOTS as LOCAL_LLM_SLOTS
from tests.audio import synth_call, write_tone
from tests.servers import serve_app

# The AssemblyAI SDK still calls pydantic v1-style methods; that noise is not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore::pydantic.PydanticDeprecatedSince20")

ROOT = Path(__file__).resolve().parent.parent
ASSEMBLYAI_KEY = "test-assemblyai-key-0123"
OPENAI_KEY = "sk-test-emulator-0123456789"
# Settings a developer's shell may carry that would change what these runs check.
_SETTING_NAMES = (
    "PHP_API_URL",
    "ASSEMBLYAI_API_KEY",
    "ASSEMBLYAI_BASE_URL",
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "TRANSCRIBER",
    "EXTRACTOR",
    "DATA_DIR",
    "PREFETCH",
)


def cli(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """``audio-nlp ARGS`` as a real process, away from any ``.env`` of the checkout."""
    base = {k: v for k, v in os.environ.items() if k.upper() not in _SETTING_NAMES}
    return subprocess.run(
        [sys.executable, "-m", "consumers.cli", *args],
        env={**base, "PYTHONPATH": str(ROOT), **env},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


# --- the table itself -------------------------------------------------------------------


def test_each_stage_reads_what_the_one_before_publishes() -> None:
    for before, after in itertools.pairwise(PIPELINE):
        assert after.input is before.output, f"{before.name} → {after.name}"
    assert len(set(STAGES)) == len(STAGES)


def test_readme_stage_list_matches_the_table() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    header = "| stage | reads | publishes | prefetch | needs |"
    assert header in readme, "README.md lost its stage list"
    lines = readme[readme.index(header) :].splitlines()[2:]
    rows = []
    for line in lines:
        if not line.startswith("|"):
            break
        rows.append([cell.strip().replace("`", "") for cell in line.strip("|").split("|")])

    expected = [
        [
            row.name,
            row.input.__name__,
            row.output.__name__,
            str(row.prefetch),
            ", ".join(need.label() for need in row.needs) or "-",
        ]
        for row in PIPELINE
    ]
    assert rows == expected


# --- the startup check ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stage", "env", "line"),
    [
        ("deliver", {}, "PHP_API_URL is not set: the deliver stage needs the backend URL"),
        (
            "transcribe",
            {"TRANSCRIBER": "assemblyai"},
            "ASSEMBLYAI_API_KEY is not set: needed with TRANSCRIBER=assemblyai",
        ),
        (
            "transcribe",
            {"TRANSCRIBER": "openai"},
            "OPENAI_API_KEY is not set: needed with TRANSCRIBER=openai",
        ),
        (
            "extract",
            {"EXTRACTOR": "openai"},
            "OPENAI_API_KEY is not set: the extract stage needs it with EXTRACTOR=openai",
        ),
    ],
)
def test_a_worker_without_a_setting_it_needs_exits_2_naming_it(
    tmp_path: Path, stage: str, env: dict[str, str], line: str
) -> None:
    # An unreachable broker: a worker that got past the check would hang, not exit.
    done = cli(
        ["worker", stage], {"RABBITMQ_URL": "amqp://guest:guest@127.0.0.1:1/", **env}, tmp_path
    )

    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [f"audio-nlp: {line}"]


def test_a_setting_another_backend_needs_is_not_asked_for() -> None:
    settings = load_settings(transcriber="whisper", extractor="rules")
    for row in PIPELINE:
        if row.name != "deliver":
            row.check(settings)  # raises if it asked for a key these backends do not use


def test_the_local_llm_holds_the_extract_worker_to_its_slots_unless_prefetch_is_set() -> None:
    extract = stage("extract")
    assert extract.prefetch_under(load_settings(extractor="openai")) == extract.prefetch
    assert extract.prefetch_under(load_settings(extractor="local")) == LOCAL_LLM_SLOTS
    assert extract.prefetch_under(load_settings(extractor="local", prefetch=4)) == 4
    for row in PIPELINE:
        if row.name != "extract":
            assert row.prefetch_under(load_settings(extractor="local")) == row.prefetch


# --- audio-nlp schema -------------------------------------------------------------------


def test_schema_writes_one_file_per_queue_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["schema", "--out", str(tmp_path)]) == 0

    written = {path.name for path in tmp_path.iterdir()}
    for row in PIPELINE:
        name = f"{row.name}.{row.input.__name__}.schema.json"
        assert name in written
        schema = json.loads((tmp_path / name).read_text(encoding="utf-8"))
        assert schema["title"] == row.input.__name__
        assert set(row.input.model_fields) <= set(schema["properties"])
    assert "result.Delivered.schema.json" in written
    assert set(capsys.readouterr().out.split()) == {str(tmp_path / name) for name in written}


# --- lifecycle --------------------------------------------------------------------------


@dataclass(frozen=True)
class Made:
    """A connection pool built while a test ran, and how its owner says it is closed."""

    what: str
    is_closed: Callable[[], bool]


@pytest.fixture
def made_clients(monkeypatch: pytest.MonkeyPatch) -> list[Made]:
    """Every httpx.AsyncClient and OpenAI SDK client built meanwhile.

    The AssemblyAI SDK pools through an httpx client; the OpenAI SDK brings its own HTTP
    package, so its clients are judged by the SDK's ``is_closed()``.
    """
    made: list[Made] = []
    build_httpx = httpx.AsyncClient.__init__
    build_openai = openai.AsyncOpenAI.__init__

    def recording_httpx(self: httpx.AsyncClient, *args: Any, **kwargs: Any) -> None:
        build_httpx(self, *args, **kwargs)
        made.append(Made("httpx.AsyncClient", lambda: self.is_closed))

    def recording_openai(self: openai.AsyncOpenAI, *args: Any, **kwargs: Any) -> None:
        build_openai(self, *args, **kwargs)
        made.append(Made("openai.AsyncOpenAI", self.is_closed))

    monkeypatch.setattr(httpx.AsyncClient, "__init__", recording_httpx)
    monkeypatch.setattr(openai.AsyncOpenAI, "__init__", recording_openai)
    return made


@pytest.fixture
def emulators(tmp_path: Path) -> Iterator[dict[str, Any]]:
    apps: dict[str, FastAPI] = {
        "assemblyai": assemblyai_emulator.create_app(),
        "openai": openai_emulator.create_app(seed=1),
        "receiver": receiver_emulator.create_app(jsonl_path=tmp_path / "receiver.jsonl"),
    }
    with (
        serve_app(apps["assemblyai"]) as assemblyai_url,
        serve_app(apps["openai"]) as openai_url,
        serve_app(apps["receiver"]) as receiver_url,
    ):
        yield {
            "apps": apps,
            "assemblyai": assemblyai_url,
            "openai": f"{openai_url}/v1",
            "receiver": f"{receiver_url}/fiche_ai_data_post.php",
        }


def provider_settings(emulators: dict[str, Any], tmp_path: Path, **extra: object) -> Settings:
    return load_settings(
        data_dir=tmp_path / "data",
        assemblyai_api_key=ASSEMBLYAI_KEY,
        assemblyai_base_url=emulators["assemblyai"],
        assemblyai_poll_seconds=0.05,
        openai_api_key=OPENAI_KEY,
        openai_base_url=emulators["openai"],
        php_api_url=emulators["receiver"],
        **extra,
    )


@pytest.mark.parametrize("transcriber", ["assemblyai", "openai"])
async def test_every_client_a_stage_opened_is_closed_when_it_exits(
    emulators: dict[str, Any],
    made_clients: list[Made],
    tmp_path: Path,
    transcriber: str,
) -> None:
    settings = provider_settings(emulators, tmp_path, transcriber=transcriber)
    audio = write_tone(tmp_path / "call.wav", 2.0)
    trimmed = AudioTrimmed(fiche_id=3, path=str(audio), original_seconds=2, trimmed_seconds=2)
    in_use: dict[str, list[Made]] = {}
    for name in STAGES:
        before = len(made_clients)
        async with open_handler(name, settings) as handle:
            if name == "transcribe":
                transcript = await handle(trimmed)  # AssemblyAI's pool opens on first use
                assert isinstance(transcript, Transcript) and transcript.text
            elif name == "extract":
                assert isinstance(await handle(transcript), Extraction)
            in_use[name] = made_clients[before:]
            assert not any(client.is_closed() for client in in_use[name])
        assert all(client.is_closed() for client in in_use[name]), (name, in_use[name])

    for name in ("download", "transcribe", "extract", "deliver"):
        assert in_use[name], f"the {name} stage opened no client"
    assert [m.what for m in in_use["extract"]] == ["openai.AsyncOpenAI"]
    assert in_use["trim"] == []


# --- audio-nlp run ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def spoken_call(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("call")
    turns = [
        ("Agent", "Bonjour, je vous appelle au sujet de vos panneaux solaires."),
        ("Client", "Oui, je suis propriétaire de ma maison depuis dix ans."),
    ]
    return synth_call(turns, folder / "call.wav", pauses=[1.5], seed=3).path


def test_run_goes_through_the_workers_handlers_with_cost_and_cache(
    emulators: dict[str, Any], spoken_call: Path, tmp_path: Path
) -> None:
    env = {
        "DATA_DIR": str(tmp_path / "data"),
        "TRANSCRIBER": "assemblyai",
        "ASSEMBLYAI_API_KEY": ASSEMBLYAI_KEY,
        "ASSEMBLYAI_BASE_URL": emulators["assemblyai"],
        "ASSEMBLYAI_POLL_SECONDS": "0.05",
        "EXTRACTOR": "openai",
        "OPENAI_API_KEY": OPENAI_KEY,
        "OPENAI_BASE_URL": emulators["openai"],
    }
    assemblyai_stats = emulators["apps"]["assemblyai"].state.stats

    first = cli(["run", str(spoken_call), "--fiche-id", "41"], env, tmp_path)
    assert first.returncode == 0, first.stderr
    second = cli(["run", str(spoken_call), "--fiche-id", "41"], env, tmp_path)
    assert second.returncode == 0, second.stderr

    paid, cached = json.loads(first.stdout), json.loads(second.stdout)
    assert set(PHP_KEYS) <= set(paid) and set(PHP_KEYS) <= set(cached)
    assert paid["fiche_id"] == 41
    assert paid["cost_usd"] > 0
    # The second run found the transcript in the cache: AssemblyAI heard the call once,
    # and only the extraction was paid for again.
    assert assemblyai_stats.transcripts_created == 1
    assert 0 < cached["cost_usd"] < paid["cost_usd"]
    assert re.search(r"transcribed \d+ characters \(from the cache\)", second.stderr)
    assert emulators["apps"]["openai"].state.requests == 2
    # Nothing of either job is left behind but the cache.
    assert [p.name for p in (tmp_path / "data").iterdir()] == [".transcript-cache"]
