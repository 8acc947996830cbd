"""What a news story says in each language, for the search index."""

from portal.search.sources import page_entries


def news_entries(page):
    return page_entries(
        page,
        summary_fields=["summary"],
        body_fields=["body"],
        date=page.date,
        topics=sorted(topic.slug for topic in page.topics.all()),
        countries=sorted({centre.country for centre in page.centres.all()}),
    )
