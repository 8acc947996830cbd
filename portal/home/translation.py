from modeltranslation.translator import TranslationOptions, register

from .models import ContentPage, HomePage


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = ("hero_heading", "hero_text")


@register(ContentPage)
class ContentPageTranslation(TranslationOptions):
    fields = ("intro", "body")
