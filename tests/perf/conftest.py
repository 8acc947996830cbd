"""The sections' fixtures that `full_site` builds on."""

from tests.library.conftest import library  # noqa: F401 - fixtures
from tests.news.conftest import news_index  # noqa: F401
from tests.training.conftest import gatekeeping, training_index  # noqa: F401

from .site import full_site  # noqa: F401
