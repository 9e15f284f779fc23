"""Page feedback: "Hjälpte informationen på sidan dig? Ja / Nej", stored per page without
cookie or personal data, thanked on the page, reported in the admin, rate-limited."""

import re

import pytest
from django.core.cache import caches

from lundsite import feedback_views
from lundsite.feedback import PageFeedback

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()


@pytest.fixture
def dialog(home):
    return home.get_children().get(slug="principer").get_children().get(slug="dialog")


@pytest.mark.parametrize("url", ["/principer/dialog/", "/en/principles/dialogue/", "/iop/"])
def test_every_content_page_asks_whether_it_helped(client, url):
    content = client.get(url).content.decode()
    assert "data-feedback" in content
    assert 'name="helpful" value="yes"' in content and 'name="helpful" value="no"' in content
    assert '<label for="feedback-comment">' in content
    assert 'src="/static/js/feedback.js"' in content
    # Cached pages set no cookie: the form carries no CSRF token.
    assert "csrfmiddlewaretoken" not in content[content.find('id="feedback"') :]


def test_swedish_question_and_english_question(client):
    assert "Hjälpte informationen på sidan dig?" in client.get("/principer/").content.decode()
    english = client.get("/en/principles/").content.decode()
    assert "Did the information on this page help you?" in english
    assert 'action="/en/sidrespons/"' in english


def test_search_page_has_no_feedback_form(client):
    assert "data-feedback" not in client.get("/sok/").content.decode()


def test_yes_is_stored_and_thanked_without_a_cookie(client, dialog):
    response = client.post("/sidrespons/", {"page": dialog.pk, "helpful": "yes"})
    assert response.status_code == 302
    assert response["Location"] == "/principer/dialog/?sidrespons=tack#feedback"
    assert response.cookies == {}
    feedback = PageFeedback.objects.get()
    assert feedback.page_id == dialog.pk and feedback.helpful is True and feedback.comment == ""
    thanked = client.get("/principer/dialog/?sidrespons=tack").content.decode()
    assert "Tack för ditt svar!" in thanked
    assert "data-feedback" not in thanked


def test_no_with_a_comment_is_stored(client, dialog):
    client.post(
        "/sidrespons/", {"page": dialog.pk, "helpful": "no", "comment": "  Saknar exempel.  "}
    )
    feedback = PageFeedback.objects.get()
    assert feedback.helpful is False
    assert feedback.comment == "Saknar exempel."


def test_nothing_about_the_reader_is_stored(client, dialog):
    client.post("/sidrespons/", {"page": dialog.pk, "helpful": "no", "comment": "Oklart"})
    fields = {field.name for field in PageFeedback._meta.get_fields()}
    assert fields == {"id", "page", "helpful", "comment", "created_at"}


def test_english_page_redirects_to_the_english_page(client, dialog, en_locale):
    english = dialog.get_translation(en_locale)
    response = client.post("/en/sidrespons/", {"page": english.pk, "helpful": "yes"})
    assert response["Location"] == "/en/principles/dialogue/?sidrespons=tack#feedback"


@pytest.mark.parametrize(
    "data",
    [
        {"page": "abc", "helpful": "yes"},
        {"page": "999999", "helpful": "yes"},
        {"page": "", "helpful": "yes"},
        {"helpful": "yes"},
        {"page": "1", "helpful": "yes"},  # the tree's invisible root
        {"page": "9" * 19, "helpful": "yes"},
    ],
)
def test_unknown_page_is_refused_clearly(client, data):
    response = client.post("/sidrespons/", data)
    content = response.content.decode()
    assert response.status_code == 400
    assert "Ditt svar kom inte fram" in content
    assert "Sidan finns inte." in content
    assert PageFeedback.objects.count() == 0


def test_too_long_comment_is_refused_with_the_error_tied_to_the_field(client, dialog):
    response = client.post(
        "/sidrespons/", {"page": dialog.pk, "helpful": "no", "comment": "x" * 501}
    )
    content = response.content.decode()
    assert response.status_code == 400
    assert "Skriv högst 500 tecken. Du skrev 501." in content
    assert 'aria-describedby="feedback-comment-hint feedback-comment-error"' in content
    assert 'aria-invalid="true"' in content
    assert 'href="/principer/dialog/"' in content
    assert PageFeedback.objects.count() == 0


def test_english_errors_in_english(client):
    content = client.post("/en/sidrespons/", {"page": "abc", "helpful": "yes"}).content.decode()
    assert '<html lang="en">' in content
    assert "Your answer did not reach us" in content


def test_missing_answer_is_refused(client, dialog):
    response = client.post("/sidrespons/", {"page": dialog.pk, "helpful": "kanske"})
    assert response.status_code == 400
    assert PageFeedback.objects.count() == 0


def test_honeypot_is_thanked_but_not_stored(client, dialog):
    response = client.post(
        "/sidrespons/", {"page": dialog.pk, "helpful": "yes", "website": "http://spam"}
    )
    assert response.status_code == 302
    assert PageFeedback.objects.count() == 0


def test_get_is_not_allowed(client):
    assert client.get("/sidrespons/").status_code == 405


def test_rate_limited_per_client_address(client, dialog, monkeypatch):
    monkeypatch.setattr(feedback_views, "RATE", "2/h")
    for _ in range(2):
        assert client.post("/sidrespons/", {"page": dialog.pk, "helpful": "yes"}).status_code == 302
    response = client.post("/sidrespons/", {"page": dialog.pk, "helpful": "yes"})
    assert response.status_code == 429
    assert "Vänta en stund och försök igen" in response.content.decode()
    assert PageFeedback.objects.count() == 2
    other = client.post(
        "/sidrespons/", {"page": dialog.pk, "helpful": "yes"}, REMOTE_ADDR="10.1.2.3"
    )
    assert other.status_code == 302


def test_report_in_the_admin_per_page(client, dialog, django_user_model):
    for helpful, comment in [(True, ""), (True, ""), (False, "Saknar exempel"), (False, "")]:
        PageFeedback.objects.create(page=dialog, helpful=helpful, comment=comment)
    client.force_login(django_user_model.objects.create_superuser("red", "r@example.org", "pw"))
    report = client.get("/admin/reports/feedback/")
    content = report.content.decode()
    assert report.status_code == 200
    row = next(row for row in re.findall(r"<tr.*?</tr>", content, re.S) if "Dialog" in row)
    cells = [re.sub(r"<[^>]+>|\s", "", cell) for cell in re.findall(r"<td.*?</td>", row, re.S)]
    # Page, language, yes, no, comments, latest answer.
    assert cells[0].startswith("Dialog")
    assert cells[2:5] == ["2", "2", "1"]
    detail = client.get(f"/admin/reports/feedback/{dialog.pk}/")
    assert detail.status_code == 200
    assert "Saknar exempel" in detail.content.decode()
    assert client.get("/admin/reports/feedback/999999/").status_code == 404


def test_report_is_for_editors_only(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("nobody", "n@example.org", "pw"))
    assert client.get("/admin/reports/feedback/").status_code in (302, 403)


def test_dashboard_lists_pages_not_reviewed_for_a_year(client, home, django_user_model):
    import datetime

    from django.utils import timezone

    principles = home.get_children().get(slug="principer").specific
    principles.reviewed_at = timezone.localdate() - datetime.timedelta(days=500)
    principles.save()
    client.force_login(django_user_model.objects.create_superuser("red2", "r@example.org", "pw"))
    content = client.get("/admin/").content.decode()
    assert "Sidor som inte granskats på över ett år" in content
    assert f'href="/admin/pages/{principles.pk}/edit/"' in content
