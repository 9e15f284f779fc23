"""Pages read from the database skip modelcluster's scan of child relations
(lundsite/cluster_init.py); pages made with child objects as keywords still get them."""

from unittest import mock

import pytest
from modelcluster import models as modelcluster_models

from partnerships.iop.agreements import IOPAgreementPage
from partnerships.iop.principle_statements import AgreementPrinciple

pytestmark = pytest.mark.django_db


def test_a_page_read_from_the_database_does_not_scan_its_relations():
    scan = mock.Mock(wraps=modelcluster_models.get_all_child_relations)
    with mock.patch.object(modelcluster_models, "get_all_child_relations", scan):
        agreements = list(IOPAgreementPage.objects.all()[:5])
    assert len(agreements) == 5 and all(agreement.title for agreement in agreements)
    assert scan.call_count == 0


def test_child_objects_given_as_keywords_are_kept():
    statement = AgreementPrinciple(statement="Vi möts varje månad.")
    agreement = IOPAgreementPage(title="Nytt avtal", principle_statements=[statement])
    assert agreement.title == "Nytt avtal"
    assert [s.statement for s in agreement.principle_statements.all()] == ["Vi möts varje månad."]
