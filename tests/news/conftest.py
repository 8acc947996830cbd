import datetime

import pytest
from wagtail_factories import ImageFactory

from news.factories import NewsIndexPageFactory, NewsPageFactory
from portal.centres.factories import CentreFactory
from portal.centres.models import Centre, Country
from portal.topics.factories import TopicFactory


@pytest.fixture
def news_index(home_page):
    """The news section, with its address translated into every language."""
    return NewsIndexPageFactory(
        parent=home_page,
        title_ind="Berita",
        slug_ind="berita",
        title_vi="Tin tức",
        slug_vi="tin-tuc",
        title_ar="الأخبار",
        slug_ar="الأخبار",
        intro_en="News from the centres that train with the portal.",
    )


@pytest.fixture
def jambi(db):
    return CentreFactory(
        slug="jambi-childrens-centre",
        name="Jambi Children's Centre",
        name_ind="Sentra Anak Jambi",
        name_vi="Trung tâm trẻ em Jambi",
        name_ar="مركز الأطفال في جامبي",
        place="Jambi",
        country=Country.INDONESIA,
    )


@pytest.fixture
def mataram(db):
    return CentreFactory(
        slug="mataram-rehabilitation-centre",
        name="Mataram Children's Social Rehabilitation Centre",
        name_ind="Sentra Rehabilitasi Sosial Anak Mataram",
        place="Mataram, West Nusa Tenggara",
        country=Country.INDONESIA,
        kind=Centre.Kind.REHABILITATION_CENTRE,
    )


@pytest.fixture
def nghe_an(db):
    return CentreFactory(
        slug="nghe-an-social-affairs",
        name="Nghe An Department of Social Affairs",
        name_vi="Sở Lao động - Thương binh và Xã hội Nghệ An",
        place="Nghe An",
        country=Country.VIETNAM,
        kind=Centre.Kind.SOCIAL_AFFAIRS_OFFICE,
    )


@pytest.fixture
def gatekeeping(db):
    return TopicFactory(
        slug="gatekeeping",
        name="Gatekeeping",
        name_ind="Gatekeeping pengasuhan",
        name_vi="Kiểm soát đầu vào chăm sóc thay thế",
        name_ar="ضبط الإيداع في الرعاية",
    )


@pytest.fixture
def reintegration(db):
    return TopicFactory(
        slug="reintegration",
        name="Preparing children for reintegration",
        name_ind="Persiapan reintegrasi anak",
        name_vi="Chuẩn bị cho trẻ tái hòa nhập",
        name_ar="إعداد الأطفال لإعادة الإدماج",
    )


@pytest.fixture
def case_conference(news_index, jambi, reintegration):
    """A story written in English and Indonesian only."""
    return NewsPageFactory(
        parent=news_index,
        title="Jambi centre holds its case conference online",
        slug="jambi-case-conference-online",
        title_ind="Sentra Jambi menggelar konferensi kasus secara daring",
        slug_ind="konferensi-kasus-jambi-daring",
        summary=(
            "Sixteen staff reviewed each child's plan by video call during the "
            "pandemic: return to the family, or stay at the centre."
        ),
        summary_ind=(
            "Enam belas staf meninjau rencana setiap anak lewat panggilan video "
            "selama pandemi: kembali ke keluarga atau tetap di sentra."
        ),
        date=datetime.date(2020, 4, 28),
        centres=[jambi],
        topics=[reintegration],
    )


@pytest.fixture
def nghe_an_training(news_index, nghe_an, gatekeeping):
    """A story written in all four languages."""
    return NewsPageFactory(
        parent=news_index,
        title="More than 500 officers trained in Nghe An",
        slug="nghe-an-officers-trained",
        title_ind="Lebih dari 500 petugas dilatih di Nghe An",
        slug_ind="petugas-nghe-an-dilatih",
        title_vi="Hơn 500 cán bộ được tập huấn tại Nghệ An",
        slug_vi="can-bo-nghe-an-tap-huan",
        title_ar="تدريب أكثر من 500 موظف في نغيه آن",
        slug_ar="تدريب-موظفي-نغيه-آن",
        summary=(
            "Officers from districts and communes learned to spot children at risk."
        ),
        summary_ind="Petugas kabupaten dan desa belajar mengenali anak yang berisiko.",
        summary_vi="Cán bộ huyện và xã học cách phát hiện trẻ có nguy cơ.",
        summary_ar="تعلّم موظفو المناطق والبلديات التعرف على الأطفال المعرضين للخطر.",
        date=datetime.date(2022, 12, 15),
        centres=[nghe_an],
        topics=[gatekeeping],
    )


@pytest.fixture
def media_root(settings, tmp_path):
    """Pictures and their renditions are written to a folder of this test's own."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def photo(media_root):
    """A real JPEG, as an editor uploads it."""
    return ImageFactory(
        title="Staff at a case conference", file__width=1600, file__height=900
    )
