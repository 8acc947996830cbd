"""Record which English each translation was written against."""

from django.contrib.contenttypes.models import ContentType

from portal.i18n.completeness import field_value, has_content, translated_fields
from portal.i18n.languages import language_codes, localized_field, source_language

from .fingerprints import content_hash
from .models import TranslationSource
from .tracked import target_languages


def translation_sources_record(*, obj, update_fields=None):
    """Note the current English for every translation of `obj` that is new or
    changed since it was last recorded; leave the others (maybe outdated) alone."""
    names = _saved_fields(type(obj), update_fields)
    if not names:
        return
    content_type = ContentType.objects.get_for_model(obj)
    recorded = {
        (source.field_name, source.language): source.translation_hash
        for source in TranslationSource.objects.filter(
            content_type=content_type, object_id=str(obj.pk), field_name__in=names
        )
    }
    changed = []
    for name in names:
        english_hash = content_hash(field_value(obj, name, source_language()))
        for code in target_languages():
            value = field_value(obj, name, code)
            if not has_content(value):
                continue
            translation_hash = content_hash(value)
            if recorded.get((name, code)) != translation_hash:
                changed.append(
                    _source(
                        obj, content_type, name, code, english_hash, translation_hash
                    )
                )
    _save_sources(changed)


def translation_source_confirm(*, obj, field_name, language):
    """An editor checked the translation against the current English: not outdated."""
    value = field_value(obj, field_name, language)
    if not has_content(value):
        raise ValueError("Only a translation with content can be confirmed.")
    source = _source(
        obj,
        ContentType.objects.get_for_model(obj),
        field_name,
        language,
        content_hash(field_value(obj, field_name, source_language())),
        content_hash(value),
    )
    _save_sources([source])


def translation_sources_forget(*, obj):
    TranslationSource.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk)
    ).delete()


def _saved_fields(model, update_fields):
    """Translated fields written by a save (all of them unless `update_fields`)."""
    names = translated_fields(model)
    if update_fields is None:
        return names
    return [
        name
        for name in names
        if name in update_fields
        or any(
            localized_field(name, code) in update_fields for code in language_codes()
        )
    ]


def _source(obj, content_type, field_name, language, source_hash, translation_hash):
    return TranslationSource(
        content_type=content_type,
        object_id=str(obj.pk),
        field_name=field_name,
        language=language,
        source_hash=source_hash,
        translation_hash=translation_hash,
    )


def _save_sources(sources):
    # An upsert: two editors saving the same object at once must not collide.
    TranslationSource.objects.bulk_create(
        sources,
        update_conflicts=True,
        unique_fields=["content_type", "object_id", "field_name", "language"],
        update_fields=["source_hash", "translation_hash", "recorded_at"],
    )
