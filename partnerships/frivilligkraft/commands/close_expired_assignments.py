from django.core.management.base import BaseCommand

from partnerships.frivilligkraft.assignments import AssignmentPage


class Command(BaseCommand):
    help = "Stänger volontäruppdrag vars sista dag att anmäla intresse har passerat."

    def handle(self, *args, **options) -> None:
        closed = AssignmentPage.objects.live().expired()
        count = 0
        for page in closed:
            page.close()
            count += 1
        self.stdout.write(f"Stängde {count} uppdrag.")
