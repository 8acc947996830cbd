"""The search bench's index: 10,000 library resources in four languages, 1,000
news stories and 300 lessons, written through the database engine's bulk writer
(the rebuild's own path), which gives its throughput; then the query count of
typical searches, each at this scale and on a tiny index.

The pages are bare rows under an unpublished "bench-search" page, made once and
kept; their index entries are written again on every run. Run with Django
settings in the environment: `python -m bench.search_data`; prints JSON.
"""

import json
import random
import sys
import time

import django

RESOURCES, NEWS, LESSONS = 10_000, 1_000, 300
PARENT_SLUG = "bench-search"
BATCH = 250
SAMPLE = 1_000  # pages whose entries are rewritten on every run, timed
QUERIES = [
    ("en", "child protection"),
    ("en", "family reunification case management"),
    ("id", "perlindungan anak"),
    ("vi", "bao ve tre em"),
    ("ar", "حماية الاطفال"),
    ("en", "gatekeepign"),  # a typo: "did you mean"
]
VOCABULARY = {
    "en": (
        "child protection family reunification case management assessment "
        "referral foster kinship care residential gatekeeping caseworker "
        "supervisor counselling psychosocial support school community violence "
        "neglect abuse disability parenting guidance checklist form toolkit "
        "policy research training plan review home visit safety monitoring"
    ),
    "id": (
        "perlindungan anak keluarga reunifikasi manajemen kasus asesmen rujukan "
        "pengasuhan kerabat panti pekerja sosial supervisor konseling dukungan "
        "psikososial sekolah masyarakat kekerasan penelantaran disabilitas "
        "panduan formulir kebijakan penelitian pelatihan rencana kunjungan rumah"
    ),
    "vi": (
        "bảo vệ trẻ em gia đình đoàn tụ quản lý trường hợp đánh giá chuyển tuyến "
        "chăm sóc thay thế cán bộ xã hội giám sát tư vấn hỗ trợ tâm lý trường học "
        "cộng đồng bạo lực bỏ mặc khuyết tật hướng dẫn biểu mẫu chính sách "
        "nghiên cứu đào tạo kế hoạch thăm nhà an toàn"
    ),
    "ar": (
        "حماية الأطفال الأسرة لمّ الشمل إدارة الحالة التقييم الإحالة الرعاية "
        "البديلة الأقارب الإيداع الأخصائي الاجتماعي المشرف الإرشاد الدعم النفسي "
        "المدرسة المجتمع العنف الإهمال الإعاقة التربية دليل استمارة سياسة بحث "
        "تدريب خطة زيارة منزلية السلامة"
    ),
}
TOPICS = ["family-care", "referral", "disability", "psychosocial", "violence"]
COUNTRIES = ["ID", "VN", "JO", "KE"]
RESOURCE_TYPES = ["guide", "toolkit", "policy", "training", "research", "form"]


SYLLABLES = {
    "en": "ba ce di fo gu ha ke li mo nu pa re si to vu wa",
    "id": "ba ka la ma na pa ra sa ta nga nya ja",
    "vi": "bà cá dư gì hồ khê lá mơ ngũ phở quý rạ sĩ thư",
    "ar": "با تي جو دا را سي فو قا لي مو نا هي",
}
DOMAIN_SHARE = 0.08  # of a text's words: the rest is other vocabulary


def text(rng, language, words):
    """Words of the field among many others, as in real documents: a common
    query matches some of the index, not all of it."""
    vocabulary = VOCABULARY[language].split()
    syllables = SYLLABLES[language].split()
    return " ".join(
        rng.choice(vocabulary)
        if rng.random() < DOMAIN_SHARE
        else "".join(rng.choices(syllables, k=3))
        for _ in range(words)
    )


def bench_pages(count):
    """`count` bare pages under the bench parent: made once, then reused."""
    from django.db import transaction
    from wagtail.models import Page

    from portal.home.models import HomePage

    parent = Page.objects.filter(slug=PARENT_SLUG).first()
    if parent is None:
        home = HomePage.objects.first()
        parent = home.add_child(
            instance=Page(title="Bench search", slug=PARENT_SLUG, live=False)
        )
    existing = list(parent.get_children().order_by("path").values_list("pk", flat=True))
    if len(existing) >= count:
        return existing[:count]
    with transaction.atomic():
        rows = [
            Page(
                title=f"Bench {number}",
                title_en=f"Bench {number}",
                draft_title=f"Bench {number}",
                slug=f"bench-{number}",
                slug_en=f"bench-{number}",
                path=Page._get_path(parent.path, parent.depth + 1, number + 1),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}bench-{number}/",
                live=False,
                content_type_id=parent.content_type_id,
                locale_id=parent.locale_id,
            )
            for number in range(len(existing), count)
        ]
        Page.objects.bulk_create(rows, batch_size=2_000)
        Page.objects.filter(pk=parent.pk).update(numchild=count)
    # The parent in hand still counts no children (treebeard's get_children()
    # then answers none): a first run's IndexError. Read the new count.
    parent.refresh_from_db()
    return list(parent.get_children().order_by("path").values_list("pk", flat=True))


def entries(rng, kind, number, languages):
    from portal.search.entries import SearchEntry

    year = 2010 + number % 16
    return [
        SearchEntry(
            language=code,
            title=text(rng, code, 6),
            summary=text(rng, code, 30),
            # Resources carry the text of their files: longer bodies.
            body=text(rng, code, 400 if kind == "resource" else 150),
            url=f"/{code}/bench/{kind}-{number}/",
            date=None,
            topics=tuple(rng.sample(TOPICS, 2)),
            countries=(rng.choice(COUNTRIES),),
            resource_type=rng.choice(RESOURCE_TYPES) if kind == "resource" else "",
            year=year if kind == "resource" else None,
        )
        for code in languages
    ]


def plan():
    """(kind, languages) of each bench page: stories in English and Indonesian."""
    everywhere = ["en", "id", "vi", "ar"]
    return (
        [("resource", everywhere)] * RESOURCES
        + [("news", ["en", "id"])] * NEWS
        + [("lesson", everywhere)] * LESSONS
    )


def seeded(number):
    """The random source of one page's text: the same on every run."""
    return random.Random(number)  # noqa: S311 - text, not secrets


def index(page_ids, pages):
    """Write the entries of `pages` (positions in the plan); documents, and the
    seconds the writer took (the bench's own text is made outside that time)."""
    from portal.search.backends.database import DatabaseBackend

    backend = DatabaseBackend()
    seconds = 0.0
    written = 0
    for start in range(0, len(pages), BATCH):
        batch = []
        for number in pages[start : start + BATCH]:
            kind, languages = pages_plan[number]
            rng = seeded(number)
            batch.append(
                (page_ids[number], kind, entries(rng, kind, number, languages))
            )
        started = time.monotonic()
        written += backend.index_pages(batch)
        seconds += time.monotonic() - started
        print(f"\r  {start + len(batch)}/{len(pages)} pages", end="", file=sys.stderr)
    print(file=sys.stderr)
    return written, seconds


def index_everything(page_ids):
    """Every bench page in the index (once; kept between runs), then the entries
    of a sample rewritten through the same bulk writer, for its throughput."""
    from django.db import connection

    from portal.search.models import IndexEntry

    expected = sum(len(languages) for _kind, languages in pages_plan)
    # Text written by an older bench differs: write everything again. (The
    # full build writes in order and the last page is not in the sample.)
    last = len(pages_plan) - 1
    kind, languages = pages_plan[last]
    written = IndexEntry.objects.filter(page_id=page_ids[last], language="en").first()
    current = entries(seeded(last), kind, last, languages)[0].title
    same_text = written is not None and written.title == current
    built = (
        not same_text
        or IndexEntry.objects.filter(page_id__in=page_ids).count() != expected
    )
    if built:
        index(page_ids, range(len(pages_plan)))
    sample = range(0, len(pages_plan), len(pages_plan) // SAMPLE)
    written, seconds = index(page_ids, list(sample))
    with connection.cursor() as cursor:
        # As autovacuum would after a large write: the planner needs the counts.
        cursor.execute(
            "ANALYZE search_indexentry, search_indexfacet, search_indexedword"
        )
    return built, written, seconds


def query_counts(client):
    """Queries per search (the page cache bypassed by a session-like cookie)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    from portal.pagecache.cache import invalidate_all

    setup_test_environment()  # responses keep their context
    invalidate_all()  # searched, not served from the page cache of a past run
    for language, _words in QUERIES:
        # The site's menu and addresses, read once per language, then cached.
        client.get(f"/{language}/search/", {"q": "warm"})
    counts = {}
    for language, words in QUERIES:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"/{language}/search/", {"q": words})
        assert response.status_code == 200, (language, words)  # noqa: S101
        total = response.context["outcome"].results.total
        counts[f"{language}: {words}"] = {"queries": len(queries), "results": total}
    return counts


pages_plan = plan()


def main():
    django.setup()
    from django.test import Client

    from portal.search.models import IndexEntry

    page_ids = bench_pages(len(pages_plan))
    built, written, seconds = index_everything(page_ids)
    client = Client()
    at_scale = query_counts(client)
    print(
        json.dumps(
            {
                "built": built,
                "indexed": IndexEntry.objects.count(),
                "documents": written,
                "seconds": round(seconds, 1),
                "documents_per_second": round(written / seconds),
                "queries": at_scale,
            }
        )
    )


if __name__ == "__main__":
    main()
