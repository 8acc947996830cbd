"""Text written once per language, and the demo content built from it."""

import datetime
from dataclasses import dataclass

from portal.i18n.languages import language_codes, localized_field


@dataclass(frozen=True)
class Translated:
    """One text in each of the portal's languages."""

    en: str
    id: str
    vi: str
    ar: str

    def in_language(self, code):
        return getattr(self, code)

    def localized(self, field_name):
        """The per-language model fields to set, e.g. {"title_ind": ...}."""
        return {
            localized_field(field_name, code): self.in_language(code)
            for code in language_codes()
        }


@dataclass(frozen=True)
class Block:
    """A StreamField block whose value is a text, or a list of texts (key facts)."""

    type: str
    value: Translated | tuple[Translated, ...]

    def in_language(self, code):
        if isinstance(self.value, tuple):
            return {
                "type": self.type,
                "value": [v.in_language(code) for v in self.value],
            }
        return {"type": self.type, "value": self.value.in_language(code)}


@dataclass(frozen=True)
class StructBlock:
    """A StreamField block of named texts, e.g. a quote and its attribution."""

    type: str
    fields: tuple[tuple[str, Translated], ...]

    def in_language(self, code):
        return {
            "type": self.type,
            "value": {name: text.in_language(code) for name, text in self.fields},
        }


def body_values(blocks):
    """The `body` StreamField's raw blocks, by per-language field name."""
    return {
        localized_field("body", code): [block.in_language(code) for block in blocks]
        for code in language_codes()
    }


def heading(text):
    return Block("heading", text)


def paragraph(html):
    return Block("paragraph", html)


def key_facts(*facts):
    return Block("key_facts", tuple(facts))


def quote(text, attribution):
    return StructBlock("quote", (("text", text), ("attribution", attribution)))


@dataclass(frozen=True)
class HomeContent:
    """The home page's translated fields."""

    title: Translated
    slug: Translated
    hero_heading: Translated
    hero_text: Translated

    def field_values(self):
        """Page field values by (per-language) field name."""
        return {
            **self.title.localized("title"),
            **self.slug.localized("slug"),
            **self.hero_heading.localized("hero_heading"),
            **self.hero_text.localized("hero_text"),
        }


@dataclass(frozen=True)
class PageContent:
    """A content page of the menu, its body as blocks of translated text."""

    title: Translated
    slug: Translated
    intro: Translated
    body: tuple[Block, ...]

    def field_values(self):
        """Page field values by (per-language) field name; bodies as raw blocks."""
        return {
            **self.title.localized("title"),
            **self.slug.localized("slug"),
            **self.intro.localized("intro"),
            **body_values(self.body),
            "show_in_menus": True,
        }


@dataclass(frozen=True)
class CentreContent:
    """A centre snippet: its key, translated texts and where it works."""

    slug: str
    name: Translated
    description: Translated
    place: Translated
    country: str
    kind: str

    def field_values(self):
        return {
            **self.name.localized("name"),
            **self.description.localized("description"),
            **self.place.localized("place"),
            "country": self.country,
            "kind": self.kind,
        }


@dataclass(frozen=True)
class TopicContent:
    """A topic snippet: its key and translated name."""

    slug: str
    name: Translated

    def field_values(self):
        return self.name.localized("name")


@dataclass(frozen=True)
class NewsIndexContent:
    """The news section's page, in the menu."""

    title: Translated
    slug: Translated
    intro: Translated

    def field_values(self):
        return {
            **self.title.localized("title"),
            **self.slug.localized("slug"),
            **self.intro.localized("intro"),
            "show_in_menus": True,
        }


@dataclass(frozen=True)
class Picture:
    """A drawn illustration (see illustrations.py), stored under a stable title."""

    title: str
    drawing: str
    file_name: str


@dataclass(frozen=True)
class StoryContent:
    """A news story; its picture, centres and topics are named by their keys."""

    title: Translated
    slug: Translated
    date: datetime.date
    summary: Translated
    picture: Picture
    hero_alt: Translated
    body: tuple[Block | StructBlock, ...]
    centres: tuple[str, ...]
    topics: tuple[str, ...]

    def field_values(self):
        """Page field values, without the picture and relations (stored objects)."""
        return {
            **self.title.localized("title"),
            **self.slug.localized("slug"),
            **self.summary.localized("summary"),
            **self.hero_alt.localized("hero_alt"),
            **body_values(self.body),
            "date": self.date,
        }
