"""A page stands in the English tree only once it is translated: a new Swedish page is never
shown as English text, and editors see what is left to translate."""

import pytest
from wagtail.models import Page
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.operations import translate_object

from home.seeding import remove_untranslated_aliases
from lundsite.translation_report import MISSING, OUT_OF_DATE, translation_gaps
from tests.integration.test_iop_admin import agreement_form, post

pytestmark = pytest.mark.django_db
TITLE = "Schack för äldre"


@pytest.fixture
def swedish_agreement(admin_client, home):
    response = post(admin_client, home, agreement_form(title=TITLE, slug="schack-for-aldre"))
    assert response.status_code == 302
    return Page.objects.get(title=TITLE, locale__language_code="sv").specific


def test_a_new_swedish_agreement_stays_out_of_the_english_register(
    client, swedish_agreement, en_locale
):
    assert swedish_agreement.get_translation_or_none(en_locale) is None
    assert TITLE in client.get("/iop/").content.decode()
    assert client.get("/en/iop/schack-for-aldre/").status_code == 404
    for url in ("/en/iop/", "/en/iop/feed/", "/en/iop/export.csv", "/en/iop/export.json"):
        assert TITLE not in client.get(url).content.decode(), url


def test_editors_see_it_as_missing_until_it_is_translated(
    client, swedish_agreement, en_locale, django_capture_on_commit_callbacks
):
    assert translation_gaps()[swedish_agreement.pk] == str(MISSING)
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(swedish_agreement, [en_locale])
    english = swedish_agreement.get_translation(en_locale)
    english.save_revision().publish()
    assert swedish_agreement.pk not in translation_gaps()
    assert client.get(english.url).status_code == 200


def test_a_changed_swedish_page_marks_its_translation_out_of_date(home, en_locale):
    dialog = home.get_children().get(slug="principer").get_children().get(slug="dialog")
    assert dialog.pk not in translation_gaps()
    dialog.specific.save_revision().publish()
    assert translation_gaps()[dialog.pk] == str(OUT_OF_DATE)


def test_the_report_lists_them_for_editors(admin_client, swedish_agreement):
    content = admin_client.get("/admin/reports/translations/").content.decode()
    assert TITLE in content
    assert "Saknar översättning" in content


def test_aliases_made_earlier_are_removed_and_no_new_ones_are_made(
    home, sv_locale, en_locale, swedish_agreement, django_capture_on_commit_callbacks
):
    # As the site was set up before: synchronising makes an English alias of the new page.
    with django_capture_on_commit_callbacks(execute=True):
        LocaleSynchronization.objects.create(locale=en_locale, sync_from=sv_locale)
    alias = swedish_agreement.get_translation(en_locale)
    assert alias.alias_of_id == swedish_agreement.pk
    # Besides it, the Swedish-only lättläst pages got aliases too (home/content/lattlast/).
    swedish_only = home.get_children().get(slug="lattlast").get_descendants(inclusive=True)
    assert remove_untranslated_aliases() == 1 + swedish_only.count()
    assert not Page.objects.filter(pk=alias.pk).exists()
    assert not LocaleSynchronization.objects.exists()
    # The translated English pages the site was loaded with are all still there.
    assert Page.objects.filter(locale=en_locale, alias_of__isnull=True).count() > 30
