"""Ideas sent to the föreningslots, as the form stores them."""

from partnerships.initiatives.models import Initiative


def make_initiative(**fields) -> Initiative:
    values = {
        "organisation_name": "Läsfrämjarna i Lund",
        "contact_name": "Aisha Karlsson",
        "email": "aisha@example.org",
        "idea": "Läxhjälp.",
        "target_group": "Barn.",
        "organisation_brings": "Volontärer.",
        "municipality_brings": "En lokal.",
        "language": "sv",
    }
    values.update(fields)
    return Initiative.objects.create(**values)
