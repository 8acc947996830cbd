"""Writing demo content only where it differs from what is stored."""

from dataclasses import dataclass, field

from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.rich_text import RichText


@dataclass
class Changes:
    """What a load wrote, in order: one "created page: about" line per object."""

    lines: list[str] = field(default_factory=list)

    def __bool__(self):
        return bool(self.lines)

    def note(self, verb, label):
        self.lines.append(f"{verb} {label}")


def page_upsert(
    existing,
    *,
    parent,
    content,
    factory,
    changes,
    values=None,
    relations=None,
    children=None,
):
    """The first page of `existing`, else a new child of `parent`; published.

    `values` default to the content's field values; `relations` are parental
    many-to-many relations by name, e.g. {"topics": [topic, ...]}; `children`
    sets the page's inline objects (written on publish) and says whether any
    changed.
    """
    values = content.field_values() if values is None else values
    label = f"page: {content.slug.en}"
    page = existing.first()
    if page is None:
        page = factory(
            parent=parent, title=content.title.en, slug=content.slug.en, **values
        )
        relations_assign(page, relations or {})
        if children is not None:
            children(page)
        changes.note("created", label)
    else:
        fields_changed = assign(page, values)
        relations_changed = relations_assign(page, relations or {})
        children_changed = children is not None and children(page)
        if not (
            fields_changed
            or relations_changed
            or children_changed
            or not page.live
            or page.has_unpublished_changes
        ):
            return page
        changes.note("updated", label)
    page.save_revision().publish()
    return page


def snippet_upsert(model, *, key, values, factory, changes, label):
    """The `model` row whose slug is `key`, created or updated to `values`."""
    obj = model.objects.filter(slug=key).first()
    if obj is None:
        obj = factory(slug=key, **values)
        changes.note("created", label)
    elif assign(obj, values):
        obj.save()
        changes.note("updated", label)
    return obj


def assign(obj, values):
    """Set `values` on `obj`; True if any of them changed."""
    changed = False
    for name, value in values.items():
        before = _comparable(getattr(obj, name))
        setattr(obj, name, value)
        changed = changed or _comparable(getattr(obj, name)) != before
    return changed


def relations_assign(page, relations):
    """Set the page's parental many-to-many relations; True if any changed.

    They are written with the page's next save (the published revision)."""
    changed = False
    for name, objects in relations.items():
        related = getattr(page, name)
        if {obj.pk for obj in related.all()} != {obj.pk for obj in objects}:
            related.set(objects)
            changed = True
    return changed


def _comparable(value):
    """A field value in plain form: blocks without their ids, rich text as HTML."""
    if isinstance(value, StreamValue):
        return [(child.block_type, _comparable(child.value)) for child in value]
    if isinstance(value, StructValue):
        return {name: _comparable(child) for name, child in value.items()}
    if isinstance(value, ListValue | list):
        return [_comparable(item) for item in value]
    if isinstance(value, RichText):
        return value.source
    return value
