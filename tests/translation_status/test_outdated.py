"""A translation is flagged when its English changes, until updated or confirmed."""

import re

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models.deletion import Collector
from django.db.models.signals import post_delete
from django.test import Client
from django.urls import reverse

from portal.accounts.roles import EDITORS
from portal.translation_status.models import TranslationSource
from portal.translation_status.tracked import tracked_models

REPORT = reverse("translation_status:report")
CONFIRM = reverse("translation_status:confirm")


def outdated(client, obj, language):
    response = client.get(REPORT)
    [row] = [
        row
        for row in response.context["object_list"]
        if row.obj.pk == obj.pk and type(row.obj) is type(obj)
    ]
    return [field.name for field in row.languages[language].outdated]


def confirm(client, obj, field_name, language, /, **extra):
    data = {
        "content_type": ContentType.objects.get_for_model(obj).pk,
        "object_id": obj.pk,
        "field_name": field_name,
        "language": language,
        "next": f"{REPORT}?language={language}",
    }
    return client.post(CONFIRM, {**data, **extra})


def test_a_snippet_translation_is_outdated_when_its_english_changes(
    editor_client, gatekeeping_term
):
    assert outdated(editor_client, gatekeeping_term, "ar") == []

    gatekeeping_term.definition_en = "Keeping children with their families first."
    gatekeeping_term.save()

    assert outdated(editor_client, gatekeeping_term, "ar") == ["definition"]
    assert outdated(editor_client, gatekeeping_term, "vi") == ["definition"]
    html = editor_client.get(REPORT).content.decode()
    assert "Outdated:" in html


def test_confirming_clears_the_flag_for_that_language_only(
    client, admin_user, gatekeeping_term
):
    client.force_login(admin_user)
    gatekeeping_term.definition_en = "Keeping children with their families first."
    gatekeeping_term.save()

    response = confirm(client, gatekeeping_term, "definition", "ar")

    assert response.status_code == 302
    assert response.url == f"{REPORT}?language=ar"
    assert outdated(client, gatekeeping_term, "ar") == []
    assert outdated(client, gatekeeping_term, "vi") == ["definition"]


def test_editing_the_translation_clears_the_flag(client, admin_user, gatekeeping_term):
    client.force_login(admin_user)
    gatekeeping_term.term_en = "Gatekeeping in child protection"
    gatekeeping_term.save()
    assert outdated(client, gatekeeping_term, "vi") == ["term"]

    gatekeeping_term.term_vi = "Kiểm soát đầu vào trong bảo vệ trẻ em"
    gatekeeping_term.save()

    assert outdated(client, gatekeeping_term, "vi") == []
    assert outdated(client, gatekeeping_term, "ar") == ["term"]


def test_publishing_a_page_records_and_flags_its_translations(
    editor_client, about_page
):
    about_page.intro_ar = "تدرّب البوابة العاملين في حماية الطفل."
    about_page.save_revision().publish()

    about_page.intro_en = "The portal trains and supports child-protection staff."
    about_page.save_revision().publish()
    assert outdated(editor_client, about_page, "ar") == ["intro"]
    assert outdated(editor_client, about_page, "id") == ["intro"]

    about_page.intro_ar = "تدرّب البوابة العاملين في حماية الطفل وتدعمهم."
    about_page.save_revision().publish()
    assert outdated(editor_client, about_page, "ar") == []
    assert outdated(editor_client, about_page, "id") == ["intro"]


def test_a_draft_shows_its_own_state_before_it_is_published(editor_client, about_page):
    about_page.intro_en = "The portal trains and supports child-protection staff."
    about_page.save_revision()  # draft only: the live row keeps the old English
    assert outdated(editor_client, about_page, "id") == ["intro"]

    about_page.intro_ind = "Portal ini melatih dan mendukung tenaga perlindungan anak."
    about_page.save_revision()
    assert outdated(editor_client, about_page, "id") == []


def test_confirming_a_page_draft_through_the_report(editor_client, about_page):
    about_page.title_en = "About this portal"
    about_page.save_revision()
    assert outdated(editor_client, about_page, "vi") == ["title"]

    confirm(editor_client, about_page, "title", "vi")

    assert outdated(editor_client, about_page, "vi") == []


def test_content_without_a_record_is_not_outdated_and_recorded_on_save(
    editor_client, gatekeeping_term
):
    TranslationSource.objects.all().delete()
    gatekeeping_term.definition_en = "Keeping children with their families first."
    gatekeeping_term.save()
    assert outdated(editor_client, gatekeeping_term, "ar") == []

    gatekeeping_term.definition_en = "Placing a child in care only when necessary."
    gatekeeping_term.save()
    assert outdated(editor_client, gatekeeping_term, "ar") == ["definition"]


def test_confirming_without_a_csrf_token_is_rejected(editor, gatekeeping_term):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)

    response = confirm(client, gatekeeping_term, "definition", "ar")

    assert response.status_code == 403


def test_the_report_confirm_form_carries_a_working_csrf_token(moderator, about_page):
    client = Client(enforce_csrf_checks=True)
    client.force_login(moderator)
    about_page.intro_ind = "Portal ini melatih tenaga perlindungan anak Indonesia."
    about_page.save_revision().publish()
    about_page.intro_en = "The portal trains and supports child-protection staff."
    about_page.save_revision().publish()

    html = client.get(REPORT).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    response = confirm(client, about_page, "intro", "id", csrfmiddlewaretoken=token)

    assert response.status_code == 302
    assert outdated(client, about_page, "id") == []


def test_a_user_who_cannot_edit_the_object_cannot_confirm(
    editor_client, gatekeeping_term
):
    # Glossary terms need a permission of their own; take it from the Editors.
    Group.objects.get(name=EDITORS).permissions.remove(
        *Permission.objects.filter(codename__endswith="_glossaryterm")
    )
    gatekeeping_term.definition_en = "Keeping children with their families first."
    gatekeeping_term.save()
    assert "csrfmiddlewaretoken" not in editor_client.get(REPORT).content.decode()

    response = confirm(editor_client, gatekeeping_term, "definition", "ar")

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert outdated(editor_client, gatekeeping_term, "ar") == ["definition"]


def test_a_forged_confirmation_is_turned_away_cleanly(client, admin_user, about_page):
    client.force_login(admin_user)

    for bad in (
        {"field_name": "owner"},
        {"object_id": "not-a-number"},
        {"object_id": "999999"},
        {"language": "en"},
        {"content_type": "999999"},
    ):
        response = confirm(client, about_page, "intro", "ar", **bad)
        assert response.status_code == 302
        assert response.url == REPORT


def test_an_unsafe_return_address_is_ignored(client, admin_user, gatekeeping_term):
    client.force_login(admin_user)

    response = confirm(
        client, gatekeeping_term, "term", "ar", next="https://evil.example/"
    )

    assert response.url == REPORT


def test_deleting_an_object_forgets_its_records(gatekeeping_term, about_page):
    # Django clears an object's pk on delete: look its records up beforehand.
    records = [
        TranslationSource.objects.filter(
            content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk)
        )
        for obj in (gatekeeping_term, about_page)
    ]
    assert all(queryset.exists() for queryset in records)

    gatekeeping_term.delete()
    about_page.delete()

    assert not any(queryset.exists() for queryset in records)


def test_only_tracked_models_are_listened_to_on_delete():
    assert all(post_delete.has_listeners(model) for model in tracked_models())
    # Its own records (and any model not tracked) keep the one-query delete.
    assert not post_delete.has_listeners(TranslationSource)
    assert Collector(using="default").can_fast_delete(TranslationSource.objects.all())
