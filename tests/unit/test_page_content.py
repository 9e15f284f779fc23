"""`{% page_content %}` keeps a page's main content per page, language, site version, date
and the values given, and never what is personal (lundsite/templatetags/tagged_cache.py)."""

import itertools

import pytest
from django.template import Context, Template, TemplateSyntaxError
from django.test import RequestFactory
from wagtail.models import Page

from lundsite import cache_tags
from tests.cache_settings import emptied, local_cache_settings

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def local_caches():
    with emptied(local_cache_settings("content")):
        yield


@pytest.fixture
def page():
    return Page.objects.filter(depth=2).first().specific


def drawn(page, tag_args: str = "", method: str = "get", **context) -> str:
    """The content as drawn; each time it is drawn anew, its number goes up."""
    template = Template(
        "{% load tagged_cache %}{% page_content 'test' " + tag_args + " %}"
        "{{ counter }}{% endpage_content %}"
    )
    request = getattr(RequestFactory(), method)("/")
    counter = context.pop("counter")
    return template.render(
        Context({"page": page, "request": request, "counter": lambda: next(counter), **context})
    )


def test_the_content_is_kept_and_drawn_once(page):
    counter = itertools.count()
    assert drawn(page, counter=counter) == drawn(page, counter=counter) == "0"


def test_each_value_given_has_its_own_content(page):
    counter = itertools.count()
    first = drawn(page, "key", key="a=1", counter=counter)
    other = drawn(page, "key", key="a=2", counter=counter)
    assert first != other
    assert drawn(page, "key", key="a=1", counter=counter) == first


@pytest.mark.parametrize(
    ("tag_args", "method", "context"),
    [
        ("key", "get", {"key": None}),  # a list whose filters were refused
        ("unless bound", "get", {"bound": True}),  # a form with someone's answers
        ("", "post", {}),  # carries the reader's CSRF token
    ],
)
def test_what_is_personal_is_never_kept(page, tag_args, method, context):
    counter = itertools.count()
    first = drawn(page, tag_args, method, counter=counter, **context)
    assert drawn(page, tag_args, method, counter=counter, **context) != first


def test_a_preview_is_never_kept(page):
    counter = itertools.count()
    template = Template(
        "{% load tagged_cache %}{% page_content 'test' %}{{ counter }}{% endpage_content %}"
    )
    request = RequestFactory().get("/")
    request.is_preview = True
    context = {"page": page, "request": request, "counter": lambda: next(counter)}
    assert template.render(Context(context)) != template.render(Context(context))


def test_publishing_the_page_retires_its_content(page):
    counter = itertools.count()
    first = drawn(page, counter=counter)
    cache_tags.retire(cache_tags.tags_of_change(page))
    assert drawn(page, counter=counter) != first


MALFORMED = [
    "{% page_content %}",
    "{% page_content 'x' for soon %}",
    "{% page_content 'x' unless %}",
]


@pytest.mark.parametrize("tag", MALFORMED)
def test_a_malformed_tag_says_so(tag):
    with pytest.raises(TemplateSyntaxError):
        Template("{% load tagged_cache %}" + tag + "{% endpage_content %}")
