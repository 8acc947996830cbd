from modeltranslation.translator import TranslationOptions, register

from .models import LibraryIndexPage, ResourcePage


@register(LibraryIndexPage)
class LibraryIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(ResourcePage)
class ResourcePageTranslation(TranslationOptions):
    # A file and a link per language: a resource is often published separately in
    # each language, or only in some.
    fields = ("summary", "publisher", "document", "link")
