import pytest
from django.urls import reverse
from wagtail.models import Page
from portal.home.factories import ContentPageFactory


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "e@example.org", "x" * 12)
    client.force_login(user)
    return client


def dump():
    for p in Page.objects.order_by("path"):
        print(p.id, p.path, p.slug_en, p.slug_ar, p.slug_vi, p.url_path_en, p.url_path_ar, p.url_path_vi)


def test_scratch(admin_client, about_page, home_page):
    training = ContentPageFactory(parent=home_page, title="Training", slug="training", slug_ar="تدريب", slug_vi="đào-tạo")
    ContentPageFactory(parent=training, title="About us", slug="about-us", slug_ar="عن-البوابة", slug_vi="nhóm")
    url = reverse("wagtailadmin_pages:move_confirm", args=[about_page.id, training.id])
    r = admin_client.get(url)
    print(r.status_code, r.get("Location"))
    r = admin_client.post(url)
    print(r.status_code, r.get("Location"))
    dump()
