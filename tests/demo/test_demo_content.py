from wagtail.blocks import StreamValue
from wagtail.models import Page

from news.models import NewsPage
from portal.home.models import ContentPage
from portal.i18n.languages import language_codes, localized_field

from .texts import demo_texts


def test_every_text_is_written_in_every_language(demo_site):
    """No translated field is empty, and none is left in English: pages, stories,
    centres, topics and the glossary."""
    problems = []
    for label, by_code in demo_texts(demo_site):
        english = by_code["en"]
        for code in language_codes():
            text = (by_code[code] or "").strip()
            if not text:
                problems.append(f"{label} [{code}] is empty")
            elif code != "en" and text == english.strip():
                problems.append(f"{label} [{code}] is the English text")
    assert not problems, "\n".join(problems)


def test_page_bodies_have_the_same_blocks_in_every_language(demo_site):
    pages = Page.objects.descendant_of(demo_site).type(ContentPage, NewsPage)
    assert pages.count() > 0
    for page in pages.specific():
        shapes = {}
        for code in language_codes():
            body = getattr(page, localized_field("body", code))
            assert isinstance(body, StreamValue)
            shapes[code] = [
                (
                    block.block_type,
                    len(block.value) if block.block_type == "key_facts" else 1,
                )
                for block in body
            ]
        assert len(set(map(tuple, shapes.values()))) == 1, page.slug_en
        assert shapes["en"], page.slug_en
