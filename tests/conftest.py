import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test.client import ClientMixin
from django.utils import translation
from wagtail.models import Page

from library import extraction
from portal.accounts.factories import StaffProfileFactory
from portal.accounts.roles import EDITORS, MODERATORS, TRAINEES
from portal.centres.factories import CentreFactory
from portal.home.factories import ContentPageFactory, HomePageFactory, make_default_site
from portal.security import two_factor
from tests.security.two_factor import code_given, enrol

TRANSLATED_HOME = {
    "title_ind": "Beranda",
    "slug_ind": "beranda",
    "title_vi": "Trang chủ",
    "slug_vi": "trang-chu",
    "title_ar": "الرئيسية",
    "slug_ar": "الرئيسية",
    "hero_heading_ind": "Pelatihan dan pengetahuan bagi pekerja perlindungan anak",
    "hero_heading_vi": "Đào tạo và kiến thức cho cán bộ bảo vệ trẻ em",
    "hero_heading_ar": "تدريب ومعرفة للعاملين في حماية الطفل",
}


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: cached pages must not leak across tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def forced_sign_ins_include_the_code(monkeypatch):
    """`force_login()` stands for a finished sign-in: for a person with an
    authenticator app, password and code (tests/security sign in for real)."""
    force_login = ClientMixin.force_login

    def signed_in(client, user, backend=None):
        force_login(client, user, backend)
        if two_factor.enrolled(user):
            code_given(client, user)

    monkeypatch.setattr(ClientMixin, "force_login", signed_in)


@pytest.fixture(autouse=True)
def english_between_requests():
    """A request leaves its reader's language active; factories' plain fields
    (`name`, `title`) must be the English ones in every test."""
    translation.activate("en")
    yield
    translation.activate("en")


def _user_in(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(
        username=username, email=f"{username}@example.org", password="not-a-secret-1"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(django_user_model):
    """An editor with an authenticator app, as the admin requires."""
    user = _user_in(django_user_model, "editor", EDITORS)
    user.totp_secret = enrol(user)
    return user


@pytest.fixture
def moderator(django_user_model):
    """A moderator with an authenticator app, as the admin requires."""
    user = _user_in(django_user_model, "moderator", MODERATORS)
    user.totp_secret = enrol(user)
    return user


@pytest.fixture
def admin_user(admin_user):
    """pytest-django's superuser, with an authenticator app as the admin requires."""
    admin_user.totp_secret = enrol(admin_user)
    return admin_user


@pytest.fixture
def trainee(django_user_model):
    return _user_in(django_user_model, "trainee", TRAINEES)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


@pytest.fixture
def home_page(db):
    """A home page translated into all four languages, root of the default site."""
    root = Page.get_first_root_node()
    # Like the demo loader, replace the "Welcome" page Wagtail's migrations create.
    root.get_children().delete()
    home = HomePageFactory(parent=root, **TRANSLATED_HOME)
    make_default_site(home)
    return home


@pytest.fixture
def about_page(home_page):
    """A content page with a translated slug in every language; its intro only in
    English and Indonesian."""
    return ContentPageFactory(
        parent=home_page,
        title="About the portal",
        slug="about",
        title_ind="Tentang portal",
        slug_ind="tentang-portal",
        title_vi="Giới thiệu cổng thông tin",
        slug_vi="gioi-thieu",
        title_ar="عن البوابة",
        slug_ar="عن-البوابة",
        intro_en="The portal trains the child-protection workforce.",
        intro_ind="Portal ini melatih tenaga perlindungan anak.",
        show_in_menus=True,
    )


@pytest.fixture
def staff_centre(db):
    """The centre of the staff fixtures below."""
    return CentreFactory(slug="jambi", name="Jambi children's centre")


@pytest.fixture
def approved_trainee(staff_centre):
    """A trainee whose sign-up a supervisor approved; they read in Indonesian."""
    return StaffProfileFactory(
        approved=True,
        centre=staff_centre,
        full_name="Siti Rahma",
        preferred_language="id",
        user__username="siti",
    ).user


@pytest.fixture
def supervisor(staff_centre):
    """A supervisor of `staff_centre`, who reads in English, with an authenticator
    app as other people's records require."""
    user = StaffProfileFactory(
        supervisor=True,
        centre=staff_centre,
        full_name="Budi Santoso",
        preferred_language="en",
        supervised_centres=[staff_centre],
        user__username="budi",
    ).user
    user.totp_secret = enrol(user)
    return user


@pytest.fixture
def extractions(monkeypatch):
    """Counts the files whose text is read."""
    counted = {"files": 0}
    extract = extraction.extract_text

    def counting_extract(data, extension):
        counted["files"] += 1
        return extract(data, extension)

    monkeypatch.setattr(extraction, "extract_text", counting_extract)
    return counted
