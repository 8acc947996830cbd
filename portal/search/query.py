"""What a reader asks the search engine and what it answers, whichever engine."""

import datetime
from dataclasses import dataclass, field

from django.utils.safestring import SafeString

FACETS = ("kind", "topic", "resource_type", "country", "year")
PER_PAGE = 10


@dataclass(frozen=True)
class Search:
    text: str
    language: str
    filters: tuple[tuple[str, str], ...] = ()  # (facet, value), one per facet
    page: int = 1
    per_page: int = PER_PAGE

    def with_text(self, text):
        return Search(text, self.language, self.filters, self.page, self.per_page)


@dataclass(frozen=True)
class Hit:
    page_id: int
    kind: str
    language: str
    title: str
    url: str
    snippet: SafeString
    date: datetime.date | None = None
    resource_type: str = ""
    year: int | None = None


@dataclass
class Results:
    hits: list[Hit]
    total: int
    page: int  # the page of results shown: the asked one within range
    per_page: int = PER_PAGE
    facets: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def num_pages(self):
        return max(1, -(-self.total // self.per_page))


@dataclass(frozen=True)
class Suggestion:
    title: str
    url: str
