"""Every address is ASCII, however the page is made, and the register's own export imports
back unchanged, whatever made the agreements in it."""

import csv
import re
from io import StringIO

import pytest
from django.core.management import call_command

from lundsite.slugs import ascii_slug
from partnerships.frivilligkraft.assignments import AssignmentPage
from partnerships.iop.agreements import IOPAgreementPage
from tests.integration.test_frivilligkraft import POST, fresh_rate_limit, posting_data
from tests.integration.test_iop_admin import agreement_form

pytestmark = pytest.mark.django_db
__all__ = ["fresh_rate_limit"]  # the posting form's rate limit starts afresh in each test

TITLE = "Testavtal schack för äldre"
ASCII = "testavtal-schack-for-aldre"


@pytest.fixture
def register(home):
    return home.get_children().get(slug="iop").specific


def add_in_admin(admin_client, register, **fields) -> None:
    response = admin_client.post(
        f"/admin/pages/add/partnerships/iopagreementpage/{register.pk}/", agreement_form(**fields)
    )
    assert response.status_code == 302, response.context["form"].errors


def run_import(path) -> str:
    out, err = StringIO(), StringIO()
    call_command("import_iop", str(path), stdout=out, stderr=err)
    assert "Traceback" not in out.getvalue() + err.getvalue()
    return out.getvalue()


def test_ascii_slug_spells_swedish_letters_without_their_dots_and_rings():
    assert ascii_slug(TITLE) == ASCII
    assert ascii_slug("Café på Ärlegatan i Höör") == "cafe-pa-arlegatan-i-hoor"
    assert ascii_slug("Øresund Æble", max_length=9) == "oresund-a"


def test_the_admins_slug_field_transliterates_in_the_browser(admin_client, register):
    content = admin_client.get(
        f"/admin/pages/add/partnerships/iopagreementpage/{register.pk}/"
    ).content.decode()
    slug_input = re.search(r'<input[^>]*name="slug"[^>]*>', content)[0]
    assert 'data-controller="w-slug"' in slug_input
    # Present, the attribute would make the admin's script keep å, ä and ö.
    assert "data-w-slug-allow-unicode-value" not in slug_input


def test_an_agreement_made_in_the_admin_gets_an_ascii_address(admin_client, client, register):
    # What the admin's script sent before, and what a browser without script sends.
    add_in_admin(admin_client, register, title=TITLE, slug="testavtal-schack-för-äldre")

    page = register.get_children().get(title=TITLE)
    assert page.slug == ASCII
    assert client.get(f"/iop/{ASCII}/").status_code == 200


def test_a_posted_assignment_gets_an_ascii_address(client):
    client.post(POST, posting_data(title="Fika på Östra Torn för äldre"))
    assert AssignmentPage.objects.get(title="Fika på Östra Torn för äldre").slug == (
        "fika-pa-ostra-torn-for-aldre"
    )


def test_the_sites_own_export_imports_back_unchanged(admin_client, client, register, tmp_path):
    # An agreement from the admin, one saved before addresses became ASCII, and one from an
    # earlier import, beside those of the content loader.
    add_in_admin(admin_client, register, title=TITLE, slug="testavtal-schack-för-äldre")
    legacy = IOPAgreementPage(
        title="Läxhjälp på Väster",
        summary="Läxhjälp för unga.",
        locale=register.locale,
    )
    from_admin = IOPAgreementPage.objects.get(slug=ASCII)
    legacy.municipal_bodies = list(from_admin.municipal_bodies.all())
    legacy.organisations = list(from_admin.organisations.all())
    register.add_child(instance=legacy)
    legacy.save_revision().publish()
    # Its address as it was saved before any check made addresses ASCII.
    IOPAgreementPage.objects.filter(pk=legacy.pk).update(
        slug="läxhjälp-på-väster", url_path=f"{register.url_path}läxhjälp-på-väster/"
    )
    earlier = tmp_path / "tidigare.csv"
    earlier.write_text(
        "title,summary,municipal_bodies,organisations\n"
        "Språkcafé för nyanlända,Samtal på svenska.,Kultur- och fritidsnämnden,"
        "Språkvännerna i Lund (802000-1239)\n",
        encoding="utf-8",
    )
    assert "Skapade: 1." in run_import(earlier)

    export = tmp_path / "export.csv"
    export.write_bytes(client.get("/iop/export.csv").content)
    live = IOPAgreementPage.objects.live().filter(locale=register.locale).count()
    assert "%C3%A4" in export.read_text(encoding="utf-8-sig")  # the legacy address, encoded

    output = run_import(export)

    assert f"Skapade: 0. Uppdaterade: 0. Oförändrade: {live}. Avvisade: 0." in output
    assert IOPAgreementPage.objects.filter(locale=register.locale).count() == live


def test_a_malformed_row_is_refused_with_its_reason_and_the_others_go_in(client, tmp_path):
    lines = client.get("/iop/export.csv").content.decode("utf-8-sig").splitlines()
    header, good = lines[0], lines[1:]
    width = len(next(csv.reader([header])))

    def row(*values: str) -> str:
        """A row as wide as the export's header, whatever columns it gains."""
        return ",".join([*values, *[""] * (width - len(values))])

    new = row("", "Nytt från fil", "", "Något nytt.", "Kultur- och fritidsnämnden", "Prisma/IK EOS")
    path = tmp_path / "blandat.csv"
    path.write_text(
        "\n".join(
            [
                header,
                good[0],
                "bara,tre,fält",
                row(
                    "",
                    "Konstig adress",
                    "https://example.se/iop/!!!/",
                    "Något.",
                    "Kultur- och fritidsnämnden",
                    "Prisma/IK EOS",
                ),
                *good[1:],
                new,
            ]
        )
        + "\n",
        encoding="utf-8",
    )

    output = run_import(path)

    assert f"Skapade: 1. Uppdaterade: 0. Oförändrade: {len(good)}. Avvisade: 2." in output
    assert "Rad 3 avvisades: Raden har inte lika många fält som rubrikraden." in output
    assert "Rad 4 avvisades: slug:" in output
    assert IOPAgreementPage.objects.get(slug="nytt-fran-fil").live
