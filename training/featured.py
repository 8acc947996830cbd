"""The training modules the home page shows, each with a picture from its lessons."""

from functools import reduce
from operator import or_

from django.contrib.auth.models import AnonymousUser
from django.db.models import F, Q
from wagtail.images import get_image_model

from news.models import NewsPage
from portal.i18n.languages import localized_field, source_language

from .models import LessonPage
from .selectors import live_modules, modules_open_to

FEATURED_LIMIT = 4


def featured_modules(limit=FEATURED_LIMIT):
    """The first live modules anyone may open, each with `picture`: the first
    image of its lessons or, failing that, of the newest story on its topic
    (None if neither has one). Six queries, however many modules."""
    modules = modules_open_to(AnonymousUser(), live_modules())[:limit]
    pictures = _first_pictures(modules)
    topic_pictures = _topic_pictures(
        {module.topic_id for module in modules if module.path not in pictures}
    )
    for module in modules:
        module.picture = pictures.get(module.path) or topic_pictures.get(
            module.topic_id
        )
    return modules


def _topic_pictures(topic_ids):
    stories = (
        NewsPage.objects.live()
        .filter(topics__in=topic_ids - {None}, hero_image__isnull=False)
        .select_related("hero_image")
        .order_by("-date")
        .annotate(topic_id=F("topics"))
    )
    pictures = {}
    for story in stories:
        pictures.setdefault(story.topic_id, story.hero_image)
    return pictures


def _first_pictures(modules):
    if not modules:
        return {}
    under = reduce(or_, (Q(path__startswith=module.path) for module in modules))
    lessons = LessonPage.objects.live().filter(under).order_by("path")
    first_ids = {}  # module path -> image id
    # The source language's body: every lesson has one, with the same pictures.
    body_column = localized_field("body", source_language())
    for path, body in lessons.values_list("path", body_column):
        module_path = path[: -LessonPage.steplen]
        if module_path not in first_ids and (image_id := _first_image_id(body)):
            first_ids[module_path] = image_id
    images = get_image_model().objects.in_bulk(set(first_ids.values()))
    return {path: images.get(image_id) for path, image_id in first_ids.items()}


def _first_image_id(body):
    # The stored blocks, read raw: the picture needs no other block of the body.
    for block in body.raw_data if body else ():
        if block.get("type") == "image" and block["value"].get("image"):
            return block["value"]["image"]
    return None
