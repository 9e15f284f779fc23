"""The editors' report of pages whose translation is missing or out of date.

A page stands in a language's tree only once it is translated (no aliases), so readers never
get Swedish text marked as English. This report shows editors what is still to translate:
live pages that lack a version in another language, and pages changed and published since
their translation was last brought up to date ("Synkronisera översatta sidor").
"""

from collections import defaultdict

from django.db.models import Case, CharField, Value, When
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, LocaleColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import TranslationSource

MISSING = _("Saknar översättning")
OUT_OF_DATE = _("Översättningen är inaktuell")
EDITORS = ["add", "change", "publish"]


def translation_gaps() -> dict[int, str]:
    """The ids of live pages to translate, each with what is wrong: MISSING for a page with
    no version in some other language, OUT_OF_DATE for a translated page published again
    after its translation was last synchronised."""
    locale_count = Locale.objects.count()
    versions: dict[str, list[tuple[int, object]]] = defaultdict(list)
    for pk, key, published in (
        Page.objects.live()
        .filter(depth__gt=1, alias_of__isnull=True)
        .values_list("pk", "translation_key", "last_published_at")
    ):
        versions[str(key)].append((pk, published))
    synchronised = {
        (str(key), locale_id): updated
        for key, locale_id, updated in TranslationSource.objects.values_list(
            "object_id", "locale_id", "last_updated_at"
        )
    }
    page_locales = dict(Page.objects.filter(depth__gt=1).values_list("pk", "locale_id"))
    gaps: dict[int, str] = {}
    for key, pages in versions.items():
        if len(pages) < locale_count:
            gaps.update((pk, str(MISSING)) for pk, _published in pages)
            continue
        for pk, published in pages:
            updated = synchronised.get((key, page_locales[pk]))
            if updated and published and published > updated:
                gaps[pk] = str(OUT_OF_DATE)
    return gaps


class TranslationReportView(ReportView):
    page_title = _("Översättningar att göra")
    header_icon = "globe"
    index_url_name = "lundsite_translations:report"
    index_results_url_name = "lundsite_translations:report_results"
    permission_policy = PagePermissionPolicy()
    any_permission_required = EDITORS
    no_results_message = _("Alla sidor finns på alla språk och är uppdaterade.")
    columns = [
        TitleColumn("title", label=_("Sida"), url_name="wagtailadmin_pages:edit"),
        LocaleColumn(label=_("Språk")),
        Column("translation_state", label=_("Vad som saknas")),
        DateColumn("last_published_at", label=_("Senast publicerad")),
    ]

    def get_queryset(self):
        gaps = translation_gaps()
        states = [When(pk=pk, then=Value(state)) for pk, state in gaps.items()]
        return (
            Page.objects.filter(pk__in=gaps)
            .annotate(translation_state=Case(*states, default=Value(""), output_field=CharField()))
            .select_related("locale")
            .order_by("path")
        )
