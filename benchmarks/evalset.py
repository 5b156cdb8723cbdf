"""The evaluation set: seeded synthetic French sales calls with their ground truth.

Each call is an agent/client conversation spoken by two espeak-ng voices through
``tests.audio.synth_call`` (telephone band, 8 kHz), with pauses from 0.2 s to a few
seconds between turns and, in about every other call, a long hold filled with
synthesised hold music. Every call is written in two conditions: ``quiet`` (a clean
line, -70 dBFS hiss) and ``noisy`` (-45 dBFS, where a plain energy threshold no longer
separates speech from silence). Beside each ``<name>.wav`` lies ``<name>.json``: the
exact sample span of every utterance, the hold-music span, the full text and the
lead fields the client says, under the PHP backend's keys.

Same seed, same calls, bit for bit: runs are comparable.

    python -m benchmarks.evalset OUT_DIR --calls 8 --seed 7
"""

from __future__ import annotations

import argparse
import json
import wave
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt

from tests.audio import synth_call

# Bumped whenever the generator changes, so a stale build on disk is not reused.
VERSION = 2
SAMPLE_RATE = 8000
CONDITIONS: dict[str, float] = {"quiet": -70.0, "noisy": -45.0}
PAUSE_RANGE = (0.2, 3.5)
HOLD_RANGE = (12.0, 25.0)
# Music starts and stops this far from the voices, like a hold that someone starts.
HOLD_MARGIN_SECONDS = 0.3
HOLD_MUSIC_DBFS = -14.0
VOICES = {"Agent": "fr+f3", "Client": "fr+m3"}

FloatArray = npt.NDArray[np.float32]

_FIRST_NAMES = (("Pierre", "monsieur"), ("Marie", "madame"), ("Jean", "monsieur"),
                ("Sophie", "madame"), ("Michel", "monsieur"), ("Nathalie", "madame"),
                ("Philippe", "monsieur"), ("Isabelle", "madame"))  # fmt: skip
_LAST_NAMES = ("Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Lefebvre", "Garnier", "Roux")
_HEATING = (("électrique", "On se chauffe à l'électrique, des radiateurs."),
            ("gaz", "On a une chaudière au gaz."),
            ("fioul", "C'est une chaudière au fioul."),
            ("bois", "On se chauffe au bois, avec un poêle."),
            ("pompe à chaleur", "On a une pompe à chaleur."))  # fmt: skip
_ORIENTATION = ("sud", "est", "ouest")
_STREETS = ("rue des Lilas", "avenue Jean Jaurès", "chemin des Vignes", "rue Victor Hugo",
            "allée des Peupliers", "rue de la Gare")  # fmt: skip
_CITIES = (("Toulouse", "31200"), ("Nantes", "44000"), ("Lyon", "69003"),
           ("Bordeaux", "33000"), ("Rennes", "35000"), ("Montpellier", "34000"),
           ("Angers", "49100"), ("Dijon", "21000"))  # fmt: skip
_SLOTS = ("mardi matin", "jeudi après-midi", "lundi soir", "vendredi matin", "mercredi matin")
_UNITS = ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
          "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize")  # fmt: skip
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def french_words(number: int) -> str:
    """0-999 in French words, as a person says them ("quatre-vingt-dix", "cent vingt-huit")."""
    if number >= 100:
        hundreds, rest = divmod(number, 100)
        head = "cent" if hundreds == 1 else f"{_UNITS[hundreds]} cent"
        if rest == 0:
            return head + ("s" if hundreds > 1 else "")
        return f"{head} {french_words(rest)}"
    if number <= 16:
        return _UNITS[number]
    if number < 20:
        return f"dix-{_UNITS[number - 10]}"
    if number < 70:
        tens, unit = divmod(number, 10)
        if unit == 0:
            return _TENS[tens]
        return f"{_TENS[tens]}{' et ' if unit == 1 else '-'}{_UNITS[unit]}"
    if number < 80:
        rest = number - 60
        return f"soixante{' et ' if rest == 11 else '-'}{french_words(rest)}"
    rest = number - 80
    return "quatre-vingts" if rest == 0 else f"quatre-vingt-{french_words(rest)}"


def spoken_phone(digits: str) -> str:
    """A phone number as said in pairs: "zéro six, douze, trente-quatre…"."""
    pairs = [digits[i : i + 2] for i in range(0, 10, 2)]
    first = f"zéro {_UNITS[int(pairs[0][1])]}"
    rest = [french_words(int(p)) if p[0] != "0" else f"zéro {_UNITS[int(p[1])]}" for p in pairs[1:]]
    return ", ".join([first, *rest])


def written_phone(digits: str) -> str:
    return " ".join(digits[i : i + 2] for i in range(0, 10, 2))


@dataclass
class Lead:
    """What the client says, and the turns that say it."""

    fields: dict[str, str]
    turns: list[tuple[str, str]]
    hold_after_turn: int | None


def make_lead(rng: np.random.Generator, *, with_hold: bool) -> Lead:
    """One call's facts, drawn from small French pools, and the conversation around them."""
    first, title = _FIRST_NAMES[int(rng.integers(len(_FIRST_NAMES)))]
    last = _LAST_NAMES[int(rng.integers(len(_LAST_NAMES)))]
    owner = bool(rng.random() < 0.75)
    heating, heating_phrase = _HEATING[int(rng.integers(len(_HEATING)))]
    bill = int(rng.integers(75, 250))
    surface = int(rng.integers(70, 180))
    age = int(rng.integers(31, 79))
    orientation = _ORIENTATION[int(rng.integers(len(_ORIENTATION)))]
    number = int(rng.integers(2, 60))
    street = _STREETS[int(rng.integers(len(_STREETS)))]
    city, postal = _CITIES[int(rng.integers(len(_CITIES)))]
    main_phone = "06" + "".join(str(d) for d in rng.integers(0, 10, size=8))
    second_phone = "07" + "".join(str(d) for d in rng.integers(0, 10, size=8))
    slot = _SLOTS[int(rng.integers(len(_SLOTS)))]
    in_words = bool(rng.random() < 0.5)

    def amount(value: int) -> str:
        return french_words(value) if in_words else str(value)

    turns = [
        ("Agent", f"Bonjour, je suis Julie de Soleil Rénovation. Je suis bien chez {title} "
                  f"{last} ?"),
        ("Client", f"Oui, c'est moi, {first} {last}."),
        ("Agent", "Vous êtes propriétaire ou locataire de votre maison ?"),
        ("Client", "Je suis propriétaire." if owner else "Je suis locataire, je loue la maison."),
        ("Agent", "Quel est votre mode de chauffage ?"),
        ("Client", heating_phrase),
        ("Agent", "Et votre facture d'électricité, elle est de combien ?"),
        ("Client", f"{amount(bill).capitalize()} euros par mois."),
        ("Agent", "Quelle est la surface de la maison ?"),
        ("Client", f"{amount(surface).capitalize()} mètres carrés."),
        ("Agent", "Votre toit est orienté comment ?"),
        ("Client", f"Il est orienté plein {orientation}."),
        ("Agent", "Puis-je vous demander votre âge ?"),
        ("Client", f"J'ai {amount(age)} ans."),
        ("Agent", f"Je confirme votre adresse, vous habitez bien au {number} {street} ?"),
        ("Client", f"Oui, {number} {street}, {postal} {city}."),
        ("Agent", f"Et votre numéro, c'est bien le {written_phone(main_phone)} ?"),
        ("Client", "Oui, et vous pouvez aussi me joindre au "
                   f"{spoken_phone(second_phone) if in_words else written_phone(second_phone)}."),
        ("Agent", "Un conseiller va vous rappeler. Quel moment vous arrange ?"),
        ("Client", f"{slot.capitalize()}, ce serait parfait."),
        ("Agent", f"C'est noté, {slot}. Merci, bonne journée."),
    ]  # fmt: skip
    hold_after = None
    if with_hold:
        # The agent checks the diary before offering a callback: a hold mid-call.
        hold_after = 18
        turns[hold_after:hold_after] = [
            ("Agent", "Je regarde le planning, je vous mets en attente un instant."),
            ("Agent", "Merci de votre patience, c'est bon."),
        ]
    fields = {
        "client_first_name_data_ia": first,
        "client_last_name_data_ia": last,
        "client_phone_number": main_phone,
        "proprietaire_data_ia": "oui" if owner else "non",
        "mode_chauffage_data_ia": heating,
        "facture_data_ia": str(bill),
        "superficie_data_ia": str(surface),
        "orientation_data_ia": orientation,
        ("age_mr_data_ia" if title == "monsieur" else "age_mme_data_ia"): str(age),
        "client_address_data_ia": f"{number} {street}",
        "client_postal_code_data_ia": postal,
        "client_city_data_ia": city,
        "tel2_data_ia": second_phone,
        "creneau_rappel_data_ia": slot,
    }
    return Lead(fields, turns, hold_after)


@dataclass
class EvalCall:
    """One recording of the set and its ground truth (what ``<name>.json`` holds)."""

    name: str
    condition: str
    path: Path
    sample_rate: int
    utterances: list[dict[str, object]]
    hold_span: tuple[int, int] | None
    text: str
    script: str
    fields: dict[str, str]
    duration_seconds: float
    extra: dict[str, object] = field(default_factory=dict)

    def speech_spans(self) -> list[tuple[int, int]]:
        return [(int(u["start_sample"]), int(u["end_sample"])) for u in self.utterances]  # type: ignore[call-overload]

    def truth_json(self) -> str:
        data = asdict(self)
        data["path"] = self.path.name
        return json.dumps(data, ensure_ascii=False, indent=1)


def hold_music(seconds: float, sample_rate: int, rng: np.random.Generator) -> FloatArray:
    """Tinny hold music: a pentatonic melody over a slow chord, harmonics below 3.4 kHz."""
    total = round(seconds * sample_rate)
    out = np.zeros(total, dtype=np.float64)
    scale = 261.63 * 2 ** (np.array([0, 2, 4, 7, 9, 12, 14, 16]) / 12)
    cursor = 0
    while cursor < total:
        length = min(round(float(rng.choice([0.25, 0.5, 0.5, 0.75])) * sample_rate), total - cursor)
        t = np.arange(length) / sample_rate
        note = np.zeros(length)
        base = float(rng.choice(scale))
        for harmonic, weight in ((1, 1.0), (2, 0.5), (3, 0.25), (4, 0.12)):
            if base * harmonic < 3400:
                note += weight * np.sin(2 * np.pi * base * harmonic * t)
        envelope = np.minimum(1.0, t / 0.02) * np.exp(-2.5 * t)
        out[cursor : cursor + length] += note * envelope
        cursor += length
    t = np.arange(total) / sample_rate
    for root in (130.81, 164.81, 196.0):  # C major pad, an octave down
        out += 0.3 * np.sin(2 * np.pi * root * 2 * t)
    peak = float(np.abs(out).max()) or 1.0
    return (out / peak * 10 ** (HOLD_MUSIC_DBFS / 20)).astype(np.float32)


def _pauses(lead: Lead, rng: np.random.Generator) -> list[float]:
    count = len(lead.turns) - 1
    pauses = [float(p) for p in rng.uniform(*PAUSE_RANGE, size=count)]
    if lead.hold_after_turn is not None:
        pauses[lead.hold_after_turn] = float(rng.uniform(*HOLD_RANGE))
    return pauses


def _add_music(path: Path, span: tuple[int, int], rng: np.random.Generator) -> None:
    with wave.open(str(path), "rb") as wav:
        params = wav.getparams()
        pcm = np.frombuffer(wav.readframes(params.nframes), dtype="<i2").astype(np.float32)
    start, end = span
    pcm[start:end] += hold_music((end - start) / params.framerate, params.framerate, rng) * 32767
    with wave.open(str(path), "wb") as wav:
        wav.setparams(params)
        wav.writeframes(np.clip(pcm, -32768, 32767).round().astype("<i2").tobytes())


def build_call(index: int, condition: str, out_dir: Path, *, seed: int) -> EvalCall:
    """Call ``index`` of the set in ``condition``; the same words and pauses in both."""
    rng = np.random.default_rng([seed, index])
    lead = make_lead(rng, with_hold=index % 2 == 1)
    pauses = _pauses(lead, rng)
    name = f"call{index:02d}-{condition}"
    path = out_dir / f"{name}.wav"
    call = synth_call(
        lead.turns,
        path,
        sample_rate=SAMPLE_RATE,
        pauses=pauses,
        noise_dbfs=CONDITIONS[condition],
        seed=seed * 1000 + index,
        voices=VOICES,
        rate=165,
    )
    hold_span = None
    if lead.hold_after_turn is not None:
        margin = round(HOLD_MARGIN_SECONDS * SAMPLE_RATE)
        before = call.utterances[lead.hold_after_turn]
        after = call.utterances[lead.hold_after_turn + 1]
        hold_span = (before.end_sample + margin, after.start_sample - margin)
        _add_music(path, hold_span, np.random.default_rng([seed, index, 1]))
    result = EvalCall(
        name=name,
        condition=condition,
        path=path,
        sample_rate=SAMPLE_RATE,
        utterances=[asdict(u) for u in call.utterances],
        hold_span=hold_span,
        text=call.text,
        script=call.script,
        fields=lead.fields,
        duration_seconds=call.duration_seconds,
    )
    path.with_suffix(".json").write_text(result.truth_json(), encoding="utf-8")
    return result


def build_set(
    out_dir: Path, *, calls: int = 8, seed: int = 7, conditions: tuple[str, ...] = tuple(CONDITIONS)
) -> list[EvalCall]:
    """``calls`` calls in every condition under ``out_dir``; an identical build is reused."""
    stamp = out_dir / f".built-v{VERSION}-seed{seed}-calls{calls}-{'-'.join(conditions)}"
    names = [(i, c) for i in range(calls) for c in conditions]
    if stamp.is_file():
        return [load_call(out_dir / f"call{i:02d}-{c}.json") for i, c in names]
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob(".built-*"):
        old.unlink()
    built = [build_call(i, c, out_dir, seed=seed) for i, c in names]
    stamp.write_text("", encoding="utf-8")
    return built


def load_call(truth: Path) -> EvalCall:
    """The recording described by the JSON file ``truth`` (its audio beside it)."""
    data = json.loads(truth.read_text(encoding="utf-8"))
    data["path"] = truth.parent / data["path"]
    data["hold_span"] = tuple(data["hold_span"]) if data["hold_span"] else None
    return EvalCall(**data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--calls", type=int, default=8)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    calls = build_set(args.out_dir, calls=args.calls, seed=args.seed)
    total = sum(c.duration_seconds for c in calls)
    print(f"{len(calls)} recordings, {total / 60:.1f} min of audio in {args.out_dir}")


if __name__ == "__main__":
    main()
