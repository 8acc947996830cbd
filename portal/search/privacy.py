"""What is private now: pages under a view restriction and collections (with
their documents) under one. The index leaves them out when it is written, and
every search checks again, so that a restriction added since counts at once."""

from dataclasses import dataclass

from django.db.models import Exists, F, OuterRef
from django.db.models.lookups import StartsWith
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction


def restricted_page(path):
    """Whether the page whose tree path is `path` is at or under a restriction."""
    return Exists(PageViewRestriction.objects.filter(StartsWith(path, F("page__path"))))


def restricted_collection(path):
    """Whether the collection whose tree path is `path` is at or under a
    restriction (a NULL path, no collection, is not)."""
    restrictions = CollectionViewRestriction.objects
    return Exists(restrictions.filter(StartsWith(path, F("collection__path"))))


@dataclass(frozen=True)
class Hidden:
    """For an engine that cannot ask the database while it searches: the tree
    paths of the restricted pages, and the ids of the restricted collections."""

    page_paths: tuple[str, ...] = ()
    collection_ids: tuple[int, ...] = ()

    def covers(self, path, collection_id):
        """Whether an entry of the page at `path`, holding the text of a file in
        the collection `collection_id`, is hidden."""
        return collection_id in self.collection_ids or any(
            (path or "").startswith(restricted) for restricted in self.page_paths
        )


def hidden_now():
    """What is restricted at this moment: two small queries."""
    return Hidden(
        page_paths=tuple(
            PageViewRestriction.objects.values_list("page__path", flat=True).distinct()
        ),
        collection_ids=tuple(
            Collection.objects.filter(restricted_collection(OuterRef("path")))
            .values_list("pk", flat=True)
            .order_by("pk")
        ),
    )
