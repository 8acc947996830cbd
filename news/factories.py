import datetime

import factory
import wagtail_factories

from .models import NewsIndexPage, NewsPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"
    slug = "news"
    title_en = "News"
    slug_en = "news"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Centre story {n}")
    slug = factory.Sequence(lambda n: f"centre-story-{n}")
    title_en = factory.SelfAttribute("title")
    slug_en = factory.SelfAttribute("slug")
    summary = "Social workers met to review each child's plan."
    summary_en = factory.SelfAttribute("summary")
    date = factory.Sequence(lambda n: datetime.date(2025, 1, 1) + datetime.timedelta(n))

    class Meta:
        model = NewsPage

    @factory.post_generation
    def centres(self, create, extracted, **kwargs):
        if create and extracted:
            self.centres.set(extracted)

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)
