"""Text written once per language, and the demo content built from it."""

import datetime
from dataclasses import dataclass, replace
from decimal import Decimal

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
    """A StreamField block of named texts, e.g. a quote and its attribution; a
    field may be a list of texts (a checklist's items)."""

    type: str
    fields: tuple[tuple[str, Translated | tuple[Translated, ...]], ...]

    def in_language(self, code):
        return {
            "type": self.type,
            "value": {
                name: (
                    [item.in_language(code) for item in text]
                    if isinstance(text, tuple)
                    else text.in_language(code)
                )
                for name, text in self.fields
            },
        }


@dataclass(frozen=True)
class Figure:
    """A picture block; the stored image's key is known once the picture is."""

    picture: "Picture"
    alt_text: Translated
    caption: Translated
    image_key: int | None = None

    def placed(self, image_key):
        return replace(self, image_key=image_key)

    def in_language(self, code):
        return {
            "type": "image",
            "value": {
                "image": self.image_key,
                "alt_text": self.alt_text.in_language(code),
                "caption": self.caption.in_language(code),
            },
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


def text(html):
    return Block("text", html)


def case_study(title, situation, discussion):
    return StructBlock(
        "case_study",
        (("title", title), ("situation", situation), ("discussion", discussion)),
    )


def checklist(title, *items):
    return StructBlock("checklist", (("title", title), ("items", tuple(items))))


def reflection(prompt):
    return StructBlock("reflection", (("prompt", prompt),))


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


@dataclass(frozen=True)
class TrainingIndexContent(NewsIndexContent):
    """The training section's page, in the menu."""


@dataclass(frozen=True)
class LessonContent:
    """A lesson: its body as blocks of translated text and pictures."""

    title: Translated
    slug: Translated
    summary: Translated
    body: tuple[Block | StructBlock | Figure, ...]

    def figures(self):
        return [block for block in self.body if isinstance(block, Figure)]

    def field_values(self, images=None):
        """Page field values; `images` are the stored pictures by title."""
        body = [
            block.placed(images[block.picture.title].pk)
            if isinstance(block, Figure)
            else block
            for block in self.body
        ]
        return {
            **self.title.localized("title"),
            **self.slug.localized("slug"),
            **self.summary.localized("summary"),
            **body_values(body),
        }


@dataclass(frozen=True)
class OptionContent:
    """An answer to a question, right or not, with the feedback it earns."""

    text: Translated
    is_correct: bool
    feedback: Translated

    def field_values(self):
        return {
            **self.text.localized("text"),
            **self.feedback.localized("feedback"),
            "is_correct": self.is_correct,
        }


@dataclass(frozen=True)
class QuestionContent:
    """A knowledge-check question of a kind (training.models.QuestionKind)."""

    text: Translated
    kind: str
    options: tuple[OptionContent, ...]

    def field_values(self):
        return {**self.text.localized("text"), "kind": self.kind}


@dataclass(frozen=True)
class ModuleContent:
    """A training module, its lessons and its knowledge check; its topic,
    prerequisites and library resources are named by their keys (topic slug,
    English module or resource slug)."""

    title: Translated
    slug: Translated
    topic: str
    summary: Translated
    objectives: tuple[Translated, ...]
    audience_roles: tuple[str, ...]
    estimated_minutes: int
    cpd_hours: Decimal
    pass_mark: int
    prerequisites: tuple[str, ...]
    lessons: tuple[LessonContent, ...]
    questions: tuple[QuestionContent, ...]
    resources: tuple[str, ...] = ()

    def field_values(self):
        """Page field values, without the topic and prerequisites (stored objects)."""
        return {
            **self.title.localized("title"),
            **self.slug.localized("slug"),
            **self.summary.localized("summary"),
            **{
                localized_field("learning_objectives", code): "\n".join(
                    objective.in_language(code) for objective in self.objectives
                )
                for code in language_codes()
            },
            "audience_roles": list(self.audience_roles),
            "estimated_minutes": self.estimated_minutes,
            "cpd_hours": self.cpd_hours,
            "pass_mark": self.pass_mark,
        }


TRUE = Translated(en="True", id="Benar", vi="Đúng", ar="صحيح")
FALSE = Translated(en="False", id="Salah", vi="Sai", ar="خطأ")
RIGHT = Translated(en="Right.", id="Tepat.", vi="Chính xác.", ar="إجابة صحيحة.")
NOT_QUITE = Translated(
    en="Not quite.", id="Kurang tepat.", vi="Chưa đúng.", ar="ليست الإجابة الصحيحة."
)


def joined(*texts):
    """Texts one after the other, in each language."""
    return Translated(
        **{
            code: " ".join(text.in_language(code) for text in texts)
            for code in language_codes()
        }
    )


def right(text, feedback):
    return OptionContent(text, True, feedback)


def wrong(text, feedback):
    return OptionContent(text, False, feedback)


def single_choice(text, *options):
    return QuestionContent(text, "single", options)


def multiple_choice(text, *options):
    return QuestionContent(text, "multiple", options)


def true_or_false(statement, *, is_true, explanation):
    """A statement to judge; both answers explain why, the wrong one says so."""
    return QuestionContent(
        statement,
        "true_false",
        (
            OptionContent(
                TRUE, is_true, joined(RIGHT if is_true else NOT_QUITE, explanation)
            ),
            OptionContent(
                FALSE, not is_true, joined(NOT_QUITE if is_true else RIGHT, explanation)
            ),
        ),
    )
