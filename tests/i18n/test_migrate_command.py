"""migrate leaves the page table's language columns filled, without questions."""

from wagtail.models import Page


def test_migrate_fills_the_source_language_and_root_columns(db):
    """The test database was built by our migrate command, as every install is."""
    pages = Page.objects.rewrite(False)
    root = pages.get(depth=1)
    assert (root.title_en, root.slug_en) == (root.title, root.slug)
    url_paths = [
        root.url_path_en,
        root.url_path_ind,
        root.url_path_vi,
        root.url_path_ar,
    ]
    assert url_paths == ["/"] * 4
    assert not pages.filter(title_en__isnull=True).exists()
    assert not pages.filter(slug_en__isnull=True).exists()
