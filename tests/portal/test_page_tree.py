"""Where each page type may stand in the tree. Each feature's index page names the
home page as its parent; the home page names no feature, so a feature added
later (the library was one) can be created and moved under it."""

import pytest
from django.apps import apps
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from library.factories import LibraryIndexPageFactory
from library.models import LibraryIndexPage, ResourcePage
from news.models import NewsIndexPage, NewsPage
from portal.home.factories import ContentPageFactory
from portal.home.models import ContentPage, HomePage
from training.models import LessonPage, TrainingIndexPage, TrainingModulePage

# Every page type and the page types it may be created under.
ALLOWED_PARENTS = {
    Page: set(),  # Wagtail's own root type: never created by editors
    HomePage: {Page},
    ContentPage: {HomePage, ContentPage},
    NewsIndexPage: {HomePage},
    NewsPage: {NewsIndexPage},
    TrainingIndexPage: {HomePage},
    TrainingModulePage: {TrainingIndexPage},
    LessonPage: {TrainingModulePage},
    LibraryIndexPage: {HomePage},
    ResourcePage: {LibraryIndexPage},
}
CREATABLE_PAGE_TYPES = set(ALLOWED_PARENTS) - {Page}
# One of each under the home page: sections, not pages of a kind.
ONE_PER_SITE = {HomePage, NewsIndexPage, TrainingIndexPage, LibraryIndexPage}


def allowed_children(parent):
    return {child for child, parents in ALLOWED_PARENTS.items() if parent in parents}


def test_the_tree_covers_every_page_type_of_the_project():
    page_types = {model for model in apps.get_models() if issubclass(model, Page)}
    assert set(ALLOWED_PARENTS) == page_types


class PageTreeTests(WagtailPageTestCase):
    def test_each_page_type_has_exactly_its_parents(self):
        for child, parents in ALLOWED_PARENTS.items():
            if child is Page:
                continue  # Wagtail's root type accepts any parent; it is not creatable
            with self.subTest(child=child.__name__):
                self.assertAllowedParentPageTypes(child, parents)

    def test_each_page_type_has_exactly_its_subpage_types(self):
        for parent in CREATABLE_PAGE_TYPES:
            expected = allowed_children(parent)
            if parent is HomePage:
                # Naming no subpage types, it also accepts Wagtail's root type,
                # which no one can create (below).
                expected |= {Page}
            with self.subTest(parent=parent.__name__):
                self.assertAllowedSubpageTypes(parent, expected)

    def test_each_page_type_can_be_created_only_under_its_parents(self):
        for child in CREATABLE_PAGE_TYPES:
            for parent in ALLOWED_PARENTS:
                with self.subTest(child=child.__name__, parent=parent.__name__):
                    if parent in ALLOWED_PARENTS[child]:
                        self.assertCanCreateAt(parent, child)
                    else:
                        self.assertCanNotCreateAt(parent, child)

    def test_editors_can_create_every_page_type_but_wagtails_root_type(self):
        creatable = {model for model in ALLOWED_PARENTS if model.is_creatable}
        self.assertEqual(creatable, CREATABLE_PAGE_TYPES)

    def test_the_sections_exist_once(self):
        once = {model for model in ALLOWED_PARENTS if model.max_count == 1}
        self.assertEqual(once, ONE_PER_SITE)


def add_url(model, parent):
    label = model._meta
    return reverse(
        "wagtailadmin_pages:add", args=[label.app_label, label.model_name, parent.pk]
    )


@pytest.mark.django_db
def test_the_admin_offers_every_section_under_the_home_page(admin_client, home_page):
    url = reverse("wagtailadmin_pages:add_subpage", args=[home_page.pk])
    html = admin_client.get(url).content.decode()

    for model in allowed_children(HomePage):
        assert add_url(model, home_page) in html
    assert admin_client.get(add_url(LibraryIndexPage, home_page)).status_code == 200


@pytest.mark.django_db
def test_the_library_index_can_move_under_the_home_page_and_nowhere_else(home_page):
    library = LibraryIndexPageFactory(parent=home_page)
    about = ContentPageFactory(parent=home_page, slug="about")

    assert library.can_move_to(home_page)
    assert not library.can_move_to(about)


@pytest.mark.django_db
def test_a_second_library_index_cannot_be_created(admin_client, home_page):
    LibraryIndexPageFactory(parent=home_page)

    assert not LibraryIndexPage.can_create_at(home_page)
    url = reverse("wagtailadmin_pages:add_subpage", args=[home_page.pk])
    assert (
        add_url(LibraryIndexPage, home_page)
        not in admin_client.get(url).content.decode()
    )
