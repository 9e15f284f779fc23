"""How collaboration happens: the IOP register, Frivilligkraft, the initiative form, events.

Each subject gets its own module here; this file only gathers their models for Django.
"""

from partnerships.directory.bodies import MunicipalBodyIndexPage
from partnerships.directory.organisations import OrganisationIndexPage
from partnerships.events.event import EventPage
from partnerships.events.index import EventIndexPage
from partnerships.events.registration import Registration
from partnerships.followup.pages import FollowUpIndexPage, FollowUpYearPage
from partnerships.frivilligkraft.assignments import AssignmentPage
from partnerships.frivilligkraft.categories import AssignmentCategory
from partnerships.frivilligkraft.index import AssignmentIndexPage
from partnerships.frivilligkraft.interest import Interest
from partnerships.initiatives.models import Initiative, InitiativeNote, ReferenceCounter
from partnerships.initiatives.page import InitiativeFormPage
from partnerships.iop.agreements import IOPAgreementPage
from partnerships.iop.principle_statements import AgreementPrinciple
from partnerships.iop.register import IOPRegisterPage
from partnerships.joining.listing import JoinedListPage
from partnerships.joining.models import JoiningApplication
from partnerships.joining.page import JoiningFormPage
from partnerships.parties import MunicipalBody, Organisation

__all__ = [
    "AgreementPrinciple",
    "AssignmentCategory",
    "AssignmentIndexPage",
    "AssignmentPage",
    "FollowUpIndexPage",
    "FollowUpYearPage",
    "EventIndexPage",
    "EventPage",
    "Interest",
    "Initiative",
    "InitiativeFormPage",
    "InitiativeNote",
    "IOPAgreementPage",
    "IOPRegisterPage",
    "JoinedListPage",
    "JoiningApplication",
    "JoiningFormPage",
    "MunicipalBody",
    "MunicipalBodyIndexPage",
    "Organisation",
    "OrganisationIndexPage",
    "ReferenceCounter",
    "Registration",
]
