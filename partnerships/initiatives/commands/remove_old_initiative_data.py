from django.core.management.base import BaseCommand
from wagtail.models import Site

from lundsite.models import ContactSettings
from partnerships.initiatives.models import Initiative


class Command(BaseCommand):
    help = (
        "Tar bort personuppgifter ur samverkansidéer som avslutades för längre sedan än "
        "gallringstiden i Inställningar → Kontaktuppgifter. Datum, områden och status sparas."
    )

    def handle(self, *args, **options) -> None:
        site = Site.objects.get(is_default_site=True)
        months = ContactSettings.for_site(site).initiative_retention_months
        removed = 0
        for initiative in Initiative.objects.due_for_removal(months):
            initiative.remove_personal_data()
            removed += 1
        self.stdout.write(
            f"Personuppgifter borttagna ur {removed} idéer (gallring efter {months} månader)."
        )
