"""Every screen on a 360 px phone, in every language: nothing wider than the
screen, targets a finger can hit (WCAG 2.2 target size, 24 × 24 CSS px; 44 px
for a knowledge check's answers), no serious axe violation. Each screen is
saved to test-artifacts/phone/ for a person to look at."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from portal.i18n.languages import language_codes
from training.models import TrainingIndexPage, TrainingModulePage

from .conftest import ARTIFACTS
from .test_accessibility import addresses, first, violations

pytestmark = [pytest.mark.browser]

PHONE = {"width": 360, "height": 800}
TARGET, ANSWER = 24, 44
# What sticks out of the screen, and which targets are too small.
MEASURE = """([target, answer]) => {
    const width = document.documentElement.clientWidth;
    const shown = (element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0
            && getComputedStyle(element).visibility !== "hidden";
    };
    const name = (element) => {
        const text = (element.innerText || element.value || element.name || "").trim();
        return `${element.tagName.toLowerCase()} "${text.slice(0, 40)}"`;
    };
    const clipped = (element) => {
        for (let above = element.parentElement; above; above = above.parentElement) {
            if (getComputedStyle(above).overflowX !== "visible") return true;
        }
        return false;
    };
    const wide = [...document.body.querySelectorAll("*")].filter((element) => {
        const box = element.getBoundingClientRect();
        return shown(element) && (box.right > width + 1 || box.left < -1)
            && !clipped(element);
    });
    const small = [];
    const targets = document.querySelectorAll(
        "button, select, input:not([type=hidden]), a.button, summary"
    );
    for (const element of targets) {
        const option = element.matches("[type=radio], [type=checkbox]");
        // A radio or a box is hit through its label as well.
        const area = (option && (element.closest("label")
            || document.querySelector(`label[for="${element.id}"]`))) || element;
        if (!shown(area)) continue;
        const box = area.getBoundingClientRect();
        const least = option && element.closest(".knowledge-check") ? answer : target;
        if (box.width < target || box.height < least) {
            const size = `${Math.round(box.width)}×${Math.round(box.height)}`;
            small.push(`${name(area)} ${size}`);
        }
    }
    return {
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        wide: wide.slice(-3).map(name),
        small,
    };
}"""


def signed_in_screens(code):
    """The screens behind a sign-in that `addresses` does not list."""
    module = first(TrainingModulePage)
    training = first(TrainingIndexPage)
    with translation.override(code):
        return (
            {"module, signed in": module.url, "training, signed in": training.url},
            {
                "module drill-down": reverse("reports:module", args=[module.pk]),
                "sign-up requests": reverse("accounts:approvals"),
                "assignments": reverse("assignments:list"),
                "new assignment": reverse("assignments:new"),
                "profile": reverse("accounts:profile"),
            },
        )


@pytest.mark.parametrize("code", language_codes())
def test_every_screen_fits_a_phone(new_page, code):
    User = get_user_model()
    public, trainee_pages, supervisor_pages = addresses(code)
    trainee_more, supervisor_more = signed_in_screens(code)
    tabs = [
        (new_page(), public),
        (new_page(user=User.objects.get(username="trainee")), trainee_pages),
        (new_page(user=User.objects.get(username="trainee")), trainee_more),
        (new_page(user=User.objects.get(username="supervisor")), supervisor_pages),
        (new_page(user=User.objects.get(username="supervisor")), supervisor_more),
    ]
    folder = ARTIFACTS / "phone"
    folder.mkdir(parents=True, exist_ok=True)
    found = {}
    for tab, screens in tabs:
        tab.set_viewport_size(PHONE)
        for kind, url in screens.items():
            response = tab.goto(url)
            assert response.status < 500, (kind, url, response.status)
            tab.screenshot(
                path=folder / f"{code}-{kind.replace(' ', '-')}.png", full_page=True
            )
            measured = tab.evaluate(MEASURE, [TARGET, ANSWER])
            problems = violations(tab)
            if measured["overflow"] > 0:
                problems.append(
                    f"{measured['overflow']} px wider than the screen: "
                    + ", ".join(measured["wide"])
                )
            problems += [f"too small to tap: {target}" for target in measured["small"]]
            if problems:
                found[f"{kind} {url}"] = problems
    assert not found, found
