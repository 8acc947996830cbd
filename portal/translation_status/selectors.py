"""The translation status of every tracked page and snippet."""

from dataclasses import dataclass
from operator import attrgetter

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from portal.i18n.completeness import (
    field_value,
    has_content,
    missing_fields,
    translated_fields,
)
from portal.i18n.languages import source_language

from .drafts import latest_contents
from .fingerprints import content_hash
from .models import TranslationSource
from .tracked import target_languages, tracked_models


class TranslationState(models.TextChoices):
    MISSING = "missing", _("Missing fields")
    OUTDATED = "outdated", _("Outdated fields")
    COMPLETE = "complete", _("Complete")


@dataclass(frozen=True)
class FieldRef:
    name: str
    label: str


@dataclass
class LanguageStatus:
    language: str
    missing: list[FieldRef]
    outdated: list[FieldRef]

    @property
    def is_complete(self):
        return not self.missing and not self.outdated


@dataclass
class TranslationStatus:
    """One page or snippet: what each language still lacks."""

    obj: models.Model
    languages: dict[str, LanguageStatus]
    edit_url: str | None = None

    @property
    def title(self):
        if isinstance(self.obj, Page):
            return self.obj.get_admin_display_title()
        return str(self.obj)

    @property
    def type_name(self):
        return capfirst(self.obj._meta.verbose_name)

    @property
    def model_label(self):
        return self.obj._meta.label_lower

    @property
    def content_type_id(self):
        return ContentType.objects.get_for_model(self.obj).pk

    def matches(self, *, language=None, state=None):
        """Filter rule: `state` in `language` (or any); a language alone means
        anything left to do in it."""
        statuses = (
            [self.languages[language]] if language else list(self.languages.values())
        )
        if state == TranslationState.MISSING:
            return any(status.missing for status in statuses)
        if state == TranslationState.OUTDATED:
            return any(status.outdated for status in statuses)
        if state == TranslationState.COMPLETE:
            return all(status.is_complete for status in statuses)
        if language:
            return not statuses[0].is_complete
        return True


def translation_statuses():
    """Every tracked object, pages in tree order and then snippets."""
    model_classes = tracked_models()
    objects = _tracked_objects(model_classes)
    content_types = ContentType.objects.get_for_models(*model_classes).values()
    sources = _source_hashes(content_type__in=[ct.pk for ct in content_types])
    return [
        TranslationStatus(obj=obj, languages=_language_statuses(content, sources))
        for obj, content in zip(objects, latest_contents(objects), strict=True)
    ]


def _language_statuses(content, sources):
    names = translated_fields(type(content))
    english = {
        name: content_hash(field_value(content, name, source_language()))
        for name in names
    }
    key = _object_key(content)

    def outdated(code):
        # A translation with no record yet was never seen against other English.
        return [
            name
            for name in names
            if has_content(field_value(content, name, code))
            and sources.get((*key, name, code), english[name]) != english[name]
        ]

    return {
        code: LanguageStatus(
            language=code,
            missing=_field_refs(content, missing_fields(content, code)),
            outdated=_field_refs(content, outdated(code)),
        )
        for code in target_languages()
    }


def _field_refs(obj, names):
    return [
        FieldRef(name=name, label=capfirst(obj._meta.get_field(name).verbose_name))
        for name in names
    ]


def _tracked_objects(model_classes):
    objects = []
    for model in model_classes:
        queryset = model._default_manager.all()
        if issubclass(model, Page):
            # Exactly this type (subclasses are listed under their own) and no
            # aliases, which only mirror another page.
            queryset = queryset.filter(
                content_type=ContentType.objects.get_for_model(model),
                alias_of__isnull=True,
            )
        objects.extend(queryset)
    pages = sorted(
        (obj for obj in objects if isinstance(obj, Page)), key=attrgetter("path")
    )
    return pages + [obj for obj in objects if not isinstance(obj, Page)]


def _source_hashes(**filters):
    """{(content type id, object id, field, language): English hash recorded}."""
    rows = TranslationSource.objects.filter(**filters).values_list(
        "content_type_id", "object_id", "field_name", "language", "source_hash"
    )
    return {tuple(row[:4]): row[4] for row in rows}


def _object_key(obj):
    return (ContentType.objects.get_for_model(obj).pk, str(obj.pk))
