"""Behaviour shared by every page of the portal: one page, four languages."""

from django.db.models import Exists, F, OuterRef, Q
from django.db.models.lookups import StartsWith
from django.http import Http404
from django.utils import translation
from django.utils.functional import cached_property
from wagtail.models import PageViewRestriction
from wagtail.url_routing import RouteResult

from portal.pagecache.cache import remember

from .completeness import field_value, has_content, missing_fields
from .languages import language_codes, local_name, localized_field, source_language


def translated_slug_is(slug):
    """Pages whose slug in the current language is `slug`.

    A page without a slug in that language answers to its source-language slug,
    as modeltranslation shows it.
    """
    code, source = translation.get_language(), source_language()
    own, fallback = localized_field("slug", code), localized_field("slug", source)
    matches = Q(**{own: slug})
    if own != fallback:
        untranslated = Q(**{f"{own}__isnull": True}) | Q(**{own: ""})
        matches |= untranslated & Q(**{fallback: slug})
    return matches


def without_restricted(pages):
    """`pages` less those at or under a view restriction, in the same query.

    Wagtail's `public()` first loads every restriction with its page, one more
    query on every page view.
    """
    restricted = PageViewRestriction.objects.filter(
        StartsWith(OuterRef("path"), F("page__path"))
    )
    return pages.filter(~Exists(restricted))


def child_by_slug(parent, slug):
    """The child page whose slug, in the current language, is `slug`."""
    return parent.get_children().filter(translated_slug_is(slug)).first()


class TranslatedPageMixin:
    """Preview in each language, route by the slugs of the reader's language and
    know which fields still fall back to English."""

    @property
    def preview_modes(self):
        return [(code, local_name(code)) for code in language_codes()]

    @property
    def default_preview_mode(self):
        return source_language()

    def serve_preview(self, request, mode_name):
        code = mode_name if mode_name in language_codes() else source_language()
        with translation.override(code):
            request.LANGUAGE_CODE = code
            response = super().serve_preview(request, mode_name)
            # Render inside the override so the template sees the preview language.
            if hasattr(response, "render"):
                response.render()
        # LocaleMiddleware would label it with the language of the dummy request.
        response.headers["Content-Language"] = code
        return response

    def route_translated(self, request, path_components):
        """`route` by the slugs of the reader's language, the child page read from
        the shared cache.

        wagtail-modeltranslation puts its own route on every page class, which
        loads all the children to compare their slugs and then the match's
        specific page; an app puts this one back in its ready().
        """
        if not path_components:
            if not self.live:
                raise Http404
            return RouteResult(self)
        slug, code = path_components[0], translation.get_language()
        child = remember(f"child:{self.pk}:{code}:{slug}", lambda: self.child_at(slug))
        if child is None:
            raise Http404
        return child.route(request, path_components[1:])

    def child_at(self, slug):
        """The specific child page whose slug in the reader's language is `slug`."""
        child = child_by_slug(self, slug)
        return child and child.specific

    def get_view_restrictions(self):
        """Wagtail's: the restrictions of this page and its ancestors (an alias
        has its source's), with which pages those are read from the shared cache."""
        if self.pk is None:
            return super().get_view_restrictions()
        pages = remember(f"restricting-pages:{self.pk}", self._restricting_page_ids)
        return PageViewRestriction.objects.filter(page_id__in=pages)

    def _restricting_page_ids(self):
        ancestors = self.get_ancestors().only("alias_of")
        return {page.alias_of_id or page.pk for page in [self, *ancestors]}

    @cached_property
    def untranslated_fields(self):
        """Fields shown in English because the current language has no text yet."""
        return missing_fields(self, translation.get_language())

    def shown_language(self, field_name):
        """The language a translated field is shown in: the reader's, or English."""
        code = translation.get_language()
        if has_content(field_value(self, field_name, code)):
            return code
        return source_language()
