"""Two voices told apart in a mono call (stages/transcribe/_speakers.py).

Speech made at test time with espeak-ng in two voices (tests/audio.py), at 16 kHz as the
trim stage writes it. The word times given to ``two_voices`` are spread over each turn's
known span, as Whisper's would be; the last test has Whisper time them itself.
"""

from __future__ import annotations

import itertools
import wave
from pathlib import Path

import numpy as np
import pytest

from benchmarks import voices
from benchmarks.natural_set import ci_subset
from messages import Utterance
from stages.extract import dialogue, speaker_roles
from stages.transcribe import transcribe
from stages.transcribe._speakers import Word, two_voices
from stages.trim import SAMPLE_RATE, TrimOptions, trim_file
from tests.audio import SyntheticCall, synth_call
from tests.factories import audio_trimmed

VOICES = {"Agent": "fr+f3", "Client": "fr+m3"}
TURNS = [
    ("Agent", "Bonjour madame, je vous appelle au sujet de votre chauffage électrique."),
    ("Client", "Oui, bonjour, c'est à quel sujet exactement ?"),
    ("Agent", "Nous faisons une étude sur les panneaux solaires dans votre commune."),
    ("Client", "Ah oui, mon voisin en a posé l'année dernière."),
    ("Agent", "Vous êtes propriétaire de votre maison depuis longtemps ?"),
    ("Client", "Depuis vingt ans, avec mon mari."),
    ("Agent", "Et votre facture d'électricité, elle monte à combien par mois ?"),
    ("Client", "Environ cent cinquante euros, un peu plus l'hiver."),
]


def samples_of(call: SyntheticCall) -> np.ndarray:
    with wave.open(str(call.path), "rb") as reader:
        data = reader.readframes(reader.getnframes())
    return np.frombuffer(data, dtype="<i2").astype(np.float32) / 32768


def words_of(call: SyntheticCall, *, punctuated: bool = True) -> tuple[list[Word], list[int]]:
    """Each turn's words spread evenly over its span, and the voice (0 first) of each."""
    words: list[Word] = []
    voices: list[int] = []
    first = call.utterances[0].speaker
    for utterance in call.utterances:
        said = utterance.text.split()
        if not punctuated:
            said = [word.strip(".?!,") for word in said]
        start = utterance.start_sample / call.sample_rate
        step = (utterance.end_sample / call.sample_rate - start) / len(said)
        for index, word in enumerate(said):
            words.append(Word(start + index * step, start + (index + 1) * step, f" {word}"))
            voices.append(int(utterance.speaker != first))
    return words, voices


@pytest.fixture(scope="module")
def call(tmp_path_factory: pytest.TempPathFactory) -> SyntheticCall:
    return synth_call(
        TURNS,
        tmp_path_factory.mktemp("voices") / "call.wav",
        sample_rate=SAMPLE_RATE,
        telephone_band=False,
        pauses=[0.4] * (len(TURNS) - 1),
        voices=VOICES,
        rate=140,
    )


def test_each_word_goes_to_the_voice_that_said_it(call: SyntheticCall) -> None:
    words, truth = words_of(call)

    found = two_voices(samples_of(call), SAMPLE_RATE, words)

    assert found is not None
    right = sum(f == t for f, t in zip(found, truth, strict=True))
    assert right / len(words) >= 0.9, (found, truth)
    assert found[0] == 0  # the first to speak is voice 0


def test_a_run_said_by_both_voices_is_split_where_the_voice_changes(
    tmp_path: Path,
) -> None:
    """No pause and no punctuation between the turns: one run, which the voices split."""
    quick = synth_call(
        TURNS,
        tmp_path / "quick.wav",
        sample_rate=SAMPLE_RATE,
        telephone_band=False,
        pauses=[0.02] * (len(TURNS) - 1),
        voices=VOICES,
        rate=140,
    )
    words, truth = words_of(quick, punctuated=False)
    # Runs need pauses: put them only before every other turn, so each run holds two.
    gapped: list[Word] = []
    shift = 0.0
    for index, word in enumerate(words):
        if index and truth[index] == 0 and truth[index - 1] == 1:
            shift += 0.5
        gapped.append(Word(word.start + shift, word.end + shift, word.word))
    samples = samples_of(quick)
    silence = np.zeros(int(0.5 * SAMPLE_RATE), dtype=np.float32)
    pieces, cursor = [], 0
    for index, word in enumerate(words):
        if index and truth[index] == 0 and truth[index - 1] == 1:
            end = int(word.start * SAMPLE_RATE)
            pieces += [samples[cursor:end], silence]
            cursor = end
    padded = np.concatenate([*pieces, samples[cursor:]])

    found = two_voices(padded, SAMPLE_RATE, gapped)

    assert found is not None
    right = sum(f == t for f, t in zip(found, truth, strict=True))
    assert right / len(words) >= 0.85, (found, truth)
    # Inside each two-turn run the voice changes once.
    assert sum(a != b for a, b in itertools.pairwise(found)) >= len(TURNS) - 2


def test_too_little_said_is_not_split(call: SyntheticCall) -> None:
    words, _ = words_of(call)
    opening = [w for w in words if w.end <= call.utterances[1].end_sample / SAMPLE_RATE]

    assert two_voices(samples_of(call), SAMPLE_RATE, opening) is None


def test_only_16_khz_audio_is_read(call: SyntheticCall) -> None:
    words, _ = words_of(call)
    with pytest.raises(ValueError, match="16 kHz"):
        two_voices(samples_of(call), 8000, words)


def test_the_agent_is_who_asks_and_says_vous_even_without_question_marks() -> None:
    said = [
        ("A", "Allô. Oui, c'est moi, je suis chez moi."),
        ("B", "Vous avez un chauffage électrique. Votre maison fait quelle surface."),
        ("A", "Cent mètres carrés, avec mon mari on l'a agrandie."),
    ]
    utterances = [
        Utterance(speaker=who, text=text, start_ms=i, end_ms=i + 1)
        for i, (who, text) in enumerate(said)
    ]

    assert speaker_roles(utterances) == {"A": "Client", "B": "Agent"}


async def test_whisper_tells_the_two_voices_of_a_mono_call_apart(tmp_path: Path) -> None:
    """The natural-voice "demo" call (Kokoro voices, quiet, mono, cached as ``make test``
    renders it): each utterance's words go to the party that said them, by the render's
    own record of who spoke when."""
    from stages.transcribe.whisper import WhisperTranscriber

    assert voices.ready(), "the Kokoro model and voices are missing: run `make voices`"
    [demo] = [c for c in ci_subset() if c.extra.get("script_name") == "demo"]
    trimmed = tmp_path / "trimmed.wav"
    message = audio_trimmed(trimmed, trim_file(demo.path, trimmed, TrimOptions()))
    heard = {}
    for apart in (True, False):
        async with WhisperTranscriber("base", tell_voices_apart=apart) as whisper:
            heard[apart] = await transcribe(message, whisper, language="fr")

    assert {u.speaker for u in heard[False].utterances} == {"A"}
    assert {u.speaker for u in heard[True].utterances} == {"A", "B"}
    roles = speaker_roles(heard[True].utterances)
    said_by = [
        (str(u["speaker"]).lower(), *span)
        for u, span in zip(demo.utterances, demo.speech_spans(), strict=True)
    ]
    right = words = 0
    for utterance in heard[True].utterances:
        start, end = utterance.original_start_ms or 0, utterance.original_end_ms or 0
        middle = (start + end) / 2000 * demo.sample_rate
        truth = min(said_by, key=lambda said: _distance(middle, said[1], said[2]))[0]
        count = len(utterance.text.split())
        words += count
        right += count * (roles[utterance.speaker].lower() == truth)
    assert right / words >= 0.85, dialogue(heard[True])
    assert dialogue(heard[True]).startswith("(Rôles devinés")


def _distance(sample: float, start: int, end: int) -> float:
    return 0.0 if start <= sample <= end else min(abs(sample - start), abs(sample - end))
