import factory
from wagtail_factories import DocumentFactory

from portal.pages.factories import SourceLanguagePageFactory

from .models import LibraryIndexPage, ResourcePage, ResourceType


class LibraryIndexPageFactory(SourceLanguagePageFactory):
    title = "Resource library"
    slug = "library"
    title_en = "Resource library"
    slug_en = "library"

    class Meta:
        model = LibraryIndexPage


class ResourcePageFactory(SourceLanguagePageFactory):
    title = factory.Sequence(lambda n: f"Gatekeeping decision checklist {n}")
    slug = factory.Sequence(lambda n: f"gatekeeping-checklist-{n}")
    title_en = factory.SelfAttribute("title")
    slug_en = factory.SelfAttribute("slug")
    summary = "The questions a multidisciplinary team answers before any placement."
    summary_en = factory.SelfAttribute("summary")
    resource_type = ResourceType.TOOLKIT
    year = 2024
    publisher = "Ministry of Social Affairs"
    link_en = "https://example.org/resources/checklist.pdf"

    class Meta:
        model = ResourcePage
        skip_postgeneration_save = True  # the hooks save when they change something

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)
            self.save()  # parental relations are written when the page is saved


__all__ = ["DocumentFactory", "LibraryIndexPageFactory", "ResourcePageFactory"]
