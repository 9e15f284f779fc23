"""How collaboration happens: the IOP register, Frivilligkraft and the initiative form.

Each subject gets its own module here; this file only gathers their models for Django.
"""

from partnerships.assignment_categories import AssignmentCategory
from partnerships.assignment_index import AssignmentIndexPage
from partnerships.assignment_pages import AssignmentPage
from partnerships.initiative_page import InitiativeFormPage
from partnerships.initiatives import Initiative, InitiativeNote, ReferenceCounter
from partnerships.iop_agreements import IOPAgreementPage
from partnerships.iop_register import IOPRegisterPage
from partnerships.parties import MunicipalBody, Organisation
from partnerships.volunteer_interest import Interest

__all__ = [
    "AssignmentCategory",
    "AssignmentIndexPage",
    "AssignmentPage",
    "Interest",
    "Initiative",
    "InitiativeFormPage",
    "InitiativeNote",
    "IOPAgreementPage",
    "IOPRegisterPage",
    "MunicipalBody",
    "Organisation",
    "ReferenceCounter",
]
