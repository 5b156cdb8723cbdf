"""``audio-nlp schema``: the JSON Schema of every message, for publishers in other languages."""

from __future__ import annotations

import json
from pathlib import Path

from messages import STAGE_INPUTS, CustomerServiceFields, Delivered, LeadFields, StageMessage


def schemas() -> dict[str, dict[str, object]]:
    """File name → JSON Schema, one per queue plus each profile's fields and the final result."""
    models: dict[str, type[StageMessage] | type[LeadFields] | type[CustomerServiceFields]] = {
        f"{stage}.{model.__name__}": model for stage, model in STAGE_INPUTS.items()
    }
    models["result.Delivered"] = Delivered
    models["LeadFields"] = LeadFields
    models["CustomerServiceFields"] = CustomerServiceFields
    return {name: model.model_json_schema(by_alias=True) for name, model in models.items()}


def write_schemas(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in schemas().items():
        path = out / f"{name}.schema.json"
        path.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)
    return written
