from django.core.management.base import BaseCommand

from partnerships.events.registration import Registration


class Command(BaseCommand):
    help = "Påminner den som har plats på ett evenemang två dagar innan. Var och en en gång."

    def handle(self, *args, **options) -> None:
        count = sum(
            registration.send_reminder()
            for registration in Registration.objects.due_for_reminder().select_related("event")
        )
        self.stdout.write(f"Skickade {count} påminnelser om evenemang.")
