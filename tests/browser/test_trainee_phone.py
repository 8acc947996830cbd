"""A trainee on a 360px phone, in each language: every lesson of a module marked
done, the knowledge check failed then passed, the module completed. Nothing
scrolls sideways and everything a thumb must hit is big enough."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import translation
from playwright.sync_api import expect

from portal.accounts.roles import TRAINEES
from portal.i18n.languages import language_codes
from tests.training.helpers import right_answers, wrong_answers
from training.models import LessonPage, ModuleCompletion, TrainingModulePage

from .conftest import ARTIFACTS

pytestmark = [pytest.mark.browser]

PHONE = {"width": 360, "height": 800}
# The page's width, and what a thumb cannot hit: controls under 24×24 (WCAG 2.2
# target size) and answer cards under 44px tall.
LAYOUT = """() => {
    const shown = [...document.querySelectorAll(
        "button, input:not([type=hidden]), select, textarea, .button"
    )].filter(element => element.getClientRects().length > 0);
    const size = element => {
        const box = element.getBoundingClientRect();
        return {width: box.width, height: box.height,
                what: element.outerHTML.slice(0, 100)};
    };
    return {
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        controls: shown.length,
        tooSmall: shown.map(size).filter(box => box.width < 24 || box.height < 24),
        cards: [...document.querySelectorAll(".knowledge-check label.choice")]
            .map(size),
    };
}"""


def url_in(code, page, route=None):
    with translation.override(code):
        return page.url + (page.reverse_subpage(route) if route else "")


def path_of(tab):
    return tab.url.split("#")[0]


def score_in(code, correct, total, score):
    with translation.override(code):
        return translation.gettext(
            "%(correct)s of %(total)s answers right: %(score)s%%."
        ) % {"correct": correct, "total": total, "score": score}


def assert_fits_a_phone(tab):
    layout = tab.evaluate(LAYOUT)
    assert layout["scrollWidth"] <= layout["innerWidth"], layout
    assert layout["tooSmall"] == [], layout["tooSmall"]
    assert all(card["height"] >= 44 for card in layout["cards"]), layout["cards"]
    return layout


def snap(tab, name):
    """The whole page, as it scrolls on the phone."""
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=ARTIFACTS / f"trainee-phone-{name}.png", full_page=True)


def answer(tab, answers):
    for option_keys in answers.values():
        for key in option_keys:
            tab.locator(f".knowledge-check input[value='{key}']").check()
    with tab.expect_navigation():
        tab.locator(".knowledge-check button[type=submit]").click()


@pytest.fixture
def phone_trainee(demo_server, request):
    code = request.node.callspec.params["code"]
    user = get_user_model().objects.create_user(
        f"phone-{code}", f"phone-{code}@example.org", "not-a-real-password"
    )
    user.groups.add(Group.objects.get(name=TRAINEES))
    return user


@pytest.mark.parametrize("code", language_codes())
def test_a_trainee_completes_a_module_on_a_phone(
    new_page, phone_trainee, screenshot, code
):
    module = TrainingModulePage.objects.live().order_by("path").first()
    lessons = list(LessonPage.objects.child_of(module).live().order_by("path"))
    tab = new_page(user=phone_trainee)
    tab.set_viewport_size(PHONE)

    # The module: a progress bar, and "Start" as its main action.
    tab.goto(url_in(code, module))
    expect(tab.locator("html")).to_have_attribute("lang", code)
    start = tab.locator(".module-progress a.button.resume")
    expect(start).to_have_attribute("href", url_in(code, lessons[0]))
    assert_fits_a_phone(tab)
    snap(tab, f"{code}-1-module")

    # Each lesson: marked done, back at its end, a button to the next step.
    with tab.expect_navigation():
        start.click()
    for number, lesson in enumerate(lessons):
        assert path_of(tab).endswith(url_in(code, lesson))
        assert_fits_a_phone(tab)
        if number == 0:
            snap(tab, f"{code}-2-lesson")
        with tab.expect_navigation():
            tab.locator(".lesson-footer form button[type=submit]").click()
        assert tab.url.endswith("#lesson-end")
        next_step = tab.locator(".lesson-done a.button")
        expect(next_step).to_be_visible()
        expect(next_step).to_be_in_viewport()
        assert_fits_a_phone(tab)
        if number == 0:
            snap(tab, f"{code}-3-lesson-done")
        with tab.expect_navigation():
            next_step.click()

    # The last lesson led to the check: answer cards, one per line.
    assert path_of(tab).endswith(url_in(code, module, "check"))
    layout = assert_fits_a_phone(tab)
    answers = tab.locator(".knowledge-check fieldset input")
    assert len(layout["cards"]) == answers.count()
    card_widths = {round(card["width"]) for card in layout["cards"]}
    assert len(card_widths) == 1  # each the width of the column
    snap(tab, f"{code}-4-check")

    # Failed: the score and what to review, then another try.
    answer(tab, wrong_answers(module))
    failed = tab.locator(".check-result .check-failed")
    expect(failed).to_be_visible()
    questions = len(right_answers(module))
    expect(failed.locator(".score")).to_have_text(score_in(code, 0, questions, 0))
    expect(failed.locator(".to-review a").first).to_have_attribute("href", "#answer-1")
    assert_fits_a_phone(tab)
    snap(tab, f"{code}-5-failed")
    with tab.expect_navigation():
        failed.locator("a.button:not(.secondary)").click()

    # Passed: the module is completed, with its certificate.
    answer(tab, right_answers(module))
    completed = tab.locator(".check-result .module-completed")
    expect(completed).to_be_visible()
    completion = ModuleCompletion.objects.get(user=phone_trainee, module=module)
    assert completion.language == code
    with translation.override(code):
        certificate_url = completion.get_absolute_url()
    expect(completed.locator("a.certificate")).to_have_attribute(
        "href", certificate_url
    )
    assert_fits_a_phone(tab)
    screenshot(tab)
    snap(tab, f"{code}-6-completed")

    # My training: completed, and not "nothing started".
    training = module.get_parent().specific
    tab.goto(url_in(code, training, "my_training"))
    expect(tab.locator(".module-card .certificate a")).to_have_attribute(
        "href", certificate_url
    )
    assert_fits_a_phone(tab)
    snap(tab, f"{code}-7-my-training")
