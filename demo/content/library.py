"""The resource library and twelve resources, from the project's brief on the field.

Written in our own words. Each resource has a small file in at least two
languages; its text is generated (demo/library.py), so nothing here is a
real organisation's document, and no child appears in any of them.
"""

from dataclasses import dataclass

from ..translated import NewsIndexContent, Translated
from .centres import JAMBI, MATARAM, NGHE_AN, RURAL_DAMASCUS, UGANDA_NETWORK


@dataclass(frozen=True)
class ResourceFile:
    """A resource's file in one language: an opening paragraph and its points."""

    language: str
    format: str  # "pdf" or "docx"
    opening: str
    points: tuple[str, ...]


@dataclass(frozen=True)
class ResourceContent:
    """A library resource; its topics are named by their keys."""

    title: Translated
    slug: Translated
    summary: Translated
    resource_type: str
    topics: tuple[str, ...]
    countries: tuple[str, ...]
    year: int
    publisher: Translated  # the centre or office that wrote it, named as it is
    audience_roles: tuple[str, ...]
    files: tuple[ResourceFile, ...]

    def field_values(self):
        """Page field values, without the files and topics (stored objects)."""
        return {
            **self.title.localized("title"),
            **self.slug.localized("slug"),
            **self.summary.localized("summary"),
            "resource_type": self.resource_type,
            "countries": list(self.countries),
            "year": self.year,
            **self.publisher.localized("publisher"),
            "audience_roles": list(self.audience_roles),
        }


LIBRARY_INDEX = NewsIndexContent(
    title=Translated(
        en="Resource library",
        id="Perpustakaan sumber daya",
        vi="Thư viện tài liệu",
        ar="مكتبة الموارد",
    ),
    slug=Translated(
        en="library", id="perpustakaan", vi="thu-vien-tai-lieu", ar="مكتبة-الموارد"
    ),
    intro=Translated(
        en="Guides, forms, policies and training materials to download, each in the "
        "languages it was written in.",
        id="Panduan, formulir, kebijakan, dan bahan pelatihan untuk diunduh, "
        "masing-masing dalam bahasa tempat dokumen itu ditulis.",
        vi="Sổ tay, biểu mẫu, chính sách và tài liệu đào tạo để tải về, mỗi tài liệu "
        "bằng những ngôn ngữ mà nó được biên soạn.",
        ar="أدلة ونماذج وسياسات ومواد للتدريب للتنزيل، كلٌّ منها باللغات التي كُتب بها.",
    ),
)

# The English checklist holds the only "ecomap" of the portal: the search tests
# find this resource by a word that is nowhere but inside its PDF.
GATEKEEPING_CHECKLIST = ResourceContent(
    title=Translated(
        en="Gatekeeping decision checklist",
        id="Daftar periksa keputusan penapisan pengasuhan",
        vi="Bảng kiểm quyết định sàng lọc đầu vào",
        ar="قائمة التحقق لقرار ضبط الدخول إلى الرعاية",
    ),
    slug=Translated(
        en="gatekeeping-decision-checklist",
        id="daftar-periksa-penapisan-pengasuhan",
        vi="bang-kiem-sang-loc-dau-vao",
        ar="قائمة-التحقق-لضبط-الدخول-إلى-الرعاية",
    ),
    summary=Translated(
        en="Ten questions the multidisciplinary team answers before it decides that "
        "a child needs residential care.",
        id="Sepuluh pertanyaan yang dijawab tim multidisiplin sebelum memutuskan "
        "bahwa seorang anak membutuhkan pengasuhan berbasis lembaga.",
        vi="Mười câu hỏi nhóm đa ngành cần trả lời trước khi quyết định một trẻ "
        "cần chăm sóc tập trung.",
        ar="عشرة أسئلة يجيب عنها الفريق متعدد التخصصات قبل أن يقرر أن الطفل "
        "يحتاج إلى الرعاية الإيوائية.",
    ),
    resource_type="toolkit",
    topics=("gatekeeping",),
    countries=("ID", "VN", "UG"),
    year=2023,
    publisher=UGANDA_NETWORK.name,
    audience_roles=("social_worker", "supervisor"),
    files=(
        ResourceFile(
            "en",
            "pdf",
            "Use this checklist at the decision-making meeting. A placement in "
            "residential care is a last resort and a temporary one.",
            (
                "Who identified the child, and who made the referral?",
                "Has the assessment heard the child, the parents and the wider family?",
                "Draw an ecomap of the family: relatives, neighbours, school, health "
                "post and religious leaders who could help.",
                "Could kinship care, foster care or guardianship keep the child in "
                "a family?",
                "Which services would let the child stay at home safely?",
                "Is the danger immediate, or can support start this week?",
                "Has the family taken part in the decision?",
                "If placement is needed, how long should it last?",
                "Who will follow the child after the decision, and when?",
                "When will the team review the plan?",
            ),
        ),
        ResourceFile(
            "id",
            "pdf",
            "Gunakan daftar periksa ini dalam rapat pengambilan keputusan. "
            "Penempatan di lembaga adalah pilihan terakhir dan bersifat sementara.",
            (
                "Siapa yang mengenali anak, dan siapa yang membuat rujukan?",
                "Apakah asesmen sudah mendengar anak, orang tua, dan keluarga besar?",
                "Dapatkah pengasuhan oleh kerabat, keluarga asuh, atau perwalian "
                "menjaga anak tetap dalam keluarga?",
                "Layanan apa yang memungkinkan anak tetap aman di rumah?",
                "Apakah bahayanya mendesak, atau dukungan dapat dimulai minggu ini?",
                "Siapa yang akan memantau anak sesudah keputusan, dan kapan?",
            ),
        ),
        ResourceFile(
            "vi",
            "pdf",
            "Sử dụng bảng kiểm này trong cuộc họp ra quyết định. Việc đưa trẻ vào "
            "cơ sở là biện pháp cuối cùng và tạm thời.",
            (
                "Ai đã phát hiện trẻ và ai đã chuyển gửi?",
                "Việc đánh giá đã lắng nghe trẻ, cha mẹ và đại gia đình chưa?",
                "Chăm sóc bởi người thân thích, gia đình thay thế hoặc giám hộ có "
                "giữ trẻ trong gia đình được không?",
                "Dịch vụ nào giúp trẻ ở nhà an toàn?",
                "Ai sẽ theo dõi trẻ sau quyết định, và khi nào?",
            ),
        ),
        ResourceFile(
            "ar",
            "pdf",
            "استخدم قائمة التحقق هذه في اجتماع اتخاذ القرار. الإيداع في مؤسسة "
            "ملاذ أخير ومؤقت.",
            (
                "من تعرّف على الطفل، ومن قام بالإحالة؟",
                "هل استمع التقييم إلى الطفل والوالدين والأسرة الممتدة؟",
                "هل يمكن للرعاية لدى الأقارب أو لدى أسرة بديلة أو الوصاية أن تُبقي "
                "الطفل في أسرة؟",
                "ما الخدمات التي تتيح للطفل البقاء في المنزل بأمان؟",
                "من سيتابع الطفل بعد القرار، ومتى؟",
            ),
        ),
    ),
)

REINTEGRATION_READINESS = ResourceContent(
    title=Translated(
        en="Reintegration readiness assessment",
        id="Asesmen kesiapan reintegrasi",
        vi="Đánh giá mức độ sẵn sàng tái hòa nhập",
        ar="تقييم الجاهزية لإعادة الإدماج",
    ),
    slug=Translated(
        en="reintegration-readiness-assessment",
        id="asesmen-kesiapan-reintegrasi",
        vi="danh-gia-san-sang-tai-hoa-nhap",
        ar="تقييم-الجاهزية-لإعادة-الإدماج",
    ),
    summary=Translated(
        en="A form to record whether the child, the family and the local agencies "
        "are ready before a child goes home.",
        id="Formulir untuk mencatat apakah anak, keluarga, dan lembaga setempat "
        "sudah siap sebelum anak pulang.",
        vi="Biểu mẫu ghi lại việc trẻ, gia đình và các cơ quan địa phương đã sẵn "
        "sàng hay chưa trước khi trẻ về nhà.",
        ar="نموذج لتسجيل مدى استعداد الطفل والأسرة والجهات المحلية قبل عودة "
        "الطفل إلى المنزل.",
    ),
    resource_type="form",
    topics=("reintegration",),
    countries=("ID", "UG"),
    year=2024,
    publisher=JAMBI.name,
    audience_roles=("social_worker", "counsellor"),
    files=(
        ResourceFile(
            "en",
            "docx",
            "Fill in one form per child before the case conference. Write no "
            "names: use the centre's reference number.",
            (
                "The child: fears and hopes about going home, in the child's words.",
                "Life skills: hygiene, getting on with others, resolving conflict.",
                "Short visits home so far, and how each went.",
                "The family: who will care for the child day to day.",
                "Parental education sessions attended.",
                "Local agencies and school ready to receive the child.",
                "Recommendation: return to the family, or remain at the centre.",
            ),
        ),
        ResourceFile(
            "id",
            "docx",
            "Isi satu formulir untuk setiap anak sebelum konferensi kasus. Jangan "
            "menulis nama: gunakan nomor register balai.",
            (
                "Anak: rasa takut dan harapan tentang pulang, dengan kata-katanya.",
                "Keterampilan hidup: kebersihan diri, bergaul, menyelesaikan konflik.",
                "Kunjungan singkat ke rumah sejauh ini, dan hasilnya.",
                "Keluarga: siapa yang akan mengasuh anak sehari-hari.",
                "Rekomendasi: kembali ke keluarga atau tetap tinggal di balai.",
            ),
        ),
        ResourceFile(
            "ar",
            "docx",
            "املأ نموذجًا واحدًا لكل طفل قبل مؤتمر الحالة. لا تكتب أسماء: استخدم "
            "الرقم المرجعي للمركز.",
            (
                "الطفل: مخاوفه وآماله بشأن العودة إلى المنزل، بكلماته.",
                "المهارات الحياتية: النظافة الشخصية والتعامل مع الآخرين وحل النزاعات.",
                "الزيارات القصيرة إلى المنزل حتى الآن، وكيف جرت.",
                "التوصية: العودة إلى الأسرة أو البقاء في المركز.",
            ),
        ),
    ),
)

PARENTS_MEETING_GUIDE = ResourceContent(
    title=Translated(
        en="Parents' meeting guide",
        id="Panduan pertemuan orang tua",
        vi="Hướng dẫn tổ chức buổi họp phụ huynh",
        ar="دليل اجتماع الوالدين",
    ),
    slug=Translated(
        en="parents-meeting-guide",
        id="panduan-pertemuan-orang-tua",
        vi="huong-dan-hop-phu-huynh",
        ar="دليل-اجتماع-الوالدين",
    ),
    summary=Translated(
        en="How to run a meeting with parents who are not yet ready to welcome "
        "their child home: positive parenting, fears and first steps.",
        id="Cara memandu pertemuan dengan orang tua yang belum siap menyambut "
        "anaknya pulang: pengasuhan positif, rasa khawatir, dan langkah pertama.",
        vi="Cách tổ chức buổi họp với những cha mẹ chưa sẵn sàng đón con về: nuôi "
        "dạy con tích cực, nỗi lo và những bước đầu tiên.",
        ar="كيف تدير اجتماعًا مع والدين لم يستعدّا بعد لاستقبال طفلهما: التربية "
        "الإيجابية والمخاوف والخطوات الأولى.",
    ),
    resource_type="guide",
    topics=("reintegration", "family-based-care"),
    countries=("UG", "KE"),
    year=2025,
    publisher=UGANDA_NETWORK.name,
    audience_roles=("social_worker", "counsellor", "mentor"),
    files=(
        ResourceFile(
            "en",
            "pdf",
            "Some families hesitate or refuse to take a child back. A meeting of "
            "parents who have lived through a return often helps more than advice.",
            (
                "Invite two or three parents whose children came home last year.",
                "Meet in a familiar place, never at the family's door with neighbours "
                "watching.",
                "Let parents speak of their fears first: money, stigma, behaviour.",
                "Show what positive parenting looks like in a normal day.",
                "Agree on one small step, such as a short visit by the child.",
                "If the family still refuses, plan kinship care, foster care or "
                "guardianship.",
            ),
        ),
        ResourceFile(
            "vi",
            "pdf",
            "Một số gia đình còn do dự hoặc từ chối đón trẻ về. Buổi họp với những "
            "cha mẹ đã trải qua việc đón con về thường giúp ích hơn lời khuyên.",
            (
                "Mời hai hoặc ba cha mẹ có con đã về nhà năm trước.",
                "Để cha mẹ nói về nỗi lo trước: tiền bạc, sự kỳ thị, hành vi.",
                "Cho thấy nuôi dạy con tích cực trong một ngày bình thường.",
                "Thống nhất một bước nhỏ, như một chuyến về thăm nhà ngắn.",
            ),
        ),
        ResourceFile(
            "ar",
            "pdf",
            "تتردد بعض الأسر في استعادة الطفل أو ترفض ذلك. وكثيرًا ما يفيد اجتماع "
            "مع آباء عاشوا تجربة العودة أكثر من النصائح.",
            (
                "ادعُ والدَين أو ثلاثة عاد أطفالهم إلى المنزل العام الماضي.",
                "دع الوالدين يتحدثان عن مخاوفهما أولًا: المال والوصمة والسلوك.",
                "بيّن كيف تبدو التربية الإيجابية في يوم عادي.",
                "اتفقوا على خطوة صغيرة، مثل زيارة قصيرة يقوم بها الطفل.",
            ),
        ),
    ),
)

HOME_VISIT_FORM = ResourceContent(
    title=Translated(
        en="Home-visit form",
        id="Formulir kunjungan rumah",
        vi="Biểu mẫu thăm gia đình",
        ar="نموذج الزيارة المنزلية",
    ),
    slug=Translated(
        en="home-visit-form",
        id="formulir-kunjungan-rumah",
        vi="bieu-mau-tham-gia-dinh",
        ar="نموذج-الزيارة-المنزلية",
    ),
    summary=Translated(
        en="One page to note what a visit to the family showed, during short stays "
        "at home and after the child's return.",
        id="Satu halaman untuk mencatat hasil kunjungan ke keluarga, selama "
        "kunjungan singkat anak ke rumah dan setelah anak kembali.",
        vi="Một trang để ghi lại những gì quan sát được khi đến thăm gia đình, "
        "trong các chuyến về nhà ngắn ngày và sau khi trẻ trở về.",
        ar="صفحة واحدة لتدوين ما أظهرته زيارة الأسرة، خلال الإقامات القصيرة في "
        "المنزل وبعد عودة الطفل.",
    ),
    resource_type="form",
    topics=("reintegration", "case-management"),
    countries=("ID",),
    year=2022,
    publisher=MATARAM.name,
    audience_roles=("social_worker", "mentor"),
    files=(
        ResourceFile(
            "en",
            "docx",
            "Complete after each visit and file with the child's plan. No names, "
            "no address: the reference number is enough.",
            (
                "Date of the visit and who was present.",
                "How the child and the family spent the time together.",
                "Concerns noticed, and what was agreed about them.",
                "Support the family asked for.",
                "Date of the next visit.",
            ),
        ),
        ResourceFile(
            "id",
            "docx",
            "Isi setelah setiap kunjungan dan simpan bersama rencana anak. Tanpa "
            "nama, tanpa alamat: nomor register sudah cukup.",
            (
                "Tanggal kunjungan dan siapa saja yang hadir.",
                "Bagaimana anak dan keluarga melewatkan waktu bersama.",
                "Kekhawatiran yang terlihat, dan apa yang disepakati.",
                "Dukungan yang diminta keluarga.",
                "Tanggal kunjungan berikutnya.",
            ),
        ),
    ),
)

AUTISM_REFERRAL_GUIDE = ResourceContent(
    title=Translated(
        en="Autism screening and referral guide",
        id="Panduan skrining dan rujukan autisme",
        vi="Hướng dẫn sàng lọc và chuyển gửi trẻ tự kỷ",
        ar="دليل الكشف عن التوحد والإحالة",
    ),
    slug=Translated(
        en="autism-screening-referral-guide",
        id="panduan-skrining-rujukan-autisme",
        vi="huong-dan-sang-loc-chuyen-gui-tu-ky",
        ar="دليل-الكشف-عن-التوحد-والإحالة",
    ),
    summary=Translated(
        en="Early signs of autism that staff and families can notice at home, and "
        "how to arrange a referral for early intervention.",
        id="Tanda awal autisme yang dapat dikenali petugas dan keluarga di rumah, "
        "serta cara mengatur rujukan untuk intervensi dini.",
        vi="Những dấu hiệu sớm của tự kỷ mà cán bộ và gia đình có thể nhận thấy tại "
        "nhà, và cách chuyển gửi trẻ để được can thiệp sớm.",
        ar="العلامات المبكرة للتوحد التي يمكن للعاملين والأسر ملاحظتها في المنزل، "
        "وكيفية ترتيب الإحالة إلى التدخل المبكر.",
    ),
    resource_type="guide",
    topics=("autism-early-intervention",),
    countries=("VN",),
    year=2023,
    publisher=NGHE_AN.name,
    audience_roles=("social_worker", "nurse", "psychologist"),
    files=(
        ResourceFile(
            "en",
            "pdf",
            "Signs often appear before the age of three. Noticing them early and "
            "referring the child changes what support can achieve.",
            (
                "Rarely answers to their name by twelve months.",
                "Few gestures: does not point or wave.",
                "Little interest in playing with other children.",
                "Repeats the same movements or routines and is upset by change.",
                "Talk with the family before any referral, and explain why.",
                "Refer to the district health centre or a specialised institute.",
            ),
        ),
        ResourceFile(
            "vi",
            "pdf",
            "Các dấu hiệu thường xuất hiện trước ba tuổi. Nhận biết sớm và chuyển "
            "gửi kịp thời giúp việc hỗ trợ đạt hiệu quả cao hơn.",
            (
                "Ít khi đáp lại khi được gọi tên lúc mười hai tháng tuổi.",
                "Ít cử chỉ: không chỉ tay, không vẫy tay.",
                "Ít quan tâm đến việc chơi với trẻ khác.",
                "Lặp lại cùng một động tác hay thói quen và khó chịu khi có thay đổi.",
                "Trao đổi với gia đình trước khi chuyển gửi và giải thích lý do.",
                "Chuyển gửi đến trung tâm y tế huyện hoặc cơ sở chuyên biệt.",
            ),
        ),
    ),
)

CASE_CONFERENCE_TEMPLATE = ResourceContent(
    title=Translated(
        en="Case conference record template",
        id="Templat catatan konferensi kasus",
        vi="Mẫu biên bản họp trường hợp",
        ar="نموذج محضر مؤتمر الحالة",
    ),
    slug=Translated(
        en="case-conference-record-template",
        id="templat-catatan-konferensi-kasus",
        vi="mau-bien-ban-hop-truong-hop",
        ar="نموذج-محضر-مؤتمر-الحالة",
    ),
    summary=Translated(
        en="Record who took part, each child's progress and the plan agreed: "
        "return to the family or remain at the centre.",
        id="Catat siapa yang hadir, perkembangan setiap anak, dan rencana yang "
        "disepakati: kembali ke keluarga atau tetap tinggal di balai.",
        vi="Ghi lại những người tham dự, sự tiến bộ của từng trẻ và kế hoạch đã "
        "thống nhất: trở về gia đình hay tiếp tục ở lại trung tâm.",
        ar="سجّل من شارك، وتقدّم كل طفل، والخطة المتفق عليها: العودة إلى الأسرة "
        "أو البقاء في المركز.",
    ),
    resource_type="form",
    topics=("case-management",),
    countries=("ID", "VN"),
    year=2020,
    publisher=JAMBI.name,
    audience_roles=("social_worker", "supervisor", "administrator"),
    files=(
        ResourceFile(
            "en",
            "docx",
            "One record per meeting; it can be held in person or by video call.",
            (
                "Date, and the roles of the people taking part.",
                "For each reference number: needs presented by the social worker.",
                "Views of the counsellor, the nurse and the mentor.",
                "Plan agreed and the reasons for it.",
                "Who does what before the next case conference.",
            ),
        ),
        ResourceFile(
            "id",
            "docx",
            "Satu catatan untuk setiap rapat; rapat dapat diadakan tatap muka "
            "atau melalui panggilan video.",
            (
                "Tanggal, dan peran para peserta.",
                "Untuk setiap nomor register: kebutuhan yang dipaparkan pekerja "
                "sosial.",
                "Pendapat konselor, perawat, dan pendamping.",
                "Rencana yang disepakati beserta alasannya.",
            ),
        ),
        ResourceFile(
            "vi",
            "docx",
            "Mỗi cuộc họp một biên bản; cuộc họp có thể trực tiếp hoặc qua video.",
            (
                "Ngày họp và vai trò của những người tham dự.",
                "Với mỗi mã số: nhu cầu do nhân viên công tác xã hội trình bày.",
                "Ý kiến của nhà tham vấn, điều dưỡng và người hướng dẫn.",
                "Kế hoạch đã thống nhất và lý do.",
            ),
        ),
    ),
)

COMMUNITY_CASE_MANAGEMENT_PROTOCOL = ResourceContent(
    title=Translated(
        en="Community case management coordination protocol",
        id="Protokol koordinasi manajemen kasus berbasis masyarakat",
        vi="Quy trình phối hợp quản lý trường hợp dựa vào cộng đồng",
        ar="بروتوكول التنسيق في إدارة الحالة المجتمعية",
    ),
    slug=Translated(
        en="community-case-management-protocol",
        id="protokol-manajemen-kasus-berbasis-masyarakat",
        vi="quy-trinh-quan-ly-truong-hop-dua-vao-cong-dong",
        ar="بروتوكول-إدارة-الحالة-المجتمعية",
    ),
    summary=Translated(
        en="Who does what when a centre, local associations and service providers "
        "work with the same family, from the first contact to the closing review.",
        id="Siapa melakukan apa ketika balai, perkumpulan lokal, dan penyedia "
        "layanan bekerja dengan keluarga yang sama, dari kontak pertama hingga "
        "tinjauan penutupan.",
        vi="Ai làm gì khi trung tâm, các hội, đoàn thể và đơn vị cung cấp dịch vụ "
        "tại địa phương cùng làm việc với một gia đình, từ lần tiếp xúc đầu tiên "
        "đến buổi rà soát kết thúc.",
        ar="من يفعل ماذا حين يعمل المركز والجمعيات المحلية ومقدمو الخدمات مع "
        "الأسرة نفسها، من أول تواصل حتى مراجعة الإغلاق.",
    ),
    resource_type="policy",
    topics=("community-case-management",),
    countries=("SY", "JO", "LB"),
    year=2024,
    publisher=RURAL_DAMASCUS.name,
    audience_roles=("social_worker", "supervisor", "administrator"),
    files=(
        ResourceFile(
            "en",
            "pdf",
            "The centre keeps the family's plan; each partner names one contact "
            "person and meets the others every month.",
            (
                "First contact: the association that meets the family tells the "
                "centre within a week.",
                "Assessment: one visit, with the family's consent, by the centre "
                "and the association together.",
                "Plan: written with the family, with one task per partner.",
                "Monitoring: a monthly call between the contact persons.",
                "Closing: a review with the family, then a visit three months later.",
            ),
        ),
        ResourceFile(
            "ar",
            "pdf",
            "يحتفظ المركز بخطة الأسرة، ويسمّي كل شريك شخص اتصال واحدًا يلتقي "
            "بالآخرين كل شهر.",
            (
                "أول تواصل: تُبلغ الجمعية التي تلتقي الأسرة المركزَ خلال أسبوع.",
                "التقييم: زيارة واحدة، بموافقة الأسرة، يقوم بها المركز والجمعية معًا.",
                "الخطة: تُكتب مع الأسرة، بمهمة واحدة لكل شريك.",
                "المتابعة: اتصال شهري بين أشخاص الاتصال.",
                "الإغلاق: مراجعة مع الأسرة، ثم زيارة بعد ثلاثة أشهر.",
            ),
        ),
    ),
)

LIFE_SKILLS_SESSIONS = ResourceContent(
    title=Translated(
        en="Life skills sessions before going home",
        id="Sesi keterampilan hidup sebelum pulang",
        vi="Các buổi sinh hoạt kỹ năng sống trước khi về nhà",
        ar="جلسات المهارات الحياتية قبل العودة إلى المنزل",
    ),
    slug=Translated(
        en="life-skills-sessions",
        id="sesi-keterampilan-hidup",
        vi="sinh-hoat-ky-nang-song",
        ar="جلسات-المهارات-الحياتية",
    ),
    summary=Translated(
        en="Six short group sessions for children preparing to return to their "
        "families, with games and role-play.",
        id="Enam sesi kelompok singkat bagi anak yang bersiap kembali ke "
        "keluarganya, dengan permainan dan bermain peran.",
        vi="Sáu buổi sinh hoạt nhóm ngắn cho trẻ chuẩn bị trở về gia đình, có trò "
        "chơi và đóng vai.",
        ar="ست جلسات جماعية قصيرة للأطفال الذين يستعدون للعودة إلى أسرهم، مع "
        "ألعاب ولعب أدوار.",
    ),
    resource_type="training_material",
    topics=("reintegration",),
    countries=("ID", "UG"),
    year=2023,
    publisher=UGANDA_NETWORK.name,
    audience_roles=("counsellor", "mentor"),
    files=(
        ResourceFile(
            "en",
            "pdf",
            "Each session lasts forty minutes and ends with a game the children "
            "choose.",
            (
                "Looking after myself: washing, clothes, sleep.",
                "Getting on with brothers, sisters and neighbours.",
                "When we disagree: three ways to solve a conflict.",
                "Helping at home: small jobs I can do.",
                "Going back to school: what might be hard, who can help.",
                "My fears and hopes: a story told with puppets.",
            ),
        ),
        ResourceFile(
            "id",
            "pdf",
            "Setiap sesi berlangsung empat puluh menit dan ditutup dengan permainan "
            "pilihan anak-anak.",
            (
                "Merawat diri sendiri: mandi, pakaian, tidur.",
                "Rukun dengan saudara dan tetangga.",
                "Saat berbeda pendapat: tiga cara menyelesaikan konflik.",
                "Membantu di rumah: pekerjaan kecil yang bisa saya lakukan.",
                "Kembali ke sekolah: apa yang mungkin sulit, siapa yang bisa membantu.",
                "Rasa takut dan harapanku: cerita dengan boneka tangan.",
            ),
        ),
        ResourceFile(
            "vi",
            "pdf",
            "Mỗi buổi kéo dài bốn mươi phút và kết thúc bằng một trò chơi do trẻ "
            "tự chọn.",
            (
                "Tự chăm sóc bản thân: tắm rửa, quần áo, giấc ngủ.",
                "Hòa thuận với anh chị em và hàng xóm.",
                "Khi bất đồng: ba cách giải quyết mâu thuẫn.",
                "Giúp việc nhà: những việc nhỏ em có thể làm.",
            ),
        ),
        ResourceFile(
            "ar",
            "pdf",
            "تستغرق كل جلسة أربعين دقيقة وتنتهي بلعبة يختارها الأطفال.",
            (
                "أعتني بنفسي: الاستحمام والملابس والنوم.",
                "التفاهم مع الإخوة والأخوات والجيران.",
                "عندما نختلف: ثلاث طرق لحل النزاع.",
                "المساعدة في المنزل: أعمال صغيرة أستطيع القيام بها.",
            ),
        ),
    ),
)

FAMILY_TRACING_TOOLKIT = ResourceContent(
    title=Translated(
        en="Family tracing toolkit",
        id="Perangkat penelusuran keluarga",
        vi="Bộ công cụ truy tìm gia đình",
        ar="مجموعة أدوات تتبع الأسرة",
    ),
    slug=Translated(
        en="family-tracing-toolkit",
        id="perangkat-penelusuran-keluarga",
        vi="bo-cong-cu-truy-tim-gia-dinh",
        ar="أدوات-تتبع-الأسرة",
    ),
    summary=Translated(
        en="Steps and letter models for finding a child's relatives when documents "
        "are missing, through radio, community networks and local leaders.",
        id="Langkah dan contoh surat untuk menemukan kerabat anak ketika dokumen "
        "tidak ada, melalui radio, jejaring masyarakat, dan tokoh setempat.",
        vi="Các bước và mẫu thư để tìm người thân của trẻ khi thiếu giấy tờ, qua "
        "đài phát thanh, mạng lưới cộng đồng và người có uy tín ở địa phương.",
        ar="خطوات ونماذج رسائل للعثور على أقارب الطفل عند غياب الوثائق، عبر "
        "الإذاعة والشبكات المجتمعية والقادة المحليين.",
    ),
    resource_type="toolkit",
    topics=("reintegration",),
    countries=("UG", "ID"),
    year=2021,
    publisher=UGANDA_NETWORK.name,
    audience_roles=("social_worker",),
    files=(
        ResourceFile(
            "en",
            "pdf",
            "Start with what the child remembers, then widen the circle step by "
            "step. Share only what is needed to find the family.",
            (
                "Listen to the child's memories: a market, a river, a church or "
                "mosque, a nickname.",
                "Ask the local leaders and the village child-protection volunteers.",
                "Announce on community radio without the child's name or photo.",
                "Check each lead with two sources before any visit.",
                "Prepare the family before the first meeting with the child.",
            ),
        ),
        ResourceFile(
            "id",
            "pdf",
            "Mulailah dari apa yang diingat anak, lalu perluas lingkarannya "
            "selangkah demi selangkah. Bagikan hanya informasi yang diperlukan.",
            (
                "Dengarkan ingatan anak: pasar, sungai, gereja atau masjid, nama "
                "panggilan.",
                "Tanyakan kepada tokoh setempat dan relawan perlindungan anak desa.",
                "Umumkan di radio komunitas tanpa nama atau foto anak.",
                "Periksa setiap petunjuk dengan dua sumber sebelum berkunjung.",
            ),
        ),
    ),
)

REFERRALS_STUDY = ResourceContent(
    title=Translated(
        en="Why children enter residential care: a study of referral paths",
        id="Mengapa anak masuk pengasuhan berbasis lembaga: kajian alur rujukan",
        vi="Vì sao trẻ vào chăm sóc tập trung: nghiên cứu các con đường chuyển gửi",
        ar="لماذا يدخل الأطفال الرعاية الإيوائية: دراسة لمسارات الإحالة",
    ),
    slug=Translated(
        en="study-of-referral-paths",
        id="kajian-alur-rujukan",
        vi="nghien-cuu-con-duong-chuyen-gui",
        ar="دراسة-مسارات-الإحالة",
    ),
    summary=Translated(
        en="Findings from two provinces: most children were placed for poverty or "
        "schooling, and many could have stayed home with support.",
        id="Temuan dari dua provinsi: sebagian besar anak ditempatkan karena "
        "kemiskinan atau sekolah, dan banyak yang sebenarnya dapat tetap di rumah "
        "dengan dukungan.",
        vi="Kết quả từ hai tỉnh: phần lớn trẻ được đưa vào cơ sở vì nghèo hoặc vì "
        "việc học, và nhiều trẻ lẽ ra có thể ở nhà nếu được hỗ trợ.",
        ar="نتائج من محافظتين: أُودع معظم الأطفال بسبب الفقر أو الدراسة، وكان "
        "بإمكان كثير منهم البقاء في المنزل لو توفر الدعم.",
    ),
    resource_type="research",
    topics=("gatekeeping",),
    countries=("VN", "ID"),
    year=2022,
    publisher=NGHE_AN.name,
    audience_roles=("supervisor", "administrator"),
    files=(
        ResourceFile(
            "en",
            "pdf",
            "The study read the files of placements over three years (without "
            "names) and interviewed staff of the social-affairs offices.",
            (
                "Poverty and schooling were the most common reasons given.",
                "Few files recorded an assessment of the wider family.",
                "Children from the same commune were often placed together.",
                "Recommendation: a gatekeeping panel in every district.",
                "Recommendation: small grants that keep children in school at home.",
            ),
        ),
        ResourceFile(
            "vi",
            "pdf",
            "Nghiên cứu xem xét hồ sơ tiếp nhận trong ba năm (không ghi tên) và "
            "phỏng vấn cán bộ các cơ quan xã hội.",
            (
                "Nghèo và việc học là những lý do thường gặp nhất.",
                "Ít hồ sơ ghi lại việc đánh giá đại gia đình của trẻ.",
                "Trẻ cùng một xã thường được tiếp nhận cùng nhau.",
                "Khuyến nghị: mỗi huyện có một hội đồng sàng lọc đầu vào.",
            ),
        ),
    ),
)

POSITIVE_PARENTING_HANDOUT = ResourceContent(
    title=Translated(
        en="Positive parenting handout for families",
        id="Lembar informasi pengasuhan positif untuk keluarga",
        vi="Tài liệu phát tay về nuôi dạy con tích cực cho gia đình",
        ar="نشرة التربية الإيجابية للأسر",
    ),
    slug=Translated(
        en="positive-parenting-handout",
        id="lembar-pengasuhan-positif",
        vi="tai-lieu-nuoi-day-con-tich-cuc",
        ar="نشرة-التربية-الإيجابية",
    ),
    summary=Translated(
        en="Two pages to leave with parents after a session: warmth, routines and "
        "discipline without violence.",
        id="Dua halaman untuk ditinggalkan kepada orang tua setelah sesi: "
        "kehangatan, rutinitas, dan disiplin tanpa kekerasan.",
        vi="Hai trang để lại cho cha mẹ sau buổi sinh hoạt: sự ấm áp, nếp sinh "
        "hoạt và kỷ luật không bạo lực.",
        ar="صفحتان تُتركان للوالدين بعد الجلسة: الدفء والروتين والانضباط دون عنف.",
    ),
    resource_type="training_material",
    topics=("family-based-care",),
    countries=("JO", "LB", "SY"),
    year=2024,
    publisher=RURAL_DAMASCUS.name,
    audience_roles=("social_worker", "counsellor"),
    files=(
        ResourceFile(
            "en",
            "docx",
            "Small daily habits build a child's trust more than big promises.",
            (
                "Spend ten minutes a day doing what your child chooses.",
                "Keep the same times for meals and sleep.",
                "Praise what your child does well, right away.",
                "Say clearly what you expect, in a calm voice.",
                "Never hit or shame: take a break, then talk.",
            ),
        ),
        ResourceFile(
            "ar",
            "docx",
            "العادات اليومية الصغيرة تبني ثقة الطفل أكثر من الوعود الكبيرة.",
            (
                "اقضِ عشر دقائق يوميًا في ما يختاره طفلك.",
                "حافظ على مواعيد ثابتة للطعام والنوم.",
                "امدح ما يحسنه طفلك فورًا.",
                "قل بوضوح ما تتوقعه، بصوت هادئ.",
                "لا تضرب ولا تُهِن: خذ استراحة ثم تحدّث.",
            ),
        ),
    ),
)

MENTAL_HEALTH_HOME_CARE = ResourceContent(
    title=Translated(
        en="Supporting people with a mental disorder at home",
        id="Mendampingi orang dengan gangguan jiwa di rumah",
        vi="Hỗ trợ người có rối nhiễu tâm trí tại gia đình",
        ar="دعم الأشخاص ذوي الاضطراب النفسي في المنزل",
    ),
    slug=Translated(
        en="mental-disorder-home-support",
        id="pendampingan-gangguan-jiwa-di-rumah",
        vi="ho-tro-roi-nhieu-tam-tri-tai-gia-dinh",
        ar="دعم-الاضطراب-النفسي-في-المنزل",
    ),
    summary=Translated(
        en="A guide for community workers visiting families who care at home for a "
        "relative with a mental disorder, and for the children of those families.",
        id="Panduan bagi petugas masyarakat yang mengunjungi keluarga yang merawat "
        "kerabat dengan gangguan jiwa di rumah, dan bagi anak-anak dalam keluarga "
        "itu.",
        vi="Hướng dẫn cho cán bộ cộng đồng đến thăm các gia đình đang chăm sóc người "
        "thân có rối nhiễu tâm trí tại nhà, và cho trẻ em trong những gia đình đó.",
        ar="دليل للعاملين المجتمعيين الذين يزورون أسرًا ترعى في المنزل قريبًا "
        "يعاني من الاضطراب النفسي، ولأطفال تلك الأسر.",
    ),
    resource_type="guide",
    topics=("mental-health-psychosocial-support",),
    countries=("VN",),
    year=2022,
    publisher=NGHE_AN.name,
    audience_roles=("social_worker", "nurse"),
    files=(
        ResourceFile(
            "en",
            "pdf",
            "Families are the first carers. A regular, calm visit helps them keep "
            "going and protects the children in the home.",
            (
                "Ask how the week went, for the person and for the family.",
                "Check that medicines are taken and stored out of children's reach.",
                "Notice how the children are coping, and whether they go to school.",
                "Know the warning signs that need the health centre the same day.",
                "Link the family to a support group close to home.",
            ),
        ),
        ResourceFile(
            "vi",
            "pdf",
            "Gia đình là người chăm sóc đầu tiên. Những chuyến thăm đều đặn, bình "
            "tĩnh giúp họ vững vàng và bảo vệ trẻ em trong nhà.",
            (
                "Hỏi xem tuần qua thế nào, với người bệnh và với cả gia đình.",
                "Kiểm tra thuốc được uống đúng và cất xa tầm tay trẻ em.",
                "Để ý trẻ em đang thích ứng ra sao và có đi học không.",
                "Nắm các dấu hiệu cảnh báo cần đưa đến trạm y tế ngay trong ngày.",
                "Kết nối gia đình với nhóm hỗ trợ gần nhà.",
            ),
        ),
        ResourceFile(
            "id",
            "docx",
            "Keluarga adalah perawat pertama. Kunjungan yang rutin dan tenang "
            "membantu mereka bertahan dan melindungi anak-anak di rumah.",
            (
                "Tanyakan bagaimana minggu ini, bagi orang tersebut dan keluarganya.",
                "Pastikan obat diminum dan disimpan jauh dari jangkauan anak.",
                "Perhatikan bagaimana anak-anak menghadapinya dan apakah mereka "
                "bersekolah.",
            ),
        ),
    ),
)

RESOURCES = (
    GATEKEEPING_CHECKLIST,
    REINTEGRATION_READINESS,
    PARENTS_MEETING_GUIDE,
    HOME_VISIT_FORM,
    AUTISM_REFERRAL_GUIDE,
    CASE_CONFERENCE_TEMPLATE,
    COMMUNITY_CASE_MANAGEMENT_PROTOCOL,
    LIFE_SKILLS_SESSIONS,
    FAMILY_TRACING_TOOLKIT,
    REFERRALS_STUDY,
    POSITIVE_PARENTING_HANDOUT,
    MENTAL_HEALTH_HOME_CARE,
)
