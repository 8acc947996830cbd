"""The large relevance corpus, composed from data: each training topic of
relevance_topics.py (with its name and definition from the glossary) as a
module, a lesson per aspect, four centre stories and four library resources,
in all four languages; and a few general stories that share the common words
("children", "centre", "training") but none of the topics' terms.
"""

import csv
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from django.conf import settings

from .relevance_topics import TOPICS

LANGUAGES = ("en", "id", "vi", "ar")
GENERAL = "general"

CENTRES = {
    "jambi": {
        "country": "ID",
        "en": (
            "the children's centre in Jambi",
            "Jambi",
            "Sixteen staff took part: heads of sections, social workers, "
            "counsellors, mentors, nurses and administrators.",
        ),
        "id": (
            "balai anak di Jambi",
            "Jambi",
            "Enam belas petugas ikut serta: kepala seksi, pekerja sosial, konselor, "
            "pendamping, perawat, dan staf administrasi.",
        ),
        "vi": (
            "trung tâm bảo trợ trẻ em ở Jambi",
            "Jambi",
            "Mười sáu cán bộ tham gia: trưởng các bộ phận, nhân viên công tác xã "
            "hội, nhà tham vấn, người hướng dẫn, điều dưỡng và nhân viên hành chính.",
        ),
        "ar": (
            "مركز رعاية الأطفال في جامبي",
            "جامبي",
            "شارك ستة عشر موظفًا: رؤساء الأقسام والأخصائيون الاجتماعيون والمرشدون "
            "النفسيون والموجّهون والممرضون والإداريون.",
        ),
    },
    "mataram": {
        "country": "ID",
        "en": (
            "the social-affairs office of Mataram",
            "Mataram",
            "Two psychologists and a team of social workers serve children facing "
            "social and legal problems.",
        ),
        "id": (
            "Dinas Sosial Kota Mataram",
            "Mataram",
            "Dua psikolog dan tim pekerja sosial melayani anak yang menghadapi "
            "masalah sosial dan hukum.",
        ),
        "vi": (
            "cơ quan xã hội thành phố Mataram",
            "Mataram",
            "Hai nhà tâm lý và một nhóm nhân viên công tác xã hội hỗ trợ trẻ gặp "
            "vấn đề xã hội và pháp lý.",
        ),
        "ar": (
            "مديرية الشؤون الاجتماعية في ماتارام",
            "ماتارام",
            "يخدم اثنان من الأخصائيين النفسيين وفريق من الأخصائيين الاجتماعيين "
            "الأطفال الذين يواجهون مشكلات اجتماعية وقانونية.",
        ),
    },
    "uganda": {
        "country": "UG",
        "en": (
            "a partner NGO in Uganda",
            "Uganda",
            "Forty social workers from partner centres met to share what works and "
            "what is still hard.",
        ),
        "id": (
            "LSM mitra di Uganda",
            "Uganda",
            "Empat puluh pekerja sosial dari balai mitra bertemu untuk berbagi apa "
            "yang berhasil dan apa yang masih sulit.",
        ),
        "vi": (
            "một tổ chức phi chính phủ đối tác ở Uganda",
            "Uganda",
            "Bốn mươi nhân viên công tác xã hội từ các trung tâm đối tác đã gặp "
            "nhau để chia sẻ điều hiệu quả và điều còn khó khăn.",
        ),
        "ar": (
            "منظمة غير حكومية شريكة في أوغندا",
            "أوغندا",
            "التقى أربعون أخصائيًا اجتماعيًا من المراكز الشريكة لتبادل ما ينجح وما "
            "زال صعبًا.",
        ),
    },
    "nghe-an": {
        "country": "VN",
        "en": (
            "the social-affairs office of Nghe An province",
            "Nghe An",
            "More than five hundred officers from districts, towns and communes "
            "attended.",
        ),
        "id": (
            "dinas sosial Provinsi Nghe An",
            "Nghe An",
            "Lebih dari lima ratus petugas dari kabupaten, kota, dan desa hadir.",
        ),
        "vi": (
            "cơ quan xã hội tỉnh Nghệ An",
            "Nghệ An",
            "Hơn năm trăm cán bộ từ các huyện, thị xã và xã đã tham dự.",
        ),
        "ar": (
            "مديرية الشؤون الاجتماعية في محافظة نغي آن",
            "نغي آن",
            "حضر أكثر من خمسمئة موظف من المناطق والبلدات والقرى.",
        ),
    },
    "rural-damascus": {
        "country": "SY",
        "en": (
            "an institute in Rural Damascus",
            "Rural Damascus",
            "The institute reopened its rooms last year after repairs to the war "
            "damage.",
        ),
        "id": (
            "sebuah lembaga di Pedesaan Damaskus",
            "Pedesaan Damaskus",
            "Lembaga itu membuka kembali ruangannya tahun lalu setelah kerusakan "
            "akibat perang diperbaiki.",
        ),
        "vi": (
            "một cơ sở ở vùng nông thôn Damascus",
            "nông thôn Damascus",
            "Cơ sở đã mở cửa trở lại từ năm ngoái sau khi sửa chữa những hư hại do "
            "chiến tranh.",
        ),
        "ar": (
            "معهد في ريف دمشق",
            "ريف دمشق",
            "أعاد المعهد فتح قاعاته العام الماضي بعد إصلاح أضرار الحرب.",
        ),
    },
}

# (title, summary) of the four centre stories of a topic; the body is an aspect
# of the topic and a fact about the centre.
NEWS = {
    "en": [
        (
            "Staff of {centre} complete training on {term}",
            "The course on {term} ran over two days with practical exercises.",
        ),
        (
            "Workshop on {term} in {place}",
            "Social workers from {centre} compared practice and agreed next steps.",
        ),
        (
            "{place}: lessons learnt on {term}",
            "Supervisors at {centre} looked back on a year of work.",
        ),
        (
            "Partners in {place} discuss {term}",
            "Representatives of families, schools and health services joined in.",
        ),
    ],
    "id": [
        (
            "Petugas {centre} menuntaskan pelatihan tentang {term}",
            "Pelatihan tentang {term} berlangsung dua hari dengan latihan praktik.",
        ),
        (
            "Lokakarya {term} di {place}",
            "Pekerja sosial dari {centre} membandingkan praktik dan menyepakati "
            "langkah berikutnya.",
        ),
        (
            "{place}: pelajaran dari setahun menerapkan {term}",
            "Para penyelia di {centre} meninjau kembali kerja selama setahun.",
        ),
        (
            "Mitra di {place} membahas {term}",
            "Perwakilan keluarga, sekolah, dan layanan kesehatan ikut berdiskusi.",
        ),
    ],
    "vi": [
        (
            "Cán bộ {centre} hoàn thành khóa tập huấn về {term}",
            "Khóa tập huấn về {term} kéo dài hai ngày với nhiều bài thực hành.",
        ),
        (
            "Hội thảo về {term} tại {place}",
            "Nhân viên công tác xã hội của {centre} trao đổi kinh nghiệm và thống "
            "nhất các bước tiếp theo.",
        ),
        (
            "{place}: bài học sau một năm làm việc về {term}",
            "Giám sát viên của {centre} nhìn lại một năm làm việc.",
        ),
        (
            "Các đối tác ở {place} thảo luận về {term}",
            "Đại diện gia đình, nhà trường và cơ sở y tế cùng tham gia thảo luận.",
        ),
    ],
    "ar": [
        (
            "موظفو {centre} يتمّون التدريب على {term}",
            "استمر التدريب على {term} يومين وتضمّن تمارين عملية.",
        ),
        (
            "ورشة عمل حول {term} في {place}",
            "قارن الأخصائيون الاجتماعيون في {centre} ممارساتهم واتفقوا على الخطوات "
            "التالية.",
        ),
        (
            "{place}: دروس مستفادة من عام من العمل على {term}",
            "راجع المشرفون في {centre} عامًا من العمل.",
        ),
        (
            "الشركاء في {place} يناقشون {term}",
            "شارك في النقاش ممثلون عن الأسر والمدارس والخدمات الصحية.",
        ),
    ],
}

# (resource type, title, summary) of the four library resources of a topic.
RESOURCES = {
    "en": [
        (
            "guide",
            "A field guide to {term}",
            "{aspect} The guide gives examples from centres in four countries.",
        ),
        (
            "toolkit",
            "Checklist: {heading}",
            "Questions for the team on {term}. {aspect}",
        ),
        (
            "training_material",
            "Training slides on {term}",
            "{aspect} Slides and exercises for a half-day session.",
        ),
        (
            "policy",
            "Policy brief on {term}",
            "{aspect} A two-page brief for managers and local government.",
        ),
    ],
    "id": [
        (
            "guide",
            "Panduan lapangan tentang {term}",
            "{aspect} Panduan ini memuat contoh dari balai di empat negara.",
        ),
        (
            "toolkit",
            "Daftar periksa: {heading}",
            "Pertanyaan bagi tim tentang {term}. {aspect}",
        ),
        (
            "training_material",
            "Bahan presentasi pelatihan {term}",
            "{aspect} Slide dan latihan untuk sesi setengah hari.",
        ),
        (
            "policy",
            "Ringkasan kebijakan tentang {term}",
            "{aspect} Ringkasan dua halaman bagi pimpinan dan pemerintah daerah.",
        ),
    ],
    "vi": [
        (
            "guide",
            "Sổ tay thực địa về {term}",
            "{aspect} Sổ tay đưa ra ví dụ từ các trung tâm ở bốn quốc gia.",
        ),
        (
            "toolkit",
            "Danh mục kiểm tra: {heading}",
            "Các câu hỏi cho nhóm về {term}. {aspect}",
        ),
        (
            "training_material",
            "Tài liệu tập huấn về {term}",
            "{aspect} Bài trình chiếu và bài tập cho một buổi tập huấn nửa ngày.",
        ),
        (
            "policy",
            "Tóm tắt chính sách về {term}",
            "{aspect} Bản tóm tắt hai trang dành cho lãnh đạo và chính quyền địa "
            "phương.",
        ),
    ],
    "ar": [
        (
            "guide",
            "دليل ميداني عن {term}",
            "{aspect} يقدم الدليل أمثلة من مراكز في أربعة بلدان.",
        ),
        (
            "toolkit",
            "قائمة تحقق: {heading}",
            "أسئلة للفريق حول {term}. {aspect}",
        ),
        (
            "training_material",
            "مواد تدريبية عن {term}",
            "{aspect} شرائح وتمارين لجلسة مدتها نصف يوم.",
        ),
        (
            "policy",
            "موجز سياسات عن {term}",
            "{aspect} موجز من صفحتين للمديرين والسلطات المحلية.",
        ),
    ],
}

MODULE_TITLE = {
    "en": "{Term} in everyday practice",
    "id": "{Term} dalam praktik sehari-hari",
    "vi": "{Term} trong thực hành hằng ngày",
    "ar": "{term} في الممارسة اليومية",
}
LESSON_BODY = {
    "en": "A lesson of the module on {term}, short enough to read on a phone. "
    "A knowledge check follows.",
    "id": "Pelajaran dari modul {term}, cukup singkat untuk dibaca di ponsel. "
    "Setelahnya ada uji pengetahuan.",
    "vi": "Một bài học thuộc học phần về {term}, đủ ngắn để đọc trên điện thoại. "
    "Sau bài học có phần kiểm tra kiến thức.",
    "ar": "درس من الوحدة التدريبية عن {term}، قصير يمكن قراءته على الهاتف، يليه "
    "اختبار المعرفة.",
}

# Stories about centre life: the common words of the field, none of its terms.
GENERAL_STORIES = {
    "playground": {
        "en": (
            "A new playground for the children's centre",
            "Children and staff painted the walls and planted trees.",
            "Families from the neighbourhood helped to build the swings on a "
            "Saturday morning.",
        ),
        "id": (
            "Taman bermain baru untuk balai anak",
            "Anak-anak dan petugas mengecat dinding dan menanam pohon.",
            "Keluarga dari lingkungan sekitar membantu membangun ayunan pada Sabtu "
            "pagi.",
        ),
        "vi": (
            "Sân chơi mới cho trung tâm bảo trợ trẻ em",
            "Trẻ em và cán bộ cùng sơn tường và trồng cây.",
            "Các gia đình trong khu phố đã giúp dựng xích đu vào một buổi sáng thứ "
            "Bảy.",
        ),
        "ar": (
            "ملعب جديد لمركز رعاية الأطفال",
            "طلى الأطفال والعاملون الجدران وزرعوا الأشجار.",
            "ساعدت أسر من الحي في بناء الأراجيح صباح يوم سبت.",
        ),
    },
    "offline-lessons": {
        "en": (
            "Training on the portal now works offline",
            "Staff on slow connections can download a module and finish it later.",
            "Social workers in remote districts said the change saves them data "
            "and time.",
        ),
        "id": (
            "Pelatihan di portal kini bisa diikuti tanpa internet",
            "Petugas dengan koneksi lambat dapat mengunduh modul dan "
            "menyelesaikannya nanti.",
            "Pekerja sosial di kabupaten terpencil mengatakan perubahan ini "
            "menghemat kuota dan waktu.",
        ),
        "vi": (
            "Đào tạo trên cổng thông tin nay dùng được khi không có mạng",
            "Cán bộ có đường truyền chậm có thể tải học phần về và hoàn thành sau.",
            "Nhân viên công tác xã hội ở các huyện xa cho biết thay đổi này tiết "
            "kiệm dữ liệu và thời gian.",
        ),
        "ar": (
            "التدريب على البوابة يعمل الآن دون اتصال",
            "يستطيع العاملون ذوو الاتصال البطيء تنزيل الوحدة التدريبية وإكمالها لاحقًا.",
            "قال أخصائيون اجتماعيون في مناطق نائية إن التغيير يوفر عليهم البيانات "
            "والوقت.",
        ),
    },
    "certificates": {
        "en": (
            "Two hundred trainees receive their certificates",
            "Supervisors can check each trainee's certificate online.",
            "The ceremony at the centre was followed by lunch with the families.",
        ),
        "id": (
            "Dua ratus peserta pelatihan menerima sertifikat",
            "Penyelia dapat memeriksa sertifikat setiap peserta pelatihan secara "
            "daring.",
            "Upacara di balai dilanjutkan dengan makan siang bersama keluarga.",
        ),
        "vi": (
            "Hai trăm học viên nhận giấy chứng nhận",
            "Giám sát viên có thể kiểm tra giấy chứng nhận của từng học viên trực "
            "tuyến.",
            "Sau buổi lễ tại trung tâm là bữa trưa cùng các gia đình.",
        ),
        "ar": (
            "مئتا متدرب يتسلمون شهاداتهم",
            "يستطيع المشرفون التحقق من شهادة كل متدرب عبر الإنترنت.",
            "أعقب الحفل في المركز غداء مع الأسر.",
        ),
    },
    "kitchen-garden": {
        "en": (
            "The centre's kitchen garden feeds the neighbourhood",
            "Vegetables from the garden go to families nearby.",
            "Children water the beds after school and learn the names of the plants.",
        ),
        "id": (
            "Kebun sayur balai memberi makan warga sekitar",
            "Sayuran dari kebun dibagikan kepada keluarga di sekitar balai.",
            "Anak-anak menyiram bedengan sepulang sekolah dan belajar nama-nama "
            "tanaman.",
        ),
        "vi": (
            "Vườn rau của trung tâm giúp các gia đình quanh vùng",
            "Rau trong vườn được chia cho các gia đình gần đó.",
            "Trẻ em tưới rau sau giờ học và học tên các loại cây.",
        ),
        "ar": (
            "حديقة المركز تطعم الحي",
            "توزَّع خضروات الحديقة على الأسر المجاورة.",
            "يسقي الأطفال الأحواض بعد المدرسة ويتعلمون أسماء النباتات.",
        ),
    },
    "annual-report": {
        "en": (
            "The social-affairs office publishes its annual report",
            "The report counts the services delivered in each district.",
            "Staff numbers, training hours and budgets are given for every centre.",
        ),
        "id": (
            "Dinas sosial menerbitkan laporan tahunan",
            "Laporan itu menghitung layanan yang diberikan di setiap kabupaten.",
            "Jumlah petugas, jam pelatihan, dan anggaran dicantumkan untuk setiap "
            "balai.",
        ),
        "vi": (
            "Cơ quan xã hội công bố báo cáo thường niên",
            "Báo cáo thống kê các dịch vụ đã cung cấp ở từng huyện.",
            "Số cán bộ, số giờ đào tạo và ngân sách được nêu cho từng trung tâm.",
        ),
        "ar": (
            "مديرية الشؤون الاجتماعية تنشر تقريرها السنوي",
            "يحصي التقرير الخدمات المقدمة في كل منطقة.",
            "يذكر التقرير أعداد العاملين وساعات التدريب والميزانيات لكل مركز.",
        ),
    },
    "difficult-circumstances": {
        "en": (
            "Nghe An counts children in especially difficult circumstances",
            "The province recorded 12,289 children who need special protection.",
            "Commune officers visited every village to update the figures.",
        ),
        "id": (
            "Nghe An mendata anak yang memerlukan perlindungan khusus",
            "Provinsi itu mencatat 12.289 anak yang memerlukan perlindungan khusus.",
            "Petugas desa mengunjungi setiap kampung untuk memperbarui data.",
        ),
        "vi": (
            "Nghệ An thống kê trẻ em có hoàn cảnh đặc biệt",
            "Tỉnh ghi nhận 12.289 trẻ em có hoàn cảnh đặc biệt.",
            "Cán bộ xã đến từng thôn để cập nhật số liệu.",
        ),
        "ar": (
            "نغي آن تحصي الأطفال في ظروف صعبة بشكل خاص",
            "سجّلت المحافظة 12289 طفلًا يحتاجون إلى حماية خاصة.",
            "زار موظفو البلديات كل قرية لتحديث الأرقام.",
        ),
    },
    "rehabilitation-centre": {
        "en": (
            "Mataram prepares a social rehabilitation centre",
            "The centre will offer outpatient care and a halfway house.",
            "It will work with the women's empowerment and child-protection office.",
        ),
        "id": (
            "Mataram menyiapkan sentra rehabilitasi sosial anak",
            "Sentra itu akan menyediakan layanan rawat jalan dan rumah singgah.",
            "Sentra bekerja sama dengan dinas pemberdayaan perempuan dan "
            "perlindungan anak.",
        ),
        "vi": (
            "Mataram chuẩn bị trung tâm phục hồi chức năng xã hội cho trẻ em",
            "Trung tâm sẽ có dịch vụ ngoại trú và nhà tạm trú.",
            "Trung tâm phối hợp với cơ quan phụ trách trao quyền cho phụ nữ và bảo "
            "vệ trẻ em.",
        ),
        "ar": (
            "ماتارام تجهّز مركزًا للتأهيل الاجتماعي للأطفال",
            "سيقدم المركز رعاية خارجية ودارًا انتقالية.",
            "سيعمل المركز مع مكتب تمكين المرأة وحماية الطفل.",
        ),
    },
    "social-work-day": {
        "en": (
            "Social workers mark World Social Work Day",
            "Staff of four centres shared photos of their daily work.",
            "The head of the centre thanked the team for a difficult year.",
        ),
        "id": (
            "Pekerja sosial memperingati Hari Pekerjaan Sosial Sedunia",
            "Petugas dari empat balai berbagi foto kegiatan sehari-hari.",
            "Kepala balai berterima kasih kepada tim atas tahun yang berat.",
        ),
        "vi": (
            "Nhân viên công tác xã hội kỷ niệm Ngày Công tác xã hội thế giới",
            "Cán bộ bốn trung tâm chia sẻ ảnh công việc hằng ngày.",
            "Giám đốc trung tâm cảm ơn cả nhóm sau một năm nhiều khó khăn.",
        ),
        "ar": (
            "الأخصائيون الاجتماعيون يحتفلون باليوم العالمي للعمل الاجتماعي",
            "شارك العاملون في أربعة مراكز صورًا من عملهم اليومي.",
            "شكر رئيس المركز الفريق على عام صعب.",
        ),
    },
    "rainy-season": {
        "en": (
            "Rainy season: the centre repairs its roofs",
            "Volunteers replaced the roof of the dormitory before the rains.",
            "The children slept at the school for three nights during the work.",
        ),
        "id": (
            "Musim hujan: balai memperbaiki atap",
            "Relawan mengganti atap asrama sebelum hujan turun.",
            "Anak-anak tidur di sekolah selama tiga malam ketika pekerjaan "
            "berlangsung.",
        ),
        "vi": (
            "Mùa mưa: trung tâm sửa mái nhà",
            "Tình nguyện viên đã thay mái ký túc xá trước mùa mưa.",
            "Trẻ em ngủ ở trường ba đêm trong thời gian sửa chữa.",
        ),
        "ar": (
            "موسم الأمطار: المركز يصلح أسقفه",
            "استبدل المتطوعون سقف المهجع قبل هطول الأمطار.",
            "نام الأطفال في المدرسة ثلاث ليالٍ أثناء العمل.",
        ),
    },
    "new-supervisor": {
        "en": (
            "A new supervisor for the training section",
            "She will follow the training records of sixty staff.",
            "Before joining the centre she taught at a school for ten years.",
        ),
        "id": (
            "Penyelia baru untuk bagian pelatihan",
            "Ia akan memantau catatan pelatihan enam puluh petugas.",
            "Sebelum bergabung dengan balai, ia mengajar di sekolah selama sepuluh "
            "tahun.",
        ),
        "vi": (
            "Giám sát viên mới của bộ phận đào tạo",
            "Chị sẽ theo dõi hồ sơ đào tạo của sáu mươi cán bộ.",
            "Trước khi về trung tâm, chị dạy học ở một trường phổ thông mười năm.",
        ),
        "ar": (
            "مشرفة جديدة لقسم التدريب",
            "ستتابع سجلات تدريب ستين موظفًا.",
            "قبل انضمامها إلى المركز درّست في مدرسة عشر سنوات.",
        ),
    },
}


@dataclass
class Document:
    key: str
    kind: str  # news | module | lesson | resource
    topic: str
    aspect: int | None = None  # which of the topic's aspects it is about
    texts: dict = field(default_factory=dict)  # language: (title, summary, body)
    module: str = ""  # a lesson's module
    centre: str = ""
    resource_type: str = ""


@cache
def glossary():
    """{key: {language: (term, definition)}} from locale/glossary.csv."""
    path = Path(settings.BASE_DIR) / "locale" / "glossary.csv"
    with path.open(encoding="utf-8") as rows:
        return {
            row["key"]: {
                code: (row[code], row[f"definition_{code}"]) for code in LANGUAGES
            }
            for row in csv.DictReader(rows)
        }


def capitalised(text):
    return text[:1].upper() + text[1:]


def topic_documents(topic):
    terms = glossary()[topic]
    aspects = TOPICS[topic]
    module_key = f"{topic}/module"
    module = Document(module_key, "module", topic)
    lessons = [
        Document(f"{topic}/lesson-{n}", "lesson", topic, n, module=module_key)
        for n in range(3)
    ]
    centres = list(CENTRES)
    start = list(TOPICS).index(topic)
    news = [
        Document(
            f"{topic}/news-{n}",
            "news",
            topic,
            n % 3,
            centre=centres[(start + n) % len(centres)],
        )
        for n in range(4)
    ]
    resources = [
        Document(
            f"{topic}/resource-{n}",
            "resource",
            topic,
            (n + 1) % 3,
            resource_type=RESOURCES["en"][n][0],
        )
        for n in range(4)
    ]
    for code in LANGUAGES:
        term, definition = terms[code]
        headings = [heading for heading, _, _ in aspects[code]]
        module.texts[code] = (
            MODULE_TITLE[code].format(Term=capitalised(term), term=term),
            definition,
            "\n".join(headings),
        )
        for lesson in lessons:
            heading, sentence, _ = aspects[code][lesson.aspect]
            lesson.texts[code] = (
                heading,
                sentence,
                LESSON_BODY[code].format(term=term),
            )
        for n, story in enumerate(news):
            name, place, fact = CENTRES[story.centre][code]
            title, summary = NEWS[code][n]
            values = {"centre": name, "place": place, "term": term}
            story.texts[code] = (
                capitalised(title.format(**values)),
                summary.format(**values),
                f"{aspects[code][story.aspect][1]} {fact}",
            )
        for n, resource in enumerate(resources):
            heading, sentence, _ = aspects[code][resource.aspect]
            _, title, summary = RESOURCES[code][n]
            values = {"term": term, "heading": heading, "aspect": sentence}
            resource.texts[code] = (
                title.format(**values),
                summary.format(**values),
                "",
            )
    return [module, *lessons, *news, *resources]


@cache
def documents():
    """Every document of the corpus, modules before their lessons."""
    found = [document for topic in TOPICS for document in topic_documents(topic)]
    for key, texts in GENERAL_STORIES.items():
        found.append(Document(f"{GENERAL}/{key}", "news", GENERAL, texts=texts))
    return found
