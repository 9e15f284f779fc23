"""The tags a page or fragment collects while it is made, and what retiring a tag deletes."""

import pytest
from django.core.cache import caches
from django.test import override_settings
from wagtail.models import Page

from lundsite import cache_tags
from partnerships.iop.agreements import IOPAgreementPage
from principles.models import PrinciplePage

LOCMEM = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
CACHES = {
    "default": {**LOCMEM, "LOCATION": "tags-default"},
    "pages": {**LOCMEM, "LOCATION": "tags-pages"},
    "ratelimit": {**LOCMEM, "LOCATION": "tags-ratelimit"},
}


@pytest.fixture(autouse=True)
def local_caches():
    with override_settings(CACHES=CACHES):
        for alias in CACHES:
            caches[alias].clear()
        cache_tags._local.clear()
        yield


def keep(key: str, tags: set[str], alias: str = "default") -> bool:
    with cache_tags.collecting() as collector:
        cache_tags.add(*tags)
    return cache_tags.keep(alias, key, "kept", 60, collector)


def test_nothing_is_noted_outside_a_collector():
    cache_tags.add("page:1")
    assert cache_tags.current() is None


def test_a_nested_collector_is_retired_with_its_page_and_hands_its_own_tags_up():
    with cache_tags.collecting() as page:
        cache_tags.add("page:1")
        with cache_tags.collecting() as fragment:
            cache_tags.add("page:2")
        assert fragment.tags == {"page:2"}
        assert fragment.retired_by == {"page:1", "page:2"}
        assert fragment.started == page.started
    assert page.tags == {"page:1", "page:2"}


def test_a_shared_fragment_does_not_tie_one_page_to_another():
    def footer():
        cache_tags.add("page:privacy")
        return "footer"

    with cache_tags.collecting():
        cache_tags.add("page:a")
        cache_tags.cached("footer", footer, 60)
    with cache_tags.collecting() as page_b:
        cache_tags.add("page:b")
        cache_tags.cached("footer", footer, 60)
    assert page_b.tags == {"page:b", "page:privacy"}
    # Kept under page A's tags too: what A's view handed in may show inside it.
    cache_tags.retire({"page:a"})
    assert caches["default"].get("footer") is None


@pytest.mark.django_db
def test_every_page_instantiated_is_noted(home):
    with cache_tags.collecting() as collector:
        children = list(home.get_children().specific())
    assert {f"page:{child.pk}" for child in children} <= collector.tags
    assert f"children:{home.path}" in collector.tags


@pytest.mark.django_db
def test_a_list_of_one_type_is_noted_by_type_and_of_every_type_as_any_page(home):
    with cache_tags.collecting() as typed:
        list(IOPAgreementPage.objects.live())
    assert "type:partnerships.IOPAgreementPage" in typed.tags
    assert cache_tags.ANY_PAGE not in typed.tags
    with cache_tags.collecting() as generic:
        list(Page.objects.live().filter(depth=3))
    assert cache_tags.ANY_PAGE in generic.tags
    with cache_tags.collecting() as translations:
        list(home.get_translations().live())
    assert cache_tags.ANY_PAGE not in translations.tags
    assert f"translations:{home.translation_key}" in translations.tags


@pytest.mark.django_db
def test_a_narrowed_list_names_its_own_tag_instead_of_its_type():
    with cache_tags.collecting() as collector, cache_tags.narrowed("iop-principle:x"):
        agreements = list(IOPAgreementPage.objects.live()[:2])
    assert "iop-principle:x" in collector.tags
    assert "type:partnerships.IOPAgreementPage" not in collector.tags
    assert {f"page:{a.pk}" for a in agreements} <= collector.tags


def test_a_value_read_from_the_cache_hands_its_tags_to_the_page_around_it():
    calls = []

    def build():
        calls.append(1)
        cache_tags.add("page:7")
        return "menu"

    with cache_tags.collecting():
        assert cache_tags.cached("menu-key", build, 60) == "menu"
    with cache_tags.collecting() as second:
        assert cache_tags.cached("menu-key", build, 60) == "menu"
    assert calls == [1]
    assert "page:7" in second.tags


def test_a_timeout_of_nought_keeps_nothing():
    with cache_tags.collecting():
        cache_tags.cached("preview", lambda: "draft", 0)
    assert caches["default"].get("preview") is None


def test_retiring_a_tag_deletes_only_what_was_kept_under_it():
    assert keep("shows-a", {"page:1", "menu"})
    assert keep("shows-b", {"page:2", "menu"})
    assert keep("whole-page-b", {"page:2"}, alias="pages")
    cache_tags.retire({"page:1"})
    assert caches["default"].get("shows-a") is None
    assert caches["default"].get("shows-b") == "kept"
    cache_tags.retire({"page:2"})
    assert caches["default"].get("shows-b") is None
    assert caches["pages"].get("whole-page-b") is None


def test_a_long_list_is_recorded_as_showing_any_page():
    many = {f"page:{pk}" for pk in range(cache_tags.MAX_PAGE_TAGS + 1)}
    assert keep("export", many | {"type:x"})
    assert "page:1" not in cache_tags._local.keys
    cache_tags.retire({cache_tags.ANY_PAGE})
    assert caches["default"].get("export") is None


def test_a_render_begun_before_a_retire_keeps_nothing():
    with cache_tags.collecting() as collector:
        cache_tags.add("page:1")
        # An editor publishes while the page is being made from the old rows.
        cache_tags.retire({"page:99"})
    assert not cache_tags.keep("default", "stale", "old", 60, collector)
    assert caches["default"].get("stale") is None
    assert keep("fresh", {"page:1"})


@pytest.mark.django_db
def test_a_change_retires_the_page_its_list_its_translations_and_its_type():
    agreement = IOPAgreementPage.objects.live().first()
    tags = cache_tags.tags_of_change(agreement)
    register = agreement.get_parent()
    assert {
        f"page:{agreement.pk}",
        f"translations:{agreement.translation_key}",
        f"children:{register.path}",
        f"descendants:{register.path}",
        "type:partnerships.IOPAgreementPage",
        cache_tags.ANY_PAGE,
    } <= tags
    principles = PrinciplePage.objects.filter(
        pk__in=agreement.principle_statements.values("principle")
    )
    assert {f"iop-principle:{p.translation_key}" for p in principles} <= tags
    assert {f"iop-area:{a.translation_key}" for a in agreement.priority_areas.all()} <= tags


@pytest.mark.django_db
def test_a_draft_saved_retires_nothing(monkeypatch):
    retired = []
    monkeypatch.setattr(cache_tags, "retire", lambda tags: retired.append(set(tags)))
    agreement = IOPAgreementPage.objects.live().first()
    agreement.title = "Ett utkast"
    agreement.save_revision()
    draft = IOPAgreementPage(title="Nytt utkast", summary="Ett partnerskap.", live=False)
    agreement.get_parent().add_child(instance=draft)
    assert retired == []
    agreement.save_revision().publish()
    assert any(f"page:{agreement.pk}" in tags for tags in retired)
