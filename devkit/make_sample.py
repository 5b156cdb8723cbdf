"""Regenerate the bundled demo call: ``.venv/bin/python -m tests.make_sample``.

Writes ``devkit/samples/sample_call.mp3`` (16 kHz mono, light line noise) and
``devkit/samples/sample_call.txt`` (the exact script, ``Agent:``/``Client:`` lines).
Output is deterministic, so rerunning only changes the files when the script does.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.audio import SyntheticCall, synth_call

SAMPLES = Path(__file__).resolve().parent.parent / "consumers" / "samples"
MAX_BYTES = 300 * 1024
SEED = 2024
# Wideband and unhurried: with no AssemblyAI key the demo transcribes this with the
# packaged Whisper base, which hears espeak-ng's 8 kHz telephone voices as gibberish.
RATE = 130  # words per minute
SAMPLE_RATE = 16000
VOICES = {"Agent": "fr", "Client": "fr+f2"}

# Expected fields: Jean Dupont, phone 06 12 34 56 78, owner, electric heating,
# 120 €/month, 110 m², tiled roof, south-facing, ages 52 and 49, 12 rue des Lilas
# 69003 Lyon, callback Tuesday morning. Numbers are written as digits where espeak-ng
# reads them as a caller would; "m²" it cannot read, hence "mètres carrés".
SCRIPT: list[tuple[str, str]] = [
    ("Agent", "Bonjour, je suis bien chez monsieur Jean Dupont ?"),
    ("Client", "Oui, c'est moi."),
    (
        "Agent",
        "Je vous appelle au sujet des économies d'énergie. "
        "Vous êtes propriétaire ou locataire de votre logement ?",
    ),
    ("Client", "Je suis propriétaire de ma maison."),
    ("Agent", "Et vous vous chauffez comment ?"),
    ("Client", "Au chauffage électrique. La facture fait environ 120 euros par mois."),
    ("Agent", "D'accord. Quelle est la surface de la maison ?"),
    ("Client", "110 mètres carrés."),
    ("Agent", "Et la toiture, c'est en tuiles ?"),
    ("Client", "Oui, un toit en tuiles, orienté plein sud."),
    ("Agent", "Très bien. Puis-je vous demander votre âge ?"),
    ("Client", "J'ai 52 ans, et ma femme 49 ans."),
    ("Agent", "Quelle est votre adresse ?"),
    ("Client", "12 rue des Lilas, 69003 Lyon."),
    ("Agent", "Un numéro pour vous joindre ?"),
    ("Client", "C'est le 06 12 34 56 78."),
    ("Agent", "Un conseiller peut vous rappeler. Quand êtes-vous disponible ?"),
    ("Client", "Mardi matin, c'est parfait."),
    ("Agent", "C'est noté, mardi matin. Merci monsieur Dupont, bonne journée."),
]
# A few pauses over the 0.7 s trim threshold so the demo shows the trim stage working.
PAUSES = [0.4, 0.5, 1.6, 0.3, 0.4, 1.8, 0.3, 0.5, 0.3, 0.5, 0.3, 1.5, 0.3, 0.5, 0.3, 1.2, 0.4, 0.3]


def make_sample(directory: Path = SAMPLES) -> SyntheticCall:
    directory.mkdir(parents=True, exist_ok=True)
    call = synth_call(
        SCRIPT,
        directory / "sample_call.mp3",
        pauses=PAUSES,
        noise_dbfs=-55.0,
        seed=SEED,
        fmt="mp3",
        rate=RATE,
        sample_rate=SAMPLE_RATE,
        telephone_band=False,
        voices=VOICES,
        mp3_bitrate="32k",
    )
    (directory / "sample_call.txt").write_text(call.script, encoding="utf-8")
    size = call.path.stat().st_size
    if size > MAX_BYTES:
        raise SystemExit(f"{call.path} is {size} bytes, over the {MAX_BYTES} byte budget")
    return call


def main() -> int:
    call = make_sample()
    print(
        f"wrote {call.path} ({call.duration_seconds:.1f} s, {call.path.stat().st_size} bytes) "
        f"and {call.path.with_suffix('.txt')}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
