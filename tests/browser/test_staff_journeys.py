"""Staff in a real browser: a trainee from sign-up to a verified certificate, a
supervisor's report, a story through the safeguarding moderation."""

import io
import re
from urllib.parse import urlsplit

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect
from pypdf import PdfReader

from demo.content.centres import JAMBI
from news.models import NewsPage
from portal.centres.models import Centre
from portal.moderation.models import SafeguardingCheck
from tests.accounts.conftest import STRONG_PASSWORD, link_in
from tests.moderation.admin_forms import CHECKLIST
from tests.training.helpers import right_answers, wrong_answers
from training.models import CheckAttempt, LessonPage, TrainingModulePage

from .conftest import ARTIFACTS

pytestmark = [pytest.mark.browser]

CODE = re.compile(r"\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\b")


def url_in(code, page, route=None):
    with translation.override(code):
        return page.url + (page.reverse_subpage(route) if route else "")


def answer(tab, answers):
    """Tick the given options of the knowledge check and send it."""
    for option_keys in answers.values():
        for key in option_keys:
            tab.locator(f".knowledge-check input[value='{key}']").check()
    with tab.expect_navigation():
        tab.locator(".knowledge-check button[type=submit]").click()
    expect(tab.locator(".check-result")).to_be_visible()


def test_a_trainee_signs_up_is_approved_and_earns_a_verified_certificate(new_page):
    User = get_user_model()
    email = "nur.aini@example.org"
    jambi = Centre.objects.get(slug=JAMBI.slug)

    # Sign-up, through the real form.
    tab = new_page("id-ID")
    tab.goto("/id/accounts/signup/")
    form = tab.locator("form.account-form")
    form.locator("[name=full_name]").fill("Nur Aini")
    form.locator("[name=email]").fill(email)
    form.locator("[name=password1]").fill(STRONG_PASSWORD)
    form.locator("[name=password2]").fill(STRONG_PASSWORD)
    form.locator("[name=centre]").select_option(str(jambi.pk))
    form.locator("[name=job_role]").select_option("social_worker")
    form.locator("[name=preferred_language]").select_option("id")
    with tab.expect_navigation():
        form.locator("button[type=submit]").click()

    # The e-mail's link, then the confirmation button.
    (confirmation,) = [message for message in mail.outbox if email in message.to]
    tab.goto(urlsplit(link_in(confirmation)).path)
    with tab.expect_navigation():
        tab.locator("main form button[type=submit]").click()
    profile = User.objects.get(email=email).staff_profile
    assert profile.status == profile.Status.PENDING

    # The supervisor approves on their page.
    supervisor = new_page(user=User.objects.get(username="supervisor"))
    supervisor.goto("/en/accounts/approvals/")
    row = supervisor.locator("table.approvals tr", has_text="Nur Aini")
    with supervisor.expect_navigation():
        row.locator(f"form[action$='/{profile.pk}/approve/'] button").click()
    profile.refresh_from_db()
    assert profile.status == profile.Status.APPROVED

    # Signed in, in Indonesian.
    tab.goto("/en/accounts/login/")
    form = tab.locator("form.account-form")
    form.locator("[name=login]").fill(email)
    form.locator("[name=password]").fill(STRONG_PASSWORD)
    with tab.expect_navigation():
        form.locator("button[type=submit]").click()
    assert urlsplit(tab.url).path == "/id/"

    # Every lesson of a module, in Indonesian.
    module = TrainingModulePage.objects.live().order_by("path").first()
    for lesson in LessonPage.objects.child_of(module).live().order_by("path"):
        tab.goto(url_in("id", lesson))
        expect(tab.locator("html")).to_have_attribute("lang", "id")
        expect(tab.locator("h1")).to_have_text(lesson.title_ind)
        with tab.expect_navigation():
            tab.locator(".lesson-footer form button[type=submit]").click()
        expect(tab.locator(".lesson-done")).to_be_visible()

    # The knowledge check: failed, then passed.
    check = url_in("id", module, "check")
    tab.goto(check)
    answer(tab, wrong_answers(module))
    tab.goto(check)
    answer(tab, right_answers(module))
    attempts = CheckAttempt.objects.filter(user=profile.user, module=module)
    assert list(attempts.order_by("pk").values_list("passed", "language")) == [
        (False, "id"),
        (True, "id"),
    ]

    # The certificate, downloaded from My training.
    training = module.get_parent().specific
    tab.goto(url_in("id", training, "my_training"))
    with tab.expect_download() as download_info:
        tab.locator(".module-card .certificate a").click()
    download = download_info.value
    ARTIFACTS.mkdir(exist_ok=True)
    pdf_path = ARTIFACTS / "trainee-certificate-id.pdf"
    download.save_as(pdf_path)
    text = "\n".join(
        page.extract_text()
        for page in PdfReader(io.BytesIO(pdf_path.read_bytes())).pages
    )
    (code,) = set(CODE.findall(text))
    assert "Nur Aini" in text
    expect(tab.locator(".module-card .certificate [dir=ltr]")).to_have_text(code)

    # Anyone checks the code on the public page.
    public = new_page()
    public.goto("/en/certificates/verify/")
    public.locator("[name=code]").fill(code)
    with public.expect_navigation():
        public.locator("main form button[type=submit]").click()
    expect(public.locator("main dl dd").nth(0)).to_have_text("Nur Aini")
    expect(public.locator("main dl dd").nth(1)).to_have_text(module.title_en)


def test_a_supervisor_filters_the_report_and_downloads_it_as_xlsx(new_page):
    User = get_user_model()
    module = TrainingModulePage.objects.live().order_by("path").first()
    tab = new_page(user=User.objects.get(username="supervisor"))
    tab.goto("/en/supervision/")
    filters = tab.locator("form.filters[action$='/supervision/']")
    filters.locator("[name=module]").select_option(str(module.pk))
    filters.locator("[name=role]").select_option("social_worker")
    with tab.expect_navigation():
        filters.locator("button[type=submit]").click()
    # The first table is staff by module; the chart's table of completions follows.
    by_module = tab.locator(".report-table").first
    expect(by_module.locator("tbody tr")).to_have_count(1)
    expect(by_module.locator("tbody th")).to_have_text(module.title_en)

    with tab.expect_download() as download_info:
        tab.locator("a[href*='report.xlsx']").click()
    path = ARTIFACTS / "supervisor-report.xlsx"
    download_info.value.save_as(path)
    header, *rows = openpyxl.load_workbook(path).active.iter_rows(values_only=True)
    assert header[:5] == ("Name", "E-mail", "Role", "Preferred language", "Module")
    assert {row[2:5:2] for row in rows} == {("Social worker", module.title_en)}
    assert ("Siti Rahma", "trainee@example.org") in {row[:2] for row in rows}
    assert "Budi Santoso" not in {row[0] for row in rows}


def toggle_language(tab, code):
    tab.locator(f".i18n-language-switch [data-language={code}]").click()


def test_an_editor_submits_a_translated_story_and_a_moderator_publishes_it(new_page):
    User = get_user_model()
    story = NewsPage.objects.live().order_by("path").first()
    edit_url = reverse("wagtailadmin_pages:edit", args=[story.pk])
    new_title = "Pusat anak di Jambi menggelar konferensi kasus daring"

    editor = new_page(user=User.objects.get(username="editor"))
    editor.goto(edit_url)
    toggle_language(editor, "id")
    editor.locator("#id_title_ind").fill(new_title)
    editor.locator("footer .w-dropdown__toggle").first.click()
    with editor.expect_navigation():
        editor.get_by_role("button", name=re.compile("Submit to")).click()
    story.refresh_from_db()
    assert story.workflow_in_progress
    assert story.title_ind != new_title  # not yet published

    moderator = new_page(user=User.objects.get(username="moderator"))
    moderator.goto(edit_url)
    moderator.locator("footer .w-dropdown__toggle").first.click()
    moderator.locator("button[data-workflow-action-name=approve]").click()
    dialog = moderator.locator(".modal-dialog, [role=dialog]").filter(
        has=moderator.locator("[name=no_child_name]")
    )
    for name in CHECKLIST:
        dialog.locator(f"[name={name}]").check()
    with moderator.expect_navigation():
        dialog.locator("[type=submit]").first.click()

    story.refresh_from_db()
    assert story.live and not story.workflow_in_progress
    assert story.title_ind == new_title
    reader = new_page("id-ID")
    with translation.override("id"):
        reader.goto(story.url)
    expect(reader.locator("h1")).to_have_text(new_title)


def test_a_moderator_publishes_a_story_only_through_the_safeguarding_checklist(
    new_page,
):
    User = get_user_model()
    story = NewsPage.objects.live().order_by("path").last()
    new_title = "Staff practise family tracing with the social-affairs office"
    moderator = new_page(user=User.objects.get(username="moderator"))
    moderator.goto(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    dialog = moderator.locator("#safeguarding-publish-dialog")

    def open_checklist():
        moderator.locator("footer .w-dropdown__toggle").first.click()
        moderator.get_by_role("button", name="Publish", exact=True).click()
        expect(dialog).to_be_visible()

    moderator.locator("#id_title_en").fill(new_title)
    open_checklist()
    with moderator.expect_navigation():
        dialog.get_by_role("button", name="Confirm and publish").click()
    expect(moderator.locator(".messages")).to_contain_text(
        "Publishing needs the safeguarding check"
    )
    story.refresh_from_db()
    assert story.title_en != new_title

    # The refused edit was kept as a draft; now with every box ticked.
    expect(moderator.locator("#id_title_en")).to_have_value(new_title)
    open_checklist()
    for name in CHECKLIST:
        dialog.locator(f"[name=safeguarding-{name}]").check()
    with moderator.expect_navigation():
        dialog.get_by_role("button", name="Confirm and publish").click()

    story.refresh_from_db()
    assert story.title_en == new_title
    assert SafeguardingCheck.objects.filter(revision=story.live_revision).exists()
