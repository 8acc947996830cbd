"""Editors write a resource in the admin: a file or link field per language."""

from django.urls import reverse

from library.models import ResourcePage


def test_the_edit_form_has_a_file_and_a_link_per_language(editor_client, checklist):
    response = editor_client.get(
        reverse("wagtailadmin_pages:edit", args=[checklist.pk])
    )

    assert response.status_code == 200
    html = response.content.decode()
    for suffix in ("en", "ind", "vi", "ar"):
        assert f'name="document_{suffix}"' in html
        assert f'name="link_{suffix}"' in html


def test_an_editor_cannot_save_a_resource_without_a_file_or_link(
    editor_client, checklist
):
    url = reverse("wagtailadmin_pages:edit", args=[checklist.pk])
    form = editor_client.get(url).context["form"]
    data = {
        name: value
        for name, value in form.initial.items()
        if value is not None and not isinstance(value, list | dict)
    }
    data.update(
        {
            **{f"document_{s}": "" for s in ("en", "ind", "vi", "ar")},
            **{f"link_{s}": "" for s in ("en", "ind", "vi", "ar")},
            "topics": [topic.pk for topic in checklist.topics.all()],
            "countries": checklist.countries,
            "audience_roles": checklist.audience_roles,
            "comments-TOTAL_FORMS": 0,
            "comments-INITIAL_FORMS": 0,
        }
    )

    response = editor_client.post(url, data)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Add a file or a link, in at least one language." in html
    checklist.refresh_from_db()
    assert checklist.document_en_id is not None
    assert ResourcePage.objects.get(pk=checklist.pk).document_ar_id is not None
