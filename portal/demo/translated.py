"""Text written once per language, and the demo content built from it."""

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


def heading(text):
    return Block("heading", text)


def paragraph(html):
    return Block("paragraph", html)


def key_facts(*facts):
    return Block("key_facts", tuple(facts))


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
            **{
                localized_field("body", code): [b.in_language(code) for b in self.body]
                for code in language_codes()
            },
            "show_in_menus": True,
        }
