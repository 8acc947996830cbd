import pytest

from training.factories import (
    CheckQuestionFactory,
    LessonPageFactory,
    TrainingIndexPageFactory,
    TrainingModulePageFactory,
)
from training.models import QuestionKind


@pytest.fixture
def training_index(home_page):
    """The training section, with its address translated into every language."""
    return TrainingIndexPageFactory(
        parent=home_page,
        title_ind="Pelatihan",
        slug_ind="pelatihan",
        title_vi="Đào tạo",
        slug_vi="dao-tao",
        title_ar="التدريب",
        slug_ar="التدريب",
        intro_en="Short modules for staff of children's centres.",
    )


@pytest.fixture
def gatekeeping(training_index):
    """A module in four languages, with two lessons and a check of three questions."""
    module = TrainingModulePageFactory(
        parent=training_index,
        title="Gatekeeping: care only when necessary",
        slug="gatekeeping",
        title_ind="Gatekeeping: pengasuhan hanya bila perlu",
        slug_ind="gatekeeping-pengasuhan",
        title_vi="Kiểm soát đầu vào: chỉ chăm sóc thay thế khi cần thiết",
        slug_vi="kiem-soat-dau-vao",
        title_ar="ضبط الإيداع: الرعاية عند الضرورة فقط",
        slug_ar="ضبط-الإيداع",
        summary_ind="Tempatkan anak di panti hanya bila benar-benar perlu.",
        summary_vi="Chỉ đưa trẻ vào cơ sở chăm sóc khi thật sự cần thiết.",
        summary_ar="لا يُودَع الطفل في الرعاية المؤسسية إلا عند الضرورة.",
        pass_mark=60,
    )
    LessonPageFactory(
        parent=module,
        title="Identification and referral",
        slug="referral",
        title_ind="Identifikasi dan rujukan",
        slug_ind="rujukan",
        title_vi="Phát hiện và chuyển tuyến",
        slug_vi="chuyen-tuyen",
        title_ar="التعرّف والإحالة",
        slug_ar="الإحالة",
    )
    LessonPageFactory(
        parent=module,
        title="Assessment before any placement",
        slug="assessment",
        title_ind="Asesmen sebelum penempatan",
        slug_ind="asesmen",
        title_vi="Đánh giá trước khi sắp xếp chăm sóc",
        slug_vi="danh-gia",
        title_ar="التقييم قبل أي إيداع",
        slug_ar="التقييم",
    )
    CheckQuestionFactory(
        module=module,
        text="Which care comes first when a child cannot stay at home?",
        text_ind="Pengasuhan mana yang utama bila anak tidak bisa tinggal di rumah?",
        text_vi="Hình thức chăm sóc nào được ưu tiên khi trẻ không thể ở nhà?",
        text_ar="أي رعاية تأتي أولاً حين لا يستطيع الطفل البقاء في بيته؟",
        kind=QuestionKind.SINGLE,
        options=[("Kinship or foster care", True), ("A residential centre", False)],
    )
    CheckQuestionFactory(
        module=module,
        text="Who can identify and refer a child at risk?",
        kind=QuestionKind.MULTIPLE,
        options=[("Teachers", True), ("Community networks", True), ("Nobody", False)],
    )
    CheckQuestionFactory(
        module=module,
        text="Gatekeeping is a single decision taken once.",
        kind=QuestionKind.TRUE_FALSE,
        options=[("True", False), ("False", True)],
    )
    return module


@pytest.fixture
def lessons(gatekeeping):
    return list(gatekeeping.get_children().specific().order_by("path"))


@pytest.fixture
def trainee_client(client, trainee):
    client.force_login(trainee)
    return client
