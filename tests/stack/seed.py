"""One of everything a backup must keep, written into the stack's database (run through
`manage.py shell`): an agreement, an idea, an assignment with an interest, a document, and
an application to join with its board's minutes (kept in PRIVATE_MEDIA_ROOT)."""

import json

from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Page

from partnerships.frivilligkraft.interest import Interest
from partnerships.initiatives.models import Initiative
from partnerships.iop.agreements import IOPAgreementPage
from partnerships.iop.register import IOPRegisterPage
from partnerships.joining.models import JoiningApplication


def seed() -> None:
    from tests.factories.frivilligkraft import make_interest, publish_assignment
    from tests.factories.joining import make_application
    from tests.factories.partnerships import IOPAgreementPageFactory

    register = IOPRegisterPage.objects.get(locale__language_code="sv")
    IOPAgreementPageFactory(parent=register, title="Säkerhetskopierat avtal", slug="backup-avtal")
    make_interest(publish_assignment(title="Säkerhetskopierat uppdrag"))
    Initiative.objects.create(
        organisation_name="Backupföreningen",
        contact_name="Ada Ek",
        email="ada@example.org",
        idea="En idé som måste finnas kvar.",
        target_group="Alla.",
        organisation_brings="Tid.",
        municipality_brings="En lokal.",
    )
    Document.objects.create(title="Avtal PDF", file=ContentFile(b"%PDF-1.4 backup", "avtal.pdf"))
    make_application(organisation_name="Backupklubben")


def counts() -> None:
    """Prints what a restore must bring back, as JSON, with every document's file checked."""
    documents = list(Document.objects.all())
    minutes = [application.minutes for application in JoiningApplication.objects.all()]
    print(
        json.dumps(
            {
                "pages": Page.objects.count(),
                "agreements": IOPAgreementPage.objects.count(),
                "ideas": Initiative.objects.count(),
                "interests": Interest.objects.count(),
                "documents": len(documents),
                "document_files": sum(d.file.storage.exists(d.file.name) for d in documents),
                "applications": len(minutes),
                "minutes_files": sum(m.storage.exists(m.name) for m in minutes if m),
            }
        )
    )
