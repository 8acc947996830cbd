"""The demo site: a home page and the pages in its menu, in four languages.

Written from the facts in the project's brief on the field; no real child appears.
"""

from ..translated import (
    HomeContent,
    PageContent,
    Translated,
    heading,
    key_facts,
    paragraph,
)

HOME = HomeContent(
    title=Translated(en="Home", id="Beranda", vi="Trang chủ", ar="الرئيسية"),
    slug=Translated(en="home", id="beranda", vi="trang-chu", ar="الرئيسية"),
    hero_heading=Translated(
        en="Training and knowledge for child-protection staff",
        id="Pelatihan dan pengetahuan bagi petugas perlindungan anak",
        vi="Đào tạo và kiến thức cho cán bộ bảo vệ trẻ em",
        ar="تدريب ومعرفة للعاملين في حماية الطفل",
    ),
    hero_text=Translated(
        en="Short courses, centre news and a resource library for social workers, "
        "counsellors, supervisors and everyone who works with children in centres "
        "and social-affairs offices.",
        id="Kursus singkat, berita dari balai, dan perpustakaan sumber daya bagi "
        "pekerja sosial, konselor, penyelia, dan siapa pun yang bekerja dengan anak "
        "di balai maupun di dinas sosial.",
        vi="Các khóa học ngắn, tin tức từ các trung tâm và thư viện tài liệu dành cho "
        "nhân viên công tác xã hội, nhà tham vấn, giám sát viên và tất cả những ai "
        "làm việc với trẻ em tại các trung tâm và cơ quan xã hội.",
        ar="دورات قصيرة وأخبار المراكز ومكتبة الموارد للأخصائيين الاجتماعيين "
        "والمرشدين النفسيين والمشرفين وكل من يعمل مع الأطفال في المراكز ومديريات "
        "الشؤون الاجتماعية.",
    ),
)

ABOUT = PageContent(
    title=Translated(
        en="About the portal",
        id="Tentang portal",
        vi="Giới thiệu cổng thông tin",
        ar="عن البوابة",
    ),
    slug=Translated(en="about", id="tentang-portal", vi="gioi-thieu", ar="عن-البوابة"),
    intro=Translated(
        en="A place to learn, share news and find resources for the people who "
        "protect children, in English, Indonesian, Vietnamese and Arabic.",
        id="Tempat belajar, berbagi berita, dan menemukan sumber daya bagi mereka yang "
        "melindungi anak, dalam bahasa Inggris, Indonesia, Vietnam, dan Arab.",
        vi="Nơi học tập, chia sẻ tin tức và tìm kiếm tài liệu dành cho những người "
        "bảo vệ trẻ em, bằng tiếng Anh, tiếng Indonesia, tiếng Việt và tiếng Ả Rập.",
        ar="مساحة للتعلّم وتبادل الأخبار والعثور على الموارد لمن يحمون الأطفال، "
        "باللغات الإنجليزية والإندونيسية والفيتنامية والعربية.",
    ),
    body=(
        heading(
            Translated(
                en="Who the portal serves",
                id="Untuk siapa portal ini",
                vi="Cổng thông tin dành cho ai",
                ar="لمن هذه البوابة",
            )
        ),
        paragraph(
            Translated(
                en="<p>The portal is for staff in training at children's "
                "rehabilitation centres and in provincial and district social-affairs "
                "offices: social workers, counsellors, psychologists, nurses, mentors "
                "and administrators. Supervisors use it to see which of their staff "
                "completed which training, and to prove it with a certificate. "
                "Editors publish centre news, and families, partners and donors read "
                "it.</p>",
                id="<p>Portal ini ditujukan bagi petugas yang sedang mengikuti "
                "pelatihan di balai rehabilitasi sosial anak serta di dinas sosial "
                "provinsi dan kabupaten/kota: pekerja sosial, konselor, psikolog, "
                "perawat, pendamping, dan tenaga administrasi. Penyelia memakainya "
                "untuk melihat petugas mana yang telah menyelesaikan pelatihan apa, "
                "dan membuktikannya dengan sertifikat. Editor menerbitkan berita dari "
                "balai, sementara keluarga, mitra, dan donor membacanya.</p>",
                vi="<p>Cổng thông tin dành cho cán bộ đang tham gia đào tạo tại các "
                "trung tâm phục hồi cho trẻ em và tại cơ quan xã hội cấp tỉnh, cấp "
                "huyện: nhân viên công tác xã hội, nhà tham vấn, nhà tâm lý, điều "
                "dưỡng, người hướng dẫn và cán bộ hành chính. Giám sát viên dùng cổng "
                "thông tin để biết cán bộ nào của mình đã hoàn thành nội dung đào tạo "
                "nào và chứng minh điều đó bằng giấy chứng nhận. Biên tập viên đăng "
                "tin tức của các trung tâm; gia đình, đối tác và nhà tài trợ cùng theo "
                "dõi.</p>",
                ar="<p>البوابة موجّهة إلى العاملين الذين يتلقون التدريب في مراكز "
                "تأهيل الأطفال وفي مديريات الشؤون الاجتماعية في المحافظات والمناطق: "
                "الأخصائيون الاجتماعيون والمرشدون النفسيون والأخصائيون النفسيون "
                "والممرضون والموجّهون والإداريون. ويستخدمها المشرفون لمعرفة من أتمّ "
                "من موظفيهم أيّ تدريب، ولإثبات ذلك بشهادة. وينشر المحررون أخبار "
                "المراكز، فتقرؤها الأسر والشركاء والجهات المانحة.</p>",
            )
        ),
        heading(
            Translated(
                en="Four training topics",
                id="Empat topik pelatihan",
                vi="Bốn chủ đề đào tạo",
                ar="أربعة مواضيع تدريبية",
            )
        ),
        key_facts(
            Translated(
                en="Gatekeeping: residential care only when it is truly necessary",
                id="Penapisan pengasuhan: pengasuhan berbasis lembaga hanya bila "
                "benar-benar perlu",
                vi="Sàng lọc đầu vào: chỉ chăm sóc tập trung khi thật sự cần thiết",
                ar="ضبط الدخول إلى الرعاية: لا رعاية إيوائية إلا عند الضرورة",
            ),
            Translated(
                en="Preparing children for reintegration into their families",
                id="Mempersiapkan anak untuk reintegrasi ke dalam keluarganya",
                vi="Chuẩn bị cho trẻ tái hòa nhập gia đình",
                ar="تهيئة الأطفال لإعادة الإدماج في أسرهم",
            ),
            Translated(
                en="Recognising autism early, and early intervention at home and in "
                "the community",
                id="Mengenali autisme sejak awal, serta intervensi dini di rumah dan "
                "di masyarakat",
                vi="Nhận biết sớm tự kỷ và can thiệp sớm tại gia đình và cộng đồng",
                ar="الكشف المبكر عن التوحد، والتدخل المبكر في المنزل والمجتمع",
            ),
            Translated(
                en="Community case management: joined-up help around the child",
                id="Manajemen kasus berbasis masyarakat: bantuan terpadu di sekitar "
                "anak",
                vi="Quản lý trường hợp dựa vào cộng đồng: hỗ trợ phối hợp xung quanh "
                "trẻ",
                ar="إدارة الحالة المجتمعية: دعم متكامل حول الطفل",
            ),
        ),
        heading(
            Translated(
                en="Made for phones and slow connections",
                id="Dirancang untuk ponsel dan koneksi lambat",
                vi="Thiết kế cho điện thoại và kết nối chậm",
                ar="مصممة للهواتف والاتصالات البطيئة",
            )
        ),
        paragraph(
            Translated(
                en="<p>Each lesson is short and light, so it loads on a phone even "
                "where the connection comes and goes. A trainee can stop and carry on "
                "later, in their own language; a module counts as completed whichever "
                "language it was taken in.</p>",
                id="<p>Setiap pelajaran singkat dan ringan sehingga tetap terbuka di "
                "ponsel meski koneksi putus-sambung. Peserta pelatihan dapat berhenti "
                "dan melanjutkannya nanti dalam bahasanya sendiri; modul dihitung "
                "selesai dalam bahasa apa pun modul itu diikuti.</p>",
                vi="<p>Mỗi bài học ngắn và nhẹ nên vẫn tải được trên điện thoại ngay "
                "cả khi kết nối chập chờn. Học viên có thể dừng lại rồi học tiếp sau, "
                "bằng ngôn ngữ của mình; học phần được tính là hoàn thành dù học bằng "
                "ngôn ngữ nào.</p>",
                ar="<p>كل درس قصير وخفيف، فيُفتح على الهاتف حتى حين يتقطع الاتصال. "
                "ويمكن للمتدرب أن يتوقف ثم يستأنف لاحقًا بلغته، وتُحتسب الوحدة "
                "التدريبية مكتملة أيًّا كانت اللغة التي دُرست بها.</p>",
            )
        ),
    ),
)

GATEKEEPING = PageContent(
    title=Translated(
        en="Gatekeeping and family-based care",
        id="Penapisan pengasuhan dan pengasuhan berbasis keluarga",
        vi="Sàng lọc đầu vào và chăm sóc dựa vào gia đình",
        ar="ضبط الدخول إلى الرعاية والرعاية الأسرية",
    ),
    slug=Translated(
        en="gatekeeping",
        id="penapisan-pengasuhan",
        vi="sang-loc-dau-vao",
        ar="ضبط-الدخول-إلى-الرعاية",
    ),
    intro=Translated(
        en="Gatekeeping keeps children out of residential care unless it is truly "
        "necessary. It is a continuous process, not a single decision.",
        id="Penapisan pengasuhan menjaga agar anak tidak masuk ke pengasuhan berbasis "
        "lembaga kecuali benar-benar perlu. Ini adalah proses berkelanjutan, bukan "
        "satu keputusan.",
        vi="Sàng lọc đầu vào giúp trẻ không phải vào chăm sóc tập trung trừ khi thật "
        "sự cần thiết. Đây là một quá trình liên tục chứ không phải một quyết định "
        "duy nhất.",
        ar="يحول ضبط الدخول إلى الرعاية دون إيداع الأطفال في الرعاية الإيوائية ما "
        "لم يكن ذلك ضروريًا حقًا. وهو عملية مستمرة، لا قرار واحد.",
    ),
    body=(
        heading(
            Translated(
                en="Five steps, one process",
                id="Lima langkah, satu proses",
                vi="Năm bước, một quá trình",
                ar="خمس خطوات وعملية واحدة",
            )
        ),
        key_facts(
            Translated(
                en="Identification and referral: community networks, child-protection "
                "officers and teachers spot children at risk.",
                id="Identifikasi dan rujukan: jejaring masyarakat, petugas "
                "perlindungan anak, dan guru mengenali anak yang berisiko.",
                vi="Phát hiện và chuyển gửi: mạng lưới cộng đồng, cán bộ bảo vệ trẻ em "
                "và giáo viên phát hiện trẻ có nguy cơ.",
                ar="التعرف والإحالة: تكتشف الشبكات المجتمعية وموظفو حماية الطفل "
                "والمعلمون الأطفالَ المعرضين للخطر.",
            ),
            Translated(
                en="Assessment: each child's situation is looked at closely before "
                "any intervention is chosen.",
                id="Asesmen: situasi setiap anak ditelaah dengan cermat sebelum "
                "intervensi apa pun dipilih.",
                vi="Đánh giá: hoàn cảnh của từng trẻ được xem xét kỹ trước khi lựa "
                "chọn bất kỳ biện pháp can thiệp nào.",
                ar="التقييم: يُدرس وضع كل طفل بعناية قبل اختيار أي تدخل.",
            ),
            Translated(
                en="Decision-making: a multidisciplinary team decides on the "
                "placement.",
                id="Pengambilan keputusan: tim multidisiplin memutuskan penempatan "
                "anak.",
                vi="Ra quyết định: nhóm đa ngành quyết định việc sắp xếp nơi ở cho "
                "trẻ.",
                ar="اتخاذ القرار: يقرر الفريق متعدد التخصصات مكان الإيداع.",
            ),
            Translated(
                en="Intervention and reintegration: family-based care comes first, and "
                "every return home is prepared with care.",
                id="Intervensi dan reintegrasi: pengasuhan berbasis keluarga "
                "didahulukan, dan setiap kepulangan dipersiapkan dengan cermat.",
                vi="Can thiệp và tái hòa nhập: ưu tiên chăm sóc dựa vào gia đình, và "
                "mỗi lần trẻ trở về nhà đều được chuẩn bị chu đáo.",
                ar="التدخل وإعادة الإدماج: الأولوية للرعاية الأسرية، وتُحضَّر كل "
                "عودة إلى المنزل بعناية.",
            ),
            Translated(
                en="Monitoring and evaluation: staff follow each child after placement "
                "or return home.",
                id="Pemantauan dan evaluasi: petugas mendampingi setiap anak setelah "
                "penempatan atau kepulangan.",
                vi="Theo dõi và đánh giá: cán bộ theo dõi từng trẻ sau khi được sắp "
                "xếp nơi ở hoặc trở về nhà.",
                ar="المتابعة والتقييم: يتابع العاملون كل طفل بعد إيداعه أو عودته إلى "
                "المنزل.",
            ),
        ),
        heading(
            Translated(
                en="When a child cannot return home",
                id="Jika anak tidak dapat kembali ke rumah",
                vi="Khi trẻ không thể trở về nhà",
                ar="حين يتعذر على الطفل العودة إلى منزله",
            )
        ),
        paragraph(
            Translated(
                en="<p>If a return home is not possible, family-based care is still "
                "the first choice. The team weighs three alternatives together with "
                "the child and the family:</p>",
                id="<p>Jika anak tidak mungkin kembali ke rumah, pengasuhan berbasis "
                "keluarga tetap menjadi pilihan pertama. Tim menimbang tiga alternatif "
                "bersama anak dan keluarganya:</p>",
                vi="<p>Nếu trẻ không thể trở về nhà, chăm sóc dựa vào gia đình vẫn là "
                "lựa chọn hàng đầu. Nhóm cân nhắc ba phương án thay thế cùng với trẻ "
                "và gia đình:</p>",
                ar="<p>إذا تعذّرت العودة إلى المنزل، تبقى الرعاية الأسرية الخيار "
                "الأول. ويوازن الفريق بين ثلاثة بدائل بالتشاور مع الطفل والأسرة:</p>",
            )
        ),
        key_facts(
            Translated(
                en="Kinship care: living with relatives or close family friends the "
                "child already knows.",
                id="Pengasuhan oleh kerabat: tinggal bersama kerabat atau teman dekat "
                "keluarga yang sudah dikenal anak.",
                vi="Chăm sóc bởi người thân thích: sống cùng họ hàng hoặc bạn thân của "
                "gia đình mà trẻ đã quen biết.",
                ar="الرعاية لدى الأقارب: العيش مع الأقارب أو أصدقاء الأسرة المقربين "
                "الذين يعرفهم الطفل.",
            ),
            Translated(
                en="Foster care: a trained family, not related to the child, looks "
                "after them for a while or for longer.",
                id="Pengasuhan oleh keluarga asuh: keluarga terlatih yang bukan "
                "kerabat anak merawatnya untuk sementara atau lebih lama.",
                vi="Chăm sóc bởi gia đình thay thế: một gia đình đã được tập huấn, "
                "không có quan hệ họ hàng với trẻ, chăm sóc trẻ trong một thời gian "
                "hoặc lâu dài.",
                ar="الرعاية لدى أسرة بديلة: ترعى الطفلَ أسرةٌ مدرَّبة لا تربطها به "
                "قرابة، لفترة مؤقتة أو أطول.",
            ),
            Translated(
                en="Guardianship: a responsible adult is given legal responsibility "
                "for the child.",
                id="Perwalian: orang dewasa yang cakap diberi tanggung jawab hukum "
                "atas anak.",
                vi="Giám hộ: một người lớn đủ điều kiện được giao trách nhiệm pháp lý "
                "đối với trẻ.",
                ar="الوصاية: تُسند المسؤولية القانونية عن الطفل إلى شخص بالغ أهلٍ لها.",
            ),
        ),
        paragraph(
            Translated(
                en="<p>Residential care remains a last resort, for as short a time as "
                "possible, with a plan for the child to leave it.</p>",
                id="<p>Pengasuhan berbasis lembaga tetap menjadi pilihan terakhir, "
                "untuk waktu sesingkat mungkin, dengan rencana agar anak dapat "
                "meninggalkannya.</p>",
                vi="<p>Chăm sóc tập trung vẫn là biện pháp cuối cùng, trong thời gian "
                "ngắn nhất có thể, kèm theo kế hoạch để trẻ rời khỏi đó.</p>",
                ar="<p>تبقى الرعاية الإيوائية ملاذًا أخيرًا، لأقصر مدة ممكنة، مع خطة "
                "تتيح للطفل مغادرتها.</p>",
            )
        ),
    ),
)

RETURNING_HOME = PageContent(
    title=Translated(
        en="Preparing children to return home",
        id="Mempersiapkan anak kembali ke rumah",
        vi="Chuẩn bị cho trẻ trở về nhà",
        ar="تهيئة الأطفال للعودة إلى المنزل",
    ),
    slug=Translated(
        en="returning-home",
        id="persiapan-kembali-ke-rumah",
        vi="chuan-bi-tro-ve-nha",
        ar="التهيئة-للعودة-إلى-المنزل",
    ),
    intro=Translated(
        en="Reintegration works best when the child, the family and the community are "
        "all ready. A case conference reviews each child's progress before any "
        "return.",
        id="Reintegrasi paling berhasil bila anak, keluarga, dan masyarakat sama-sama "
        "siap. Konferensi kasus meninjau perkembangan setiap anak sebelum anak "
        "kembali.",
        vi="Tái hòa nhập đạt hiệu quả nhất khi trẻ, gia đình và cộng đồng đều sẵn "
        "sàng. Họp trường hợp xem xét sự tiến bộ của từng trẻ trước khi trẻ trở về.",
        ar="تنجح إعادة الإدماج حين يكون الطفل والأسرة والمجتمع مستعدين جميعًا. "
        "ويراجع مؤتمر الحالة تقدّم كل طفل قبل أي عودة.",
    ),
    body=(
        heading(
            Translated(
                en="Getting the child ready",
                id="Menyiapkan anak",
                vi="Chuẩn bị cho trẻ",
                ar="تهيئة الطفل",
            )
        ),
        key_facts(
            Translated(
                en="Counselling and psychosocial support: fears and worries are "
                "addressed through therapy, storytelling and role-play.",
                id="Konseling dan dukungan psikososial: rasa takut dan cemas ditangani "
                "melalui terapi, bercerita, dan bermain peran.",
                vi="Tham vấn và hỗ trợ tâm lý xã hội: nỗi sợ hãi và lo âu của trẻ được "
                "giải tỏa qua trị liệu, kể chuyện và đóng vai.",
                ar="الإرشاد النفسي والدعم النفسي الاجتماعي: تُعالَج المخاوف والقلق "
                "بالعلاج والسرد القصصي ولعب الأدوار.",
            ),
            Translated(
                en="Life skills: hygiene, getting on with others, resolving conflict "
                "and growing independence.",
                id="Keterampilan hidup: kebersihan diri, bergaul dengan orang lain, "
                "menyelesaikan konflik, dan kemandirian yang terus tumbuh.",
                vi="Kỹ năng sống: vệ sinh cá nhân, hòa đồng với người khác, giải quyết "
                "mâu thuẫn và ngày càng tự lập.",
                ar="المهارات الحياتية: النظافة الشخصية، والتعامل مع الآخرين، وحل "
                "النزاعات، وتنمية الاستقلالية.",
            ),
            Translated(
                en="Gradual exposure: short visits home before a full return.",
                id="Pembiasaan bertahap: kunjungan singkat ke rumah sebelum anak "
                "kembali sepenuhnya.",
                vi="Làm quen từng bước: những chuyến về thăm nhà ngắn trước khi trẻ "
                "trở về hẳn.",
                ar="التهيئة التدريجية: زيارات قصيرة إلى المنزل قبل العودة الكاملة.",
            ),
        ),
        heading(
            Translated(
                en="Getting the family ready",
                id="Menyiapkan keluarga",
                vi="Chuẩn bị cho gia đình",
                ar="تهيئة الأسرة",
            )
        ),
        paragraph(
            Translated(
                en="<p>Parental education helps parents understand what the child has "
                "lived through and what to expect in the first weeks at home. Sessions "
                "on positive parenting give them calm, non-violent ways to set limits. "
                "Before any return, the team also checks that local agencies are ready "
                "to support the family.</p>",
                id="<p>Edukasi orang tua membantu orang tua memahami apa yang telah "
                "dialami anak dan apa yang mungkin terjadi pada minggu-minggu pertama "
                "di rumah. Sesi pengasuhan positif memberi mereka cara yang tenang dan "
                "tanpa kekerasan untuk menetapkan batasan. Sebelum anak kembali, tim "
                "juga memastikan lembaga setempat siap mendukung keluarga.</p>",
                vi="<p>Giáo dục cha mẹ giúp cha mẹ hiểu những gì trẻ đã trải qua và "
                "những điều có thể xảy ra trong những tuần đầu trẻ ở nhà. Các buổi "
                "sinh hoạt về nuôi dạy con tích cực giúp họ có cách đặt giới hạn bình "
                "tĩnh, không bạo lực. Trước khi trẻ trở về, nhóm cũng kiểm tra xem các "
                "cơ quan, tổ chức tại địa phương đã sẵn sàng hỗ trợ gia đình hay "
                "chưa.</p>",
                ar="<p>يساعد تثقيف الوالدين الأهلَ على فهم ما مرّ به الطفل وما يمكن "
                "توقعه في أسابيعه الأولى في المنزل. وتقدّم لهم جلسات التربية "
                "الإيجابية طرقًا هادئة وخالية من العنف لوضع الحدود. وقبل أي عودة، "
                "يتحقق الفريق أيضًا من جاهزية الجهات المحلية لدعم الأسرة.</p>",
            )
        ),
        heading(
            Translated(
                en="Common obstacles and what helps",
                id="Hambatan umum dan cara mengatasinya",
                vi="Những trở ngại thường gặp và cách khắc phục",
                ar="عقبات شائعة وما يساعد على تجاوزها",
            )
        ),
        key_facts(
            Translated(
                en="Little money: reintegrate children close to home first.",
                id="Dana terbatas: utamakan reintegrasi di dekat rumah.",
                vi="Kinh phí hạn hẹp: ưu tiên tái hòa nhập ở gần nhà trước.",
                ar="قلة المال: البدء بإعادة الإدماج قرب المنزل.",
            ),
            Translated(
                en="Missing documents: family tracing through the media and community "
                "networks.",
                id="Dokumen tidak lengkap: penelusuran keluarga melalui media dan "
                "jejaring masyarakat.",
                vi="Thiếu giấy tờ: truy tìm gia đình qua phương tiện truyền thông và "
                "mạng lưới cộng đồng.",
                ar="غياب الوثائق: تتبع الأسرة عبر وسائل الإعلام والشبكات المجتمعية.",
            ),
            Translated(
                en="Stigma and traditional beliefs: involve local and religious "
                "leaders.",
                id="Stigma dan kepercayaan tradisional: libatkan tokoh masyarakat dan "
                "tokoh agama.",
                vi="Kỳ thị và quan niệm truyền thống: huy động người có uy tín và chức "
                "sắc tôn giáo tại địa phương.",
                ar="الوصمة والمعتقدات التقليدية: إشراك القادة المحليين والدينيين.",
            ),
            Translated(
                en="Heavy caseloads: interns help with paperwork and follow-up visits.",
                id="Beban kasus yang berat: mahasiswa magang membantu administrasi dan "
                "kunjungan tindak lanjut.",
                vi="Khối lượng công việc lớn: sinh viên thực tập hỗ trợ giấy tờ và các "
                "chuyến thăm theo dõi.",
                ar="كثرة الحالات: يساعد الطلاب المتمرّنون في الأعمال الورقية وزيارات "
                "المتابعة.",
            ),
            Translated(
                en="Families who reject the child: parents' meetings; otherwise foster "
                "care, guardianship or kinship care.",
                id="Keluarga yang menolak anak: pertemuan orang tua; bila tidak "
                "berhasil, pengasuhan oleh keluarga asuh, perwalian, atau pengasuhan "
                "oleh kerabat.",
                vi="Gia đình không chấp nhận trẻ: tổ chức các buổi gặp gỡ cha mẹ; nếu "
                "không được, chuyển sang chăm sóc bởi gia đình thay thế, giám hộ hoặc "
                "chăm sóc bởi người thân thích.",
                ar="أسر ترفض الطفل: لقاءات للأهل، وإلا فالرعاية لدى أسرة بديلة أو "
                "الوصاية أو الرعاية لدى الأقارب.",
            ),
        ),
        heading(
            Translated(
                en="The case conference",
                id="Konferensi kasus",
                vi="Họp trường hợp",
                ar="مؤتمر الحالة",
            )
        ),
        paragraph(
            Translated(
                en="<p>At the case conference, each social worker presents a child's "
                "needs and a recommended plan. The team then agrees on one of two "
                "plans: return to the family, or remain at the centre for now. The "
                "readiness of the family and of local agencies is assessed before any "
                "return.</p>",
                id="<p>Dalam konferensi kasus, setiap pekerja sosial memaparkan "
                "kebutuhan anak dan rencana yang direkomendasikan. Tim kemudian "
                "menyepakati salah satu dari dua rencana: kembali ke keluarga, atau "
                "untuk sementara tetap tinggal di balai. Kesiapan keluarga dan lembaga "
                "setempat dinilai sebelum anak kembali.</p>",
                vi="<p>Tại buổi họp trường hợp, mỗi nhân viên công tác xã hội trình "
                "bày nhu cầu của trẻ và kế hoạch đề xuất. Sau đó, nhóm thống nhất một "
                "trong hai kế hoạch: trở về gia đình, hoặc tạm thời tiếp tục ở lại "
                "trung tâm. Mức độ sẵn sàng của gia đình và các cơ quan địa phương "
                "được đánh giá trước khi trẻ trở về.</p>",
                ar="<p>في مؤتمر الحالة، يعرض كل أخصائي اجتماعي احتياجات الطفل والخطة "
                "التي يوصي بها. ثم يتفق الفريق على إحدى خطتين: العودة إلى الأسرة، أو "
                "البقاء في المركز في الوقت الحالي. وتُقيَّم جاهزية الأسرة والجهات "
                "المحلية قبل أي عودة.</p>",
            )
        ),
    ),
)

CENTRES = PageContent(
    title=Translated(
        en="For centres and partners",
        id="Untuk balai dan mitra",
        vi="Dành cho trung tâm và đối tác",
        ar="للمراكز والشركاء",
    ),
    slug=Translated(
        en="centres-and-partners",
        id="balai-dan-mitra",
        vi="trung-tam-va-doi-tac",
        ar="المراكز-والشركاء",
    ),
    intro=Translated(
        en="The portal grew out of the work of children's centres and social-affairs "
        "offices in four countries. A few facts about them:",
        id="Portal ini lahir dari kerja balai anak dan dinas sosial di empat negara. "
        "Berikut beberapa fakta tentang mereka:",
        vi="Cổng thông tin ra đời từ công việc của các trung tâm bảo trợ trẻ em và cơ "
        "quan xã hội tại bốn quốc gia. Sau đây là một vài thông tin về các đơn vị "
        "này:",
        ar="نشأت البوابة من عمل مراكز رعاية الأطفال ومديريات الشؤون الاجتماعية في "
        "أربعة بلدان. وهذه بعض الحقائق عنها:",
    ),
    body=(
        heading(
            Translated(
                en="Jambi, Indonesia: a case conference held online",
                id="Jambi, Indonesia: konferensi kasus secara daring",
                vi="Jambi, Indonesia: họp trường hợp trực tuyến",
                ar="جامبي، إندونيسيا: مؤتمر حالة عبر الإنترنت",
            )
        ),
        paragraph(
            Translated(
                en="<p>In April 2020, during the pandemic and Ramadan, a children's "
                "centre in Jambi held its case conference online. Sixteen people took "
                "part: heads of sections, social workers, counsellors, mentors, nurses "
                "and administrators. Each social worker presented each child's needs "
                "and a recommended plan.</p>",
                id="<p>Pada April 2020, di tengah pandemi dan bulan Ramadan, sebuah "
                "balai anak di Jambi menyelenggarakan konferensi kasus secara daring. "
                "Enam belas orang ikut serta: kepala seksi, pekerja sosial, konselor, "
                "pendamping, perawat, dan tenaga administrasi. Setiap pekerja sosial "
                "memaparkan kebutuhan tiap anak beserta rencana yang "
                "direkomendasikan.</p>",
                vi="<p>Tháng 4 năm 2020, giữa đại dịch và tháng Ramadan, một trung tâm "
                "bảo trợ trẻ em ở Jambi đã tổ chức họp trường hợp trực tuyến. Mười sáu "
                "người tham gia: trưởng các bộ phận, nhân viên công tác xã hội, nhà "
                "tham vấn, người hướng dẫn, điều dưỡng và cán bộ hành chính. Mỗi nhân "
                "viên công tác xã hội trình bày nhu cầu của từng trẻ và kế hoạch đề "
                "xuất.</p>",
                ar="<p>في نيسان/أبريل 2020، خلال الجائحة وشهر رمضان، عقد مركز رعاية "
                "الأطفال في جامبي مؤتمر الحالة عبر الإنترنت. وشارك فيه ستة عشر شخصًا: "
                "رؤساء الأقسام والأخصائيون الاجتماعيون والمرشدون النفسيون والموجّهون "
                "والممرضون والإداريون. وعرض كل أخصائي اجتماعي احتياجات كل طفل والخطة "
                "الموصى بها.</p>",
            )
        ),
        heading(
            Translated(
                en="Mataram, West Nusa Tenggara: a centre for children facing social "
                "and legal problems",
                id="Mataram, Nusa Tenggara Barat: balai bagi anak yang menghadapi "
                "masalah sosial dan hukum",
                vi="Mataram, Tây Nusa Tenggara: trung tâm cho trẻ em gặp vấn đề xã hội "
                "và pháp lý",
                ar="ماتارام، نوسا تنغارا الغربية: مركز للأطفال الذين يواجهون مشكلات "
                "اجتماعية وقانونية",
            )
        ),
        paragraph(
            Translated(
                en="<p>The social-affairs office of Mataram prepared a social "
                "rehabilitation centre for children who face social and legal "
                "problems, whether as victims, perpetrators or witnesses. It offers "
                "outpatient care and a halfway house, has two psychologists and social "
                "workers on its staff, and works with the women's empowerment and "
                "child-protection office and the child-protection agency.</p>",
                id="<p>Dinas sosial Kota Mataram menyiapkan balai rehabilitasi sosial "
                "bagi anak yang menghadapi masalah sosial dan hukum, baik sebagai "
                "korban, pelaku, maupun saksi. Balai ini menyediakan layanan rawat "
                "jalan dan rumah singgah, memiliki dua psikolog serta sejumlah pekerja "
                "sosial, dan bekerja sama dengan dinas pemberdayaan perempuan dan "
                "perlindungan anak serta lembaga perlindungan anak.</p>",
                vi="<p>Cơ quan xã hội thành phố Mataram đã chuẩn bị một trung tâm phục "
                "hồi xã hội cho trẻ em gặp vấn đề xã hội và pháp lý, dù là nạn nhân, "
                "người vi phạm hay người làm chứng. Trung tâm có dịch vụ ngoại trú và "
                "nhà chuyển tiếp, có hai nhà tâm lý cùng các nhân viên công tác xã "
                "hội, và phối hợp với cơ quan trao quyền cho phụ nữ và bảo vệ trẻ em "
                "cũng như tổ chức bảo vệ trẻ em.</p>",
                ar="<p>جهّزت مديرية الشؤون الاجتماعية في ماتارام مركزًا للتأهيل "
                "الاجتماعي للأطفال الذين يواجهون مشكلات اجتماعية وقانونية، سواء "
                "أكانوا ضحايا أم مخالفين للقانون أم شهودًا. ويقدّم المركز خدمات "
                "العيادة الخارجية وبيتًا انتقاليًا، ويضم أخصائيَّين نفسيَّين "
                "وأخصائيين اجتماعيين، ويعمل مع مكتب تمكين المرأة وحماية الطفل ومع "
                "هيئة حماية الطفل.</p>",
            )
        ),
        heading(
            Translated(
                en="Uganda: 40 social workers on case management",
                id="Uganda: 40 pekerja sosial membahas manajemen kasus",
                vi="Uganda: 40 nhân viên công tác xã hội bàn về quản lý trường hợp",
                ar="أوغندا: 40 أخصائيًا اجتماعيًا يناقشون إدارة الحالة",
            )
        ),
        paragraph(
            Translated(
                en="<p>In February 2025, an NGO that supports children's centres in "
                "Uganda met 40 social workers to talk through the hardest parts of "
                "case management: gatekeeping, and preparing children and families for "
                "reintegration.</p>",
                id="<p>Pada Februari 2025, sebuah LSM yang mendukung balai anak di "
                "Uganda bertemu dengan 40 pekerja sosial untuk membahas bagian "
                "tersulit dari manajemen kasus: penapisan pengasuhan, serta persiapan "
                "anak dan keluarga untuk reintegrasi.</p>",
                vi="<p>Tháng 2 năm 2025, một tổ chức phi chính phủ hỗ trợ các trung "
                "tâm bảo trợ trẻ em ở Uganda đã gặp gỡ 40 nhân viên công tác xã hội để "
                "cùng bàn về những phần khó nhất của quản lý trường hợp: sàng lọc đầu "
                "vào, và chuẩn bị cho trẻ và gia đình tái hòa nhập.</p>",
                ar="<p>في شباط/فبراير 2025، التقت منظمة غير حكومية تدعم مراكز رعاية "
                "الأطفال في أوغندا 40 أخصائيًا اجتماعيًا لمناقشة أصعب جوانب إدارة "
                "الحالة: ضبط الدخول إلى الرعاية، وتهيئة الأطفال والأسر لإعادة "
                "الإدماج.</p>",
            )
        ),
        heading(
            Translated(
                en="Nghe An province, Vietnam: training for more than 500 officers",
                id="Provinsi Nghe An, Vietnam: pelatihan bagi lebih dari 500 petugas",
                vi="Tỉnh Nghệ An, Việt Nam: đào tạo cho hơn 500 cán bộ",
                ar="محافظة نغي آن، فيتنام: تدريب أكثر من 500 موظف",
            )
        ),
        paragraph(
            Translated(
                en="<p>Nghe An counts 12,289 children in especially difficult "
                "circumstances. In December 2022 a training conference brought "
                "together more than 500 officers from districts, towns and communes "
                "to learn about the social-work profession, identifying and supporting "
                "these children, autism and early intervention, and caring for people "
                "with a mental disorder at home and in the community.</p>",
                id="<p>Nghe An mencatat 12.289 anak yang memerlukan perlindungan "
                "khusus. Pada Desember 2022, sebuah konferensi pelatihan mempertemukan "
                "lebih dari 500 petugas dari kabupaten, kota, dan desa untuk "
                "mempelajari profesi pekerjaan sosial, identifikasi dan dukungan bagi "
                "anak-anak tersebut, autisme dan intervensi dini, serta perawatan "
                "orang dengan gangguan jiwa di rumah dan di masyarakat.</p>",
                vi="<p>Nghệ An có 12.289 trẻ em có hoàn cảnh đặc biệt. Tháng 12 năm "
                "2022, một hội nghị đào tạo đã quy tụ hơn 500 cán bộ từ các huyện, "
                "thị xã và xã để tìm hiểu về nghề công tác xã hội, cách phát hiện và "
                "hỗ trợ những trẻ em này, tự kỷ và can thiệp sớm, cũng như chăm sóc "
                "người rối nhiễu tâm trí tại gia đình và cộng đồng.</p>",
                ar="<p>يبلغ عدد الأطفال في ظروف صعبة بشكل خاص في نغي آن 12,289 "
                "طفلًا. وفي كانون الأول/ديسمبر 2022، جمع مؤتمر تدريبي أكثر من 500 "
                "موظف من المناطق والبلدات والبلديات للتعرّف إلى مهنة العمل "
                "الاجتماعي، والكشف عن هؤلاء الأطفال ودعمهم، والتوحد والتدخل المبكر، "
                "ورعاية الأشخاص المصابين باضطراب نفسي في المنزل وفي المجتمع.</p>",
            )
        ),
        heading(
            Translated(
                en="Rural Damascus, Syria: a community case-management pilot",
                id="Rif Dimashq, Suriah: uji coba manajemen kasus berbasis masyarakat",
                vi="Rif Dimashq, Syria: thí điểm quản lý trường hợp dựa vào cộng đồng",
                ar="ريف دمشق، سوريا: تجربة رائدة في إدارة الحالة المجتمعية",
            )
        ),
        paragraph(
            Translated(
                en="<p>A community case-management pilot started at an institute for "
                "children with an intellectual disability. It links the institute with "
                "associations in two nearby areas affected by the war, so that "
                "families get support close to where they live.</p>",
                id="<p>Uji coba manajemen kasus berbasis masyarakat dimulai di sebuah "
                "institut bagi anak dengan disabilitas intelektual. Uji coba ini "
                "menghubungkan institut tersebut dengan perkumpulan di dua wilayah "
                "terdekat yang terdampak perang, sehingga keluarga mendapat dukungan "
                "di dekat tempat tinggal mereka.</p>",
                vi="<p>Mô hình thí điểm quản lý trường hợp dựa vào cộng đồng được khởi "
                "động tại một viện dành cho trẻ khuyết tật trí tuệ. Mô hình kết nối "
                "viện với các hội tại hai khu vực lân cận bị ảnh hưởng bởi chiến "
                "tranh, để các gia đình được hỗ trợ ngay gần nơi mình sinh sống.</p>",
                ar="<p>انطلقت تجربة رائدة في إدارة الحالة المجتمعية في معهد للأطفال "
                "ذوي الإعاقة الذهنية. وتربط التجربة المعهد بجمعيات في منطقتين "
                "مجاورتين تضررتا من الحرب، كي تحصل الأسر على الدعم قرب أماكن "
                "سكنها.</p>",
            )
        ),
    ),
)

SAFEGUARDING = PageContent(
    title=Translated(
        en="Safeguarding and privacy",
        id="Keselamatan anak dan privasi",
        vi="An toàn và quyền riêng tư",
        ar="الحماية والخصوصية",
    ),
    slug=Translated(
        en="safeguarding",
        id="keselamatan-dan-privasi",
        vi="an-toan-va-quyen-rieng-tu",
        ar="الحماية-والخصوصية",
    ),
    intro=Translated(
        en="The portal trains staff and publishes news. It is not a case management "
        "system, and it never holds a child's case record.",
        id="Portal ini melatih petugas dan menerbitkan berita. Portal ini bukan sistem "
        "manajemen kasus dan tidak pernah menyimpan catatan kasus anak.",
        vi="Cổng thông tin đào tạo cán bộ và đăng tin tức. Đây không phải là hệ thống "
        "quản lý trường hợp và không bao giờ lưu hồ sơ trường hợp của trẻ.",
        ar="تدرّب البوابة العاملين وتنشر الأخبار. وهي ليست نظامًا لإدارة الحالة، ولا "
        "تحتفظ أبدًا بسجل حالة أي طفل.",
    ),
    body=(
        heading(
            Translated(
                en="What stays off the portal",
                id="Yang tidak boleh ada di portal",
                vi="Những gì không được đưa lên cổng thông tin",
                ar="ما لا مكان له في البوابة",
            )
        ),
        key_facts(
            Translated(
                en="No case records, assessments or plans of individual children.",
                id="Tidak ada catatan kasus, hasil asesmen, atau rencana milik anak "
                "secara perorangan.",
                vi="Không có hồ sơ trường hợp, kết quả đánh giá hay kế hoạch của từng "
                "trẻ.",
                ar="لا سجلات حالات ولا تقييمات ولا خطط لأطفال بعينهم.",
            ),
            Translated(
                en="No real child's name, photo or story in training material or demo "
                "content.",
                id="Tidak ada nama, foto, atau kisah anak yang sebenarnya dalam materi "
                "pelatihan maupun konten contoh.",
                vi="Không dùng tên, ảnh hay câu chuyện của trẻ em có thật trong tài "
                "liệu đào tạo hoặc nội dung mẫu.",
                ar="لا اسم ولا صورة ولا قصة لطفل حقيقي في مواد التدريب أو المحتوى "
                "التجريبي.",
            ),
            Translated(
                en="No detail that could identify a child: school, village or family "
                "name.",
                id="Tidak ada rincian yang dapat mengungkap identitas anak: sekolah, "
                "desa, atau nama keluarga.",
                vi="Không có chi tiết nào có thể làm lộ danh tính trẻ: trường học, "
                "thôn xóm hay họ tên gia đình.",
                ar="لا تفاصيل قد تكشف هوية الطفل: المدرسة أو القرية أو اسم العائلة.",
            ),
        ),
        heading(
            Translated(
                en="Photos in the news",
                id="Foto dalam berita",
                vi="Ảnh trong tin tức",
                ar="الصور في الأخبار",
            )
        ),
        paragraph(
            Translated(
                en="<p>Editors are responsible for every photo they publish. Choose "
                "pictures in which no child can be recognised, ask for consent, and "
                "always write alt text that describes the picture for readers who "
                "cannot see it.</p>",
                id="<p>Editor bertanggung jawab atas setiap foto yang diterbitkannya. "
                "Pilih gambar yang tidak memungkinkan anak mana pun dikenali, mintalah "
                "persetujuan, dan selalu tulis teks alternatif yang menggambarkan foto "
                "bagi pembaca yang tidak dapat melihatnya.</p>",
                vi="<p>Biên tập viên chịu trách nhiệm về mọi bức ảnh mình đăng. Hãy "
                "chọn ảnh không thể nhận ra bất kỳ trẻ nào, xin sự đồng ý và luôn viết "
                "văn bản thay thế mô tả bức ảnh cho những người đọc không nhìn thấy "
                "ảnh.</p>",
                ar="<p>يتحمّل المحررون مسؤولية كل صورة ينشرونها. اختاروا صورًا لا "
                "يمكن فيها التعرف على أي طفل، واطلبوا الموافقة، واكتبوا دائمًا نصًا "
                "بديلًا يصف الصورة للقرّاء الذين لا يستطيعون رؤيتها.</p>",
            )
        ),
        heading(
            Translated(
                en="If you are worried about a child",
                id="Jika Anda mengkhawatirkan seorang anak",
                vi="Nếu bạn lo lắng cho một trẻ em",
                ar="إذا كنت قلقًا على طفل",
            )
        ),
        paragraph(
            Translated(
                en="<p>Do not post it here. Follow your centre's referral procedure "
                "and contact your supervisor or the social-affairs office in your "
                "area.</p>",
                id="<p>Jangan mengunggahnya di sini. Ikuti prosedur rujukan di balai "
                "Anda dan hubungi penyelia Anda atau dinas sosial di daerah Anda.</p>",
                vi="<p>Đừng đăng lên đây. Hãy thực hiện quy trình chuyển gửi của trung "
                "tâm và liên hệ với giám sát viên của bạn hoặc cơ quan xã hội tại địa "
                "phương.</p>",
                ar="<p>لا تنشر ذلك هنا. اتبع إجراءات الإحالة المعتمدة في مركزك، "
                "وتواصل مع المشرف عليك أو مع مديرية الشؤون الاجتماعية في منطقتك.</p>",
            )
        ),
    ),
)

PAGES = (ABOUT, GATEKEEPING, RETURNING_HOME, CENTRES, SAFEGUARDING)
