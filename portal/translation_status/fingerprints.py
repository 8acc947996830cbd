"""Fingerprints of field content, to notice when the English source changes."""

import hashlib
import json

from django.core.serializers.json import DjangoJSONEncoder
from wagtail.blocks import StreamValue


def content_hash(value):
    """SHA-256 of a field's content: text as is, a StreamField as stable JSON."""
    if isinstance(value, StreamValue):
        text = json.dumps(
            _without_block_ids(value.get_prep_value()),
            sort_keys=True,
            cls=DjangoJSONEncoder,
        )
    else:
        text = "" if value is None else str(value)
    return hashlib.sha256(text.encode()).hexdigest()


def _without_block_ids(data):
    # Block ids are bookkeeping, not content: a new id must not flag translations.
    if isinstance(data, list):
        return [_without_block_ids(item) for item in data]
    if isinstance(data, dict):
        is_block = {"type", "value"} <= data.keys()
        return {
            key: _without_block_ids(item)
            for key, item in data.items()
            if not (is_block and key == "id")
        }
    return data
