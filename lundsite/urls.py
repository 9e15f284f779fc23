from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from lundsite import routing
from lundsite.feedback_views import page_feedback
from lundsite.file_routes import FILE_PATH, serve_file_route
from lundsite.form_tokens import csrf_token_view
from lundsite.sitemap import robots_txt, sitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    # The reader's CSRF token for a form on a cached page (lundsite/form_tokens.py).
    path("csrf/", csrf_token_view, name="csrf_token"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Swedish, the source language, lives at / and English at /en/.
urlpatterns += i18n_patterns(
    re_path(FILE_PATH, serve_file_route),
    path("sidrespons/", page_feedback, name="page_feedback"),
    re_path(routing.SERVE_PATTERN, routing.serve),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

# The 500 page is made without the database (lundsite/error_views.py); 404 is Django's own,
# rendered with templates/404.html.
handler500 = "lundsite.error_views.server_error"
