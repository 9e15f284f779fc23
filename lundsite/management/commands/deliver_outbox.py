from django.core.management.base import BaseCommand

from lundsite.outbox import OutgoingEmail, deliver_due


class Command(BaseCommand):
    help = (
        "Skickar all e-post i utkorgen som väntar. Arbetaren (db_worker) gör det annars själv; "
        "kommandot är en säkerhetslina om en uppgift har tappats bort."
    )

    def handle(self, *args, **options) -> None:
        sent = deliver_due()
        waiting = OutgoingEmail.objects.unsent().count()
        self.stdout.write(f"Skickade: {sent}. Väntar fortfarande: {waiting}.")
