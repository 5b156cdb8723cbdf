"""The natural-voice evaluation set: its CI subset renders and its files say what they hold.

The two short calls of ``benchmarks.calls.SUBSET`` are rendered (from the user's cache
when already there, else with the Kokoro model that ``make voices`` installs) and read
back: speech inside every span and near-silence between them, the agent only on the
left channel of the stereo file, the μ-law file decoding to the same call, and gold
under every scored PHP key.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import wave
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from benchmarks import calls, voices
from benchmarks.evalset import EvalCall
from benchmarks.natural_set import SAMPLE_RATE, Variant, ci_subset, render
from messages.lead import LeadFields

FloatArray = npt.NDArray[np.float64]
# Spans are trimmed to the voice at -45 dB from its peak, so a short quiet edge is speech
# too; the checks look inside the span, away from its first and last 30 ms.
EDGE = round(0.03 * SAMPLE_RATE)


def _dbfs(samples: FloatArray) -> float:
    rms = float(np.sqrt(np.mean(np.square(samples)))) if samples.size else 0.0
    return 20 * float(np.log10(max(rms, 1e-9)))


def _frames(path: Path) -> FloatArray:
    """Any WAV of the set as (frames, channels) floats in [-1, 1], decoded by ffmpeg."""
    with path.open("rb") as handle:
        header = handle.read(44)
    channels = int.from_bytes(header[22:24], "little")
    pcm = subprocess.run(
        ["ffmpeg", "-nostdin", "-loglevel", "error", "-i", str(path), "-f", "s16le", "-"],
        check=True,
        capture_output=True,
    ).stdout
    samples = np.frombuffer(pcm, dtype="<i2").astype(np.float64) / 32768
    return samples.reshape(-1, channels)


def _gaps(call: EvalCall) -> list[tuple[int, int]]:
    spans = sorted(call.speech_spans())
    return [(end, start) for (_, end), (start, _) in itertools.pairwise(spans)]


@pytest.fixture(scope="module")
def subset() -> list[EvalCall]:
    assert voices.ready(), "the Kokoro model and voices are missing: run `make voices`"
    return ci_subset()


def test_the_subset_is_two_quiet_mono_pcm_calls_with_complete_gold(
    subset: list[EvalCall],
) -> None:
    assert [c.extra["script_name"] for c in subset] == list(calls.SUBSET)
    lead_keys = {f.alias or n for n, f in LeadFields.model_fields.items()}
    for call in subset:
        assert call.condition == "quiet"
        assert call.path.is_file() and call.path.with_suffix(".json").is_file()
        with wave.open(str(call.path), "rb") as wav:
            assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 8000)
            assert wav.getnframes() == round(call.duration_seconds * SAMPLE_RATE)
        truth = json.loads(call.path.with_suffix(".json").read_text(encoding="utf-8"))
        assert set(truth["fields"]) == set(calls.GOLD_KEYS)
        assert set(calls.GOLD_KEYS) | set(calls.FREE_TEXT_KEYS) == lead_keys
        assert all(isinstance(v, str) and v for v in truth["fields"].values())
        assert truth["fields"]["classement"] in ("Valide", "Non intéressant")
        script = calls.by_name(str(call.extra["script_name"]))
        assert [u["text"] for u in truth["utterances"]] == [t.text for t in script.turns]
        assert [u["speaker"] for u in truth["utterances"]] == [t.speaker for t in script.turns]
    demo = subset[0]
    assert sum(v != "-" for v in demo.fields.values()) >= 20
    assert 55 <= demo.duration_seconds <= 100


def test_speech_fills_every_span_and_the_gaps_are_near_silent(subset: list[EvalCall]) -> None:
    for call in subset:
        samples = _frames(call.path)[:, 0]
        for start, end in call.speech_spans():
            assert _dbfs(samples[start + EDGE : end - EDGE]) > -30, (call.name, start)
        gaps = _gaps(call)
        assert gaps, call.name
        for end, start in gaps:
            assert start > end, "utterances never overlap"
            assert _dbfs(samples[end + EDGE : start - EDGE]) < -60, (call.name, end)
        # The opening edge before the first word is silence too.
        first = min(s for s, _ in call.speech_spans())
        assert _dbfs(samples[: first - EDGE]) < -60


def test_stereo_puts_the_agent_left_and_the_client_right(subset: list[EvalCall]) -> None:
    (stereo,) = render(calls.by_name("court"), [Variant("quiet", "stereo", "pcm")])
    frames = _frames(stereo.path)
    assert frames.shape[1] == 2
    mono = subset[1]
    assert stereo.speech_spans() == mono.speech_spans(), "same layout in every variant"
    for utterance in stereo.utterances:
        start, end = int(utterance["start_sample"]), int(utterance["end_sample"])  # type: ignore[call-overload]
        own = int(utterance["channel"])  # type: ignore[call-overload]
        assert own == (0 if utterance["speaker"] == "Agent" else 1)
        inside = frames[start + EDGE : end - EDGE]
        assert _dbfs(inside[:, own]) > -30
        assert _dbfs(inside[:, 1 - own]) < -60, "the other channel carries no voice"


def test_mulaw_decodes_to_the_same_call(subset: list[EvalCall]) -> None:
    (mulaw,) = render(calls.by_name("court"), [Variant("quiet", "mono", "mulaw")])
    header = mulaw.path.read_bytes()[:44]
    assert header[:4] == b"RIFF" and int.from_bytes(header[20:22], "little") == 7  # μ-law
    decoded = _frames(mulaw.path)[:, 0]
    reference = _frames(subset[1].path)[:, 0]
    assert decoded.size == reference.size
    speech = np.zeros(reference.size, dtype=bool)
    for start, end in mulaw.speech_spans():
        speech[start:end] = True
    correlation = np.corrcoef(decoded[speech], reference[speech])[0, 1]
    assert correlation > 0.99
    # μ-law's 8 bits: about 38 dB of signal to quantisation noise on speech.
    error = decoded[speech] - reference[speech]
    assert _dbfs(reference[speech]) - _dbfs(error) > 30


def test_the_noisy_line_is_noisy_between_the_words(subset: list[EvalCall]) -> None:
    (noisy,) = render(calls.by_name("court"), [Variant("noisy", "mono", "pcm")])
    samples = _frames(noisy.path)[:, 0]
    for end, start in _gaps(noisy):
        level = _dbfs(samples[end + EDGE : start - EDGE])
        assert -50 < level < -38, level


# Every held-out set, by its name in benchmarks.calls, with the prefix of its calls' names.
HELD_OUT_PREFIXES = {"HELD_OUT": "ho_", **{f"HELD_OUT_{n}": f"h{n}_" for n in range(2, 28)}}


@pytest.mark.parametrize(
    ("set_name", "prefix"), HELD_OUT_PREFIXES.items(), ids=list(HELD_OUT_PREFIXES)
)
def test_the_held_out_scripts_parse_and_their_gold_fits_the_lead_model(
    set_name: str, prefix: str
) -> None:
    # Held-out calls are never rendered: no audio, no extractor, only their text and gold.
    held_out: tuple[calls.Script, ...] = getattr(calls, set_name)
    assert len(held_out) >= 8
    held_out_sets = [name for name in calls.__all__ if name.startswith("HELD_OUT")]
    assert held_out_sets == list(HELD_OUT_PREFIXES), "a new held-out set is covered here"
    every = (*calls.SCRIPTS, *(s for name in held_out_sets for s in getattr(calls, name)))
    names = [s.name for s in every]
    assert len(names) == len(set(names)), "script names are unique across every set"
    held_out_names = {s.name for s in held_out}
    assert all(name.startswith(prefix) for name in held_out_names), held_out_names
    assert not held_out_names & {*calls.FULL, *calls.SUBSET}, "held out of the rendered set"
    placeholders: dict[str, object] = {
        "commentaire_suggestion_ia": "-",
        "score_interet": 0,
        "interet_exprime": "-",
        "infos_collectees": "-",
        "objections": "-",
        "analyse_agent": [],
        "recommandations_qualiticien": [],
    }
    assert set(placeholders) == set(calls.FREE_TEXT_KEYS)
    for script in held_out:
        assert calls.by_name(script.name) is script
        assert script.turns and script.hold_after is None, script.name
        assert {t.speaker for t in script.turns} == {"Agent", "Client"}, script.name
        assert all(t.text and "{" not in t.text for t in script.turns), script.name
        assert tuple(script.gold) == calls.GOLD_KEYS, script.name
        assert all(isinstance(v, str) and v for v in script.gold.values()), script.name
        fields = {**script.gold, "adresse_modifiee": int(script.gold["adresse_modifiee"])}
        # Raises on a categorical value outside the model's (orientation, 20m, yes/no, ...).
        LeadFields.model_validate({**fields, **placeholders})
        assert script.gold["entretien_data_ia"] in ("Mr", "Mme"), script.name
