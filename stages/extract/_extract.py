"""The extract stage: a transcript in, the profile's fields out, whichever extractor is used.

The prompt lives with the profile (``stages.extract.profiles``), not in a backend, so every
model is asked the same thing; its field guide is generated from the profile's schema
so the prompt and the schema never drift.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

import messages
from stages.extract.profiles import SOLAR, Profile

TRANSCRIPT_OPEN = "<transcription>"
TRANSCRIPT_CLOSE = "</transcription>"


# The solar profile's prompt, kept importable here for callers from before profiles.
SYSTEM_PROMPT = SOLAR.system_prompt


def user_prompt(transcript: str) -> str:
    """The user message: the transcript between markers, so it cannot pass for instructions."""
    return (
        "Voici la transcription de l'appel. Remplis la fiche.\n"
        f"{TRANSCRIPT_OPEN}\n{transcript.strip()}\n{TRANSCRIPT_CLOSE}"
    )


def transcript_from_prompt(content: str) -> str:
    """The transcript back out of a user message built by ``user_prompt``."""
    match = re.search(
        rf"{re.escape(TRANSCRIPT_OPEN)}\n?(.*?)\n?{re.escape(TRANSCRIPT_CLOSE)}", content, re.S
    )
    return match.group(1) if match else content


@dataclass(frozen=True)
class ExtractionResult:
    fields: messages.ExtractedFields
    model: str
    usage: messages.TokenUsage


class Extractor(Protocol):
    name: str

    async def extract(self, transcript: str) -> ExtractionResult: ...


NO_USAGE = messages.TokenUsage(prompt_tokens=0, completion_tokens=0)


class RulesExtractor:
    """The keyword extractor behind the same interface as a model: free and offline."""

    name = "rules"

    def __init__(self, profile: Profile = SOLAR) -> None:
        if profile.rules is None:
            raise ValueError(f"profile {profile.name!r} has no rules extractor")
        self._rules = profile.rules

    async def extract(self, transcript: str) -> ExtractionResult:
        return ExtractionResult(self._rules(transcript), model="rules", usage=NO_USAGE)


def dialogue(message: messages.Transcript) -> str:
    """The transcript as ``Agent:``/``Client:`` turns when the transcriber told speakers apart.

    Who said what matters (the agent reads an address, the client confirms it), and the
    plain text loses it. Diarization names speakers A, B…; the one asking the most
    questions is the agent (on a tie, the first to speak), everyone else the client.
    """
    speakers = {utterance.speaker for utterance in message.utterances}
    if len(speakers) < 2:
        return message.text
    roles = speaker_roles(message.utterances)
    return "\n".join(f"{roles[u.speaker]}: {u.text}" for u in message.utterances)


def speaker_roles(utterances: list[messages.Utterance]) -> dict[str, str]:
    """``Agent`` or ``Client`` for every diarized speaker label."""
    order = list(dict.fromkeys(u.speaker for u in utterances))
    questions = dict.fromkeys(order, 0)
    for utterance in utterances:
        questions[utterance.speaker] += utterance.text.count("?")
    agent = max(order, key=lambda speaker: (questions[speaker], -order.index(speaker)))
    return {speaker: "Agent" if speaker == agent else "Client" for speaker in order}


async def extract(
    message: messages.Transcript, extractor: Extractor, *, profile: Profile = SOLAR
) -> messages.Extraction:
    """The extraction for one transcript; a silent call never reaches the provider.

    ``profile`` must be the one ``extractor`` was built for: the message names it so the
    deliver stage maps the fields to that profile's keys.
    """
    if message.text.strip():
        result = await extractor.extract(dialogue(message))
    else:
        result = ExtractionResult(profile.unknown(), model="none", usage=NO_USAGE)
    return messages.Extraction(
        **message.carry(),
        profile=profile.name,
        fields=result.fields,
        transcript=message.text,
        model=result.model,
        usage=result.usage,
    )
