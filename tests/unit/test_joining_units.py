"""The pieces of joining on their own: the PDF check by content and the list's filter form."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from partnerships.joining.filters import JoinedFilterForm
from partnerships.joining.form import is_readable_pdf
from tests.factories.joining import pdf_bytes


@pytest.mark.parametrize(
    ("content", "readable"),
    [
        (pdf_bytes(), True),
        (b"%PDF-1.7\n%%EOF", False),
        (b"PK\x03\x04 a docx in disguise", False),
        (b"", False),
        (b" " + pdf_bytes(), False),
    ],
)
def test_a_pdf_is_known_by_its_content(content, readable):
    upload = SimpleUploadedFile("protokoll.pdf", content, "application/pdf")
    assert is_readable_pdf(upload) is readable
    assert upload.tell() == 0  # left ready to be stored


def test_a_renamed_pdf_is_still_a_pdf():
    assert is_readable_pdf(SimpleUploadedFile("minutes.txt", pdf_bytes(), "text/plain"))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "filtered", "valid"),
    [
        ({}, False, True),
        ({"q": "jouren"}, True, True),
        ({"area": "finns-inte"}, True, False),
        ({"q": "x" * 101}, True, False),
        ({"page": "2"}, False, True),
    ],
)
def test_filter_form(sv_locale, data, filtered, valid):
    form = JoinedFilterForm(data, locale=sv_locale)
    assert form.is_filtered is filtered
    assert form.is_valid() is valid
