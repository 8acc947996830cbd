from modeltranslation.translator import TranslationOptions, register

from .models import NewsIndexPage, NewsPage


@register(NewsIndexPage)
class NewsIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(NewsPage)
class NewsPageTranslation(TranslationOptions):
    fields = ("summary", "hero_alt", "body")
