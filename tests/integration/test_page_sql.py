"""A page of a known type by its id (lundsite/page_sql.py): the same page as Django's own
query gives, for every page type, from SQL put together once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, get_page_models

from lundsite.page_sql import page_by_id

pytestmark = pytest.mark.django_db


def test_every_page_type_reads_as_djangos_own_query_does():
    checked = 0
    for model in get_page_models():
        page = model.objects.first()
        if page is None or model is Page:
            continue
        found = page_by_id(model, page.pk)
        assert type(found) is model
        for field in model._meta.concrete_fields:
            assert getattr(found, field.attname) == getattr(page, field.attname), field
        checked += 1
    assert checked >= 10


def test_one_query_and_none_for_an_id_no_page_has():
    page = Page.objects.filter(depth=3).first().specific
    page_by_id(type(page), page.pk)
    with CaptureQueriesContext(connection) as queries:
        assert page_by_id(type(page), page.pk).title == page.title
        assert page_by_id(type(page), 987_654_321) is None
    assert len(queries) == 2


def test_several_pages_of_a_type_at_once_as_in_bulk_gives_them():
    from lundsite.page_sql import pages_by_ids
    from partnerships.iop.agreements import IOPAgreementPage

    ids = list(IOPAgreementPage.objects.values_list("pk", flat=True)[:5])
    found = pages_by_ids(IOPAgreementPage, [*ids, ids[0], 987_654_321])
    expected = IOPAgreementPage.objects.in_bulk(ids)
    assert found.keys() == expected.keys()
    assert all(found[pk].title == expected[pk].title for pk in ids)
