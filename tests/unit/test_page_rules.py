"""Which page type may live where: editors can only build the tree the site expects."""

import pytest
from wagtail.models import Page

from home.models import ContentPage, HomePage
from lundsite.search_page import SearchPage
from partnerships.frivilligkraft.index import AssignmentIndexPage
from partnerships.initiatives.page import InitiativeFormPage
from partnerships.iop.agreements import IOPAgreementPage
from partnerships.iop.register import IOPRegisterPage
from principles.models import (
    PrinciplePage,
    PrinciplesIndexPage,
    PriorityAreaIndexPage,
    PriorityAreaPage,
    ProcessPage,
)

pytestmark = pytest.mark.django_db


def test_home_page_lives_only_at_the_root():
    assert HomePage.can_exist_under(Page.get_first_root_node())
    assert not HomePage.can_exist_under(ContentPage())
    assert HomePage.allowed_parent_page_models() == [Page]


@pytest.mark.parametrize(
    ("child", "parent", "allowed"),
    [
        (ContentPage, HomePage, True),
        (ContentPage, ContentPage, True),
        (ContentPage, PrinciplesIndexPage, False),
        (PrinciplesIndexPage, HomePage, True),
        (PrinciplesIndexPage, ContentPage, False),
        (PrinciplePage, PrinciplesIndexPage, True),
        (PrinciplePage, HomePage, False),
        (PrinciplePage, PriorityAreaIndexPage, False),
        (PriorityAreaIndexPage, HomePage, True),
        (PriorityAreaPage, PriorityAreaIndexPage, True),
        (PriorityAreaPage, PrinciplesIndexPage, False),
        (ProcessPage, HomePage, True),
        (ProcessPage, ContentPage, False),
    ],
)
def test_parent_rules(child, parent, allowed):
    assert (parent in child.allowed_parent_page_models()) is allowed
    assert (child in parent.allowed_subpage_models()) is allowed


def test_leaf_pages_take_no_children():
    for model in (PrinciplePage, PriorityAreaPage, ProcessPage):
        assert model.allowed_subpage_models() == []


def test_only_one_principles_index_per_home(home):
    # The seeded home already has one; a second may not be added beside it.
    assert not PrinciplesIndexPage.can_create_at(home)
    assert not PriorityAreaIndexPage.can_create_at(home)
    assert not ProcessPage.can_create_at(home)
    assert ContentPage.can_create_at(home)


def test_english_home_may_hold_its_own_indexes(home, en_locale):
    english_home = home.get_translation(en_locale)
    # Its translated index pages exist already: the limit is per parent, not per site.
    assert english_home.get_children().type(PrinciplesIndexPage).count() == 1


@pytest.mark.parametrize(
    "section",
    [IOPRegisterPage, AssignmentIndexPage, InitiativeFormPage, SearchPage, ProcessPage],
)
def test_every_section_lives_under_the_home_page_only(section):
    assert section in HomePage.allowed_subpage_models()
    assert section.allowed_parent_page_models() == [HomePage]


def test_the_register_holds_agreements_and_text_pages():
    assert IOPRegisterPage.allowed_subpage_models() == [IOPAgreementPage, ContentPage]
    assert IOPRegisterPage in ContentPage.allowed_parent_page_models()


def test_editors_can_create_the_assignment_list_and_the_foreningslots_page(home):
    # The seeded home holds one of each already: one per home, but a home may hold it.
    for section in (AssignmentIndexPage, InitiativeFormPage):
        assert not section.can_create_at(home)
        assert section.can_exist_under(home)
