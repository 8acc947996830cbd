from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.utils.module_loading import import_string
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from portal.accounts.models import JobRole as AudienceRole
from portal.i18n.pages import TranslatedPageMixin, child_by_slug
from portal.pages.panels import ChecklistPanel
from portal.security.panels import CaseTextPanel
from portal.topics.models import Topic

from ..blocks import LessonBodyBlock
from ..forms import TrainingModuleForm


class AudienceRolesField(models.JSONField):
    """A list of audience roles: JSON, so that it works on SQLite as on PostgreSQL."""

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=AudienceRole.choices,
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        unknown = set(value or []) - set(AudienceRole.values)
        if unknown:
            raise ValidationError(_("Choose roles from the list."), code="invalid")


class RoutedPageMixin(RoutablePageMixin):
    """Routes of the page first, then its children by their translated slugs.

    The routes are a list of URL patterns named by dotted path, as Django's
    ROOT_URLCONF names a module; their views are called with the request and
    this page. The views use selectors and services, which use these models.
    """

    routes = ""

    @classmethod
    def get_subpage_urls(cls):
        return tuple(import_string(cls.routes))

    def resolve_subpage(self, path):
        match = self.get_resolver().resolve(path)
        view = match.func

        def serve_route(request, *args, **kwargs):
            return view(request, self, *args, **kwargs)

        match.func = serve_route
        return match

    def route_subpage_or_child(self, request, path_components):
        """Installed as `route` by the app (see apps.py).

        Remembers the matched route, which the language switcher needs to keep the
        reader on "check/" or "my/" in another language, and finds a child with one
        query instead of loading every child.
        """
        if self.live:
            try:
                match = self.resolve_subpage(
                    "".join(f"/{c}" for c in path_components) + "/"
                )
            except Http404:
                pass
            else:
                request.routable_resolver_match = match
                return RouteResult(self, args=tuple(match))
        if not path_components:
            raise Http404
        child = child_by_slug(self, path_components[0])
        if child is None:
            raise Http404
        return child.specific.route(request, path_components[1:])

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:
            # A signed-in reader's page shows their progress: no shared cache.
            patch_cache_control(response, private=True)
        return response

    def subpage_url(self, request, name, *args):
        return self.get_url(request) + self.reverse_subpage(name, args=args)


class TrainingIndexPage(TranslatedPageMixin, RoutedPageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["training.TrainingModulePage"]
    max_count = 1
    routes = "training.routes.TRAINING_INDEX"

    class Meta:
        verbose_name = _("training index page")


class TrainingModulePage(TranslatedPageMixin, RoutedPageMixin, Page):
    topic = models.ForeignKey(
        Topic,
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="training_modules",
    )
    summary = models.TextField(_("summary"), max_length=500)
    learning_objectives = models.TextField(
        _("learning objectives"),
        blank=True,
        help_text=_("One objective per line: what the trainee will be able to do."),
    )
    audience_roles = AudienceRolesField(
        _("audience"),
        default=list,
        blank=True,
        help_text=_("The roles this module is written for."),
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated time (minutes)"), default=30
    )
    cpd_hours = models.DecimalField(
        _("CPD hours"),
        max_digits=4,
        decimal_places=1,
        default=0,
        help_text=_("Continuing professional development hours the module counts for."),
    )
    prerequisites = ParentalManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="required_by",
        verbose_name=_("prerequisites"),
        help_text=_("Modules to complete before this one; recommended, not enforced."),
    )
    related_resources = ParentalManyToManyField(
        "library.ResourcePage",
        blank=True,
        related_name="training_modules",
        verbose_name=_("related library resources"),
        help_text=_(
            "Guides, tools and policies from the library to use with this module."
        ),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=80,
        validators=[MaxValueValidator(100)],
        help_text=_("The share of questions a trainee must answer right."),
    )

    content_panels = [
        *Page.content_panels,
        CaseTextPanel("summary"),
        FieldPanel("topic"),
        FieldPanel("audience_roles"),
        MultiFieldPanel(
            [FieldPanel("estimated_minutes"), FieldPanel("cpd_hours")],
            heading=_("Time and CPD hours"),
        ),
        FieldPanel("learning_objectives"),
        ChecklistPanel("prerequisites"),
        ChecklistPanel("related_resources"),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                InlinePanel("check_questions", label=_("Questions")),
            ],
            heading=_("Knowledge check"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("learning_objectives"),
    ]
    base_form_class = TrainingModuleForm

    parent_page_types = ["training.TrainingIndexPage"]
    subpage_types = ["training.LessonPage"]
    routes = "training.routes.TRAINING_MODULE"

    class Meta:
        verbose_name = _("training module")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(pass_mark__lte=100), name="training_pass_mark_100"
            )
        ]

    def objectives(self):
        return [line.strip() for line in self.learning_objectives.splitlines() if line]

    def audience_labels(self):
        return [AudienceRole(role).label for role in self.audience_roles]

    def live_prerequisites(self):
        return _live_in_tree_order(self.prerequisites.all())

    def live_related_resources(self):
        return _live_in_tree_order(self.related_resources.all())

    def questions(self):
        """The live check's questions with their options: two queries."""
        return list(self.check_questions.prefetch_related("options"))


def _live_in_tree_order(pages):
    # Filtered in Python: a preview holds the editor's unsaved choice.
    return sorted((page for page in pages if page.live), key=lambda page: page.path)


class LessonPage(TranslatedPageMixin, RoutedPageMixin, Page):
    summary = models.TextField(_("summary"), max_length=400, blank=True)
    body = StreamField(LessonBodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        CaseTextPanel("summary"),
        CaseTextPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["training.TrainingModulePage"]
    subpage_types = []
    routes = "training.routes.LESSON"

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")
