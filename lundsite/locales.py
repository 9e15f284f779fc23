"""The site's locales, read once per process: they are made by the first migration and do
not change while the site runs (a change to one forgets them all, lundsite.apps)."""

from django.utils.translation import get_language
from wagtail.models import Locale

_locales: dict[str, Locale] = {}
_locales_by_code: dict[str, Locale] = {}
_locales_by_id: dict[int, Locale] = {}


def active_locale() -> Locale:
    """`Locale.get_active()` without a query each time: the two locales are made by the
    first migration and never change while the site runs."""
    language = get_language()
    locale = _locales.get(language)
    if locale is None:
        locale = _original_get_active()
        _locales[language] = locale
    return locale


_original_get_active = Locale.get_active


def remember_locales() -> None:
    """Every `.localized` (footer links, calls to action, the menu's root) asked the
    database for the active locale again."""
    Locale.get_active = staticmethod(active_locale)


def locale_of(language_code: str) -> Locale | None:
    """The locale of a language, without a query each time (see `active_locale`); None
    for a language the site does not have."""
    locale = _locales_by_code.get(language_code)
    if locale is None:
        locale = Locale.objects.filter(language_code=language_code).first()
        if locale is not None:
            _locales_by_code[language_code] = locale
    return locale


def locale_by_id(locale_id: int) -> Locale:
    """A locale by its id, without a query each time (see `active_locale`)."""
    locale = _locales_by_id.get(locale_id)
    if locale is None:
        known = (known for known in _locales_by_code.values() if known.pk == locale_id)
        locale = next(known, None) or Locale.objects.get(pk=locale_id)
        _locales_by_id[locale_id] = locale
    return locale


def forget_locales(**kwargs) -> None:
    _locales.clear()
    _locales_by_code.clear()
    _locales_by_id.clear()
