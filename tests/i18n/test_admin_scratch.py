import pytest
from django.urls import reverse


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "e@example.org", "x" * 12)
    client.force_login(user)
    return client


def test_scratch(admin_client, about_page):
    r = admin_client.get(reverse("wagtailadmin_pages:edit", args=[about_page.id]))
    open("/tmp/scratch/edit.html", "w").write(r.content.decode())
    r = admin_client.get(reverse("wagtailsnippets_glossary_glossaryterm:add"))
    open("/tmp/scratch/snippet.html", "w").write(r.content.decode())
