"""The cases of the large relevance suite: what a reader types, in which
language, and which documents of relevance_corpus.py answer it.

Groups: "topic" (a training topic, often in another form of its words),
"aspect" (the distinctive words of one part of a topic), "precision" (a term
whose words other topics share: its own documents must come first), "variant"
(the same words written another way: capitals, diacritics, hamza, harakat),
"cross-language" (words of another language: the reader is offered that
language) and "negative" (words the corpus does not have: nothing is found
for them, though "did you mean" may offer results for other, indexed words).
"""

from dataclasses import dataclass

from .relevance_corpus import documents
from .relevance_topics import TOPICS

# A topic whose documents also answer another topic's query: community case
# management is case management too.
ALSO_ABOUT = {"case-management": ["community-case-management"]}


@dataclass(frozen=True)
class Case:
    language: str
    query: str
    group: str
    relevant: frozenset = frozenset()
    offered: str = ""  # cross-language: the language the reader is offered

    def __str__(self):
        return f"[{self.language}] {self.query!r} ({self.group})"


def topic_keys(*topics):
    return frozenset(doc.key for doc in documents() if doc.topic in topics)


def aspect_keys(topic, aspect):
    return frozenset(
        doc.key
        for doc in documents()
        if doc.topic == topic and doc.aspect == aspect and doc.kind != "module"
    )


def generated_cases():
    """A topic case and three aspect cases per topic and language."""
    cases = []
    for topic, data in TOPICS.items():
        relevant = topic_keys(topic, *ALSO_ABOUT.get(topic, []))
        for code, query in data["queries"].items():
            cases.append(Case(code, query, "topic", relevant))
            for n, (_, _, aspect_query) in enumerate(data[code]):
                cases.append(Case(code, aspect_query, "aspect", aspect_keys(topic, n)))
    return cases


PRECISION = [
    ("en", "case conference", "case-conference"),
    ("en", "foster care", "foster-care"),
    ("en", "community case management", "community-case-management"),
    ("en", "psychosocial first aid", "psychosocial-support"),
    ("id", "konferensi kasus", "case-conference"),
    ("id", "pengasuhan oleh keluarga asuh", "foster-care"),
    ("id", "manajemen kasus berbasis masyarakat", "community-case-management"),
    ("id", "pengasuhan berbasis lembaga", "residential-care"),
    ("vi", "họp trường hợp", "case-conference"),
    ("vi", "chăm sóc bởi gia đình thay thế", "foster-care"),
    ("vi", "quản lý trường hợp dựa vào cộng đồng", "community-case-management"),
    ("vi", "chăm sóc tập trung", "residential-care"),
    ("ar", "مؤتمر الحالة", "case-conference"),
    ("ar", "الرعاية لدى أسرة بديلة", "foster-care"),
    ("ar", "إدارة الحالة المجتمعية", "community-case-management"),
    ("ar", "الرعاية الإيوائية", "residential-care"),
]

VARIANTS = [
    ("en", "GATEKEEPING", "gatekeeping"),
    ("en", "Foster-Care", "foster-care"),
    ("en", "Counselling", "counselling"),
    ("id", "REINTEGRASI", "reintegration"),
    ("id", "Konseling", "counselling"),
    ("id", "pengasuhan-positif", "positive-parenting"),
    ("vi", "TÁI HÒA NHẬP", "reintegration"),
    ("vi", "Đánh giá", "monitoring-and-evaluation"),
    ("vi", "Giám hộ", "guardianship"),
    ("vi", "nuôi dạy con tích cực", "positive-parenting"),
    ("vi", "TU KY", "autism"),
    ("ar", "الرِّعَايَةُ الإِيوَائِيَّةُ", "residential-care"),
    ("ar", "التـوحـد", "autism"),
    ("ar", "إعادة الإدماج", "reintegration"),
    ("ar", "الاسرة البديلة", "foster-care"),
    ("ar", "التهيئة التدريجية", "gradual-exposure"),
    ("ar", "الوصايه", "guardianship"),
]

GENERAL_CASES = [
    ("en", "playgrounds", "general/playground"),
    ("en", "especially difficult circumstances", "general/difficult-circumstances"),
    ("id", "perlindungan khusus", "general/difficult-circumstances"),
    ("id", "sertifikat peserta", "general/certificates"),
    ("vi", "tre em co hoan canh dac biet", "general/difficult-circumstances"),
    ("vi", "giấy chứng nhận", "general/certificates"),
    ("ar", "الشهادات", "general/certificates"),
    ("ar", "ظروف صعبه", "general/difficult-circumstances"),
]

CROSS_LANGUAGE = [
    ("id", "kinship care", "en"),
    ("vi", "gatekeeping", "en"),
    ("ar", "psychosocial support", "en"),
    ("en", "pengasuhan oleh kerabat", "id"),
    ("en", "tái hòa nhập", "vi"),
    ("en", "إعادة الإدماج", "ar"),
    ("id", "chăm sóc tập trung", "vi"),
    ("vi", "pengasuhan positif", "id"),
]

NEGATIVE = [
    ("en", "cryptocurrency mining"),
    ("en", "football tournament"),
    ("en", "adoption fees"),
    ("en", "volcano evacuation"),
    ("id", "resep rendang"),
    ("id", "turnamen sepak bola"),
    ("id", "biaya adopsi"),
    ("id", "harga saham"),
    ("vi", "giá vàng hôm nay"),
    ("vi", "giải bóng đá"),
    ("vi", "phí nhận con nuôi"),
    ("vi", "chứng khoán"),
    ("ar", "أسعار الذهب"),
    ("ar", "كرة القدم"),
    ("ar", "رسوم التبني"),
    ("ar", "البورصة"),
]


def all_cases():
    cases = generated_cases()
    cases += [Case(c, q, "precision", topic_keys(t)) for c, q, t in PRECISION]
    cases += [Case(c, q, "variant", topic_keys(t)) for c, q, t in VARIANTS]
    cases += [Case(c, q, "general", frozenset([k])) for c, q, k in GENERAL_CASES]
    cases += [Case(c, q, "cross-language", offered=o) for c, q, o in CROSS_LANGUAGE]
    cases += [Case(c, q, "negative") for c, q in NEGATIVE]
    return cases
