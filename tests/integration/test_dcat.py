"""The open data described as DCAT-AP-SE: the documents parse as RDF (rdflib) and name every
file, and every file they name can be downloaded."""

from urllib.parse import urlsplit

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF

from partnerships.followup.figures import TABLE_TITLES
from partnerships.followup.pages import FollowUpYearPage

pytestmark = pytest.mark.django_db
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
CC0 = URIRef("http://creativecommons.org/publicdomain/zero/1.0/")
IANA = "https://www.iana.org/assignments/media-types/"


def graph(client, url: str) -> Graph:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json; charset=utf-8"
    return Graph().parse(data=response.content.decode(), format="json-ld")


def languages(g: Graph, subject, predicate) -> set[str]:
    return {value.language for value in g.objects(subject, predicate) if isinstance(value, Literal)}


def check_dcat_ap_se(g: Graph) -> list:
    """The properties DCAT-AP-SE requires of a catalogue, its datasets and distributions."""
    catalogs = list(g.subjects(RDF.type, DCAT.Catalog))
    assert len(catalogs) == 1
    catalog = catalogs[0]
    assert languages(g, catalog, DCTERMS.title) == {"sv", "en"}
    assert languages(g, catalog, DCTERMS.description) == {"sv", "en"}
    assert (catalog, DCTERMS.license, CC0) in g
    datasets = list(g.objects(catalog, DCAT.dataset))
    assert datasets
    distributions = []
    for dataset in datasets:
        assert (dataset, RDF.type, DCAT.Dataset) in g
        assert languages(g, dataset, DCTERMS.title) == {"sv", "en"}
        assert languages(g, dataset, DCTERMS.description) == {"sv", "en"}
        publisher = g.value(dataset, DCTERMS.publisher)
        assert Literal("Lunds kommun", lang="sv") in set(g.objects(publisher, FOAF.name))
        contact = g.value(dataset, DCAT.contactPoint)
        assert str(g.value(contact, VCARD.hasEmail)).startswith("mailto:")
        assert g.value(contact, VCARD.fn)
        for distribution in g.objects(dataset, DCAT.distribution):
            assert (distribution, RDF.type, DCAT.Distribution) in g
            assert (distribution, DCTERMS.license, CC0) in g
            assert g.value(distribution, DCAT.accessURL)
            assert str(g.value(distribution, DCAT.mediaType)).startswith(IANA)
            distributions.append(distribution)
    return distributions


def download_path(g: Graph, distribution) -> str:
    return urlsplit(str(g.value(distribution, DCAT.downloadURL))).path


def test_register_dataset_as_dcat_ap_se(client):
    g = graph(client, "/iop/om-datan/dcat.jsonld")
    distributions = check_dcat_ap_se(g)
    paths = {download_path(g, item): str(g.value(item, DCAT.mediaType)) for item in distributions}
    assert paths == {
        "/iop/export.csv": IANA + "text/csv",
        "/iop/export.xlsx": IANA
        + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "/iop/export.json": IANA + "application/json",
        "/iop/feed/": IANA + "application/atom+xml",
    }
    for path in paths:
        assert client.get(path).status_code == 200


def test_english_address_describes_the_same_data(client):
    english = graph(client, "/en/iop/about-the-data/dcat.jsonld")
    swedish = graph(client, "/iop/om-datan/dcat.jsonld")
    assert set(english.objects(None, DCAT.downloadURL)) == set(
        swedish.objects(None, DCAT.downloadURL)
    )


def test_unknown_page_has_no_description(client):
    assert client.get("/iop/finns-inte/dcat.jsonld").status_code == 404
    assert client.get("/iop/q-hanget/dcat.jsonld").status_code == 404


def test_register_advertises_its_feed_and_the_description(client):
    content = client.get("/iop/").content.decode()
    assert '<link rel="alternate" type="application/atom+xml"' in content
    assert 'href="/iop/feed/"' in content
    assert 'href="/iop/om-datan/dcat.jsonld"' in content


@pytest.mark.parametrize("page", ["/iop/om-datan/", "/en/iop/about-the-data/"])
def test_dataset_page_links_every_download(client, page):
    content = client.get(page).content.decode()
    for link in ("../export.csv", "../export.xlsx", "../export.json", "../feed/", "dcat.jsonld"):
        assert f'href="{link}"' in content


def test_follow_up_csvs_as_dcat_ap_se(client):
    g = graph(client, "/uppfoljning/dcat.jsonld")
    distributions = check_dcat_ap_se(g)
    years = FollowUpYearPage.objects.filter(locale__language_code="sv").live()
    assert len(distributions) == years.count() * len(TABLE_TITLES)
    paths = {download_path(g, item) for item in distributions}
    assert "/uppfoljning/2022/agreements-by-body.csv" in paths
    for path in sorted(paths)[:: len(TABLE_TITLES) + 1]:
        assert client.get(path).status_code == 200
