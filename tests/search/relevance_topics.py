"""The training topics of the large relevance corpus: per topic and language,
three aspects (a heading, a sentence, and a query a reader might type for it,
often in another form of the same words), and a query for the topic itself.

The topic's own name and definition come from locale/glossary.csv, so the
corpus speaks the product's vocabulary.
"""

TOPICS = {
    "gatekeeping": {
        "queries": {
            "en": "gatekeeping",
            "id": "penapisan pengasuhan",
            "vi": "sang loc dau vao",
            "ar": "ضبط الدخول الى الرعايه",
        },
        "en": [
            (
                "Identifying children at risk",
                "Teachers, health workers and community networks spot children at "
                "risk early and refer them before a family breaks apart.",
                "teacher spotting risks",
            ),
            (
                "The placement decision",
                "A multidisciplinary team decides on each placement after a thorough "
                "assessment, never one person alone.",
                "team deciding placements",
            ),
            (
                "Preventing needless separation",
                "Cash support, parenting help and regular visits prevent most "
                "separations, so children stay at home.",
                "preventing separation",
            ),
        ],
        "id": [
            (
                "Mengidentifikasi anak berisiko",
                "Guru, petugas kesehatan, dan jejaring masyarakat mengenali anak "
                "berisiko sejak dini lalu merujuknya sebelum keluarga tercerai-berai.",
                "jejaring masyarakat",
            ),
            (
                "Keputusan penempatan",
                "Tim multidisiplin memutuskan setiap penempatan setelah asesmen "
                "menyeluruh, tidak pernah oleh satu orang saja.",
                "tim menempatkan anak",
            ),
            (
                "Mencegah pemisahan yang tidak perlu",
                "Bantuan tunai, pendampingan pengasuhan, dan kunjungan rutin mencegah "
                "sebagian besar pemisahan, sehingga anak tetap di rumah.",
                "pencegahan pemisahan",
            ),
        ],
        "vi": [
            (
                "Phát hiện trẻ có nguy cơ",
                "Giáo viên, nhân viên y tế và mạng lưới cộng đồng sớm phát hiện trẻ "
                "có nguy cơ và chuyển gửi trước khi gia đình tan vỡ.",
                "phat hien tre co nguy co",
            ),
            (
                "Quyết định sắp xếp nơi ở",
                "Nhóm đa ngành quyết định từng trường hợp sắp xếp nơi ở sau khi đánh "
                "giá kỹ lưỡng, không bao giờ chỉ một người.",
                "quyết định sắp xếp nơi ở",
            ),
            (
                "Ngăn ngừa việc tách trẻ không cần thiết",
                "Hỗ trợ tiền mặt, giúp đỡ cha mẹ và thăm nhà đều đặn ngăn ngừa phần "
                "lớn các trường hợp tách trẻ khỏi gia đình.",
                "ngan ngua tach tre",
            ),
        ],
        "ar": [
            (
                "التعرف على الأطفال المعرضين للخطر",
                "يكتشف المعلمون والعاملون الصحيون والشبكات المجتمعية الأطفال "
                "المعرضين للخطر مبكرًا ويحيلونهم قبل أن تتفكك الأسرة.",
                "الاطفال المعرضين للخطر",
            ),
            (
                "قرار الإيداع",
                "يتخذ الفريق متعدد التخصصات قرار كل إيداع بعد تقييم شامل، ولا "
                "ينفرد به شخص واحد أبدًا.",
                "قرار الايداع",
            ),
            (
                "منع الفصل غير الضروري",
                "الدعم النقدي والمساندة في التربية والزيارات المنتظمة تمنع معظم "
                "حالات فصل الأطفال عن أسرهم.",
                "منع فصل الاطفال",
            ),
        ],
    },
    "reintegration": {
        "queries": {
            "en": "reintegrating children",
            "id": "reintegrasi anak",
            "vi": "tái hòa nhập",
            "ar": "اعادة ادماج الاطفال",
        },
        "en": [
            (
                "Is the family ready?",
                "Before a return, social workers assess the readiness of the "
                "household, the income and the safety of the home.",
                "assessing household readiness",
            ),
            (
                "Reintegrating close to home",
                "With little money, centres reintegrate children close to home first, "
                "where follow-up visits cost less.",
                "reintegrated close to home",
            ),
            (
                "Follow-up after the return",
                "During the first months after a child goes home, the worker visits "
                "often and checks school attendance.",
                "workers visiting often",
            ),
        ],
        "id": [
            (
                "Apakah keluarga sudah siap?",
                "Sebelum anak pulang, pekerja sosial menilai kesiapan rumah tangga, "
                "penghasilan, dan keamanan rumah.",
                "menyiapkan rumah tangga",
            ),
            (
                "Reintegrasi dekat rumah",
                "Dengan dana terbatas, balai mendahulukan reintegrasi anak ke daerah "
                "terdekat, tempat kunjungan lanjutan lebih murah.",
                "daerah dekat",
            ),
            (
                "Pendampingan setelah kepulangan",
                "Pada bulan-bulan pertama setelah kepulangan anak, pekerja sosial "
                "sering berkunjung dan memeriksa kehadiran di sekolah.",
                "kepulangan anak",
            ),
        ],
        "vi": [
            (
                "Gia đình đã sẵn sàng chưa?",
                "Trước khi trẻ trở về, nhân viên công tác xã hội đánh giá mức độ sẵn "
                "sàng của hộ gia đình, thu nhập và sự an toàn của ngôi nhà.",
                "muc do san sang cua ho gia dinh",
            ),
            (
                "Tái hòa nhập gần nhà",
                "Khi kinh phí hạn hẹp, trung tâm ưu tiên đưa trẻ về gần nhà trước, "
                "nơi các chuyến thăm theo dõi tốn ít chi phí hơn.",
                "kinh phí hạn hẹp",
            ),
            (
                "Theo dõi sau khi trẻ trở về",
                "Trong những tháng đầu sau khi trẻ về nhà, cán bộ thường xuyên đến "
                "thăm và kiểm tra việc đi học.",
                "kiem tra viec di hoc",
            ),
        ],
        "ar": [
            (
                "هل الأسرة مستعدة؟",
                "قبل العودة يقيّم الأخصائيون الاجتماعيون جاهزية الأسرة ودخلها وسلامة "
                "المنزل.",
                "جاهزيه الاسره",
            ),
            (
                "إعادة الإدماج قرب المنزل",
                "حين يقل المال تبدأ المراكز بإعادة إدماج الأطفال في أماكن قريبة من "
                "منازلهم حيث تكون زيارات المتابعة أقل كلفة.",
                "زيارات المتابعه اقل كلفه",
            ),
            (
                "المتابعة بعد العودة",
                "في الأشهر الأولى بعد عودة الطفل إلى البيت يزوره الأخصائي كثيرًا "
                "ويتحقق من مواظبته على المدرسة.",
                "المواظبه على المدرسه",
            ),
        ],
    },
    "case-conference": {
        "queries": {
            "en": "case conferences",
            "id": "konferensi-konferensi kasus",
            "vi": "hop truong hop",
            "ar": "مؤتمر الحاله",
        },
        "en": [
            (
                "Presenting each child's needs",
                "Each social worker presents the child's needs, strengths and a "
                "recommended plan to the colleagues around the table.",
                "presented recommendations",
            ),
            (
                "Return home or remain at the centre",
                "The conference weighs two plans: return to the family, or remain at "
                "the centre until the family is ready.",
                "remaining at the centre",
            ),
            (
                "Meeting online",
                "During the pandemic the centre held its conferences online by video "
                "call, with sixteen participants joining from home.",
                "video calls participants",
            ),
        ],
        "id": [
            (
                "Memaparkan kebutuhan setiap anak",
                "Setiap pekerja sosial memaparkan kebutuhan, kekuatan, dan rencana "
                "yang direkomendasikan untuk anak kepada rekan-rekannya.",
                "rekomendasi rencana",
            ),
            (
                "Kembali ke keluarga atau tetap di balai",
                "Konferensi menimbang dua rencana: kembali ke keluarga, atau tetap "
                "tinggal di balai sampai keluarga siap.",
                "tetap tinggal di balai",
            ),
            (
                "Pertemuan daring",
                "Selama pandemi balai mengadakan konferensi secara daring melalui "
                "panggilan video, dengan enam belas peserta dari rumah masing-masing.",
                "panggil video",
            ),
        ],
        "vi": [
            (
                "Trình bày nhu cầu của từng trẻ",
                "Mỗi nhân viên công tác xã hội trình bày nhu cầu, điểm mạnh và kế "
                "hoạch đề xuất cho trẻ trước các đồng nghiệp.",
                "ke hoach de xuat",
            ),
            (
                "Trở về gia đình hay ở lại trung tâm",
                "Cuộc họp cân nhắc hai kế hoạch: trở về gia đình, hoặc ở lại trung tâm "
                "cho đến khi gia đình sẵn sàng.",
                "ở lại trung tâm",
            ),
            (
                "Họp trực tuyến",
                "Trong thời gian đại dịch, trung tâm tổ chức họp trực tuyến qua "
                "video với mười sáu người tham dự từ nhà.",
                "hop truc tuyen qua video",
            ),
        ],
        "ar": [
            (
                "عرض احتياجات كل طفل",
                "يعرض كل أخصائي اجتماعي احتياجات الطفل ونقاط قوته والخطة الموصى بها "
                "على زملائه.",
                "الموصي بها",
            ),
            (
                "العودة إلى الأسرة أو البقاء في المركز",
                "يوازن المؤتمر بين خطتين: العودة إلى الأسرة أو البقاء في المركز حتى "
                "تصبح الأسرة مستعدة.",
                "البقاء في المركز",
            ),
            (
                "الاجتماع عبر الإنترنت",
                "خلال الجائحة عقد المركز مؤتمراته عبر مكالمات الفيديو بمشاركة ستة "
                "عشر مشاركًا من منازلهم.",
                "مكالمات الفيديو",
            ),
        ],
    },
    "kinship-care": {
        "queries": {
            "en": "kinship care",
            "id": "diasuh kerabat",
            "vi": "cham soc boi nguoi than thich",
            "ar": "الرعايه لدى الاقارب",
        },
        "en": [
            (
                "Grandparents as carers",
                "Many children live with grandparents, aunts or uncles when their "
                "parents cannot care for them.",
                "grandparent aunt uncle",
            ),
            (
                "Support for relatives",
                "Relatives who take in a child often need food parcels, school fees "
                "and advice on the child's behaviour.",
                "relative school fee",
            ),
            (
                "Keeping children in their community",
                "Care by relatives keeps a child in a familiar language, school and "
                "faith community.",
                "familiar faith communities",
            ),
        ],
        "id": [
            (
                "Kakek dan nenek sebagai pengasuh",
                "Banyak anak tinggal bersama kakek, nenek, paman, atau bibi ketika "
                "orang tuanya tidak dapat merawat mereka.",
                "kakek nenek paman",
            ),
            (
                "Dukungan bagi kerabat",
                "Kerabat yang menampung anak sering membutuhkan paket sembako, biaya "
                "sekolah, dan nasihat tentang perilaku anak.",
                "membiayai sekolah",
            ),
            (
                "Anak tetap di lingkungannya",
                "Pengasuhan oleh kerabat membuat anak tetap dekat dengan bahasa, "
                "sekolah, dan komunitas agamanya.",
                "komunitas keagamaan",
            ),
        ],
        "vi": [
            (
                "Ông bà là người chăm sóc",
                "Nhiều trẻ sống với ông bà, cô dì hoặc chú bác khi cha mẹ không thể "
                "chăm sóc.",
                "ong ba co di chu bac",
            ),
            (
                "Hỗ trợ người thân",
                "Người thân nhận nuôi trẻ thường cần thực phẩm, học phí và lời khuyên "
                "về hành vi của trẻ.",
                "học phí thực phẩm",
            ),
            (
                "Giữ trẻ trong cộng đồng quen thuộc",
                "Chăm sóc bởi người thân giúp trẻ giữ được ngôn ngữ, trường học và "
                "cộng đồng tín ngưỡng quen thuộc.",
                "cong dong tin nguong",
            ),
        ],
        "ar": [
            (
                "الأجداد مقدمو رعاية",
                "يعيش كثير من الأطفال مع أجدادهم أو أعمامهم أو أخوالهم حين يعجز "
                "الوالدان عن رعايتهم.",
                "الاجداد",
            ),
            (
                "دعم الأقارب",
                "كثيرًا ما يحتاج الأقارب الذين يستقبلون طفلًا إلى سلال غذائية ورسوم "
                "مدرسية ونصائح حول سلوك الطفل.",
                "سلال غذائيه",
            ),
            (
                "بقاء الطفل في مجتمعه",
                "تُبقي رعاية الأقارب الطفل قريبًا من لغته ومدرسته ومجتمعه الديني "
                "المألوف.",
                "مجتمعه الديني",
            ),
        ],
    },
    "foster-care": {
        "queries": {
            "en": "foster families",
            "id": "keluarga asuh",
            "vi": "gia đình thay thế",
            "ar": "الاسر البديله",
        },
        "en": [
            (
                "Recruiting foster families",
                "The office recruits foster families through churches, mosques and "
                "radio announcements.",
                "recruitment radio announcement",
            ),
            (
                "Training and supervising carers",
                "Every foster carer completes pre-service training and receives a "
                "monthly supervision visit.",
                "monthly supervised carers",
            ),
            (
                "Matching a child with a family",
                "Matching considers the child's age, siblings, language and the "
                "family's experience with disability.",
                "matched siblings",
            ),
        ],
        "id": [
            (
                "Merekrut keluarga asuh",
                "Dinas sosial merekrut keluarga asuh melalui gereja, masjid, dan "
                "pengumuman di radio.",
                "merekrut keluarga asuh",
            ),
            (
                "Pelatihan dan pengawasan pengasuh",
                "Setiap orang tua asuh mengikuti pelatihan pra-layanan dan menerima "
                "kunjungan pengawasan setiap bulan.",
                "kunjungan pengawasan",
            ),
            (
                "Mencocokkan anak dengan keluarga",
                "Pencocokan mempertimbangkan usia anak, saudara kandung, bahasa, dan "
                "pengalaman keluarga dengan disabilitas.",
                "saudara kandung",
            ),
        ],
        "vi": [
            (
                "Tuyển chọn gia đình thay thế",
                "Cơ quan xã hội tuyển chọn gia đình thay thế qua nhà thờ, chùa và "
                "thông báo trên đài phát thanh.",
                "thông báo đài phát thanh",
            ),
            (
                "Tập huấn và giám sát người chăm sóc",
                "Mỗi cha mẹ thay thế đều hoàn thành khóa tập huấn ban đầu và được "
                "giám sát tại nhà hằng tháng.",
                "giam sat hang thang",
            ),
            (
                "Ghép nối trẻ với gia đình",
                "Việc ghép nối cân nhắc tuổi của trẻ, anh chị em ruột, ngôn ngữ và "
                "kinh nghiệm của gia đình với trẻ khuyết tật.",
                "anh chi em ruot",
            ),
        ],
        "ar": [
            (
                "استقطاب الأسر البديلة",
                "تستقطب المديرية الأسر البديلة عبر الكنائس والمساجد والإعلانات "
                "الإذاعية.",
                "الاعلانات الاذاعيه",
            ),
            (
                "تدريب مقدمي الرعاية والإشراف عليهم",
                "يُتم كل والد بديل تدريبًا قبل الاستقبال ويتلقى زيارة إشرافية كل شهر.",
                "زياره اشرافيه",
            ),
            (
                "مطابقة الطفل مع الأسرة",
                "تراعي المطابقة عمر الطفل وإخوته ولغته وخبرة الأسرة في التعامل مع "
                "الإعاقة.",
                "المطابقه",
            ),
        ],
    },
    "guardianship": {
        "queries": {
            "en": "legal guardians",
            "id": "wali",
            "vi": "giam ho",
            "ar": "الوصايه",
        },
        "en": [
            (
                "Appointing a guardian",
                "A court appoints a guardian when both parents have died or cannot "
                "exercise their responsibility.",
                "court appointments",
            ),
            (
                "Duties of a guardian",
                "The guardian consents to medical treatment, manages inheritance and "
                "enrols the child in school.",
                "managing inheritances",
            ),
            (
                "Reviewing guardianship",
                "Social workers review each arrangement yearly and report abuse of "
                "authority to the court.",
                "yearly reviews",
            ),
        ],
        "id": [
            (
                "Penunjukan wali",
                "Pengadilan menunjuk wali ketika kedua orang tua telah meninggal atau "
                "tidak dapat menjalankan tanggung jawabnya.",
                "penunjukan wali pengadilan",
            ),
            (
                "Kewajiban wali",
                "Wali memberikan persetujuan atas pengobatan, mengelola harta warisan, "
                "dan mendaftarkan anak ke sekolah.",
                "harta warisan",
            ),
            (
                "Peninjauan perwalian",
                "Pekerja sosial meninjau setiap perwalian sekali setahun dan "
                "melaporkan penyalahgunaan wewenang kepada pengadilan.",
                "menyalahgunakan wewenang",
            ),
        ],
        "vi": [
            (
                "Chỉ định người giám hộ",
                "Tòa án chỉ định người giám hộ khi cha mẹ đều đã mất hoặc không thể "
                "thực hiện trách nhiệm của mình.",
                "toa an chi dinh",
            ),
            (
                "Nghĩa vụ của người giám hộ",
                "Người giám hộ đồng ý cho việc điều trị, quản lý tài sản thừa kế và "
                "đăng ký cho trẻ đi học.",
                "tài sản thừa kế",
            ),
            (
                "Rà soát việc giám hộ",
                "Nhân viên công tác xã hội rà soát từng trường hợp giám hộ hằng năm và "
                "báo cáo việc lạm quyền với tòa án.",
                "lam quyen",
            ),
        ],
        "ar": [
            (
                "تعيين وصي",
                "تعيّن المحكمة وصيًا حين يتوفى الوالدان أو يعجزان عن القيام بمسؤوليتهما.",
                "تعيين المحكمه",
            ),
            (
                "واجبات الوصي",
                "يوافق الوصي على العلاج الطبي ويدير الميراث ويسجّل الطفل في المدرسة.",
                "الميراث",
            ),
            (
                "مراجعة الوصاية",
                "يراجع الأخصائيون الاجتماعيون كل ترتيب سنويًا ويبلغون المحكمة عن أي "
                "إساءة لاستعمال السلطة.",
                "اساءه استعمال السلطه",
            ),
        ],
    },
    "family-tracing": {
        "queries": {
            "en": "tracing families",
            "id": "menelusuri keluarga",
            "vi": "truy tim gia dinh",
            "ar": "تتبع الاسره",
        },
        "en": [
            (
                "When documents are missing",
                "Many children arrive without birth certificates, so the search starts "
                "from the village names they remember.",
                "missing birth certificate",
            ),
            (
                "Radio and social media appeals",
                "Photographs are never published, but radio appeals and community "
                "leaders often find a family within weeks.",
                "radio appeal",
            ),
            (
                "Verifying the relationship",
                "Before any reunion, the worker verifies the relationship with "
                "neighbours and local officials.",
                "verified relationships",
            ),
        ],
        "id": [
            (
                "Ketika dokumen tidak ada",
                "Banyak anak datang tanpa akta kelahiran, sehingga pencarian dimulai "
                "dari nama desa yang mereka ingat.",
                "akta lahir",
            ),
            (
                "Pengumuman di radio dan media sosial",
                "Foto anak tidak pernah dipublikasikan, tetapi pengumuman di radio "
                "dan tokoh masyarakat sering menemukan keluarga dalam hitungan minggu.",
                "tokoh masyarakat menemukan keluarga",
            ),
            (
                "Memastikan hubungan keluarga",
                "Sebelum anak dipertemukan kembali, petugas memastikan hubungan "
                "keluarga melalui tetangga dan aparat desa.",
                "aparat desa tetangga",
            ),
        ],
        "vi": [
            (
                "Khi thiếu giấy tờ",
                "Nhiều trẻ đến trung tâm không có giấy khai sinh, nên việc tìm kiếm "
                "bắt đầu từ tên làng mà trẻ còn nhớ.",
                "giay khai sinh",
            ),
            (
                "Thông báo trên đài và mạng xã hội",
                "Ảnh của trẻ không bao giờ được đăng, nhưng thông báo trên đài và "
                "người có uy tín trong cộng đồng thường tìm ra gia đình sau vài tuần.",
                "người có uy tín",
            ),
            (
                "Xác minh quan hệ gia đình",
                "Trước khi đoàn tụ, cán bộ xác minh quan hệ gia đình qua hàng xóm và "
                "chính quyền địa phương.",
                "xac minh quan he",
            ),
        ],
        "ar": [
            (
                "حين تغيب الوثائق",
                "يصل كثير من الأطفال بلا شهادات ميلاد، فيبدأ البحث من أسماء القرى "
                "التي يتذكرونها.",
                "شهادات الميلاد",
            ),
            (
                "النداءات عبر الإذاعة ووسائل التواصل",
                "لا تُنشر صور الأطفال أبدًا، لكن النداءات الإذاعية ووجهاء المجتمع "
                "كثيرًا ما يعثرون على الأسرة خلال أسابيع.",
                "وجهاء المجتمع",
            ),
            (
                "التحقق من صلة القرابة",
                "قبل لمّ الشمل يتحقق الأخصائي من صلة القرابة عبر الجيران والمسؤولين "
                "المحليين.",
                "صله القرابه",
            ),
        ],
    },
    "case-management": {
        "queries": {
            "en": "managing cases",
            "id": "manajemen kasus",
            "vi": "quản lý trường hợp",
            "ar": "اداره الحاله",
        },
        "en": [
            (
                "Opening a case",
                "A case opens with consent, a first safety check and a named worker "
                "the family can call.",
                "safety checks named workers",
            ),
            (
                "The case plan",
                "The plan sets goals with the family, lists the services and names "
                "who does what by which date.",
                "goals services dates",
            ),
            (
                "Heavy caseloads",
                "When each worker carries too many cases, interns can help with "
                "paperwork and follow-up calls.",
                "caseload interns paperwork",
            ),
        ],
        "id": [
            (
                "Membuka kasus",
                "Kasus dibuka dengan persetujuan, pemeriksaan keselamatan awal, dan "
                "satu petugas yang dapat dihubungi keluarga.",
                "memeriksa keselamatan",
            ),
            (
                "Rencana kasus",
                "Rencana menetapkan tujuan bersama keluarga, mencantumkan layanan, "
                "dan menyebut siapa mengerjakan apa dan kapan.",
                "penetapan tujuan",
            ),
            (
                "Beban kasus yang berat",
                "Ketika setiap petugas menangani terlalu banyak kasus, mahasiswa "
                "magang dapat membantu administrasi dan panggilan tindak lanjut.",
                "mahasiswa magang administrasi",
            ),
        ],
        "vi": [
            (
                "Mở hồ sơ trường hợp",
                "Một trường hợp được mở khi có sự đồng ý, kiểm tra an toàn ban đầu và "
                "một cán bộ phụ trách mà gia đình có thể gọi.",
                "kiem tra an toan ban dau",
            ),
            (
                "Kế hoạch can thiệp",
                "Kế hoạch đặt mục tiêu cùng gia đình, liệt kê dịch vụ và ghi rõ ai "
                "làm gì, khi nào.",
                "muc tieu dich vu",
            ),
            (
                "Số lượng trường hợp quá tải",
                "Khi mỗi cán bộ phụ trách quá nhiều trường hợp, sinh viên thực tập có "
                "thể hỗ trợ giấy tờ và các cuộc gọi theo dõi.",
                "sinh viên thực tập",
            ),
        ],
        "ar": [
            (
                "فتح الحالة",
                "تُفتح الحالة بموافقة الأسرة وفحص أولي للسلامة وتسمية أخصائي تتصل "
                "به الأسرة.",
                "فحص اولي للسلامه",
            ),
            (
                "خطة الحالة",
                "تحدد الخطة الأهداف مع الأسرة وتذكر الخدمات ومن يفعل ماذا ومتى.",
                "الخدمات",
            ),
            (
                "كثرة الحالات",
                "حين يتولى كل أخصائي حالات كثيرة يستطيع المتدربون الجامعيون "
                "المساعدة في الأعمال الورقية ومكالمات المتابعة.",
                "الاعمال الورقيه",
            ),
        ],
    },
    "community-case-management": {
        "queries": {
            "en": "community case management",
            "id": "manajemen kasus berbasis masyarakat",
            "vi": "quan ly truong hop dua vao cong dong",
            "ar": "اداره الحاله المجتمعيه",
        },
        "en": [
            (
                "Linking the centre with local associations",
                "The pilot links an institute for children with intellectual "
                "disabilities with associations in two nearby areas.",
                "associated institutes",
            ),
            (
                "Coordination across ministries",
                "Justice, interior, education and health meet each quarter to "
                "coordinate services around families.",
                "coordinating justice education health",
            ),
            (
                "A protective environment",
                "Neighbours, schools and religious leaders form a protective "
                "environment that notices violence early.",
                "protecting environments",
            ),
        ],
        "id": [
            (
                "Menghubungkan balai dengan perkumpulan lokal",
                "Uji coba ini menghubungkan lembaga bagi anak penyandang disabilitas "
                "intelektual dengan perkumpulan di dua wilayah terdekat.",
                "uji coba perkumpulan",
            ),
            (
                "Koordinasi lintas kementerian",
                "Kementerian hukum, dalam negeri, pendidikan, dan kesehatan bertemu "
                "setiap triwulan untuk mengoordinasikan layanan bagi keluarga.",
                "koordinasi kementerian",
            ),
            (
                "Lingkungan yang melindungi",
                "Tetangga, sekolah, dan tokoh agama membentuk lingkungan yang "
                "melindungi dan cepat menyadari kekerasan.",
                "tokoh agama",
            ),
        ],
        "vi": [
            (
                "Kết nối trung tâm với các hội đoàn thể",
                "Mô hình thí điểm kết nối một cơ sở dành cho trẻ khuyết tật trí tuệ "
                "với các hội ở hai khu vực lân cận.",
                "mo hinh thi diem",
            ),
            (
                "Phối hợp liên ngành",
                "Các ngành tư pháp, nội vụ, giáo dục và y tế họp mỗi quý để phối hợp "
                "dịch vụ cho gia đình.",
                "tư pháp nội vụ",
            ),
            (
                "Môi trường bảo vệ",
                "Hàng xóm, nhà trường và chức sắc tôn giáo tạo nên môi trường bảo vệ, "
                "sớm nhận ra bạo lực.",
                "chuc sac ton giao",
            ),
        ],
        "ar": [
            (
                "ربط المركز بالجمعيات المحلية",
                "يربط المشروع التجريبي معهدًا للأطفال ذوي الإعاقة الذهنية بجمعيات في "
                "منطقتين مجاورتين.",
                "المشروع التجريبي",
            ),
            (
                "التنسيق بين الوزارات",
                "تجتمع وزارات العدل والداخلية والتربية والصحة كل ثلاثة أشهر لتنسيق "
                "الخدمات حول الأسر.",
                "تنسيق الوزارات",
            ),
            (
                "بيئة حامية",
                "يشكّل الجيران والمدارس ورجال الدين بيئة حامية تلاحظ العنف مبكرًا.",
                "بيئه حاميه",
            ),
        ],
    },
    "autism": {
        "queries": {
            "en": "autistic children",
            "id": "anak autisme",
            "vi": "tre tu ky",
            "ar": "التوحد",
        },
        "en": [
            (
                "Early signs",
                "Signs often appear before age three: little eye contact, no pointing "
                "and delayed speech.",
                "eye contact pointing",
            ),
            (
                "Screening at home",
                "Nurses screen toddlers with a short questionnaire that parents "
                "answer during a home visit.",
                "screening toddlers questionnaires",
            ),
            (
                "Talking with parents",
                "Share concerns calmly, avoid labels and explain where the family "
                "can get a diagnosis.",
                "diagnosed labelling",
            ),
        ],
        "id": [
            (
                "Tanda-tanda awal",
                "Tanda sering muncul sebelum usia tiga tahun: jarang menatap mata, "
                "tidak menunjuk, dan keterlambatan bicara.",
                "terlambat bicara",
            ),
            (
                "Skrining di rumah",
                "Perawat melakukan skrining pada balita dengan kuesioner singkat yang "
                "dijawab orang tua saat kunjungan rumah.",
                "skrining kuesioner",
            ),
            (
                "Berbicara dengan orang tua",
                "Sampaikan kekhawatiran dengan tenang, hindari label, dan jelaskan "
                "tempat keluarga bisa mendapatkan diagnosis.",
                "mendiagnosis",
            ),
        ],
        "vi": [
            (
                "Dấu hiệu sớm",
                "Dấu hiệu thường xuất hiện trước ba tuổi: ít giao tiếp bằng mắt, "
                "không chỉ tay và chậm nói.",
                "cham noi",
            ),
            (
                "Sàng lọc tại nhà",
                "Điều dưỡng sàng lọc trẻ nhỏ bằng một bảng hỏi ngắn mà cha mẹ trả lời "
                "trong buổi thăm nhà.",
                "bang hoi ngan",
            ),
            (
                "Trao đổi với cha mẹ",
                "Chia sẻ lo lắng một cách bình tĩnh, tránh dán nhãn và giải thích nơi "
                "gia đình có thể được chẩn đoán.",
                "chẩn đoán",
            ),
        ],
        "ar": [
            (
                "العلامات المبكرة",
                "كثيرًا ما تظهر العلامات قبل سن الثالثة: قلة التواصل البصري وعدم "
                "الإشارة بالإصبع وتأخر الكلام.",
                "تاخر الكلام",
            ),
            (
                "الكشف في المنزل",
                "يجري الممرضون الكشف على الأطفال الصغار باستبيان قصير يجيب عنه "
                "الوالدان أثناء الزيارة المنزلية.",
                "استبيان قصير",
            ),
            (
                "الحديث مع الوالدين",
                "شارك مخاوفك بهدوء وتجنب إطلاق التسميات واشرح أين يمكن للأسرة الحصول "
                "على تشخيص.",
                "تشخيص",
            ),
        ],
    },
    "early-intervention": {
        "queries": {
            "en": "intervening early",
            "id": "intervensi dini",
            "vi": "can thiep som",
            "ar": "التدخل المبكر",
        },
        "en": [
            (
                "Play-based therapy at home",
                "Parents learn short daily play routines that build attention, "
                "imitation and turn-taking.",
                "imitating attention",
            ),
            (
                "Speech and communication",
                "Picture cards and simple signs help a child ask for food, water or "
                "a break.",
                "picture card signing",
            ),
            (
                "Working with preschools",
                "Preschool teachers adapt the classroom so that the child can learn "
                "alongside other children.",
                "adapting classrooms",
            ),
        ],
        "id": [
            (
                "Terapi bermain di rumah",
                "Orang tua mempelajari rutinitas bermain singkat setiap hari yang "
                "melatih perhatian, meniru, dan bergiliran.",
                "permainan meniru",
            ),
            (
                "Bicara dan komunikasi",
                "Kartu bergambar dan isyarat sederhana membantu anak meminta makan, "
                "minum, atau istirahat.",
                "kartu bergambar",
            ),
            (
                "Bekerja sama dengan PAUD",
                "Guru PAUD menyesuaikan ruang kelas agar anak dapat belajar bersama "
                "anak-anak lain.",
                "penyesuaian kelas",
            ),
        ],
        "vi": [
            (
                "Trị liệu qua chơi tại nhà",
                "Cha mẹ học các hoạt động chơi ngắn mỗi ngày giúp trẻ tập trung, bắt "
                "chước và biết chờ đến lượt.",
                "bắt chước",
            ),
            (
                "Ngôn ngữ và giao tiếp",
                "Thẻ hình và ký hiệu đơn giản giúp trẻ xin ăn, uống nước hoặc nghỉ.",
                "the hinh ky hieu",
            ),
            (
                "Phối hợp với trường mầm non",
                "Giáo viên mầm non điều chỉnh lớp học để trẻ có thể học cùng các bạn.",
                "giao vien mam non",
            ),
        ],
        "ar": [
            (
                "العلاج باللعب في المنزل",
                "يتعلم الوالدان أنشطة لعب يومية قصيرة تنمّي الانتباه والتقليد وتبادل "
                "الأدوار.",
                "التقليد والانتباه",
            ),
            (
                "الكلام والتواصل",
                "تساعد البطاقات المصورة والإشارات البسيطة الطفل على طلب الطعام أو "
                "الماء أو الاستراحة.",
                "البطاقات المصوره",
            ),
            (
                "العمل مع رياض الأطفال",
                "تكيّف معلمات رياض الأطفال الصف كي يتعلم الطفل مع أقرانه.",
                "رياض الاطفال",
            ),
        ],
    },
    "intellectual-disability": {
        "queries": {
            "en": "intellectual disabilities",
            "id": "disabilitas intelektual",
            "vi": "khuyet tat tri tue",
            "ar": "الاعاقه الذهنيه",
        },
        "en": [
            (
                "Learning everyday skills",
                "Break each task into small steps, such as dressing, washing hands "
                "and crossing the road.",
                "dressed washing hands",
            ),
            (
                "Inclusive schooling",
                "Children with intellectual disabilities do best in an ordinary "
                "school with a trained assistant.",
                "ordinary schools assistants",
            ),
            (
                "Protection from abuse",
                "These children face a higher risk of abuse and need adults who "
                "believe them and check on them.",
                "believing adults",
            ),
        ],
        "id": [
            (
                "Belajar keterampilan sehari-hari",
                "Pecah setiap tugas menjadi langkah kecil, seperti berpakaian, "
                "mencuci tangan, dan menyeberang jalan.",
                "cuci tangan berpakaian",
            ),
            (
                "Sekolah inklusif",
                "Anak penyandang disabilitas intelektual paling berkembang di sekolah "
                "umum dengan guru pendamping yang terlatih.",
                "guru mendampingi",
            ),
            (
                "Perlindungan dari kekerasan",
                "Anak-anak ini menghadapi risiko kekerasan yang lebih tinggi dan "
                "membutuhkan orang dewasa yang memercayai mereka.",
                "risiko kekerasan lebih tinggi",
            ),
        ],
        "vi": [
            (
                "Học kỹ năng hằng ngày",
                "Chia mỗi việc thành các bước nhỏ như mặc quần áo, rửa tay và sang "
                "đường.",
                "rua tay mac quan ao",
            ),
            (
                "Giáo dục hòa nhập",
                "Trẻ khuyết tật trí tuệ tiến bộ tốt nhất ở trường phổ thông với một "
                "trợ giảng được đào tạo.",
                "trợ giảng",
            ),
            (
                "Bảo vệ khỏi xâm hại",
                "Những trẻ này có nguy cơ bị xâm hại cao hơn và cần người lớn tin "
                "tưởng và thường xuyên hỏi han.",
                "nguoi lon tin tuong",
            ),
        ],
        "ar": [
            (
                "تعلّم المهارات اليومية",
                "قسّم كل مهمة إلى خطوات صغيرة مثل ارتداء الملابس وغسل اليدين وعبور "
                "الطريق.",
                "غسل اليدين",
            ),
            (
                "التعليم الدامج",
                "يتقدم الأطفال ذوو الإعاقة الذهنية أكثر في مدرسة عادية مع مساعد مدرَّب.",
                "مدرسه عاديه",
            ),
            (
                "الحماية من الإساءة",
                "يواجه هؤلاء الأطفال خطرًا أعلى للتعرض للإساءة ويحتاجون إلى بالغين "
                "يصدقونهم ويطمئنون عليهم.",
                "بالغين يصدقونهم",
            ),
        ],
    },
    "mental-disorder": {
        "queries": {
            "en": "mental disorders",
            "id": "orang dengan gangguan jiwa",
            "vi": "roi nhieu tam tri",
            "ar": "الاضطرابات النفسيه",
        },
        "en": [
            (
                "Caring for a parent with a mental disorder",
                "When a parent is unwell, children may take on adult chores and miss "
                "school.",
                "chores missing school",
            ),
            (
                "Medication and home visits",
                "Community nurses deliver medication and check side effects during "
                "home visits.",
                "medications side effect",
            ),
            (
                "Reducing shame",
                "Stigma keeps families from asking for help; talks at the health post "
                "and the mosque reduce it.",
                "stigmatised families",
            ),
        ],
        "id": [
            (
                "Merawat orang tua dengan gangguan jiwa",
                "Ketika orang tua sakit, anak bisa mengambil alih pekerjaan rumah "
                "orang dewasa dan bolos sekolah.",
                "membolos sekolah",
            ),
            (
                "Obat dan kunjungan rumah",
                "Perawat puskesmas mengantarkan obat dan memeriksa efek samping saat "
                "kunjungan rumah.",
                "efek samping obat",
            ),
            (
                "Mengurangi stigma",
                "Stigma membuat keluarga enggan meminta bantuan; penyuluhan di "
                "posyandu dan masjid membantu menguranginya.",
                "menyuluh di posyandu",
            ),
        ],
        "vi": [
            (
                "Chăm sóc cha mẹ bị rối nhiễu tâm trí",
                "Khi cha hoặc mẹ bị bệnh, trẻ có thể phải gánh việc nhà của người lớn "
                "và nghỉ học.",
                "viec nha nghi hoc",
            ),
            (
                "Thuốc và thăm nhà",
                "Nhân viên y tế xã mang thuốc đến và kiểm tra tác dụng phụ trong các "
                "buổi thăm nhà.",
                "tác dụng phụ",
            ),
            (
                "Giảm kỳ thị",
                "Sự kỳ thị khiến gia đình ngại tìm trợ giúp; các buổi nói chuyện tại "
                "trạm y tế giúp giảm bớt.",
                "ky thi tram y te",
            ),
        ],
        "ar": [
            (
                "رعاية أحد الوالدين المصاب باضطراب نفسي",
                "حين يمرض أحد الوالدين قد يتحمل الأطفال أعباء البالغين المنزلية "
                "ويتغيبون عن المدرسة.",
                "يتغيبون عن المدرسه",
            ),
            (
                "الأدوية والزيارات المنزلية",
                "يوصل الممرضون المجتمعيون الأدوية ويتحققون من الآثار الجانبية خلال "
                "الزيارات المنزلية.",
                "الاثار الجانبيه",
            ),
            (
                "الحد من الوصمة",
                "تمنع الوصمة الأسر من طلب المساعدة، وتخففها جلسات التوعية في المركز "
                "الصحي والمسجد.",
                "الوصمه",
            ),
        ],
    },
    "gradual-exposure": {
        "queries": {
            "en": "gradual exposure",
            "id": "pembiasaan bertahap",
            "vi": "lam quen tung buoc",
            "ar": "التهيئه التدريجيه",
        },
        "en": [
            (
                "A first day visit",
                "The first visit home lasts a few hours, with the social worker "
                "present and a clear time to come back.",
                "first visits",
            ),
            (
                "Weekends at home",
                "After good day visits the child spends weekends with the family, "
                "then a school holiday.",
                "weekend holidays",
            ),
            (
                "Talking after each visit",
                "After each stay the counsellor asks the child what felt good and what "
                "was frightening.",
                "frightened stays",
            ),
        ],
        "id": [
            (
                "Kunjungan pertama sehari",
                "Kunjungan pertama ke rumah berlangsung beberapa jam, didampingi "
                "pekerja sosial, dengan waktu kembali yang jelas.",
                "berkunjung beberapa jam",
            ),
            (
                "Akhir pekan di rumah",
                "Setelah kunjungan harian berjalan baik, anak menghabiskan akhir "
                "pekan bersama keluarga, lalu libur sekolah.",
                "akhir pekan libur sekolah",
            ),
            (
                "Berbincang setelah setiap kunjungan",
                "Setelah setiap kunjungan, konselor menanyakan apa yang terasa "
                "menyenangkan dan apa yang menakutkan bagi anak.",
                "disenangi",
            ),
        ],
        "vi": [
            (
                "Chuyến thăm nhà đầu tiên",
                "Lần về thăm nhà đầu tiên kéo dài vài giờ, có nhân viên công tác xã "
                "hội đi cùng và hẹn rõ giờ quay lại.",
                "vai gio",
            ),
            (
                "Cuối tuần ở nhà",
                "Sau những chuyến thăm trong ngày suôn sẻ, trẻ về nhà vào cuối tuần, "
                "rồi đến kỳ nghỉ hè.",
                "cuối tuần nghỉ hè",
            ),
            (
                "Trò chuyện sau mỗi lần về",
                "Sau mỗi lần về nhà, nhà tham vấn hỏi trẻ điều gì thấy vui và điều gì "
                "khiến trẻ sợ hãi.",
                "so hai",
            ),
        ],
        "ar": [
            (
                "زيارة نهارية أولى",
                "تستمر الزيارة الأولى إلى المنزل بضع ساعات بحضور الأخصائي الاجتماعي "
                "وموعد واضح للرجوع.",
                "بضع ساعات",
            ),
            (
                "عطلات نهاية الأسبوع في المنزل",
                "بعد زيارات نهارية ناجحة يقضي الطفل عطلة نهاية الأسبوع مع أسرته ثم "
                "عطلة مدرسية.",
                "عطله نهايه الاسبوع",
            ),
            (
                "الحديث بعد كل زيارة",
                "بعد كل إقامة يسأل المرشد النفسي الطفل عما أسعده وعما أخافه.",
                "اخافه",
            ),
        ],
    },
    "life-skills": {
        "queries": {
            "en": "life skill",
            "id": "keterampilan hidup",
            "vi": "ky nang song",
            "ar": "المهارات الحياتيه",
        },
        "en": [
            (
                "Hygiene and self-care",
                "Daily routines teach washing, brushing teeth and keeping clothes "
                "clean before the child returns home.",
                "brushing tooth",
            ),
            (
                "Resolving conflicts",
                "Role-play shows children how to calm down, name a feeling and settle "
                "a quarrel without fighting.",
                "quarrels fights",
            ),
            (
                "Becoming independent",
                "Older children practise cooking, budgeting pocket money and "
                "travelling by bus alone.",
                "budget cook",
            ),
        ],
        "id": [
            (
                "Kebersihan diri",
                "Rutinitas harian mengajarkan mandi, menggosok gigi, dan menjaga "
                "pakaian tetap bersih sebelum anak pulang.",
                "gosok gigi",
            ),
            (
                "Menyelesaikan konflik",
                "Bermain peran menunjukkan cara menenangkan diri, menamai perasaan, "
                "dan menyelesaikan pertengkaran tanpa berkelahi.",
                "bertengkar",
            ),
            (
                "Menjadi mandiri",
                "Anak yang lebih besar berlatih memasak, mengatur uang saku, dan naik "
                "bus sendiri.",
                "uang saku",
            ),
        ],
        "vi": [
            (
                "Vệ sinh cá nhân",
                "Nếp sinh hoạt hằng ngày dạy trẻ tắm rửa, đánh răng và giữ quần áo "
                "sạch sẽ trước khi về nhà.",
                "danh rang",
            ),
            (
                "Giải quyết mâu thuẫn",
                "Đóng vai giúp trẻ biết cách bình tĩnh, gọi tên cảm xúc và giải quyết "
                "cãi vã mà không đánh nhau.",
                "cãi vã đánh nhau",
            ),
            (
                "Tự lập",
                "Trẻ lớn tập nấu ăn, quản lý tiền tiêu vặt và tự đi xe buýt.",
                "tien tieu vat",
            ),
        ],
        "ar": [
            (
                "النظافة الشخصية",
                "يتعلم الطفل في الروتين اليومي الاستحمام وتنظيف أسنانه والحفاظ على "
                "نظافة ملابسه قبل العودة إلى المنزل.",
                "تنظيف الاسنان",
            ),
            (
                "حل النزاعات",
                "يبيّن لعب الأدوار للأطفال كيف يهدؤون ويسمّون مشاعرهم ويحلّون الخلاف "
                "دون عراك.",
                "الخلاف دون عراك",
            ),
            (
                "الاستقلالية",
                "يتدرب الأطفال الأكبر سنًا على الطبخ وتدبير مصروف الجيب وركوب "
                "الحافلة وحدهم.",
                "مصروف الجيب",
            ),
        ],
    },
    "parental-education": {
        "queries": {
            "en": "educating parents",
            "id": "mengedukasi orang tua",
            "vi": "giáo dục cha mẹ",
            "ar": "تثقيف الوالدين",
        },
        "en": [
            (
                "What to expect in the first months",
                "Parents hear that a returning child may test rules, wet the bed or "
                "cling to them for a while.",
                "wetting beds",
            ),
            (
                "Parents' meetings",
                "Monthly parents' meetings let families who reject a child hear from "
                "others who took their child back.",
                "rejected children meeting",
            ),
            (
                "Sessions in the village",
                "Sessions run in the village hall in the evening, so that working "
                "parents can attend.",
                "evening session village hall",
            ),
        ],
        "id": [
            (
                "Apa yang perlu diantisipasi pada bulan pertama",
                "Orang tua diberi tahu bahwa anak yang baru pulang mungkin menguji "
                "aturan, mengompol, atau terus menempel pada mereka.",
                "mengompol",
            ),
            (
                "Pertemuan orang tua",
                "Pertemuan bulanan memungkinkan keluarga yang menolak anak mendengar "
                "pengalaman keluarga lain yang menerima anaknya kembali.",
                "penolakan anak",
            ),
            (
                "Sesi di balai desa",
                "Sesi diadakan di balai desa pada malam hari agar orang tua yang "
                "bekerja dapat hadir.",
                "balai desa malam",
            ),
        ],
        "vi": [
            (
                "Những điều cần lường trước trong tháng đầu",
                "Cha mẹ được biết trẻ mới trở về có thể thử thách nội quy, tè dầm "
                "hoặc bám lấy cha mẹ một thời gian.",
                "te dam",
            ),
            (
                "Họp nhóm cha mẹ",
                "Các buổi họp hằng tháng giúp những gia đình từ chối trẻ được nghe "
                "các gia đình khác đã đón con trở về.",
                "tu choi tre",
            ),
            (
                "Sinh hoạt tại nhà văn hóa thôn",
                "Các buổi sinh hoạt diễn ra buổi tối tại nhà văn hóa thôn để cha mẹ "
                "đi làm có thể tham dự.",
                "nhà văn hóa thôn",
            ),
        ],
        "ar": [
            (
                "ما يمكن توقعه في الأشهر الأولى",
                "يعرف الوالدان أن الطفل العائد قد يختبر القواعد أو يتبول في الفراش "
                "أو يتعلق بهما مدة من الزمن.",
                "التبول في الفراش",
            ),
            (
                "لقاءات الوالدين",
                "تتيح اللقاءات الشهرية للأسر التي ترفض الطفل أن تسمع من أسر أخرى "
                "استعادت أطفالها.",
                "ترفض الطفل",
            ),
            (
                "جلسات في القرية",
                "تُعقد الجلسات مساءً في قاعة القرية كي يتمكن الوالدان العاملان من "
                "الحضور.",
                "قاعه القريه",
            ),
        ],
    },
    "positive-parenting": {
        "queries": {
            "en": "positive parenting",
            "id": "pengasuhan positif",
            "vi": "nuoi day con tich cuc",
            "ar": "التربيه الايجابيه",
        },
        "en": [
            (
                "Praise and attention",
                "Praising effort and spending ten minutes of attention a day change "
                "behaviour more than punishment.",
                "praised efforts",
            ),
            (
                "Clear routines",
                "Regular times for meals, homework and sleep give children a sense of "
                "safety.",
                "homework sleeping",
            ),
            (
                "Discipline without violence",
                "Instead of beating, parents use calm consequences and explain the "
                "rule again.",
                "beatings",
            ),
        ],
        "id": [
            (
                "Pujian dan perhatian",
                "Memuji usaha dan memberi perhatian sepuluh menit sehari lebih "
                "mengubah perilaku daripada hukuman.",
                "dipuji usahanya",
            ),
            (
                "Rutinitas yang jelas",
                "Waktu makan, mengerjakan pekerjaan rumah, dan tidur yang teratur "
                "memberi anak rasa aman.",
                "tidur teratur",
            ),
            (
                "Disiplin tanpa kekerasan",
                "Alih-alih memukul, orang tua memberi konsekuensi dengan tenang dan "
                "menjelaskan kembali aturannya.",
                "pemukulan",
            ),
        ],
        "vi": [
            (
                "Khen ngợi và quan tâm",
                "Khen ngợi sự cố gắng và dành mười phút quan tâm mỗi ngày thay đổi "
                "hành vi hiệu quả hơn trừng phạt.",
                "khen ngoi co gang",
            ),
            (
                "Nếp sinh hoạt rõ ràng",
                "Giờ ăn, giờ làm bài tập và giờ ngủ đều đặn mang lại cho trẻ cảm giác "
                "an toàn.",
                "giờ ngủ",
            ),
            (
                "Kỷ luật không bạo lực",
                "Thay vì đánh đòn, cha mẹ dùng hệ quả một cách bình tĩnh và giải "
                "thích lại quy tắc.",
                "danh don",
            ),
        ],
        "ar": [
            (
                "الثناء والاهتمام",
                "الثناء على الجهد وتخصيص عشر دقائق من الاهتمام يوميًا يغيّران السلوك "
                "أكثر من العقاب.",
                "الثناء على الجهد",
            ),
            (
                "روتين واضح",
                "مواعيد منتظمة للطعام والواجبات المدرسية والنوم تمنح الأطفال شعورًا "
                "بالأمان.",
                "مواعيد النوم",
            ),
            (
                "انضباط بلا عنف",
                "بدلًا من الضرب يلجأ الوالدان إلى عواقب هادئة ويشرحان القاعدة من جديد.",
                "الضرب",
            ),
        ],
    },
    "psychosocial-support": {
        "queries": {
            "en": "psychosocial support",
            "id": "dukungan psikososial",
            "vi": "ho tro tam ly xa hoi",
            "ar": "الدعم النفسي الاجتماعي",
        },
        "en": [
            (
                "Safe spaces for play",
                "A safe, supervised play space helps children recover a daily routine "
                "after displacement.",
                "displaced children playing",
            ),
            (
                "Psychological first aid",
                "Look, listen and link: staff comfort a distressed child and connect "
                "the family with services.",
                "distressing first aid",
            ),
            (
                "Storytelling and drawing",
                "Drawing and storytelling let children express fears they cannot yet "
                "put into words.",
                "drawings storytelling",
            ),
        ],
        "id": [
            (
                "Ruang aman untuk bermain",
                "Ruang bermain yang aman dan diawasi membantu anak kembali ke "
                "rutinitas harian setelah mengungsi.",
                "pengungsian",
            ),
            (
                "Pertolongan pertama psikologis",
                "Amati, dengarkan, dan hubungkan: petugas menenangkan anak yang "
                "tertekan dan menghubungkan keluarga dengan layanan.",
                "pertolongan pertama psikologis",
            ),
            (
                "Bercerita dan menggambar",
                "Menggambar dan bercerita membantu anak mengungkapkan ketakutan yang "
                "belum bisa mereka ucapkan.",
                "gambar cerita",
            ),
        ],
        "vi": [
            (
                "Không gian vui chơi an toàn",
                "Một không gian vui chơi an toàn, có người trông giúp trẻ lấy lại nếp "
                "sinh hoạt sau khi phải sơ tán.",
                "so tan",
            ),
            (
                "Sơ cứu tâm lý",
                "Quan sát, lắng nghe, kết nối: cán bộ trấn an trẻ đang hoảng sợ và "
                "kết nối gia đình với dịch vụ.",
                "sơ cứu tâm lý",
            ),
            (
                "Kể chuyện và vẽ tranh",
                "Vẽ tranh và kể chuyện giúp trẻ bày tỏ nỗi sợ mà trẻ chưa nói thành "
                "lời.",
                "ve tranh ke chuyen",
            ),
        ],
        "ar": [
            (
                "مساحات آمنة للعب",
                "تساعد مساحة لعب آمنة تحت الإشراف الأطفال على استعادة روتينهم اليومي "
                "بعد النزوح.",
                "النزوح",
            ),
            (
                "الإسعافات النفسية الأولية",
                "انظر واستمع واربط: يطمئن العاملون الطفل المضطرب ويصلون الأسرة "
                "بالخدمات.",
                "الاسعافات النفسيه الاوليه",
            ),
            (
                "سرد القصص والرسم",
                "يتيح الرسم وسرد القصص للأطفال التعبير عن مخاوف لا يستطيعون بعد "
                "وضعها في كلمات.",
                "الرسم والقصص",
            ),
        ],
    },
    "counselling": {
        "queries": {
            "en": "counselling sessions",
            "id": "konseling anak",
            "vi": "tham van",
            "ar": "الارشاد النفسي",
        },
        "en": [
            (
                "Building trust",
                "The first sessions are about trust: the same counsellor, the same "
                "room and the same time each week.",
                "trusting counsellors",
            ),
            (
                "Fears about going home",
                "Children often fear punishment or a new step-parent; counselling "
                "lets them rehearse what they will say.",
                "rehearsing step-parents",
            ),
            (
                "Grief and loss",
                "Children who lost a parent need time to grieve, and rituals that "
                "honour the person they miss.",
                "grieving rituals",
            ),
        ],
        "id": [
            (
                "Membangun kepercayaan",
                "Sesi pertama berfokus pada kepercayaan: konselor yang sama, ruangan "
                "yang sama, dan waktu yang sama setiap minggu.",
                "percaya konselor",
            ),
            (
                "Ketakutan untuk pulang",
                "Anak sering takut dihukum atau takut pada orang tua tiri; konseling "
                "memberi kesempatan berlatih apa yang akan mereka katakan.",
                "orang tua tiri",
            ),
            (
                "Duka dan kehilangan",
                "Anak yang kehilangan orang tua membutuhkan waktu untuk berduka dan "
                "ritual untuk mengenang orang yang mereka rindukan.",
                "hilangnya orang tua",
            ),
        ],
        "vi": [
            (
                "Xây dựng lòng tin",
                "Những buổi đầu tập trung vào lòng tin: cùng một nhà tham vấn, cùng "
                "một phòng và cùng một giờ mỗi tuần.",
                "long tin",
            ),
            (
                "Nỗi sợ khi về nhà",
                "Trẻ thường sợ bị phạt hoặc sợ cha dượng, mẹ kế; tham vấn giúp trẻ tập "
                "trước những điều sẽ nói.",
                "cha dượng mẹ kế",
            ),
            (
                "Mất mát và đau buồn",
                "Trẻ mất cha hoặc mẹ cần thời gian để đau buồn và những nghi thức "
                "tưởng nhớ người đã khuất.",
                "nghi thuc tuong nho",
            ),
        ],
        "ar": [
            (
                "بناء الثقة",
                "تتمحور الجلسات الأولى حول الثقة: المرشد نفسه والغرفة نفسها والموعد "
                "نفسه كل أسبوع.",
                "بناء الثقه",
            ),
            (
                "المخاوف من العودة إلى البيت",
                "كثيرًا ما يخاف الأطفال من العقاب أو من زوج الأم أو زوجة الأب، ويتيح "
                "لهم الإرشاد التدرب على ما سيقولونه.",
                "زوجه الاب",
            ),
            (
                "الحزن والفقد",
                "يحتاج الأطفال الذين فقدوا أحد الوالدين إلى وقت للحزن وإلى طقوس تكرّم "
                "من يفتقدونه.",
                "طقوس الحزن",
            ),
        ],
    },
    "referral": {
        "queries": {
            "en": "referring children",
            "id": "rujukan",
            "vi": "chuyen gui",
            "ar": "الاحاله",
        },
        "en": [
            (
                "Consent before referral",
                "A referral passes on only what the service needs, and only with the "
                "family's consent unless a child is in danger.",
                "consent danger",
            ),
            (
                "A directory of local services",
                "Each office keeps a directory of clinics, legal aid and shelters, "
                "with a named contact for each.",
                "directories shelters clinics",
            ),
            (
                "Closing the loop",
                "The referring worker checks within a week that the family was "
                "actually seen.",
                "closing loops",
            ),
        ],
        "id": [
            (
                "Persetujuan sebelum rujukan",
                "Rujukan hanya meneruskan informasi yang dibutuhkan layanan, dan hanya "
                "dengan persetujuan keluarga kecuali anak dalam bahaya.",
                "berbahaya setuju",
            ),
            (
                "Daftar layanan setempat",
                "Setiap kantor menyimpan daftar klinik, bantuan hukum, dan rumah "
                "aman, lengkap dengan nama kontak masing-masing.",
                "bantuan hukum rumah aman",
            ),
            (
                "Memastikan rujukan diterima",
                "Petugas yang merujuk memeriksa dalam seminggu bahwa keluarga benar-"
                "benar sudah dilayani.",
                "dirujuk seminggu",
            ),
        ],
        "vi": [
            (
                "Đồng ý trước khi chuyển gửi",
                "Việc chuyển gửi chỉ chia sẻ những gì dịch vụ cần và chỉ khi gia đình "
                "đồng ý, trừ khi trẻ đang gặp nguy hiểm.",
                "nguy hiem dong y",
            ),
            (
                "Danh bạ dịch vụ địa phương",
                "Mỗi cơ quan có danh bạ phòng khám, trợ giúp pháp lý và nhà tạm lánh, "
                "kèm tên người liên hệ.",
                "nhà tạm lánh",
            ),
            (
                "Khép lại vòng chuyển gửi",
                "Cán bộ chuyển gửi kiểm tra trong vòng một tuần rằng gia đình đã thực "
                "sự được tiếp nhận.",
                "trong vong mot tuan",
            ),
        ],
        "ar": [
            (
                "الموافقة قبل الإحالة",
                "لا تنقل الإحالة إلا ما تحتاجه الجهة، ولا تتم إلا بموافقة الأسرة ما "
                "لم يكن الطفل في خطر.",
                "موافقه الاسره قبل الاحاله",
            ),
            (
                "دليل الخدمات المحلية",
                "يحتفظ كل مكتب بدليل للعيادات والمساعدة القانونية ودور الإيواء مع اسم "
                "جهة اتصال لكل منها.",
                "القانونيه",
            ),
            (
                "إغلاق دائرة الإحالة",
                "يتحقق الأخصائي المحيل خلال أسبوع من أن الأسرة قد استُقبلت فعلًا.",
                "الاخصائي المحيل",
            ),
        ],
    },
    "residential-care": {
        "queries": {
            "en": "residential care",
            "id": "pengasuhan berbasis lembaga",
            "vi": "cham soc tap trung",
            "ar": "الرعايه الايوائيه",
        },
        "en": [
            (
                "A temporary last resort",
                "A stay in residential care should be short and always come with a "
                "plan for leaving.",
                "temporary stays",
            ),
            (
                "Small group living",
                "Centres are turning dormitories into small group homes where a "
                "carer looks after six children.",
                "dormitory group homes",
            ),
            (
                "Keeping contact with family",
                "Regular calls and visits from parents and siblings keep the family "
                "bond alive during the stay.",
                "bonding calls",
            ),
        ],
        "id": [
            (
                "Pilihan terakhir yang sementara",
                "Tinggal di lembaga harus singkat dan selalu disertai rencana untuk "
                "keluar.",
                "rencana keluar",
            ),
            (
                "Hidup dalam kelompok kecil",
                "Balai mengubah asrama menjadi rumah kelompok kecil tempat satu "
                "pengasuh merawat enam anak.",
                "asrama rumah kelompok",
            ),
            (
                "Menjaga hubungan dengan keluarga",
                "Telepon dan kunjungan rutin dari orang tua dan saudara menjaga ikatan "
                "keluarga selama anak tinggal di lembaga.",
                "terikat keluarga",
            ),
        ],
        "vi": [
            (
                "Biện pháp cuối cùng và tạm thời",
                "Thời gian ở cơ sở chăm sóc tập trung phải ngắn và luôn đi kèm kế "
                "hoạch rời đi.",
                "ke hoach roi di",
            ),
            (
                "Sống theo nhóm nhỏ",
                "Các trung tâm đang chuyển ký túc xá thành nhà nhóm nhỏ, nơi một người "
                "chăm sóc trông sáu trẻ.",
                "ký túc xá",
            ),
            (
                "Giữ liên lạc với gia đình",
                "Các cuộc gọi và chuyến thăm thường xuyên của cha mẹ, anh chị em giữ "
                "gắn bó gia đình trong thời gian trẻ ở trung tâm.",
                "gan bo gia dinh",
            ),
        ],
        "ar": [
            (
                "ملاذ أخير مؤقت",
                "يجب أن تكون الإقامة في الرعاية الإيوائية قصيرة وأن تقترن دائمًا بخطة "
                "للمغادرة.",
                "للمغادره",
            ),
            (
                "العيش في مجموعات صغيرة",
                "تحوّل المراكز المهاجع إلى بيوت جماعية صغيرة يرعى فيها مقدم رعاية "
                "واحد ستة أطفال.",
                "المهاجع",
            ),
            (
                "الحفاظ على التواصل مع الأسرة",
                "تحافظ المكالمات والزيارات المنتظمة من الوالدين والإخوة على الرابطة "
                "الأسرية أثناء الإقامة.",
                "الرابطه الاسريه",
            ),
        ],
    },
    "monitoring-and-evaluation": {
        "queries": {
            "en": "monitoring and evaluating",
            "id": "memantau dan mengevaluasi",
            "vi": "theo doi va danh gia",
            "ar": "المتابعه والتقييم",
        },
        "en": [
            (
                "Follow-up visits",
                "Follow-up visits at one, three and six months check that the plan "
                "still protects the child.",
                "six month visit",
            ),
            (
                "Indicators that matter",
                "Useful indicators include school attendance, meals a day and whether "
                "the child feels safe.",
                "indicator meals",
            ),
            (
                "Reporting to the ministry",
                "Supervisors compile quarterly reports for the ministry and donors "
                "without any child's name.",
                "quarterly reporting donors",
            ),
        ],
        "id": [
            (
                "Kunjungan tindak lanjut",
                "Kunjungan tindak lanjut pada bulan pertama, ketiga, dan keenam "
                "memastikan rencana masih melindungi anak.",
                "enam bulan",
            ),
            (
                "Indikator yang penting",
                "Indikator yang berguna antara lain kehadiran di sekolah, jumlah makan "
                "sehari, dan rasa aman anak.",
                "indikator kehadiran sekolah",
            ),
            (
                "Pelaporan kepada kementerian",
                "Penyelia menyusun laporan triwulan untuk kementerian dan donor tanpa "
                "mencantumkan nama anak.",
                "melaporkan triwulan",
            ),
        ],
        "vi": [
            (
                "Thăm theo dõi",
                "Các chuyến thăm theo dõi sau một, ba và sáu tháng kiểm tra xem kế "
                "hoạch còn bảo vệ được trẻ hay không.",
                "sau thang",
            ),
            (
                "Những chỉ số quan trọng",
                "Các chỉ số hữu ích gồm việc đi học đều, số bữa ăn mỗi ngày và cảm "
                "giác an toàn của trẻ.",
                "chỉ số bữa ăn",
            ),
            (
                "Báo cáo lên bộ",
                "Giám sát viên tổng hợp báo cáo hằng quý gửi bộ và nhà tài trợ mà "
                "không ghi tên trẻ nào.",
                "bao cao hang quy nha tai tro",
            ),
        ],
        "ar": [
            (
                "زيارات المتابعة",
                "تتحقق زيارات المتابعة بعد شهر وثلاثة أشهر وستة أشهر من أن الخطة ما "
                "زالت تحمي الطفل.",
                "زيارات المتابعه بعد شهر",
            ),
            (
                "مؤشرات مهمة",
                "من المؤشرات المفيدة المواظبة على المدرسة وعدد الوجبات في اليوم وشعور "
                "الطفل بالأمان.",
                "عدد الوجبات",
            ),
            (
                "التقارير إلى الوزارة",
                "يعدّ المشرفون تقارير فصلية للوزارة والجهات المانحة دون ذكر اسم أي طفل.",
                "تقارير فصليه للجهات المانحه",
            ),
        ],
    },
}
