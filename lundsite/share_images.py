"""The picture a link preview shows (og:image): one card per section and language, drawn as
SVG in static/img/share/ and rendered to 1200×630 PNG by `manage.py render_share_images`.

A page shows its section's card: the section is the page's ancestor just below the home
page, named by its Swedish slug so that English pages find the same card."""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.templatetags.static import static
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from lundsite import fragment_cache, site_memory
from lundsite.locales import locale_of

WIDTH = 1200
HEIGHT = 630
SHARE_DIR = "img/share"
# What each card says, as its og:image:alt: the same words as the card's text.
CARDS = {
    "site": _("Samverkan Lund. Kommunen och föreningslivet i samarbete."),
    "home": _(
        "Så samarbetar kommunen och föreningarna i Lund. Överenskommelse, principer och IOP-avtal."
    ),
    "overenskommelsen": _("Om överenskommelsen. Varför kommunen och föreningslivet samverkar."),
    "principer": _("Sex principer för samverkan."),
    "prioriterade-omraden": _("Fyra prioriterade områden."),
    "samverkansprocessen": _("Samarbete i fem steg. Från idé till uppföljning."),
    "iop": _("IOP-avtal. Mellan kommunen och föreningar i Lund."),
    "frivilligkraft": _("Frivilligkraft. Hitta ett uppdrag som volontär."),
    "foreningslotsen": _("Föreningslotsen. Skicka din förenings idé om samarbete."),
}
LANGUAGES = ("sv", "en")


@dataclass(frozen=True)
class ShareImage:
    url: str
    alt: str
    width: int = WIDTH
    height: int = HEIGHT


def card_path(key: str, language: str) -> str:
    """The card's PNG under the static files, e.g. img/share/iop.en.png."""
    return f"{SHARE_DIR}/{key}.{language}.png"


def section_key(page: Page | None, ancestors: list[Page] | None = None) -> str:
    """The card for the page: its section's, the home page's, or the site's. `ancestors`
    (from the home page down, or None), where known, spare a query for the section."""
    if not isinstance(page, Page) or page.depth < 2:
        return "site"
    if page.depth == 2:
        return "home"
    if page.depth == 3:
        section = page
    elif ancestors and len(ancestors) > 1 and ancestors[1].depth == 3:
        section = ancestors[1]
    else:
        section = page.get_ancestors().filter(depth=3).first()
    if section is None:
        return "site"
    swedish_locale = locale_of(settings.LANGUAGE_CODE)
    if swedish_locale is None or section.locale_id != swedish_locale.pk:
        # Slugs change only with the site version: kept in memory, not asked on every page.
        slug = site_memory.remembered(
            "swedish-slug", (section.translation_key,), lambda: _swedish_slug(section)
        )
    else:
        slug = section.slug
    return slug if slug in CARDS else "site"


def _swedish_slug(page: Page) -> str:
    swedish = (
        Page.objects.filter(
            translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
        )
        .values_list("slug", flat=True)
        .first()
    )
    return swedish or ""


def share_image(
    page: Page | None, find_ancestors: Callable[[], list[Page] | None] | None = None
) -> ShareImage:
    """The page's card in the reader's language. The section is looked up once a day per page
    and site version, like the header's fragments; `find_ancestors` is asked only then."""
    if isinstance(page, Page) and page.pk:
        cache_key = f"share-image:{page.pk}:{fragment_cache.site_version()}"
        key = cache.get(cache_key)
        if key is None:
            key = section_key(page, find_ancestors() if find_ancestors else None)
            cache.set(cache_key, key, 86400)
    else:
        key = "site"
    language = get_language() or settings.LANGUAGE_CODE
    if language not in LANGUAGES:
        language = settings.LANGUAGE_CODE
    return ShareImage(url=static(card_path(key, language)), alt=str(CARDS[key]))
