# The sections' fixtures, to reach their pages.
from tests.news.conftest import news_index  # noqa: F401
from tests.perf.conftest import full_site, library  # noqa: F401
from tests.training.conftest import gatekeeping, training_index  # noqa: F401
