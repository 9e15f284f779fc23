"""Wagtail's site root paths in one query (lundsite/site_roots.py): the same list in the same
order as Wagtail's own, with two sites and a home page in two languages."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from lundsite import site_roots
from tests.cache_settings import emptied, local_cache_settings

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def kept_for_a_while():
    with emptied(local_cache_settings("site-roots")):
        yield


def test_the_same_paths_as_wagtails_in_one_query_then_none():
    call_command("load_initial_content", "--examples", verbosity=0)
    tree_root = Page.get_first_root_node()
    other_home = tree_root.add_child(instance=Page(title="Annan webbplats", slug="annan"))
    Site.objects.create(hostname="annan.example", port=443, root_page=other_home)
    cache.clear()
    expected = site_roots._wagtails_own()
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        paths = Site.get_site_root_paths()
    assert len(queries) == 1
    assert paths == expected
    assert {path.language_code for path in paths} == {"sv", "en"}
    assert "https://annan.example" in {path.root_url for path in paths}
    with CaptureQueriesContext(connection) as queries:
        assert Site.get_site_root_paths() == expected
    assert len(queries) == 0
