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
    centres = [CentreFactory(), CentreFactory()]
    topics = [TopicFactory(), TopicFactory()]
    for number in range(count):
        # Every other story only in English, so the card lists its languages.
        translated = {
            "title_ar": f"قصة المركز {number}",
            "summary_ar": "اجتمع الأخصائيون الاجتماعيون لمراجعة خطة كل طفل.",
        }
        NewsPageFactory(
            parent=index,
            centres=centres,
            topics=topics,
            **(translated if number % 2 else {}),
        )
