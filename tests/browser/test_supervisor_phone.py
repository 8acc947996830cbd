"""A supervisor on a 360px phone, in each language: the report, one module's
list and the sign-up requests fit the screen, the decisions at hand."""

import factory
import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from demo.content.centres import JAMBI
from portal.accounts.factories import StaffProfileFactory
from portal.accounts.models import StaffProfile
from portal.centres.models import Centre
from portal.i18n.languages import language_codes
from training import summaries
from training.models import ModuleCompletion, TrainingModulePage

from .conftest import ARTIFACTS

pytestmark = [pytest.mark.browser]

PHONE = {"width": 360, "height": 800}
LOCALES = {"en": "en-GB", "id": "id-ID", "vi": "vi-VN", "ar": "ar"}
APPROVE = {"en": "Approve", "id": "Setujui", "vi": "Phê duyệt", "ar": "موافقة"}
REFUSE = {"en": "Refuse", "id": "Tolak", "vi": "Từ chối", "ar": "رفض"}
REFUSE_SIGN_UP = {
    "en": "Refuse sign-up",
    "id": "Tolak pendaftaran",
    "vi": "Từ chối đăng ký",
    "ar": "رفض التسجيل",
}
NO_REASON = {
    "en": "Please give the reason for refusing.",
    "id": "Harap sebutkan alasan penolakan.",
    "vi": "Vui lòng nêu lý do từ chối.",
    "ar": "يرجى ذكر سبب الرفض.",
}
# What the phone's page is as wide as, and what sticks out past either edge.
OVERFLOW = """() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    outside: [...document.querySelectorAll("main *")]
        .filter((element) => {
            const box = element.getBoundingClientRect();
            const boxed = element.closest(".table-scroll");
            return box.width && !boxed && (box.left < -1 || box.right > innerWidth + 1);
        })
        .map((element) => element.tagName + "." + element.className)
        .slice(0, 5),
})"""


def url(code, name, *args):
    with translation.override(code):
        return reverse(name, args=args)


def supervisor_tab(new_page, code):
    tab = new_page(
        LOCALES[code], user=get_user_model().objects.get(username="supervisor")
    )
    tab.set_viewport_size(PHONE)
    return tab


def assert_fits(tab):
    """No sideways scroll of the page, and nothing in it past the screen's edges
    (a wide table may scroll in its own box)."""
    fit = tab.evaluate(OVERFLOW)
    assert fit["scrollWidth"] <= fit["innerWidth"], fit
    assert fit["outside"] == [], fit


@pytest.fixture
def screenshots(screenshot):
    """The screen as the phone shows it (`screenshot`), and the whole page."""

    def save(tab, name):
        screenshot(tab)
        tab.screenshot(path=ARTIFACTS / f"supervisor-phone-{name}.png", full_page=True)

    return save


def assert_on_screen(tab, locator):
    expect(locator).to_be_visible()
    box = locator.bounding_box()
    assert box["x"] >= 0, box
    assert box["x"] + box["width"] <= tab.viewport_size["width"], box
    assert box["height"] >= 40, box  # big enough for a thumb


@pytest.fixture
def completion(demo_server):
    """A completion at the supervisor's centre, for the chart to draw."""
    module = TrainingModulePage.objects.live().order_by("path").first()
    trainee = get_user_model().objects.get(username="trainee")
    made = ModuleCompletion.objects.get_or_create(
        user=trainee,
        module=module,
        defaults={"module_title": module.title, "language": "id"},
    )[0]
    summaries.refresh(user_ids=[trainee.pk])
    return made


@pytest.fixture
def waiting(demo_server):
    """Sign-ups waiting at the supervisor's centre, one with long words."""
    jambi = Centre.objects.get(slug=JAMBI.slug)
    return StaffProfileFactory(
        centre=jambi,
        full_name="عبد الرحمن بن محمد الحسيني",
        user__email=factory.LazyAttribute(
            lambda user: f"abdulrahman.alhusseini.{user.username}@example.org"
        ),
        job_role="psychologist",
        preferred_language="ar",
    )


@pytest.mark.parametrize("code", language_codes())
def test_the_report_fits_a_phone_and_its_chart_stays_readable(
    new_page, completion, screenshots, code
):
    tab = supervisor_tab(new_page, code)
    tab.goto(url(code, "reports:report"))

    expect(tab.locator("html")).to_have_attribute("lang", code)
    assert_fits(tab)
    chart = tab.locator("svg.report-chart").first
    expect(chart).to_be_visible()
    box = chart.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    # The month labels under the bars, drawn at least 10px tall on the phone.
    label = chart.locator("text.chart-label").last
    assert label.bounding_box()["height"] >= 10
    expect(tab.locator(".report-table").first).to_be_visible()
    screenshots(tab, f"report-{code}")


@pytest.mark.parametrize("code", language_codes())
def test_one_module_s_list_fits_a_phone(new_page, completion, screenshots, code):
    tab = supervisor_tab(new_page, code)
    tab.goto(url(code, "reports:module", completion.module_id) + "?state=completed")

    assert_fits(tab)
    expect(tab.locator(".report-table tbody th", has_text="Siti Rahma")).to_be_visible()
    expect(tab.locator(".report-lists a[aria-current=page]")).to_be_visible()
    screenshots(tab, f"module-{code}")


@pytest.mark.parametrize("code", language_codes())
def test_sign_up_requests_fit_a_phone_with_approve_and_refuse_at_hand(
    new_page, waiting, screenshots, code
):
    tab = supervisor_tab(new_page, code)
    tab.goto(url(code, "accounts:approvals"))

    assert_fits(tab)
    rows = tab.locator("table.approvals tbody tr")
    expect(rows).to_have_count(
        StaffProfile.objects.filter(
            centre=waiting.centre, status=StaffProfile.Status.PENDING
        ).count()
    )
    row = rows.filter(has_text=waiting.user.email)
    assert_on_screen(tab, row.get_by_role("button", name=APPROVE[code], exact=True))
    assert_on_screen(tab, row.get_by_role("link", name=REFUSE[code], exact=True))
    expect(row.get_by_text(waiting.user.email)).to_be_visible()
    screenshots(tab, f"approvals-{code}")


@pytest.mark.parametrize("code", language_codes())
def test_refusing_on_a_phone_asks_for_the_reason(new_page, waiting, screenshots, code):
    tab = supervisor_tab(new_page, code)
    tab.goto(url(code, "accounts:approvals"))
    row = tab.locator("table.approvals tbody tr", has_text=waiting.user.email)
    with tab.expect_navigation():
        row.get_by_role("link", name=REFUSE[code], exact=True).click()

    assert_fits(tab)
    submit = tab.get_by_role("button", name=REFUSE_SIGN_UP[code], exact=True)
    assert_on_screen(tab, submit)
    # Without a reason: said so, in the reader's language, and nothing done.
    tab.locator("[name=reason]").evaluate("field => field.removeAttribute('required')")
    with tab.expect_navigation():
        submit.click()
    expect(tab.get_by_role("alert")).to_contain_text(NO_REASON[code])
    assert_fits(tab)
    screenshots(tab, f"refuse-{code}")
    waiting.refresh_from_db()
    assert waiting.status == StaffProfile.Status.PENDING

    tab.locator("[name=reason]").fill("ليس ضمن قائمة العاملين في هذا المركز.")
    with tab.expect_navigation():
        tab.get_by_role("button", name=REFUSE_SIGN_UP[code], exact=True).click()
    assert tab.url.endswith(url(code, "accounts:approvals"))
    waiting.refresh_from_db()
    assert waiting.status == StaffProfile.Status.REFUSED
    assert waiting.refusal_reason == "ليس ضمن قائمة العاملين في هذا المركز."
