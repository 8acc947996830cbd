"""The demo training: four modules in four languages, with their lessons and
knowledge checks; loaded once for this module."""

from urllib.parse import unquote

import pytest
from django.utils.html import escape
from wagtail.blocks import StreamValue
from wagtail.models import Page, Revision

from demo.content.training import MODULES, TRAINING_INDEX
from portal.i18n.languages import language_codes, localized_field
from tests.i18n.test_glossary import LOCALES, missing_terms
from tests.training.helpers import check_form, owned, right_answers, url_in
from training.models import (
    CheckAttempt,
    CheckOption,
    CheckQuestion,
    LessonPage,
    ModuleCompletion,
    QuestionKind,
    TrainingIndexPage,
    TrainingModulePage,
)
from training.models.checks import question_problem

from .conftest import run_load_demo_content
from .texts import demo_texts

MODULE_SLUGS = [content.slug.en for content in MODULES]


def module_page(content):
    return TrainingModulePage.objects.get(slug_en=content.slug.en)


def lessons_of(module):
    return LessonPage.objects.child_of(module).live().order_by("path")


def questions_of(module):
    return CheckQuestion.objects.filter(module=module).order_by("sort_order")


def training_texts(home):
    """The demo texts of the training section, its modules, lessons and checks."""
    index = TrainingIndexPage.objects.get()
    prefixes = tuple(
        f"{slug}." for slug in {index.slug_en, *MODULE_SLUGS, *lesson_slugs()}
    )
    return [
        (label, by_code)
        for label, by_code in demo_texts(home)
        if label.startswith(prefixes)
    ]


def lesson_slugs():
    return [lesson.slug.en for content in MODULES for lesson in content.lessons]


def training_state():
    """Everything about the training that a second load must leave alone."""
    return {
        "pages": list(
            Page.objects.order_by("path").values_list(
                "id",
                "live",
                "has_unpublished_changes",
                "latest_revision_id",
                "last_published_at",
            )
        ),
        "revisions": Revision.objects.count(),
        "modules": list(TrainingModulePage.objects.order_by("pk").values()),
        "prerequisites": list(
            TrainingModulePage.prerequisites.through.objects.order_by("pk").values_list(
                "from_trainingmodulepage_id", "to_trainingmodulepage_id"
            )
        ),
        "lessons": list(LessonPage.objects.order_by("pk").values()),
        "questions": list(CheckQuestion.objects.order_by("pk").values()),
        "options": list(CheckOption.objects.order_by("pk").values()),
    }


def test_it_builds_the_training_section_with_four_modules(demo_site):
    index = TrainingIndexPage.objects.child_of(demo_site).live().in_menu().get()
    for code in language_codes():
        slug = getattr(index, localized_field("slug", code))
        assert slug == TRAINING_INDEX.slug.in_language(code)
        assert getattr(index, localized_field("intro", code))
    modules = TrainingModulePage.objects.child_of(index).live()
    assert sorted(modules.values_list("slug_en", flat=True)) == sorted(MODULE_SLUGS)
    assert len(MODULE_SLUGS) == 4
    assert {module.topic.slug for module in modules} == {
        "gatekeeping",
        "reintegration",
        "autism-early-intervention",
        "community-case-management",
    }


def test_each_module_has_its_facts_and_at_least_three_lessons(demo_site):
    for content in MODULES:
        module = module_page(content)
        assert module.topic.slug == content.topic
        assert module.audience_roles == list(content.audience_roles)
        assert module.audience_labels()
        assert module.estimated_minutes == content.estimated_minutes
        assert module.cpd_hours == content.cpd_hours > 0
        assert 0 < module.pass_mark <= 100
        for code in language_codes():
            objectives = getattr(module, localized_field("learning_objectives", code))
            assert len(objectives.splitlines()) == len(content.objectives) >= 3
        assert [p.slug_en for p in module.live_prerequisites()] == list(
            content.prerequisites
        )
        lessons = lessons_of(module)
        assert [lesson.slug_en for lesson in lessons] == [
            lesson.slug.en for lesson in content.lessons
        ]
        assert lessons.count() >= 3


def test_lesson_bodies_use_the_lesson_blocks_alike_in_every_language(demo_site):
    block_types = set()
    for lesson in LessonPage.objects.descendant_of(demo_site):
        shapes = {}
        for code in language_codes():
            body = getattr(lesson, localized_field("body", code))
            assert isinstance(body, StreamValue)
            shapes[code] = tuple(
                (
                    block.block_type,
                    len(block.value["items"]) if block.block_type == "checklist" else 1,
                )
                for block in body
            )
        assert len(set(shapes.values())) == 1, lesson.slug_en
        assert len(shapes["en"]) >= 3, lesson.slug_en
        block_types |= {block_type for block_type, _count in shapes["en"]}
    assert {"text", "case_study", "checklist", "reflection", "image"} <= block_types


def test_each_check_has_six_questions_of_every_kind_each_with_a_right_answer(
    demo_site,
):
    for content in MODULES:
        questions = list(questions_of(module_page(content)))
        assert len(questions) >= 6, content.slug.en
        assert {question.kind for question in questions} == set(QuestionKind.values)
        for question in questions:
            options = list(question.options.all())
            assert any(option.is_correct for option in options), question.text
            assert all(option.feedback_en for option in options), question.text
            problem = question_problem(
                question.kind, [{"is_correct": o.is_correct} for o in options]
            )
            assert problem is None, (question.text, problem)


def test_every_training_text_is_written_in_every_language(demo_site):
    """No translated text of the training is empty or left in English, down to a
    checklist item, a question and an answer's feedback."""
    texts = training_texts(demo_site)
    labels = {label for label, _by_code in texts}
    for slug in lesson_slugs():
        assert f"{slug}.summary" in labels
    for content in MODULES:
        slug = content.slug.en
        assert {f"{slug}.learning_objectives", f"{slug}.question[5].text"} <= labels
        assert f"{slug}.question[0].option[1].feedback" in labels
    assert any(".checklist.items[" in label for label in labels)
    assert any(".case_study.discussion" in label for label in labels)
    problems = []
    for label, by_code in texts:
        english = by_code["en"]
        for code in language_codes():
            text = (by_code[code] or "").strip()
            if not text:
                problems.append(f"{label} [{code}] is empty")
            elif code != "en" and text == english.strip():
                problems.append(f"{label} [{code}] is the English text")
    assert not problems, "\n".join(problems)


def test_training_texts_use_the_glossary_terms(demo_site):
    problems = [
        f"{label} [{code}] should use {term!r}"
        for label, by_code in training_texts(demo_site)
        if not label.endswith(".slug")
        for code, term in missing_terms(by_code, LOCALES)
    ]
    assert problems == [], "\n".join(problems)


def test_the_demo_modules_are_public(client, demo_site):
    """Anyone may read the modules and their lessons; progress needs an account."""
    for content in MODULES:
        module = module_page(content)
        for page in (module, *lessons_of(module)):
            assert not page.get_view_restrictions(), page.slug_en
        response = client.get(url_in("id", lessons_of(module).first()))
        assert response.status_code == 200


@pytest.mark.parametrize("code", ["en", "id", "vi", "ar"])
def test_modules_lessons_and_checks_answer_in_each_language(
    client, trainee, demo_site, code
):
    index = TrainingIndexPage.objects.get()
    response = client.get(url_in(code, index))
    assert response.status_code == 200
    listing = response.content.decode()
    client.force_login(trainee)
    for content in MODULES:
        assert escape(content.title.in_language(code)) in listing
        module = module_page(content)
        address = url_in(code, module)
        index_slug = TRAINING_INDEX.slug.in_language(code)
        assert unquote(address) == (
            f"/{code}/{index_slug}/{content.slug.in_language(code)}/"
        )
        response = client.get(address)
        assert response.status_code == 200, address
        html = response.content.decode()
        assert escape(content.title.in_language(code)) in html, address
        assert escape(content.objectives[0].in_language(code)) in html, address
        for lesson in content.lessons:
            page = LessonPage.objects.get(slug_en=lesson.slug.en)
            response = client.get(url_in(code, page))
            assert response.status_code == 200, lesson.slug.en
            html = response.content.decode()
            assert f'<html lang="{code}"' in html
            assert escape(lesson.title.in_language(code)) in html, lesson.slug.en
        response = client.get(url_in(code, module, "check"))
        assert response.status_code == 200, address
        html = response.content.decode()
        for question in content.questions:
            assert escape(question.text.in_language(code)) in html, address
            for option in question.options:
                assert escape(option.text.in_language(code)) in html, address


def test_right_answers_pass_every_check(client, trainee, demo_site):
    """The answers marked right are the ones the check marks right: a trainee who
    gives them all passes, in a language other than English."""
    client.force_login(trainee)
    for content in MODULES:
        module = module_page(content)
        response = client.post(
            url_in("vi", module, "check"),
            owned(client, module, check_form(right_answers(module))),
        )
        assert response.status_code == 302, content.slug.en
    attempts = CheckAttempt.objects.filter(user=trainee)
    assert attempts.count() == len(MODULES)
    assert all(attempt.passed and attempt.score == 100 for attempt in attempts)
    assert not ModuleCompletion.objects.exists()  # no lesson is done yet


def test_loading_again_changes_nothing_and_keeps_the_question_keys(demo_site):
    before = training_state()
    output = run_load_demo_content(no_accounts=True)
    assert training_state() == before
    assert "The demo content is up to date." in output


def test_it_restores_an_edited_check_and_keeps_its_keys(demo_site):
    content = MODULES[-1]
    module = module_page(content)
    question = questions_of(module).first()
    option = question.options.first()
    keys = set(
        CheckOption.objects.filter(question__module=module).values_list(
            "question_id", "pk"
        )
    )
    # An editor rewrites an answer in Arabic and deletes the last question.
    option.text_ar = "نص غيّره محرر"
    option.save()
    deleted = questions_of(module).last()
    deleted_key = deleted.pk
    deleted.delete()

    output = run_load_demo_content(no_accounts=True)

    option.refresh_from_db()
    assert option.text_ar == content.questions[0].options[0].text.ar
    assert f"updated page: {content.slug.en}" in output
    assert output.count("updated ") == 1
    module.refresh_from_db()
    assert not module.has_unpublished_changes
    assert questions_of(module).count() == len(content.questions)
    survivors = set(
        CheckOption.objects.filter(question__module=module).values_list(
            "question_id", "pk"
        )
    )
    assert {key for key in keys if key[0] != deleted_key} <= survivors
