from django.apps import AppConfig


class TrainingConfig(AppConfig):
    name = "training"
    label = "training"
    verbose_name = "Training"

    def ready(self):
        from .models import LessonPage, TrainingIndexPage, TrainingModulePage

        # wagtail-modeltranslation (ready before us) replaced each page's route
        # with one that forgets the matched route; see RoutedPageMixin.
        for page_class in (TrainingIndexPage, TrainingModulePage, LessonPage):
            page_class.route = page_class.route_subpage_or_child

        from portal.search.registry import register

        from . import summaries
        from .search import lesson_entries, module_entries

        register(TrainingModulePage, "module", module_entries)
        register(LessonPage, "lesson", lesson_entries)
        summaries.connect()
        from . import signals
        from .reports import cache as report_cache

        signals.connect()
        report_cache.connect()
