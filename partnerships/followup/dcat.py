"""The follow-up's CSV files described as DCAT-AP-SE: a dataset per year, a file per table."""

from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext as _

from lundsite import cache_tags, dcat
from lundsite.models import ContactSettings
from partnerships.followup.figures import TABLE_TITLES

LANGUAGES = ("sv", "en")


def in_both(text) -> dcat.Texts:
    """A translatable string in Swedish and English."""
    result = {}
    for language in LANGUAGES:
        with translation.override(language):
            result[language] = str(text() if callable(text) else text)
    return result


def page_titles(page) -> dcat.Texts:
    """The page's title in Swedish and English, in one query."""
    titles = {language: page.title for language in LANGUAGES}
    # Read as values, which note no page: the translations' tag instead (lundsite.cache_tags).
    cache_tags.add(f"translations:{page.translation_key}")
    translations = type(page).objects.filter(translation_key=page.translation_key, live=True)
    for language, title in translations.values_list("locale__language_code", "title"):
        if language in titles:
            titles[language] = title
    return titles


def year_title(year: int) -> str:
    return _("Uppföljning av samverkan %(year)s") % {"year": year}


def year_description(year: int) -> str:
    return _(
        "Siffror för %(year)s från IOP-registret, föreningslotsens idéer och Frivilligkraft. "
        "De visas per nämnd, per område och per organisation."
    ) % {"year": year}


def follow_up_catalog(index, request: HttpRequest, contact: ContactSettings) -> dict:
    index_url = request.build_absolute_uri(index.get_url(request))
    datasets = []
    for year_page in index.years():
        page_url = request.build_absolute_uri(year_page.get_url(request))
        datasets.append(
            dcat.Dataset(
                uri=page_url + "#dataset",
                title=in_both(lambda year=year_page.year: year_title(year)),
                description=in_both(lambda year=year_page.year: year_description(year)),
                landing_page=page_url,
                keywords=in_both(lambda: _("samverkan")),
                distributions=[
                    dcat.Distribution(
                        url=f"{page_url}{slug}.csv",
                        media_type="text/csv",
                        title=in_both(title),
                        access_url=page_url,
                    )
                    for slug, title in TABLE_TITLES.items()
                ],
            )
        )
    return dcat.catalog(
        uri=index_url + "dcat.jsonld",
        title=page_titles(index),
        description=in_both(
            lambda: _("Årets samverkan mellan Lunds kommun och föreningarna, i siffror.")
        ),
        homepage=index_url,
        datasets=datasets,
        contact=contact,
    )
