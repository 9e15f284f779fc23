"""The register's dataset described as DCAT-AP-SE, for dataportal.se: one dataset, a
distribution for each of the CSV, Excel, JSON and Atom files the register offers."""

from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext as _

from lundsite import cache_tags, dcat
from lundsite.models import ContactSettings

LANGUAGES = ("sv", "en")


def in_both(make) -> dcat.Texts:
    result = {}
    for language in LANGUAGES:
        with translation.override(language):
            result[language] = str(make())
    return result


def page_texts(page, field: str) -> dcat.Texts:
    """A page's field in Swedish and English, in one query; an untranslated page keeps its
    own text."""
    values = {language: getattr(page, field) for language in LANGUAGES}
    # Read as values, which note no page: the translations' tag instead (lundsite.cache_tags).
    cache_tags.add(f"translations:{page.translation_key}")
    translations = type(page).objects.filter(translation_key=page.translation_key, live=True)
    for language, value in translations.values_list("locale__language_code", field):
        if language in values:
            values[language] = value
    return values


def register_catalog(register, about, request: HttpRequest, contact: ContactSettings) -> dict:
    """`register` and `about` (its page about the data) in Swedish, the source language."""
    register_url = request.build_absolute_uri(register.get_url(request))
    about_url = request.build_absolute_uri(about.get_url(request))
    files = [
        ("export.csv", "text/csv", lambda: _("Avtalen som CSV")),
        (
            "export.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            lambda: _("Avtalen som Excel (XLSX)"),
        ),
        ("export.json", "application/json", lambda: _("Avtalen som JSON")),
        (
            "feed/",
            "application/atom+xml",
            lambda: _("Nyhetsflöde med avtalen (Atom)"),
        ),
    ]
    dataset = dcat.Dataset(
        uri=about_url + "#dataset",
        title=page_texts(register, "title"),
        description=page_texts(register, "intro"),
        landing_page=about_url,
        keywords=in_both(lambda: _("idéburet offentligt partnerskap")),
        distributions=[
            dcat.Distribution(
                url=register_url + name,
                media_type=media_type,
                title=in_both(title),
                access_url=register_url,
            )
            for name, media_type, title in files
        ],
    )
    return dcat.catalog(
        uri=about_url + "dcat.jsonld",
        title=page_texts(about, "title"),
        description=page_texts(about, "intro"),
        homepage=register_url,
        datasets=[dataset],
        contact=contact,
    )
