"""Playwright against Debian's chromium and a live server on the session's test database."""

import os
from collections.abc import Iterator

import pytest
from aiosmtpd.controller import Controller
from axe_playwright_python.sync_playwright import Axe
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.db import connections
from django.test import override_settings
from django.test.testcases import LiveServerThread
from playwright.sync_api import Page, expect

from tests.browser.page_problems import PageProblems
from tests.integration.test_outbox import Sink, free_port

# Playwright's sync API runs an event loop in this thread; Django would refuse the
# database calls the fixtures make from it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_FLAGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "sv-SE"}


ADMIN_PASSWORD = "lösen-för-test-1"
ADMIN_PEOPLE = {
    "Redaktörer": "redaktor-web",
    "Publicerare": "publicerare-web",
    "Frivilligkraft": "samordnare-web",
    "Föreningslots": "lotsen-web",
    "Evenemangsarrangörer": "arrangor-web",
    "Kommunkontoret": "kansliet-web",
}


@pytest.fixture(scope="session")
def admin_people(django_db_setup, django_db_blocker) -> dict[str, str]:
    """Admin users by group name. Made before the live server starts: writes from this
    thread afterwards would lock the shared in-memory SQLite database."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    with django_db_blocker.unblock():
        for group, username in ADMIN_PEOPLE.items():
            user = get_user_model().objects.create_user(
                username, f"{username}@example.org", ADMIN_PASSWORD
            )
            user.groups.add(Group.objects.get(name=group))
    return ADMIN_PEOPLE


@pytest.fixture(scope="session")
def example_assignments(django_db_setup, django_db_blocker) -> None:
    """Frivilligkraft's example assignments, loaded before the live server starts (as above)."""
    from django.core.management import call_command

    with django_db_blocker.unblock():
        call_command("load_initial_content", examples=True, verbosity=0)


@pytest.fixture(scope="session")
def site_url(django_db_setup, django_db_blocker, admin_people, example_assignments):
    """A live server whose data persists across browser tests (unlike pytest-django's)."""
    with django_db_blocker.unblock():
        shared = {}
        for connection in connections.all():
            if connection.vendor == "sqlite" and connection.is_in_memory_db():
                connection.inc_thread_sharing()
                shared[connection.alias] = connection
        server = LiveServerThread("127.0.0.1", StaticFilesHandler, shared)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        yield f"http://127.0.0.1:{server.port}"
        server.terminate()
        for connection in shared.values():
            connection.dec_thread_sharing()


@pytest.fixture(scope="session", autouse=True)
def _site_before_browser(site_url):
    """Start the server before Playwright starts its event loop in this thread: inside it,
    Django would open a fresh connection that knows nothing of the test database."""


@pytest.fixture(autouse=True)
def page_problems(request, monkeypatch) -> Iterator[PageProblems]:
    """Fails any browser test whose pages log a console error, throw, or violate the CSP
    (see page_problems.py). Autouse, so it is set up before pytest-playwright's `page` and
    torn down after it, when every page has delivered its events."""
    problems = PageProblems()
    if "browser" in request.fixturenames:
        problems.watch_browser(request.getfixturevalue("browser"), monkeypatch)
    yield problems
    found = problems.close_and_report()
    if found:
        pytest.fail("The browser reported problems:\n" + "\n".join(found), pytrace=False)


@pytest.fixture
def register_id(django_db_blocker) -> int:
    """The Swedish IOP register, under which the editors' journeys add agreements."""
    from partnerships.iop.register import IOPRegisterPage

    with django_db_blocker.unblock():
        return IOPRegisterPage.objects.get(locale__language_code="sv").pk


@pytest.fixture(scope="session")
def axe() -> Axe:
    return Axe()


def describe_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        targets = [", ".join(node["target"]) for node in violation["nodes"]][:5]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} → {targets}")
    return "\n".join(lines)


@pytest.fixture
def assert_accessible(axe):
    def check(page) -> None:
        violations = axe.run(page).response["violations"]
        assert violations == [], f"{page.url}\n{describe_violations(violations)}"

    return check


@pytest.fixture
def smtp_sink() -> Iterator[Sink]:
    """A mail server in this process that keeps what it receives."""
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=free_port())
    controller.start()
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=controller.port,
    ):
        yield sink
    controller.stop()


def log_in(page: Page, site_url: str, username: str) -> None:
    """Logs a person from `admin_people` in to the admin."""
    page.goto(site_url + "/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(ADMIN_PASSWORD)
    page.locator("#id_password").press("Enter")
    expect(page).to_have_url(site_url + "/admin/")
