"""Test content: a centre's news story in all four languages, naming no child."""

CASE_CONFERENCE = {
    "title": "Jambi children's centre holds its case conference online",
    "slug": "online-case-conference",
    "title_ind": "Panti anak Jambi menggelar konferensi kasus secara daring",
    "slug_ind": "konferensi-kasus-daring",
    "title_vi": "Trung tâm trẻ em Jambi tổ chức hội nghị ca trực tuyến",
    "slug_vi": "hoi-nghi-ca-truc-tuyen",
    "title_ar": "مركز الأطفال في جامبي يعقد مؤتمر الحالات عبر الإنترنت",
    "slug_ar": "مؤتمر-الحالات-عبر-الإنترنت",
    "summary": (
        "Sixteen staff met online during Ramadan to review each child's progress "
        "and agree a plan: return to the family, or remain at the centre."
    ),
    "summary_ind": (
        "Enam belas staf bertemu secara daring selama Ramadan untuk meninjau "
        "kemajuan setiap anak dan menyepakati rencana: kembali ke keluarga, atau "
        "tetap di panti."
    ),
    "summary_vi": (
        "Mười sáu cán bộ họp trực tuyến trong tháng Ramadan để xem xét tiến bộ "
        "của từng trẻ và thống nhất kế hoạch: trở về gia đình hay ở lại trung tâm."
    ),
    "summary_ar": (
        "اجتمع ستة عشر موظفًا عبر الإنترنت خلال رمضان لمراجعة تقدّم كل طفل "
        "والاتفاق على خطة: العودة إلى الأسرة أو البقاء في المركز."
    ),
}
