from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal import site_files
from portal.i18n import urls as i18n_urls
from portal.i18n.sitemaps import PageSitemap
from portal.offline import views as offline_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": PageSitemap}},
        name="sitemap",
    ),
    path("sw.js", offline_views.service_worker, name="service_worker"),
    path("robots.txt", site_files.robots_txt, name="robots_txt"),
    path("favicon.ico", site_files.favicon, name="favicon"),
    path("", include(i18n_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("portal.accounts.urls")),
    # allauth's views (sign-up, sign-in, password reset) by their own names.
    path("accounts/", include("allauth.urls")),
    path("certificates/", include("training.certificates.urls")),
    path("supervision/assignments/", include("training.assignments.urls")),
    path("training-calendar/", include("training.assignments.calendar_urls")),
    path("supervision/", include("training.reports.urls")),
    path("search/", include("portal.search.urls")),
    path("", include("portal.offline.urls")),
    path("", include(wagtail_urls)),
)

handler400 = "portal.i18n.errors.bad_request"
handler403 = "portal.i18n.errors.permission_denied"
handler404 = "portal.i18n.errors.page_not_found"
# allauth's rate limits look for it here.
handler429 = "portal.i18n.errors.too_many_requests"
handler500 = "portal.resilience.views.server_error"
