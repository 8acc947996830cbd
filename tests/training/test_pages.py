"""The training pages in four languages; personal pages only for their owner and
never from or into the anonymous cache."""

import re
import uuid
from urllib.parse import unquote

import pytest
from django.contrib.auth.models import Group
from django.utils import translation
from wagtail.models import Page, PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail_factories import DocumentFactory, ImageFactory

from portal.home.models import HomePage
from training import services
from training.factories import LessonPageFactory, TrainingModulePageFactory
from training.models import LessonPage, TrainingIndexPage, TrainingModulePage

from .helpers import right_answers, url_in

LANGUAGES = [("en", "ltr"), ("id", "ltr"), ("vi", "ltr"), ("ar", "rtl")]


def html_of(response):
    assert response.status_code == 200
    return response.content.decode()


def title_in(code, page):
    with translation.override(code):
        return page.title


def complete(user, module):
    for lesson in LessonPage.objects.child_of(module):
        services.lesson_complete(user=user, lesson=lesson)
    if module.check_questions.exists():
        services.check_attempt_submit(
            user=user,
            module=module,
            answers=right_answers(module),
            client_token=uuid.uuid4(),
        )


@pytest.mark.parametrize("code,direction", LANGUAGES)
def test_every_training_page_renders_in_each_language(
    trainee_client, training_index, gatekeeping, lessons, code, direction
):
    pages = [
        (training_index, None),
        (gatekeeping, None),
        (lessons[0], None),
        (gatekeeping, "check"),
        (training_index, "my_training"),
    ]
    for page, route in pages:
        html = html_of(trainee_client.get(url_in(code, page, route)))
        assert f'<html lang="{code}" dir="{direction}">' in html
        with translation.override(code):
            assert translation.gettext("Child Protection Workforce Portal") in html
        if route is None:
            assert f"<h1>{title_in(code, page)}</h1>" in html


@pytest.mark.parametrize("code,direction", LANGUAGES)
def test_the_anonymous_module_and_lesson_pages_render_in_each_language(
    client, gatekeeping, lessons, code, direction
):
    for page in (gatekeeping, lessons[1]):
        html = html_of(client.get(url_in(code, page)))
        assert f'<html lang="{code}" dir="{direction}">' in html
        assert f"<h1>{title_in(code, page)}</h1>" in html


def test_a_module_page_lists_its_lessons_and_facts(client, gatekeeping, lessons):
    html = html_of(client.get(url_in("id", gatekeeping)))
    english = html_of(client.get(url_in("en", gatekeeping)))

    lesson_list = html[html.index('<ol class="lessons">') :]
    titles = re.findall(r'<li><a href="[^"]+">([^<]+)</a></li>', lesson_list)
    assert titles == [title_in("id", lesson) for lesson in lessons]
    assert "45 minutes" in english and "1.5 CPD hours" in english
    assert "Written for: Social worker, Social counsellor" in english
    assert "<li>Explain why family-based care comes first</li>" in english
    assert "you pass with 60% or more" in english


def test_a_module_page_names_its_live_prerequisites(
    client, training_index, gatekeeping
):
    draft = TrainingModulePageFactory(parent=training_index, title="Case conferences")
    draft.unpublish()
    follow_on = TrainingModulePageFactory(
        parent=training_index, prerequisites=[gatekeeping, draft]
    )

    html = html_of(client.get(url_in("en", follow_on)))

    assert (
        f'<li><a href="{url_in("en", gatekeeping)}">{gatekeeping.title}</a></li>'
        in html
    )
    assert draft.title not in html


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def test_a_lesson_shows_every_kind_of_block(client, gatekeeping, media_root):
    tool = DocumentFactory(title="Referral form")
    picture = ImageFactory(title="A case conference")
    lesson = LessonPageFactory(
        parent=gatekeeping,
        body_en=[
            {"type": "text", "value": "<p>Family-based care comes first.</p>"},
            {
                "type": "image",
                "value": {"image": picture.pk, "alt_text": "Staff around a table"},
            },
            {
                "type": "video",
                "value": {
                    "url": "https://video.example.org/gatekeeping",
                    "title": "A referral, step by step",
                    "transcript": "A teacher notices a child missing school.",
                },
            },
            {
                "type": "case_study",
                "value": {
                    "title": "A family under strain",
                    "situation": "<p>A mother asks the centre to take her son.</p>",
                    "discussion": "<p>Assess first; offer support at home.</p>",
                },
            },
            {
                "type": "checklist",
                "value": {
                    "title": "Before a placement",
                    "items": ["Family assessed", "Kinship care considered"],
                },
            },
            {"type": "reflection", "value": {"prompt": "When did you last say no?"}},
            {
                "type": "tool",
                "value": {"document": tool.pk, "title": "Referral form"},
            },
        ],
    )

    html = html_of(client.get(url_in("en", lesson)))

    assert "<p>Family-based care comes first.</p>" in html
    assert 'alt="Staff around a table"' in html
    assert 'href="https://video.example.org/gatekeeping"' in html
    assert "A teacher notices a child missing school." in html
    assert "Case study: A family under strain" in html
    assert "<li>Family assessed</li><li>Kinship care considered</li>" in html
    assert "Reflect on your practice" in html
    assert f'href="{tool.url}" download' in html


def test_the_anonymous_pages_hold_no_personal_data_and_come_from_the_cache(
    client, trainee, gatekeeping, lessons
):
    services.lesson_complete(user=trainee, lesson=lessons[0])
    for page in (gatekeeping, lessons[0]):
        url = url_in("en", page)
        first = client.get(url)
        html = html_of(first)
        assert first["X-Page-Cache"] == "miss"
        assert client.get(url)["X-Page-Cache"] == "hit"
        assert "csrfmiddlewaretoken" not in html
        assert "Sign in to record your progress." in html
        assert "Your progress" not in html
        assert "You have done this lesson." not in html


def test_a_trainees_pages_show_their_progress_and_are_never_cached(
    client, trainee, gatekeeping, lessons
):
    client.get(url_in("en", gatekeeping))  # the anonymous version, now cached
    services.lesson_complete(user=trainee, lesson=lessons[0])
    client.force_login(trainee)

    module = client.get(url_in("en", gatekeeping))
    lesson = client.get(url_in("en", lessons[0]))

    for response in (module, lesson):
        assert "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"]
    assert "Your progress" in html_of(module)
    assert "1 of 2 lessons done" in html_of(module)
    assert "You have done this lesson." in html_of(lesson)
    client.logout()
    assert "Your progress" not in html_of(client.get(url_in("en", gatekeeping)))


def test_my_training_needs_an_account(client, training_index):
    response = client.get(url_in("en", training_index, "my_training"))

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")


def test_my_training_shows_progress_with_a_resume_link(
    trainee_client, trainee, training_index, gatekeeping, lessons
):
    services.lesson_complete(user=trainee, lesson=lessons[0])

    html = html_of(trainee_client.get(url_in("vi", training_index, "my_training")))

    section = html[html.index('id="in-progress"') : html.index('id="completed"')]
    assert title_in("vi", gatekeeping) in section
    assert (
        f'<progress max="3" value="1" aria-labelledby="progress-{gatekeeping.pk}">'
        "33%</progress>"
    ) in section
    assert f'class="button resume" href="{url_in("vi", lessons[1])}"' in section


def test_my_training_resumes_at_the_check_once_the_lessons_are_done(
    trainee_client, trainee, training_index, gatekeeping, lessons
):
    for lesson in lessons:
        services.lesson_complete(user=trainee, lesson=lesson)

    html = html_of(trainee_client.get(url_in("en", training_index, "my_training")))

    assert f'class="button resume" href="{url_in("en", gatekeeping, "check")}"' in html


def test_my_training_lists_completed_modules_and_lessons_added_since(
    trainee_client, trainee, training_index, gatekeeping
):
    complete(trainee, gatekeeping)
    added = LessonPageFactory(parent=gatekeeping, title="Monitoring after return")

    html = html_of(trainee_client.get(url_in("en", training_index, "my_training")))

    completed = html[html.index('id="completed"') :]
    assert gatekeeping.title in completed
    assert "A lesson was added since then." in completed
    assert f'href="{url_in("en", added)}"' in completed
    in_progress = html[html.index('id="in-progress"') : html.index('id="completed"')]
    assert gatekeeping.title not in in_progress


def test_my_training_suggests_modules_whose_prerequisites_are_completed(
    trainee_client, trainee, training_index, gatekeeping
):
    follow_on = TrainingModulePageFactory(
        parent=training_index,
        title="Preparing children for reintegration",
        prerequisites=[gatekeeping],
    )
    not_yet = TrainingModulePageFactory(
        parent=training_index,
        title="Community case management",
        prerequisites=[follow_on],
    )
    private = TrainingModulePageFactory(parent=training_index, title="Supervision")
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.create(name="Heads of centres")])
    open_to_all = TrainingModulePageFactory(
        parent=training_index, title="Autism: spotting the signs early"
    )
    complete(trainee, gatekeeping)

    html = html_of(trainee_client.get(url_in("en", training_index, "my_training")))

    suggested = html[html.index('id="suggested"') :]
    titles = re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', suggested)
    assert titles == [follow_on.title, open_to_all.title]
    assert not_yet.title not in suggested and private.title not in suggested


def test_the_index_lists_only_the_modules_a_reader_may_open(
    client, trainee, training_index, gatekeeping
):
    members_only = TrainingModulePageFactory(
        parent=training_index, title="Working with interns"
    )
    PageViewRestriction.objects.create(
        page=members_only, restriction_type=PageViewRestriction.LOGIN
    )

    anonymous = html_of(client.get(url_in("en", training_index)))
    client.force_login(trainee)
    signed_in = html_of(client.get(url_in("en", training_index)))

    assert gatekeeping.title in anonymous and members_only.title not in anonymous
    assert gatekeeping.title in signed_in and members_only.title in signed_in


@pytest.mark.parametrize("route", ["check", "my_training"])
def test_the_language_switcher_keeps_the_reader_on_the_same_route(
    trainee_client, training_index, gatekeeping, route
):
    page = training_index if route == "my_training" else gatekeeping

    html = html_of(trainee_client.get(url_in("en", page, route)))

    assert unquote(url_in("ar", page, route)) in unquote(html)
    assert url_in("id", page, route) in html


class TestPageTypes(WagtailPageTestCase):
    def test_the_training_tree(self):
        self.assertAllowedParentPageTypes(TrainingIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(TrainingIndexPage, {TrainingModulePage})
        self.assertAllowedParentPageTypes(TrainingModulePage, {TrainingIndexPage})
        self.assertAllowedSubpageTypes(TrainingModulePage, {LessonPage})
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertCanCreateAt(HomePage, TrainingIndexPage)
        self.assertCanNotCreateAt(Page, TrainingIndexPage)
