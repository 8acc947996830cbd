"""The portal holds no child's case details: no field may be made for them.

Staff learn and share news here; case files live in the centres' own systems.
`case_detail_fields()` lists fields whose name or label suggests a child's
details, so that a new one fails the checks (checks.py) until it is removed or,
if harmless, allowed below with the reason.
"""

import re

from django.apps import apps
from django.utils.translation import gettext_lazy as _

# Shown under the fields where editors write free text.
CASE_DETAILS_WARNING = _(
    "Do not enter a child's name, school, home place or any other case details."
)

PROJECT_APPS = ("portal.", "news", "training", "library")

SUSPICIOUS = re.compile(
    r"child|birth|\bdob\b|diagnos|case|school|village|guardian|parent"
    r"|(?<!mail )(?<!video )(?<!web )(?<!ip )\baddress"
    r"|religio|ethnic|medical|health|disab|abuse|\bsex\b|gender|\bage\b",
    re.IGNORECASE,
)

# model label.field name[.block name] -> why it is no case detail.
ALLOWED = {
    # A teaching case study in a lesson: an invented, anonymised story; the
    # warning below the body says so.
    "training.LessonPage.body.case_study": "a teaching case",
    # The moderator's safeguarding confirmations: booleans that say a story
    # shows none of these.
    "moderation.SafeguardingTaskState.no_child_name": "a confirmation",
    "moderation.SafeguardingTaskState.no_school": "a confirmation",
    "moderation.SafeguardingTaskState.no_home_place": "a confirmation",
    "moderation.SafeguardingTaskState.no_identifying_face": "a confirmation",
    "moderation.SafeguardingCheck.no_child_name": "a confirmation",
    "moderation.SafeguardingCheck.no_school": "a confirmation",
    "moderation.SafeguardingCheck.no_home_place": "a confirmation",
    "moderation.SafeguardingCheck.no_identifying_face": "a confirmation",
}


def words_of(text):
    """'child_name' and 'childName' and "child's name" as words a pattern can match."""
    text = re.sub(r"([a-z])([A-Z])", r"\1 \2", str(text))
    return re.sub(r"[^0-9A-Za-z]+", " ", text).lower()


def looks_like_case_detail(*texts):
    return any(SUSPICIOUS.search(words_of(text)) for text in texts)


def project_models():
    for config in apps.get_app_configs():
        if config.name.startswith(PROJECT_APPS):
            yield from config.get_models()


def field_texts(field):
    """(key, text): the field's name and English label, and those of the blocks
    it stores; a translation's key is its original field's."""
    original = getattr(field, "translated_field", field)
    key = f"{original.model._meta.label}.{original.name}"
    yield key, field.name
    yield key, getattr(field, "verbose_name", "")
    block = getattr(field, "stream_block", None)
    if block is not None:
        yield from block_texts(block, key)


def block_texts(block, key):
    for name, child in getattr(block, "child_blocks", {}).items():
        yield f"{key}.{name}", name
        yield f"{key}.{name}", child.label or ""
        yield from block_texts(child, f"{key}.{name}")


def case_detail_fields():
    """Every project field (or block of one) that looks made for case details."""
    from django.utils import translation

    found = set()
    with translation.override("en"):
        for model in project_models():
            for field in model._meta.local_fields + model._meta.local_many_to_many:
                for key, text in field_texts(field):
                    if key not in ALLOWED and looks_like_case_detail(text):
                        found.add(key)
    return sorted(found)
