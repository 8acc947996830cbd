"""Topics shared by the news, the training and the library, named with the terms
of locale/glossary.csv."""

from ..translated import TopicContent, Translated

TOPICS = (
    TopicContent(
        slug="gatekeeping",
        name=Translated(
            en="Gatekeeping",
            id="Penapisan pengasuhan",
            vi="Sàng lọc đầu vào",
            ar="ضبط الدخول إلى الرعاية",
        ),
    ),
    TopicContent(
        slug="reintegration",
        name=Translated(
            en="Reintegration",
            id="Reintegrasi",
            vi="Tái hòa nhập",
            ar="إعادة الإدماج",
        ),
    ),
    TopicContent(
        slug="case-management",
        name=Translated(
            en="Case management",
            id="Manajemen kasus",
            vi="Quản lý trường hợp",
            ar="إدارة الحالة",
        ),
    ),
    TopicContent(
        slug="community-case-management",
        name=Translated(
            en="Community case management",
            id="Manajemen kasus berbasis masyarakat",
            vi="Quản lý trường hợp dựa vào cộng đồng",
            ar="إدارة الحالة المجتمعية",
        ),
    ),
    TopicContent(
        slug="autism-early-intervention",
        name=Translated(
            en="Autism and early intervention",
            id="Autisme dan intervensi dini",
            vi="Tự kỷ và can thiệp sớm",
            ar="التوحد والتدخل المبكر",
        ),
    ),
    TopicContent(
        slug="family-based-care",
        name=Translated(
            en="Family-based care",
            id="Pengasuhan berbasis keluarga",
            vi="Chăm sóc dựa vào gia đình",
            ar="الرعاية الأسرية",
        ),
    ),
    TopicContent(
        slug="safeguarding",
        name=Translated(
            en="Safeguarding children",
            id="Menjaga keselamatan anak",
            vi="Bảo đảm an toàn cho trẻ em",
            ar="صون سلامة الأطفال",
        ),
    ),
    TopicContent(
        slug="mental-health-psychosocial-support",
        name=Translated(
            en="Mental health and psychosocial support",
            id="Kesehatan jiwa dan dukungan psikososial",
            vi="Sức khỏe tâm thần và hỗ trợ tâm lý xã hội",
            ar="الصحة النفسية والدعم النفسي الاجتماعي",
        ),
    ),
    TopicContent(
        slug="social-work",
        name=Translated(
            en="Social work",
            id="Pekerjaan sosial",
            vi="Công tác xã hội",
            ar="العمل الاجتماعي",
        ),
    ),
)
