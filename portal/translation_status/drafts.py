"""An object's latest saved content, which for a draft lives in a revision."""

from wagtail.models import Revision


def has_draft(obj):
    return bool(getattr(obj, "has_unpublished_changes", False)) and bool(
        getattr(obj, "latest_revision_id", None)
    )


def revision_content(model, revision):
    """The object as saved in `revision`, without touching the database."""
    return model.from_serializable_data(revision.content, check_fks=False)


def latest_contents(objects):
    """Each object's latest saved content, in order: its draft if it has one."""
    revision_ids = [obj.latest_revision_id for obj in objects if has_draft(obj)]
    revisions = Revision.objects.in_bulk(revision_ids) if revision_ids else {}
    return [
        revision_content(type(obj), revisions[obj.latest_revision_id])
        if has_draft(obj) and obj.latest_revision_id in revisions
        else obj
        for obj in objects
    ]
