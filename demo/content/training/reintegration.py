"""Module 2: preparing children for reintegration into their families."""

from decimal import Decimal

from ...translated import (
    Figure,
    LessonContent,
    ModuleContent,
    Picture,
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

PREPARING_THE_CHILD = LessonContent(
    title=Translated(
        en="Preparing the child to go home",
        id="Mempersiapkan anak untuk pulang",
        vi="Chuẩn bị cho trẻ trở về nhà",
        ar="تهيئة الطفل للعودة إلى المنزل",
    ),
    slug=Translated(
        en="preparing-the-child",
        id="mempersiapkan-anak",
        vi="chuan-bi-cho-tre",
        ar="تهيئة-الطفل",
    ),
    summary=Translated(
        en="Emotional support for the fears a return brings, and the life skills a "
        "child needs for daily life at home.",
        id="Dukungan emosional untuk rasa takut yang muncul menjelang kepulangan, "
        "dan keterampilan hidup yang dibutuhkan anak di rumah.",
        vi="Hỗ trợ cảm xúc trước những nỗi lo khi trở về, và những kỹ năng sống trẻ "
        "cần cho cuộc sống hằng ngày ở nhà.",
        ar="الدعم العاطفي لمواجهة المخاوف التي تثيرها العودة، والمهارات الحياتية "
        "التي يحتاجها الطفل في حياته اليومية في المنزل.",
    ),
    body=(
        text(
            Translated(
                en="<p>Going home is a happy moment that can still frighten a child. "
                "Will "
                "my parents be angry? Will the neighbours talk? Will the same things "
                "happen again? Reintegration starts by giving these fears a place. "
                "Counselling sessions, storytelling and role-play let a child say what "
                "worries them and rehearse difficult moments, such as the first meal "
                "at home or a question from a classmate.</p>",
                id="<p>Pulang ke rumah adalah kabar baik yang tetap bisa menakutkan "
                "bagi anak. Apakah orang tuaku akan marah? Apakah tetangga akan "
                "bergunjing? Apakah hal yang sama akan terulang? Reintegrasi dimulai "
                "dengan memberi tempat bagi rasa takut ini. Sesi konseling, bercerita, "
                "dan bermain peran membantu anak mengungkapkan kecemasannya dan "
                "berlatih menghadapi saat-saat sulit, seperti makan pertama di rumah "
                "atau pertanyaan dari teman sekelas.</p>",
                vi="<p>Được về nhà là tin vui nhưng vẫn có thể khiến trẻ sợ hãi. Bố "
                "mẹ có giận mình không? Hàng xóm có bàn tán không? Chuyện cũ có lặp "
                "lại không? Tái hòa nhập bắt đầu bằng việc dành chỗ cho những nỗi sợ "
                "ấy. Các buổi tham vấn, kể chuyện và đóng vai giúp trẻ nói ra điều "
                "mình lo lắng và tập trước những khoảnh khắc khó khăn, như bữa cơm "
                "đầu tiên ở nhà hay một câu hỏi của bạn cùng lớp.</p>",
                ar="<p>العودة إلى المنزل خبر سار قد يخيف الطفل مع ذلك. هل سيغضب "
                "والداي؟ هل سيتحدث الجيران؟ هل سيتكرر ما حدث؟ تبدأ إعادة الإدماج "
                "بإفساح المجال لهذه المخاوف. فجلسات الإرشاد النفسي ورواية القصص "
                "ولعب الأدوار تتيح للطفل أن يقول ما يقلقه وأن يتدرب على اللحظات "
                "الصعبة، كأول وجبة في المنزل أو سؤال من زميل في الصف.</p>",
            )
        ),
        text(
            Translated(
                en="<p>Life at a centre runs on a timetable set by adults. Life at "
                "home "
                "asks more of a child. Work on life skills well before the return: "
                "personal hygiene, getting on with brothers, sisters and neighbours, "
                "resolving a conflict without violence, and small steps of "
                "independence such as handling pocket money or getting to school "
                "alone.</p>",
                id="<p>Kehidupan di balai berjalan menurut jadwal yang ditentukan "
                "orang dewasa. Kehidupan di rumah menuntut lebih banyak dari anak. "
                "Latih keterampilan hidup jauh sebelum kepulangan: kebersihan diri, "
                "bergaul dengan saudara dan tetangga, menyelesaikan konflik tanpa "
                "kekerasan, serta langkah-langkah kecil menuju kemandirian seperti "
                "mengatur uang saku atau berangkat ke sekolah sendiri.</p>",
                vi="<p>Cuộc sống ở trung tâm vận hành theo thời gian biểu do người lớn "
                "đặt ra. Cuộc sống ở nhà đòi hỏi trẻ nhiều hơn. Hãy rèn kỹ năng sống "
                "từ lâu trước khi trẻ trở về: vệ sinh cá nhân, hòa thuận với anh chị "
                "em và hàng xóm, giải quyết mâu thuẫn không dùng bạo lực, và những "
                "bước tự lập nhỏ như tự quản lý tiền tiêu vặt hay tự đi học.</p>",
                ar="<p>تسير الحياة في المركز وفق جدول يضعه الكبار، أما الحياة في "
                "المنزل فتتطلب من الطفل أكثر. اعمل على المهارات الحياتية قبل العودة "
                "بوقت كافٍ: النظافة الشخصية، والتعامل مع الإخوة والأخوات والجيران، "
                "وحل الخلاف دون عنف، وخطوات صغيرة نحو الاستقلالية مثل تدبير المصروف "
                "أو الذهاب إلى المدرسة وحده.</p>",
            )
        ),
        checklist(
            Translated(
                en="Before the return, the child has practised",
                id="Sebelum pulang, anak sudah berlatih",
                vi="Trước khi trở về, trẻ đã được tập",
                ar="قبل العودة، تدرّب الطفل على",
            ),
            Translated(
                en="washing, dressing and keeping their things in order without "
                "being told",
                id="mandi, berpakaian, dan merapikan barangnya tanpa disuruh",
                vi="tắm rửa, mặc quần áo và giữ đồ đạc gọn gàng mà không cần nhắc",
                ar="الاغتسال وارتداء الملابس وترتيب أغراضه دون أن يُطلب منه ذلك",
            ),
            Translated(
                en="saying what they feel, and asking an adult for help",
                id="mengungkapkan perasaannya, dan meminta bantuan orang dewasa",
                vi="nói ra cảm xúc của mình và nhờ người lớn giúp đỡ",
                ar="التعبير عن مشاعره وطلب المساعدة من شخص بالغ",
            ),
            Translated(
                en="calming down and talking through a quarrel",
                id="menenangkan diri dan membicarakan pertengkaran",
                vi="bình tĩnh lại và nói chuyện để giải quyết một cuộc cãi vã",
                ar="تهدئة نفسه ومناقشة الشجار بالكلام",
            ),
            Translated(
                en="what to answer when someone asks where they have been",
                id="apa yang dijawab bila seseorang bertanya ke mana saja ia selama "
                "ini",
                vi="trả lời thế nào khi có người hỏi trẻ đã ở đâu thời gian qua",
                ar="ما يجيب به حين يسأله أحد أين كان",
            ),
        ),
        reflection(
            Translated(
                en="Which fear do the children you work with mention most often before "
                "going home? How do you help them talk about it?",
                id="Rasa takut apa yang paling sering disebut anak-anak yang Anda "
                "dampingi sebelum pulang? Bagaimana Anda membantu mereka "
                "membicarakannya?",
                vi="Nỗi sợ nào được những trẻ bạn làm việc cùng nhắc đến nhiều nhất "
                "trước khi về nhà? Bạn giúp các em nói về nỗi sợ ấy như thế nào?",
                ar="ما الخوف الذي يذكره الأطفال الذين تعمل معهم أكثر من غيره قبل "
                "العودة إلى المنزل؟ وكيف تساعدهم على الحديث عنه؟",
            )
        ),
    ),
)

VISITS_AND_PARENTS = LessonContent(
    title=Translated(
        en="Visits home and preparing the parents",
        id="Kunjungan ke rumah dan mempersiapkan orang tua",
        vi="Về thăm nhà và chuẩn bị cho cha mẹ",
        ar="زيارات المنزل وتهيئة الوالدين",
    ),
    slug=Translated(
        en="visits-home-and-parents",
        id="kunjungan-rumah-dan-orang-tua",
        vi="ve-tham-nha-va-cha-me",
        ar="زيارات-المنزل-والوالدان",
    ),
    summary=Translated(
        en="Gradual exposure through short visits, and parental education so that "
        "the family is ready too.",
        id="Pembiasaan bertahap melalui kunjungan singkat, dan edukasi orang tua agar "
        "keluarga juga siap.",
        vi="Làm quen từng bước qua những chuyến về thăm ngắn, và giáo dục cha mẹ để "
        "gia đình cũng sẵn sàng.",
        ar="التهيئة التدريجية عبر زيارات قصيرة، وتثقيف الوالدين كي تكون الأسرة "
        "مستعدة أيضًا.",
    ),
    body=(
        text(
            Translated(
                en="<p>A child rarely goes straight from the centre to a full return. "
                "Gradual exposure means short visits home first: an afternoon, then a "
                "weekend, then a school holiday. After each visit, talk with the child "
                "and with the family about what went well and what was hard, and "
                "adjust the next step.</p>",
                id="<p>Anak jarang langsung kembali sepenuhnya dari balai. Pembiasaan "
                "bertahap berarti kunjungan singkat ke rumah lebih dulu: satu sore, "
                "lalu akhir pekan, lalu libur sekolah. Setelah setiap kunjungan, "
                "bicarakan dengan anak dan keluarga apa yang berjalan baik dan apa "
                "yang sulit, lalu sesuaikan langkah berikutnya.</p>",
                vi="<p>Hiếm khi trẻ rời trung tâm để về hẳn nhà ngay một lần. Làm quen "
                "từng bước nghĩa là trước hết về thăm nhà ngắn ngày: một buổi chiều, "
                "rồi một dịp cuối tuần, rồi một kỳ nghỉ học. Sau mỗi lần về thăm, hãy "
                "trò chuyện với trẻ và gia đình về những gì suôn sẻ, những gì còn khó "
                "khăn, và điều chỉnh bước tiếp theo.</p>",
                ar="<p>نادرًا ما ينتقل الطفل من المركز إلى العودة الكاملة دفعة واحدة. "
                "فالتهيئة التدريجية تعني زيارات قصيرة إلى المنزل أولًا: عصر يوم، ثم "
                "عطلة نهاية أسبوع، ثم عطلة مدرسية. وبعد كل زيارة، تحدّث مع الطفل "
                "والأسرة عمّا سار على ما يرام وما كان صعبًا، وعدّل الخطوة التالية.</p>",
            )
        ),
        Figure(
            picture=Picture(
                title="Path home (training illustration)",
                drawing="buildings_and_path",
                file_name="demo-training-path-home.jpg",
            ),
            alt_text=Translated(
                en="Illustration: a winding path leads from a low centre building to "
                "a small house.",
                id="Ilustrasi: jalan berkelok dari gedung balai yang rendah menuju "
                "sebuah rumah kecil.",
                vi="Hình minh họa: một con đường quanh co dẫn từ dãy nhà thấp của "
                "trung tâm đến một ngôi nhà nhỏ.",
                ar="رسم توضيحي: درب متعرّج يمتد من مبنى المركز المنخفض إلى بيت صغير.",
            ),
            caption=Translated(
                en="Each visit home is a step on the same path.",
                id="Setiap kunjungan ke rumah adalah satu langkah di jalan yang sama.",
                vi="Mỗi lần về thăm nhà là một bước trên cùng một con đường.",
                ar="كل زيارة إلى المنزل خطوة على الدرب نفسه.",
            ),
        ),
        text(
            Translated(
                en="<p>The family needs preparing as much as the child. Parental "
                "education sessions cover positive parenting (warmth, clear routines "
                "and discipline without violence) and what to expect in the first "
                "months: a child who tests the rules, wakes at night or misses "
                "friends from the centre. Parents who know this in advance are less "
                "likely to give up.</p>",
                id="<p>Keluarga perlu dipersiapkan sama seperti anak. Sesi edukasi "
                "orang tua membahas pengasuhan positif (kehangatan, rutinitas yang "
                "jelas, dan disiplin tanpa kekerasan) serta apa yang perlu "
                "diantisipasi pada bulan-bulan pertama: anak yang menguji aturan, "
                "terbangun di malam hari, atau merindukan teman dari balai. Orang tua "
                "yang mengetahuinya sejak awal tidak mudah menyerah.</p>",
                vi="<p>Gia đình cũng cần được chuẩn bị như trẻ. Các buổi giáo dục cha "
                "mẹ đề cập đến nuôi dạy con tích cực (sự ấm áp, nếp sinh hoạt rõ ràng "
                "và kỷ luật không bạo lực) và những điều cần lường trước trong những "
                "tháng đầu: trẻ thử thách các quy định, thức giấc ban đêm hoặc nhớ "
                "bạn bè ở trung tâm. Cha mẹ biết trước những điều này sẽ ít nản lòng "
                "hơn.</p>",
                ar="<p>تحتاج الأسرة إلى التهيئة بقدر ما يحتاجها الطفل. فجلسات تثقيف "
                "الوالدين تتناول التربية الإيجابية (الدفء والروتين الواضح والانضباط "
                "الخالي من العنف) وما يمكن توقعه في الأشهر الأولى: طفل يختبر "
                "القواعد، أو يستيقظ ليلًا، أو يشتاق إلى أصدقائه في المركز. والوالدان "
                "اللذان يعرفان ذلك مسبقًا أقل ميلًا إلى الاستسلام.</p>",
            )
        ),
        case_study(
            Translated(
                en="A weekend that went wrong",
                id="Akhir pekan yang tidak berjalan mulus",
                vi="Một dịp cuối tuần không suôn sẻ",
                ar="عطلة نهاية أسبوع لم تسر على ما يرام",
            ),
            Translated(
                en="<p>A boy of eleven comes back early from his second weekend at "
                "home. His father shouted at him for coming home late from the "
                "market, and the boy ran back to the centre. The father says the "
                "boy has become disobedient at the centre.</p>",
                id="<p>Seorang anak laki-laki berusia sebelas tahun kembali lebih "
                "cepat dari akhir pekan keduanya di rumah. Ayahnya membentaknya "
                "karena pulang terlambat dari pasar, dan anak itu lari kembali ke "
                "balai. Sang ayah mengatakan anaknya menjadi tidak patuh sejak "
                "tinggal di balai.</p>",
                vi="<p>Một cậu bé mười một tuổi trở về trung tâm sớm hơn dự kiến sau "
                "lần về nhà cuối tuần thứ hai. Bố cậu đã quát mắng vì cậu đi chợ về "
                "muộn, và cậu bỏ chạy về trung tâm. Người bố cho rằng con trai mình "
                "trở nên hư từ khi ở trung tâm.</p>",
                ar="<p>يعود صبي في الحادية عشرة مبكرًا من عطلة نهاية أسبوعه الثانية "
                "في المنزل. فقد صرخ فيه والده لأنه تأخر في العودة من السوق، فهرب "
                "الصبي عائدًا إلى المركز. ويقول الأب إن ابنه صار عاصيًا منذ إقامته "
                "في المركز.</p>",
            ),
            Translated(
                en="<p>This is not a failure but information. The social worker meets "
                "the boy and his father separately, then together. The father joins "
                "the next parental education session; the boy practises saying when "
                "he will be late. The next visit is shorter, with a phone call "
                "planned half-way.</p>",
                id="<p>Ini bukan kegagalan, melainkan informasi. Pekerja sosial "
                "menemui anak dan ayahnya secara terpisah, lalu bersama-sama. Sang "
                "ayah mengikuti sesi edukasi orang tua berikutnya; anak berlatih "
                "memberi tahu bila ia akan terlambat. Kunjungan berikutnya dibuat "
                "lebih singkat, dengan telepon yang dijadwalkan di tengah waktu.</p>",
                vi="<p>Đây không phải thất bại mà là thông tin. Nhân viên công tác xã "
                "hội gặp riêng cậu bé và người bố, rồi gặp cả hai cùng lúc. Người bố "
                "tham gia buổi giáo dục cha mẹ tiếp theo; cậu bé tập báo trước khi "
                "mình sẽ về muộn. Lần về thăm sau được rút ngắn, có hẹn một cuộc gọi "
                "điện giữa chừng.</p>",
                ar="<p>ليس هذا فشلًا بل معلومة. يلتقي الأخصائي الاجتماعي الصبي "
                "ووالده كلًّا على حدة، ثم معًا. ويحضر الأب جلسة تثقيف الوالدين "
                "التالية، ويتدرب الصبي على الإخبار حين يتأخر. وتكون الزيارة التالية "
                "أقصر، مع مكالمة هاتفية مقررة في منتصفها.</p>",
            ),
        ),
        reflection(
            Translated(
                en="What do parents in your area most need to hear before their child "
                "comes home, and who is best placed to tell them?",
                id="Apa yang paling perlu didengar orang tua di daerah Anda sebelum "
                "anaknya pulang, dan siapa yang paling tepat menyampaikannya?",
                vi="Cha mẹ ở địa phương bạn cần được nghe điều gì nhất trước khi con "
                "trở về, và ai là người phù hợp nhất để nói với họ?",
                ar="ما أكثر ما يحتاج الوالدان في منطقتك إلى سماعه قبل عودة طفلهما، "
                "ومن الأقدر على إخبارهما به؟",
            )
        ),
    ),
)

OBSTACLES = LessonContent(
    title=Translated(
        en="When reintegration meets obstacles",
        id="Ketika reintegrasi menghadapi hambatan",
        vi="Khi tái hòa nhập gặp trở ngại",
        ar="حين تعترض إعادة الإدماج عقبات",
    ),
    slug=Translated(
        en="obstacles",
        id="hambatan",
        vi="tro-ngai",
        ar="العقبات",
    ),
    summary=Translated(
        en="Money, missing documents, stigma, heavy caseloads and families who say "
        "no: what teams in the field have found helps.",
        id="Dana, dokumen yang hilang, stigma, beban kasus yang berat, dan keluarga "
        "yang menolak: apa yang menurut tim di lapangan membantu.",
        vi="Kinh phí, giấy tờ thất lạc, kỳ thị, khối lượng công việc lớn và những gia "
        "đình từ chối: những cách các nhóm ngoài thực địa thấy có ích.",
        ar="قلة المال، وغياب الوثائق، والوصمة، وكثرة الحالات، والأسر التي ترفض: ما "
        "وجدته الفرق الميدانية مفيدًا.",
    ),
    body=(
        text(
            Translated(
                en="<p>Before any return, a case conference reviews the child's "
                "progress and checks that both the family and the local services are "
                "ready. Even then, teams meet the same obstacles again and again:</p>"
                "<ul><li><b>Little money for travel and follow-up</b>: reintegrate "
                "children whose families live close to the centre first, and group "
                "visits by area.</li>"
                "<li><b>Missing documents</b>: family tracing through radio, "
                "newspapers and community networks.</li>"
                "<li><b>Stigma and traditional beliefs</b>: involve local, religious "
                "and village leaders, who can welcome the child publicly.</li>"
                "<li><b>Heavy caseloads</b>: interns from social-work schools can help "
                "with paperwork and follow-up visits, under supervision.</li></ul>",
                id="<p>Sebelum anak pulang, konferensi kasus meninjau perkembangan "
                "anak dan memastikan keluarga serta layanan setempat sudah siap. "
                "Meski begitu, tim berulang kali menghadapi hambatan yang sama:</p>"
                "<ul><li><b>Dana perjalanan dan pemantauan yang terbatas</b>: "
                "dahulukan reintegrasi anak yang keluarganya tinggal dekat balai, dan "
                "kelompokkan kunjungan per wilayah.</li>"
                "<li><b>Dokumen yang hilang</b>: penelusuran keluarga melalui radio, "
                "surat kabar, dan jejaring masyarakat.</li>"
                "<li><b>Stigma dan kepercayaan tradisional</b>: libatkan tokoh "
                "masyarakat, tokoh agama, dan kepala desa, yang dapat menyambut anak "
                "secara terbuka.</li>"
                "<li><b>Beban kasus yang berat</b>: mahasiswa magang dari sekolah "
                "pekerjaan sosial dapat membantu administrasi dan kunjungan "
                "pemantauan, dengan bimbingan.</li></ul>",
                vi="<p>Trước khi trẻ trở về, cuộc họp trường hợp xem xét sự tiến bộ "
                "của trẻ và kiểm tra xem gia đình cũng như các dịch vụ tại địa phương "
                "đã sẵn sàng chưa. Dù vậy, các nhóm vẫn thường xuyên gặp những trở "
                "ngại giống nhau:</p>"
                "<ul><li><b>Ít kinh phí đi lại và theo dõi</b>: ưu tiên tái hòa nhập "
                "cho những trẻ có gia đình sống gần trung tâm trước, và gom các chuyến "
                "thăm theo khu vực.</li>"
                "<li><b>Thiếu giấy tờ</b>: truy tìm gia đình qua đài phát thanh, báo "
                "chí và mạng lưới cộng đồng.</li>"
                "<li><b>Kỳ thị và niềm tin truyền thống</b>: mời các vị lãnh đạo địa "
                "phương, chức sắc tôn giáo và trưởng thôn tham gia, những người có "
                "thể công khai chào đón trẻ.</li>"
                "<li><b>Khối lượng công việc lớn</b>: sinh viên thực tập từ các "
                "trường công tác xã hội có thể hỗ trợ giấy tờ và các chuyến thăm theo "
                "dõi, dưới sự hướng dẫn.</li></ul>",
                ar="<p>قبل أي عودة، يراجع مؤتمر الحالة تقدّم الطفل ويتحقق من جاهزية "
                "الأسرة والخدمات المحلية معًا. ومع ذلك تواجه الفرق العقبات نفسها "
                "مرة بعد مرة:</p>"
                "<ul><li><b>قلة المال للتنقل والمتابعة</b>: ابدأ بإعادة إدماج "
                "الأطفال الذين تسكن أسرهم قرب المركز، واجمع الزيارات حسب المنطقة.</li>"
                "<li><b>غياب الوثائق</b>: تتبع الأسرة عبر الإذاعة والصحف والشبكات "
                "المجتمعية.</li>"
                "<li><b>الوصمة والمعتقدات التقليدية</b>: أشرك الوجهاء المحليين "
                "ورجال الدين ومخاتير القرى، فهم قادرون على استقبال الطفل علنًا.</li>"
                "<li><b>كثرة الحالات</b>: يمكن لمتدربين من كليات العمل الاجتماعي "
                "المساعدة في الأعمال الورقية وزيارات المتابعة، تحت الإشراف.</li></ul>",
            )
        ),
        text(
            Translated(
                en="<p>Sometimes a family refuses to take the child back. Parents' "
                "meetings, where other parents share how they managed, often change "
                "minds. If they do not, the child still belongs in a family: look for "
                "kinship care, foster care or guardianship rather than a long stay at "
                "the centre.</p>",
                id="<p>Ada kalanya keluarga menolak menerima anak kembali. Pertemuan "
                "orang tua, tempat orang tua lain berbagi cara mereka mengatasinya, "
                "sering mengubah pendirian. Bila tidak, anak tetap berhak tinggal "
                "dalam keluarga: carilah pengasuhan oleh kerabat, pengasuhan oleh "
                "keluarga asuh, atau perwalian, bukan tinggal lama di balai.</p>",
                vi="<p>Đôi khi gia đình từ chối nhận lại trẻ. Những buổi họp phụ "
                "huynh, nơi các cha mẹ khác chia sẻ cách họ đã vượt qua, thường làm "
                "thay đổi suy nghĩ. Nếu không, trẻ vẫn cần được sống trong một gia "
                "đình: hãy tìm chăm sóc bởi người thân thích, chăm sóc bởi gia đình "
                "thay thế hoặc giám hộ, thay vì để trẻ ở lâu dài tại trung tâm.</p>",
                ar="<p>أحيانًا ترفض الأسرة استعادة الطفل. وكثيرًا ما تغيّر اجتماعات "
                "الأهالي، حيث يروي آباء وأمهات آخرون كيف تدبّروا أمرهم، هذا الموقف. "
                "فإن لم يتغير، فمكان الطفل يبقى في أسرة: ابحث عن الرعاية لدى "
                "الأقارب أو الرعاية لدى أسرة بديلة أو الوصاية، بدلًا من إقامة طويلة "
                "في المركز.</p>",
            )
        ),
        case_study(
            Translated(
                en="A family found through the radio",
                id="Keluarga yang ditemukan lewat radio",
                vi="Tìm được gia đình nhờ đài phát thanh",
                ar="أسرة عُثر عليها عبر الإذاعة",
            ),
            Translated(
                en="<p>A girl of seven arrived at the centre without papers. She "
                "remembers a river, a market and her grandmother's first name. No "
                "office has a record of her.</p>",
                id="<p>Seorang anak perempuan berusia tujuh tahun tiba di balai tanpa "
                "dokumen. Ia ingat sebuah sungai, sebuah pasar, dan nama depan "
                "neneknya. Tidak ada kantor yang memiliki catatan tentang dirinya.</p>",
                vi="<p>Một bé gái bảy tuổi đến trung tâm mà không có giấy tờ gì. Em "
                "nhớ một con sông, một khu chợ và tên gọi của bà mình. Không cơ quan "
                "nào có hồ sơ về em.</p>",
                ar="<p>وصلت طفلة في السابعة إلى المركز بلا أوراق. تتذكر نهرًا "
                "وسوقًا واسم جدتها الأول. ولا يوجد لدى أي مكتب سجل عنها.</p>",
            ),
            Translated(
                en="<p>The team starts family tracing: a short notice on local radio "
                "in the districts along the river, without the child's photo or full "
                "story, and calls to market traders' associations. An aunt answers "
                "after three weeks. Checks and visits follow before any decision, as "
                "for every return.</p>",
                id="<p>Tim memulai penelusuran keluarga: pengumuman singkat di radio "
                "lokal di kecamatan-kecamatan sepanjang sungai, tanpa foto atau kisah "
                "lengkap anak, serta menghubungi perkumpulan pedagang pasar. Seorang "
                "bibi menjawab setelah tiga minggu. Pemeriksaan dan kunjungan "
                "dilakukan sebelum keputusan apa pun, seperti pada setiap "
                "kepulangan.</p>",
                vi="<p>Nhóm bắt đầu truy tìm gia đình: một thông báo ngắn trên đài "
                "phát thanh địa phương ở các huyện ven sông, không kèm ảnh hay câu "
                "chuyện đầy đủ của trẻ, và liên hệ với hội tiểu thương các chợ. Ba "
                "tuần sau, một người dì lên tiếng. Việc xác minh và thăm nhà được "
                "tiến hành trước mọi quyết định, như với mọi trường hợp trẻ trở "
                "về.</p>",
                ar="<p>يبدأ الفريق تتبع الأسرة: إعلان قصير في الإذاعة المحلية في "
                "المناطق الواقعة على النهر، دون صورة الطفلة أو قصتها الكاملة، "
                "واتصالات بجمعيات تجار الأسواق. وبعد ثلاثة أسابيع تتصل خالة. ثم "
                "تجري عمليات التحقق والزيارات قبل أي قرار، كما في كل عودة.</p>",
            ),
        ),
        reflection(
            Translated(
                en="Which of these obstacles slows reintegration most where you work? "
                "Who in your community could help you with it?",
                id="Hambatan mana yang paling memperlambat reintegrasi di tempat Anda "
                "bekerja? Siapa di masyarakat Anda yang dapat membantu mengatasinya?",
                vi="Trở ngại nào làm chậm quá trình tái hòa nhập nhiều nhất ở nơi bạn "
                "làm việc? Ai trong cộng đồng có thể giúp bạn vượt qua trở ngại đó?",
                ar="أي هذه العقبات يبطئ إعادة الإدماج أكثر من غيره حيث تعمل؟ ومن في "
                "مجتمعك يمكنه مساعدتك على تجاوزه؟",
            )
        ),
    ),
)

REINTEGRATION = ModuleContent(
    title=Translated(
        en="Preparing children for reintegration",
        id="Mempersiapkan anak untuk reintegrasi",
        vi="Chuẩn bị cho trẻ tái hòa nhập",
        ar="تهيئة الأطفال لإعادة الإدماج",
    ),
    slug=Translated(
        en="preparing-for-reintegration",
        id="persiapan-reintegrasi",
        vi="chuan-bi-tai-hoa-nhap",
        ar="التهيئة-لإعادة-الإدماج",
    ),
    topic="reintegration",
    summary=Translated(
        en="Help a child and a family get ready for the child's return home: "
        "emotional support, life skills, gradual exposure and parental education, "
        "and what to do when obstacles appear.",
        id="Membantu anak dan keluarga bersiap menyambut kepulangan anak: dukungan "
        "emosional, keterampilan hidup, pembiasaan bertahap, edukasi orang tua, dan "
        "apa yang dilakukan bila muncul hambatan.",
        vi="Giúp trẻ và gia đình sẵn sàng cho ngày trẻ trở về: hỗ trợ cảm xúc, kỹ "
        "năng sống, làm quen từng bước, giáo dục cha mẹ, và cách xử lý khi gặp trở "
        "ngại.",
        ar="مساعدة الطفل والأسرة على الاستعداد لعودة الطفل إلى المنزل: الدعم "
        "العاطفي، والمهارات الحياتية، والتهيئة التدريجية، وتثقيف الوالدين، وما العمل "
        "حين تظهر العقبات.",
    ),
    objectives=(
        Translated(
            en="Use counselling, storytelling and role-play to ease a child's fears",
            id="Menggunakan konseling, bercerita, dan bermain peran untuk meredakan "
            "rasa takut anak",
            vi="Sử dụng tham vấn, kể chuyện và đóng vai để xoa dịu nỗi sợ của trẻ",
            ar="استخدام الإرشاد النفسي ورواية القصص ولعب الأدوار لتخفيف مخاوف الطفل",
        ),
        Translated(
            en="Plan life skills practice and gradual exposure before the return",
            id="Merencanakan latihan keterampilan hidup dan pembiasaan bertahap "
            "sebelum kepulangan",
            vi="Lập kế hoạch rèn kỹ năng sống và làm quen từng bước trước khi trẻ trở "
            "về",
            ar="التخطيط للتدرب على المهارات الحياتية وللتهيئة التدريجية قبل العودة",
        ),
        Translated(
            en="Prepare parents through parental education and positive parenting",
            id="Mempersiapkan orang tua melalui edukasi orang tua dan pengasuhan "
            "positif",
            vi="Chuẩn bị cho cha mẹ thông qua giáo dục cha mẹ và nuôi dạy con tích cực",
            ar="تهيئة الوالدين من خلال تثقيف الوالدين والتربية الإيجابية",
        ),
        Translated(
            en="Respond to common obstacles, from missing documents to stigma",
            id="Menanggapi hambatan yang umum, dari dokumen yang hilang hingga stigma",
            vi="Ứng phó với các trở ngại thường gặp, từ thiếu giấy tờ đến kỳ thị",
            ar="التعامل مع العقبات الشائعة، من غياب الوثائق إلى الوصمة",
        ),
    ),
    audience_roles=("social_worker", "counsellor", "psychologist", "mentor", "nurse"),
    estimated_minutes=75,
    cpd_hours=Decimal("2.0"),
    pass_mark=80,
    prerequisites=("gatekeeping",),
    resources=(
        "reintegration-readiness-assessment",
        "parents-meeting-guide",
        "home-visit-form",
    ),
    lessons=(PREPARING_THE_CHILD, VISITS_AND_PARENTS, OBSTACLES),
    questions=(
        single_choice(
            Translated(
                en="What does gradual exposure mean?",
                id="Apa arti pembiasaan bertahap?",
                vi="Làm quen từng bước có nghĩa là gì?",
                ar="ما المقصود بالتهيئة التدريجية؟",
            ),
            right(
                Translated(
                    en="Short visits home that grow longer before the full return",
                    id="Kunjungan singkat ke rumah yang makin lama makin panjang "
                    "sebelum kepulangan penuh",
                    vi="Những chuyến về thăm nhà ngắn, dài dần, trước khi trở về hẳn",
                    ar="زيارات قصيرة إلى المنزل تطول تدريجيًا قبل العودة الكاملة",
                ),
                Translated(
                    en="Right: an afternoon, a weekend, a holiday, each one talked "
                    "over afterwards.",
                    id="Tepat: satu sore, akhir pekan, lalu libur, dan setiap "
                    "kunjungan dibicarakan sesudahnya.",
                    vi="Đúng: một buổi chiều, một dịp cuối tuần, một kỳ nghỉ, và mỗi "
                    "lần đều được trao đổi lại sau đó.",
                    ar="صحيح: عصر يوم، ثم عطلة نهاية أسبوع، ثم عطلة، ويُناقش كل منها "
                    "بعد ذلك.",
                ),
            ),
            wrong(
                Translated(
                    en="One long holiday at home to see whether it works",
                    id="Satu kali libur panjang di rumah untuk melihat apakah berhasil",
                    vi="Một kỳ nghỉ dài ở nhà để xem có ổn không",
                    ar="عطلة طويلة واحدة في المنزل لمعرفة ما إذا كانت ستنجح",
                ),
                Translated(
                    en="A long first stay puts too much on the child and the family at "
                    "once; start short.",
                    id="Tinggal lama pada kunjungan pertama terlalu berat bagi anak "
                    "dan "
                    "keluarga; mulailah dengan singkat.",
                    vi="Một lần ở nhà dài ngay từ đầu là quá sức với trẻ và gia đình; "
                    "hãy bắt đầu ngắn.",
                    ar="الإقامة الطويلة في المرة الأولى عبء كبير على الطفل والأسرة "
                    "معًا؛ ابدأ بزيارة قصيرة.",
                ),
            ),
            wrong(
                Translated(
                    en="Showing the child photos of home at the centre",
                    id="Menunjukkan foto rumah kepada anak di balai",
                    vi="Cho trẻ xem ảnh ngôi nhà ngay tại trung tâm",
                    ar="عرض صور المنزل على الطفل في المركز",
                ),
                Translated(
                    en="Photos can help a conversation, but gradual exposure means "
                    "real "
                    "time at home.",
                    id="Foto dapat membantu percakapan, tetapi pembiasaan bertahap "
                    "berarti benar-benar berada di rumah.",
                    vi="Ảnh có thể giúp bắt đầu câu chuyện, nhưng làm quen từng bước "
                    "là "
                    "thật sự về ở nhà.",
                    ar="قد تساعد الصور في بدء الحديث، لكن التهيئة التدريجية تعني وقتًا "
                    "حقيقيًا في المنزل.",
                ),
            ),
        ),
        multiple_choice(
            Translated(
                en="Which help a child cope with fears about going home?",
                id="Manakah yang membantu anak menghadapi rasa takut untuk pulang?",
                vi="Những cách nào giúp trẻ vượt qua nỗi sợ khi trở về nhà?",
                ar="أيٌّ مما يلي يساعد الطفل على مواجهة مخاوفه من العودة إلى المنزل؟",
            ),
            right(
                Translated(
                    en="Counselling sessions",
                    id="Sesi konseling",
                    vi="Các buổi tham vấn",
                    ar="جلسات الإرشاد النفسي",
                ),
                Translated(
                    en="Yes: the child can name the fear and be heard.",
                    id="Ya: anak dapat menyebutkan rasa takutnya dan didengarkan.",
                    vi="Đúng: trẻ có thể gọi tên nỗi sợ và được lắng nghe.",
                    ar="نعم: يستطيع الطفل أن يسمّي خوفه ويجد من يسمعه.",
                ),
            ),
            right(
                Translated(
                    en="Storytelling", id="Bercerita", vi="Kể chuyện", ar="رواية القصص"
                ),
                Translated(
                    en="Yes: a story lets a child talk about a worry at a safe "
                    "distance.",
                    id="Ya: cerita memungkinkan anak membicarakan kecemasan dari jarak "
                    "yang aman.",
                    vi="Đúng: câu chuyện giúp trẻ nói về nỗi lo từ một khoảng cách an "
                    "toàn.",
                    ar="نعم: تتيح القصة للطفل أن يتحدث عن قلقه من مسافة آمنة.",
                ),
            ),
            right(
                Translated(
                    en="Role-play", id="Bermain peran", vi="Đóng vai", ar="لعب الأدوار"
                ),
                Translated(
                    en="Yes: the child rehearses difficult moments before they happen.",
                    id="Ya: anak berlatih menghadapi saat sulit sebelum terjadi.",
                    vi="Đúng: trẻ tập trước những khoảnh khắc khó khăn trước khi chúng "
                    "xảy ra.",
                    ar="نعم: يتدرب الطفل على اللحظات الصعبة قبل وقوعها.",
                ),
            ),
            wrong(
                Translated(
                    en="Saying nothing about the return until the day it happens",
                    id="Tidak membicarakan kepulangan sampai harinya tiba",
                    vi="Không nói gì về việc trở về cho đến đúng ngày",
                    ar="عدم الحديث عن العودة حتى يوم حدوثها",
                ),
                Translated(
                    en="No: silence leaves the child alone with the fear.",
                    id="Tidak: diam membuat anak sendirian menghadapi rasa takutnya.",
                    vi="Không: im lặng khiến trẻ một mình đối mặt với nỗi sợ.",
                    ar="لا: الصمت يترك الطفل وحيدًا مع خوفه.",
                ),
            ),
        ),
        multiple_choice(
            Translated(
                en="Which life skills prepare a child for daily life at home?",
                id="Keterampilan hidup mana yang mempersiapkan anak untuk kehidupan "
                "sehari-hari di rumah?",
                vi="Những kỹ năng sống nào chuẩn bị cho trẻ cuộc sống hằng ngày ở nhà?",
                ar="أي المهارات الحياتية تهيئ الطفل للحياة اليومية في المنزل؟",
            ),
            right(
                Translated(
                    en="Personal hygiene",
                    id="Kebersihan diri",
                    vi="Vệ sinh cá nhân",
                    ar="النظافة الشخصية",
                ),
                Translated(
                    en="Yes: at home nobody rings a bell for washing.",
                    id="Ya: di rumah tidak ada yang membunyikan bel untuk mandi.",
                    vi="Đúng: ở nhà không có ai rung chuông nhắc giờ tắm.",
                    ar="نعم: لا أحد يقرع جرسًا للاغتسال في المنزل.",
                ),
            ),
            right(
                Translated(
                    en="Resolving a conflict without violence",
                    id="Menyelesaikan konflik tanpa kekerasan",
                    vi="Giải quyết mâu thuẫn không dùng bạo lực",
                    ar="حل الخلاف دون عنف",
                ),
                Translated(
                    en="Yes: quarrels with brothers, sisters and neighbours will come.",
                    id="Ya: pertengkaran dengan saudara dan tetangga pasti terjadi.",
                    vi="Đúng: sẽ có lúc cãi vã với anh chị em và hàng xóm.",
                    ar="نعم: سيحدث الشجار مع الإخوة والأخوات والجيران لا محالة.",
                ),
            ),
            right(
                Translated(
                    en="Small steps of independence",
                    id="Langkah kecil menuju kemandirian",
                    vi="Những bước tự lập nhỏ",
                    ar="خطوات صغيرة نحو الاستقلالية",
                ),
                Translated(
                    en="Yes: such as handling pocket money or going to school alone.",
                    id="Ya: misalnya mengatur uang saku atau berangkat sekolah "
                    "sendiri.",
                    vi="Đúng: chẳng hạn tự quản lý tiền tiêu vặt hay tự đi học.",
                    ar="نعم: مثل تدبير المصروف أو الذهاب إلى المدرسة وحده.",
                ),
            ),
            wrong(
                Translated(
                    en="Waiting for adults to decide everything",
                    id="Menunggu orang dewasa memutuskan segalanya",
                    vi="Chờ người lớn quyết định mọi việc",
                    ar="انتظار الكبار ليقرروا كل شيء",
                ),
                Translated(
                    en="No: that fits a centre's timetable, not life at home.",
                    id="Tidak: itu cocok dengan jadwal balai, bukan kehidupan di "
                    "rumah.",
                    vi="Không: điều đó hợp với thời gian biểu ở trung tâm chứ không "
                    "hợp với cuộc sống ở nhà.",
                    ar="لا: هذا يناسب جدول المركز، لا الحياة في المنزل.",
                ),
            ),
        ),
        true_or_false(
            Translated(
                en="Parental education tells parents what to expect in the first "
                "months after their child comes home.",
                id="Edukasi orang tua menjelaskan kepada orang tua apa yang perlu "
                "diantisipasi pada bulan-bulan pertama setelah anak pulang.",
                vi="Giáo dục cha mẹ cho cha mẹ biết những điều cần lường trước trong "
                "những tháng đầu sau khi con trở về.",
                ar="يخبر تثقيف الوالدين الأهل بما يمكن توقعه في الأشهر الأولى بعد "
                "عودة طفلهم.",
            ),
            is_true=True,
            explanation=Translated(
                en="Together with positive parenting, it keeps parents from giving up "
                "when the child tests the rules.",
                id="Bersama pengasuhan positif, edukasi ini membuat orang tua tidak "
                "mudah menyerah saat anak menguji aturan.",
                vi="Cùng với nuôi dạy con tích cực, điều này giúp cha mẹ không nản "
                "lòng khi trẻ thử thách các quy định.",
                ar="وهو، مع التربية الإيجابية، يمنع الوالدين من الاستسلام حين يختبر "
                "الطفل القواعد.",
            ),
        ),
        single_choice(
            Translated(
                en="A child has no documents and nobody knows where the family lives. "
                "What helps most?",
                id="Seorang anak tidak memiliki dokumen dan tidak ada yang tahu di "
                "mana keluarganya tinggal. Apa yang paling membantu?",
                vi="Một trẻ không có giấy tờ và không ai biết gia đình em sống ở đâu. "
                "Điều gì giúp ích nhất?",
                ar="طفل بلا وثائق ولا أحد يعرف أين تسكن أسرته. ما أكثر ما يساعد؟",
            ),
            right(
                Translated(
                    en="Family tracing through the media and community networks",
                    id="Penelusuran keluarga melalui media dan jejaring masyarakat",
                    vi="Truy tìm gia đình qua phương tiện truyền thông và mạng lưới "
                    "cộng đồng",
                    ar="تتبع الأسرة عبر وسائل الإعلام والشبكات المجتمعية",
                ),
                Translated(
                    en="Right: radio, newspapers and local networks reach people no "
                    "office knows.",
                    id="Tepat: radio, surat kabar, dan jejaring setempat menjangkau "
                    "orang yang tidak tercatat di kantor mana pun.",
                    vi="Đúng: đài phát thanh, báo chí và mạng lưới địa phương tiếp cận "
                    "được những người mà không cơ quan nào biết.",
                    ar="صحيح: تصل الإذاعة والصحف والشبكات المحلية إلى أناس لا يعرفهم "
                    "أي مكتب.",
                ),
            ),
            wrong(
                Translated(
                    en="Waiting for the family to come forward",
                    id="Menunggu keluarga datang sendiri",
                    vi="Chờ gia đình tự tìm đến",
                    ar="انتظار أن تتقدم الأسرة من تلقاء نفسها",
                ),
                Translated(
                    en="The family may not know where the child is; the team has to "
                    "search.",
                    id="Keluarga mungkin tidak tahu di mana anak berada; tim harus "
                    "mencari.",
                    vi="Gia đình có thể không biết trẻ đang ở đâu; nhóm phải chủ động "
                    "tìm kiếm.",
                    ar="قد لا تعرف الأسرة مكان الطفل؛ على الفريق أن يبحث.",
                ),
            ),
            wrong(
                Translated(
                    en="Planning for the child to stay at the centre until adulthood",
                    id="Merencanakan anak tinggal di balai sampai dewasa",
                    vi="Lên kế hoạch để trẻ ở trung tâm đến khi trưởng thành",
                    ar="التخطيط لبقاء الطفل في المركز حتى بلوغه",
                ),
                Translated(
                    en="Missing papers are an obstacle to overcome, not a reason to "
                    "give up on a family.",
                    id="Dokumen yang hilang adalah hambatan yang harus diatasi, bukan "
                    "alasan untuk menyerah mencari keluarga.",
                    vi="Thiếu giấy tờ là trở ngại cần vượt qua, không phải lý do để "
                    "từ bỏ việc tìm gia đình.",
                    ar="غياب الأوراق عقبة ينبغي تجاوزها، لا سبب للتخلي عن البحث عن "
                    "أسرة.",
                ),
            ),
        ),
        single_choice(
            Translated(
                en="Local beliefs make neighbours reject a child who is coming home. "
                "What is recommended?",
                id="Kepercayaan setempat membuat tetangga menolak anak yang akan "
                "pulang. Apa yang dianjurkan?",
                vi="Niềm tin ở địa phương khiến hàng xóm xa lánh một trẻ sắp trở về. "
                "Nên làm gì?",
                ar="معتقدات محلية تجعل الجيران يرفضون طفلًا عائدًا إلى منزله. ما "
                "الموصى به؟",
            ),
            wrong(
                Translated(
                    en="Keeping the return secret",
                    id="Merahasiakan kepulangan",
                    vi="Giữ bí mật việc trẻ trở về",
                    ar="إبقاء العودة سرًا",
                ),
                Translated(
                    en="A secret return leaves the stigma in place and the family "
                    "alone with it.",
                    id="Kepulangan yang dirahasiakan membiarkan stigma tetap ada dan "
                    "keluarga menanggungnya sendiri.",
                    vi="Giấu việc trở về khiến sự kỳ thị vẫn còn đó và gia đình phải "
                    "một mình chịu đựng.",
                    ar="العودة السرية تُبقي الوصمة قائمة وتترك الأسرة وحدها في "
                    "مواجهتها.",
                ),
            ),
            right(
                Translated(
                    en="Involving local and religious leaders",
                    id="Melibatkan tokoh masyarakat dan tokoh agama",
                    vi="Mời lãnh đạo địa phương và chức sắc tôn giáo tham gia",
                    ar="إشراك الوجهاء المحليين ورجال الدين",
                ),
                Translated(
                    en="Right: a respected leader who welcomes the child can change "
                    "how neighbours see them.",
                    id="Tepat: tokoh yang dihormati dan menyambut anak dapat mengubah "
                    "cara tetangga memandangnya.",
                    vi="Đúng: một người có uy tín chào đón trẻ có thể thay đổi cách "
                    "hàng xóm nhìn nhận em.",
                    ar="صحيح: وجيه محترم يرحّب بالطفل قادر على تغيير نظرة الجيران إليه.",
                ),
            ),
            wrong(
                Translated(
                    en="Giving up the return",
                    id="Membatalkan kepulangan",
                    vi="Từ bỏ việc cho trẻ trở về",
                    ar="التخلي عن العودة",
                ),
                Translated(
                    en="Stigma is a known obstacle with known answers; it is not a "
                    "reason to give up.",
                    id="Stigma adalah hambatan yang dikenal dan ada jalan keluarnya; "
                    "itu bukan alasan untuk menyerah.",
                    vi="Kỳ thị là trở ngại quen thuộc và đã có cách ứng phó; đó không "
                    "phải lý do để bỏ cuộc.",
                    ar="الوصمة عقبة معروفة ولها حلول معروفة، وليست سببًا للاستسلام.",
                ),
            ),
        ),
        true_or_false(
            Translated(
                en="When a family refuses to take a child back, the only option left "
                "is a long stay at the centre.",
                id="Bila keluarga menolak menerima anak kembali, satu-satunya pilihan "
                "yang tersisa adalah tinggal lama di balai.",
                vi="Khi gia đình từ chối nhận lại trẻ, lựa chọn duy nhất còn lại là để "
                "trẻ ở lâu dài tại trung tâm.",
                ar="حين ترفض الأسرة استعادة الطفل، لا يبقى إلا خيار الإقامة الطويلة "
                "في المركز.",
            ),
            is_true=False,
            explanation=Translated(
                en="Parents' meetings often change minds; otherwise kinship care, "
                "foster care or guardianship keep the child in a family.",
                id="Pertemuan orang tua sering mengubah pendirian; bila tidak, "
                "pengasuhan oleh kerabat, pengasuhan oleh keluarga asuh, atau "
                "perwalian tetap menjaga anak dalam keluarga.",
                vi="Các buổi họp phụ huynh thường làm thay đổi suy nghĩ; nếu không, "
                "chăm sóc bởi người thân thích, chăm sóc bởi gia đình thay thế hoặc "
                "giám hộ vẫn giữ trẻ trong một gia đình.",
                ar="كثيرًا ما تغيّر اجتماعات الأهالي المواقف؛ وإلا فإن الرعاية لدى "
                "الأقارب أو الرعاية لدى أسرة بديلة أو الوصاية تُبقي الطفل في أسرة.",
            ),
        ),
    ),
)
