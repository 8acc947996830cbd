"""A centre's report, kept until something it shows changes.

An entry carries the versions it was made under: the portal's content
generation (pages, modules, lessons, centres: `portal.pagecache`), a version
for every centre's records and one for the centre's own. Whatever writes under
a report gives a new version: summary rows (`training.summaries`), staff
profiles and assignments (`connect`). The day, the language, the filters and
the supervisor's centres are in the key: assignment states move with the date.

A version is given up at once and again once the change is committed: a report
read in between, from the rows before the change, is kept under a version that
no reader will ask for again.
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone, translation

from portal.pagecache.cache import GENERATION_KEY

PREFIX = "training-report"
EVERY_CENTRE = "every-centre"
DEFAULT_SECONDS = 600


def cache_seconds():
    """How long a report is kept; 0 (and DEBUG, where code changes send no
    signal) turns keeping off."""
    if settings.DEBUG:
        return 0
    return getattr(settings, "REPORT_CACHE_SECONDS", DEFAULT_SECONDS)


def _version_key(name):
    return f"{PREFIX}:version:{name}"


def _entry_key(request, centres, centre):
    parts = [
        translation.get_language(),
        timezone.localdate().isoformat(),
        ",".join(str(pk) for pk in centres),
        "&".join(sorted(f"{k}={v}" for k, vs in request.GET.lists() for v in vs)),
    ]
    digest = hashlib.sha256("|".join(parts).encode()).hexdigest()
    return f"{PREFIX}:{centre}:{digest}"


class Kept:
    """One report's place in the cache, read in one round trip."""

    def __init__(self, request, centres, centre):
        self.key = _entry_key(request, [c.pk for c in centres], centre.pk)
        self.version_keys = [
            GENERATION_KEY,
            _version_key(EVERY_CENTRE),
            _version_key(centre.pk),
        ]
        found = cache.get_many([*self.version_keys, self.key])
        # The generation is the page cache's to start; ours start when missing.
        self.versions = (found.get(GENERATION_KEY),) + tuple(
            found.get(key) or _started(key) for key in self.version_keys[1:]
        )
        entry = found.get(self.key)
        self.content = entry[1] if entry and entry[0] == self.versions else None

    def keep(self, content):
        cache.set(self.key, (self.versions, content), timeout=cache_seconds())


def _started(key):
    version = uuid.uuid4().hex
    if not cache.add(key, version, timeout=None):
        version = cache.get(key, version)
    return version


def kept(request, centres, centre):
    """The report's Kept place, or None when reports are not kept."""
    return Kept(request, centres, centre) if cache_seconds() else None


def centres_changed(centre_ids=None):
    """What these centres' reports show changed (every centre's: None)."""
    names = [EVERY_CENTRE] if centre_ids is None else sorted(set(centre_ids))
    keys = [_version_key(name) for name in names if name is not None]
    if keys:
        cache.delete_many(keys)
        transaction.on_commit(lambda: cache.delete_many(keys))


def people_changed(user_ids=None):
    """The records of these people (everybody's: None) changed."""
    if user_ids is None:
        centres_changed()
        return
    if not user_ids:
        return
    from portal.accounts.models import StaffProfile

    centres_changed(
        StaffProfile.objects.filter(user_id__in=list(user_ids)).values_list(
            "centre_id", flat=True
        )
    )


def profile_loaded(sender, instance, **kwargs):
    instance._report_centre_id = instance.centre_id


def profile_changed(sender, instance, **kwargs):
    centres_changed(
        [instance.centre_id, getattr(instance, "_report_centre_id", instance.centre_id)]
    )
    instance._report_centre_id = instance.centre_id


def assignment_changed(sender, instance, **kwargs):
    centres_changed([instance.centre_id])


def links_changed(model):
    """An m2m_changed receiver for links of `model`'s rows that reports show."""

    def changed(sender, instance, action, **kwargs):
        if action.startswith("post_"):
            # From the other side, any centre's report may show the link.
            centres_changed(
                [instance.centre_id] if isinstance(instance, model) else None
            )

    return changed


def user_changed(sender, instance, update_fields=None, **kwargs):
    # Whether a person trains or supervises (a superuser) shows in the figures;
    # a sign-in, which saves only the time of it, does not.
    if not (update_fields and set(update_fields) <= {"last_login"}):
        people_changed([instance.pk])


def groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action.startswith("post_"):
        people_changed(pk_set if reverse else [instance.pk])


def connect():
    from django.contrib.auth import get_user_model
    from django.db.models.signals import m2m_changed, post_delete, post_init, post_save

    from portal.accounts.models import StaffProfile

    from ..models import Assignment

    post_init.connect(profile_loaded, sender=StaffProfile, dispatch_uid="report_p0")
    for signal in (post_save, post_delete):
        signal.connect(profile_changed, sender=StaffProfile, dispatch_uid="report_p")
        signal.connect(assignment_changed, sender=Assignment, dispatch_uid="report_a")
    user = get_user_model()
    post_save.connect(user_changed, sender=user, dispatch_uid="report_u")
    m2m_changed.connect(
        groups_changed, sender=user.groups.through, dispatch_uid="report_g"
    )
    for model, through in (
        (Assignment, Assignment.modules.through),
        (Assignment, Assignment.people.through),
        (StaffProfile, StaffProfile.supervised_centres.through),
    ):
        m2m_changed.connect(
            links_changed(model),
            sender=through,
            weak=False,
            dispatch_uid=f"report_{through._meta.label}",
        )
