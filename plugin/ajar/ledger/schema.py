"""The JSON Schema of each kind's front matter, for editors (``ajar schema KIND``).

Generated from the same pydantic models the loader validates with, and tuned so
that an editor and ``ajar check`` give the same verdict on every value: text
accepts numbers (the models turn them into text), a list of text accepts one
text, dates, durations, emails and URLs carry the validators' own patterns.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def kinds() -> dict[str, type[BaseModel]]:
    """Every kind of entry by its singular name (contact, rejection, ...), in the
    loader's order: the loader's folder registry is the one list of kinds."""
    from ajar.ledger.loader import KINDS

    return {_singular(folder): model for folder, model in KINDS.items()}


def _singular(folder: str) -> str:
    return folder[:-3] + "y" if folder.endswith("ies") else folder.removesuffix("s")


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``kind``'s front matter."""
    model = kinds()[kind]
    schema = model.model_json_schema(by_alias=True, schema_generator=_AjarJsonSchema)
    return {"$schema": DIALECT, **schema}


class _AjarJsonSchema(GenerateJsonSchema):
    """Pydantic's generator, saying what the models really accept."""

    def str_schema(self, schema: core_schema.StringSchema) -> JsonSchemaValue:
        # Models coerce numbers to text (coerce_numbers_to_str): `name: 12345` is fine.
        # A required text is stripped first, so it needs something that is not a space.
        text: JsonSchemaValue = {"type": "string"}
        if schema.get("min_length"):
            text["pattern"] = r"\S"
        return {"anyOf": [text, {"type": "number"}]}
