"""Every admin view that editors, publishers, Frivilligkraft's coordinators and the
föreningslots use opens in a real browser without a console error, an uncaught exception or
a Content-Security-Policy violation (the `page_problems` fixture fails the test otherwise).

A policy that blocks one of the admin's scripts shows here first: the view still answers 200,
but its choosers, date pickers or editor are dead."""

from collections.abc import Callable

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.conftest import ADMIN_PASSWORD

EDITOR, PUBLISHER, COORDINATOR, LOTS = (
    "Redaktörer",
    "Publicerare",
    "Frivilligkraft",
    "Föreningslots",
)
SUPERUSER = "superuser"

# (who, address); {placeholders} are filled from the `admin_objects` fixture.
VIEWS = [
    (EDITOR, "/admin/"),
    (EDITOR, "/admin/pages/"),
    (EDITOR, "/admin/pages/{register}/"),
    (EDITOR, "/admin/pages/search/?q=avtal"),
    (EDITOR, "/admin/pages/{agreement}/edit/"),
    (EDITOR, "/admin/pages/{agreement}/history/"),
    (EDITOR, "/admin/pages/{agreement}/view_draft/"),
    (EDITOR, "/admin/pages/{agreement}/revisions/compare/earliest...latest/"),
    (EDITOR, "/admin/pages/add/partnerships/iopagreementpage/{register}/"),
    (EDITOR, "/admin/pages/{register}/add_subpage/"),
    (EDITOR, "/admin/documents/"),
    (EDITOR, "/admin/documents/multiple/add/"),
    (EDITOR, "/admin/documents/edit/{document}/"),
    (EDITOR, "/admin/images/"),
    (EDITOR, "/admin/images/multiple/add/"),
    (EDITOR, "/admin/snippets/"),
    (EDITOR, "/admin/snippets/partnerships/municipalbody/"),
    (EDITOR, "/admin/snippets/partnerships/organisation/"),
    (EDITOR, "/admin/snippets/partnerships/organisation/add/"),
    (EDITOR, "/admin/snippets/partnerships/organisation/edit/{organisation}/"),
    (EDITOR, "/admin/reports/site-history/"),
    (EDITOR, "/admin/reports/aging-pages/"),
    (EDITOR, "/admin/reports/feedback/"),
    (EDITOR, "/admin/account/"),
    (PUBLISHER, "/admin/"),
    (PUBLISHER, "/admin/pages/{agreement}/edit/"),
    (PUBLISHER, "/admin/reports/workflow/"),
    (PUBLISHER, "/admin/reports/workflow_tasks/"),
    (COORDINATOR, "/admin/"),
    (COORDINATOR, "/admin/pages/{assignment}/edit/"),
    (COORDINATOR, "/admin/intresseanmalningar/"),
    (COORDINATOR, "/admin/intresseanmalningar/?answer=waiting"),
    (COORDINATOR, "/admin/intresseanmalningar/inspect/{interest}/"),
    (COORDINATOR, "/admin/intresseanmalningar/edit/{interest}/"),
    (COORDINATOR, "/admin/snippets/partnerships/assignmentcategory/"),
    (LOTS, "/admin/"),
    (LOTS, "/admin/samverkansideer/"),
    (LOTS, "/admin/samverkansideer/?status=received"),
    (LOTS, "/admin/samverkansideer/edit/{initiative}/"),
    (LOTS, "/admin/samverkansideer/inspect/{initiative}/"),
    (SUPERUSER, "/admin/"),
    (SUPERUSER, "/admin/utgaende-epost/"),
    # A public page as a signed-in editor sees it: the strict policy, with the userbar.
    (EDITOR, "/iop/{agreement_slug}/"),
    (None, "/admin/login/"),
    (None, "/admin/password_reset/"),
]


@pytest.fixture(scope="module")
def admin_objects(django_db_blocker, site_url) -> dict[str, int]:
    """One of each object the views above show. Written in autocommit while no request is
    in flight, so the live server sees them at once."""
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    from partnerships.frivilligkraft.assignments import AssignmentPage
    from partnerships.frivilligkraft.interest import Interest
    from partnerships.iop.agreements import IOPAgreementPage
    from partnerships.parties import Organisation
    from tests.factories.initiatives import make_initiative

    with django_db_blocker.unblock():
        agreement = IOPAgreementPage.objects.live().filter(locale__language_code="sv").first()
        assignment = AssignmentPage.objects.live().filter(locale__language_code="sv").first()
        interest = Interest.objects.create(
            assignment=assignment,
            name="Vy Testare",
            email="vy.testare@example.org",
            message="Jag hjälper gärna till.",
        )
        document = Document(title="Avtal för vyer")
        document.file.save("avtal-vyer.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=True)
        return {
            "register": agreement.get_parent().pk,
            "agreement_slug": agreement.slug,
            "agreement": agreement.pk,
            "assignment": assignment.pk,
            "interest": interest.pk,
            "document": document.pk,
            "organisation": Organisation.objects.first().pk,
            "initiative": make_initiative(organisation_name="Vyföreningen").pk,
        }


@pytest.fixture(scope="module")
def people(django_db_blocker, site_url, admin_people) -> dict[str, str]:
    """Usernames by group, and a superuser, who sees the outbox and the update check."""
    from django.contrib.auth import get_user_model

    with django_db_blocker.unblock():
        get_user_model().objects.create_superuser(
            "superuser-web", "superuser-web@example.org", ADMIN_PASSWORD
        )
    return {**admin_people, SUPERUSER: "superuser-web"}


@pytest.fixture(scope="module")
def signed_in(browser: Browser, site_url: str, people) -> Callable[[str], dict]:
    """The browser state of a person signed in, per group: one login each, not one per view."""
    states: dict[str, dict] = {}

    def state(group: str) -> dict:
        if group not in states:
            context = browser.new_context(locale="sv-SE")
            page = context.new_page()
            page.goto(site_url + "/admin/login/")
            page.locator("#id_username").fill(people[group])
            page.locator("#id_password").fill(ADMIN_PASSWORD)
            page.locator("#id_password").press("Enter")
            page.wait_for_url(site_url + "/admin/")
            states[group] = context.storage_state()
            context.close()
        return states[group]

    return state


def open_admin_view(browser: Browser, state: dict | None, url: str) -> Page:
    context = browser.new_context(locale="sv-SE", storage_state=state)
    page = context.new_page()
    response = page.goto(url)
    assert response is not None and response.status == 200, f"{url}: {response and response.status}"
    # Scripts that run after load (choosers, the sidebar, Draftail) have had their turn when
    # the network is idle; their errors are reported by `page_problems` at teardown.
    page.wait_for_load_state("networkidle")
    return page


@pytest.mark.parametrize(("group", "path"), VIEWS, ids=[f"{g}:{p}" for g, p in VIEWS])
def test_admin_view_opens_without_console_errors(
    browser: Browser, site_url: str, admin_objects, signed_in, group, path
):
    url = site_url + path.format(**admin_objects)
    page = open_admin_view(browser, signed_in(group) if group else None, url)
    if group:
        # Signed in and shown the view, not sent back to the login or a permission page.
        assert page.url.startswith(url.split("?")[0]), page.url
        assert page.locator("#main, main").count() >= 1
