"""Importing an existing list of agreements, in the columns of /iop/export.csv.

Each row is validated on its own: a bad row is refused with its reasons and the others go
in. An agreement is recognised by its address (the last part of `url`, or the title made
into one), so importing the same file twice creates nothing new.
"""

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TextIO
from urllib.parse import unquote, urlparse

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as gettext_now
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from lundsite.slugs import ascii_slug
from partnerships.iop.agreements import IOPAgreementPage
from partnerships.iop.exports import FIELDS
from partnerships.iop.register import IOPRegisterPage
from partnerships.parties import MunicipalBody, Organisation
from partnerships.validators import normalise_organisation_number
from principles.models import PriorityAreaPage

REQUIRED_COLUMNS = ["title", "summary", "municipal_bodies", "organisations"]
# "Kvinnojouren Lund (802000-1234)", as export.csv writes an organisation with its number.
ORGANISATION_WITH_NUMBER = re.compile(r"^(?P<name>.+?)\s*\((?P<number>[0-9 -]+)\)$")


def _names(value: str) -> list[str]:
    return [name.strip() for name in value.split(";") if name.strip()]


@dataclass
class OrganisationRef:
    name: str
    number: str

    def find_or_create(self, locale: Locale) -> Organisation:
        organisations = Organisation.objects.filter(locale=locale)
        found = None
        if self.number:
            found = organisations.filter(organisation_number=self.number).first()
        found = found or organisations.filter(name__iexact=self.name).first()
        if found:
            return found
        return Organisation.objects.create(
            name=self.name,
            slug=ascii_slug(self.name, max_length=100),
            organisation_number=self.number,
            locale=locale,
        )


class IOPImportRowForm(forms.Form):
    title = forms.CharField(max_length=255)
    url = forms.CharField(required=False, max_length=500)
    summary = forms.CharField(max_length=400)
    municipal_bodies = forms.CharField(max_length=2000)
    organisations = forms.CharField(max_length=2000)
    priority_areas = forms.CharField(required=False, max_length=2000)
    start_date = forms.DateField(required=False, input_formats=["%Y-%m-%d"])
    end_date = forms.DateField(required=False, input_formats=["%Y-%m-%d"])

    def __init__(self, data: dict, locale: Locale) -> None:
        super().__init__(data)
        self.locale = locale

    def clean_municipal_bodies(self) -> list[MunicipalBody]:
        bodies = MunicipalBody.objects.filter(locale=self.locale)
        found, unknown = [], []
        for name in _names(self.cleaned_data["municipal_bodies"]):
            body = bodies.filter(name__iexact=name).first() or bodies.filter(slug=name).first()
            (found.append(body) if body else unknown.append(name))
        if unknown:
            raise ValidationError(_("Okänd kommunal part: %s") % ", ".join(unknown))
        if not found:
            raise ValidationError(_("Ange minst en kommunal part."))
        return found

    def clean_organisations(self) -> list[OrganisationRef]:
        refs = []
        for value in _names(self.cleaned_data["organisations"]):
            match = ORGANISATION_WITH_NUMBER.match(value)
            name, number = (match["name"], match["number"]) if match else (value, "")
            if number:
                number = normalise_organisation_number(number)
            refs.append(OrganisationRef(name=name, number=number))
        if not refs:
            raise ValidationError(_("Ange minst en organisation."))
        return refs

    def clean_priority_areas(self) -> list[PriorityAreaPage]:
        areas = PriorityAreaPage.objects.filter(locale=self.locale)
        found, unknown = [], []
        for title in _names(self.cleaned_data["priority_areas"]):
            area = areas.filter(title__iexact=title).first()
            (found.append(area) if area else unknown.append(title))
        if unknown:
            raise ValidationError(_("Okänt prioriterat område: %s") % ", ".join(unknown))
        return found

    def clean(self) -> dict:
        cleaned = super().clean()
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("Slutdatum kan inte vara före startdatum."))
        return cleaned

    @property
    def slugs(self) -> list[str]:
        """The addresses the agreement may have: the one in `url` as the site wrote it (an
        agreement saved before addresses became ASCII keeps its å, ä, ö, percent-encoded in
        the export), then its ASCII form, which a new agreement gets."""
        path = unquote(urlparse(self.cleaned_data["url"]).path).strip("/")
        written = path.rsplit("/", 1)[-1] if path else ""
        made = ascii_slug(written or self.cleaned_data["title"], max_length=255)
        return list(dict.fromkeys(slug for slug in (written, made) if slug))


def _reasons(errors: dict) -> list[str]:
    return [f"{name}: {message}" for name, messages in errors.items() for message in messages]


@dataclass
class ImportSummary:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    refused: list[tuple[int, list[str]]] = field(default_factory=list)


def read_rows(file: TextIO) -> Iterator[dict]:
    """The rows of the file; raises ValueError when a required column is missing."""
    reader = csv.DictReader(file)
    missing = [column for column in REQUIRED_COLUMNS if column not in (reader.fieldnames or [])]
    if missing:
        raise ValueError(
            f"Kolumner saknas: {', '.join(missing)}. Använd kolumnerna i export.csv: "
            + ", ".join(FIELDS)
        )
    yield from reader


class IOPImporter:
    def __init__(self, register: IOPRegisterPage) -> None:
        self.register = register
        self.locale = register.locale
        self.summary = ImportSummary()

    def run(self, rows: Iterable[dict]) -> ImportSummary:
        """Imports the rows; pass them through a progress bar to show one."""
        # Line 1 of the file is the header, so the first row is line 2.
        for line, row in enumerate(rows, start=2):
            if reasons := self._import_row(row):
                self.summary.refused.append((line, reasons))
        return self.summary

    def _import_row(self, row: dict) -> list[str]:
        """Imports one row; returns why it was refused, or nothing. A row never stops the
        others: whatever goes wrong in it is rolled back and reported as its reason."""
        if None in row or None in row.values():
            # csv.DictReader files extra cells under None and fills missing ones with None.
            return [gettext_now("Raden har inte lika många fält som rubrikraden.")]
        form = IOPImportRowForm(row, locale=self.locale)
        if not form.is_valid():
            return _reasons(form.errors)
        try:
            with transaction.atomic():
                self._save(form)
        except ValidationError as error:
            return _reasons(error.message_dict) if hasattr(error, "error_dict") else error.messages
        except Exception as error:  # noqa: BLE001 - one bad row must not stop the file
            return [gettext_now("Raden kunde inte sparas: %s") % f"{type(error).__name__}: {error}"]
        return []

    def _save(self, form: IOPImportRowForm) -> None:
        data = form.cleaned_data
        organisations = [ref.find_or_create(self.locale) for ref in data["organisations"]]
        slugs = form.slugs
        existing = IOPAgreementPage.objects.child_of(self.register).filter(slug__in=slugs)
        page = min(existing, key=lambda found: slugs.index(found.slug), default=None)
        fields = {
            "title": data["title"],
            "summary": data["summary"],
            "start_date": data["start_date"],
            "end_date": data["end_date"],
        }
        relations = {
            "municipal_bodies": data["municipal_bodies"],
            "organisations": organisations,
            "priority_areas": data["priority_areas"],
        }
        if page is None:
            page = IOPAgreementPage(slug=slugs[-1], locale=self.locale, **fields)
            self._relate(page, relations)
            self.register.add_child(instance=page)
            page.save_revision().publish()
            self.summary.created.append(page.title)
        elif self._differs(page, fields, relations):
            for name, value in fields.items():
                setattr(page, name, value)
            self._relate(page, relations)
            page.save_revision().publish()
            self.summary.updated.append(page.title)
        else:
            self.summary.unchanged.append(page.title)

    @staticmethod
    def _relate(page: IOPAgreementPage, relations: dict) -> None:
        for name, objects in relations.items():
            setattr(page, name, objects)

    @staticmethod
    def _differs(page: IOPAgreementPage, fields: dict, relations: dict) -> bool:
        if any(getattr(page, name) != value for name, value in fields.items()):
            return True
        return any(
            {obj.pk for obj in getattr(page, name).all()} != {obj.pk for obj in objects}
            for name, objects in relations.items()
        )
