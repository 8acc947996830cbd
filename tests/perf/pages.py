"""Every kind of page the portal serves to readers, and its address in a site.

The query-count and security-header tests walk this one list; each asserts
that its page types are every page model, so a new one cannot be forgotten.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import get_language
from wagtail.models import Page, get_page_models

from library.models import LibraryIndexPage, ResourcePage
from news.models import NewsIndexPage, NewsPage
from portal.home.models import ContentPage, HomePage
from training.models import LessonPage, TrainingIndexPage, TrainingModulePage

LANGUAGES = ["en", "id", "vi", "ar"]


@dataclass(frozen=True)
class Site:
    home: HomePage
    content: ContentPage
    news_index: NewsIndexPage
    story: NewsPage
    centre: object
    training_index: TrainingIndexPage
    module: TrainingModulePage
    lesson: LessonPage
    library: LibraryIndexPage
    resource: ResourcePage
    content_count: int


@dataclass(frozen=True)
class Case:
    """One kind of response: its address in the active language, the page model
    that serves it (None outside the page tree), and whom for."""

    name: str
    address: Callable[[Site], str]
    page_type: type | None = None
    signed_in: bool = False
    # Kept by no cache for anonymous readers too (Django's never_cache).
    never_cached: bool = False
    status: int = 200
    html: bool = True
    # False for addresses outside the language prefixes (/sitemap.xml).
    localised: bool = True

    @property
    def languages(self):
        return LANGUAGES if self.localised else LANGUAGES[:1]


def subpage(page, name, *args):
    return page.get_url() + page.reverse_subpage(name, args=args)


def search(query=""):
    return reverse("search:search") + (f"?q={query}" if query else "")


CASES = [
    Case("home", lambda site: site.home.get_url(), HomePage),
    Case("content page", lambda site: site.content.get_url(), ContentPage),
    Case("news index", lambda site: site.news_index.get_url(), NewsIndexPage),
    Case(
        "centre page",
        lambda site: subpage(site.news_index, "centre", site.centre.slug),
        NewsIndexPage,
    ),
    Case(
        "RSS feed",
        lambda site: subpage(site.news_index, "feed_rss"),
        NewsIndexPage,
        html=False,
    ),
    Case(
        "Atom feed",
        lambda site: subpage(site.news_index, "feed_atom"),
        NewsIndexPage,
        html=False,
    ),
    Case("news story", lambda site: site.story.get_url(), NewsPage),
    Case(
        "training index", lambda site: site.training_index.get_url(), TrainingIndexPage
    ),
    Case("module", lambda site: site.module.get_url(), TrainingModulePage),
    Case("lesson", lambda site: site.lesson.get_url(), LessonPage),
    Case(
        "knowledge check (to sign-in)",
        lambda site: subpage(site.module, "check"),
        TrainingModulePage,
        status=302,
    ),
    Case("library index", lambda site: site.library.get_url(), LibraryIndexPage),
    Case("resource page", lambda site: site.resource.get_url(), ResourcePage),
    Case("search results", lambda site: search("child")),
    Case("search form", lambda site: search()),
    Case(
        "suggestions",
        lambda site: reverse("search:suggest") + "?q=centre",
        html=False,
    ),
    Case("sign-in page", lambda site: reverse("account_login"), never_cached=True),
    Case("sign-up page", lambda site: reverse("account_signup"), never_cached=True),
    Case("password reset", lambda site: reverse("account_reset_password")),
    Case(
        "certificate check",
        lambda site: reverse("certificates:verify"),
        never_cached=True,
    ),
    Case("offline page", lambda site: reverse("offline:page")),
    Case("web app manifest", lambda site: reverse("offline:manifest"), html=False),
    Case(
        "language switch",
        lambda site: f"/language/{get_language()}/?next={site.content.get_url()}",
        status=302,
        html=False,
    ),
    Case(
        "missing page",
        lambda site: site.home.get_url() + "no-such-page/",
        status=404,
    ),
    Case("sitemap", lambda site: "/sitemap.xml", html=False, localised=False),
    Case("robots.txt", lambda site: "/robots.txt", html=False, localised=False),
    Case("favicon", lambda site: "/favicon.ico", html=False, localised=False),
    Case("service worker", lambda site: "/sw.js", html=False, localised=False),
    Case(
        "home, signed in",
        lambda site: site.home.get_url(),
        HomePage,
        signed_in=True,
    ),
    Case(
        "my training",
        lambda site: subpage(site.training_index, "my_training"),
        TrainingIndexPage,
        signed_in=True,
    ),
    Case(
        "module, signed in",
        lambda site: site.module.get_url(),
        TrainingModulePage,
        signed_in=True,
    ),
    Case(
        "lesson, signed in",
        lambda site: site.lesson.get_url(),
        LessonPage,
        signed_in=True,
    ),
    Case(
        "knowledge check, signed in",
        lambda site: subpage(site.module, "check"),
        TrainingModulePage,
        signed_in=True,
    ),
    Case(
        "profile, signed in", lambda site: reverse("accounts:profile"), signed_in=True
    ),
]
CASE_IDS = [case.name for case in CASES]


def page_types(cases):
    return {case.page_type for case in cases if case.page_type is not None}


def every_page_type():
    """Every page model readers reach; Wagtail's bare Page is only the tree's root."""
    return set(get_page_models()) - {Page}
