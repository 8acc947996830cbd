"""Load the centre news: centres, topics, the stories' pictures, the news section
and its stories."""

import hashlib

from django.core.files.base import ContentFile
from wagtail.images import get_image_model
from wagtail.models import Collection

from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.models import NewsIndexPage, NewsPage
from portal.centres.factories import CentreFactory
from portal.centres.models import Centre
from portal.topics.factories import TopicFactory
from portal.topics.models import Topic

from .content.centres import CENTRES
from .content.news import NEWS_INDEX, STORIES
from .content.topics import TOPICS
from .illustrations import illustration_jpeg
from .upsert import Changes, page_upsert, snippet_upsert

PICTURE_FOLDER = "original_images"  # where Wagtail keeps uploaded originals


def news_load(*, home, changes: Changes) -> None:
    """The centres and topics, and under `home` the news section with its stories."""
    centres = {
        content.slug: snippet_upsert(
            Centre,
            key=content.slug,
            values=content.field_values(),
            factory=CentreFactory,
            changes=changes,
            label=f"centre: {content.slug}",
        )
        for content in CENTRES
    }
    topics = {
        content.slug: snippet_upsert(
            Topic,
            key=content.slug,
            values=content.field_values(),
            factory=TopicFactory,
            changes=changes,
            label=f"topic: {content.slug}",
        )
        for content in TOPICS
    }
    # There is only one news index (max_count), whatever its slug.
    index = page_upsert(
        NewsIndexPage.objects.child_of(home),
        parent=home,
        content=NEWS_INDEX,
        factory=NewsIndexPageFactory,
        changes=changes,
    )
    for story in STORIES:
        picture = picture_upsert(
            story.picture, description=story.hero_alt.en, changes=changes
        )
        page_upsert(
            NewsPage.objects.child_of(index).filter(slug_en=story.slug.en),
            parent=index,
            content=story,
            factory=NewsPageFactory,
            changes=changes,
            values={**story.field_values(), "hero_image": picture},
            relations={
                "centres": [centres[slug] for slug in story.centres],
                "topics": [topics[slug] for slug in story.topics],
            },
        )


def picture_upsert(picture, *, description, changes):
    """The Wagtail image titled `picture.title`, holding the drawing's bytes.

    The drawing is made again and compared by hash: an image that already holds
    it is left alone.
    """
    data = illustration_jpeg(picture.drawing)
    digest = hashlib.sha1(data, usedforsecurity=False).hexdigest()
    label = f"picture: {picture.file_name}"
    image = get_image_model().objects.filter(title=picture.title).first()
    if image is None:
        image = get_image_model()(
            title=picture.title, collection=Collection.get_first_root_node()
        )
        changes.note("created", label)
    elif (
        image.file_hash == digest
        and image.description == description
        and image.file.storage.exists(image.file.name)
    ):
        return image
    else:
        image.renditions.all().delete()
        changes.note("updated", label)
    image.file = _stored_file(f"{PICTURE_FOLDER}/{picture.file_name}", data)
    image.file_size, image.file_hash = len(data), digest
    image.description = description
    image.save()
    return image


def _stored_file(name, data):
    """The storage name holding `data`: `name` if it already does, else a new file
    (the storage picks a free name rather than overwrite another image's file)."""
    storage = get_image_model()._meta.get_field("file").storage
    if storage.exists(name):
        with storage.open(name) as stored:
            if stored.read() == data:
                return name
    return storage.save(name, ContentFile(data))
