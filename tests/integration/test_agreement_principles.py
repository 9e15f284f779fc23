"""Each agreement says how it follows the six principles: on its page, in the register's
filter, on the principle's page and in the open data."""

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
from openpyxl import load_workbook

from partnerships.iop.agreements import IOPAgreementPage
from partnerships.iop.filters import RegisterFilterForm
from partnerships.iop.principle_statements import AgreementPrinciple
from partnerships.iop.register import IOPRegisterPage
from principles.models import PrinciplePage
from tests.factories.partnerships import IOPAgreementPageFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def test_every_loaded_agreement_states_several_principles_in_both_languages():
    for agreement in IOPAgreementPage.objects.all():
        statements = list(agreement.principle_statements.all())
        assert len(statements) >= 3, agreement.url_path
        assert len({statement.principle_id for statement in statements}) == len(statements)
        assert all(statement.locale_id == agreement.locale_id for statement in statements)
    english = IOPAgreementPage.objects.get(locale__language_code="en", slug="q-hanget")
    texts = [statement.statement for statement in english.principle_statements.all()]
    assert any("LGBTQ+" in text for text in texts)


def test_agreement_page_shows_how_it_follows_the_principles(client):
    content = client.get("/iop/q-hanget/").content.decode()
    assert "Så följer avtalet principerna" in content
    assert 'href="/principer/mangfald/"' in content
    assert "Q-hänget ger unga hbtq+-personer en egen plats." in content


def test_english_agreement_page_links_english_principles(client):
    content = client.get("/en/iop/q-hanget/").content.decode()
    assert "How the agreement follows the principles" in content
    assert 'href="/en/principles/diversity/"' in content
    assert ">Diversity</a>" in content
    assert "Q-hänget gives young LGBTQ+ people a place of their own." in content


def test_an_agreement_without_statements_has_no_section(client):
    register = IOPRegisterPage.objects.get(locale__language_code="sv")
    agreement = IOPAgreementPageFactory(parent=register, title="Utan principer")
    assert "Så följer avtalet principerna" not in client.get(agreement.url).content.decode()


def test_a_principle_is_stated_at_most_once_per_agreement():
    from django.db import IntegrityError, transaction

    agreement = IOPAgreementPage.objects.get(locale__language_code="sv", slug="prisma")
    existing = agreement.principle_statements.first()
    with pytest.raises(IntegrityError), transaction.atomic():
        AgreementPrinciple.objects.create(
            agreement=agreement, principle=existing.principle, statement="En gång till."
        )


@pytest.mark.parametrize(
    ("url", "count"),
    [
        ("/iop/?principle=mangfald", "4 avtal"),
        ("/iop/?principle=oppenhet-och-insyn", "3 avtal"),
        ("/en/iop/?principle=diversity", "4 agreements"),
    ],
)
def test_register_filters_on_a_principle(client, url, count):
    response = client.get(url)
    content = response.content.decode()
    assert response.status_code == 200
    assert count in content
    assert response["X-Robots-Tag"] == "noindex"


def test_register_offers_the_principles_in_a_select(client):
    content = client.get("/iop/").content.decode()
    assert '<select name="principle"' in content
    assert '<option value="sjalvstandighet-och-oberoende">' in content
    english = client.get("/en/iop/").content.decode()
    assert '<option value="independence-and-autonomy">' in english


def test_unknown_principle_gets_a_message_by_the_field(client):
    content = client.get("/iop/?principle=finns-inte").content.decode()
    assert "0 avtal" in content
    assert 'id="id_principle-error"' in content
    assert "Välj en av de sex principerna i listan." in content
    assert 'aria-describedby="id_principle-error"' in content


def test_swedish_principle_slug_is_refused_in_english(client):
    content = client.get("/en/iop/?principle=mangfald").content.decode()
    assert "0 agreements" in content
    assert "Choose one of the six principles in the list." in content


def test_language_switch_carries_the_principle_over():
    query = RegisterFilterForm.query_in_language(
        __import__("django.http", fromlist=["QueryDict"]).QueryDict("principle=mangfald"),
        PrinciplePage.objects.get(slug="mangfald").locale_id,
        "en",
    )
    assert query["principle"] == "diversity"


def test_filter_form_applies_the_principle(sv_locale):
    register = IOPRegisterPage.objects.get(locale=sv_locale)
    form = RegisterFilterForm({"principle": "langsiktighet"}, locale=sv_locale)
    slugs = set(form.filter(register.agreements()).values_list("slug", flat=True))
    assert slugs == {
        "vald-i-nara-relationer",
        "traffpunkt-psykisk-ohalsa",
        "rehabilitering-psykisk-ohalsa",
        "naturum-skrylle",
    }


def test_principle_page_lists_the_agreements_that_describe_it(client):
    content = client.get("/principer/langsiktighet/").content.decode()
    assert "Så följer IOP-avtalen principen" in content
    assert 'href="/iop/naturum-skrylle/"' in content
    statement = AgreementPrinciple.objects.get(
        agreement__slug="naturum-skrylle",
        agreement__locale__language_code="sv",
        principle__slug="langsiktighet",
    ).statement
    assert statement in content
    assert 'href="/iop/prisma/"' not in content
    assert 'href="/iop/?principle=langsiktighet"' in content


def test_english_principle_page_lists_english_agreements(client):
    content = client.get("/en/principles/long-term-approach/").content.decode()
    assert 'href="/en/iop/naturum-skrylle/"' in content
    assert "sustainable development in the long run" in content
    assert 'href="/en/iop/?principle=long-term-approach"' in content


def test_unpublished_agreement_is_not_listed_on_the_principle_page(client):
    agreement = IOPAgreementPage.objects.get(locale__language_code="sv", slug="naturum-skrylle")
    agreement.unpublish()
    content = client.get("/principer/langsiktighet/").content.decode()
    assert 'href="/iop/naturum-skrylle/"' not in content


def test_json_export_carries_the_statements_in_the_readers_language(client):
    data = json.loads(client.get("/iop/export.json?principle=dialog").content)
    prisma = next(a for a in data["agreements"] if a["url"].endswith("/iop/prisma/"))
    assert {"principle": "Dialog", "slug": "dialog"}.items() <= prisma["principles"][0].items()
    english = json.loads(client.get("/en/iop/export.json").content)
    titles = {item["principle"] for a in english["agreements"] for item in a["principles"]}
    assert "Diversity" in titles and "Mångfald" not in titles


def test_csv_and_xlsx_carry_the_statements(client):
    response = client.get("/iop/export.csv?principle=mangfald")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert all("Mångfald: " in row["principles"] for row in rows)
    sheet = load_workbook(io.BytesIO(client.get("/iop/export.xlsx").content)).active
    header, *rows = list(sheet.iter_rows(values_only=True))
    column = header.index("principles")
    assert all(row[column] for row in rows)


def test_feed_carries_the_statements(client):
    root = ET.fromstring(client.get("/en/iop/feed/?principle=diversity").content)
    summaries = [entry.find(f"{ATOM}summary").text for entry in root.findall(f"{ATOM}entry")]
    assert len(summaries) == 4
    assert all("Diversity: " in summary for summary in summaries)


def _admin(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("p", "p@example.org", "pw-1"))
    return client


def test_an_editor_adds_statements_in_the_admin(client, django_user_model, home):
    from wagtail.test.utils.form_data import inline_formset

    from tests.integration.test_iop_admin import agreement_form, post

    dialog = PrinciplePage.objects.get(slug="dialog")
    data = agreement_form(
        principle_statements=inline_formset(
            [{"principle": dialog.pk, "statement": "Vi träffas varje månad."}]
        )
    )
    response = post(_admin(client, django_user_model), home, data)
    assert response.status_code == 302
    content = client.get("/iop/nytt-avtal/").content.decode()
    assert "Vi träffas varje månad." in content


def test_the_same_principle_twice_is_refused_not_a_server_error(client, django_user_model, home):
    from wagtail.test.utils.form_data import inline_formset

    from tests.integration.test_iop_admin import agreement_form, post

    dialog = PrinciplePage.objects.get(slug="dialog")
    twice = [
        {"principle": dialog.pk, "statement": "Första."},
        {"principle": dialog.pk, "statement": "Andra."},
    ]
    data = agreement_form(principle_statements=inline_formset(twice))
    response = post(_admin(client, django_user_model), home, data)
    assert response.status_code == 200
    assert not IOPAgreementPage.objects.filter(slug="nytt-avtal").exists()


@pytest.mark.parametrize(("language", "queries"), [("sv", 1), ("en", 2)])
def test_the_principles_of_an_agreement_in_its_language_in_few_queries(
    language, queries, django_assert_num_queries
):
    from partnerships.iop.template_tags import agreement_principles

    agreement = IOPAgreementPage.objects.get(locale__language_code=language, slug="q-hanget")
    # The statements with their principles; an English agreement's principles are the
    # Swedish pages, looked up in English in one more.
    with django_assert_num_queries(queries):
        principles = agreement_principles(agreement)
    assert len(principles) >= 3
    assert {page.locale_id for page, _statement in principles} == {agreement.locale_id}
