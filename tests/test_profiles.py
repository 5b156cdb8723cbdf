"""Extraction profiles: the solar one unchanged, the customer-service one end to end.

The customer-service calls go through the real openai SDK against the OpenAI emulator,
through the extract and deliver stage functions, across the message's JSON form (what
the broker carries), and to the PHP-receiver emulator, all on loopback. The emulator is
told what to answer (``script``), so those tests check what the backend sent and did with
the answer; the customer-service rules are tested on their own at the end.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pydantic
import pytest
from fastapi import FastAPI

import messages
from consumers.settings import Settings, SettingsError, load_settings
from consumers.stage_table import open_handler
from devkit.emulators import receiver
from devkit.emulators.openai import create_app, schema_problems
from messages import CustomerServiceFields, LeadFields
from stages.deliver import DeliverOptions, build_payload, deliver
from stages.extract import SYSTEM_PROMPT, customer_service, dialogue, extract
from stages.extract.llm import OpenAIExtractor
from stages.extract.profiles import (
    CUSTOMER_SERVICE,
    PROFILES,
    SOLAR,
    UnknownProfileError,
    field_guide,
    get_profile,
)
from tests.factories import extraction, lead_fields
from tests.servers import serve_app

API_KEY = "sk-test-profiles-0123456789"
CS_KEYS = {"reason", "sentiment", "follow_up_needed", "callback_number", "summary"}

COMPLAINT_CALL = """\
Agent: Service client, bonjour. Que puis-je pour vous ?
Client: Bonjour. Ma facture de mars est fausse, vous m'avez prélevé deux fois. \
C'est inadmissible.
Agent: Je comprends, je vais vérifier. À quel numéro puis-je vous rappeler ?
Client: Au zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit.
Agent: Très bien, un conseiller vous rappelle demain matin."""

THANKS_CALL = """\
Agent: Service client, bonjour. Que puis-je pour vous ?
Client: Je voulais juste vous dire merci beaucoup, le technicien était parfait.
Agent: Merci à vous, bonne journée."""


# --- fixtures --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def openai_app() -> Iterator[tuple[FastAPI, str]]:
    app = create_app(seed=1)
    with serve_app(app) as url:
        yield app, url


@pytest.fixture
def openai_url(openai_app: tuple[FastAPI, str]) -> str:
    app, url = openai_app
    app.state.requests = 0
    app.state.invalid_answers = 0
    app.state.by_status.clear()
    app.state.script = {}
    app.state.transcripts.clear()
    app.state.answers.clear()
    return url


@pytest.fixture
def receiver_app(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    received = tmp_path / "received.jsonl"
    with serve_app(receiver.create_app(jsonl_path=received)) as url:
        yield received, url


@pytest.fixture
async def cs_extractor(openai_url: str) -> AsyncIterator[OpenAIExtractor]:
    extractor = OpenAIExtractor(
        api_key=API_KEY, base_url=f"{openai_url}/v1", timeout=10.0, profile=CUSTOMER_SERVICE
    )
    yield extractor
    await extractor.aclose()


def transcript(text: str, **extra: Any) -> messages.Transcript:
    return messages.Transcript(fiche_id=7, text=text, language="fr", backend="test", **extra)


def settings_for(**overrides: object) -> Settings:
    return load_settings(**overrides)


# --- the solar profile is today's behaviour -------------------------------------------


def test_solar_payload_keys_are_unchanged() -> None:
    message = extraction(fiche_id=9, surface_toit_libre_data_ia="20m", score_interet=7)

    payload = build_payload(message, include_transcript=False)

    assert message.profile == "solar"
    assert set(payload) == set(messages.PHP_KEYS) | {"job_id", "cost_usd", "evidence"}
    assert payload["20m_data_ia"] == "20m" and payload["score_interet"] == 7
    assert (
        SOLAR.payload(message.fields)
        == lead_fields(surface_toit_libre_data_ia="20m", score_interet=7).to_payload()
    )


def test_solar_is_the_default_and_keeps_its_prompt() -> None:
    assert Settings.model_fields["profile"].default == "solar"
    assert SOLAR.system_prompt == SYSTEM_PROMPT
    assert field_guide(LeadFields) in SOLAR.system_prompt
    assert SOLAR.schema is LeadFields


def test_a_model_s_city_is_tidied_to_the_town_alone() -> None:
    # A small model answers "Quimper, France", "Seynod, Annecy, France": the delivered
    # city is the town, which the evidence check then finds in the call.
    answered = {"client_city_data_ia": "Lannion, Côtes-d'Armor, France", "facture_data_ia": "90"}
    assert SOLAR.tidied(answered) == {"client_city_data_ia": "Lannion", "facture_data_ia": "90"}
    assert SOLAR.tidied({"client_city_data_ia": "-"}) == {"client_city_data_ia": "-"}


def test_every_profile_prompt_lists_its_own_fields_only() -> None:
    for profile in PROFILES.values():
        assert field_guide(profile.schema) in profile.system_prompt
        assert "N'invente jamais" in profile.system_prompt
    assert "client_phone_number" not in CUSTOMER_SERVICE.system_prompt
    assert "callback_number" not in SOLAR.system_prompt


def test_registry_matches_the_message_contract() -> None:
    assert {name: profile.schema for name, profile in PROFILES.items()} == messages.FIELD_MODELS
    assert get_profile("customer_service") is CUSTOMER_SERVICE
    with pytest.raises(UnknownProfileError, match=r"'insurance'.*customer_service, solar"):
        get_profile("insurance")


# --- the message contract -------------------------------------------------------------


def test_a_deliver_message_from_before_profiles_is_read_as_solar() -> None:
    old = json.loads(extraction(fiche_id=3, score_interet=5).model_dump_json())
    del old["profile"]

    message = messages.Extraction.model_validate_json(json.dumps(old))

    assert message.profile == "solar"
    assert isinstance(message.fields, LeadFields) and message.fields.score_interet == 5


def test_customer_service_fields_survive_the_queue() -> None:
    message = messages.Extraction(
        fiche_id=4,
        profile="customer_service",
        fields=customer_service.extract_fields(COMPLAINT_CALL),
        transcript=COMPLAINT_CALL,
        model="rules",
        usage=messages.TokenUsage(prompt_tokens=0, completion_tokens=0),
    )

    again = messages.Extraction.model_validate_json(message.model_dump_json())

    assert again == message
    assert isinstance(again.fields, CustomerServiceFields)


def test_fields_must_belong_to_the_named_profile() -> None:
    usage = messages.TokenUsage(prompt_tokens=0, completion_tokens=0)
    with pytest.raises(pydantic.ValidationError, match="carries CustomerServiceFields"):
        messages.Extraction(
            fiche_id=1,
            profile="customer_service",
            fields=lead_fields(),
            transcript="",
            model="m",
            usage=usage,
        )
    with pytest.raises(pydantic.ValidationError, match="unknown extraction profile 'x'"):
        messages.Extraction(
            fiche_id=1, profile="x", fields=lead_fields(), transcript="", model="m", usage=usage
        )


def test_a_profile_refuses_to_deliver_another_profiles_fields() -> None:
    with pytest.raises(TypeError, match="customer_service"):
        CUSTOMER_SERVICE.payload(lead_fields())


# --- customer service end to end ------------------------------------------------------


COMPLAINT_ANSWER = {
    "reason": "facture contestée",
    "sentiment": "negative",
    "follow_up_needed": True,
    "callback_number": "0612345678",
    "summary": "Double prélèvement sur la facture de mars ; rappel demain matin.",
}


async def test_customer_service_through_the_sdk_extract_and_deliver(
    cs_extractor: OpenAIExtractor,
    openai_app: tuple[FastAPI, str],
    openai_url: str,
    receiver_app: tuple[Path, str],
    tmp_path: Path,
) -> None:
    received, receiver_url = receiver_app
    app, _ = openai_app
    app.state.script = COMPLAINT_ANSWER

    extracted = await extract(transcript(COMPLAINT_CALL), cs_extractor, profile=CUSTOMER_SERVICE)
    # What the deliver worker reads is the JSON the extract worker published.
    carried = messages.Extraction.model_validate_json(extracted.model_dump_json())
    options = DeliverOptions(php_api_url=f"{receiver_url}/api/cs.php", data_dir=tmp_path)
    delivered = await deliver(carried, options)

    assert list(app.state.transcripts) == [COMPLAINT_CALL]
    assert carried.profile == "customer_service"
    assert carried.usage.prompt_tokens > 0  # the emulator answered, not a fallback
    body = json.loads(received.read_text(encoding="utf-8").splitlines()[0])["body"]
    assert delivered.payload == body
    assert set(body) == CS_KEYS | {"fiche_id", "job_id", "cost_usd", "evidence"}
    assert not set(body) & (set(messages.PHP_KEYS) - {"fiche_id"})
    assert {key: body[key] for key in CS_KEYS} == COMPLAINT_ANSWER
    assert (body["fiche_id"], body["job_id"]) == (7, str(extracted.job_id))


# The agent reads the company's number first; only the client's is a callback number,
# which an extractor can tell only from the Agent:/Client: labels.
DIARIZED_PARCEL_CALL = [
        ("A", "Service client bonjour, vous pouvez aussi nous joindre au 09 69 32 15 15. "
              "Que puis-je pour vous ?"),
        ("B", "Mon colis n'est toujours pas livré, je suis déçu."),
        ("A", "Je regarde. À quel numéro puis-je vous rappeler ?"),
        ("B", "Au 06 98 76 54 32."),
]  # fmt: skip


def diarized_parcel_call() -> messages.Transcript:
    utterances = [
        messages.Utterance(speaker=who, text=text, start_ms=i * 1000, end_ms=i * 1000 + 900)
        for i, (who, text) in enumerate(DIARIZED_PARCEL_CALL)
    ]
    text = " ".join(text for _, text in DIARIZED_PARCEL_CALL)
    return transcript(text, utterances=utterances)


async def test_diarized_turns_reach_the_model_as_agent_and_client(
    cs_extractor: OpenAIExtractor, openai_app: tuple[FastAPI, str], openai_url: str
) -> None:
    app, _ = openai_app
    app.state.script = {"callback_number": "0698765432", "reason": "livraison"}

    out = await extract(diarized_parcel_call(), cs_extractor, profile=CUSTOMER_SERVICE)

    [asked] = app.state.transcripts
    # Diarized roles are a guess, and the model is told so on the first line.
    assert asked.splitlines() == [
        "(Rôles devinés : l'agent est l'interlocuteur qui pose le plus de questions.)",
        *(f"{'Agent' if who == 'A' else 'Client'}: {text}" for who, text in DIARIZED_PARCEL_CALL),
    ]
    assert isinstance(out.fields, CustomerServiceFields)
    assert (out.fields.callback_number, out.fields.reason) == ("0698765432", "livraison")


async def test_an_invalid_customer_service_answer_is_corrected(
    cs_extractor: OpenAIExtractor, openai_app: tuple[FastAPI, str], openai_url: str
) -> None:
    app, _ = openai_app
    app.state.invalid_answers = 1
    app.state.script = {"reason": "remerciements", "sentiment": "positive"}

    result = await cs_extractor.extract(THANKS_CALL)

    broken, corrected = app.state.answers
    assert "reason" not in broken  # what the emulator's broken answer lacks
    assert app.state.requests == 2
    assert isinstance(result.fields, CustomerServiceFields)
    corrected.pop("citations")
    assert result.fields.model_dump(mode="json", by_alias=True) == corrected
    assert (result.fields.reason, result.fields.sentiment) == ("remerciements", "positive")


async def test_a_silent_call_gets_the_profiles_unknown_fields(
    cs_extractor: OpenAIExtractor, openai_app: tuple[FastAPI, str], openai_url: str
) -> None:
    out = await extract(transcript(" \n"), cs_extractor, profile=CUSTOMER_SERVICE)

    assert openai_app[0].state.requests == 0
    assert out.profile == "customer_service"
    assert out.fields == customer_service.unknown_fields()


def test_emulator_answers_a_schema_no_profile_knows(openai_url: str) -> None:
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {
            "topic": {"type": "string"},
            "urgent": {"type": "boolean"},
            "priority": {"type": "integer", "minimum": 1, "maximum": 5},
            "channel": {"type": "string", "enum": ["phone", "mail"]},
            "tags": {"type": "array", "items": {"type": "string"}},
            "owner": {"$ref": "#/$defs/Owner"},
        },
        "required": ["topic", "urgent", "priority", "channel", "tags", "owner"],
        "additionalProperties": False,
        "$defs": {
            "Owner": {
                "type": "object",
                "properties": {"team": {"type": "string", "enum": ["-", "billing"]}},
                "required": ["team"],
                "additionalProperties": False,
            }
        },
    }
    body = {
        "model": "gpt-4o-mini",
        "messages": [{"role": "user", "content": "Client: Bonjour."}],
        "response_format": {
            "type": "json_schema",
            "json_schema": {"name": "Ticket", "schema": schema, "strict": True},
        },
    }

    response = httpx.post(
        f"{openai_url}/v1/chat/completions",
        json=body,
        headers={"Authorization": f"Bearer {API_KEY}"},
    )

    assert response.status_code == 200, response.text
    answer = json.loads(response.json()["choices"][0]["message"]["content"])
    assert schema_problems(answer, schema) == []
    assert answer["owner"] == {"team": "-"} and answer["priority"] == 1


# --- wiring through the settings ------------------------------------------------------


async def test_handlers_follow_the_profile_setting(
    openai_app: tuple[FastAPI, str],
    openai_url: str,
    receiver_app: tuple[Path, str],
    tmp_path: Path,
) -> None:
    received, receiver_url = receiver_app
    app, _ = openai_app
    app.state.script = {"sentiment": "negative", "follow_up_needed": True}
    extract_settings = settings_for(
        profile="customer_service",
        extractor="openai",
        openai_api_key=API_KEY,
        openai_base_url=f"{openai_url}/v1",
        data_dir=tmp_path,
    )
    # The deliver worker keeps the default profile: the message, not its setting, decides.
    deliver_settings = settings_for(php_api_url=f"{receiver_url}/cs.php", data_dir=tmp_path)
    assert deliver_settings.profile == "solar"

    async with open_handler("extract", extract_settings) as handle_extract:
        out = await handle_extract(transcript(THANKS_CALL))
    async with open_handler("deliver", deliver_settings) as handle_deliver:
        await handle_deliver(out)

    assert isinstance(out, messages.Extraction) and out.profile == "customer_service"
    assert list(app.state.transcripts) == [THANKS_CALL]  # the extract handler asked the model
    body = json.loads(received.read_text(encoding="utf-8").splitlines()[0])["body"]
    assert set(body) == CS_KEYS | {"fiche_id", "job_id", "cost_usd", "evidence"}
    assert body["sentiment"] == "negative" and body["follow_up_needed"] is True


async def test_rules_extractor_follows_the_profile_setting() -> None:
    settings = settings_for(profile="customer_service", extractor="rules")

    async with open_handler("extract", settings) as handle:
        result = await handle(transcript(COMPLAINT_CALL))

    assert isinstance(result, messages.Extraction)
    assert (result.model, result.profile) == ("rules", "customer_service")
    assert result.fields == customer_service.extract_fields(COMPLAINT_CALL)


def test_unknown_profile_setting_is_one_line_naming_it() -> None:
    with pytest.raises(SettingsError) as caught:
        settings_for(profile="insurance")
    message = str(caught.value)
    assert "\n" not in message
    assert "PROFILE" in message and "'insurance'" in message


def test_a_worker_with_an_unknown_profile_fails_at_start(tmp_path: Path) -> None:
    env = {**os.environ, "PROFILE": "insurance", "OPENAI_API_KEY": API_KEY}
    # Port 9 on loopback: were the worker to get past its settings, it would fail on the
    # broker, with another message than the one asserted below.
    env["RABBITMQ_URL"] = "amqp://guest:guest@127.0.0.1:9/"
    done = subprocess.run(
        [sys.executable, "-m", "consumers.cli", "worker", "extract"],
        cwd=tmp_path,  # no .env from the project directory
        env={**env, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "PROFILE" in lines[0] and "'insurance'" in lines[0]


# --- the customer-service rules -------------------------------------------------------


def test_rules_read_a_complaint_with_a_callback() -> None:
    fields = customer_service.extract_fields(COMPLAINT_CALL)

    assert fields.reason == "facture contestée"
    assert fields.sentiment == "negative"
    assert fields.follow_up_needed is True
    assert fields.callback_number == "0612345678"
    assert "0612345678" in fields.summary


def test_rules_read_a_satisfied_call_without_follow_up() -> None:
    fields = customer_service.extract_fields(THANKS_CALL)

    assert fields.sentiment == "positive"
    assert fields.follow_up_needed is False
    assert fields.callback_number == "-"


def test_rules_never_take_the_agents_number_for_a_callback_number() -> None:
    said = (
        "Agent: Pour une panne, rappelez-nous au 09 69 32 15 15.\n"
        "Client: D'accord, ma box ne fonctionne plus depuis hier."
    )
    fields = customer_service.extract_fields(said)

    assert fields.callback_number == "-"
    assert fields.reason == "panne ou dysfonctionnement"
    assert fields.follow_up_needed is True  # a callback is discussed


def test_rules_read_diarized_turns_and_take_the_clients_number() -> None:
    fields = customer_service.extract_fields(dialogue(diarized_parcel_call()))

    assert fields.callback_number == "0698765432"
    assert fields.reason == "livraison"
    assert fields.sentiment == "negative"


def test_rules_say_unknown_when_nothing_is_said() -> None:
    assert customer_service.extract_fields("") == customer_service.unknown_fields()
    fields = customer_service.extract_fields("Agent: Bonjour.\nClient: Bonjour.")
    assert (fields.reason, fields.sentiment, fields.callback_number) == ("-", "neutral", "-")
    assert fields.follow_up_needed is False
