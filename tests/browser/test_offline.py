"""Lessons read and marked done without a connection, sent once when it returns."""

import json
import re
import time

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.staticfiles import finders
from django.test import Client
from playwright.sync_api import expect

from portal.accounts.roles import TRAINEES
from tests.training.helpers import url_in
from training.factories import (
    CheckQuestionFactory,
    LessonPageFactory,
    TrainingIndexPageFactory,
    TrainingModulePageFactory,
)
from training.models import CheckAttempt, LessonProgress, ModuleCompletion


def browser_test(function):
    """A test in Chromium against the live server."""
    function = pytest.mark.django_db(transaction=True, serialized_rollback=True)(
        function
    )
    return pytest.mark.browser(function)


WAITING = "Waiting to sync"
SYNCED = "Synced"
MARK_DONE_ID = "Tandai pelajaran ini sebagai selesai"
RETRYING = "Waiting to sync: the portal did not answer"
SIGN_IN_TO_SYNC = "Not synced yet: sign in again to send it."
# The worker has installed and keeps every page the module page listed.
PAGES_KEPT = """async (count) => {
    const registration = await navigator.serviceWorker.ready;
    if (!registration.active || !navigator.serviceWorker.controller) return false;
    const cache = await caches.open("portal-pages");
    return (await cache.keys()).length >= count;
}"""
# The queue's requests, as kept in IndexedDB, sent again by hand.
REPLAY = """async (times) => {
    const items = await PortalSync.items();
    const statuses = [];
    for (const item of items) {
        for (let n = 0; n < times; n++) {
            const response = await fetch(item.action, {
                method: "POST",
                body: item.body,
                credentials: "same-origin",
                headers: {"Content-Type": "application/x-www-form-urlencoded"},
            });
            statuses.push(response.status);
        }
    }
    return statuses;
}"""


# Everything kept in the device's queue, whoever it belongs to.
QUEUE = """async () => {
    const database = await new Promise((resolve, reject) => {
        const request = indexedDB.open("portal-offline");
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
    });
    if (!database.objectStoreNames.contains("requests")) return [];
    const items = await new Promise((resolve) => {
        const store = database.transaction("requests").objectStore("requests");
        const request = store.getAll();
        request.onsuccess = () => resolve(request.result);
    });
    database.close();
    return items;
}"""
# Requests kept in the queue, sent by hand under the session signed in now with
# its CSRF token: as a replay that fetches a fresh token would.
REPLAY_UNDER_THIS_SESSION = """async (items) => {
    const csrf = document.querySelector("[name=csrfmiddlewaretoken]").value;
    const statuses = [];
    for (const item of items) {
        const body = new URLSearchParams(item.body);
        body.set("csrfmiddlewaretoken", csrf);
        const response = await fetch(item.action, {
            method: "POST",
            body: body.toString(),
            credentials: "same-origin",
            headers: {"Content-Type": "application/x-www-form-urlencoded"},
        });
        statuses.push(response.status);
    }
    return statuses;
}"""
FLUSH = "async () => { await PortalSync.flush(true); }"
# The kept forms' owner tokens, damaged as a form the portal cannot check.
SPOIL_OWNER_TOKENS = """async () => {
    const database = await new Promise((resolve) => {
        const request = indexedDB.open("portal-offline");
        request.onsuccess = () => resolve(request.result);
    });
    const store = database.transaction("requests", "readwrite").objectStore("requests");
    const items = await new Promise((resolve) => {
        const request = store.getAll();
        request.onsuccess = () => resolve(request.result);
    });
    for (const item of items) {
        const body = new URLSearchParams(item.body);
        body.set("owner_token", body.get("owner_token") + "x");
        item.body = body.toString();
        store.put(item);
    }
    await new Promise((resolve) => { store.transaction.oncomplete = resolve; });
    database.close();
}"""


@pytest.fixture
def module(home_page):
    index = TrainingIndexPageFactory(
        parent=home_page, title="Training", slug="training"
    )
    module = TrainingModulePageFactory(
        parent=index, title="Gatekeeping", slug="gatekeeping", pass_mark=50
    )
    for number in (1, 2):
        LessonPageFactory(
            parent=module, title=f"Lesson {number} offline", slug=f"lesson-{number}"
        )
    CheckQuestionFactory(
        module=module,
        text="Which care comes first?",
        options=[("Kinship care", True), ("A residential centre", False)],
    )
    return module


@pytest.fixture
def lessons(module):
    return list(module.get_children().specific().order_by("path"))


@pytest.fixture
def trainee_tab(browser, live_server, client, trainee):
    """A signed-in trainee's browser, with no route handler (it would bypass the
    service worker), on a phone-sized screen."""
    client.force_login(trainee)
    context = browser.new_context(
        base_url=live_server.url,
        locale="en-GB",
        viewport={"width": 360, "height": 740},
    )
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    refused = []
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text and refused.append(message.text)
        ),
    )
    yield page
    assert not refused, "the Content-Security-Policy refused something"
    context.set_offline(False)
    context.close()


def wait_until(page, script, arg=None, seconds=15):
    """Until the (asynchronous) script is true in the page; wait_for_function
    would take the promise it returns for a true value."""
    deadline = time.monotonic() + seconds
    while not page.evaluate(script, arg):
        assert time.monotonic() < deadline, f"still false after {seconds} s: {script}"
        page.wait_for_timeout(100)


def open_module(page, module, lessons):
    """Open the module online, and wait until its pages are kept on the device."""
    page.goto(module.url)
    wait_until(page, PAGES_KEPT, len(lessons) + 2)


def sync_state(page):
    return page.locator(".sync-state")


def sign_in_as(context, server_url, user):
    """The browser's session becomes `user`'s (as after the sign-in form)."""
    client = Client()
    client.force_login(user)
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": server_url,
            }
        ]
    )


def queue_lesson_and_check_offline(page, module, lessons):
    """Offline: mark the first lesson done and answer the check, both queued."""
    open_module(page, module, lessons)
    page.goto(lessons[0].url)
    page.context.set_offline(True)
    page.reload()
    page.get_by_role("button", name="Mark this lesson as done").click()
    expect(sync_state(page)).to_contain_text(WAITING)
    page.goto(module.url + "check/")
    page.get_by_label("Kinship care").check()
    page.get_by_role("button", name="Send my answers").click()
    expect(sync_state(page)).to_contain_text(WAITING)
    assert len(page.evaluate(QUEUE)) == 2


def records_of(user):
    return (
        LessonProgress.objects.filter(user=user).count(),
        CheckAttempt.objects.filter(user=user).count(),
    )


@browser_test
def test_a_lesson_marked_done_offline_is_recorded_once_back_online(
    trainee_tab, module, lessons, trainee, screenshot
):
    page, lesson = trainee_tab, lessons[0]
    open_module(page, module, lessons)
    page.goto(lesson.url)

    page.context.set_offline(True)
    assert page.reload().from_service_worker
    expect(page.locator("h1")).to_have_text("Lesson 1 offline")
    page.get_by_role("button", name="Mark this lesson as done").click()
    expect(sync_state(page)).to_contain_text(WAITING)
    expect(sync_state(page)).to_have_attribute("role", "status")
    assert not LessonProgress.objects.filter(user=trainee).exists()

    # Still offline, the page read again from the device remembers the wait.
    page.reload()
    expect(sync_state(page)).to_contain_text(WAITING)
    screenshot(page)

    page.context.set_offline(False)
    expect(sync_state(page)).to_contain_text(SYNCED)
    assert LessonProgress.objects.filter(user=trainee, lesson=lesson).count() == 1

    assert page.evaluate(REPLAY, 2) == [200, 200]
    assert LessonProgress.objects.filter(user=trainee).count() == 1


@browser_test
def test_a_lesson_marked_done_as_the_line_drops_is_kept_and_sent_later(
    trainee_tab, module, lessons, trainee
):
    """The browser still believes it is online; the request fails on the way."""
    page, lesson = trainee_tab, lessons[1]
    open_module(page, module, lessons)
    page.goto(lesson.url)
    page.context.route("**/done/", lambda route: route.abort("internetdisconnected"))
    page.get_by_role("button", name="Mark this lesson as done").click()
    expect(sync_state(page)).to_contain_text(WAITING)
    assert not LessonProgress.objects.exists()

    page.context.unroute("**/done/")
    page.reload()
    # Sent by the page as it loads, or by Background Sync before: the page says
    # either "synced" or, rendered after the sync, that the lesson is done.
    expect(page.locator(".sync-state, .lesson-done")).to_contain_text(
        re.compile(f"{SYNCED}|You have done this lesson")
    )
    assert LessonProgress.objects.filter(user=trainee, lesson=lesson).count() == 1


@browser_test
def test_a_check_sent_offline_is_one_attempt_however_often_it_is_replayed(
    trainee_tab, live_server, module, lessons, trainee
):
    page = trainee_tab
    open_module(page, module, lessons)
    check_url = module.url + "check/"
    page.goto(check_url)

    page.context.set_offline(True)
    assert page.reload().from_service_worker
    page.get_by_label("Kinship care").check()
    page.get_by_role("button", name="Send my answers").click()
    expect(sync_state(page)).to_contain_text(WAITING)
    assert not CheckAttempt.objects.exists()

    page.context.set_offline(False)
    expect(sync_state(page)).to_contain_text(SYNCED)
    attempt = CheckAttempt.objects.get(user=trainee)
    assert attempt.passed
    result = sync_state(page).get_by_role("link", name="See your result")
    expect(result).to_have_attribute(
        "href", f"{live_server.url}{check_url}attempts/{attempt.pk}/"
    )

    assert page.evaluate(REPLAY, 2) == [200, 200]
    assert CheckAttempt.objects.count() == 1

    # A second try from the same page is a new attempt, not the first one again.
    page.context.set_offline(True)
    page.get_by_label("A residential centre").check()
    page.get_by_role("button", name="Send my answers").click()
    expect(sync_state(page)).to_contain_text(WAITING)
    page.context.set_offline(False)
    expect(sync_state(page)).to_contain_text(SYNCED)
    assert CheckAttempt.objects.filter(user=trainee).count() == 2


@browser_test
def test_a_page_not_kept_shows_the_offline_page_in_the_readers_language(
    trainee_tab, module, lessons
):
    page = trainee_tab
    open_module(page, module, lessons)
    page.context.set_offline(True)
    page.goto("/vi/")
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    expect(page.locator(".offline-page h1")).to_be_visible()
    # The module's lessons are still there.
    page.goto(lessons[1].url)
    expect(page.locator("h1")).to_have_text("Lesson 2 offline")


@browser_test
def test_pages_kept_for_a_trainee_are_forgotten_once_they_are_signed_out(
    trainee_tab, module, lessons
):
    page = trainee_tab
    open_module(page, module, lessons)
    page.context.clear_cookies()
    page.goto("/en/")
    wait_until(page, "async () => !(await caches.has('portal-pages'))")
    page.context.set_offline(True)
    page.goto(lessons[0].url)
    expect(page.locator(".offline-page")).to_be_visible()


@pytest.fixture
def next_trainee(django_user_model):
    """The next person to use the same phone."""
    user = django_user_model.objects.create_user(
        "ayu", email="ayu@example.org", password="not-a-secret-1"
    )
    user.groups.add(Group.objects.get(name=TRAINEES))
    return user


@browser_test
def test_a_queue_left_by_one_trainee_is_never_recorded_for_the_next(
    trainee_tab, live_server, module, lessons, trainee, next_trainee, screenshot
):
    page, context = trainee_tab, trainee_tab.context
    queue_lesson_and_check_offline(page, module, lessons)

    # Still offline, the trainee's session ends and the next person signs in.
    context.clear_cookies()
    sign_in_as(context, live_server.url, next_trainee)
    context.set_offline(False)
    # The trainee's page, still open, does not send their answers as someone else.
    expect(sync_state(page)).to_contain_text(SIGN_IN_TO_SYNC)

    page.goto(lessons[0].url)
    expect(page.get_by_role("button", name="Mark this lesson as done")).to_be_visible()
    page.evaluate(FLUSH)
    expect(sync_state(page)).to_be_empty()
    screenshot(page)
    assert records_of(next_trainee) == (0, 0)
    assert records_of(trainee) == (0, 0)
    # Sent anyway under this session, the portal refuses them: they are not theirs.
    replayed = page.evaluate(REPLAY_UNDER_THIS_SESSION, page.evaluate(QUEUE))
    assert replayed == [400, 400]
    assert records_of(next_trainee) == (0, 0)
    assert not ModuleCompletion.objects.exists()

    # The trainee signs in again on this phone: their work is sent, once.
    context.clear_cookies()
    sign_in_as(context, live_server.url, trainee)
    page.goto(lessons[0].url)
    expect(sync_state(page)).to_contain_text(SYNCED)
    page.evaluate(FLUSH)
    assert records_of(trainee) == (1, 1)
    assert records_of(next_trainee) == (0, 0)


def open_menu(page):
    """On a phone the header's menus fold under one button."""
    menu = page.locator("details.site-menu")
    if not menu.evaluate("menu => menu.open"):
        menu.locator("summary").click()


@browser_test
def test_signing_out_sends_what_it_can_then_empties_the_queue(
    trainee_tab, live_server, module, lessons, trainee, next_trainee
):
    page, context = trainee_tab, trainee_tab.context
    open_module(page, module, lessons)
    context.set_offline(True)
    page.goto(module.url + "check/")
    page.get_by_label("Kinship care").check()
    page.get_by_role("button", name="Send my answers").click()
    expect(sync_state(page)).to_contain_text(WAITING)
    page.goto(lessons[0].url)
    page.get_by_role("button", name="Mark this lesson as done").click()
    expect(sync_state(page)).to_contain_text(WAITING)
    # A page without a queued form sends nothing: the queue is still full at
    # sign-out, and the portal cannot take the lesson.
    page.goto(module.url)
    context.route("**/done/", lambda route: route.fulfill(status=503, body="busy"))
    context.set_offline(False)

    open_menu(page)
    page.get_by_role("button", name="Sign out").click()
    open_menu(page)
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()
    assert page.evaluate(QUEUE) == []
    wait_until(page, "async () => !(await caches.has('portal-pages'))")
    assert records_of(trainee) == (0, 1)

    context.unroute("**/done/")
    sign_in_as(context, live_server.url, next_trainee)
    page.goto(lessons[0].url)
    page.evaluate(FLUSH)
    assert records_of(next_trainee) == (0, 0)
    assert records_of(trainee) == (0, 1)


@browser_test
def test_a_lesson_sent_after_the_session_ended_waits_for_sign_in(
    trainee_tab, live_server, module, lessons, trainee
):
    page, context = trainee_tab, trainee_tab.context
    open_module(page, module, lessons)
    page.goto(lessons[0].url)
    context.set_offline(True)
    page.reload()
    page.get_by_role("button", name="Mark this lesson as done").click()
    expect(sync_state(page)).to_contain_text(WAITING)

    # The portal answers the form with its sign-in page: that is not "synced".
    context.clear_cookies(name=settings.SESSION_COOKIE_NAME)
    context.set_offline(False)
    expect(sync_state(page)).to_contain_text(SIGN_IN_TO_SYNC)
    expect(sync_state(page).get_by_role("link", name="Sign in")).to_have_attribute(
        "href", re.compile(r"^/en/accounts/login/\?next=")
    )
    assert not LessonProgress.objects.exists()

    # Until the worker's Background Sync is answered too: signing in while a
    # request is on its way would turn the sign-in page into the lesson page.
    page.evaluate(FLUSH)
    sign_in_as(context, live_server.url, trainee)
    page.reload()
    expect(sync_state(page)).to_contain_text(SYNCED)
    assert LessonProgress.objects.filter(user=trainee).count() == 1


@browser_test
def test_a_lesson_the_portal_was_too_busy_for_is_sent_again(
    trainee_tab, module, lessons, trainee
):
    page, context = trainee_tab, trainee_tab.context
    open_module(page, module, lessons)
    page.goto(lessons[0].url)
    context.set_offline(True)
    page.reload()
    page.get_by_role("button", name="Mark this lesson as done").click()
    expect(sync_state(page)).to_contain_text(WAITING)

    answered = []

    def busy_once(route):
        answered.append(route.request.method)
        if len(answered) == 1:
            route.fulfill(status=503, body="busy")
        else:
            route.continue_()

    context.route("**/done/", busy_once)
    context.set_offline(False)
    expect(sync_state(page)).to_contain_text(RETRYING)
    assert not LessonProgress.objects.exists()
    expect(sync_state(page)).to_contain_text(SYNCED)
    assert LessonProgress.objects.filter(user=trainee).count() == 1
    assert answered == ["POST", "POST"]


@browser_test
def test_a_form_the_portal_refuses_says_why_in_the_readers_language(
    trainee_tab, module, lessons
):
    """Not "synced", nor waiting for ever: refused, with the portal's reason."""
    page, context = trainee_tab, trainee_tab.context
    open_module(page, module, lessons)
    page.goto(url_in("id", lessons[0]))
    context.set_offline(True)
    page.get_by_role("button", name=MARK_DONE_ID).click()
    expect(sync_state(page)).to_contain_text("Menunggu sinkronisasi")
    page.evaluate(SPOIL_OWNER_TOKENS)
    context.set_offline(False)

    expect(sync_state(page)).to_contain_text(
        "Tidak dapat disinkronkan: tidak ada yang dicatat. Formulir ini tidak dapat "
        "diperiksa"
    )
    assert not LessonProgress.objects.exists()


@pytest.mark.django_db
def test_the_service_worker_covers_the_whole_site_and_is_never_cached(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "no-cache" in response["Cache-Control"]
    body = response.content.decode()
    assert '"ar": "/ar/offline/"' in body
    # A lesson opened for the first time offline still queues its form.
    assert "js/offline-forms.js" in body.split("importScripts(")[0]
    assert "importScripts(" in body


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "id", "vi", "ar"])
def test_the_manifest_installs_the_portal_in_the_readers_language(
    client, home_page, code
):
    response = client.get(f"/{code}/manifest.webmanifest")
    assert response.status_code == 200
    manifest = json.loads(response.content)
    assert manifest["start_url"] == f"/{code}/"
    assert manifest["display"] == "standalone"
    assert manifest["lang"] == code
    assert manifest["dir"] == ("rtl" if code == "ar" else "ltr")
    assert [icon["sizes"] for icon in manifest["icons"]] == ["192x192", "512x512"]
    for icon in manifest["icons"]:
        assert finders.find(icon["src"].removeprefix(settings.STATIC_URL))


@pytest.mark.django_db
def test_pages_link_the_manifest_and_load_every_script_from_a_file(client, home_page):
    html = client.get("/id/").content.decode()
    assert '<link rel="manifest" href="/id/manifest.webmanifest">' in html
    assert 'data-worker="/sw.js"' in html
    assert "<script>" not in html
    assert " onclick=" not in html
