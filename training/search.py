"""What training modules and lessons say in each language, for the search index."""

from portal.search.sources import page_entries, published_date

from .models import TrainingModulePage


def module_entries(page):
    return page_entries(
        page,
        summary_fields=["summary"],
        body_fields=["learning_objectives"],
        date=published_date(page),
        topics=[page.topic.slug] if page.topic else [],
    )


def lesson_entries(page):
    module = TrainingModulePage.objects.parent_of(page).select_related("topic").first()
    return page_entries(
        page,
        summary_fields=["summary"],
        body_fields=["body"],
        date=published_date(page),
        topics=[module.topic.slug] if module and module.topic else [],
    )
