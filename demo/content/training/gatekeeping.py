"""Module 1: gatekeeping, from identification to follow-up."""

from decimal import Decimal

from ...translated import (
    LessonContent,
    ModuleContent,
    Translated,
    case_study,
    checklist,
    multiple_choice,
    reflection,
    right,
    single_choice,
    text,
    true_or_false,
    wrong,
)

CONTINUOUS_PROCESS = LessonContent(
    title=Translated(
        en="Gatekeeping is a process, not a single decision",
        id="Penapisan pengasuhan adalah proses, bukan satu keputusan",
        vi="Sàng lọc đầu vào là một quá trình, không phải một quyết định",
        ar="ضبط الدخول إلى الرعاية عملية مستمرة لا قرار واحد",
    ),
    slug=Translated(
        en="a-continuous-process",
        id="proses-berkelanjutan",
        vi="mot-qua-trinh-lien-tuc",
        ar="عملية-مستمرة",
    ),
    summary=Translated(
        en="Why gatekeeping protects children from needless separation, and the "
        "five steps that make it up.",
        id="Mengapa penapisan pengasuhan melindungi anak dari pemisahan yang tidak "
        "perlu, dan lima langkah yang membentuknya.",
        vi="Vì sao sàng lọc đầu vào bảo vệ trẻ khỏi việc bị tách khỏi gia đình một "
        "cách không cần thiết, và năm bước tạo nên quá trình này.",
        ar="لماذا يحمي ضبط الدخول إلى الرعاية الأطفال من الانفصال غير الضروري عن "
        "أسرهم، وما خطواته الخمس.",
    ),
    body=(
        text(
            Translated(
                en="<p>Children grow best in a family. Even a well-run children's "
                "centre cannot give a child the daily attachment of people who will "
                "stay in their life. Gatekeeping means placing a child in residential "
                "care only when it is truly necessary, and preventing the needless "
                "separation of children from their families. Residential care is a "
                "temporary last resort, never the default answer to poverty or to a "
                "family in difficulty.</p>",
                id="<p>Anak tumbuh paling baik di dalam keluarga. Balai anak yang "
                "dikelola dengan baik pun tidak dapat memberikan kelekatan sehari-hari "
                "dengan orang-orang yang akan tetap hadir dalam hidupnya. Penapisan "
                "pengasuhan berarti menempatkan anak dalam pengasuhan berbasis lembaga "
                "hanya bila benar-benar perlu, serta mencegah pemisahan anak dari "
                "keluarganya tanpa alasan. Pengasuhan berbasis lembaga adalah pilihan "
                "terakhir yang bersifat sementara, bukan jawaban otomatis atas "
                "kemiskinan atau keluarga yang sedang kesulitan.</p>",
                vi="<p>Trẻ lớn lên tốt nhất trong gia đình. Ngay cả một trung tâm bảo "
                "trợ trẻ em được quản lý tốt cũng không thể mang lại cho trẻ sự gắn bó "
                "hằng ngày với những người sẽ ở bên trẻ suốt cuộc đời. Sàng lọc đầu "
                "vào nghĩa là chỉ đưa trẻ vào chăm sóc tập trung khi thật sự cần "
                "thiết, và ngăn ngừa việc tách trẻ khỏi gia đình một cách không cần "
                "thiết. Chăm sóc tập trung là biện pháp cuối cùng và tạm thời, không "
                "bao giờ là câu trả lời mặc nhiên cho cảnh nghèo hay cho một gia đình "
                "đang gặp khó khăn.</p>",
                ar="<p>ينشأ الأطفال على أفضل وجه داخل الأسرة. فحتى مركز رعاية الأطفال "
                "الجيد الإدارة لا يستطيع أن يمنح الطفل التعلق اليومي بأشخاص سيبقون في "
                "حياته. ويعني ضبط الدخول إلى الرعاية ألا يُودَع الطفل في الرعاية "
                "الإيوائية إلا عند الضرورة الحقيقية، وأن يُمنع فصل الأطفال عن أسرهم "
                "دون داعٍ. فالرعاية الإيوائية ملاذ أخير ومؤقت، وليست أبدًا الرد "
                "التلقائي على الفقر أو على أسرة تمر بضائقة.</p>",
            )
        ),
        text(
            Translated(
                en="<p>Gatekeeping is a continuous process with five steps:</p>"
                "<ol><li><b>Identification and referral</b>: community networks, "
                "child-protection officers and teachers notice children at risk and "
                "pass their situation on.</li>"
                "<li><b>Assessment</b>: each child's situation is looked at thoroughly "
                "before any intervention is chosen.</li>"
                "<li><b>Decision-making</b>: a multidisciplinary team decides on the "
                "placement, never one person alone.</li>"
                "<li><b>Intervention and reintegration</b>: family-based care comes "
                "first, and a return home is prepared with care.</li>"
                "<li><b>Monitoring and evaluation</b>: the child is followed up after "
                "a placement or a return home.</li></ol>",
                id="<p>Penapisan pengasuhan adalah proses berkelanjutan dengan lima "
                "langkah:</p>"
                "<ol><li><b>Identifikasi dan rujukan</b>: jejaring masyarakat, petugas "
                "perlindungan anak, dan guru mengenali anak yang berisiko lalu "
                "menyampaikan situasinya.</li>"
                "<li><b>Asesmen</b>: situasi setiap anak ditelaah secara menyeluruh "
                "sebelum intervensi apa pun dipilih.</li>"
                "<li><b>Pengambilan keputusan</b>: tim multidisiplin memutuskan "
                "penempatan, tidak pernah satu orang saja.</li>"
                "<li><b>Intervensi dan reintegrasi</b>: pengasuhan berbasis keluarga "
                "diutamakan, dan kepulangan anak dipersiapkan dengan cermat.</li>"
                "<li><b>Pemantauan dan evaluasi</b>: anak terus dipantau setelah "
                "penempatan atau setelah kembali ke rumah.</li></ol>",
                vi="<p>Sàng lọc đầu vào là một quá trình liên tục gồm năm bước:</p>"
                "<ol><li><b>Phát hiện và chuyển gửi</b>: mạng lưới cộng đồng, cán bộ "
                "bảo vệ trẻ em và giáo viên nhận ra trẻ có nguy cơ và báo tiếp hoàn "
                "cảnh của trẻ.</li>"
                "<li><b>Đánh giá</b>: hoàn cảnh của từng trẻ được xem xét kỹ lưỡng "
                "trước khi lựa chọn bất kỳ biện pháp can thiệp nào.</li>"
                "<li><b>Ra quyết định</b>: nhóm đa ngành quyết định việc sắp xếp nơi "
                "ở cho trẻ, không bao giờ chỉ một người.</li>"
                "<li><b>Can thiệp và tái hòa nhập</b>: ưu tiên chăm sóc dựa vào gia "
                "đình, và việc trẻ trở về nhà được chuẩn bị chu đáo.</li>"
                "<li><b>Theo dõi và đánh giá</b>: trẻ tiếp tục được theo dõi sau khi "
                "được sắp xếp nơi ở hoặc sau khi trở về nhà.</li></ol>",
                ar="<p>ضبط الدخول إلى الرعاية عملية مستمرة من خمس خطوات:</p>"
                "<ol><li><b>التعرّف والإحالة</b>: تلاحظ الشبكات المجتمعية وموظفو "
                "حماية الطفل والمعلمون الأطفال المعرّضين للخطر وينقلون أوضاعهم.</li>"
                "<li><b>التقييم</b>: يُدرس وضع كل طفل دراسة شاملة قبل اختيار أي "
                "تدخل.</li>"
                "<li><b>اتخاذ القرار</b>: يقرر الفريق متعدد التخصصات مكان الإيداع، "
                "ولا ينفرد به شخص واحد أبدًا.</li>"
                "<li><b>التدخل وإعادة الإدماج</b>: تأتي الرعاية الأسرية أولًا، "
                "وتُحضَّر العودة إلى المنزل بعناية.</li>"
                "<li><b>المتابعة والتقييم</b>: يُتابَع الطفل بعد إيداعه أو بعد "
                "عودته إلى المنزل.</li></ol>",
            )
        ),
        text(
            Translated(
                en="<p>Each step can still keep a child with their family. A referral "
                "made early gives time to support the family at home; a careful "
                "assessment may find a grandmother or an aunt ready to help; follow-up "
                "notices when a placement or a return is not working.</p>",
                id="<p>Setiap langkah masih bisa menjaga anak tetap bersama "
                "keluarganya. Rujukan yang dibuat sejak dini memberi waktu untuk "
                "mendukung keluarga di rumah; asesmen yang cermat dapat menemukan "
                "nenek atau bibi yang siap membantu; pemantauan menunjukkan kapan "
                "penempatan atau kepulangan tidak berjalan baik.</p>",
                vi="<p>Ở bước nào cũng vẫn có thể giữ trẻ lại với gia đình. Chuyển gửi "
                "sớm cho ta thời gian hỗ trợ gia đình ngay tại nhà; đánh giá cẩn thận "
                "có thể tìm ra một người bà hay người cô sẵn lòng giúp đỡ; việc theo "
                "dõi giúp nhận ra khi nơi ở mới hoặc việc trở về nhà không ổn.</p>",
                ar="<p>في كل خطوة يبقى ممكنًا إبقاء الطفل مع أسرته. فالإحالة المبكرة "
                "تمنح وقتًا لدعم الأسرة في منزلها، والتقييم الدقيق قد يكشف عن جدة أو "
                "خالة مستعدة للمساعدة، والمتابعة تنبّه إلى الإيداع أو العودة حين لا "
                "تسير على ما يرام.</p>",
            )
        ),
        reflection(
            Translated(
                en="Think of the last child admitted to your centre. At which of the "
                "five steps could a family-based solution still have been found, and "
                "what would it have needed?",
                id="Ingat anak terakhir yang masuk ke balai Anda. Pada langkah mana "
                "dari kelima langkah itu solusi berbasis keluarga masih mungkin "
                "ditemukan, dan apa yang dibutuhkan untuk itu?",
                vi="Hãy nghĩ về trẻ gần đây nhất được tiếp nhận vào trung tâm của bạn. "
                "Ở bước nào trong năm bước vẫn có thể tìm ra một giải pháp dựa vào gia "
                "đình, và cần những gì để làm được điều đó?",
                ar="فكّر في آخر طفل استقبله مركزك. في أي خطوة من الخطوات الخمس كان "
                "ممكنًا إيجاد حل داخل الأسرة، وما الذي كان يتطلبه ذلك؟",
            )
        ),
    ),
)

REFERRAL_AND_ASSESSMENT = LessonContent(
    title=Translated(
        en="Identification, referral and assessment",
        id="Identifikasi, rujukan, dan asesmen",
        vi="Phát hiện, chuyển gửi và đánh giá",
        ar="التعرّف والإحالة والتقييم",
    ),
    slug=Translated(
        en="referral-and-assessment",
        id="rujukan-dan-asesmen",
        vi="chuyen-gui-va-danh-gia",
        ar="الإحالة-والتقييم",
    ),
    summary=Translated(
        en="Who notices a child at risk, how a referral reaches the right service, "
        "and what an assessment must cover before anything is decided.",
        id="Siapa yang mengenali anak berisiko, bagaimana rujukan sampai ke layanan "
        "yang tepat, dan apa yang harus dicakup asesmen sebelum keputusan diambil.",
        vi="Ai phát hiện trẻ có nguy cơ, việc chuyển gửi đến đúng dịch vụ diễn ra "
        "thế nào, và đánh giá cần bao quát những gì trước khi quyết định.",
        ar="من يلاحظ الطفل المعرّض للخطر، وكيف تصل الإحالة إلى الجهة المناسبة، وما "
        "الذي يجب أن يشمله التقييم قبل اتخاذ أي قرار.",
    ),
    body=(
        text(
            Translated(
                en="<p>The people who see children every day are the first to notice "
                "trouble: neighbours and community networks, child-protection officers "
                "and teachers. A child who stops coming to school, who is often hungry "
                "or who is left alone for days needs someone to act. A referral passes "
                "the child's situation, with consent, to the service best placed to "
                "help. Made early, before a crisis, it leaves room to support the "
                "family at home.</p>",
                id="<p>Orang-orang yang bertemu anak setiap hari adalah yang pertama "
                "melihat masalah: tetangga dan jejaring masyarakat, petugas "
                "perlindungan anak, serta guru. Anak yang berhenti datang ke sekolah, "
                "yang sering lapar, atau yang ditinggal sendirian berhari-hari "
                "membutuhkan seseorang yang bertindak. Rujukan menyampaikan situasi "
                "anak, dengan persetujuan, kepada layanan yang paling tepat untuk "
                "membantu. Bila dibuat sejak dini, sebelum krisis, rujukan memberi "
                "ruang untuk mendukung keluarga di rumah.</p>",
                vi="<p>Những người gặp trẻ hằng ngày là những người đầu tiên nhận ra "
                "vấn đề: hàng xóm và mạng lưới cộng đồng, cán bộ bảo vệ trẻ em và giáo "
                "viên. Một đứa trẻ bỗng nghỉ học, thường xuyên bị đói hoặc bị bỏ mặc "
                "một mình nhiều ngày cần có người hành động. Chuyển gửi là việc chuyển "
                "thông tin về hoàn cảnh của trẻ, khi có sự đồng ý, đến dịch vụ phù hợp "
                "nhất để hỗ trợ. Nếu được thực hiện sớm, trước khi khủng hoảng xảy ra, "
                "chuyển gửi để lại cơ hội hỗ trợ gia đình ngay tại nhà.</p>",
                ar="<p>أول من يلاحظ المشكلة هم من يرون الأطفال كل يوم: الجيران "
                "والشبكات المجتمعية وموظفو حماية الطفل والمعلمون. فالطفل الذي ينقطع "
                "عن المدرسة، أو يجوع كثيرًا، أو يُترك وحده أيامًا، يحتاج إلى من يتحرك. "
                "والإحالة هي نقل وضع الطفل، بعد الموافقة، إلى الجهة الأقدر على "
                "المساعدة. وحين تتم مبكرًا، قبل وقوع الأزمة، تترك مجالًا لدعم الأسرة "
                "في منزلها.</p>",
            )
        ),
        text(
            Translated(
                en="<p>No intervention is chosen before an assessment: a thorough look "
                "at the child's situation, needs and strengths. Listen to the child in "
                "a way suited to their age. Look at what the parents can do with help, "
                "not only at what they fail to do, and ask who else in the family and "
                "the community could step in.</p>",
                id="<p>Tidak ada intervensi yang dipilih sebelum asesmen, yaitu "
                "penelaahan menyeluruh atas situasi, kebutuhan, dan kekuatan anak. "
                "Dengarkan anak dengan cara yang sesuai usianya. Perhatikan apa yang "
                "dapat dilakukan orang tua bila dibantu, bukan hanya apa yang gagal "
                "mereka lakukan, dan tanyakan siapa lagi di keluarga dan masyarakat "
                "yang dapat turun tangan.</p>",
                vi="<p>Không có biện pháp can thiệp nào được chọn trước khi đánh giá, "
                "tức là xem xét kỹ lưỡng hoàn cảnh, nhu cầu và điểm mạnh của trẻ. Hãy "
                "lắng nghe trẻ theo cách phù hợp với lứa tuổi. Hãy nhìn vào những gì "
                "cha mẹ có thể làm khi được hỗ trợ, chứ không chỉ những gì họ chưa làm "
                "được, và hỏi xem còn ai trong gia đình và cộng đồng có thể giúp "
                "sức.</p>",
                ar="<p>لا يُختار أي تدخل قبل التقييم، أي الدراسة الشاملة لوضع الطفل "
                "واحتياجاته ونقاط قوته. استمع إلى الطفل بطريقة تناسب عمره. وانظر إلى "
                "ما يستطيع الوالدان فعله إن وجدا الدعم، لا إلى ما يعجزان عنه فقط، "
                "واسأل من غيرهما في الأسرة والمجتمع يمكنه أن يمد يد العون.</p>",
            )
        ),
        checklist(
            Translated(
                en="Before any decision, the assessment covers",
                id="Sebelum keputusan apa pun, asesmen mencakup",
                vi="Trước mọi quyết định, đánh giá cần bao quát",
                ar="قبل أي قرار، يشمل التقييم",
            ),
            Translated(
                en="the child's safety today",
                id="keselamatan anak saat ini",
                vi="sự an toàn của trẻ ở thời điểm hiện tại",
                ar="سلامة الطفل اليوم",
            ),
            Translated(
                en="the child's own views, heard in a way suited to their age",
                id="pendapat anak sendiri, didengar dengan cara yang sesuai usianya",
                vi="ý kiến của chính trẻ, được lắng nghe theo cách phù hợp với lứa "
                "tuổi",
                ar="آراء الطفل نفسه، مسموعة بطريقة تناسب عمره",
            ),
            Translated(
                en="what the parents can do, and what support would help them",
                id="apa yang dapat dilakukan orang tua, dan dukungan apa yang akan "
                "membantu mereka",
                vi="những gì cha mẹ có thể làm và sự hỗ trợ nào sẽ giúp được họ",
                ar="ما يستطيع الوالدان فعله، وأي دعم سيساعدهما",
            ),
            Translated(
                en="relatives and close family friends who could care for the child",
                id="kerabat dan teman dekat keluarga yang dapat merawat anak",
                vi="họ hàng và bạn thân của gia đình có thể chăm sóc trẻ",
                ar="الأقارب وأصدقاء الأسرة المقربون القادرون على رعاية الطفل",
            ),
            Translated(
                en="the services available near the child's home",
                id="layanan yang tersedia di dekat rumah anak",
                vi="các dịch vụ sẵn có gần nơi trẻ sống",
                ar="الخدمات المتاحة قرب منزل الطفل",
            ),
        ),
        case_study(
            Translated(
                en="A teacher's referral",
                id="Rujukan dari seorang guru",
                vi="Chuyển gửi từ một giáo viên",
                ar="إحالة من معلمة",
            ),
            Translated(
                en="<p>A teacher notices that a girl of nine has missed school for two "
                "weeks and looks tired and thin. She learns that the girl's mother is "
                "ill and that the girl cares for her younger brothers. The teacher "
                "calls the district child-protection officer, who asks the centre "
                "whether it has a place for the three children.</p>",
                id="<p>Seorang guru melihat bahwa seorang anak perempuan berusia "
                "sembilan tahun sudah dua minggu tidak masuk sekolah dan tampak lelah "
                "serta kurus. Ia mengetahui bahwa ibu anak itu sakit dan anak itulah "
                "yang mengurus adik-adik laki-lakinya. Guru tersebut menghubungi "
                "petugas perlindungan anak di kabupaten, yang lalu bertanya kepada "
                "balai apakah ada tempat untuk ketiga anak itu.</p>",
                vi="<p>Một cô giáo nhận thấy một bé gái chín tuổi đã nghỉ học hai tuần "
                "và trông mệt mỏi, gầy gò. Cô được biết mẹ của em bị ốm và em phải "
                "chăm sóc các em trai. Cô giáo gọi cho cán bộ bảo vệ trẻ em của huyện, "
                "và người này hỏi trung tâm xem còn chỗ cho cả ba anh chị em hay "
                "không.</p>",
                ar="<p>تلاحظ معلمة أن طفلة في التاسعة غابت عن المدرسة أسبوعين وتبدو "
                "متعبة ونحيلة. وتعلم أن أم الطفلة مريضة وأن الطفلة هي من تعتني "
                "بإخوتها الصغار. فتتصل المعلمة بموظف حماية الطفل في المنطقة، فيسأل "
                "هذا المركز إن كان لديه مكان للأطفال الثلاثة.</p>",
            ),
            Translated(
                en="<p>The referral was right; the question asked was not. Before "
                "talking about a place, the social worker makes an assessment at home. "
                "It shows that the mother needs treatment, that an aunt lives in the "
                "next village and that the school can offer free meals. The children "
                "stay with their family, with support and regular follow-up.</p>",
                id="<p>Rujukannya tepat; pertanyaannya yang keliru. Sebelum membahas "
                "tempat di balai, pekerja sosial melakukan asesmen di rumah. Hasilnya "
                "menunjukkan bahwa sang ibu membutuhkan pengobatan, seorang bibi "
                "tinggal di desa sebelah, dan sekolah dapat memberikan makan gratis. "
                "Anak-anak tetap bersama keluarganya, dengan dukungan dan pemantauan "
                "rutin.</p>",
                vi="<p>Việc chuyển gửi là đúng; câu hỏi được đặt ra thì chưa đúng. "
                "Trước khi bàn đến chỗ ở, nhân viên công tác xã hội đến nhà để đánh "
                "giá. Kết quả cho thấy người mẹ cần được điều trị, một người dì sống ở "
                "làng bên cạnh và nhà trường có thể hỗ trợ bữa ăn miễn phí. Các em ở "
                "lại với gia đình, được hỗ trợ và theo dõi thường xuyên.</p>",
                ar="<p>كانت الإحالة في محلها، أما السؤال المطروح فلم يكن كذلك. فقبل "
                "الحديث عن مكان في المركز، يجري الأخصائي الاجتماعي تقييمًا في المنزل. "
                "فيتبيّن أن الأم تحتاج إلى علاج، وأن خالة تعيش في القرية المجاورة، "
                "وأن المدرسة تستطيع تقديم وجبات مجانية. فيبقى الأطفال مع أسرتهم، مع "
                "الدعم والمتابعة المنتظمة.</p>",
            ),
        ),
    ),
)

DECISION_AND_FOLLOW_UP = LessonContent(
    title=Translated(
        en="Deciding on care and following up",
        id="Memutuskan pengasuhan dan memantaunya",
        vi="Quyết định hình thức chăm sóc và theo dõi",
        ar="تقرير نوع الرعاية ومتابعتها",
    ),
    slug=Translated(
        en="decision-and-follow-up",
        id="keputusan-dan-pemantauan",
        vi="quyet-dinh-va-theo-doi",
        ar="القرار-والمتابعة",
    ),
    summary=Translated(
        en="How a multidisciplinary team chooses among the forms of care, family "
        "first, and why the work goes on after the decision.",
        id="Bagaimana tim multidisiplin memilih bentuk pengasuhan dengan "
        "mengutamakan keluarga, dan mengapa pekerjaan berlanjut setelah keputusan.",
        vi="Nhóm đa ngành lựa chọn hình thức chăm sóc như thế nào, ưu tiên gia đình, "
        "và vì sao công việc vẫn tiếp tục sau khi đã quyết định.",
        ar="كيف يختار الفريق متعدد التخصصات بين أشكال الرعاية مع تقديم الأسرة، "
        "ولماذا يستمر العمل بعد القرار.",
    ),
    body=(
        text(
            Translated(
                en="<p>The decision on a child's placement is made by a "
                "multidisciplinary team: social workers, psychologists, nurses and "
                "others who know the child and the family. Together they weigh the "
                "assessment and choose the option that keeps the child safe as close "
                "to family life as possible.</p>",
                id="<p>Keputusan tentang penempatan anak diambil oleh tim "
                "multidisiplin: pekerja sosial, psikolog, perawat, dan profesi lain "
                "yang mengenal anak dan keluarganya. Bersama-sama mereka menimbang "
                "hasil asesmen dan memilih pilihan yang menjaga anak tetap aman "
                "sedekat mungkin dengan kehidupan keluarga.</p>",
                vi="<p>Quyết định về nơi ở của trẻ do nhóm đa ngành đưa ra: nhân viên "
                "công tác xã hội, nhà tâm lý, điều dưỡng và những người khác hiểu rõ "
                "trẻ và gia đình. Họ cùng cân nhắc kết quả đánh giá và chọn phương án "
                "giữ trẻ an toàn mà vẫn gần với đời sống gia đình nhất.</p>",
                ar="<p>يتخذ الفريق متعدد التخصصات قرار إيداع الطفل، ويضم أخصائيين "
                "اجتماعيين ونفسيين وممرضين وغيرهم ممن يعرفون الطفل وأسرته. فيزنون "
                "معًا نتائج التقييم ويختارون الخيار الذي يحفظ سلامة الطفل ويبقيه "
                "أقرب ما يمكن إلى الحياة الأسرية.</p>",
            )
        ),
        text(
            Translated(
                en="<p>Family-based care comes first. When a child cannot stay at "
                "home, the team looks, in this order, at:</p><ul>"
                "<li><b>kinship care</b>: relatives or close family friends the child "
                "knows;</li>"
                "<li><b>foster care</b>: a selected, trained and supervised family not "
                "related to the child;</li>"
                "<li><b>guardianship</b>: an adult other than the parents given legal "
                "responsibility for the child.</li></ul>"
                "<p>Residential care remains the last resort, for as short a time as "
                "possible, with a plan for the child to leave it.</p>",
                id="<p>Pengasuhan berbasis keluarga diutamakan. Bila anak tidak dapat "
                "tinggal di rumah, tim mempertimbangkan secara berurutan:</p><ul>"
                "<li><b>pengasuhan oleh kerabat</b>: kerabat atau teman dekat keluarga "
                "yang dikenal anak;</li>"
                "<li><b>pengasuhan oleh keluarga asuh</b>: keluarga terpilih, "
                "terlatih, "
                "dan diawasi yang tidak memiliki hubungan kerabat dengan anak;</li>"
                "<li><b>perwalian</b>: orang dewasa selain orang tua yang diberi "
                "tanggung jawab hukum atas anak.</li></ul>"
                "<p>Pengasuhan berbasis lembaga tetap menjadi pilihan terakhir, untuk "
                "waktu sesingkat mungkin, dengan rencana agar anak dapat keluar "
                "darinya.</p>",
                vi="<p>Chăm sóc dựa vào gia đình luôn được ưu tiên. Khi trẻ không thể "
                "ở nhà, nhóm lần lượt xem xét:</p><ul>"
                "<li><b>chăm sóc bởi người thân thích</b>: họ hàng hoặc bạn thân của "
                "gia đình mà trẻ quen biết;</li>"
                "<li><b>chăm sóc bởi gia đình thay thế</b>: một gia đình không có quan "
                "hệ họ hàng với trẻ, được lựa chọn, tập huấn và giám sát;</li>"
                "<li><b>giám hộ</b>: một người lớn không phải cha mẹ được giao trách "
                "nhiệm pháp lý đối với trẻ.</li></ul>"
                "<p>Chăm sóc tập trung vẫn là biện pháp cuối cùng, trong thời gian "
                "ngắn nhất có thể, kèm theo kế hoạch để trẻ rời khỏi đó.</p>",
                ar="<p>تأتي الرعاية الأسرية أولًا. فإذا تعذّر بقاء الطفل في منزله، "
                "ينظر الفريق بالترتيب في:</p><ul>"
                "<li><b>الرعاية لدى الأقارب</b>: أقارب الطفل أو أصدقاء الأسرة "
                "المقربون الذين يعرفهم؛</li>"
                "<li><b>الرعاية لدى أسرة بديلة</b>: أسرة لا تربطها قرابة بالطفل، "
                "يجري اختيارها وتدريبها والإشراف عليها؛</li>"
                "<li><b>الوصاية</b>: شخص بالغ غير الوالدين تُسند إليه المسؤولية "
                "القانونية عن الطفل.</li></ul>"
                "<p>وتبقى الرعاية الإيوائية الملاذ الأخير، لأقصر مدة ممكنة، مع خطة "
                "لخروج الطفل منها.</p>",
            )
        ),
        text(
            Translated(
                en="<p>The work does not end with the decision. Monitoring and "
                "evaluation follow the child after a placement or a return home: "
                "regular visits, a talk with the child alone, and a case conference "
                "that reviews the plan and changes it when it is not working.</p>",
                id="<p>Pekerjaan tidak berakhir dengan keputusan. Pemantauan dan "
                "evaluasi mengikuti anak setelah penempatan atau kepulangan: kunjungan "
                "rutin, percakapan berdua dengan anak, dan konferensi kasus yang "
                "meninjau rencana serta mengubahnya bila tidak berjalan baik.</p>",
                vi="<p>Công việc không kết thúc khi đã có quyết định. Theo dõi và đánh "
                "giá đồng hành cùng trẻ sau khi được sắp xếp nơi ở hoặc trở về nhà: "
                "thăm nom định kỳ, trò chuyện riêng với trẻ, và họp trường hợp để xem "
                "xét kế hoạch, điều chỉnh khi kế hoạch không hiệu quả.</p>",
                ar="<p>لا ينتهي العمل باتخاذ القرار. إذ ترافق المتابعة والتقييم الطفل "
                "بعد إيداعه أو عودته إلى المنزل: زيارات منتظمة، وحديث مع الطفل على "
                "انفراد، ومؤتمر الحالة الذي يراجع الخطة ويعدّلها إن لم تنجح.</p>",
            )
        ),
        reflection(
            Translated(
                en="Who takes part when your centre decides on a placement? Whose "
                "voice is missing, and how could the child's own views be heard "
                "better?",
                id="Siapa saja yang terlibat ketika balai Anda memutuskan penempatan? "
                "Suara siapa yang belum terdengar, dan bagaimana pendapat anak sendiri "
                "bisa lebih didengar?",
                vi="Những ai tham gia khi trung tâm của bạn quyết định nơi ở cho trẻ? "
                "Tiếng nói của ai đang vắng mặt, và làm thế nào để ý kiến của chính "
                "trẻ được lắng nghe tốt hơn?",
                ar="من يشارك حين يقرر مركزك إيداع طفل؟ صوت من يغيب، وكيف يمكن أن "
                "تُسمع آراء الطفل نفسه على نحو أفضل؟",
            )
        ),
    ),
)

GATEKEEPING = ModuleContent(
    title=Translated(
        en="Gatekeeping: residential care only when truly necessary",
        id="Penapisan pengasuhan: pengasuhan berbasis lembaga hanya bila benar-benar "
        "perlu",
        vi="Sàng lọc đầu vào: chỉ chăm sóc tập trung khi thật sự cần thiết",
        ar="ضبط الدخول إلى الرعاية: لا رعاية إيوائية إلا عند الضرورة",
    ),
    slug=Translated(
        en="gatekeeping",
        id="penapisan-pengasuhan",
        vi="sang-loc-dau-vao",
        ar="ضبط-الدخول-إلى-الرعاية",
    ),
    topic="gatekeeping",
    summary=Translated(
        en="Keep children with their families whenever it is safe: the five steps of "
        "gatekeeping, from identification and referral to monitoring and evaluation, "
        "and the family-based alternatives to residential care.",
        id="Menjaga anak tetap bersama keluarganya selama aman: lima langkah "
        "penapisan pengasuhan, dari identifikasi dan rujukan hingga pemantauan dan "
        "evaluasi, serta alternatif berbasis keluarga bagi pengasuhan berbasis "
        "lembaga.",
        vi="Giữ trẻ ở với gia đình bất cứ khi nào an toàn: năm bước của sàng lọc đầu "
        "vào, từ phát hiện và chuyển gửi đến theo dõi và đánh giá, cùng các lựa chọn "
        "dựa vào gia đình thay cho chăm sóc tập trung.",
        ar="إبقاء الأطفال مع أسرهم كلما كان ذلك آمنًا: الخطوات الخمس لضبط الدخول إلى "
        "الرعاية، من التعرّف والإحالة إلى المتابعة والتقييم، والبدائل الأسرية للرعاية "
        "الإيوائية.",
    ),
    objectives=(
        Translated(
            en="Explain why gatekeeping is a continuous process and not one decision",
            id="Menjelaskan mengapa penapisan pengasuhan adalah proses berkelanjutan, "
            "bukan satu keputusan",
            vi="Giải thích vì sao sàng lọc đầu vào là một quá trình liên tục chứ không "
            "phải một quyết định",
            ar="شرح سبب كون ضبط الدخول إلى الرعاية عملية مستمرة لا قرارًا واحدًا",
        ),
        Translated(
            en="Describe the five steps from referral to monitoring and evaluation",
            id="Menguraikan lima langkah dari rujukan hingga pemantauan dan evaluasi",
            vi="Mô tả năm bước từ chuyển gửi đến theo dõi và đánh giá",
            ar="وصف الخطوات الخمس من الإحالة إلى المتابعة والتقييم",
        ),
        Translated(
            en="Base every decision on a thorough assessment of the child's situation",
            id="Mendasarkan setiap keputusan pada asesmen menyeluruh atas situasi anak",
            vi="Đưa mọi quyết định dựa trên đánh giá kỹ lưỡng hoàn cảnh của trẻ",
            ar="بناء كل قرار على تقييم شامل لوضع الطفل",
        ),
        Translated(
            en="Prefer family-based care: kinship care, foster care and guardianship",
            id="Mengutamakan pengasuhan berbasis keluarga: pengasuhan oleh kerabat, "
            "pengasuhan oleh keluarga asuh, dan perwalian",
            vi="Ưu tiên chăm sóc dựa vào gia đình: chăm sóc bởi người thân thích, chăm "
            "sóc bởi gia đình thay thế và giám hộ",
            ar="تفضيل الرعاية الأسرية: الرعاية لدى الأقارب، والرعاية لدى أسرة بديلة، "
            "والوصاية",
        ),
    ),
    audience_roles=("social_worker", "counsellor", "psychologist", "supervisor"),
    estimated_minutes=60,
    cpd_hours=Decimal("1.5"),
    pass_mark=80,
    prerequisites=(),
    resources=("gatekeeping-decision-checklist", "case-conference-record-template"),
    lessons=(CONTINUOUS_PROCESS, REFERRAL_AND_ASSESSMENT, DECISION_AND_FOLLOW_UP),
    questions=(
        single_choice(
            Translated(
                en="Which sentence describes gatekeeping best?",
                id="Kalimat mana yang paling tepat menggambarkan penapisan pengasuhan?",
                vi="Câu nào mô tả đúng nhất về sàng lọc đầu vào?",
                ar="أي عبارة تصف ضبط الدخول إلى الرعاية على أفضل وجه؟",
            ),
            right(
                Translated(
                    en="A continuous process, from identification to follow-up",
                    id="Proses berkelanjutan, dari identifikasi hingga pemantauan",
                    vi="Một quá trình liên tục, từ phát hiện đến theo dõi",
                    ar="عملية مستمرة، من التعرّف إلى المتابعة",
                ),
                Translated(
                    en="Yes: every step, not only the admission, can keep a child with "
                    "the family.",
                    id="Ya: setiap langkah, bukan hanya saat penerimaan, dapat menjaga "
                    "anak tetap bersama keluarga.",
                    vi="Đúng vậy: mọi bước, chứ không chỉ lúc tiếp nhận, đều có thể "
                    "giữ "
                    "trẻ ở lại với gia đình.",
                    ar="نعم: كل خطوة، لا لحظة القبول وحدها، يمكن أن تُبقي الطفل مع "
                    "أسرته.",
                ),
            ),
            wrong(
                Translated(
                    en="The one decision to admit a child to a centre",
                    id="Satu keputusan untuk menerima anak di balai",
                    vi="Một quyết định duy nhất về việc tiếp nhận trẻ vào trung tâm",
                    ar="قرار واحد بقبول الطفل في المركز",
                ),
                Translated(
                    en="The admission is only one moment. Gatekeeping starts with "
                    "identification and goes on with follow-up.",
                    id="Penerimaan hanyalah satu momen. Penapisan pengasuhan dimulai "
                    "dari identifikasi dan berlanjut dengan pemantauan.",
                    vi="Việc tiếp nhận chỉ là một thời điểm. Sàng lọc đầu vào bắt đầu "
                    "từ khâu phát hiện và tiếp tục với việc theo dõi.",
                    ar="القبول لحظة واحدة فقط. يبدأ ضبط الدخول إلى الرعاية بالتعرّف "
                    "ويستمر بالمتابعة.",
                ),
            ),
            wrong(
                Translated(
                    en="A rule that forbids residential care in every case",
                    id="Aturan yang melarang pengasuhan berbasis lembaga dalam segala "
                    "keadaan",
                    vi="Một quy định cấm chăm sóc tập trung trong mọi trường hợp",
                    ar="قاعدة تمنع الرعاية الإيوائية في جميع الحالات",
                ),
                Translated(
                    en="Residential care remains possible as a temporary last resort, "
                    "when it is truly necessary.",
                    id="Pengasuhan berbasis lembaga tetap mungkin sebagai pilihan "
                    "terakhir yang sementara, bila benar-benar perlu.",
                    vi="Chăm sóc tập trung vẫn có thể là biện pháp cuối cùng và tạm "
                    "thời, khi thật sự cần thiết.",
                    ar="تبقى الرعاية الإيوائية ممكنة ملاذًا أخيرًا ومؤقتًا عند "
                    "الضرورة الحقيقية.",
                ),
            ),
        ),
        multiple_choice(
            Translated(
                en="Who can identify a child at risk and start a referral?",
                id="Siapa yang dapat mengenali anak berisiko dan memulai rujukan?",
                vi="Ai có thể phát hiện trẻ có nguy cơ và bắt đầu việc chuyển gửi?",
                ar="من يستطيع التعرّف على طفل معرّض للخطر وبدء الإحالة؟",
            ),
            right(
                Translated(en="Teachers", id="Guru", vi="Giáo viên", ar="المعلمون"),
                Translated(
                    en="Yes: teachers see children every day and notice changes.",
                    id="Ya: guru bertemu anak setiap hari dan melihat perubahan.",
                    vi="Đúng: giáo viên gặp trẻ hằng ngày và nhận ra những thay đổi.",
                    ar="نعم: يرى المعلمون الأطفال كل يوم ويلاحظون التغيّرات.",
                ),
            ),
            right(
                Translated(
                    en="Community networks",
                    id="Jejaring masyarakat",
                    vi="Mạng lưới cộng đồng",
                    ar="الشبكات المجتمعية",
                ),
                Translated(
                    en="Yes: neighbours and local groups are often the first to know.",
                    id="Ya: tetangga dan kelompok setempat sering menjadi yang pertama "
                    "tahu.",
                    vi="Đúng: hàng xóm và các nhóm ở địa phương thường là những người "
                    "biết đầu tiên.",
                    ar="نعم: كثيرًا ما يكون الجيران والمجموعات المحلية أول من يعلم.",
                ),
            ),
            right(
                Translated(
                    en="Child-protection officers",
                    id="Petugas perlindungan anak",
                    vi="Cán bộ bảo vệ trẻ em",
                    ar="موظفو حماية الطفل",
                ),
                Translated(
                    en="Yes: it is part of their daily work.",
                    id="Ya: itu bagian dari pekerjaan mereka sehari-hari.",
                    vi="Đúng: đó là một phần công việc hằng ngày của họ.",
                    ar="نعم: هذا جزء من عملهم اليومي.",
                ),
            ),
            wrong(
                Translated(
                    en="Only the head of the centre",
                    id="Hanya kepala balai",
                    vi="Chỉ giám đốc trung tâm",
                    ar="مدير المركز وحده",
                ),
                Translated(
                    en="No: those who see children every day notice problems first; "
                    "waiting for the head of the centre would come too late.",
                    id="Tidak: orang yang bertemu anak setiap hari melihat masalah "
                    "lebih dulu; menunggu kepala balai akan terlambat.",
                    vi="Không: những người gặp trẻ hằng ngày nhận ra vấn đề trước; chờ "
                    "giám đốc trung tâm thì sẽ quá muộn.",
                    ar="لا: من يرون الأطفال كل يوم يلاحظون المشكلة أولًا، وانتظار "
                    "مدير المركز يعني التأخر.",
                ),
            ),
        ),
        single_choice(
            Translated(
                en="What must come before any intervention is chosen?",
                id="Apa yang harus dilakukan sebelum intervensi apa pun dipilih?",
                vi="Điều gì phải được thực hiện trước khi lựa chọn bất kỳ biện pháp "
                "can "
                "thiệp nào?",
                ar="ما الذي يجب أن يسبق اختيار أي تدخل؟",
            ),
            right(
                Translated(
                    en="A thorough assessment of the child's situation",
                    id="Asesmen menyeluruh atas situasi anak",
                    vi="Đánh giá kỹ lưỡng hoàn cảnh của trẻ",
                    ar="تقييم شامل لوضع الطفل",
                ),
                Translated(
                    en="Right: the assessment looks at needs and strengths, including "
                    "relatives who could help.",
                    id="Benar: asesmen melihat kebutuhan dan kekuatan, termasuk "
                    "kerabat "
                    "yang dapat membantu.",
                    vi="Đúng: đánh giá xem xét nhu cầu và điểm mạnh, kể cả họ hàng có "
                    "thể giúp đỡ.",
                    ar="صحيح: يدرس التقييم الاحتياجات ونقاط القوة، ومنها الأقارب "
                    "القادرون على المساعدة.",
                ),
            ),
            wrong(
                Translated(
                    en="Checking that the centre has a free bed",
                    id="Memastikan balai memiliki tempat tidur kosong",
                    vi="Kiểm tra xem trung tâm còn giường trống không",
                    ar="التأكد من وجود سرير شاغر في المركز",
                ),
                Translated(
                    en="A free bed says nothing about what the child needs; it is the "
                    "wrong starting point.",
                    id="Tempat tidur kosong tidak menjelaskan apa pun tentang "
                    "kebutuhan "
                    "anak; itu titik awal yang keliru.",
                    vi="Một giường trống không nói lên điều gì về nhu cầu của trẻ; đó "
                    "là điểm xuất phát sai.",
                    ar="السرير الشاغر لا يدل على احتياجات الطفل، وهو نقطة انطلاق "
                    "خاطئة.",
                ),
            ),
            wrong(
                Translated(
                    en="The parents' signature on an admission form",
                    id="Tanda tangan orang tua pada formulir penerimaan",
                    vi="Chữ ký của cha mẹ trên đơn tiếp nhận",
                    ar="توقيع الوالدين على استمارة القبول",
                ),
                Translated(
                    en="A signature is not an assessment: first understand the "
                    "situation, then decide together.",
                    id="Tanda tangan bukan asesmen: pahami dulu situasinya, lalu "
                    "putuskan bersama.",
                    vi="Chữ ký không phải là đánh giá: trước hết phải hiểu hoàn cảnh, "
                    "rồi mới cùng nhau quyết định.",
                    ar="التوقيع ليس تقييمًا: افهم الوضع أولًا ثم قرّروا معًا.",
                ),
            ),
        ),
        single_choice(
            Translated(
                en="Who decides on a child's placement?",
                id="Siapa yang memutuskan penempatan anak?",
                vi="Ai quyết định việc sắp xếp nơi ở cho trẻ?",
                ar="من يقرر إيداع الطفل؟",
            ),
            wrong(
                Translated(
                    en="The person who received the referral",
                    id="Orang yang menerima rujukan",
                    vi="Người tiếp nhận chuyển gửi",
                    ar="الشخص الذي تلقى الإحالة",
                ),
                Translated(
                    en="No one decides alone: a placement is too serious for one "
                    "point of view.",
                    id="Tidak ada yang memutuskan sendiri: penempatan terlalu penting "
                    "untuk satu sudut pandang.",
                    vi="Không ai quyết định một mình: việc sắp xếp nơi ở quá hệ trọng "
                    "để chỉ dựa vào một góc nhìn.",
                    ar="لا أحد يقرر منفردًا: الإيداع أخطر من أن يُبنى على وجهة نظر "
                    "واحدة.",
                ),
            ),
            right(
                Translated(
                    en="A multidisciplinary team",
                    id="Tim multidisiplin",
                    vi="Nhóm đa ngành",
                    ar="الفريق متعدد التخصصات",
                ),
                Translated(
                    en="Right: social workers, psychologists, nurses and others decide "
                    "together on the basis of the assessment.",
                    id="Benar: pekerja sosial, psikolog, perawat, dan profesi lain "
                    "memutuskan bersama berdasarkan asesmen.",
                    vi="Đúng: nhân viên công tác xã hội, nhà tâm lý, điều dưỡng và "
                    "những người khác cùng quyết định dựa trên kết quả đánh giá.",
                    ar="صحيح: يقرر الأخصائيون الاجتماعيون والنفسيون والممرضون وغيرهم "
                    "معًا بناءً على التقييم.",
                ),
            ),
            wrong(
                Translated(
                    en="The child's teacher",
                    id="Guru anak",
                    vi="Giáo viên của trẻ",
                    ar="معلم الطفل",
                ),
                Translated(
                    en="Teachers help identify children at risk, but the decision "
                    "belongs to the multidisciplinary team.",
                    id="Guru membantu mengenali anak berisiko, tetapi keputusan ada di "
                    "tangan tim multidisiplin.",
                    vi="Giáo viên giúp phát hiện trẻ có nguy cơ, nhưng quyết định "
                    "thuộc về nhóm đa ngành.",
                    ar="يساعد المعلمون في التعرّف على الأطفال المعرّضين للخطر، لكن "
                    "القرار للفريق متعدد التخصصات.",
                ),
            ),
        ),
        multiple_choice(
            Translated(
                en="A child cannot return home. Which are forms of family-based care?",
                id="Seorang anak tidak dapat kembali ke rumah. Manakah yang termasuk "
                "pengasuhan berbasis keluarga?",
                vi="Một trẻ không thể trở về nhà. Đâu là các hình thức chăm sóc dựa "
                "vào gia đình?",
                ar="طفل لا يستطيع العودة إلى منزله. أيٌّ مما يلي من أشكال الرعاية "
                "الأسرية؟",
            ),
            right(
                Translated(
                    en="Kinship care",
                    id="Pengasuhan oleh kerabat",
                    vi="Chăm sóc bởi người thân thích",
                    ar="الرعاية لدى الأقارب",
                ),
                Translated(
                    en="Yes: relatives or family friends the child already knows.",
                    id="Ya: kerabat atau teman keluarga yang sudah dikenal anak.",
                    vi="Đúng: họ hàng hoặc bạn của gia đình mà trẻ đã quen biết.",
                    ar="نعم: أقارب أو أصدقاء للأسرة يعرفهم الطفل.",
                ),
            ),
            right(
                Translated(
                    en="Foster care",
                    id="Pengasuhan oleh keluarga asuh",
                    vi="Chăm sóc bởi gia đình thay thế",
                    ar="الرعاية لدى أسرة بديلة",
                ),
                Translated(
                    en="Yes: a selected, trained and supervised family.",
                    id="Ya: keluarga yang terpilih, terlatih, dan diawasi.",
                    vi="Đúng: một gia đình được lựa chọn, tập huấn và giám sát.",
                    ar="نعم: أسرة يجري اختيارها وتدريبها والإشراف عليها.",
                ),
            ),
            right(
                Translated(
                    en="Guardianship",
                    id="Perwalian",
                    vi="Giám hộ",
                    ar="الوصاية",
                ),
                Translated(
                    en="Yes: an adult other than the parents takes legal "
                    "responsibility and the child lives in a family.",
                    id="Ya: orang dewasa selain orang tua memikul tanggung jawab hukum "
                    "dan anak tinggal dalam keluarga.",
                    vi="Đúng: một người lớn không phải cha mẹ nhận trách nhiệm pháp lý "
                    "và trẻ sống trong một gia đình.",
                    ar="نعم: يتولى شخص بالغ غير الوالدين المسؤولية القانونية ويعيش "
                    "الطفل في أسرة.",
                ),
            ),
            wrong(
                Translated(
                    en="A larger residential centre",
                    id="Lembaga pengasuhan yang lebih besar",
                    vi="Một cơ sở chăm sóc tập trung lớn hơn",
                    ar="مركز إيوائي أكبر",
                ),
                Translated(
                    en="No: residential care is not family-based care; it stays the "
                    "last resort.",
                    id="Tidak: pengasuhan berbasis lembaga bukan pengasuhan berbasis "
                    "keluarga; itu tetap pilihan terakhir.",
                    vi="Không: chăm sóc tập trung không phải là chăm sóc dựa vào gia "
                    "đình; đó vẫn là biện pháp cuối cùng.",
                    ar="لا: الرعاية الإيوائية ليست رعاية أسرية، وتبقى الملاذ الأخير.",
                ),
            ),
        ),
        true_or_false(
            Translated(
                en="A family's poverty is on its own a good reason to place a child in "
                "residential care.",
                id="Kemiskinan keluarga dengan sendirinya merupakan alasan yang cukup "
                "untuk menempatkan anak dalam pengasuhan berbasis lembaga.",
                vi="Chỉ riêng việc gia đình nghèo đã là lý do chính đáng để đưa trẻ "
                "vào chăm sóc tập trung.",
                ar="فقر الأسرة وحده سبب كافٍ لإيداع الطفل في الرعاية الإيوائية.",
            ),
            is_true=False,
            explanation=Translated(
                en="Poverty calls for support to the family, not separation; "
                "residential care is a last resort.",
                id="Kemiskinan membutuhkan dukungan bagi keluarga, bukan pemisahan; "
                "pengasuhan berbasis lembaga adalah pilihan terakhir.",
                vi="Cảnh nghèo cần được giải quyết bằng hỗ trợ gia đình chứ không phải "
                "tách trẻ; chăm sóc tập trung là biện pháp cuối cùng.",
                ar="الفقر يستدعي دعم الأسرة لا فصل الطفل عنها، والرعاية الإيوائية "
                "ملاذ أخير.",
            ),
        ),
        true_or_false(
            Translated(
                en="Gatekeeping goes on after a placement: the child is followed up "
                "and "
                "the plan is reviewed.",
                id="Penapisan pengasuhan berlanjut setelah penempatan: anak dipantau "
                "dan rencananya ditinjau.",
                vi="Sàng lọc đầu vào vẫn tiếp tục sau khi trẻ được sắp xếp nơi ở: trẻ "
                "được theo dõi và kế hoạch được xem xét lại.",
                ar="يستمر ضبط الدخول إلى الرعاية بعد الإيداع: يُتابَع الطفل وتُراجَع خطته.",
            ),
            is_true=True,
            explanation=Translated(
                en="Monitoring and evaluation is the fifth step; a case conference "
                "changes the plan when it is not working.",
                id="Pemantauan dan evaluasi adalah langkah kelima; konferensi kasus "
                "mengubah rencana bila tidak berjalan baik.",
                vi="Theo dõi và đánh giá là bước thứ năm; họp trường hợp sẽ điều chỉnh "
                "kế hoạch khi kế hoạch không hiệu quả.",
                ar="المتابعة والتقييم هي الخطوة الخامسة، ويعدّل مؤتمر الحالة الخطة إن "
                "لم تنجح.",
            ),
        ),
    ),
)
