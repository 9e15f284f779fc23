"""Small rules of search, findability and freshness."""

import datetime
import json

import pytest
from django.utils import timezone
from wagtail.models import Page

from lundsite.feedback import PageFeedbackForm
from lundsite.reports import pages_to_review
from lundsite.search_page import result_label, to_result
from lundsite.templatetags.findability import JSON_SCRIPT_ESCAPES, organisation_data
from lundsite.word_search import search_terms


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("Kvinnojouren", "kvinnojouren"),
        ('"dialog', "dialog"),
        ("AND OR NOT", "and or not"),
        ("ensam* (hälsa)", "ensam hälsa"),
        ("046-359 50 00", "046 359 50 00"),
        ("<script>", "script"),
        ("\"'()*:^", ""),
    ],
)
def test_search_terms_are_only_words(query, terms):
    assert search_terms(query) == terms


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "label"),
    [
        ("/principer/dialog/", "Princip"),
        ("/prioriterade-omraden/inkludering/", "Prioriterat område"),
        ("/iop/q-hanget/", "IOP-avtal"),
        ("/tillganglighet/", "Sida"),
        ("/principer/", "Sida"),
    ],
)
def test_results_are_labelled_by_page_type(home, path, label):
    page = Page.objects.get(url_path=home.url_path + path.strip("/") + "/").specific
    assert result_label(page) == label


def test_assignment_pages_are_labelled_by_their_own_type():
    from partnerships.frivilligkraft.assignments import AssignmentPage

    assert result_label(AssignmentPage()) == "Uppdrag"


@pytest.mark.django_db
def test_result_snippet_is_the_lead_cut_to_thirty_words(home):
    page = home.get_children().get(slug="overenskommelsen").specific
    page.intro = " ".join(["ord"] * 40)
    result = to_result(page)
    assert result.snippet.endswith("…")
    assert len(result.snippet.split()) == 31


def test_json_ld_cannot_end_its_script_element():
    data = organisation_data("https://x/</script><script>alert(1)//", "sv", "046", "a@b.se")
    payload = json.dumps(data).translate(JSON_SCRIPT_ESCAPES)
    assert "</script>" not in payload and "<" not in payload
    assert json.loads(payload)["@graph"][1]["url"].startswith("https://x/</script>")


@pytest.mark.django_db
def test_feedback_comment_after_yes_is_dropped(home):
    form = PageFeedbackForm({"page": str(home.pk), "helpful": "yes", "comment": "Bra"})
    assert form.is_valid()
    assert form.save().comment == ""


@pytest.mark.django_db
def test_pages_not_reviewed_for_a_year(home):
    today = timezone.localdate()
    principles = home.get_children().get(slug="principer").specific
    principles.reviewed_at = today - datetime.timedelta(days=400)
    principles.save()
    areas = home.get_children().get(slug="prioriterade-omraden").specific
    areas.reviewed_at = today - datetime.timedelta(days=30)
    areas.save()
    # Never reviewed, and first published long ago.
    Page.objects.filter(pk=home.pk).update(
        first_published_at=timezone.now() - datetime.timedelta(days=800)
    )
    stale, total = pages_to_review(today)
    stale_ids = [item.page.pk for item in stale]
    assert home.pk in stale_ids and principles.pk in stale_ids
    assert areas.pk not in stale_ids
    # Oldest first: the home page (800 days) before the principles (400 days).
    assert stale_ids.index(home.pk) < stale_ids.index(principles.pk)
    assert total == len(stale)
    never = next(item for item in stale if item.page.pk == home.pk)
    assert never.reviewed_at is None
