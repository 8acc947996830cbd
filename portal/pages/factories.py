import wagtail_factories
from django.utils import translation

from portal.i18n.languages import source_language


class SourceLanguagePageFactory(wagtail_factories.PageFactory):
    """Plain field names (`title`, `summary`) fill the source-language fields,
    whatever language a previous request left active."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        with translation.override(source_language()):
            return super()._create(model_class, *args, **kwargs)
