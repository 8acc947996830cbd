"""The training section and its four modules, from the project's brief on the
field; written in our own words, with no real child's name or story."""

from ...translated import TrainingIndexContent, Translated
from .autism import AUTISM
from .community_case_management import COMMUNITY_CASE_MANAGEMENT
from .gatekeeping import GATEKEEPING
from .reintegration import REINTEGRATION

TRAINING_INDEX = TrainingIndexContent(
    title=Translated(en="Training", id="Pelatihan", vi="Đào tạo", ar="التدريب"),
    slug=Translated(en="training", id="pelatihan", vi="dao-tao", ar="التدريب"),
    intro=Translated(
        en="Short training modules for the staff of children's centres and "
        "social-affairs offices, readable on a phone. Every lesson is open to all; "
        "sign in to keep your progress and take each module's knowledge check.",
        id="Modul pelatihan singkat bagi petugas balai anak dan dinas sosial, yang "
        "dapat dibaca di ponsel. Setiap pelajaran terbuka untuk semua; masuk untuk "
        "menyimpan kemajuan Anda dan mengerjakan uji pengetahuan di setiap modul.",
        vi="Các học phần đào tạo ngắn dành cho cán bộ trung tâm bảo trợ trẻ em và cơ "
        "quan xã hội, có thể đọc trên điện thoại. Mọi bài học đều mở cho tất cả mọi "
        "người; hãy đăng nhập để lưu tiến độ và làm bài kiểm tra kiến thức của từng "
        "học phần.",
        ar="وحدات تدريبية قصيرة للعاملين في مراكز رعاية الأطفال ومديريات الشؤون "
        "الاجتماعية، تمكن قراءتها على الهاتف. كل درس متاح للجميع؛ سجّل الدخول "
        "لحفظ تقدّمك وأداء اختبار المعرفة في كل وحدة تدريبية.",
    ),
)

# Prerequisites first: a module names the modules it builds on.
MODULES = (GATEKEEPING, REINTEGRATION, AUTISM, COMMUNITY_CASE_MANAGEMENT)
