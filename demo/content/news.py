"""The news section and five centre stories, from the project's brief on the field.

Written in our own words; no real child appears, and quotes are given to roles.
"""

import datetime

from ..translated import (
    NewsIndexContent,
    Picture,
    StoryContent,
    Translated,
    key_facts,
    paragraph,
    quote,
)
from .centres import JAMBI, MATARAM, NGHE_AN, RURAL_DAMASCUS, UGANDA_NETWORK

NEWS_INDEX = NewsIndexContent(
    title=Translated(en="News", id="Berita", vi="Tin tức", ar="الأخبار"),
    slug=Translated(en="news", id="berita", vi="tin-tuc", ar="الأخبار"),
    intro=Translated(
        en="News from the children's centres and social-affairs offices that train "
        "with the portal: case conferences, new services and training, told in four "
        "languages.",
        id="Berita dari balai anak dan dinas sosial yang belajar bersama portal ini: "
        "konferensi kasus, layanan baru, dan pelatihan, dalam empat bahasa.",
        vi="Tin tức từ các trung tâm bảo trợ trẻ em và cơ quan xã hội cùng học tập "
        "trên cổng thông tin: các cuộc họp trường hợp, dịch vụ mới và hoạt động đào "
        "tạo, bằng bốn ngôn ngữ.",
        ar="أخبار مراكز رعاية الأطفال ومديريات الشؤون الاجتماعية التي تتدرب عبر "
        "البوابة: مؤتمرات الحالة والخدمات الجديدة والتدريب، بأربع لغات.",
    ),
)

ONLINE_CASE_CONFERENCE = StoryContent(
    title=Translated(
        en="Jambi children's centre holds its case conference online",
        id="Balai anak Jambi menggelar konferensi kasus secara daring",
        vi="Trung tâm bảo trợ trẻ em Jambi tổ chức họp trường hợp trực tuyến",
        ar="مركز رعاية الأطفال في جامبي يعقد مؤتمر الحالة عبر الإنترنت",
    ),
    slug=Translated(
        en="jambi-case-conference-online",
        id="konferensi-kasus-daring-jambi",
        vi="hop-truong-hop-truc-tuyen-jambi",
        ar="مؤتمر-الحالة-عن-بعد-في-جامبي",
    ),
    date=datetime.date(2020, 4, 28),
    summary=Translated(
        en="With the centre closed to visitors during the pandemic and Ramadan, 16 "
        "staff met by video call to review each child's progress and agree on a "
        "plan: return to the family, or remain at the centre.",
        id="Ketika balai tertutup bagi pengunjung selama pandemi dan bulan Ramadan, 16 "
        "petugas bertemu melalui panggilan video untuk meninjau perkembangan setiap "
        "anak dan menyepakati rencananya: kembali ke keluarga atau tetap tinggal di "
        "balai.",
        vi="Khi trung tâm tạm ngừng đón khách trong thời gian đại dịch và tháng "
        "Ramadan, 16 cán bộ đã họp qua video để xem xét sự tiến bộ của từng trẻ và "
        "thống nhất kế hoạch: trở về gia đình hay tiếp tục ở lại trung tâm.",
        ar="مع إغلاق المركز أمام الزوار خلال الجائحة وشهر رمضان، اجتمع 16 موظفًا "
        "عبر مكالمة فيديو لمراجعة تقدّم كل طفل والاتفاق على خطته: العودة إلى الأسرة "
        "أو البقاء في المركز.",
    ),
    picture=Picture(
        title="Online case conference (demo illustration)",
        drawing="video_call",
        file_name="demo-news-online-case-conference.jpg",
    ),
    hero_alt=Translated(
        en="Illustration: a laptop screen showing sixteen video-call tiles under a "
        "crescent moon and stars.",
        id="Ilustrasi: layar laptop menampilkan enam belas kotak panggilan video di "
        "bawah bulan sabit dan bintang.",
        vi="Hình minh họa: màn hình máy tính xách tay với mười sáu ô gọi video dưới "
        "vầng trăng lưỡi liềm và những vì sao.",
        ar="رسم توضيحي: شاشة حاسوب محمول تعرض ستة عشر مربعًا لمكالمة فيديو تحت هلال "
        "ونجوم.",
    ),
    body=(
        paragraph(
            Translated(
                en="<p>In April 2020 the pandemic had closed the centre to visitors, "
                "and the month of Ramadan had begun. The centre's case conference "
                "could not wait: each child's plan had to be reviewed on time. So the "
                "team met online for the first time.</p>",
                id="<p>Pada April 2020, pandemi membuat balai tertutup bagi "
                "pengunjung, dan bulan Ramadan telah tiba. Konferensi kasus balai "
                "tidak bisa ditunda: rencana setiap anak harus ditinjau tepat waktu. "
                "Maka untuk pertama kalinya tim bertemu secara daring.</p>",
                vi="<p>Tháng 4 năm 2020, đại dịch khiến trung tâm phải tạm ngừng đón "
                "khách, và tháng Ramadan đã bắt đầu. Cuộc họp trường hợp của trung "
                "tâm không thể chờ đợi: kế hoạch của từng trẻ cần được xem xét đúng "
                "hạn. Vì vậy, lần đầu tiên cả nhóm họp trực tuyến.</p>",
                ar="<p>في نيسان/أبريل 2020، كانت الجائحة قد أغلقت المركز أمام الزوار، "
                "وكان شهر رمضان قد بدأ. لكن مؤتمر الحالة في المركز لم يكن يحتمل "
                "التأجيل، إذ يجب أن تُراجَع خطة كل طفل في موعدها. فاجتمع الفريق عبر "
                "الإنترنت للمرة الأولى.</p>",
            )
        ),
        paragraph(
            Translated(
                en="<p>Sixteen people joined the call: heads of sections, social "
                "workers, counsellors, mentors, nurses and administrators. One after "
                "another, each social worker presented the children in their care: "
                "how each child was doing, what the child needed, and the plan they "
                "recommended.</p>",
                id="<p>Enam belas orang bergabung dalam panggilan itu: kepala seksi, "
                "pekerja sosial, konselor, pendamping, perawat, dan tenaga "
                "administrasi. Secara bergiliran, setiap pekerja sosial memaparkan "
                "anak-anak yang didampinginya: perkembangan tiap anak, kebutuhannya, "
                "dan rencana yang ia rekomendasikan.</p>",
                vi="<p>Mười sáu người tham gia cuộc gọi: trưởng các bộ phận, nhân viên "
                "công tác xã hội, nhà tham vấn, người hướng dẫn, điều dưỡng và cán bộ "
                "hành chính. Lần lượt từng nhân viên công tác xã hội trình bày về "
                "những trẻ mình phụ trách: tình hình của mỗi trẻ, nhu cầu của trẻ và "
                "kế hoạch mà mình đề xuất.</p>",
                ar="<p>شارك في المكالمة ستة عشر شخصًا: رؤساء الأقسام والأخصائيون "
                "الاجتماعيون والمرشدون النفسيون والموجّهون والممرضون والإداريون. "
                "وعرض كل أخصائي اجتماعي، واحدًا تلو الآخر، حالات الأطفال الذين "
                "يتابعهم: وضع كل طفل واحتياجاته والخطة التي يوصي بها.</p>",
            )
        ),
        paragraph(
            Translated(
                en="<p>For every child the conference weighed two plans: a return to "
                "the family, or a longer stay at the centre. Before recommending a "
                "return, the team looked at whether the family and the local services "
                "were ready to receive the child.</p>",
                id="<p>Untuk setiap anak, konferensi menimbang dua rencana: kembali ke "
                "keluarga atau tinggal lebih lama di balai. Sebelum merekomendasikan "
                "kepulangan, tim menilai apakah keluarga dan layanan setempat sudah "
                "siap menerima anak tersebut.</p>",
                vi="<p>Với mỗi trẻ, cuộc họp cân nhắc hai phương án: trở về gia đình "
                "hoặc ở lại trung tâm thêm một thời gian. Trước khi đề xuất cho trẻ về "
                "nhà, nhóm xem xét gia đình và các dịch vụ tại địa phương đã sẵn sàng "
                "đón trẻ hay chưa.</p>",
                ar="<p>ووازن المؤتمر لكل طفل بين خطتين: العودة إلى الأسرة أو البقاء "
                "مدة أطول في المركز. وقبل التوصية بالعودة، نظر الفريق في مدى جاهزية "
                "الأسرة والخدمات المحلية لاستقبال الطفل.</p>",
            )
        ),
        quote(
            Translated(
                en="Meeting on a screen was new to all of us. What mattered was that "
                "no child's plan was left waiting.",
                id="Bertemu lewat layar adalah hal baru bagi kami semua. Yang penting, "
                "tidak ada rencana anak yang dibiarkan menunggu.",
                vi="Họp qua màn hình là điều mới mẻ với tất cả chúng tôi. Điều quan "
                "trọng là không có kế hoạch của trẻ nào phải chờ đợi.",
                ar="كان الاجتماع عبر الشاشة أمرًا جديدًا علينا جميعًا. المهم ألا تبقى "
                "خطة أي طفل معلّقة.",
            ),
            Translated(
                en="A head of section at the centre",
                id="Seorang kepala seksi di balai",
                vi="Một trưởng bộ phận của trung tâm",
                ar="أحد رؤساء الأقسام في المركز",
            ),
        ),
        key_facts(
            Translated(
                en="When: April 2020, during the pandemic and Ramadan",
                id="Waktu: April 2020, di tengah pandemi dan bulan Ramadan",
                vi="Thời gian: tháng 4 năm 2020, giữa đại dịch và tháng Ramadan",
                ar="الموعد: نيسان/أبريل 2020، خلال الجائحة وشهر رمضان",
            ),
            Translated(
                en="16 participants: heads of sections, social workers, counsellors, "
                "mentors, nurses and administrators",
                id="16 peserta: kepala seksi, pekerja sosial, konselor, pendamping, "
                "perawat, dan tenaga administrasi",
                vi="16 người tham dự: trưởng bộ phận, nhân viên công tác xã hội, nhà "
                "tham vấn, người hướng dẫn, điều dưỡng và cán bộ hành chính",
                ar="16 مشاركًا: رؤساء أقسام وأخصائيون اجتماعيون ومرشدون نفسيون "
                "وموجّهون وممرضون وإداريون",
            ),
            Translated(
                en="Two possible plans for each child: return to the family, or remain "
                "at the centre",
                id="Dua pilihan rencana bagi setiap anak: kembali ke keluarga atau "
                "tetap di balai",
                vi="Hai phương án cho mỗi trẻ: trở về gia đình hoặc ở lại trung tâm",
                ar="خطتان ممكنتان لكل طفل: العودة إلى الأسرة أو البقاء في المركز",
            ),
        ),
    ),
    centres=(JAMBI.slug,),
    topics=("case-management", "reintegration"),
)

MATARAM_CENTRE = StoryContent(
    title=Translated(
        en="Mataram prepares a social rehabilitation centre for children",
        id="Mataram menyiapkan balai rehabilitasi sosial anak",
        vi="Mataram chuẩn bị trung tâm phục hồi xã hội cho trẻ em",
        ar="ماتارام تجهّز مركزًا للتأهيل الاجتماعي للأطفال",
    ),
    slug=Translated(
        en="mataram-prepares-rehabilitation-centre",
        id="mataram-siapkan-balai-rehabilitasi-anak",
        vi="mataram-chuan-bi-trung-tam-phuc-hoi",
        ar="ماتارام-تجهز-مركز-التأهيل",
    ),
    date=datetime.date(2021, 9, 20),
    summary=Translated(
        en="The city's social-affairs office is preparing a centre for children "
        "facing social or legal problems, whether as victims, perpetrators or "
        "witnesses, with outpatient care and a halfway house.",
        id="Dinas sosial kota tengah menyiapkan balai bagi anak yang menghadapi "
        "masalah sosial atau hukum, baik sebagai korban, pelaku, maupun saksi, dengan "
        "layanan rawat jalan dan rumah singgah.",
        vi="Cơ quan xã hội của thành phố đang chuẩn bị một trung tâm dành cho trẻ em "
        "gặp vấn đề xã hội hoặc pháp lý, dù là nạn nhân, người vi phạm hay người làm "
        "chứng, với dịch vụ ngoại trú và nhà chuyển tiếp.",
        ar="تجهّز مديرية الشؤون الاجتماعية في المدينة مركزًا للأطفال الذين يواجهون "
        "مشكلات اجتماعية أو قانونية، سواء أكانوا ضحايا أم مخالفين للقانون أم شهودًا، "
        "يضم عيادة خارجية وبيتًا انتقاليًا.",
    ),
    picture=Picture(
        title="Rehabilitation centre and halfway house (demo illustration)",
        drawing="buildings_and_path",
        file_name="demo-news-rehabilitation-centre.jpg",
    ),
    hero_alt=Translated(
        en="Illustration: a low building with a green roof and a smaller house beside "
        "it, joined by a winding path under a warm sun.",
        id="Ilustrasi: sebuah gedung rendah beratap hijau dan rumah yang lebih kecil "
        "di sampingnya, dihubungkan jalan setapak berkelok di bawah matahari yang "
        "hangat.",
        vi="Hình minh họa: một tòa nhà thấp mái xanh và một ngôi nhà nhỏ hơn bên "
        "cạnh, nối với nhau bằng con đường nhỏ uốn lượn dưới ánh mặt trời ấm áp.",
        ar="رسم توضيحي: مبنى منخفض بسقف أخضر وإلى جانبه بيت أصغر، يصل بينهما درب "
        "متعرّج تحت شمس دافئة.",
    ),
    body=(
        paragraph(
            Translated(
                en="<p>Children who come into contact with the law, as victims, as "
                "perpetrators or as witnesses, often face social problems at the same "
                "time: at home, at school or in their neighbourhood. The "
                "social-affairs office of Mataram, in West Nusa Tenggara, is preparing "
                "a children's social rehabilitation centre to support them.</p>",
                id="<p>Anak yang berhadapan dengan hukum, baik sebagai korban, "
                "pelaku, maupun saksi, sering kali juga menghadapi masalah sosial: di "
                "rumah, di sekolah, atau di lingkungannya. Dinas sosial Kota Mataram, "
                "Nusa Tenggara Barat, tengah menyiapkan balai rehabilitasi sosial "
                "anak untuk mendampingi mereka.</p>",
                vi="<p>Trẻ em liên quan đến pháp luật, dù là nạn nhân, người vi phạm "
                "hay người làm chứng, thường đồng thời gặp những vấn đề xã hội: trong "
                "gia đình, ở trường học hay nơi mình sống. Cơ quan xã hội thành phố "
                "Mataram, tỉnh Tây Nusa Tenggara, đang chuẩn bị một trung tâm phục "
                "hồi xã hội cho trẻ em để hỗ trợ các em.</p>",
                ar="<p>كثيرًا ما يواجه الأطفال الذين يحتكّون بالقانون، ضحايا كانوا أم "
                "مخالفين له أم شهودًا، مشكلات اجتماعية في الوقت نفسه: في البيت أو في "
                "المدرسة أو في الحي. وتعمل مديرية الشؤون الاجتماعية في ماتارام، في "
                "نوسا تنغارا الغربية، على تجهيز مركز للتأهيل الاجتماعي للأطفال من أجل "
                "دعمهم.</p>",
            )
        ),
        paragraph(
            Translated(
                en="<p>The centre will work in two ways. As an outpatient service, it "
                "will see children who live at home and come in for support. As a "
                "halfway house, it will offer a safe, short stay to children who "
                "cannot go home straight away.</p>",
                id="<p>Balai ini akan bekerja dengan dua cara. Sebagai layanan rawat "
                "jalan, balai melayani anak yang tinggal di rumah dan datang untuk "
                "mendapatkan pendampingan. Sebagai rumah singgah, balai menyediakan "
                "tempat tinggal sementara yang aman bagi anak yang belum dapat "
                "langsung pulang.</p>",
                vi="<p>Trung tâm sẽ hoạt động theo hai hình thức. Với dịch vụ ngoại "
                "trú, trung tâm tiếp nhận những trẻ vẫn sống ở nhà và đến để được hỗ "
                "trợ. Với vai trò nhà chuyển tiếp, trung tâm là nơi ở ngắn ngày an "
                "toàn cho những trẻ chưa thể về nhà ngay.</p>",
                ar="<p>وسيعمل المركز بطريقتين. فبوصفه عيادة خارجية، سيستقبل الأطفال "
                "الذين يعيشون في بيوتهم ويأتون لتلقّي الدعم. وبوصفه بيتًا انتقاليًا، "
                "سيوفر إقامة قصيرة وآمنة للأطفال الذين لا يستطيعون العودة إلى بيوتهم "
                "فورًا.</p>",
            )
        ),
        paragraph(
            Translated(
                en="<p>Two psychologists and a team of social workers will staff the "
                "centre. It will not work alone: the women's empowerment and "
                "child-protection office and the child-protection agency are its "
                "partners, so that each child's needs are met by the service best "
                "placed to help.</p>",
                id="<p>Dua psikolog dan tim pekerja sosial akan bertugas di balai ini. "
                "Balai tidak bekerja sendiri: dinas pemberdayaan perempuan dan "
                "perlindungan anak serta lembaga perlindungan anak menjadi mitranya, "
                "agar kebutuhan setiap anak ditangani oleh layanan yang paling "
                "tepat.</p>",
                vi="<p>Trung tâm sẽ có hai nhà tâm lý và một nhóm nhân viên công tác "
                "xã hội. Trung tâm không hoạt động đơn lẻ: cơ quan trao quyền cho phụ "
                "nữ và bảo vệ trẻ em cùng tổ chức bảo vệ trẻ em là những đối tác, để "
                "nhu cầu của từng trẻ được đáp ứng bởi dịch vụ phù hợp nhất.</p>",
                ar="<p>وسيعمل في المركز أخصائيان نفسيان وفريق من الأخصائيين "
                "الاجتماعيين. ولن يعمل المركز وحده، إذ يشاركه مكتب تمكين المرأة وحماية "
                "الطفل وهيئة حماية الطفل، كي تتولى الجهة الأقدر على المساعدة "
                "تلبية احتياجات كل طفل.</p>",
            )
        ),
        quote(
            Translated(
                en="A child who has been through a court case needs more than a safe "
                "bed. They need people who listen, and a plan for going home.",
                id="Anak yang pernah menjalani proses hukum membutuhkan lebih dari "
                "sekadar tempat tidur yang aman. Mereka membutuhkan orang yang mau "
                "mendengarkan, dan rencana untuk pulang.",
                vi="Một đứa trẻ đã trải qua quá trình tố tụng cần nhiều hơn một chỗ "
                "ngủ an toàn. Các em cần những người biết lắng nghe và một kế hoạch để "
                "trở về nhà.",
                ar="الطفل الذي مرّ بقضية أمام القضاء يحتاج إلى أكثر من سرير آمن. إنه "
                "يحتاج إلى من يصغي إليه، وإلى خطة للعودة إلى البيت.",
            ),
            Translated(
                en="A psychologist preparing the centre",
                id="Seorang psikolog yang turut menyiapkan balai",
                vi="Một nhà tâm lý tham gia chuẩn bị trung tâm",
                ar="أخصائي نفسي يشارك في تجهيز المركز",
            ),
        ),
        key_facts(
            Translated(
                en="For children facing social and legal problems: victims, "
                "perpetrators and witnesses",
                id="Bagi anak yang menghadapi masalah sosial dan hukum: korban, "
                "pelaku, dan saksi",
                vi="Dành cho trẻ em gặp vấn đề xã hội và pháp lý: nạn nhân, người vi "
                "phạm và người làm chứng",
                ar="للأطفال الذين يواجهون مشكلات اجتماعية وقانونية: الضحايا "
                "والمخالفون للقانون والشهود",
            ),
            Translated(
                en="Two services: outpatient care and a halfway house",
                id="Dua layanan: rawat jalan dan rumah singgah",
                vi="Hai dịch vụ: chăm sóc ngoại trú và nhà chuyển tiếp",
                ar="خدمتان: عيادة خارجية وبيت انتقالي",
            ),
            Translated(
                en="Staff: two psychologists and social workers",
                id="Petugas: dua psikolog dan pekerja sosial",
                vi="Nhân sự: hai nhà tâm lý và các nhân viên công tác xã hội",
                ar="العاملون: أخصائيان نفسيان وأخصائيون اجتماعيون",
            ),
            Translated(
                en="Partners: the women's empowerment and child-protection office and "
                "the child-protection agency",
                id="Mitra: dinas pemberdayaan perempuan dan perlindungan anak serta "
                "lembaga perlindungan anak",
                vi="Đối tác: cơ quan trao quyền cho phụ nữ và bảo vệ trẻ em, tổ chức "
                "bảo vệ trẻ em",
                ar="الشركاء: مكتب تمكين المرأة وحماية الطفل، وهيئة حماية الطفل",
            ),
        ),
    ),
    centres=(MATARAM.slug,),
    topics=("safeguarding", "mental-health-psychosocial-support"),
)

UGANDA_MEETING = StoryContent(
    title=Translated(
        en="Forty social workers in Uganda compare notes on case management",
        id="Empat puluh pekerja sosial di Uganda bertukar pengalaman tentang "
        "manajemen kasus",
        vi="Bốn mươi nhân viên công tác xã hội ở Uganda trao đổi kinh nghiệm về quản "
        "lý trường hợp",
        ar="أربعون أخصائيًا اجتماعيًا في أوغندا يتبادلون الخبرات في إدارة الحالة",
    ),
    slug=Translated(
        en="uganda-social-workers-case-management",
        id="pekerja-sosial-uganda-manajemen-kasus",
        vi="nhan-vien-cong-tac-xa-hoi-uganda",
        ar="أخصائيون-اجتماعيون-في-أوغندا",
    ),
    date=datetime.date(2025, 2, 20),
    summary=Translated(
        en="A network supporting children's centres brought 40 social workers "
        "together to talk about what makes gatekeeping and preparation for "
        "reintegration hard, and what helps.",
        id="Sebuah jaringan pendukung balai anak mempertemukan 40 pekerja sosial untuk "
        "membahas apa yang menyulitkan penapisan pengasuhan dan persiapan "
        "reintegrasi, serta apa yang membantu.",
        vi="Một mạng lưới hỗ trợ các trung tâm bảo trợ trẻ em đã quy tụ 40 nhân viên "
        "công tác xã hội để bàn về những khó khăn trong sàng lọc đầu vào và chuẩn bị "
        "tái hòa nhập, cùng những cách làm hiệu quả.",
        ar="جمعت شبكة تدعم مراكز رعاية الأطفال 40 أخصائيًا اجتماعيًا لمناقشة ما "
        "يصعّب ضبط الدخول إلى الرعاية والتحضير لإعادة الإدماج، وما يساعد على تجاوز "
        "ذلك.",
    ),
    picture=Picture(
        title="Forty chairs around one table (demo illustration)",
        drawing="round_table",
        file_name="demo-news-forty-chairs.jpg",
    ),
    hero_alt=Translated(
        en="Illustration: a large oval table seen from above, with forty chairs around "
        "it and papers on the table.",
        id="Ilustrasi: meja oval besar dilihat dari atas, dikelilingi empat puluh "
        "kursi, dengan kertas-kertas di atasnya.",
        vi="Hình minh họa: một chiếc bàn bầu dục lớn nhìn từ trên xuống, xung quanh là "
        "bốn mươi chiếc ghế và trên bàn có giấy tờ.",
        ar="رسم توضيحي: طاولة بيضاوية كبيرة من الأعلى، تحيط بها أربعون كرسيًا وعليها "
        "أوراق.",
    ),
    body=(
        paragraph(
            Translated(
                en="<p>In February 2025 a network that supports children's centres in "
                "Uganda invited 40 social workers to a day of open discussion. The "
                "question was simple: in daily case management, where do things get "
                "stuck, and what has worked?</p>",
                id="<p>Pada Februari 2025, sebuah jaringan yang mendukung balai anak "
                "di Uganda mengundang 40 pekerja sosial untuk berdiskusi secara "
                "terbuka selama sehari. Pertanyaannya sederhana: dalam manajemen kasus "
                "sehari-hari, di mana pekerjaan sering tersendat, dan apa yang "
                "terbukti berhasil?</p>",
                vi="<p>Tháng 2 năm 2025, một mạng lưới hỗ trợ các trung tâm bảo trợ "
                "trẻ em ở Uganda đã mời 40 nhân viên công tác xã hội tham dự một ngày "
                "thảo luận cởi mở. Câu hỏi rất đơn giản: trong công việc quản lý "
                "trường hợp hằng ngày, đâu là chỗ vướng mắc và cách làm nào đã mang "
                "lại kết quả?</p>",
                ar="<p>في شباط/فبراير 2025، دعت شبكة تدعم مراكز رعاية الأطفال في "
                "أوغندا 40 أخصائيًا اجتماعيًا إلى يوم من النقاش المفتوح. وكان السؤال "
                "بسيطًا: أين تتعثر إدارة الحالة في العمل اليومي، وما الذي نجح "
                "فعلًا؟</p>",
            )
        ),
        paragraph(
            Translated(
                en="<p>On gatekeeping, participants went through the whole process, "
                "not only the placement decision: how children at risk are identified "
                "and referred, how each child's situation is assessed, how a "
                "multidisciplinary team decides, and how children are followed up "
                "once placed or back home.</p>",
                id="<p>Tentang penapisan pengasuhan, peserta menelusuri seluruh "
                "prosesnya, bukan hanya keputusan penempatan: bagaimana anak yang "
                "berisiko dikenali dan dirujuk, bagaimana situasi setiap anak dinilai, "
                "bagaimana tim multidisiplin mengambil keputusan, dan bagaimana anak "
                "dipantau setelah ditempatkan atau kembali ke rumah.</p>",
                vi="<p>Về sàng lọc đầu vào, người tham dự đã cùng rà soát toàn bộ quá "
                "trình chứ không chỉ quyết định sắp xếp nơi ở: cách phát hiện và "
                "chuyển gửi trẻ có nguy cơ, cách đánh giá hoàn cảnh của từng trẻ, cách "
                "nhóm đa ngành ra quyết định, và cách theo dõi trẻ sau khi được sắp "
                "xếp nơi ở hoặc trở về nhà.</p>",
                ar="<p>في ضبط الدخول إلى الرعاية، استعرض المشاركون العملية كلها لا "
                "قرار الإيداع وحده: كيف يُكتشف الأطفال المعرّضون للخطر ويُحالون، وكيف "
                "يُقيَّم وضع كل طفل، وكيف يتخذ الفريق متعدد التخصصات قراره، وكيف "
                "يُتابَع الأطفال بعد إيداعهم أو عودتهم إلى البيت.</p>",
            )
        ),
        paragraph(
            Translated(
                en="<p>On preparing children for reintegration, they listed the "
                "obstacles they meet most: too little money for travel and follow-up, "
                "missing documents, stigma and traditional beliefs, heavy caseloads, "
                "and families who are not ready to take a child back.</p>",
                id="<p>Tentang persiapan anak untuk reintegrasi, mereka mendaftar "
                "hambatan yang paling sering ditemui: dana yang terbatas untuk "
                "perjalanan dan tindak lanjut, dokumen yang hilang, stigma dan "
                "kepercayaan tradisional, beban kasus yang berat, serta keluarga yang "
                "belum siap menerima anak kembali.</p>",
                vi="<p>Về chuẩn bị cho trẻ tái hòa nhập, họ liệt kê những trở ngại "
                "thường gặp nhất: thiếu kinh phí đi lại và theo dõi, thiếu giấy tờ, sự "
                "kỳ thị và những quan niệm truyền thống, khối lượng công việc quá lớn, "
                "và những gia đình chưa sẵn sàng đón trẻ trở về.</p>",
                ar="<p>وفي تهيئة الأطفال لإعادة الإدماج، عدّدوا أكثر العقبات التي "
                "يواجهونها: قلة المال اللازم للتنقل والمتابعة، وفقدان الوثائق، "
                "والوصمة والمعتقدات التقليدية، وكثرة الحالات، وأسرًا غير مستعدة "
                "لاستعادة الطفل.</p>",
            )
        ),
        paragraph(
            Translated(
                en="<p>For each obstacle the group wrote down answers that had worked "
                "somewhere: reintegrating children close to home first, family "
                "tracing through radio and community networks, asking local leaders "
                "to speak against stigma, interns to help with paperwork and "
                "follow-up, and meetings with parents. Where a family still refuses, "
                "kinship care, foster care or guardianship come next.</p>",
                id="<p>Untuk setiap hambatan, kelompok mencatat jawaban yang sudah "
                "terbukti di suatu tempat: reintegrasi anak di dekat rumah lebih "
                "dahulu, penelusuran keluarga melalui radio dan jejaring masyarakat, "
                "melibatkan tokoh setempat untuk melawan stigma, mahasiswa magang yang "
                "membantu administrasi dan tindak lanjut, serta pertemuan dengan orang "
                "tua. Jika keluarga tetap menolak, pilihan berikutnya adalah "
                "pengasuhan oleh kerabat, pengasuhan oleh keluarga asuh, atau "
                "perwalian.</p>",
                vi="<p>Với mỗi trở ngại, nhóm ghi lại những cách giải quyết đã hiệu "
                "quả ở đâu đó: ưu tiên cho trẻ tái hòa nhập gần nhà trước, truy tìm "
                "gia đình qua đài phát thanh và mạng lưới cộng đồng, mời người có uy "
                "tín ở địa phương lên tiếng chống kỳ thị, nhờ thực tập sinh hỗ trợ "
                "giấy tờ và theo dõi, và tổ chức các buổi gặp gỡ cha mẹ. Nếu gia đình "
                "vẫn từ chối, các lựa chọn tiếp theo là chăm sóc bởi người thân thích, "
                "chăm sóc bởi gia đình thay thế hoặc giám hộ.</p>",
                ar="<p>ولكل عقبة دوّنت المجموعة حلولًا نجحت في مكان ما: إعادة إدماج "
                "الأطفال قرب بيوتهم أولًا، وتتبع الأسرة عبر الإذاعة والشبكات "
                "المجتمعية، ودعوة القادة المحليين إلى التصدي للوصمة، والاستعانة "
                "بطلاب التدريب الميداني في الأعمال الورقية والمتابعة، وعقد لقاءات مع "
                "الوالدين. وإذا ظلت الأسرة رافضة، فالخيارات التالية هي الرعاية لدى "
                "الأقارب أو الرعاية لدى أسرة بديلة أو الوصاية.</p>",
            )
        ),
        quote(
            Translated(
                en="We all run into the same walls. Hearing how a colleague in another "
                "district got past one is worth more than a manual.",
                id="Kita semua membentur tembok yang sama. Mendengar bagaimana rekan "
                "dari distrik lain berhasil melewatinya lebih berharga daripada buku "
                "panduan.",
                vi="Ai trong chúng tôi cũng gặp những bức tường giống nhau. Nghe một "
                "đồng nghiệp ở huyện khác kể cách họ vượt qua còn quý hơn một cuốn sổ "
                "tay.",
                ar="نصطدم جميعًا بالجدران نفسها. وأن تسمع كيف تجاوز زميل في مقاطعة "
                "أخرى أحدها أثمن من أي دليل.",
            ),
            Translated(
                en="A social worker at a partner centre",
                id="Seorang pekerja sosial di balai mitra",
                vi="Một nhân viên công tác xã hội tại trung tâm đối tác",
                ar="أخصائي اجتماعي في أحد المراكز الشريكة",
            ),
        ),
        key_facts(
            Translated(
                en="40 social workers from children's centres across Uganda",
                id="40 pekerja sosial dari balai anak di berbagai wilayah Uganda",
                vi="40 nhân viên công tác xã hội từ các trung tâm bảo trợ trẻ em trên "
                "khắp Uganda",
                ar="40 أخصائيًا اجتماعيًا من مراكز رعاية الأطفال في أنحاء أوغندا",
            ),
            Translated(
                en="Gatekeeping: from identification and referral to monitoring and "
                "evaluation",
                id="Penapisan pengasuhan: dari identifikasi dan rujukan hingga "
                "pemantauan dan evaluasi",
                vi="Sàng lọc đầu vào: từ phát hiện và chuyển gửi đến theo dõi và đánh "
                "giá",
                ar="ضبط الدخول إلى الرعاية: من الاكتشاف والإحالة إلى المتابعة والتقييم",
            ),
            Translated(
                en="Preparing reintegration: counselling, life skills, gradual "
                "exposure and parental education",
                id="Persiapan reintegrasi: konseling, keterampilan hidup, pembiasaan "
                "bertahap, dan edukasi orang tua",
                vi="Chuẩn bị tái hòa nhập: tham vấn, kỹ năng sống, làm quen từng bước "
                "và giáo dục cha mẹ",
                ar="التحضير لإعادة الإدماج: الإرشاد النفسي والمهارات الحياتية "
                "والتهيئة التدريجية وتثقيف الوالدين",
            ),
            Translated(
                en="Obstacles named: money, missing documents, stigma, caseloads and "
                "families' refusal",
                id="Hambatan yang disebut: dana, dokumen yang hilang, stigma, beban "
                "kasus, dan penolakan keluarga",
                vi="Những trở ngại được nêu: kinh phí, thiếu giấy tờ, kỳ thị, khối "
                "lượng công việc và sự từ chối của gia đình",
                ar="العقبات المذكورة: المال، والوثائق المفقودة، والوصمة، وكثرة "
                "الحالات، ورفض الأسر",
            ),
        ),
    ),
    centres=(UGANDA_NETWORK.slug,),
    topics=("gatekeeping", "reintegration", "case-management", "family-based-care"),
)

NGHE_AN_TRAINING = StoryContent(
    title=Translated(
        en="Nghe An trains more than 500 officers to support children in especially "
        "difficult circumstances",
        id="Nghe An melatih lebih dari 500 petugas untuk mendampingi anak yang "
        "memerlukan perlindungan khusus",
        vi="Nghệ An đào tạo hơn 500 cán bộ hỗ trợ trẻ em có hoàn cảnh đặc biệt",
        ar="نغي آن تدرّب أكثر من 500 موظف على دعم الأطفال في ظروف صعبة بشكل خاص",
    ),
    slug=Translated(
        en="nghe-an-training-500-officers",
        id="pelatihan-500-petugas-nghe-an",
        vi="nghe-an-dao-tao-hon-500-can-bo",
        ar="تدريب-500-موظف-في-نغي-آن",
    ),
    date=datetime.date(2022, 12, 15),
    summary=Translated(
        en="A training conference in December 2022 brought officers from districts, "
        "towns and communes together on autism and early intervention, social work, "
        "and mental health care at home and in the community.",
        id="Konferensi pelatihan pada Desember 2022 mempertemukan petugas dari "
        "kabupaten, kota, dan desa untuk belajar tentang autisme dan intervensi dini, "
        "pekerjaan sosial, serta perawatan kesehatan jiwa di rumah dan di masyarakat.",
        vi="Hội nghị đào tạo tháng 12 năm 2022 đã quy tụ cán bộ các huyện, thị xã và "
        "xã để học về tự kỷ và can thiệp sớm, công tác xã hội, cũng như chăm sóc sức "
        "khỏe tâm thần tại gia đình và cộng đồng.",
        ar="جمع مؤتمر تدريبي في كانون الأول/ديسمبر 2022 موظفين من المناطق والبلدات "
        "والبلديات لتعلّم الكشف عن التوحد والتدخل المبكر، وأساسيات العمل الاجتماعي، "
        "ورعاية الصحة النفسية في المنزل وفي المجتمع.",
    ),
    picture=Picture(
        title="Five hundred officers in dots (demo illustration)",
        drawing="dots_and_bars",
        file_name="demo-news-five-hundred-dots.jpg",
    ),
    hero_alt=Translated(
        en="Illustration: more than five hundred small coloured dots arranged in rows, "
        "beside four bars of different heights.",
        id="Ilustrasi: lebih dari lima ratus titik kecil berwarna yang tersusun "
        "berbaris, di samping empat batang dengan tinggi berbeda.",
        vi="Hình minh họa: hơn năm trăm chấm tròn nhỏ nhiều màu xếp thành hàng, bên "
        "cạnh bốn cột cao thấp khác nhau.",
        ar="رسم توضيحي: أكثر من خمسمئة نقطة ملوّنة صغيرة مصفوفة في صفوف، إلى جانب "
        "أربعة أعمدة متفاوتة الارتفاع.",
    ),
    body=(
        paragraph(
            Translated(
                en="<p>Nghe An province counts 12,289 children in especially difficult "
                "circumstances. Reaching them depends on the officers who work closest "
                "to families, in districts, towns and communes.</p>",
                id="<p>Provinsi Nghe An mencatat 12.289 anak yang memerlukan "
                "perlindungan khusus. Menjangkau mereka bergantung pada petugas yang "
                "bekerja paling dekat dengan keluarga, di kabupaten, kota, dan "
                "desa.</p>",
                vi="<p>Tỉnh Nghệ An có 12.289 trẻ em có hoàn cảnh đặc biệt. Việc tiếp "
                "cận các em phụ thuộc vào đội ngũ cán bộ làm việc gần gia đình nhất, ở "
                "các huyện, thị xã và xã.</p>",
                ar="<p>يبلغ عدد الأطفال في ظروف صعبة بشكل خاص في محافظة نغي آن 12,289 "
                "طفلًا. والوصول إليهم يتوقف على الموظفين الأقرب إلى الأسر في المناطق "
                "والبلدات والبلديات.</p>",
            )
        ),
        paragraph(
            Translated(
                en="<p>In December 2022 the provincial social-affairs office held a "
                "training conference for more than 500 of these officers. It covered "
                "four subjects: identifying children with autism and intervening "
                "early, at home and in the community; the basics of the social-work "
                "profession; identifying and supporting children in especially "
                "difficult circumstances; and caring for people with a mental "
                "disorder at home and in the community.</p>",
                id="<p>Pada Desember 2022, dinas sosial provinsi menyelenggarakan "
                "konferensi pelatihan bagi lebih dari 500 petugas tersebut. Ada empat "
                "materi: mengenali anak dengan autisme dan melakukan intervensi dini "
                "di rumah dan di masyarakat; dasar-dasar profesi pekerjaan sosial; "
                "mengenali dan mendampingi anak yang memerlukan perlindungan khusus; "
                "serta merawat orang dengan gangguan jiwa di rumah dan di "
                "masyarakat.</p>",
                vi="<p>Tháng 12 năm 2022, cơ quan xã hội cấp tỉnh đã tổ chức hội nghị "
                "đào tạo cho hơn 500 cán bộ này. Hội nghị gồm bốn nội dung: phát hiện "
                "trẻ tự kỷ và can thiệp sớm tại gia đình và cộng đồng; những kiến thức "
                "cơ bản về nghề công tác xã hội; phát hiện và hỗ trợ trẻ em có hoàn "
                "cảnh đặc biệt; và chăm sóc người rối nhiễu tâm trí tại gia đình và "
                "cộng đồng.</p>",
                ar="<p>وفي كانون الأول/ديسمبر 2022، عقدت مديرية الشؤون الاجتماعية في "
                "المحافظة مؤتمرًا تدريبيًا لأكثر من 500 من هؤلاء الموظفين. وتناول "
                "المؤتمر أربعة محاور: الكشف عن الأطفال المصابين بالتوحد والتدخل "
                "المبكر في المنزل وفي المجتمع؛ وأساسيات مهنة العمل الاجتماعي؛ والكشف "
                "عن الأطفال في ظروف صعبة بشكل خاص ودعمهم؛ ورعاية الأشخاص المصابين "
                "باضطراب نفسي في المنزل وفي المجتمع.</p>",
            )
        ),
        paragraph(
            Translated(
                en="<p>Autism was the subject many officers knew least about. Its "
                "signs often show before a child turns three, and support given early "
                "makes the most difference, so officers who visit families are often "
                "the first who can notice and refer.</p>",
                id="<p>Autisme adalah materi yang paling sedikit diketahui banyak "
                "petugas. Tanda-tandanya sering muncul sebelum anak berusia tiga "
                "tahun, dan dukungan yang diberikan sejak dini paling berdampak, "
                "sehingga petugas yang mengunjungi keluarga sering menjadi orang "
                "pertama yang dapat mengenali dan merujuk.</p>",
                vi="<p>Tự kỷ là nội dung mà nhiều cán bộ biết ít nhất. Dấu hiệu thường "
                "xuất hiện trước khi trẻ lên ba tuổi, và hỗ trợ càng sớm thì hiệu quả "
                "càng lớn, vì vậy những cán bộ đến thăm gia đình thường là người đầu "
                "tiên có thể nhận ra và chuyển gửi.</p>",
                ar="<p>كان التوحد أقل المحاور التي يعرفها كثير من الموظفين. فعلاماته "
                "تظهر غالبًا قبل أن يبلغ الطفل الثالثة، والدعم المبكر هو الأكبر أثرًا، "
                "لذا كثيرًا ما يكون الموظفون الذين يزورون الأسر أول من يستطيع "
                "الملاحظة والإحالة.</p>",
            )
        ),
        quote(
            Translated(
                en="Every commune has children we have not met yet. After this "
                "training, more of us know what to look for.",
                id="Setiap desa punya anak yang belum kami temui. Setelah pelatihan "
                "ini, makin banyak dari kami yang tahu apa yang harus diperhatikan.",
                vi="Xã nào cũng có những em mà chúng tôi chưa gặp. Sau đợt đào tạo "
                "này, nhiều người trong chúng tôi đã biết cần chú ý đến điều gì.",
                ar="في كل بلدية أطفال لم نلتقِ بهم بعد. وبعد هذا التدريب صار كثيرون "
                "منّا يعرفون ما الذي ينبغي الانتباه إليه.",
            ),
            Translated(
                en="A commune officer for social affairs",
                id="Seorang petugas urusan sosial tingkat desa",
                vi="Một cán bộ phụ trách lĩnh vực xã hội cấp xã",
                ar="موظف للشؤون الاجتماعية في إحدى البلديات",
            ),
        ),
        key_facts(
            Translated(
                en="12,289 children in especially difficult circumstances in the "
                "province",
                id="12.289 anak yang memerlukan perlindungan khusus di provinsi ini",
                vi="12.289 trẻ em có hoàn cảnh đặc biệt trong toàn tỉnh",
                ar="في المحافظة 12,289 من الأطفال في ظروف صعبة بشكل خاص",
            ),
            Translated(
                en="More than 500 officers from districts, towns and communes",
                id="Lebih dari 500 petugas dari kabupaten, kota, dan desa",
                vi="Hơn 500 cán bộ từ các huyện, thị xã và xã",
                ar="أكثر من 500 موظف من المناطق والبلدات والبلديات",
            ),
            Translated(
                en="Four subjects: autism and early intervention, social work, "
                "children in especially difficult circumstances, mental disorders",
                id="Empat materi: autisme dan intervensi dini, pekerjaan sosial, anak "
                "yang memerlukan perlindungan khusus, gangguan jiwa",
                vi="Bốn nội dung: tự kỷ và can thiệp sớm, công tác xã hội, trẻ em có "
                "hoàn cảnh đặc biệt, rối nhiễu tâm trí",
                ar="أربعة محاور: التوحد والتدخل المبكر، والعمل الاجتماعي، والأطفال "
                "في ظروف صعبة بشكل خاص، والاضطرابات النفسية",
            ),
            Translated(
                en="When: December 2022",
                id="Waktu: Desember 2022",
                vi="Thời gian: tháng 12 năm 2022",
                ar="الموعد: كانون الأول/ديسمبر 2022",
            ),
        ),
    ),
    centres=(NGHE_AN.slug,),
    topics=(
        "autism-early-intervention",
        "social-work",
        "mental-health-psychosocial-support",
    ),
)

RURAL_DAMASCUS_PILOT = StoryContent(
    title=Translated(
        en="Rural Damascus institute starts a community case-management pilot",
        id="Institut di Rif Dimashq memulai uji coba manajemen kasus berbasis "
        "masyarakat",
        vi="Một viện ở Rif Dimashq khởi động thí điểm quản lý trường hợp dựa vào cộng "
        "đồng",
        ar="معهد في ريف دمشق يطلق تجربة رائدة في إدارة الحالة المجتمعية",
    ),
    slug=Translated(
        en="rural-damascus-community-case-management",
        id="uji-coba-manajemen-kasus-rif-dimashq",
        vi="thi-diem-quan-ly-truong-hop-rif-dimashq",
        ar="إدارة-الحالة-المجتمعية-في-ريف-دمشق",
    ),
    date=datetime.date(2024, 4, 22),
    summary=Translated(
        en="An institute for children with intellectual disabilities is linking up "
        "with associations in two nearby areas affected by the war, so that families "
        "get joined-up help close to home.",
        id="Sebuah institut bagi anak dengan disabilitas intelektual menjalin kerja "
        "sama dengan perkumpulan di dua wilayah terdekat yang terdampak perang, agar "
        "keluarga mendapat bantuan yang terpadu di dekat rumah.",
        vi="Một viện dành cho trẻ khuyết tật trí tuệ đang liên kết với các hội ở hai "
        "khu vực lân cận bị ảnh hưởng bởi chiến tranh, để các gia đình nhận được sự hỗ "
        "trợ đồng bộ ngay gần nhà.",
        ar="يتواصل معهد للأطفال ذوي الإعاقة الذهنية مع جمعيات في منطقتين مجاورتين "
        "تضررتا من الحرب، كي تحصل الأسر على مساعدة متكاملة قرب بيوتها.",
    ),
    picture=Picture(
        title="An institute linked to two areas (demo illustration)",
        drawing="linked_areas",
        file_name="demo-news-linked-areas.jpg",
    ),
    hero_alt=Translated(
        en="Illustration: a map-like drawing of three areas, with a square in the "
        "middle one joined by lines to circles in the other two.",
        id="Ilustrasi: gambar menyerupai peta dengan tiga wilayah; sebuah persegi di "
        "wilayah tengah dihubungkan dengan garis ke lingkaran-lingkaran di dua wilayah "
        "lainnya.",
        vi="Hình minh họa: bản vẽ giống bản đồ với ba khu vực; một hình vuông ở khu "
        "vực giữa được nối bằng các đường thẳng tới những hình tròn ở hai khu vực còn "
        "lại.",
        ar="رسم توضيحي: رسم يشبه الخريطة لثلاث مناطق، فيه مربع في المنطقة الوسطى "
        "تصله خطوط بدوائر في المنطقتين الأخريين.",
    ),
    body=(
        paragraph(
            Translated(
                en="<p>An institute in Rural Damascus that cares for children with an "
                "intellectual disability has started a community case-management "
                "pilot, part of a ministry programme. The aim is to protect children "
                "from abuse and violence, and to strengthen the protective "
                "environment around each child beyond the institute's walls.</p>",
                id="<p>Sebuah institut di Rif Dimashq yang merawat anak dengan "
                "disabilitas intelektual telah memulai uji coba manajemen kasus "
                "berbasis masyarakat sebagai bagian dari program kementerian. "
                "Tujuannya melindungi anak dari perlakuan salah dan kekerasan, serta "
                "memperkuat lingkungan yang melindungi setiap anak di luar tembok "
                "institut.</p>",
                vi="<p>Một viện ở Rif Dimashq chăm sóc trẻ khuyết tật trí tuệ đã khởi "
                "động mô hình thí điểm quản lý trường hợp dựa vào cộng đồng trong "
                "khuôn khổ một chương trình của bộ. Mục tiêu là bảo vệ trẻ khỏi xâm "
                "hại và bạo lực, đồng thời củng cố môi trường bảo vệ xung quanh mỗi "
                "trẻ, cả bên ngoài khuôn viên của viện.</p>",
                ar="<p>أطلق معهد في ريف دمشق يرعى الأطفال ذوي الإعاقة الذهنية تجربة "
                "رائدة في إدارة الحالة المجتمعية، ضمن برنامج تابع للوزارة. وتهدف "
                "التجربة إلى حماية الأطفال من الإساءة والعنف، وتعزيز البيئة الحامية "
                "حول كل طفل خارج جدران المعهد.</p>",
            )
        ),
        paragraph(
            Translated(
                en="<p>The institute is linked with associations in two nearby areas "
                "affected by the war. Through them, a family can reach the local "
                "service providers it needs, from health care to schooling, and staff "
                "from different organisations plan and follow up the support "
                "together.</p>",
                id="<p>Institut ini terhubung dengan perkumpulan di dua wilayah "
                "terdekat yang terdampak perang. Melalui perkumpulan itu, keluarga "
                "dapat menjangkau penyedia layanan setempat yang dibutuhkannya, dari "
                "layanan kesehatan hingga sekolah, dan petugas dari berbagai lembaga "
                "merencanakan serta memantau dukungan secara bersama-sama.</p>",
                vi="<p>Viện được kết nối với các hội tại hai khu vực lân cận bị ảnh "
                "hưởng bởi chiến tranh. Thông qua các hội này, gia đình có thể tiếp "
                "cận những nhà cung cấp dịch vụ tại địa phương mà mình cần, từ y tế "
                "đến học tập, và cán bộ của nhiều tổ chức cùng nhau lập kế hoạch và "
                "theo dõi việc hỗ trợ.</p>",
                ar="<p>ويرتبط المعهد بجمعيات في منطقتين مجاورتين تضررتا من الحرب. "
                "ومن خلالها تستطيع الأسرة الوصول إلى مقدّمي الخدمات المحليين الذين "
                "تحتاج إليهم، من الرعاية الصحية إلى التعليم، ويخطط العاملون من جهات "
                "مختلفة للدعم ويتابعونه معًا.</p>",
            )
        ),
        paragraph(
            Translated(
                en="<p>The pilot follows the same steps as any case management: "
                "planning, implementation, monitoring, evaluation and coordination. "
                "Coordination is the largest task: it involves the ministries of "
                "justice, interior, education and health, civil society and "
                "international organisations.</p>",
                id="<p>Uji coba ini mengikuti langkah yang sama seperti manajemen "
                "kasus pada umumnya: perencanaan, pelaksanaan, pemantauan, evaluasi, "
                "dan koordinasi. Koordinasi adalah tugas terbesar karena melibatkan "
                "kementerian kehakiman, dalam negeri, pendidikan, dan kesehatan, "
                "masyarakat sipil, serta organisasi internasional.</p>",
                vi="<p>Mô hình thí điểm tuân theo các bước như mọi hoạt động quản lý "
                "trường hợp: lập kế hoạch, thực hiện, theo dõi, đánh giá và điều "
                "phối. Điều phối là phần việc lớn nhất, với sự tham gia của các bộ tư "
                "pháp, nội vụ, giáo dục và y tế, các tổ chức xã hội dân sự và các tổ "
                "chức quốc tế.</p>",
                ar="<p>وتتبع التجربة خطوات إدارة الحالة المعتادة: التخطيط والتنفيذ "
                "والمتابعة والتقييم والتنسيق. والتنسيق هو المهمة الأكبر، إذ يشمل "
                "وزارات العدل والداخلية والتربية والصحة، ومنظمات المجتمع المدني، "
                "والمنظمات الدولية.</p>",
            )
        ),
        quote(
            Translated(
                en="A family should not have to knock on ten doors. With the "
                "associations, one visit can open the right ones.",
                id="Sebuah keluarga tidak semestinya harus mengetuk sepuluh pintu. "
                "Bersama perkumpulan, satu kunjungan dapat membuka pintu yang tepat.",
                vi="Một gia đình không nên phải gõ cửa mười nơi. Cùng với các hội, chỉ "
                "một lần đến là có thể tìm đúng nơi cần đến.",
                ar="لا ينبغي أن تطرق الأسرة عشرة أبواب. فبالتعاون مع الجمعيات، يمكن "
                "لزيارة واحدة أن تفتح الأبواب الصحيحة.",
            ),
            Translated(
                en="A case manager at the institute",
                id="Seorang manajer kasus di institut",
                vi="Một cán bộ quản lý trường hợp tại viện",
                ar="مدير حالة في المعهد",
            ),
        ),
        key_facts(
            Translated(
                en="Where: an institute for children with an intellectual disability, "
                "Rural Damascus",
                id="Tempat: institut bagi anak dengan disabilitas intelektual, Rif "
                "Dimashq",
                vi="Địa điểm: viện dành cho trẻ khuyết tật trí tuệ, Rif Dimashq",
                ar="المكان: معهد للأطفال ذوي الإعاقة الذهنية في ريف دمشق",
            ),
            Translated(
                en="Partners: associations in two nearby areas affected by the war",
                id="Mitra: perkumpulan di dua wilayah terdekat yang terdampak perang",
                vi="Đối tác: các hội ở hai khu vực lân cận bị ảnh hưởng bởi chiến "
                "tranh",
                ar="الشركاء: جمعيات في منطقتين مجاورتين تضررتا من الحرب",
            ),
            Translated(
                en="Steps: planning, implementation, monitoring, evaluation and "
                "coordination",
                id="Langkah: perencanaan, pelaksanaan, pemantauan, evaluasi, dan "
                "koordinasi",
                vi="Các bước: lập kế hoạch, thực hiện, theo dõi, đánh giá và điều phối",
                ar="الخطوات: التخطيط والتنفيذ والمتابعة والتقييم والتنسيق",
            ),
            Translated(
                en="Goal: protection from abuse and violence, and a stronger "
                "protective environment",
                id="Tujuan: perlindungan dari perlakuan salah dan kekerasan, serta "
                "lingkungan pelindung yang lebih kuat",
                vi="Mục tiêu: bảo vệ trẻ khỏi xâm hại và bạo lực, củng cố môi trường "
                "bảo vệ",
                ar="الهدف: الحماية من الإساءة والعنف، وبيئة حامية أقوى",
            ),
        ),
    ),
    centres=(RURAL_DAMASCUS.slug,),
    topics=("community-case-management", "case-management", "safeguarding"),
)

STORIES = (
    ONLINE_CASE_CONFERENCE,
    MATARAM_CENTRE,
    UGANDA_MEETING,
    NGHE_AN_TRAINING,
    RURAL_DAMASCUS_PILOT,
)
