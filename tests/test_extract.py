"""The extract stage through the real openai SDK against the OpenAI emulator on loopback.

The emulator answers from its own keyword table; these tests check what the OpenAI
backend sent and what it made of the answer, never which fields a transcript holds
(tests/test_rules.py checks the rules extractor for that).
"""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import httpx
import pytest
from fastapi import FastAPI

import messages
from devkit.emulators.openai import INVALID_SCORE, create_app, schema_problems
from devkit.emulators.samples import DEFAULT_CALL_TEXT
from messages import LeadFields
from stages.errors import PermanentError, TransientError
from stages.extract import (
    SYSTEM_PROMPT,
    RulesExtractor,
    extract,
    rules,
    transcript_from_prompt,
    user_prompt,
)
from stages.extract.llm import OpenAIExtractor
from tests.factories import lead_fields
from tests.servers import serve_app

API_KEY = "sk-test-emulator-0123456789"


@dataclass
class Emulator:
    app: FastAPI
    url: str

    @property
    def requests(self) -> int:
        return int(self.app.state.requests)


@pytest.fixture(scope="module")
def module_emulator() -> Iterator[Emulator]:
    app = create_app(seed=1)
    with serve_app(app) as url:
        yield Emulator(app, url)


@pytest.fixture
def emulator(module_emulator: Emulator) -> Emulator:
    state = module_emulator.app.state
    state.requests = 0
    state.by_status.clear()
    state.invalid_answers = 0
    state.fail_next = 0
    state.fail_status = 500
    state.api_key = None
    state.script = {}
    state.transcripts.clear()
    state.answers.clear()
    return module_emulator


_open: list[OpenAIExtractor] = []


def extractor_for(url: str, *, api_key: str = API_KEY, timeout: float = 10.0) -> OpenAIExtractor:
    extractor = OpenAIExtractor(api_key=api_key, base_url=f"{url}/v1", timeout=timeout)
    _open.append(extractor)
    return extractor


@pytest.fixture(autouse=True)
async def _close_extractors() -> AsyncIterator[None]:
    yield
    while _open:
        await _open.pop().aclose()


def transcript(text: str) -> messages.Transcript:
    return messages.Transcript(fiche_id=42, text=text, language="fr", backend="test")


async def test_fields_come_back_validated(emulator: Emulator) -> None:
    result = await extractor_for(emulator.url).extract(DEFAULT_CALL_TEXT)
    fields = result.fields
    assert isinstance(fields, LeadFields)
    # The model was asked about the whole transcript...
    assert list(emulator.app.state.transcripts) == [DEFAULT_CALL_TEXT.strip()]
    # ...and its answer, under the PHP keys, is exactly what the fields hold.
    [answer] = emulator.app.state.answers
    citations = answer.pop("citations")
    assert fields.to_payload() == answer
    # The citations come back apart, by field.
    assert dict(result.quotes) == {c["field"]: c["quote"] for c in citations}
    assert result.quotes["client_phone_number"] in DEFAULT_CALL_TEXT
    assert fields.client_last_name_data_ia == "Martin"
    assert fields.client_phone_number == "0612345678"
    assert fields.facture_data_ia == "120"
    assert result.model == "gpt-4o-mini"
    assert result.usage.prompt_tokens > 0
    assert result.usage.completion_tokens > 0
    assert emulator.requests == 1


async def test_extract_builds_the_next_message(emulator: Emulator) -> None:
    message = transcript(DEFAULT_CALL_TEXT)
    emulator.app.state.script = {"proprietaire_data_ia": "non", "score_interet": 3}
    out = await extract(message, extractor_for(emulator.url))
    assert isinstance(out, messages.Extraction)
    assert (out.job_id, out.fiche_id, out.submitted_at) == (
        message.job_id,
        message.fiche_id,
        message.submitted_at,
    )
    assert out.transcript == DEFAULT_CALL_TEXT
    assert isinstance(out.fields, LeadFields)
    assert (out.fields.proprietaire_data_ia, out.fields.score_interet) == ("non", 3)
    assert out.usage.prompt_tokens > 0


async def test_one_invalid_answer_is_corrected(emulator: Emulator) -> None:
    emulator.app.state.invalid_answers = 1
    emulator.app.state.script = {"score_interet": 6}
    result = await extractor_for(emulator.url).extract(DEFAULT_CALL_TEXT)
    broken, corrected = emulator.app.state.answers
    assert broken["score_interet"] == INVALID_SCORE
    # The corrective request still carries the transcript, and its answer is what is kept.
    assert list(emulator.app.state.transcripts) == [DEFAULT_CALL_TEXT.strip()] * 2
    assert isinstance(result.fields, LeadFields)
    corrected.pop("citations")
    assert result.fields.to_payload() == corrected
    assert result.fields.score_interet == 6
    assert emulator.requests == 2
    single = (await extractor_for(emulator.url).extract(DEFAULT_CALL_TEXT)).usage
    # Both attempts are paid for, so both are counted.
    assert result.usage.completion_tokens > single.completion_tokens


async def test_two_invalid_answers_are_permanent(emulator: Emulator) -> None:
    emulator.app.state.invalid_answers = 2
    with pytest.raises(PermanentError) as caught:
        await extractor_for(emulator.url).extract(DEFAULT_CALL_TEXT)
    assert "score_interet" in caught.value.reason
    assert emulator.requests == 2


async def test_server_error_is_transient(emulator: Emulator) -> None:
    emulator.app.state.fail_next = 1
    with pytest.raises(TransientError) as caught:
        await extractor_for(emulator.url).extract(DEFAULT_CALL_TEXT)
    assert "500" in caught.value.reason
    assert emulator.requests == 1  # the SDK's own retries are off


async def test_rate_limit_is_transient_with_retry_after(emulator: Emulator) -> None:
    emulator.app.state.fail_next = 1
    emulator.app.state.fail_status = 429
    with pytest.raises(TransientError) as caught:
        await extractor_for(emulator.url).extract(DEFAULT_CALL_TEXT)
    assert caught.value.defer == 1.0


async def test_bad_key_is_permanent_and_not_echoed(emulator: Emulator) -> None:
    emulator.app.state.api_key = "sk-the-right-key"
    wrong = "sk-wrong-key-abcdef123456"
    with pytest.raises(PermanentError) as caught:
        await extractor_for(emulator.url, api_key=wrong).extract(DEFAULT_CALL_TEXT)
    assert "401" in caught.value.reason
    assert wrong not in str(caught.value)
    assert emulator.app.state.by_status[401] == 1


async def test_bad_request_is_permanent(emulator: Emulator) -> None:
    emulator.app.state.fail_next = 1
    emulator.app.state.fail_status = 400
    with pytest.raises(PermanentError):
        await extractor_for(emulator.url).extract(DEFAULT_CALL_TEXT)


async def test_empty_transcript_makes_no_request(emulator: Emulator) -> None:
    out = await extract(transcript("  \n"), extractor_for(emulator.url))
    assert emulator.requests == 0
    assert out.fields == rules.unknown_fields()
    assert out.fields.score_interet == 0
    assert out.usage == messages.TokenUsage(prompt_tokens=0, completion_tokens=0)


async def test_connection_refused_is_transient() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(TransientError):
        await extractor_for(f"http://127.0.0.1:{port}").extract(DEFAULT_CALL_TEXT)


async def test_timeout_is_transient() -> None:
    with serve_app(create_app(latency_seconds=1.0)) as url, pytest.raises(TransientError):
        await extractor_for(url, timeout=0.2).extract(DEFAULT_CALL_TEXT)


def test_emulator_requires_key_and_schema(emulator: Emulator) -> None:
    url = f"{emulator.url}/v1/chat/completions"
    body = {"model": "m", "messages": [{"role": "user", "content": "Client: Oui."}]}
    assert httpx.post(url, json=body).status_code == 401
    headers = {"Authorization": "Bearer k"}
    assert httpx.post(url, json=body, headers=headers).status_code == 400
    assert emulator.app.state.by_status[400] == 1


def test_failure_rate_answers_500_or_429() -> None:
    with serve_app(create_app(failure_rate=1.0, seed=3)) as url:
        statuses = {
            httpx.post(
                f"{url}/v1/chat/completions", json={}, headers={"Authorization": "Bearer k"}
            ).status_code
            for _ in range(8)
        }
    assert statuses <= {500, 429} and statuses


async def test_rules_extractor() -> None:
    result = await RulesExtractor().extract(DEFAULT_CALL_TEXT)
    assert result.model == "rules"
    assert result.usage.prompt_tokens == result.usage.completion_tokens == 0
    assert isinstance(result.fields, LeadFields)
    assert result.fields.toiture_data_ia == "tuiles"


def test_prompt_lists_every_field_with_its_description() -> None:
    for name, field in LeadFields.model_fields.items():
        assert f"- {field.alias or name} : {field.description}" in SYSTEM_PROMPT
    assert '"-"' in SYSTEM_PROMPT and "N'invente jamais" in SYSTEM_PROMPT
    assert transcript_from_prompt(user_prompt(DEFAULT_CALL_TEXT)) == DEFAULT_CALL_TEXT.strip()


def test_schema_problems() -> None:
    schema = LeadFields.model_json_schema(by_alias=True)
    schema["additionalProperties"] = False
    good = lead_fields(score_interet=7).to_payload()
    assert schema_problems(good, schema) == []
    bad = {**good, "score_interet": INVALID_SCORE, "extra": 1}
    del bad["classement"]
    problems = " ".join(schema_problems(bad, schema))
    assert "score_interet" in problems and "extra" in problems and "classement" in problems


async def test_a_narrowed_extractor_asks_only_its_keys_and_the_rules_fill_the_rest(
    emulator: Emulator,
) -> None:
    keys = ("client_first_name_data_ia", "situation_familiale_data_ia")
    # The emulator answers whatever the schema asks; the script marks its answer apart
    # from anything the rules could read.
    emulator.app.state.script = {"situation_familiale_data_ia": "pacsé", "facture_data_ia": "999"}
    narrowed = extractor_for(emulator.url).narrowed(keys)
    assert narrowed.system_prompt.startswith(SYSTEM_PROMPT.split("Champs :")[0])
    guide = narrowed.system_prompt.split("Champs :")[1]
    assert [line.split(" : ")[0] for line in guide.strip().splitlines()] == [
        f"- {key}" for key in keys
    ]
    result = await narrowed.extract(DEFAULT_CALL_TEXT)
    [answer] = emulator.app.state.answers
    answer.pop("citations")
    assert set(answer) == set(keys)  # the schema sent held the two keys only
    fields = result.fields
    assert isinstance(fields, LeadFields)
    assert fields.situation_familiale_data_ia == "pacsé"  # the model's
    ruled = RulesExtractor()
    expected = (await ruled.extract(DEFAULT_CALL_TEXT)).fields
    assert isinstance(expected, LeadFields)
    # Everything not asked is the rules' reading of the same transcript.
    assert fields.facture_data_ia == expected.facture_data_ia != "999"
    assert fields.client_phone_number == expected.client_phone_number == "0612345678"


async def test_a_model_s_hour_is_written_as_the_field_guide_writes_it(emulator: Emulator) -> None:
    # A model writes hours its own way; the delivered value follows the profile's ("16h30").
    emulator.app.state.script = {"heure_rappel_data_ia": "4:30 PM"}
    result = await extractor_for(emulator.url).extract(DEFAULT_CALL_TEXT)
    assert isinstance(result.fields, LeadFields)
    assert result.fields.heure_rappel_data_ia == "16h30"
