"""Open data: the register's agreements as CSV, Excel, JSON and an Atom feed."""

import csv
import io
import json
from collections.abc import Iterable

from django.http import HttpRequest, HttpResponse
from django.utils.feedgenerator import Atom1Feed
from openpyxl import Workbook

from partnerships.iop.agreements import IOPAgreementPage

FIELDS = [
    "id",
    "title",
    "url",
    "summary",
    "municipal_bodies",
    "organisations",
    "priority_areas",
    "principles",
    "start_date",
    "end_date",
    "status",
    "document_url",
    "last_modified",
]


def agreement_record(agreement: IOPAgreementPage, request: HttpRequest) -> dict:
    """One agreement as plain data; lists stay lists (JSON) until flattened for tables."""
    document = agreement.document
    return {
        "id": agreement.pk,
        "title": agreement.title,
        "url": request.build_absolute_uri(agreement.get_url(request)),
        "summary": agreement.summary,
        "municipal_bodies": [body.name for body in agreement.municipal_bodies.all()],
        "organisations": [
            {"name": org.name, "organisation_number": org.organisation_number or None}
            for org in agreement.organisations.all()
        ],
        "priority_areas": [area.title for area in agreement.priority_areas.all()],
        "principles": [
            {
                "principle": statement.principle_title,
                "slug": statement.principle_slug,
                "statement": statement.statement,
            }
            for statement in agreement.principle_statements.all()
        ],
        "start_date": agreement.start_date.isoformat() if agreement.start_date else None,
        "end_date": agreement.end_date.isoformat() if agreement.end_date else None,
        "status": agreement.status.value,
        "document_url": request.build_absolute_uri(document.url) if document else None,
        "last_modified": (
            agreement.last_published_at or agreement.latest_revision_created_at
        ).isoformat()
        if (agreement.last_published_at or agreement.latest_revision_created_at)
        else None,
    }


def flat_row(record: dict) -> list[str]:
    """A record for a spreadsheet: several values in one cell, separated by semicolons."""
    organisations = [
        f"{org['name']} ({org['organisation_number']})"
        if org["organisation_number"]
        else org["name"]
        for org in record["organisations"]
    ]
    values = {
        **record,
        "municipal_bodies": "; ".join(record["municipal_bodies"]),
        "organisations": "; ".join(organisations),
        "priority_areas": "; ".join(record["priority_areas"]),
        "principles": "; ".join(
            f"{item['principle']}: {item['statement']}" for item in record["principles"]
        ),
    }
    return ["" if values[field] is None else str(values[field]) for field in FIELDS]


def csv_response(records: Iterable[dict], filename: str) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(FIELDS)
    writer.writerows(flat_row(record) for record in records)
    # The byte order mark lets Excel open the file as UTF-8.
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def xlsx_response(records: Iterable[dict], filename: str) -> HttpResponse:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "IOP"
    sheet.append(FIELDS)
    for record in records:
        sheet.append(flat_row(record))
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    return response


def json_response(records: Iterable[dict], meta: dict) -> HttpResponse:
    body = json.dumps({**meta, "agreements": list(records)}, ensure_ascii=False, indent=2)
    return HttpResponse(body, content_type="application/json; charset=utf-8")


ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8"


def atom_response(
    agreements: Iterable[IOPAgreementPage], request: HttpRequest, title: str, link: str
) -> HttpResponse:
    feed = Atom1Feed(title=title, link=link, description=title, language=request.LANGUAGE_CODE)
    for agreement in agreements:
        feed.add_item(
            title=agreement.title,
            link=request.build_absolute_uri(agreement.get_url(request)),
            description=_feed_text(agreement),
            unique_id=request.build_absolute_uri(agreement.get_url(request)),
            updateddate=agreement.last_published_at,
            pubdate=agreement.first_published_at,
            categories=[area.title for area in agreement.priority_areas.all()],
        )
    response = HttpResponse(content_type=ATOM_CONTENT_TYPE)
    feed.write(response, "utf-8")
    return response


def _feed_text(agreement: IOPAgreementPage) -> str:
    """The summary, then how the agreement follows each principle it names."""
    statements = [
        f"{statement.principle_title}: {statement.statement}"
        for statement in agreement.principle_statements.all()
    ]
    return "\n\n".join([agreement.summary, *statements])
