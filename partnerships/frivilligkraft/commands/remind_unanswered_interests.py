from django.core.management.base import BaseCommand

from partnerships.frivilligkraft.interest import Interest


class Command(BaseCommand):
    help = (
        "Påminner arrangören en gång om en intresseanmälan som inte har besvarats på fem "
        "arbetsdagar."
    )

    def handle(self, *args, **options) -> None:
        due = Interest.objects.due_for_reminder().select_related("assignment")
        count = 0
        for interest in due:
            interest.remind_organiser()
            count += 1
        self.stdout.write(f"Skickade {count} påminnelser.")
