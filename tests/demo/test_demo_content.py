from wagtail.blocks import StreamValue

from portal.home.models import ContentPage
from portal.i18n.languages import language_codes, localized_field

from .texts import demo_texts


def test_every_text_is_written_in_every_language(demo_home):
    """No translated field is empty, and none is left in English."""
    problems = []
    for label, by_code in demo_texts(demo_home):
        english = by_code["en"]
        for code in language_codes():
            text = (by_code[code] or "").strip()
            if not text:
                problems.append(f"{label} [{code}] is empty")
            elif code != "en" and text == english.strip():
                problems.append(f"{label} [{code}] is the English text")
    assert not problems, "\n".join(problems)


def test_page_bodies_have_the_same_blocks_in_every_language(demo_home):
    for page in ContentPage.objects.child_of(demo_home):
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
