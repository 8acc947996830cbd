import pytest

from library.factories import LibraryIndexPageFactory, ResourcePageFactory
from portal.topics.factories import TopicFactory

from .documents import pdf_document


@pytest.fixture
def media_root(settings, tmp_path):
    """Documents are written to a folder of this test's own."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def library(home_page):
    """The library, with its address translated into every language."""
    return LibraryIndexPageFactory(
        parent=home_page,
        title_ind="Perpustakaan sumber daya",
        slug_ind="perpustakaan",
        title_vi="Thư viện tài liệu",
        slug_vi="thu-vien-tai-lieu",
        title_ar="مكتبة الموارد",
        slug_ar="مكتبة-الموارد",
        intro_en="Guides, forms and training materials to download.",
    )


@pytest.fixture
def gatekeeping(db):
    return TopicFactory(
        slug="gatekeeping",
        name="Gatekeeping",
        name_ind="Penapisan pengasuhan",
        name_vi="Sàng lọc đầu vào",
        name_ar="ضبط الدخول إلى الرعاية",
    )


@pytest.fixture
def reintegration(db):
    return TopicFactory(slug="reintegration", name="Reintegration")


@pytest.fixture
def checklist(library, gatekeeping, media_root):
    """A toolkit with a PDF in English and Arabic, its texts in all languages."""
    return ResourcePageFactory(
        parent=library,
        title="Gatekeeping decision checklist",
        slug="gatekeeping-decision-checklist",
        title_ind="Daftar periksa keputusan penapisan pengasuhan",
        slug_ind="daftar-periksa-penapisan",
        title_vi="Bảng kiểm quyết định sàng lọc đầu vào",
        slug_vi="bang-kiem-sang-loc",
        title_ar="قائمة التحقق لقرار ضبط الدخول إلى الرعاية",
        slug_ar="قائمة-التحقق",
        summary="Ten questions to answer before any placement.",
        summary_ind="Sepuluh pertanyaan sebelum penempatan apa pun.",
        summary_vi="Mười câu hỏi trước mọi quyết định đưa trẻ vào cơ sở.",
        summary_ar="عشرة أسئلة قبل أي إيداع.",
        resource_type="toolkit",
        countries=["ID", "VN"],
        year=2023,
        publisher="Children's centres support network",
        publisher_ind="Jaringan Pendukung Balai Anak",
        publisher_vi="Mạng lưới hỗ trợ trung tâm bảo trợ trẻ em",
        publisher_ar="شبكة دعم مراكز رعاية الأطفال",
        audience_roles=["social_worker", "supervisor"],
        link_en="",
        document_en=pdf_document(
            "en", "Gatekeeping decision checklist", "Draw an ecomap of the family."
        ),
        document_ar=pdf_document("ar", "قائمة التحقق", "من قام بالإحالة؟"),
        topics=[gatekeeping],
    )
