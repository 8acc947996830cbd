"""The translated texts of the loaded demo content, read back from the database."""

from wagtail.blocks import StreamValue
from wagtail.models import Page

from portal.glossary.models import GlossaryTerm
from portal.i18n.completeness import translated_fields
from portal.i18n.languages import language_codes, localized_field


def demo_texts(home):
    """(label, {code: text}) for every translated text of the demo site and glossary.

    A StreamField is split into its blocks (and key facts into their items) so
    that each piece of text is compared with its own English source.
    """
    for page in Page.objects.descendant_of(home, inclusive=True).specific():
        for name in translated_fields(type(page)):
            values = {
                code: getattr(page, localized_field(name, code))
                for code in language_codes()
            }
            label = f"{page.slug_en}.{name}"
            if isinstance(values["en"], StreamValue):
                yield from _block_texts(label, values)
            else:
                yield label, values
    for term in GlossaryTerm.objects.all():
        for name in ("term", "definition"):
            yield (
                f"glossary.{term.key}.{name}",
                {
                    code: getattr(term, localized_field(name, code))
                    for code in language_codes()
                },
            )


def _block_texts(label, streams):
    english = streams["en"]
    for index, block in enumerate(english):
        by_code = {code: stream[index] for code, stream in streams.items()}
        assert {b.block_type for b in by_code.values()} == {block.block_type}, label
        if block.block_type == "key_facts":
            for item in range(len(block.value)):
                yield (
                    f"{label}[{index}].{block.block_type}[{item}]",
                    {code: b.value[item] for code, b in by_code.items()},
                )
        else:
            yield (
                f"{label}[{index}].{block.block_type}",
                {
                    code: getattr(b.value, "source", b.value)
                    for code, b in by_code.items()
                },
            )
