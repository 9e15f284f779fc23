"""Plain language (klarspråk) over the whole loaded site: every Swedish page with 80 or more
words of prose reads at LIX 45 or below, and the median at 40 or below (DESIGN.md, issue 17).
Lists show each agreement's plain summary; its formal wording stays on its own page."""

import statistics

import pytest
from django.core.management import call_command
from wagtail.models import Page

from lundsite.readability import main_prose, measure
from partnerships.iop.agreements import IOPAgreementPage

pytestmark = pytest.mark.django_db

MIN_WORDS = 80
MAX_LIX = 45
MAX_MEDIAN_LIX = 40


@pytest.fixture
def swedish_pages(client) -> dict[str, tuple[float, int]]:
    """LIX and word count of every live Swedish page, with the example content loaded."""
    call_command("load_initial_content", "--examples", verbosity=0)
    readings = {}
    for page in Page.objects.live().filter(locale__language_code="sv", depth__gt=1):
        url = page.get_url()
        response = client.get(url)
        assert response.status_code == 200, url
        reading = measure(main_prose(response.content.decode()))
        readings[url] = (reading.lix, reading.words)
    return readings


def test_every_swedish_page_reads_plainly(swedish_pages):
    measured = {url: lix for url, (lix, words) in swedish_pages.items() if words >= MIN_WORDS}
    # The register, the agreement, the areas, Frivilligkraft and its examples at least.
    assert len(measured) >= 25
    too_hard = {url: round(lix, 1) for url, lix in measured.items() if lix > MAX_LIX}
    assert too_hard == {}
    assert statistics.median(measured.values()) <= MAX_MEDIAN_LIX


def test_cards_show_the_plain_summary_and_the_page_the_formal_one(client):
    agreement = IOPAgreementPage.objects.get(slug="rehabilitering-psykisk-ohalsa")
    assert agreement.plain_summary and agreement.plain_summary != agreement.summary
    register = client.get("/iop/").content.decode()
    page = client.get(agreement.url).content.decode()
    assert agreement.plain_summary in register
    assert agreement.summary not in register
    assert f'<p class="lead">{agreement.summary}</p>' in page


def test_english_cards_show_the_english_plain_summary(client):
    english = IOPAgreementPage.objects.get(slug="rehabilitation-mental-ill-health")
    assert english.locale.language_code == "en"
    assert english.plain_summary.startswith("Fontänhuset helps")
    assert english.plain_summary in client.get("/en/iop/").content.decode()


def test_every_seeded_agreement_has_a_plain_summary_in_both_languages():
    agreements = IOPAgreementPage.objects.all()
    assert agreements.count() == 18
    assert not agreements.filter(plain_summary="").exists()


def test_a_card_without_a_plain_summary_shows_the_summary(client):
    agreement = IOPAgreementPage.objects.get(slug="prisma", locale__language_code="sv")
    agreement.plain_summary = ""
    agreement.save_revision().publish()
    assert agreement.summary in client.get("/iop/").content.decode()
