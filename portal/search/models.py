from django.contrib.postgres.lookups import TrigramSimilar
from django.contrib.postgres.search import SearchVectorExact, SearchVectorField
from django.db import models
from wagtail.models import Collection, Page


class IndexEntry(models.Model):
    """What one page says in one language, as the database search engine reads it.

    On PostgreSQL `search_vector` holds the title (weight A), summary (B) and body
    (C) read with the language's own text search configuration; SQLite scores
    the stems in `title_terms` and `text_terms` instead.
    """

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=40)
    language = models.CharField(max_length=8)
    title = models.TextField()
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=1000, blank=True)
    date = models.DateField(null=True, blank=True)
    resource_type = models.CharField(max_length=40, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    title_folded = models.TextField(blank=True)
    title_terms = models.TextField(blank=True)
    text_terms = models.TextField(blank=True)
    search_vector = SearchVectorField(null=True, blank=True)
    # The collection of the file whose text is in `body`: if it is made private,
    # the entry is left out of searches until it is written again without it.
    file_collection = models.ForeignKey(
        Collection, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["page", "language"], name="search_entry_page_language"
            )
        ]
        indexes = [models.Index(fields=["language", "kind"])]

    def __str__(self):
        return f"{self.title} [{self.language}]"


class IndexFacet(models.Model):
    """One value an entry can be filtered by: its kind, a topic, a country..."""

    entry = models.ForeignKey(
        IndexEntry, on_delete=models.CASCADE, related_name="facets"
    )
    facet = models.CharField(max_length=20)
    value = models.CharField(max_length=80)

    class Meta:
        indexes = [models.Index(fields=["facet", "value"])]

    def __str__(self):
        return f"{self.facet}={self.value}"


class IndexedWord(models.Model):
    """A word the index holds in a language, for "did you mean"."""

    language = models.CharField(max_length=8)
    word = models.CharField(max_length=40)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["language", "word"], name="search_word_language_word"
            )
        ]

    def __str__(self):
        return self.word


# PostgreSQL's text search (@@) and trigram (%) operators, registered on these
# fields alone rather than installing django.contrib.postgres for every model.
IndexEntry._meta.get_field("search_vector").register_lookup(SearchVectorExact)
IndexedWord._meta.get_field("word").register_lookup(TrigramSimilar)
