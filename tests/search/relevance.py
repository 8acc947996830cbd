"""The relevance suite's data: a small corpus in four languages and the queries
whose expected result must come in the top three.

Each document: its kind, (for lessons) its module, and per language a title,
summary and body. Each case: (language, query, document key, what it tests).
"""

CORPUS = {
    "reunification": {
        "kind": "news",
        "en": (
            "Twelve children return to their families in Jambi",
            "Social workers traced relatives and prepared each family before "
            "reunification.",
            "After months of family tracing, the centre's caseworkers reunified "
            "twelve children with parents and grandparents. Each home visit checked "
            "safety, school enrolment and income.",
        ),
        "id": (
            "Dua belas anak kembali ke keluarga mereka di Jambi",
            "Pekerja sosial menelusuri kerabat dan menyiapkan setiap keluarga "
            "sebelum reunifikasi.",
            "Setelah berbulan-bulan penelusuran keluarga, para pekerja sosial "
            "menyatukan kembali dua belas anak dengan orang tua dan kakek nenek.",
        ),
        "vi": (
            "Mười hai trẻ em trở về với gia đình ở Jambi",
            "Cán bộ xã hội tìm kiếm người thân và chuẩn bị cho từng gia đình trước "
            "khi đoàn tụ.",
            "Sau nhiều tháng truy tìm gia đình, cán bộ trung tâm đã đưa mười hai trẻ "
            "em về với cha mẹ và ông bà.",
        ),
        "ar": (
            "عودة اثني عشر طفلاً إلى أسرهم في جامبي",
            "تتبّع الأخصائيون الاجتماعيون الأقارب وهيّأوا كل أسرة قبل لمّ الشمل.",
            "بعد أشهر من اقتفاء أثر الأسر، أعاد العاملون في المركز اثني عشر طفلاً "
            "إلى والديهم وأجدادهم.",
        ),
    },
    "case-conference": {
        "kind": "news",
        "en": (
            "Case conferences move online in remote districts",
            "Supervisors now join multidisciplinary case conferences by video.",
            "Counsellors, teachers and health workers meet every Thursday to review "
            "the plans of children at risk.",
        ),
        "id": (
            "Konferensi kasus kini daring di kabupaten terpencil",
            "Supervisor kini mengikuti konferensi kasus multidisiplin melalui video.",
            "Konselor, guru dan petugas kesehatan bertemu setiap Kamis untuk "
            "meninjau rencana anak yang berisiko.",
        ),
        "vi": (
            "Hội nghị ca chuyển sang trực tuyến ở các huyện vùng sâu",
            "Người giám sát nay tham gia hội nghị ca liên ngành qua video.",
            "Nhà tư vấn, giáo viên và nhân viên y tế gặp nhau mỗi thứ Năm để xem "
            "xét kế hoạch của trẻ có nguy cơ.",
        ),
        "ar": (
            "مؤتمرات الحالة عبر الإنترنت في المناطق النائية",
            "ينضم المشرفون الآن إلى مؤتمرات الحالة متعددة التخصصات عبر الفيديو.",
            "يلتقي المرشدون والمعلمون والعاملون الصحيون كل خميس لمراجعة خطط "
            "الأطفال المعرضين للخطر.",
        ),
    },
    "foster-carers": {
        "kind": "news",
        "en": (
            "Foster carers trained in positive parenting",
            "Forty foster families learnt positive discipline and play.",
            "The training covered praise, routines and calm ways to set limits "
            "without harsh punishment.",
        ),
        "id": (
            "Keluarga asuh dilatih pengasuhan positif",
            "Empat puluh keluarga asuh belajar disiplin positif dan bermain.",
            "Pelatihan membahas pujian, rutinitas dan cara tenang menetapkan batas "
            "tanpa hukuman keras.",
        ),
        "vi": (
            "Gia đình chăm sóc thay thế được tập huấn nuôi dạy con tích cực",
            "Bốn mươi gia đình học về kỷ luật tích cực và vui chơi.",
            "Khóa tập huấn bao gồm khen ngợi, nếp sinh hoạt và cách đặt giới hạn "
            "một cách bình tĩnh, không trừng phạt nặng nề.",
        ),
        "ar": (
            "تدريب الأسر البديلة على التربية الإيجابية",
            "تعلّمت أربعون أسرة بديلة الانضباط الإيجابي واللعب.",
            "شمل التدريب الثناء والروتين اليومي وطرقاً هادئة لوضع الحدود دون عقاب قاسٍ.",
        ),
    },
    "safer-schools": {
        "kind": "news",
        "en": (
            "Safer schools: teachers learn to refer children at risk",
            "Two hundred teachers learnt the signs of abuse and neglect.",
            "Every school now has a focal point who knows the referral pathway to "
            "the social affairs office.",
        ),
        "id": (
            "Sekolah yang lebih aman: guru belajar merujuk anak berisiko",
            "Dua ratus guru mempelajari tanda-tanda kekerasan dan penelantaran.",
            "Setiap sekolah kini punya petugas perlindungan anak yang mengetahui "
            "alur rujukan ke dinas sosial.",
        ),
        "vi": (
            "Trường học an toàn hơn: giáo viên học cách chuyển tuyến trẻ có nguy cơ",
            "Hai trăm giáo viên học nhận biết dấu hiệu xâm hại và sao nhãng.",
            "Mỗi trường nay có một đầu mối bảo vệ trẻ em nắm rõ quy trình chuyển "
            "tuyến.",
        ),
        "ar": (
            "مدارس أكثر أماناً: المعلمون يتعلمون إحالة الأطفال المعرضين للخطر",
            "تعلّم مئتا معلم علامات الإساءة والإهمال.",
            "أصبح في كل مدرسة مسؤول عن حمايةِ الأطفال يعرف مسار الإحالة إلى مكتب "
            "الشؤون الاجتماعية.",
        ),
    },
    "hospital-desk": {
        "kind": "news",
        "en": (
            "Hospital social work desk opens for children",
            "A social worker now meets every child admitted after an injury.",
            "The desk links families with counselling and legal aid.",
        ),
    },
    "gatekeeping": {
        "kind": "module",
        "en": (
            "Gatekeeping: care only when necessary",
            "Place a child in residential care only when it is truly necessary.",
            "Explain why family-based care comes first\n"
            "Name the steps from referral to follow-up",
        ),
        "id": (
            "Gatekeeping: pengasuhan hanya bila perlu",
            "Tempatkan anak di panti hanya bila benar-benar perlu.",
            "Menjelaskan mengapa pengasuhan berbasis keluarga didahulukan",
        ),
        "vi": (
            "Kiểm soát đầu vào: chỉ chăm sóc thay thế khi cần thiết",
            "Chỉ đưa trẻ vào cơ sở chăm sóc khi thật sự cần thiết.",
            "Giải thích vì sao chăm sóc dựa vào gia đình được ưu tiên",
        ),
        "ar": (
            "ضبط الإيداع: الرعاية عند الضرورة فقط",
            "لا يُودَع الطفل في الرعاية المؤسسية إلا عند الضرورة.",
            "شرح أسباب تقديم الرعاية الأسرية",
        ),
    },
    "reintegration": {
        "kind": "module",
        "en": (
            "Reintegration of children into family care",
            "Plan, prepare and follow up a child's return from residential care.",
            "Assess the readiness of child and family\nPlan follow-up visits",
        ),
        "id": (
            "Reintegrasi anak ke dalam pengasuhan keluarga",
            "Merencanakan, menyiapkan dan memantau kepulangan anak dari panti.",
            "Menilai kesiapan anak dan keluarga",
        ),
        "vi": (
            "Tái hòa nhập trẻ em vào chăm sóc gia đình",
            "Lập kế hoạch, chuẩn bị và theo dõi việc trẻ trở về từ cơ sở chăm sóc.",
            "Đánh giá mức độ sẵn sàng của trẻ và gia đình",
        ),
        "ar": (
            "إعادة إدماج الأطفال في الرعاية الأسرية",
            "التخطيط لعودة الطفل من الرعاية الإيوائية والتحضير لها ومتابعتها.",
            "تقييم جاهزية الطفل والأسرة",
        ),
    },
    "psychosocial": {
        "kind": "module",
        "en": (
            "Psychosocial support after a crisis",
            "Help children recover from frightening events.",
            "Recognise signs of distress\nOffer psychological first aid",
        ),
        "id": (
            "Dukungan psikososial setelah krisis",
            "Membantu anak pulih dari peristiwa yang menakutkan.",
            "Mengenali tanda-tanda tekanan",
        ),
        "vi": (
            "Hỗ trợ tâm lý xã hội sau khủng hoảng",
            "Giúp trẻ hồi phục sau những sự việc đáng sợ.",
            "Nhận biết dấu hiệu căng thẳng",
        ),
        "ar": (
            "الدعم النفسي الاجتماعي بعد الأزمات",
            "مساعدة الأطفال على التعافي من الأحداث المخيفة.",
            "التعرّف على علامات الضيق",
        ),
    },
    "referral": {
        "kind": "lesson",
        "module": "gatekeeping",
        "en": (
            "Identification and referral",
            "Who spots a child at risk, and how a referral reaches the team.",
            "Teachers, health workers and neighbours identify children at risk and "
            "refer them to the social worker on duty.",
        ),
        "id": (
            "Identifikasi dan rujukan",
            "Siapa yang mengenali anak berisiko dan bagaimana rujukan sampai ke tim.",
            "Guru, petugas kesehatan dan tetangga mengenali anak berisiko.",
        ),
        "vi": (
            "Phát hiện và chuyển tuyến",
            "Ai phát hiện trẻ có nguy cơ và việc chuyển tuyến đến nhóm ra sao.",
            "Giáo viên, nhân viên y tế và hàng xóm phát hiện trẻ có nguy cơ.",
        ),
        "ar": (
            "التعرّف والإحالة",
            "من يلاحظ الطفل المعرض للخطر وكيف تصل الإحالة إلى الفريق.",
            "يتعرّف المعلمون والعاملون الصحيون والجيران على الأطفال المعرضين للخطر.",
        ),
    },
    "assessment": {
        "kind": "lesson",
        "module": "gatekeeping",
        "en": (
            "Assessment before any placement",
            "No placement is decided without a full assessment of the family.",
            "The assessment looks at safety, needs and the strengths of the wider "
            "family before alternative care is considered.",
        ),
        "id": (
            "Asesmen sebelum penempatan",
            "Tidak ada penempatan tanpa asesmen menyeluruh atas keluarga.",
            "Asesmen menilai keselamatan, kebutuhan dan kekuatan keluarga besar.",
        ),
        "vi": (
            "Đánh giá trước khi sắp xếp chăm sóc",
            "Không quyết định sắp xếp chăm sóc nào khi chưa đánh giá đầy đủ gia đình.",
            "Việc đánh giá xem xét an toàn, nhu cầu và điểm mạnh của đại gia đình.",
        ),
        "ar": (
            "التقييم قبل أي إيداع",
            "لا يُتخذ قرار الإيداع دون تقييم شامل للأسرة.",
            "يتناول التقييم السلامة والاحتياجات ونقاط قوة الأسرة الممتدة.",
        ),
    },
    "preparing-return": {
        "kind": "lesson",
        "module": "reintegration",
        "en": (
            "Preparing the family for a child's return",
            "Home visits before the return build trust and show what support is "
            "needed.",
            "Talk with parents about the reasons the child left, agree a safety plan "
            "and check the readiness of the household.",
        ),
        "id": (
            "Menyiapkan keluarga untuk kepulangan anak",
            "Kunjungan rumah sebelum kepulangan membangun kepercayaan.",
            "Bicarakan dengan orang tua alasan anak pergi dan sepakati rencana "
            "keselamatan.",
        ),
        "vi": (
            "Chuẩn bị gia đình cho ngày trẻ trở về",
            "Các lần thăm nhà trước khi trẻ trở về giúp xây dựng lòng tin.",
            "Trao đổi với cha mẹ về lý do trẻ rời đi và thống nhất kế hoạch an toàn.",
        ),
        "ar": (
            "تهيئة الأسرة لعودة الطِّفْلِ",
            "الزيارات المنزلية قبل العودة تبني الثقة.",
            "تحدّث مع الوالدين عن أسباب مغادرة الطفل واتفق على خطة للسلامة.",
        ),
    },
    "listening": {
        "kind": "lesson",
        "module": "psychosocial",
        "en": (
            "Listening to a distressed child",
            "Sit at the child's level, listen more than you speak.",
            "Children who have lived through violence need calm, predictable adults "
            "who believe them.",
        ),
        "id": (
            "Mendengarkan anak yang tertekan",
            "Duduk sejajar dengan anak, lebih banyak mendengar daripada berbicara.",
            "Anak yang mengalami kekerasan membutuhkan orang dewasa yang tenang.",
        ),
        "vi": (
            "Lắng nghe trẻ đang bị tổn thương tâm lý",
            "Ngồi ngang tầm với trẻ, lắng nghe nhiều hơn nói.",
            "Trẻ từng trải qua bạo lực cần những người lớn bình tĩnh.",
        ),
        "ar": (
            "الإصغاء إلى طفل مضطرب",
            "اجلس في مستوى الطفل وأصغِ أكثر مما تتكلم.",
            "يحتاج الأطفال الذين عاشوا العنف إلى بالغين هادئين يصدّقونهم.",
        ),
    },
    "self-care": {
        "kind": "lesson",
        "module": "psychosocial",
        "en": (
            "Self-care for caseworkers",
            "Notice burnout early and ask your supervisor for support.",
            "Secondary trauma is common among people who hear children's stories "
            "every day.",
        ),
        "id": (
            "Perawatan diri bagi pekerja kasus",
            "Kenali kelelahan sejak dini dan minta dukungan supervisor.",
            "Trauma sekunder umum dialami orang yang mendengar cerita anak setiap "
            "hari.",
        ),
    },
}

CASES = [
    # English: stems, words across fields, typos ("did you mean").
    ("en", "reunify families", "reunification", "stem: reunify ~ reunified"),
    ("en", "tracing relatives", "reunification", "stem: tracing ~ traced"),
    ("en", "case conference", "case-conference", "plural in title"),
    ("en", "supervisor video", "case-conference", "summary words"),
    ("en", "foster carer", "foster-carers", "plural"),
    ("en", "positive parenting", "foster-carers", "title phrase"),
    ("en", "teachers referring children", "safer-schools", "stem: referring ~ refer"),
    ("en", "hospital", "hospital-desk", "English-only story"),
    ("en", "gatekeeping", "gatekeeping", "module title"),
    ("en", "residential care necessary", "gatekeeping", "summary words"),
    ("en", "reintegration", "reintegration", "module title"),
    ("en", "psychosocial support", "psychosocial", "module title"),
    ("en", "assessing placements", "assessment", "stem: assessing ~ assessment"),
    ("en", "preparing family return", "preparing-return", "lesson title"),
    ("en", "listening distressed children", "listening", "stems"),
    ("en", "burnout", "self-care", "lesson summary"),
    ("en", "gatekeepign", "gatekeeping", "typo"),
    ("en", "reintegraton", "reintegration", "typo"),
    # Indonesian: prefixes and suffixes (me-, pe-, -an, ber-).
    ("id", "reunifikasi", "reunification", "summary word"),
    ("id", "menelusuri keluarga", "reunification", "stem: menelusuri ~ penelusuran"),
    ("id", "konferensi kasus", "case-conference", "title"),
    ("id", "keluarga asuh", "foster-carers", "title"),
    (
        "id",
        "melindungi anak sekolah",
        "safer-schools",
        "stem: melindungi ~ perlindungan",
    ),
    ("id", "gatekeeping", "gatekeeping", "title"),
    ("id", "reintegrasi", "reintegration", "title"),
    ("id", "psikososial", "psychosocial", "title"),
    ("id", "didengar", "listening", "stem: didengar ~ mendengarkan"),
    ("id", "penempatan asesmen", "assessment", "title words"),
    ("id", "pulang", "preparing-return", "stem: pulang ~ kepulangan"),
    ("id", "kelelahan", "self-care", "summary word"),
    ("id", "psikososal", "psychosocial", "typo"),
    # Vietnamese: with and without diacritics.
    ("vi", "tre em tro ve gia dinh", "reunification", "no diacritics"),
    ("vi", "trẻ em trở về", "reunification", "with diacritics"),
    ("vi", "hoi nghi ca", "case-conference", "no diacritics"),
    ("vi", "nuoi day con tich cuc", "foster-carers", "no diacritics"),
    ("vi", "truong hoc an toan", "safer-schools", "no diacritics"),
    ("vi", "kiem soat dau vao", "gatekeeping", "no diacritics"),
    ("vi", "tai hoa nhap", "reintegration", "no diacritics"),
    ("vi", "ho tro tam ly xa hoi", "psychosocial", "no diacritics"),
    ("vi", "chuyển tuyến", "referral", "with diacritics"),
    ("vi", "lang nghe", "listening", "no diacritics"),
    ("vi", "Đánh giá", "assessment", "capital Đ"),
    # Arabic: short vowels, hamza forms, ta marbuta, alef maqsura, light stems.
    ("ar", "الاسر البديله", "foster-carers", "hamza and ta marbuta dropped"),
    ("ar", "المدرسه", "safer-schools", "ta marbuta as ha"),
    ("ar", "حمايه الاطفال", "safer-schools", "hamza and ta marbuta dropped"),
    ("ar", "الدعم النفسي", "psychosocial", "title"),
    ("ar", "اعادة ادماج", "reintegration", "hamza dropped"),
    ("ar", "الطفل", "preparing-return", "short vowels in the title"),
    ("ar", "الإحاله", "referral", "ta marbuta as ha"),
    ("ar", "ضبط الايداع", "gatekeeping", "hamza dropped"),
    ("ar", "مؤتمر الحالة", "case-conference", "stem: singular of مؤتمرات"),
    ("ar", "الزِّيارات المنزليّة", "preparing-return", "short vowels in the query"),
]

# A library resource whose PDF holds a term that no title, summary or page body
# has (the demo's gatekeeping decision checklist does the same with "ecomap").
PDF_RESOURCE = (
    "pdf-checklist",
    "en",
    "Draw the family's ecomap before the case conference.",
)
PDF_CASE = ("en", "ecomap", "pdf-checklist", "a term only inside a PDF")
