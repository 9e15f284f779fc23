"""Dataset descriptions as DCAT-AP-SE in JSON-LD, the form dataportal.se harvests.

A subject (the register, the follow-up) says what its files are; this module writes them as a
catalogue with the publisher, the contact point and the CC0 licence every dataset shares.
The context is written out in the document, so a reader needs no network to parse it.
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.http import HttpResponse

from lundsite.models import ContactSettings

CC0 = "http://creativecommons.org/publicdomain/zero/1.0/"
PUBLISHER_NAME = "Lunds kommun"
PUBLISHER_URI = "https://lund.se/"
# The EU's list of publisher types: a body of local government.
PUBLISHER_TYPE = "http://purl.org/adms/publishertype/LocalAuthority"
MEDIA_TYPES = "https://www.iana.org/assignments/media-types/"
FILE_TYPES = "http://publications.europa.eu/resource/authority/file-type/"
LANGUAGES = "http://publications.europa.eu/resource/authority/language/"
THEME_GOVERNMENT = "http://publications.europa.eu/resource/authority/data-theme/GOVE"
CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
FORMATS = {
    "text/csv": "CSV",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "XLSX",
    "application/json": "JSON",
    "application/atom+xml": "ATOM",
    "application/ld+json": "JSON_LD",
}

Texts = dict[str, str]  # language code → text


def texts(values: Texts) -> list[dict[str, str]]:
    return [{"@value": text, "@language": language} for language, text in values.items()]


def link(url: str) -> dict[str, str]:
    return {"@id": url}


@dataclass
class Distribution:
    url: str
    media_type: str
    title: Texts
    access_url: str


@dataclass
class Dataset:
    uri: str
    title: Texts
    description: Texts
    landing_page: str
    keywords: Texts = field(default_factory=dict)
    distributions: list[Distribution] = field(default_factory=list)


def distribution_node(item: Distribution) -> dict:
    return {
        "@id": item.url + "#distribution",
        "@type": "dcat:Distribution",
        "dct:title": texts(item.title),
        "dcat:accessURL": link(item.access_url),
        "dcat:downloadURL": link(item.url),
        "dcat:mediaType": link(MEDIA_TYPES + item.media_type),
        "dct:format": link(FILE_TYPES + FORMATS[item.media_type]),
        "dct:license": link(CC0),
    }


def publisher_node() -> dict:
    return {
        "@id": PUBLISHER_URI,
        "@type": "foaf:Agent",
        "foaf:name": texts({"sv": PUBLISHER_NAME, "en": "Lund Municipality"}),
        "dct:type": link(PUBLISHER_TYPE),
    }


def contact_node(contact: ContactSettings) -> dict:
    return {
        "@type": "vcard:Organization",
        "vcard:fn": "Föreningslotsen, Lunds kommun",
        "vcard:hasEmail": link("mailto:" + contact.foreningslots_email),
        "vcard:hasTelephone": link("tel:" + contact.foreningslots_phone.replace(" ", "")),
    }


def dataset_node(item: Dataset, contact: ContactSettings) -> dict:
    return {
        "@id": item.uri,
        "@type": "dcat:Dataset",
        "dct:title": texts(item.title),
        "dct:description": texts(item.description),
        "dct:publisher": publisher_node(),
        "dcat:contactPoint": contact_node(contact),
        "dcat:landingPage": link(item.landing_page),
        "dcat:theme": link(THEME_GOVERNMENT),
        "dcat:keyword": texts(item.keywords),
        "dct:language": [link(LANGUAGES + "SWE"), link(LANGUAGES + "ENG")],
        "dct:accessRights": link(
            "http://publications.europa.eu/resource/authority/access-right/PUBLIC"
        ),
        "dcat:distribution": [distribution_node(part) for part in item.distributions],
    }


def catalog(
    uri: str,
    title: Texts,
    description: Texts,
    homepage: str,
    datasets: Iterable[Dataset],
    contact: ContactSettings,
) -> dict:
    return {
        "@context": CONTEXT,
        "@id": uri,
        "@type": "dcat:Catalog",
        "dct:title": texts(title),
        "dct:description": texts(description),
        "dct:publisher": publisher_node(),
        "dct:license": link(CC0),
        "foaf:homepage": link(homepage),
        "dct:language": [link(LANGUAGES + "SWE"), link(LANGUAGES + "ENG")],
        "dcat:dataset": [dataset_node(item, contact) for item in datasets],
    }


def jsonld_response(document: dict) -> HttpResponse:
    body = json.dumps(document, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/ld+json; charset=utf-8")
    response["Access-Control-Allow-Origin"] = "*"
    return response
