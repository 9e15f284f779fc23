import pytest
from django.core.management import CommandError, call_command

from partnerships.iop.agreements import IOPAgreementPage
from partnerships.parties import Organisation

pytestmark = pytest.mark.django_db

HEADER = "id,title,url,summary,municipal_bodies,organisations,priority_areas,start_date,end_date\n"
GOOD = (
    ",Läxhjälp i Norra Fäladen,,Unga läser med vuxna volontärer.,Kultur- och fritidsnämnden,"
    '"Prisma/IK EOS; Läsfrämjarna i Lund (802000-1239)",Inkludering,2025-01-01,2026-12-31\n'
)
SAME_AS_EXPORT = (
    "1,Stöd mot våld i nära relationer,https://example.se/iop/vald-i-nara-relationer/,"
    "Stöd till kvinnor och barn som utsätts för våld.,"
    "Arbetsmarknads- och socialnämnden,Kvinnojouren Lund,,2021-01-01,2023-12-31\n"
)
BAD = (
    ",Utan part,,Något.,Finns inte-nämnden,Prisma/IK EOS,,2025-01-01,2024-01-01\n"
    ",Fel nummer,,Något.,Kultur- och fritidsnämnden,Förening (802000-1235),,,\n"
    ",,,Ingen titel.,Kultur- och fritidsnämnden,Prisma/IK EOS,,,\n"
)


@pytest.fixture
def csv_file(tmp_path):
    def write(*rows: str):
        path = tmp_path / "avtal.csv"
        path.write_text("\ufeff" + HEADER + "".join(rows), encoding="utf-8")
        return path

    return write


def run_import(path) -> str:
    from io import StringIO

    out = StringIO()
    call_command("import_iop", str(path), stdout=out, stderr=StringIO())
    return out.getvalue()


def swedish_agreements():
    return IOPAgreementPage.objects.filter(locale__language_code="sv")


def test_good_row_creates_a_published_agreement_with_its_parties(csv_file):
    before = swedish_agreements().count()
    output = run_import(csv_file(GOOD))

    assert "Skapade: 1." in output
    page = swedish_agreements().get(slug="laxhjalp-i-norra-faladen")
    assert page.live
    assert [body.name for body in page.municipal_bodies.all()] == ["Kultur- och fritidsnämnden"]
    assert {org.name for org in page.organisations.all()} == {
        "Prisma/IK EOS",
        "Läsfrämjarna i Lund",
    }
    assert Organisation.objects.get(name="Läsfrämjarna i Lund").organisation_number == (
        "802000-1239"
    )
    assert [area.title for area in page.priority_areas.all()] == ["Inkludering"]
    assert swedish_agreements().count() == before + 1


def test_running_twice_creates_nothing_new(csv_file):
    path = csv_file(GOOD)
    run_import(path)
    count = swedish_agreements().count()
    organisations = Organisation.objects.count()

    output = run_import(path)

    assert "Skapade: 0. Uppdaterade: 0. Oförändrade: 1." in output
    assert swedish_agreements().count() == count
    assert Organisation.objects.count() == organisations


def test_row_matching_an_existing_agreement_updates_it(csv_file):
    output = run_import(csv_file(SAME_AS_EXPORT))

    assert "Skapade: 0. Uppdaterade: 1." in output
    page = swedish_agreements().get(slug="vald-i-nara-relationer")
    assert page.summary == "Stöd till kvinnor och barn som utsätts för våld."
    assert page.priority_areas.count() == 0


def test_bad_rows_are_refused_with_reasons_and_good_ones_go_in(csv_file):
    before = swedish_agreements().count()
    output = run_import(csv_file(BAD, GOOD))

    assert "Skapade: 1." in output
    assert "Avvisade: 3." in output
    assert "Rad 2 avvisades" in output and "Okänd kommunal part: Finns inte-nämnden" in output
    assert "Slutdatum kan inte vara före startdatum." in output
    assert "Rad 3 avvisades" in output and "Organisationsnumret stämmer inte" in output
    assert "Rad 4 avvisades" in output and "title" in output
    assert swedish_agreements().count() == before + 1
    assert not Organisation.objects.filter(name="Förening").exists()


def test_file_without_the_required_columns_is_refused(tmp_path):
    path = tmp_path / "fel.csv"
    path.write_text("namn,datum\nx,y\n", encoding="utf-8")
    with pytest.raises(CommandError, match="Kolumner saknas: title"):
        run_import(path)


def test_export_can_be_imported_back_without_changes(client, tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(client.get("/iop/export.csv").content)
    output = run_import(path)
    assert "Skapade: 0. Uppdaterade: 0. Oförändrade: 9. Avvisade: 0." in output
