"""axe-core on every kind of page in every language, and the keyboard alone."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from library.models import LibraryIndexPage, ResourcePage
from news.models import NewsIndexPage, NewsPage
from portal.home.models import ContentPage, HomePage
from portal.i18n.languages import language_codes
from training.models import LessonPage, TrainingIndexPage, TrainingModulePage

pytestmark = [pytest.mark.browser]

WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BLOCKING = {"serious", "critical"}
# What the keyboard is on, and whether it shows: an outline or a ring of shadow.
FOCUS = """() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    return {
        order: [...document.querySelectorAll("*")].indexOf(element),
        name: element.name || "",
        type: element.type || "",
        inSwitcher: Boolean(element.closest(".language-switcher")),
        inHeader: Boolean(element.closest(".site-header")),
        inCheck: Boolean(element.closest(".knowledge-check fieldset")),
        visible: (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2)
            || style.boxShadow !== "none",
    };
}"""


def first(model):
    return model.objects.live().order_by("path").first()


def addresses(code):
    """Every kind of page, as the reader of language `code` reaches it."""
    module = first(TrainingModulePage)
    training = first(TrainingIndexPage)
    with translation.override(code):
        return (
            {
                "home": first(HomePage).url,
                "content page": first(ContentPage).url,
                "news listing": first(NewsIndexPage).url,
                "story": first(NewsPage).url,
                "training index": training.url,
                "module": module.url,
                "lesson": first(LessonPage).url,
                "library index": first(LibraryIndexPage).url,
                "resource": first(ResourcePage).url,
                "search results": reverse("search:search") + "?q=child",
                "sign-in": reverse("account_login"),
                "sign-up": reverse("account_signup"),
                "certificate verification": reverse("certificates:verify")
                + "?code=7KQ4-M2XD-9PAF",
            },
            {
                "knowledge check": module.url + module.reverse_subpage("check"),
                "my training": training.url + training.reverse_subpage("my_training"),
            },
            {
                "supervisor report": reverse("reports:report"),
            },
        )


def violations(page):
    results = Axe().run(
        page,
        options={
            "runOnly": {"type": "tag", "values": WCAG_22_AA},
            "resultTypes": ["violations"],
        },
    )
    return [
        f"{rule['id']} ({rule['impact']}): "
        + "; ".join(node["target"][0] for node in rule["nodes"][:3])
        for rule in results.response["violations"]
        if rule["impact"] in BLOCKING
    ]


@pytest.mark.parametrize("code", language_codes())
def test_no_serious_violation_on_any_page_in_any_language(new_page, code):
    User = get_user_model()
    public, trainee_pages, supervisor_pages = addresses(code)
    tabs = [
        (new_page(), public),
        (new_page(user=User.objects.get(username="trainee")), trainee_pages),
        (new_page(user=User.objects.get(username="supervisor")), supervisor_pages),
    ]
    found = {}
    for tab, pages in tabs:
        for kind, url in pages.items():
            response = tab.goto(url)
            # An unknown code is answered "not found", with the form to try again.
            expected = 404 if kind == "certificate verification" else 200
            assert response.status == expected, (kind, url, response.status)
            expect(tab.locator("html")).to_have_attribute("lang", code)
            if problems := violations(tab):
                found[f"{kind} {url}"] = problems
    assert not found, found


def test_the_check_catches_what_it_is_meant_to_catch(new_page):
    """A picture without alternative text and an unlabelled field fail the check."""
    tab = new_page()
    tab.goto("/en/")
    assert violations(tab) == []
    tab.evaluate(
        """document.querySelector("main").insertAdjacentHTML(
            "beforeend", '<img src="/x.png"><input type="text">')"""
    )
    found = violations(tab)
    assert [problem.split(" ")[0] for problem in found] == ["image-alt", "label"]


def tab_through(tab, most=200):
    """Press Tab from the top of the page to its end; what received the focus."""
    stops = []
    for _ in range(most):
        tab.keyboard.press("Tab")
        stop = tab.evaluate(FOCUS)
        if stops and stop["order"] <= stops[-1]["order"]:
            return stops
        stops.append(stop)
    raise AssertionError(f"still tabbing after {most} stops")


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_keyboard_reaches_the_language_switcher_and_the_search_box(new_page, code):
    tab = new_page()
    tab.goto(f"/{code}/")
    stops = tab_through(tab)

    # The header's search box (the home page has the library's too).
    search = [stop for stop in stops if stop["name"] == "q" and stop["inHeader"]]
    switcher = [stop for stop in stops if stop["inSwitcher"]]
    assert len(search) == 1
    assert len(switcher) == len(language_codes()) - 1  # the current one is no link
    assert all(stop["visible"] for stop in search + switcher)


def test_the_keyboard_reaches_every_answer_of_the_knowledge_check(new_page):
    module = first(TrainingModulePage)
    trainee = get_user_model().objects.get(username="trainee")
    tab = new_page(user=trainee)
    with translation.override("id"):
        tab.goto(module.url + module.reverse_subpage("check"))
    questions = tab.locator(".knowledge-check fieldset")
    expect(questions.first).to_be_visible()
    answers = {
        name
        for name in tab.locator(".knowledge-check fieldset input").evaluate_all(
            "inputs => inputs.map(input => input.name)"
        )
    }

    stops = [stop for stop in tab_through(tab) if stop["inCheck"]]

    assert {stop["name"] for stop in stops} == answers
    assert len(answers) == questions.count()
    assert all(stop["visible"] for stop in stops)
