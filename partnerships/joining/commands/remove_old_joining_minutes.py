from django.core.management.base import BaseCommand

from lundsite.retention import cutoff, retention_months
from partnerships.joining.models import JoiningApplication


class Command(BaseCommand):
    help = (
        "Tar bort styrelseprotokollen i anslutningar som beslutades för längre sedan än "
        "gallringstiden i Inställningar → Kontaktuppgifter. Beslutet och datumet sparas."
    )

    def handle(self, *args, **options) -> None:
        months = retention_months()
        removed = 0
        for application in JoiningApplication.objects.minutes_due_for_removal(cutoff(months)):
            application.remove_minutes()
            removed += 1
        self.stdout.write(f"{removed} protokoll borttagna (gallring efter {months} månader).")
