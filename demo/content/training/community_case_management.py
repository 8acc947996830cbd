"""Module 4: community case management, as piloted by a ministry."""

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

AROUND_THE_CHILD = LessonContent(
    title=Translated(
        en="A protective environment around the child",
        id="Lingkungan yang melindungi di sekitar anak",
        vi="Môi trường bảo vệ xung quanh trẻ",
        ar="بيئة حامية حول الطفل",
    ),
    slug=Translated(
        en="protective-environment",
        id="lingkungan-yang-melindungi",
        vi="moi-truong-bao-ve",
        ar="البيئة-الحامية",
    ),
    summary=Translated(
        en="What community case management adds to the work of a centre: help that "
        "is joined up and close to the family's home.",
        id="Apa yang ditambahkan manajemen kasus berbasis masyarakat pada kerja "
        "balai: bantuan yang terpadu dan dekat dengan rumah keluarga.",
        vi="Quản lý trường hợp dựa vào cộng đồng bổ sung gì cho công việc của trung "
        "tâm: sự hỗ trợ phối hợp và ở ngay gần nhà của gia đình.",
        ar="ما الذي تضيفه إدارة الحالة المجتمعية إلى عمل المركز: دعم متكامل وقريب "
        "من منزل الأسرة.",
    ),
    body=(
        text(
            Translated(
                en="<p>Case management means working with a child and a family step "
                "by step: assessment, planning, services, monitoring and closure. "
                "Community case management takes this work out of the centre. It "
                "links the centre with local associations and service providers, so "
                "that a family gets joined-up help close to home instead of being "
                "sent from one office to the next.</p>",
                id="<p>Manajemen kasus berarti mendampingi anak dan keluarga secara "
                "bertahap: asesmen, perencanaan, layanan, pemantauan, dan pengakhiran "
                "kasus. Manajemen kasus berbasis masyarakat membawa kerja ini keluar "
                "dari balai. Balai dihubungkan dengan perkumpulan lokal dan penyedia "
                "layanan, sehingga keluarga mendapat bantuan terpadu di dekat rumah, "
                "bukan dioper dari satu kantor ke kantor lain.</p>",
                vi="<p>Quản lý trường hợp là làm việc với trẻ và gia đình theo từng "
                "bước: đánh giá, lập kế hoạch, cung cấp dịch vụ, theo dõi và kết thúc "
                "trường hợp. Quản lý trường hợp dựa vào cộng đồng đưa công việc này ra "
                "khỏi phạm vi trung tâm. Mô hình này kết nối trung tâm với các hội, "
                "đoàn thể và đơn vị cung cấp dịch vụ tại địa phương, để gia đình nhận "
                "được sự hỗ trợ phối hợp ngay gần nhà thay vì bị chuyển từ cơ quan "
                "này sang cơ quan khác.</p>",
                ar="<p>تعني إدارة الحالة العمل مع الطفل والأسرة خطوة بخطوة: التقييم، "
                "والتخطيط، وتقديم الخدمات، والمتابعة، وإغلاق الحالة. وتنقل إدارة "
                "الحالة المجتمعية هذا العمل إلى خارج المركز، فتربطه بالجمعيات "
                "المحلية ومقدمي الخدمات، كي تحصل الأسرة على دعم متكامل قريب من "
                "منزلها بدلًا من أن تُحال من مكتب إلى آخر.</p>",
            )
        ),
        Figure(
            picture=Picture(
                title="Linked services (training illustration)",
                drawing="linked_areas",
                file_name="demo-training-linked-services.jpg",
            ),
            alt_text=Translated(
                en="Illustration: a map of three areas; a square in the middle one is "
                "linked by lines to circles in the two others.",
                id="Ilustrasi: peta tiga wilayah; sebuah persegi di wilayah tengah "
                "dihubungkan dengan garis ke lingkaran-lingkaran di dua wilayah "
                "lainnya.",
                vi="Hình minh họa: bản đồ ba khu vực; một hình vuông ở khu vực giữa "
                "được nối bằng các đường thẳng với những hình tròn ở hai khu vực còn "
                "lại.",
                ar="رسم توضيحي: خريطة لثلاث مناطق؛ مربع في المنطقة الوسطى تصله خطوط "
                "بدوائر في المنطقتين الأخريين.",
            ),
            caption=Translated(
                en="The centre in the middle, linked to the associations that work "
                "near families.",
                id="Balai di tengah, terhubung dengan perkumpulan yang bekerja di "
                "dekat keluarga.",
                vi="Trung tâm ở giữa, được kết nối với các hội, đoàn thể làm việc gần "
                "các gia đình.",
                ar="المركز في الوسط، مرتبط بالجمعيات التي تعمل قرب الأسر.",
            ),
        ),
        text(
            Translated(
                en="<p>The aim is to protect children from abuse and violence by "
                "strengthening the protective environment around each child: the "
                "family first, then the school, the neighbours, local services and the "
                "law. A child is safer when several adults around them know what to "
                "look for and whom to call.</p>",
                id="<p>Tujuannya adalah melindungi anak dari perlakuan salah dan "
                "kekerasan dengan memperkuat lingkungan yang melindungi di sekitar "
                "setiap anak: pertama keluarga, lalu sekolah, tetangga, layanan "
                "setempat, dan hukum. Anak lebih aman bila beberapa orang dewasa di "
                "sekitarnya tahu apa yang perlu diperhatikan dan siapa yang harus "
                "dihubungi.</p>",
                vi="<p>Mục tiêu là bảo vệ trẻ khỏi xâm hại và bạo lực bằng cách củng "
                "cố môi trường bảo vệ xung quanh mỗi trẻ: trước hết là gia đình, rồi "
                "đến nhà trường, hàng xóm, các dịch vụ địa phương và pháp luật. Trẻ "
                "an toàn hơn khi nhiều người lớn xung quanh biết cần để ý điều gì và "
                "cần gọi cho ai.</p>",
                ar="<p>الهدف حماية الأطفال من الإساءة والعنف بتقوية البيئة الحامية "
                "حول كل طفل: الأسرة أولًا، ثم المدرسة والجيران والخدمات المحلية "
                "والقانون. فالطفل أكثر أمانًا حين يعرف عدة بالغين من حوله ما الذي "
                "ينبغي الانتباه إليه وبمن يتصلون.</p>",
            )
        ),
        case_study(
            Translated(
                en="A pilot beyond the institute's walls",
                id="Uji coba di luar tembok lembaga",
                vi="Thí điểm vượt ra ngoài khuôn viên cơ sở",
                ar="تجربة تتجاوز جدران المعهد",
            ),
            Translated(
                en="<p>An institute for children with intellectual disabilities "
                "starts a community case management pilot. It links up with "
                "associations in two nearby areas affected by war, where many "
                "families have moved and lost their usual support.</p>",
                id="<p>Sebuah lembaga bagi anak dengan disabilitas intelektual memulai "
                "uji coba manajemen kasus berbasis masyarakat. Lembaga itu bekerja "
                "sama dengan perkumpulan di dua wilayah terdekat yang terdampak "
                "perang, tempat banyak keluarga mengungsi dan kehilangan dukungan yang "
                "biasa mereka terima.</p>",
                vi="<p>Một cơ sở dành cho trẻ khuyết tật trí tuệ bắt đầu thí điểm quản "
                "lý trường hợp dựa vào cộng đồng. Cơ sở liên kết với các hội ở hai "
                "khu vực lân cận bị ảnh hưởng bởi chiến tranh, nơi nhiều gia đình "
                "phải di dời và mất đi chỗ dựa quen thuộc.</p>",
                ar="<p>يبدأ معهد للأطفال ذوي الإعاقة الذهنية تجربة لإدارة الحالة "
                "المجتمعية. ويرتبط بجمعيات في منطقتين قريبتين تضررتا من الحرب، حيث "
                "نزحت أسر كثيرة وفقدت سندها المعتاد.</p>",
            ),
            Translated(
                en="<p>Instead of bringing every child to the institute, the team "
                "agrees with each association who visits which families, which "
                "services each partner offers and how a referral travels between "
                "them. A child with an intellectual disability can then stay at home "
                "and still get therapy, schooling and help for the family.</p>",
                id="<p>Alih-alih membawa setiap anak ke lembaga, tim bersepakat dengan "
                "setiap perkumpulan tentang siapa mengunjungi keluarga mana, layanan "
                "apa yang ditawarkan setiap mitra, dan bagaimana rujukan berpindah di "
                "antara mereka. Dengan begitu, anak dengan disabilitas intelektual "
                "dapat tetap tinggal di rumah dan tetap mendapat terapi, sekolah, dan "
                "bantuan bagi keluarganya.</p>",
                vi="<p>Thay vì đưa mọi trẻ về cơ sở, nhóm thống nhất với từng hội xem "
                "ai đến thăm gia đình nào, mỗi đối tác cung cấp dịch vụ gì và việc "
                "chuyển gửi giữa các bên diễn ra thế nào. Nhờ vậy, trẻ khuyết tật trí "
                "tuệ có thể ở nhà mà vẫn được trị liệu, đi học và gia đình vẫn được "
                "hỗ trợ.</p>",
                ar="<p>فبدلًا من جلب كل طفل إلى المعهد، يتفق الفريق مع كل جمعية على "
                "من يزور أي أسرة، وأي الخدمات يقدمها كل شريك، وكيف تنتقل الإحالة "
                "بينهم. وهكذا يستطيع الطفل ذو الإعاقة الذهنية البقاء في منزله مع "
                "حصوله على العلاج والتعليم ودعم أسرته.</p>",
            ),
        ),
        reflection(
            Translated(
                en="Draw the protective environment around one child you know, "
                "without writing any name: which adults and services are there, and "
                "which link is missing?",
                id="Gambarlah lingkungan yang melindungi di sekitar satu anak yang "
                "Anda kenal, tanpa menuliskan nama: orang dewasa dan layanan apa saja "
                "yang ada, dan hubungan mana yang belum ada?",
                vi="Hãy vẽ môi trường bảo vệ xung quanh một trẻ mà bạn biết, không "
                "ghi tên: có những người lớn và dịch vụ nào, và còn thiếu mối liên kết "
                "nào?",
                ar="ارسم البيئة الحامية حول طفل تعرفه، دون كتابة أي اسم: من البالغون "
                "والخدمات الموجودون حوله، وأي صلة مفقودة؟",
            )
        ),
    ),
)

PLANNING_WITH_PARTNERS = LessonContent(
    title=Translated(
        en="Planning with partners",
        id="Merencanakan bersama mitra",
        vi="Lập kế hoạch cùng các đối tác",
        ar="التخطيط مع الشركاء",
    ),
    slug=Translated(
        en="planning-with-partners",
        id="perencanaan-bersama-mitra",
        vi="lap-ke-hoach-cung-doi-tac",
        ar="التخطيط-مع-الشركاء",
    ),
    summary=Translated(
        en="One plan per family, one lead worker, and partners from government, civil "
        "society and international organisations who each know their part.",
        id="Satu rencana untuk setiap keluarga, satu petugas penanggung jawab, dan "
        "mitra dari pemerintah, masyarakat sipil, dan organisasi internasional yang "
        "masing-masing tahu perannya.",
        vi="Mỗi gia đình một kế hoạch, một cán bộ phụ trách chính, và các đối tác từ "
        "nhà nước, xã hội dân sự và tổ chức quốc tế, mỗi bên hiểu rõ phần việc của "
        "mình.",
        ar="خطة واحدة لكل أسرة، وعامل مسؤول واحد، وشركاء من الحكومة والمجتمع المدني "
        "والمنظمات الدولية يعرف كل منهم دوره.",
    ),
    body=(
        text(
            Translated(
                en="<p>A family in difficulty may need a birth registration, a school "
                "place, treatment at the clinic and a visit from the police about "
                "violence at home. These services belong to different ministries: "
                "justice, interior, education and health. Community case management "
                "coordinates them with civil society and international organisations "
                "around one plan, agreed with the family.</p>",
                id="<p>Keluarga yang sedang kesulitan mungkin membutuhkan akta "
                "kelahiran, tempat di sekolah, pengobatan di klinik, dan kunjungan "
                "polisi terkait kekerasan di rumah. Layanan-layanan ini berada di "
                "bawah kementerian yang berbeda: hukum, dalam negeri, pendidikan, dan "
                "kesehatan. Manajemen kasus berbasis masyarakat mengoordinasikannya "
                "bersama masyarakat sipil dan organisasi internasional dalam satu "
                "rencana yang disepakati dengan keluarga.</p>",
                vi="<p>Một gia đình gặp khó khăn có thể cần giấy khai sinh, một chỗ "
                "học, điều trị tại phòng khám và sự can thiệp của công an về bạo lực "
                "trong gia đình. Các dịch vụ này thuộc những bộ, ngành khác nhau: tư "
                "pháp, nội vụ, giáo dục và y tế. Quản lý trường hợp dựa vào cộng đồng "
                "điều phối các dịch vụ đó cùng với xã hội dân sự và các tổ chức quốc "
                "tế xoay quanh một kế hoạch duy nhất, được thống nhất với gia "
                "đình.</p>",
                ar="<p>قد تحتاج أسرة في ضائقة إلى شهادة ميلاد، ومقعد في المدرسة، "
                "وعلاج في العيادة، وزيارة من الشرطة بشأن العنف في المنزل. وتتبع هذه "
                "الخدمات وزارات مختلفة: العدل والداخلية والتربية والصحة. وتنسّق "
                "إدارة الحالة المجتمعية بينها وبين المجتمع المدني والمنظمات الدولية "
                "حول خطة واحدة يُتفق عليها مع الأسرة.</p>",
            )
        ),
        checklist(
            Translated(
                en="A good case plan",
                id="Rencana kasus yang baik",
                vi="Một kế hoạch hỗ trợ trường hợp tốt",
                ar="خطة الحالة الجيدة",
            ),
            Translated(
                en="starts from the assessment and the family's own goals",
                id="berangkat dari asesmen dan tujuan keluarga sendiri",
                vi="xuất phát từ kết quả đánh giá và mục tiêu của chính gia đình",
                ar="تنطلق من التقييم ومن أهداف الأسرة نفسها",
            ),
            Translated(
                en="names one lead worker whom the family can call",
                id="menunjuk satu petugas penanggung jawab yang dapat dihubungi "
                "keluarga",
                vi="chỉ định một cán bộ phụ trách chính mà gia đình có thể liên hệ",
                ar="تسمّي عاملًا مسؤولًا واحدًا تستطيع الأسرة الاتصال به",
            ),
            Translated(
                en="says which partner does what, and by when",
                id="menyebutkan mitra mana melakukan apa, dan kapan batas waktunya",
                vi="nêu rõ đối tác nào làm việc gì và hạn đến khi nào",
                ar="تحدد أي شريك يفعل ماذا، وفي أي موعد",
            ),
            Translated(
                en="records the family's consent before any referral",
                id="mencatat persetujuan keluarga sebelum rujukan apa pun",
                vi="ghi nhận sự đồng ý của gia đình trước mọi lần chuyển gửi",
                ar="توثّق موافقة الأسرة قبل أي إحالة",
            ),
            Translated(
                en="sets the date of the next review",
                id="menetapkan tanggal peninjauan berikutnya",
                vi="ấn định ngày xem xét lại tiếp theo",
                ar="تحدد موعد المراجعة التالية",
            ),
        ),
        text(
            Translated(
                en="<p>Share only what a partner needs to know to help, and only with "
                "consent. A referral is a handover with a name and a date, not a "
                "message that nobody answers: the lead worker checks that the family "
                "was actually seen.</p>",
                id="<p>Bagikan hanya apa yang perlu diketahui mitra untuk membantu, "
                "dan hanya dengan persetujuan. Rujukan adalah serah terima dengan "
                "nama dan tanggal, bukan pesan yang tidak dijawab siapa pun: petugas "
                "penanggung jawab memastikan bahwa keluarga benar-benar sudah "
                "ditemui.</p>",
                vi="<p>Chỉ chia sẻ những gì đối tác cần biết để hỗ trợ, và chỉ khi có "
                "sự đồng ý. Chuyển gửi là việc bàn giao có tên người nhận và ngày "
                "cụ thể, không phải một tin nhắn không ai trả lời: cán bộ phụ trách "
                "chính kiểm tra xem gia đình đã thực sự được gặp hay chưa.</p>",
                ar="<p>لا تشارك إلا ما يحتاج الشريك إلى معرفته ليساعد، ولا تفعل ذلك "
                "إلا بموافقة. والإحالة تسليم باسم وتاريخ، لا رسالة لا يرد عليها "
                "أحد: يتحقق العامل المسؤول من أن الأسرة قد قوبلت فعلًا.</p>",
            )
        ),
        reflection(
            Translated(
                en="Think of the last referral you made to another service. Do you "
                "know "
                "whether the family was seen? How could you have known?",
                id="Ingat rujukan terakhir yang Anda buat ke layanan lain. Apakah Anda "
                "tahu keluarga itu sudah ditemui? Bagaimana Anda bisa "
                "mengetahuinya?",
                vi="Hãy nghĩ về lần chuyển gửi gần nhất của bạn tới một dịch vụ khác. "
                "Bạn có biết gia đình đã được gặp chưa? Làm sao bạn có thể biết "
                "được?",
                ar="فكّر في آخر إحالة قمت بها إلى جهة أخرى. هل تعرف إن كانت الأسرة "
                "قد قوبلت؟ وكيف كان يمكنك أن تعرف؟",
            )
        ),
    ),
)

FOLLOWING_UP = LessonContent(
    title=Translated(
        en="Monitoring, evaluation and closing a case",
        id="Pemantauan, evaluasi, dan pengakhiran kasus",
        vi="Theo dõi, đánh giá và kết thúc trường hợp",
        ar="المتابعة والتقييم وإغلاق الحالة",
    ),
    slug=Translated(
        en="monitoring-and-closing",
        id="pemantauan-dan-pengakhiran",
        vi="theo-doi-va-ket-thuc",
        ar="المتابعة-والإغلاق",
    ),
    summary=Translated(
        en="Following each family's progress, learning from the pilot as a whole, and "
        "knowing when a case can be closed.",
        id="Memantau kemajuan setiap keluarga, belajar dari uji coba secara "
        "keseluruhan, dan mengetahui kapan kasus dapat diakhiri.",
        vi="Theo dõi tiến triển của từng gia đình, rút kinh nghiệm từ toàn bộ mô hình "
        "thí điểm, và biết khi nào có thể kết thúc một trường hợp.",
        ar="متابعة تقدّم كل أسرة، والتعلّم من التجربة ككل، ومعرفة متى يمكن إغلاق الحالة.",
    ),
    body=(
        text(
            Translated(
                en="<p>Monitoring and evaluation work at two levels. For each family, "
                "the lead worker follows the plan: were the services delivered, is "
                "the child safer, is the family coping? For the pilot as a whole, the "
                "partners look at what changed: how many children stayed with their "
                "families, how long a family waited for a service, what families said "
                "about the help they received.</p>",
                id="<p>Pemantauan dan evaluasi berlangsung pada dua tingkat. Untuk "
                "setiap keluarga, petugas penanggung jawab mengikuti rencana: apakah "
                "layanan sudah diberikan, apakah anak lebih aman, apakah keluarga "
                "mampu bertahan? Untuk uji coba secara keseluruhan, para mitra melihat "
                "apa yang berubah: berapa banyak anak yang tetap tinggal bersama "
                "keluarganya, berapa lama keluarga menunggu layanan, dan apa kata "
                "keluarga tentang bantuan yang mereka terima.</p>",
                vi="<p>Theo dõi và đánh giá diễn ra ở hai cấp độ. Với từng gia đình, "
                "cán bộ phụ trách chính bám sát kế hoạch: dịch vụ đã được cung cấp "
                "chưa, trẻ đã an toàn hơn chưa, gia đình có đang vượt qua được không? "
                "Với toàn bộ mô hình thí điểm, các đối tác xem xét những gì đã thay "
                "đổi: bao nhiêu trẻ được ở lại với gia đình, một gia đình phải chờ "
                "dịch vụ bao lâu, các gia đình nói gì về sự hỗ trợ họ nhận được.</p>",
                ar="<p>تجري المتابعة والتقييم على مستويين. فعلى مستوى كل أسرة، يتابع "
                "العامل المسؤول الخطة: هل قُدّمت الخدمات؟ هل صار الطفل أكثر أمانًا؟ "
                "هل تتدبّر الأسرة أمرها؟ وعلى مستوى التجربة ككل، ينظر الشركاء في ما "
                "تغيّر: كم طفلًا بقي مع أسرته، وكم انتظرت الأسرة للحصول على خدمة، "
                "وماذا قالت الأسر عن الدعم الذي تلقته.</p>",
            )
        ),
        checklist(
            Translated(
                en="For the monthly coordination meeting",
                id="Untuk rapat koordinasi bulanan",
                vi="Cho cuộc họp điều phối hằng tháng",
                ar="لاجتماع التنسيق الشهري",
            ),
            Translated(
                en="referrals sent, and referrals that got no answer",
                id="rujukan yang dikirim, dan rujukan yang belum dijawab",
                vi="các trường hợp đã chuyển gửi, và những trường hợp chưa được phản "
                "hồi",
                ar="الإحالات المرسلة، والإحالات التي لم يُرد عليها",
            ),
            Translated(
                en="families waiting longest for a service, and why",
                id="keluarga yang paling lama menunggu layanan, dan alasannya",
                vi="những gia đình chờ dịch vụ lâu nhất và lý do",
                ar="الأسر التي طال انتظارها للخدمة أكثر من غيرها، ولماذا",
            ),
            Translated(
                en="cases ready for a case conference or for closure",
                id="kasus yang siap dibahas dalam konferensi kasus atau diakhiri",
                vi="các trường hợp đã sẵn sàng đưa ra họp trường hợp hoặc kết thúc",
                ar="الحالات الجاهزة لمؤتمر الحالة أو للإغلاق",
            ),
            Translated(
                en="a gap in services that no partner covers yet",
                id="celah layanan yang belum ditangani mitra mana pun",
                vi="khoảng trống dịch vụ chưa có đối tác nào đảm nhận",
                ar="ثغرة في الخدمات لا يغطيها أي شريك بعد",
            ),
        ),
        text(
            Translated(
                en="<p>A case is closed when the goals of the plan are met and the "
                "child is safe, as agreed at a review with the family, not because a "
                "worker has too many cases or a project is ending. Tell the family "
                "whom to call if things get worse again.</p>",
                id="<p>Kasus diakhiri ketika tujuan rencana tercapai dan anak aman, "
                "sebagaimana disepakati dalam peninjauan bersama keluarga, bukan "
                "karena petugas memegang terlalu banyak kasus atau proyek akan "
                "berakhir. Beri tahu keluarga siapa yang harus dihubungi bila keadaan "
                "kembali memburuk.</p>",
                vi="<p>Một trường hợp được kết thúc khi các mục tiêu của kế hoạch đã "
                "đạt được và trẻ an toàn, theo thống nhất tại buổi xem xét lại cùng "
                "gia đình, chứ không phải vì cán bộ có quá nhiều trường hợp hay dự án "
                "sắp kết thúc. Hãy cho gia đình biết cần gọi cho ai nếu tình hình xấu "
                "đi trở lại.</p>",
                ar="<p>تُغلق الحالة حين تتحقق أهداف الخطة ويصبح الطفل في أمان، وفق "
                "ما يُتفق عليه في مراجعة مع الأسرة، لا لأن لدى العامل حالات كثيرة أو "
                "لأن مشروعًا يوشك على الانتهاء. وأخبر الأسرة بمن تتصل إن ساءت الأمور "
                "من جديد.</p>",
            )
        ),
        reflection(
            Translated(
                en="Which case did you last close? Were the goals of the plan met, and "
                "did the family know whom to call afterwards?",
                id="Kasus mana yang terakhir Anda akhiri? Apakah tujuan rencananya "
                "tercapai, dan apakah keluarga tahu siapa yang harus dihubungi "
                "sesudahnya?",
                vi="Trường hợp gần nhất bạn kết thúc là trường hợp nào? Các mục tiêu "
                "của kế hoạch đã đạt được chưa, và gia đình có biết sau đó cần gọi cho "
                "ai không?",
                ar="ما آخر حالة أغلقتها؟ هل تحققت أهداف الخطة، وهل عرفت الأسرة بمن "
                "تتصل بعد ذلك؟",
            )
        ),
    ),
)

COMMUNITY_CASE_MANAGEMENT = ModuleContent(
    title=Translated(
        en="Community case management",
        id="Manajemen kasus berbasis masyarakat",
        vi="Quản lý trường hợp dựa vào cộng đồng",
        ar="إدارة الحالة المجتمعية",
    ),
    slug=Translated(
        en="community-case-management",
        id="manajemen-kasus-berbasis-masyarakat",
        vi="quan-ly-truong-hop-dua-vao-cong-dong",
        ar="إدارة-الحالة-المجتمعية",
    ),
    topic="community-case-management",
    summary=Translated(
        en="Protect children from abuse and violence by linking a centre with local "
        "associations and services: one plan per family, coordination across "
        "ministries and civil society, and monitoring and evaluation until the case "
        "is closed.",
        id="Melindungi anak dari perlakuan salah dan kekerasan dengan menghubungkan "
        "balai dengan perkumpulan dan layanan setempat: satu rencana untuk setiap "
        "keluarga, koordinasi lintas kementerian dan masyarakat sipil, serta "
        "pemantauan dan evaluasi hingga kasus diakhiri.",
        vi="Bảo vệ trẻ khỏi xâm hại và bạo lực bằng cách kết nối trung tâm với các "
        "hội, đoàn thể và dịch vụ địa phương: mỗi gia đình một kế hoạch, phối hợp "
        "liên ngành và với xã hội dân sự, theo dõi và đánh giá cho đến khi kết thúc "
        "trường hợp.",
        ar="حماية الأطفال من الإساءة والعنف بربط المركز بالجمعيات والخدمات المحلية: "
        "خطة واحدة لكل أسرة، وتنسيق بين الوزارات والمجتمع المدني، والمتابعة والتقييم "
        "حتى إغلاق الحالة.",
    ),
    objectives=(
        Translated(
            en="Explain how community case management differs from work inside a "
            "centre",
            id="Menjelaskan perbedaan manajemen kasus berbasis masyarakat dengan kerja "
            "di dalam balai",
            vi="Giải thích quản lý trường hợp dựa vào cộng đồng khác với công việc bên "
            "trong trung tâm như thế nào",
            ar="شرح الفرق بين إدارة الحالة المجتمعية والعمل داخل المركز",
        ),
        Translated(
            en="Map the adults and services that protect a child",
            id="Memetakan orang dewasa dan layanan yang melindungi anak",
            vi="Lập sơ đồ những người lớn và dịch vụ bảo vệ trẻ",
            ar="رسم خريطة للبالغين والخدمات التي تحمي الطفل",
        ),
        Translated(
            en="Write one case plan with partners, and make a referral with consent",
            id="Menyusun satu rencana kasus bersama mitra, dan membuat rujukan dengan "
            "persetujuan",
            vi="Xây dựng một kế hoạch hỗ trợ trường hợp cùng các đối tác, và chuyển "
            "gửi khi có sự đồng ý",
            ar="كتابة خطة حالة واحدة مع الشركاء، والقيام بالإحالة بموافقة الأسرة",
        ),
        Translated(
            en="Use monitoring and evaluation to decide when a case can be closed",
            id="Menggunakan pemantauan dan evaluasi untuk memutuskan kapan kasus dapat "
            "diakhiri",
            vi="Dùng kết quả theo dõi và đánh giá để quyết định khi nào kết thúc một "
            "trường hợp",
            ar="الاستعانة بالمتابعة والتقييم لتقرير متى يمكن إغلاق الحالة",
        ),
    ),
    audience_roles=("social_worker", "counsellor", "supervisor", "administrator"),
    estimated_minutes=75,
    cpd_hours=Decimal("2.0"),
    pass_mark=80,
    prerequisites=("gatekeeping",),
    resources=("community-case-management-protocol", "case-conference-record-template"),
    lessons=(AROUND_THE_CHILD, PLANNING_WITH_PARTNERS, FOLLOWING_UP),
    questions=(
        single_choice(
            Translated(
                en="What does community case management add to the work of a centre?",
                id="Apa yang ditambahkan manajemen kasus berbasis masyarakat pada "
                "kerja balai?",
                vi="Quản lý trường hợp dựa vào cộng đồng bổ sung gì cho công việc của "
                "trung tâm?",
                ar="ما الذي تضيفه إدارة الحالة المجتمعية إلى عمل المركز؟",
            ),
            right(
                Translated(
                    en="Links with local associations and services near the family",
                    id="Hubungan dengan perkumpulan dan layanan setempat di dekat "
                    "keluarga",
                    vi="Kết nối với các hội, đoàn thể và dịch vụ tại địa phương gần "
                    "gia đình",
                    ar="روابط مع الجمعيات والخدمات المحلية القريبة من الأسرة",
                ),
                Translated(
                    en="Right: the family gets joined-up help close to home.",
                    id="Tepat: keluarga mendapat bantuan terpadu di dekat rumah.",
                    vi="Đúng: gia đình nhận được sự hỗ trợ phối hợp ngay gần nhà.",
                    ar="صحيح: تحصل الأسرة على دعم متكامل قريب من منزلها.",
                ),
            ),
            wrong(
                Translated(
                    en="More places for children inside the centre",
                    id="Lebih banyak tempat bagi anak di dalam balai",
                    vi="Thêm chỗ cho trẻ bên trong trung tâm",
                    ar="أماكن أكثر للأطفال داخل المركز",
                ),
                Translated(
                    en="No: the point is to help children where they live, not to "
                    "bring more of them in.",
                    id="Tidak: tujuannya membantu anak di tempat tinggalnya, bukan "
                    "membawa lebih banyak anak masuk.",
                    vi="Không: mục đích là hỗ trợ trẻ ngay nơi trẻ sống, chứ không "
                    "phải "
                    "đưa thêm trẻ vào trung tâm.",
                    ar="لا: الغاية مساعدة الأطفال حيث يعيشون، لا إدخال المزيد منهم.",
                ),
            ),
            wrong(
                Translated(
                    en="A way for each service to work on its own",
                    id="Cara agar setiap layanan bekerja sendiri-sendiri",
                    vi="Một cách để mỗi dịch vụ làm việc riêng lẻ",
                    ar="طريقة ليعمل كل جهاز بمفرده",
                ),
                Translated(
                    en="It is the opposite: services agree on one plan and coordinate.",
                    id="Justru sebaliknya: layanan menyepakati satu rencana dan "
                    "berkoordinasi.",
                    vi="Ngược lại: các dịch vụ thống nhất một kế hoạch và phối hợp với "
                    "nhau.",
                    ar="بل العكس: تتفق الخدمات على خطة واحدة وتنسّق فيما بينها.",
                ),
            ),
        ),
        single_choice(
            Translated(
                en="In which order do the steps of case management come?",
                id="Bagaimana urutan langkah-langkah manajemen kasus?",
                vi="Các bước của quản lý trường hợp diễn ra theo thứ tự nào?",
                ar="ما ترتيب خطوات إدارة الحالة؟",
            ),
            wrong(
                Translated(
                    en="Services, assessment, closure, planning",
                    id="Layanan, asesmen, pengakhiran, perencanaan",
                    vi="Cung cấp dịch vụ, đánh giá, kết thúc, lập kế hoạch",
                    ar="الخدمات، فالتقييم، فالإغلاق، فالتخطيط",
                ),
                Translated(
                    en="Services come after an assessment and a plan, not before.",
                    id="Layanan diberikan setelah asesmen dan rencana, bukan "
                    "sebelumnya.",
                    vi="Dịch vụ được cung cấp sau khi đánh giá và lập kế hoạch, không "
                    "phải trước đó.",
                    ar="تأتي الخدمات بعد التقييم والخطة لا قبلهما.",
                ),
            ),
            right(
                Translated(
                    en="Assessment, planning, services, monitoring, closure",
                    id="Asesmen, perencanaan, layanan, pemantauan, pengakhiran",
                    vi="Đánh giá, lập kế hoạch, cung cấp dịch vụ, theo dõi, kết thúc",
                    ar="التقييم، فالتخطيط، فالخدمات، فالمتابعة، فالإغلاق",
                ),
                Translated(
                    en="Right: each step builds on the one before.",
                    id="Tepat: setiap langkah dibangun di atas langkah sebelumnya.",
                    vi="Đúng: mỗi bước được xây dựng trên bước trước đó.",
                    ar="صحيح: كل خطوة تبنى على سابقتها.",
                ),
            ),
            wrong(
                Translated(
                    en="Planning, closure, assessment, monitoring",
                    id="Perencanaan, pengakhiran, asesmen, pemantauan",
                    vi="Lập kế hoạch, kết thúc, đánh giá, theo dõi",
                    ar="التخطيط، فالإغلاق، فالتقييم، فالمتابعة",
                ),
                Translated(
                    en="A plan needs an assessment first, and closure comes last.",
                    id="Rencana membutuhkan asesmen lebih dulu, dan pengakhiran datang "
                    "paling akhir.",
                    vi="Kế hoạch cần có đánh giá trước, và kết thúc là bước cuối cùng.",
                    ar="تحتاج الخطة إلى تقييم أولًا، والإغلاق يأتي في النهاية.",
                ),
            ),
        ),
        multiple_choice(
            Translated(
                en="Which ministries does the pilot coordinate with civil society?",
                id="Kementerian mana saja yang dikoordinasikan oleh uji coba ini "
                "bersama masyarakat sipil?",
                vi="Mô hình thí điểm điều phối những bộ, ngành nào cùng với xã hội dân "
                "sự?",
                ar="أي الوزارات تنسّق التجربة بينها وبين المجتمع المدني؟",
            ),
            right(
                Translated(en="Justice", id="Hukum", vi="Tư pháp", ar="العدل"),
                Translated(
                    en="Yes: for documents and for children in contact with the law.",
                    id="Ya: untuk dokumen dan untuk anak yang berhadapan dengan hukum.",
                    vi="Đúng: về giấy tờ và về trẻ em liên quan đến pháp luật.",
                    ar="نعم: للوثائق وللأطفال الذين لهم صلة بالقانون.",
                ),
            ),
            right(
                Translated(
                    en="Education", id="Pendidikan", vi="Giáo dục", ar="التربية"
                ),
                Translated(
                    en="Yes: schools are part of the protective environment.",
                    id="Ya: sekolah adalah bagian dari lingkungan yang melindungi.",
                    vi="Đúng: nhà trường là một phần của môi trường bảo vệ.",
                    ar="نعم: المدارس جزء من البيئة الحامية.",
                ),
            ),
            right(
                Translated(en="Health", id="Kesehatan", vi="Y tế", ar="الصحة"),
                Translated(
                    en="Yes: clinics and health workers are key partners.",
                    id="Ya: klinik dan petugas kesehatan adalah mitra utama.",
                    vi="Đúng: phòng khám và cán bộ y tế là những đối tác then chốt.",
                    ar="نعم: العيادات والعاملون الصحيون شركاء أساسيون.",
                ),
            ),
            right(
                Translated(
                    en="Interior", id="Dalam negeri", vi="Nội vụ", ar="الداخلية"
                ),
                Translated(
                    en="Yes: local administration takes part too, for instance in "
                    "registering births.",
                    id="Ya: pemerintahan daerah juga terlibat, misalnya dalam "
                    "pencatatan kelahiran.",
                    vi="Đúng: chính quyền địa phương cũng tham gia, chẳng hạn trong "
                    "việc đăng ký khai sinh.",
                    ar="نعم: تشارك الإدارة المحلية أيضًا، مثلًا في تسجيل المواليد.",
                ),
            ),
            wrong(
                Translated(
                    en="None: the centre works alone",
                    id="Tidak ada: balai bekerja sendiri",
                    vi="Không bộ nào: trung tâm làm việc một mình",
                    ar="لا شيء منها: المركز يعمل وحده",
                ),
                Translated(
                    en="No: a centre alone cannot cover what a family needs.",
                    id="Tidak: balai saja tidak dapat memenuhi semua kebutuhan "
                    "keluarga.",
                    vi="Không: một mình trung tâm không thể đáp ứng mọi nhu cầu của "
                    "gia đình.",
                    ar="لا: لا يستطيع المركز وحده تلبية كل ما تحتاجه الأسرة.",
                ),
            ),
        ),
        true_or_false(
            Translated(
                en="Strengthening the protective environment means working with the "
                "child alone.",
                id="Memperkuat lingkungan yang melindungi berarti hanya bekerja dengan "
                "anak.",
                vi="Củng cố môi trường bảo vệ nghĩa là chỉ làm việc với riêng trẻ.",
                ar="تقوية البيئة الحامية تعني العمل مع الطفل وحده.",
            ),
            is_true=False,
            explanation=Translated(
                en="It means the family first, then the school, the neighbours, local "
                "services and the law.",
                id="Artinya keluarga lebih dulu, lalu sekolah, tetangga, layanan "
                "setempat, dan hukum.",
                vi="Điều đó có nghĩa là trước hết là gia đình, rồi đến nhà trường, "
                "hàng xóm, dịch vụ địa phương và pháp luật.",
                ar="بل تعني الأسرة أولًا، ثم المدرسة والجيران والخدمات المحلية "
                "والقانون.",
            ),
        ),
        true_or_false(
            Translated(
                en="Before a referral to a partner, the family's consent is sought.",
                id="Sebelum rujukan ke mitra, persetujuan keluarga diminta lebih dulu.",
                vi="Trước khi chuyển gửi đến một đối tác, cần xin sự đồng ý của gia "
                "đình.",
                ar="قبل الإحالة إلى شريك، يُطلب موافقة الأسرة.",
            ),
            is_true=True,
            explanation=Translated(
                en="And only what the partner needs to know is shared.",
                id="Dan hanya hal yang perlu diketahui mitra yang dibagikan.",
                vi="Và chỉ chia sẻ những gì đối tác cần biết.",
                ar="ولا يُشارَك إلا ما يحتاج الشريك إلى معرفته.",
            ),
        ),
        single_choice(
            Translated(
                en="When can a case be closed?",
                id="Kapan kasus dapat diakhiri?",
                vi="Khi nào có thể kết thúc một trường hợp?",
                ar="متى يمكن إغلاق الحالة؟",
            ),
            wrong(
                Translated(
                    en="When the lead worker has too many cases",
                    id="Ketika petugas penanggung jawab memegang terlalu banyak kasus",
                    vi="Khi cán bộ phụ trách chính có quá nhiều trường hợp",
                    ar="حين يكون لدى العامل المسؤول حالات كثيرة",
                ),
                Translated(
                    en="A heavy caseload is a reason to ask for help, not to close a "
                    "case.",
                    id="Beban kasus yang berat adalah alasan untuk meminta bantuan, "
                    "bukan untuk mengakhiri kasus.",
                    vi="Khối lượng công việc lớn là lý do để xin hỗ trợ, không phải để "
                    "kết thúc trường hợp.",
                    ar="كثرة الحالات سبب لطلب المساعدة، لا لإغلاق الحالة.",
                ),
            ),
            wrong(
                Translated(
                    en="After the first home visit",
                    id="Setelah kunjungan rumah pertama",
                    vi="Sau lần thăm nhà đầu tiên",
                    ar="بعد أول زيارة منزلية",
                ),
                Translated(
                    en="The first visit opens the work; the plan has not been carried "
                    "out yet.",
                    id="Kunjungan pertama baru membuka pekerjaan; rencana belum "
                    "dijalankan.",
                    vi="Lần thăm đầu tiên mới mở đầu công việc; kế hoạch còn chưa được "
                    "thực hiện.",
                    ar="الزيارة الأولى تفتح العمل فقط؛ ولم تُنفَّذ الخطة بعد.",
                ),
            ),
            right(
                Translated(
                    en="When the plan's goals are met and the child is safe",
                    id="Ketika tujuan rencana tercapai dan anak aman",
                    vi="Khi các mục tiêu của kế hoạch đã đạt được và trẻ an toàn",
                    ar="حين تتحقق أهداف الخطة ويصبح الطفل في أمان",
                ),
                Translated(
                    en="Right: as agreed at a review with the family, who know whom to "
                    "call later.",
                    id="Tepat: sesuai kesepakatan dalam peninjauan bersama keluarga, "
                    "yang tahu siapa yang harus dihubungi nanti.",
                    vi="Đúng: theo thống nhất tại buổi xem xét lại cùng gia đình, và "
                    "gia đình biết sau này cần gọi cho ai.",
                    ar="صحيح: وفق ما يُتفق عليه في مراجعة مع الأسرة التي تعرف بمن "
                    "تتصل لاحقًا.",
                ),
            ),
        ),
    ),
)
