"""A site with every kind of page, at a chosen amount of content."""

import pytest

from library.factories import ResourcePageFactory
from portal.search import indexing
from training.factories import LessonPageFactory, TrainingModulePageFactory

from .content import add_stories
from .pages import Site

SMALL, LARGE = 2, 12


@pytest.fixture
def full_site(
    request, home_page, about_page, news_index, training_index, gatekeeping, library
):
    """Every page type, with `request.param` (SMALL by default) stories, library
    resources, training modules and lessons in the module; searchable."""
    count = getattr(request, "param", SMALL)
    stories = add_stories(news_index, count)
    resources = [
        ResourcePageFactory(parent=library, topics=stories[0].topics.all())
        for _ in range(count)
    ]
    for _ in range(count - 1):
        TrainingModulePageFactory(parent=training_index, prerequisites=[gatekeeping])
    lessons = list(gatekeeping.get_children().specific())
    lessons += [
        LessonPageFactory(parent=gatekeeping) for _ in range(count - len(lessons))
    ]
    gatekeeping.related_resources.set(resources)
    gatekeeping.save()
    indexing.rebuild()
    return Site(
        home=home_page,
        content=about_page,
        news_index=news_index,
        story=stories[-1],
        centre=stories[-1].centres.first(),
        training_index=training_index,
        module=gatekeeping,
        lesson=lessons[-1],
        library=library,
        resource=resources[-1],
        content_count=count,
    )
