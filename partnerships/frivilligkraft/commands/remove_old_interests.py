from django.core.management.base import BaseCommand
from wagtail.models import Site

from lundsite.models import ContactSettings
from partnerships.frivilligkraft.interest import Interest


class Command(BaseCommand):
    help = (
        "Tar bort intresseanmälningar till uppdrag vars sista dag passerade för längre sedan "
        "än gallringstiden i Inställningar → Kontaktuppgifter."
    )

    def handle(self, *args, **options) -> None:
        site = Site.objects.get(is_default_site=True)
        months = ContactSettings.for_site(site).initiative_retention_months
        removed, _by_model = Interest.objects.due_for_removal(months).delete()
        self.stdout.write(
            f"Tog bort {removed} intresseanmälningar (gallring efter {months} månader)."
        )
