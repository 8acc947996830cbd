"""The portal holds no child's case details, and its text fields say so."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.admin.panels import ObjectList
from wagtail.models import Page

from library.models import ResourcePage
from news.models import NewsPage
from portal.security.case_data import (
    ALLOWED,
    CASE_DETAILS_WARNING,
    case_detail_fields,
    looks_like_case_detail,
)
from training.models import LessonPage, TrainingModulePage
from training.models.checks import CheckOption


def test_no_model_has_a_field_for_a_child_s_case_details():
    assert case_detail_fields() == []


@pytest.mark.parametrize(
    "name",
    [
        "child_name",
        "childName",
        "date_of_birth",
        "dob",
        "diagnosis",
        "case_notes",
        "case number",
        "home_address",
        "address of the child",
        "school",
        "village",
        "guardian_phone",
        "parent's name",
        "religion",
        "ethnicity",
        "medical history",
        "disability",
        "gender",
        "age",
    ],
)
def test_a_field_named_for_case_details_would_be_caught(name):
    assert looks_like_case_detail(name)


@pytest.mark.parametrize(
    "name",
    [
        "title",
        "summary",
        "full_name",
        "centre",
        "preferred_language",
        "page",
        "e-mail address",
        "video address",
        "language",
        "cpd_hours",
        "image",
    ],
)
def test_the_portal_s_own_words_pass(name):
    assert not looks_like_case_detail(name)


def test_every_allowed_field_exists_and_says_why():
    """An allowance outliving its field would let a new one of that name in."""
    from portal.security.case_data import project_models

    keys = set()
    for model in project_models():
        for field in model._meta.local_fields:
            keys.add(f"{model._meta.label}.{field.name}")
            block = getattr(field, "stream_block", None)
            if block is not None:
                keys.update(
                    f"{model._meta.label}.{field.name}.{name}"
                    for name in block.child_blocks
                )
    for key, reason in ALLOWED.items():
        assert key in keys
        assert reason


# The free-text fields where an editor could type case details.
CASE_TEXT = [
    (NewsPage, "summary"),
    (NewsPage, "body"),
    (TrainingModulePage, "summary"),
    (LessonPage, "summary"),
    (LessonPage, "body"),
    (ResourcePage, "summary"),
    (CheckOption, "feedback"),
]


def help_texts(panel):
    yield getattr(panel, "field_name", None), panel.help_text
    for child in getattr(panel, "children", []):
        yield from help_texts(child)


@pytest.mark.parametrize(
    ("model", "field"), CASE_TEXT, ids=[f"{m.__name__}.{f}" for m, f in CASE_TEXT]
)
def test_free_text_fields_warn_against_case_details_in_every_language(model, field):
    if issubclass(model, Page):
        handler = model.get_edit_handler()
    else:  # an answer of a question, inline in the module's edit form
        handler = ObjectList(model.panels)
    texts = dict(help_texts(handler))

    for suffix in ("en", "ind", "vi", "ar"):
        assert texts[f"{field}_{suffix}"] == CASE_DETAILS_WARNING


@pytest.mark.parametrize("code", ["id", "vi", "ar"])
def test_the_warning_is_translated(code):
    """Passes once /tmp/po/security.json is merged into the catalogues."""
    with translation.override(code):
        translated = str(CASE_DETAILS_WARNING)

    assert translated != str(CASE_DETAILS_WARNING)


def test_the_editor_sees_the_warning_under_a_story_s_body(editor_client, news_index):
    url = reverse("wagtailadmin_pages:add", args=["news", "newspage", news_index.pk])

    html = editor_client.get(url).content.decode()

    assert html.count(str(CASE_DETAILS_WARNING).replace("'", "&#x27;")) == 8
