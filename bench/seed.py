"""A home page with a translated menu, for when load_demo_content is missing."""

import django


def main():
    django.setup()
    from wagtail.models import Page

    from portal.home.factories import (
        ContentPageFactory,
        HomePageFactory,
        make_default_site,
    )
    from portal.home.models import HomePage

    if HomePage.objects.exists():
        return
    home = HomePageFactory(
        parent=Page.get_first_root_node(),
        title_ind="Beranda",
        slug_ind="beranda",
        title_vi="Trang chủ",
        slug_vi="trang-chu",
        title_ar="الرئيسية",
        slug_ar="الرئيسية",
        hero_heading_ind="Pelatihan bagi pekerja perlindungan anak",
        hero_heading_vi="Đào tạo cho cán bộ bảo vệ trẻ em",
        hero_heading_ar="تدريب للعاملين في حماية الطفل",
    )
    make_default_site(home)
    for title, slug in [("Training", "training"), ("About", "about")]:
        ContentPageFactory(parent=home, title=title, slug=slug, show_in_menus=True)


if __name__ == "__main__":
    main()
