import datetime

import factory

from portal.pages.factories import SourceLanguagePageFactory

from .models import NewsIndexPage, NewsPage


class NewsIndexPageFactory(SourceLanguagePageFactory):
    title = "News"
    slug = "news"
    title_en = "News"
    slug_en = "news"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(SourceLanguagePageFactory):
    title = factory.Sequence(lambda n: f"Centre story {n}")
    slug = factory.Sequence(lambda n: f"centre-story-{n}")
    title_en = factory.SelfAttribute("title")
    slug_en = factory.SelfAttribute("slug")
    summary = "Social workers met to review each child's plan."
    summary_en = factory.SelfAttribute("summary")
    date = factory.Sequence(lambda n: datetime.date(2025, 1, 1) + datetime.timedelta(n))

    class Meta:
        model = NewsPage
        skip_postgeneration_save = True  # the hooks save when they change something

    @factory.post_generation
    def centres(self, create, extracted, **kwargs):
        if create and extracted:
            self.centres.set(extracted)
            self.save()  # parental relations are written when the page is saved

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)
            self.save()
