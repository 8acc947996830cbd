"""Module 3: identifying children with autism and intervening early, with the
basics of social work and care at home and in the community around it."""

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

EARLY_SIGNS = LessonContent(
    title=Translated(
        en="Noticing the early signs of autism",
        id="Mengenali tanda-tanda awal autisme",
        vi="Nhận biết những dấu hiệu sớm của tự kỷ",
        ar="ملاحظة العلامات المبكرة للتوحد",
    ),
    slug=Translated(
        en="early-signs",
        id="tanda-tanda-awal",
        vi="dau-hieu-som",
        ar="العلامات-المبكرة",
    ),
    summary=Translated(
        en="What autism is, the signs a family or a worker may notice before the age "
        "of three, and why noticing is not diagnosing.",
        id="Apa itu autisme, tanda-tanda yang dapat dilihat keluarga atau petugas "
        "sebelum usia tiga tahun, dan mengapa mengenali tidak sama dengan "
        "mendiagnosis.",
        vi="Tự kỷ là gì, những dấu hiệu gia đình hoặc cán bộ có thể nhận thấy trước "
        "ba tuổi, và vì sao nhận biết không phải là chẩn đoán.",
        ar="ما التوحد، وما العلامات التي قد تلاحظها الأسرة أو العامل قبل سن "
        "الثالثة، ولماذا لا تعني الملاحظة التشخيص.",
    ),
    body=(
        text(
            Translated(
                en="<p>Autism is a lifelong developmental condition that affects how a "
                "person communicates, relates to others and behaves. Every autistic "
                "child is different, but signs often appear before the age of three. "
                "Autism is not caused by the way parents raise their children, and "
                "blaming a mother or a family only adds to their burden.</p>",
                id="<p>Autisme adalah kondisi perkembangan seumur hidup yang "
                "memengaruhi cara seseorang berkomunikasi, berhubungan dengan orang "
                "lain, dan berperilaku. Setiap anak dengan autisme berbeda, tetapi "
                "tanda-tandanya sering muncul sebelum usia tiga tahun. Autisme tidak "
                "disebabkan oleh cara orang tua mengasuh anak, dan menyalahkan ibu "
                "atau keluarga hanya menambah beban mereka.</p>",
                vi="<p>Tự kỷ là một tình trạng phát triển kéo dài suốt đời, ảnh hưởng "
                "đến cách một người giao tiếp, quan hệ với người khác và hành xử. Mỗi "
                "trẻ tự kỷ mỗi khác, nhưng dấu hiệu thường xuất hiện trước ba tuổi. "
                "Tự kỷ không phải do cách cha mẹ nuôi dạy con gây ra, và việc đổ lỗi "
                "cho người mẹ hay gia đình chỉ làm gánh nặng của họ thêm nặng.</p>",
                ar="<p>التوحد حالة نمائية تلازم الشخص مدى الحياة، وتؤثر في طريقة "
                "تواصله وتفاعله مع الآخرين وسلوكه. كل طفل مصاب بالتوحد مختلف عن "
                "غيره، لكن العلامات تظهر غالبًا قبل سن الثالثة. ولا ينتج التوحد عن "
                "طريقة تربية الوالدين لأطفالهم، ولوم الأم أو الأسرة لا يزيدهما إلا "
                "عبئًا.</p>",
            )
        ),
        checklist(
            Translated(
                en="Signs worth noting and talking over with the family",
                id="Tanda-tanda yang perlu dicatat dan dibicarakan dengan keluarga",
                vi="Những dấu hiệu nên ghi lại và trao đổi với gia đình",
                ar="علامات تستحق التدوين والنقاش مع الأسرة",
            ),
            Translated(
                en="rarely answers to their name by around one year",
                id="jarang menoleh saat dipanggil namanya pada usia sekitar satu tahun",
                vi="khoảng một tuổi mà hiếm khi đáp lại khi được gọi tên",
                ar="نادرًا ما يستجيب لاسمه في عمر السنة تقريبًا",
            ),
            Translated(
                en="little eye contact, and does not point to show something",
                id="jarang menatap mata, dan tidak menunjuk untuk memperlihatkan "
                "sesuatu",
                vi="ít giao tiếp bằng mắt và không chỉ tay để cho người khác xem thứ "
                "gì đó",
                ar="قلة التواصل البصري، وعدم الإشارة بالإصبع لإظهار شيء ما",
            ),
            Translated(
                en="few or no words by two years, or words that were there are lost",
                id="sedikit atau tidak ada kata pada usia dua tahun, atau kata yang "
                "pernah diucapkan hilang",
                vi="đến hai tuổi nói được rất ít hoặc không nói được từ nào, hoặc mất "
                "đi những từ đã từng nói",
                ar="كلمات قليلة أو معدومة في سن الثانية، أو فقدان كلمات كان ينطقها",
            ),
            Translated(
                en="the same movements again and again, such as rocking or flapping "
                "the hands",
                id="gerakan yang sama berulang-ulang, seperti mengayun badan atau "
                "mengepakkan tangan",
                vi="lặp đi lặp lại cùng một cử động, như đung đưa người hoặc vẫy tay",
                ar="تكرار الحركات نفسها مرارًا، كالتأرجح أو رفرفة اليدين",
            ),
            Translated(
                en="great distress at small changes of routine",
                id="sangat gelisah bila rutinitas berubah sedikit saja",
                vi="rất bức bối khi nếp sinh hoạt thay đổi dù chỉ một chút",
                ar="ضيق شديد عند أي تغيير بسيط في الروتين",
            ),
            Translated(
                en="unusual reactions to sounds, light, touch or food",
                id="reaksi yang tidak biasa terhadap suara, cahaya, sentuhan, atau "
                "makanan",
                vi="phản ứng bất thường với âm thanh, ánh sáng, sự đụng chạm hoặc "
                "thức ăn",
                ar="ردود فعل غير معتادة تجاه الأصوات أو الضوء أو اللمس أو الطعام",
            ),
        ),
        text(
            Translated(
                en="<p>A social worker, a nurse or a teacher does not diagnose autism. "
                "Your part is to notice, to listen to parents, who are often the first "
                "to worry, and to make a referral to health professionals trained in "
                "child development for an assessment. Note what you saw, when and "
                "where, in plain words, and avoid labels in front of the child or the "
                "neighbours.</p>",
                id="<p>Pekerja sosial, perawat, atau guru tidak mendiagnosis autisme. "
                "Tugas Anda adalah mengamati, mendengarkan orang tua yang sering "
                "menjadi pihak pertama yang khawatir, dan membuat rujukan kepada "
                "tenaga kesehatan yang terlatih dalam tumbuh kembang anak untuk "
                "asesmen. Catat apa yang Anda lihat, kapan, dan di mana, dengan "
                "kata-kata sederhana, dan hindari memberi label di depan anak atau "
                "tetangga.</p>",
                vi="<p>Nhân viên công tác xã hội, điều dưỡng hay giáo viên không chẩn "
                "đoán tự kỷ. Phần việc của bạn là quan sát, lắng nghe cha mẹ, những "
                "người thường lo lắng đầu tiên, và chuyển gửi đến nhân viên y tế được "
                "đào tạo về sự phát triển của trẻ để đánh giá. Hãy ghi lại điều bạn "
                "thấy, khi nào và ở đâu, bằng lời lẽ đơn giản, và tránh dán nhãn trước "
                "mặt trẻ hay hàng xóm.</p>",
                ar="<p>لا يشخّص الأخصائي الاجتماعي أو الممرض أو المعلم التوحد. دورك "
                "أن تلاحظ، وأن تستمع إلى الوالدين، فهما غالبًا أول من يقلق، وأن تقوم "
                "بالإحالة إلى مختصين صحيين مدرَّبين على نمو الطفل لإجراء التقييم. "
                "دوّن ما رأيته ومتى وأين بكلمات بسيطة، وتجنّب إطلاق الأوصاف أمام "
                "الطفل أو الجيران.</p>",
            )
        ),
        reflection(
            Translated(
                en="When a parent last told you they were worried about their child's "
                "development, what did you say? What would you say now?",
                id="Terakhir kali orang tua mengatakan kepada Anda bahwa mereka "
                "khawatir tentang perkembangan anaknya, apa yang Anda katakan? Apa "
                "yang akan Anda katakan sekarang?",
                vi="Lần gần nhất có cha mẹ nói với bạn rằng họ lo lắng về sự phát "
                "triển của con, bạn đã nói gì? Bây giờ bạn sẽ nói gì?",
                ar="آخر مرة أخبرك فيها أحد الوالدين بقلقه على نمو طفله، ماذا قلت؟ "
                "وماذا ستقول الآن؟",
            )
        ),
    ),
)

EARLY_INTERVENTION = LessonContent(
    title=Translated(
        en="Early intervention at home and in the community",
        id="Intervensi dini di rumah dan di masyarakat",
        vi="Can thiệp sớm tại gia đình và cộng đồng",
        ar="التدخل المبكر في المنزل وفي المجتمع",
    ),
    slug=Translated(
        en="early-intervention",
        id="intervensi-dini",
        vi="can-thiep-som",
        ar="التدخل-المبكر",
    ),
    summary=Translated(
        en="Why support should start as soon as a difficulty is noticed, and how "
        "families, preschools and local services can give it every day.",
        id="Mengapa dukungan sebaiknya dimulai begitu hambatan terlihat, dan "
        "bagaimana keluarga, PAUD, dan layanan setempat dapat memberikannya setiap "
        "hari.",
        vi="Vì sao cần hỗ trợ ngay khi phát hiện khó khăn, và gia đình, trường mầm "
        "non cùng các dịch vụ địa phương có thể hỗ trợ hằng ngày như thế nào.",
        ar="لماذا ينبغي أن يبدأ الدعم فور ملاحظة الصعوبة، وكيف يمكن للأسر ورياض "
        "الأطفال والخدمات المحلية تقديمه كل يوم.",
    ),
    body=(
        text(
            Translated(
                en="<p>Early intervention is support given as soon as a developmental "
                "difficulty is noticed. It does not wait for a formal diagnosis, which "
                "can take months, and it makes the most difference in the first years, "
                "while a child's brain is developing fast. It does not cure autism, "
                "but it helps a child communicate, learn and take part in family "
                "life.</p>",
                id="<p>Intervensi dini adalah dukungan yang diberikan segera setelah "
                "hambatan perkembangan terlihat. Intervensi ini tidak menunggu "
                "diagnosis resmi, yang bisa memakan waktu berbulan-bulan, dan paling "
                "berdampak pada tahun-tahun pertama, ketika otak anak berkembang "
                "pesat. Intervensi dini tidak menyembuhkan autisme, tetapi membantu "
                "anak berkomunikasi, belajar, dan ikut serta dalam kehidupan "
                "keluarga.</p>",
                vi="<p>Can thiệp sớm là hỗ trợ được thực hiện ngay khi phát hiện trẻ "
                "có khó khăn về phát triển. Can thiệp sớm không chờ chẩn đoán chính "
                "thức, vốn có thể mất nhiều tháng, và mang lại hiệu quả lớn nhất "
                "trong những năm đầu đời, khi não bộ của trẻ phát triển nhanh. Can "
                "thiệp sớm không chữa khỏi tự kỷ, nhưng giúp trẻ giao tiếp, học hỏi "
                "và tham gia vào cuộc sống gia đình.</p>",
                ar="<p>التدخل المبكر دعم يُقدَّم فور ملاحظة صعوبة نمائية. فهو لا "
                "ينتظر التشخيص الرسمي الذي قد يستغرق شهورًا، ويكون أثره أكبر في "
                "السنوات الأولى حين ينمو دماغ الطفل بسرعة. ولا يشفي التدخل المبكر "
                "من التوحد، لكنه يساعد الطفل على التواصل والتعلم والمشاركة في حياة "
                "الأسرة.</p>",
            )
        ),
        checklist(
            Translated(
                en="Everyday ways to help a young child communicate",
                id="Cara sehari-hari membantu anak kecil berkomunikasi",
                vi="Những cách hằng ngày giúp trẻ nhỏ giao tiếp",
                ar="طرق يومية لمساعدة الطفل الصغير على التواصل",
            ),
            Translated(
                en="a picture schedule of the day: washing, eating, playing, sleeping",
                id="jadwal bergambar untuk sehari: mandi, makan, bermain, tidur",
                vi="thời gian biểu bằng tranh cho cả ngày: tắm, ăn, chơi, ngủ",
                ar="جدول مصوّر لليوم: الاغتسال، والأكل، واللعب، والنوم",
            ),
            Translated(
                en="short, clear words, said while showing the object",
                id="kata-kata pendek dan jelas, diucapkan sambil menunjukkan bendanya",
                vi="dùng từ ngắn, rõ ràng, vừa nói vừa chỉ vào đồ vật",
                ar="كلمات قصيرة وواضحة تُقال مع إظهار الشيء المقصود",
            ),
            Translated(
                en="play that follows what interests the child",
                id="bermain dengan mengikuti apa yang diminati anak",
                vi="chơi theo những gì trẻ thích",
                ar="لعب يتبع ما يثير اهتمام الطفل",
            ),
            Translated(
                en="praise for every attempt to communicate, with or without words",
                id="pujian untuk setiap usaha berkomunikasi, dengan atau tanpa kata",
                vi="khen ngợi mỗi lần trẻ cố gắng giao tiếp, dù có lời hay không",
                ar="الثناء على كل محاولة للتواصل، بالكلمات أو بدونها",
            ),
            Translated(
                en="warning the child before a change, and keeping routines steady",
                id="memberi tahu anak sebelum ada perubahan, dan menjaga rutinitas "
                "tetap teratur",
                vi="báo trước cho trẻ khi sắp có thay đổi và giữ nếp sinh hoạt ổn định",
                ar="تنبيه الطفل قبل أي تغيير، والحفاظ على ثبات الروتين",
            ),
        ),
        case_study(
            Translated(
                en="A mother's worry in a mountain commune",
                id="Kekhawatiran seorang ibu di desa pegunungan",
                vi="Nỗi lo của một người mẹ ở xã miền núi",
                ar="قلق أمّ في قرية جبلية",
            ),
            Translated(
                en="<p>A mother tells the commune's social worker that her son, who is "
                "almost three, does not talk, does not play with his cousins and "
                "screams when his routine changes. Her mother-in-law says he is lazy "
                "and needs a firmer hand. The nearest developmental clinic is in the "
                "provincial hospital, a day's travel away.</p>",
                id="<p>Seorang ibu bercerita kepada pekerja sosial desa bahwa anak "
                "laki-lakinya, yang hampir berusia tiga tahun, belum berbicara, tidak "
                "bermain dengan sepupunya, dan menjerit bila rutinitasnya berubah. "
                "Ibu mertuanya berkata anak itu malas dan perlu dididik lebih keras. "
                "Klinik tumbuh kembang terdekat ada di rumah sakit provinsi, sehari "
                "perjalanan jauhnya.</p>",
                vi="<p>Một người mẹ kể với nhân viên công tác xã hội của xã rằng con "
                "trai chị, gần ba tuổi, chưa biết nói, không chơi với các anh chị em "
                "họ và gào khóc khi nếp sinh hoạt thay đổi. Mẹ chồng chị nói thằng bé "
                "lười và cần được dạy nghiêm hơn. Phòng khám phát triển gần nhất ở "
                "bệnh viện tỉnh, đi mất cả ngày đường.</p>",
                ar="<p>تخبر أمٌّ الأخصائي الاجتماعي في القرية أن ابنها، الذي يقترب "
                "من الثالثة، لا يتكلم ولا يلعب مع أبناء عمومته ويصرخ حين يتغير "
                "روتينه. وتقول حماتها إنه كسول ويحتاج إلى شدة أكبر. وأقرب عيادة "
                "لنمو الأطفال في مستشفى المحافظة، على مسافة يوم كامل من السفر.</p>",
            ),
            Translated(
                en="<p>The social worker takes the mother's worry seriously and makes "
                "a "
                "referral to the hospital, helping the family plan the journey. "
                "Early intervention does not wait for the appointment: together they "
                "make a picture schedule, and the preschool teacher agrees to warn the "
                "boy before each change. The social worker also explains to the "
                "grandmother that a harder hand will not make him talk.</p>",
                id="<p>Pekerja sosial menanggapi kekhawatiran sang ibu dengan serius "
                "dan membuat rujukan ke rumah sakit, sambil membantu keluarga "
                "merencanakan perjalanan. Intervensi dini tidak menunggu jadwal "
                "pemeriksaan: bersama-sama mereka membuat jadwal bergambar, dan guru "
                "PAUD bersedia memberi tahu anak itu sebelum setiap perubahan. "
                "Pekerja sosial juga menjelaskan kepada sang nenek bahwa didikan yang "
                "lebih keras tidak akan membuat anak itu berbicara.</p>",
                vi="<p>Nhân viên công tác xã hội coi trọng nỗi lo của người mẹ và "
                "chuyển gửi đến bệnh viện, đồng thời giúp gia đình lên kế hoạch cho "
                "chuyến đi. Can thiệp sớm không chờ đến ngày khám: họ cùng nhau làm "
                "thời gian biểu bằng tranh, và cô giáo mầm non đồng ý báo trước cho "
                "cậu bé mỗi khi có thay đổi. Nhân viên công tác xã hội cũng giải "
                "thích với người bà rằng dạy nghiêm hơn sẽ không làm cháu biết "
                "nói.</p>",
                ar="<p>يأخذ الأخصائي الاجتماعي قلق الأم على محمل الجد ويقوم "
                "بالإحالة إلى المستشفى، ويساعد الأسرة على التخطيط للرحلة. ولا ينتظر "
                "التدخل المبكر موعد الفحص: يعدّان معًا جدولًا مصوّرًا، وتوافق معلمة "
                "الروضة على تنبيه الصبي قبل كل تغيير. ويشرح الأخصائي الاجتماعي "
                "للجدة أيضًا أن الشدة لن تجعله يتكلم.</p>",
            ),
        ),
        reflection(
            Translated(
                en="Which services near you could take part in early intervention for "
                "a young child: a health station, a preschool, a parents' group? Which "
                "are missing?",
                id="Layanan mana di sekitar Anda yang dapat ikut dalam intervensi dini "
                "bagi anak kecil: puskesmas, PAUD, kelompok orang tua? Mana yang "
                "belum ada?",
                vi="Những dịch vụ nào gần bạn có thể tham gia can thiệp sớm cho trẻ "
                "nhỏ: trạm y tế, trường mầm non, nhóm cha mẹ? Còn thiếu những dịch vụ "
                "nào?",
                ar="أي الخدمات القريبة منك يمكن أن تشارك في التدخل المبكر لطفل صغير: "
                "مركز صحي، أو روضة، أو مجموعة أهالٍ؟ وأيها غير موجود؟",
            )
        ),
    ),
)

CARE_AROUND_THE_CHILD = LessonContent(
    title=Translated(
        en="Social work with children in especially difficult circumstances",
        id="Pekerjaan sosial bersama anak yang memerlukan perlindungan khusus",
        vi="Công tác xã hội với trẻ em có hoàn cảnh đặc biệt",
        ar="العمل الاجتماعي مع الأطفال في ظروف صعبة بشكل خاص",
    ),
    slug=Translated(
        en="especially-difficult-circumstances",
        id="perlindungan-khusus",
        vi="tre-em-co-hoan-canh-dac-biet",
        ar="الظروف-الصعبة",
    ),
    summary=Translated(
        en="The basics of the social-work profession, the children who need special "
        "protection, and caring at home for a family member with a mental disorder.",
        id="Dasar-dasar profesi pekerjaan sosial, anak-anak yang membutuhkan "
        "perlindungan khusus, dan perawatan di rumah bagi anggota keluarga dengan "
        "gangguan jiwa.",
        vi="Những điều cơ bản của nghề công tác xã hội, những trẻ em cần được bảo vệ "
        "đặc biệt, và chăm sóc tại nhà cho người thân có rối nhiễu tâm trí.",
        ar="أساسيات مهنة العمل الاجتماعي، والأطفال الذين يحتاجون إلى حماية خاصة، "
        "ورعاية فرد من الأسرة مصاب باضطراب نفسي في المنزل.",
    ),
    body=(
        text(
            Translated(
                en="<p>A child with autism often lives with other difficulties too: "
                "poverty, a parent who is ill, a family under strain. Social work "
                "rests on a few principles that hold in every case: respect for each "
                "person's dignity, decisions made with the family rather than for it, "
                "confidentiality, and doing no harm.</p>",
                id="<p>Anak dengan autisme sering juga menghadapi kesulitan lain: "
                "kemiskinan, orang tua yang sakit, keluarga yang tertekan. Pekerjaan "
                "sosial bertumpu pada beberapa prinsip yang berlaku dalam setiap "
                "kasus: menghormati martabat setiap orang, mengambil keputusan "
                "bersama keluarga dan bukan untuk keluarga, menjaga kerahasiaan, dan "
                "tidak menimbulkan kerugian.</p>",
                vi="<p>Trẻ tự kỷ thường còn phải đối mặt với những khó khăn khác: cảnh "
                "nghèo, cha mẹ đau ốm, gia đình căng thẳng. Công tác xã hội dựa trên "
                "một vài nguyên tắc áp dụng cho mọi trường hợp: tôn trọng phẩm giá "
                "của mỗi người, cùng gia đình đưa ra quyết định chứ không quyết định "
                "thay họ, giữ bí mật thông tin, và không gây hại.</p>",
                ar="<p>كثيرًا ما يعيش الطفل المصاب بالتوحد صعوبات أخرى أيضًا: الفقر، "
                "أو مرض أحد الوالدين، أو أسرة تحت الضغط. ويقوم العمل الاجتماعي على "
                "مبادئ قليلة تصح في كل حالة: احترام كرامة كل شخص، واتخاذ القرارات مع "
                "الأسرة لا عنها، والسرية، وعدم الإضرار.</p>",
            )
        ),
        text(
            Translated(
                en="<p>The law of each country names children in especially difficult "
                "circumstances who need special protection: among others orphans, "
                "children with disabilities, victims of abuse or trafficking and "
                "children in conflict with the law. In one province of Vietnam alone, "
                "more than twelve thousand such children were counted, and more than "
                "five hundred district and commune officers were trained to find and "
                "support them.</p>",
                id="<p>Undang-undang di setiap negara menyebutkan anak yang memerlukan "
                "perlindungan khusus: antara lain anak yatim piatu, anak penyandang "
                "disabilitas, korban kekerasan atau perdagangan orang, dan anak yang "
                "berhadapan dengan hukum. Di satu provinsi di Vietnam saja tercatat "
                "lebih dari dua belas ribu anak seperti itu, dan lebih dari lima "
                "ratus petugas kabupaten dan desa dilatih untuk menemukan dan "
                "mendampingi mereka.</p>",
                vi="<p>Pháp luật mỗi nước quy định những trẻ em có hoàn cảnh đặc biệt "
                "cần được bảo vệ đặc biệt: trong đó có trẻ mồ côi, trẻ khuyết tật, "
                "trẻ bị xâm hại hoặc bị mua bán và trẻ vi phạm pháp luật. Chỉ riêng "
                "một tỉnh của Việt Nam đã thống kê được hơn mười hai nghìn trẻ như "
                "vậy, và hơn năm trăm cán bộ cấp huyện, cấp xã đã được tập huấn để "
                "phát hiện và hỗ trợ các em.</p>",
                ar="<p>يحدد قانون كل بلد الأطفال في ظروف صعبة بشكل خاص الذين "
                "يحتاجون إلى حماية خاصة، ومنهم الأيتام والأطفال ذوو الإعاقة وضحايا "
                "الإساءة أو الاتجار والأطفال المخالفون للقانون. ففي محافظة واحدة من "
                "فيتنام أُحصي أكثر من اثني عشر ألف طفل من هؤلاء، ودُرّب أكثر من "
                "خمسمئة موظف في المناطق والبلديات على اكتشافهم ودعمهم.</p>",
            )
        ),
        text(
            Translated(
                en="<p>Sometimes it is a parent who is unwell. A person with a mental "
                "disorder can be cared for at home and in the community: regular "
                "treatment, a health worker who visits, and a family that is "
                "supported rather than ashamed. Locking a person in or hiding them "
                "harms them and the children who see it. Help the family find "
                "treatment, and make sure the children are cared for meanwhile.</p>",
                id="<p>Kadang justru orang tua yang sakit. Orang dengan gangguan jiwa "
                "dapat dirawat di rumah dan di masyarakat: pengobatan teratur, "
                "petugas kesehatan yang berkunjung, dan keluarga yang didukung, bukan "
                "dipermalukan. Mengurung atau menyembunyikan seseorang merugikan "
                "dirinya dan anak-anak yang menyaksikannya. Bantu keluarga "
                "mendapatkan pengobatan, dan pastikan anak-anak tetap terurus "
                "sementara itu.</p>",
                vi="<p>Đôi khi chính cha mẹ là người đau ốm. Người có rối nhiễu tâm "
                "trí có thể được chăm sóc tại gia đình và cộng đồng: điều trị đều "
                "đặn, có cán bộ y tế đến thăm, và một gia đình được hỗ trợ thay vì "
                "xấu hổ. Nhốt hay giấu một người đi sẽ gây hại cho chính họ và cho "
                "những đứa trẻ chứng kiến điều đó. Hãy giúp gia đình tìm đến điều "
                "trị, và bảo đảm trong lúc đó các con vẫn được chăm sóc.</p>",
                ar="<p>وأحيانًا يكون أحد الوالدين هو المريض. يمكن رعاية الشخص المصاب "
                "باضطراب نفسي في المنزل وفي المجتمع: علاج منتظم، وعامل صحي يزوره، "
                "وأسرة تجد الدعم بدلًا من الخجل. أما حبس الشخص أو إخفاؤه فيؤذيه "
                "ويؤذي الأطفال الذين يشهدون ذلك. ساعد الأسرة على الوصول إلى العلاج، "
                "وتأكد من أن الأطفال يلقون الرعاية في الأثناء.</p>",
            )
        ),
        reflection(
            Translated(
                en="Which principle of social work is hardest to keep in your daily "
                "work: dignity, deciding with the family, confidentiality or doing no "
                "harm? Why?",
                id="Prinsip pekerjaan sosial mana yang paling sulit dijaga dalam "
                "pekerjaan Anda sehari-hari: martabat, memutuskan bersama keluarga, "
                "kerahasiaan, atau tidak menimbulkan kerugian? Mengapa?",
                vi="Nguyên tắc nào của công tác xã hội khó giữ nhất trong công việc "
                "hằng ngày của bạn: phẩm giá, cùng gia đình quyết định, giữ bí mật "
                "hay không gây hại? Vì sao?",
                ar="أي مبادئ العمل الاجتماعي أصعب في الالتزام به في عملك اليومي: "
                "الكرامة، أم القرار مع الأسرة، أم السرية، أم عدم الإضرار؟ ولماذا؟",
            )
        ),
    ),
)

AUTISM = ModuleContent(
    title=Translated(
        en="Identifying children with autism and intervening early",
        id="Mengenali anak dengan autisme dan melakukan intervensi dini",
        vi="Phát hiện trẻ tự kỷ và can thiệp sớm",
        ar="التعرّف على الأطفال المصابين بالتوحد والتدخل المبكر",
    ),
    slug=Translated(
        en="autism-and-early-intervention",
        id="autisme-dan-intervensi-dini",
        vi="tu-ky-va-can-thiep-som",
        ar="التوحد-والتدخل-المبكر",
    ),
    topic="autism-early-intervention",
    summary=Translated(
        en="Notice the early signs of autism, refer a child for assessment without "
        "labelling them, start early intervention at home and in the community, and "
        "support the family around the child.",
        id="Mengenali tanda-tanda awal autisme, merujuk anak untuk asesmen tanpa "
        "memberinya label, memulai intervensi dini di rumah dan di masyarakat, serta "
        "mendukung keluarga di sekitar anak.",
        vi="Nhận biết dấu hiệu sớm của tự kỷ, chuyển gửi trẻ để đánh giá mà không dán "
        "nhãn, bắt đầu can thiệp sớm tại gia đình và cộng đồng, và hỗ trợ gia đình "
        "của trẻ.",
        ar="ملاحظة العلامات المبكرة للتوحد، وإحالة الطفل إلى التقييم دون وصمه، وبدء "
        "التدخل المبكر في المنزل وفي المجتمع، ودعم الأسرة المحيطة بالطفل.",
    ),
    objectives=(
        Translated(
            en="Recognise the early signs of autism in a young child",
            id="Mengenali tanda-tanda awal autisme pada anak kecil",
            vi="Nhận biết những dấu hiệu sớm của tự kỷ ở trẻ nhỏ",
            ar="التعرّف على العلامات المبكرة للتوحد لدى الطفل الصغير",
        ),
        Translated(
            en="Make a referral for assessment and explain it to the family",
            id="Membuat rujukan untuk asesmen dan menjelaskannya kepada keluarga",
            vi="Chuyển gửi để đánh giá và giải thích điều đó với gia đình",
            ar="القيام بالإحالة إلى التقييم وشرحها للأسرة",
        ),
        Translated(
            en="Start early intervention with everyday routines at home",
            id="Memulai intervensi dini melalui rutinitas sehari-hari di rumah",
            vi="Bắt đầu can thiệp sớm bằng các nếp sinh hoạt hằng ngày ở nhà",
            ar="بدء التدخل المبكر بالروتين اليومي في المنزل",
        ),
        Translated(
            en="Apply the principles of social work to a family under strain",
            id="Menerapkan prinsip-prinsip pekerjaan sosial pada keluarga yang "
            "tertekan",
            vi="Áp dụng các nguyên tắc của công tác xã hội với một gia đình đang "
            "căng thẳng",
            ar="تطبيق مبادئ العمل الاجتماعي مع أسرة تحت الضغط",
        ),
    ),
    audience_roles=("social_worker", "nurse", "psychologist", "mentor", "counsellor"),
    estimated_minutes=60,
    cpd_hours=Decimal("1.5"),
    pass_mark=80,
    prerequisites=(),
    resources=("autism-screening-referral-guide",),
    lessons=(EARLY_SIGNS, EARLY_INTERVENTION, CARE_AROUND_THE_CHILD),
    questions=(
        true_or_false(
            Translated(
                en="The signs of autism often appear before the age of three.",
                id="Tanda-tanda autisme sering muncul sebelum usia tiga tahun.",
                vi="Dấu hiệu của tự kỷ thường xuất hiện trước ba tuổi.",
                ar="تظهر علامات التوحد غالبًا قبل سن الثالثة.",
            ),
            is_true=True,
            explanation=Translated(
                en="That is why those who see young children every day can notice "
                "them early.",
                id="Karena itulah orang yang bertemu anak kecil setiap hari dapat "
                "mengenalinya sejak dini.",
                vi="Vì thế những người gặp trẻ nhỏ hằng ngày có thể nhận ra sớm.",
                ar="ولهذا يستطيع من يرون الأطفال الصغار كل يوم ملاحظتها مبكرًا.",
            ),
        ),
        multiple_choice(
            Translated(
                en="Which can be early signs of autism?",
                id="Manakah yang dapat menjadi tanda awal autisme?",
                vi="Đâu có thể là dấu hiệu sớm của tự kỷ?",
                ar="أيٌّ مما يلي قد يكون من العلامات المبكرة للتوحد؟",
            ),
            right(
                Translated(
                    en="Rarely answering to their name",
                    id="Jarang menoleh saat dipanggil namanya",
                    vi="Hiếm khi đáp lại khi được gọi tên",
                    ar="نادرًا ما يستجيب لاسمه",
                ),
                Translated(
                    en="Yes: by around one year most children turn when called.",
                    id="Ya: pada usia sekitar satu tahun, sebagian besar anak menoleh "
                    "bila dipanggil.",
                    vi="Đúng: khoảng một tuổi, hầu hết trẻ đều quay lại khi được gọi.",
                    ar="نعم: في عمر السنة تقريبًا يلتفت معظم الأطفال حين يُنادَون.",
                ),
            ),
            right(
                Translated(
                    en="Losing words the child used to say",
                    id="Kehilangan kata-kata yang dulu pernah diucapkan",
                    vi="Mất đi những từ trẻ từng nói được",
                    ar="فقدان كلمات كان الطفل ينطقها",
                ),
                Translated(
                    en="Yes: losing words or skills at any age calls for a referral.",
                    id="Ya: kehilangan kata atau keterampilan pada usia berapa pun "
                    "memerlukan rujukan.",
                    vi="Đúng: mất từ ngữ hoặc kỹ năng ở bất kỳ tuổi nào đều cần được "
                    "chuyển gửi.",
                    ar="نعم: فقدان الكلمات أو المهارات في أي عمر يستدعي الإحالة.",
                ),
            ),
            right(
                Translated(
                    en="Great distress at small changes of routine",
                    id="Sangat gelisah bila rutinitas sedikit berubah",
                    vi="Rất bức bối khi nếp sinh hoạt thay đổi một chút",
                    ar="ضيق شديد عند تغيّر بسيط في الروتين",
                ),
                Translated(
                    en="Yes: a strong need for sameness is a common sign.",
                    id="Ya: kebutuhan kuat akan hal yang sama adalah tanda yang umum.",
                    vi="Đúng: nhu cầu mạnh mẽ giữ mọi thứ như cũ là dấu hiệu thường "
                    "gặp.",
                    ar="نعم: الحاجة الشديدة إلى ثبات الأمور علامة شائعة.",
                ),
            ),
            wrong(
                Translated(
                    en="Playing pretend games with other children",
                    id="Bermain pura-pura bersama anak lain",
                    vi="Chơi trò giả vờ cùng các bạn",
                    ar="اللعب التخيلي مع أطفال آخرين",
                ),
                Translated(
                    en="No: pretend play with others is a sign of typical social "
                    "development.",
                    id="Tidak: bermain pura-pura bersama anak lain adalah tanda "
                    "perkembangan sosial yang lazim.",
                    vi="Không: chơi giả vờ cùng bạn là dấu hiệu của sự phát triển xã "
                    "hội bình thường.",
                    ar="لا: اللعب التخيلي مع الآخرين علامة على نمو اجتماعي معتاد.",
                ),
            ),
        ),
        single_choice(
            Translated(
                en="A mother worries that her son of two does not speak. What should "
                "the social worker do first?",
                id="Seorang ibu khawatir anaknya yang berusia dua tahun belum "
                "berbicara. Apa yang pertama-tama harus dilakukan pekerja sosial?",
                vi="Một người mẹ lo lắng vì con trai hai tuổi chưa biết nói. Nhân viên "
                "công tác xã hội nên làm gì trước tiên?",
                ar="أمّ قلقة لأن ابنها ذا العامين لا يتكلم. ما أول ما ينبغي أن يفعله "
                "الأخصائي الاجتماعي؟",
            ),
            wrong(
                Translated(
                    en="Tell her that boys talk late and she should wait",
                    id="Mengatakan bahwa anak laki-laki memang terlambat bicara dan ia "
                    "sebaiknya menunggu",
                    vi="Bảo chị rằng con trai thường chậm nói và nên chờ thêm",
                    ar="إخبارها أن الأولاد يتأخرون في الكلام وأن عليها الانتظار",
                ),
                Translated(
                    en="Waiting loses the years when early intervention helps most.",
                    id="Menunggu berarti kehilangan tahun-tahun ketika intervensi dini "
                    "paling membantu.",
                    vi="Chờ đợi sẽ bỏ lỡ những năm can thiệp sớm có hiệu quả nhất.",
                    ar="الانتظار يضيّع السنوات التي يكون فيها التدخل المبكر أنفع.",
                ),
            ),
            wrong(
                Translated(
                    en="Tell her that her son has autism",
                    id="Mengatakan bahwa anaknya mengidap autisme",
                    vi="Nói với chị rằng con trai chị bị tự kỷ",
                    ar="إخبارها أن ابنها مصاب بالتوحد",
                ),
                Translated(
                    en="A social worker does not diagnose; trained health "
                    "professionals make the assessment.",
                    id="Pekerja sosial tidak mendiagnosis; tenaga kesehatan terlatih "
                    "yang melakukan asesmen.",
                    vi="Nhân viên công tác xã hội không chẩn đoán; nhân viên y tế được "
                    "đào tạo mới thực hiện đánh giá.",
                    ar="الأخصائي الاجتماعي لا يشخّص؛ المختصون الصحيون المدرَّبون هم "
                    "من يجرون التقييم.",
                ),
            ),
            right(
                Translated(
                    en="Listen, note what she describes and make a referral for "
                    "assessment",
                    id="Mendengarkan, mencatat apa yang ia ceritakan, dan membuat "
                    "rujukan untuk asesmen",
                    vi="Lắng nghe, ghi lại những gì chị kể và chuyển gửi để đánh giá",
                    ar="الاستماع، وتدوين ما تصفه، والقيام بالإحالة إلى التقييم",
                ),
                Translated(
                    en="Right: parents are often the first to notice, and a referral "
                    "opens the way to help.",
                    id="Tepat: orang tua sering menjadi yang pertama menyadari, dan "
                    "rujukan membuka jalan menuju bantuan.",
                    vi="Đúng: cha mẹ thường là người nhận ra đầu tiên, và chuyển gửi "
                    "mở "
                    "ra con đường đến với sự hỗ trợ.",
                    ar="صحيح: كثيرًا ما يكون الوالدان أول من يلاحظ، والإحالة تفتح "
                    "الطريق إلى المساعدة.",
                ),
            ),
        ),
        single_choice(
            Translated(
                en="Why does early intervention matter?",
                id="Mengapa intervensi dini penting?",
                vi="Vì sao can thiệp sớm quan trọng?",
                ar="لماذا يُعدّ التدخل المبكر مهمًا؟",
            ),
            right(
                Translated(
                    en="Support makes the most difference in the first years",
                    id="Dukungan paling berdampak pada tahun-tahun pertama",
                    vi="Hỗ trợ mang lại hiệu quả lớn nhất trong những năm đầu đời",
                    ar="يكون أثر الدعم أكبر في السنوات الأولى",
                ),
                Translated(
                    en="Right: it helps a child communicate and learn while the brain "
                    "develops fast.",
                    id="Tepat: dukungan membantu anak berkomunikasi dan belajar saat "
                    "otaknya berkembang pesat.",
                    vi="Đúng: hỗ trợ giúp trẻ giao tiếp và học hỏi khi não bộ đang "
                    "phát "
                    "triển nhanh.",
                    ar="صحيح: يساعد الطفل على التواصل والتعلم بينما ينمو دماغه بسرعة.",
                ),
            ),
            wrong(
                Translated(
                    en="It cures autism if it starts early enough",
                    id="Intervensi dini menyembuhkan autisme bila dimulai cukup awal",
                    vi="Can thiệp đủ sớm sẽ chữa khỏi tự kỷ",
                    ar="إنه يشفي من التوحد إن بدأ مبكرًا بما يكفي",
                ),
                Translated(
                    en="Autism is lifelong; early intervention helps the child, it "
                    "does not cure.",
                    id="Autisme berlangsung seumur hidup; intervensi dini membantu "
                    "anak, bukan menyembuhkan.",
                    vi="Tự kỷ kéo dài suốt đời; can thiệp sớm giúp đỡ trẻ chứ không "
                    "chữa khỏi.",
                    ar="التوحد يلازم الشخص مدى الحياة؛ التدخل المبكر يساعد الطفل ولا "
                    "يشفيه.",
                ),
            ),
            wrong(
                Translated(
                    en="It lets a centre take over from the family",
                    id="Intervensi dini memungkinkan balai mengambil alih peran "
                    "keluarga",
                    vi="Can thiệp sớm giúp trung tâm thay thế gia đình",
                    ar="إنه يتيح للمركز أن يحل محل الأسرة",
                ),
                Translated(
                    en="No: it happens at home and in the community, with the family "
                    "at its heart.",
                    id="Tidak: intervensi dini berlangsung di rumah dan di masyarakat, "
                    "dengan keluarga sebagai intinya.",
                    vi="Không: can thiệp sớm diễn ra tại gia đình và cộng đồng, với "
                    "gia "
                    "đình là trung tâm.",
                    ar="لا: يجري التدخل المبكر في المنزل وفي المجتمع، والأسرة في "
                    "صميمه.",
                ),
            ),
        ),
        true_or_false(
            Translated(
                en="Autism is caused by the way parents raise their children.",
                id="Autisme disebabkan oleh cara orang tua mengasuh anak.",
                vi="Tự kỷ là do cách cha mẹ nuôi dạy con gây ra.",
                ar="ينتج التوحد عن طريقة تربية الوالدين لأطفالهم.",
            ),
            is_true=False,
            explanation=Translated(
                en="Autism is a developmental condition; blaming parents only adds to "
                "their burden.",
                id="Autisme adalah kondisi perkembangan; menyalahkan orang tua hanya "
                "menambah beban mereka.",
                vi="Tự kỷ là một tình trạng phát triển; đổ lỗi cho cha mẹ chỉ làm gánh "
                "nặng của họ thêm nặng.",
                ar="التوحد حالة نمائية؛ ولوم الوالدين لا يزيدهما إلا عبئًا.",
            ),
        ),
        multiple_choice(
            Translated(
                en="Which everyday supports help a young autistic child communicate?",
                id="Dukungan sehari-hari mana yang membantu anak kecil dengan autisme "
                "berkomunikasi?",
                vi="Những hỗ trợ hằng ngày nào giúp trẻ nhỏ tự kỷ giao tiếp?",
                ar="أي أشكال الدعم اليومي تساعد الطفل الصغير المصاب بالتوحد على "
                "التواصل؟",
            ),
            right(
                Translated(
                    en="A picture schedule of the day",
                    id="Jadwal bergambar untuk sehari",
                    vi="Thời gian biểu bằng tranh cho cả ngày",
                    ar="جدول مصوّر لليوم",
                ),
                Translated(
                    en="Yes: pictures show what comes next and calm the fear of "
                    "change.",
                    id="Ya: gambar menunjukkan apa yang terjadi berikutnya dan "
                    "meredakan rasa takut akan perubahan.",
                    vi="Đúng: tranh cho trẻ biết việc gì sắp đến và xoa dịu nỗi sợ "
                    "thay đổi.",
                    ar="نعم: تُظهر الصور ما سيأتي وتهدّئ الخوف من التغيير.",
                ),
            ),
            right(
                Translated(
                    en="Short, clear words while showing the object",
                    id="Kata-kata pendek dan jelas sambil menunjukkan bendanya",
                    vi="Từ ngắn, rõ ràng, vừa nói vừa chỉ đồ vật",
                    ar="كلمات قصيرة وواضحة مع إظهار الشيء",
                ),
                Translated(
                    en="Yes: the word and the thing come together.",
                    id="Ya: kata dan bendanya hadir bersamaan.",
                    vi="Đúng: từ ngữ và đồ vật đi cùng nhau.",
                    ar="نعم: تأتي الكلمة والشيء معًا.",
                ),
            ),
            right(
                Translated(
                    en="Play that follows the child's interests",
                    id="Bermain dengan mengikuti minat anak",
                    vi="Chơi theo sở thích của trẻ",
                    ar="لعب يتبع اهتمامات الطفل",
                ),
                Translated(
                    en="Yes: a child who is interested is ready to communicate.",
                    id="Ya: anak yang tertarik siap untuk berkomunikasi.",
                    vi="Đúng: khi trẻ hứng thú, trẻ sẵn sàng giao tiếp.",
                    ar="نعم: الطفل المهتم مستعد للتواصل.",
                ),
            ),
            wrong(
                Translated(
                    en="Punishing the child for repeated movements",
                    id="Menghukum anak karena gerakan yang berulang",
                    vi="Phạt trẻ vì những cử động lặp đi lặp lại",
                    ar="معاقبة الطفل على الحركات المتكررة",
                ),
                Translated(
                    en="No: punishment adds fear and does not help the child "
                    "communicate.",
                    id="Tidak: hukuman menambah rasa takut dan tidak membantu anak "
                    "berkomunikasi.",
                    vi="Không: trừng phạt làm trẻ sợ hãi thêm và không giúp trẻ giao "
                    "tiếp.",
                    ar="لا: العقاب يزيد الخوف ولا يساعد الطفل على التواصل.",
                ),
            ),
        ),
        single_choice(
            Translated(
                en="A father with a mental disorder lives at home with his children. "
                "What supports his recovery?",
                id="Seorang ayah dengan gangguan jiwa tinggal di rumah bersama "
                "anak-anaknya. Apa yang mendukung pemulihannya?",
                vi="Một người cha có rối nhiễu tâm trí sống ở nhà cùng các con. Điều "
                "gì giúp anh hồi phục?",
                ar="أب مصاب باضطراب نفسي يعيش في المنزل مع أطفاله. ما الذي يدعم "
                "تعافيه؟",
            ),
            right(
                Translated(
                    en="Regular treatment, with visits from a health worker",
                    id="Pengobatan teratur, dengan kunjungan petugas kesehatan",
                    vi="Điều trị đều đặn, có cán bộ y tế đến thăm",
                    ar="علاج منتظم مع زيارات من عامل صحي",
                ),
                Translated(
                    en="Right: care at home and in the community, with a family that "
                    "is supported.",
                    id="Tepat: perawatan di rumah dan di masyarakat, dengan keluarga "
                    "yang didukung.",
                    vi="Đúng: chăm sóc tại gia đình và cộng đồng, với một gia đình "
                    "được "
                    "hỗ trợ.",
                    ar="صحيح: رعاية في المنزل وفي المجتمع، مع أسرة تجد الدعم.",
                ),
            ),
            wrong(
                Translated(
                    en="Keeping him locked in a room",
                    id="Mengurungnya di dalam kamar",
                    vi="Nhốt anh trong phòng",
                    ar="حبسه في غرفة",
                ),
                Translated(
                    en="No: locking a person in harms them and the children who see "
                    "it.",
                    id="Tidak: mengurung seseorang merugikan dirinya dan anak-anak "
                    "yang menyaksikannya.",
                    vi="Không: nhốt một người sẽ gây hại cho chính họ và cho những đứa "
                    "trẻ chứng kiến.",
                    ar="لا: حبس الشخص يؤذيه ويؤذي الأطفال الذين يشهدون ذلك.",
                ),
            ),
            wrong(
                Translated(
                    en="Hiding his illness from the neighbours and the health station",
                    id="Menyembunyikan penyakitnya dari tetangga dan puskesmas",
                    vi="Giấu bệnh của anh với hàng xóm và trạm y tế",
                    ar="إخفاء مرضه عن الجيران وعن المركز الصحي",
                ),
                Translated(
                    en="Hiding keeps him from treatment; shame is what the family "
                    "needs help with.",
                    id="Menyembunyikan membuatnya tidak mendapat pengobatan; rasa "
                    "malu itulah yang perlu dibantu.",
                    vi="Giấu bệnh khiến anh không được điều trị; chính sự xấu hổ mới "
                    "là "
                    "điều gia đình cần được giúp đỡ.",
                    ar="الإخفاء يحرمه من العلاج؛ والخجل هو ما تحتاج الأسرة إلى "
                    "المساعدة فيه.",
                ),
            ),
        ),
    ),
)
