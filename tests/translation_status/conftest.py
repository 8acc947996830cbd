import pytest
from django.contrib.auth.models import Permission

from portal.glossary.models import GlossaryTerm
from tests.security.two_factor import enrol


@pytest.fixture
def admin_reader(django_user_model):
    """May open the Wagtail admin but edit nothing."""
    user = django_user_model.objects.create_user(
        username="reader", password="not-a-secret-1"
    )
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    enrol(user)
    return user


@pytest.fixture
def gatekeeping_term(db):
    """A glossary term translated into every language."""
    return GlossaryTerm.objects.create(
        key="gatekeeping",
        term_en="Gatekeeping",
        term_ind="Gatekeeping (penjagaan pintu masuk)",
        term_vi="Kiểm soát đầu vào",
        term_ar="ضبط الإيداع",
        definition_en="Placing a child in residential care only when truly necessary.",
        definition_ind="Menempatkan anak di panti hanya bila benar-benar perlu.",
        definition_vi="Chỉ đưa trẻ vào cơ sở nuôi dưỡng khi thật sự cần thiết.",
        definition_ar="إيداع الطفل في الرعاية المؤسسية فقط عند الضرورة القصوى.",
    )
