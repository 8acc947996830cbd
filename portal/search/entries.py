import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class SearchEntry:
    """What one page says in one language, for the search index."""

    language: str  # "en" | "id" | "vi" | "ar"
    title: str
    summary: str = ""
    body: str = ""  # plain text: StreamField text, and text extracted from files
    url: str = ""  # the page's URL in that language
    date: datetime.date | None = None
    topics: tuple[str, ...] = ()  # Topic slugs
    countries: tuple[str, ...] = ()  # ISO codes (Country choices)
    resource_type: str = ""  # library only
    year: int | None = None  # library only
    file_collection_id: int | None = None  # of the file whose text is in body
