"""The site's locales are read once per process and forgotten when one changes
(lundsite/locales.py)."""

import pytest

from lundsite.locales import forget_locales, locale_of

pytestmark = pytest.mark.django_db


def test_a_locale_is_read_once(django_assert_num_queries):
    forget_locales()
    with django_assert_num_queries(1):
        swedish = locale_of("sv")
        assert locale_of("sv") is swedish
    assert swedish.language_code == "sv"


def test_a_language_the_site_does_not_have_has_no_locale():
    assert locale_of("fi") is None


def test_a_changed_locale_is_read_again(django_assert_num_queries):
    english = locale_of("en")
    english.save()  # lundsite.apps forgets the locales on any save
    with django_assert_num_queries(1):
        assert locale_of("en") == english
