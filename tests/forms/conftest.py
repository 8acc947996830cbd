"""What the form and filter tests send their values to: a news index, a
library, and the supervision report's small centre (its fixtures reused)."""

import pytest

from library.factories import LibraryIndexPageFactory, ResourcePageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from portal.centres.factories import CentreFactory
from portal.topics.factories import TopicFactory

from ..training.conftest import gatekeeping, lessons, training_index  # noqa: F401
from ..training.reports.conftest import (  # noqa: F401
    centre,
    other_centre,
    reintegration,
    small_centre,
    supervisor_client,
    supervisor_of,
)


@pytest.fixture
def news_index(home_page):
    """A news index with a story of a centre on a topic."""
    jambi = CentreFactory(slug="jambi", name="Jambi", country="ID")
    topic = TopicFactory(slug="gatekeeping", name="Gatekeeping")
    index = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=index, centres=[jambi], topics=[topic])
    return index


@pytest.fixture
def library(home_page):
    """A library with one resource on a topic."""
    topic = TopicFactory(slug="reintegration", name="Reintegration")
    index = LibraryIndexPageFactory(parent=home_page)
    ResourcePageFactory(parent=index, topics=[topic])
    return index
