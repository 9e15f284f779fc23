import pytest
import pytest_django.fixtures
from django.conf import settings
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Locale, Site

from lundsite import site_memory

_databases_for_setup = pytest_django.fixtures._get_databases_for_setup


def _with_default_database(items):
    """Browser tests use no `db` fixture (their server's writes must persist), so a run of
    only browser tests would make pytest-django skip creating the test database."""
    aliases, serialized = _databases_for_setup(items)
    return {*aliases, "default"}, serialized


pytest_django.fixtures._get_databases_for_setup = _with_default_database


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the site's initial content, loaded once per session."""
    with django_db_blocker.unblock():
        call_command("load_initial_content", verbosity=0)


@pytest.fixture(autouse=True)
def swedish_to_start_with():
    """Each test starts in the source language: a request through the test client leaves its
    language active in the thread, so an English page in one test would translate the next."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def no_site_from_another_test():
    """A test's sites go with its transaction; one kept in memory (lundsite.site_memory)
    would point the next test at a home page that is gone."""
    site_memory.forget()
    yield
    site_memory.forget()


def pytest_collection_modifyitems(items):
    """Browser tests go last: what they write through the live server is committed."""
    items.sort(key=lambda item: "browser" in item.keywords)


@pytest.fixture
def sv_locale(db) -> Locale:
    return Locale.objects.get(language_code="sv")


@pytest.fixture
def en_locale(db) -> Locale:
    return Locale.objects.get(language_code="en")


@pytest.fixture
def home(db):
    return Site.objects.get(is_default_site=True).root_page.specific
