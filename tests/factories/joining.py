"""PDF files and applications to join, for tests."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfWriter

from partnerships.joining.models import JoiningApplication

VALID_NUMBER = "802000-1239"


def pdf_bytes() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pdf_upload(name: str = "protokoll.pdf", content: bytes | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, pdf_bytes() if content is None else content, "application/pdf")


def joining_data(**fields) -> dict:
    data = {
        "organisation_name": "Schackklubben Springaren",
        "organisation_number": VALID_NUMBER,
        "contact_name": "Sekreteraren",
        "email": "styrelsen@example.org",
        "phone": "046-12 34 56",
        "decision_date": "2026-02-10",
        "minutes": pdf_upload(),
        "consent": "on",
    }
    data.update(fields)
    return data


def make_application(**fields) -> JoiningApplication:
    values = {
        "organisation_name": "Schackklubben Springaren",
        "organisation_number": VALID_NUMBER,
        "contact_name": "Sekreteraren",
        "email": "styrelsen@example.org",
        "phone": "046-12 34 56",
        "decision_date": "2026-02-10",
        "language": "sv",
    }
    values.update(fields)
    application = JoiningApplication(**values)
    application.minutes.save("x.pdf", pdf_upload(), save=False)
    application.save()
    return application
