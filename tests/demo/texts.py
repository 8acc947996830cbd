"""The translated texts of the loaded demo content, read back from the database."""

from wagtail.blocks import StreamValue, StructValue
from wagtail.models import Page

from portal.centres.models import Centre
from portal.glossary.models import GlossaryTerm
from portal.i18n.completeness import translated_fields
from portal.i18n.languages import language_codes, localized_field
from portal.topics.models import Topic


def demo_texts(home):
    """(label, {code: text}) for every translated text of the demo site, its
    centres, topics and glossary.

    A StreamField is split into its blocks (key facts into their items, a quote
    into its text and attribution) so that each piece of text is compared with
    its own English source.
    """
    for page in Page.objects.descendant_of(home, inclusive=True).specific():
        for name in translated_fields(type(page)):
            values = _by_code(page, name)
            label = f"{page.slug_en}.{name}"
            if isinstance(values["en"], StreamValue):
                yield from _block_texts(label, values)
            else:
                yield label, values
    snippets = (
        ("glossary", GlossaryTerm.objects.all(), "key", ("term", "definition")),
        ("centre", Centre.objects.all(), "slug", ("name", "description", "place")),
        ("topic", Topic.objects.all(), "slug", ("name",)),
    )
    for kind, objects, key, names in snippets:
        for obj in objects:
            for name in names:
                yield f"{kind}.{getattr(obj, key)}.{name}", _by_code(obj, name)


def _by_code(obj, name):
    return {
        code: getattr(obj, localized_field(name, code)) for code in language_codes()
    }


def _block_texts(label, streams):
    english = streams["en"]
    for index, block in enumerate(english):
        by_code = {code: stream[index] for code, stream in streams.items()}
        assert {b.block_type for b in by_code.values()} == {block.block_type}, label
        block_label = f"{label}[{index}].{block.block_type}"
        if block.block_type == "key_facts":
            for item in range(len(block.value)):
                yield (
                    f"{block_label}[{item}]",
                    {code: b.value[item] for code, b in by_code.items()},
                )
        elif isinstance(block.value, StructValue):
            for name, value in block.value.items():
                if isinstance(value, str):
                    yield (
                        f"{block_label}.{name}",
                        {code: b.value[name] for code, b in by_code.items()},
                    )
        else:
            yield (
                block_label,
                {
                    code: getattr(b.value, "source", b.value)
                    for code, b in by_code.items()
                },
            )
