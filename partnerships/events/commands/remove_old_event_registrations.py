from django.core.management.base import BaseCommand

from lundsite.retention import retention_months
from partnerships.events.registration import Registration


class Command(BaseCommand):
    help = (
        "Tar bort anmälningar till evenemang som slutade för längre sedan än gallringstiden "
        "i Inställningar → Kontaktuppgifter."
    )

    def handle(self, *args, **options) -> None:
        months = retention_months()
        removed, _by_model = Registration.objects.due_for_removal(months).delete()
        self.stdout.write(f"Tog bort {removed} anmälningar (gallring efter {months} månader).")
