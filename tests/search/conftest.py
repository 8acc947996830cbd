import pytest
from wagtail.rich_text import RichText

from library.factories import LibraryIndexPageFactory, ResourcePageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from portal.centres.factories import CentreFactory
from portal.centres.models import Country
from portal.i18n.languages import field_suffix
from portal.search import indexing
from portal.topics.factories import TopicFactory
from tests.library.documents import pdf_document
from training.factories import (
    LessonPageFactory,
    TrainingIndexPageFactory,
    TrainingModulePageFactory,
)

from .relevance import CORPUS, PDF_RESOURCE

# Facets of the corpus: topics and the country of the centre behind a story.
TOPICS = {
    "reunification": "family-care",
    "foster-carers": "family-care",
    "reintegration": "family-care",
    "safer-schools": "referral",
    "gatekeeping": "referral",
}
VIETNAM_STORIES = {"case-conference"}


def translated(document, body_block):
    """Factory fields of a corpus document in every language it is written in."""
    fields = {"slug": document["key"]}
    for code in ("en", "id", "vi", "ar"):
        if code not in document:
            continue
        title, summary, body = document[code]
        suffix = field_suffix(code)
        fields[f"title_{suffix}"] = title
        fields[f"summary_{suffix}"] = summary
        if body_block == "learning_objectives":
            fields[f"learning_objectives_{suffix}"] = body
        else:
            fields[f"body_{suffix}"] = [(body_block, RichText(f"<p>{body}</p>"))]
    fields["title"] = fields["title_en"]
    fields["summary"] = fields["summary_en"]
    return fields


@pytest.fixture
def corpus(home_page, settings, tmp_path):
    """The relevance corpus as live pages, indexed: {document key: page}."""
    topics = {
        slug: TopicFactory(slug=slug, name=slug.replace("-", " ").capitalize())
        for slug in set(TOPICS.values())
    }
    centres = {
        Country.INDONESIA: CentreFactory(slug="jambi", country=Country.INDONESIA),
        Country.VIETNAM: CentreFactory(slug="da-nang", country=Country.VIETNAM),
    }
    news_index = NewsIndexPageFactory(parent=home_page)
    training_index = TrainingIndexPageFactory(parent=home_page)
    pages = {}
    for key, document in CORPUS.items():
        document = {**document, "key": key}
        topic = topics.get(TOPICS.get(key))
        if document["kind"] == "news":
            country = Country.VIETNAM if key in VIETNAM_STORIES else Country.INDONESIA
            pages[key] = NewsPageFactory(
                parent=news_index,
                centres=[centres[country]],
                topics=[topic] if topic else [],
                **translated(document, "paragraph"),
            )
        elif document["kind"] == "module":
            pages[key] = TrainingModulePageFactory(
                parent=training_index,
                topic=topic,
                **translated(document, "learning_objectives"),
            )
        else:
            pages[key] = LessonPageFactory(
                parent=pages[document["module"]], **translated(document, "text")
            )
    settings.MEDIA_ROOT = tmp_path / "media"
    key, language, opening = PDF_RESOURCE
    pages[key] = ResourcePageFactory(
        parent=LibraryIndexPageFactory(parent=home_page),
        title="Placement decision checklist",
        slug=key,
        link_en="",
        document_en=pdf_document(language, "Checklist", opening=opening),
    )
    indexing.rebuild()
    return pages
