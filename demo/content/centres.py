"""The centres behind the demo news, from the project's brief on the field.

The Ugandan network's name is generic: it stands for no real organisation.
"""

from portal.centres.models import Centre, Country

from ..translated import CentreContent, Translated

JAMBI = CentreContent(
    slug="jambi-childrens-centre",
    name=Translated(
        en="Jambi children's centre",
        id="Balai Anak Jambi",
        vi="Trung tâm bảo trợ trẻ em Jambi",
        ar="مركز رعاية الأطفال في جامبي",
    ),
    description=Translated(
        en="A children's centre in Jambi, on the island of Sumatra. Social workers, "
        "counsellors, mentors and nurses look after the children in residential care "
        "and prepare each child's return to the family.",
        id="Balai anak di Jambi, Pulau Sumatra. Pekerja sosial, konselor, pendamping, "
        "dan perawat mendampingi anak-anak dalam pengasuhan berbasis lembaga dan "
        "menyiapkan kepulangan setiap anak ke keluarganya.",
        vi="Trung tâm bảo trợ trẻ em tại Jambi, trên đảo Sumatra. Nhân viên công tác "
        "xã hội, nhà tham vấn, người hướng dẫn và điều dưỡng chăm lo cho các em đang "
        "được chăm sóc tập trung và chuẩn bị cho từng em trở về với gia đình.",
        ar="مركز رعاية الأطفال في جامبي بجزيرة سومطرة. يرعى فيه الأخصائيون "
        "الاجتماعيون والمرشدون النفسيون والموجّهون والممرضون الأطفال في الرعاية "
        "الإيوائية، ويهيّئون كل طفل للعودة إلى أسرته.",
    ),
    place=Translated(
        en="Jambi City, Jambi province",
        id="Kota Jambi, Provinsi Jambi",
        vi="Thành phố Jambi, tỉnh Jambi",
        ar="مدينة جامبي، محافظة جامبي",
    ),
    country=Country.INDONESIA,
    kind=Centre.Kind.CHILDRENS_CENTRE,
)

MATARAM = CentreContent(
    slug="mataram-rehabilitation-centre",
    name=Translated(
        en="Mataram children's social rehabilitation centre",
        id="Balai Rehabilitasi Sosial Anak Mataram",
        vi="Trung tâm phục hồi xã hội trẻ em Mataram",
        ar="مركز التأهيل الاجتماعي للأطفال في ماتارام",
    ),
    description=Translated(
        en="A children's social rehabilitation centre prepared by the social-affairs "
        "office of Mataram for children facing social and legal problems, with "
        "outpatient care and a halfway house.",
        id="Balai rehabilitasi sosial anak yang disiapkan dinas sosial Kota Mataram "
        "bagi anak yang menghadapi masalah sosial dan hukum, dengan layanan rawat "
        "jalan dan rumah singgah.",
        vi="Trung tâm phục hồi xã hội cho trẻ em do cơ quan xã hội thành phố Mataram "
        "chuẩn bị, dành cho trẻ gặp vấn đề xã hội và pháp lý, có dịch vụ ngoại trú và "
        "nhà chuyển tiếp.",
        ar="مركز للتأهيل الاجتماعي للأطفال جهّزته مديرية الشؤون الاجتماعية في "
        "ماتارام للأطفال الذين يواجهون مشكلات اجتماعية وقانونية، ويضم عيادة خارجية "
        "وبيتًا انتقاليًا.",
    ),
    place=Translated(
        en="Mataram, West Nusa Tenggara",
        id="Mataram, Nusa Tenggara Barat",
        vi="Mataram, tỉnh Tây Nusa Tenggara",
        ar="ماتارام، نوسا تنغارا الغربية",
    ),
    country=Country.INDONESIA,
    kind=Centre.Kind.REHABILITATION_CENTRE,
)

UGANDA_NETWORK = CentreContent(
    slug="uganda-childrens-centres-network",
    name=Translated(
        en="Children's centres support network, Uganda",
        id="Jaringan Pendukung Balai Anak, Uganda",
        vi="Mạng lưới hỗ trợ trung tâm bảo trợ trẻ em, Uganda",
        ar="شبكة دعم مراكز رعاية الأطفال، أوغندا",
    ),
    description=Translated(
        en="A non-governmental network that supports children's centres across "
        "Uganda with training and advice on case management, gatekeeping and "
        "reintegration.",
        id="Jaringan nonpemerintah yang mendukung balai anak di seluruh Uganda melalui "
        "pelatihan dan pendampingan tentang manajemen kasus, penapisan pengasuhan, "
        "dan reintegrasi.",
        vi="Mạng lưới phi chính phủ hỗ trợ các trung tâm bảo trợ trẻ em trên khắp "
        "Uganda bằng hoạt động đào tạo và tư vấn về quản lý trường hợp, sàng lọc đầu "
        "vào và tái hòa nhập.",
        ar="شبكة غير حكومية تدعم مراكز رعاية الأطفال في أنحاء أوغندا بالتدريب "
        "والمشورة في إدارة الحالة وضبط الدخول إلى الرعاية وإعادة الإدماج.",
    ),
    place=Translated(
        en="Districts across Uganda",
        id="Berbagai distrik di Uganda",
        vi="Nhiều huyện trên khắp Uganda",
        ar="مقاطعات في أنحاء أوغندا",
    ),
    country=Country.UGANDA,
    kind=Centre.Kind.NGO,
)

NGHE_AN = CentreContent(
    slug="nghe-an-social-affairs",
    name=Translated(
        en="Nghe An Department of Labour, Invalids and Social Affairs",
        id="Dinas Tenaga Kerja, Veteran Cacat Perang, dan Sosial Provinsi Nghe An",
        vi="Sở Lao động - Thương binh và Xã hội Nghệ An",
        ar="مديرية العمل ومعوقي الحرب والشؤون الاجتماعية في نغي آن",
    ),
    description=Translated(
        en="The provincial social-affairs office of Nghe An. It is responsible for "
        "social welfare and child protection across the province, and trains the "
        "officers of its districts, towns and communes.",
        id="Dinas sosial tingkat provinsi di Nghe An. Dinas ini bertanggung jawab atas "
        "kesejahteraan sosial dan perlindungan anak di seluruh provinsi, serta "
        "melatih petugas di kabupaten, kota, dan desa.",
        vi="Cơ quan xã hội cấp tỉnh của Nghệ An, phụ trách an sinh xã hội và bảo vệ "
        "trẻ em trên địa bàn toàn tỉnh, đồng thời đào tạo cán bộ ở các huyện, thị xã "
        "và xã.",
        ar="مديرية الشؤون الاجتماعية في محافظة نغي آن. وهي مسؤولة عن الرعاية "
        "الاجتماعية وحماية الطفل في أنحاء المحافظة، وتدرّب الموظفين في مناطقها "
        "وبلداتها وبلدياتها.",
    ),
    place=Translated(
        en="Vinh, Nghe An province",
        id="Vinh, Provinsi Nghe An",
        vi="Thành phố Vinh, tỉnh Nghệ An",
        ar="فينه، محافظة نغي آن",
    ),
    country=Country.VIETNAM,
    kind=Centre.Kind.SOCIAL_AFFAIRS_OFFICE,
)

RURAL_DAMASCUS = CentreContent(
    slug="rural-damascus-institute",
    name=Translated(
        en="Institute for children with intellectual disabilities, Rural Damascus",
        id="Institut Anak dengan Disabilitas Intelektual, Rif Dimashq",
        vi="Viện trẻ em khuyết tật trí tuệ, Rif Dimashq",
        ar="معهد الأطفال ذوي الإعاقة الذهنية، ريف دمشق",
    ),
    description=Translated(
        en="An institute for children with an intellectual disability in Rural "
        "Damascus, where a community case-management pilot links the institute "
        "with associations in two nearby areas.",
        id="Institut bagi anak dengan disabilitas intelektual di Rif Dimashq, tempat "
        "uji coba manajemen kasus berbasis masyarakat menghubungkan institut dengan "
        "perkumpulan di dua wilayah terdekat.",
        vi="Viện dành cho trẻ khuyết tật trí tuệ tại Rif Dimashq, nơi mô hình thí "
        "điểm quản lý trường hợp dựa vào cộng đồng kết nối viện với các hội ở hai "
        "khu vực lân cận.",
        ar="معهد للأطفال ذوي الإعاقة الذهنية في ريف دمشق، تربطه تجربة رائدة في "
        "إدارة الحالة المجتمعية بجمعيات في منطقتين مجاورتين.",
    ),
    place=Translated(
        en="Rural Damascus Governorate",
        id="Kegubernuran Rif Dimashq",
        vi="Tỉnh Rif Dimashq",
        ar="محافظة ريف دمشق",
    ),
    country=Country.SYRIA,
    kind=Centre.Kind.SPECIALISED_INSTITUTE,
)

CENTRES = (JAMBI, MATARAM, UGANDA_NETWORK, NGHE_AN, RURAL_DAMASCUS)
