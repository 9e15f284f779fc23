"""The party names on an agreement's card (partnerships/iop/card_parties.py): for a whole
list from one query, the same names in the same order as the parties' own lists."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from partnerships.iop.agreements import IOPAgreementPage

pytestmark = pytest.mark.django_db


def names(agreement: IOPAgreementPage) -> tuple[list[str], list[str]]:
    return (
        [body.name for body in agreement.municipal_bodies.all()],
        [organisation.name for organisation in agreement.organisations.all()],
    )


def test_a_list_reads_its_parties_names_in_one_query():
    expected = {agreement.pk: names(agreement) for agreement in IOPAgreementPage.objects.all()}
    assert any(len(bodies) + len(organisations) > 2 for bodies, organisations in expected.values())
    with CaptureQueriesContext(connection) as queries:
        agreements = list(IOPAgreementPage.objects.order_by("title").for_cards()[:20])
        shown = {
            agreement.pk: (
                agreement.card_parties.municipal_bodies,
                agreement.card_parties.organisations,
            )
            for agreement in agreements
        }
    assert len(queries) == 2  # the agreements, their parties
    assert shown == {pk: expected[pk] for pk in shown}


def test_an_agreement_read_alone_reads_its_parties_when_asked():
    agreement = IOPAgreementPage.objects.first()
    parties = agreement.card_parties
    assert (parties.municipal_bodies, parties.organisations) == names(agreement)


def test_the_register_shows_the_parties_on_each_card(client):
    agreement = IOPAgreementPage.objects.get(locale__language_code="sv", slug="q-hanget")
    bodies, organisations = names(agreement)
    content = client.get("/iop/", {"q": "Q-hänget"}).content.decode()
    assert f"{', '.join(bodies)} · {', '.join(organisations)}" in content
