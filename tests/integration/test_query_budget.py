"""Every public page type, in both languages, in a handful of SQL queries once the fragment
cache is warm (DESIGN.md's budget), and the same number with many more agreements and
assignments: nothing a template loops over may cost a query per item."""

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from lundsite.benchmark import MAX_QUERIES, representative_urls
from partnerships.initiatives.models import Initiative, InitiativeStatus
from tests.factories.initiatives import make_initiative

LOCMEM = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
CACHES = {
    "default": {**LOCMEM, "LOCATION": "budget-default"},
    # The whole-page cache off: this is the cost of a page-cache miss.
    "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    "ratelimit": {**LOCMEM, "LOCATION": "budget-ratelimit"},
}
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def warm_capable_caches():
    with override_settings(CACHES=CACHES):
        caches["default"].clear()
        yield
        caches["default"].clear()


def warm_query_counts(urls: list[str]) -> dict[str, tuple[int, int, list[str]]]:
    client = Client()
    counts = {}
    for url in urls:
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            status = client.get(url).status_code
        counts[url] = (status, len(queries), [q["sql"] for q in queries])
    return counts


def show_an_idea() -> Initiative:
    """The loaded content has no idea shown in public; the page of one is measured too."""
    return make_initiative(
        wants_public=True,
        public_approved=True,
        public_description="Läxhjälp på biblioteket för barn i årskurs 4–9.",
        status=InitiativeStatus.IN_PROGRESS,
    )


def test_every_page_type_in_few_queries_at_small_and_bigger_volume():
    call_command("load_initial_content", "--examples", verbosity=0)
    idea = show_an_idea()
    urls = representative_urls()
    # Routed pages for items of their own are found in the data.
    for section in ("/organisationer/", "/forvaltningar/", "/en/organisations/"):
        assert any(url.startswith(section) and url != section for url in urls), section
    assert f"/foreningslotsen/ideer/{idea.reference}/" in urls
    assert any(url.startswith("/uppfoljning/") and url.endswith(".csv") for url in urls)
    small = warm_query_counts(urls)
    call_command("build_iop_volume", 200, verbosity=0)
    call_command("build_assignment_volume", 200, verbosity=0)
    caches["default"].clear()
    bigger = warm_query_counts(urls)
    report = "\n".join(f"{url}: {small[url][:2]} → {bigger[url][:2]}" for url in urls)
    print(report)
    for url in urls:
        assert small[url][0] == 200, url
        assert small[url][1] <= MAX_QUERIES, f"{url}\n" + "\n".join(small[url][2])
        assert bigger[url][1] == small[url][1], f"{url}\n" + "\n".join(bigger[url][2])
