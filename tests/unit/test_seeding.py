from collections import Counter

import pytest
from django.apps import apps
from django.core.management import call_command
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation

from home.specs import contains_page_ref, in_language, is_pair, resolve_page_refs, with_block_ids
from tests.source_facts import IOP_AGREEMENTS, PRINCIPLES, PRIORITY_AREAS

PAIR = {"sv": "Hej", "en": "Hello"}


def test_in_language_replaces_every_pair():
    spec = {"title": PAIR, "blocks": [{"type": "x", "value": {"text": PAIR, "level": "h2"}}]}
    assert in_language(spec, "en") == {
        "title": "Hello",
        "blocks": [{"type": "x", "value": {"text": "Hello", "level": "h2"}}],
    }
    assert in_language(spec, "sv")["title"] == "Hej"


def test_is_pair_needs_exactly_both_languages():
    assert is_pair(PAIR)
    assert not is_pair({"sv": "Hej"})
    assert not is_pair({"sv": "Hej", "en": "Hello", "de": "Hallo"})


def test_block_ids_are_the_same_in_both_languages_and_stable():
    stream = [
        {"type": "heading", "value": {"text": PAIR, "level": "h2"}},
        {"type": "list", "value": {"style": "bullet", "items": [PAIR, PAIR]}},
    ]
    with_ids = with_block_ids(stream, "seed")
    swedish, english = in_language(with_ids, "sv"), in_language(with_ids, "en")
    assert [block["id"] for block in swedish] == [block["id"] for block in english]
    assert with_block_ids(stream, "seed") == with_ids
    assert len({block["id"] for block in swedish}) == 2
    items = swedish[1]["value"]["items"]
    assert [item["value"] for item in items] == ["Hej", "Hej"]
    assert items[0]["id"] != items[1]["id"]


def test_page_references_are_found_and_resolved():
    value = [{"type": "cta", "value": {"page": "page:/iop/", "text": PAIR}}]
    assert contains_page_ref(value)
    assert not contains_page_ref([{"type": "cta", "value": {"text": PAIR}}])
    resolved = resolve_page_refs(value, lambda path: {"/iop/": 42}[path])
    assert resolved[0]["value"]["page"] == 42


@pytest.mark.django_db
def test_initial_content_is_in_both_languages(home, en_locale):
    english_home = home.get_translation(en_locale)
    assert english_home.live
    swedish_pages = home.get_descendants(inclusive=True).live().filter(locale=home.locale)
    # Lättläst is Swedish only (home/content/lattlast/).
    easy_read = home.get_children().get(slug="lattlast")
    swedish_pages = swedish_pages.exclude(path__startswith=easy_read.path)
    for page in swedish_pages:
        translation = page.get_translation(en_locale)
        assert translation.live, page.url_path
        assert translation.alias_of_id is None, f"{page.url_path} is only an alias"
    # Each English page is a synchronised wagtail-localize translation editors can update.
    assert Translation.objects.filter(target_locale=en_locale).count() == swedish_pages.count()


@pytest.mark.django_db
def test_loading_twice_changes_nothing():
    pages = list(Page.objects.order_by("pk").values_list("pk", "path", "title", "live"))
    revisions = Revision.objects.count()
    call_command("load_initial_content", verbosity=0)
    assert list(Page.objects.order_by("pk").values_list("pk", "path", "title", "live")) == pages
    assert Revision.objects.count() == revisions


@pytest.mark.django_db
def test_an_editors_change_survives_a_reload(home):
    page = home.get_children().get(slug="overenskommelsen").specific
    page.title = "Om överenskommelsen, ändrad"
    page.save_revision().publish()
    call_command("load_initial_content", verbosity=0)
    page.refresh_from_db()
    assert page.title == "Om överenskommelsen, ändrad"


@pytest.mark.django_db
def test_the_six_principles_and_four_priority_areas_are_loaded_in_order(home):
    children = home.get_children()
    principles = children.get(slug="principer").get_children().live()
    areas = children.get(slug="prioriterade-omraden").get_children().live()
    assert [page.title for page in principles] == PRINCIPLES
    assert [page.title for page in areas] == PRIORITY_AREAS


@pytest.mark.django_db
def test_the_nine_iop_agreements_are_loaded_with_their_parties(home):
    model = apps.get_model("partnerships", "IOPAgreementPage")
    agreements = model.objects.descendant_of(home).filter(locale=home.locale).live()

    def year(date):
        return date and date.year

    loaded = Counter(
        (
            frozenset(body.name for body in agreement.municipal_bodies.all()),
            frozenset(organisation.name for organisation in agreement.organisations.all()),
            (year(agreement.start_date), year(agreement.end_date)),
        )
        for agreement in agreements
    )
    assert loaded.total() == 9
    assert loaded == Counter(
        (frozenset(bodies), frozenset(organisations), period)
        for bodies, organisations, period in IOP_AGREEMENTS
    )
    for agreement in agreements:
        assert agreement.priority_areas.exists(), agreement.title
