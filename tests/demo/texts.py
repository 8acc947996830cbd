"""The translated texts of the loaded demo content, read back from the database."""

from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.models import Page
from wagtail.rich_text import RichText

from portal.centres.models import Centre
from portal.glossary.models import GlossaryTerm
from portal.i18n.completeness import translated_fields
from portal.i18n.languages import language_codes, localized_field
from portal.topics.models import Topic
from training.models import CheckQuestion, TrainingModulePage


def demo_texts(home):
    """(label, {code: text}) for every translated text of the demo site, its
    centres, topics, glossary and knowledge checks.

    A StreamField is split into its blocks (key facts into their items, a quote
    into its text and attribution) so that each piece of text is compared with
    its own English source.
    """
    for page in Page.objects.descendant_of(home, inclusive=True).specific():
        for name in translated_fields(type(page)):
            if name in getattr(type(page), "file_fields", ()):
                continue  # files and links, not texts: each language has its own
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
    yield from _check_texts(home)


def _check_texts(home):
    """The questions and answers of the knowledge checks under `home`."""
    modules = TrainingModulePage.objects.descendant_of(home)
    questions = CheckQuestion.objects.filter(module__in=modules).order_by(
        "module__path", "sort_order"
    )
    for question in questions.select_related("module").prefetch_related("options"):
        label = f"{question.module.slug_en}.question[{question.sort_order}]"
        yield f"{label}.text", _by_code(question, "text")
        for option in question.options.all():
            for name in ("text", "feedback"):
                yield (
                    f"{label}.option[{option.sort_order}].{name}",
                    _by_code(option, name),
                )


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
                by_language = {code: b.value[name] for code, b in by_code.items()}
                if isinstance(value, str | RichText):
                    yield f"{block_label}.{name}", _sources(by_language)
                elif isinstance(value, ListValue):  # a checklist's items
                    for item in range(len(value)):
                        yield (
                            f"{block_label}.{name}[{item}]",
                            {code: v[item] for code, v in by_language.items()},
                        )
        else:
            yield block_label, _sources({code: b.value for code, b in by_code.items()})


def _sources(by_code):
    """Rich text as its HTML source, other texts as they are."""
    return {code: getattr(value, "source", value) for code, value in by_code.items()}
