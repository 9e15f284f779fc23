"""With Redis, as in production: a publish retires the cached pages that show the published
page and leaves the others; a cached page costs one read."""

import os
from unittest import mock

import pytest
import redis
from django.core.cache import caches
from django.test import RequestFactory
from wagtail.models import Locale, Page, Site

from home.models import ContentPage
from lundsite import cache_tags
from lundsite.page_cache import page_key
from partnerships.events.registration import place
from partnerships.iop.agreements import IOPAgreementPage
from partnerships.iop.principle_statements import AgreementPrinciple
from principles.models import PrinciplePage
from tests.cache_settings import flushed_redis
from tests.factories.events import make_registration, publish_event

REDIS_URL = os.environ.get("CACHE_TAGS_TEST_REDIS_URL", "redis://127.0.0.1:6379/9")
REDIS = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
CACHES = {
    "default": REDIS,
    "pages": REDIS,
    "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}
A = "/iop/vald-i-nara-relationer/"
B = "/iop/q-hanget/"
CONTENT = "/tillganglighet/"
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def real_redis():
    with flushed_redis(REDIS_URL, CACHES) as client:
        yield client


def is_cached(url: str, **headers) -> bool:
    return caches["pages"].get(page_key(RequestFactory().get(url, **headers))) is not None


def warm(client, *urls: str) -> None:
    for url in urls:
        assert client.get(url).status_code == 200, url
        assert is_cached(url), url


def page_at(url: str) -> Page:
    home = Site.objects.get(is_default_site=True).root_page
    return Page.objects.get(url_path=home.url_path + url.lstrip("/")).specific


def principle_without(agreement: IOPAgreementPage) -> str:
    followed = AgreementPrinciple.objects.filter(agreement=agreement).values(
        "principle__translation_key"
    )
    principle = (
        PrinciplePage.objects.live()
        .filter(locale__language_code="sv")
        .exclude(translation_key__in=followed)
        .first()
    )
    return principle.url


def test_a_cached_page_is_one_read_and_no_query(client, django_assert_num_queries):
    warm(client, "/principer/")
    commands = []
    execute = redis.Redis.execute_command

    def counted(self, *args, **options):
        commands.append(args[0])
        return execute(self, *args, **options)

    with (
        mock.patch.object(redis.Redis, "execute_command", counted),
        mock.patch.object(redis.client.Pipeline, "execute", side_effect=AssertionError),
        django_assert_num_queries(0),
    ):
        response = client.get("/principer/")
    assert response.status_code == 200
    assert commands == ["GET"]


def test_a_client_without_gzip_never_gets_the_gzipped_page(client):
    gzipped = client.get("/principer/", HTTP_ACCEPT_ENCODING="gzip")
    assert gzipped["Content-Encoding"] == "gzip"
    plain = client.get("/principer/")
    assert not plain.has_header("Content-Encoding")
    assert b"</html>" in plain.content
    assert is_cached("/principer/") and is_cached("/principer/", HTTP_ACCEPT_ENCODING="gzip")


def test_publishing_an_agreement_retires_what_shows_it_and_nothing_else(client):
    agreement = page_at(A)
    principle = principle_without(agreement)
    warm(client, A, B, "/iop/", "/", CONTENT, principle, "/en/iop/")
    agreement.title = "Nytt namn på avtalet"
    agreement.save_revision().publish()
    for url in (A, "/iop/", "/"):  # its page, its register (the parent), the latest three
        assert not is_cached(url), url
    for url in (B, CONTENT, principle, "/en/iop/"):
        assert is_cached(url), url
    assert "Nytt namn på avtalet" in client.get("/iop/").content.decode()
    assert "Nytt namn på avtalet" in client.get(A).content.decode()


def test_unpublishing_an_agreement_retires_what_shows_it_and_nothing_else(client):
    agreement = page_at(A)
    warm(client, A, B, "/iop/", CONTENT)
    agreement.unpublish()
    assert not is_cached("/iop/")
    assert client.get(A).status_code == 404
    assert is_cached(B) and is_cached(CONTENT)
    assert agreement.title not in client.get("/iop/").content.decode()


def test_a_principle_followed_by_the_published_agreement_is_retired(client):
    agreement = page_at(A)
    statement = AgreementPrinciple.objects.filter(agreement=agreement).first()
    followed = PrinciplePage.objects.get(
        translation_key=statement.principle.translation_key, locale=agreement.locale
    )
    warm(client, followed.url, B)
    agreement.save_revision().publish()
    assert not is_cached(followed.url)
    assert is_cached(B)


def test_a_new_page_under_home_retires_the_menu_on_every_page(client, home):
    page = ContentPage(title="Nytt i menyn", slug="nytt-i-menyn", show_in_menus=True, live=False)
    home.add_child(instance=page)
    warm(client, A, B, CONTENT, "/principer/")
    assert "Nytt i menyn" not in client.get(B).content.decode()
    page.save_revision().publish()
    for url in (A, B, CONTENT, "/principer/"):
        assert not is_cached(url), url
    assert ">Nytt i menyn</a>" in client.get(B).content.decode()


def test_a_new_translation_shows_in_the_source_pages_language_links(client, home):
    swedish = ContentPage(title="Bara på svenska", slug="bara-pa-svenska")
    home.add_child(instance=swedish)
    swedish.save_revision().publish()
    english = swedish.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title, english.slug = "Only in Swedish no more", "only-in-swedish-no-more"
    english.save_revision()
    warm(client, "/bara-pa-svenska/", B)
    assert "/en/only-in-swedish-no-more/" not in client.get("/bara-pa-svenska/").content.decode()
    english.save_revision().publish()
    assert not is_cached("/bara-pa-svenska/")
    assert is_cached(B)
    content = client.get("/bara-pa-svenska/").content.decode()
    assert 'hreflang="en" href="http://testserver/en/only-in-swedish-no-more/"' in content


@pytest.mark.parametrize("change", ["slug", "move"])
def test_a_structural_change_still_retires_every_page(client, home, change):
    page = ContentPage(title="Att flytta", slug="att-flytta")
    home.add_child(instance=page)
    page.save_revision().publish()
    warm(client, A, B, CONTENT)
    if change == "slug":
        page.slug = "flyttad"
        page.save_revision().publish()
    else:
        page.move(page_at("/overenskommelsen/"), pos="last-child")
    for url in (A, B, CONTENT):
        assert not is_cached(url), url


def test_a_registration_retires_its_event_and_leaves_other_pages(
    client, django_capture_on_commit_callbacks
):
    event = publish_event(title="Kurs om tags", capacity=1)
    # The event's own page hands out a CSRF cookie for its form, so it is never kept.
    warm(client, "/evenemang/", B)
    with django_capture_on_commit_callbacks(execute=True):
        place(make_registration(event, name="Kim"))
    assert not is_cached("/evenemang/")
    assert is_cached(B)


def test_a_retire_deletes_the_keys_recorded_in_redis_and_their_sets(real_redis):
    with cache_tags.collecting() as collector:
        cache_tags.add("page:1")
    assert cache_tags.keep("default", "fragment", "kept", 60, collector)
    tag_set = caches["default"].make_key(cache_tags.TAG_PREFIX + "page:1")
    assert real_redis.zcard(tag_set) == 1
    assert 0 < real_redis.ttl(tag_set) <= 60
    cache_tags.retire({"page:1"})
    assert caches["default"].get("fragment") is None
    assert not real_redis.exists(tag_set)


def test_a_request_records_all_its_entries_under_their_tags_at_once(real_redis):
    commands = []
    execute = redis.Redis.execute_command

    def counted(self, *args, **options):
        commands.append(args[0])
        return execute(self, *args, **options)

    token = cache_tags.begin_recording(cache_tags.retired_count())
    with cache_tags.collecting() as short:
        cache_tags.add("page:1", "type:iop.Agreement")
    cache_tags.keep("default", "short", "kept", 60, short)
    with cache_tags.collecting() as long:
        cache_tags.add("page:1", "page:2")
    cache_tags.keep("default", "long", "kept", 600, long)
    with mock.patch.object(redis.Redis, "execute_command", counted):
        cache_tags.end_recording(token)
    assert commands.count("EVALSHA") == 1 and "ZADD" not in commands

    def recorded(tag: str) -> tuple[set[str], int]:
        name = caches["default"].make_key(cache_tags.TAG_PREFIX + tag)
        return {key.decode() for key in real_redis.zrange(name, 0, -1)}, real_redis.ttl(name)

    made = caches["default"].make_key
    keys, ttl = recorded("page:1")
    assert keys == {made("short"), made("long")}
    assert 60 < ttl <= 600  # as long as its longest-lived entry
    assert recorded("page:2")[0] == {made("long")}
    keys, ttl = recorded("type:iop.Agreement")
    assert keys == {made("short")} and 0 < ttl <= 60
    cache_tags.retire({"page:2"})
    assert caches["default"].get("long") is None
    assert caches["default"].get("short") == "kept"
