from wagtail import hooks

from portal.home.sections import HOME_PAGE_SECTIONS, HomeSection
from portal.pagecache.cache import remember

from .selectors import latest_news


@hooks.register(HOME_PAGE_SECTIONS, order=10)
def latest_news_section(request):
    stories = remember("latest-news", lambda: list(latest_news()))
    return HomeSection("news/components/home_section.html", tuple(stories))
