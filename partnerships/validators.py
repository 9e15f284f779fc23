"""Swedish organisation numbers (organisationsnummer), as printed: 802000-1234."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

ORGANISATION_NUMBER = re.compile(r"^(\d{6})-?(\d{4})$")


def luhn_is_valid(digits: str) -> bool:
    """The check digit of Swedish identity numbers: Luhn over the ten digits."""
    total = 0
    for index, character in enumerate(digits):
        value = int(character) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def normalise_organisation_number(value: str) -> str:
    """Writes 8020001234 or 802000-1234 as 802000-1234; raises ValidationError if wrong."""
    match = ORGANISATION_NUMBER.match((value or "").strip())
    if not match:
        raise ValidationError(
            _("Skriv organisationsnumret med tio siffror, till exempel 802000-1234."),
            code="format",
        )
    if not luhn_is_valid(match.group(1) + match.group(2)):
        raise ValidationError(
            _("Organisationsnumret stämmer inte. Kontrollera siffrorna."), code="check_digit"
        )
    return f"{match.group(1)}-{match.group(2)}"


def validate_organisation_number(value: str) -> None:
    normalise_organisation_number(value)
