"""Content for measuring pages: translated menu pages and news stories."""

from news.factories import NewsIndexPageFactory, NewsPageFactory
from portal.centres.factories import CentreFactory
from portal.home.factories import ContentPageFactory
from portal.topics.factories import TopicFactory


def add_menu_pages(home_page, count):
    for number in range(count):
        topic = ContentPageFactory(
            parent=home_page,
            show_in_menus=True,
            title=f"Training topic {number}",
            title_ind=f"Topik pelatihan {number}",
            slug_ind=f"topik-{number}",
            title_vi=f"Chủ đề đào tạo {number}",
            slug_vi=f"chu-de-{number}",
            title_ar=f"موضوع التدريب {number}",
            slug_ar=f"موضوع-{number}",
            intro_ind="Pengantar.",
        )
        ContentPageFactory(parent=topic, show_in_menus=True)


def add_news(home_page, count):
    index = NewsIndexPageFactory(parent=home_page, show_in_menus=True)
    return add_stories(index, count)


def add_stories(index, count):
    """`count` stories of two centres and two topics; the stories."""
    centres = [CentreFactory(), CentreFactory()]
    topics = [TopicFactory(), TopicFactory()]
    return [
        NewsPageFactory(
            parent=index,
            centres=centres,
            topics=topics,
            # Every other story only in English, so the card lists its languages.
            **(arabic(number) if number % 2 else {}),
        )
        for number in range(count)
    ]


def arabic(number):
    return {
        "title_ar": f"قصة المركز {number}",
        "summary_ar": "اجتمع الأخصائيون الاجتماعيون لمراجعة خطة كل طفل.",
    }
