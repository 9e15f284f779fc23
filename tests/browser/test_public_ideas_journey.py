"""Ideas in the open and the chain they start: an association lets its idea be shown, the
föreningslots approves it, and a reader walks idea → agreement → assignment → area and back."""

import datetime
import re

import pytest
from django.core.cache import caches
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import log_in
from tests.browser.test_initiative_journey import fill_idea


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    caches["ratelimit"].clear()


def test_a_public_idea_appears_once_the_foreningslots_approves_it(
    page: Page, browser: Browser, site_url: str, admin_people, assert_accessible
):
    page.goto(site_url + "/foreningslotsen/")
    fill_idea(page, "aisha.public@example.org")
    page.locator("#id_organisation_name").fill("Öppna läsfrämjarna")
    expect(page.locator("#id_wants_public")).not_to_be_checked()
    page.get_by_label("Idén får visas på webbplatsen").check()
    page.get_by_role("button", name="Skicka idén").click()
    reference = page.locator(".reference").inner_text()

    # Another address than the one visited after approval: browsers keep a page a minute.
    page.goto(site_url + "/foreningslotsen/ideer/?step=1")
    expect(page.locator(".result-count")).to_be_visible()
    expect(page.locator(".idea-list")).not_to_contain_text("Öppna läsfrämjarna")

    lots = browser.new_page(locale="sv-SE")
    log_in(lots, site_url, admin_people["Föreningslots"])
    lots.goto(site_url + "/admin/samverkansideer/")
    lots.get_by_role("link", name=reference).click()
    description = lots.locator("textarea[name=public_description]")
    expect(description).to_have_value(re.compile("^Läxhjälp på biblioteket"))
    description.fill("Läxhjälp på biblioteket för barn.")
    lots.locator("input[name=public_approved]").check()
    lots.get_by_role("button", name="Spara").first.click()
    expect(lots.get_by_role("status")).to_contain_text("uppdaterad")
    lots.close()

    page.goto(site_url + "/foreningslotsen/ideer/")
    card = page.locator(".idea", has_text="Öppna läsfrämjarna")
    expect(card).to_contain_text("Läxhjälp på biblioteket för barn.")
    expect(card).to_contain_text("Steg 1 av 5: Samverkansinitiativ")
    expect(page.locator("main")).not_to_contain_text("Aisha")
    expect(page.locator("main")).not_to_contain_text("aisha.public@example.org")
    assert_accessible(page)

    page.get_by_role("link", name="Öppna läsfrämjarna").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Öppna läsfrämjarna")
    assert_accessible(page)

    page.goto(site_url + "/en/association-guide/ideas/?step=9")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("#id_step-error")).to_be_visible()
    assert_accessible(page)
    page.goto(site_url + "/en/association-guide/ideas/")
    expect(page.locator(".idea", has_text="Öppna läsfrämjarna")).to_contain_text("Step 1 of 5")
    assert_accessible(page)


@pytest.fixture
def chain(django_db_blocker) -> dict[str, str]:
    """An approved idea that led to an agreement, which has an open assignment."""
    from partnerships.initiatives.models import InitiativeStatus
    from partnerships.iop.register import IOPRegisterPage
    from principles.models import PriorityAreaPage
    from tests.factories.frivilligkraft import publish_assignment
    from tests.factories.initiatives import make_initiative
    from tests.factories.partnerships import IOPAgreementPageFactory

    with django_db_blocker.unblock():
        area = PriorityAreaPage.objects.get(slug="inkludering", locale__language_code="sv")
        agreement = IOPAgreementPageFactory(
            parent=IOPRegisterPage.objects.get(locale__language_code="sv"),
            title="Kedjeavtalet om läxhjälp",
            start_date=datetime.date(2026, 1, 1),
            end_date=datetime.date(2099, 12, 31),
        )
        agreement.priority_areas = [area]
        agreement.save_revision().publish()
        assignment = publish_assignment(title="Kedjeuppdraget läxhjälpare", iop_agreement=agreement)
        assignment.priority_areas = [area]
        assignment.save_revision().publish()
        idea = make_initiative(
            organisation_name="Kedjeföreningen",
            wants_public=True,
            public_approved=True,
            public_description="Läxhjälp för barn.",
            status=InitiativeStatus.IN_PROGRESS,
            iop_agreement=agreement,
        )
        return {"idea": idea.reference, "area": area.title}


def test_a_reader_walks_the_chain_and_back(page: Page, site_url: str, chain, assert_accessible):
    page.goto(f"{site_url}/foreningslotsen/ideer/{chain['idea']}/")
    page.get_by_role("link", name="Kedjeavtalet om läxhjälp").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kedjeavtalet om läxhjälp")
    assert_accessible(page)
    page.get_by_role("link", name="Kedjeuppdraget läxhjälpare").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kedjeuppdraget läxhjälpare")
    page.locator(".facts").get_by_role("link", name=chain["area"]).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(chain["area"])

    page.get_by_role("link", name="Kedjeuppdraget läxhjälpare").click()
    page.get_by_role("link", name="Kedjeavtalet om läxhjälp").click()
    page.get_by_role("link", name="Kedjeföreningen").click()
    expect(page).to_have_url(re.compile(f"/foreningslotsen/ideer/{chain['idea']}/$"))


@pytest.fixture
def organisation_with_idea(django_db_blocker) -> dict[str, str]:
    """An organisation with a number, and an approved idea sent under that number."""
    from partnerships.initiatives.models import InitiativeStatus
    from partnerships.parties import Organisation
    from tests.factories.initiatives import make_initiative

    with django_db_blocker.unblock():
        Organisation.objects.filter(slug="fontanhuset-lund").update(
            organisation_number="802000-2468"
        )
        idea = make_initiative(
            organisation_name="Fontänhuset Lund",
            organisation_number="8020002468",
            wants_public=True,
            public_approved=True,
            public_description="Frukostträffar för nya medlemmar.",
            status=InitiativeStatus.MATCHED,
        )
        return {"idea": idea.reference}


def test_a_reader_finds_an_organisations_idea_on_its_page(
    page: Page, site_url: str, organisation_with_idea, assert_accessible
):
    page.goto(site_url + "/organisationer/fontanhuset-lund/")
    ideas = page.get_by_role("region", name="Idéer till föreningslotsen")
    expect(ideas).to_contain_text("Frukostträffar för nya medlemmar.")
    expect(ideas).to_contain_text("Steg 1 av 5")
    expect(page.locator("main")).not_to_contain_text("Aisha")
    assert_accessible(page)
    ideas.get_by_role("link", name="Fontänhuset Lund").click()
    expect(page).to_have_url(
        re.compile(f"/foreningslotsen/ideer/{organisation_with_idea['idea']}/$")
    )

    page.goto(site_url + "/en/organisations/fontanhuset-lund/")
    ideas = page.get_by_role("region", name="Ideas to the association guide")
    expect(ideas).to_contain_text("Step 1 of 5")
    assert_accessible(page)
    ideas.get_by_role("link", name="Fontänhuset Lund").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Fontänhuset Lund")
    assert "/en/association-guide/ideas/" in page.url


def test_the_language_switcher_leads_to_the_list_in_the_other_language(page: Page, site_url: str):
    page.goto(site_url + "/foreningslotsen/ideer/?step=2")
    page.locator(".language-switcher").get_by_role("link", name="English").click()
    expect(page).to_have_url(site_url + "/en/association-guide/ideas/?step=2")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.locator(".language-switcher").get_by_role("link", name="Svenska").click()
    expect(page).to_have_url(site_url + "/foreningslotsen/ideer/?step=2")
    # An address in the other language's words, from an old link, leads to the right one.
    page.goto(site_url + "/foreningslotsen/ideas/")
    expect(page).to_have_url(site_url + "/foreningslotsen/ideer/")
