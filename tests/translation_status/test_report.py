"""The translation status report in the Wagtail admin."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from portal.glossary.models import GlossaryTerm
from portal.home.factories import ContentPageFactory

REPORT = reverse("translation_status:report")


def listed(response):
    return [row.obj for row in response.context["object_list"]]


def row_for(response, obj):
    [row] = [
        row
        for row in response.context["object_list"]
        if row.obj.pk == obj.pk and type(row.obj) is type(obj)
    ]
    return row


def test_it_lists_a_page_with_its_missing_arabic_fields(editor_client, about_page):
    response = editor_client.get(REPORT)

    assert response.status_code == 200
    arabic = row_for(response, about_page).languages["ar"]
    assert [field.name for field in arabic.missing] == ["intro"]
    assert row_for(response, about_page).languages["id"].is_complete
    html = response.content.decode()
    assert "About the portal" in html
    assert "Introduction" in html
    assert reverse("wagtailadmin_pages:edit", args=[about_page.pk]) in html


def test_the_language_filter_keeps_only_objects_with_work_left_in_it(
    editor_client, home_page, about_page
):
    arabic = editor_client.get(REPORT, {"language": "ar"})
    indonesian = editor_client.get(REPORT, {"language": "id"})

    assert about_page in listed(arabic)
    assert home_page not in listed(arabic)
    assert about_page not in listed(indonesian)


def test_the_state_and_type_filters(
    editor_client, home_page, about_page, gatekeeping_term
):
    complete = editor_client.get(REPORT, {"state": "complete"})
    missing = editor_client.get(REPORT, {"state": "missing"})
    terms = editor_client.get(REPORT, {"content_type": "glossary.glossaryterm"})

    assert home_page in listed(complete)
    assert gatekeeping_term in listed(complete)
    assert about_page not in listed(complete)
    assert listed(missing) == [about_page]
    assert listed(terms) == [gatekeeping_term]


def test_a_glossary_term_appears_with_its_missing_fields(editor_client, db):
    term = GlossaryTerm.objects.create(
        key="kinship-care",
        term_en="Kinship care",
        term_vi="Chăm sóc bởi họ hàng",
        definition_en="Care of a child by relatives or close family friends.",
    )

    response = editor_client.get(REPORT)

    row = row_for(response, term)
    assert [field.name for field in row.languages["vi"].missing] == ["definition"]
    assert [field.name for field in row.languages["ar"].missing] == [
        "term",
        "definition",
    ]
    assert "Kinship care" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        {"language": "xx"},
        {"state": "everything"},
        {"content_type": "auth.user"},
        {"p": "999"},
        {"p": "abc"},
    ],
)
def test_a_bad_filter_value_gives_a_clean_page(editor_client, about_page, query):
    response = editor_client.get(REPORT, query)

    assert response.status_code == 200


def test_the_results_fragment_renders_for_filter_refreshes(editor_client, about_page):
    response = editor_client.get(
        reverse("translation_status:report_results"), {"language": "ar"}
    )

    assert response.status_code == 200
    assert listed(response) == [about_page]


def test_a_trainee_is_kept_out(client, trainee, about_page):
    client.force_login(trainee)

    response = client.get(REPORT)

    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


def test_an_admin_user_who_edits_nothing_is_refused(client, admin_reader):
    client.force_login(admin_reader)

    response = client.get(REPORT)

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


def test_moderators_and_superusers_see_the_report(client, moderator, admin_user):
    for user in (moderator, admin_user):
        client.force_login(user)
        assert client.get(REPORT).status_code == 200


def test_the_reports_menu_offers_it_to_those_who_edit(client, editor, admin_reader):
    client.force_login(editor)
    assert REPORT in client.get(reverse("wagtailadmin_home")).content.decode()

    client.force_login(admin_reader)
    assert REPORT not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_query_count_does_not_grow_with_the_rows(
    editor_client, home_page, about_page, gatekeeping_term
):
    editor_client.get(REPORT)  # warm the per-process caches (content types)
    with CaptureQueriesContext(connection) as few:
        editor_client.get(REPORT)

    for n in range(12):
        page = ContentPageFactory(parent=home_page, intro_ar=f"مقدمة {n}")
        page.intro_en = f"Changed introduction {n}"
        page.save_revision()  # a draft, read from its revision
        GlossaryTerm.objects.create(key=f"term-{n}", term_en=f"Term {n}")
    editor_client.get(REPORT)  # content changed: warm the shared site cache again
    with CaptureQueriesContext(connection) as many:
        response = editor_client.get(REPORT)

    assert len(response.context["object_list"]) == 27
    assert len(many) <= len(few) + 1  # + the one query for the drafts' revisions
