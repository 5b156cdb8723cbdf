"""``audio-nlp schema``: the JSON Schema of every message, for publishers in other languages."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from consumers.stage_table import PIPELINE
from messages import CustomerServiceFields, Delivered, LeadFields


def schemas() -> dict[str, dict[str, object]]:
    """File name → JSON Schema: one per queue (``{stage}.{Model}``), each profile's fields
    and the last stage's result."""
    models: dict[str, type[BaseModel]] = {
        f"{row.name}.{row.input.__name__}": row.input for row in PIPELINE
    }
    models[f"result.{Delivered.__name__}"] = Delivered
    models["LeadFields"] = LeadFields
    models["CustomerServiceFields"] = CustomerServiceFields
    return {name: model.model_json_schema(by_alias=True) for name, model in models.items()}


def write_schemas(out: Path) -> list[Path]:
    """Write ``schemas()`` into ``out``, one ``NAME.schema.json`` each; return the paths."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in schemas().items():
        path = out / f"{name}.schema.json"
        path.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)
    return written
