from ..entries import SearchEntry
from ..query import Results, Search, Suggestion


class SearchBackend:
    """What every search engine of the portal does."""

    supports_did_you_mean = False

    def index_pages(self, pages: list[tuple[int, str, list[SearchEntry]]]) -> int:
        """Replace the entries of these (page id, kind, entries); the count written."""
        raise NotImplementedError

    def remove_pages(self, page_ids: list[int]) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def search(self, search: Search) -> Results:
        """One page of results in the search's language, with facet counts."""
        raise NotImplementedError

    def count_by_language(self, text: str, languages: list[str]) -> dict[str, int]:
        """How many results the same words find in each of `languages`."""
        raise NotImplementedError

    def did_you_mean(self, text: str, language: str) -> str | None:
        """The query with misspelt words replaced by indexed ones, if any were."""
        return None

    def suggest(self, prefix: str, language: str, limit: int) -> list[Suggestion]:
        """Titles in `language` with a word starting with `prefix`."""
        raise NotImplementedError


def facet_values(kind, entry):
    """The (facet, value) pairs an entry can be filtered by."""
    pairs = [("kind", kind)]
    pairs += [("topic", topic) for topic in entry.topics]
    pairs += [("country", country) for country in entry.countries]
    if entry.resource_type:
        pairs.append(("resource_type", entry.resource_type))
    if entry.year:
        pairs.append(("year", str(entry.year)))
    return pairs
