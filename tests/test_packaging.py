"""The production wheel: the three packages of the product, and none of the dev tooling.

The emulators, the local stack, the demo and its sample live in devkit/, a distribution
of their own (audio-nlp-devkit); the image and the wheel must not carry them.
"""

from __future__ import annotations

import email.parser
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What a checkout holds besides sources; the copy leaves it out so that nothing a previous
# build left behind (build/lib, *.egg-info) can end up in this wheel.
NOT_SOURCES = shutil.ignore_patterns(
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    "data",
    ".demo",
    ".eval",
)
DEV_ONLY_MARKERS = ("devkit", "emulator", "stack", "demo", "sample")


def build_wheel(tmp_path: Path) -> Path:
    source = tmp_path / "src"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCES)
    assert (source / "devkit" / "pyproject.toml").exists()  # the dev kit is in the tree
    out = tmp_path / "wheels"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", str(source), "-w", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (wheel,) = out.glob("audio_nlp_pipeline-*.whl")
    return wheel


def test_wheel_holds_the_product_and_no_dev_tooling(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path)
    with zipfile.ZipFile(wheel) as archive:
        members = archive.namelist()
        (metadata_name,) = [name for name in members if name.endswith(".dist-info/METADATA")]
        metadata = email.parser.Parser().parsestr(archive.read(metadata_name).decode())
        (entry_points_name,) = [n for n in members if n.endswith(".dist-info/entry_points.txt")]
        entry_points = archive.read(entry_points_name).decode()
    listing = "\n".join(sorted(members))

    top_level = {name.split("/", 1)[0] for name in members if "/" in name}
    dist_info = {name for name in top_level if name.endswith(".dist-info")}
    assert top_level - dist_info == {"messages", "stages", "consumers"}, listing
    for required in (
        "messages/__init__.py",
        "stages/__init__.py",
        "stages/trim/__init__.py",
        "stages/extract/communes-fr.tsv.gz",
        "stages/extract/communes-fr.LICENSE",
        "consumers/__init__.py",
        "consumers/cli.py",
        "consumers/worker.py",
        "consumers/ingress.py",
        "consumers/sdnotify.py",
    ):
        assert required in members, f"{required} missing from the wheel:\n{listing}"

    dev_files = [
        name for name in members if any(marker in name.lower() for marker in DEV_ONLY_MARKERS)
    ]
    assert not dev_files, f"dev tooling in the production wheel: {dev_files}\n{listing}"
    assert not [name for name in members if name.endswith((".mp3", ".wav"))], listing

    # Only the product's command; audio-nlp-dev comes with the devkit distribution.
    assert "audio-nlp = consumers.cli:main" in entry_points
    assert "audio-nlp-dev" not in entry_points
    # The emulators' own dependencies stay out of the product's unconditional ones.
    unconditional = [req for req in metadata.get_all("Requires-Dist") or [] if ";" not in req]
    assert unconditional, "the wheel declares no dependency at all"
    for dev_dependency in ("python-multipart", "jsonschema", "audio-nlp-devkit"):
        assert not [req for req in unconditional if req.startswith(dev_dependency)], unconditional
