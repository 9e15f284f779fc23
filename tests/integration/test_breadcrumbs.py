"""The breadcrumb's first link names where it leads (the home page's title), not a bare
"Start" that search engines and screen-reader link lists cannot tell apart."""

import re

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("url", "home"), [("/iop/", "/"), ("/en/iop/", "/en/")])
def test_the_first_crumb_is_the_home_pages_title(client, url, home):
    content = client.get(url).content.decode()
    trail = re.search(r'<nav class="breadcrumbs".*?</nav>', content, re.S).group(0)
    first = re.search(r'<a href="([^"]+)">([^<]+)</a>', trail)
    assert first.groups() == (home, "Samverkan Lund")
