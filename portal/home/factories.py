import factory
import wagtail_factories
from wagtail.models import Site

from .models import ContentPage, HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    slug = "home"
    title_en = "Home"
    slug_en = "home"
    hero_heading_en = "Training and knowledge for child-protection staff"

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.Sequence(lambda n: f"page-{n}")
    title_en = factory.SelfAttribute("title")
    slug_en = factory.SelfAttribute("slug")
    intro_en = "How the portal helps staff learn."

    class Meta:
        model = ContentPage


def make_default_site(root_page):
    """Point the default site at `root_page`, as a real install does."""
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": root_page},
    )
