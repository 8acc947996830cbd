from wagtail.models import Page, Site
from portal.home.factories import HomePageFactory
from portal.home.models import HomePage

def test_x(db):
    for p in Page.objects.all():
        print(p.id, p.depth, p.title, p.slug, p.slug_en, p.url_path, p.url_path_en, p.url_path_ar, p.content_type)
    print(list(Site.objects.values()))
    root = Page.get_first_root_node()
    h = HomePageFactory(parent=root, title_ar="x", slug_ar="الرئيسية", body=None) if False else HomePageFactory(parent=root, slug_ar="الرئيسية")
    print(h.url_path_ar, h.url_path_en, h.live, h.last_published_at)
    h.hero_heading_ar = "y"
    r = h.save_revision(); r.publish()
    h.refresh_from_db()
    print(h.live, h.last_published_at, h.latest_revision_id)
