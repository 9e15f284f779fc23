"""How collaboration happens: the IOP register, Frivilligkraft and the initiative form.

Each subject gets its own module here; this file only gathers their models for Django.
"""

from partnerships.iop_agreements import IOPAgreementPage
from partnerships.iop_register import IOPRegisterPage
from partnerships.parties import MunicipalBody, Organisation

__all__ = ["IOPAgreementPage", "IOPRegisterPage", "MunicipalBody", "Organisation"]
