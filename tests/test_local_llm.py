"""EXTRACTOR=local: the real llama-server, the real model, the real openai SDK.

The model and the binary come from ``make local-llm`` (a prerequisite of ``make unit``);
without them these tests fail saying so rather than skip.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

import messages
from consumers.settings import load_settings
from consumers.stage_table import open_handler
from stages.extract.local import (
    LocalLLMMissing,
    LocalLLMServer,
    default_model_path,
    default_server_path,
)

# Six turns stating what the literal fields hold, so a 1.5B model has no excuse.
SHORT_CALL = """\
Agent: Bonjour, je suis bien chez madame Sophie Marchand ?
Client: Oui, c'est moi, Sophie Marchand.
Agent: Vous êtes propriétaire de votre logement ?
Client: Oui, je suis propriétaire de ma maison, chauffée au gaz.
Agent: Quel est votre code postal ?
Client: C'est le 33000, à Bordeaux.
Agent: Et un numéro pour vous rappeler ?
Client: Le 06 98 76 54 32.
"""


@pytest.fixture(scope="module", autouse=True)
def installed() -> None:
    for path in (default_model_path(), default_server_path()):
        if not path.is_file():
            pytest.fail(f"{path} is missing: run `make local-llm`", pytrace=False)


def _llama_children() -> set[int]:
    """Pids of the llama-server processes this test process started."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # exited while we looked
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        parent = int(stat[stat.rindex(")") + 2 :].split()[1])
        if name == "llama-server" and parent == os.getpid():
            found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    return Path(f"/proc/{pid}").exists()


# About a minute on a quiet 2-core machine (prompt ~40 s, ~250 answer tokens at ~10/s);
# generation drops to 2 tokens a second when other work shares the cores.
@pytest.mark.timeout(600)
async def test_extract_row_restarts_a_killed_server_and_extracts_then_stops_it(
    tmp_path: Path,
) -> None:
    settings = load_settings(extractor="local", data_dir=tmp_path)
    async with open_handler("extract", settings) as handle:
        (first,) = _llama_children()
        # Killed between calls: the next call has to start a new one and still answer.
        os.kill(first, signal.SIGKILL)
        result = await handle(
            messages.Transcript(fiche_id=7, text=SHORT_CALL, language="fr", backend="test")
        )
        (second,) = _llama_children()
        assert second != first

    assert isinstance(result, messages.Extraction)
    fields = result.fields.model_dump(by_alias=True)
    assert fields["client_first_name_data_ia"] == "Sophie"
    assert fields["client_last_name_data_ia"] == "Marchand"
    assert fields["client_phone_number"].replace(" ", "") == "0698765432"
    assert fields["client_postal_code_data_ia"] == "33000"
    assert fields["proprietaire_data_ia"] == "oui"
    assert "gaz" in fields["mode_chauffage_data_ia"].lower()
    # Literal values survive only with the call's words behind them (stages.extract.evidence).
    for key in ("client_first_name_data_ia", "client_phone_number", "client_postal_code_data_ia"):
        assert key in result.evidence, key
    assert result.usage.completion_tokens > 0
    assert result.extraction_cost_usd == 0.0
    # Closed with the context: no server left behind.
    assert not _alive(second)
    assert _llama_children() == set()
    logs = list((tmp_path / ".local-llm").glob("llama-server-*.log"))
    assert len(logs) == 2  # one per start


async def test_missing_model_says_to_run_make_local_llm(tmp_path: Path) -> None:
    server = LocalLLMServer(
        model=tmp_path / "absent.gguf", server=default_server_path(), log_dir=tmp_path
    )
    with pytest.raises(LocalLLMMissing, match="make local-llm"):
        async with server:
            pass
    assert server.pid is None
